"""The preparation questions of the POP-gesprek: API and ``smartcheck questions``."""

from __future__ import annotations

import pytest

import smartcheck
from smartcheck import ConfigError
from smartcheck.cli import main

#: What the guides ask both sides to prepare, as words each language's questions must use.
TOPICS = {
    "nl": ("goed", "beter", "ambities", "doorgroeien", "fase", "cursus", "bedrijf"),
    "en": ("goes well", "better", "ambitions", "grow into", "phase", "course", "company"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("role", ["employee", "manager"])
def test_each_role_gets_every_topic_of_the_guides(role: str, lang: str) -> None:
    questions = smartcheck.preparation_questions(role=role, lang=lang)
    text = " ".join(questions)
    missing = [topic for topic in TOPICS[lang] if topic not in text]
    assert not missing, f"{role}/{lang} questions miss {missing}"
    assert all(q.endswith("?") for q in questions)


def test_the_two_roles_get_their_own_questions() -> None:
    employee = smartcheck.preparation_questions(role="employee", lang="nl")
    manager = smartcheck.preparation_questions(role="manager", lang="nl")
    assert set(employee).isdisjoint(manager)


def test_an_unknown_role_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="unknown role 'boss'"):
        smartcheck.preparation_questions(role="boss")


def test_the_command_prints_one_role(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["questions", "--role", "manager", "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    expected = smartcheck.preparation_questions(role="manager", lang="en")
    assert out == [f"{n}. {q}" for n, q in enumerate(expected, 1)]


def test_the_command_prints_both_roles_under_headings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["questions"]) == 0
    out = capsys.readouterr().out
    assert "Voorbereiding medewerker:" in out and "Voorbereiding leidinggevende:" in out
    for role in ("employee", "manager"):
        for question in smartcheck.preparation_questions(role=role, lang="nl"):
            assert question in out


def test_an_unknown_language_fails_cleanly(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["questions", "--lang", "xx"])
    err = capsys.readouterr().err
    assert status != 0 and "smartcheck: error" in err and "Traceback" not in err
