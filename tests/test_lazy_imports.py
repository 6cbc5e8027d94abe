"""Heavy libraries load when first needed, not on ``import smartcheck``; packs load per
language, but a broken user pack still fails when the Checker is built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import smartcheck
from smartcheck import Checker, RulePackError

HEAVY = ("spacy", "dateparser", "simplemma", "thinc")


def _modules_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_import_loads_no_parser() -> None:
    assert _modules_after("import smartcheck") == set()


def test_building_a_checker_loads_no_parser() -> None:
    assert _modules_after("import smartcheck\nsmartcheck.Checker()") == set()


def test_checking_loads_the_parser() -> None:
    loaded = _modules_after(
        "import smartcheck\nsmartcheck.check('Ik wil beter worden in Excel.', lang='nl')"
    )
    assert {"spacy", "simplemma"} <= loaded


def test_public_names_resolve() -> None:
    for name in smartcheck.__all__:
        assert getattr(smartcheck, name) is not None
    assert smartcheck.Checker is Checker
    with pytest.raises(AttributeError, match="no attribute 'Chekcer'"):
        _ = smartcheck.Chekcer  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_broken_user_pack_fails_at_construction(tmp_path: Path, lang: str) -> None:
    pack = tmp_path / "broken.yaml"
    pack.write_text(f"lang: {lang}\nmessages: {{T001: {{mesage: x}}}}\n", encoding="utf-8")
    with pytest.raises(RulePackError, match=r"broken\.yaml"):
        Checker({"packs": [str(pack)]})


def test_user_pack_without_language_fails_at_construction(tmp_path: Path) -> None:
    pack = tmp_path / "nolang.yaml"
    pack.write_text("lexicon: {hedges: [wellicht]}\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="must say which language"):
        Checker({"packs": [str(pack)]})


def test_simplemma_dictionaries_are_read_once_with_the_low_memory_backend() -> None:
    """Every simplemma call goes through reading.pipeline with ``low_memory=True``: a call
    with the default backend somewhere would unpack the same dictionary a second time (about
    50 MiB per language)."""
    script = (
        "import smartcheck\n"
        "smartcheck.check_many(['Ik wil beter worden in Excel.', 'I want to learn Python.'])\n"
        "list(smartcheck.check_many(['Ik wil beter worden in Excel.', 'Learn Python.']))\n"
        "from simplemma.strategies.dictionaries import (\n"
        "    DEFAULT_DICTIONARY_FACTORY as d, LOW_MEMORY_DICTIONARY_FACTORY as low)\n"
        "print(d._get_dictionary.cache_info().currsize, low._get_dictionary.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "2"]  # none unpacked; nl and en read in place
