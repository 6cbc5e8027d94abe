"""A rewrite step that fails on one goal costs that goal its rewrite, never its report.

The judgement is what an HR tool needs; a rewrite is advice on top of it. A bug in a rewrite
step (or in a plugged-in rewriter) is a RewriteFailedWarning naming the goal, the goal gets
the structured fallback, and the other goals of a batch keep their rewrites. Errors
smartcheck raises on purpose still reach the caller.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from smartcheck import Checker, GoalReport
from smartcheck.errors import PluginError, RewriteFailedWarning
from smartcheck.judging.context import RuleContext
from tests.conftest import REF

BAD = "Ik wil beter worden in het plannen van mijn week."
GOOD = "I want to get better at Excel."


class FailsOnPlanning:
    """A rewriter with a bug that shows on one goal only, alone or in a batch."""

    def rewrite(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        if "plannen" in report.goal.text:
            raise IndexError("list index out of range")
        return ("By 1 March 2027, I will build three pivot tables in Excel.",)

    def rewrite_many(
        self, items: Sequence[tuple[GoalReport, RuleContext]]
    ) -> list[tuple[str, ...]]:
        return [self.rewrite(report, ctx) for report, ctx in items]


@pytest.fixture
def fresh() -> Checker:
    return Checker()


def test_a_failing_whole_text_step_leaves_the_structured_fallback(
    fresh: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> tuple[str, ...]:
        raise AttributeError("'NoneType' object has no attribute 'text'")

    monkeypatch.setattr(fresh.whole_text, "_guess_dropped", broken)
    with pytest.warns(RewriteFailedWarning, match="plannen van mijn week"):
        report = fresh.check(BAD, lang="nl", reference_date=REF)
    assert not report.is_smart
    assert report.criteria  # the judgement is all there
    fallback = report.structured_rewrite
    assert fallback is not None and "plannen van mijn week" in fallback.goal
    assert report.rewrite == fallback.text and report.rewrites == (fallback.text,)


def test_a_failing_rewriter_costs_only_its_goal_in_a_batch(
    fresh: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fresh, "rewriter", FailsOnPlanning())
    with pytest.warns(RewriteFailedWarning) as caught:
        results = list(fresh.check_many([GOOD, BAD, GOOD], reference_date=REF))
    assert [type(r) for r in results] == [GoalReport] * 3
    good, bad, again = (r for r in results if isinstance(r, GoalReport))
    assert good.rewrite is not None and "pivot tables" in good.rewrite
    assert again.rewrite == good.rewrite
    assert bad.structured_rewrite is not None and bad.rewrite == bad.structured_rewrite.text
    assert sum("plannen" in str(w.message) for w in caught) == 1


def test_a_failing_rewriter_on_one_goal_keeps_its_report(
    fresh: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fresh, "rewriter", FailsOnPlanning())
    with pytest.warns(RewriteFailedWarning, match="IndexError"):
        report = fresh.check(BAD, lang="nl", reference_date=REF)
    assert report.structured_rewrite is not None
    assert report.rewrite == report.structured_rewrite.text


def test_an_error_raised_on_purpose_still_reaches_the_caller(
    fresh: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Refuses:
        def rewrite(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
            raise PluginError("rewriter 'house' has no licence for this goal")

    monkeypatch.setattr(fresh, "rewriter", Refuses())
    with pytest.raises(PluginError, match="no licence"):
        fresh.check(BAD, lang="nl", reference_date=REF)
