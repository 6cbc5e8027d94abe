"""Lexicon keys are a closed, typed set: packs, rules and code agree on it.

A misspelled key in a pack is rejected with the file and the key; every key the code reads is
in every shipped pack; every key is read by some module; every rule class is registered.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest
import yaml

import smartcheck
from smartcheck import RulePackError
from smartcheck.configuration.lexicon_keys import LEXICON_KEYS
from smartcheck.configuration.packs import SUPPORTED_LANGUAGES, builtin_pack, load_pack
from smartcheck.judging.rule import Rule
from smartcheck.judging.strategies import PhraseRule
from smartcheck.rules import get_rules
from tests.conftest import REPO

SRC = Path(smartcheck.__file__).parent


def test_a_misspelled_lexicon_key_names_the_file_the_key_and_the_nearest_key(
    tmp_path: Path,
) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text("lang: nl\nlexicon:\n  hedgez: [wellicht]\n", encoding="utf-8")
    with pytest.raises(RulePackError) as info:
        load_pack("nl", [pack])
    message = str(info.value)
    assert "house.yaml" in message
    assert "'hedgez'" in message
    assert "did you mean 'hedges'" in message


def test_a_known_key_in_a_user_pack_is_accepted(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text("lang: nl\nlexicon:\n  hedges: [wellicht eventueel]\n", encoding="utf-8")
    assert "wellicht eventueel" in load_pack("nl", [pack]).words("hedges")


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_shipped_pack_fills_every_lexicon_key(lang: str) -> None:
    raw = yaml.safe_load((REPO / "rules" / f"{lang}.yaml").read_text(encoding="utf-8"))
    missing = LEXICON_KEYS - set(raw["lexicon"])
    # A key may be empty on purpose (English has no separable verbs), but never forgotten.
    assert not missing, f"rules/{lang}.yaml lacks lexicon keys {sorted(missing)}"


@pytest.mark.parametrize("rule", [r for r in get_rules() if issubclass(r, PhraseRule)])
def test_every_phrase_rule_reads_a_key_of_every_shipped_pack(rule: type[PhraseRule]) -> None:
    for lang in SUPPORTED_LANGUAGES:
        assert builtin_pack(lang).words(rule.key), f"{rule.code}: {lang} has no {rule.key!r}"


def _string_constants(path: Path) -> set[str]:
    """String literals in a module, docstrings left out (a docstring naming a key reads
    nothing)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if id(node) not in docstrings
    }


def test_every_lexicon_key_is_read_by_some_module() -> None:
    """A key nobody reads is dead data in every pack: use it or drop it."""
    declared = SRC / "configuration" / "lexicon_keys.py"
    used: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path != declared:
            used |= _string_constants(path)
    unread = sorted(LEXICON_KEYS - used)
    assert not unread, f"lexicon keys no module reads: {unread}"


def _subclasses(cls: type[Rule]) -> set[type[Rule]]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub, *_subclasses(sub)}
    return found


def test_every_rule_class_in_smartcheck_is_registered() -> None:
    for module in pkgutil.walk_packages([str(SRC / "rules")], "smartcheck.rules."):
        importlib.import_module(module.name)
    ours = {
        cls
        for cls in _subclasses(Rule)
        if cls.__module__.startswith("smartcheck.") and not cls.is_abstract
    }
    unregistered = sorted(cls.__qualname__ for cls in ours - set(get_rules()))
    assert not unregistered, f"rule classes missing from their module's RULES: {unregistered}"
    assert {"PhraseRule", "TimeRule"} <= {
        cls.__name__ for cls in _subclasses(Rule) if cls.is_abstract
    }
