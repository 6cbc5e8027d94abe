"""The preparation questions of the POP-gesprek, for the employee and for the manager.

The guides ask both sides to prepare: what goes well, what can be better, ambitions, growing
into another role, the employee's phase, routes beyond a course, what the company gains. The
questions are pack data (``guidance.preparation`` in rules/<lang>.yaml), so an HR tool can
show them next to the form in the form's language.
"""

from __future__ import annotations

from typing import get_args

from smartcheck.configuration.guidance import ROLES, Role
from smartcheck.configuration.packs import builtin_pack
from smartcheck.errors import ConfigError


def preparation_questions(role: str = "employee", lang: str = "nl") -> tuple[str, ...]:
    """The questions ``role`` ("employee" or "manager") prepares, in ``lang``."""
    if role not in get_args(Role):
        raise ConfigError(f"unknown role {role!r}; use one of: {', '.join(ROLES)}")
    questions = builtin_pack(lang).guidance.preparation.get(role, ())  # type: ignore[call-overload]
    if not questions:
        raise ConfigError(f"the {lang!r} rule pack has no preparation questions for {role!r}")
    return tuple(questions)


__all__ = ["ROLES", "preparation_questions"]
