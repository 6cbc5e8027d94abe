"""Broken sentences the measure let through (session 20): coordinations split wrong, verbless
aims in a frame, doubled verbs, imperative lines.

Each category gets a rewrite that reads whole where one can be built, and a seam kind that
refuses the broken form wherever it comes from: a target told as a direction ('verzuim
omlaag') is a count the writer brings that way; a frame's date before a noun phrase is a
fragment; two acts under one purpose 'te' need a 'te' each; an act glued onto the other
act's object lost its join; a particle verb opening a line is a common word inside the
sentence; a filler 'doen' after the clause's own verb is one verb too many; a Dutch
imperative line is the writer's own statement; an indirect question needs its verb of
knowing.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, seam_tags, well_rewritten

DIRECTIONS = [
    ("nl", "Verzuim omlaag", "ga ik verzuim omlaag brengen, van [huidig aantal]"),
    (
        "nl",
        "Doorlooptijd van de orders naar beneden.",
        "ga ik doorlooptijd van de orders naar beneden brengen, van [huidig aantal]",
    ),
    ("nl", "wachttijd aan de balie omlaag!", "ga ik wachttijd aan de balie omlaag brengen"),
    ("en", "Sick leave down", "I will bring the sick leave down, from [current number]"),
    (
        "en",
        "Waiting times at the counter down.",
        "I will bring the waiting times at the counter down, from [current number]",
    ),
    ("en", "response rate up", "I will bring the response rate up, from [current number]"),
]


@pytest.mark.parametrize(("lang", "goal", "committed"), DIRECTIONS)
def test_a_target_told_as_a_direction_is_brought_that_way(
    checker: Checker, lang: str, goal: str, committed: str
) -> None:
    assert committed in well_rewritten(checker, goal, lang)


@pytest.mark.parametrize("goal", ["Speak up", "Keep spirits up"])
def test_a_verb_with_its_particle_is_no_count_to_bring(checker: Checker, goal: str) -> None:
    rewrite = checker.check(goal, lang="en", reference_date=REF).rewrite or ""
    assert "bring" not in rewrite


DIRECTION_TOPICS = [
    (
        "nl",
        "Verzuim omlaag",
        "Vóór [datum] ga ik [concreet gedrag] in verzuim omlaag, met als bewijs [hoe gemeten].",
        True,
    ),
    (
        "en",
        "Sick leave down",
        "By [date], I will [concrete behaviour] in sick leave down, with [how measured] as "
        "evidence.",
        True,
    ),
    (
        "en",
        "Keep spirits up",
        "By [date], I will [concrete behaviour] in order to keep spirits up.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "goal", "candidate", "seam"), DIRECTION_TOPICS)
def test_a_direction_as_the_topic_of_a_behaviour_is_a_seam(
    checker: Checker, lang: str, goal: str, candidate: str, seam: bool
) -> None:
    assert ("direction-topic" in seam_tags(checker, lang, goal, candidate)) is seam


DATED_FRAGMENTS = [
    (
        "nl",
        "Betere afstemming met de planning, soms raken orders kwijt.",
        "Vóór [datum] betere afstemming met de planning, soms raken orders kwijt, met als "
        "bewijs [hoe gemeten].",
        {"betere", "afstemming"},
    ),
    (
        "en",
        "Better handovers with the day crew, sometimes jobs get lost.",
        "By [date], better handovers with the day crew, sometimes jobs get lost, from [current "
        "number] to [target number].",
        {"better", "handovers"},
    ),
    (
        "en",
        "More overview in my inbox, I miss mails from clients.",
        "More overview in my inbox, I miss mails from clients, by [date], from [current "
        "number] to [target number].",
        {"more", "overview"},
    ),
    (
        "en",
        "Each morning, plan my three main jobs.",
        "Until [date], each morning, I will plan my three main jobs.",
        set(),
    ),
]


@pytest.mark.parametrize(("lang", "goal", "candidate", "words"), DATED_FRAGMENTS)
def test_a_frame_on_a_noun_phrase_is_a_seam_though_a_remark_has_a_verb(
    checker: Checker, lang: str, goal: str, candidate: str, words: set[str]
) -> None:
    tags = seam_tags(checker, lang, goal, candidate)
    assert words <= tags if words else not {"each", "morning"} & tags


@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [
        (
            "en",
            "Better handovers with the day crew, sometimes jobs get lost between shifts.",
            "better handovers",
        ),
        (
            "nl",
            "Betere afstemming met de planning, soms raken orders kwijt tussen de diensten.",
            "betere afstemming",
        ),
    ],
)
def test_a_wish_told_as_a_noun_phrase_is_rewritten_whole(
    checker: Checker, lang: str, goal: str, kept: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert kept in rewrite and not rewrite.lower().startswith(
        ("by [date], better", "vóór [datum] betere")
    )


SHARED_TE = [
    ("om netter werken in de werkplaats en collega's vaker te helpen", True),
    ("om rustiger rijden op de snelweg en klanten vriendelijker te woord te staan", True),
    ("om plannen en organiseren beter te leren", False),
    ("om het plannen van de ritten en het laden beter te doen", False),
]


@pytest.mark.parametrize(("clause", "seam"), SHARED_TE)
def test_two_acts_under_one_purpose_te_are_a_seam(
    checker: Checker, clause: str, seam: bool
) -> None:
    goal = "Netter werken in de werkplaats en collega's vaker helpen."
    candidate = f"Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], {clause}."
    assert ("te-first-act" in seam_tags(checker, "nl", goal, candidate)) is seam


@pytest.mark.parametrize(
    ("goal", "part"),
    [
        (
            "Attend the Ligna trade fair in 2027 and present what I saw to the team.",
            "I will [concrete behaviour], with [how measured] as evidence, in order to present "
            "what I saw to the team.",
        ),
        (
            "Attend the Bauma trade fair in April and share what I learned with the yard team.",
            "By [date], I will share what I learned with the yard team",
        ),
    ],
)
def test_an_act_after_a_misread_compound_stands_alone(
    checker: Checker, goal: str, part: str
) -> None:
    rewrite = well_rewritten(checker, goal, "en")
    assert part in rewrite and "trade fair" in rewrite


def test_an_act_glued_onto_the_other_acts_object_is_a_seam(checker: Checker) -> None:
    goal = "Attend the Drupa trade fair next year and show my colleagues what I found."
    glued = "By [date], I will attend the Drupa show my colleagues what I found."
    assert "glued-act" in seam_tags(checker, "en", goal, glued)


@pytest.mark.parametrize(
    ("goal", "committed"),
    [
        ("Afstellen van de pers sneller doen", "ga ik afstellen van de pers"),
        ("Omzetten van de lijn sneller doen", "ga ik omzetten van de lijn"),
    ],
)
def test_a_particle_verb_opening_the_line_is_lower_case_inside(
    checker: Checker, goal: str, committed: str
) -> None:
    assert committed in well_rewritten(checker, goal, "nl")


def test_a_particle_verb_kept_capitalised_inside_is_a_seam(checker: Checker) -> None:
    goal = "Inregelen van de robot sneller doen"
    candidate = (
        "Vóór [datum] ga ik Inregelen van de robot sneller doen, met als bewijs [hoe gemeten]."
    )
    assert "residue" in seam_kinds(checker, "nl", goal, candidate)


FILLERS = [
    ("Tot [datum] ga ik een ochtend per week meelopen met de planner doen.", True),
    ("Tot [datum] ga ik elke maand een dag meedraaien in de nachtploeg doen.", True),
    ("Vóór [datum] ga ik een cursus lassen doen.", False),
]


@pytest.mark.parametrize(("candidate", "seam"), FILLERS)
def test_a_filler_verb_after_the_clauses_own_verb_is_a_seam(
    checker: Checker, candidate: str, seam: bool
) -> None:
    goal = "Misschien kan ik een ochtend per week meelopen met de planner?"
    assert ("filler" in seam_tags(checker, "nl", goal, candidate)) is seam


@pytest.mark.parametrize(
    ("goal", "committed"),
    [
        ("Gebruik de planner op mijn telefoon.", "Vóór [datum] gebruik ik de planner op mijn"),
        ("Noteer mijn uren direct in de app.", "Vóór [datum] noteer ik mijn uren direct"),
        ("Overleg de planning met Sanne.", "Vóór [datum] overleg ik de planning met Sanne"),
    ],
)
def test_a_dutch_imperative_line_is_the_writers_own_statement(
    checker: Checker, goal: str, committed: str
) -> None:
    assert committed in well_rewritten(checker, goal, "nl")


def test_a_dutch_imperative_after_the_frames_preposition_is_a_seam(checker: Checker) -> None:
    goal = "Bewaar de bonnen in de map."
    candidate = "Vóór [datum] ga ik voor bewaar de bonnen in de map [concreet gedrag]."
    assert "lost_verb" in seam_kinds(checker, "nl", goal, candidate)


ASKED = [
    (
        "nl",
        "Meer weten over lijmen. Welke soorten er zijn.",
        "Meer weten over lijmen. Vóór [datum] zal ik welke soorten er zijn, met als bewijs "
        "[hoe gemeten].",
        True,
    ),
    (
        "en",
        "Know more about coatings. Which types there are.",
        "By [date], I will make sure that which types there are, with [how measured] as evidence.",
        True,
    ),
    (
        "en",
        "Make sure what I order arrives.",
        "By [date], I will make sure that what I order arrives.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "goal", "candidate", "seam"), ASKED)
def test_an_indirect_question_committed_without_its_verb_is_a_seam(
    checker: Checker, lang: str, goal: str, candidate: str, seam: bool
) -> None:
    assert ("asked-object" in seam_tags(checker, lang, goal, candidate)) is seam
