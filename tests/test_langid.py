"""Language detection on short goals."""

from __future__ import annotations

import json

import pytest

from smartcheck.errors import UnsupportedLanguageError
from smartcheck.reading.language import detect_language
from tests.conftest import shared_file


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik wil beter worden in Excel.", "nl"),
        ("Excel leren.", "nl"),
        ("Binnen drie maanden kan ik de klimaatcomputer instellen.", "nl"),
        ("Improve at data analytics.", "en"),
        ("I want to get better at Excel.", "en"),
        ("By Q3 2027 I want to lead my own project.", "en"),
        ("Meer feedback vragen aan collega's.", "nl"),
        ("Read ten books this year.", "en"),
    ],
)
def test_detects_short_goals(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_no_clue_falls_back_to_the_default() -> None:
    assert detect_language("SAP", default="nl") == "nl"
    assert detect_language("SAP", default="en") == "en"
    assert detect_language("2027", default="en") == "en"


@pytest.mark.parametrize("text", ["E0E", "A1 E2 I3", "e4e o5o", "Y2K A4"])
def test_letters_glued_to_digits_are_a_code_not_a_word(text: str) -> None:
    """'E0E' holds the letters of Italian 'e' twice; a code is no evidence of a language."""
    assert detect_language(text, default="nl") == "nl"
    assert detect_language(text, default="en") == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Ich möchte bis Ende des Jahres meine Kenntnisse in Excel verbessern.",
        "Je veux améliorer mes compétences en Excel avant la fin de l'année.",
        "Quiero mejorar mis habilidades de Excel antes de fin de año.",
    ],
)
def test_other_languages_are_rejected(text: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match="supports nl, en"):
        detect_language(text)


def test_accuracy_on_the_development_goals() -> None:
    rows = [json.loads(line) for line in shared_file("goals-dev.jsonl").open(encoding="utf-8")]
    correct = sum(detect_language(row["text"]) == row["lang"] for row in rows)
    assert correct / len(rows) >= 0.98, f"{correct}/{len(rows)}"
