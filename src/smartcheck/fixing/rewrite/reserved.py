"""Someone else's wish or view of the writer, then the writer's own reservation about it.

"Mijn schipper wil dat ik vaker naar de oefenavonden kom, maar met mijn ploegendienst lukt dat
niet altijd", "My lead thinks I should do more night shifts, honestly I prefer days but ok",
"Mijn teamleider wil dat ik ploegleider word, maar ik blijf liever monteur.": the wish is
someone else's (JUDGING A fails on it), and the writer's reservation says where the writer
stands. A coach writes the writer's own controllable part, agreed with the one who wished it,
and keeps the reservation in the writer's words, as a sentence of its own after the goal
(never inside the goal's clause, never committed to). What that part is depends on the kind
of reservation:

- a mild one, a remark or an acceptance (the pack's ``reservation_remarks``: "valt wel mee",
  "lukt niet altijd", "daar sta ik nog ver vanaf"; or any reservation with one of the pack's
  ``reservation_concessions``, "but ok", "maar goed"): the writer takes the wished act on,
  credited to the other ("..., zoals mijn schipper wil");
- a real disagreement or a wish to talk it over (the pack's ``reservation_objections``:
  "liever", "rather", "geen ontwikkeldoel", "daar wil ik het over hebben"): the writer's own
  step is to settle it with the other (the pack's ``frames.settled``: "Ik maak samen met mijn
  teamleider uit of ik ploegleider word.", "I will agree with my lead on whether I ..."), with
  the wished act in its words;
- a doubt whether it happens at all (the pack's ``reservation_doubts``: "weet niet of", "not
  sure", "twijfel"): settled the same way, and for the writer's own wish too, with the
  manager (settled_own.py); a doubt of when settles when (``frames.settled_when``), a doubt
  of how takes the wish on.

This module reads where the reservation starts (:func:`reservation_cut`); voices/settled.py
tells the settling step; ``WholeTextRewrites._reserved`` (whole_text.py) judges and
rewrites the wish or the step and keeps the reservation after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.reservations import without_contrast
from smartcheck.fixing.rewrite.stops import sentence_ends, sentences
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from collections.abc import Collection

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Marks inside the first sentence where the writer's reservation may start after the wish.
_JOINTS = frozenset({",", ";", "-", "\u2013", "\u2014"})
#: Fewest words of the wish before the reservation ('Mijn chef wil dat ik X doe').
_WISH_WORDS = 5


@dataclass(frozen=True)
class ReservationCut:
    """A text cut into the other's wish and the writer's reservation after it."""

    wish: str  # the wish as a sentence of its own ('Mijn schipper wil dat ik ... kom.')
    reservation: str  # the rest as written, from the cut ('maar met mijn ploegendienst ...')
    at: int  # where the reservation starts in the text (its contrast, when one opens it)
    objects: bool  # a real disagreement, a doubt or a wish to talk: the step is to settle it
    timed: bool = False  # settled on when: the remark names when it suits (wish_remarks.py)
    doubted: bool = False  # a doubt whether (or when) it happens: the writer's own wish too


def reservation_cut(
    text: str, style: RewriteStyle, joiners: Collection[str] = ()
) -> ReservationCut | None:
    """The first cut of ``text`` after which every sentence is the writer's reservation on
    what comes before (see the module docstring), or None. The cut is a joint or a
    reservation contrast inside the first sentence ('..., maar daar sta ik ...', '...,
    honestly I prefer ...') or the end of the first sentence. The reservation holds no
    number (a target of its own) and each of its sentences one of the pack's reservation
    words; the piece right after the cut holds one too, so a list inside the wish ('X, Y
    en Z') is no cut. A piece that opens with one of ``joiners`` (the pack's coordinators:
    '..., and I'd rather start in May') adds to the wish, no reservation on it."""
    if not (style.reservation_remarks or style.reservation_objections or style.reservation_doubts):
        return None
    ends = sentence_ends(text, style.abbreviations)
    first_end = ends[0] if ends and ends[0] < len(text.rstrip()) else len(text)
    for at in _cuts(text[:first_end], style):
        rest = text[at:].strip()
        wish = text[:at].strip().rstrip(" ,;-\u2013\u2014")
        if len(re.findall(r"\w+", wish)) < _WISH_WORDS or re.search(r"\d", rest):
            continue
        if not _reservation(rest, style) or _joined(rest, joiners):
            continue
        if _holds(rest, tuple(style.trial_remarks)):
            return None  # '..., maar ik ga het proberen': accepted with a trial, which the
            # readings of doubts commit (doubts.doubt_accepted)
        told = wish if wish.endswith((".", "!", "?")) else f"{wish}."
        doubt = _doubt(rest, style)
        return ReservationCut(
            wish=capitalise(told),
            reservation=rest,
            at=text.find(rest, at),
            objects=_objects(rest, style) or doubt is not None,
            timed=doubt == "time",
            doubted=doubt is not None,
        )
    return None


def disliked(cut: ReservationCut, style: RewriteStyle) -> bool:
    """Is the reservation of ``cut`` the writer's dislike of the wish ('maar ik sta niet graag
    voor de groep'; the pack's ``dislike_remarks``, voices/misgivings.py)?"""
    return _holds(cut.reservation, style.dislike_remarks)


def _cuts(sentence: str, style: RewriteStyle) -> list[int]:
    """Where a reservation may start in the first sentence (after a joint, at a contrast),
    in text order, and its end."""
    found = [m.end() for m in re.finditer(r"[,;]\s*|\s[-\u2013\u2014]\s*", sentence)]
    contrasts = "|".join(re.escape(c) for c in style.reservation_contrasts)
    if contrasts:
        found += [
            m.start(1) for m in re.finditer(rf"\s({contrasts})\b", sentence, flags=re.IGNORECASE)
        ]
    return sorted({*found, len(sentence)})


def _reservation(rest: str, style: RewriteStyle) -> bool:
    """Is ``rest`` the writer's reservation: each sentence, and the piece it opens with,
    holding one of the pack's reservation words?"""
    # a dislike of the wish ('..., maar ik vind dat niet leuk') is a mild one (misgivings.py)
    cues = (
        *style.reservation_remarks,
        *style.reservation_objections,
        *style.reservation_doubts,
        *style.dislike_remarks,
    )
    pieces = sentences(rest, style.abbreviations, marks=".!?")
    opening = re.split(r"[,;.!?]", rest, maxsplit=1)[0]
    return bool(pieces) and _holds(opening, cues) and all(_holds(p, cues) for p in pieces)


def _joined(rest: str, joiners: Collection[str]) -> bool:
    """Does ``rest`` open with one of ``joiners`` ('and', 'en')?"""
    first = re.match(r"\w+", rest)
    return first is not None and first.group().lower() in {j.lower() for j in joiners}


def _objects(rest: str, style: RewriteStyle) -> bool:
    """Does the reservation disagree or ask to talk it over (the pack's
    ``reservation_objections``), without a concession that accepts the wish after all
    ('honestly I prefer teaching *but ok*')?"""
    if _holds(rest, style.reservation_concessions):
        return False
    return _holds(rest, style.reservation_objections)


def _doubt(rest: str, style: RewriteStyle) -> str | None:
    """'act' when the reservation doubts whether the wish happens (the pack's
    ``reservation_doubts``: 'not sure whether', 'twijfel'), 'time' when it doubts when
    ('not sure when'; ``time_doubt_words``), without a concession that accepts it. A doubt of
    *how* or *where* ('not sure how to start': the doubt, then one of ``how_doubt_words``)
    takes the wish on and asks for the means: None."""
    if _holds(rest, style.reservation_concessions):
        return None
    told = f" {rest.lower().replace(chr(0x2019), chr(39))} "
    for phrase in style.reservation_doubts:
        for found in _pattern(phrase).finditer(told):
            after = re.match(r"\s+(\w+)", told[found.end() :])
            word = after.group(1) if after is not None else ""
            if (
                phrase.split()[-1].lower() in style.time_doubt_words
                or word in style.time_doubt_words
            ):
                return "time"
            if word not in style.how_doubt_words:
                return "act"
    return None


def _holds(text: str, phrases: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of ``phrases`` as whole words ('&' stands for up to three words
    between: 'valt & mee' in 'valt het wel mee')?"""
    told = f" {text.lower().replace(chr(0x2019), chr(39))} "
    return any(_pattern(p).search(told) for p in phrases)


@lru_cache(maxsize=512)
def _pattern(phrase: str) -> re.Pattern[str]:
    """A pack phrase as a pattern of whole words, '&' a gap of up to three words."""
    parts = [r"\s+".join(re.escape(w) for w in part.split()) for part in phrase.lower().split("&")]
    return re.compile(r"(?<!\w)" + r"(?:\s+\S+){0,3}\s+".join(p for p in parts if p) + r"(?!\w)")


def reservation_alone(reservation: str, verb_first: bool, style: RewriteStyle) -> str:
    """The reservation as a sentence of its own after the goal: without the contrast that
    joined it ('maar met mijn ploegendienst lukt dat niet altijd' -> 'Met mijn ploegendienst
    lukt dat niet altijd.'), and, where a finite verb opens it with its topic left out
    (``verb_first``: 'vind ik eerlijk gezegd geen ontwikkeldoel'), with the pack's pointer
    back in that place, one that opens no subordinate clause ('Dit vind ik ...')."""
    alone = without_contrast(reservation.strip(), style.reservation_contrasts).strip()
    openers = {w.lower() for w in (*style.relativizers, *style.clause_openers, *_thats(style))}
    pointers = [p for p in style.demonstrative_subjects if p.lower() not in openers]
    if verb_first and pointers:  # 'Dit vind ik ...'; 'dat' would read as a subordinator
        alone = f"{pointers[0]} {alone[:1].lower()}{alone[1:]}"
    alone = capitalise(alone)
    return alone if alone.endswith((".", "!", "?")) else f"{alone}."


def reserved_spans(
    text: str, style: RewriteStyle, joiners: Collection[str] = ()
) -> list[tuple[int, int]]:
    """Where the contrast that joins the reservation to the wish stands ('..., *maar* daar
    sta ik nog ver vanaf'): told as a sentence of its own after the goal, the reservation
    leaves it out, never a lost word."""
    found = reservation_cut(text, style, joiners)
    if found is None:
        return []
    first = re.match(r"\w+", found.reservation)
    contrasts = {c.lower() for c in style.reservation_contrasts}
    if first is None or first.group().lower() not in contrasts:
        return []
    return [(found.at, found.at + first.end())]


def _thats(style: RewriteStyle) -> tuple[str, ...]:
    """The complementizer of the own-part frame ('dat', 'that'), as voices.clause reads it."""
    frame = style.frames.own_part or ""
    that = (frame.split("{clause}")[0].split() or [""])[-1]
    return (that,) if that else ()
