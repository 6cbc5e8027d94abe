"""How checking grows with the number of words in one goal: seconds and Python calls for
goals of 200, 400, 800 and 1,600 repeated words, side by side. Linear means each doubling
roughly doubles both (tests/robustness/test_bounds.py asserts it on calls for 100 and 400).

    PYTHONPATH=src:. python benchmarks/long_goals.py [--words leren "plannen en"]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date

from tests.support.work import calls_to_check

from smartcheck import Checker

REF = date(2026, 11, 23)
SIZES = (200, 400, 800, 1600)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", nargs="+", default=["leren", "plannen en", "Excel, Word"])
    args = parser.parse_args()
    checker = Checker({"max_length": 40_000})
    checker.check("Ik wil beter worden in Excel.", lang="nl", reference_date=REF)  # load first
    print(f"{'words':>14} " + " ".join(f"{n:>16}" for n in SIZES))
    for word in args.words:
        seconds, calls = [], []
        for n in SIZES:
            text = " ".join([word] * n)
            began = time.perf_counter()
            checker.check(text, lang="nl", reference_date=REF)
            seconds.append(time.perf_counter() - began)
            calls.append(calls_to_check(checker, text, REF))
        print(f"{word!r:>14} " + " ".join(f"{s:>15.2f}s" for s in seconds))
        print(f"{'':>14} " + " ".join(f"{c:>10,} calls" for c in calls))
    return 0


if __name__ == "__main__":
    sys.exit(main())
