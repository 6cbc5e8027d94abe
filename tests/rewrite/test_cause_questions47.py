"""An absolute in a question for a cause tells the situation, no demand (session 47, lead).

'Why are check-outs always chaos on Fridays? I want to fix that.': JUDGING R fails a goal
that demands perfection ('always on time'). A sentence that asks why things are as they
are (the pack's ``cause_questions`` at its start, a question mark at its end: 'why', 'how
come', 'waarom', 'hoe komt het dat') complains of the present; its 'always' demands
nothing, and R001 no longer fired on it (judging/features/absolutes.py). A question for
how to reach an absolute ('How can I always be on time?') still demands it.

Also: Dutch 'dat' before words with no subject and no finite verb, closing on an
infinitive ('Ik wil *dat* oplossen'), is the pronoun, no complementizer opening another's
clause (the grammar's ``pronoun_complementizers``; reading/pipeline.py).

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


def _codes(goal: str, lang: str) -> set[str]:
    return {f.code for f in CHECKER.check(goal, lang=lang, reference_date=REF).findings}


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("Why does the label printer always jam on the night shift? I want to sort it.", "en"),
        ("How come the pallets are always in the aisle? I want to change that.", "en"),
        ("Waarom loopt de overdracht altijd uit? Daar wil ik iets aan doen.", "nl"),
        ("Hoe komt het dat de bus nooit op tijd volgeladen is? Dat wil ik verbeteren.", "nl"),
    ],
)
def test_an_absolute_in_a_cause_question_demands_nothing(goal: str, lang: str) -> None:
    assert "R001" not in _codes(goal, lang)


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("How can I always be on time for the handover?", "en"),
        ("Ik wil altijd op tijd zijn voor de overdracht. Waarom lukt dat niet?", "nl"),
    ],
)
def test_an_absolute_outside_the_cause_question_still_demands(goal: str, lang: str) -> None:
    assert "R001" in _codes(goal, lang)


def test_the_goal_after_the_question_is_rewritten() -> None:
    goal = "How come the pallets are always in the aisle? I want to sort that out."
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert rewrite.startswith("How come the pallets are always in the aisle?")
    assert "I will sort that out" in rewrite


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Ik wil dat oplossen.", "PRON"),
        ("Ik wil dat beter regelen met de planning.", "PRON"),
        ("Ik wil dat de planning klopt.", "SCONJ"),
    ],
)
def test_dat_before_a_bare_infinitive_is_the_pronoun(text: str, tag: str) -> None:
    doc = CHECKER.parse(text, lang="nl").doc
    assert doc is not None
    assert next(t.pos_ for t in doc if t.lower_ == "dat") == tag


def test_dat_before_a_clauses_subject_stays_the_complementizer() -> None:
    doc = CHECKER.parse("Het is belangrijk dat alle chauffeurs hun uren invullen.", lang="nl").doc
    assert doc is not None
    assert next(t.pos_ for t in doc if t.lower_ == "dat") == "SCONJ"
