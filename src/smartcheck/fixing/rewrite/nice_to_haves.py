"""A second aim told as a nice-to-have after the goal: a second goal.

"Ik wil de bestellingen overnemen van Karin. *Minder derving zou ook mooi zijn.*", "I want to
take over the ordering. *Less waste would be nice too.*": the last sentence names an aim
('Minder derving', 'Less waste') and says how welcome it would be (the pack's
``rewrite.welcome_predicates``, with a word like 'ook', 'also' or 'too' in or after it).
Kept as a remark after the rewritten goal, the aim stayed unmeasured and the rewrite failed
the judge again; it is a goal the writer adds, softly. So each is rewritten on its own, as
WholeTextRewrites._added does for 'and besides I want to ...'.

A thing welcomed with an indefinite article ('Een mentor zou fijn zijn', 'A course would
help') is a means the writer asks for, not an aim (welcome_wishes.py); a pronoun ('Dat zou
mooi zijn') comments on the goal before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_ends

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most sentences before the nice-to-have: the goal, and a sentence of context at most.
_MOST_BEFORE = 2
#: A word the writer adds inside or after the predicate ('zou *ook* mooi zijn', 'would be
#: nice *too*', 'would be nice *as well*').
_ADDED = r"(?:\s+\S+){0,2}?"
_GAP = _ADDED + r"\s+"


def nice_to_have(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> tuple[str, str] | None:
    """(the text before, the aim) when the goal's last sentence tells an aim as a
    nice-to-have and a sentence or two come before it; None otherwise."""
    openers = frozenset(w.lower() for w in ctx.pack.words("indefinite_articles"))
    openers |= {w.lower() for w in style.pointing_objects}
    text = goal.text.rstrip()
    ends = sentence_ends(text, style.abbreviations)
    if not 1 <= len(ends) <= _MOST_BEFORE:
        return None
    last = text[ends[-1] :].strip().rstrip(".!").rstrip()
    for predicate in sorted(style.welcome_predicates, key=len, reverse=True):
        words = [re.escape(w) for w in predicate.split()]
        found = re.search(rf"(?i)\s+{_GAP.join(words)}{_ADDED}$", last)
        if found is None:
            continue
        aim = last[: found.start()].strip().rstrip(",")
        if not aim or _thing_or_pointer(_unhedged(aim, style), openers):
            return None
        return text[: ends[-1]].strip(), f"{aim}."
    return None


def _unhedged(aim: str, style: RewriteStyle) -> str:
    """``aim`` without the hedges that open it ('Maybe a buddy system': 'a buddy system')."""
    words = aim.split()
    while len(words) > 1 and words[0].lower().strip(",") in style.one_word_hedges:
        words = words[1:]
    return " ".join(words)


def _thing_or_pointer(aim: str, openers: frozenset[str]) -> bool:
    """Does ``aim`` open with an indefinite article or a pointing pronoun (``openers``: 'Een
    mentor', 'That would be nice'): a means welcomed or a comment, no aim?"""
    return aim.split()[0].lower() in openers
