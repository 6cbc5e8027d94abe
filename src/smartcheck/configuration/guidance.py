"""Pack data for the POP guidance: examples, preparation questions, plan-level words.

The guides to the POP-gesprek ask more than SMART: other routes than a course, preparation
questions for both sides, a plan that is renewed. The words for that live in each rule pack's
``guidance`` section; this model validates it.
"""

from __future__ import annotations

import string
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from smartcheck.configuration.phase import Phase

Role = Literal["employee", "manager"]
Beneficiary = Literal["employee", "organisation"]
ROLES: tuple[Role, ...] = ("employee", "manager")


class GuidanceTexts(BaseModel):
    """A pack's ``guidance`` section."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    example: str = Field(
        default="", description="One concrete other route, used when the goal names no topic."
    )
    example_with_topic: str = Field(
        default="", description="The same route with the goal's own topic in a {topic} slot."
    )
    preparation: dict[Role, tuple[str, ...]] = Field(
        default_factory=dict,
        description="The preparation questions of the POP-gesprek, per role.",
    )

    plan: dict[str, str] = Field(
        default_factory=dict,
        description="Messages of the plan-level findings (P101, ...), with their slots.",
    )
    phase_challenge: dict[Phase, str] = Field(
        default_factory=dict,
        description="Per phase: why a basic course alone asks little of the employee (P002).",
    )
    phase_next_step: dict[Phase, str] = Field(
        default_factory=dict,
        description="Per phase: a step that asks more, in the guides' terms (P002).",
    )
    agreed_action: tuple[str, ...] = Field(
        default=(),
        description="Words of an agreed action or support beyond the goal's own means: who "
        "helps or arranges, time or money granted (P102).",
    )
    beneficiaries: dict[Beneficiary, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Words that say who gains from a goal: the employee's own growth, or the "
        "team, customers, organisation (P105, P106).",
    )

    @field_validator("plan")
    @classmethod
    def _plain_slots(cls, value: dict[str, str]) -> dict[str, str]:
        for template in value.values():
            _check_slots(template)
        return value

    def route_example(self, topic: str) -> str:
        """One concrete route in the goal's own words ("twee dagdelen meelopen met een
        ervaren collega die goed is in Excel")."""
        if topic and self.example_with_topic:
            return self.example_with_topic.format(topic=topic)
        return self.example


def _check_slots(template: str) -> None:
    """Plan messages come from user packs too: only plain named slots."""
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is not None and (not name.isidentifier() or conversion or len(spec or "") > 8):
            raise ValueError(f"template {template!r}: slot {{{name}}} must be a plain name")
