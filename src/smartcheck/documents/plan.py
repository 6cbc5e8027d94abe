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
from smartcheck.reporting.report import GoalReport, Severity

__all__ = [
    "DEFAULT_MAX_GOALS",
    "PLAN_CATALOGUE",
    "PLAN_CODES",
    "PlanCode",
    "PlanFinding",
    "plan_findings",
]


@dataclass(frozen=True)
class PlanCode:
    """What a plan code is, for reference lists (SARIF's rules, ``--statistics``): plan
    findings come from one function, not from rule classes, so they are described here."""

    code: str
    name: str
    severity: Severity
    summary: str
    description: str
    question: bool = False


#: Every plan code with its name and description (English, like rule summaries).
PLAN_CATALOGUE = (
    PlanCode(
        "P101",
        "plan.too_many_goals",
        "warning",
        "More goals than a plan can carry",
        "The POP guides ask for a few development goals; a plan with more than max-goals "
        "(default 5) goals is asked to choose the ones that bring the most now.",
    ),
    PlanCode(
        "P102",
        "plan.no_agreed_action",
        "info",
        "No agreed action or support in the plan",
        "No goal names who helps or arranges, or what is granted (coaching, shadowing, time, "
        "budget), and the document has no section of agreements. A course alone is no support.",
    ),
    PlanCode(
        "P103",
        "plan.empty_goals_section",
        "info",
        "A goals section without goals",
        "A heading (or YAML/JSON key) that announces goals has nothing under it that goal "
        "finding takes as a goal: a form not filled in, or goals written in a way not seen.",
    ),
    PlanCode(
        "P104",
        "plan.time_for_a_new_plan",
        "info",
        "A plan more than a year old",
        "The plan's latest known date (period end or conversation date) lies more than a year "
        "before the reference date: the guides ask to renew the plan from time to time.",
    ),
    PlanCode(
        "P105",
        "plan.only_the_employee_gains",
        "info",
        "Every goal is only about the employee",
        "Asked as a question: every goal names only the employee's own growth; the guides ask "
        "for goals that both the employee and the company gain from.",
        question=True,
    ),
    PlanCode(
        "P106",
        "plan.only_the_company_gains",
        "info",
        "Every goal is only about the company",
        "Asked as a question: every goal names only the team, customers or company; the guides "
        "ask for goals that both the employee and the company gain from.",
        question=True,
    ),
)

#: Every plan finding's code (select/ignore may name them like rule codes).
PLAN_CODES = tuple(c.code for c in PLAN_CATALOGUE)

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


def _in_words(day: date, messages: RulePack) -> str:
    """A date as words in the message language ('4 november 2025', '4 November 2025')."""
    return f"{day.day} {messages.time.months[day.month - 1][0]} {day.year}"


def _where(location: Location, messages: RulePack) -> str:
    """A place in the message language ('regel 3', 'table 1, row 2, cell 1'); the pack's
    ``message_words`` place_* phrases, else the location as the CLI writes it."""
    words = messages.message_words
    if location.line is not None and "place_line" in words:
        return words["place_line"].format(n=location.line)
    if location.table is not None and "place_cell" in words:
        return words["place_cell"].format(
            table=location.table, row=location.row, cell=location.cell
        )
    if location.paragraph is not None and "place_paragraph" in words:
        return words["place_paragraph"].format(n=location.paragraph)
    return str(location)


_SEVERITY = {c.code: c.severity for c in PLAN_CATALOGUE}


def plan_findings(
    reports: Sequence[GoalReport],
    pack: RulePack,
    read: ReadDocument,
    metadata: DocumentMetadata,
    reference_date: date,
    max_goals: int = DEFAULT_MAX_GOALS,
    messages: RulePack | None = None,
) -> tuple[PlanFinding, ...]:
    """P101 more goals than a plan can carry; P102 no agreed action or support anywhere;
    P103 a goals section with no goal; P104 a plan more than a year old; P105/P106 every
    goal only about the employee / only about the company (a question). The words looked
    for come from ``pack`` (the document's language), the messages from ``messages`` (the
    message language; ``pack`` when not given), dates and places written in its words."""
    said = messages if messages is not None else pack
    texts = said.guidance.plan
    words = _Words.of(pack)
    found: list[PlanFinding] = []

    def add(
        code: str, question: bool = False, location: Location | None = None, **slots: object
    ) -> None:
        if code in texts:
            finding = PlanFinding(
                code=code,
                severity=_SEVERITY[code],
                message=texts[code].format(**slots),
                location=location,
                question=question,
            )
            found.append(finding)

    if len(reports) > max_goals:
        add("P101", count=len(reports), limit=max_goals)
    names = _names(metadata)
    if reports and not read.agreements and not any(_has_support(r, words, names) for r in reports):
        add("P102")
    for section in read.empty_goal_sections:
        where = _where(section.location, said)
        add("P103", location=section.location, heading=section.text, place=where)
    stale = _stale(metadata, reference_date)
    if stale is not None:
        field, day = stale
        add(
            "P104",
            location=field.location,
            date=_in_words(day, said),
            label=_label(field.source),
            place=_where(field.location, said),
            reference=_in_words(reference_date, said),
        )
    side = _one_sided(reports, words)
    if side is not None:
        add(side, question=True)
    return tuple(found)
