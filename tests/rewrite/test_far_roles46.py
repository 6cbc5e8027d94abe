"""A role aimed at asked far ahead, or named as the end of a step, reads as a move to a role
(session 46, lead).

- 'Ooit senior planner?', 'Team lead someday?': the question hedges the far role as 'misschien'
  does, so the rewrite is the step that explores it (far_roles.py), not the fallback. A role
  is a noun of a person, perhaps after its phase ('senior planner'), or a role that leads.
- 'Van operator naar teamleider', 'From operator to team lead': a step between roles is read
  by its second end too when that is a role that leads or a senior title (the pack's
  ``senior_roles``, ``senior_titles``, and the heads of leading roles in
  ``rewrite.leading_role_heads``: 'ploeg*leider*', 'shift *lead*'), not only by a starting
  role first.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "explored"),
    [
        ("nl", "Ooit senior planner?", "ga ik uitzoeken of senior planner iets voor mij is"),
        ("nl", "Ooit teamleider?", "ga ik uitzoeken of teamleider iets voor mij is"),
        ("en", "Team lead someday?", "I will find out whether team lead is something for me"),
        ("en", "Buyer someday?", "I will find out whether buyer is something for me"),
        ("en", "Night shift lead someday?", "whether night shift lead is something for me"),
        ("nl", "Ooit ploegleider?", "ga ik uitzoeken of ploegleider iets voor mij is"),
    ],
)
def test_a_far_role_asked_is_explored(lang: str, goal: str, explored: str) -> None:
    assert explored in well_rewritten(CHECKER, goal, lang)


def test_a_far_thing_asked_is_no_role() -> None:
    """'Ooit een computer?' names a thing, not a role: no step explores it."""
    assert "uitzoeken of" not in (CHECKER.check("Ooit een nieuwe laptop?", lang="nl").rewrite or "")


def test_a_post_without_its_article_is_not_framed_as_a_role() -> None:
    """'whether team lead role is something for me' would lose the article."""
    rewrite = CHECKER.check("Team lead role someday?", lang="en").rewrite or ""
    assert "whether team lead role" not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "purpose"),
    [
        ("nl", "Van operator naar teamleider", "om door te groeien van operator naar teamleider."),
        ("nl", "van monteur naar senior monteur?", "om door te groeien van monteur naar senior"),
        ("en", "From operator to team lead", "in order to grow from operator to team lead."),
        ("en", "From analyst to senior analyst", "in order to grow from analyst to senior"),
        ("nl", "Van monteur naar ploegleider", "om door te groeien van monteur naar ploegleider."),
        ("en", "From picker to shift lead", "in order to grow from picker to shift lead."),
    ],
)
def test_a_step_to_a_leading_or_senior_role_is_a_step_between_roles(
    lang: str, goal: str, purpose: str
) -> None:
    assert purpose in well_rewritten(CHECKER, goal, lang)


def test_a_from_to_of_tools_is_still_no_step_between_roles() -> None:
    rewrite = CHECKER.check("Van Excel naar Power BI", lang="nl").rewrite or ""
    assert "door te groeien" not in rewrite
