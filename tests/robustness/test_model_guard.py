"""A pipeline folder named in the configuration is tried before it is used: a tokenizer
pattern that backtracks catastrophically is refused with an error naming the folder and the
pattern, instead of hanging on the first goal that meets it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

import smartcheck.reading.model_guard as guard
from smartcheck import Checker, ConfigError, ModelLoadError
from smartcheck.reading.model_guard import check_tokenizer_patterns, tokenizer_patterns
from smartcheck.reading.pipeline import get_pipeline
from tests.conftest import REF


def _folder(tmp_path: Path, name: str, **patterns: str) -> Path:
    nlp = spacy.blank("nl")
    for attribute, source in patterns.items():
        compiled = re.compile(source)
        method = "finditer" if attribute == "infix_finditer" else "search"
        if attribute in ("token_match", "url_match"):
            method = "match"
        setattr(nlp.tokenizer, attribute, getattr(compiled, method))
    target = tmp_path / name
    nlp.to_disk(target)
    return target


def test_a_folder_with_a_catastrophic_suffix_pattern_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(guard, "PROBE_SECONDS", 3.0)
    folder = _folder(tmp_path, "nl_evil", suffix_search=r"(?:[a-z]+)+\d$")
    with pytest.raises(ConfigError) as caught:
        Checker({"model": {"nl": str(folder)}}).check("Ik leer Python.", lang="nl")
    message = str(caught.value)
    assert isinstance(caught.value, ModelLoadError)
    assert "nl_evil" in message and "suffix_search" in message
    assert repr(r"(?:[a-z]+)+\d$") in message and "backtracks catastrophically" in message


def test_a_catastrophic_token_match_is_refused_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(guard, "PROBE_SECONDS", 3.0)
    folder = _folder(tmp_path, "nl_evil_match", token_match=r"^(?:\d+)+x$")
    with pytest.raises(ConfigError, match="token_match"):
        get_pipeline("nl", str(folder))


def test_a_folder_with_spacys_own_patterns_loads(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "nl_plain")
    nlp = get_pipeline("nl", str(folder))
    assert set(tokenizer_patterns(nlp)) >= {"prefix_search", "suffix_search", "infix_finditer"}
    report = Checker({"model": {"nl": str(folder)}}).check(
        "Ik leer Python.", lang="nl", reference_date=REF
    )
    assert report.lang == "nl"


def test_the_probe_tells_a_catastrophic_pattern_from_a_linear_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(guard, "PROBE_SECONDS", 3.0)
    nlp = spacy.blank("en")
    nlp.tokenizer.prefix_search = re.compile(r"^[a-z]+[.]").search  # linear
    check_tokenizer_patterns(nlp, "linear")
    nlp.tokenizer.prefix_search = re.compile(r"^(a|aa)+$").search  # exponential on "aaa…!"
    with pytest.raises(ModelLoadError, match="prefix_search"):
        check_tokenizer_patterns(nlp, "exponential")
