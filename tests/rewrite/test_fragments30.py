"""Labelled lines with several goals, bare acts, and passes that read as broken sentences
(session 30), by category.

- a field label before several goals: one rewrite per goal, each in the label's field
  (field_parts.py, coordinated.py); a later act that takes the thing of the act before by
  a pronoun ('... werven en *ze* beter begeleiden') stays with it (shared_object.py);
- a label before a vague verb with an object of its own ('Inkoop: de levertijden ...
  verbeteren'): the object is the goal, the label its field, never dropped as a comment
  (bare_topics.py, purpose.py); a modifier glued by a hyphen is no preposition
  ('for on-time delivery', frame.py);
- the verb after a label that the tagger called a noun ('Mentoring: *coach* new colleagues')
  is the writer's act, never a clause to see to (label_verbs.py, own.py);
- a purpose that goes on in lower case after a question mark is no situation
  (seams/situation.py);
- a thing with a qualifying phrase before its state: the duty goes after the phrase
  ('the new intranet with all policies *is* online', thing_states.py);
- a need that has fallen to the writer already ('... en dat ben ik geworden') is the
  situation before the goal (filled_needs.py); a vague example after a comma ('iets met
  Figma ...') stays with the thing it names (shared_object.py).

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Jeugdwerk: meer begeleiders werven en ze beter inwerken, en daarnaast de "
            "samenwerking met de scholen verbeteren",
            "Bij jeugdwerk ga ik vóór [datum] meer begeleiders werven en ze beter inwerken, van "
            "[huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten], in overleg met "
            "[wie ondersteunt je].\nVóór [datum] ga ik bij jeugdwerk [concreet gedrag], met als "
            "bewijs [hoe gemeten], om de samenwerking met de scholen te verbeteren.",
        ),
        (
            "en",
            "Volunteering: recruit more volunteers and train them better, and also improve "
            "the cooperation with the police",
            "In volunteering, by [date], I will recruit more volunteers and train them better, "
            "from [current number] to [target number], with [how measured] as evidence.\nIn "
            "volunteering, by [date], I will [concrete behaviour], with [how measured] as "
            "evidence, in order to improve the cooperation with the police.",
        ),
    ],
)
def test_a_field_label_goes_with_every_goal_of_its_line(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Ik wil meer stagiairs aannemen en hen goed begeleiden, en daarnaast het "
            "stagebeleid herschrijven",
            "Vóór [datum] ga ik meer stagiairs aannemen en hen goed begeleiden, van [huidig "
            "aantal] naar [streefaantal], met als bewijs [hoe gemeten].\nVóór [datum] ga ik het "
            "stagebeleid herschrijven, met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "I want to recruit more drivers and train them properly, and also improve the "
            "handover with the depot",
            "By [date], I will recruit more drivers and train them properly, from [current "
            "number] to [target number], with [how measured] as evidence.\nBy [date], I will "
            "[concrete behaviour] for the handover with the depot, with [how measured] as "
            "evidence.",
        ),
    ],
)
def test_an_act_on_the_thing_of_the_act_before_stays_with_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Kwaliteit: de doorlooptijd van klachten verbeteren",
            "Vóór [datum] ga ik bij kwaliteit [concreet gedrag], met als bewijs [hoe gemeten], "
            "om de doorlooptijd van klachten te verbeteren.",
        ),
        (
            "nl",
            "Inkoop: de levertijden van onze leveranciers verbeteren",
            "Vóór [datum] ga ik bij inkoop [concreet gedrag], met als bewijs [hoe gemeten], om "
            "de levertijden van onze leveranciers te verbeteren.",
        ),
        (
            "en",
            "Dispatch: improve on-time delivery for rush orders",
            "In dispatch, by [date], I will [concrete behaviour] for on-time delivery for rush "
            "orders, with [how measured] as evidence.",
        ),
    ],
)
def test_a_label_before_a_vague_verb_keeps_its_object(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_the_verb_after_a_label_is_the_writers_act() -> None:
    text = "Mentoring: coach new colleagues and update the handbook"
    assert well_rewritten(CHECKER, text, "en") == (
        "In mentoring, by [date], I will coach new colleagues and update the handbook, with "
        "[how measured] as evidence, agreed with [who supports you]."
    )


def test_an_unreadable_labelled_line_is_never_a_clause_to_see_to() -> None:
    text = "Sales: book more demos and follow them up faster, and also learn HubSpot"
    assert "make sure that book" not in (rewrite_of(CHECKER, text, "en") or "")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I want to shadow a senior planner? to see how the weekly plan is built",
            "By [date], I will shadow a senior planner, to see how the weekly plan is built.",
        ),
        (
            "nl",
            "Ik wil dit najaar een congres bezoeken? om te horen hoe andere scholen het doen",
            "Ik ga dit najaar een congres bezoeken, met als bewijs [hoe gemeten], om te horen "
            "hoe andere scholen het doen.",
        ),
    ],
)
def test_a_purpose_after_a_question_mark_goes_on_the_sentence(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Goal: the new intranet with all policies online.",
            "By [date], I will make sure that the new intranet with all policies is online, "
            "with [how measured] as evidence.",
        ),
        (
            "nl",
            "Doel: een nieuwe webshop met iDEAL-betalingen live.",
            "Vóór [datum] zorg ik ervoor dat een nieuwe webshop met iDEAL-betalingen live is, "
            "met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_thing_keeps_its_qualifying_phrase_before_its_state(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_need_that_fell_to_the_writer_is_the_situation() -> None:
    text = (
        "Somebody has to keep the stock list up to date and that has become me. I want to "
        "take an Excel course for it."
    )
    assert well_rewritten(CHECKER, text, "en") == (
        "Somebody has to keep the stock list up to date and that has become me. By [date], "
        "I will take an Excel course for it."
    )


def test_a_dutch_need_that_fell_to_the_writer_is_kept_as_told() -> None:
    text = "Er moet iemand de planning doen en dat ben ik geworden. Ik wil daar een training voor volgen."
    assert rewrite_of(CHECKER, text, "nl") == (
        "Er moet iemand de planning doen en dat ben ik geworden. Vóór [datum] ga ik daar een "
        "training voor volgen."
    )


def test_a_vague_example_after_a_comma_stays_with_what_it_names() -> None:
    text = "Ik wil een workshop volgen, iets met Figma of prototypes maken."
    assert well_rewritten(CHECKER, text, "nl") == (
        "Vóór [datum] ga ik een workshop volgen, iets met Figma of prototypes maken."
    )
