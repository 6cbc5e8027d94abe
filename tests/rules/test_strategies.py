"""PhraseRule: a rule that is its metadata and a lexicon key, and the hooks it offers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

import pytest

from smartcheck import Checker, Criterion
from smartcheck.judging.context import RuleContext
from smartcheck.judging.strategies import PhraseRule
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reporting.report import Evidence, Finding
from tests.conftest import REF

DOC = """{what}

What it does: a test rule.
Why: tests.
Example: ``x``
Use instead: ``y``
"""


class Comparative(PhraseRule):
    __doc__ = DOC.format(what="Flags a comparative.")
    code = "XT001"
    name = "test.comparative"
    criterion = Criterion.M
    summary = "A comparative"
    default_messages: ClassVar[dict[str, dict[str, str]]] = {
        "en": {"message": "Compared: {phrase}."}
    }
    key = "comparatives"
    confidence = 0.4


class ComparativeOutsidePurpose(Comparative):
    __doc__ = Comparative.__doc__
    code = "XT002"
    name = "test.comparative_outside_purpose"
    skip_purpose = True


class ComparativeUnlessBound(Comparative):
    __doc__ = Comparative.__doc__
    code = "XT003"
    name = "test.comparative_unless_bound"

    def answered(
        self, goal: Goal, ctx: RuleContext, matches: Sequence[LexiconMatch]
    ) -> Evidence | None:
        for bound in ctx.find(goal, "bounds")[:1]:
            return self.evidence(goal, "bound", bound.start, bound.end)
        return None

    def also(self, goal: Goal, ctx: RuleContext) -> Iterator[Evidence]:
        yield self.evidence(goal, "always", 0, 1)


def run(rule: PhraseRule, checker: Checker, text: str) -> list[Finding | Evidence]:
    goal = checker.parse(text, lang="en", reference_date=REF)
    return list(rule.evaluate(goal, checker.context("en")))


def test_a_phrase_rule_reports_its_first_match_with_the_phrase_in_the_message(
    checker: Checker,
) -> None:
    found = run(Comparative(), checker, "I answer more emails faster than my team.")
    assert len(found) == 1
    finding = found[0]
    assert isinstance(finding, Finding)
    assert (finding.code, finding.text, finding.confidence) == ("XT001", "more", 0.4)
    assert finding.message == "Compared: more."
    assert run(Comparative(), checker, "I answer every email within a day.") == []


def test_skip_purpose_ignores_words_that_say_why(checker: Checker) -> None:
    text = "I keep a reading log so that I read more."
    assert [f.text for f in run(Comparative(), checker, text)] == ["more"]
    assert run(ComparativeOutsidePurpose(), checker, text) == []


def test_answered_turns_the_finding_into_evidence_and_also_always_reports(
    checker: Checker,
) -> None:
    bounded = run(ComparativeUnlessBound(), checker, "I call more clients, at least ten a week.")
    assert [(type(f).__name__, f.text) for f in bounded] == [
        ("Evidence", "at least"),
        ("Evidence", "I"),
    ]
    open_ended = run(ComparativeUnlessBound(), checker, "I call more clients.")
    assert [type(f).__name__ for f in open_ended] == ["Finding", "Evidence"]


def test_a_phrase_rule_without_a_key_fails_at_class_definition() -> None:
    with pytest.raises(TypeError, match="names no lexicon key"):

        class Keyless(PhraseRule):
            __doc__ = Comparative.__doc__
            code = "XT009"
            name = "test.keyless"
            criterion = Criterion.S
            summary = "no key"
