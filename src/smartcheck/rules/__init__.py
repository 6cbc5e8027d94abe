"""smartcheck's built-in rules, one module per SMART criterion.

``get_rules`` is what the ``smartcheck.rules`` entry point named ``core`` refers to; it
imports the rule modules only when called, so ``import smartcheck`` stays cheap.
"""

from __future__ import annotations

from smartcheck.judging.rule import Rule


def get_rules() -> list[type[Rule]]:
    """Every built-in rule class, in code order."""
    from smartcheck.rules import (
        acceptable,
        guidance,
        measurable,
        realistic,
        specific,
        time_bound,
    )

    modules = (specific, measurable, acceptable, realistic, time_bound, guidance)
    rules = [rule for module in modules for rule in module.RULES]
    return sorted(rules, key=lambda r: r.code)


__all__ = ["Rule", "get_rules"]
