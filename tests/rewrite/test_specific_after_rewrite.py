"""A rewrite that asks for the behaviour (or commits to the one the writer named) passes S
once filled, and the S judgement of one kind of goal does not depend on its wording.

Kinds: coordinated infinitives and examples in a purpose clause, a purpose whose object is
too long for a lexicon match, an aside in brackets, a number that is part of a name, and a
direction with the behaviours that show it listed after a comma.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.listed import listed_goal
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF
from tests.support.rewrite_quality import evaluate_goal, fill

CHECKER = Checker()


def filled_passes_s(checker: Checker, text: str, lang: str) -> bool:
    """Every part of the goal's rewrite, its placeholders filled, passes S."""
    report = checker.check(text, lang=lang, reference_date=REF)
    style = style_for(checker.pack(lang))
    assert style is not None and report.rewrite is not None
    parts = report.split or (report.rewrite,)
    return all(
        checker.check(fill(part, style, lang), lang=lang, reference_date=REF)
        .criteria[Criterion.S]
        .passed
        for part in parts
    )


# -- coordinated infinitives and examples in the purpose frame ------------------------------


@pytest.mark.parametrize(
    ("goal", "clause"),
    [
        (
            "Ik wil meer overzicht krijgen en misschien doorgroeien naar planner.",
            "om meer overzicht te krijgen en door te groeien naar planner.",
        ),
        # ('... en toepassen van de nieuwe cao' names the act as a thing: 'toe te passen van
        # de cao' is a seam since session 32, nouns32)
        (
            "Meer kennis opdoen en toepassen in de werkplaats",
            "om meer kennis op te doen en toe te passen in de werkplaats.",
        ),
    ],
)
def test_each_coordinated_infinitive_takes_its_own_te(
    checker: Checker, goal: str, clause: str
) -> None:
    rewrite = checker.check(goal, lang="nl", reference_date=REF).rewrite
    assert rewrite is not None and rewrite.endswith(clause)
    assert "[concreet gedrag]" in rewrite
    assert filled_passes_s(checker, goal, "nl")


def test_an_example_after_a_comma_stays_after_the_clause(checker: Checker) -> None:
    goal = "Meer kennis krijgen van koffiebranden, bijv. via een cursus of zelf veel lezen"
    rewrite = checker.check(goal, lang="nl", reference_date=REF).rewrite
    assert rewrite is not None
    assert "om meer kennis te krijgen van koffiebranden, bijv. via een cursus" in rewrite
    assert "veel te lezen" not in rewrite  # the example's verb takes no 'te'
    outcome = evaluate_goal(checker, goal, "nl")
    assert outcome is not None and outcome.ok, outcome


# -- a purpose whose object is too long for a lexicon match ---------------------------------


def test_a_long_purpose_after_a_comma_says_why(checker: Checker) -> None:
    goal = (
        "Vóór 1 juni 2027 maak ik zelfstandig een weekplanning, om mijn kennis van "
        "tegels zetten / voegen te verbeteren."
    )
    report = checker.check(goal, lang="nl", reference_date=REF)
    assert report.goal.purpose is not None
    assert report.goal.purpose.text.startswith("om mijn kennis")
    assert report.criteria[Criterion.S].passed


def test_the_same_words_as_the_goal_itself_stay_vague(checker: Checker) -> None:
    goal = "Mijn kennis van tegels zetten / voegen verbeteren."
    report = checker.check(goal, lang="nl", reference_date=REF)
    assert report.goal.purpose is None
    assert not report.criteria[Criterion.S].passed


# -- an aside in brackets holds no clause ---------------------------------------------------


@pytest.mark.parametrize(
    "goal",
    [
        "Improve my knowledge of building rules (BS codes).",
        "Improve my knowledge of building rules.",
    ],
)
def test_knowledge_of_a_field_asks_for_the_behaviour(checker: Checker, goal: str) -> None:
    report = checker.check(goal, lang="en", reference_date=REF)
    assert not report.criteria[Criterion.S].passed
    assert report.rewrite is not None
    assert "in order to improve my knowledge of building rules" in report.rewrite
    assert filled_passes_s(checker, goal, "en")


# -- a number that is part of a name is no target -------------------------------------------


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("Improve my knowledge of ISO 9001.", "en"),
        ("Improve my knowledge of the pension rules (Pension Act 2023).", "en"),
        ("Mijn kennis van de Omgevingswet 2024 verbeteren.", "nl"),
        ("Beter worden in Office 365.", "nl"),
    ],
)
def test_a_number_in_a_name_makes_no_direction_specific(
    checker: Checker, goal: str, lang: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.S].passed
    assert filled_passes_s(checker, goal, lang)


def test_a_count_still_makes_a_direction_concrete(checker: Checker) -> None:
    report = checker.check("Improve my sales from 10 to 20 a week.", lang="en", reference_date=REF)
    assert report.criteria[Criterion.S].passed


@settings(max_examples=8, deadline=None)
@given(
    name=st.sampled_from(["ISO 9001", "NEN 3140", "Office 365", "the Pension Act 2023"]),
)
def test_the_name_with_its_number_is_judged_as_without(name: str) -> None:
    checker = CHECKER
    bare = name.rsplit(" ", 1)[0]
    with_number = checker.check(f"Improve my knowledge of {name}.", lang="en", reference_date=REF)
    without = checker.check(f"Improve my knowledge of {bare}.", lang="en", reference_date=REF)
    assert with_number.criteria[Criterion.S].passed == without.criteria[Criterion.S].passed


