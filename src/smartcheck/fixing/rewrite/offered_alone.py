"""The writer's own act told only as an offer: 'Maybe I could run the stand-up.', 'Ik zou de
nieuwsbrief kunnen schrijven.'

The writer names an act of their own but offers it ("I could", "I might", "ik zou ...
kunnen") instead of committing to it. Rewritten as it stands the offer was dated ("By [date],
I could run the stand-up": a possibility with a deadline, which seams/offering_dated.py
refuses), or the Dutch cluster got no rewrite at all. The offer is the writer's goal, told
unsure: read as the writer's wish (the pack's ``rewrite.offered_openers``: "i could" -> "i
want to", "ik zou" -> "ik wil"; a hedge before it goes, and the ability infinitive of the
cluster, ``asked_infinitives``, "kunnen"), which the rewrite commits as any wish. Where the
pack names such infinitives the offer's cluster must hold one: "Ik zou ... moeten" is a duty
softened and "Ik zou graag ... willen" a wish, both read elsewhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

Span = tuple[int, int]


def offer_told(text: str, style: RewriteStyle) -> str | None:
    """``text``, one sentence that opens with the writer's offer (see the module), told as the
    writer's wish; None for any other text."""
    found = _offer(text, style)
    if found is None:
        return None
    wish, spans = found
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    rest = re.sub(r"\s+", " ", "".join(kept)).strip()
    return capitalise(f"{wish} {rest}")


def lone_offer_spans(text: str, style: RewriteStyle) -> list[Span]:
    """Where the offer's opener, its hedge and its ability infinitive stand: the committed
    wish replaces them."""
    found = _offer(text, style)
    return found[1] if found is not None else []


def _offer(text: str, style: RewriteStyle) -> tuple[str, list[Span]] | None:
    if not style.offered_openers or sentence_ends(text.rstrip(), style.abbreviations):
        return None
    hedges = "|".join(re.escape(h) for h in sorted(style.one_word_hedges, key=len, reverse=True))
    lead = rf"\s*(?:(?:{hedges})\s*,?\s+)?" if hedges else r"\s*"
    for opener, wish in sorted(style.offered_openers.items(), key=lambda o: -len(o[0])):
        words = r"\s+".join(map(re.escape, opener.split()))
        found = re.match(rf"{lead}{words}\b", text, flags=re.IGNORECASE)
        if found is None:
            continue
        if text.rstrip().endswith("?"):
            return None  # 'Could I ...?' asks; 'I could ...?' is left to the asking readings
        rest = text[found.end() :].split()
        first = rest[0].lower() if rest else ""
        duties = {d.split()[0].lower() for d in style.duty_modals}
        if not first or first in duties | style.negations:
            return None  # 'I might have to ...', 'I could not ...': no act offered
        spans = [found.span()]
        for infinitive in style.asked_infinitives:  # 'kunnen' of 'zou ... kunnen schrijven'
            pattern = re.compile(rf"\b{re.escape(infinitive)}\b", flags=re.IGNORECASE)
            spans += [m.span() for m in pattern.finditer(text, found.end())]
        if style.asked_infinitives and len(spans) == 1:
            return None  # 'Ik zou ... moeten', 'zou graag ... willen': a duty or a wish
        return wish, spans
    return None
