"""SARIF 2.1.0 output (validated against the official OASIS schema in the tests), streamed:
the run's tool and rules first, each result as its file is done, the invocation last."""

from __future__ import annotations

import inspect
import json
from collections.abc import Sequence
from typing import Any

from smartcheck.documents.plan import PLAN_CATALOGUE, PlanCode
from smartcheck.judging.rule import Rule
from smartcheck.reporting.formats.base import Formatter
from smartcheck.reporting.formats.model import (
    FileOutcome,
    Notice,
    Place,
    ReportedFinding,
    Summary,
)
from smartcheck.reporting.report import Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: Where the rule reference pages (docs/rules/<CODE>.md) are published.
RULE_DOCS_URL = "https://github.com/smartcheck/smartcheck/blob/main/docs/rules/"
#: Where plan advice (P101-P106) is described: it has no rule page of its own.
PLAN_DOCS_URL = (
    "https://github.com/smartcheck/smartcheck/blob/main/docs/pop-guidance.md"
    "#the-plan-as-a-whole-p101p106"
)
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return path.replace("\\", "/")


def _region(start: Place, end: Place | None = None, snippet: str | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": start.line, "startColumn": start.column or 1}
    if end is not None and end.line is not None:
        region["endLine"] = end.line
        region["endColumn"] = end.column or 1
    if snippet:
        region["snippet"] = {"text": snippet}
    return region


def _name_place(result: dict[str, Any], place: Place) -> None:
    """A place without a line (a Word cell, the plan as a whole) is named as a logical
    location."""
    if place.line is None and place.where:
        result["locations"][0]["logicalLocations"] = [{"fullyQualifiedName": place.where}]


def rule_descriptor(rule: type[Rule]) -> dict[str, Any]:
    """A reportingDescriptor: id, name, descriptions, help text and its URI."""
    doc = inspect.cleandoc(rule.__doc__ or rule.summary)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": doc},
        "help": {"text": doc, "markdown": doc},
        "helpUri": f"{RULE_DOCS_URL}{rule.code}.md",
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"criterion": rule.criterion.value, "tags": [rule.criterion.value]},
    }


def plan_descriptor(plan: PlanCode) -> dict[str, Any]:
    """A reportingDescriptor for a plan code, shaped like a rule's (tag ``plan``)."""
    return {
        "id": plan.code,
        "name": plan.name,
        "shortDescription": {"text": plan.summary},
        "fullDescription": {"text": plan.description},
        "help": {"text": plan.description, "markdown": plan.description},
        "helpUri": PLAN_DOCS_URL,
        "defaultConfiguration": {"level": _LEVEL[plan.severity]},
        "properties": {"tags": ["plan"], "question": plan.question},
    }


class SarifFormatter(Formatter):
    name = "sarif"

    def start(self, rules: Sequence[type[Rule]]) -> None:
        descriptors = [rule_descriptor(rule) for rule in rules]
        descriptors += [plan_descriptor(plan) for plan in PLAN_CATALOGUE]
        self._index = {d["id"]: i for i, d in enumerate(descriptors)}
        self._notifications: list[dict[str, Any]] = []
        self._first = True
        head = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "smartcheck",
                            "version": self.options.tool_version,
                            "informationUri": RULE_DOCS_URL,
                            "rules": descriptors,
                        }
                    },
                    "columnKind": "unicodeCodePoints",
                }
            ],
        }
        text = json.dumps(head, ensure_ascii=False)
        self.write(text[: -len("}]}")] + ', "results": [')

    def _base(
        self, path: str, code: str, severity: Severity, message: str, region: dict[str, Any]
    ) -> dict[str, Any]:
        """The parts every result has: rule, level, message, and where (a region when the
        place has a line, else the place's name as a logical location)."""
        location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": _uri(path)}}}
        if region:
            location["physicalLocation"]["region"] = region
        result: dict[str, Any] = {
            "ruleId": code,
            "level": _LEVEL[severity],
            "message": {"text": message},
            "locations": [location],
        }
        if code in self._index:
            result["ruleIndex"] = self._index[code]
        return result

    def _result(self, path: str, item: ReportedFinding) -> dict[str, Any]:
        finding = item.finding
        region = _region(item.place, item.end, finding.text) if item.place.line is not None else {}
        result = self._base(path, finding.code, finding.severity, finding.message, region)
        _name_place(result, item.place)
        fixes = [
            {
                "description": {"text": fix.title},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": _uri(path)},
                        "replacements": [
                            {
                                "deletedRegion": _region(edit.start, edit.end),
                                "insertedContent": {"text": edit.replacement},
                            }
                            for edit in fix.edits
                        ],
                    }
                ],
            }
            for fix in item.fixes
            if fix.edits
        ]
        if fixes:
            result["fixes"] = fixes
        if item.status == "suppressed":
            result["suppressions"] = [{"kind": "inSource"}]
        elif item.status == "baselined":
            result["baselineState"] = "unchanged"
        return result

    def _notice(self, path: str, notice: Notice) -> dict[str, Any]:
        """A file notice (plan advice, an unused suppression) as a result, with its rule
        index when it has a descriptor and an ``inSource`` suppression when silenced."""
        region = _region(notice.place) if notice.place.line is not None else {}
        result = self._base(path, notice.code, notice.severity, notice.message, region)
        _name_place(result, notice.place)
        if notice.question:
            result["properties"] = {"question": True}
        if notice.status == "suppressed":
            result["suppressions"] = [{"kind": "inSource"}]
        return result

    def handle(self, outcome: FileOutcome) -> None:
        results = [
            self._result(outcome.path, item) for goal in outcome.goals for item in goal.findings
        ]
        results += [self._notice(outcome.path, notice) for notice in outcome.notices]
        problems = list(outcome.errors) + [
            f"goal at {g.place.describe()}: {g.error}" for g in outcome.goals if g.error
        ]
        for problem in problems:
            self._notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{outcome.path}: {problem}"},
                    "locations": [
                        {"physicalLocation": {"artifactLocation": {"uri": _uri(outcome.path)}}}
                    ],
                }
            )
        for result in results:
            sep = "\n" if self._first else ",\n"
            self._first = False
            self.write(sep + json.dumps(result, ensure_ascii=False))

    def stop(self, summary: Summary) -> None:
        invocation = {
            "executionSuccessful": not summary.errors and not summary.interrupted,
            "toolExecutionNotifications": self._notifications,
        }
        self.write('\n], "invocations": ' + json.dumps([invocation], ensure_ascii=False) + "}]}\n")
