"""S - Specifiek / Specific: is it clear what exactly will be done or achieved?"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from smartcheck.criteria import Criterion
from smartcheck.judging.context import RuleContext
from smartcheck.judging.features.fields import behaviour_field, in_field
from smartcheck.judging.features.learning import learning, purpose_result
from smartcheck.judging.features.signals import (
    clause_heads,
    concreteness,
    outside_purpose,
    situations,
    whole_goal,
)
from smartcheck.judging.rule import Rule
from smartcheck.judging.strategies import PhraseRule
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reporting.report import Evidence, Finding

NUMERIC_MEASURES = frozenset({"number", "percentage", "quantity", "count"})


def has_numeric_target(goal: Goal) -> bool:
    """A number-based measure ("van 40 naar 60 woorden") makes a vague verb concrete."""
    return any(m.kind in NUMERIC_MEASURES for m in goal.measures)


def has_target(goal: Goal, ctx: RuleContext) -> bool:
    """A number-based measure or a level with its value on a named scale ("van B1 naar B2",
    "niveau 3"): either says what the vague verb will have changed. A scale word alone
    ("grades", "mijn niveau") names no target; a number that is part of a name ("ISO 9001")
    is no measure at all (reading ``anatomy/measures.py``)."""
    return any(m.kind in NUMERIC_MEASURES for m in goal.measures) or any(
        m.kind == "level" and _LEVEL_VALUE.search(m.text) for m in goal.measures
    )


#: A level's value: a number or a step of the common European scale ("B2", "niveau 3").
_LEVEL_VALUE = re.compile(r"\d|\b[abcABC][12]\b")


class VagueOutcome(Rule):
    """Flags outcome words that describe a direction, not a result.

    What it does: finds phrases from the pack's ``vague_outcome`` list ("beter worden",
    "verbeteren", "ontwikkelen", "improve", "work on", "get better at"), and from its
    ``general_outcome`` list ("verhogen", "increase"), which only count when the goal names
    nothing concrete (a number, a name, a deliverable). Words in the goal's purpose clause
    ("zodat ...", "so that ...", "om ... te verbeteren") do not count: they say why, not
    what; nor do words in an aside, which say what a thing the goal names is about ("het
    certificaat VEHS (veilig werken aan ...)", "the checklist which helps drivers get
    better at ..."). A learning verb
    (``learning_verbs``) is read with what it learns (``judging.features.learning``): with a
    skill verb ("leren maken", "learn to build") the skill is the action and S003 judges its
    object; a bare field or name ("Python leren", "learn Mandarin") is flagged unless a
    level, a named course, a situation or a concrete purpose narrows it. Without tags
    (``model="blank"``) a learning verb counts as a general outcome word.

    Why: "better" has no end point; the employee and the manager cannot agree on what
    will be different, so they cannot agree later whether it happened.

    Example: ``Ik wil beter worden in Excel.``

    Use instead: ``Ik maak zelfstandig draaitabellen in Excel voor de maandrapportage.``
    """

    code = "S001"
    name = "specific.vague_outcome"
    criterion = Criterion.S
    summary = "Vague outcome verb or phrase (improve, beter worden)"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        numeric = has_target(goal, ctx)
        vague = outside_purpose(  # a difficulty named ("ik heb moeite met") is no direction
            goal,
            ctx.find(goal, "vague_outcome")
            + more_of_a_quality(goal, ctx)
            + ctx.find(goal, "difficulties"),
        )
        vague = in_field(goal, ctx, vague)  # a filled "Wat precies:" says what it means
        vague.sort(key=lambda m: m.start)
        if vague:
            first = vague[0]
            confidence = 0.45 if numeric else 0.85
            phrase = goal.text[first.start : first.end]
            yield self.finding(
                goal, ctx, first.start, first.end, confidence=confidence, phrase=phrase
            )
            return
        general = in_field(goal, ctx, outside_purpose(goal, ctx.find(goal, "general_outcome")))
        frame = learning(goal, ctx)
        if frame is not None and not in_field(goal, ctx, [frame.verb]):
            frame = None  # 'Excel leren. Wat precies: draaitabellen maken ...': the field
        if frame is not None:
            verb = frame.verb  # the learning frame decides, not the word list
            general = [m for m in general if not (m.start < verb.end and verb.start < m.end)]
            if frame.bare and frame.skill is None:
                phrase = goal.text[verb.start : verb.end]
                yield self.finding(goal, ctx, verb.start, verb.end, confidence=0.7, phrase=phrase)
                return
        if general:
            signals = concreteness(goal, ctx)
            if numeric or signals.names or signals.deliverables:
                return  # "verhoog ... van 2 naar 5": the target says what will be different
            first = general[0]
            phrase = goal.text[first.start : first.end]
            yield self.finding(goal, ctx, first.start, first.end, confidence=0.7, phrase=phrase)


def more_of_a_quality(goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
    """ "More" of a quality or inner state ("wat meer geduld", "meer begrip", "more
    engaged"): a direction without content, whatever the quality. The comparative is one of
    the pack's ``comparatives``, the quality one of its ``abstract_competence`` or
    ``inner_states`` words, at most two words after it, and not the object of a behaviour
    (``situational_behaviours``: "vaker feedback vragen" says what is done more often)."""
    comparatives = [m for m in ctx.find(goal, "comparatives") if m.token_end - m.token_start == 1]
    if not comparatives:
        return []
    qualities = ctx.find(goal, "abstract_competence") + ctx.find(goal, "inner_states")
    behaviours = ctx.find(goal, "situational_behaviours")
    qualities = [  # 'vaker feedback vragen': the quality is the object of a behaviour
        q for q in qualities if not any(b.start <= q.start and q.end <= b.end for b in behaviours)
    ]
    found = []
    for comparative in comparatives:
        for quality in qualities:
            if 0 <= quality.token_start - comparative.token_end <= 2:
                found.append(
                    LexiconMatch(
                        start=comparative.start,
                        end=quality.end,
                        entry="comparative + quality",
                        token_start=comparative.token_start,
                        token_end=quality.token_end,
                    )
                )
                break
    return found


class AbstractCompetence(PhraseRule):
    """Flags a broad competence named without the behaviour that shows it.

    What it does: finds words from the pack's ``abstract_competence`` list ("communicatie",
    "leiderschap", "time management") in a goal that names no deliverable or number. A
    competence that is itself a behaviour (one of the pack's ``situational_behaviours``:
    "feedback geven", "presenteren") is concrete once the goal names the situation it happens
    in ("in het weekoverleg", "with my team"), as the fix advises; a container
    ("vaardigheden", "communicatie") needs its behaviour named, a situation is not enough;
    beside a placed behaviour it is the topic ("feedback op hun planning"). A competence in
    the purpose ("om de communicatie met ouders te verbeteren") says why the goal is done,
    and one in an aside ("de module Gespreksvoering (over beter luisteren)") which thing it
    names: neither is the goal's behaviour.

    Why: competences are containers; two people read different behaviour into
    "communicatie verbeteren". A goal names the situation and the behaviour.

    Example: ``Ik wil werken aan mijn communicatie.``

    Use instead: ``In het weekoverleg geef ik elke week een update van twee minuten.``
    """

    code = "S002"
    name = "specific.abstract_competence"
    criterion = Criterion.S
    summary = "Abstract competence without concrete behaviour"
    severity = "warning"

    key = "abstract_competence"
    confidence = 0.6
    skip_purpose = True  # and asides: why, or which thing, not what

    def applies(self, goal: Goal, ctx: RuleContext) -> bool:
        return not goal.measures

    def matches(self, goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
        return in_field(goal, ctx, super().matches(goal, ctx))

    def answered(
        self, goal: Goal, ctx: RuleContext, matches: Sequence[LexiconMatch]
    ) -> Evidence | None:
        behaviours = ctx.find(goal, "situational_behaviours")
        placed = [
            m for m in matches if any(b.start <= m.start and m.end <= b.end for b in behaviours)
        ]
        if not placed:
            return None  # other competence words then name the behaviour's topic
        return situation_beside(self, goal, ctx, behaviours)


def situation_beside(
    rule: Rule, goal: Goal, ctx: RuleContext, matches: Sequence[LexiconMatch]
) -> Evidence | None:
    """Evidence of a situation that places the matched behaviour ("in het weekoverleg", "with
    my team"): a phrase apart from the matched words ("aan mijn communicatie" is the
    competence itself, not where it shows)."""
    for span in situations(goal, ctx):
        if not any(m.start < span.end and span.start < m.end for m in matches):
            return rule.evidence(goal, "situation", span.start, span.end, 0.4)
    return None


class MissingDetail(Rule):
    """Flags a goal with nothing concrete in it: no number, name, deliverable or detail.

    What it does: counts concreteness signals (numbers and quantities, names, acronyms and
    quoted titles, deliverables, and the number of content words); a goal with less than
    one full signal is flagged, and each signal found counts as evidence.

    A learning goal that learns only a field or a name ("leren programmeren in Python",
    "learn Mandarin") is flagged whatever else it counts: the name is the field itself.

    Why: short general goals ("Ik wil gewicht verliezen", "Learn some new technology")
    let employee and manager picture different things, so they cannot agree later on
    whether the goal was met.

    Example: ``Ik wil in vorm komen.``

    Use instead: ``Ik loop op 1 juni 2027 de 5 km van de bedrijfsloop in minder dan 30 minuten.``
    """

    code = "S003"
    name = "specific.missing_detail"
    criterion = Criterion.S
    summary = "Nothing concrete: no number, name, deliverable or detail"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        signals = concreteness(goal, ctx)
        for span in signals.numeric[:1]:
            yield self.evidence(goal, "number", span.start, span.end, 0.6)
        for span in signals.names[:1]:
            yield self.evidence(goal, "name", span.start, span.end, 0.5)
        frame = learning(goal, ctx)
        bare = frame is not None and frame.bare  # "leren programmeren in Python": a field
        bare = bare and frame is not None and bool(in_field(goal, ctx, [frame.verb]))
        if bare or signals.score + learnt_detail(goal, ctx) < 1.0:
            confidence = 0.8 if signals.content_words <= 4 else 0.65
            yield self.finding(goal, ctx, *whole_goal(goal), confidence=confidence)


def learnt_detail(goal: Goal, ctx: RuleContext) -> float:
    """What a learning goal's own reading adds to its concreteness: 1.0 for a skill with a
    concrete object ("draaitabellen leren maken", a named skill) or a purpose naming a
    concrete result ("zodat ik zelf webapplicaties kan bouwen"): either says what exactly
    is learnt, whether or not the field is spelled as a name ("javascript")."""
    frame = learning(goal, ctx)
    if frame is None:
        return 0.0
    if frame.task is not None or purpose_result(goal, ctx) is not None:
        return 1.0
    return 0.0


class MultipleGoals(Rule):
    """Flags several goals packed into one sentence.

    What it does: counts the main verb and the verbs coordinated with it ("... gezonder eten
    of meer bewegen", "call and email"), using the dependency parse; two or more is flagged.
    Without a parse (``model="blank"``) the rule stays silent.

    Why: each goal needs its own measure and deadline; packed together, one part is met and
    the other quietly dropped, and the conversation cannot say which.

    Example: ``Vaker een pauze nemen en mijn mail twee keer per dag lezen.``

    Use instead: two goals, each with its own measure and date.
    """

    code = "S004"
    name = "specific.multiple_goals"
    criterion = Criterion.S
    summary = "Several goals in one"
    severity = "warning"

    def evaluate(self, goal: Goal, ctx: RuleContext) -> Iterator[Finding | Evidence]:
        heads = clause_heads(goal, ctx)
        field = behaviour_field(goal, ctx)  # the filled "Wat precies:" is the one behaviour
        if field is not None:
            heads = [h for h in heads if field[0] <= h.idx < field[1]]
        if len(heads) >= 2:
            second = heads[1]
            yield self.finding(
                goal,
                ctx,
                second.idx,
                second.idx + len(second.text),
                confidence=0.6,
                count=len(heads),
                phrase=second.text,
            )


class MissingSituation(PhraseRule):
    """Flags a situational behaviour named without its situation.

    What it does: finds behaviours from the pack's ``situational_behaviours`` list
    ("feedback geven", "presenteren", "nee zeggen", "speak up") in a goal that names no
    situation: a prepositional phrase with a content word ("tijdens het weekoverleg",
    "with my team"; prepositions from ``situation_prepositions``). A behaviour in the
    purpose or in an aside (a parenthetical, a relative clause after a noun) is not the one
    the goal commits to.

    Why: "nee zeggen" or "speak up" only becomes a goal when it says where and to whom;
    otherwise every situation can later count, or none.

    Example: ``Ik wil leren nee zeggen.``

    Use instead: ``In het weekoverleg zeg ik nee tegen klussen buiten mijn project.``
    """

    code = "S005"
    name = "specific.missing_situation"
    criterion = Criterion.S
    summary = "Situational behaviour without its situation"
    severity = "warning"

    key = "situational_behaviours"
    confidence = 0.55
    skip_purpose = True  # and asides: why, or which thing, not what

    def matches(self, goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
        """Behaviours the writer shows; "met coaching van mijn manager" is support the writer
        gets (``goal.support``), a means, as R003's advice asks to name."""
        support = goal.support
        return [
            m
            for m in in_field(goal, ctx, super().matches(goal, ctx))
            if not any(s.start < m.end and m.start < s.end for s in support)
        ]

    def answered(
        self, goal: Goal, ctx: RuleContext, matches: Sequence[LexiconMatch]
    ) -> Evidence | None:
        return situation_beside(self, goal, ctx, matches)


RULES: tuple[type[Rule], ...] = (
    VagueOutcome,
    AbstractCompetence,
    MissingDetail,
    MultipleGoals,
    MissingSituation,
)
