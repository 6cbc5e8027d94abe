"""The select/ignore decision, as a table."""

from __future__ import annotations

import pytest

from smartcheck.judging.selection import Decision, decide
from smartcheck.rules.specific import VagueOutcome
from smartcheck.rules.time_bound import MissingDeadline

S, I = Decision.SELECTED, Decision.IGNORED


@pytest.mark.parametrize(
    ("select", "ignore", "s001", "t001"),
    [
        (["ALL"], [], S, S),
        (["ALL"], ["T"], S, I),
        (["T"], [], I, S),
        (["ALL"], ["time_bound"], S, I),
        (["T001"], ["T"], I, S),  # exact code beats prefix
        (["T"], ["T001"], I, I),
        (["specific"], [], S, I),  # name prefix
        (["specifiek", "tijdgebonden"], [], S, S),  # criterion names
        (["ALL"], ["achievable", "specific.vague_outcome"], I, S),
        (["S00"], [], S, I),  # longer code prefix
        ([], [], I, I),
        (["T"], ["T"], I, I),  # tie: ignore wins
    ],
)
def test_decide(select: list[str], ignore: list[str], s001: Decision, t001: Decision) -> None:
    assert decide(VagueOutcome, select, ignore) is s001
    assert decide(MissingDeadline, select, ignore) is t001
