"""A goal the writer wants in their own main clause gets the closing sentence too (session 39,
lead).

Session 38's closing sentence ('Dit doel bereik ik vóór [datum].') was kept from every goal
with the writer as a subject, because a doubt or a habit in the writer's own verb ('Ik twijfel
of ...', 'I often put off ...') is no aim to commit to. A wish is: 'Ik wil sneller inpakken.
Nu haal ik 40 pakketten per uur, ik wil er 55.' and 'Dat wil ik zelf kunnen oplossen' after
a told problem are the writer's aim, and a rewrite commits a wish anyway. So a goal whose
writer wants it in a main clause (a verb of the pack's ``wish_verbs``) is closed like one
told without a subject; a wish inside another clause ('my lead asked if I want to'), beside
a doubt, or refused ('..., wil ik niet') is not. Goals written fresh for this category."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.closing_steps import closing_sentence
from tests.conftest import REF
from tests.support.rewriting import falls_back, rewrite_style, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "rewrite"),
    [
        (
            "nl",
            "Ik wil sneller kunnen inpakken. Nu haal ik 40 pakketten per uur, ik wil er 55.",
            "Ik wil sneller kunnen inpakken. Nu haal ik 40 pakketten per uur, ik wil er 55. "
            "Dit doel bereik ik vóór [datum].",
        ),
        (
            "nl",
            "Ik wil sneller stickeren. Nu doe ik ongeveer 300 dozen per uur, ik wil naar de 400.",
            "Ik wil sneller stickeren. Nu doe ik ongeveer 300 dozen per uur, ik wil naar de 400. "
            "Dit doel bereik ik vóór [datum].",
        ),
        (
            "en",
            "I want to stack faster. Now I do about 12 pallets an hour, I want 15.",
            "I will stack faster. Now I do about 12 pallets an hour, I want 15. I will reach this "
            "goal by [date].",
        ),
    ],
)
def test_a_wanted_pace_with_its_figures_is_dated_whole(lang: str, text: str, rewrite: str) -> None:
    """The writer's wish with today's figure and the one they want: only the time is missing,
    and the closing sentence dates the whole goal (English commits the first wish, as the
    fallback does). Rewritten well: filled, it passes, keeps the words and shows no seam."""
    assert well_rewritten(CHECKER, text, lang) == rewrite


@pytest.mark.parametrize(
    ("lang", "text", "rewrite"),
    [
        (
            "nl",
            "De heftruck staat vaak stil door een lege accu en dan wachten we op de monteur. "
            "Dat wil ik zelf kunnen oplossen.",
            "De heftruck staat vaak stil door een lege accu en dan wachten we op de monteur. "
            "Dat wil ik zelf kunnen oplossen. Dit doel bereik ik vóór [datum], met als bewijs "
            "[hoe gemeten].",
        ),
        (
            "nl",
            "Bij de avondkassa loopt de rij vaak op omdat ik de storing niet snap. Dat wil ik "
            "zelf leren verhelpen.",
            "Bij de avondkassa loopt de rij vaak op omdat ik de storing niet snap. Dat wil ik "
            "zelf leren verhelpen. Dit doel bereik ik vóór [datum], met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_problem_the_writer_wants_to_solve_is_dated_and_measured(
    lang: str, text: str, rewrite: str
) -> None:
    """A problem told (the writer's own 'niet snap' inside it is no refusal), then 'Dat wil ik
    zelf kunnen ...': the wish is the aim, so the closing sentence adds its time and measure."""
    assert well_rewritten(CHECKER, text, lang) == rewrite


@pytest.mark.parametrize(
    ("lang", "text", "why"),
    [
        ("nl", "Ik twijfel of ik de opleiding tot werkvoorbereider wil doen.", "a doubt"),
        ("en", "I doubt whether I want to become a shift leader.", "a doubt"),
        ("en", "I often postpone difficult calls with suppliers.", "a habit, no wish"),
        ("nl", "Ik stel het bijwerken van de voorraadlijst vaak uit.", "a habit, no wish"),
    ],
)
def test_no_closing_sentence_for_a_doubt_or_a_habit(lang: str, text: str, why: str) -> None:
    """A doubt about the wish, or a habit told with no wish beside it, is no aim: the
    structured fallback stays, and the closing step refuses it outright."""
    assert falls_back(CHECKER, text, lang), why
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    style = rewrite_style(CHECKER, lang)
    assert closing_sentence(report, style, text, CHECKER.context(lang)) is None, why


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Een training klantgesprekken volgen, wil ik niet."),
        ("nl", "Een cursus Spaans volgen, dat wil ik niet."),
        ("en", "My supervisor asked if I want to run the stock counts, not sure yet."),
        ("en", "I don't want to be the one who does all the reports."),
    ],
)
def test_a_refused_or_asked_wish_is_not_closed(lang: str, text: str) -> None:
    """A wish refused ('wil ik niet') or asked by someone else ('asked if I want to') is not
    the writer's aim: the closing step gives nothing for it, whatever else the rewriter
    does with the text."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    style = rewrite_style(CHECKER, lang)
    assert closing_sentence(report, style, text, CHECKER.context(lang)) is None
