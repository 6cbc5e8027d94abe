"""Goals numbered with a label on one line (session 26): 'Doel 1: X. Doel 2: Y.', 'Goal 1:
... Goal 2: ...' are a list, as '1. X 2. Y 3. Z' is: one rewrite per goal, never the next
goal's label kept inside or after the first goal's rewrite.

Goals written fresh for this category, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Doel 1: de cursus heftruck volgen. Doel 2: beter plannen.",
            "Vóór [datum] ga ik de cursus heftruck volgen, met als bewijs [hoe gemeten].\n"
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om beter te "
            "plannen.",
        ),
        (
            "nl",
            "Doel 1: de cursus heftruck volgen\nDoel 2: beter plannen",
            "Vóór [datum] ga ik de cursus heftruck volgen, met als bewijs [hoe gemeten].\n"
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om beter te "
            "plannen.",
        ),
        (
            "en",
            "Goal 1: take the first aid course. Goal 2: learn the new booking system.",
            "By [date], I will take the first aid course.\n"
            "By [date], I will learn the new booking system, with [how measured] as evidence, "
            "so that I can [concrete behaviour].",
        ),
    ],
)
def test_each_labelled_goal_gets_its_own_rewrite(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected
    assert CHECKER.check(text, lang=lang).split == tuple(expected.split("\n"))
