"""Output formats of the command line, by name. Each is one module with one Formatter class
following the same start / handle / stop lifecycle (see :mod:`.base`)."""

from __future__ import annotations

from smartcheck.reporting.formats.base import FormatOptions, Formatter
from smartcheck.reporting.formats.concise import ConciseFormatter
from smartcheck.reporting.formats.github import GithubFormatter
from smartcheck.reporting.formats.json import JsonFormatter, results_json_schema
from smartcheck.reporting.formats.junit import JunitFormatter
from smartcheck.reporting.formats.sarif import SarifFormatter
from smartcheck.reporting.formats.text import TextFormatter

FORMATS: dict[str, type[Formatter]] = {
    cls.name: cls
    for cls in (
        TextFormatter,
        ConciseFormatter,
        JsonFormatter,
        SarifFormatter,
        GithubFormatter,
        JunitFormatter,
    )
}

__all__ = ["FORMATS", "FormatOptions", "Formatter", "results_json_schema"]
