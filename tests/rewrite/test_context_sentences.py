"""A goal with sentences of context: the present situation told beside the goal.

A sentence that tells where the writer stands (a problem, a feeling, a habit, how things are
now) is no goal (reading/anatomy/situation.py): no packing is counted from it, the goal is
rewritten on its own and the context stays verbatim where the writer put it
(rewrite/situation.py), and a rewrite that commits to it is a seam (seams/situation.py).
Every goal is written fresh for the category."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()
REF = date(2026, 11, 23)


def context_of(text: str, lang: str) -> list[str]:
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    return [s.text for s in goal.syntax.context]


@pytest.mark.parametrize(
    ("lang", "text", "context"),
    [
        # the goal first, the situation after it
        (
            "nl",
            "Presenteren voor de ouderavond. Ik voel me nog erg onzeker als ik voor een volle "
            "zaal sta.",
            "Ik voel me nog erg onzeker als ik voor een volle zaal sta.",
        ),
        (
            "en",
            "Run shorter team huddles in the warehouse. At the moment they often take half an "
            "hour.",
            "At the moment they often take half an hour.",
        ),
        (
            "en",
            "Chair the parent council meetings. I tend to let the discussion drift for too long.",
            "I tend to let the discussion drift for too long.",
        ),
        # the situation first, the wish after it
        (
            "nl",
            "De overdracht tussen de dagploeg en de avondploeg in het magazijn loopt soms "
            "rommelig. Ik wil leren hoe ik een korte overdracht voorbereid.",
            "De overdracht tussen de dagploeg en de avondploeg in het magazijn loopt soms "
            "rommelig.",
        ),
        (
            "en",
            "Our stock room is a mess and nobody knows where the spare parts are. I want to set "
            "up a labelled shelving system.",
            "Our stock room is a mess and nobody knows where the spare parts are.",
        ),
        # a sentence that only commits by pointing back to the one before
        (
            "nl",
            "Ik merk dat ik weinig weet van het nieuwe uitleensysteem van de bibliotheek. Daar "
            "wil ik me in verdiepen.",
            "Ik merk dat ik weinig weet van het nieuwe uitleensysteem van de bibliotheek.",
        ),
        # a clause of context coordinated before the wish
        (
            "nl",
            "Ik sta nu vijf jaar achter de kassa van het tuincentrum en wil graag de inkoop van "
            "vaste planten leren doen.",
            "Ik sta nu vijf jaar achter de kassa van het tuincentrum",
        ),
    ],
)
def test_the_situation_told_is_read_as_context_and_kept(lang: str, text: str, context: str) -> None:
    assert context_of(text, lang) == [context]
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not {"S004", "R004"} & {f.code for f in report.findings}
    rewrite = well_rewritten(CHECKER, text, lang)
    assert context.rstrip(".") in rewrite  # verbatim, as the writer wrote it


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        (
            "nl",
            "De overdracht tussen de dagploeg en de avondploeg in het magazijn loopt soms "
            "rommelig. Ik wil leren hoe ik een korte overdracht voorbereid.",
            "De overdracht",
        ),
        (
            "nl",
            "Ik merk dat ik weinig weet van het nieuwe uitleensysteem van de bibliotheek. Daar "
            "wil ik me in verdiepen.",
            "Ik merk dat",
        ),
        (
            "nl",
            "Ik sta nu vijf jaar achter de kassa van het tuincentrum en wil graag de inkoop van "
            "vaste planten leren doen.",
            "Ik sta nu vijf jaar achter de kassa van het tuincentrum",
        ),
    ],
)
def test_context_told_first_stays_before_the_rewritten_goal(
    lang: str, text: str, first: str
) -> None:
    assert well_rewritten(CHECKER, text, lang).startswith(first)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # present-tense commitments are goals: a routine with its frequency, a start date
        ("nl", "Ik maak elke week een planning voor de inpakafdeling. Ik wil ook leren delegeren."),
        ("en", "I run the Monday stand-up from January. I also want to learn to chair the board."),
        # a wish of the writer's, no sign of the present
        ("nl", "Ik wil mijn rijbewijs C halen. Ik volg daarvoor een cursus bij de rijschool."),
        # a question is no statement of the present
        ("en", "Is a forklift licence worth it? I want to get one before the summer."),
    ],
)
def test_a_present_tense_commitment_is_no_context(lang: str, text: str) -> None:
    assert context_of(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "nl",
            "Klanten aan de balie beter helpen. Ik raak soms in paniek bij een lange rij en "
            "vergeet dan de vaste vragen.",
            "Vóór [datum] raak ik soms in paniek bij een lange rij, met als bewijs [hoe gemeten].",
            "Vóór [datum] ga ik klanten aan de balie beter helpen, met als bewijs [hoe gemeten]. "
            "Ik raak soms in paniek bij een lange rij en vergeet dan de vaste vragen.",
        ),
        (
            "nl",
            "Ik loop elke maand achter met het bijwerken van de voorraadlijsten. Hier wil ik "
            "iets aan doen.",
            "Tot [datum] loop ik elke maand achter met het bijwerken van de voorraadlijsten.",
            "Ik loop elke maand achter met het bijwerken van de voorraadlijsten. Hier ga ik "
            "vóór [datum] iets aan doen, met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Get the delivery notes signed off on time, they keep piling up on my desk.",
            "By [date], I will make sure that they keep piling up on my desk.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
            "get the delivery notes signed off on time. They keep piling up on my desk.",
        ),
        (
            "en",
            "Handle complaints calmly. My supervisor says I sound defensive on the phone.",
            "By [date], I will sound defensive on the phone, as my supervisor says.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
            "handle complaints calmly. My supervisor says I sound defensive on the phone.",
        ),
    ],
)
def test_a_rewrite_that_commits_to_the_situation_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert context_of(goal, lang), "the goal tells a situation"
    assert "context_committed" in seam_kinds(CHECKER, lang, goal, broken)
    assert "context_committed" not in seam_kinds(CHECKER, lang, goal, whole)


GOALS = {
    "nl": [
        "Ik wil vóór de zomer de cursus heftruckrijden afronden.",
        "Vóór 1 maart schrijf ik een werkinstructie voor het inpakken van breekbare orders.",
        "Ik ga leren hoe ik de nieuwe kassa afsluit en de dagstaat maak.",
    ],
    "en": [
        "I will finish the first-aid course before the summer.",
        "By 1 March I will write a checklist for closing the garden centre.",
        "I want to learn to build the weekly rota in the new planning tool.",
    ],
}
SITUATIONS = {
    "nl": [
        "Op dit moment doet mijn collega dat nog allemaal.",
        "Ik merk dat ik daar nog veel fouten in maak.",
        "De wachttijd aan de balie is nu vaak te lang.",
    ],
    "en": [
        "At the moment my colleague does all of it.",
        "I notice that I still make a lot of mistakes there.",
        "Customers currently wait too long at the counter.",
    ],
}


def _verdicts(text: str, lang: str) -> tuple[dict[str, bool], set[str]]:
    """Each criterion's verdict, and the codes found."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    passed = {c.value: s.passed for c, s in report.criteria.items()}
    return passed, {f.code for f in report.findings}


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(["nl", "en"]).flatmap(
        lambda lang: st.tuples(
            st.just(lang),
            st.sampled_from(GOALS[lang]),
            st.sampled_from(SITUATIONS[lang]),
            st.booleans(),
        )
    )
)
def test_a_sentence_of_context_adds_no_goal(case: tuple[str, str, str, bool]) -> None:
    """Metamorphic: a sentence of context before or after a goal is read as context and
    leaves the goal's verdicts and findings as they were (judging/situation.py)."""
    lang, goal, situation, first = case
    text = f"{situation} {goal}" if first else f"{goal} {situation}"
    assert context_of(text, lang) == [situation]
    assert _verdicts(text, lang) == _verdicts(goal, lang)


