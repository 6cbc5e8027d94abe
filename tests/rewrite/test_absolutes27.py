"""Absolutes and impersonal needs beside what the writer tells of the situation (session 27),
by category.

- a past incident told after the goal ('Vorige maand is het drie keer gebeurd en dat heeft
  ...', 'Last year it happened twice and ...'): set at a time counted back from the day of
  writing, it is context, kept as written; its coordinated clause is no second goal;
- errors brought to none told with 'without' or '-free' ('without any errors', 'error-free',
  'zonder enige fout', 'foutvrij'): an absolute in both languages, bounded in its place;
- an absolute adjective before its noun ('error-free timesheets', 'foutloze offertes'):
  bounded after the noun, and a seam refuses the bound glued in front of a noun;
- how things stand for now ('voorlopig', 'for the time being'): the present situation, whose
  'altijd' is no demand of the goal;
- the aim of a vague impersonal need closes its own sentence when context follows, and an
  'er' passive keeps its phrase with a truncated compound ('tussen de voor- en de
  achterdienst');
- month and weekday names in a goal written without case ('monday') are read with their
  capital, so the goal keeps its verdicts.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten
from tests.support.surface_transforms import TRANSFORMS, verdicts

CHECKER = Checker()
REF = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Nooit meer een zending naar een verkeerd adres sturen. Vorige maand is het drie keer "
            "gebeurd en dat heeft ons een vaste klant gekost.",
            "Vóór [datum] stuur ik hooguit [aantal] keer een zending naar een verkeerd adres, "
            "met als bewijs [hoe gemeten], met steun van [wie ondersteunt je]. Vorige maand is "
            "het drie keer gebeurd en dat heeft ons een vaste klant gekost.",
        ),
        (
            "en",
            "Never again miss a calibration date. Last year it happened twice and the auditor "
            "wrote it up.",
            "By [date], I will not miss a calibration date more than [number] times, with [how "
            "measured] as evidence, with support from [who supports you]. Last year it happened "
            "twice and the auditor wrote it up.",
        ),
    ],
)
def test_a_past_incident_after_the_goal_stays_as_written(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_past_incident_is_context_and_packs_no_second_goal() -> None:
    text = (
        "Nooit meer een zending naar een verkeerd adres sturen. Vorige maand is het drie keer "
        "gebeurd en dat heeft ons een vaste klant gekost."
    )
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert [c.text for c in report.goal.syntax.context] == [
        "Vorige maand is het drie keer gebeurd en dat heeft ons een vaste klant gekost."
    ]
    assert not [f for f in report.findings if f.code == "S004"]


def test_a_written_date_that_passed_is_no_incident() -> None:
    """'Vóór 1 maart 2026' is a deadline that went by, not a time counted back: the
    sentence is still read as the writer's goal."""
    text = "Ik wil mijn rijbewijs C halen. Vóór 1 maart 2026 rond ik de theorie af."
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.goal.syntax.context == ()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I will process the payroll by 1 March 2027 without any errors.",
            "I will process the payroll by 1 March 2027 with at most [number] errors, with [how "
            "measured] as evidence, with support from [who supports you].",
        ),
        (
            "nl",
            "Vóór 1 maart 2027 verwerk ik de loonstroken zonder enige fout.",
            "Vóór 1 maart 2027 verwerk ik de loonstroken met hooguit [aantal] fouten, met als "
            "bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
        ),
        (
            "en",
            "I want to hand in error-free timesheets.",
            "By [date], I will hand in timesheets with at most [number] errors, with support "
            "from [who supports you].",
        ),
        (
            "nl",
            "Ik wil foutloze offertes versturen.",
            "Vóór [datum] ga ik offertes versturen met hooguit [aantal] fouten, met steun van "
            "[wie ondersteunt je].",
        ),
        (
            "en",
            "Flawless stock counts.",
            "By [date], I will [concrete behaviour] for stock counts with at most [number] "
            "errors, with [how measured] as evidence, with support from [who supports you].",
        ),
    ],
)
def test_errors_brought_to_none_are_bounded_after_what_they_qualify(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I will post the monthly figures without errors by June 2027."),
        ("en", "I will post error-free monthly figures by June 2027."),
        ("nl", "Vóór juni 2027 boek ik de maandcijfers foutvrij."),
    ],
)
def test_errors_brought_to_none_fail_realistic_in_both_languages(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "R001" in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "en",
            "Flawless stock counts.",
            "By [date], I will [concrete behaviour], in order to have with at most [number] "
            "errors stock counts.",
        ),
        (
            "nl",
            "Foutloze offertes versturen.",
            "Vóór [datum] ga ik met hooguit [aantal] fouten offertes versturen.",
        ),
    ],
)
def test_a_bound_glued_before_a_noun_is_a_seam(lang: str, goal: str, candidate: str) -> None:
    assert "dangling" in seam_kinds(CHECKER, lang, goal, candidate)


