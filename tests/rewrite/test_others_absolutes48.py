"""An absolute in a sentence after the goal that tells what others do now demands nothing
(session 48, lead; JUDGING R).

'Explain the match plan better to the youth coaches. Half of them never read the PDF I send,
so I need another way to reach them.': 'never' tells how the coaches behave, the reason for
the goal, no perfection the writer sets. R001 fired on it, and the rewrite bounded it into
the coaches' sentence ('Half of them not read the PDF I send'). The absolute's own piece
counts (up to the comma: '..., so I need another way' is the writer's answer after it), a
writer inside a relative clause ('the PDF *I* send') is no subject of it, and a goal given
as an order ('Explain ...') is the writer's goal before it. The writer's own habit ('I always
double-check them') still states a standard.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    "goal",
    [
        "Shorten the Monday briefing. The drivers never listen past ten minutes, so I need "
        "a tighter format.",
        "Improve the onboarding checklist. New starters always miss the forms I hand out, so I "
        "want one place for them.",
        "Ik wil de overdracht beter structureren. De nachtploeg leest nooit de notities die ik "
        "achterlaat, dus ik zoek een andere vorm.",
    ],
)
def test_what_others_always_do_is_no_absolute_of_the_goal(goal: str) -> None:
    lang = "en" if goal[0] in "SI" and not goal.startswith("Ik") else "nl"
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert "R001" not in {f.code for f in report.findings}
    assert report.criteria[Criterion.R].passed


def test_the_others_sentence_is_kept_as_written() -> None:
    goal = (
        "Explain the match plan better to the youth coaches. Half of them never read the PDF "
        "I send, so I need another way to reach them."
    )
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert rewrite.endswith(
        ". Half of them never read the PDF I send, so I need another way to reach them."
    )


def test_a_negation_left_where_the_absolute_stood_is_a_seam() -> None:
    goal = "Explain the rota better. The temps never open the app I use."
    candidate = (
        "By [date], I will explain the rota better, with [how measured] as evidence. "
        "The temps not open the app I use."
    )
    assert "lost_verb" in seam_kinds(CHECKER, "en", goal, candidate)
    written = "By [date], I will not skip the briefing, with [how measured] as evidence."
    assert "lost_verb" not in seam_kinds(CHECKER, "en", "I never skip the briefing.", written)


def test_the_writers_own_absolute_still_fails_r() -> None:
    report = CHECKER.check(
        "I will check the pallet labels. I always check every label, so no error gets out.",
        lang="en",
        reference_date=REF,
    )
    assert not report.criteria[Criterion.R].passed
