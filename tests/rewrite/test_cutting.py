"""How a goal text is cut into goals and parts (session 12): an abbreviation's period inside
a sentence ends no part; a coordinator inside a relative clause cuts no goal; a bulleted line
that names a course is the goal of following it; a slash joins two aims or two names of one
thing; a later coordinated goal shares the subject and modal, never the first goal's own
copula; a direction with the tools it covers between dashes uses them. Goals written fresh,
in fields of their own (pharmacy, library, IT helpdesk, care home, bakery, bike shop)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.slashed import slashed_aims
from smartcheck.fixing.rewrite.split import goal_pieces
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.style import style_for
from tests.support.rewriting import REF, well_rewritten

CHECKER = Checker()


def _abbreviations(lang: str) -> frozenset[str]:
    style = style_for(CHECKER.context(lang))
    assert style is not None
    return style.abbreviations


# -- abbreviations ---------------------------------------------------------------------------
_WORDS = st.lists(
    st.sampled_from(["klanten", "de", "balie", "rustig", "uitleg", "customers", "the", "desk"]),
    min_size=1,
    max_size=5,
)


@settings(max_examples=60, deadline=None)
@given(
    before=_WORDS,
    abbreviation=st.sampled_from(["bijv.", "bv.", "o.a.", "e.g.", "i.e.", "incl.", "etc."]),
    after=_WORDS,
)
def test_an_abbreviation_before_a_lower_case_word_never_ends_a_part(
    before: list[str], abbreviation: str, after: list[str]
) -> None:
    text = f"Ik wil {' '.join(before)} {abbreviation} {' '.join(after)}. Daarna wil ik meer."
    known = _abbreviations("nl") | _abbreviations("en")
    found = sentences(text, known)
    assert len(found) == 2, found
    assert not found[0].endswith(abbreviation)


def test_a_capital_after_an_abbreviation_may_open_the_next_sentence() -> None:
    found = sentences("Ik wil kassa, voorraad enz. Daarnaast wil ik meer.", _abbreviations("nl"))
    assert found == ["Ik wil kassa, voorraad enz.", "Daarnaast wil ik meer."]


def test_a_period_after_an_ordinary_word_still_ends_a_piece() -> None:  # broken sibling
    text = "Ik wil de balie bijv. beter doen. ik wil ook de planning maken."
    assert len(goal_pieces(text, frozenset({"ik"}), (), _abbreviations("nl"))) == 2
    assert len(goal_pieces(text, frozenset({"ik"}), (), ())) == 3  # without the pack's list


@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [
        (
            "nl",
            "Ik wil rustiger blijven bij klanten die bijv. hun medicijnen te laat ophalen of "
            "boos worden aan de balie.",
            "die bijv. hun medicijnen te laat ophalen of boos worden aan de balie",
        ),
        (
            "en",
            "I want to handle returns faster, e.g. items bought online that come back to the shop.",
            "e.g. items bought online that come back to the shop",
        ),
    ],
)
def test_a_sentence_with_an_abbreviation_is_rewritten_whole(
    lang: str, goal: str, kept: str
) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert not report.split
    assert kept in well_rewritten(CHECKER, goal, lang)


def test_a_coordinator_inside_a_relative_clause_cuts_no_goal() -> None:
    goal = "Ik wil zekerder worden bij eigenaren die hun kat laten inslapen of de rekening niet kunnen betalen."
    parsed = CHECKER.parse(goal, lang="nl", reference_date=REF)
    assert len(parsed.syntax.goal_pieces) < 2
    two = "Ik wil de kattenbakken schoonmaken en de voorraad voer bijhouden."  # whole sibling
    assert len(CHECKER.parse(two, lang="nl", reference_date=REF).syntax.goal_pieces) == 2


# -- lists and courses -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "goal", "course"),
    [
        (
            "nl",
            "- cursus triage\n- zelfstandig wondjes hechten en verbanden aanleggen",
            "ga ik de cursus triage volgen",
        ),
        (
            "nl",
            "- bijscholing medicatieveiligheid\n- zelf de weekbestelling bij de groothandel doen",
            "ga ik de bijscholing medicatieveiligheid volgen",
        ),
        (
            "en",
            "- refresher course fire safety\n- lead the Monday stock meeting on my own",
            "I will complete the refresher course fire safety",
        ),
    ],
)
def test_each_bulleted_line_is_one_goal_and_a_course_line_is_followed(
    lang: str, goal: str, course: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert course in report.split[0]
    assert all("\n" not in part for part in report.split)  # a packed line: one part per goal
    assert rewrite.count("\n") == len(report.split) - 1


@pytest.mark.parametrize(
    ("lang", "goal", "whole", "broken"),
    [
        (
            "nl",
            "training omgaan met agressie",
            "ga ik de training omgaan met agressie volgen",
            "Vóór [datum] ga ik training omgaan met agressie.",
        ),
        (
            "nl",
            "Workshop timemanagement",
            "ga ik de workshop timemanagement volgen",
            "Workshop timemanagement vóór [datum]",
        ),
        (
            "en",
            "Conflict handling workshop",
            "I will complete the conflict handling workshop",
            "I will [concrete behaviour] for conflict handling workshop",
        ),
    ],
)
def test_a_line_that_names_a_course_becomes_the_goal_of_following_it(
    lang: str, goal: str, whole: str, broken: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert whole in rewrite
    assert broken not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "cursus Excel volgen"),  # the verb that takes the course is written
        ("en", "Take the first aid course"),
        ("nl", "Ik wil een cursus volgen"),  # a subject: a sentence, no name
    ],
)
def test_a_goal_with_its_own_verb_is_no_course_name(lang: str, goal: str) -> None:
    from smartcheck.fixing.rewrite.courses import course_goal

    ctx = CHECKER.context(lang)
    style = style_for(ctx)
    assert style is not None
    parsed = CHECKER.parse(goal, lang=lang, reference_date=REF)
    assert course_goal(parsed, ctx.bind(parsed.doc), style) is None


# -- slashes ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "goal", "aims"),
    [
        (
            "nl",
            "meer overzicht in mijn agenda / minder losse taken in de week",
            ["meer overzicht in mijn agenda", "minder losse taken in de week"],
        ),
        (
            "en",
            "more time for the new volunteers / fewer late returns at the desk",
            ["more time for the new volunteers", "fewer late returns at the desk"],
        ),
    ],
)
def test_two_aims_joined_by_a_slash_are_two_goals(lang: str, goal: str, aims: list[str]) -> None:
    assert slashed_aims(goal, CHECKER.pack(lang).words("comparatives")) == aims
    well_rewritten(CHECKER, goal, lang)
    assert len(CHECKER.check(goal, lang=lang, reference_date=REF).split) == len(aims)


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Become a team coordinator / planner for the weekend crew."),
        ("nl", "cursus VCA / BHV halen"),
        ("nl", "training agressiehantering / omgaan met verwarde personen aan de balie"),
    ],
)
def test_a_slash_between_two_names_of_one_thing_stays_one_goal(lang: str, goal: str) -> None:
    assert slashed_aims(goal, CHECKER.pack(lang).words("comparatives")) == []
    assert not CHECKER.check(goal, lang=lang, reference_date=REF).split


# -- a shared front --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "goal", "broken"),
    [
        ("en", "Be more visible in the branch, greet every customer at the door", "be more greet"),
        (
            "en",
            "I will be more patient with new starters, explain the till twice and check in "
            "after a week",
            "new starters, check in",
        ),
    ],
)
def test_a_later_goal_never_takes_the_first_goals_copula(lang: str, goal: str, broken: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert all(broken not in part for part in (report.split or (report.rewrite or "",)))


@pytest.mark.parametrize(
    ("goal", "parts"),
    [
        (  # nouns under one verb, a range after them: one goal
            "Learn to repair our own city bikes and cargo bikes from start to finish, "
            "including the ordering.",
            1,
        ),
        (  # whole sibling: a range inside the first goal, a second goal after it
            "I want to go from 3 to 6 repairs a day within one month while also launching "
            "a repair course.",
            2,
        ),
    ],
)
def test_the_ends_of_a_range_are_no_goal_verbs(goal: str, parts: int) -> None:
    parsed = CHECKER.parse(goal, lang="en", reference_date=REF)
    assert len(parsed.syntax.goal_pieces or (goal,)) == parts


# -- aspects between dashes ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "goal", "used"),
    [
        (
            "en",
            "improve my Excel - pivot tables, charts - for the stock lists",
            "I will use pivot tables and charts for the stock lists",
        ),
        (
            "en",
            "improve my SQL - joins, window functions - for the monthly loan dashboards",
            "I will use joins and window functions for the monthly loan dashboards",
        ),
        (
            "nl",
            "mijn Excel verbeteren - draaitabellen, verticaal zoeken - voor de uitleenstatistiek",
            "draaitabellen en verticaal zoeken gebruiken voor de uitleenstatistiek",
        ),
    ],
)
def test_the_aspects_between_dashes_are_what_the_writer_uses(
    lang: str, goal: str, used: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert used in rewrite
    assert " - " not in rewrite


def test_qualities_after_a_dash_are_no_tools() -> None:  # broken sibling: never 'use shorter'
    from smartcheck.fixing.rewrite.aspects import aspects_goal

    goal = "Get better at writing shift reports the manager reads - shorter, clearer, fewer typos."
    ctx = CHECKER.context("en")
    style = style_for(ctx)
    assert style is not None
    parsed = CHECKER.parse(goal, lang="en", reference_date=REF)
    assert aspects_goal(parsed, ctx.bind(parsed.doc), style) is None


# -- surface ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "meer overzicht in mijn agenda / minder losse taken in de week"),
        ("nl", "bijscholing medicatieveiligheid"),
        ("en", "improve my Excel - pivot tables, charts - for the stock lists"),
        ("en", "I want to handle returns faster, e.g. items bought online that come back."),
    ],
)
@pytest.mark.parametrize("label", ["- ", "{label} 2: ", "  ", "* "])
def test_a_marker_label_or_spaces_change_neither_verdicts_nor_rewrite(
    lang: str, goal: str, label: str
) -> None:
    label = label.format(label={"nl": "Doel", "en": "Goal"}[lang])
    plain = CHECKER.check(goal, lang=lang, reference_date=REF)
    labelled = CHECKER.check(label + goal + "  ", lang=lang, reference_date=REF)
    assert [c.passed for c in labelled.criteria.values()] == [
        c.passed for c in plain.criteria.values()
    ]
    assert labelled.rewrite == plain.rewrite
