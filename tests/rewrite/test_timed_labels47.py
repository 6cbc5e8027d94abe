"""A label that carries the goal's time is read as that time (session 47, lead).

'Dit kwartaal: ...', 'Doel voor dit jaar: ...', 'Goal for Q3: ...': the words before the
colon are when, not which field. The topic-label frame made them a field ('Bij dit jaar
ga ik ...', 'In for this year, I will ...') and a goal label with a time ('doel voor dit
jaar:') was no label at all ('... om doel voor dit jaar: een periode ... te draaien'). Now
the goal label word, a preposition the time does not hold ('for') and the colon go; the
time is fronted as any time is (labels.timed_label).

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "opening"),
    [
        ("Dit kwartaal: meer meelopen met de inkoper.", "nl", "Dit kwartaal ga ik"),
        ("doel voor dit jaar: beter worden in offertes maken", "nl", "Voor dit jaar ga ik"),
        ("Leerdoel voor dit jaar: misschien de cursus HACCP doen", "nl", "Voor dit jaar ga ik"),
        ("This quarter: sit in on supplier calls more.", "en", "This quarter, I will"),
        ("Goal for this year: get better at quoting jobs", "en", "This year, I will"),
        ("For this year: maybe do the forklift refresher.", "en", "This year, I will"),
    ],
)
def test_the_labels_time_opens_the_rewrite(goal: str, lang: str, opening: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert rewrite.startswith(opening)
    assert ":" not in rewrite.split(".")[0]


def test_a_topic_label_is_still_a_field() -> None:
    rewrite = well_rewritten(CHECKER, "Offertes: sneller reageren op aanvragen.", "nl")
    assert "bij offertes" in rewrite.lower()
