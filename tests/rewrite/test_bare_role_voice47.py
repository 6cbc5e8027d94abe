"""A bare one-word role before another's wish no longer breaks the rewriter (session 47,
lead).

'Manager wants me to take over the second region by next year - I'm not sure I'm ready':
the reading that settles a doubted wish with the one who voiced it looked for the pack's
bare roles ('manager', 'line manager') at the start of the other person's words, and a role
of two words ran past the one word there (IndexError). The rewriter warned and the writer
got the structured fallback; now the doubted wish is settled with the manager.

Goals written fresh for this test.
"""

from __future__ import annotations

import warnings

import pytest

from smartcheck import Checker
from smartcheck.errors import RewriteFailedWarning
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    "goal",
    [
        "Manager wants me to take over the night shift rota by next year - I'm not sure I'm ready.",
        "Manager wants me to lead the stock count by March - I'm not sure I'm ready.",
    ],
)
def test_a_bare_role_before_a_doubted_wish_is_settled(goal: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", RewriteFailedWarning)
        rewrite = well_rewritten(CHECKER, goal, "en")
    assert "on whether I" in rewrite
