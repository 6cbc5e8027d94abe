"""A plural noun in -s that ends a phrase a preposition opens ('for the Saturday night
*shows*') is tagged a finite verb by the small taggers. It is no second finite: a rewrite that
keeps the phrase reads whole, and the goal is no one else's clause. A word after such a phrase
that has a subject of its own before the phrase stays a verb ('het rooster in de werkplaats
*draait*'). Goals written fresh."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "en",
            "Improve my lighting for the Friday night shows.",
            "By [date], I will improve my lighting for the Friday night shows, with [how "
            "measured] as evidence.",
        ),
        (
            "en",
            "Improve my introductions at the weekend puppet shows.",
            "By [date], I will improve my introductions at the weekend puppet shows, with "
            "[how measured] as evidence.",
        ),
        (
            "nl",
            "Mijn presentaties verbeteren voor de zaterdagavond shows.",
            "Vóór [datum] ga ik mijn presentaties voor de zaterdagavond shows verbeteren.",
        ),
    ],
)
def test_a_plural_noun_after_a_phrase_is_no_second_finite(
    lang: str, goal: str, candidate: str
) -> None:
    assert "two_finite" not in seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (  # a Dutch finite verb after the phrase: no -s plural
            "nl",
            "Het rooster in de werkplaats bijhouden.",
            "Vóór [datum] ga ik het rooster in de werkplaats draait.",
        ),
        (  # the parse gives the verb its own subject before the phrase
            "en",
            "The team in the kitchen runs the close.",
            "By [date], I will the team in the kitchen runs the close.",
        ),
    ],
)
def test_a_verb_with_a_subject_of_its_own_is_still_a_second_finite(
    lang: str, goal: str, candidate: str
) -> None:
    assert "two_finite" in seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [
        ("en", "Improve my lighting cues for the Friday night shows.", "Friday night shows"),
        ("en", "Sharpen my stage patter for the late night shows.", "late night shows"),
        ("nl", "Mijn aankondigingen verbeteren bij de zondagmiddag shows.", "zondagmiddag shows"),
    ],
)
def test_the_goal_with_such_a_phrase_gets_a_sentence(lang: str, goal: str, kept: str) -> None:
    assert kept in well_rewritten(CHECKER, goal, lang)


_DAYS = st.sampled_from(["Friday", "Saturday", "Sunday", "Monday", "weekend"])
_TIMES = st.sampled_from(["night", "evening", "afternoon", "matinee"])
_EVENTS = st.sampled_from(["shows", "performances", "concerts", "screenings", "tours"])
_SKILLS = st.sampled_from(["my stage patter", "my lighting cues", "my timing", "my voice"])


@settings(max_examples=12, deadline=None)
@given(_SKILLS, _DAYS, _TIMES, _EVENTS)
def test_no_event_plural_reads_as_a_verb(skill: str, day: str, time: str, event: str) -> None:
    """Whatever the compound before it, the plural that ends the phrase is no finite verb."""
    goal = f"Sharpen {skill} for the {day} {time} {event}."
    candidate = f"By [date], I will sharpen {skill} for the {day} {time} {event}."
    assert "two_finite" not in seam_kinds(CHECKER, "en", goal, candidate)
