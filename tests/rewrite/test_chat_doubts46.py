"""A doubt in chat spelling is the writer's remark, never a committed word, and a frame's
evidence never splits a state verb from its words (session 46, lead).

- 'Team lead someday? idk': 'idk', 'dunno' (the packs' ``uncertain_remarks``) say the writer
  does not know; told after the goal they stay a remark. Inside the clause a frame opens
  ('I will [concrete behaviour] for idk, more responsibility') they commit the writer to not
  knowing: a seam (the packs' ``rewrite.chat_doubts``, seams/doubt_verb.py).
- 'By [date], I will not be, with [how measured] as evidence, so stressed ...': the
  evidence between 'be' and what it says of the writer is a seam (seams/split_state.py).

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, seam_kinds

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "en",
            "idk, maybe more overtime?",
            "By [date], I will [concrete behaviour] for idk, more overtime, with [how measured] "
            "as evidence.",
        ),
        (
            "nl",
            "wn, misschien meer verantwoordelijkheid?",
            "Vóór [datum] ga ik [concreet gedrag] voor wn, meer verantwoordelijkheid.",
        ),
    ],
)
def test_a_chat_doubt_inside_the_framed_clause_is_a_seam(
    lang: str, goal: str, candidate: str
) -> None:
    assert "contradiction" in seam_kinds(CHECKER, lang, goal, candidate)


def test_a_chat_doubt_after_the_goal_stays_a_remark() -> None:
    rewrite = rewrite_of(CHECKER, "Crew leader someday? dunno", "en") or ""
    assert rewrite.startswith("By [date], I will find out whether crew leader is something")
    assert rewrite.rstrip(".").lower().endswith("dunno")


def test_the_evidence_between_a_state_verb_and_its_words_is_a_seam() -> None:
    goal = "I want to not be so nervous during the audit."
    candidate = (
        "By [date], I will not be, with [how measured] as evidence, so nervous during the audit."
    )
    assert "word_order" in seam_kinds(CHECKER, "en", goal, candidate)
    assert candidate != rewrite_of(CHECKER, goal, "en")


def test_a_dutch_state_verb_closes_its_clause_before_the_evidence() -> None:
    goal = "Ik ga proberen rustiger te zijn bij de kassa."
    candidate = "Vóór [datum] zal ik rustiger zijn bij de kassa, met als bewijs [hoe gemeten], in overleg met [wie ondersteunt je]."
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, candidate)
