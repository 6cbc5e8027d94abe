"""smartcheck: lint personal development goals against SMART, in Dutch and English.

    >>> import smartcheck
    >>> report = smartcheck.check("Ik wil beter worden in Excel.", lang="nl")
    >>> report.criteria["S"].passed
    False

The public API is what this module exports; everything else may change between versions.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smartcheck.api import (
        check,
        check_document,
        check_documents,
        check_many,
        default_checker,
        parse,
    )
    from smartcheck.checker import Checker
    from smartcheck.configuration.config import Config
    from smartcheck.configuration.phase import Phase
    from smartcheck.criteria import Criterion
    from smartcheck.documents import (
        DOCUMENT_SCHEMA_VERSION,
        ContextValue,
        DocumentError,
        DocumentGoal,
        DocumentResult,
        Location,
        ReadLimits,
        document_json_schema,
    )
    from smartcheck.errors import (
        ConfigError,
        DocumentReadError,
        InvalidArgumentError,
        InvalidGoalError,
        ModelLoadError,
        PluginError,
        RulePackError,
        SmartcheckError,
        UnsupportedLanguageError,
        UntrustedModelError,
    )
    from smartcheck.judging.rule import Rule
    from smartcheck.preparation import preparation_questions
    from smartcheck.reading.goal import Action, Actor, ContextField, Goal, Measure, Modal, TextSpan
    from smartcheck.reading.timex import TimeExpression
    from smartcheck.reporting.report import (
        SCHEMA_VERSION,
        CriterionScore,
        Edit,
        Evidence,
        Finding,
        GoalError,
        GoalReport,
        Suggestion,
        report_json_schema,
    )

__version__ = "0.1.0"

#: Where each public name lives. ``import smartcheck`` stays light (no spaCy, dateparser or
#: simplemma): a name's module is imported when the name is first used (PEP 562).
_LAZY: dict[str, str] = {
    "Action": "smartcheck.reading.goal",
    "Actor": "smartcheck.reading.goal",
    "check": "smartcheck.api",
    "check_document": "smartcheck.api",
    "check_documents": "smartcheck.api",
    "check_many": "smartcheck.api",
    "Checker": "smartcheck.checker",
    "Config": "smartcheck.configuration.config",
    "ConfigError": "smartcheck.errors",
    "ContextField": "smartcheck.reading.goal",
    "ContextValue": "smartcheck.documents",
    "Criterion": "smartcheck.criteria",
    "Phase": "smartcheck.configuration.phase",
    "CriterionScore": "smartcheck.reporting.report",
    "default_checker": "smartcheck.api",
    "document_json_schema": "smartcheck.documents",
    "DOCUMENT_SCHEMA_VERSION": "smartcheck.documents",
    "DocumentError": "smartcheck.documents",
    "DocumentGoal": "smartcheck.documents",
    "DocumentReadError": "smartcheck.errors",
    "DocumentResult": "smartcheck.documents",
    "Edit": "smartcheck.reporting.report",
    "Evidence": "smartcheck.reporting.report",
    "Finding": "smartcheck.reporting.report",
    "Goal": "smartcheck.reading.goal",
    "GoalError": "smartcheck.reporting.report",
    "GoalReport": "smartcheck.reporting.report",
    "InvalidArgumentError": "smartcheck.errors",
    "InvalidGoalError": "smartcheck.errors",
    "Location": "smartcheck.documents",
    "Measure": "smartcheck.reading.goal",
    "Modal": "smartcheck.reading.goal",
    "ModelLoadError": "smartcheck.errors",
    "parse": "smartcheck.api",
    "PluginError": "smartcheck.errors",
    "preparation_questions": "smartcheck.preparation",
    "ReadLimits": "smartcheck.documents",
    "report_json_schema": "smartcheck.reporting.report",
    "Rule": "smartcheck.judging.rule",
    "RulePackError": "smartcheck.errors",
    "SCHEMA_VERSION": "smartcheck.reporting.report",
    "SmartcheckError": "smartcheck.errors",
    "Suggestion": "smartcheck.reporting.report",
    "TextSpan": "smartcheck.reading.goal",
    "TimeExpression": "smartcheck.reading.timex",
    "UnsupportedLanguageError": "smartcheck.errors",
    "UntrustedModelError": "smartcheck.errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'smartcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "DOCUMENT_SCHEMA_VERSION",
    "SCHEMA_VERSION",
    "Action",
    "Actor",
    "Checker",
    "Config",
    "ConfigError",
    "ContextField",
    "ContextValue",
    "Criterion",
    "CriterionScore",
    "DocumentError",
    "DocumentGoal",
    "DocumentReadError",
    "DocumentResult",
    "Edit",
    "Evidence",
    "Finding",
    "Goal",
    "GoalError",
    "GoalReport",
    "InvalidArgumentError",
    "InvalidGoalError",
    "Location",
    "Measure",
    "Modal",
    "ModelLoadError",
    "Phase",
    "PluginError",
    "ReadLimits",
    "Rule",
    "RulePackError",
    "SmartcheckError",
    "Suggestion",
    "TextSpan",
    "TimeExpression",
    "UnsupportedLanguageError",
    "UntrustedModelError",
    "__version__",
    "check",
    "check_document",
    "check_documents",
    "check_many",
    "default_checker",
    "document_json_schema",
    "parse",
    "preparation_questions",
    "report_json_schema",
]
