"""A development goal asked as a question ("Hoe kan ik ...?", "How can I ...?", "Wat kan ik
doen om ...?") is the goal it asks about: stated, then rewritten like any goal. A question
that no frame states gets no rewrite. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "question", "kept"),
    [
        ("nl", "Hoe kan ik rustiger blijven bij een reanimatie-oefening?", "reanimatie-oefening"),
        ("nl", "Hoe zorg ik ervoor dat ik mijn weekrapport op tijd inlever?", "weekrapport"),
        ("nl", "Wat kan ik doen om de dagstaat van de kassa sneller af te sluiten?", "dagstaat"),
        ("en", "How can I stay calmer during a fire drill?", "fire drill"),
        ("en", "How do I get faster at entering orders in the new system?", "orders"),
        ("en", "What can I do to improve my handovers to the night shift?", "handovers"),
    ],
)
def test_a_question_is_rewritten_as_the_goal_it_asks_about(
    lang: str, question: str, kept: str
) -> None:
    rewrite = well_rewritten(CHECKER, question, lang)
    assert kept in rewrite
    assert "?" not in rewrite


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("nl", "Waarom lukt het mij niet om op tijd te beginnen?"),
        ("en", "Why do I always run late on Mondays?"),
    ],
)
def test_a_question_no_frame_states_gets_no_rewrite(lang: str, question: str) -> None:
    report = CHECKER.check(question, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert report.rewrite is None
