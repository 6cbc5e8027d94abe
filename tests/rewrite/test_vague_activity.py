"""Being busy with something instead of a result ("bezig gaan met", "aan de slag gaan met",
"get started with") is a vague outcome: the rewrite asks for the concrete behaviour, keeps
the writer's topic, and reads whole. Fresh members of the kind, nl and en."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "vague", "topic"),
    [
        ("nl", "Bezig gaan met de kassaregistratie.", "bezig gaan", "de kassaregistratie"),
        ("nl", "Ik wil aan de slag gaan met mijn urenregistratie.", "slag", "urenregistratie"),
        ("nl", "Aan de slag gaan met de nieuwe huisstijl.", "slag", "de nieuwe huisstijl"),
        ("nl", "Ik wil gaan werken aan mijn typvaardigheid.", "werken", "typvaardigheid"),
        ("en", "I will spend time on my bookkeeping.", "spend time", "bookkeeping"),
        ("en", "I want to get started with budgeting.", "", "budgeting"),
        ("en", "Get going with the team newsletter.", "", "the team newsletter"),
    ],
)
def test_a_busy_with_goal_asks_for_the_behaviour(
    lang: str, text: str, vague: str, topic: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "S001" in {f.code for f in report.findings}
    ctx = CHECKER.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    rewrite = report.rewrite
    assert rewrite is not None and style.placeholders.behaviour in rewrite
    assert topic in rewrite
    if vague:  # the busy-with verb gives way to the behaviour
        assert vague not in rewrite.lower()
    assert find_seams(rewrite, report.goal, ctx, style) == []
