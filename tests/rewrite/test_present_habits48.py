"""The writer's present habit told before the wish, set off by an event, is context
(session 48, lead).

'Right now I lean on Tom whenever a part needs snap-fits ... I want to design those myself.',
'Nu bel ik elke keer als er een storing is de monteur van dienst. Ik wil dat zelf kunnen
oplossen.': the first sentence tells how the writer handles an event today, a marker of the
present (the pack's ``situation_markers``) and a routine set off by an event (a
``condition_markers`` word in the time: 'whenever', 'elke keer als'). It is the problem the
goal answers, no routine of the goal: before, it was read as a second goal (S004) and got the
structured fallback, or was committed ('Until [date], at the moment, I will ask Priya
whenever ...'). A modal inside a clause the sentence opens later ('whenever a part *needs*
...') is someone else's, no will of the writer's; a deadline that opens the next sentence is
no deadline inside the situation. A frequency ('every week') can still be the goal's.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "kept"),
    [
        (
            "At the moment I ring the warehouse whenever a pallet label won't print. "
            "I want to fix the label printer myself.",
            "en",
            "At the moment I ring the warehouse whenever a pallet label won't print. By [date], I",
        ),
        (
            "Right now I ask Dev whenever a customer needs a refund over 200 euros. "
            "I'd like to handle those refunds on my own.",
            "en",
            "Right now I ask Dev whenever a customer needs a refund over 200 euros. By [date], I",
        ),
        (
            "Op dit moment bel ik elke keer als de kassa vastloopt de storingsdienst. "
            "Ik wil dat zelf leren oplossen.",
            "nl",
            "Op dit moment bel ik elke keer als de kassa vastloopt de storingsdienst. Vóór [datum]",
        ),
    ],
)
def test_the_present_habit_stays_as_written_before_the_goal(
    goal: str, lang: str, kept: str
) -> None:
    assert well_rewritten(CHECKER, goal, lang).startswith(kept)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Currently I call the planner whenever a driver is sick. I want to fix rosters myself.",
            "en",
        ),
        (
            "Nu vraag ik Joost om hulp elke keer als er een klacht binnenkomt. "
            "Ik wil klachten zelf afhandelen.",
            "nl",
        ),
    ],
)
def test_an_event_set_habit_now_is_context(text: str, lang: str) -> None:
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    assert [span.kind for span in goal.syntax.context] == ["situation"]
    assert goal.syntax.context[0].text == text.split(". ")[0] + "."


def test_a_frequency_now_is_no_context_on_its_own() -> None:
    text = "Right now I check the logs every day. I want to automate the check."
    goal = CHECKER.parse(text, lang="en", reference_date=REF)
    assert goal.syntax.context == ()
