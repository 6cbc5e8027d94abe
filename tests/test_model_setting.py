"""The ``model`` setting is honoured everywhere: a relative path in a config file is read from
that file's folder, and the seam check of rewrites parses with the configured pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy

import smartcheck.fixing.rewrite.seams.parses as seam_parses
from smartcheck import Checker, Config
from smartcheck.configuration.resources import pipeline_dir
from smartcheck.reading.pipeline import get_pipeline
from tests.conftest import REF


def test_a_relative_model_path_is_read_from_the_config_files_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / "models").mkdir(parents=True)
    spacy.blank("nl").to_disk(project / "models" / "nl_team")
    (project / "smartcheck.toml").write_text(
        '[model]\nnl = "./models/nl_team"\nen = "blank"\n', encoding="utf-8"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    config = Config.from_file(project / "smartcheck.toml")
    assert Path(config.model["nl"]) == project / "models" / "nl_team"
    assert config.model["en"] == "blank"  # a name stays a name
    report = Checker(config).check("Ik leer Python.", lang="nl", reference_date=REF)
    assert report.goal.parser == "blank"  # the team's folder holds a blank pipeline


def test_the_seam_check_parses_with_the_configured_pipeline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pipeline folder (here a copy of the shipped one, named by its path) reads the
    rewrite candidates too, not the shipped pipeline beside it."""
    folder = pipeline_dir("nl")
    assert folder is not None
    checker = Checker({"model": {"nl": str(folder.resolve()), "en": "blank"}})
    used: list[Any] = []
    real = seam_parses.seam_pipeline

    def spy(goal: Any) -> Any:
        nlp = real(goal)
        used.append(nlp)
        return nlp

    monkeypatch.setattr(seam_parses, "seam_pipeline", spy)
    report = checker.check("Ik wil beter worden in Excel.", lang="nl", reference_date=REF)
    assert report.rewrite is not None and used
    assert all(nlp is checker.nlp("nl") for nlp in used)
    assert checker.nlp("nl") is not get_pipeline("nl", "shipped")


def test_a_blank_pipeline_leaves_the_seam_check_to_the_shipped_one() -> None:
    """Blank has no tags or parse to find a seam in: the shipped pipeline reads for it."""
    checker = Checker({"model": {"nl": "blank", "en": "blank"}})
    goal = checker.parse("Ik wil beter worden in Excel.", lang="nl", reference_date=REF)
    assert seam_parses.seam_pipeline(goal) is get_pipeline("nl", "shipped")
