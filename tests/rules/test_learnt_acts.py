"""Two bare infinitives after one "leren" are one skill (JUDGING.md, S), written for these
tests: "Ik wil leren plannen en organiseren": the learning verb takes both, no second goal
(S004), even where the tagger reads the first as a plural noun.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker

REF = date(2026, 11, 23)
CHECKER = Checker()


def codes(text: str, lang: str) -> set[str]:
    return {f.code for f in CHECKER.check(text, lang=lang, reference_date=REF).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil leren plannen en organiseren.",
        "Ik wil leren zagen en schaven.",
        "Ik wil de kwartaalcijfers leren lezen en uitleggen.",
    ],
)
def test_two_bare_infinitives_after_leren_are_one_skill(text: str) -> None:
    assert "S004" not in codes(text, "nl")
