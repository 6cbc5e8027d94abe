"""The rewriter seam: who turns a failing goal into SMART rewrites.

A rewriter is any object with ``rewrite(report, ctx) -> tuple[str, ...]`` (best first; empty
when it has nothing to offer). The default is smartcheck's deterministic, offline template
rewriter; organisations can plug in their own (an LLM-based one, say) through the
``smartcheck.rewriters`` entry-point group and select it with ``rewriter = "<name>"`` in
config. ``rewriter = "none"`` switches rewrites off. A rewriter that works faster on many
reports at once may also offer ``rewrite_many(items)`` (:class:`BatchRewriter`);
``check_many`` then hands it each batch's failing goals together.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from smartcheck.errors import ConfigError, PluginError

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reporting.report import GoalReport

ENTRY_POINT_GROUP = "smartcheck.rewriters"


@runtime_checkable
class Rewriter(Protocol):
    """Turns a report on a failing goal into rewritten goals."""

    def rewrite(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]: ...


@runtime_checkable
class BatchRewriter(Rewriter, Protocol):
    """A rewriter that rewrites many reports at once: the same answers as ``rewrite`` on each,
    in order, cheaper together."""

    def rewrite_many(
        self, items: Sequence[tuple[GoalReport, RuleContext]]
    ) -> list[tuple[str, ...]]: ...


def rewrite_all(
    rewriter: Rewriter, items: Sequence[tuple[GoalReport, RuleContext]]
) -> list[tuple[str, ...]]:
    """Each report's rewrites, in one call when the rewriter works in batches."""
    if isinstance(rewriter, BatchRewriter):
        found = list(rewriter.rewrite_many(items))
        if len(found) != len(items):
            raise PluginError(
                f"rewriter {type(rewriter).__name__}.rewrite_many gave {len(found)} answers "
                f"for {len(items)} goals"
            )
        return found
    return [tuple(rewriter.rewrite(report, ctx)) for report, ctx in items]


class NoRewriter:
    """Offers no rewrites (``rewriter = "none"``)."""

    def rewrite(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        return ()


def load_rewriter(name: str) -> Rewriter:
    """The rewriter called ``name``: built-in ("template", "none") or from an entry point."""
    if name == "none":
        return NoRewriter()
    if name == "template":
        from smartcheck.fixing.rewrite.template import TemplateRewriter

        return TemplateRewriter()
    found = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == name]
    if not found:
        known = sorted(
            {"template", "none", *(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP))}
        )
        raise ConfigError(f"rewriter {name!r} is not installed; available: {', '.join(known)}")
    try:
        # The entry point may name a class, a factory function, or a ready object.
        target = found[0].load()
        if isinstance(target, type) or not isinstance(target, Rewriter):
            rewriter = target()  # a class or a factory function
        else:
            rewriter = target
    except Exception as exc:  # any failure of foreign code is reported the same way
        raise PluginError(f"rewriter plugin {name!r} ({found[0].value}) failed: {exc}") from exc
    if not isinstance(rewriter, Rewriter):
        raise PluginError(f"rewriter plugin {name!r} has no rewrite(report, ctx) method")
    return rewriter
