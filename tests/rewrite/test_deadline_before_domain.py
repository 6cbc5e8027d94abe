"""The domain frame's 'voor'/'for' and the goal's own deadline: a safe fix's date ('vóór 31
maart 2027', from 'eind maart') is no topic, so the frame's preposition never stands before
it ('ga ik voor vóór 31 maart 2027 ...'); the goal now gets a sentence instead of the
fallback. Fresh goals, nl and en."""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    "goal",
    [
        "Ik wil eind april beter worden in het maken van offertes.",
        "Ik wil eind mei beter worden in de kassasoftware.",
        "Ik wil binnen twee maanden beter worden in het plannen van de bezorgroutes.",
    ],
)
def test_dutch_the_own_deadline_stays_without_a_frame_preposition(goal: str) -> None:
    rewrite = shown_rewrite(CHECKER, goal, "nl")
    assert not re.search(r"\bvoor v[oó]{2}r\b", rewrite.lower()), rewrite
    assert re.search(r"v[oó]{2}r \d+ \w+ 20\d\d", rewrite), rewrite  # the date kept


@pytest.mark.parametrize(
    "goal",
    [
        "I want to improve within two months my skills in the till software.",
        "I want to improve within three months my quoting.",
    ],
)
def test_english_the_own_deadline_is_no_topic(goal: str) -> None:
    report = CHECKER.check(goal, lang="en", reference_date=REF)
    for rewrite in report.rewrites:
        assert not re.search(r"\bfor by\b|\bby \d+ \w+ 20\d\d (my|the)\b", rewrite), rewrite
