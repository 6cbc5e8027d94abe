"""The built-in template rewriter (being written: returns no rewrites yet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.context import RuleContext
    from smartcheck.report import GoalReport


class TemplateRewriter:
    """Deterministic, offline rewrites from rule-pack templates."""

    def rewrite(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        return ()
