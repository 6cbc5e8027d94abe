"""Loading spaCy pipelines: explicit models, errors that name the path, lazy cached loading.

Nothing here downloads: package names that are not installed must fail with ModelLoadError.
Tests needing the shipped pipelines skip when models/pipelines/<lang> is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import smartcheck
from smartcheck.configuration.resources import pipeline_dir
from smartcheck.errors import ModelLoadError
from smartcheck.reading.pipeline import describe_pipeline, get_pipeline
from tests.conftest import REF


def _shipped(lang: str) -> Path:
    found = pipeline_dir(lang)
    if found is None:
        pytest.skip(f"needs the shipped pipeline models/pipelines/{lang}, absent")
    return found


def test_blank_model_in_config_parses_without_tags() -> None:
    checker = smartcheck.Checker({"model": {"nl": "blank"}})
    goal = checker.parse("Ik wil mijn rijbewijs halen.", lang="nl", reference_date=REF)
    assert goal.parser == "blank"
    assert goal.doc is not None and not goal.doc.has_annotation("DEP")


def test_shipped_model_in_config(tmp_path: Path) -> None:
    _shipped("nl")
    checker = smartcheck.Checker({"model": {"nl": "shipped"}})
    goal = checker.parse("Ik wil mijn rijbewijs halen.", lang="nl", reference_date=REF)
    assert goal.parser != "blank"
    assert goal.doc is not None and goal.doc.has_annotation("DEP")


def test_path_to_pipeline_folder() -> None:
    folder = _shipped("nl")
    checker = smartcheck.Checker({"model": {"nl": str(folder)}})
    goal = checker.parse("Ik wil mijn rijbewijs halen.", lang="nl", reference_date=REF)
    assert goal.doc is not None and goal.doc.has_annotation("POS")


def test_package_name_not_installed_is_a_model_load_error() -> None:
    with pytest.raises(ModelLoadError, match="nl_core_news_xx_notinstalled"):
        get_pipeline("nl", "nl_core_news_xx_notinstalled")


def test_missing_path_names_path_and_language(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-pipeline"
    with pytest.raises(ModelLoadError) as info:
        smartcheck.Checker({"model": {"nl": str(missing)}}).parse(
            "Ik wil slagen.", lang="nl", reference_date=REF
        )
    assert str(missing) in str(info.value) and "nl" in str(info.value)


def test_empty_folder_is_a_model_load_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelLoadError, match="empty"):
        get_pipeline("nl", str(empty))


def test_broken_config_is_a_model_load_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp\nlang = ", encoding="utf-8")
    with pytest.raises(ModelLoadError, match="broken"):
        get_pipeline("nl", str(broken))


def test_wrong_language_names_path_and_both_languages(tmp_path: Path) -> None:
    english = tmp_path / "tiny_en"
    spacy.blank("en").to_disk(english)
    with pytest.raises(ModelLoadError) as info:
        get_pipeline("nl", str(english))
    message = str(info.value)
    assert str(english) in message and "'en'" in message and "'nl'" in message


def test_shipped_english_in_the_dutch_slot_is_rejected() -> None:
    english = _shipped("en")
    with pytest.raises(ModelLoadError, match="expected 'nl'"):
        get_pipeline("nl", str(english))


def test_loading_is_cached_once_per_process() -> None:
    first = get_pipeline("nl", "blank")
    assert get_pipeline("nl", "blank") is first
    checker = smartcheck.Checker({"model": {"nl": "blank"}})
    assert checker.nlp("nl") is first


def test_loading_is_lazy(tmp_path: Path) -> None:
    # A bad path in the config fails only when a goal in that language is read.
    missing = str(tmp_path / "absent")
    checker = smartcheck.Checker({"model": {"nl": missing}})
    goal = checker.parse("I want to pass.", lang="en", reference_date=REF)
    assert goal.lang == "en"
    with pytest.raises(ModelLoadError):
        checker.parse("Ik wil slagen.", lang="nl", reference_date=REF)


def test_describe_pipeline_names_blank() -> None:
    assert describe_pipeline(get_pipeline("en", "blank")) == "blank"


def test_time_rules_alone_do_not_load_the_trained_pipeline() -> None:
    from smartcheck import Checker

    checker = Checker({"select": ["T"], "rewriter": "none"})
    goal = checker.parse("Binnen drie maanden haal ik mijn certificaat.", lang="nl")
    assert goal.parser == "blank"
    assert goal.deadline is not None
    from smartcheck.configuration.resources import pipeline_dir

    if pipeline_dir("nl") is not None:  # a rule that reads the parse brings the pipeline in
        parsed = Checker({"select": ["T", "S001"], "rewriter": "none"}).parse("Ik leer.", lang="nl")
        assert parsed.parser != "blank"
