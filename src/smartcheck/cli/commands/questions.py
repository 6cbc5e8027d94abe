"""``smartcheck questions``: the preparation questions of the POP-gesprek on the terminal."""

from __future__ import annotations

import argparse
import sys

from smartcheck.cli.exit_codes import ExitStatus
from smartcheck.errors import SmartcheckError

#: Headings per language; a language without its own falls back to English.
_HEADINGS = {
    "nl": {"employee": "Voorbereiding medewerker", "manager": "Voorbereiding leidinggevende"},
    "en": {"employee": "Preparation for the employee", "manager": "Preparation for the manager"},
}


def questions_command(args: argparse.Namespace) -> int:
    """The questions for one role, or for both (each under a heading)."""
    from smartcheck.preparation import ROLES, preparation_questions

    roles = (args.role,) if args.role else ROLES
    headings = _HEADINGS.get(args.lang, _HEADINGS["en"])
    try:
        blocks = [(role, preparation_questions(role, args.lang)) for role in roles]
    except SmartcheckError as exc:
        print(f"smartcheck: error: {exc}", file=sys.stderr)
        return ExitStatus.USAGE_ERROR
    lines: list[str] = []
    for role, questions in blocks:
        if len(blocks) > 1:
            lines += ([""] if lines else []) + [f"{headings[role]}:"]
        lines += [f"{n}. {q}" for n, q in enumerate(questions, 1)]
    sys.stdout.write("\n".join(lines) + "\n")
    return ExitStatus.OK
