"""A state told without its verb after an absolute of how often is read with the writer's
subject and verb of being put back (session 47, lead).

'Nooit meer te laat met de weekrapportage!', 'Never late with the weekly report again!':
no frame reads a sentence with no verb, and the writer got the structured fallback. The
pack's ``rewrite.own_state_frame`` ('Ik ben {state}', 'I am {state}') goes in front when
the first sentence opens with one of its ``rewrite.state_absolutes`` and a state follows
(an adjective or participle, 'te'/'too' and one, a preposition and its noun); the absolute
is then bounded as any (JUDGING R). A sentence with a verb of its own ('Nooit meer te laat
komen') is read as it stands. In English the negation 'never' becomes 'not' before the
bare verb of being ('I will not be late', never 'I will be not late').

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("Nooit meer te laat met de maandafsluiting!", "ben ik hooguit [aantal] keer te laat"),
        ("Altijd op tijd bij de ochtendoverdracht.", "ben ik in minstens [aantal] van de 10"),
        ("Nooit meer onvoorbereid naar een bewonersavond.", "ben ik hooguit [aantal] keer"),
    ],
)
def test_a_dutch_state_takes_the_writers_verb(goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert kept in rewrite


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("Never late with the month-end close again!", "I will not be late with the month-end"),
        ("Always on time for the morning handover.", "I will be on time for the morning"),
        ("Never unprepared for a residents' evening.", "I will not be unprepared"),
    ],
)
def test_an_english_state_takes_the_writers_verb(goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert kept in rewrite


def test_the_negation_goes_before_the_verb_of_being() -> None:
    rewrite = well_rewritten(CHECKER, "I am never late for the toolbox meeting again.", "en")
    assert "I will not be late for the toolbox meeting" in rewrite
    assert "be not" not in rewrite


def test_a_sentence_with_its_own_verb_is_read_as_it_stands() -> None:
    rewrite = well_rewritten(CHECKER, "Nooit meer te laat komen bij de ochtendstart.", "nl")
    assert "ben ik" not in rewrite


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("Altijd foutloos de retouren verwerken in Exact.", "nl"),
        ("Never again ship an order without the packing slip.", "en"),
    ],
)
def test_an_act_after_the_absolute_is_no_state(goal: str, lang: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert "ben ik" not in rewrite
    assert "will be" not in rewrite and "not be" not in rewrite


def test_a_noun_after_the_absolute_is_no_state() -> None:
    rewrite = well_rewritten(CHECKER, "Nooit meer schimmel in de koelcel van de bakkerij!", "nl")
    assert "ben ik" not in rewrite
