"""The fix applier (smartcheck.fixing.fixes): applicability, ordering, overlaps, passes, idempotence.

Most tests drive ``apply_fixes`` with a stub checker whose "rules" are plain text
substitutions, so that the applier is tested on its own, independent of how the real rules
are calibrated; one test runs it end to end with the real checker.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.fixes import MAX_PASSES, FixResult, apply_edits, apply_fixes
from smartcheck.reporting.report import Applicability, Edit, Finding, Suggestion
from tests.conftest import REF

# -- a stub checker: each "rule" replaces a word with another, with one applicability --------


@dataclass(frozen=True)
class StubRule:
    code: str
    find: str
    replace: str
    applicability: Applicability = "safe"


@dataclass(frozen=True)
class StubReport:
    lang: str
    findings: list[Finding]


class StubChecker:
    """Quacks like Checker.check for apply_fixes; counts its calls."""

    def __init__(self, rules: Sequence[StubRule]) -> None:
        self.rules = list(rules)
        self.calls = 0

    def check(self, text: str, lang: str | None = None, reference_date: date | None = None) -> Any:
        self.calls += 1
        findings = []
        for rule in self.rules:
            start = text.find(rule.find)
            while start >= 0:
                end = start + len(rule.find)
                edit = Edit(start=start, end=end, replacement=rule.replace)
                findings.append(_finding(rule.code, start, end, text, (edit,), rule.applicability))
                start = text.find(rule.find, end)
        return StubReport(lang=lang or "nl", findings=findings)


def _finding(
    code: str,
    start: int,
    end: int,
    text: str,
    edits: tuple[Edit, ...],
    applicability: Applicability,
) -> Finding:
    return Finding(
        code=code,
        name="test.stub",
        criterion=Criterion.T,
        severity="info",
        confidence=0.5,
        message="stub",
        start=start,
        end=end,
        text=text[start:end],
        suggestions=(Suggestion(title="stub", edits=edits, applicability=applicability),),
    )


def _fix(checker: StubChecker, text: str, **kwargs: Any) -> FixResult:
    return apply_fixes(checker, text, lang="nl", reference_date=REF, **kwargs)  # type: ignore[arg-type]


# -- apply_edits --------------------------------------------------------------------------


def test_apply_edits_replaces_inserts_and_deletes() -> None:
    text = "ik haal binnenkort mijn diploma"
    edits = [
        Edit(start=8, end=18, replacement="vóór 1 juni 2027"),
        Edit(start=0, end=0, replacement=">> "),
        Edit(start=24, end=31, replacement="diploma's"),
    ]
    new, taken = apply_edits(text, edits)
    assert new == ">> ik haal vóór 1 juni 2027 mijn diploma's"
    assert len(taken) == 3


def test_apply_edits_sorts_edits_by_position() -> None:
    text = "aaa bbb ccc"
    edits = [Edit(start=8, end=11, replacement="C"), Edit(start=0, end=3, replacement="A")]
    new, taken = apply_edits(text, edits)
    assert new == "A bbb C"
    assert [e.start for e in taken] == [0, 8]


def test_apply_edits_skips_overlapping_edits_first_come_first_served() -> None:
    text = "0123456789"
    first = Edit(start=2, end=6, replacement="X")
    overlapping = Edit(start=4, end=8, replacement="Y")
    inside = Edit(start=3, end=4, replacement="Z")
    new, taken = apply_edits(text, [overlapping, inside, first])
    assert taken == [first]
    assert new == "01X6789"


def test_apply_edits_adjacent_edits_do_not_overlap() -> None:
    new, taken = apply_edits(
        "abcdef", [Edit(start=0, end=3, replacement="X"), Edit(start=3, end=6, replacement="Y")]
    )
    assert new == "XY" and len(taken) == 2


def test_apply_edits_ignores_edits_beyond_the_text() -> None:
    new, taken = apply_edits("kort", [Edit(start=2, end=10, replacement="X")])
    assert new == "kort" and taken == []


def test_apply_edits_with_nothing_to_do() -> None:
    assert apply_edits("tekst", []) == ("tekst", [])


def test_edit_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Edit(start=5, end=2, replacement="")


# -- apply_fixes: applicability ------------------------------------------------------------

LEVEL_RULES = (
    StubRule("X001", "binnenkort", "vóór 1 juni 2027", "safe"),
    StubRule("X002", "proberen te", "", "unsafe"),
    StubRule("X003", "beter", "[concreet]", "display_only"),
)
LEVEL_TEXT = "ik ga binnenkort proberen te beter plannen"


def test_only_safe_fixes_by_default() -> None:
    result = _fix(StubChecker(LEVEL_RULES), LEVEL_TEXT)
    assert result.text == "ik ga vóór 1 juni 2027 proberen te beter plannen"
    assert [f.code for f in result.applied] == ["X001"]


def test_unsafe_fixes_need_an_explicit_opt_in() -> None:
    result = _fix(StubChecker(LEVEL_RULES), LEVEL_TEXT, applicability=("safe", "unsafe"))
    assert result.text == "ik ga vóór 1 juni 2027  beter plannen"
    assert sorted(f.code for f in result.applied) == ["X001", "X002"]


def test_display_only_is_applied_only_when_asked_for_by_name() -> None:
    result = _fix(StubChecker(LEVEL_RULES), LEVEL_TEXT, applicability=("display_only",))
    assert result.text == "ik ga binnenkort proberen te [concreet] plannen"


def test_select_limits_the_codes_that_are_fixed() -> None:
    checker = StubChecker(LEVEL_RULES)
    result = _fix(checker, LEVEL_TEXT, applicability=("safe", "unsafe"), select={"X002"})
    assert result.text == "ik ga binnenkort  beter plannen"


def test_suggestions_without_edits_are_not_applied() -> None:
    class NoEdits(StubChecker):
        def check(
            self, text: str, lang: str | None = None, reference_date: date | None = None
        ) -> Any:
            finding = _finding("X009", 0, 2, text, (), "safe")
            return StubReport(lang="nl", findings=[finding])

    result = _fix(NoEdits([]), "ik doe iets")
    assert result.text == "ik doe iets" and result.applied == ()


# -- apply_fixes: passes --------------------------------------------------------------------


def test_overlapping_fixes_are_retried_on_the_next_pass() -> None:
    rules = (StubRule("X001", "abc", "A"), StubRule("X002", "bcd", "B"))
    checker = StubChecker(rules)
    result = _fix(checker, "abcd")
    # pass 1 takes 'abc' -> 'Ad'; 'bcd' is gone, so pass 2 changes nothing and stops.
    assert result.text == "Ad"
    assert result.passes == 2
    assert [f.code for f in result.applied] == ["X001"]


def test_a_fix_that_enables_another_is_applied_in_a_later_pass() -> None:
    rules = (StubRule("X001", "een", "twee"), StubRule("X002", "twee", "drie"))
    result = _fix(StubChecker(rules), "een")
    assert result.text == "drie"
    assert [f.code for f in result.applied] == ["X001", "X002"]
    assert result.passes == 3


def test_stops_after_the_loop_limit() -> None:
    # a runaway pair of fixes that undo each other never settles
    rules = (StubRule("X001", "ping", "pong"), StubRule("X002", "pong", "ping"))
    checker = StubChecker(rules)
    result = _fix(checker, "ping", max_passes=4)
    assert result.passes == 4
    assert checker.calls == 4
    assert MAX_PASSES == 10
    default = StubChecker(rules)
    assert _fix(default, "ping").passes == MAX_PASSES


def test_returns_the_text_unchanged_when_there_is_nothing_to_fix() -> None:
    checker = StubChecker(LEVEL_RULES)
    result = _fix(checker, "niets te doen")
    assert result == FixResult(text="niets te doen", applied=(), passes=1)
    assert checker.calls == 1


def test_fixing_twice_changes_nothing_more() -> None:
    once = _fix(StubChecker(LEVEL_RULES), LEVEL_TEXT, applicability=("safe", "unsafe"))
    twice = _fix(StubChecker(LEVEL_RULES), once.text, applicability=("safe", "unsafe"))
    assert twice.text == once.text and twice.applied == ()


def test_identical_insertions_are_applied_once() -> None:
    insert = Edit(start=0, end=0, replacement="Ik ")
    new, taken = apply_edits("haal mijn diploma", [insert, Edit(start=0, end=0, replacement="Ik ")])
    assert new == "Ik haal mijn diploma" and len(taken) == 1


def test_a_second_edit_at_the_same_start_waits_for_the_next_pass() -> None:
    insert = Edit(start=0, end=0, replacement="Ik ")
    replace = Edit(start=0, end=4, replacement="Haal")
    new, taken = apply_edits("haal mijn diploma", [replace, insert])
    assert taken == [insert] and new == "Ik haal mijn diploma"


# -- end to end with the real checker --------------------------------------------------------


def test_relative_deadline_is_made_explicit_by_the_safe_fix() -> None:
    checker = Checker()
    text = "Binnen drie maanden haal ik mijn VCA-certificaat."
    report = checker.check(text, lang="nl", reference_date=REF)
    safe = [s for f in report.findings for s in f.suggestions if s.applicability == "safe"]
    assert safe, "a relative deadline on a one-off goal has a safe fix"
    result = apply_fixes(checker, text, lang="nl", reference_date=REF)
    assert result.text != text
    assert "certificaat" in result.text
    again = apply_fixes(checker, result.text, lang="nl", reference_date=REF)
    assert again.text == result.text and again.applied == ()


# -- properties ------------------------------------------------------------------------------

TEXTS = st.text(alphabet="abc é\n", max_size=30)


@st.composite
def text_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    text = draw(TEXTS)
    edits = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text) + 3))
        end = draw(st.integers(start, len(text) + 5))
        edits.append(Edit(start=start, end=end, replacement=draw(st.text("xyz", max_size=4))))
    return text, edits


@settings(max_examples=200, deadline=None)
@given(text_and_edits())
def test_taken_edits_stay_in_bounds_and_never_overlap(case: tuple[str, list[Edit]]) -> None:
    text, edits = case
    new, taken = apply_edits(text, edits)
    assert all(0 <= e.start <= e.end <= len(text) for e in taken)
    assert all(a.end <= b.start for a, b in itertools.pairwise(taken))
    grown = sum(len(e.replacement) - (e.end - e.start) for e in taken)
    assert len(new) == len(text) + grown
    # the text outside the edits is untouched
    if taken:
        assert new.startswith(text[: taken[0].start])
        assert new.endswith(text[taken[-1].end :])
    else:
        assert new == text


WORDS = st.lists(
    st.sampled_from(["ik", "binnenkort", "proberen te", "beter", "plannen", "abc", "bcd", "."]),
    max_size=12,
).map(" ".join)
SETTLING_RULES = (
    StubRule("X001", "binnenkort", "vóór 1 juni 2027"),
    StubRule("X002", "proberen te", "ga", "unsafe"),
    StubRule("X003", "abc", "A"),
    StubRule("X004", "bcd", "B"),
)


@settings(max_examples=100, deadline=None)
@given(WORDS, st.sampled_from([("safe",), ("safe", "unsafe"), ("unsafe", "display_only")]))
def test_apply_fixes_is_idempotent(text: str, levels: tuple[Applicability, ...]) -> None:
    once = _fix(StubChecker(SETTLING_RULES), text, applicability=levels)
    twice = _fix(StubChecker(SETTLING_RULES), once.text, applicability=levels)
    assert twice.text == once.text
    assert twice.applied == ()
    assert once.passes <= MAX_PASSES
