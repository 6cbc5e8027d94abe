"""Word order the seam detector checks in a candidate: an added deadline never sits between
the writer and the finite verb of a main clause ('en ik vóór [datum] wil ...', 'I by [date]
will ...'; in a subordinate clause the verbs come last and the deadline before them is good
Dutch); an infinitive right after 'om' takes its 'te' before a clause of its own ('om ervoor
te zorgen dat ...', never 'om zorgen dat ... te hebben'). Candidates written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "whole"),
    [
        (
            "nl",
            "De planning moet strakker en ik wil vaker overleggen met de chauffeurs.",
            "De planning moet strakker en ik vóór [datum] wil vaker overleggen met de chauffeurs.",
            False,
        ),
        (
            "nl",
            "Ik wil vaker overleggen met de chauffeurs.",
            "Ik vóór [datum] ga vaker overleggen met de chauffeurs.",
            False,
        ),
        (
            "nl",
            "Ik wil vaker overleggen met de chauffeurs.",
            "Vóór [datum] ga ik vaker overleggen met de chauffeurs.",
            True,
        ),
        (
            "en",
            "I want to talk to the drivers more often.",
            "I by [date] will talk to the drivers more often.",
            False,
        ),
        (
            "en",
            "I want to talk to the drivers more often.",
            "By [date], I will talk to the drivers more often.",
            True,
        ),
    ],
)
def test_deadline_between_the_writer_and_the_verb(
    lang: str, goal: str, candidate: str, whole: bool
) -> None:
    kinds = seam_kinds(CHECKER, lang, goal, candidate)
    assert ("word_order" not in kinds) is whole, kinds


def test_a_subordinate_clause_keeps_its_deadline_before_the_verbs() -> None:
    """'dat ik vóór [datum] ... wil afronden' is verb-final Dutch, not a seam of this kind."""
    goal = "Mijn coach wil dat ik de cursus afrond."
    candidate = "Ik zorg ervoor dat ik vóór [datum] de cursus afrond."
    doc_seams = seam_kinds(CHECKER, "nl", goal, candidate)
    assert "word_order" not in doc_seams, doc_seams


@pytest.mark.parametrize(
    ("candidate", "whole"),
    [
        (
            "Vóór [datum] ga ik [concreet gedrag], om zorgen dat de stagiairs hun pasje te hebben.",
            False,
        ),
        ("Vóór [datum] zorg ik ervoor dat de stagiairs hun pasje hebben.", True),
        ("Vóór [datum] ga ik een cursus volgen, om wat ik leer toe te passen.", True),
    ],
)
def test_an_infinitive_after_om_takes_its_te_before_a_clause(candidate: str, whole: bool) -> None:
    goal = "Zorgen dat de stagiairs hun pasje hebben en wat ik leer toe te passen."
    kinds = seam_kinds(CHECKER, "nl", goal, candidate)
    assert ("lost_tense" not in kinds) is whole, kinds


@pytest.mark.parametrize(
    ("candidate", "whole"),
    [
        ("Rustiger blijven vóór [datum] bij storingen in de nacht.", False),
        ("Vóór [datum] ga ik rustiger blijven bij storingen in de nacht.", True),
        ("Rustiger blijven bij storingen in de nacht, vóór [datum].", True),
    ],
)
def test_a_deadline_never_splits_a_phrase_after_its_infinitive(candidate: str, whole: bool) -> None:
    """Without the writer as subject the infinitive ends the phrase: a deadline right after
    it, with the phrase going on, splits it."""
    kinds = seam_kinds(CHECKER, "nl", "Rustiger blijven bij storingen in de nacht.", candidate)
    assert ("word_order" not in kinds) is whole, kinds


def test_the_writers_sentence_is_shown_before_a_fragment() -> None:
    """Of two candidates that both pass, the one with the writer as subject comes first."""
    report = CHECKER.check("Mijn nascholingspunten halen vóór eind 2027.", lang="nl")
    assert report.rewrite is not None
    assert report.rewrite.startswith(("Ik ", "Vóór")), report.rewrite
    assert " ik " in f" {report.rewrite.lower()} "


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "whole"),
    [
        (
            "nl",
            "Omdat ik vaak te laat ben, wil ik eerder vertrekken.",
            "Vóór [datum] ga ik omdat ik vaak te laat ben, wil ik eerder vertrekken.",
            False,
        ),
        (
            "nl",
            "Omdat ik vaak te laat ben, wil ik eerder vertrekken.",
            "Vóór [datum] ga ik eerder vertrekken, omdat ik vaak te laat ben.",
            True,
        ),
        (
            "en",
            "Because I'm often late, I want to leave home earlier.",
            "By [date], because, I will be often late, I want to leave home earlier.",
            False,
        ),
        (
            "en",
            "Because I'm often late, I want to leave home earlier.",
            "By [date], I will leave home earlier, because I'm often late.",
            True,
        ),
    ],
)
def test_a_subordinate_clause_never_takes_the_commitments_verb_place(
    lang: str, goal: str, candidate: str, whole: bool
) -> None:
    assert ("dangling" not in seam_kinds(CHECKER, lang, goal, candidate)) is whole


def test_a_reason_told_first_goes_after_the_goal() -> None:
    """'Because I'm often late, I want to ...': the goal in its own order, the reason after it."""
    rewrite = well_rewritten(CHECKER, "Because I'm often stressed, I want to learn to relax.", "en")
    assert rewrite.endswith("because I'm often stressed.")


