"""The employee's phase in their work, as the guides to the POP-gesprek name it.

The guides place an employee in one of three phases: *junior* (much to learn, lots of room to
grow), *vakvolwassen* (the work is routine, some points to improve, needs enough challenge)
and *senior* (the work comes easily: how to stay motivated and contribute more). The phase is
optional context for a goal; realism and advice take it into account.

People write the phase in Dutch or English and in several forms ("Medior", "mid-level"); all
of them map to one of the three names. "experienced" (and Dutch "ervaren") means
vakvolwassen: the English preparation questions in the pack already translate the phase
that way, with "routine, needs enough challenge" beside it.
"""

from __future__ import annotations

import re
from enum import Enum


class Phase(str, Enum):
    """The employee's phase; the value is the guides' Dutch name."""

    JUNIOR = "junior"
    VAKVOLWASSEN = "vakvolwassen"
    SENIOR = "senior"


PHASE_ALIASES: dict[str, Phase] = {
    "junior": Phase.JUNIOR, "starter": Phase.JUNIOR, "beginner": Phase.JUNIOR,
    "beginnend": Phase.JUNIOR,
    "vakvolwassen": Phase.VAKVOLWASSEN, "medior": Phase.VAKVOLWASSEN,
    "mid-level": Phase.VAKVOLWASSEN, "midlevel": Phase.VAKVOLWASSEN,
    "mid": Phase.VAKVOLWASSEN, "intermediate": Phase.VAKVOLWASSEN,
    "experienced": Phase.VAKVOLWASSEN, "ervaren": Phase.VAKVOLWASSEN,
    "senior": Phase.SENIOR, "expert": Phase.SENIOR,
}  # fmt: skip

#: Spaces, underscores and hyphens are one separator: "mid level", "mid_level", "mid-level".
_SEPARATORS = re.compile(r"[\s_\-\u2010-\u2015]+")


def phase_from_name(name: object) -> Phase | None:
    """The phase a written name refers to ("Medior" -> vakvolwassen), or None when it names
    none (an unknown word, a non-string)."""
    if isinstance(name, Phase):
        return name
    if not isinstance(name, str):
        return None
    key = _SEPARATORS.sub("-", name.strip().lower())
    return PHASE_ALIASES.get(key) or PHASE_ALIASES.get(key.replace("-", ""))


def phase_problem(name: object) -> str:
    """Why ``name`` is no phase, for an error message that names the input."""
    known = ", ".join(p.value for p in Phase)
    aliases = ", ".join(sorted(a for a, p in PHASE_ALIASES.items() if a != p.value))
    return f"phase {name!r} is not one of {known} (also accepted: {aliases})"
