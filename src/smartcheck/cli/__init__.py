"""The command line (``smartcheck``), laid out like ruff's:

- ``smartcheck check [PATH ...] [--text GOAL ...]`` checks documents and goal texts;
- ``smartcheck rules`` lists the rules, ``smartcheck rule CODE`` documents one;
- ``smartcheck questions [--role employee|manager] [--lang nl|en]`` prints the preparation
  questions of the POP-gesprek;
- ``smartcheck --version``.

The older form ``smartcheck [options] "goal text" ...`` still works. Exit codes are a
contract (see :class:`ExitStatus`): a closed pipe ends quietly, an interrupt keeps what was
reported and exits 3, and an unexpected error exits 4 with a hint, never with a traceback.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Sequence

from smartcheck.cli.exit_codes import ExitStatus

__all__ = ["ExitStatus", "main"]

DEBUG_VARIABLE = "SMARTCHECK_DEBUG"


def _dispatch(argv: Sequence[str]) -> int:
    from smartcheck.cli.arguments import build_parser, parse_arguments

    args = parse_arguments(argv)
    if args.command == "rules":
        from smartcheck.cli.commands.rules import list_rules

        return list_rules()
    if args.command == "rule":
        from smartcheck.cli.commands.rules import show_rule

        return show_rule(args.code)
    if args.command == "questions":
        from smartcheck.cli.commands.questions import questions_command

        return questions_command(args)
    if args.command == "check":
        from smartcheck.cli.commands.check import check_command

        return check_command(args)
    build_parser().print_help(sys.stderr)
    return ExitStatus.USAGE_ERROR


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the final flush cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a goal's unencodable character never crashes
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")
    try:
        return int(_dispatch(argv))
    except SystemExit as exc:  # argparse: usage errors (2), --help and --version (0)
        return int(exc.code) if isinstance(exc.code, int) else ExitStatus.USAGE_ERROR
    except BrokenPipeError:
        _silence_stdout()
        return ExitStatus.INTERRUPTED
    except KeyboardInterrupt:
        print("smartcheck: interrupted", file=sys.stderr)
        return ExitStatus.INTERRUPTED
    except Exception as exc:
        if os.environ.get(DEBUG_VARIABLE):
            raise
        print(
            f"smartcheck: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in smartcheck. Please report it with the command you ran; "
            f"{DEBUG_VARIABLE}=1 shows the traceback.",
            file=sys.stderr,
        )
        return ExitStatus.INTERNAL_ERROR
