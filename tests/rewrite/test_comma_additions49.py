"""A hedged addition after the goal's last comma, and a goal that ends in a comma (session
49, lead; found on heldout48, in-sample there: "learn dynamo scripting, maybe python too").

The addition ('maybe X too', 'misschien ook X') was read after a stop only
(added_tails.py); after a comma its hedge stayed inside the commitment and A failed. Told
after a comma it is the same addition: the goal is rewritten, the addition kept after it
without its hedge. Without a hedge a piece after a comma may narrow the goal ('Excel, ook
draaitabellen') and is not read so. Reading it showed a goal text that ends in a comma
('Learn dynamo scripting,') broke a rewrite step (an empty piece after the comma), which
cost the goal its rewrite. Goals written fresh for this test.
"""

from __future__ import annotations

import warnings

import pytest

from smartcheck import Checker
from smartcheck.errors import RewriteFailedWarning
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "addition"),
    [
        ("Mijn heftruckcertificaat halen, misschien ook reachtruck", "nl", "Ook reachtruck."),
        ("Leren lassen op rvs, eventueel ook aluminium.", "nl", "Ook aluminium."),
        (
            "Learn to make the payroll run, maybe the pension admin too",
            "en",
            "The pension admin too.",
        ),
    ],
)
def test_a_hedged_addition_after_the_comma_follows_the_goal(
    goal: str, lang: str, addition: str
) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert shown.endswith(addition)
    assert not {"misschien", "eventueel", "maybe"} & set(shown.lower().split())


@pytest.mark.parametrize(
    ("goal", "lang"),
    [("Learn the label printer software,", "en"), ("Beter leren plannen in het magazijn,", "nl")],
)
def test_a_goal_that_ends_in_a_comma_gets_its_rewrite(goal: str, lang: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", RewriteFailedWarning)
        report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert report.structured_rewrite is None