def test_a_bound_before_a_time_is_no_seam() -> None:
    candidate = "I will work with at most [number] errors today."
    assert seam_kinds(CHECKER, "en", "I want to work error-free.", candidate) == set()


def test_how_things_stand_for_now_is_context_not_a_demand() -> None:
    text = "Ik wil zelf de diensten indelen, voorlopig doe ik het altijd samen met Petra."
    assert well_rewritten(CHECKER, text, "nl") == (
        "Vóór [datum] ga ik zelf de diensten indelen, met als bewijs [hoe gemeten]. Voorlopig "
        "doe ik het altijd samen met Petra."
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Er moet beter samengewerkt worden tussen de keuken en de bediening. Er gaat nu te "
            "veel mis bij drukte.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat er beter "
            "samengewerkt wordt tussen de keuken en de bediening. Er gaat nu te veel mis bij "
            "drukte.",
        ),
        (
            "en",
            "Collaboration between the lab and the front desk has to improve. At the moment "
            "samples get lost every week.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, so that "
            "collaboration between the lab and the front desk improves. At the moment samples "
            "get lost every week.",
        ),
        (
            "nl",
            "Er moet beter overlegd worden tussen de voor- en de achterdienst.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat er beter "
            "overlegd wordt tussen de voor- en de achterdienst.",
        ),
    ],
)
def test_the_aim_of_an_impersonal_need_closes_its_own_sentence(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize("transform", ["lower case", "ALL CAPS"])
def test_a_weekday_keeps_its_capital_in_a_goal_without_case(transform: str) -> None:
    text = "I will present the sales figures at the Monday planning meeting by June 2027."
    written = verdicts(CHECKER.check(text, lang="en", reference_date=REF))
    caseless = TRANSFORMS[transform](text, "en", 0)
    assert verdicts(CHECKER.check(caseless, lang="en", reference_date=REF)) == written


def test_a_fallback_field_keeps_its_capital_in_a_goal_written_in_lower_case() -> None:
    report = CHECKER.check("by may i will lead the friday stand-up.", lang="en", reference_date=REF)
    assert report.rewrite is not None
    assert "; By when: [date]" in report.rewrite


STEP_AFTER = (
    "Vóór 1 juni 2027 kan ik zelfstandig de voorraadtelling doen en verwerken, zonder fouten "
    "in de telstaten. De eerste twee tellingen laat ik controleren door de chef."
)


def test_a_goal_reaches_no_words_back_into_the_sentence_before_it() -> None:
    goal = CHECKER.parse(STEP_AFTER, lang="nl")
    # the second sentence is the goal's check by another (a sign-off, session 32), no piece
    # of its own: one goal, so no pieces to split, and no piece reaching back across the stop
    assert [p.text for p in goal.syntax.goal_pieces] == []
    assert [v.text for v in goal.syntax.goal_verbs] == ["doen"]


def test_a_step_the_writer_commits_to_after_the_goal_follows_it_as_written() -> None:
    assert well_rewritten(CHECKER, STEP_AFTER, "nl") == (
        "Vóór 1 juni 2027 kan ik zelfstandig de voorraadtelling doen en verwerken, met hooguit "
        "[aantal] fouten in de telstaten, met steun van [wie ondersteunt je]. De eerste twee "
        "tellingen laat ik controleren door de chef."
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We get more and more rush orders. I want to learn to plan the packing line."),
        ("nl", "Er komen meer en meer spoedorders. Ik wil de inpaklijn leren plannen."),
    ],
)
def test_a_word_stressed_by_repeating_it_packs_no_second_goal(lang: str, text: str) -> None:
    """'more and more' is one word repeated, no coordination of two goals; before, its two
    halves were cut apart and the split made 'we will ... get more and more ...' a goal."""
    assert CHECKER.parse(text, lang=lang).syntax.goal_pieces == ()
