"""Dutch: every infinitive of an om-clause takes its own 'te', and a relative clause inside
it keeps its finite verb. A frame that puts 'te' before the goal's last verb only writes
"om beter worden in tegels te leggen" (the clause's own verb left bare, words after it),
"om meer diensten draaien in de keuken en souschef te worden" (the first of two verbs left
bare), "om beter bijhouden van de werkbonnen, elke klus in te vullen" (no 'te' before the
comma at all), or "om minder fouten door bestellingen die wij te verwerken" ('te' on the
relative clause's verb). Each is a seam. 'te' meaning 'too' ('die wij te laat leveren') is no marker,
and a bare infinitive that is the object of the te-verb ('om lassen te leren') is whole.
Candidates and goals written fresh for the category."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_kinds

CHECKER = Checker()
FRONT = "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], "


@pytest.mark.parametrize(
    ("goal", "purpose", "broken"),
    [
        ("Beter worden in tegels leggen", "om beter worden in tegels te leggen.", True),
        ("Beter worden in tegels leggen", "om beter te worden in tegels leggen.", False),
        (
            "Meer diensten draaien in de keuken en souschef worden",
            "om meer diensten draaien in de keuken en souschef te worden.",
            True,
        ),
        (
            "Meer diensten draaien in de keuken en souschef worden",
            "om meer diensten te draaien in de keuken en souschef te worden.",
            False,
        ),
        (
            "Minder fouten door bestellingen die wij verwerken",
            "om minder fouten door bestellingen die wij te verwerken.",
            True,
        ),
        ("Lassen leren", "om lassen te leren.", False),
        (
            "Beter bijhouden van de werkbonnen, elke klus volledig invullen",
            "om beter bijhouden van de werkbonnen, elke klus volledig in te vullen.",
            True,
        ),
        (
            "Beter bijhouden van de werkbonnen, elke klus volledig invullen",
            "om de werkbonnen beter bij te houden, elke klus volledig invullen.",
            False,
        ),
        (
            "Minder klachten over ritten die wij te laat rijden",
            "om minder klachten te krijgen over ritten die wij te laat rijden.",
            False,
        ),
        (
            "Klanten die ik niet ken beter helpen",
            "om klanten die ik niet ken beter te helpen.",
            False,
        ),
    ],
)
def test_te_on_each_verb_of_the_om_clause(goal: str, purpose: str, broken: bool) -> None:
    assert ("word_order" in seam_kinds(CHECKER, "nl", goal, FRONT + purpose)) is broken


@pytest.mark.parametrize(
    "text",
    [
        "beter worden in tegels leggen",
        "Beter worden in voegen uitkrabben",
        "Minder fouten door bestellingen die wij verkeerd verwerken",
    ],
)
def test_no_rewrite_shows_a_bare_verb_before_a_later_te(text: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.rewrites
    for rewrite in report.rewrites:
        assert "worden in" not in rewrite or " te worden in" in rewrite, rewrite
        assert "die wij te " not in rewrite, rewrite


def test_a_clause_after_zonder_dat_keeps_its_own_te() -> None:
    goal = "Vaker zelf storingen oplossen zonder dat ik steeds de chef hoef te bellen"
    candidate = (
        "Vóór [datum] ga ik vaker zelf storingen oplossen zonder dat ik steeds de chef hoef"
        " te bellen, van [huidig aantal] naar [streefaantal]."
    )
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, candidate)
