"""A field label before several goals: 'Buurtbemiddeling: meer vrijwilligers werven en ze
beter begeleiden, en daarnaast de samenwerking met de wijkagent verbeteren', 'Onboarding:
coach new colleagues, and also update the onboarding handbook'.

The label names the field every goal of the line is in, not the first goal's alone. Split
one goal per part, the first part kept the label and the others lost it ('De samenwerking
met de wijkagent verbeteren.'): the field was gone from them. Each later part gets the
label in front as the writer wrote it, so every part is read as a labelled goal ('Bij
buurtbemiddeling ga ik ...', 'In onboarding, by [date], I will ...'; labels.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.labels import label_words
from smartcheck.fixing.rewrite.words import words_of

if TYPE_CHECKING:
    from smartcheck.reading.goal import Goal


def field_label(goal: Goal) -> str | None:
    """The goal's opening field label with its colon ('Buurtbemiddeling:'), or None."""
    words = [w for w in words_of(goal) if w.start >= 0]
    found = label_words(words, heading=False)
    if not found or words[found[-1]].text != ":":
        return None
    return goal.text[: words[found[-1]].end].strip()


def with_field(parts: list[str], goal: Goal) -> list[str]:
    """``parts`` with the goal's field label in front of each part that lacks it."""
    label = field_label(goal)
    if label is None or not parts or not parts[0].startswith(label):
        return parts
    rest = goal.text[len(label) :].lstrip()
    lower = rest[:1].islower()
    shown = [parts[0]]
    for part in parts[1:]:
        body = part[:1].lower() + part[1:] if lower else part
        shown.append(part if part.startswith(label) else f"{label} {body}")
    return shown


def without_field(part: str, goal: Goal) -> str:
    """``part`` without the goal's field label in front: the writer's own words, which the
    seams of a part (a label left in a sentence) do not judge."""
    label = field_label(goal)
    if label is None or not part.startswith(label):
        return part
    body = part[len(label) :].lstrip()
    return body[:1].upper() + body[1:]
