"""A goal whose act is an ability, committed in a verb-second language (session 41).

"Zelf een hoogspanningsmotor kunnen herwikkelen" under the commitment frame read "Vóór
[datum] ga ik zelf een hoogspanningsmotor kunnen herwikkelen": the committed auxiliary
('ga') over the ability's infinitive ('kunnen'), two modals stacked where standard Dutch
has one. The ability is what the writer commits to reach by the date, so its own finite
takes the auxiliary's place and its infinitive goes: "Vóór [datum] kan ik zelf een
hoogspanningsmotor herwikkelen." The auxiliary and its replacement are the pack's
``rewrite.able_subjects`` ('ga': 'kan', 'gaan': 'kunnen'), the infinitive
``rewrite.able_infinitive``; a clause is the stretch between two marks (',', '.', ';'),
so 'kunnen' in a clause of its own ('..., zodat ik het kan') is left alone, and so is
'te kunnen' (a purpose: 'om ... te kunnen zetten') and 'kunnen' after a word that opens a
clause of its own ('werkinstructies opstellen *die* collega's zelf kunnen volgen': the
relative clause's own verb; the style's relativizers and clause openers and the pack's
``subordinators``, ``stops``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Marks that end a clause: the auxiliary and the ability must share one.
_CLAUSE_MARKS = re.compile(r"([,;:.!?]\s+|[,;:.!?]$|\n)")


def able_committed(text: str, style: RewriteStyle, stops: frozenset[str] = frozenset()) -> str:
    """``text`` with each clause 'ga ik ... kunnen <verb>' read as 'kan ik ... <verb>'."""
    if not style.able_subjects or not style.able_infinitive:
        return text
    stops = stops | style.relativizers | style.clause_openers
    parts = _CLAUSE_MARKS.split(text)
    return "".join(_clause(p, style, stops) if n % 2 == 0 else p for n, p in enumerate(parts))


def _clause(clause: str, style: RewriteStyle, stops: frozenset[str]) -> str:
    words = clause.split(" ")
    low = [w.lower() for w in words]
    subjects = {s.lower() for s in style.subjects}
    markers = {m.lower() for m in style.infinitive_markers}
    aux = next(
        (
            n
            for n, w in enumerate(low)
            if w in style.able_subjects
            and ((n + 1 < len(low) and low[n + 1] in subjects) or (n and low[n - 1] in subjects))
        ),
        None,
    )
    if aux is None:
        return clause
    end = next((n for n in range(aux + 2, len(low)) if low[n] in stops), len(low))
    able = next(
        (
            n
            for n in range(aux + 2, end - 1)
            if low[n] == style.able_infinitive
            and low[n - 1] not in markers  # 'te kunnen': a purpose's own modal
            and low[n + 1][:1].isalpha()  # the act's infinitive after it
        ),
        None,
    )
    if able is None:
        return clause
    finite = style.able_subjects[low[aux]]
    words[aux] = finite[:1].upper() + finite[1:] if words[aux][:1].isupper() else finite
    return " ".join(words[:able] + words[able + 1 :])
