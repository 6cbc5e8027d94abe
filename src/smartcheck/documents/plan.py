"""The plan as a whole: advice about a POP document that no single goal shows.

The guides ask for "enkele ontwikkeldoelen" (a few development goals), for agreements on
how the employee will get there, for goals that both the employee and the company gain
from, and for a plan that is renewed from time to time. These findings are advice (code
family P, 1xx for the plan), reported in ``DocumentResult.plan_findings``; they never
change a goal's verdict. Their words and messages are pack data (``guidance:``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from smartcheck.configuration.config import DEFAULT_MAX_GOALS
from smartcheck.configuration.packs import RulePack
from smartcheck.documents.found import ReadDocument
from smartcheck.documents.models import DocumentMetadata, Location, MetadataDate, PlanFinding
from smartcheck.documents.vocabulary import PhraseSet
from smartcheck.reading.timex.dates import add_months
from smartcheck.reporting.report import GoalReport

__all__ = ["DEFAULT_MAX_GOALS", "PLAN_CODES", "PlanFinding", "plan_findings"]

#: Every plan finding's code (select/ignore may name them like rule codes).
PLAN_CODES = ("P101", "P102", "P103", "P104", "P105", "P106")

#: At least this many goals before P105/P106 ask who gains: one goal is no pattern.
MIN_GOALS_FOR_BENEFICIARIES = 2


@dataclass(frozen=True)
class _Words:
    """The pack's plan words, compiled once per call."""

    action: PhraseSet
    employee: PhraseSet
    organisation: PhraseSet

    @classmethod
    def of(cls, pack: RulePack) -> _Words:
        g = pack.guidance
        return cls(
            PhraseSet(g.agreed_action),
            PhraseSet(g.beneficiaries.get("employee", ())),
            PhraseSet(g.beneficiaries.get("organisation", ())),
        )


def _names(metadata: DocumentMetadata) -> list[str]:
    """The capitalised words of the manager's name ('Peter Jansen' -> Peter, Jansen): a
    goal that names them names who helps."""
    if metadata.manager is None:
        return []
    return [w for w in metadata.manager.value.split() if len(w) > 1 and w[0].isupper()]


def _has_support(report: GoalReport, words: _Words, names: Sequence[str]) -> bool:
    """The goal, its support field or its owner field names an agreed action or support
    (who helps or arranges, what is granted). A course on its own is a route, not support:
    P001 already speaks about it."""
    goal = report.goal
    fields = {f.name: f.text.strip() for f in goal.context}
    if fields.get("support"):
        return True
    text = goal.text
    tokens = set(text.replace(";", " ").replace(",", " ").split())
    return words.action.within(text) or any(name in tokens for name in names)


def _stale(metadata: DocumentMetadata, ref: date) -> tuple[MetadataDate, date] | None:
    """The plan's latest known date (period end or conversation date, whichever is later)
    when it lies more than a year before ``ref``: a plan still running is not stale."""
    known = [(d, d.value) for d in (metadata.period_end, metadata.conversation_date) if d]
    dated = [(d, v) for d, v in known if v is not None]
    if not dated:
        return None
    latest = max(dated, key=lambda pair: pair[1])
    return latest if latest[1] < add_months(ref, -12) else None


def _label(source: str) -> str:
    """The label in a field's source ("line 'Datum gesprek' (6:16)" -> Datum gesprek)."""
    match = re.search(r"'([^']*)'", source)
    return match.group(1) if match else source


def _one_sided(reports: Sequence[GoalReport], words: _Words) -> str | None:
    """'P105' when every goal names only the employee's own gain, 'P106' when every goal
    names only the team's, customers' or company's; None when any goal names both, names
    neither (unsure), or there are too few goals."""
    if len(reports) < MIN_GOALS_FOR_BENEFICIARIES:
        return None
    sides = set()
    for report in reports:
        own = words.employee.within(report.goal.text)
        theirs = words.organisation.within(report.goal.text)
        if own == theirs:
            return None
        sides.add("P105" if own else "P106")
    return sides.pop() if len(sides) == 1 else None


def plan_findings(
    reports: Sequence[GoalReport],
    pack: RulePack,
    read: ReadDocument,
    metadata: DocumentMetadata,
    reference_date: date,
    max_goals: int = DEFAULT_MAX_GOALS,
) -> tuple[PlanFinding, ...]:
    """P101 more goals than a plan can carry; P102 no agreed action or support anywhere;
    P103 a goals section with no goal; P104 a plan more than a year old; P105/P106 every
    goal only about the employee / only about the company (a question)."""
    texts = pack.guidance.plan
    words = _Words.of(pack)
    found: list[PlanFinding] = []

    def add(
        code: str, question: bool = False, location: Location | None = None, **slots: object
    ) -> None:
        if code in texts:
            message = texts[code].format(**slots)
            finding = PlanFinding(code=code, message=message, location=location, question=question)
            found.append(finding)

    if len(reports) > max_goals and "P101" in texts:
        message = texts["P101"].format(count=len(reports), limit=max_goals)
        found.append(PlanFinding(code="P101", severity="warning", message=message))
    names = _names(metadata)
    if reports and not read.agreements and not any(_has_support(r, words, names) for r in reports):
        add("P102")
    for section in read.empty_goal_sections:
        add("P103", location=section.location, heading=section.text, place=section.location)
    stale = _stale(metadata, reference_date)
    if stale is not None:
        field, day = stale
        add(
            "P104",
            location=field.location,
            date=day.isoformat(),
            label=_label(field.source),
            place=field.location,
            reference=reference_date.isoformat(),
        )
    side = _one_sided(reports, words)
    if side is not None:
        add(side, question=True)
    return tuple(found)
