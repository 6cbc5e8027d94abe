"""Reader audits of shown rewrites: how many passes a coach would sign, and which to re-read.

The measure in ``rewrite_quality.py`` reads a rewrite with the same pipeline the rewriter
used, and forgives the words the rewriter drops; it cannot see a sentence a reader finds
garbled, a commitment the writer never made, or a frame no behaviour fits. So people read
them: an audit file (``benchmarks/audits/*.jsonl``) holds one row per rewrite a reader
judged, ``{"set", "lang", "text", "rewrite", "verdict", "where", "why", "reader"}``, with
``verdict`` one of ``fine``, ``poor``, ``meaning`` or ``broken`` (the reader's brief is in
``benchmarks/audits/README.md``).

A verdict belongs to the rewrite the reader saw. The code moves on, so each row is checked
again: a goal whose rewrite is unchanged keeps its verdict; a changed one is ``changed`` and
needs reading again (``--changed FILE`` writes them out for the next reader); one the
measure no longer passes is ``miss``; one that passes as written is ``smart``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

#: What a reader may say of a rewrite, best first.
VERDICTS = ("fine", "poor", "meaning", "broken")
#: What the code's current output makes of a row (besides the reader's verdict).
STATES = ("changed", "miss", "smart")


@dataclass(frozen=True)
class AuditRow:
    """One rewrite a reader judged."""

    set: str
    lang: str
    text: str
    rewrite: str
    verdict: str

    @classmethod
    def from_json(cls, line: str, origin: str) -> AuditRow:
        data = json.loads(line)
        if data.get("verdict") not in VERDICTS:
            raise ValueError(f"{origin}: verdict {data.get('verdict')!r} is none of {VERDICTS}")
        return cls(data["set"], data["lang"], data["text"], data["rewrite"], data["verdict"])


@dataclass(frozen=True)
class Now:
    """What the current code shows for an audited goal: its rewrite, if the measure passes it."""

    rewrite: str | None
    passed: bool
    smart: bool = False


def load_audit(path: Path) -> list[AuditRow]:
    """The rows of one audit file; a row with an unknown verdict names the file and line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [AuditRow.from_json(line, f"{path}:{n}") for n, line in enumerate(lines, 1) if line]


def state_of(row: AuditRow, now: Now) -> str:
    """The row's verdict if the code still shows what the reader read, else its state."""
    if now.smart:
        return "smart"
    if not now.passed:
        return "miss"
    return row.verdict if now.rewrite == row.rewrite else "changed"


def tally(rows: Iterable[AuditRow], current: Callable[[AuditRow], Now]) -> dict[str, Counter[str]]:
    """Per set, how many rows are in each verdict or state under the current code."""
    counts: dict[str, Counter[str]] = {}
    for row in rows:
        counts.setdefault(row.set, Counter())[state_of(row, current(row))] += 1
    return counts


def table(counts: dict[str, Counter[str]]) -> list[str]:
    """One line per set and a total: counts per verdict and state, and the fine share."""
    columns = (*VERDICTS, *STATES)
    total: Counter[str] = Counter()
    lines = ["  set          " + " ".join(f"{c:>8}" for c in columns) + "   fine"]
    for name in sorted(counts):
        total.update(counts[name])
        lines.append(_line(name, counts[name], columns))
    lines.append(_line("all", total, columns))
    return lines


def _line(name: str, counts: Counter[str], columns: Sequence[str]) -> str:
    rows = sum(counts.values())
    share = counts["fine"] / rows if rows else 0.0
    return f"  {name:<12} " + " ".join(f"{counts[c]:>8}" for c in columns) + f"   {share:.0%}"


def main(argv: Sequence[str] | None = None) -> int:
    """``python benchmarks/audited_rewrites.py [--changed OUT] [AUDIT.jsonl ...]``."""
    from smartcheck.checker import Checker
    from tests.support.rewrite_quality import evaluate_goal  # the checker loads only here

    parser = argparse.ArgumentParser(
        description="Reader verdicts on the measure's passes, tallied under the current code."
    )
    parser.add_argument("audits", nargs="*", type=Path, help="audit files (default: all shipped)")
    parser.add_argument(
        "--changed", type=Path, help="write the passes whose rewrite changed here, for a reader"
    )
    parsed = parser.parse_args(sys.argv[1:] if argv is None else argv)
    changed_out: Path | None = parsed.changed
    here = Path(__file__).resolve().parents[2] / "benchmarks" / "audits"
    paths = list(parsed.audits) or sorted(here.glob("*.jsonl"))
    missing = [p for p in paths if not p.is_file()]
    if missing:
        parser.error(f"no audit file at {', '.join(str(p) for p in missing)}")
    checker = Checker()
    changed: list[dict[str, str]] = []

    def current(row: AuditRow) -> Now:
        outcome = evaluate_goal(checker, row.text, row.lang)
        if outcome is None:
            return Now(None, False, smart=True)
        now = Now(outcome.rewrite, outcome.ok)
        if now.passed and now.rewrite != row.rewrite:
            changed.append(
                {
                    "set": row.set,
                    "lang": row.lang,
                    "text": row.text,
                    "before": row.rewrite,
                    "before_verdict": row.verdict,
                    "rewrite": outcome.rewrite or "",
                }
            )
        return now

    for path in paths:
        print(f"{path.name}: reader verdicts on the measure's passes, under the current code")
        print("\n".join(table(tally(load_audit(path), current))))
    if changed_out is not None:
        text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in changed)
        changed_out.write_text(text, encoding="utf-8")
        print(f"{len(changed)} changed rewrites written to {changed_out} for a reader")
    return 0
