"""Configuration: files, aliases, unknown keys, per-rule options and selection."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcheck import Checker, Config, ConfigError, Criterion
from tests.conftest import REF


def test_defaults_are_valid() -> None:
    config = Config()
    assert config.threshold_for(Criterion.T) == 0.5
    assert "ALL" in config.select


def test_unknown_keys_are_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown key 'colour'"):
        Config.from_mapping({"colour": "blue"})
    path = tmp_path / "smartcheck.toml"
    path.write_text('threshold = 0.6\nsellect = ["T"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="sellect"):
        Config.from_file(path)


def test_pyproject_table_and_kebab_keys(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.smartcheck]\nextend-select = ["T"]\n'
        'message-lang = "en"\n[tool.smartcheck.thresholds]\nachievable = 0.7\n',
        encoding="utf-8",
    )
    config = Config.discover(tmp_path)
    assert config.message_lang == "en"
    assert config.threshold_for(Criterion.A) == 0.7


def test_discover_without_config_gives_defaults(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert Config.discover(tmp_path) == Config()


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "smartcheck.toml"
    path.write_text("threshold = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot be read"):
        Config.from_file(path)
    with pytest.raises(ConfigError, match="does not exist"):
        Config.from_file(tmp_path / "missing.toml")


@pytest.mark.parametrize("alias", ["relevant", "realistisch", "R", "realistic"])
def test_criterion_aliases(alias: str) -> None:
    assert Config.from_mapping({"thresholds": {alias: 0.9}}).threshold_for(Criterion.R) == 0.9


def test_unknown_criterion_is_named() -> None:
    with pytest.raises(ConfigError, match="unknown SMART criterion 'pretty'"):
        Config.from_mapping({"thresholds": {"pretty": 0.9}})


def test_ignore_by_criterion_name_and_code() -> None:
    codes = {r.code for r in Checker({"ignore": ["tijdgebonden", "S001"]}).rules}
    assert not any(code.startswith("T") for code in codes)
    assert "S001" not in codes and "S002" in codes


def test_select_by_prefix_and_name() -> None:
    codes = {r.code for r in Checker({"select": ["T", "specific.vague_outcome"]}).rules}
    assert "S001" in codes and "T001" in codes and "M001" not in codes


def test_select_typo_is_reported() -> None:
    with pytest.raises(ConfigError, match="Q999"):
        Checker({"select": ["Q999"]})


def test_rule_options_by_name_are_validated() -> None:
    checker = Checker({"rules": {"time_bound.deadline_beyond_horizon": {"horizon_days": 100}}})
    report = checker.check("In 2027 rond ik de leergang af.", lang="nl", reference_date=REF)
    assert "T005" in {f.code for f in report.findings}
    with pytest.raises(ConfigError, match="horizon_dayz"):
        Checker({"rules": {"T005": {"horizon_dayz": 100}}})
    with pytest.raises(ConfigError, match="no rule"):
        Checker({"rules": {"T999": {}}})


def test_severity_override() -> None:
    checker = Checker({"rules": {"S001": {"severity": "info"}}})
    report = checker.check("Ik wil beter worden in Excel.", lang="nl", reference_date=REF)
    assert [f.severity for f in report.findings if f.code == "S001"] == ["info"]
    with pytest.raises(ConfigError, match="severity"):
        Checker({"rules": {"S001": {"severity": "fatal"}}})
