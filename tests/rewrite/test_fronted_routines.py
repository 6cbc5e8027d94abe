"""Routines told with their start in front, and absolute frequencies the rewrite bounds.

- A routine's start fronted with a comma ('From now on, ...', 'Vanaf januari ...') stays in
  front, and the commitment follows it: 'From now on, I will log ...'. Verb second allows
  one phrase before the finite verb, so a second time phrase stays after it ('Vanaf januari
  ga ik elke avond ...', never 'Vanaf januari elke avond ga ik ...').
- A routine with a target by an event ('..., every shift, with zero misses by the audit') is
  the writer's own: dating the event in brackets is no contradiction of the routine's start.
- An absolute frequency ('every time', 'elke keer') bounded by R001's replacement ('in
  [number] out of 10 cases') is no lost routine.
- The writer's verb after a fronted time phrase is lost when a frame puts the whole goal after
  its topic preposition ('[concrete behaviour] for from now on, log every ...'): a seam.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, shown_rewrite

CHECKER = Checker()


def _rewrite(text: str, lang: str) -> str:
    return shown_rewrite(CHECKER, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "opening"),
    [
        (
            "en",
            "From now on, log every delivery in the app each morning, with no gaps by the spring "
            "audit.",
            "From now on, I will log",
        ),
        (
            "en",
            "From now on, scan every returned book at the desk, with no missing scans by the "
            "stock check.",
            "From now on until [date], I will scan",
        ),
        ("nl", "Vanaf januari elke avond de werkplaats vegen.", "Vanaf januari ga ik"),
        ("nl", "Vanaf maart elke maandag de uitleningen controleren.", "Vanaf maart ga ik"),
    ],
)
def test_a_fronted_start_stays_in_front_of_the_commitment(
    lang: str, text: str, opening: str
) -> None:
    assert _rewrite(text, lang).startswith(opening)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Vanaf januari elke avond de werkplaats vegen.", "Vanaf januari", "elke avond"),
        ("Vanaf maart elke maandag de uitleningen controleren.", "Vanaf maart", "elke maandag"),
        (
            "Vanaf volgende week elke ochtend de mail van de helpdesk doorlopen.",
            "Vanaf volgende week",
            "elke ochtend",
        ),
    ],
)
def test_verb_second_keeps_one_phrase_before_the_verb(text: str, first: str, second: str) -> None:
    rewrite = _rewrite(text, "nl")
    assert rewrite.startswith(f"{first} ga ik"), rewrite
    assert second in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        (
            "en",
            "From January, sweep the workshop floor every evening, with zero complaints by the "
            "spring inspection.",
            "every evening",
        ),
        (
            "en",
            "From next month, clean the coffee machine every shift, with zero complaints by the "
            "hygiene audit.",
            "every shift",
        ),
        (
            "nl",
            "Vanaf januari elke avond de werkplaats vegen, met nul klachten voor de inspectie "
            "in april.",
            "elke avond",
        ),
    ],
)
def test_a_routine_with_a_target_by_an_event_is_the_writers_own(
    lang: str, text: str, kept: str
) -> None:
    rewrite = _rewrite(text, lang)
    assert kept in rewrite
    assert "[number]" in rewrite or "[aantal]" in rewrite  # the zero is bounded


@pytest.mark.parametrize(
    ("lang", "text", "bound"),
    [
        (
            "en",
            "Answer every helpdesk ticket within four hours every time, by using the new reply "
            "templates.",
            "in at least [number] out of 10 cases",
        ),
        (
            "nl",
            "Elke keer de checklist invullen bij het openen van de bakkerij, door het formulier "
            "bij de oven te hangen.",
            "in minstens [aantal] van de 10 gevallen",
        ),
    ],
)
def test_an_absolute_frequency_bounded_is_no_lost_routine(lang: str, text: str, bound: str) -> None:
    assert bound in _rewrite(text, lang)


@pytest.mark.parametrize(
    ("goal", "candidate", "seam"),
    [
        (
            "From now on, log every delivery in the app each morning.",
            "I will [concrete behaviour] for from now on, log every delivery in the app each "
            "morning, with [how measured] as evidence.",
            True,
        ),
        (
            "By the end of March, finish the stock audit for the east warehouse.",
            "I will [concrete behaviour] for by the end of March, finish the stock audit for the "
            "east warehouse.",
            True,
        ),
        (
            "From now on, log every delivery in the app each morning.",
            "From now on, I will log every delivery in the app each morning, with [how measured] "
            "as evidence.",
            False,
        ),
    ],
)
def test_the_writers_verb_after_a_fronted_time_phrase(
    goal: str, candidate: str, seam: bool
) -> None:
    assert ("lost_verb" in seam_kinds(CHECKER, "en", goal, candidate)) is seam
