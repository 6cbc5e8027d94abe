"""No input makes the checker do unbounded work: the worst goals a hostile run found (long
runs of symbols, one endless word, thousands of periods, nested brackets, a pasted list of
hundreds of goals) are checked with a bounded number of tokens and parses. Work is counted,
not timed; the one wall-clock guard is marked ``slow`` and runs only with ``-m slow``."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest

from smartcheck import Checker, GoalReport
from smartcheck.fixing.rewrite.whole_text import MAX_SPLIT_PIECES
from smartcheck.reading.runs import RUN_KEEP, RUN_LIMIT, shorten_runs
from tests.conftest import REF
from tests.support.work import calls_to_check

LONG = 4_900  # a goal of about 5,000 characters, the default max_length
WORST = {
    "dollars": "Ik wil " + "$" * LONG,
    "euros": "Ik wil " + "€" * LONG,
    "open brackets": "Ik wil " + "(" * LONG,
    "commas": "Ik wil " + "," * LONG,
    "emoji": "Ik wil " + "💪" * (LONG // 2),
    "periods": "Ik wil Excel leren" + "." * LONG,
    "nested brackets": "Ik wil " + "(" * (LONG // 2) + "Excel" + ")" * (LONG // 2),
    "spaced symbols": "Ik wil " + "$ " * (LONG // 2),
    "run inside a word": "Ik wil Ex" + "€" * LONG + "cel leren.",
    "one endless word": "Ik wil " + "a" * LONG,
    "only emoji": "🌈" * LONG,
    "only symbols": "$€(" * (LONG // 3),
}
_RUN = re.compile(rf"[^\w]{{{RUN_LIMIT + 2},}}")  # + the final period the surface adds


def _assert_spans_inside(report: GoalReport) -> None:
    text = report.goal.text
    for score in report.criteria.values():
        for item in (*score.findings, *score.evidence):
            assert 0 <= item.start <= item.end <= len(text)
            assert text[item.start : item.end] == item.text


@pytest.mark.parametrize("name", list(WORST))
def test_worst_goals_give_spacy_a_bounded_number_of_tokens(checker: Checker, name: str) -> None:
    text = WORST[name]
    report = checker.check(text, lang="nl", reference_date=REF)
    assert report.goal.text == text  # the user's own text comes back, offsets into it
    judged = checker.surface(text, "nl").text
    assert not _RUN.search(judged), "a long symbol run reached the parser"
    doc = report.goal.doc
    assert doc is not None and len(doc) <= 40, f"{len(doc or [])} tokens for {name}"
    _assert_spans_inside(report)


def test_a_shortened_run_keeps_its_ends_and_their_offsets() -> None:
    chars = [(c, i) for i, c in enumerate("ab" + "$" * 100 + "cd")]
    kept = shorten_runs(chars)
    assert "".join(c for c, _ in kept) == "ab" + "$" * (2 * RUN_KEEP) + "cd"
    ends = [*range(2, 2 + RUN_KEEP), *range(102 - RUN_KEEP, 102)]
    assert [i for _, i in kept] == [0, 1, *ends, 102, 103]
    short = [(c, i) for i, c in enumerate("Ik wil, echt!! leren?")]
    assert shorten_runs(short) is short


def test_a_span_over_a_shortened_run_covers_the_whole_run(checker: Checker) -> None:
    text = "Ik wil " + "€" * 500 + " vóór 1 juni 2027 Excel leren."
    surface = checker.surface(text, "nl")
    start = surface.text.index("€")
    end = surface.text.rindex("€") + 1
    assert surface.span(start, end) == (7, 507)


def test_a_pasted_list_of_hundreds_of_goals_is_parsed_a_bounded_number_of_times() -> None:
    checker = Checker()
    calls = 0
    parse = checker.parse

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return parse(*args, **kwargs)

    checker.parse = counting  # type: ignore[method-assign]
    text = "Ik wil Excel leren. " * 150
    report = checker.check(text, lang="nl", reference_date=REF)
    assert calls <= MAX_SPLIT_PIECES
    assert report.split is not None and len(report.split) == 150  # nothing dropped
    assert report.split[MAX_SPLIT_PIECES:] == ("Ik wil Excel leren.",) * (150 - MAX_SPLIT_PIECES)


@pytest.mark.parametrize("word", ["leren", "plannen en", "ik wil", "Excel, Word"])
def test_work_grows_linearly_with_the_number_of_words(checker: Checker, word: str) -> None:
    """Every verb candidate used to scan every other one, each verb's span joined the whole
    Doc's text again, and each deliverable, measure and name searched all the earlier ones:
    4x the words cost 13x the calls."""
    small = calls_to_check(checker, " ".join([word] * 100), REF)
    large = calls_to_check(checker, " ".join([word] * 400), REF)
    assert large / small < 6, f"100 -> 400 words: {small} -> {large} calls"


@pytest.mark.slow
@pytest.mark.parametrize("name", list(WORST))
def test_worst_goals_check_within_a_generous_time(checker: Checker, name: str) -> None:
    checker.check("Ik wil beter worden in Excel.", lang="nl", reference_date=REF)  # warm
    started = time.perf_counter()
    checker.check(WORST[name], lang="nl", reference_date=REF)
    assert time.perf_counter() - started < 5.0
