"""The writer's doubt made the committed verb: 'Vóór [datum] twijfel ik nog, ...', 'By [date],
I doubt whether ...'.

A doubt ('ik twijfel', 'ik vraag me af', "I'm not sure", 'I doubt') says the writer has not
decided (JUDGING A: no commitment). A frame that put the deadline or its evidence on that
sentence ('Vóór [datum] twijfel ik nog, met als bewijs [hoe gemeten], want ...') commits
the writer to doubting: broken, whatever reading built it. The wished task is the goal and
the doubt a sentence of its own after it (doubts.py); where no reading does that, the
structured fallback is shown. Judged on the text: in the clause a frame of the rewrite opens
(after the date placeholder up front, or from the writer's committed subject and auxiliary
on, up to the next comma), a doubt of the pack's ``doubt_remarks`` or ``uncertain_remarks``
right beside the writer's subject, with no comparative in that clause ('I will doubt less
when ...' is a goal about the doubt). A doubt told before the acceptance ("I'm not sure
... but I will do it") is outside the frame's clause. A sentence of the writer's kept as
written with a placeholder added ('Ik twijfel of ik X moet doen, vóór [datum].') dates the
doubt: its opening clause is read too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.stops import sentences

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext

#: Most words between the writer's subject and the doubt ('ik *ga* twijfelen', 'I *will
#: be* unsure'): each a committed auxiliary, a finite or a state verb, never an adverb of
#: the writer's aim ('ik ga *minder* twijfelen bij ...' is a goal).
_BETWEEN = 2


def doubt_committed(candidate: str, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A framed sentence of ``candidate`` whose first clause is the writer's doubt (module
    docstring)."""
    doubts = [*ctx.pack.words("doubt_remarks"), *ctx.pack.words("uncertain_remarks")]
    writer = [w.lower() for w in ctx.pack.words("first_person_subject")]
    if not doubts or not writer:
        return []
    told = "|".join(_phrase(d) for d in sorted(doubts, key=len, reverse=True))
    me = "|".join(re.escape(w) for w in writer)
    helpers = {*style.subjects.values(), *style.finite_words, *style.state_verbs}
    helper = "|".join(re.escape(w.lower()) for w in sorted(helpers, key=len, reverse=True))
    gap = rf"(?:\s+(?:{helper})){{0,{_BETWEEN}}}\s+"
    pattern = re.compile(
        rf"(?<![\w'])(?:(?:{me})(?:'m|'ll)?{gap}(?:{told})|(?:{told})\s+(?:{me}))(?![\w'])"
    )
    comparatives = {w.lower() for w in ctx.pack.words("comparatives") if " " not in w}
    date = style.placeholders.date
    placeholders = list(style.placeholders.model_dump().values())
    committed = {f"{s} {a}".lower() for s, a in style.subjects.items()}
    committed |= {f"{a} {s}".lower() for s, a in style.subjects.items()}
    for sentence in sentences(candidate, style.abbreviations):
        plain = sentence.replace("\u2019", "'")
        clauses = [_framed_clause(plain.lower(), date.lower(), committed)]
        if any(p in plain for p in placeholders):  # 'Ik twijfel of ..., vóór [datum].'
            clauses.append(plain.lower().split(",")[0])
        for clause in clauses:
            if clause is None or set(re.findall(r"[^\W\d_]+", clause)) & comparatives:
                continue  # 'I will doubt less when ...': less doubt is the writer's aim
            found = pattern.search(clause) or _opening(clause, told, writer)
            found = found or _chat_doubt(clause, style.chat_doubts)
            if found is not None:
                detail = f"the doubt {found.group()!r} committed to or dated"
                return [Seam("contradiction", detail, ("doubt",))]
    return []


def _chat_doubt(clause: str, chat: tuple[str, ...]) -> re.Match[str] | None:
    """A doubt in chat spelling anywhere in the framed clause ('I will [concrete behaviour]
    for *idk*, ...'; the pack's ``rewrite.chat_doubts``): it says its own subject."""
    if not chat:
        return None
    told = "|".join(re.escape(c.lower()) for c in chat)
    return re.search(rf"(?<![\w'])(?:{told})(?![\w'])", clause)


def _opening(clause: str, told: str, writer: list[str]) -> re.Match[str] | None:
    """The doubt in the verb's slot with the subject inside it, as verb-second puts it right
    after a fronted deadline ('vraag *ik* me af of ...')."""
    found = re.match(rf"\s*(?:{told})(?![\w'])", clause)
    opening = clause.split()[: _BETWEEN + 1]
    return found if found is not None and set(opening) & set(writer) else None


def _framed_clause(sentence: str, date: str, committed: set[str]) -> str | None:
    """The clause the frame opens in ``sentence`` (lower case): after a fronted deadline
    ('By [date], ...', 'Vóór [datum] ...') or from the writer's committed subject and
    auxiliary on ('I will ...', 'ik ga ...'), up to the next comma; None when the rewrite
    added no frame to it ('I'm not sure ... but I will do it': the doubt is before it)."""
    at = sentence.find(date)
    if 0 <= at < len(sentence) // 2:
        return sentence[at + len(date) :].lstrip(" ,").split(",")[0]
    found = [
        m.start() for pair in committed for m in re.finditer(rf"\b{re.escape(pair)}\b", sentence)
    ]
    if not found:
        return None
    return sentence[min(found) :].split(",")[0]


def _phrase(entry: str) -> str:
    """A pack entry as a pattern: its words with any spacing, '&' a gap of a few words."""
    parts = [r"\s+".join(re.escape(w) for w in piece.lower().split()) for piece in entry.split("&")]
    return r"\s+(?:[\w']+\s+){0,3}?".join(p for p in parts if p)
