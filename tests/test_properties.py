"""Invariants that hold for any input: no crash, spans inside the text, scores in [0, 1],
determinism, and an exact JSON round trip."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from smartcheck import Checker, GoalReport, SmartcheckError
from tests.conftest import REF

CHECKER = Checker()

WORDS = st.sampled_from(
    "ik wil beter worden in Excel binnen drie maanden vóór 1 maart 2027 proberen nooit meer "
    "I will try to improve by Friday every week 100% de beste certificaat 5 kilo asap "
    "zodat mijn leidinggevende coach elke maand Q2 week 12 31-12-2026 🚀 • — ?".split()
)
GOALISH = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
ANY_TEXT = st.text(min_size=0, max_size=300)

PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _check(text: str) -> GoalReport | None:
    try:
        return CHECKER.check(text, reference_date=REF)
    except SmartcheckError:
        return None  # a clear, documented error is fine; anything else is a bug


@PROPERTY_SETTINGS
@given(st.one_of(GOALISH, ANY_TEXT))
@example("wil Excel wil nooit")  # a wish verb whose adverbs run to the end (voices/)
def test_never_an_unexpected_exception_and_spans_inside(text: str) -> None:
    report = _check(text)
    if report is None:
        return
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
        for suggestion in finding.suggestions:
            for edit in suggestion.edits:
                assert 0 <= edit.start <= edit.end <= len(text)
    for expr in report.goal.deadlines:
        assert text[expr.start : expr.end] == expr.text
    for score in report.criteria.values():
        assert 0.0 <= score.score <= 1.0
        assert score.passed == (score.score >= score.threshold)
        for evidence in score.evidence:
            assert text[evidence.start : evidence.end] == evidence.text


@PROPERTY_SETTINGS
@given(GOALISH)
def test_deterministic_and_round_trips(text: str) -> None:
    first, second = _check(text), _check(text)
    assert first == second
    if first is not None:
        assert GoalReport.model_validate_json(first.model_dump_json()) == first


@PROPERTY_SETTINGS
@given(st.lists(st.one_of(GOALISH, st.just(""), st.integers()), max_size=8))
def test_check_many_yields_one_result_per_input(items: list[object]) -> None:
    results = list(CHECKER.check_many(items, reference_date=REF, batch_size=3))
    assert len(results) == len(items)
