"""The writer's verb told twice in one clause of the rewrite: 'Vóór [datum] ga ik mijn
heftruckcertificaat halen voor de oogsthal *halen*'.

A frame that puts the writer's verb in its own slot (a course or certificate frame ends the
clause on its verb) can keep the verb where the writer wrote it as well. Judged on the
candidate's parse: the same verb form twice in one sentence, with no coordinator,
subordinator, subject or comma between them (two acts joined, 'plannen en beter plannen', or two
clauses, are the writer's), where the goal has that form fewer times.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.reading.goal import Goal

#: Marks that end a sentence of the candidate.
_STOPS = frozenset({".", "!", "?"})


def doubled_verb(doc: Doc, goal: Goal) -> list[Seam]:
    """Each verb form the candidate tells twice in one sentence with nothing joining the two
    and more often than the writer did."""
    seams: list[Seam] = []
    seen: dict[str, int] = {}  # a verb form -> the index of its last token in this sentence
    for token in doc:
        if token.text in _STOPS:
            seen = {}
            continue
        if token.pos_ != "VERB" or not token.is_alpha:
            continue
        form = token.lower_
        if (
            form in seen
            and not _joined(doc, seen[form], token.i)
            and _more_than_written(doc, form, goal)
        ):
            seams.append(Seam("doubled", f"{token.text!r} twice in one clause", (form,)))
        seen[form] = token.i
    return seams


def _joined(doc: Doc, first: int, second: int) -> bool:
    """A coordinator, a subordinator, a subject, a comma or a semicolon between the two
    forms: two acts or two clauses ('... get the lab so *I* get the full picture')."""
    return any(
        t.pos_ in ("CCONJ", "SCONJ") or t.dep_ in SUBJECT_DEPS or t.text in (",", ";", ":")
        for t in doc[first + 1 : second]
    )


def _more_than_written(doc: Doc, form: str, goal: Goal) -> bool:
    """The candidate holds ``form`` more often than the goal's text does."""
    pattern = rf"(?<![\w-]){re.escape(form)}(?![\w-])"
    told = len(re.findall(pattern, goal.text, re.IGNORECASE))
    return len(re.findall(pattern, doc.text, re.IGNORECASE)) > told
