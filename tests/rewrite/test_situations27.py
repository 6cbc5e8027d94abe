"""A situation told beside the goal, and lists with a goal added to them (session 27).

- the writer tells how the work goes now in a sentence of its own, before or after the goal,
  with a word of a shortfall or a persistence ('I *still* freeze when ...', 'Some days I
  *only* manage ...', 'Ik raak *nog* in paniek ...'): the goal is rewritten alone, the
  sentence stays as written where the writer put it; the writer's count after a shortfall
  ('maar 30 orders') is the baseline when it counts a word of the goal;
- a second goal added in the same sentence with a coordinator, an additive word and the
  writer's wish again ('and besides I want to', 'en daarnaast wil ik', 'en verder wil ik
  ook'): two goals, each rewritten;
- two fragments that open with the same change word ('meer X, meer Y'): two goals.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.added_goals import added_goals
from smartcheck.fixing.rewrite.own_state import own_state_told
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Be calmer with angry callers. I still raise my voice when they shout.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to be calmer with angry callers. I still raise my voice when they shout.",
        ),
        (
            "en",
            "Get better at cold calling. I still read straight from the script.",
            "By [date], I will [concrete behaviour] in cold calling, with [how measured] as "
            "evidence. I still read straight from the script.",
        ),
        (
            "en",
            "Get quicker at the till. I only serve 12 customers an hour and the others do 20.",
            "By [date], I will get quicker at the till, from [current number] to [target "
            "number], with [how measured] as evidence. I only serve 12 customers an hour and "
            "the others do 20.",
        ),
        (
            "nl",
            "Rustiger blijven op de meldkamer. Ik raak nog in paniek als twee meldingen "
            "tegelijk binnenkomen.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om rustiger te "
            "blijven op de meldkamer. Ik raak nog in paniek als twee meldingen tegelijk "
            "binnenkomen.",
        ),
        (
            "nl",
            "Ik snap de nieuwe kassa nog niet. Ik wil de kassa leren bedienen.",
            "Ik snap de nieuwe kassa nog niet. Vóór [datum] ga ik de kassa leren bedienen, met "
            "als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Beter worden in het inpakken van pakketten. Ik doe nog te lang over een grote "
            "bestelling.",
            "Vóór [datum] ga ik [concreet gedrag] bij het inpakken van pakketten, met als bewijs "
            "[hoe gemeten]. Ik doe nog te lang over een grote bestelling.",
        ),
    ],
)
def test_the_writers_own_situation_stays_beside_the_rewritten_goal(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Sneller orders verzamelen. Op drukke dagen haal ik maar 30 orders.",
            "Vóór [datum] ga ik sneller orders verzamelen, van 30 orders naar [streefaantal], "
            "met als bewijs [hoe gemeten]. Op drukke dagen haal ik maar 30 orders.",
        ),
        (
            "nl",
            "Op drukke dagen haal ik maar 30 orders. Ik wil sneller orders verzamelen.",
            "Op drukke dagen haal ik maar 30 orders. Vóór [datum] ga ik sneller orders "
            "verzamelen, van 30 orders naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_the_writers_count_of_the_same_thing_is_the_baseline(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_count_of_something_else_leaves_the_baseline_asked() -> None:
    text = "Learn Spanish faster. I only speak 2 languages."
    rewrite = CHECKER.check(text, lang="en", reference_date=REF).rewrite or ""
    assert "from [current number] to [target number]" in rewrite
    assert rewrite.endswith("I only speak 2 languages.")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Learn Excel pivot tables. I make the monthly report for the team."),  # no sign
        ("en", "Learn the forklift. I still need a colleague for every pallet."),  # a need
        ("en", "Learn to lay bricks faster. I laid 300 bricks last Friday."),  # a past
        ("nl", "Beter leren plannen. Ik ga nog steeds elke week naar de cursus."),  # a plan
        ("en", "Handle complaints calmly. Do I still need the course?"),  # a question
    ],
)
def test_only_a_present_state_of_the_writer_is_context(lang: str, text: str) -> None:
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    assert own_state_told(goal, CHECKER.context(lang), rewrite_style(CHECKER, lang)) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "ik ga proberen om de vriescel beter bij te houden en daarnaast wil ik de "
            "bestellingen sneller doen",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], in overleg "
            "met [wie ondersteunt je], om de vriescel beter bij te houden.\nVóór [datum] ga "
            "ik de bestellingen sneller doen, van [huidig aantal] naar [streefaantal], met "
            "als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Ik ga het nieuwe kassasysteem leren en daarnaast ga ik proberen vaker te helpen "
            "bij de inkoop.",
            "Vóór [datum] ga ik het nieuwe kassasysteem leren, met als bewijs [hoe gemeten], "
            "zodat ik [concreet gedrag] kan.\nVóór [datum] ga ik vaker helpen bij de inkoop, "
            "van [huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten], in overleg "
            "met [wie ondersteunt je].",
        ),
        (
            "en",
            "I want to plan my week better and I also want to learn Excel pivot tables.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in "
            "order to plan my week better.\nBy [date], I will learn Excel pivot tables, with "
            "[how measured] as evidence, so that I can [concrete behaviour].",
        ),
        (
            "en",
            "I want to plan my week better and also I want to learn Excel pivot tables.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in "
            "order to plan my week better.\nBy [date], I will learn Excel pivot tables, with "
            "[how measured] as evidence, so that I can [concrete behaviour].",
        ),
    ],
)
def test_a_goal_added_with_its_own_wish_is_a_goal_of_its_own(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Ik wil beter plannen en verder wil ik ook mijn Excel verbeteren.",
            ("Ik wil beter plannen.", "Ik wil mijn Excel verbeteren."),
        ),
        (
            "en",
            "I'll try to answer the phone faster and besides I want to learn the booking system.",
            ("I'll try to answer the phone faster.", "I want to learn the booking system."),
        ),
        (
            "nl",
            "Ik wil de BHV-cursus halen en bovendien wil ik vaker overleggen met de nachtploeg.",
            ("Ik wil de BHV-cursus halen.", "Ik wil vaker overleggen met de nachtploeg."),
        ),
    ],
)
def test_the_added_goal_loses_its_opener_and_takes_its_subject_first(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    assert added_goals(goal, CHECKER.context(lang), rewrite_style(CHECKER, lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik wil de planning maken en ook controleren."),  # no wish of its own
        ("en", "I want to learn to weld and also to read drawings."),  # one wish, two objects
        ("en", "I want to plan my week better and I want to learn Excel."),  # no additive word
    ],
)
def test_only_an_added_wish_of_the_writers_is_an_added_goal(lang: str, text: str) -> None:
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    assert added_goals(goal, CHECKER.context(lang), rewrite_style(CHECKER, lang)) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "meer klantcontact, meer zelf offertes schrijven",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer "
            "klantcontact te hebben.\nVóór [datum] ga ik meer zelf offertes schrijven, van "
            "[huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Fewer late deliveries, fewer complaints.",
            "By [date], I will reduce late deliveries, from [current number] to [target "
            "number], with [how measured] as evidence.\nBy [date], I will reduce complaints, "
            "from [current number] to [target number], with [how measured] as evidence.",
        ),
    ],
)
def test_two_fragments_with_the_same_change_word_are_two_goals(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_different_change_word_after_the_comma_is_a_note() -> None:
    rewrite = CHECKER.check("Netter afwerken, minder nawerk.", lang="nl", reference_date=REF)
    assert rewrite.split == ()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "We krijgen steeds meer klachten over de bezorging. Ik wil leren hoe ik een klacht "
            "goed afhandel.",
            "We krijgen steeds meer klachten over de bezorging. Vóór [datum] ga ik leren hoe ik "
            "een klacht goed afhandel, met als bewijs [hoe gemeten], zodat ik [concreet gedrag] "
            "kan.",
        ),
        (
            "en",
            "Our customers increasingly pay by app. I want to learn how the new till links to it.",
            "Our customers increasingly pay by app. By [date], I will learn how the new till "
            "links to it, with [how measured] as evidence.",
        ),
    ],
)
def test_a_trend_told_before_the_goal_stays_the_situation(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_trend_told_before_the_goal_is_never_made_a_goal() -> None:
    text = (
        "We get more and more walk-in repairs. I'd like to learn to diagnose a laptop quickly. "
        "Not sure that fits in this year."
    )
    rewrite = CHECKER.check(text, lang="en", reference_date=REF).rewrite or ""
    assert rewrite.startswith("We get more and more walk-in repairs. By [date], I will learn")
