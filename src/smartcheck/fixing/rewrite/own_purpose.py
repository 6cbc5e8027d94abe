"""An impersonal goal whose own part is still vague, as the aim of a concrete step.

"Er moet beter gecommuniceerd worden tussen de ontvangst en de controlekamer" fails S: it
says what should get better, not what anyone does. Its own part ("Vóór [datum] zorg ik
ervoor dat er beter gecommuniceerd wordt ...", own.py) gives the goal an owner, yet still
says nothing concrete; a count ("van [huidig aantal] naar [streefaantal]") would make the
outcome concrete, but a verb made better has none. A coach asks for the writer's step and
keeps the goal as what the step brings about: "Vóór [datum] ga ik [concreet gedrag], met als
bewijs [hoe gemeten], zodat er beter gecommuniceerd wordt ...", "By [date], I will
[concrete behaviour], ..., so that the handover between shifts improves".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.plan import failed
from smartcheck.fixing.rewrite.stops import sentence_ends

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reporting.report import GoalReport


#: S findings of a change told without what changes ('beter gecommuniceerd worden', 'needs
#: to improve'): the own part keeps that vagueness.
_VAGUE_CHANGE = frozenset({"S001"})


def own_part_as_aim(
    own: str, report: GoalReport, style: RewriteStyle, uncounted: bool = False
) -> str | None:
    """``own`` (the own part's sentence) with its clause as the aim of a concrete behaviour,
    when S failed on a change told vaguely and the own part asks for nothing concrete; else
    None. ``uncounted``: what the goal compares cannot be counted ('meer aandacht'): its
    count range goes and makes nothing concrete (countable.py)."""
    frame, result = style.frames.own_part, style.frames.for_others
    ph = style.placeholders
    if not frame or not result or "{clause}" not in frame:
        return None
    bad = failed(report)
    if uncounted and Criterion.M in bad:
        pass  # a change in what cannot be counted: a concrete act is its measure
    elif Criterion.S not in bad:
        return None
    elif not {f.code for f in report.criteria[Criterion.S].findings} & _VAGUE_CHANGE:
        return None  # a named outcome ('de klanttevredenheid moet omhoog') is concrete there
    if uncounted:
        own = own.replace(
            style.frames.comparison.format(
                current_number=ph.current_number, target_number=ph.target_number
            ),
            "",
        )
    if ph.behaviour in own or (ph.current_number in own and ph.target_number in own):
        return None  # asked already, or a count makes the outcome concrete
    opening = frame.split("{clause}")[0].split()  # 'zorg ervoor dat', 'make sure that'
    if len(opening) < 2:
        return None
    verb, tail = opening[0], " ".join(opening[1:])
    subject = style.default_subject.lower()
    v2 = style.word_order == "v2"
    between = rf"\s+{re.escape(subject)}\s+" if v2 else r"\s+"  # 'zorg *ik* ervoor dat'
    found = re.search(
        rf"\b{re.escape(verb)}{between}{re.escape(tail)}\s+([^,.;]+)", own, flags=re.IGNORECASE
    )
    if found is None:
        return None
    committed = style.subjects.get(subject, "")
    # 'zorg ik ervoor dat' -> 'ga ik [concreet gedrag]'; 'will make sure that' -> 'will ...'
    step = f"{committed} {subject} {ph.behaviour}" if v2 else f"{committed} {ph.behaviour}"
    rest = own[found.end() :].strip()
    # a sentence told after the goal ('... [hoe gemeten]. Er gaat nu te veel mis ...') stays
    # after the sentence the aim closes
    stop = next(iter(sentence_ends(rest, style.abbreviations, marks=".!?")), None)
    later = rest[stop:].strip() if stop is not None else ""
    rest = (rest[: stop - 1] if stop is not None else rest).rstrip(" .")
    if any(piece.strip() and "[" not in piece for piece in rest.split(",")):
        return None  # words of the goal's after the clause ('..., het ziet er niet uit'): theirs
    aim = result.format(clause=found.group(1).strip())
    return f"{own[: found.start()]}{step}{rest}, {aim}." + (f" {later}" if later else "")
