"""A clause in the simple past with its own subject tells what happened, never a second goal
(session 50, lead; found on heldout50 after its candidate run, so in-sample there: "..., using
the updated slides Priya and I made, and collect ...").

S004 counts the goals a sentence packs by their verbs. A finite verb in the simple past with
its subject before it ("the slides Priya and I *made*") tells the writer's past: a goal says
what will be done. Without a subject of its own the tagger's past may be a present ("and
*set* up the board"), so that verb still counts. English only: the Dutch tagger calls
present verbs after their subject past too ("haal ik", "geef ik").
Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF


@pytest.mark.parametrize(
    ("lang", "text", "verbs"),
    [
        (
            "en",
            "By June I will give the induction talk on my own, using the checklist Sam and I "
            "wrote, and ask every new starter for feedback.",
            ["give"],
        ),
        (
            "en",
            "Last year I passed the VCA and this year I will take the forklift course.",
            [],
        ),
    ],
)
def test_a_past_clause_is_no_goal_of_its_own(
    checker: Checker, lang: str, text: str, verbs: list[str]
) -> None:
    goal = checker.parse(text, lang=lang, reference_date=REF)
    assert [v.text for v in goal.syntax.goal_verbs] == verbs


def test_two_goals_in_the_present_are_still_two(checker: Checker) -> None:
    report = checker.check(
        "Vóór 1 juni 2027 haal ik mijn VCA-certificaat en geef ik een presentatie aan het MT.",
        lang="nl",
        reference_date=REF,
    )
    assert "S004" in {f.code for f in report.findings}
