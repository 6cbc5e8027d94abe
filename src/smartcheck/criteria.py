"""The five SMART criteria and the names people use for them.

POP forms in the Netherlands say Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden;
English texts often say Achievable and Relevant for A and R. All of these are accepted wherever
a criterion is named (config, selection), and map to one letter.
"""

from __future__ import annotations

from enum import Enum

from smartcheck.errors import ConfigError


class Criterion(str, Enum):
    """A SMART criterion, identified by its letter."""

    S = "S"
    M = "M"
    A = "A"
    R = "R"
    T = "T"

    @property
    def label_en(self) -> str:
        return _LABELS[self][1]

    @property
    def label_nl(self) -> str:
        return _LABELS[self][0]

    def label(self, lang: str) -> str:
        """The criterion's built-in name: Dutch for "nl", else English (a rule pack's
        ``criterion_labels`` name it in any language; reports use those)."""
        return self.label_nl if lang == "nl" else self.label_en


_LABELS: dict[Criterion, tuple[str, str]] = {
    Criterion.S: ("Specifiek", "Specific"),
    Criterion.M: ("Meetbaar", "Measurable"),
    Criterion.A: ("Acceptabel", "Acceptable"),
    Criterion.R: ("Realistisch", "Realistic"),
    Criterion.T: ("Tijdgebonden", "Time-bound"),
}

CRITERION_ALIASES: dict[str, Criterion] = {
    "s": Criterion.S, "specific": Criterion.S, "specifiek": Criterion.S,
    "m": Criterion.M, "measurable": Criterion.M, "meetbaar": Criterion.M,
    "a": Criterion.A, "acceptable": Criterion.A, "acceptabel": Criterion.A,
    "achievable": Criterion.A, "agreed": Criterion.A,
    "r": Criterion.R, "realistic": Criterion.R, "realistisch": Criterion.R,
    "relevant": Criterion.R,
    "t": Criterion.T, "time-bound": Criterion.T, "time_bound": Criterion.T,
    "timebound": Criterion.T, "timely": Criterion.T, "tijdgebonden": Criterion.T,
    "time": Criterion.T,
}  # fmt: skip


def criterion_from_name(name: str) -> Criterion | None:
    """The criterion a user-facing name refers to, or None if it names none."""
    return CRITERION_ALIASES.get(name.strip().lower())


def parse_criterion(name: str) -> Criterion:
    """Like :func:`criterion_from_name`, but a name that is no criterion is a config error."""
    found = criterion_from_name(name)
    if found is None:
        known = ", ".join(sorted(CRITERION_ALIASES))
        raise ConfigError(f"unknown SMART criterion {name!r}; use one of: {known}")
    return found
