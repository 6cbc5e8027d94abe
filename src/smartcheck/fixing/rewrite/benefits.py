"""A step asked, then what the writer expects to gain from it: the gain is the step's purpose.

"Would it be possible for me to spend a week at the service centre? I think I'd learn a lot
about the newer calibres there.", "Mag ik een week meelopen met de planning? Ik denk dat ik
daar veel van leer.": the question asks the one who decides for a step (asked_steps.py), and
the sentence after it tells, with a verb of opinion, what the writer would learn there. That
is no hedge of the step and no goal of its own: it is what the step is for. Kept as written
after the committed step, its 'I think I'd ...' hedges the writer's own act again (JUDGING
A); a coach writes it as the step's purpose ('..., so that I can learn a lot about ...',
'..., zodat ik daar veel van kan leren'). Read only for a gain the pack names
(``benefit_verbs``: learn, leren, opsteken), so an expected feeling ('I think I'd be bored')
is never made a purpose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_means import purpose_clause
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS, word_sentences
from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Fewest words the gain names after its verb ('a lot', 'veel van').
_MIN_GAIN_WORDS = 1


def benefit_purpose(
    sentence: list[Word], ctx: RuleContext, style: RewriteStyle, lang: str
) -> str | None:
    """``sentence`` as the purpose of the step asked before it (see the module): the gain
    without the writer's opinion, subject and modal; None when it is no opinion of the
    writer's about a gain of their own."""
    if not style.asked_purpose or not sentence or sentence[-1].text == "?":
        return None
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    writer = {w.lower() for w in ctx.pack.words("first_person_subject")}
    if len(said) < 3 or said[0].lower not in writer:
        return None
    opened = _opinion_length(said, ctx)
    rest = said[opened:]
    if opened and (not rest or rest[0].lower not in writer):
        return None
    gains = {w.lower() for w in ctx.pack.words("benefit_verbs")}
    clause = rest[1:]
    if style.word_order == "v2":
        aim = _verb_last(clause, gains) if opened else None
    elif opened or (clause and clause[0].pos == "AUX"):  # "I'd learn a lot there": would
        aim = _verb_first(clause, gains)
    else:
        return None
    if aim is None or sum(w.is_word for w in aim) < _MIN_GAIN_WORDS + 1:
        return None
    return purpose_clause(aim, style, lang)


def _opinion_length(said: list[Word], ctx: RuleContext) -> int:
    """How many words the writer's opinion opens ``said`` with ('I think', 'Ik denk dat'):
    0 when it opens with none."""
    opinions = {w.lower() for w in ctx.pack.words("opinion_verbs")}
    if len(said) < 2 or not _lemma_in(said[1], opinions):
        return 0
    markers = {w.lower() for w in ctx.pack.words("complement_markers")}
    return 3 if len(said) > 2 and said[2].lower in markers else 2


def _verb_first(clause: list[Word], gains: set[str]) -> list[Word] | None:
    """English: the gain from its verb on, the modal before it left out ("'d learn a lot"
    -> 'learn a lot'); None when a modal is not all that stands before the verb."""
    at = next((n for n, w in enumerate(clause) if _lemma_in(w, gains)), None)
    if at is None or any(w.pos not in ("AUX", "PART") for w in clause[:at]):
        return None
    verb = clause[at]
    return [verb.with_text(verb.lemma or verb.text), *clause[at + 1 :]]


def _verb_last(clause: list[Word], gains: set[str]) -> list[Word] | None:
    """Dutch: the subordinate clause with its verb cluster as the gain's infinitive ('daar
    veel van leer', 'daar veel kan leren over X' -> 'daar veel van leren', 'daar veel leren
    over X'); a phrase after the cluster stays after it. None when no gain ends the clause's
    verbs."""
    at = max((n for n, w in enumerate(clause) if _lemma_in(w, gains)), default=None)
    if at is None or any(w.pos in ("VERB", "AUX") for w in clause[at + 1 :]):
        return None
    start = at
    while start > 0 and clause[start - 1].pos in ("VERB", "AUX"):
        start -= 1  # 'kan leren', 'zou leren': the modal goes
    if start == 0:
        return None
    gain = clause[at]
    return [*clause[:start], gain.with_text(gain.lemma or gain.text), *clause[at + 1 :]]


def _lemma_in(word: Word, words: set[str]) -> bool:
    return word.lower in words or word.lemma.lower() in words


def told_benefit(told: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The purpose a remark cut from the goal tells ('Ik denk dat ik daar veel van leer.'),
    read from its parse ``told``; None when it tells no gain of the writer's."""
    said = [w for w in words_of(told) if w.text.strip()]
    return benefit_purpose(said, ctx, style, told.lang)


def benefit_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the writer's opinion opens a gain told after the step ('*Ik denk dat* ik daar
    veel van leer', '*I think* I'd learn ...'): words a rewrite leaves out when the gain
    becomes the step's purpose, never lost words."""
    if goal.doc is None or not style.asked_purpose:
        return []
    said = [w for w in words_of(goal) if w.text.strip()]
    spans = []
    for sentence in word_sentences(said, style.abbreviation_openers):
        opened = _opinion_length(sentence, ctx)
        if opened and benefit_purpose(sentence, ctx, style, goal.lang):
            spans.append((sentence[0].start, sentence[opened - 1].end))
    return spans


def benefit_after(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> tuple[str, str] | None:
    """The goal's text before a last sentence that tells the writer's expected gain ('...
    Ik verwacht dat ik daar veel kan leren over X.'), and that gain as the purpose; None when
    the last sentence tells none, or nothing but a question stands before it."""
    said = [w for w in words_of(goal) if w.text.strip()]
    ends = [n for n, w in enumerate(said[:-1]) if w.text in SENTENCE_MARKS]
    if not ends:
        return None
    last = said[ends[-1] + 1 :]
    if not _opinion_length(last, ctx):
        return None
    purpose = benefit_purpose(last, ctx, style, goal.lang)
    before = goal.text[: last[0].start].rstrip()
    if purpose is None or not any(ch.isalpha() for ch in before) or before.endswith("?"):
        return None  # a step asked before it is read as asked (asked_steps.py)
    return before, purpose
