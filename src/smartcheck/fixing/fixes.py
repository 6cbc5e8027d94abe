"""Apply suggested edits to a goal text: only the chosen applicability, never overlapping.

Edits of one pass are applied from the end of the text backwards so earlier offsets stay
valid; an edit that overlaps one already taken is skipped (it is retried on the next pass,
against the new text). Passes repeat until nothing changes, at most ``max_passes`` times, so
the result is idempotent: fixing a fixed text changes nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date

from smartcheck.checker import Checker
from smartcheck.fixing.files import apply_text_edits
from smartcheck.reporting.report import Applicability, Edit, Finding

MAX_PASSES = 10
SAFE_ONLY: tuple[Applicability, ...] = ("safe",)


@dataclass(frozen=True)
class FixResult:
    """The fixed text and the findings whose suggestions were applied, pass by pass."""

    text: str
    applied: tuple[Finding, ...] = field(default=())
    passes: int = 0


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[Edit]]:
    """Apply non-overlapping edits (first come, first served in text order)."""
    return apply_text_edits(text, edits)


def apply_fixes(
    checker: Checker,
    text: str,
    lang: str | None = None,
    reference_date: date | None = None,
    applicability: Collection[Applicability] = SAFE_ONLY,
    select: Collection[str] | None = None,
    max_passes: int = MAX_PASSES,
) -> FixResult:
    """Check ``text`` and apply its suggestions of the given applicability until stable."""
    applied: list[Finding] = []
    passes = 0
    for passes in range(1, max_passes + 1):  # noqa: B007 - reported in the result
        report = checker.check(text, lang=lang, reference_date=reference_date)
        chosen: list[Edit] = []
        owners: dict[int, Finding] = {}
        for finding in report.findings:
            if select is not None and finding.code not in select:
                continue
            for suggestion in finding.suggestions:
                if suggestion.applicability in applicability and suggestion.edits:
                    for edit in suggestion.edits:
                        owners[id(edit)] = finding
                    chosen.extend(suggestion.edits)
                    break
        new_text, taken = apply_edits(text, chosen)
        if new_text == text:
            break
        applied.extend(dict.fromkeys(owners[id(e)] for e in taken))
        text = new_text
        lang = report.lang
    return FixResult(text=text, applied=tuple(applied), passes=passes)
