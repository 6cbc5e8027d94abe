"""The structured fallback commits the writer's own wish, never one another person reports
(session 47, lead).

'my boss says I need to be better with the farmers on the phone': the fallback keeps the
goal's words and turns a wish right after the writer's subject into the commitment ('I
hope to have' -> 'I will have'). Inside someone else's report the wish is theirs: 'My boss
says I will be better ...' told the manager's words as if the writer had promised them. The
wish is committed only where the writer's clause opens: the text's start or after a mark.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.fallback import committed
from tests.support.rewriting import rewrite_style

CHECKER = Checker()


@pytest.mark.parametrize(
    "text",
    [
        "My supervisor says I need to be calmer with the night staff.",
        "The team thinks I have to speak up more in the huddle.",
    ],
)
def test_a_reported_wish_stays_as_written(text: str) -> None:
    assert committed(text, rewrite_style(CHECKER, "en")) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I need to be calmer with the night staff.", "I will be calmer with the night staff."),
        (
            "Honestly, I want to speak up more in the huddle.",
            "Honestly, I will speak up more in the huddle.",
        ),
    ],
)
def test_the_writers_own_wish_is_committed(text: str, expected: str) -> None:
    assert committed(text, rewrite_style(CHECKER, "en")) == expected
