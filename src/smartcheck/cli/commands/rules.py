"""``smartcheck rules`` and ``smartcheck rule CODE``: the rule reference on the terminal."""

from __future__ import annotations

import sys

from smartcheck.cli.exit_codes import ExitStatus
from smartcheck.judging.registry import discover_rules
from smartcheck.reporting.ruledocs import rule_page


def list_rules() -> int:
    """One line per rule: code, criterion, default severity, fix, name and summary."""
    registry = discover_rules()
    for rule in registry:
        fix = "fix" if rule.fix_availability != "none" else "   "
        print(
            f"{rule.code:<6} [{rule.criterion.value}] {rule.severity:<7} {fix} "
            f"{rule.name:<40} {rule.summary}"
        )
    return ExitStatus.OK


def show_rule(code: str) -> int:
    """The rule's reference page (the same Markdown as docs/rules/<CODE>.md)."""
    registry = discover_rules()
    rule = registry.get(code)
    if rule is None:
        known = ", ".join(r.code for r in registry)
        print(f"smartcheck: error: no rule {code!r}; the rules are {known}", file=sys.stderr)
        return ExitStatus.USAGE_ERROR
    sys.stdout.write(rule_page(rule))
    return ExitStatus.OK
