"""Rule packs: built-in packs validate, user packs layer on top, errors name the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcheck import Checker, RulePackError
from smartcheck.configuration.packs import load_pack, merge_layers
from tests.conftest import REF


def test_builtin_packs_validate() -> None:
    for lang in ("nl", "en"):
        pack = load_pack(lang)
        assert pack.lang == lang
        assert pack.words("vague_outcome")
        assert set(pack.questions) == set("SMART")


def test_merge_extends_lists_and_replaces_scalars() -> None:
    merged = merge_layers(
        {"a": [1, 2], "b": {"x": 1}, "c": "old"}, {"a": [2, 3], "b": {"y": 2}, "c": "new"}
    )
    assert merged == {"a": [1, 2, 3], "b": {"x": 1, "y": 2}, "c": "new"}


def test_user_pack_adds_sector_words(tmp_path: Path) -> None:
    pack = tmp_path / "zorg.yaml"
    pack.write_text("lang: nl\nlexicon:\n  vague_outcome: [opfrissen]\n", encoding="utf-8")
    text = "Ik ga vóór 1 maart 2027 mijn reanimatiekennis opfrissen."
    assert "S001" not in {
        f.code for f in Checker().check(text, lang="nl", reference_date=REF).findings
    }
    checker = Checker({"packs": [str(pack)]})
    assert "S001" in {f.code for f in checker.check(text, lang="nl", reference_date=REF).findings}


def test_user_pack_can_change_a_message(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(
        "lang: en\nmessages:\n  T001: {message: 'No date, please add one.'}\n", encoding="utf-8"
    )
    report = Checker({"packs": [str(pack)]}).check("I will run.", lang="en", reference_date=REF)
    assert [f.message for f in report.findings if f.code == "T001"] == ["No date, please add one."]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("lexicon: [1, 2]\nlang: nl\n", "invalid"),
        ("just a string", "mapping"),
        ("lexicon: {a: [x]}\n", "must say which language"),
        ("lang: nl\nmessages: {T001: {mesage: x}}\n", "invalid"),
        ("lang: nl\n  bad: [indent\n", "cannot be read"),
    ],
)
def test_invalid_user_pack_names_the_file(tmp_path: Path, content: str, problem: str) -> None:
    pack = tmp_path / "bad.yaml"
    pack.write_text(content, encoding="utf-8")
    with pytest.raises(RulePackError, match=problem) as info:
        load_pack("nl", [pack])
    assert "bad.yaml" in str(info.value)


def test_missing_user_pack() -> None:
    with pytest.raises(RulePackError, match="does not exist"):
        load_pack("nl", [Path("/nonexistent/pack.yaml")])