@pytest.mark.parametrize(
    ("candidate", "whole"),
    [
        ("Alle bakken in de koelcel zijn vóór [datum] vóór 7 uur 's ochtends gevuld.", False),
        ("Tot [datum] zijn alle bakken in de koelcel vóór 7 uur 's ochtends gevuld.", True),
        ("Alle bakken in de koelcel zijn vóór [datum] gevuld.", True),  # a subject: a sentence
    ],
)
def test_the_added_deadline_beside_a_time_of_the_goals_own(candidate: str, whole: bool) -> None:
    """'vóór [datum] vóór 7 uur': two deadlines side by side; a sentence with a subject of
    its own keeps its deadline after the finite verb."""
    goal = "Alle bakken in de koelcel zijn vóór 7 uur 's ochtends gevuld."
    kinds = seam_kinds(CHECKER, "nl", goal, candidate)
    assert (not kinds & {"two_deadlines", "word_order"}) is whole, kinds


def test_a_verb_after_a_comparative_of_manner_is_no_thing_to_get() -> None:
    """'om mijn werk beter plannen te krijgen' (shown first before): 'beter plannen' is a
    verb phrase; 'om meer klanten te krijgen' keeps its thing."""
    goal = "Ik wil mijn werk beter plannen en meer klanten."
    broken = "Vóór [datum] ga ik [concreet gedrag], om mijn werk beter plannen te krijgen."
    whole = "Vóór [datum] ga ik [concreet gedrag], om meer klanten te krijgen."
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, broken)
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, whole)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "whole"),
    [
        # a wish that others act kept as the goal's main clause
        (
            "en",
            "Management wants the night team to log every delivery.",
            "By [date], management wants the night team to log every delivery.",
            False,
        ),
        (
            "en",
            "Management wants the night team to log every delivery.",
            "By [date], I will make sure that the night team logs every delivery, as"
            " management wants.",
            True,
        ),
        # the writer committed to a state told in the passive
        (
            "nl",
            "Alle koelcellen zijn vóór 7 uur schoongemaakt.",
            "Vóór [datum] ga ik alle koelcellen vóór 7 uur zijn schoongemaakt.",
            False,
        ),
        (
            "nl",
            "Alle koelcellen zijn vóór 7 uur schoongemaakt.",
            "Vóór [datum] zorg ik ervoor dat alle koelcellen vóór 7 uur zijn schoongemaakt.",
            True,
        ),
        # each verb of a purpose takes its 'te'
        (
            "nl",
            "Vaker wandelen en gezonder koken.",
            "Vóór [datum] ga ik [concreet gedrag], om vaker wandelen en gezonder te koken.",
            False,
        ),
        (
            "nl",
            "Vaker wandelen en gezonder koken.",
            "Vóór [datum] ga ik [concreet gedrag], om vaker te wandelen en gezonder te koken.",
            True,
        ),
    ],
)
def test_wishes_states_and_joined_verbs(lang: str, goal: str, candidate: str, whole: bool) -> None:
    kinds = seam_kinds(CHECKER, lang, goal, candidate)
    assert (not kinds & {"two_modals", "lost_verb", "lost_tense"}) is whole, kinds


def test_a_passive_in_a_clause_of_its_own_is_no_committed_state() -> None:
    """'ga ik ... halen, zodat ik ... kan worden ingezet': the passive is the purpose's."""
    goal = "Ik wil mijn rijbewijs C halen zodat ik op de lange ritten kan worden ingezet."
    whole = (
        "Vóór [datum] ga ik mijn rijbewijs C halen, zodat ik op de lange ritten kan worden ingezet."
    )
    assert "lost_verb" not in seam_kinds(CHECKER, "nl", goal, whole)
