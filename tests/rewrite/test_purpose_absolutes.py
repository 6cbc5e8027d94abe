"""Absolutes that used to survive the bounded-target repair and fail R001 again.

- An absolute in the writer's own purpose ("..., so I can print the labels *flawlessly*"):
  when R001 flags it, the purpose sets the standard, and it is bounded in its place.
- An absolute that opens a goal the purpose frame carries ("nooit meer een factuur te laat
  versturen"): the frame keeps the bound the plan put in its place.
- An absolute adverb before the writer's act ("Always check the cold store ..."): with its
  bound the act is concrete, and the sentence that commits to it ranks before the purpose
  frame (no "[concrete behaviour]" in place of the writer's own verb).
- A verbless "never (again) a X" in English: at most a number of X, plural ("at most
  [number] complaints from parents").
- A bound that already says the writer's unit ("geen enkele *keer* meer ..."): the unit is
  not said twice ("hoogstens [aantal] keer een keer een").
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.template import build
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, well_rewritten

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
    # ('without errors' is an absolute since session 27, as 'zonder fouten' is in Dutch)
    goal = "Practise the scanner routine so I can book returns without delays."
    assert "so I can book returns without delays" in well_rewritten(checker, goal, "en")


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
    """The purpose frame is the candidate when the sentence that commits to the act shows a
    seam: it must not put the absolute back."""
    report = checker.check(goal, lang="nl", reference_date=REF)
    ctx = checker.context("nl")
    purpose = build(report, ctx, rewrite_style(checker, "nl"), as_purpose=True)
    assert purpose is not None
    assert bounded in purpose
    assert "nooit" not in purpose


ACTS = [
    (
        "nl",
        "altijd de koelcel controleren voor sluitingstijd",
        "ga ik in minstens [aantal] van de 10 gevallen de koelcel controleren",
    ),
    (
        "nl",
        "Altijd elke bestelling nabellen bij nieuwe klanten.",
        "ga ik in minstens [aantal] van de 10 gevallen elke bestelling nabellen",
    ),
    (
        "en",
        "Always check the cold store before closing time",
        "I will check the cold store before closing time in at least [number] out of 10 cases",
    ),
    (
        "en",
        "Always label the sample tubes before the courier comes",
        "I will label the sample tubes before the courier comes in at least [number] out of 10 cases",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "committed"), ACTS)
def test_a_bounded_act_is_committed_not_made_a_purpose(
    checker: Checker, lang: str, goal: str, committed: str
) -> None:
    assert committed in well_rewritten(checker, goal, lang)


UNITS = [
    ("geen enkele keer meer een overdracht missen", "hoogstens [aantal] keer een overdracht"),
    (
        "geen enkele keer meer een klant laten wachten bij de balie",
        "laat ik hoogstens [aantal] keer een klant wachten",
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


VERBLESS = [
    ("en", "Never again a complaint from parents.", "at most [number] complaints from parents"),
    (
        "en",
        "Never a late delivery to the hospital wards",
        "at most [number] late deliveries to the hospital wards",
    ),
    (
        "en",
        "never again a missed handover on the night shift",
        "at most [number] missed handovers on the night shift",
    ),
    (
        "nl",
        "nooit meer een gemiste overdracht in de nachtdienst",
        "hooguit [aantal] keer een gemiste overdracht",
    ),
    (
        "nl",
        "Nooit meer een verkeerd etiket op een pallet",
        "hooguit [aantal] keer een verkeerd etiket",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "bounded"), VERBLESS)
def test_a_verbless_absolute_before_a_thing_is_bounded(
    checker: Checker, lang: str, goal: str, bounded: str
) -> None:
    assert bounded in well_rewritten(checker, goal, lang)


def test_an_irregular_thing_takes_its_own_plural(checker: Checker) -> None:
    rewrite = well_rewritten(checker, "Never again a child without a wristband.", "en")
    assert "at most [number] children without a wristband" in rewrite


def test_a_phrase_that_ends_in_a_verb_form_gets_no_plural(checker: Checker) -> None:
    """'a person waiting at the desk': the phrase ends in a verb form, no noun to count."""
    goal = "never again a person waiting at the desk without a ticket"
    report = checker.check(goal, lang="en", reference_date=REF)
    assert "waitings" not in (report.rewrite or "")
