"""An impersonal need the writer takes on (rewrite/taken_on.py, checker ``_taken_on``).

"Someone needs to keep the loan register up to date and I want that to be me", "Als de
chef er niet is moet er iemand de oven kunnen bijstellen, en dat word ik", "Er moet een
vast aanspreekpunt komen voor de printers en ik wil daar de eigenaar van worden": a need with
no owner (JUDGING A) and a clause in which the writer claims it. The goal is the writer's
own controllable part: the writer in the impersonal subject's place ("By [date], I will keep
...", "Vóór [datum] ga ik de oven kunnen bijstellen als ..."), or, for a need with no
subject to take, the own part ("Vóór [datum] zorg ik ervoor dat er een vast aanspreekpunt
... komt"). The fixtures are fresh goals (libraries, bakeries, schools, an IT helpdesk, a
hospital ward, a garage).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.taken_on import taken_on
from tests.conftest import REF
from tests.support.rewrite_quality import evaluate_goal
from tests.support.rewriting import rewrite_style

CHECKER = Checker()


def _style(lang: str) -> RewriteStyle:
    return rewrite_style(CHECKER, lang)


# (lang, goal, the writer's own part in the rewrite)
TAKEN = [
    (
        "en",
        "Someone needs to keep the loan register up to date and I want that to be me.",
        "I will keep the loan register up to date",
    ),
    (
        "en",
        "Somebody has to check the defibrillator pads every month, and I'll take that on.",
        "I will check the defibrillator pads every month",
    ),
    (
        "en",
        "Someone should update the printer driver list for the helpdesk - that's on me now.",
        "I will update the printer driver list for the helpdesk",
    ),
    (
        "nl",
        "Als de chef er niet is moet er iemand de oven kunnen bijstellen, en dat word ik.",
        "kan ik de oven bijstellen als de chef er niet is",
    ),
    (
        "nl",
        "Er moet een vast aanspreekpunt komen voor de printers en ik wil daar de eigenaar van "
        "worden.",
        "zorg ik ervoor dat er een vast aanspreekpunt voor de printers komt",
    ),
    (
        "nl",
        "Er moet iemand het uitleenregister bijhouden, en dat word ik.",
        "het uitleenregister bijhouden",
    ),
    # a passive need with an impersonal agent: the writer is the one who acts
    (
        "en",
        "The fridge temperatures need to be logged by someone every morning, and I want that "
        "to be me.",
        "I will log the fridge temperatures every morning",
    ),
    (
        "en",
        "The staff rota has to be done by someone - I'll take that on.",
        "I will do the staff rota",
    ),
    (
        "nl",
        "Het weekrooster moet door iemand gemaakt worden, en dat word ik.",
        "ga ik het weekrooster maken",
    ),
    (
        "nl",
        "De uitleenlijst moet door iemand worden bijgehouden, en dat word ik.",
        "ga ik de uitleenlijst bijhouden",
    ),
]


@pytest.mark.parametrize(("lang", "text", "own"), TAKEN)
def test_the_writer_takes_the_need_on(lang: str, text: str, own: str) -> None:
    """The writer's own part is the goal; the claim and the impersonal subject are gone."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.structured_rewrite is None, report.rewrite
    assert report.rewrite is not None
    assert own in report.rewrite
    style = _style(lang)
    assert style.placeholders.date in report.rewrite, "the need had no time: it is asked"
    assert not any(f" {s} " in f" {report.rewrite.lower()} " for s in style.taken_subjects)


@pytest.mark.parametrize(("lang", "text", "own"), TAKEN)
def test_filled_in_the_rewrite_passes_what_failed(lang: str, text: str, own: str) -> None:
    outcome = evaluate_goal(CHECKER, text, lang)
    assert outcome is not None
    assert outcome.ok, (outcome.rewrite, outcome.still_failing, outcome.missing, outcome.seams)


