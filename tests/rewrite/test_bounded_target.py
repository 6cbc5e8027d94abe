"""A target out of proportion to its time or to the writer's week, and an absolute outcome,
become a bounded target in the rewrite (issue 12, point 3), and the rewrite then passes R.

- Too steep for its period (R003: "van 30 naar 120 in een maand", "15 kilos in a month"):
  the writer's start and target stay, and the deadline becomes the earliest date at which R003
  accepts the change, from the same options the checker uses (the finding offers it as an
  unsafe fix; a day earlier R003 still fails it).
- No date within a year makes it realistic: no later date is offered.
- A routine that compounds ("elke maand verdubbelen") with a deadline of its own that leaves
  time to do it once: the period goes and the writer's deadline stays.
- An absolute outcome ("naar 0", "geen enkele klacht meer", "to zero") becomes a bounded
  number; "never ... again" stays a negation ("not ... more than [number] times").
- Too many sessions or hours a week beside a stated load, or for the goal alone: the count
  becomes "hoogstens [aantal]" / "at most [number]"; the finding offers the largest count
  R003 accepts.
- A perfect score that is also too steep for its date ("100% of ... by 20 February"): the
  absolute is bounded in its place and the writer's own date stays; a later date would move
  what the writer set for a target that is gone.
- The writer's past told with "never" ("Ik heb nog nooit hardgelopen") is where the writer
  starts: the rewrite does not bound it.
Every goal is written fresh for the category.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.fixes import apply_fixes
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.reading.timex import format_deadline
from tests.conftest import REF
from tests.support.rewrite_quality import fill
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


def _passes_r(checker: Checker, text: str, lang: str) -> bool:
    return checker.check(text, lang=lang, reference_date=REF).criteria[Criterion.R].passed


def _filled(checker: Checker, rewrite: str, lang: str) -> str:
    style = style_for(checker.pack(lang))
    assert style is not None
    return fill(rewrite, style, lang)


def _date_in(text: str, lang: str) -> date:
    """The deadline date written in words in ``text``."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.goal.deadline is not None and report.goal.deadline.due is not None
    return report.goal.deadline.due


