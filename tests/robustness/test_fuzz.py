"""Fuzzing in the suite: hostile goals (surrogates, control characters, bidi marks,
combining sequences, emoji sequences, fullwidth and non-Latin digits, long runs, real goals
with junk inserted) either give a report that keeps every invariant or a smartcheck error;
the JSON of a report is the same in two fresh processes with different hash seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker, GoalReport, SmartcheckError
from tests.conftest import REF, REPO
from tests.support.hostile import (
    BIDI,
    COMBINING,
    CONTROLS,
    DIGITS,
    EMOJI,
    REAL_GOALS,
    SURROGATES,
    SYMBOLS,
    invariant_problems,
)

junk = st.one_of(
    st.text(alphabet=SURROGATES, min_size=1, max_size=5),
    st.text(alphabet=CONTROLS, min_size=1, max_size=5),
    st.text(alphabet=BIDI, min_size=1, max_size=5),
    st.text(alphabet=COMBINING, min_size=1, max_size=8),
    st.lists(st.sampled_from(EMOJI), min_size=1, max_size=5).map("".join),
    st.text(alphabet=DIGITS, min_size=1, max_size=8),
    st.builds(lambda c, n: c * n, st.sampled_from(SYMBOLS), st.integers(17, 3_000)),
)


@st.composite
def goals_with_junk(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(REAL_GOALS))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(junk) + text[at:]
    return text


hostile = st.one_of(
    goals_with_junk(),
    st.lists(junk, min_size=1, max_size=4).map("".join),
    st.text(min_size=1, max_size=300),  # any code point, surrogates included
    st.text(alphabet="a€(.", min_size=1_000, max_size=4_000),
)
_SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(hostile)
def test_hostile_goals_keep_the_invariants(checker: Checker, text: str) -> None:
    try:
        report = checker.check(text, reference_date=REF)
    except SmartcheckError:
        return
    assert invariant_problems(report) == []
    json.loads(report.model_dump_json())


@_SETTINGS
@given(st.lists(hostile, min_size=1, max_size=6), st.integers(1, 4))
def test_check_many_gives_one_result_per_hostile_goal_blank(
    blank_checker: Checker, texts: list[str], batch_size: int
) -> None:
    _one_result_each(blank_checker, texts, batch_size)


@_SETTINGS
@given(st.lists(hostile, min_size=1, max_size=6), st.integers(1, 4))
def test_check_many_gives_one_result_per_hostile_goal_shipped(
    checker: Checker, texts: list[str], batch_size: int
) -> None:
    _one_result_each(checker, texts, batch_size)


def _one_result_each(checker: Checker, texts: list[str], batch_size: int) -> None:
    results = list(checker.check_many(texts, reference_date=REF, batch_size=batch_size))
    assert len(results) == len(texts)
    for i, result in enumerate(results):
        if isinstance(result, GoalReport):
            assert invariant_problems(result) == []
        else:
            assert result.index == i and result.error == "InvalidGoalError", result


_SCRIPT = """
import sys, random
from datetime import date
from smartcheck import Checker, GoalReport, SmartcheckError
from tests.support.hostile import hostile_goal
rng = random.Random(7)
checker = Checker()
for _ in range(8):
    try:
        print(checker.check(hostile_goal(rng), reference_date=date(2026, 11, 23)).model_dump_json(exclude={"goal": {"doc"}}))
    except SmartcheckError as exc:
        print(type(exc).__name__, exc)
"""


def test_report_json_is_the_same_under_different_hash_seeds() -> None:
    outputs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), str(REPO)])
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT],
            capture_output=True,
            env=env,
            cwd=REPO,
            timeout=600,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") == 8
