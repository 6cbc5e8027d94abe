"""Someone else's wish or question for the writer, then a first step the writer hedges.

"Mijn teamleider vraagt of ik de inkoop wil overnemen. Ik twijfel of ik dat kan, misschien
eerst een cursus inkoop?", "My supervisor wants me to run the stock audit. Maybe first
shadow Maria for a month?": the task is offered by another person, the step is the writer's,
asked or hedged, often after a doubt. Rewritten one by one the wish became the writer's
commitment and the step stayed a question after it, which fails A (hedging). A coach commits
the step as the writer's first one with the offered task as its purpose and the other
person's credit ('Vóór [datum] ga ik eerst een cursus inkoop volgen, zodat ik de inkoop kan
overnemen, zoals mijn teamleider vraagt.'): the other's suggestion with the writer's own step
is owned and agreed (JUDGING A). The doubt is the writer's reservation: it stays after the
rewrite as a sentence of its own, as doubts do (item 75).

This module only reads the pieces; ``WholeTextRewrites._offered_step`` (whole_text.py)
judges, rewrites and checks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_means import hedged_means
from smartcheck.fixing.rewrite.means import goal_sentences
from smartcheck.fixing.rewrite.step_cuts import step_cut
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.voices.clause import is_voice, names_person
from smartcheck.fixing.rewrite.words import Word, capitalise, closed, infinitive_ending, join

if TYPE_CHECKING:
    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.voices.clause import Voice
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: The lexicon keys of the writer's doubt beside a step (reservations.py reads the same).
_DOUBTS: tuple[LexiconKey, ...] = ("uncertain_remarks", "doubt_remarks", "lacking_remarks")
#: How many words may name the other person before their verb ('De chef van de werkplaats').
_WHO_WORDS = 6
#: Fewest words of a committed clause with a phrase after its verb ('Ik ga X doen met Y').
_AIM_WORDS = 5


@dataclass(frozen=True)
class OfferedStep:
    """The offered task as written, the step as a bare verb phrase, and the doubt kept."""

    aim: str
    means: str
    doubt: str
    #: The hedged step as written ('Misschien eerst een cursus inkoop?').
    asked: str = ""
    #: Another person's view told before the step, kept before the rewrite.
    view: str = ""


def offered_step(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> OfferedStep | None:
    """The first sentence (the task someone else offers, or the writer's own aim), a last
    sentence that hedges or asks a step ('Maybe first a course?'), maybe after a remark at
    a comma ('..., so maybe first ...') or in a sentence between them: the writer's doubt
    (kept after the rewrite) or another person's view of the writer (kept before it, as the
    situation the step answers: 'My manager says I'm not ready, so maybe first ...'); None
    for any other text."""
    sentences = goal_sentences(goal, style)
    if not 2 <= len(sentences) <= 3:
        return None
    last = sentences[-1]
    cut = step_cut(last, style)
    remarks = list(sentences[1:-1])
    asked = last
    if cut is not None:
        remarks.append(last[: cut[0]])
        asked = last[cut[1] :]
    if len(remarks) > 1:
        return None
    means = hedged_means(asked, goal, ctx, style)
    if means is None:
        return None
    doubt = view = ""
    if remarks:
        told = closed(capitalise(join(_said(remarks[0]))))
        if _doubted(remarks[0], goal, ctx):
            doubt = told
        elif _viewed(remarks[0], style):
            view = told
        else:
            return None
    return OfferedStep(
        aim=closed(capitalise(join(sentences[0]))),
        means=means,
        doubt=doubt,
        asked=capitalise(join(asked, lead=False)),
        view=view,
    )


def _viewed(words: list[Word], style: RewriteStyle) -> bool:
    """Do ``words`` tell another person's view or report (a person, then a verb of opinion
    or saying: 'Mijn leidinggevende vindt dat ik ...', 'My manager says I'm ...')?"""
    at = next(  # a verb of saying the tagger calls a noun ('thinks') still opens the view
        (
            n
            for n, w in enumerate(words)
            if w.pos in ("VERB", "AUX") or w.finite or (n and is_voice(w, style))
        ),
        None,
    )
    if at is None or at == 0 or at > _WHO_WORDS:
        return False
    return names_person(words[:at], style) and is_voice(words[at], style)


def extraposed_aim(voice: Voice, style: RewriteStyle) -> tuple[str, ...]:
    """Dutch: the offered task with a phrase after its verb ('Ik ga de inspecties overnemen
    *van Sander*.'), which aims.voiced_aim leaves alone, as the step's purpose: the phrase
    before the verbs, which end the clause ('zodat ik de inspecties van Sander kan overnemen,
    zoals mijn leidinggevende vraagt'); nothing for any other clause."""
    frame = style.frames.aim_purpose
    if style.word_order != "v2" or frame is None or not voice.credit:
        return ()
    words = voice.inner.rstrip(" .").split()
    subject = style.default_subject.lower()
    if len(words) < _AIM_WORDS or [w.lower() for w in words[:2]] != [
        subject,
        style.subjects.get(subject, ""),
    ]:
        return ()
    rest = words[2:]
    at = max(  # the verb: the last infinitive before a preposition ('doen *voor* de keuken')
        (
            n
            for n, w in enumerate(rest[:-1])
            if infinitive_ending(w.lower()) and rest[n + 1].lower() in style.prepositions
        ),
        default=None,
    )
    if at is None:
        return ()
    clause = [*rest[:at], *rest[at + 1 :], style.aim_modal, rest[at]]
    return (f"{frame.format(clause=' '.join(clause))}, {voice.credit}",)


def _said(words: list[Word]) -> list[Word]:
    """``words`` without the marks that end them ('?', ','): a remark of its own."""
    said = list(words)
    while said and (said[-1].text in SENTENCE_MARKS or said[-1].text in ",;:"):
        said.pop()
    return said


def _doubted(words: list[Word], goal: Goal, ctx: RuleContext) -> bool:
    """Do ``words`` hold the writer's doubt, uncertainty or lack (the pack's
    ``uncertain_remarks``, ``doubt_remarks``, ``lacking_remarks``)?"""
    if goal.doc is None or not words:
        return False
    start, end = words[0].start, words[-1].end
    return any(
        start <= goal.doc[m.token_start].idx < end for key in _DOUBTS for m in ctx.find(goal, key)
    )
