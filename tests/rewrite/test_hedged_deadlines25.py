"""A deadline the writer hedges keeps its time (session 25).

'..., ideally by March' and '..., if possible by March' hedge the deadline, not the goal's
content: the hedge goes (A), the time stays and takes its date ('by 31 March 2027'). Before,
the hedge took its clause with it and the deadline was lost, so only the fallback showed.

Goals written fresh for this category, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Get my crane operator ticket, ideally by March.",
            # the credential committed as the writer's own since session 32 (asks32)
            "By 31 March 2027, I will get my crane operator ticket, with [how measured] as "
            "evidence, agreed with [who supports you].",
        ),
        (
            "Pass the food hygiene exam, if possible by March.",
            "I will pass the food hygiene exam, by 31 March 2027, agreed with [who supports you].",
        ),
    ],
)
def test_the_hedge_goes_and_the_time_stays(text: str, expected: str) -> None:
    assert rewrite_of(CHECKER, text, "en") == expected
    assert well_rewritten(CHECKER, text, "en")


def test_a_condition_without_a_time_still_goes_whole() -> None:
    """'if I have time' is the hedge's own clause: no deadline in it to keep."""
    rewrite = rewrite_of(CHECKER, "I want to finish the barista course if I have time.", "en")
    assert rewrite is not None and "time" not in rewrite.split("[")[0]
