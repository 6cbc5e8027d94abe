"""A target told as a direction with its number, beside another act, given its verb.

'Hergebruik van standonderdelen omhoog naar 70% en de afvalcontainer na afbouw halveren',
'Scrap down to 2% and reuse up to 60%': a note that names a count, the way it should go and
its target (the pack's ``rewrite.count_directions``, ``count_targets``), but no verb, next
to another of the writer's acts. Committed as written the first part had no verb ('ga ik
hergebruik ... omhoog naar 70% en ...'; seams/verbless_direction.py). Each such part gets
the verb the count frame gives a direction (``count_verbs['direction']``: 'naar 70% omhoog
brengen', 'bring the scrap down to 2%'), the other acts stay as written, and the text is
rewritten as the writer's sentence (whole_text.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words of a direction's target ('70%', '10 minuten per order').
_TARGET_WORDS = 4
#: Word classes that mark a part as an act of its own, or a clause.
_VERBS = frozenset({"VERB", "AUX"})


def directed_text(goal: Goal, style: RewriteStyle) -> str | None:
    """The goal with each verbless direction and target given its verb, or None when no
    part is one, or when no other act stands beside it (counts.py reads a lone target)."""
    verb = style.count_verbs.get("direction")
    if verb is None or not style.count_targets or not style.count_directions:
        return None
    words = words_of(goal)
    end = next((n for n, w in enumerate(words) if w.text in ("(", ",", ";", ".", "!", "?")), None)
    head, rest = (words[:end], words[end:]) if end is not None else (words, [])
    parts: list[list[Word]] = [[]]
    joins: list[Word] = []
    for w in head:
        if w.pos == "CCONJ":
            joins.append(w)
            parts.append([])
        else:
            parts[-1].append(w)
    if len(parts) < 2 or not all(parts):
        return None
    given = [_given(part, style, verb) for part in parts]
    if all(g is None for g in given):
        return None
    # 'Reuse of packaging up to 60%': a target whose noun the tagger calls a verb
    missed = [p for g, p in zip(given, parts, strict=True) if g is None]
    if any(_given(part, style, verb, verbs=False) for part in missed):
        return None
    out: list[str] = []
    for n, part in enumerate(parts):
        out.append(given[n] or join(part))
        if n < len(joins):
            out.append(joins[n].text)
    text = " ".join(out)
    tail = join(rest, lead=False) if rest else ""
    sep = "" if not tail or tail[:1] in ",;.!?" else " "
    return capitalise(text + sep + tail)


def _given(part: list[Word], style: RewriteStyle, verb: str, verbs: bool = True) -> str | None:
    """The part with its direction's verb, or None when it is no verbless direction with
    its target after a count (``verbs``: a part with a verb is none)."""
    if verbs and any(w.pos in _VERBS for w in part):
        return None
    lowers = [w.lower for w in part]
    targets = {t.lower() for t in style.count_targets}
    for direction in sorted(style.count_directions, key=len, reverse=True):
        size = len(direction.split())
        for n in range(1, len(part) - size):
            if lowers[n : n + size] != direction.lower().split():
                continue
            target = part[n + size :]
            if target[0].lower not in targets or not _number(target[1:]):
                continue
            count = part[:n]
            if not any(w.pos in ("NOUN", "PROPN") for w in count):
                return None
            first = count[0]
            lowered = first.text if any(c.isupper() for c in first.text[1:]) else first.lower
            count = [first.with_text(lowered), *count[1:]]
            said = join(part[n : n + size])
            if style.word_order == "v2":
                return f"{join(count)} {join(target)} {said} {verb}"
            article = style.count_article if first.lower not in style.determiners else ""
            phrase = " ".join(p for p in (article, join(count)) if p)
            return f"{verb} {phrase} {said} {join(target)}"
    return None


def _number(words: list[Word]) -> bool:
    """A short phrase that opens with a number: the target ('70%', '3 procent')."""
    return 0 < len(words) <= _TARGET_WORDS and words[0].text[:1].isdigit()
