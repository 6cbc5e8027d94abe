"""Measure smartcheck's verdicts against labelled goals: ``python benchmarks/accuracy_verdicts.py``.

Reads JSONL files of goals with per-criterion labels (1 = meets) — by default both
``../shared/data/goals-dev.jsonl`` and ``goals-dev-2.jsonl`` — and prints, per language and
criterion, precision, recall and F1 of both classes (meets / fails) and their macro-F1 at the
configured threshold (in-sample), next to two figures that are honest about fitting:

- ``bySrc``: leave one source page out. For each page, the pass threshold of the criterion is
  chosen on the goals of all *other* pages and applied to the page's goals; the predictions
  are pooled over pages. A rule or threshold that only fits some pages' wording shows up as
  a gap between ``inF1`` and ``bySrc``.
- ``dev2``: the threshold chosen on the first file only, scored on the second (goals from
  pages the development files did not share).

Macro-F1 is the mean F1 over the classes present in gold or predictions, so a criterion whose
gold labels are all "meets" scores 1.0 when every goal passes and about 0.5 after one false
failure: read the A and R figures together with their fail counts.
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

SHARED_DATA = checkout_path("..", "shared", "data")
DEFAULT_DATA = (SHARED_DATA / "goals-dev.jsonl", SHARED_DATA / "goals-dev-2.jsonl")
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
    source: str = ""
    file: str = ""


def load_rows(path: Path) -> list[dict[str, Any]]:
    """The labelled goals of one JSONL file, each tagged with the file's name."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [{**row, "_file": path.name} for row in rows]


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
                source=str(row.get("source_url", "")),
                file=str(row.get("_file", "")),
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


def best_threshold(train: Sequence[Scored], criterion: str) -> float:
    """The grid threshold with the best macro-F1 on ``train`` (ties: nearest to 0.5)."""
    gold = [s.labels[criterion] for s in train]
    return max(
        THRESHOLD_GRID,
        key=lambda t: (
            macro_f1(gold, [int(s.scores[criterion] >= t) for s in train]),
            -abs(t - 0.5),
        ),
    )


def by_source_f1(items: Sequence[Scored], criterion: str) -> float:
    """Macro-F1 over pooled predictions, each page judged with the threshold chosen on the
    other pages (leave one source page out)."""
    gold_all, pred_all = [], []
    for source in sorted({s.source for s in items}):
        train = [s for s in items if s.source != source]
        test = [s for s in items if s.source == source]
        threshold = best_threshold(train, criterion) if train else 0.5
        gold_all += [s.labels[criterion] for s in test]
        pred_all += [int(s.scores[criterion] >= threshold) for s in test]
    return macro_f1(gold_all, pred_all)


def held_out_file_f1(items: Sequence[Scored], criterion: str) -> float | None:
    """Macro-F1 on the second file with the threshold chosen on the first only."""
    files = sorted({s.file for s in items})
    if len(files) < 2:
        return None
    train = [s for s in items if s.file == files[0]]
    test = [s for s in items if s.file != files[0]]
    threshold = best_threshold(train, criterion)
    return macro_f1(
        [s.labels[criterion] for s in test], [int(s.scores[criterion] >= threshold) for s in test]
    )


def figures(scored: Sequence[Scored], threshold: float) -> dict[tuple[str, str], dict[str, float]]:
    """Per (language, criterion): in-sample macro-F1, by-source macro-F1, dev-2 macro-F1."""
    table: dict[tuple[str, str], dict[str, float]] = {}
    for lang in sorted({s.lang for s in scored}):
        items = [s for s in scored if s.lang == lang]
        for c in CRITERIA:
            gold = [s.labels[c] for s in items]
            pred = [int(s.scores[c] >= threshold) for s in items]
            row = {"in_sample": macro_f1(gold, pred), "by_source": by_source_f1(items, c)}
            dev2 = held_out_file_f1(items, c)
            if dev2 is not None:
                row["dev2"] = dev2
            table[(lang, c)] = row
    return table


def report_lines(scored: Sequence[Scored], threshold: float) -> list[str]:
    lines = []
    table = figures(scored, threshold)
    for lang in sorted({s.lang for s in scored}):
        items = [s for s in scored if s.lang == lang]
        sources = len({s.source for s in items})
        lines.append(f"== {lang} ({len(items)} goals, {sources} source pages) ==")
        lines.append(
            "crit  n_fail  P(meets) R(meets) F1(meets)  P(fails) R(fails) F1(fails)"
            "   inF1  bySrc   dev2"
        )
        for c in CRITERIA:
            gold = [s.labels[c] for s in items]
            pred = [int(s.scores[c] >= threshold) for s in items]
            pm, rm, fm = prf(gold, pred, 1)
            pf, rf, ff = prf(gold, pred, 0)
            row = table[(lang, c)]
            dev2 = f"{row['dev2']:6.2f}" if "dev2" in row else "     -"
            lines.append(
                f"{c:<5} {gold.count(0):>6}  {pm:8.2f} {rm:8.2f} {fm:9.2f}  {pf:8.2f} {rf:8.2f}"
                f" {ff:9.2f}  {row['in_sample']:5.2f}  {row['by_source']:5.2f} {dev2}"
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
    parser.add_argument(
        "data", nargs="*", type=Path, default=list(DEFAULT_DATA), help="JSONL files of goals"
    )
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--model", help="pipeline for both languages (default: shipped)")
    args = parser.parse_args(argv)
    missing = [str(path) for path in args.data if not path.exists()]
    if missing:
        print(f"no labelled goals at {', '.join(missing)} (pass JSONL paths)", file=sys.stderr)
        return 2
    config: dict[str, Any] = {"model": args.model} if args.model else {}
    checker = Checker(config)
    rows = [row for path in args.data for row in load_rows(path)]
    scored = score_rows(rows, checker)
    threshold = checker.config.threshold
    print("\n".join(report_lines(scored, threshold)))
    if args.errors:
        print("\n".join(error_lines(scored, threshold)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
