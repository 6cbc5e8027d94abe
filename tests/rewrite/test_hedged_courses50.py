"""A course named with a hedge and no verb at all is the writer's wish to take it (session
50, lead; found on heldout50 after its candidate run, so in-sample there: "Volgend jaar
misschien de CP2-training, als er budget voor is.").

A course wished for as a thing ("I'd like the first aid course") is read with the course
taken (course_wishes.py). A line that only names the course after a hedge, with a time
before it or a condition after it, is that wish too: the frames found no verb in it and left
the structured fallback. Dutch courses named in a compound ("de VCA-cursus", "de
CP2-training") are courses of the pack (``formal_training``); a training only after a hyphen,
as "krachttraining" is a workout. Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "taken"),
    [
        (
            "Volgend jaar misschien de BHV-training, als er budget voor is.",
            "nl",
            "Volgend jaar ga ik de BHV-training volgen, als er budget voor is",
        ),
        ("Misschien de cursus Duits, als dat past.", "nl", "ga ik de cursus Duits volgen"),
        (
            "Next year maybe the first aid course.",
            "en",
            "Next year, I will take the first aid course",
        ),
    ],
)
def test_a_hedged_course_is_taken(goal: str, lang: str, taken: str) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert taken in shown
    assert not {"misschien", "maybe"} & set(shown.lower().split())
