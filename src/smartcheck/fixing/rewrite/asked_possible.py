"""A step asked as whether it is possible: 'Is het mogelijk om een keer mee te lopen met de
koeltechnicus?', 'Would it be possible to shadow the refrigeration engineer for a day?'.

The writer names the aim and then asks whether a step may be taken, in the words of a
possibility (the pack's ``rewrite.asked_possibilities``) instead of an asking modal ('Kan
ik ...?'). It is the same proposal: the step is the writer's, committed with the aim as its
purpose (asked_means.py). The opener goes with the question mark; a Dutch te-infinitive
after it becomes the bare infinitive the step commits to, a separable particle joined to
it again ('mee te lopen' -> 'meelopen').
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, looks_infinitive_nl, opening_length

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def possibility_opener(words: list[Word], style: RewriteStyle) -> int:
    """How many words of a possibility asked (the pack's ``asked_possibilities``) open
    ``words``; 0 when none does."""
    return opening_length([w.lower for w in words], style.asked_possibilities)


def possible_thing(words: list[Word], style: RewriteStyle) -> tuple[int, int]:
    """How many words open and close a thing asked whether it is possible ('*Is* a rotation
    to planning *possible*', '*Zou* een week op kantoor *mogelijk zijn*'; the pack's
    ``asked_possible_things``), or (0, 0) when none does or nothing stands between them."""
    lowered = [w.lower for w in words]
    for pair in sorted(style.asked_possible_things, key=len, reverse=True):
        opener, _, closer = (p.split() for p in pair.lower().partition(" & "))
        if not opener or not closer or len(lowered) <= len(opener) + len(closer):
            continue
        if lowered[: len(opener)] == opener and lowered[-len(closer) :] == closer:
            return len(opener), len(closer)
    return 0, 0


def bare_infinitive(
    words: list[Word],
    style: RewriteStyle,
    particles: frozenset[str],
    takes_te: frozenset[str] | None = None,
) -> list[Word]:
    """``words`` with a te-infinitive told bare: the marker goes, a separable particle
    before it joins the verb ('een keer mee te lopen met X' -> 'een keer meelopen met X');
    as they are when they hold no marker. ``takes_te``: the lemmas of verbs whose
    te-infinitive may follow them with the purpose's opener (the pack's
    ``complement_verbs``, 'leren om te gaan met'); None: any infinitive's."""
    markers = {m.lower() for m in style.infinitive_markers}
    at = next((n for n, w in enumerate(words) if w.lower in markers), None)
    if at is None or at + 1 >= len(words):
        return words
    verb = words[at + 1]
    before = words[at - 1] if at else None
    if before is not None and _purpose_opened(words[: at - 1], before, style, takes_te):
        return words  # 'een keer mee naar een wedstrijd *om te zien* hoe ...': its purpose
    if before is not None and before.lower in particles:
        joined = f"{before.text}{verb.text}"
        verb = replace(verb, text=joined, lemma=joined.lower(), pos="VERB")
        return [*words[: at - 1], verb, *words[at + 2 :]]
    return [*words[:at], verb, *words[at + 2 :]]


def possibility_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where a later question opens with a possibility asked ('*Is het mogelijk om* ...?'):
    the committed step replaces those words, so a rewrite may leave them out."""
    from smartcheck.fixing.rewrite.means import goal_sentences  # means reads asked_means

    spans = []
    for sentence in goal_sentences(goal, style)[1:]:
        said = [w for w in sentence if w.is_word]
        if not said or sentence[-1].text != "?":
            continue
        k = 0
        while k < len(said) and said[k].lower in style.one_word_hedges:
            k += 1
        size = possibility_opener(said[k:], style)
        if size:
            spans.append((said[k].start, said[k + size - 1].end))
    return spans


def _purpose_opened(
    head: list[Word], before: Word, style: RewriteStyle, takes_te: frozenset[str] | None
) -> bool:
    """Is ``before``, right before the infinitive marker, the opener of the pack's purpose
    frame ('om' of 'om {clause}') after a step with no infinitive of its own ('een keer mee
    naar een wedstrijd *om* te zien')? Then the te-infinitive is the step's purpose, not its
    verb with a separable particle ('leren om te gaan met' is 'leren omgaan met'). So is it
    after a step whose infinitive a phrase follows ('een dag meelopen *bij de maker* om te
    zien hoe ...') or a verb that takes no te-infinitive ('een week werken om te kijken hoe
    ...'): only an infinitive right before the opener, of a verb of ``takes_te`` when given,
    takes it as its particle."""
    frame = style.frames.purpose or ""
    opener = frame.split()[0].lower() if frame.split() else ""
    if not opener or "{" in opener or before.lower != opener or not head:
        return False
    words = [w for w in head if w.is_word]
    if not words:
        return True
    last = words[-1]
    if _infinitive(last):
        return takes_te is not None and last.lemma.lower() not in takes_te
    # after a phrase ('bij de smid om te zien'); after an adverb or adjective the particle
    # is the verb's ('beter om te gaan met': 'beter omgaan met')
    return last.pos not in _BEFORE_PARTICLE


#: Word classes after which 'om te' holds a separable particle, not a purpose.
_BEFORE_PARTICLE = frozenset({"ADV", "ADJ"})


def _infinitive(word: Word) -> bool:
    return word.pos in ("VERB", "AUX") and looks_infinitive_nl(word)
