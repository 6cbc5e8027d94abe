"""A diary-style goal that leaves out its subject: 'Wil meer tijd besteden aan ...',
'Hoping to finish my certificate next year', 'Struggle with keeping my inbox under control'.

The writer is the subject, as in a diary. The frames need one: kept as written, the opening
reads broken in any frame ('By [date], would like to ...', '..., om zou graag ... voor te
zitten'). So the rewriter reads the goal with its subject put back ('Ik wil meer tijd
besteden ...', 'I hope to finish ...': the pack's ``rewrite.dropped_subjects``) and rewrites
that, as any goal the writer told in the first person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def with_subject(text: str, style: RewriteStyle) -> str | None:
    """``text`` with the subject its opening leaves out put back, or None when it opens
    with none of the pack's subjectless openings. The longest opening wins ('zou graag'
    before 'zou'); the opening must end at a word's end ('wil' is not 'wilde')."""
    stripped = text.lstrip()
    lower = stripped.lower()
    for opening in sorted(style.dropped_subjects, key=len, reverse=True):
        if re.match(rf"{re.escape(opening)}\b", lower) is None:
            continue
        restored = style.dropped_subjects[opening]
        return capitalise(restored + stripped[len(opening) :])
    return None
