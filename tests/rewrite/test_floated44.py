"""A step the writer only floats ('evt.', 'misschien', 'ooit', 'maybe', 'perhaps') is settled
with the manager, not committed (session 44, lead).

Blind readers rated committing such a step a change of meaning in three sessions running
("3. evt. VCA-VOL" -> "Vóór [datum] ga ik ... halen": 'evt. (optional) dropped, making it
firm'). A possibility hedge in front of the step (the packs' ``rewrite.floated_openers``)
says the writer has not decided whether to take it (JUDGING A: a hedge is no commitment);
the writer's own step is to settle it, in the frame a doubted wish gets (settled_own.py). A
hedge of effort ('proberen', 'try') still becomes the commitment.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "nl",
            "evt. de cursus kraanmachinist",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de cursus"
            " kraanmachinist ga volgen.",
        ),
        (
            "nl",
            "misschien een keer meelopen met de werkvoorbereider",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een keer met de"
            " werkvoorbereider ga meelopen.",
        ),
        (
            "en",
            "maybe the crane operator course",
            "By [date], I will agree with my manager on whether I take the crane operator course.",
        ),
    ],
)
def test_a_floated_step_is_settled_with_the_manager(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Wellicht rouleren naar de afdeling inkoop"),
        ("en", "Perhaps rotate to the purchasing team for a month"),
        ("en", "possibly shadow the night shift supervisor"),
        ("en", "Maybe move to the planning team next year"),
        # the writer's wish before the hedge floats the step all the same
        ("en", "I'd like to maybe shadow the site manager on a pour day"),
        ("nl", "Ik wil misschien de cursus kraanmachinist doen"),
    ],
)
def test_a_floated_act_is_never_committed(lang: str, goal: str) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    settling = "uit of ik" if lang == "nl" else "on whether I"
    assert settling in shown


def test_a_floated_item_of_a_list_is_settled_and_the_others_committed() -> None:
    report = CHECKER.check("- learn TIG welding\n- maybe the aerial lift course", lang="en")
    assert report.split is not None
    first, second = report.split
    assert first.startswith("By [date], I will learn TIG welding")
    assert second == (
        "By [date], I will agree with my manager on whether I take the aerial lift course."
    )


@pytest.mark.parametrize(
    ("lang", "goal", "committed"),
    [
        ("nl", "Ik ga proberen vaker feedback te vragen", "Vóór [datum] ga ik vaker feedback"),
        ("en", "I'll try to ask for feedback more often", "By [date], I will ask for feedback"),
    ],
)
def test_a_hedge_of_effort_still_becomes_the_commitment(
    lang: str, goal: str, committed: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang).startswith(committed)
