"""Plan-level advice on a whole POP document: P101 too many goals, P102 no agreed action or
support, P103 a goals section without goals, P104 a plan more than a year old, P105/P106 who
gains (a question); select/ignore, max_goals, and every CLI output format."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from docx import Document

from smartcheck import Checker, Config, ConfigError
from smartcheck.cli import main
from smartcheck.documents.plan import DEFAULT_MAX_GOALS, PLAN_CODES
from smartcheck.reporting.formats import results_json_schema

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


# -- P102 looks for an agreed action, and a course on its own is no support ---------------

COURSE_ONLY = {
    "nl": [
        "Ik volg vóór 1 mei 2027 de cursus Excel voor gevorderden.",
        "Ik haal vóór 1 oktober 2027 het certificaat VCA.",
    ],
    "en": [
        "I will take the advanced Excel course by 1 May 2027.",
        "I will pass the forklift certificate by 1 October 2027.",
    ],
}
ARRANGED = {
    "nl": "Ik haal vóór 1 juli 2027 het diploma Hygiëne; Ruud plant de studiedagen in.",
    "en": "I will pass the food hygiene diploma by 1 July 2027; my manager books the course days.",
}
MANAGER_LINE = {"nl": "Leidinggevende: Ruud Smit\n", "en": "Line manager: Ruud Smit\n"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_course_alone_is_no_agreed_support(checker: Checker, lang: str) -> None:
    assert "P102" in _codes(checker, COURSE_ONLY[lang], lang)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_who_arranges_the_course_is_support(checker: Checker, lang: str) -> None:
    data = MANAGER_LINE[lang] + "\n" + _document([*COURSE_ONLY[lang], ARRANGED[lang]]).decode()
    result = checker.check_document("pop.txt", data=data.encode(), lang=lang, reference_date=REF)
    assert len(result.goals) == 3
    assert "P102" not in [f.code for f in result.plan_findings]


def test_a_goal_naming_the_manager_from_the_form_is_support(checker: Checker) -> None:
    goal = "Ik maak vóór 1 juni 2027 samen met Ruud het weekrooster."
    text = "Leidinggevende: Ruud Smit\n\n" + _document([COURSE_ONLY["nl"][0], goal]).decode()
    result = checker.check_document("pop.txt", data=text.encode(), lang="nl", reference_date=REF)
    assert "P102" not in [f.code for f in result.plan_findings]
    # the same goal without the form naming Ruud as the manager: nobody known helps
    goal = "Ik maak vóór 1 juni 2027 het weekrooster met Ruud."
    bare = _document([COURSE_ONLY["nl"][0], goal])
    result = checker.check_document("pop.txt", data=bare, lang="nl", reference_date=REF)
    assert "P102" in [f.code for f in result.plan_findings]


@pytest.mark.parametrize(
    ("lang", "doc"),
    [
        (
            "nl",
            "# Leerdoelen\n\n- {0}\n- {1}\n\n# Afspraken\n\n| Wat | Wie |\n|---|---|\n"
            "| Inschrijving regelen | Ruud |\n",
        ),
        ("en", "# Goals\n\n- {0}\n- {1}\n\n# Action plan\n\n- Ruud books the course.\n"),
    ],
)
def test_a_section_of_agreed_actions_is_support(checker: Checker, lang: str, doc: str) -> None:
    data = doc.format(*COURSE_ONLY[lang]).encode()
    result = checker.check_document("pop.md", data=data, lang=lang, reference_date=REF)
    assert len(result.goals) == 2
    assert "P102" not in [f.code for f in result.plan_findings]


def test_the_readme_example_does_not_get_p102(checker: Checker) -> None:
    path = Path(__file__).parents[2] / "docs" / "examples" / "pop-sanne.md"
    result = checker.check_document(path, reference_date=date(2026, 12, 1))
    assert len(result.goals) == 3
    assert "P102" not in [f.code for f in result.plan_findings]


# -- P103 a goals section with no goal -----------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "name", "text", "heading"),
    [
        (
            "nl",
            "pop.md",
            "# POP\n\n## Mijn ontwikkeldoelen\n\nDit zijn mijn doelen:\n\n"
            "## Handtekening\n\nAkkoord.\n",
            "Mijn ontwikkeldoelen",
        ),
        (
            "en",
            "pdp.md",
            "## Development goals\n\n## Reflection\n\nA good year.\n",
            "Development goals",
        ),
        ("nl", "pop.yaml", "naam: Iris\ndoelen: []\n", "doelen"),
        ("en", "pdp.json", '{"employee": "Iris", "goals": ""}', "goals"),
    ],
)
def test_a_goals_section_without_goals(
    checker: Checker, lang: str, name: str, text: str, heading: str
) -> None:
    result = checker.check_document(name, data=text.encode(), lang=lang, reference_date=REF)
    assert result.goals == ()
    (finding,) = [f for f in result.plan_findings if f.code == "P103"]
    assert f"'{heading}'" in finding.message and finding.location is not None


def test_goals_in_sub_sections_fill_their_goals_section(checker: Checker) -> None:
    text = (
        "## Ontwikkeldoelen\n\n### Klantcontact\n\n- Ik bel vóór 1 juni 2027 tien klanten na.\n"
        "\n## Leerdoelen\n\n"
    )
    result = checker.check_document("pop.md", data=text.encode(), lang="nl", reference_date=REF)
    assert len(result.goals) == 1
    empty = [f.message for f in result.plan_findings if f.code == "P103"]
    assert len(empty) == 1 and "'Leerdoelen'" in empty[0]


def test_an_empty_goals_heading_in_word(checker: Checker) -> None:
    doc = Document()
    doc.add_heading("Leerdoelen", 1)
    doc.add_heading("Terugblik", 1)
    doc.add_paragraph("Een druk jaar.")
    out = io.BytesIO()
    doc.save(out)
    result = checker.check_document("pop.docx", data=out.getvalue(), lang="nl", reference_date=REF)
    (finding,) = [f for f in result.plan_findings if f.code == "P103"]
    assert finding.location is not None and finding.location.paragraph == 1
    assert "(alinea 1)" in finding.message  # the place in the message language


# -- P104 time for a new plan ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "header", "stale"),
    [
        ("nl", "Datum gesprek: 4 november 2025\n", True),  # 14 months before REF
        ("nl", "Datum gesprek: 4 november 2025\nPeriode: 2025-2026\n", False),  # still running
        ("nl", "Datum gesprek: 20 maart 2026\n", False),
        ("en", "Review date: 2025-10-01\n", True),
        ("en", "Plan period: January 2024 to December 2025\n", True),
        ("en", "Plan period: January 2026 to December 2026\n", False),
    ],
)
def test_a_plan_more_than_a_year_old(checker: Checker, lang: str, header: str, stale: bool) -> None:
    data = (header + "\n" + _document(COURSE_ONLY[lang]).decode()).encode()
    result = checker.check_document("pop.txt", data=data, lang=lang, reference_date=REF)
    found = [f for f in result.plan_findings if f.code == "P104"]
    assert bool(found) is stale
    if found:
        assert found[0].location is not None and found[0].location.line in (1, 2)
        assert {"nl": "15 januari 2027", "en": "15 January 2027"}[lang] in found[0].message


# -- P105 / P106 who gains (a question) ------------------------------------------------------

PERSONAL = {
    "nl": [
        "Ik rond vóór 1 juni 2027 de opleiding projectleider af voor mijn loopbaan.",
        "Ik werk vóór 1 oktober 2027 aan mijn zelfvertrouwen door drie keer te presenteren.",
    ],
    "en": [
        "I will finish the project lead course by 1 June 2027 to grow into a lead role.",
        "I will build my confidence by presenting three times before 1 October 2027.",
    ],
}
COMPANY = {
    "nl": [
        "Ik verkort vóór 1 juni 2027 de wachttijd voor klanten aan de balie tot tien minuten.",
        "Ik schrijf vóór 1 mei 2027 een checklist voor het team bij het sluiten.",
    ],
    "en": [
        "I will cut the waiting time for customers at the desk to ten minutes by 1 June 2027.",
        "I will write a closing checklist for the team by 1 May 2027.",
    ],
}
NEUTRAL = {
    "nl": "Ik leer vóór 1 maart 2027 de nieuwe kassa bedienen.",
    "en": "I will learn to use the new till by 1 March 2027.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_goal_only_about_the_employee(checker: Checker, lang: str) -> None:
    result = checker.check_document(
        "pop.txt", data=_document(PERSONAL[lang]), lang=lang, reference_date=REF
    )
    (finding,) = [f for f in result.plan_findings if f.code == "P105"]
    assert finding.question and finding.severity == "info" and finding.message.count("?") >= 1
    assert "P106" not in [f.code for f in result.plan_findings]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_goal_only_about_the_company(checker: Checker, lang: str) -> None:
    codes = _codes(checker, COMPANY[lang], lang)
    assert "P106" in codes and "P105" not in codes


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_who_gains_is_silent_when_mixed_or_unsure(checker: Checker, lang: str) -> None:
    mixed = [PERSONAL[lang][0], COMPANY[lang][0]]
    unsure = [*PERSONAL[lang], NEUTRAL[lang]]
    for goals in (mixed, unsure, PERSONAL[lang][:1]):
        codes = _codes(checker, goals, lang)
        assert "P105" not in codes and "P106" not in codes


# -- never a verdict; select/ignore; max_goals -------------------------------------------


def test_plan_advice_never_changes_a_goals_verdict(checker: Checker) -> None:
    data = ("Datum gesprek: 1 maart 2024\n\n" + _document(NL_GOALS).decode()).encode()
    quiet = Checker(Config(ignore=("P1",)))
    loud_result = checker.check_document("pop.txt", data=data, lang="nl", reference_date=REF)
    quiet_result = quiet.check_document("pop.txt", data=data, lang="nl", reference_date=REF)
    assert {f.code for f in loud_result.plan_findings} >= {"P101", "P102", "P104"}
    assert quiet_result.plan_findings == ()
    assert loud_result.reports == quiet_result.reports


def test_plan_codes_are_selected_like_rules() -> None:
    data = ("Datum gesprek: 1 maart 2024\n\n" + _document(NL_GOALS).decode()).encode()
    only = Checker(Config(ignore=("P104",)))
    codes = [
        f.code for f in only.check_document("pop.txt", data=data, reference_date=REF).plan_findings
    ]
    assert "P104" not in codes and "P101" in codes
    picked = Checker(Config(ignore=("P1",), extend_select=("P104",)))
    codes = [
        f.code
        for f in picked.check_document("pop.txt", data=data, reference_date=REF).plan_findings
    ]
    assert codes == ["P104"]


@pytest.mark.parametrize(("limit", "fires"), [(3, True), (4, False)])
def test_max_goals_from_config(limit: int, fires: bool) -> None:
    checker = Checker(Config(max_goals=limit))
    result = checker.check_document("pop.txt", data=_document(NL_GOALS[:4]), reference_date=REF)
    p101 = [f for f in result.plan_findings if f.code == "P101"]
    assert bool(p101) is fires
    if p101:
        assert f"hooguit {limit}" in p101[0].message


@pytest.mark.parametrize("bad", [0, -1, 51, "veel"])
def test_max_goals_is_validated(bad: object) -> None:
    with pytest.raises(ConfigError, match=r"max.goals"):
        Config.from_mapping({"max-goals": bad})


def test_max_goals_from_a_config_file_in_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "smartcheck.toml").write_text("max-goals = 2\n")
    path = tmp_path / "pop.txt"
    path.write_bytes(_document(EN_GOALS[:3]))
    config = str(tmp_path / "smartcheck.toml")
    argv = ["check", str(path), "--lang", "en", "--date", REF.isoformat(), "--format", "json"]
    main([*argv, "--config", config])
    notices = json.loads(capsys.readouterr().out)["files"][0]["notices"]
    assert "P101" in {n["code"] for n in notices}
    main([*argv, "--isolated"])  # the default of 5 carries three goals
    notices = json.loads(capsys.readouterr().out)["files"][0]["notices"]
    assert "P101" not in {n["code"] for n in notices}


# -- every CLI format shows plan advice, none fails on it ------------------------------------


@pytest.mark.parametrize("fmt", ["text", "concise", "json", "sarif", "github", "junit"])
def test_every_output_format_shows_plan_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    path = tmp_path / "pop.md"
    path.write_text("Datum gesprek: 1 maart 2024\n\n## Leerdoelen\n\n## Doelen\n\n- " + NL_GOALS[0])
    argv = ["check", str(path), "--lang", "nl", "--date", REF.isoformat(), "--format", fmt]
    main(argv)
    out = capsys.readouterr().out
    assert "P104" in out and "P103" in out
    if fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        p104 = next(r for r in results if r["ruleId"] == "P104")
        assert p104["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    if fmt == "junit":
        assert "<system-out>" in out


def test_per_file_ignores_silence_plan_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "smartcheck.toml").write_text('[per-file-ignores]\n"drafts/*" = ["P1"]\n')
    for folder in ("drafts", "final"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "pop.txt").write_bytes(_document(COURSE_ONLY["nl"]))
    main(["check", str(tmp_path), "--lang", "nl", "--date", REF.isoformat(), "--format", "json"])
    files = json.loads(capsys.readouterr().out)["files"]
    codes = {Path(f["path"]).parent.name: {n["code"] for n in f["notices"]} for f in files}
    assert codes == {"drafts": set(), "final": {"P102"}}


def test_advice_on_a_document_without_goals_speaks_its_language(checker: Checker) -> None:
    english = b"Meeting date: 1 March 2024\n\n## Development goals\n\n## Reflection\n\nFine.\n"
    dutch = b"Datum gesprek: 1 maart 2024\n\n## Leerdoelen\n\n## Handtekening\n\nAkkoord.\n"
    for data, words in ((english, "time to renew"), (dutch, "tijd voor een nieuw POP")):
        result = checker.check_document("pop.md", data=data, reference_date=REF)
        assert [f.code for f in result.plan_findings] == ["P103", "P104"]
        assert words in result.plan_findings[1].message


# -- the CLI's JSON and SARIF describe plan advice like findings ------------------------------

SARIF_SCHEMA = Path(__file__).parents[1] / "cli" / "data" / "sarif-schema-2.1.0.json"


def _who_gains_file(tmp_path: Path) -> Path:
    path = tmp_path / "pop.md"
    goals = "".join(f"- {g}\n" for g in PERSONAL["nl"])
    path.write_text("Datum gesprek: 1 maart 2024\n\n## Doelen\n\n" + goals, encoding="utf-8")
    return path


def test_json_notices_carry_question_status_and_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _who_gains_file(tmp_path)
    main(["check", str(path), "--lang", "nl", "--date", REF.isoformat(), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, results_json_schema(embed_report=True))
    notices = {n["code"]: n for n in data["files"][0]["notices"]}
    assert notices["P105"]["question"] is True and notices["P105"]["severity"] == "info"
    assert notices["P104"]["question"] is False and notices["P104"]["location"]["line"] == 1
    assert notices["P105"]["location"] == {"line": None, "column": None, "where": "plan"}
    assert {n["status"] for n in notices.values()} == {"active"}


def test_sarif_lists_plan_codes_as_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _who_gains_file(tmp_path)
    main(["check", str(path), "--lang", "nl", "--date", REF.isoformat(), "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(sarif)
    (run,) = sarif["runs"]
    rules = run["tool"]["driver"]["rules"]
    plan = {r["id"]: r for r in rules if r["id"] in PLAN_CODES}
    assert set(plan) == set(PLAN_CODES)
    assert all(r["shortDescription"]["text"] and r["help"]["text"] for r in plan.values())
    assert plan["P101"]["defaultConfiguration"]["level"] == "warning"
    assert plan["P105"]["properties"]["question"] is True
    for code in ("P104", "P105"):
        result = next(r for r in run["results"] if r["ruleId"] == code)
        assert rules[result["ruleIndex"]]["id"] == code
    p105 = next(r for r in run["results"] if r["ruleId"] == "P105")
    assert p105["properties"] == {"question": True}
    assert p105["locations"][0]["logicalLocations"] == [{"fullyQualifiedName": "plan"}]


def test_statistics_name_plan_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _who_gains_file(tmp_path)
    main(["check", str(path), "--lang", "nl", "--date", REF.isoformat(), "--statistics"])
    lines = capsys.readouterr().out.splitlines()
    assert any(line.split()[1:] == ["P105", "plan.only_the_employee_gains"] for line in lines)
