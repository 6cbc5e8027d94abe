"""A goal that improves a clause a question word opens ('Improve how I explain X to Y',
'Verbeteren hoe ik klachten afhandel'): the clause's subject and verb are its own, not the
goal's, so the goal is the writer's fragment. The rewrite keeps the clause whole, as the
purpose of the concrete behaviour or after the behaviour's preposition, never as 'for how'.
Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "clause"),
    [
        ("en", "Improve how I explain invoices to new customers.", "how I explain invoices"),
        ("en", "Improve how I handle complaints at the front desk.", "how I handle complaints"),
        ("en", "Improve what I write in the handover notes.", "what I write in the handover"),
        ("en", "Get better at how I give feedback to interns.", "how I give feedback"),
        ("nl", "Verbeteren hoe ik klachten van huurders afhandel.", "hoe ik klachten van"),
        (
            "nl",
            "Beter worden in hoe ik de werking van een warmtepomp uitleg.",
            "hoe ik de werking van een warmtepomp uitleg",
        ),
    ],
)
def test_the_question_clause_is_kept_whole(lang: str, goal: str, clause: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert clause in rewrite
    assert " for how " not in rewrite and " voor hoe " not in rewrite


@pytest.mark.parametrize(
    "goal",
    [
        "Improve how I explain invoices to new customers.",
        "Improve why I choose certain suppliers.",
    ],
)
def test_the_writer_is_the_subject_of_the_commitment(goal: str) -> None:
    """The clause's 'I' is not the goal's subject: the frame puts its own before 'will'."""
    assert "I will" in well_rewritten(CHECKER, goal, "en")
