"""Lists and aims that came out broken or lost their verb (session 26), by category.

- goals joined by a spaced '+' ('X + Y + Z'): one rewrite per part, never the plus signs
  committed inside one sentence; a '+' inside brackets, between two names or between a noun
  and a noun phrase with no act of its own joins things of one goal;
- an aim of more knowledge about a topic ('meer weten over X', 'know more about X') keeps its
  verb; a means weighed after it ('..., misschien een cursus?') is its example;
- a share of the work told as the state it should reach ('90% of my tickets closed ...'):
  the writer sees to it, never '[concrete behaviour] for 90% of ...';
- an aim named as a thing with the step as its example ('Meer X, bijv. Y doen'): the step is
  the goal, the aim what it brings;
- an adverb of sequence before the last part's verb ('3) eventually lead X') and a
  learning verb before a training to give ('leren kassatraining geven');
- someone else's words about the writer ('X zei dat ik ...') are no past of the writer's.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import falls_back, rewrite_of, seam_tags, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # 1. goals joined by '+': one rewrite per part
        (
            "nl",
            "Vaker overleggen met de apotheker + betere overdracht bij de avonddienst",
            "Vóór [datum] ga ik vaker overleggen met de apotheker, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten].\nVóór [datum] ga ik [concreet "
            "gedrag], met als bewijs [hoe gemeten], om betere overdracht te hebben bij de "
            "avonddienst.",
        ),
        (
            "nl",
            "- zelf de kasopmaak doen + leren werken met het voorraadprogramma",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om zelf de "
            "kasopmaak te doen.\nVóór [datum] ga ik leren werken met het voorraadprogramma, met "
            "als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Learn the new booking system + shadow the night auditor for a week",
            "By [date], I will learn the new booking system, with [how measured] as evidence, so "
            "that I can [concrete behaviour].\nI will [concrete behaviour], with [how measured] "
            "as evidence, in order to shadow the night auditor for a week.",
        ),
        # 2. more knowledge about a topic keeps its verb
        (
            "nl",
            "Meer weten over de nieuwe subsidieregels",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer te weten "
            "over de nieuwe subsidieregels.",
        ),
        (
            "en",
            "Know more about grant applications for sports clubs",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to know more about grant applications for sports clubs.",
        ),
        (
            "nl",
            "Meer leren over ventilatie, misschien een cursus bij de installateur?",
            "Vóór [datum] ga ik leren over ventilatie, bijvoorbeeld met een cursus bij de "
            "installateur, met als bewijs [hoe gemeten], zodat ik [concreet gedrag] kan.",
        ),
        # 3. a share of the work reached: the writer sees to it
        (
            "en",
            "Every delivery note signed off on the same day.",
            "By [date], I will make sure that every delivery note is signed off on the same day, "
            "with [how measured] as evidence.",
        ),
        (
            "nl",
            "95% van de storingsmeldingen binnen een dag opgepakt.",
            "Tot [datum] zorg ik ervoor dat 95% van de storingsmeldingen binnen een dag opgepakt "
            "worden.",
        ),
        # 4. the example step is the goal, the aim what it brings
        (
            "nl",
            "Meer zelfstandigheid, bijvoorbeeld zelf de bestellingen bij de groothandel doen.",
            "Vóór [datum] ga ik zelf de bestellingen bij de groothandel doen, met als bewijs [hoe "
            "gemeten], zodat ik meer zelfstandigheid heb.",
        ),
        (
            "nl",
            "Meer overzicht, zoals elke vrijdag de weekplanning voor het magazijn maken.",
            "Tot [datum] ga ik elke vrijdag de weekplanning voor het magazijn maken, zodat ik "
            "meer overzicht heb.",
        ),
        (
            "en",
            "More ownership, for example running the Monday planning meeting myself.",
            "By [date], I will run the Monday planning meeting myself, with [how measured] as "
            "evidence, so that I get more ownership.",
        ),
        # 5. a sequence adverb before the last part's verb; a training to give
        (
            "en",
            "1) first aid refresher 2) coach a new colleague 3) eventually lead the Monday "
            "briefing",
            "By [date], I will complete the first aid refresher.\nBy [date], I will [concrete "
            "behaviour], with [how measured] as evidence, in order to coach a new colleague.\n"
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to lead the Monday briefing.",
        ),
        (
            "nl",
            "leren kassatraining geven aan nieuwe medewerkers",
            "Vóór [datum] ga ik leren kassatraining geven aan nieuwe medewerkers.",
        ),
    ],
)
def test_read_right(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Improve my Word + Excel skills"),  # two names of one goal
        ("en", "Grow sales of soup + sandwich lunch deals"),  # a noun joined to a noun phrase
        ("nl", "Een klanttevredenheidsonderzoek (mail + telefoon) opzetten"),  # inside brackets
    ],
)
def test_a_plus_between_things_of_one_goal_splits_nothing(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.split
    assert report.rewrite is not None and " + " in report.rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Vaker overleggen met de apotheker + betere overdracht bij de avonddienst",
            "Vóór [datum] ga ik vaker overleggen met de apotheker + betere overdracht bij de "
            "avonddienst.",
        ),
        (
            "en",
            "Learn the new booking system + shadow the night auditor for a week",
            "By [date], I will learn the new booking system + shadow the night auditor for a week.",
        ),
    ],
)
def test_goals_joined_by_plus_in_one_sentence_are_a_seam(
    lang: str, goal: str, candidate: str
) -> None:
    assert "+" in seam_tags(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "tag"),
    [
        (
            "en",
            "90% of the supplier invoices paid within 30 days.",
            "By [date], I will [concrete behaviour] for 90% of the supplier invoices paid "
            "within 30 days.",
            "for",
        ),
        (
            "nl",
            "Meer zelfstandigheid, bijvoorbeeld zelf de bestellingen bij de groothandel doen.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer "
            "zelfstandigheid, bijvoorbeeld zelf de bestellingen bij de groothandel te doen.",
            "example",
        ),
    ],
)
def test_a_share_or_an_example_folded_into_the_aim_is_a_seam(
    lang: str, goal: str, candidate: str, tag: str
) -> None:
    assert tag in seam_tags(CHECKER, lang, goal, candidate)


def test_someone_elses_words_are_no_past_of_the_writers() -> None:
    text = (
        "Mijn leidinggevende vond dat ik klanten te veel vakjargon geef bij de oplevering. "
        "Ik wil daar aan werken maar weet niet goed hoe"
    )
    rewrite = rewrite_of(CHECKER, text, "nl")
    assert rewrite is not None
    assert "nadat ik" not in rewrite


def test_a_noun_phrase_after_plus_keeps_the_shared_verb() -> None:
    report = CHECKER.check(
        "Do the hygiene refresher + the allergen module this spring", lang="en", reference_date=REF
    )
    assert not report.split
    assert not falls_back(CHECKER, "Do the hygiene refresher + the allergen module", "en")
