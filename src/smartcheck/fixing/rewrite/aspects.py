"""A direction with the aspects it covers between or after dashes: 'improve my Excel -
pivot tables, vlookups - for the monthly reports', 'mijn PowerPoint verbeteren - animaties,
diamodellen - voor de kwartaalcijfers'.

The aspects say what exactly the writer will work on (S). The frames read the dash as a
topic's comment or a seam ('In improve my Excel, by [date], I will pivot tables, ...') and
the goal gets the structured fallback. The aspects are the tools or parts the writer will
put to use: the goal uses them, in the situation after the closing dash, for the direction
named (the pack's ``rewrite.aspects_goal``: 'i want to use {aspects} {rest} so that i
{direction}',
'ik wil {aspects} gebruiken {rest} om {direction}', the Dutch direction with its 'te').
Only nouns are listed as aspects here; qualities ('- shorter, more visual') are not tools.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.purpose import te_before
from smartcheck.fixing.rewrite.words import Word, join, tidy, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Dashes that set the aspects off, written between spaces.
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: Most words one aspect has ('window functions', 'verticaal zoeken').
MAX_ASPECT_WORDS = 3
#: Fewest aspects that make a list.
MIN_ASPECTS = 2
#: Word classes that show a clause or a quality, not a tool's name.
_CLAUSE = frozenset({"PRON", "AUX", "SCONJ", "ADV", "ADP", "DET"})


def aspects_goal(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> tuple[str, str] | None:
    """The goal that uses the aspects listed between or after dashes for the direction
    before them, as a sentence to rewrite, and the direction's words (a rewrite keeps
    them: 'to improve my Excel', not 'to [concrete behaviour] my Excel'); None for any
    other shape."""
    if not style.aspects_goal:
        return None
    words = [w for w in words_of(goal) if w.text not in (".", "!")]
    dashes = [n for n, w in enumerate(words) if w.text in _DASHES and w.space_before]
    if len(dashes) not in (1, 2) or dashes[0] == 0:
        return None
    head = words[: dashes[0]]
    listed = words[dashes[0] + 1 : dashes[1]] if len(dashes) == 2 else words[dashes[0] + 1 :]
    rest = words[dashes[1] + 1 :] if len(dashes) == 2 else []
    direction = _direction(head, goal, ctx, style)
    items = _aspects(listed, ctx, style)
    if direction is None or items is None:
        return None
    joiner = next(iter(ctx.pack.words("coordinators")), "and")
    named = ", ".join(items[:-1]) + f" {joiner} {items[-1]}"
    text = style.aspects_goal.format(aspects=named, rest=join(rest), direction=direction)
    return tidy(text[:1].upper() + text[1:]) + ".", direction


def _direction(head: list[Word], goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The words before the first dash when they are a direction: a vague outcome that
    opens them (English: 'improve my Excel') or ends them (Dutch: 'mijn Excel verbeteren'),
    with an object and no subject or comma. Dutch takes its 'te' ('mijn Excel te
    verbeteren')."""
    if len(head) < 2 or any(w.lower in style.subjects or w.text in ",;:" for w in head):
        return None
    found = ctx.find(goal, "vague_outcome")
    v2 = style.word_order == "v2"
    edge = head[-1] if v2 else head[0]
    if not any(m.start <= edge.start < m.end for m in found):
        return None
    if not v2:
        return join([head[0].with_text(head[0].lower), *head[1:]])
    marker = style.infinitive_markers[0] if style.infinitive_markers else "te"
    first = head[0].with_text(head[0].lower) if head[0].text[1:].islower() else head[0]
    return " ".join([join([first, *head[1:-1]]), *te_before(head[-1].text, marker, ctx)])


def _aspects(listed: list[Word], ctx: RuleContext, style: RewriteStyle) -> list[str] | None:
    """The aspects as written, cut at commas and coordinators: each a short noun phrase,
    none a quality ('shorter', 'fewer typos': a comparative, by the pack's list or its
    ending, whatever the tagger says)."""
    changes = {w.lower() for w in ctx.pack.words("comparatives")}
    ending = style.comparative_ending
    joiners = {w.lower() for w in ctx.pack.words("coordinators") if w.isalpha()}
    items: list[list[Word]] = [[]]
    for word in listed:
        if word.text == "," or word.lower in joiners:
            items.append([])
        else:
            items[-1].append(word)
    if len(items) < MIN_ASPECTS or any(not 0 < len(i) <= MAX_ASPECT_WORDS for i in items):
        return None
    for item in items:  # the tagger reads a short list badly ('pivot' a verb): its shape rules
        if any(w.pos in _CLAUSE for w in item) or item[-1].pos == "ADJ":
            return None  # 'how we calculate', 'more visual': no tool to use
        first = item[0].lower
        if first in changes or (len(item) == 1 and bool(ending) and first.endswith(ending)):
            return None  # 'shorter', 'fewer typos': a quality of the result
    return [join(item) for item in items]