# -- a direction with the behaviours that show it listed after a comma ----------------------


@pytest.mark.parametrize(
    ("goal", "lang", "behaviours"),
    [
        (
            "Beter worden in overleggen met de keuken, rustig blijven",
            "nl",
            ["ga ik in overleggen met de keuken rustig blijven"],
        ),
        (
            "Get better at supplier meetings, sending an agenda beforehand and confirming "
            "agreements in writing.",
            "en",
            ["at supplier meetings, I will send an agenda beforehand", "confirm agreements"],
        ),
        (
            "Improve at stand-ups, keeping my update short.",
            "en",
            ["at stand-ups, I will keep my update short"],
        ),
    ],
)
def test_the_listed_behaviours_are_the_goal(
    checker: Checker, goal: str, lang: str, behaviours: list[str]
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    for behaviour in behaviours:
        assert behaviour in report.rewrite
    marks = style_for(checker.pack(lang))
    assert marks is not None and marks.placeholders.behaviour not in report.rewrite
    outcome = evaluate_goal(checker, goal, lang)
    assert outcome is not None and outcome.ok, outcome


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("Beter worden in plannen, ik loop steeds achter.", "nl"),  # a comment, no behaviour
        ("Beter worden in Excel, vooral draaitabellen.", "nl"),  # a topic, no verb
        ("Get better at meetings, my manager says.", "en"),  # another's voice
        # the verb's object, no situation: 'met' belongs to 'omgaan'
        ("Beter omgaan met mijn werkdruk, niet meer na zessen mailen.", "nl"),
        ("Better cope with complaints, staying calm on the phone.", "en"),
        ("Ik wil beter worden in offertes maken, vooral voor grote klanten.", "nl"),  # no opening
    ],
)
def test_no_listed_behaviours_no_listed_goal(checker: Checker, goal: str, lang: str) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    ctx = checker.context(lang)
    style = style_for(ctx)
    assert style is not None
    assert listed_goal(report.goal, ctx, style) == []


# -- a reflexive 'mij' goes with its vague verb ---------------------------------------------


@pytest.mark.parametrize(
    "goal",
    ["Ik wil mij verder ontwikkelen als planner.", "Ik wil mij verdiepen in de nieuwe cao."],
)
def test_the_reflexive_goes_with_its_vague_verb(checker: Checker, goal: str) -> None:
    rewrite = checker.check(goal, lang="nl", reference_date=REF).rewrite
    assert rewrite is not None and "[concreet gedrag]" in rewrite
    assert "mij [concreet gedrag]" not in rewrite and "Wat precies" not in rewrite
    assert filled_passes_s(checker, goal, "nl")


# -- the structured rewrite, filled in, is specific -----------------------------------------


@pytest.mark.parametrize(
    ("goal", "lang", "behaviour"),
    [
        ("Beter worden in offertes.", "nl", "elke week twee offertes zelf opstellen"),
        (
            "Meer kennis van de nieuwe cao.",
            "nl",
            "een overzicht van de cao-wijzigingen voor het team schrijven",
        ),
        ("Get better at quotes.", "en", "draft two quotes a week on my own"),
        ("Leadership, need to work on it.", "en", "write the onboarding checklist for new staff"),
    ],
)
def test_a_filled_what_field_says_what_the_direction_means(
    checker: Checker, goal: str, lang: str, behaviour: str
) -> None:
    style = style_for(checker.pack(lang))
    assert style is not None
    what = style.fields["what"]
    text = f"{goal} {what}: {behaviour}."
    assert checker.check(text, lang=lang, reference_date=REF).criteria[Criterion.S].passed
    assert not checker.check(goal, lang=lang, reference_date=REF).criteria[Criterion.S].passed


@pytest.mark.parametrize(
    ("goal", "lang", "behaviour"),
    [
        ("Beter worden in offertes.", "nl", "[concreet gedrag]"),  # left open
        ("Beter worden in offertes.", "nl", "beter worden in calculeren"),  # another direction
        ("Get better at quotes.", "en", "improve my communication"),
        ("Get better at quotes.", "en", "more"),  # too short to name an act
    ],
)
def test_an_open_or_vague_what_field_still_fails(
    checker: Checker, goal: str, lang: str, behaviour: str
) -> None:
    style = style_for(checker.pack(lang))
    assert style is not None
    text = f"{goal} {style.fields['what']}: {behaviour}."
    assert not checker.check(text, lang=lang, reference_date=REF).criteria[Criterion.S].passed


@settings(max_examples=6, deadline=None)
@given(
    goal=st.sampled_from(
        [
            # (session 42: "Iedereen in de hal moet gehoorbescherming dragen. Dat moet beter"
            # left this list: its "Dat moet beter" is now the aim of the writer's step, '...,
            # zodat dat beter wordt', no structured fallback)
            (
                "nl",
                "Klantcontact aan de kassa. Ik vind het lastig om uit te leggen waarom een retour "
                "niet kan, daar wil ik zekerder in worden",
            ),
            ("en", "This year I want my coaching to get better."),
        ]
    ),
)
def test_the_structured_rewrite_filled_passes_s(goal: tuple[str, str]) -> None:
    lang, text = goal
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.structured_rewrite is not None
    style = style_for(CHECKER.pack(lang))
    assert style is not None
    filled = fill(report.structured_rewrite.text, style, lang)
    assert CHECKER.check(filled, lang=lang, reference_date=REF).criteria[Criterion.S].passed
