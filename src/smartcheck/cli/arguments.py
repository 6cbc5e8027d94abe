"""The argument parser: ``smartcheck check|rules|rule``, plus the older form without a
subcommand (``smartcheck --lang nl --date 2026-11-23 "Ik wil ..."``), which still works: an
argument that is not an existing path is then a goal text, as ``--text`` would make it."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date

from smartcheck.configuration.phase import Phase, phase_from_name, phase_problem
from smartcheck.reporting.formats import FORMATS

COMMANDS = ("check", "rules", "rule", "questions")
SEVERITIES = ("error", "warning", "info")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-11-23") from None


def _score(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a score between 0 and 1")
    return number


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


def _phase(value: str) -> Phase:
    found = phase_from_name(value)
    if found is None:
        raise argparse.ArgumentTypeError(phase_problem(value))
    return found


def _codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _add_check_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files and folders to check; '-' reads a document from standard input",
    )
    add = parser.add_argument
    add("--text", action="append", default=[], metavar="GOAL", help="check a goal text (repeat)")
    add("--stdin-filename", metavar="NAME", help="file name (and so format) for '-'")
    add("--lang", choices=["nl", "en"], help="goal language (default: detect per goal)")
    add(
        "--reference-date",
        "--date",
        dest="reference_date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the date deadlines are read from (default: today)",
    )
    add("--select", type=_codes, metavar="CODES", help="rules to run (replaces the config's)")
    add("--extend-select", type=_codes, metavar="CODES", help="rules to run in addition")
    add("--ignore", type=_codes, metavar="CODES", help="rules not to run (added to the config's)")
    add(
        "--fail-on",
        choices=SEVERITIES,
        help="fail on any finding of this severity or worse (default: fail on a goal that "
        "is not SMART)",
    )
    add(
        "--phase",
        type=_phase,
        metavar="PHASE",
        help="the employee's phase: junior, vakvolwassen or senior (replaces the config's; "
        "a document's own phase field wins)",
    )
    add("--min-score", type=_score, metavar="SCORE", help="also fail a goal scoring below this")
    add("--format", choices=sorted(FORMATS), default="text", help="output format")
    add("--output", "-o", metavar="FILE", help="write the results to FILE instead of stdout")
    add("--config", metavar="FILE", help="use this config for every file (no discovery)")
    add(
        "--isolated",
        action="store_true",
        help="read no config file at all (defaults and command-line options only)",
    )
    add("--include", type=_codes, metavar="GLOBS", help="file globs to read in folders")
    add("--exclude", type=_codes, metavar="GLOBS", help="file or folder globs to skip")
    add("--fix", action="store_true", help="apply safe fixes to Markdown and text files")
    add("--unsafe-fixes", action="store_true", help="with --fix/--diff: unsafe fixes too")
    add("--diff", action="store_true", help="show the fixes as a diff, write nothing")
    add("--baseline", metavar="FILE", help="findings recorded in FILE do not fail the run")
    add(
        "--write-baseline",
        action="store_true",
        help="record the current findings in the --baseline FILE and exit 0",
    )
    add("--statistics", action="store_true", help="count the findings per rule")
    add("--exit-zero", action="store_true", help="exit 0 even when goals fail")
    add("--quiet", "-q", action="store_true", help="findings and errors only")
    add("--no-color", action="store_true", help="no colour even on a terminal")
    add("--jobs", "-j", type=_jobs, default=1, metavar="N", help="check files in N processes")


def build_parser() -> argparse.ArgumentParser:
    from smartcheck import __version__

    parser = argparse.ArgumentParser(
        prog="smartcheck",
        description="Lint personal development goals (POP) against SMART.",
    )
    parser.add_argument("--version", "-V", action="version", version=f"smartcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", help="check documents and goal texts")
    _add_check_options(check)
    commands.add_parser("rules", help="list the rules")
    rule = commands.add_parser("rule", help="show one rule's documentation")
    rule.add_argument("code", metavar="CODE", help="a rule code or name, e.g. T001")
    questions = commands.add_parser(
        "questions", help="print the preparation questions of the POP-gesprek"
    )
    questions.add_argument(
        "--role", choices=("employee", "manager"), help="one side only (default: both)"
    )
    questions.add_argument("--lang", default="nl", help="the questions' language (default nl)")
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv``; without a subcommand it is ``check`` in legacy mode (``args.legacy``),
    where arguments that are not existing paths become goal texts."""
    argv = list(argv)
    parser = build_parser()
    legacy = not any(arg in COMMANDS for arg in argv[:1]) and not (
        argv[:1] and argv[0] in ("-h", "--help", "-V", "--version")
    )
    args = parser.parse_args(["check", *argv] if legacy and argv else argv)
    args.legacy = legacy
    return args


__all__ = ["SEVERITIES", "build_parser", "parse_arguments"]
