"""The writer's offer of an act of their own beside a need nobody owns.

"Er moet een betere overdracht komen tussen de shifts, nu gaat er te veel info verloren.
Misschien kan ik daar een format voor maken?", "Er moet een betere werkwijze komen voor
uitbraken, want nu belt iedereen door elkaar. Ik wil daar graag in meedenken.", "The handover
needs to improve; maybe I could set up a template?": the need has no owner (JUDGING A), the
offer is the part the writer controls. Read apart, the need became the writer's whole duty
("zorg ik ervoor dat er een betere werkwijze ... komt") and the offer was dropped, or the
offer stayed a hedged question after it. The offered act is the commitment now and the need
what it is for, with the pack's ``for_others`` frame ("Vóór [datum] ga ik een format maken,
zodat er een betere overdracht tussen de shifts komt, ..."); the situation told with the
need stays where it was.

The offer: the last sentence (or the piece after the last semicolon), with the writer as its
subject, that points back at the need with a pointer and its preposition (the pack's
``offer_pointers``, ``stranding_pointers``: "daar ... voor", "for that") or, without one,
offers (a hedge or a modal) an act that names a thing of its own. Its hedges, modals and
words of offering (``offer_drops``) go; what is left is the act: an infinitive with what it
names, or one of the pack's ``contribution_verbs`` alone ("meedenken", "help"). A pointer
left in it ("dat doen", "do that") is the writer's claim on the need itself, which
taken_on.py reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.means import bounded_rule
from smartcheck.fixing.rewrite.softened_duty import plain_duty_text
from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.words import Word, closed, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Fewest words of the need before the offer.
_NEED_WORDS = 3
#: Most words of the offer: a longer sentence tells more than an act.
_OFFER_WORDS = 14
#: Parts of speech that name a thing the act is about.
_THINGS = frozenset({"NOUN", "PROPN"})
#: Parts of speech after a preposition that make it no stranded one ('voor *de* ...').
_OBJECTS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM"})


@dataclass(frozen=True)
class OfferedAct:
    """The need as written (closed) and the offered act as a bare verb phrase."""

    need: str
    act: str
    #: Character spans of the offer's words that go (the writer's offering, the pointer).
    dropped: tuple[tuple[int, int], ...] = ()


def offered_act(goal: Goal, style: RewriteStyle) -> OfferedAct | None:
    """The need and the act the writer offers after it (see the module), or None."""
    text = goal.text.rstrip()
    ends = [e for e in sentence_ends(text, style.abbreviations) if e < len(text)]
    start = max([*ends, text.rfind(";") + 1, 0])
    if not start:
        return None
    need = text[:start].strip().rstrip(";").strip()
    before = [w for w in words_of(goal) if 0 <= w.end <= len(need)]
    need = plain_duty_text(need, before, style)  # 'Er zou X moeten zijn' -> 'Er moet X zijn'
    if len(re.findall(r"[^\W\d_]+", need)) < _NEED_WORDS:
        return None
    words = [w for w in words_of(goal) if w.start >= start and w.is_word]
    if not words or len(words) > _OFFER_WORDS:
        return None
    found = _act(words, style)
    if found is None:
        return None
    act, gone = found
    return OfferedAct(need=closed(need), act=act, dropped=tuple((w.start, w.end) for w in gone))


def offer_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the offer's words stand that the committed act replaces (its modals, hedges,
    words of offering and pointer): a rewrite may drop them."""
    found = offered_act(goal, style)
    return list(found.dropped) if found is not None else []


