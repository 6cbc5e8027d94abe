"""Absolutes that used to survive the bounded-target repair and fail R001 again.

- An absolute in the writer's own purpose ("..., so I can print the labels *flawlessly*"):
  when R001 flags it, the purpose sets the standard, and it is bounded in its place.
- An absolute that opens a goal the purpose frame carries ("nooit meer een factuur te laat
  versturen"): the frame keeps the bound the plan put in its place.
- A bound that already says the writer's unit ("geen enkele *keer* meer ..."): the unit is
  not said twice ("hoogstens [aantal] keer een keer een").
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

PURPOSES = [
    (
        "en",
        "Learn the new labelling software so I can print the pallet labels flawlessly.",
        "so I can print the pallet labels with at most [number] errors",
    ),
    (
        "en",
        "Study the allergen list so that I can answer guests without mistakes.",
        "so that I can answer guests with at most [number] mistakes",
    ),
    (
        "en",
        "Learn the booking system so that I can plan the vans flawlessly.",
        "so that I can plan the vans with at most [number] errors",
    ),
    (
        "nl",
        "De nieuwe kassasoftware leren zodat ik de dagafsluiting zonder fouten kan doen.",
        "zodat ik de dagafsluiting met hooguit [aantal] fouten kan doen",
    ),
    (
        "nl",
        "De allergenenlijst uit mijn hoofd leren zodat ik gasten foutloos kan adviseren.",
        "zodat ik gasten met hooguit [aantal] fouten kan adviseren",
    ),
    (
        "nl",
        "De voorraadmodule leren zodat ik de telling zonder fouten kan afronden.",
        "zodat ik de telling met hooguit [aantal] fouten kan afronden",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "bounded"), PURPOSES)
def test_an_absolute_in_the_writers_purpose_is_bounded(
    checker: Checker, lang: str, goal: str, bounded: str
) -> None:
    assert bounded in well_rewritten(checker, goal, lang)


def test_a_purpose_r001_does_not_flag_stays_as_written(checker: Checker) -> None:
    goal = "Practise the scanner routine so I can book returns without errors."
    assert "so I can book returns without errors" in well_rewritten(checker, goal, "en")


OPENING = [
    ("nooit meer een factuur te laat versturen", "om hooguit [aantal] keer een factuur te laat"),
    (
        "nooit meer een pallet verkeerd wegzetten bij inslag",
        "om hooguit [aantal] keer een pallet verkeerd weg te zetten",
    ),
]


@pytest.mark.parametrize(("goal", "bounded"), OPENING)
def test_the_purpose_frame_keeps_the_bound_of_an_opening_absolute(
    checker: Checker, goal: str, bounded: str
) -> None:
    rewrite = well_rewritten(checker, goal, "nl")
    assert bounded in rewrite
    assert "nooit" not in rewrite


UNITS = [
    ("geen enkele keer meer een overdracht missen", "hoogstens [aantal] keer een overdracht"),
    (
        "geen enkele keer meer een klant laten wachten bij de balie",
        "hoogstens [aantal] keer een klant laten wachten",
    ),
    (
        "Ik wil geen enkele keer meer een storing te laat melden.",
        "hoogstens [aantal] keer een storing te laat melden",
    ),
]


@pytest.mark.parametrize(("goal", "bounded"), UNITS)
def test_a_bound_says_the_writers_unit_once(checker: Checker, goal: str, bounded: str) -> None:
    rewrite = well_rewritten(checker, goal, "nl")
    assert bounded in rewrite
    assert "keer een keer" not in rewrite
