"""The writer's stance beside someone else's wish, cut so that the wish becomes the goal.

Writers tell what their manager, team leader or company wants of them and then where they
stand on it: a doubt before their own step ("Not sure how to measure that, but I'll try to
check every X"), a disagreement ("Ik vind dat eigenlijk niet, ik ben gewoon rustig."), or a
bare acceptance that only points back at the wish ("Maar goed, ik zal eraan werken.", "Fine,
I'll work on it."). None of these is a goal of its own, and kept in the rewrite each one
undoes it: a doubt and a grudging "I'll work on it" hedge the commitment, a disagreement
says the writer does not own it (JUDGING A). The stance goes; the rest (the wish, and the
writer's own step when there is one) is judged and rewritten as a goal, which makes the wish
the writer's own act with the other person's wish as its credit ("..., zoals mijn manager
zegt"), never the subject of the goal. A disagreement told as a sentence of its own ("Ik ben
het daar niet helemaal mee eens.", "I don't agree.") then goes back after the rewrite as
written: outside the committed sentence it undoes nothing, and a manager must read it.

The stance is read from the pack's ``stance_doubts`` (a doubt that opens a sentence and ends
at the contrast before the writer's step), ``stance_disagreements`` (a sentence that opens
with the writer's disagreement) and ``stance_acceptances`` (a whole sentence of acceptance,
maybe after a concession like "Maar goed," or "Fine,"). ``WholeTextRewrites._stance_cut``
(whole_text.py) checks that someone else's wish is told beside it and judges the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: The contrast that ends a doubt before the writer's own step ('..., but I'll X').
_CONTRAST = r",?\s*(?:but|maar)\s+"
#: A concession after a disagreement ('..., ik vind dat het wel meevalt *maar goed*').
_CONCEDED = r"(?:\s*,?\s*(?:maar goed|maar ok|maar oké|but ok|but okay|but fine|but anyway))?"
#: A concession before an acceptance ('Maar goed,', 'Fine,', 'Oké,').
_CONCESSION = (
    r"(?:(?:maar goed|goed dan|oké|oke|okay|ok|fine|well|anyway|but ok|maar|but)\s*,?\s*)?"
)


@dataclass(frozen=True)
class StanceCut:
    """The text without the writer's stance, and where the stance stood in it."""

    kept: str
    spans: tuple[tuple[int, int], ...]
    #: The writer's disagreements told as sentences of their own, as written: no goal, but
    #: what a manager must read beside the wish the rewrite takes on (kept after it).
    disagreements: tuple[str, ...] = ()
    #: Whether the writer also accepts the wish ('Maar goed, ik ga ermee aan de slag.').
    accepted: bool = False


def stance_cut(text: str, style: RewriteStyle) -> StanceCut | None:
    """``text`` with the writer's stance on the aim cut out (see the module docstring), or
    None when no sentence tells a stance or nothing but the stance is told."""
    cuts = [0, *sentence_ends(text, style.abbreviations), len(text)]
    kept: list[str] = []
    spans: list[tuple[int, int]] = []
    disagreements: list[str] = []
    accepted = False
    for start, end in pairwise(cuts):
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        sentence = piece.strip()
        if not sentence:
            continue
        accepting = _acceptance_after(sentence, style)
        if accepting:  # 'Volgens mij valt het wel mee maar ik zal eraan werken': it goes
            spans.append((start + lead + accepting[0], start + lead + accepting[1]))
            sentence = sentence[: accepting[0]].rstrip(" ,") + sentence[accepting[1] :]
            accepted = True
        if _whole_stance(sentence, style):
            spans.append((start + lead, start + lead + len(sentence)))
            if _disagreement(sentence, style):
                disagreements.append(sentence)
            else:
                accepted = True
            continue
        inside = _disagreement_after(sentence, style)
        if inside:  # '..., ik vind zelf dat het wel meevalt maar goed.': the clause goes
            spans.append((start + lead + inside[0], start + lead + inside[1]))
            sentence = sentence[: inside[0]] + sentence[inside[1] :]
        doubt = _doubt_before(sentence, style)
        if doubt:
            spans.append((start + lead, start + lead + doubt))
            sentence = capitalise(sentence[doubt:])
        kept.append(sentence)
    if not spans or not kept:
        return None
    return StanceCut(
        kept=" ".join(kept),
        spans=tuple(spans),
        disagreements=tuple(disagreements),
        accepted=accepted,
    )


