"""The employee's phase as the goal carries it (a context field from the form, the call or
the config); rules read it here instead of walking the context themselves."""

from __future__ import annotations

from smartcheck.configuration.phase import Phase, phase_from_name
from smartcheck.reading.goal import ContextField, Goal


def phase_field(goal: Goal) -> ContextField | None:
    """The goal's phase field, if it has one."""
    return next((f for f in goal.context if f.name == "phase"), None)


def employee_phase(goal: Goal) -> Phase | None:
    """The employee's phase for this goal, or None when nobody stated it."""
    field = phase_field(goal)
    return phase_from_name(field.text) if field is not None else None
