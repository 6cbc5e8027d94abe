"""Throughput of the whole checker (parse + time engine + anatomy + rules + rewrite).

Prints goals/s for ``check_many`` and the median latency of ``check`` per language, on the
goals of ../shared/data/goals-dev.jsonl repeated, for the shipped pipelines and for blank.
A script, not a test: figures depend on the machine.

    PYTHONPATH=src python benchmarks/check_speed.py [--goals 2000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from smartcheck import Checker

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "goals-dev.jsonl"
REF = date(2026, 11, 23)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--goals", type=int, default=2000, help="goals per run")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found (needs ../shared beside the repo)")
        return 0
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    texts = [r["text"] for r in rows]
    batch = (texts * (args.goals // len(texts) + 1))[: args.goals]
    for model in ("shipped", "blank"):
        checker = Checker({"model": model})
        list(checker.check_many(texts[:20], reference_date=REF))  # load pipelines, warm caches
        start = time.perf_counter()
        count = sum(1 for _ in checker.check_many(batch, reference_date=REF, batch_size=256))
        elapsed = time.perf_counter() - start
        latencies = []
        for text in texts:
            t0 = time.perf_counter()
            checker.check(text, reference_date=REF)
            latencies.append((time.perf_counter() - t0) * 1000)
        print(
            f"{model:8s} check_many: {count / elapsed:7.1f} goals/s ({count} goals, "
            f"{elapsed:.1f} s); check: median {statistics.median(latencies):.1f} ms, "
            f"p95 {sorted(latencies)[int(0.95 * len(latencies))]:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
