"""smartcheck: lint personal development goals against SMART, in Dutch and English.

    >>> import smartcheck
    >>> report = smartcheck.check("Ik wil beter worden in Excel.", lang="nl")
    >>> report.criteria["S"].passed
    False

The public API is what this module exports; everything else may change between versions.
"""

from __future__ import annotations

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
    InvalidGoalError,
    ModelLoadError,
    PluginError,
    RulePackError,
    SmartcheckError,
    UnsupportedLanguageError,
)
from smartcheck.judging.rule import Rule
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
    "InvalidGoalError",
    "Location",
    "Measure",
    "Modal",
    "ModelLoadError",
    "PluginError",
    "ReadLimits",
    "Rule",
    "RulePackError",
    "SmartcheckError",
    "Suggestion",
    "TextSpan",
    "TimeExpression",
    "UnsupportedLanguageError",
    "__version__",
    "check",
    "check_document",
    "check_documents",
    "check_many",
    "default_checker",
    "document_json_schema",
    "parse",
    "report_json_schema",
]
