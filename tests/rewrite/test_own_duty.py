"""The writer's own part of an impersonal obligation (A002) carries the duty itself.

"Ik zorg ervoor dat ..." / "I will make sure that ..." is the writer's duty, so the others'
modal of obligation never stays inside the that-clause ("dat het team ... reageren moet",
"that staff must complete"): it goes, and the clause's verb becomes finite and agrees with
its subject (the Dutch modal shows the number: "moet" one, "moeten" more). A modal with no
verb of its own ("moet omlaag", "moet korter") gets a real one: a direction goes with
"gaan", a bare adjective with "worden". The goal's own one-off time phrase dates the
writer's part at the front. Every goal here is written fresh for the category.
"""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.own import finite_nl
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF

CHECKER = Checker()


def _own(text: str, lang: str, frame: str) -> str:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.A].passed, "the example must fail A"
    assert report.rewrite is not None and frame in report.rewrite, report.rewrites
    ctx = CHECKER.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    assert find_seams(report.rewrite, report.goal, ctx, style) == []
    return report.rewrite


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Het team moet sneller reageren op klantvragen.",
            "dat het team sneller op klantvragen reageert",
        ),
        ("Er moet vaker een evaluatie gedaan worden.", "dat er vaker een evaluatie gedaan wordt"),
        (
            "De nieuwe collega moet zelfstandig de kassa kunnen opmaken.",
            "dat de nieuwe collega zelfstandig de kassa kan opmaken",
        ),
        ("Werknemers moeten meer gaan bewegen.", "dat werknemers meer gaan bewegen"),
    ],
)
def test_dutch_duty_modal_leaves_the_own_part(text: str, clause: str) -> None:
    own = _own(text, "nl", "ervoor dat")
    assert clause in own
    assert not re.search(r"\bdat\b.*\b(moet|moeten|dient|dienen)\b", own)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "De doorlooptijd van aanvragen moet omlaag naar vijf dagen.",
            "naar vijf dagen omlaag gaat",
        ),
        (
            "De kosten van inhuur moeten in 2027 naar beneden.",
            "dat de kosten van inhuur naar beneden gaan",
        ),
        # a direction the dictionary writes with its verb as one word: 'omhooggaan', 'weggaan'
        # (a count that must go up is the writer's from-to target: test_bounded_absolutes.py)
        ("De klanttevredenheid moet dit kwartaal omhoog.", "dat de klanttevredenheid omhooggaat"),
        ("Het oude meubilair moet deze maand weg.", "dat het oude meubilair weggaat"),
        # a separable particle with no verb: 'moeten de deur uit' -> 'uitgaan', never 'uitmoeten'
        ("De offertes moeten sneller de deur uit.", "sneller de deur uitgaan"),
        ("De wachttijd aan de balie moet korter.", "dat de wachttijd aan de balie korter wordt"),
    ],
)
def test_dutch_modal_without_a_verb_gets_one(text: str, clause: str) -> None:
    own = _own(text, "nl", "ervoor dat")
    assert clause in own


def test_the_goals_own_time_dates_the_writers_part() -> None:
    own = _own("De kosten van inhuur moeten in 2027 naar beneden.", "nl", "ervoor dat")
    assert own.startswith("In 2027 zorg ik ervoor dat")


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("The night shift has to check every alarm.", "that the night shift checks every alarm"),
        ("Staff must complete the fire safety module.", "that staff complete"),
        (
            "The intern must not miss a team meeting.",
            "that the intern does not miss a team meeting",
        ),
        (
            "Support staff have to answer tickets faster.",
            "that support staff answer tickets faster",
        ),
    ],
)
def test_english_duty_modal_leaves_the_own_part(text: str, clause: str) -> None:
    own = _own(text, "en", "I will make sure that")
    assert clause in own
    assert not re.search(r"\bthat\b.*\b(will|must|should|have to|has to)\b", own)


@pytest.mark.parametrize(
    ("infinitive", "plural", "form"),
    [
        ("reageren", False, "reageert"),
        ("inleveren", False, "inlevert"),
        ("maken", False, "maakt"),
        ("bellen", False, "belt"),
        ("leven", False, "leeft"),
        ("verbeteren", False, "verbetert"),
        ("gaan", False, "gaat"),
        ("kunnen", False, "kan"),
        ("maken", True, "maken"),
    ],
)
def test_dutch_present_form(infinitive: str, plural: bool, form: str) -> None:
    style = style_for(CHECKER.context("nl").pack)
    assert style is not None
    assert finite_nl(infinitive, plural, style) == form


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Pupils will know the timeline of World War II.", "that pupils know the timeline"),
        ("Trainees will understand the basics of first aid.", "that trainees understand"),
        ("Interns will shadow a senior nurse.", "that interns shadow a senior nurse"),
    ],
)
def test_a_plural_subject_the_tagger_calls_a_name_is_lowered_and_agrees(
    text: str, clause: str
) -> None:
    """'Pupils' opening the goal is a plural noun, not a name: 'that pupils know'."""
    own = _own(text, "en", "I will make sure that")
    assert clause in own
