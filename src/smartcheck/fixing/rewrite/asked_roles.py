"""A role asked without an article, for others: 'Buddy for the seasonal workers?', 'Mentor
voor de nieuwe leerlingen?'.

The role's word is also a learning route (``development_routes``: a buddy, a mentor, a
coach the writer gets), so the asked means made the act of it: 'I will do buddy for the
seasonal workers', 'ga ik mentor voor de leerlingen doen'. Without an article and with more
words after it, the role is one the writer takes on for others ('Maybe a mentor?' with its
article is one they get): the step is being it (``asked_role``: 'be a buddy for ...',
'buddy voor ... zijn'). The pack's ``asked_roles`` name the persons a writer can be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def asked_role(text: str, style: RewriteStyle) -> str | None:
    """``text``, a thing asked, as the act of being the role it opens with; None when it
    opens with no role of the pack, with an article, or is the role alone."""
    words = text.split()
    if not style.asked_role or len(words) < 2:
        return None
    for role in sorted(style.asked_roles, key=lambda r: -len(r.split())):
        size = len(role.split())
        if [w.lower() for w in words[:size]] == role.lower().split() and size < len(words):
            return style.asked_role.format(thing=text)
    return None
