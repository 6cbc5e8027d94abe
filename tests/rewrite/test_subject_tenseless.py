"""'ik' in a clause whose verbs are all infinitives is a seam: the tense was lost
('…, daarvoor ik eerst de cursus volgen'). Dutch only: English has no verb-second clause
whose auxiliary a step can take out this way."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, shown_rewrite

GOAL = "Ik wil assistent-bedrijfsleider worden, daarna ga ik de cursus voorraadbeheer volgen."


@pytest.mark.parametrize(
    "candidate",
    [
        "Vóór [datum] ga ik assistent-bedrijfsleider worden, daarna ik de cursus voorraadbeheer volgen.",
        "Vóór [datum] ga ik assistent-bedrijfsleider worden, daarvoor ik eerst de cursus voorraadbeheer volgen.",
        "Vóór [datum] ga ik assistent-bedrijfsleider worden en ik de cursus voorraadbeheer volgen.",
    ],
)
def test_ik_with_only_an_infinitive_is_a_seam(checker: Checker, candidate: str) -> None:
    assert "lost_tense" in seam_kinds(checker, "nl", GOAL, candidate)


@pytest.mark.parametrize(
    "candidate",
    [
        "Vóór [datum] ga ik assistent-bedrijfsleider worden, daarna ga ik de cursus voorraadbeheer volgen.",
        "Vóór [datum] word ik assistent-bedrijfsleider, daarna volg ik de cursus voorraadbeheer.",
        "Vóór [datum] ga ik de cursus voorraadbeheer volgen, zodat ik assistent-bedrijfsleider kan worden.",
        "Vóór [datum] oefen ik het presenteren met mijn team, zodat ik rustiger spreek.",
        "Vóór [datum] ga ik vaker mee naar de filialen, zodat ik het vak breder leer kennen.",
        "Vóór [datum] ga ik meelopen, zodat ik de klanten beter leer begrijpen.",
        "Als teamleider zorg ik ervoor dat alle monteurs een eigen planning hebben.",
        "Vóór [datum] zorg ik ervoor dat de stagiairs de veiligheidsregels beter kennen.",
    ],
)
def test_a_finite_verb_beside_ik_reads_whole(checker: Checker, candidate: str) -> None:
    assert "lost_tense" not in seam_kinds(checker, "nl", GOAL, candidate)


@pytest.mark.parametrize(
    "goal",
    [
        "Ik wil ploegleider worden, daarvoor ga ik eerst de cursus leidinggeven volgen.",
        "Ik wil werkvoorbereider worden, daarom ga ik vaker offertes doorrekenen.",
        "Ik wil bedrijfsleider worden, daarna ga ik de opleiding retailmanagement doen.",
    ],
)
def test_no_shown_rewrite_loses_the_later_clause_s_auxiliary(checker: Checker, goal: str) -> None:
    report = checker.check(goal, lang="nl", reference_date=REF)
    assert report.rewrite is not None
    assert not any(f"{w} ik" in report.rewrite for w in ("daarvoor", "daarom", "daarna"))
    if report.structured_rewrite is None:  # a sentence: read whole, no seam
        shown_rewrite(checker, goal, "nl")
