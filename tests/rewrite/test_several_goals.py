"""A long text of context and several goals: one rewrite per goal, the context kept.

Writers put their goals in one text with what happened, who they are and what the goal is
about: a heading ("Planning. Ik wil ..."), an event told in the past ("Vorige maand ..."),
their role ("Ik ben nieuw op de afdeling als ..."), a conclusion label ("... Dus: X"). Those
stay as written; only the goals are rewritten, each on its own line. Two objects of one verb
("kennis wsnp en schuldsanering verdiepen") are one goal, and "niet alles" demands no
perfection. The goals are written for these tests, not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, well_rewritten

#: A conclusion label after the sentences that explain the goal: the rewrite starts after it.
CONCLUDED = [
    (
        "nl",
        "Mijn teamleider zegt dat mijn overdrachten vaak te kort zijn en dat de avonddienst"
        " dan dingen mist. Dus: overdrachten beter schrijven.",
        "dingen mist. Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om "
        "overdrachten beter te schrijven",
    ),
    (
        "nl",
        "De klanten wachten vaak te lang op een offerte en dat kost ons opdrachten. Kortom:"
        " sneller offertes maken.",
        "opdrachten. Vóór [datum] ga ik sneller offertes maken",
    ),
    (
        "nl",
        "Ik vergeet vaak wat er in het overleg is afgesproken. Conclusie: beter notuleren.",
        "afgesproken. Vóór [datum] ga ik beter notuleren",
    ),
    (
        "en",
        "Customers often wait too long for a quote and we lose jobs. In short: make quotes faster.",
        "lose jobs. By [date], I will make quotes faster",
    ),
    (
        "en",
        "The night shift often misses things in my handover. So: keep better handover notes.",
        "in my handover. By [date], I will keep better handover notes",
    ),
    (
        "en",
        "My stock counts are often off by a few boxes. Bottom line: count the stock more"
        " carefully.",
        "a few boxes. By [date], I will count the stock more carefully",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), CONCLUDED)
def test_a_conclusion_label_is_no_topic_and_the_rewrite_starts_after_it(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert expected in rewrite


#: Two objects of one verb, one a lower-case abbreviation the tagger takes for a verb.
ONE_VERB = [
    ("nl", "kennis wsnp en schuldsanering verdiepen"),
    ("nl", "ervaring vgrp en hpbw opdoen"),
    ("nl", "kennis wmo en jeugdwet verdiepen"),
]


@pytest.mark.parametrize(("lang", "goal"), ONE_VERB)
def test_two_objects_of_one_verb_are_one_goal(checker: Checker, lang: str, goal: str) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}
    rewrite = well_rewritten(checker, goal, lang)
    assert "\n" not in rewrite


#: An absolute a negation makes partial: no perfection demanded (R001 stays quiet).
PARTIAL = [
    ("nl", "niet alles zelf willen oplossen op de afdeling"),
    ("nl", "Ik wil niet altijd ja zeggen tegen extra diensten."),
    ("nl", "niet iedereen direct terugbellen maar eerst de mail lezen"),
    ("en", "Not always say yes to extra shifts."),
    ("en", "not always be the one who stays late after closing"),
    ("en", "I want to not always check every email twice."),
]


@pytest.mark.parametrize(("lang", "goal"), PARTIAL)
def test_a_negated_absolute_demands_no_perfection(checker: Checker, lang: str, goal: str) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert "R001" not in {f.code for f in report.findings}


#: A heading before the goals: the topic of the goal after it, never lost.
HEADED = [
    (
        "nl",
        "Planning. Ik wil elke maandag de weekplanning maken. Ook wil ik leren werken met"
        " het nieuwe roosterprogramma.",
        "Planning. Tot [datum] ga ik elke maandag de weekplanning maken",
    ),
    (
        "nl",
        "Veiligheid. Ik wil het VCA-diploma halen. Daarnaast wil ik de toolboxmeetings zelf"
        " leiden.",
        "Veiligheid. Vóór [datum] ga ik het VCA-diploma halen.",
    ),
    (
        "nl",
        "Klantcontact. Ik wil rustiger blijven aan de telefoon. Ook wil ik klachten sneller"
        " afhandelen.",
        "Klantcontact. Vóór [datum] ga ik rustiger blijven aan de telefoon",
    ),
    (
        "en",
        "Rostering. I want to publish the team roster every Thursday. Also I want to train"
        " two colleagues on the new till.",
        "In rostering, until [date], I will publish the team roster every Thursday.",
    ),
    (
        "en",
        "Hygiene. I want to pass the food safety exam. Also I want to check the fridge"
        " temperatures every morning.",
        "In hygiene, by [date], I will pass the food safety exam.",
    ),
    (
        "en",
        "Stock. I want to count the cold store every Friday. Also I want to learn to order"
        " from the new supplier portal.",
        "In stock, until [date], I will count the cold store every Friday",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), HEADED)
def test_a_heading_stays_with_the_goal_after_it(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert expected in rewrite.splitlines()[0]
    assert len(rewrite.splitlines()) == 2


#: An event told in the past between the goals: what happened, kept as written.
HAPPENED = [
    (
        "nl",
        "Ik wil klachten zelf afhandelen. Gisteren klaagde een gast over de kamer en ik moest"
        " mijn leidinggevende bellen. Ik wil de cursus klachtbehandeling volgen.",
        "Gisteren klaagde een gast over de kamer en ik moest mijn leidinggevende bellen.",
    ),
    (
        "nl",
        "Ik wil de storingen aan de heftruck zelf leren verhelpen. Vorige maand stond de"
        " heftruck twee dagen stil omdat de monteur niet kon komen. Ik wil de cursus"
        " basisonderhoud volgen.",
        "Vorige maand stond de heftruck twee dagen stil omdat de monteur niet kon komen.",
    ),
    (
        "nl",
        "Ik wil beter plannen. Vorig kwartaal miste ik drie deadlines en mijn teamleider was"
        " daar niet blij mee. Ik wil elke vrijdag mijn week plannen in Outlook.",
        "Vorig kwartaal miste ik drie deadlines en mijn teamleider was daar niet blij mee.",
    ),
    (
        "en",
        "I want to plan my work better. Last quarter I missed three deadlines and my manager"
        " was not happy. I want to plan my week in Outlook every Friday.",
        "Last quarter I missed three deadlines and my manager was not happy.",
    ),
    (
        "en",
        "I want to handle complaints on my own. Yesterday a guest complained about the room"
        " and I had to call my supervisor. I want to follow the complaint handling course.",
        "Yesterday a guest complained about the room and I had to call my supervisor.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "told"), HAPPENED)
def test_what_happened_stays_as_written_beside_the_goals(
    checker: Checker, lang: str, goal: str, told: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert told in rewrite
    assert len(rewrite.splitlines()) == 2


#: The writer's role told first, then the goal: the role kept, the goal rewritten.
ROLE_FIRST = [
    (
        "nl",
        "Ik ben nieuw op de afdeling als doktersassistent. Ik wil de triage aan de telefoon"
        " leren doen.",
        "Ik ben nieuw op de afdeling als doktersassistent. Vóór [datum] ga ik",
    ),
    (
        "en",
        "I'm working at the front desk of the library. My goal is to learn the loan rules for"
        " students better because I still need to ask colleagues a lot.",
        "I'm working at the front desk of the library. By [date], I will learn",
    ),
    (
        "en",
        "I am new at the warehouse as a forklift driver. My goal is to learn the safety rules"
        " for the high racks.",
        "I am new at the warehouse as a forklift driver. By [date], I will learn",
    ),
    (
        "en",
        "I'm the only electrician on the night shift. My goal is to learn to read the PLC"
        " fault logs.",
        "I'm the only electrician on the night shift. By [date], I will learn",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), ROLE_FIRST)
def test_the_writers_role_told_first_stays_before_the_goal(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.startswith(expected)


#: A language name lowered into a verb's place after the modal is a seam.
NAME_AS_VERB = [
    (
        "en",
        "- spanish for the hotel guests\n- first aid course",
        "By [date], I will spanish for the hotel guests.",
    ),
    ("en", "english for customers", "By [date], I will english for customers."),
    ("en", "dutch for the counter", "By [date], I will dutch for the counter."),
]


@pytest.mark.parametrize(("lang", "goal", "candidate"), NAME_AS_VERB)
def test_a_language_name_in_a_verbs_place_is_a_seam(
    checker: Checker, lang: str, goal: str, candidate: str
) -> None:
    assert "word_order" in seam_kinds(checker, lang, goal, candidate)


def test_a_name_the_writer_used_as_a_verb_may_stand_in_a_verbs_place(checker: Checker) -> None:
    candidate = "By [date], I will polish the floors every week."
    assert "word_order" not in seam_kinds(checker, "en", "polish the floors every week", candidate)
