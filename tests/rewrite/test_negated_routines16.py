"""A rule of never going somewhere without something, beside the routine that keeps it.

"Nooit meer zonder lesplan de klas in, altijd de avond ervoor de materialen klaarleggen": the
rule has no verb, so no frame bounds it, and read as one clause the pieces came out broken
("om nooit zonder lesplan de klas in, in minstens [aantal] van de 10 gevallen ... te klaarleggen").
The routine is the goal, bounded like any "altijd"; the rule is its purpose, told with the
verb of going ("zodat ik niet zonder lesplan de klas in ga", "so that I do not go into class
without a lesson plan").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.negated_routines import going_rule
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()

RULES = [
    (
        "Nooit meer zonder lesplan de klas in, altijd de avond ervoor de materialen klaarleggen",
        "nl",
        "zodat ik niet zonder lesplan de klas in ga",
    ),
    (
        "Nooit meer naar huis zonder overdracht, altijd aan het eind van de dienst het "
        "logboek bijwerken.",
        "nl",
        "zodat ik niet zonder overdracht naar huis ga",
    ),
    (
        "Nooit meer de deur uit zonder de kluissleutels, altijd bij het afsluiten de "
        "sleutelkast controleren",
        "nl",
        "zodat ik niet zonder de kluissleutels de deur uit ga",
    ),
    (
        "Never again into class without a lesson plan, always lay out the materials the "
        "night before",
        "en",
        "so that I do not go into class without a lesson plan",
    ),
    (
        "Never again off the premises without a handover, always update the logbook at the "
        "end of the shift.",
        "en",
        "so that I do not go off the premises without a handover",
    ),
]


@pytest.mark.parametrize(("text", "lang", "purpose"), RULES)
def test_the_routine_is_the_goal_and_the_rule_its_purpose(
    text: str, lang: str, purpose: str
) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert purpose in rewrite
    assert "[aantal] van de 10 gevallen" in rewrite or "[number] out of 10 cases" in rewrite
    assert "nooit" not in rewrite.lower() and "never" not in rewrite.lower()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nooit meer vergeten de kassa af te sluiten, altijd de sleutels nalopen.", "nl"),
        ("Nooit meer zonder helm, altijd de kist bij de ingang controleren.", "nl"),
        ("Never again forget the keys, always check the key box before leaving.", "en"),
        ("Always lay out the materials, never again into class without a plan.", "en"),
    ],
)
def test_no_rule_of_going_is_no_such_goal(text: str, lang: str) -> None:
    ctx = CHECKER.context(lang)
    style = style_for(ctx)
    assert style is not None
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    assert going_rule(goal, style, ctx.pack.grammar.infinitive_ending) is None


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["de werkplaats in", "de bus uit", "naar de klant", "de zaak uit"]),
    st.sampled_from(["checklist", "werkbon", "sleutelbos"]),
)
def test_the_restated_goal_keeps_both_pieces(place: str, thing: str) -> None:
    text = f"Nooit meer {place} zonder {thing}, altijd de avond ervoor de tas inpakken"
    ctx = CHECKER.context("nl")
    style = style_for(ctx)
    assert style is not None
    goal = CHECKER.parse(text, lang="nl", reference_date=REF)
    restated = going_rule(goal, style, ctx.pack.grammar.infinitive_ending)
    assert restated is not None
    assert restated.startswith("Altijd de avond ervoor de tas inpakken, zodat ik niet ")
    assert restated.endswith(f"zonder {thing} {place} ga.")
