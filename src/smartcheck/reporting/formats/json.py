"""JSON output, streamed: the header first, each file's object as soon as it is checked, the
summary last. The shape is versioned (``RESULTS_VERSION``) and described by
:func:`results_json_schema`; each goal carries its full ``GoalReport``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from smartcheck.judging.rule import Rule
from smartcheck.reporting.formats.base import Formatter
from smartcheck.reporting.formats.model import FileOutcome, Place, Summary
from smartcheck.reporting.report import report_json_schema

RESULTS_SCHEMA = "smartcheck-results"
RESULTS_VERSION = "1.1"  # 1.1: notices carry question and status


def _place(place: Place) -> dict[str, Any]:
    return {"line": place.line, "column": place.column, "where": place.where or None}


def file_dict(outcome: FileOutcome) -> dict[str, Any]:
    """One file's results as plain JSON values."""
    goals = []
    for goal in outcome.goals:
        goals.append(
            {
                "text": goal.text,
                "location": _place(goal.place),
                "context": dict(goal.context),
                "error": goal.error,
                "is_smart": goal.is_smart if goal.report else None,
                "fails": goal.fails,
                "findings": [
                    {
                        "code": item.finding.code,
                        "severity": item.finding.severity,
                        "message": item.finding.message,
                        "location": _place(item.place),
                        "status": item.status,
                        "fails": item.fails,
                    }
                    for item in goal.findings
                ],
                "report": (
                    json.loads(goal.report.model_dump_json()) if goal.report is not None else None
                ),
            }
        )
    return {
        "path": outcome.path,
        "format": outcome.format,
        "encoding": outcome.encoding,
        "errors": list(outcome.errors),
        "goals": goals,
        "notices": [
            {
                "code": n.code,
                "severity": n.severity,
                "message": n.message,
                "location": _place(n.place),
                "question": n.question,
                "status": n.status,
                "fails": n.fails,
            }
            for n in outcome.notices
        ],
        "fixes": list(outcome.fixes),
    }


def summary_dict(summary: Summary) -> dict[str, Any]:
    return {
        "files": summary.files,
        "goals": summary.goals,
        "not_smart": summary.not_smart,
        "failing": summary.failing,
        "errors": summary.errors,
        "fixes": summary.fixes,
        "interrupted": summary.interrupted,
    }


class JsonFormatter(Formatter):
    name = "json"

    def start(self, rules: Sequence[type[Rule]]) -> None:
        head = json.dumps(
            {
                "schema": RESULTS_SCHEMA,
                "version": RESULTS_VERSION,
                "tool": {"name": "smartcheck", "version": self.options.tool_version},
            },
            ensure_ascii=False,
        )
        self.write(head[:-1] + ', "files": [')
        self._first = True

    def handle(self, outcome: FileOutcome) -> None:
        sep = "\n" if self._first else ",\n"
        self._first = False
        self.write(sep + json.dumps(file_dict(outcome), ensure_ascii=False))

    def stop(self, summary: Summary) -> None:
        self.write('\n], "summary": ' + json.dumps(summary_dict(summary)) + "}\n")


def _location_schema() -> dict[str, Any]:
    nullable_int = {"type": ["integer", "null"], "minimum": 1}
    return {
        "type": "object",
        "required": ["line", "column", "where"],
        "properties": {
            "line": nullable_int,
            "column": nullable_int,
            "where": {"type": ["string", "null"]},
        },
    }


REPORT_SCHEMA_FILE = "report.schema.json"


def results_json_schema(embed_report: bool = False) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the ``--format json`` output. Each goal's ``report``
    refers to the GoalReport schema published beside it (``docs/report.schema.json``), so
    the two evolve separately; ``embed_report=True`` inlines it (one self-contained schema)."""
    defs: dict[str, Any] = {}
    if embed_report:
        report = report_json_schema()
        defs.update(report.pop("$defs", {}))
        defs["GoalReport"] = report
    else:
        defs["GoalReport"] = {"$ref": REPORT_SCHEMA_FILE}
    location = {"$ref": "#/$defs/Location"}
    defs["Location"] = _location_schema()
    properties: dict[str, Any] = {
        "code": {"type": "string"},
        "severity": {"enum": ["error", "warning", "info"]},
        "message": {"type": "string"},
        "location": location,
        "status": {"enum": ["active", "suppressed", "baselined"]},
        "fails": {"type": "boolean"},
    }
    message = {
        "type": "object",
        "required": ["code", "severity", "message", "location", "fails"],
        "properties": properties,
    }
    notice = {
        "type": "object",
        "required": ["code", "severity", "message", "location", "question", "status", "fails"],
        "properties": properties
        | {"question": {"type": "boolean", "description": "Asked, not told (P105, P106)."}},
    }
    goal = {
        "type": "object",
        "required": ["text", "location", "context", "error", "fails", "findings", "report"],
        "properties": {
            "text": {"type": "string"},
            "location": location,
            "context": {"type": "object", "additionalProperties": {"type": "string"}},
            "error": {"type": ["string", "null"]},
            "is_smart": {"type": ["boolean", "null"]},
            "fails": {"type": "boolean"},
            "findings": {"type": "array", "items": message},
            "report": {"anyOf": [{"$ref": "#/$defs/GoalReport"}, {"type": "null"}]},
        },
    }
    strings = {"type": "array", "items": {"type": "string"}}
    file = {
        "type": "object",
        "required": ["path", "format", "encoding", "errors", "goals", "notices", "fixes"],
        "properties": {
            "path": {"type": "string"},
            "format": {"type": ["string", "null"]},
            "encoding": {"type": ["string", "null"]},
            "errors": strings,
            "goals": {"type": "array", "items": goal},
            "notices": {"type": "array", "items": notice},
            "fixes": strings,
        },
    }
    count = {"type": "integer", "minimum": 0}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "smartcheck check --format json",
        "type": "object",
        "required": ["schema", "version", "tool", "files", "summary"],
        "properties": {
            "schema": {"const": RESULTS_SCHEMA},
            "version": {"const": RESULTS_VERSION},
            "tool": {"type": "object"},
            "files": {"type": "array", "items": file},
            "summary": {
                "type": "object",
                "properties": {
                    key: count
                    for key in ("files", "goals", "not_smart", "failing", "errors", "fixes")
                }
                | {"interrupted": {"type": "boolean"}},
            },
        },
        "$defs": defs,
    }
