"""Every output format on the same goals: JSON against its published schema, SARIF against
the official OASIS 2.1.0 schema, GitHub annotations, JUnit XML counts, concise lines."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from smartcheck.reporting.formats import results_json_schema
from tests.cli.conftest import Run

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
VAGUE = "Ik wil beter worden in Excel."
SMART = "I will pass the forklift exam and get my certificate by 1 March 2027."
RELATIVE = "Binnen drie maanden kan ik de klimaatcomputer beter instellen."
GOALS = ["--text", VAGUE, "--text", SMART, "--text", RELATIVE]


def test_text_output_lines_verdicts_rewrites_and_summary(run: Run) -> None:
    result = run("check", *GOALS, "--no-color")
    assert result.status == 1
    lines = result.out.splitlines()
    assert "<text>:1:8: S001 [S] 'beter worden' zegt niet wat er concreet anders wordt: " in (
        result.out
    )
    assert any(line.startswith("<text>:1:1: not SMART --AR-") for line in lines)
    assert any(line.startswith("<text>:2:1: SMART") for line in lines)
    assert any(line.strip().startswith("rewrite: Vóór [datum]") for line in lines)
    assert lines[-1] == "2 of 3 goals in 1 file are not SMART."
    assert "\033[" not in result.out


def test_concise_output_is_one_line_per_finding(run: Run) -> None:
    result = run("check", *GOALS, "--format", "concise")
    lines = result.out.splitlines()
    assert lines and all(line.startswith("<text>:") for line in lines)
    assert not any("SMART" in line and "rewrite" in line for line in lines)


def test_json_output_validates_against_its_schema(run: Run) -> None:
    result = run("check", *GOALS, "--format", "json")
    data = json.loads(result.out)
    jsonschema.validate(data, results_json_schema(embed_report=True))
    # ... and against the published pair: cli-results.schema.json referring to report.schema.json
    docs = Path(__file__).parents[2] / "docs"
    report = Resource.from_contents(
        json.loads((docs / "report.schema.json").read_text(encoding="utf-8")),
        default_specification=DRAFT202012,
    )
    published = json.loads((docs / "cli-results.schema.json").read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry().with_resource("report.schema.json", report)
    jsonschema.Draft202012Validator(published, registry=registry).validate(data)
    assert data["version"] == "1.1" and data["summary"]["goals"] == 3
    goals = data["files"][0]["goals"]
    assert [g["is_smart"] for g in goals] == [False, True, False]
    assert goals[0]["report"]["goal"]["text"] == VAGUE


def test_published_json_schema_is_current() -> None:
    published = json.loads(
        (Path(__file__).parents[2] / "docs" / "cli-results.schema.json").read_text()
    )
    assert published == results_json_schema()


def test_sarif_validates_against_the_official_schema(run: Run) -> None:
    result = run("check", *GOALS, "--format", "sarif")
    sarif = json.loads(result.out)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    (sarif_run,) = sarif["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert all(
        rule["helpUri"].endswith(f"{rule['id']}.md") and rule["help"]["text"]
        for rule in rules
        if not rule["id"].startswith("P1")
    )
    results = sarif_run["results"]
    s001 = next(r for r in results if r["ruleId"] == "S001")
    assert s001["locations"][0]["physicalLocation"]["region"]["startColumn"] == 8
    assert rules[s001["ruleIndex"]]["id"] == "S001"
    t006 = next(r for r in results if r["ruleId"] == "T006")
    (fix,) = t006["fixes"]
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    assert replacement["insertedContent"]["text"].startswith("Vóór 23 februari 2027")


def test_sarif_is_still_valid_when_nothing_is_found(run: Run) -> None:
    result = run("check", "--text", SMART, "--select", "T001", "--format", "sarif")
    sarif = json.loads(result.out)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    assert sarif["runs"][0]["results"] == []


def test_github_annotations(run: Run) -> None:
    result = run("check", *GOALS, "--format", "github")
    lines = result.out.splitlines()
    assert "::error file=<text>,line=1,col=1,endLine=1,endColumn=29,title=T001 [T]::" in (
        "\n".join(lines)
    )
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert any(line.startswith("::notice ") and "T006" in line for line in lines)


def test_junit_counts(run: Run) -> None:
    result = run("check", *GOALS, "--format", "junit")
    root = ET.fromstring(result.out)
    (suite,) = root.findall("testsuite")
    assert suite.get("tests") == "3" and suite.get("failures") == "2" and suite.get("errors") == "0"
    cases = suite.findall("testcase")
    assert [case.find("failure") is not None for case in cases] == [True, False, True]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit"])
def test_output_file(run: Run, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    result = run("check", *GOALS, "--format", fmt, "--output", str(target))
    assert result.out == "" and result.status == 1
    assert target.read_text(encoding="utf-8").strip()


def test_junit_parses_whatever_the_goal_text_holds(run: Run) -> None:
    goal = "Ik wil\x0b beter worden in Excel vóór 1 maart 2027."
    result = run("check", "--text", goal, "--format", "junit")
    (case,) = ET.fromstring(result.out).iter("testcase")
    assert "\ufffd" in (case.get("name") or "")
