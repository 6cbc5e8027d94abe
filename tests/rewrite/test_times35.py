"""Times of session 35 that are not the goal's deadline, and a deadline that has passed, by
category, with goals written fresh.

- a time inside a 'sinds'/'since' phrase (any definite determiner: 'sinds de fusie in
  2024'), one beside a relative time that points back ('vorig jaar in mei', 'in June last
  year'), or one in a clause an English past governs (a participle the tagger misread: 'our
  team doubled') dates what happened, never the goal: it is kept as written and the goal
  gets its own deadline (reading/event_dates.py, reading/past_dates.py);
- a deadline that passed, when it is all that fails, is renewed in place ('By [date] I will
  ...'), the writer's other words and own deadline word kept (rewrite/renewed_dates.py), and
  the seams no longer count that date as one added beside the goal's other times;
- a length ('voor drie maanden', 'for three months') is kept as written, never made a date;
  'voor het nieuwe jaar' is due on 1 January like 'before the new year', while 'voor het
  komende jaar' stays the span it was."""

from __future__ import annotations

import datetime

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.reporting.report import GoalReport
from tests.conftest import REF
from tests.support.rewriting import deadline_of, shown_rewrite

CHECKER = Checker()


def _report(text: str, lang: str) -> GoalReport:
    return CHECKER.check(text, lang=lang, reference_date=REF)


def _deadline(text: str, lang: str) -> tuple[str, datetime.date | None] | None:
    return deadline_of(CHECKER, text, lang)


# -- a past anchor is no deadline ------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Ik wil leren omgaan met klachten aan de balie. Sinds de verbouwing in maart komen "
            "er veel meer klanten",
            "Vóór [datum] ga ik leren omgaan met klachten aan de balie, met als bewijs [hoe "
            "gemeten]. Sinds de verbouwing in maart komen er veel meer klanten.",
        ),
        (
            "nl",
            "Sinds de fusie in 2024 werk ik met twee systemen. Ik wil het nieuwe "
            "planningssysteem leren gebruiken.",
            "Sinds de fusie in 2024 werk ik met twee systemen. Vóór [datum] ga ik het nieuwe "
            "planningssysteem leren gebruiken, met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Since the flood in October the cellar has been a mess. I want to learn to run the "
            "pumps myself.",
            "Since the flood in October the cellar has been a mess. By [date], I will learn to "
            "run the pumps myself, with [how measured] as evidence.",
        ),
        (
            "en",
            "I want to learn safe lifting techniques for the warehouse. Since my back injury in "
            "spring I avoid lifting.",
            "By [date], I will learn safe lifting techniques for the warehouse, with [how "
            "measured] as evidence. Since my back injury in spring I avoid lifting.",
        ),
        (
            "nl",
            "Ik wil leren offertes maken. In september vorig jaar liep ik twee opdrachten mis.",
            "Vóór [datum] ga ik leren offertes maken. In september vorig jaar liep ik twee "
            "opdrachten mis.",
        ),
        (
            "en",
            "I want to improve my cold calling. Last year in June I lost two big clients.",
            "By [date], I will improve my cold calling. Last year in June I lost two big clients.",
        ),
    ],
)
def test_a_time_that_dates_the_past_is_kept_and_the_goal_gets_its_own(
    lang: str, text: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Sedert die verhuizing in mei rijd ik elke dag om. Ik wil een kortere route leren."),
        (
            "en",
            "After the merger in January our team doubled. I want to learn to plan the rosters.",
        ),
        ("nl", "Vorig jaar in mei ben ik begonnen als teamleider. Ik wil leren feedback geven."),
    ],
)
def test_a_past_anchor_is_no_deadline_of_the_goal(lang: str, text: str) -> None:
    deadline = _deadline(text, lang)
    assert deadline is None or deadline[1] is None or deadline[1] < REF


@pytest.mark.parametrize(
    ("lang", "text", "due"),
    [
        ("nl", "Ik wil in maart de cursus afronden.", datetime.date(2027, 3, 31)),
        ("en", "I will finish the course in March.", datetime.date(2027, 3, 31)),
        (
            "en",
            "I want to improve my cold calling in June. Last year I lost two clients.",
            datetime.date(2027, 6, 30),
        ),
    ],
)
def test_a_month_of_the_goal_itself_stays_its_deadline(
    lang: str, text: str, due: datetime.date
) -> None:
    deadline = _deadline(text, lang)
    assert deadline is not None and deadline[1] == due


# -- a deadline with a purpose after it ------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I want to finish the forklift course in March so that I can drive on the yard."),
        ("nl", "Ik wil in maart de cursus afronden zodat ik zelf kan lossen."),
        ("nl", "Ik wil de cursus doen zodat ik vóór maart zelf kan lossen."),
    ],
)
def test_a_deadline_outside_the_purpose_or_with_a_deadline_word_stays(lang: str, text: str) -> None:
    assert _report(text, lang).criteria[Criterion.T.value].passed


