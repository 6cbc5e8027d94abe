"""One run's settings and the Checkers it builds: one per config file found, with the
command line's --select/--ignore/--lang layered on top. Built once per process (workers of
``--jobs`` build their own from the same options)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from smartcheck.checker import Checker
from smartcheck.cli.baseline import Baseline
from smartcheck.configuration.discovery import ConfigFinder, ResolvedConfig
from smartcheck.configuration.phase import Phase


@dataclass(frozen=True)
class RunOptions:
    """The parts of the command line that decide what a file's outcome is (picklable)."""

    lang: str | None = None
    reference_date: date | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    min_score: float | None = None
    config: str | None = None
    isolated: bool = False
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    baseline: str | None = None
    write_baseline: bool = False
    stdin_filename: str | None = None
    phase: Phase | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> RunOptions:
        return cls(
            lang=args.lang,
            reference_date=args.reference_date or date.today(),
            select=tuple(args.select) if args.select is not None else None,
            extend_select=tuple(args.extend_select or ()),
            ignore=tuple(args.ignore or ()),
            fail_on=args.fail_on,
            min_score=args.min_score,
            config=args.config,
            isolated=bool(getattr(args, "isolated", False)),
            fix=args.fix,
            unsafe_fixes=args.unsafe_fixes,
            diff=args.diff,
            baseline=args.baseline,
            write_baseline=args.write_baseline,
            stdin_filename=args.stdin_filename,
            phase=getattr(args, "phase", None),
        )


@dataclass
class Session:
    """Config discovery and a Checker per config file, cached for the run."""

    options: RunOptions
    finder: ConfigFinder = field(init=False)
    checkers: dict[Path | None, Checker] = field(default_factory=dict, init=False)

    baseline: Baseline | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        forced = Path(self.options.config) if self.options.config else None
        self.finder = ConfigFinder(forced=forced, isolated=self.options.isolated)
        if self.options.baseline and not self.options.write_baseline:
            self.baseline = Baseline.load(Path(self.options.baseline))

    def resolve(self, path: Path) -> ResolvedConfig:
        return self.finder.for_path(path)

    def checker(self, resolved: ResolvedConfig) -> Checker:
        if resolved.path not in self.checkers:
            opts = self.options
            update: dict[str, Any] = {}
            if opts.select is not None:
                update["select"] = opts.select
            if opts.extend_select:
                update["extend_select"] = (*resolved.config.extend_select, *opts.extend_select)
            if opts.ignore:
                update["ignore"] = (*resolved.config.ignore, *opts.ignore)
            if opts.lang:
                update["lang"] = opts.lang
            if opts.phase is not None:
                update["phase"] = opts.phase
            config = resolved.config.model_copy(update=update)
            self.checkers[resolved.path] = Checker(config)
        return self.checkers[resolved.path]
