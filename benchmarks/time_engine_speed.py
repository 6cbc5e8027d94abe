"""Speed of smartcheck.reading.timex.find_time_expressions per goal, after warm-up.

Usage: PYTHONPATH=src python benchmarks/time_engine_speed.py [--repeat N]

Prints median and p95 milliseconds per goal, per language, for the shared development
sentences (skipped with a message when ../shared is absent) and for tests/timex/cases.tsv.
The first pass over every sentence is warm-up (grammar compilation, dateparser cache) and is
not measured. Target: median <= 1 ms per 20-word goal.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.timex_cases import REFERENCE_DATE, Case, read_cases  # noqa: E402

from smartcheck.reading.timex import find_time_expressions, load_time_table  # noqa: E402

SOURCES = {
    "shared dev": ROOT.parent / "shared" / "data" / "time-expressions-dev.tsv",
    "own cases": ROOT / "tests" / "timex" / "cases.tsv",
}


def measure(cases: list[Case], repeat: int) -> dict[str, list[float]]:
    """Milliseconds per call, per language, over ``repeat`` measured passes."""
    for case in cases:  # warm-up
        find_time_expressions(case.sentence, case.lang, REFERENCE_DATE)
    timings: dict[str, list[float]] = {}
    for _ in range(repeat):
        for case in cases:
            started = time.perf_counter()
            find_time_expressions(case.sentence, case.lang, REFERENCE_DATE)
            timings.setdefault(case.lang, []).append((time.perf_counter() - started) * 1000)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=20, help="measured passes (default 20)")
    parser.add_argument("--no-gc", action="store_true", help="disable the garbage collector")
    args = parser.parse_args()
    if args.no_gc:
        gc.disable()
    started = time.perf_counter()
    for lang in ("nl", "en"):
        find_time_expressions("", lang, REFERENCE_DATE)
        load_time_table(lang)
    print(f"table load: {(time.perf_counter() - started) * 1000:.0f} ms (once per process)")
    for name, path in SOURCES.items():
        if not path.is_file():
            print(f"{name}: skipped, {path} not found (../shared is absent)")
            continue
        cases = read_cases(path)
        for label, goals in ((name, cases), (f"{name}, two sentences per goal", paired(cases))):
            words = statistics.mean(len(c.sentence.split()) for c in goals)
            print(f"{label}: {len(goals)} goals, {words:.1f} words on average")
            for lang, values in sorted(measure(goals, args.repeat).items()):
                values.sort()
                p95 = values[int(0.95 * (len(values) - 1))]
                print(
                    f"  {lang}: median {statistics.median(values):.3f} ms, p95 {p95:.3f} ms, "
                    f"max {values[-1]:.3f} ms per goal"
                )
    return 0


def paired(cases: list[Case]) -> list[Case]:
    """Longer goals (about 17-20 words): each sentence joined to the next of its language."""
    out = []
    for lang in ("nl", "en"):
        same = [c for c in cases if c.lang == lang]
        for first, second in zip(same, same[1:] + same[:1], strict=True):
            out.append(replace(first, sentence=f"{first.sentence} {second.sentence}"))
    return out


if __name__ == "__main__":
    raise SystemExit(main())
