"""A long hostile-input run: N seeded random goals (tests/support/hostile.py: real goals with
junk inserted, junk runs, random code points) through ``check`` and, in batches, through
``check_many``; prints the count per outcome and the slowest goal. Anything but "report" or a
smartcheck error is a bug, printed with its seed and index so it can be replayed.

    PYTHONPATH=src:. python benchmarks/fuzz_run.py --n 100000 [--seed 0] [--model blank]
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
from datetime import date

from tests.support.hostile import hostile_goal, invariant_problems

from smartcheck import Checker, GoalError, GoalReport, SmartcheckError

REF = date(2026, 11, 23)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000, help="number of goals")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default="shipped", help="'shipped' or 'blank'")
    parser.add_argument("--batch", type=int, default=64, help="check_many batch size")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    checker = Checker({"model": args.model})
    for lang in ("nl", "en"):  # load the pipelines first: the slowest goal is then a goal
        checker.check("Ik wil beter worden in Excel.", lang=lang, reference_date=REF)
    outcomes: collections.Counter[str] = collections.Counter()
    bugs: list[str] = []
    slowest = (0.0, -1)
    started = time.perf_counter()
    pending: list[str] = []
    for index in range(args.n):
        text = hostile_goal(rng)
        if index % 2:  # every other goal goes through check_many, in batches
            pending.append(text)
            if len(pending) >= args.batch:
                _many(checker, pending, outcomes, bugs, index)
                pending = []
            continue
        began = time.perf_counter()
        try:
            report = checker.check(text, reference_date=REF)
        except SmartcheckError as exc:
            outcomes[f"check: {type(exc).__name__}"] += 1
        except Exception as exc:  # a bug: anything not smartcheck's own
            outcomes[f"check: BUG {type(exc).__name__}"] += 1
            bugs.append(f"seed {args.seed} index {index}: {type(exc).__name__}: {exc}")
        else:
            problems = invariant_problems(report)
            outcomes["check: report" if not problems else "check: BUG invariant"] += 1
            bugs += [f"seed {args.seed} index {index}: {p}" for p in problems]
        took = time.perf_counter() - began
        slowest = max(slowest, (took, index))
    if pending:
        _many(checker, pending, outcomes, bugs, args.n)
    elapsed = time.perf_counter() - started
    print(f"{args.n} hostile goals, seed {args.seed}, model {args.model}: {elapsed:.0f} s")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome:40s} {count:8d}")
    print(f"  slowest check(): {slowest[0]:.2f} s (index {slowest[1]})")
    for bug in bugs[:20]:
        print("  BUG", bug)
    return 1 if bugs else 0


def _many(
    checker: Checker,
    texts: list[str],
    outcomes: collections.Counter[str],
    bugs: list[str],
    index: int,
) -> None:
    try:
        results = list(checker.check_many(texts, reference_date=REF))
    except Exception as exc:  # check_many must never raise with errors="report"
        outcomes["check_many: BUG raised"] += len(texts)
        bugs.append(f"batch ending {index}: {type(exc).__name__}: {exc}")
        return
    if len(results) != len(texts):
        bugs.append(f"batch ending {index}: {len(results)} results for {len(texts)} goals")
    for result in results:
        if isinstance(result, GoalError):
            outcomes[f"check_many: error {result.error}"] += 1
        elif isinstance(result, GoalReport):
            problems = invariant_problems(result)
            outcomes["check_many: report" if not problems else "check_many: BUG invariant"] += 1
            bugs += [f"batch ending {index}: {p}" for p in problems]


if __name__ == "__main__":
    sys.exit(main())
