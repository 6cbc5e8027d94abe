"""Absolutes told with their verb (session 25), by category.

- an English imperative whose object has a bare infinitive after it ('Let the juniors *run*
  the briefing', 'Never let the tank *run* dry'): the infinitive is the object's, not a
  second finite verb of someone else's clause, so the goal is the writer's imperative;
- a verb written with a hyphen ('double-check', 're-check') is one verb: 'I will
  double-check ...';
- a concession after a comma ('..., even when ...', '..., zelfs als ...') is outside the
  clause a bound closes: the bound goes before it;
- a rider that only stresses an absolute ('..., no exceptions', '..., zonder uitzondering')
  goes when the absolute is bounded, and alone it is the absolute, bounded like 'always';
- a stem right after a preposition ('voor *vertrek*') is a noun, not a present where the
  infinitive belongs.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import rewrite_of, seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Help new drivers find their way around the depot.",
            "By [date], I will help new drivers find their way around the depot, with [how "
            "measured] as evidence.",
        ),
        (
            "en",
            "Never let the coffee beans run out during service.",
            "By [date], I will not let the coffee beans run out during service more than "
            "[number] times, with [how measured] as evidence, with support from [who supports "
            "you].",
        ),
    ],
)
def test_a_bare_infinitive_after_the_object_is_the_objects(
    lang: str, text: str, expected: str
) -> None:
    """'find', 'run' belong to the object: the writer's own imperative, framed with 'I will'."""
    assert rewrite_of(CHECKER, text, lang) == expected


def test_a_verb_with_a_hyphen_is_one_verb() -> None:
    text = "Double-check every dosage label before it leaves the pharmacy."
    assert rewrite_of(CHECKER, text, "en") == (
        "By [date], I will double-check every dosage label before it leaves the pharmacy, "
        "with [how measured] as evidence."
    )


def test_the_candidate_with_a_hyphenated_verb_has_no_seam() -> None:
    """'will double-check' has its verb after the modal, though the tagger reads 'double'."""
    goal = "Always double-check the hoist before lifting."
    candidate = "By 1 June 2027, I will double-check the hoist before lifting in 9 out of 10 cases."
    assert seam_kinds(CHECKER, "en", goal, candidate) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Never skip the pre-flight walkaround again, even when the schedule is tight.",
            "By [date], I will not skip the pre-flight walkaround more than [number] times, "
            "with support from [who supports you], even when the schedule is tight.",
        ),
        (
            "nl",
            "Nooit meer een inschrijving kwijtraken, zelfs als de balie vol staat.",
            "Vóór [datum] ga ik hooguit [aantal] keer een inschrijving kwijtraken, met als "
            "bewijs [hoe gemeten], met steun van [wie ondersteunt je], zelfs als de balie vol "
            "staat.",
        ),
    ],
)
def test_the_bound_closes_the_clause_before_a_concession(
    lang: str, text: str, expected: str
) -> None:
    assert rewrite_of(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Altijd de koelcel controleren voor sluiting, zonder uitzondering",
            "Vóór [datum] ga ik in minstens [aantal] van de 10 gevallen de koelcel controleren voor "
            "sluiting, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
        ),
        (
            "en",
            "Always check the gas detector before entering the tank, no exceptions",
            "By [date], I will check the gas detector before entering the tank in at least [number] out "
            "of 10 cases, with [how measured] as evidence, with support from [who supports "
            "you].",
        ),
    ],
)
def test_a_rider_goes_with_the_bounded_absolute(lang: str, text: str, expected: str) -> None:
    """'zonder uitzondering', 'no exceptions' only stress 'altijd', 'always': one bound."""
    assert rewrite_of(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Handschoenen dragen bij het snijden, zonder uitzondering.",
            "Vóór [datum] ga ik handschoenen dragen bij het snijden, in minstens [aantal] van de 10 "
            "gevallen, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
        ),
        (
            "en",
            "Wear a hairnet in the bakery, no exceptions.",
            "By [date], I will wear a hairnet in the bakery, in at least [number] out of 10 cases, with "
            "[how measured] as evidence, with support from [who supports you].",
        ),
    ],
)
def test_a_rider_alone_is_the_absolute_and_is_bounded(lang: str, text: str, expected: str) -> None:
    assert rewrite_of(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Label every sample before it leaves the lab, no exceptions."),
        ("nl", "Elke monsterpot labelen voordat hij het lab verlaat, zonder uitzondering."),
    ],
)
def test_a_rider_is_an_absolute_for_the_judge(lang: str, text: str) -> None:
    """JUDGING R: a demand without exception is perfection."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert any(f.code.startswith("R") for f in report.findings)


def test_a_stem_after_a_preposition_is_its_noun() -> None:
    """'voor vertrek': the noun of the phrase, not a present where 'invullen' belongs."""
    goal = "Altijd de rittenstaat invullen voor vertrek."
    candidate = (
        "Vóór 1 juni 2027 ga ik in 9 van de 10 gevallen de rittenstaat invullen voor vertrek."
    )
    assert seam_kinds(CHECKER, "nl", goal, candidate) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Let the apprentices run the Friday toolbox talk."),
        ("en", "Never let the coffee beans run out during service."),
        ("en", "Never skip the pre-flight walkaround again, even when the schedule is tight."),
        ("nl", "Handschoenen dragen bij het snijden, zonder uitzondering."),
    ],
)
def test_each_is_rewritten_well(lang: str, text: str) -> None:
    assert well_rewritten(CHECKER, text, lang)
