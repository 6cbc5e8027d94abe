"""Command line: ``smartcheck "Ik wil beter worden in Excel."``.

Checks the goals given as arguments (or one per line on standard input with ``-``) and
prints a readable report or JSON. Exit codes are a contract for pre-commit-style use.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from smartcheck.checker import Checker
from smartcheck.configuration.config import Config
from smartcheck.errors import SmartcheckError
from smartcheck.reporting.report import GoalError, GoalReport


class ExitStatus(IntEnum):
    OK = 0
    NOT_SMART = 1
    USAGE_ERROR = 2
    INTERRUPTED = 3
    INTERNAL_ERROR = 4


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smartcheck", description=__doc__)
    parser.add_argument("goals", nargs="+", help="goal texts; '-' reads one goal per line")
    parser.add_argument("--lang", choices=["nl", "en"], help="goal language (default: detect)")
    parser.add_argument("--date", type=date.fromisoformat, help="reference date (YYYY-MM-DD)")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--config", help="smartcheck.toml or pyproject.toml to use")
    parser.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when a goal is not SMART"
    )
    return parser


def render_text(report: GoalReport) -> str:
    """A compact human-readable report."""
    lines = [report.goal.text]
    for criterion, score in report.criteria.items():
        mark = "ok " if score.passed else "FAIL"
        lines.append(f"  {mark} {criterion.value} {score.label:<13} {score.score:.2f}")
        for finding in score.findings:
            where = f"[{finding.start}:{finding.end}]" if finding.end > finding.start else ""
            lines.append(f"       {finding.code} {finding.message} {where}".rstrip())
            if finding.fix_title:
                lines.append(f"            -> {finding.fix_title}")
        if score.question:
            lines.append(f"       ? {score.question}")
    lines.append(f"  SMART: {'yes' if report.is_smart else 'no'} (overall {report.overall:.2f})")
    if report.rewrite:
        lines.append(f"  rewrite: {report.rewrite}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    goals: list[str] = []
    for goal in args.goals:
        if goal == "-":
            goals.extend(line for line in sys.stdin.read().splitlines() if line.strip())
        else:
            goals.append(goal)
    try:
        config = Config.from_file(args.config) if args.config else Config.discover()
        checker = Checker(config)
        results = list(checker.check_many(goals, lang=args.lang, reference_date=args.date))
    except SmartcheckError as exc:
        print(f"smartcheck: error: {exc}", file=sys.stderr)
        return ExitStatus.USAGE_ERROR
    except KeyboardInterrupt:
        return ExitStatus.INTERRUPTED
    status = ExitStatus.OK
    for result in results:
        if isinstance(result, GoalError):
            print(f"smartcheck: goal {result.index + 1}: {result.message}", file=sys.stderr)
            status = ExitStatus.USAGE_ERROR
            continue
        if not result.is_smart and status == ExitStatus.OK and not args.exit_zero:
            status = ExitStatus.NOT_SMART
    if args.format == "json":
        print(
            json.dumps(
                [json.loads(r.model_dump_json()) for r in results], ensure_ascii=False, indent=2
            )
        )
    else:
        print("\n\n".join(render_text(r) for r in results if isinstance(r, GoalReport)))
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
