"""How things are, told before the writer's own wish in one sentence ('De overdracht wordt
vaak vergeten, ik wil ...', 'The stock list is often wrong, I want to ...'), is context: the
judge cuts it as it cuts a sentence of context, so the goal keeps the verdicts it has
without it, and the rewrite keeps it as a sentence of its own before the writer's goal
(state_first.state_then_goal). Read as one sentence, the state was dated or committed ('De
planning wordt vóór [datum] vaak laat gemaakt', 'zorg ik ervoor dat mijn collega's mij
altijd vragen om hulp'). Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()

STATE_THEN_WISH = [
    (
        "De overdracht wordt vaak vergeten, ik wil een vaste overdrachtslijst invoeren.",
        "nl",
        "De overdracht wordt vaak vergeten. ",
    ),
    (
        "De kassa klopt vaak niet, daarom wil ik beter leren tellen.",
        "nl",
        "De kassa klopt vaak niet. ",
    ),
    (
        "The shift handover is often skipped, I want to introduce a fixed handover checklist.",
        "en",
        "The shift handover is often skipped. ",
    ),
    (
        "The stock list is often wrong, I want to learn how to organise a stock count myself.",
        "en",
        "The stock list is often wrong. ",
    ),
]


@pytest.mark.parametrize(("text", "lang", "state"), STATE_THEN_WISH)
def test_the_state_stays_a_sentence_before_the_writers_goal(
    text: str, lang: str, state: str
) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert rewrite.startswith(state)
    assert rewrite.count("[datum]") + rewrite.count("[date]") == 1  # dated once: the goal
    assert "zorg ik ervoor" not in rewrite and "make sure" not in rewrite


SPLICED_AND_SEPARATE = [
    (
        "Mijn collega's vragen mij altijd om hulp, ik wil vóór 1 juni 2027 in 8 van de 10"
        " gevallen eerst mijn eigen werk afmaken.",
        "Mijn collega's vragen mij altijd om hulp. Ik wil vóór 1 juni 2027 in 8 van de 10"
        " gevallen eerst mijn eigen werk afmaken.",
        "nl",
    ),
    (
        "Het magazijn is nooit op tijd opgeruimd, ik wil vóór 1 mei 2027 een vaste opruimronde"
        " van 15 minuten per dienst invoeren met de ploegleider.",
        "Het magazijn is nooit op tijd opgeruimd. Ik wil vóór 1 mei 2027 een vaste opruimronde"
        " van 15 minuten per dienst invoeren met de ploegleider.",
        "nl",
    ),
    (
        "My inbox is always full, so I will block one hour every Friday until 1 July 2027 to"
        " sort it with my assistant.",
        "My inbox is always full. So I will block one hour every Friday until 1 July 2027 to"
        " sort it with my assistant.",
        "en",
    ),
]


@pytest.mark.parametrize(("spliced", "separate", "lang"), SPLICED_AND_SEPARATE)
def test_a_state_spliced_before_the_wish_is_judged_as_a_sentence_of_context(
    spliced: str, separate: str, lang: str
) -> None:
    one = CHECKER.check(spliced, lang=lang, reference_date=REF)
    apart = CHECKER.check(separate, lang=lang, reference_date=REF)
    assert [span.kind for span in one.goal.syntax.context] == ["situation"]
    assert {c: r.passed for c, r in one.criteria.items()} == {
        c: r.passed for c, r in apart.criteria.items()
    }
    assert one.is_smart  # the writer's goal is SMART; the state failed it before


def test_a_demand_before_the_wish_is_no_state() -> None:
    text = "Alle bonnen moeten altijd kloppen, ik wil vóór 1 juni 2027 de kas elke avond tellen."
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.goal.syntax.context == ()  # a modal: a demand, whoever it binds
    assert "R001" in {f.code for f in report.findings}
