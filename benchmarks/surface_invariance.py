"""Verdicts under surface changes: ``python benchmarks/surface_invariance.py [--list]``.

For every rule-fixture goal and every development goal (when ../shared is present), applies
each surface transformation of ``tests/support/surface_transforms.py`` (list markers, labels,
case, whitespace, typographic quotes, final period, emoji) and prints, per transformation,
the share of goals whose five verdicts stayed the same.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.surface_transforms import dev_goals, fixture_goals, flips

from smartcheck.checker import Checker


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--list", action="store_true", help="print every changed verdict")
    parser.add_argument("--variants", type=int, default=2, help="variants per transform")
    args = parser.parse_args()
    checker = Checker()
    total: Counter[str] = Counter()
    same: Counter[str] = Counter()
    for label, goals in (("fixtures", fixture_goals()), ("dev", dev_goals())):
        for name, lang, _, changed, before, after in flips(checker, goals, args.variants):
            total[name, label] += 1
            same[name, label] += before == after
            if before != after and args.list:
                diff = "".join("SMART"[i] for i in range(5) if before[i] != after[i])
                print(f"{label} {name} [{diff}] {lang}: {changed!r}")
    print(f"{'transform':<32} {'fixtures':>16} {'dev goals':>16}")
    for name in dict.fromkeys(n for n, _ in total):
        cells = []
        for label in ("fixtures", "dev"):
            n, k = total[name, label], same[name, label]
            cells.append(f"{k}/{n} {100 * k / n:5.1f}%" if n else "-")
        print(f"{name:<32} {cells[0]:>16} {cells[1]:>16}")
    n, k = sum(total.values()), sum(same.values())
    print(f"{'all':<32} {k}/{n} = {100 * k / n:.2f}% unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
