"""A rewrite is a whole sentence: a frame put on words with no verb is a seam, and the
rewriter gives such goals a verb (or the structured fallback). Fresh goals written for the
categories (a bakery, a pharmacy, a warehouse, a dental practice, a primary school)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_kinds

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        # a deadline and evidence put on a noun phrase
        (
            "nl",
            "Rijbewijs D",
            "Rijbewijs D vóór [datum], met als bewijs [hoe gemeten].",
            "Vóór [datum] ga ik mijn rijbewijs D halen.",
        ),
        (
            "en",
            "Zero broken pallets in the cold store, ever.",
            "Zero broken pallets in the cold store, ever, by [date].",
            "By [date], I will have zero broken pallets in the cold store.",
        ),
        # a topic before a dash dated as the sentence's head: the note after the dash
        # does not lend the head its verb
        (
            "en",
            "Presentations at parents' evenings - get calmer answering questions.",
            "By [date], presentations at parents' evenings - get calmer answering questions,"
            " with [how measured] as evidence.",
            "In presentations at parents' evenings, by [date], I will [concrete behaviour],"
            " in order to get calmer answering questions.",
        ),
        # the commitment's auxiliary takes a verb: a noun in its place is none
        (
            "nl",
            "Overdracht aan de avonddienst - duidelijker rapporteren over de medicatie.",
            "Vóór [datum] ga ik overdracht aan de avonddienst - duidelijker rapporteren over de"
            " medicatie, met als bewijs [hoe gemeten].",
            "Vóór [datum] ga ik bij de overdracht aan de avonddienst duidelijker rapporteren"
            " over de medicatie, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_frame_on_a_verbless_head_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "lost_verb" in seam_kinds(CHECKER, lang, goal, broken)
    assert "lost_verb" not in seam_kinds(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    ("lang", "goal", "rewrite"),
    [
        # the writer's own infinitive goal and imperative are whole sentences
        (
            "nl",
            "Bestellingen bij de groothandel controleren",
            "Bestellingen bij de groothandel"
            " controleren vóór [datum], met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Write the allergen guide for the bakery counter.",
            "Write the allergen guide for the bakery counter, by [date].",
        ),
        # a verb next to the writer's subject, the tagger's reading aside
        (
            "nl",
            "Elke week bel ik twee vaste klanten.",
            "Elke week bel ik tot [datum] twee vaste klanten.",
        ),
    ],
)
def test_a_frame_on_the_writers_own_clause_is_whole(lang: str, goal: str, rewrite: str) -> None:
    assert "lost_verb" not in seam_kinds(CHECKER, lang, goal, rewrite)


@pytest.mark.parametrize(
    ("goal", "broken", "whole"),
    [
        (
            "Coach the new cashiers during their first week and make sure they know the tills.",
            "By [date], I will make sure that coach the new cashiers during their first week"
            " and make sure they know the tills.",
            "By [date], I will coach the new cashiers during their first week and make sure"
            " they know the tills.",
        ),
        (
            "Support my two interns during the spring term and make sure they get real tasks.",
            "By [date], I will make sure that support my two interns during the spring term.",
            "By [date], I will support my two interns during the spring term.",
        ),
        # a topic's preposition before the writer's first coordinated verb ('get signed off
        # as ...' is a sign-off since session 32, the check of the step, so a second act here)
        (
            "Complete ECDL Advanced and become the office's Excel trainer.",
            "By [date], I will [concrete behaviour] for complete ECDL Advanced.",
            "By [date], complete ECDL Advanced and become the office's Excel trainer.",
        ),
    ],
)
def test_the_writers_imperative_after_that_is_a_seam(goal: str, broken: str, whole: str) -> None:
    assert "lost_verb" in seam_kinds(CHECKER, "en", goal, broken)
    assert "lost_verb" not in seam_kinds(CHECKER, "en", goal, whole)


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        ("nl", "Certificaat medicatiebewaking", "ga ik mijn certificaat medicatiebewaking halen"),
        ("nl", "Heftruck certificaat", "ga ik mijn heftruck certificaat halen"),
        (
            "en",
            "Level 3 dental nursing qualification",
            "I will get my level 3 dental nursing qualification",
        ),
        ("en", "Food hygiene certificate", "I will get my food hygiene certificate"),
    ],
)
def test_a_bare_credential_is_the_goal_of_getting_it(lang: str, goal: str, expected: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert report.rewrite is not None and expected in report.rewrite
    assert report.structured_rewrite is None


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Pass food hygiene certificate"),
        ("en", "Obtain another certification."),
    ],
)
def test_a_credential_after_the_writers_verb_keeps_that_verb(lang: str, goal: str) -> None:
    """Not 'I will get my pass ...': the verb the writer gave it is not doubled."""
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert "get my" not in report.rewrite


@pytest.mark.parametrize(
    ("goal", "state"),
    [
        ("More patient with new volunteers", "in order to be more patient with new volunteers"),
        ("More present with the residents at dinner", "in order to be more present with"),
    ],
)
def test_an_adjective_that_is_a_noun_too_is_a_state(goal: str, state: str) -> None:
    """'patient' after 'more' with its 'with ...' is the adjective (its adverb 'patiently' is a
    word): never 'I will increase patient ...'."""
    report = CHECKER.check(goal, lang="en", reference_date=REF)
    assert report.rewrite is not None and state in report.rewrite
    assert "increase" not in report.rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [
        (
            "nl",
            "Ik wil beter worden in taarten decoreren, nu doet mijn collega bijna alles.",
            "bijna alles",
        ),
        (
            "en",
            "I want to get better at stock counts, so far my supervisor does almost everything.",
            "almost everything",
        ),
    ],
)
def test_an_approximated_absolute_is_kept_as_written(lang: str, goal: str, kept: str) -> None:
    """'bijna alles' demands no perfection: not bounded ('bijna de [aantal] belangrijkste
    dingen'), and R001 does not fire on it."""
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert report.rewrite is not None and kept in report.rewrite
    assert "R001" not in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        (
            "nl",
            "Vóór 1 juni 2027 kan ik zelfstandig de weekbestelling maken, nu doe ik alleen"
            " de broodlijst.",
        ),
        ("nl", "Vóór 1 juni 2027 kan ik zelfstandig een taart vullen en bekleden."),
        (
            "en",
            "By 1 June 2027 I can run the stock count on my own, at the moment I only do"
            " the chilled aisle.",
        ),
    ],
)
def test_where_the_writer_stands_and_a_shared_object_are_no_second_goal(
    lang: str, goal: str
) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        (
            "nl",
            "Vóór 1 juni 2027 haal ik mijn rijbewijs D en vanaf nu bel ik elke week twee klanten.",
        ),
        ("nl", "Vóór 1 juni 2027 wil ik de taarten vullen en de bestellingen controleren."),
    ],
)
def test_two_goals_stay_two(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert "S004" in {f.code for f in report.findings}
