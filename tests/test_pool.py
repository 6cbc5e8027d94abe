"""check_many with worker processes, and a stream whose words are all new.

``n_process=2`` runs the whole check (parse, anatomy, rules, rewrites) in one pool of worker
processes started for the run; results come back exactly as with one process, in input
order. New words do not pile up in the pipeline's string store: a grown pipeline is loaded
afresh (reading/pipeline.STRING_GROWTH_LIMIT).
"""

from __future__ import annotations

import random
import string

import pytest

import smartcheck.reading.pipeline as pipeline
from smartcheck import Checker, GoalError, GoalReport, InvalidGoalError
from tests.conftest import REF

GOALS: list[object] = [
    ("a", "Ik haal vóór 1 maart 2027 mijn VCA-certificaat."),
    ("b", "I want to get better at giving feedback."),
    ("c", None),
    ("d", "Ik ga proberen om vaker te sporten."),
    ("e", "By June 2027 I will have run three 10 km races."),
    ("f", 42),
    ("g", "Ik wil mijn Duits opfrissen zodat ik klanten kan helpen."),
]


def _dumps(results: list[GoalReport | GoalError]) -> list[dict[str, object]]:
    return [r.model_dump() for r in results]


def test_two_processes_give_what_one_gives(blank_checker: Checker) -> None:
    goals = GOALS * 3
    one = list(blank_checker.check_many(goals, reference_date=REF, batch_size=2))
    two = list(blank_checker.check_many(goals, reference_date=REF, batch_size=2, n_process=2))
    assert _dumps(two) == _dumps(one)
    assert [r.key for r in two] == [k for k, _ in goals]  # type: ignore[misc]
    assert [r.index for r in two if isinstance(r, GoalError)] == [2, 5, 9, 12, 16, 19]


def test_two_processes_raise_at_the_first_bad_goal(blank_checker: Checker) -> None:
    stream = blank_checker.check_many(
        [t for _, t in GOALS],  # type: ignore[misc]
        reference_date=REF,
        batch_size=1,
        n_process=2,
        errors="raise",
    )
    assert isinstance(next(stream), GoalReport)
    assert isinstance(next(stream), GoalReport)
    with pytest.raises(InvalidGoalError, match="index 2"):
        next(stream)


def test_n_process_must_be_positive(blank_checker: Checker) -> None:
    with pytest.raises(Exception, match="n_process must be at least 1"):
        list(blank_checker.check_many(["Ik leer Python."], n_process=0))


def _unseen_words(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(10)) for _ in range(n)]
    return [f"Ik rond vóór 1 juni 2027 de {w}-cursus af." for w in words]


def test_new_words_do_not_pile_up_in_the_string_store(
    blank_checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "STRING_GROWTH_LIMIT", 100)
    loaded = len(pipeline._load("nl", "blank").vocab.strings)
    first = blank_checker.nlp("nl")
    reports = list(blank_checker.check_many(_unseen_words(200, 2), lang="nl", reference_date=REF))
    assert all(isinstance(r, GoalReport) for r in reports)
    assert blank_checker.nlp("nl") is not first  # renewed on the way
    assert len(blank_checker.nlp("nl").vocab.strings) - loaded <= 100 + 64 * 3


def test_batch_reports_carry_no_doc_but_single_checks_do(blank_checker: Checker) -> None:
    (report,) = blank_checker.check_many(["Ik leer Python."], reference_date=REF)
    assert isinstance(report, GoalReport) and report.goal.doc is None
    assert blank_checker.check("Ik leer Python.", reference_date=REF).goal.doc is not None
