"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` annotation per
active finding or input error, shown on the pull request's diff."""

from __future__ import annotations

from smartcheck.reporting.formats.base import Formatter
from smartcheck.reporting.formats.model import FileOutcome, Place, Summary

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(
    level: str, path: str, place: Place, title: str, message: str, end: Place | None = None
) -> str:
    props = [f"file={_property(path)}"]
    if place.line is not None:
        props += [f"line={place.line}", f"col={place.column or 1}"]
        if end is not None and end.line is not None:
            props += [f"endLine={end.line}", f"endColumn={end.column or 1}"]
    elif place.where:
        message = f"{place.where}: {message}"
    props.append(f"title={_property(title)}")
    return f"::{level} {','.join(props)}::{_data(message)}"


class GithubFormatter(Formatter):
    name = "github"

    def handle(self, outcome: FileOutcome) -> None:
        lines = [
            annotation("error", outcome.path, Place(), "smartcheck", problem)
            for problem in outcome.errors
        ]
        for goal in outcome.goals:
            if goal.error is not None:
                lines.append(
                    annotation("error", outcome.path, goal.place, "smartcheck", goal.error)
                )
            for item in goal.findings:
                if item.status != "active":
                    continue
                f = item.finding
                title = f"{f.code} [{f.criterion.value}]"
                lines.append(
                    annotation(
                        _LEVEL[f.severity], outcome.path, item.place, title, f.message, item.end
                    )
                )
        for notice in outcome.notices:
            if notice.status != "active":
                continue
            lines.append(
                annotation(
                    _LEVEL[notice.severity], outcome.path, notice.place, notice.code, notice.message
                )
            )
        if lines:
            self.write("\n".join(lines) + "\n")

    def stop(self, summary: Summary) -> None:
        """No closing line: GitHub shows the annotations, the exit code says the rest."""
