"""Measure how well smartcheck reads goal anatomy: ``python benchmarks/accuracy_anatomy.py``.

Reads hand-checked goals (``tests/anatomy/goals.yaml`` by default) with their expected actor,
action, object and measures, parses each goal, and prints the share of goals whose attribute
was read right, per language and attribute, for the shipped pipelines and for ``blank``.
The matching rules are defined here once, and used by the tests as well:

- **actor**: both absent, or spans that match (see :func:`span_matches`) with the same
  ``first_person`` flag;
- **action**: the lemmas are equal (case-insensitive); both absent also counts;
- **object**: both absent, or spans that match;
- **measures**: the *set* of measure texts equals the expected set.

A predicted span matches an expected one when it overlaps it, contains the expected head
word (``object_head``, else the expected text's last word), and reaches beyond the expected
span by no more characters than the expected span is long (so "the whole sentence" never
matches).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from smartcheck.checker import Checker
from smartcheck.reading.goal import Goal, TextSpan
from tests.support.paths import checkout_path

DEFAULT_DATA = checkout_path("tests", "anatomy", "goals.yaml")
REFERENCE_DATE = date(2026, 11, 23)
ATTRIBUTES = ("actor", "action", "object", "measures")
LANGS = ("nl", "en")


@dataclass(frozen=True)
class Case:
    """One hand-checked goal."""

    lang: str
    text: str
    expected: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.lang}:{self.text}"


def load_cases(path: Path = DEFAULT_DATA) -> list[Case]:
    """The goals of ``path``: a mapping of language to a list of goals."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return [Case(lang, item["text"], item) for lang in LANGS for item in data.get(lang, [])]


def _locate(text: str, part: str) -> tuple[int, int]:
    start = text.find(part)
    if start < 0:
        raise ValueError(f"expected span {part!r} is not in goal {text!r}")
    return start, start + len(part)


def span_matches(goal_text: str, predicted: TextSpan, expected: str, head: str | None) -> bool:
    """Whether ``predicted`` matches the expected span text (see the module docstring)."""
    e_start, e_end = _locate(goal_text, expected)
    head_word = head or expected.split()[-1]
    h_offset = expected.rfind(head_word) if head is None else expected.find(head_word)
    if h_offset < 0:
        raise ValueError(f"head {head_word!r} is not inside {expected!r}")
    h_start, h_end = e_start + h_offset, e_start + h_offset + len(head_word)
    overlaps = predicted.start < e_end and e_start < predicted.end
    has_head = predicted.start <= h_start and h_end <= predicted.end
    beyond = max(0, e_start - predicted.start) + max(0, predicted.end - e_end)
    return overlaps and has_head and beyond <= e_end - e_start


def check_attribute(case: Case, goal: Goal, attribute: str) -> bool:
    """Whether ``goal`` has the expected value of ``attribute`` for ``case``."""
    want = case.expected.get(attribute)
    if attribute == "actor":
        if want is None or goal.actor is None:
            return want is None and goal.actor is None
        return bool(
            span_matches(case.text, goal.actor, want["text"], want.get("head"))
            and goal.actor.first_person == want["first_person"]
        )
    if attribute == "action":
        if want is None or goal.action is None:
            return want is None and goal.action is None
        return bool(goal.action.lemma.lower() == str(want).lower())
    if attribute == "object":
        if want is None or goal.object is None:
            return want is None and goal.object is None
        return span_matches(case.text, goal.object, want, case.expected.get("object_head"))
    if attribute == "measures":
        return {m.text for m in goal.measures} == set(want or [])
    raise ValueError(f"unknown attribute {attribute!r}")


def parse_case(checker: Checker, case: Case) -> Goal:
    return checker.parse(case.text, lang=case.lang, reference_date=REFERENCE_DATE)


def accuracy(cases: Sequence[Case], model: str) -> dict[str, dict[str, float]]:
    """Share of right attributes per language, with ``model`` for every language."""
    checker = Checker({"model": {lang: model for lang in LANGS}})
    right: dict[str, dict[str, int]] = {lang: dict.fromkeys(ATTRIBUTES, 0) for lang in LANGS}
    total: dict[str, int] = dict.fromkeys(LANGS, 0)
    for case in cases:
        goal = parse_case(checker, case)
        total[case.lang] += 1
        for attribute in ATTRIBUTES:
            right[case.lang][attribute] += check_attribute(case, goal, attribute)
    return {
        lang: {a: right[lang][a] / total[lang] for a in ATTRIBUTES} for lang in LANGS if total[lang]
    }


def mistakes(cases: Sequence[Case], model: str) -> list[str]:
    """One line per wrong attribute: what was expected and what was read."""
    checker = Checker({"model": {lang: model for lang in LANGS}})
    lines = []
    for case in cases:
        goal = parse_case(checker, case)
        for attribute in ATTRIBUTES:
            if not check_attribute(case, goal, attribute):
                got = _describe(goal, attribute)
                lines.append(
                    f"{case.lang} {attribute:8} {case.text!r}: "
                    f"want {case.expected.get(attribute)!r}, got {got}"
                )
    return lines


def _describe(goal: Goal, attribute: str) -> str:
    if attribute == "measures":
        return repr([m.text for m in goal.measures])
    value = getattr(goal, attribute)
    if value is None:
        return "None"
    if attribute == "action":
        return repr(value.lemma)
    return repr(value.text)


def _table(model: str, scores: dict[str, dict[str, float]], parser: str) -> str:
    lines = [f"== model={model} ({parser}) ==", "lang  " + "  ".join(f"{a:>8}" for a in ATTRIBUTES)]
    for lang, row in scores.items():
        lines.append(f"{lang:4}  " + "  ".join(f"{row[a]:8.2f}" for a in ATTRIBUTES))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", choices=("shipped", "blank", "both"), default="both")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list every wrong attribute")
    args = parser.parse_args(argv)
    cases = load_cases(args.data)
    models = ("shipped", "blank") if args.model == "both" else (args.model,)
    for model in models:
        checker = Checker({"model": dict.fromkeys(LANGS, model)})
        used = ", ".join(f"{lang}: {_parser_name(checker, lang)}" for lang in LANGS)
        print(_table(model, accuracy(cases, model), used))
        if args.errors:
            print("\n".join(mistakes(cases, model)))
    return 0


def _parser_name(checker: Checker, lang: str) -> str:
    from smartcheck.reading.pipeline import describe_pipeline

    return describe_pipeline(checker.nlp(lang))


if __name__ == "__main__":
    sys.exit(main())
