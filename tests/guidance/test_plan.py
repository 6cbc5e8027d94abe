"""Plan-level advice on a whole POP document: P101 (too many goals), P102 (no support)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from smartcheck import Checker
from smartcheck.cli import main
from smartcheck.documents.plan import DEFAULT_MAX_GOALS

REF = date(2027, 1, 15)

NL_GOALS = [
    "Ik presenteer vóór 1 juni 2027 twee keer in het teamoverleg.",
    "Ik beantwoord vanaf 1 maart 2027 elke klantvraag binnen twee werkdagen.",
    "Ik rond vóór 1 april 2027 de module spreadsheets af.",
    "Ik schrijf vóór 1 mei 2027 een werkinstructie voor de kassa.",
    "Ik plan vanaf februari 2027 elke week één uur voor mijn administratie.",
    "Ik voer vóór 1 juli 2027 drie functioneringsgesprekken zelf.",
]
EN_GOALS = [
    "I will give two presentations in the team meeting by 1 June 2027.",
    "I will answer every customer question within two working days from 1 March 2027.",
    "I will finish the spreadsheet module by 1 April 2027.",
    "I will write a work instruction for the till by 1 May 2027.",
    "I will plan one hour a week for my administration from February 2027.",
    "I will lead three appraisal interviews myself by 1 July 2027.",
]
SUPPORT = {
    "nl": "Ik oefen vóór 1 maart 2027 drie gesprekken met mijn coach.",
    "en": "I will practise three conversations with my coach by 1 March 2027.",
}


def _document(goals: list[str]) -> bytes:
    return "".join(f"{n}. {g}\n" for n, g in enumerate(goals, 1)).encode()


def _codes(checker: Checker, goals: list[str], lang: str) -> list[str]:
    result = checker.check_document("pop.txt", data=_document(goals), lang=lang, reference_date=REF)
    assert len(result.goals) == len(goals)
    return [f.code for f in result.plan_findings]


@pytest.mark.parametrize(("lang", "goals"), [("nl", NL_GOALS), ("en", EN_GOALS)])
def test_more_goals_than_a_plan_can_carry(checker: Checker, lang: str, goals: list[str]) -> None:
    assert len(goals) > DEFAULT_MAX_GOALS
    assert "P101" in _codes(checker, goals, lang)
    assert "P101" not in _codes(checker, goals[:DEFAULT_MAX_GOALS], lang)


@pytest.mark.parametrize(("lang", "goals"), [("nl", NL_GOALS), ("en", EN_GOALS)])
def test_a_plan_without_any_support(checker: Checker, lang: str, goals: list[str]) -> None:
    assert "P102" in _codes(checker, goals[:3], lang)
    assert "P102" not in _codes(checker, [*goals[:2], SUPPORT[lang]], lang)


def test_plan_advice_has_a_message_in_the_documents_language(checker: Checker) -> None:
    data = _document(NL_GOALS)
    result = checker.check_document("pop.txt", data=data, lang="nl", reference_date=REF)
    p101 = next(f for f in result.plan_findings if f.code == "P101")
    assert "6 doelen" in p101.message and str(DEFAULT_MAX_GOALS) in p101.message


def test_the_cli_shows_plan_advice_without_failing_on_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pop.txt"
    path.write_bytes(_document(EN_GOALS))
    main(["check", str(path), "--lang", "en", "--date", REF.isoformat(), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    notices = data["files"][0]["notices"]
    assert {n["code"] for n in notices} >= {"P101", "P102"}
    assert not any(n["fails"] for n in notices)
    main(["check", str(path), "--lang", "en", "--date", REF.isoformat(), "--no-color"])
    assert "P101" in capsys.readouterr().out
