"""``smartcheck check [PATH ...] [--text GOAL ...]``: collect the inputs, pick the output
format, run, and turn the outcome into an exit status."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from smartcheck.cli.baseline import Baseline
from smartcheck.cli.discovery import expand
from smartcheck.cli.exit_codes import ExitStatus
from smartcheck.cli.outcome import TEXT_PATH, text_goals_outcome
from smartcheck.cli.parallel import in_processes
from smartcheck.cli.runner import color_wanted, exit_status, run, statistics_lines
from smartcheck.cli.session import RunOptions, Session
from smartcheck.configuration.config import Config
from smartcheck.errors import SmartcheckError
from smartcheck.judging.registry import discover_rules
from smartcheck.reporting.formats import FORMATS, FormatOptions
from smartcheck.reporting.formats.model import FileOutcome

STDIN = "-"


def _usage(message: str) -> int:
    print(f"smartcheck: error: {message}", file=sys.stderr)
    return ExitStatus.USAGE_ERROR


def _split_inputs(args: argparse.Namespace) -> tuple[list[str], list[str], bool]:
    """Goal texts, paths, and whether standard input is read. In the older form without a
    subcommand, an argument that is not an existing path is a goal text."""
    texts = list(args.text)
    paths: list[str] = []
    stdin = False
    for raw in args.paths:
        if raw == STDIN:
            stdin = True
        elif args.legacy and not os.path.lexists(raw):
            texts.append(raw)
        else:
            paths.append(raw)
    return texts, paths, stdin


def _files(session: Session, args: argparse.Namespace, paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        try:
            config = session.resolve(Path(raw)).config
        except SmartcheckError:
            config = Config()  # a broken config is reported for each of its files
        include = args.include or list(config.include)
        exclude = [*config.exclude, *(args.exclude or [])]
        found.extend(expand([raw], include, exclude))
    return list(dict.fromkeys(found))


def check_command(args: argparse.Namespace) -> int:
    if args.write_baseline and not args.baseline:
        return _usage("--write-baseline needs --baseline FILE (where to write it)")
    texts, paths, stdin = _split_inputs(args)
    if not (texts or paths or stdin):
        return _usage("nothing to check: give files, folders, '-' or --text GOAL")
    options = RunOptions.from_args(args)
    try:
        session = Session(options)
        files = _files(session, args, paths)
        text_checker = session.checker(session.resolve(Path.cwd())) if texts else None
    except SmartcheckError as exc:
        return _usage(str(exc))

    def outcomes() -> Iterator[FileOutcome]:
        if text_checker is not None:
            try:
                yield text_goals_outcome(
                    text_checker,
                    texts,
                    options.lang,
                    options.reference_date,
                    options.fail_on,
                    options.min_score,
                    session.baseline,
                )
            except Exception as exc:  # a bug: reported, exit 4, the files are still checked
                problem = f"internal error: {type(exc).__name__}: {exc} (a bug; please report it)"
                yield FileOutcome(
                    path=TEXT_PATH, errors=(f"{TEXT_PATH}: {problem}",), internal=True
                )
        if not (stdin or files):
            return
        from smartcheck.cli.files import check_path, check_stdin

        if stdin:
            yield check_stdin(session, sys.stdin.buffer)
        if args.jobs > 1 and len(files) > 1:
            yield from in_processes(options, check_path, files, args.jobs)
        else:
            for path in files:
                yield check_path(session, path)

    with ExitStack() as stack:
        out: TextIO = sys.stdout
        if args.output:
            try:
                out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
            except OSError as exc:
                return _usage(f"cannot write --output {args.output!r}: {exc.strerror}")
        from smartcheck import __version__

        color = color_wanted(out, args.no_color)
        formatter = FORMATS[args.format](
            out, FormatOptions(color=color, quiet=args.quiet, tool_version=__version__)
        )
        rules = list(discover_rules())
        formatter.start(rules)
        total = len(files) + bool(texts) + stdin
        progress = total > 1 and not args.quiet and sys.stderr.isatty()
        summary, seen = run(outcomes(), formatter, total, progress)
    if args.statistics:
        from smartcheck.documents.plan import PLAN_CATALOGUE

        names = {rule.code: rule.name for rule in rules}
        names |= {plan.code: plan.name for plan in PLAN_CATALOGUE}
        stream = (
            sys.stdout if args.format in ("text", "concise") and not args.output else sys.stderr
        )
        for line in statistics_lines(summary, names):
            print(line, file=stream)
    if options.write_baseline:
        count = Baseline.write(Path(options.baseline or ""), seen)
        print(f"smartcheck: wrote {count} findings to {options.baseline}", file=sys.stderr)
        return ExitStatus.INTERRUPTED if summary.interrupted else ExitStatus.OK
    return exit_status(summary, args.exit_zero)
