"""Two English shapes that hid what a goal is about (session 47, lead).

- A pronoun that only points back made the behaviour's topic: 'I need to handle that
  better' was shown as 'By [date], I will [concrete behaviour] that', 'I want to deal with
  it better' as '... [concrete behaviour] for it'. The pack's ``rewrite.pointing_pronouns``
  after the placeholder (maybe after the domain frame's preposition) is a seam
  (seams/pointer_topic.py).
- A sentence of more than three words before the writer's own was taken for a heading when
  the tagger missed its verb: 'Deadlines slip all the time. I need to ...' became 'In
  deadlines slip all the time, by [date], I will ...'. A longer heading is one noun phrase:
  a determiner in it stands after a preposition or another determiner ('Communication with
  the team').

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, seam_kinds, shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "candidate"),
    [
        ("I need to handle that better.", "By [date], I will [concrete behaviour] that."),
        ("I want to deal with it better.", "By [date], I will [concrete behaviour] for it."),
        (
            "Ik moet daar beter mee omgaan.",
            "Vóór [datum] ga ik [concreet gedrag] voor dat, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_pointer_as_the_topic_is_a_seam(goal: str, candidate: str) -> None:
    lang = "nl" if "datum" in candidate else "en"
    assert "dangling" in seam_kinds(CHECKER, lang, goal, candidate)


def test_a_named_topic_is_none() -> None:
    goal = "I need to handle complaints better."
    candidate = "By [date], I will [concrete behaviour] for complaints."
    assert "dangling" not in seam_kinds(CHECKER, "en", goal, candidate)


@pytest.mark.parametrize(
    "goal",
    [
        "I need to handle that better.",
        "Suppliers change the specs at the last minute. I need to handle that better.",
    ],
)
def test_no_rewrite_promises_a_behaviour_for_a_pointer(goal: str) -> None:
    rewrite = rewrite_of(CHECKER, goal, "en") or ""
    assert "[concrete behaviour] that" not in rewrite
    assert "[concrete behaviour] for it" not in rewrite


@pytest.mark.parametrize(
    "goal",
    [
        "Orders slip all the time. I want to plan the picking rounds a day ahead.",
        "Deliveries slip all the time. I need to handle that better.",
    ],
)
def test_a_sentence_is_no_heading(goal: str) -> None:
    rewrite = rewrite_of(CHECKER, goal, "en") or ""
    assert not rewrite.startswith("In orders")
    assert not rewrite.startswith("In deliveries")


def test_a_noun_phrase_is_still_a_heading() -> None:
    goal = "Communication with the night shift. I want to speak up more in the handover."
    rewrite = shown_rewrite(CHECKER, goal, "en")
    assert rewrite.startswith("In communication with the night shift")