def stance_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the goal tells the writer's stance on someone else's aim: words a rewrite leaves
    out, never lost words."""
    found = stance_cut(goal.text, style)
    return list(found.spans) if found is not None else []


def _whole_stance(sentence: str, style: RewriteStyle) -> bool:
    """Is ``sentence`` only the writer's disagreement (opening it) or acceptance (all of it,
    maybe after a concession)?"""
    told = _plain(sentence)
    if _disagreement(sentence, style):
        return True
    return any(
        compiled(rf"{_CONCESSION}{_phrase(a)}[\s.!]*").fullmatch(told)
        for a in style.stance_acceptances
    )


def _disagreement(sentence: str, style: RewriteStyle) -> bool:
    """Does ``sentence`` open with the writer's disagreement ('Ik zie dat anders.')?"""
    told = _plain(sentence)
    return any(
        compiled(rf"{_phrase(d)}\s*(?:[,.!;]|$)").match(told) for d in style.stance_disagreements
    )


def _disagreement_after(sentence: str, style: RewriteStyle) -> tuple[int, int] | None:
    """Where a disagreement told as the last clause of ``sentence`` after a comma stands,
    from the comma to the sentence's end mark, maybe with a concession after it ('...
    exploten*, ik vind zelf dat het wel meevalt maar goed*.'); None when there is none."""
    told = _plain(sentence)
    for disagreement in style.stance_disagreements:
        pattern = rf",\s*{_phrase(disagreement)}{_CONCEDED}\s*(?=[.!?]*\s*$)"
        found = compiled(pattern).search(told)
        if found is not None and found.start() > 0:
            return found.start(), found.end()
    return None


def _acceptance_after(sentence: str, style: RewriteStyle) -> tuple[int, int] | None:
    """Where an acceptance told after a contrast as the last clause of ``sentence`` stands,
    from the contrast to the sentence's end mark ('Volgens mij valt het wel mee* maar ik zal
    eraan werken*', 'I don't think it's that bad* but I will work on it*'): the stance before
    it is the writer's remark, the acceptance only points back at the wish; None when there
    is none or nothing stands before it."""
    told = _plain(sentence)
    for acceptance in style.stance_acceptances:
        pattern = rf"{_CONTRAST}{_phrase(acceptance)}\s*(?=[.!]*\s*$)"
        found = compiled(pattern).search(told)
        before = told[: found.start()].strip(" ,").lower() if found is not None else ""
        if any(r.lower() in before for r in style.reluctance_remarks):
            return None  # 'Rather not, but I'll give it a go': a reluctant remark, kept whole
        if found is not None and before:
            return found.start(), found.end()
    return None


def _doubt_before(sentence: str, style: RewriteStyle) -> int:
    """How many characters of ``sentence`` a doubt that opens it takes up to and with the
    contrast before the writer's step ('Not sure how to measure that, but '); 0 when none."""
    told = _plain(sentence)
    for doubt in style.stance_doubts:
        found = compiled(rf"{_phrase(doubt)}\b[^.,;:!?]*{_CONTRAST}(?=\S)").match(told)
        if found is not None:
            return found.end()
    return 0


def _plain(sentence: str) -> str:
    """``sentence`` in lower case with a typographic apostrophe plain, its length kept."""
    return sentence.lower().replace("\u2019", "'")


@lru_cache(maxsize=1024)
def _phrase(words: str) -> str:
    """A phrase of the pack as a pattern: its words with any spacing between them (cached:
    the pack's phrases are tried on every goal)."""
    return r"\s+".join(re.escape(w) for w in words.lower().split())
