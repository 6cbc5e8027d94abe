"""Measure smartcheck's verdicts against labelled goals: ``python benchmarks/accuracy_verdicts.py``.

Reads a JSONL file of goals with per-criterion labels (1 = meets) — by default
``../shared/data/goals-dev.jsonl`` — and prints, per language and criterion, precision,
recall and F1 of both classes (meets / fails), their macro-F1, the confusion of the overall
verdict, and a cross-validated macro-F1: the pass threshold of each criterion is chosen on
k-1 folds and scored on the held-out fold, so tuning that only fits these goals shows up as
a gap between the two figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from smartcheck.checker import Checker
from smartcheck.criteria import Criterion
from smartcheck.reporting.report import GoalReport
from tests.support.paths import checkout_path

DEFAULT_DATA = checkout_path("..", "shared", "data", "goals-dev.jsonl")
REFERENCE_DATE = date(2026, 11, 23)
CRITERIA = tuple(c.value for c in Criterion)
THRESHOLD_GRID = tuple(round(0.05 * i, 2) for i in range(2, 19))


@dataclass(frozen=True)
class Scored:
    """One labelled goal with smartcheck's scores per criterion."""

    lang: str
    text: str
    labels: dict[str, int]
    scores: dict[str, float]
    codes: tuple[str, ...]


def load_rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score_rows(rows: Sequence[dict[str, Any]], checker: Checker) -> list[Scored]:
    texts = [row["text"] for row in rows]
    scored = []
    for row, report in zip(
        rows, checker.check_many(texts, reference_date=REFERENCE_DATE), strict=True
    ):
        assert isinstance(report, GoalReport)
        scored.append(
            Scored(
                lang=row["lang"],
                text=row["text"],
                labels={c: int(row[c]) for c in CRITERIA},
                scores={c.value: s.score for c, s in report.criteria.items()},
                codes=tuple(f.code for f in report.findings),
            )
        )
    return scored


def prf(gold: Sequence[int], pred: Sequence[int], positive: int) -> tuple[float, float, float]:
    tp = sum(g == positive and p == positive for g, p in zip(gold, pred, strict=True))
    fp = sum(g != positive and p == positive for g, p in zip(gold, pred, strict=True))
    fn = sum(g == positive and p != positive for g, p in zip(gold, pred, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def macro_f1(gold: Sequence[int], pred: Sequence[int]) -> float:
    """Mean F1 over the classes present in gold or predictions."""
    classes = sorted(set(gold) | set(pred))
    return sum(prf(gold, pred, c)[2] for c in classes) / len(classes) if classes else 0.0


def cross_validated_f1(items: Sequence[Scored], criterion: str, folds: int = 5) -> float:
    """Macro-F1 when the threshold is chosen on the other folds (interleaved folds)."""
    gold_all, pred_all = [], []
    for k in range(folds):
        train = [s for i, s in enumerate(items) if i % folds != k]
        test = [s for i, s in enumerate(items) if i % folds == k]
        if not test:
            continue
        best = max(
            THRESHOLD_GRID,
            key=lambda t: (
                macro_f1(
                    [s.labels[criterion] for s in train],
                    [int(s.scores[criterion] >= t) for s in train],
                ),
                -abs(t - 0.5),
            ),
        )
        gold_all += [s.labels[criterion] for s in test]
        pred_all += [int(s.scores[criterion] >= best) for s in test]
    return macro_f1(gold_all, pred_all)


def report_lines(scored: Sequence[Scored], threshold: float) -> list[str]:
    lines = []
    for lang in sorted({s.lang for s in scored}):
        items = [s for s in scored if s.lang == lang]
        lines.append(f"== {lang} ({len(items)} goals) ==")
        lines.append(
            "crit  n_fail  P(meets) R(meets) F1(meets)  P(fails) R(fails) F1(fails)  macroF1  cvF1"
        )
        for c in CRITERIA:
            gold = [s.labels[c] for s in items]
            pred = [int(s.scores[c] >= threshold) for s in items]
            pm, rm, fm = prf(gold, pred, 1)
            pf, rf, ff = prf(gold, pred, 0)
            lines.append(
                f"{c:<5} {gold.count(0):>6}  {pm:8.2f} {rm:8.2f} {fm:9.2f}  {pf:8.2f} {rf:8.2f}"
                f" {ff:9.2f}  {macro_f1(gold, pred):7.2f}  {cross_validated_f1(items, c):4.2f}"
            )
        gold_smart = [int(all(s.labels[c] for c in CRITERIA)) for s in items]
        pred_smart = [int(all(s.scores[c] >= threshold for c in CRITERIA)) for s in items]
        cells = {(g, p): 0 for g in (0, 1) for p in (0, 1)}
        for g, p in zip(gold_smart, pred_smart, strict=True):
            cells[(g, p)] += 1
        lines.append(
            f"overall SMART: gold yes/pred yes {cells[(1, 1)]}, gold yes/pred no {cells[(1, 0)]}, "
            f"gold no/pred yes {cells[(0, 1)]}, gold no/pred no {cells[(0, 0)]}; macroF1 "
            f"{macro_f1(gold_smart, pred_smart):.2f}"
        )
    return lines


def error_lines(scored: Sequence[Scored], threshold: float) -> list[str]:
    lines = ["== disagreements (criterion gold->pred: text [codes]) =="]
    for s in scored:
        wrong = [
            f"{c} {s.labels[c]}->{int(s.scores[c] >= threshold)}"
            for c in CRITERIA
            if s.labels[c] != int(s.scores[c] >= threshold)
        ]
        if wrong:
            lines.append(f"{s.lang} {', '.join(wrong)}: {s.text} [{' '.join(s.codes)}]")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/accuracy_verdicts.py", description=__doc__
    )
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--model", help="pipeline for both languages (default: shipped)")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no labelled goals at {args.data} (pass a JSONL path)", file=sys.stderr)
        return 2
    config: dict[str, Any] = {"model": args.model} if args.model else {}
    checker = Checker(config)
    scored = score_rows(load_rows(args.data), checker)
    threshold = checker.config.threshold
    print("\n".join(report_lines(scored, threshold)))
    if args.errors:
        print("\n".join(error_lines(scored, threshold)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