def test_findings_point_into_the_text_as_written() -> None:
    """Judged without its context, a goal's findings still point at its own words."""
    text = "Op dit moment doet mijn collega dat nog allemaal. Ik wil misschien Excel leren."
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    found = [f for f in report.findings if f.end > f.start]
    assert found
    assert all(text[f.start : f.end] == f.text for f in found)
    assert all(f.start > text.index("Ik wil") - 1 for f in found)


@pytest.mark.parametrize("tail", [" 🚀", " :)", " !!"])
def test_a_finding_over_the_whole_text_reads_as_written(tail: str) -> None:
    """A finding on the whole goal reaches over a context sentence cut out before the rules
    ran when something follows it (an emoji, a smiley): its text is the text as written."""
    text = (
        "By 1 March 2027 I will plan the volunteer rota myself. At the moment our coordinator"
        " does it and it is often late." + tail
    )
    report = CHECKER.check(text, lang="en", reference_date=REF)
    spans = [*report.findings, *(e for s in report.criteria.values() for e in s.evidence)]
    assert all(text[f.start : f.end] == f.text for f in spans)


def test_the_goal_does_not_go_on_after_the_situation_it_keeps() -> None:
    goal = "Get the delivery notes signed off on time, they keep piling up on my desk."
    broken = (
        "By [date], I will get the delivery notes signed off on time, they keep piling up on "
        "my desk, with [how measured] as evidence."
    )
    whole = (
        "By [date], I will get the delivery notes signed off on time, with [how measured] as "
        "evidence. They keep piling up on my desk."
    )
    assert "context_committed" in seam_kinds(CHECKER, "en", goal, broken)
    assert "context_committed" not in seam_kinds(CHECKER, "en", goal, whole)
