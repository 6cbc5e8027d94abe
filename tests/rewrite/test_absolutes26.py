"""Absolutes told beside the goal (session 26), by category.

- an absolute told as a sentence of its own after the goal ('No mistakes.', 'Zonder
  fouten.', 'Every single time.'), maybe stressed once more ('EVER', 'whatsoever'): a
  standard of the act, folded into the goal's sentence and bounded there, a count with the
  pack's link ('with at most [number] mistakes'), the stress gone;
- a wish that others act with an absolute between 'to' and the verb ('I want the crew to
  always have ...'): the absolute is bounded, and the others' verb is still the writer's
  clause to see to ('I will make sure that the crew has ...').

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.closing_absolutes import absolute_folded
from tests.support.rewriting import rewrite_style, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I weigh the dough portions at the start of every shift. No mistakes.",
            "I weigh the dough portions at the start of every shift, with no mistakes.",
        ),
        (
            "en",
            "Tag the returned crates before the van leaves. Zero errors whatsoever.",
            "Tag the returned crates before the van leaves, with zero errors.",
        ),
        (
            "en",
            "I check the climbing ropes before the kids' session. Every single time.",
            "I check the climbing ropes before the kids' session, every single time.",
        ),
        (
            "nl",
            "Ik controleer na elke dienst de zuurstofflessen in de ambulance. Zonder fouten.",
            "Ik controleer na elke dienst de zuurstofflessen in de ambulance, zonder fouten.",
        ),
        (
            "nl",
            "De monsters voor het lab goed etiketteren. Nul fouten.",
            "De monsters voor het lab goed etiketteren, met nul fouten.",
        ),
    ],
)
def test_a_closing_absolute_is_folded_into_the_goal(lang: str, text: str, expected: str) -> None:
    goal = CHECKER.parse(text, lang=lang)
    ctx = CHECKER.context(lang)
    assert absolute_folded(goal, ctx, rewrite_style(CHECKER, lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I weigh the dough portions at the start of every shift. No mistakes.",
            "Until [date], I will weigh the dough portions at the start of every shift, with at "
            "most [number] mistakes, with support from [who supports you].",
        ),
        (
            "en",
            "Tag the returned crates before the van leaves. Zero errors whatsoever.",
            "By [date], I will tag the returned crates before the van leaves, with at most "
            "[number] errors, with support from [who supports you].",
        ),
        (
            "nl",
            "- Ik controleer na elke dienst de zuurstofflessen in de ambulance. Zonder fouten.",
            "Tot [datum] controleer ik na elke dienst de zuurstofflessen in de ambulance, met "
            "hooguit [aantal] fouten, met als bewijs [hoe gemeten], met steun van [wie "
            "ondersteunt je].",
        ),
        (
            "nl",
            "De monsters voor het lab goed etiketteren. Nul fouten.",
            "Vóór [datum] ga ik de monsters voor het lab goed etiketteren, met hooguit [aantal] "
            "fouten, met steun van [wie ondersteunt je].",
        ),
    ],
)
def test_a_closing_absolute_is_bounded_inside_the_rewrite(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_wish_that_others_act_keeps_its_verb_after_a_bounded_always() -> None:
    text = "I want the new drivers to always get a proper handover."
    assert well_rewritten(CHECKER, text, "en") == (
        "By [date], I will make sure that the new drivers get a proper handover in at least [number] "
        "out of 10 cases, with [how measured] as evidence."
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I check the stock every morning. Never."),  # a bound split around a clause
        ("en", "I check the stock every morning. No mistakes, please ask Ann."),
        ("nl", "Ik controleer elke ochtend de voorraad. Geen idee of dat lukt."),
    ],
)
def test_only_a_sentence_of_an_absolute_is_folded(lang: str, text: str) -> None:
    goal = CHECKER.parse(text, lang=lang)
    assert absolute_folded(goal, CHECKER.context(lang), rewrite_style(CHECKER, lang)) is None


def test_a_wish_that_a_named_crew_acts_is_seen_to_with_its_verb_after_always() -> None:
    """A working group named as one ('the stage crew') is other people (A003), and the
    tagger's finite reading of 'have' after 'always' is still the bare verb."""
    text = "I want the stage crew to always have the cue sheets before the show."
    assert well_rewritten(CHECKER, text, "en") == (
        "By [date], I will make sure that the stage crew has the cue sheets before the show "
        "in at least [number] out of 10 cases, with [how measured] as evidence."
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "De brandmeldcentrale moet altijd getest worden, door iedereen in de ploeg.",
            "Vóór [datum] zorg ik ervoor dat de brandmeldcentrale in minstens [aantal] van de 10 gevallen "
            "getest wordt, door [aantal] van de 10 mensen in de ploeg, met als bewijs [hoe "
            "gemeten].",
        ),
        (
            "en",
            "I want to get feedback on my lesson plans from everyone in the science department.",
            "By [date], I will get feedback on my lesson plans from [number] out of 10 people in "
            "the science department, with support from [who supports you].",
        ),
    ],
)
def test_everyone_the_act_reaches_becomes_a_share_of_the_people(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected
