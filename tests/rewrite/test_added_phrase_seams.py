"""An added phrase that closes with words of its own ('with [how measured] as evidence') ends
the clause it was put in: a candidate whose clause goes on after it ('... as evidence so
often anymore') is broken. A clause of its own after it ('so I can ...') is not. Candidates
written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds

CHECKER = Checker()


@pytest.mark.parametrize(
    ("candidate", "whole"),
    [
        (
            "By [date], I will answer the phone, with [how measured] as evidence faster during lunch.",
            False,
        ),
        (
            "By [date], I will answer the phone faster during lunch, with [how measured] as evidence.",
            True,
        ),
        (
            "By [date], I will answer the phone faster, with [how measured] as evidence so I can"
            " take lunch.",
            True,
        ),
        (
            "By [date], I will answer the phone, with [how measured] as evidence, in order to be"
            " faster during lunch.",
            True,
        ),
    ],
)
def test_the_clause_does_not_go_on_after_the_evidence_phrase(candidate: str, whole: bool) -> None:
    kinds = seam_kinds(CHECKER, "en", "I want to answer the phone faster during lunch.", candidate)
    assert ("word_order" not in kinds) is whole, kinds
