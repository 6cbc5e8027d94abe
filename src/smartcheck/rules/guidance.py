"""P - POP guidance: advice from the guides to the POP-gesprek, never a SMART score.

The guides remind both sides that a course is only one of many routes to development, and
that what challenges an employee depends on their phase (junior, vakvolwassen, senior). These
rules are the code family P; the checker reports their findings in ``GoalReport.guidance``
and never lets them lower a criterion score.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from smartcheck.configuration.phase import Phase
from smartcheck.criteria import Criterion
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.phase import employee_phase
from smartcheck.judging.features.signals import clause_heads
from smartcheck.judging.rule import Rule
from smartcheck.judging.strategies import PhraseRule
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reporting.report import Evidence, Finding

#: Parts of speech that end the words naming what a course is about.
_TOPIC_STOP = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "NUM", "PRON", "SYM"})
_TOPIC_MAX_WORDS = 4


def course_topic(goal: Goal, match: LexiconMatch) -> str:
    """The goal's own words for what the course is about ("cursus *Excel*", "training *in
    public speaking*"): the words right after the course word, up to a verb, a clause break,
    a date or a second preposition. Empty when the goal names no topic there."""
    if goal.doc is None:
        return ""
    words: list[str] = []
    for token in goal.doc:
        if token.idx < match.end:
            continue
        if token.pos_ in _TOPIC_STOP or len(words) >= _TOPIC_MAX_WORDS:
            break
        if token.pos_ == "ADP":
            if words:
                break
            continue  # "een cursus *over* projectmanagement": the topic follows
        if token.pos_ == "DET" and not words:
            continue
        words.append(token.text)
    return " ".join(words)


class TrainingOnly(PhraseRule):
    """Notices a goal whose only means of development is a course or training.

    What it does: finds words from the pack's ``formal_training`` list ("cursus",
    "opleiding", "workshop", "training", "course", "certification programme"); when the goal
    names none of the pack's ``development_routes`` ("meelopen", "coaching door een collega",
    "job rotation", "shadowing", "on the job"), it suggests those other routes by name, with
    one example built from the goal's own topic. Info only: it never lowers a SMART score.

    Why: the guides to the POP-gesprek stress that a course is one of many routes. People
    learn most from doing the work next to someone who already does it: coaching by
    colleagues, task rotation, shadowing, an excursion to a peer company, learning on the job.

    Example: ``Ik volg dit jaar een cursus Excel.``

    Use instead: ``Ik volg dit jaar een cursus Excel en loop twee dagdelen mee met een
    ervaren collega die goed is in Excel.``
    """

    code = "P001"
    name = "guidance.training_only"
    criterion = Criterion.R
    family = "guidance"
    summary = "Formal training is the only route (suggest coaching, rotation, shadowing)"
    severity = "info"

    key = "formal_training"
    confidence = 0.7

    def answered(
        self, goal: Goal, ctx: RuleContext, matches: Sequence[LexiconMatch]
    ) -> Evidence | None:
        routes = ctx.find(goal, "development_routes")
        if routes:
            return self.evidence(goal, "development_route", routes[0].start, routes[0].end)
        return None

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        matches = self.matches(goal, ctx)
        if not matches:
            return
        answer = self.answered(goal, ctx, matches)
        if answer is not None:
            yield answer
            return
        match = self.pick(matches)
        topic = course_topic(goal, match)
        if topic and ctx.message_pack.lang != ctx.pack.lang:
            topic = f"'{topic}'"  # the goal's words in another language's message: quoted
        example = ctx.message_pack.guidance.route_example(topic)
        yield self.phrase_finding(
            goal, ctx, match, confidence=self.confidence, example=example, topic=topic
        )


#: The phases for which a basic course alone is little challenge (a junior has much to learn).
_CHALLENGED = frozenset({Phase.VAKVOLWASSEN, Phase.SENIOR})


class PhaseChallenge(PhraseRule):
    """Asks whether a basic course challenges a vakvolwassen or senior employee.

    What it does: when the employee's phase is ``vakvolwassen`` or ``senior`` (from the
    form, the call or the config) and the goal's only content is a course from the pack's
    ``basic_courses`` list ("basiscursus", "cursus voor beginners", "introductory course")
    — no second action beside it and no purpose clause — it asks about challenge, in the
    words of that phase. Silent for a junior and when no phase is known. Info only: it never
    lowers a SMART score.

    Why: the guides to the POP-gesprek place the employee in a phase. A vakvolwassen
    employee does the work as routine and needs enough challenge; for a senior the work
    comes easily, and the question is how to stay motivated and contribute more. A course
    for beginners answers neither.

    Example: ``Ik volg dit jaar een basiscursus projectmanagement.`` (phase senior)

    Use instead: ``Dit jaar leid ik het verbeterproject in onze planning en werk ik twee
    nieuwe collega's in.``
    """

    code = "P002"
    name = "guidance.phase_challenge"
    criterion = Criterion.R
    family = "guidance"
    summary = "Only a basic course for a vakvolwassen or senior employee (ask for challenge)"
    severity = "info"

    key = "basic_courses"
    confidence = 0.6

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        phase = employee_phase(goal)
        if phase not in _CHALLENGED:
            return
        matches = self.matches(goal, ctx)
        if not matches or _more_than_the_course(goal, ctx, matches):
            return
        texts = ctx.message_pack.guidance
        yield self.phrase_finding(
            goal,
            ctx,
            self.pick(matches),
            confidence=self.confidence,
            challenge=texts.phase_challenge.get(phase, ""),
            next_step=texts.phase_next_step.get(phase, ""),
        )


def _more_than_the_course(goal: Goal, ctx: RuleContext, courses: Sequence[LexiconMatch]) -> bool:
    """Whether the goal asks more than the course: a purpose clause (what it serves), a
    second goal verb, or a second clause coordinated with the main one ("... en automatiseer
    daarna de weekrapportage"); a list of course topics ("Excel en Word") is no more. The
    shipped parser often tags such a second verb as a noun, hence the look at its words."""
    if goal.purpose is not None or len(clause_heads(goal, ctx)) >= 2:
        return True
    doc = goal.doc
    if doc is None or not doc.has_annotation("DEP"):
        return False
    for token in doc:
        if token.dep_ != "conj" or any(m.start <= token.idx < m.end for m in courses):
            continue
        if token.head.dep_ == "ROOT" and token.head.pos_ in ("VERB", "AUX"):
            return True  # "volg ... en bouw ...": a second clause on the main verb
        if token.pos_ != "PROPN" and any(c.dep_ not in _TOPIC_LIST_DEPS for c in token.children):
            return True  # a coordinated phrase with words of its own ("en bouw daarna ...")
    return False


#: Dependents of a coordinated topic that keep it a topic ("Excel en de Word-basis").
_TOPIC_LIST_DEPS = frozenset({"cc", "punct", "det", "flat", "appos", "compound", "case"})


RULES: list[type[Rule]] = [TrainingOnly, PhaseChallenge]
