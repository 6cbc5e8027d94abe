#!/usr/bin/env python
"""The full JSON of every report on a fixed set of goals, one line each: the acceptance test
of a change meant to alter no result (speed, plumbing). Run it before and after the change
and compare the files byte for byte (a script, not a test).

The goals: ../shared/data/goals-dev.jsonl and goals-dev-2.jsonl (skipped when absent), the
rewrite fixtures of tests/rewrite/goals.yaml, a text packing three goals (the split fallback)
and two shouted goals. They go through ``check_many`` per language (batches of 16), through
``check_many`` with language detection (batches of 64), and every seventh through ``check``.

    PYTHONPATH=src python benchmarks/dump_reports.py before.jsonl
    ... change ...
    PYTHONPATH=src python benchmarks/dump_reports.py after.jsonl && cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
REF = date(2026, 11, 23)
EXTRA = [
    ("nl", "Ik wil beter worden in Excel. Ik wil vaker sporten. Ik wil mijn netwerk vergroten."),
    ("en", "I WANT TO GET BETTER AT EXCEL."),
    ("nl", "IK WIL BETER WORDEN IN EXCEL."),
]


def goals() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for name in ("goals-dev.jsonl", "goals-dev-2.jsonl"):
        path = DATA / name
        if not path.exists():
            print(f"(../shared/data/{name} absent: skipped)", file=sys.stderr)
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        found += [(row["lang"], row["text"]) for row in rows if row]
    fixtures = yaml.safe_load((REPO / "tests" / "rewrite" / "goals.yaml").read_text())["goals"]
    found += [(lang, text) for lang, texts in fixtures.items() for text in texts]
    return found + EXTRA


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the file to write (JSON lines)")
    args = parser.parse_args()
    from smartcheck import Checker

    checker = Checker()
    every = goals()
    lines = []
    for lang in ("nl", "en"):
        texts = [text for code, text in every if code == lang]
        results = checker.check_many(texts, lang=lang, reference_date=REF, batch_size=16)
        lines += [r.model_dump_json() for r in results]
    results = checker.check_many([text for _, text in every], reference_date=REF)
    lines += [r.model_dump_json() for r in results]
    for lang, text in every[::7]:
        lines.append(checker.check(text, lang=lang, reference_date=REF).model_dump_json())
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    print(f"{len(every)} goals, {len(lines)} reports, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