def _act(words: list[Word], style: RewriteStyle) -> tuple[str, list[Word]] | None:
    """The act the offer ``words`` name, without the writer, the offering and the pointer,
    and the words that went; None when they are no such offer."""
    lowered = [w.lower.replace("\u2019", "'") for w in words]
    gone = [False] * len(words)
    pointed = _whole_pointers(lowered, gone, style)
    for n, word in enumerate(lowered):
        if word not in style.stranding_pointers or gone[n]:
            continue
        stranded = next(
            (m for m in range(n + 1, len(words)) if words[m].pos == "ADP" and _stranded(words, m)),
            None,
        )
        if stranded is None:
            return None  # 'daar' of a place, no pointer at the need
        gone[n] = gone[stranded] = pointed = True
    subjects = {s.lower() for s in style.subjects}
    drops = {d.lower() for d in style.offer_drops}
    offered = writer = False
    for n, (word, token) in enumerate(zip(lowered, words, strict=True)):
        if gone[n]:
            continue
        if word in subjects:
            gone[n] = writer = True
        elif word in style.one_word_hedges or word in style.modals or token.pos == "AUX":
            gone[n] = offered = True
        elif word in drops:
            gone[n] = True
    act = [w for n, w in enumerate(words) if not gone[n]]
    if not writer or not act or not (pointed or offered):
        return None
    said = {w.lower for w in act}
    if said & (style.back_references | style.negations):
        return None  # 'dat doen': the writer's claim on the need itself
    if any(w.pos == "PRON" and (n == 0 or act[n - 1].pos != "ADP") for n, w in enumerate(act)):
        return None  # 'die opzetten': the need's thing itself, no act of its own
    if any(w.finite for w in act) and not offered:
        return None  # 'Ik maak daar X voor': told as done (after a modal, the tagger's slip)
    told = join(bounded_rule(act, style) or act, lead=False).strip()  # 'altijd' bounded
    gone_words = [w for n, w in enumerate(words) if gone[n]]
    if told.lower() in {v.lower() for v in style.contribution_verbs}:
        return told, gone_words
    verb = act[-1] if style.word_order == "v2" else act[0]
    if verb.pos != "VERB" or not any(w.pos in _THINGS for w in act):
        return None
    return told, gone_words


def _stranded(words: list[Word], at: int) -> bool:
    """Is the preposition at ``at`` stranded: last, before a verb, or before the offer's
    last word (an infinitive the tagger calls a noun: 'daar graag in *meedenken*')?"""
    if at + 1 >= len(words) - 1:
        return True
    return words[at + 1].pos in ("VERB", "AUX") or words[at + 1].pos not in _OBJECTS


def _whole_pointers(lowered: list[str], gone: list[bool], style: RewriteStyle) -> bool:
    """Mark the pack's ``offer_pointers`` in ``lowered`` as gone; were there any?"""
    found = False
    for pointer in style.offer_pointers:
        told = pointer.lower().split()
        for n in range(len(lowered) - len(told) + 1):
            if lowered[n : n + len(told)] == told:
                gone[n : n + len(told)] = [True] * len(told)
                found = True
    return found


def act_for_need(rewrite: str, act: str, style: RewriteStyle) -> str | None:
    """The need's rewrite with the offered act committed and the need its purpose: the own
    part ('zorg ik ervoor dat X', 'I will make sure that X') told as 'ga ik {act}, zodat X',
    'I will {act}, so that X', or the act in the place of the behaviour asked for before the
    need as a purpose ('I will [concrete behaviour], ..., so that X'); None when the rewrite
    has neither, or the need names nobody the act is for ('ervoor dat er iemand ...')."""
    frame, purpose = style.frames.own_part, style.frames.for_others
    if not frame or not purpose or "\n" in rewrite:
        return None
    if any(re.search(rf"\b{re.escape(s)}\b", rewrite, re.I) for s in style.taken_subjects):
        return None
    opener = purpose.split("{clause}")[0]
    behaviour = style.placeholders.behaviour
    served = rewrite.count(behaviour) == 1 and rewrite.count(f", {opener}") == 1
    if served and rewrite.index(behaviour) < rewrite.index(f", {opener}"):
        return rewrite.replace(behaviour, act)  # 'I will [concrete behaviour], ..., so that X'

    head = frame.split("{clause}")[0].split()
    subject = style.default_subject.lower()
    if len(head) < 2 or subject not in style.subjects:
        return None
    aux = style.subjects[subject]
    rest = r"\s+".join(map(re.escape, head[1:]))
    own = re.compile(
        rf"\b{re.escape(head[0])}(?P<inverted>\s+{re.escape(subject)})?\s+{rest}\s+",
        flags=re.IGNORECASE,
    )
    found = list(own.finditer(rewrite))
    if len(found) != 1:
        return None
    before = rewrite[: found[0].start()]
    told = f"{act}, {opener}"
    if found[0].group("inverted"):  # 'Vóór [datum] zorg ik ervoor dat' -> 'ga ik X, zodat'
        told = f"{aux} {subject} {told}"
    elif not before.lower().endswith(f"{aux} "):  # 'I make sure that' -> 'I will X, so that'
        told = f"{aux} {told}"
    return f"{before}{told}{rewrite[found[0].end() :]}"
