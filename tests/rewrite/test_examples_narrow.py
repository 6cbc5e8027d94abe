"""Examples after a comma ('..., denk aan begrotingen en subsidies', '..., such as GDPR')
narrow the goal they follow: never a goal of their own ('Vóór [datum] denk ik aan ...' was
shown). A clause that points back at the goal, glued on by a comma once what framed it is
gone ('..., that would help my confidence'), is a seam. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "examples"),
    [
        ("nl", "Ik wil meer leren over inkoop, denk aan offertes en contracten.", "denk aan"),
        ("nl", "Ik wil meer weten over regelgeving, zoals de AVG en de Arbowet.", "zoals de AVG"),
        ("en", "I'd like to learn more about purchasing, think quotes and contracts.", "think"),
        ("en", "I want to learn more about regulations, such as GDPR.", "such as GDPR"),
    ],
)
def test_examples_stay_with_their_goal(lang: str, goal: str, examples: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert "\n" not in rewrite
    assert examples in rewrite


@pytest.mark.parametrize(
    ("candidate", "whole"),
    [
        ("By [date], I will present more, that would help my confidence.", False),
        ("By [date], I will present more, in order to build my confidence.", True),
    ],
)
def test_a_clause_on_that_spliced_on_by_a_comma_is_a_seam(candidate: str, whole: bool) -> None:
    goal = "I want to present more, I think that would help my confidence."
    assert ("dangling" not in seam_kinds(CHECKER, "en", goal, candidate)) is whole
