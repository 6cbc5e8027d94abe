"""Surface transformations that must not change a verdict (../shared/JUDGING.md: "A goal is
judged as a person wrote it"), shared by the metamorphic tests and
``benchmarks/surface_invariance.py``.

Each transform takes a goal text, its language and a variant number (which marker, which
label, which space to double) and returns the same goal on another surface.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import yaml

from smartcheck.checker import Checker
from smartcheck.reporting.report import GoalReport
from tests.support.paths import checkout_path

Transform = Callable[[str, str, int], str]

MARKERS = ("1. ", "1) ", "a) ", "- ", "* ", "\u2022 ", "\u2013 ", "12. ", "(3) ", "b. ")
LABELS = {
    "nl": ("Doel 2: ", "Leerdoel: ", "Ontwikkeldoel 3 \u2013 ", "SMART-doel: ", "Doel: "),
    "en": ("Goal 1: ", "SMART goal: ", "Goal: ", "Objective 2 - ", "Development goal: "),
}
EMOJI = ("\U0001f680", "\U0001f4aa", "\u2705", "\U0001f3af", "\U0001f60a")
_SPACE = re.compile(r" ")


def _pick(options: tuple[str, ...], variant: int) -> str:
    return options[variant % len(options)]


def _marker(text: str, lang: str, variant: int) -> str:
    return _pick(MARKERS, variant) + text


def _label(text: str, lang: str, variant: int) -> str:
    return _pick(LABELS[lang], variant) + text


def _marker_and_label(text: str, lang: str, variant: int) -> str:
    return _pick(MARKERS, variant) + _pick(LABELS[lang], variant + 1) + text


def _lower(text: str, lang: str, variant: int) -> str:
    return text.lower()


def _upper(text: str, lang: str, variant: int) -> str:
    return text.upper()


def _replace_spaces(replacement: str) -> Transform:
    def transform(text: str, lang: str, variant: int) -> str:
        spaces = [m.start() for m in _SPACE.finditer(text)]
        if not spaces:
            return text
        chosen = set(spaces[variant % len(spaces) :: 2]) if variant % 3 else set(spaces)
        return "".join(replacement if i in chosen else c for i, c in enumerate(text))

    return transform


def _typographic(text: str, lang: str, variant: int) -> str:
    """Curly quotes and apostrophes, and dashes for spaced hyphens."""
    out, opened = [], False
    for char in text:
        if char == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        elif char == "'":
            out.append("\u2019")
        else:
            out.append(char)
    dash = "\u2014" if variant % 2 else "\u2013"
    return "".join(out).replace(" - ", f" {dash} ")


def _no_final_period(text: str, lang: str, variant: int) -> str:
    return text.rstrip().removesuffix(".")


def _emoji(text: str, lang: str, variant: int) -> str:
    return f"{text} {_pick(EMOJI, variant)}"


TRANSFORMS: dict[str, Transform] = {
    "list marker": _marker,
    "label": _label,
    "marker + label": _marker_and_label,
    "lower case": _lower,
    "ALL CAPS": _upper,
    "double spaces": _replace_spaces("  "),
    "tabs": _replace_spaces("\t"),
    "non-breaking spaces": _replace_spaces("\u00a0"),
    "typographic quotes and dashes": _typographic,
    "no final period": _no_final_period,
    "trailing emoji": _emoji,
}

FIXTURES = checkout_path("tests", "rules", "fixtures")
SHARED_DATA = checkout_path("..", "shared", "data")


def fixture_goals() -> list[tuple[str, str]]:
    """(lang, text) of every rule-fixture goal, pass and fail cases alike."""
    goals = []
    for path in sorted(FIXTURES.glob("*.yml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            for key in ("pass", "fail"):
                if key in case:
                    goals.append((case.get("lang", "nl"), case[key]))
    return goals


def dev_goals(folder: Path = SHARED_DATA) -> list[tuple[str, str]]:
    """(lang, text) of the development goals, when ../shared is present."""
    goals = []
    for name in ("goals-dev.jsonl", "goals-dev-2.jsonl"):
        path = folder / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    goals.append((row["lang"], row["text"]))
    return goals


def verdicts(report: GoalReport) -> tuple[bool, ...]:
    """The five verdicts, S M A R T."""
    return tuple(score.passed for score in report.criteria.values())


def flips(
    checker: Checker, goals: list[tuple[str, str]], variants: int = 2
) -> Iterator[tuple[str, str, str, str, tuple[bool, ...], tuple[bool, ...]]]:
    """(transform, lang, original, transformed, verdicts before, after) for every pair of
    goal and transform; the caller counts the ones that differ. Goals are checked in
    batches per language."""
    ref = date(2026, 11, 23)
    for lang in sorted({g[0] for g in goals}):
        texts = [text for code, text in goals if code == lang]
        base = dict(zip(texts, _verdicts_of(checker, texts, lang, ref), strict=True))
        pairs = []
        for text in texts:
            for name, transform in TRANSFORMS.items():
                seen = {text}
                for variant in range(variants):
                    changed = transform(text, lang, variant)
                    if changed not in seen:
                        seen.add(changed)
                        pairs.append((name, text, changed))
        after = _verdicts_of(checker, [changed for _, _, changed in pairs], lang, ref)
        for (name, text, changed), judged in zip(pairs, after, strict=True):
            yield name, lang, text, changed, base[text], judged


def _verdicts_of(
    checker: Checker, texts: list[str], lang: str, ref: date
) -> list[tuple[bool, ...]]:
    results = []
    for report in checker.check_many(texts, lang=lang, reference_date=ref, batch_size=256):
        assert isinstance(report, GoalReport), report
        results.append(verdicts(report))
    return results
