"""A dated commitment says 'will' (session 25).

'My manager suggested that I do the course' kept the writer's plain present when its clause
became the goal: 'By [date], I do the VCA course'. A plain present right after the writer
opening a sentence with an added deadline is a seam; 'I am', 'I have finished' are states
at the date, and the writer's own sentence as written is theirs.

Goals written fresh for this category, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, seam_tags

CHECKER = Checker()
GOAL = "My team lead suggested that I do the first aid course."


@pytest.mark.parametrize(
    ("candidate", "refused"),
    [
        ("By 1 June 2027, I do the first aid course, as my team lead suggested.", True),
        ("I do the first aid course by 1 June 2027.", True),
        ("By 1 June 2027, I will do the first aid course, as my team lead suggested.", False),
        ("By 1 June 2027, I am a certified first aider.", False),
        ("By 1 June 2027, I have finished the first aid course.", False),
    ],
)
def test_a_plain_present_after_a_deadline_is_refused(candidate: str, refused: bool) -> None:
    assert ("dated" in seam_tags(CHECKER, "en", GOAL, candidate)) is refused


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My manager suggested that I do the VCA course.",
            "By [date], I will do the VCA course, as my manager suggested.",
        ),
        (
            # only T fails, but the sentence as written commits the writer to nothing: the
            # suggested act is committed and credited (session 26, views26)
            GOAL,
            "By [date], I will do the first aid course, as my team lead suggested.",
        ),
    ],
)
def test_a_suggested_clause_is_never_a_dated_present(text: str, expected: str) -> None:
    assert rewrite_of(CHECKER, text, "en") == expected
