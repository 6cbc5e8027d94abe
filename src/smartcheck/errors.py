"""Exceptions raised by smartcheck.

Every error a caller can trigger with bad input derives from :class:`SmartcheckError`, so
``except smartcheck.SmartcheckError`` is enough for an HR tool that must never crash on a
user's document. Messages name the offending input and the problem.
"""

from __future__ import annotations

from typing import Literal

DocumentProblem = Literal[
    "not-found",
    "not-a-file",
    "unreadable",
    "too-large",
    "binary",
    "encoding",
    "corrupt",
    "unsupported",
]


class SmartcheckError(Exception):
    """Base class of every error smartcheck raises on purpose."""


class InvalidGoalError(SmartcheckError, ValueError):
    """The goal text is not usable: not a string, empty, or too long."""


class InvalidArgumentError(SmartcheckError, ValueError):
    """An argument of a smartcheck call has the wrong type or value (a reference date that is
    no date, a batch size below one, an unknown error policy)."""


class UnsupportedLanguageError(SmartcheckError, ValueError):
    """The goal is (or was declared to be) in a language smartcheck has no rule pack for."""


class ConfigError(SmartcheckError, ValueError):
    """A configuration file or object is invalid (unknown keys, wrong types, bad values)."""


class RulePackError(SmartcheckError, ValueError):
    """A rule pack (``rules/<lang>.yaml`` or a user pack) cannot be read or is invalid."""


class PluginError(SmartcheckError):
    """A rule plugin could not be loaded, or registers a code or name that is taken."""


class ModelLoadError(SmartcheckError):
    """A spaCy pipeline could not be loaded (missing, corrupt, or in the wrong language)."""


class UntrustedModelError(ModelLoadError, ConfigError):
    """A pipeline folder named in the configuration is refused: one of its tokenizer patterns
    backtracks catastrophically (see docs/security.md)."""


class RewriteFailedWarning(UserWarning):
    """The rewriter failed on one goal: a bug in a rewrite step or a plugged-in rewriter, not
    bad input. The goal is still judged and reported, with the structured fallback in place
    of a rewrite; the others in a batch are not touched. The test suite turns it into an
    error (pyproject.toml), so a failing step is found there rather than hidden."""


def describe_value(value: object, limit: int = 60) -> str:
    """A short, safe description of an input for error messages."""
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"{type(value).__name__} {text}"


class DocumentReadError(SmartcheckError):
    """A document cannot be read: missing, not a regular file, too large, binary, in an
    unknown encoding, corrupt. ``str()`` names the file and the problem."""

    def __init__(self, path: str, problem: DocumentProblem, detail: str) -> None:
        self.path = path
        self.problem = problem
        self.detail = detail
        super().__init__(f"{path}: {detail}")