@pytest.mark.parametrize(
    ("lang", "text", "aim", "claim"),
    [
        (
            "en",
            "Someone needs to water the ward plants and I want that to be me.",
            "Someone needs to water the ward plants.",
            "I want that to be me.",
        ),
        (
            "en",
            "The rota has to be done by someone - I'll take that on.",
            "The rota has to be done by someone.",
            "I'll take that on.",
        ),
        (
            "nl",
            "Er moet een nieuwe kluisjeslijst komen, en dat pak ik op.",
            "Er moet een nieuwe kluisjeslijst komen.",
            "dat pak ik op.",
        ),
        (
            "nl",
            "De school wil een nieuwe schoolgids. Ik ben er verantwoordelijk voor.",
            "De school wil een nieuwe schoolgids.",
            "Ik ben er verantwoordelijk voor.",
        ),
    ],
)
def test_where_the_claim_is_cut(lang: str, text: str, aim: str, claim: str) -> None:
    """At a new sentence, a comma, a dash or a claim joiner ('and', 'en'), where the rest
    is short, holds the writer and points back at the aim."""
    found = taken_on(CHECKER.parse(text, lang=lang, reference_date=REF), _style(lang))
    assert found is not None
    assert (found.aim, found.claim) == (aim, claim)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Someone needs to keep the loan register up to date."),  # no claim
        ("en", "The register needs updating and I will check 40 entries a week for that."),
        ("en", "Someone needs to water the plants and I will ask Tom."),  # no pointer back
        ("nl", "Er moet een nieuwe kluisjeslijst komen, en ik ga elke maandag de sleutels tellen."),
        (
            "nl",
            "Er moet iemand de kassa opmaken en dat wordt waarschijnlijk iemand van de "
            "avondploeg die daar al jaren ervaring mee heeft.",
        ),
    ],
)
def test_no_claim(lang: str, text: str) -> None:
    """No claim: nothing after the need, a number of its own (a target), no word pointing
    back, no writer, or a piece too long to be only a claim."""
    assert taken_on(CHECKER.parse(text, lang=lang, reference_date=REF), _style(lang)) is None


NEEDS = {
    "en": [
        "Someone needs to keep the lost property box sorted",
        "Somebody has to test the fire doors every week",
        "Someone must restock the first aid kits",
    ],
    "nl": [
        "Er moet iemand de gevonden voorwerpen sorteren",
        "Er moet iemand elke week de branddeuren testen",
        "Er moet een vaste lijst komen voor de EHBO-dozen",
    ],
}
CLAIMS = {
    "en": ["and I want that to be me", "and I'll take that on", "- that's on me"],
    "nl": ["en dat word ik", "en dat pak ik op", "en daar wil ik de eigenaar van worden"],
}


@settings(max_examples=12, deadline=None)
@given(lang=st.sampled_from(["en", "nl"]), need=st.integers(0, 2), claim=st.integers(0, 2))
def test_any_need_taken_on_has_no_seam_and_no_one_else(lang: str, need: int, claim: int) -> None:
    """Any impersonal need with any claim: the rewrite shown has no seam and does not leave
    the need to 'someone'."""
    text = f"{NEEDS[lang][need]} {CLAIMS[lang][claim]}."
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    if report.structured_rewrite is not None:
        return
    style = _style(lang)
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    assert not find_seams(report.rewrite, goal, CHECKER.context(lang), style)
    assert not any(f" {s} " in f" {report.rewrite.lower()} " for s in style.taken_subjects)


@pytest.mark.parametrize(
    ("lang", "text", "own", "after"),
    [
        (
            "en",
            "Someone needs to water the ward plants and I want that to be me. It's a lot of "
            "work though.",
            "I will water the ward plants",
            "It's a lot of work though.",
        ),
        (
            "nl",
            "Er moet iemand het uitleenregister bijhouden, en dat word ik. Ik vind dat wel "
            "spannend.",
            "ga ik het uitleenregister bijhouden",
            "Ik vind dat wel spannend.",
        ),
    ],
)
def test_a_remark_after_the_claim_stays_as_written(
    lang: str, text: str, own: str, after: str
) -> None:
    """A sentence after the need and its claim that is no goal (a remark, a description)
    stays after the rewrite as written."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert own in report.rewrite
    assert report.rewrite.endswith(after)
