"""Words a cut separated from what they belonged to (session 36, lead), by category.

- a marker or a coordinator left at a clause's end: the infinitive's or clause's marker
  ('to', 'om', 'that') or a conjunction ('and', 'en') whose clause or conjunct was cut
  ('... from the old scanner to, with [how measured] as evidence');
- a content verb cut from between its own words, so its object joins the act before it ('and
  also improve my Dutch' -> 'and also my Dutch'; Dutch, verb-final: 'en ook mijn Engels
  verbeteren, zodat' -> 'en ook mijn Engels, met als bewijs ...').

What is no seam: a modal or wish taken by the commitment ('ik wil X halen' -> 'ga ik X
halen'), a verb moved to its clause's end or joined to its particle, a word before a colon.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import falls_back, seam_tags

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "word"),
    [
        (
            "en",
            "I want to switch from the old handheld scanner to also using the voice picking "
            "headset in the freezer.",
            "By [date], I will switch from the old handheld scanner to, with [how measured] as "
            "evidence.",
            "to",
        ),
        (
            "en",
            "Learn the new till system so that the Saturday staff can close up without me.",
            "By [date], I will learn the new till system so that, with [how measured] as evidence.",
            "that",
        ),
        (
            "nl",
            "Ik wil de tijd nemen om ook de inwerkmap voor nieuwe bezorgers bij te werken.",
            "Vóór [datum] ga ik de tijd nemen om, met als bewijs [hoe gemeten].",
            "om",
        ),
        (
            "nl",
            "Ik wil de heftruck en ook de reachtruck leren besturen in het koelhuis.",
            "Vóór [datum] ga ik de heftruck en, met als bewijs [hoe gemeten].",
            "en",
        ),
    ],
)
def test_a_marker_or_coordinator_left_at_a_clause_end_is_a_seam(
    lang: str, goal: str, candidate: str, word: str
) -> None:
    assert word in seam_tags(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "verb"),
    [
        (
            "en",
            "Shadow the night dispatcher for a week and get better at route planning, and also "
            "improve my Polish so I can brief the new drivers.",
            "By [date], I will shadow the night dispatcher for a week and [concrete behaviour] "
            "in route planning, and also my Polish, with [how measured] as evidence, so I can "
            "brief the new drivers.",
            "improve",
        ),
        (
            "en",
            "Take the barista course and then also practise latte art at the Sunday market.",
            "By [date], I will take the barista course and then also latte art at the Sunday "
            "market.",
            "practise",
        ),
        (
            "nl",
            "Meelopen met de planners van de nachtdienst en beter worden in roosteren, en ook "
            "mijn Engels verbeteren zodat ik de calls met Polen kan doen.",
            "Vóór [datum] ga ik meelopen met de planners van de nachtdienst en [concreet gedrag] "
            "in roosteren, en ook mijn Engels, met als bewijs [hoe gemeten], zodat ik de calls "
            "met Polen kan doen.",
            "verbeteren",
        ),
        (
            "nl",
            "De cursus bloemschikken volgen en daarna ook de rouwstukken leren maken voor de "
            "uitvaartcentra.",
            "Vóór [datum] ga ik de cursus bloemschikken volgen en daarna ook de rouwstukken, met "
            "als bewijs [hoe gemeten].",
            "maken",
        ),
    ],
)
def test_a_verb_cut_from_between_its_words_is_a_seam(
    lang: str, goal: str, candidate: str, verb: str
) -> None:
    assert verb in seam_tags(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        # the wish taken by the commitment
        (
            "nl",
            "Ik wil mijn certificaat hoogwerker halen.",
            "Vóór [datum] ga ik mijn certificaat hoogwerker halen.",
        ),
        ("en", "I want to get my forklift licence.", "By [date], I will get my forklift licence."),
        # the verb moved to its clause's end
        (
            "nl",
            "Er moet een vaste werkinstructie komen voor het reinigen van de snijmachine.",
            "Vóór [datum] zorg ik ervoor dat er een vaste werkinstructie voor het reinigen van "
            "de snijmachine komt.",
        ),
        # the verb joined to its particle
        (
            "nl",
            "Het aantal retouren bij de webshop loopt op en ik wil weten waarom.",
            "Ik ga uitzoeken waarom het aantal retouren bij de webshop oploopt, vóór [datum].",
        ),
        # a word before a colon opens what follows
        (
            "en",
            "Focus on two things: the cold store audit and the HACCP refresher.",
            "By [date], I will focus on: the cold store audit and the HACCP refresher.",
        ),
    ],
)
def test_a_verb_kept_in_another_place_or_a_colon_is_no_cut(
    lang: str, goal: str, candidate: str
) -> None:
    tags = seam_tags(CHECKER, lang, goal, candidate)
    assert not tags & {"to", "om", "en", "and", "on", "halen", "get", "komen", "lopen", "focus"}


def test_a_goal_whose_second_verb_cannot_be_kept_falls_back_whole() -> None:
    """The rewriter has no sentence for the shadowing goal with its three acts that keeps every
    verb: the structured fallback shows the writer's text, not 'and also my Polish'."""
    goal = (
        "Shadow the night dispatcher for a week and get better at route planning, and also "
        "improve my Polish so I can brief the new drivers."
    )
    report = CHECKER.check(goal, lang="en")
    assert report.rewrite is not None
    assert "also my Polish," not in report.rewrite
    assert falls_back(CHECKER, goal, "en") or "improve my Polish" in report.rewrite
