"""P001 (other development routes than a course) advises and never moves a SMART score."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartcheck import Checker
from smartcheck.cli import main

COURSE_ONLY = [
    ("nl", "Ik rond vóór 1 maart 2027 de cursus Excel af."),
    ("nl", "Ik volg dit najaar een workshop klantgesprekken."),
    ("en", "I will finish a course in bookkeeping by 1 March 2027."),
    ("en", "I will attend a workshop on negotiation this autumn."),
]


@pytest.mark.parametrize(("lang", "goal"), COURSE_ONLY)
def test_route_advice_never_changes_a_score(checker: Checker, lang: str, goal: str) -> None:
    with_advice = checker.check(goal, lang=lang)
    without = Checker({"ignore": ["P"]}).check(goal, lang=lang)
    assert [g.code for g in with_advice.guidance] == ["P001"]
    assert without.guidance == ()
    assert with_advice.criteria == without.criteria
    assert with_advice.is_smart == without.is_smart
    assert all(f.code[0] != "P" for f in with_advice.findings)


def test_the_example_uses_the_goals_own_topic(checker: Checker) -> None:
    nl = checker.check("Ik volg dit jaar een cursus Excel.", lang="nl").guidance[0]
    assert nl.severity == "info"
    assert "meelopen met een ervaren collega die goed is in Excel" in (nl.fix_title or "")
    for route in ("coaching", "roulatie", "stage of excursie", "leren in het werk"):
        assert route in (nl.fix_title or "")
    en = checker.check("I will take a course in public speaking.", lang="en").guidance[0]
    assert "shadowing an experienced colleague who is good at public speaking" in (
        en.fix_title or ""
    )


def test_without_a_topic_the_example_still_reads(checker: Checker) -> None:
    found = checker.check("Ik ga naar een cursus.", lang="nl").guidance
    assert found and (found[0].fix_title or "").endswith(
        "bijvoorbeeld twee dagdelen meelopen met een ervaren collega."
    )


def test_the_text_output_shows_the_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pop.txt"
    path.write_text("Ik volg dit jaar een cursus Excel.\n", encoding="utf-8")
    main(["check", str(path), "--lang", "nl", "--no-color"])
    assert "P001" in capsys.readouterr().out
    main(["check", str(path), "--lang", "nl", "--format", "json"])
    payload = capsys.readouterr().out
    assert "P001" in payload and json.loads(payload)
