"""Trust boundaries: what is read from where. ``--isolated`` reads no config file; a config
file that is found but does not parse is an error; a bare model name is an installed package,
never a folder that happens to sit in the current directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcheck import Config, ConfigError
from smartcheck.configuration.discovery import ConfigFinder
from smartcheck.errors import ModelLoadError
from smartcheck.reading.pipeline import get_pipeline


def test_isolated_finder_ignores_a_planted_config(tmp_path: Path) -> None:
    (tmp_path / "smartcheck.toml").write_text('packs = ["evil.yaml"]\n', encoding="utf-8")
    resolved = ConfigFinder(isolated=True).for_path(tmp_path / "pop.md")
    assert resolved.path is None and resolved.config == Config()


def test_a_found_pyproject_that_does_not_parse_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.smartcheck\nselect = [", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pyproject\.toml.*cannot be read"):
        Config.discover(tmp_path)


def test_a_bare_model_name_never_loads_a_folder_in_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    planted = tmp_path / "nl_planted_pipeline"
    import spacy

    spacy.blank("nl").to_disk(planted)  # a loadable pipeline folder of that name
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelLoadError, match=r"not an installed package.*'\./nl_planted"):
        get_pipeline("nl", "nl_planted_pipeline")
    assert get_pipeline("nl", "./nl_planted_pipeline").lang == "nl"  # named as a path: fine
