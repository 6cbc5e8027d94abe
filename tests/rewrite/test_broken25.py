"""Rewrites the benchmark counted as ok that a reader sees as broken (session 25).

- the writer's doubt ('Ik twijfel nog', "I'm not sure", 'I doubt') is never the committed
  verb, nor dated: the wished task is the goal, the doubt its own sentence;
- a month after an event named as an example ('zoals het incident in mei', 'like the leak in
  February') dates that event, never the goal;
- the 'meer' of 'geen enkele ... meer' goes with the bound wherever it stands in the phrase;
- an outcome noun others decide ('Promotie naar ...', 'Promotion to ...') is the aim, the
  writer's steps the behaviour;
- a past incident or someone else's view after the goal's last comma is its own sentence;
- an English plural noun the tagger reads as a verb ('my English reports') is no second
  verb, so a comma list of imperatives splits.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import falls_back, rewrite_of, seam_kinds, seam_tags, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # 1. someone else's wish with the writer's doubt: the wish is the goal
        (
            "nl",
            "Mijn praktijkopleider wil dat ik de training reanimatie voor kinderen ga volgen. "
            "Ik twijfel nog, want ik werk vooral met volwassenen.",
            "Vóór [datum] maak ik samen met mijn praktijkopleider uit of ik de training reanimatie "
            "voor kinderen ga volgen. Ik twijfel nog, want ik werk vooral met volwassenen.",
        ),
        (
            "en",
            "My supervisor wants me to take the crane operator course. I'm not sure yet, "
            "because heights make me nervous.",
            # a doubt whether to take it on: settled with the one who wished it (session 41)
            "By [date], I will agree with my supervisor on whether I take the crane operator "
            "course. I'm not sure yet, because heights make me nervous.",
        ),
        # 2. the month of an example event stays with the event
        (
            "nl",
            "Rustiger blijven bij agressieve bezoekers (zoals het incident in mei), misschien "
            "via een training.",
            "Vóór [datum] ga ik rustiger blijven bij agressieve bezoekers (zoals het incident "
            "in mei), via een training, in overleg met [wie ondersteunt je].",
        ),
        # 3. 'geen enkele ... meer': the partner goes with the bound
        (
            "nl",
            "Geen enkele valpartij van bewoners op de afdeling meer.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], met steun van "
            "[wie ondersteunt je], om hoogstens [aantal] keer een valpartij te hebben van "
            "bewoners op de afdeling.",
        ),
        # 5. a promotion is the aim, the writer's steps the behaviour
        (
            "nl",
            "Promotie naar de hoofdklasse.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], in overleg met "
            "[wie ondersteunt je], om promotie te maken naar de hoofdklasse.",
        ),
        (
            "en",
            "Promotion to lead technician.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, agreed with "
            "[who supports you], in order to get a promotion to lead technician.",
        ),
        # 6. a past incident or someone else's view after the comma: its own sentence
        (
            "nl",
            "Ik wil beter worden in het voeren van slechtnieuwsgesprekken, dat ging vorige "
            "maand echt niet goed",
            "Vóór [datum] ga ik [concreet gedrag] bij het voeren van slechtnieuwsgesprekken, met "
            "als bewijs [hoe gemeten]. Dat ging vorige maand echt niet goed.",
        ),
        (
            "en",
            "I want to improve my planning of the night shifts, it went badly last winter.",
            "By [date], I will [concrete behaviour] for my planning of the night shifts. It went "
            "badly last winter.",
        ),
        (
            "en",
            "I want to get better at writing incident reports, my team leader says they are "
            "too vague.",
            "By [date], I will [concrete behaviour] in writing incident reports. My team leader "
            "says they are too vague.",
        ),
        (
            "nl",
            "Ik wil beter worden in het maken van offertes, mijn chef zegt dat ze te lang zijn.",
            "Vóór [datum] ga ik [concreet gedrag] bij het maken van offertes. Mijn chef zegt dat "
            "ze te lang zijn.",
        ),
    ],
)
def test_read_right(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik twijfel of ik de opleiding tot werkvoorbereider moet doen."),
        ("en", "I doubt whether I should join the works council."),
    ],
)
def test_a_doubt_alone_is_never_committed_nor_dated(lang: str, text: str) -> None:
    assert falls_back(CHECKER, text, lang)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Mijn chef wil dat ik de cursus VCA ga doen. Ik twijfel nog, want ik heb weinig tijd.",
            "Vóór [datum] twijfel ik nog, met als bewijs [hoe gemeten], want ik heb weinig tijd, "
            "zodat ik de cursus VCA kan doen, zoals mijn chef wil.",
        ),
        (
            "en",
            "I doubt whether I should take the sales course.",
            "By [date], I doubt whether I should take the sales course.",
        ),
    ],
)
def test_doubt_committed_is_a_seam(lang: str, goal: str, candidate: str) -> None:
    assert "doubt" in seam_tags(CHECKER, lang, goal, candidate)


def test_less_doubt_is_a_goal() -> None:
    goal = "Ik wil minder twijfelen bij het indelen van de roosters."
    candidate = (
        "Vóór [datum] ga ik minder twijfelen bij het indelen van de roosters, van [huidig "
        "aantal] naar [streefaantal], met als bewijs [hoe gemeten]."
    )
    assert "doubt" not in seam_tags(CHECKER, "nl", goal, candidate)


def test_example_month_is_no_deadline() -> None:
    rewrite = rewrite_of(
        CHECKER, "Handle complaints from tenants calmly, like the leak in February.", "en"
    )
    assert rewrite is not None
    assert "like the leak in February" in rewrite
    assert "2027" not in rewrite and "[date]" in rewrite


def test_a_wish_with_like_keeps_its_month() -> None:
    report = CHECKER.check(
        "I would like the forklift certificate in June.", lang="en", reference_date=REF
    )
    assert report.criteria[Criterion.T].passed


def test_the_zero_partner_goes_at_the_phrase_end() -> None:
    rewrite = rewrite_of(CHECKER, "geen enkele klacht over de maaltijden in het weekend meer", "nl")
    assert rewrite is not None
    assert "in het weekend." in rewrite and "weekend meer" not in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "aim"),
    [
        ("nl", "Benoeming tot praktijkbegeleider.", "om benoemd te worden tot praktijkbegeleider."),
        ("en", "Appointment as safety officer.", "in order to be appointed as safety officer."),
    ],
)
def test_an_outcome_others_decide_is_the_aim(lang: str, text: str, aim: str) -> None:
    rewrite = rewrite_of(CHECKER, text, lang)
    assert rewrite is not None and rewrite.endswith(aim)


def test_closing_remark_inside_is_a_seam() -> None:
    goal = (
        "Ik wil beter worden in het voeren van slechtnieuwsgesprekken, dat ging vorige maand "
        "echt niet goed"
    )
    candidate = (
        "Vóór [datum] ga ik [concreet gedrag] bij het voeren van slechtnieuwsgesprekken, dat "
        "ging echt niet goed, met als bewijs [hoe gemeten]."
    )
    assert "closing-remark" in seam_tags(CHECKER, "nl", goal, candidate)


def test_a_comma_list_of_three_imperatives_splits() -> None:
    text = (
        "Learn rope knots, take the GWO basic safety training and improve my English reports "
        "for the Danish clients."
    )
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert len(report.split) == 3


def test_a_plural_noun_is_no_second_finite_verb() -> None:
    goal = "I want to get better at writing incident reports."
    candidate = "By [date], I will [concrete behaviour] in writing incident reports."
    assert "two_finite" not in seam_kinds(CHECKER, "en", goal, candidate)
