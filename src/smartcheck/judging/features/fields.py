"""The structured rewrite filled in: its "what exactly" field says what the goal means.

A goal no sentence could rewrite gets its own words plus labelled fields to fill in ("...
Wat precies: [concreet gedrag]; Hoe gemeten: ...", the pack's ``rewrite.fields``). Filled
in ("Wat precies: elke week twee offertes zelf opstellen"), the field is the goal's
behaviour: the direction the writer's own words gave ("Beter worden in offertes") is what
it makes specific, as the fix text of S001 asks. The S rules then judge the field, not the
direction before it; a field left open or filled with another direction still fails.
"""

from __future__ import annotations

import re

from smartcheck.judging.context import RuleContext
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch

#: Fewest words a filled field holds to say what is done: a verb and its object.
_MIN_WORDS = 2


def behaviour_field(goal: Goal, ctx: RuleContext) -> tuple[int, int] | None:
    """Character span of the filled "what exactly" field (up to the next field's ";", a
    line break or the end), or None: no such field, or one still holding its placeholder."""
    fields = ctx.pack.rewrite.get("fields") if isinstance(ctx.pack.rewrite, dict) else None
    label = fields.get("what") if isinstance(fields, dict) else None
    if not isinstance(label, str) or not label:
        return None
    found = re.search(rf"(?i)(?<!\w){re.escape(label)}\s*:\s*", goal.text)
    if found is None:
        return None
    start = found.end()
    stop = re.search(r"[;\n]", goal.text[start:])
    end = start + stop.start() if stop else len(goal.text)
    content = goal.text[start:end].strip().rstrip(".")
    if "[" in content or len(re.findall(r"[^\W\d_]+", content)) < _MIN_WORDS:
        return None
    return start, end


def in_field(goal: Goal, ctx: RuleContext, matches: list[LexiconMatch]) -> list[LexiconMatch]:
    """The matches that count for S: all of them, or, when a filled "what exactly" field
    says what the goal means, only those inside it."""
    field = behaviour_field(goal, ctx)
    if field is None:
        return matches
    return [m for m in matches if field[0] <= m.start and m.end <= field[1]]
