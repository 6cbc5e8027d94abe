"""A means asked or hedged after the aim: committed as the writer's step, the aim its purpose.

"Ik wil graag voorman worden. Kan ik een cursus leidinggeven volgen?", "I'd like to set up
the label printers myself. Maybe I can shadow the maintenance crew for two weeks?": the
writer names the aim, then asks for the means. The rewrite commits the means as the step
and keeps the aim as its purpose; the hedge, the question mark and the asking modal go, the
sentences of context stay (asked_means.py). A bare course word after topic fragments
becomes a course on those topics. Three seams guard the family: a question left in a
rewritten sentence (asked_inside), 'will' before the goal's noun of an of-phrase
(committed_noun), and a kept sentence whose opening hedge was cut (cut_opening).
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

ASKED_MEANS = [
    (
        "nl",
        "Ik wil graag voorman worden op de bouwplaats. Ik werk hier nu vijf jaar als "
        "timmerman. Kan ik een cursus leidinggeven volgen?",
        "ga ik een cursus leidinggeven volgen, zodat ik voorman op de bouwplaats kan worden.",
    ),
    (
        "nl",
        "Ik wil zelf de koelmachines kunnen inregelen. Misschien een maand meedraaien met de "
        "servicemonteur?",
        "ga ik een maand meedraaien met de servicemonteur",
    ),
    (
        "nl",
        "Ik wil de nieuwe kassasoftware goed leren kennen, misschien een training bij de "
        "leverancier.",
        "ga ik een training bij de leverancier volgen, zodat ik de nieuwe kassasoftware",
    ),
    (
        "nl",
        "Ik wil zelf de bestellingen voor de werkplaats plaatsen. Misschien een cursus "
        "onderhandelen en inkopen?",
        "een cursus onderhandelen en inkopen volgen",  # the course's name, no verb of it
    ),
    (
        "en",
        "I want to become shift supervisor. I have worked on the packing line for four "
        "years. Could I take a course in leadership?",
        "I will take a course in leadership, so that I can become shift supervisor.",
    ),
    (
        "en",
        "I'd like to set up the label printers myself. Maybe I can shadow the maintenance "
        "crew for two weeks?",
        "I will shadow the maintenance crew for two weeks",
    ),
    (
        "en",
        "I want to get better at reading electrical drawings, perhaps a course at the "
        "technical college.",
        "I will take a course at the technical college, so that I can get better",
    ),
    (
        "en",
        "I want to learn to plan the delivery routes, maybe by doing a rotation with the planners?",
        "I will do a rotation with the planners, so that I can learn to plan",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "committed"), ASKED_MEANS)
def test_an_asked_means_becomes_the_step(
    checker: Checker, lang: str, goal: str, committed: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert committed in rewrite
    assert "?" not in rewrite


TOPIC_COURSES = [
    ("nl", "Tegelzetten. Natuursteen. Training?", "een training over tegelzetten en natuursteen"),
    ("nl", "Voegwerk. Cursus?", "een cursus over voegwerk volgen"),
    ("en", "Forklift safety. Course?", "I will take a course on forklift safety"),
    ("en", "Pallet wrapping. Training?", "I will take a training on pallet wrapping"),
]


@pytest.mark.parametrize(("lang", "goal", "committed"), TOPIC_COURSES)
def test_a_bare_course_after_topics_is_a_course_on_them(
    checker: Checker, lang: str, goal: str, committed: str
) -> None:
    assert committed in well_rewritten(checker, goal, lang)


def test_context_between_aim_and_means_stays_as_written(checker: Checker) -> None:
    goal = (
        "Ik wil graag chef-kok worden. Nu sta ik vooral op de koude kant. Misschien een "
        "half jaar meedraaien met de souschef?"
    )
    rewrite = well_rewritten(checker, goal, "nl")
    assert rewrite.endswith("Nu sta ik vooral op de koude kant.")


FUTURE_WISHES = [
    (
        "nl",
        "Ik wil graag een dag meelopen met de inkoper, misschien kan ik later doorgroeien?",
        "ga ik een dag meelopen met de inkoper, om te ontdekken of ik later kan doorgroeien.",
    ),
    (
        "nl",
        "Ik wil een week meedraaien op de werkvoorbereiding, misschien kan ik daar zelf "
        "beginnen? Weet niet of dat mag.",
        "om te ontdekken of ik daar zelf kan beginnen. Weet niet of dat mag.",
    ),
    (
        "en",
        "I'd like to shadow the buyer for a day, maybe I can move into buying later?",
        "I will shadow the buyer for a day, to find out whether I can move into buying later, with [how measured] as evidence.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "explored"), FUTURE_WISHES)
def test_a_future_wish_asked_after_a_step_is_what_it_finds_out(
    checker: Checker, lang: str, goal: str, explored: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert explored in rewrite
    assert "?" not in rewrite


SEAMS = [
    (
        "nl",
        "Ik wil meelopen met de planner, misschien kan ik later doorgroeien?",
        "Vóór [datum] ga ik meelopen met de planner, kan ik later doorgroeien?",
        "asked_inside",
    ),
    (
        "en",
        "I want to learn to weld. Maybe I can do a course at the college?",
        "By [date], I will learn to weld. I can do a course at the college?",
        "asked_inside",
    ),
    (
        "en",
        "Knowledge of pneumatics. Maybe a course?",
        "By [date], I will knowledge of pneumatics, with the help of a course.",
        "committed_noun",
    ),
    (
        "en",
        "Better understanding of the tariffs. Perhaps a workshop?",
        "By [date], I will understanding of the tariffs, with the help of a workshop.",
        "committed_noun",
    ),
    (
        "en",
        "I want to learn more about wine pairing. Maybe there is an evening class, I will ask.",
        "By [date], I will learn more about wine pairing. there is an evening class, I will ask.",
        "cut_opening",
    ),
    (
        "nl",
        "Ik wil meer weten over wijn. Misschien is er een avondcursus, ik ga het vragen.",
        "Vóór [datum] ga ik meer weten over wijn. is er een avondcursus, ik ga het vragen.",
        "cut_opening",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "candidate", "kind"), SEAMS)
def test_the_family_s_seams_are_found(
    checker: Checker, lang: str, goal: str, candidate: str, kind: str
) -> None:
    assert kind in seam_kinds(checker, lang, goal, candidate)


WHOLE = [
    (
        "nl",
        "Ik wil teamleider worden. Wat heb ik daarvoor nodig?",
        "Vóór [datum] ga ik een cursus leidinggeven volgen, zodat ik teamleider kan worden. "
        "Wat heb ik daarvoor nodig?",
    ),
    (
        "en",
        "Knowledge of pneumatics. Maybe a course?",
        "By [date], I will gain knowledge of pneumatics, with the help of a course.",
    ),
    (
        "nl",
        "Mevrouw K. laat meer geduld zien bij de overdracht.",
        "Mevrouw K. laat vóór [datum] meer geduld zien bij de overdracht.",
    ),
    (
        "en",
        "learn more about wine pairing. maybe an evening class.",
        "By [date], I will learn more about wine pairing. maybe an evening class.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "candidate"), WHOLE)
def test_the_family_s_seams_spare_whole_sentences(
    checker: Checker, lang: str, goal: str, candidate: str
) -> None:
    kinds = seam_kinds(checker, lang, goal, candidate)
    assert not kinds & {"asked_inside", "committed_noun", "cut_opening"}
