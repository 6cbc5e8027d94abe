"""A goal with a remark after a comma or in a sentence after it (issue 12, session 16): a reason
opened by a word that gives a reason only after a comma ('..., since we ...', '..., nu we
...'; the packs' ``comma_reason_markers``), a problem told with a subject of its own ('...,
the labels often end up in the wrong tray'), and the writer's own flaw of pace or ease in a
sentence after the goal ('I react too quickly'; ``present_problems``). The goal is rewritten
on its own; the reason stays after it as a clause, the problem as a sentence of its own.

Every goal is written fresh for these tests (a bicycle shop, a pharmacy, a florist, a print
shop, a web shop)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.remarks import remarked
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()

#: (lang, goal, its reason clause, kept after the rewrite's last comma)
REASONS = [
    (
        "en",
        "Learn to repair hydraulic disc brakes, since more customers ride e-bikes now.",
        "since more customers ride e-bikes now",
    ),
    (
        "en",
        "Learn more about medicine interactions, since we run a drive-through counter now.",
        "since we run a drive-through counter now",
    ),
    (
        "nl",
        "Meer leren over medicijninteracties, nu we ook een drive-in balie hebben.",
        "nu we ook een drive-in balie hebben",
    ),
    (
        "nl",
        "Meer leren over het verzorgen van orchideeën, nu we ze zelf kweken.",
        "nu we ze zelf kweken",
    ),
]

#: (lang, goal, the problem told, kept as the sentence after the rewrite)
PROBLEMS = [
    (
        "nl",
        "Ik wil beter worden in het inpakken van bestellingen, de dozen gaan vaak open"
        " tijdens transport.",
        "De dozen gaan vaak open tijdens transport.",
    ),
    (
        "nl",
        "Sneller leren werken met het kassasysteem, de rij bij de balie is momenteel te lang.",
        "De rij bij de balie is momenteel te lang.",
    ),
    (
        "en",
        "Improve how I file prescriptions, the labels often end up in the wrong tray.",
        "The labels often end up in the wrong tray.",
    ),
    (
        "en",
        "I want to get better at colour matching, the reprints are currently too expensive.",
        "The reprints are currently too expensive.",
    ),
    (
        "nl",
        "Rustig blijven bij klagende klanten. Ik reageer te snel geïrriteerd.",
        "Ik reageer te snel geïrriteerd.",
    ),
    ("en", "Stay calm with complaining customers. I react too quickly.", "I react too quickly."),
]


@pytest.mark.parametrize(("lang", "goal", "reason"), REASONS)
def test_a_reason_after_a_comma_stays_the_goals_reason(lang: str, goal: str, reason: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert rewrite.rstrip(".").endswith(", " + reason), rewrite


@pytest.mark.parametrize(("lang", "goal", "problem"), PROBLEMS)
def test_a_problem_told_stays_a_sentence_after_the_goal(lang: str, goal: str, problem: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert rewrite.endswith(". " + problem), rewrite


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "I have worked at the bike shop since 2018, I want to learn wheel building."),
        ("nl", "Beter leren plannen, nu wil ik het echt aanpakken."),
        (
            "nl",
            "Ik wil beter worden in het afstellen van de snijmachine, de snede moet recht zijn.",
        ),
    ],
)
def test_a_time_or_a_demand_after_a_comma_is_no_remark(lang: str, goal: str) -> None:
    """'since 2018' is a time, 'nu wil ik' the writer's wish, 'de snede moet recht zijn'
    a standard with a modal: none is cut off as a remark."""
    ctx = CHECKER.context(lang)
    style = style_for(ctx)
    assert style is not None
    parsed = CHECKER.parse(goal, lang=lang, reference_date=REF)
    found = remarked(parsed, ctx, style)
    assert found is None or not re.search(r"\b(since|nu|moet)\b", found.remark), found


GOALS_EN = [
    "Learn to service suspension forks",
    "Get better at building wedding bouquets",
    "Learn to set up the large-format printer",
]
REASONS_EN = [
    "since we sell more mountain bikes now",
    "now that the owner works fewer days",
    "since our old supplier stopped",
]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(GOALS_EN), st.sampled_from(REASONS_EN))
def test_any_goal_with_a_reason_keeps_the_reason_whole(goal: str, reason: str) -> None:
    """Whatever the goal and the reason, the rewrite is a sentence and holds the reason as
    the writer wrote it."""
    report = CHECKER.check(f"{goal}, {reason}.", lang="en", reference_date=REF)
    assert report.structured_rewrite is None, report.rewrite
    assert report.rewrite is not None and reason in report.rewrite
