"""Texts that pack several goals, fragments or aspects: where they are cut and how each part
is rewritten (issue 12, session 13).

Every goal here is written fresh for these tests, in fields of their own (library, bakery,
campsite, pharmacy, bike shop, garden centre, kitchen, dental practice, bus depot): none is
taken from a data set. A good rewrite passes every criterion the original failed, keeps the
writer's content words, has no seam and is no structured fallback (the measure of
``tests/support/rewrite_quality``).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.fragments import listed_fragments
from smartcheck.fixing.rewrite.noted import dashed, note_misplaced
from smartcheck.fixing.rewrite.style import style_for
from tests.support.rewrite_quality import evaluate_goal

CHECKER = Checker()
REF = date(2026, 11, 23)


def _report(text: str, lang: str):  # type: ignore[no-untyped-def]
    return CHECKER.check(text, lang=lang, reference_date=REF)


def _rewritten_well(text: str, lang: str) -> str:
    outcome = evaluate_goal(CHECKER, text, lang)
    assert outcome is not None, "the goal fails at least one criterion"
    assert not outcome.structured, outcome.rewrite
    assert not outcome.still_failing, (outcome.rewrite, outcome.still_failing)
    assert not outcome.missing, (outcome.rewrite, outcome.missing)
    assert not outcome.seams, (outcome.rewrite, outcome.seams)
    assert outcome.rewrite is not None
    return outcome.rewrite


def _fragments(text: str, lang: str) -> list[str]:
    ctx = CHECKER.context(lang)
    style = style_for(ctx)
    assert style is not None
    return listed_fragments(CHECKER.parse(text, lang, REF), ctx, style)


# -- a goal of one word that a goal label or a list marker names ------------------------------
# 'Doel 2: EHBO' is a goal: the split keeps it (it was dropped as a piece of one word), and a
# certificate known by its name alone is the goal of getting it.
LABELLED_WORDS = [
    (
        "nl",
        "Leerdoel 1: de uitleenbalie zelf sluiten. Leerdoel 2: BHV. Leerdoel 3: vaker "
        "voorlezen aan de peuters",
        "BHV",
    ),
    (
        "nl",
        "Doel 1: zuurdesem leren maken. Doel 2: EHBO. Doel 3: minder weggooien aan het eind "
        "van de dag",
        "EHBO",
    ),
    (
        "en",
        "Goal 1: run the Saturday repair clinic on my own. Goal 2: IPAF. Goal 3: more hours "
        "in the workshop",
        "IPAF",
    ),
]


@pytest.mark.parametrize(("lang", "text", "word"), LABELLED_WORDS)
def test_a_labelled_goal_of_one_word_is_kept(lang: str, text: str, word: str) -> None:
    report = _report(text, lang)
    assert len(report.split) == 3, report.split
    assert word in report.split[1]
    assert report.rewrite is not None and word in report.rewrite


@pytest.mark.parametrize(
    ("lang", "text", "getting"),
    [
        ("nl", "Doel 2: EHBO", "EHBO halen"),
        ("nl", "- VCA", "VCA halen"),
        ("en", "Goal 3: NEBOSH", "get my NEBOSH"),
    ],
)
def test_a_certificate_named_alone_is_the_goal_of_getting_it(
    lang: str, text: str, getting: str
) -> None:
    assert getting in _rewritten_well(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "VIL-VCU halen"),
        ("nl", "Voor de zomer haal ik mijn BHV."),
        ("en", "I want to get my PASMA before the spring."),
    ],
)
def test_a_certificate_named_with_a_verb_that_gets_it_is_a_deliverable(
    lang: str, text: str
) -> None:
    report = _report(text, lang)
    assert any(m.kind == "deliverable" for m in report.goal.measures)
    assert report.criteria[Criterion.S].passed and report.criteria[Criterion.M].passed


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik wil EHBO toepassen bij ongelukken op de camping."),
        ("nl", "Ik wil BHV leren."),
        ("en", "I want to use my IOSH knowledge on the depot floor."),
    ],
)
def test_a_certificate_applied_or_learnt_is_no_deliverable(lang: str, text: str) -> None:
    report = _report(text, lang)
    assert not any(m.kind == "deliverable" for m in report.goal.measures)
    assert not report.criteria[Criterion.M].passed


def test_a_bulleted_line_of_one_word_is_a_goal_and_a_heading_is_none() -> None:
    text = "Doelen:\n- EHBO\n- vaker zelf de kas opmaken na sluiting"
    report = _report(text, "nl")
    assert len(report.split) == 2, report.split  # the heading 'Doelen:' names no goal
    assert "EHBO" in report.split[0]


# -- the cases after 'vooral' / 'especially' stay with their goal ---------------------------
# '..., vooral serviesgoed en schilderijen': the nouns after the narrowing are its cases, no
# goal of their own ('Ik wil schilderijen.'), and a later te-infinitive keeps 'proberen'.
NARROWED_LISTS = [
    (
        "nl",
        "Ik wil proberen minder boeken te beschadigen bij het verzenden en beter in te pakken, "
        "vooral atlassen en prentenboeken.",
        "prentenboeken",
    ),
    (
        "nl",
        "Ik wil proberen sneller te bestellen bij de groothandel en beter te controleren, "
        "vooral zuivel en diepvriesproducten.",
        "diepvriesproducten",
    ),
    ("nl", "Ik wil beter leren snoeien, vooral rozen en fruitbomen.", "fruitbomen"),
]


@pytest.mark.parametrize(("lang", "text", "case"), NARROWED_LISTS)
def test_the_cases_of_a_narrowing_are_no_goal(lang: str, text: str, case: str) -> None:
    report = _report(text, lang)
    pieces = [p.text for p in report.goal.syntax.goal_pieces]
    assert case not in pieces  # never a piece of its own
    assert all(case in p for p in pieces if "vooral" in p)
    assert report.rewrite is not None
    assert f"Ik wil {case[0].upper()}" not in report.rewrite
    lines = report.rewrite.splitlines()
    assert any("vooral" in line and case in line for line in lines), lines


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Ik wil proberen minder boeken te beschadigen bij het verzenden en beter in te "
            "pakken, vooral atlassen en prentenboeken.",
        ),
        (
            "nl",
            "Ik wil proberen vaker zelf het bestelsysteem te bedienen en beter uit te leggen "
            "aan klanten, vooral ouderen en kinderen.",
        ),
    ],
)
def test_two_te_infinitives_are_two_goals_each_rewritten_well(lang: str, text: str) -> None:
    report = _report(text, lang)
    assert len(report.split) == 2, report.split
    assert not any(" te " in line.split(",")[0] for line in report.split), report.split
    _rewritten_well(text, lang)


# -- a line listing goals as fragments --------------------------------------------------------
# 'Minder fouten bij X, omzet verhogen, en beter plannen van Y': three goals, not one goal
# with the other two inside its purpose clause ('om minder fouten te hebben ..., omzet
# verhogen, en ...'); 'beter worden in X, plus leren Y': two goals, the direction kept.
FRAGMENT_LISTS = [
    (
        "nl",
        "Minder fouten bij het afrekenen, de omzet van de koffiehoek verhogen, en beter "
        "plannen van de bestellingen",
        3,
    ),
    (
        "nl",
        "Minder wachttijd aan de balie, vaker zelf de planning maken, en betere afspraken met "
        "de bezorgers",
        3,
    ),
    ("nl", "Beter worden in hout lijmen, plus leren fineren", 2),
    (
        "en",
        "Fewer errors in the till count, raise sales at the coffee corner, and better planning "
        "of the breaks",
        3,
    ),
    ("en", "Get better at wheel truing and disc brakes, plus learn to service suspension forks", 2),
    ("en", "Get better at pruning and grafting, plus learn to identify plant diseases", 2),
    (
        "en",
        "Shorter waiting times at the counter, plan the rota myself, and better agreements "
        "with the couriers",
        3,
    ),
]


@pytest.mark.parametrize(("lang", "text", "goals"), FRAGMENT_LISTS)
def test_a_list_of_fragments_is_one_goal_each(lang: str, text: str, goals: int) -> None:
    assert len(_fragments(text, lang)) == goals
    report = _report(text, lang)
    assert len(report.split) == goals, report.split
    for line in report.split:  # never two goals in one line
        assert line.count(",") <= 4 and " en beter " not in line and " plus " not in line
    _rewritten_well(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a goal with its note: two fragments without a joiner (noted.py)
        ("nl", "Netter afwerken, minder nawerk bij de klant"),
        # a manner of the goal before, opened by a preposition
        ("nl", "Sneller de kas opmaken na sluitingstijd, en dan zonder kasverschillen"),
        ("en", "Type faster when taking minutes, and then without typos"),
        # aspects of a career step: a bare noun is no goal of its own
        ("nl", "Ploegleider worden, meer verantwoordelijkheid, klantcontact bij oplevering"),
        # the writer's sentence, with a subject
        ("nl", "Ik wil minder fouten maken, vaker overleggen, en beter plannen"),
    ],
)
def test_what_is_no_list_of_goals_is_not_cut(lang: str, text: str) -> None:
    assert _fragments(text, lang) == []


def test_a_nominal_infinitive_becomes_its_verb_phrase() -> None:
    found = _fragments(
        "Minder fouten bij de kas, beter plannen van de pauzes, en sneller verwerken van retouren",
        "nl",
    )
    assert found[1:] == ["De pauzes beter plannen", "Retouren sneller verwerken"]
    # 'meer' counts an amount: 'meer plannen van de directie' are plans, no verb
    more = _fragments(
        "Minder fouten bij de kas, meer plannen van de directie, en vaker overleg", "nl"
    )
    assert "Meer plannen van de directie" in more or more == []


FRAGMENT_POOL_NL = [
    "minder fouten bij het afrekenen",
    "de omzet van de koffiehoek verhogen",
    "vaker zelf de planning maken",
    "betere afspraken met de bezorgers",
]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(FRAGMENT_POOL_NL))
def test_the_fragments_found_do_not_depend_on_their_order(order: list[str]) -> None:
    text = ", ".join(order[:-1]) + ", en " + order[-1]
    found = _fragments(text[:1].upper() + text[1:], "nl")
    assert sorted(f.lower() for f in found) == sorted(FRAGMENT_POOL_NL)


# -- 'beter worden in offertes maken': the topic's verb stays ----------------------------------
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the activity told as the behaviour's moment (session 51, activity_topic.py)
        ("beter worden in roosters maken", "bij het maken van roosters"),
        ("Ik wil beter worden in menukaarten maken.", "menukaarten maken"),
        ("beter worden in werkbonnen maken", "bij het maken van werkbonnen"),
    ],
)
def test_the_verb_of_the_topic_is_no_vague_outcome(text: str, verb: str) -> None:
    assert verb in _rewritten_well(text, "nl")


# -- a fragment with a note after a spaced dash -------------------------------------------------
# 'Ploegleider worden - meer verantwoordelijkheid, ...': the note stays after its fragment,
# never inside the purpose clause ('om - meer verantwoordelijkheid ploegleider te worden').
DASH_NOTES = [
    (
        "nl",
        "Teamleider worden - meer verantwoordelijkheid, zelf de roosters maken, overleg met de "
        "klant",
        "teamleider te worden - meer verantwoordelijkheid",
    ),
    (
        "nl",
        "Chef de partie worden - eigen station, bestellingen doen, nieuwe mensen inwerken",
        "chef de partie te worden - eigen station",
    ),
    (
        "nl",
        "De website van de camping bijhouden - min. 2 berichten per week, vanaf maart",
        "bijhouden - min. 2 berichten per week, vanaf maart",
    ),
    (
        "nl",
        "Sneller worden in de werkplaats - onderhoudsbeurt binnen 45 min",
        "in de werkplaats - onderhoudsbeurt binnen 45 min",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kept"), DASH_NOTES)
def test_a_note_after_a_dash_stays_after_its_fragment(lang: str, text: str, kept: str) -> None:
    rewrite = _rewritten_well(text, lang)
    assert kept in rewrite
    assert "om -" not in rewrite


def test_a_clause_after_a_dash_is_no_note() -> None:
    ctx = CHECKER.context("en")
    style = style_for(ctx)
    assert style is not None
    goal = CHECKER.parse("Get faster at invoicing - customers complain about delays", "en", REF)
    assert dashed(goal, style) is None  # a clause of its own, read whole
    listed = CHECKER.parse("Depot planner worden - meer overzicht, ritten plannen", "nl", REF)
    found = dashed(listed, style_for(CHECKER.context("nl")))  # type: ignore[arg-type]
    assert found is not None and found.head == "Depot planner worden"
    assert not note_misplaced("..., om depot planner te worden - meer overzicht.", found)
    assert note_misplaced("..., om - meer overzicht depot planner te worden.", found)
    assert note_misplaced("Depot planner worden vóór [datum] - meer overzicht, ...", found)
    # the note made words of the rewrite's own ('for example with ...'): no dash, it stays
    assert not note_misplaced("..., om depot planner te worden, bijvoorbeeld met ...", found)
