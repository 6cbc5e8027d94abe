"""How things are now, told after the goal's last comma, is never glued into the commitment
(session 46, lead).

'Sneller worden met het uitleveren van medicatie, nu duurt een ronde 2 uur': the goal failed
only T, and its rewrite dated the whole line ('Vóór [datum] ga ik sneller worden ..., nu
duurt een ronde 2 uur'), the situation inside the committed sentence. A stretch that opens
with a word of the present (the pack's ``situation_markers``) and its finite verb is a
situation joined in (seams/joined_situation.py; the tagger may call the Dutch verb a noun:
'duurt'), and a remark after the last comma that opens so is told after the rewrite
(whole_text ``_told_apart``).

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, shown_rewrite

CHECKER = Checker()


def test_a_present_situation_inside_the_commitment_is_a_seam() -> None:
    goal = "Sneller worden met het vullen van de schappen, nu duurt een pallet 40 minuten."
    candidate = (
        "Vóór [datum] ga ik sneller worden met het vullen van de schappen, nu duurt een "
        "pallet 40 minuten."
    )
    assert "context_committed" in seam_kinds(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "told"),
    [
        ("nl", "Beter plannen, nu kom ik vaak te laat.", "Nu kom ik vaak te laat."),
        (
            "en",
            "Learn the new scanner, currently Piet does all the returns.",
            "Currently Piet does all the returns.",
        ),
    ],
)
def test_the_present_is_told_after_the_rewrite(lang: str, goal: str, told: str) -> None:
    rewrite = shown_rewrite(CHECKER, goal, lang)
    assert rewrite.endswith(told)


def test_the_present_goes_on_after_a_coordinator() -> None:
    """'..., nu vraag ik steeds hulp en wacht ik op een collega': the second verb goes on
    telling how things are now (reading/anatomy/coordination.py), no goal of its own."""
    goal = "Beter leren lassen, nu vraag ik steeds hulp en wacht ik op een collega."
    report = CHECKER.check(goal, lang="nl")
    assert not report.split
    rewrite = shown_rewrite(CHECKER, goal, "nl")
    assert rewrite.endswith("Nu vraag ik steeds hulp en wacht ik op een collega.")


def test_a_goal_after_the_present_is_still_a_goal() -> None:
    """A wish after it ('... en ik wil X') is the writer's goal, not the present."""
    report = CHECKER.check(
        "Beter plannen, nu doe ik alles zelf en ik wil vaker taken overdragen.", lang="nl"
    )
    assert report.split
