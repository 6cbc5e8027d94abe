"""Metamorphic tests: the five verdicts do not depend on the surface of a goal.

../shared/JUDGING.md: "A goal is judged as a person wrote it: list markers, labels,
capitals, extra spaces, typographic quotes and a missing final period change nothing."
Every rule-fixture goal (and every development goal when ../shared is present) is put on
other surfaces (tests/support/surface_transforms.py) and judged again.
"""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker, GoalReport
from tests.conftest import REF, shared_file
from tests.support.surface_transforms import (
    TRANSFORMS,
    dev_goals,
    fixture_goals,
    flips,
    verdicts,
)

CHECKER = Checker()
GOALS = fixture_goals()
#: Transforms the normaliser undoes exactly. Case is the exception: "excel" and "EXCEL"
#: lose what the capital in "Excel" said, so case is held to the rate below instead.
EXACT = sorted(name for name in TRANSFORMS if name not in ("lower case", "ALL CAPS"))
#: Share of (goal, transform) pairs whose verdicts stay the same (issue 11: >= 99 %).
TARGET = 0.99
#: On the rule fixtures alone, which are rich in product names ("Excel", "SAP"), lower case
#: and capitals change more verdicts than on goals as people write them; measured 98.9 %.
FIXTURE_FLOOR = 0.985


def _check(text: str, lang: str) -> GoalReport:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert isinstance(report, GoalReport)
    return report


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    goal=st.sampled_from(GOALS),
    name=st.sampled_from(EXACT),
    variant=st.integers(min_value=0, max_value=30),
)
def test_verdicts_unchanged_by_markers_labels_spacing_quotes_and_emoji(
    goal: tuple[str, str], name: str, variant: int
) -> None:
    lang, text = goal
    changed = TRANSFORMS[name](text, lang, variant)
    report = _check(changed, lang)
    assert verdicts(report) == verdicts(_check(text, lang)), (name, changed)
    for finding in report.findings:
        assert changed[finding.start : finding.end] == finding.text
    for score in report.criteria.values():
        for evidence in score.evidence:
            assert changed[evidence.start : evidence.end] == evidence.text
    for expr in report.goal.deadlines:
        assert changed[expr.start : expr.end] == expr.text


@functools.cache
def _outcomes(source: str) -> tuple[int, int, tuple[str, ...]]:
    """(unchanged, total, the changed ones) over one set of goals, judged once per run."""
    goals = GOALS if source == "fixtures" else dev_goals()
    same, total, changed = 0, 0, []
    for name, lang, _, text, before, after in flips(CHECKER, goals, variants=1):
        total += 1
        same += before == after
        if before != after:
            changed.append(f"{name} {lang}: {text!r} {before} -> {after}")
    return same, total, tuple(changed)


def test_rule_fixture_goals_keep_their_verdicts_on_every_surface() -> None:
    same, total, changed = _outcomes("fixtures")
    assert same / total >= FIXTURE_FLOOR, "\n".join([f"{same}/{total}", *changed])


def test_fixture_and_development_goals_meet_the_target() -> None:
    shared_file("goals-dev-2.jsonl")
    counts = [_outcomes("fixtures"), _outcomes("dev")]
    same, total = sum(c[0] for c in counts), sum(c[1] for c in counts)
    changed = [line for c in counts for line in c[2]]
    assert same / total >= TARGET, "\n".join([f"{same}/{total}", *changed])
