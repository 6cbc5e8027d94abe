"""A need for someone who can do a thing, taken on by the writer: 'Er moet iemand in het
team komen die de nieuwe kassa kan instellen, dat wil ik wel oppakken', 'We need someone
who can run the payroll, I would like to take that on'.

The relative clause tells what that someone must be able to do; the writer's claim after it
offers to be that one (taken_on.py). The goal is the writer's: to learn to do it ('ik wil
de nieuwe kassa leren instellen', 'I want to learn to run the payroll'; the pack's
``taken_ability``). A relative without a modal of ability ('iemand die de kassa doet') is
not read here: what the writer would do is not told as a skill.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def writer_for_relative(aim: str, style: RewriteStyle) -> str | None:
    """The aim's need for 'someone who can X' told as the writer's wish to learn X, or None
    when the aim holds no such need."""
    frame = style.taken_ability
    found = _relative(aim.strip(), style)
    if not frame or found is None:
        return None
    words = found.group(1).rstrip(" .!").split()
    at = next(n for n, w in enumerate(words) if w.lower() in style.ability_modals)
    act = words[:at] + words[at + 1 :]
    if style.word_order == "v2":  # 'de honden trainen': the infinitive last
        told = frame.format(before=" ".join(act[:-1]), verb=act[-1], after="")
    else:  # 'run the payroll': the verb first
        told = frame.format(before="", verb=act[0], after=" " + " ".join(act[1:]))
    return capitalise(" ".join(told.split())) + "."


def relative_spans(text: str, aim: str, style: RewriteStyle) -> list[tuple[int, int]]:
    """The character spans of ``text`` the writer's wish to learn leaves out of the aim (its
    first ``len(aim)`` characters): the need up to the relative pronoun ('Er moet iemand in
    het team komen die') and the modal of ability ('kan')."""
    if not style.taken_ability or _relative(aim.strip(), style) is None:
        return []
    start = len(text) - len(text.lstrip())
    found = _relative(text[start : start + len(aim.strip())].rstrip(" ,;:.!?"), style)
    if found is None:
        return []
    spans = [(start, start + found.start(1))]
    modal = rf"\b(?:{'|'.join(re.escape(m) for m in style.ability_modals)})\b"
    hit = re.search(modal, found.group(1), re.I)
    if hit is not None:
        at = start + found.start(1)
        spans.append((at + hit.start(), at + hit.end()))
    return spans


def _relative(aim: str, style: RewriteStyle) -> re.Match[str] | None:
    """The match of a need for someone whose relative clause ends the aim and holds one modal
    of ability and a verb (its group 1: the clause after the relative pronoun)."""
    someone = "|".join(re.escape(s) for s in style.taken_subjects)
    relatives = "|".join(re.escape(r) for r in style.taken_relatives)
    if not someone or not relatives:
        return None
    found = re.search(rf"\b(?:{someone})\b.*?\b(?:{relatives})\s+(.+)$", aim, re.I)
    if found is None or re.search(r"[,;:]", found.group(1)):
        return None  # more after the relative clause: not the need's last part
    words = found.group(1).rstrip(" .!").split()
    modals = [w for w in words if w.lower() in style.ability_modals]
    return found if len(modals) == 1 and len(words) >= 3 else None