# -- a deadline that has passed ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "By 31 January 2026 I will finish the food safety course and hand in the new menu "
            "to the owner before the next tasting.",
            "By [date], I will finish the food safety course and hand in the new menu to the "
            "owner before the next tasting.",
        ),
        (
            "nl",
            "Vóór 1 september 2026 rond ik de cursus klantcontact af.",
            "Vóór [datum] rond ik de cursus klantcontact af.",
        ),
        (
            "nl",
            "Uiterlijk 1 april 2026 heb ik de BHV-cursus gevolgd.",
            "Uiterlijk [datum] heb ik de BHV-cursus gevolgd.",
        ),
        (
            "en",
            "I will finish the barista course by 15 June 2026.",
            "I will finish the barista course by [date].",
        ),
        (
            "en",
            "Before 1 January 2025 I will have finished the forklift course.",
            "Before [date], I will have finished the forklift course.",
        ),
        (
            "nl",
            "Eind mei 2026 zijn alle dossiers van de cliënten bijgewerkt in het nieuwe systeem.",
            "Vóór [datum] zijn alle dossiers van de cliënten bijgewerkt in het nieuwe systeem, "
            "met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "By the end of 2025 all invoices of the workshop are scanned into the new archive.",
            "By [date], all invoices of the workshop are scanned into the new archive, with "
            "[how measured] as evidence.",
        ),
    ],
)
def test_a_passed_deadline_is_renewed_where_it_stood(lang: str, text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


# -- lengths and the new year -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "length"),
    [
        ("nl", "Ik wil voor 3 maanden meedraaien met het auditteam.", "voor 3 maanden"),
        ("nl", "Ik wil voor zes weken meelopen met de nachtverpleegkundige.", "voor zes weken"),
        ("en", "I want to do a rotation to the audit team for 3 months.", "for 3 months"),
    ],
)
def test_a_length_is_kept_as_written_and_never_made_a_date(
    lang: str, text: str, length: str
) -> None:
    assert length in shown_rewrite(CHECKER, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "due"),
    [
        (
            "nl",
            "Voor het nieuwe jaar wil ik mijn heftruckcertificaat halen.",
            datetime.date(2027, 1, 1),
        ),
        (
            "nl",
            "Ik wil vóór het nieuwe jaar de voorraadtelling zelf doen.",
            datetime.date(2027, 1, 1),
        ),
        ("en", "Before the new year I want to get my forklift licence.", datetime.date(2027, 1, 1)),
        ("nl", "In het nieuwe jaar haal ik mijn heftruckcertificaat.", datetime.date(2027, 12, 31)),
        (
            "nl",
            "Ik wil de kassa leren bedienen voor het komende jaar.",
            datetime.date(2027, 11, 23),
        ),
    ],
)
def test_the_new_year_after_a_deadline_word_is_due_on_its_first_day(
    lang: str, text: str, due: datetime.date
) -> None:
    deadline = _deadline(text, lang)
    assert deadline is not None and deadline[1] == due


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Vóór de opening van het terras (mei 2026) kan ik zelfstandig de kassa afsluiten.",
            "Vóór de opening van het terras ([datum]) kan ik zelfstandig de kassa afsluiten.",
        ),
        (
            "en",
            "Before the launch of the new menu (March 2026) I will train the two new cooks on "
            "the grill.",
            "Before the launch of the new menu ([date]) I will train the two new cooks on the "
            "grill.",
        ),
    ],
)
def test_a_passed_date_in_brackets_after_an_event_becomes_the_bare_placeholder(
    lang: str, text: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("nl", "Ik heb vorige maand de voorraadlijst van de slagerij opgeschoond.", "vorige maand"),
        ("en", "Last month I cleaned up the stock list of the butcher's shop.", "last month"),
    ],
)
def test_a_time_that_points_back_is_never_renewed_in_place(lang: str, text: str, kept: str) -> None:
    rewrite = _report(text, lang).rewrite or ""
    assert "[" in rewrite
    assert not rewrite.lower().startswith(("ik heb vóór", "by [date] i cleaned"))


@pytest.mark.parametrize(
    ("text", "applicability"),
    [
        ("Ik wil voor 3 maanden meedraaien met het auditteam.", "display_only"),
        ("Ik wil voor een jaar op de vestiging in Gent werken.", "display_only"),
        ("Voor de kerstvakantie rond ik mijn stageverslag af.", "unsafe"),
    ],
)
def test_a_length_after_voor_is_shown_never_applied_as_a_date(
    text: str, applicability: str
) -> None:
    found = [f for f in _report(text, "nl").findings if f.code == "T006"]
    assert [s.applicability for f in found for s in f.suggestions] == [applicability]