STEEP = [
    ("Binnen een maand wil ik het aantal leden van onze zwemclub van 30 naar 120 brengen.", "nl"),
    ("Ik wil in zes weken 12 kilo afvallen.", "nl"),
    ("Volgende maand wil ik de omzet van mijn webwinkel verdubbelen.", "nl"),
    ("I will raise our newsletter open rate from 5% to 25% within three weeks.", "en"),
    ("I want to lose 15 kilos in the next month.", "en"),
    ("Next month I will grow the sales of my pottery studio by 200%.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), STEEP)
def test_a_steep_change_keeps_its_numbers_and_gets_the_earliest_realistic_date(
    text: str, lang: str
) -> None:
    assert not _passes_r(CHECKER, text, lang)
    rewrite = shown_rewrite(CHECKER, text, lang)
    numbers = re.findall(r"\d+%?", text)
    assert all(n in rewrite for n in numbers), rewrite  # start and target stay
    filled = _filled(CHECKER, rewrite, lang)
    assert _passes_r(CHECKER, filled, lang), filled
    due = _date_in(filled, lang)
    assert format_deadline(due, lang).split(" ", 1)[1] in rewrite  # a date in words
    earlier = format_deadline(due - timedelta(days=1), lang).split(" ", 1)[1]
    day_before = filled.replace(format_deadline(due, lang).split(" ", 1)[1], earlier)
    assert day_before != filled
    assert not _passes_r(CHECKER, day_before, lang)  # the earliest date R003 accepts


def test_the_offered_date_is_an_unsafe_fix_of_the_goals_own_deadline() -> None:
    text = STEEP[0][0]
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    (finding,) = [f for f in report.findings if f.code == "R003"]
    (suggestion,) = finding.suggestions
    assert suggestion.applicability == "unsafe"
    (edit,) = suggestion.edits
    assert text[edit.start : edit.end] == "Binnen een maand"
    assert edit.replacement.startswith("Vóór ")


def test_the_date_follows_the_checkers_own_options() -> None:
    text = STEEP[0][0]
    lenient = Checker({"rules": {"R003": {"monthly_change": 2.0}}})
    default_due = _date_in(_filled(CHECKER, shown_rewrite(CHECKER, text, "nl"), "nl"), "nl")
    lenient_due = _date_in(_filled(lenient, shown_rewrite(lenient, text, "nl"), "nl"), "nl")
    assert lenient_due < default_due  # doubling a month is allowed: the date comes sooner


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Binnen een maand wil ik van 2 naar 2000 volgers op mijn zakelijke account.", "nl"),
        ("I want to go from 3 to 3000 subscribers to my podcast within six weeks.", "en"),
    ],
)
def test_no_later_date_is_offered_when_a_year_is_not_enough(text: str, lang: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    (finding,) = [f for f in report.findings if f.code == "R003"]
    assert finding.suggestions == ()


@pytest.mark.parametrize(
    ("text", "lang", "bound"),
    [
        (
            "Vóór de zomer wil ik het aantal klachten over de bezorging terugbrengen tot nul.",
            "nl",
            "tot hooguit [aantal]",
        ),
        (
            "Dit jaar breng ik het aantal storingsmeldingen van 25 naar 0.",
            "nl",
            "naar hooguit [aantal]",
        ),
        (
            "Ik wil dat er dit jaar geen enkele klant meer zonder offerte vertrekt.",
            "nl",
            "hoogstens [aantal] keer een klant zonder offerte vertrekt",
        ),
        (
            "I aim to bring the number of missed handovers on my ward to zero by March.",
            "en",
            "to at most [number]",
        ),
        (
            "By June I will bring unanswered emails in our shared inbox down to 0.",
            "en",
            "to at most [number]",
        ),
    ],
)
def test_an_absolute_outcome_becomes_a_bounded_number(text: str, lang: str, bound: str) -> None:
    assert not _passes_r(CHECKER, text, lang)
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert bound in rewrite
    assert " 0" not in rewrite and "nul" not in rewrite and "zero" not in rewrite
    assert "geen enkele" not in rewrite and " meer " not in rewrite
    assert _passes_r(CHECKER, _filled(CHECKER, rewrite, lang), lang)


@pytest.mark.parametrize(
    ("text", "lang", "date_words"),
    [
        (
            "By 20 February 2027 I will check that 100% of the forklift pre-use inspections"
            " in my warehouse are signed off.",
            "en",
            "By 20 February 2027",
        ),
        (
            "Vóór 15 februari 2027 zorg ik dat 100% van de bestellingen in mijn wijk op tijd"
            " in het systeem staat.",
            "nl",
            "Vóór 15 februari 2027",
        ),
        (
            "Vóór 1 maart 2027 houd ik bij dat 100 % van de rolcontainers na gebruik is"
            " schoongemaakt.",
            "nl",
            "Vóór 1 maart 2027",
        ),
    ],
)
def test_a_bounded_perfect_score_keeps_the_writers_own_date(
    text: str, lang: str, date_words: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert {f.code for f in report.findings} >= {"R001", "R003"}  # absolute and too steep
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert rewrite.startswith(date_words)
    assert "100" not in rewrite and "%" in rewrite
    assert _passes_r(CHECKER, _filled(CHECKER, rewrite, lang), lang)


@pytest.mark.parametrize(
    "text",
    [
        "I will never send a quote with the wrong VAT rate again.",
        "I never want to miss a safeguarding briefing again.",
        "From now on I will never leave the till unlocked again.",
    ],
)
def test_never_again_stays_a_negation(text: str) -> None:
    rewrite = shown_rewrite(CHECKER, text, "en")
    assert " not " in rewrite and "more than [number] times" in rewrite
    assert "never" not in rewrite and "again" not in rewrite
    assert _passes_r(CHECKER, _filled(CHECKER, rewrite, "en"), "en")


@pytest.mark.parametrize(
    ("text", "lang", "bound"),
    [
        (
            "Naast mijn fulltime baan wil ik zes avonden per week aan mijn scriptie werken.",
            "nl",
            "hoogstens [aantal] avonden per week",
        ),
        (
            "Ik wil elke dag tien uur oefenen op de piano voor het conservatorium.",
            "nl",
            "hoogstens [aantal] uur",
        ),
        (
            "Naast de mantelzorg voor mijn vader wil ik 20 uur per week vrijwilligerswerk doen.",
            "nl",
            "hoogstens [aantal] uur per week",
        ),
        (
            "On top of my full-time job I will train for the triathlon six evenings a week.",
            "en",
            "at most [number] evenings a week",
        ),
        ("I want to revise ten hours every day for my finals.", "en", "at most [number] hours"),
        (
            "Besides my full-time job I will study 20 hours a week for my accountancy exam.",
            "en",
            "at most [number] hours a week",
        ),
    ],
)
def test_an_overloaded_week_leaves_the_count_to_the_writer(
    text: str, lang: str, bound: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.criteria[Criterion.R].passed
    (finding,) = [f for f in report.findings if f.code == "R003"]
    (suggestion,) = finding.suggestions  # the largest count the rule accepts
    (edit,) = suggestion.edits
    smaller = text[: edit.start] + edit.replacement + text[edit.end :]
    assert _passes_r(CHECKER, smaller, lang), smaller
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert bound in rewrite
    assert _passes_r(CHECKER, _filled(CHECKER, rewrite, lang), lang)


@pytest.mark.parametrize(
    ("text", "lang", "gone", "multiplier"),
    [
        (
            "Ik wil het aantal abonnees op onze nieuwsbrief elke maand verdubbelen.",
            "nl",
            "elke maand",
            "verdubbelen",
        ),
        (
            "Vanaf nu wil ik elke week mijn aantal verkochte kaarten verdubbelen.",
            "nl",
            "vanaf nu",
            "verdubbelen",
        ),
        ("I will triple the traffic to our blog every week.", "en", "every week", "triple"),
        (
            "From now on we want to double our webshop orders every month.",
            "en",
            "from now on",
            "double",
        ),
    ],
)
def test_a_compounding_routine_is_done_once_by_the_earliest_realistic_date(
    text: str, lang: str, gone: str, multiplier: str
) -> None:
    assert not _passes_r(CHECKER, text, lang)
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert gone not in rewrite.lower()  # the routine that compounded is gone
    assert multiplier in rewrite  # the writer's multiplier stays
    filled = _filled(CHECKER, rewrite, lang)
    assert _passes_r(CHECKER, filled, lang), filled
    due = _date_in(filled, lang)
    earlier = format_deadline(due - timedelta(days=1), lang).split(" ", 1)[1]
    day_before = filled.replace(format_deadline(due, lang).split(" ", 1)[1], earlier)
    assert not _passes_r(CHECKER, day_before, lang)


@pytest.mark.parametrize(
    ("text", "lang", "period", "deadline"),
    [
        (
            "Ik verdubbel elke maand de omzet van de webwinkel, tot eind 2027.",
            "nl",
            "elke maand",
            "eind 2027",
        ),
        (
            "Het aantal aanmeldingen voor de nieuwsbrief elke week verdubbelen tot 1 oktober 2027.",
            "nl",
            "elke week",
            "1 oktober 2027",
        ),
        (
            "I want to triple our podcast listeners every month until December 2027.",
            "en",
            "every month",
            "December 2027",
        ),
    ],
)
def test_a_compounding_routine_with_time_to_do_it_once_drops_its_period(
    text: str, lang: str, period: str, deadline: str
) -> None:
    assert not _passes_r(CHECKER, text, lang)
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert period not in rewrite.lower()  # one change by the writer's own deadline
    assert deadline in rewrite
    assert _passes_r(CHECKER, _filled(CHECKER, rewrite, lang), lang), rewrite


def test_a_compounding_routine_without_time_to_do_it_once_keeps_its_period() -> None:
    text = "Elke week het aantal bezoekers verdubbelen tot 1 februari 2027."
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    r003 = [f for f in report.findings if f.code == "R003"]
    assert r003 and not any(
        e.replacement == "" for f in r003 for s in f.suggestions for e in s.edits
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik wil in zes weken 12 kilo afvallen.", "nl"),
        ("Ik verdubbel elke maand de omzet van de webwinkel, tot eind 2027.", "nl"),
        ("Naast mijn fulltime baan wil ik zes avonden per week aan mijn scriptie werken.", "nl"),
        ("From now on we want to double our webshop orders every month.", "en"),
        ("I want to revise ten hours every day for my finals.", "en"),
    ],
)
def test_the_unsafe_fixes_applied_make_the_goal_realistic(text: str, lang: str) -> None:
    safe_only = apply_fixes(CHECKER, text, lang=lang, reference_date=REF).text
    assert not _passes_r(CHECKER, safe_only, lang)  # the bounded fixes change the goal: unsafe
    fixed = apply_fixes(
        CHECKER, text, lang=lang, reference_date=REF, applicability=("safe", "unsafe")
    ).text
    assert fixed != text
    assert _passes_r(CHECKER, fixed, lang), fixed


@pytest.mark.parametrize(
    ("text", "lang", "past"),
    [
        (
            "Ik heb nog nooit hardgelopen, maar binnen drie weken wil ik 9 kilo afvallen.",
            "nl",
            "nog nooit",
        ),
        (
            "Ik wil binnen een maand het aantal klanten van 10 naar 60 brengen, wat nooit eerder "
            "lukte.",
            "nl",
            "nooit eerder",
        ),
        ("I have never run before, but I want to lose 12 kilos within three weeks.", "en", "never"),
    ],
)
def test_the_writers_past_told_with_never_is_no_absolute_to_bound(
    text: str, lang: str, past: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "R003" in [f.code for f in report.criteria[Criterion.R].findings]
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert past in rewrite  # the starting point stays as the writer told it
    assert "[aantal] keer" not in rewrite and "more than [number] times" not in rewrite
    assert "[number] times" not in rewrite
