"""Score the time engine on TSV cases: ``python benchmarks/accuracy_time.py [tsv...]``.

TSV columns: id, lang, category, sentence, expr, core, expected, lo, hi. A case is correct
when the governing expression (the deadline, or else the first start) has its due date in
[lo, hi]; for categories recurring/vague/none no expression may carry a due date, and for
recurring/vague an expression of that kind must be found. For categories event and
named-period no expression may carry a due date and an ``event`` expression must be found
whose anchor is ``core`` (when given).
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, cast

from smartcheck.reading.timex.engine import find_time_expressions, governing_deadline
from smartcheck.reading.timex.model import TimeExpression
from tests.support.paths import checkout_path

REFERENCE_DATE = date(2026, 11, 23)
NO_DATE = ("recurring", "vague", "none")
EVENT = ("event", "named-period")
DEFAULT_TSVS = (
    checkout_path("..", "shared", "data", "time-expressions-dev.tsv"),
    checkout_path("tests", "timex", "cases.tsv"),
    checkout_path("tests", "timex", "cases-fresh.tsv"),
)


@dataclass(frozen=True)
class Case:
    """One row of a cases TSV."""

    id: str
    lang: Literal["nl", "en"]
    category: str
    sentence: str
    core: str
    lo: date | None
    hi: date | None


def read_cases(path: Path) -> list[Case]:
    """Rows of a cases TSV (comment lines starting with # are skipped)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    cases = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        lo, hi = row.get("lo") or "", row.get("hi") or ""
        cases.append(
            Case(
                id=row["id"],
                lang=cast(Literal["nl", "en"], row["lang"]),
                category=row["category"],
                sentence=row["sentence"],
                core=row.get("core") or "",
                lo=date.fromisoformat(lo) if lo else None,
                hi=date.fromisoformat(hi) if hi else None,
            )
        )
    return cases


def governing(expressions: Sequence[TimeExpression]) -> TimeExpression | None:
    """The deadline, or else the first start with a date."""
    deadline = governing_deadline(expressions)
    if deadline is not None:
        return deadline
    return next((e for e in expressions if e.kind == "start" and e.due is not None), None)


def check(case: Case, reference_date: date = REFERENCE_DATE) -> tuple[bool, str]:
    """Whether the engine gets ``case`` right, and a short description of what it found."""
    found = find_time_expressions(case.sentence, case.lang, reference_date)
    shown = "; ".join(f"{e.text!r} {e.kind} {e.due}" for e in found) or "nothing"
    if case.category in EVENT:
        anchors = [e.anchor.text for e in found if e.kind == "event" and e.anchor is not None]
        ok = all(e.due is None for e in found) and (
            case.core in anchors if case.core else bool(anchors)
        )
        return ok, shown
    if case.category in NO_DATE:
        ok = all(e.due is None for e in found)
        if case.category != "none":
            ok = ok and any(e.kind == case.category for e in found)
        return ok, shown
    gov = governing(found)
    ok = (
        gov is not None
        and gov.due is not None
        and case.lo is not None
        and case.hi is not None
        and case.lo <= gov.due <= case.hi
    )
    return ok, shown


def report(cases: Iterable[Case], reference_date: date = REFERENCE_DATE) -> tuple[int, int, str]:
    """(correct, total, printable report) with accuracy per language and category."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    failures: list[str] = []
    for case in cases:
        ok, shown = check(case, reference_date)
        for key in ((case.lang, "*"), (case.lang, case.category), ("*", "*")):
            tally[key][0] += ok
            tally[key][1] += 1
        if not ok:
            window = f"[{case.lo}..{case.hi}]" if case.lo else case.category
            failures.append(
                f"  {case.id} {case.lang} {case.sentence!r}: want {window}, got {shown}"
            )
    lines = []
    for (lang, cat), (good, total) in sorted(tally.items()):
        lines.append(f"{lang:>2} {cat:<18} {good:>4}/{total:<4} {100 * good / total:6.1f}%")
    if failures:
        lines.append("failures:")
        lines.extend(failures)
    correct, total = tally[("*", "*")]
    return correct, total, "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print accuracy per language and category for each TSV, and list failures."""
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [Path(a) for a in args] or [p for p in DEFAULT_TSVS if p.is_file()]
    if not paths:
        print("no TSV given and none of the default ones exists", file=sys.stderr)
        return 2
    for path in paths:
        correct, total, text = report(read_cases(path))
        print(f"== {path} (reference date {REFERENCE_DATE}): {correct}/{total}")
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
