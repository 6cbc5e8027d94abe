"""A count named first and its zero after a colon: 'Fouten op certificaten: 0.'

"Klachten over de bezorging: nul", "Late deliveries: zero.", "Errors on invoices: 0. Every
invoice checked by a second person.": the writer names what is counted, then its target of
none, the way a scorecard does. JUDGING R reads the zero as an absolute (R001, the judge's
``zero_counts`` after a colon), but no frame read the note: only the structured fallback
showed. Told the way a zero target is usually written, before what it counts ('0 fouten op
certificaten', 'zero late deliveries'; the writer's own zero, a digit or a word), the text
is read again in the goal's place, where the zero target becomes a bounded count a concrete
behaviour works towards ('om hoogstens [aantal] fouten te hebben op certificaten', nominal.py)
and a means told after it stays the writer's act.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_spans
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Fewest and most words of the count named before the colon.
_NAME_WORDS = (2, 8)
_WORD = re.compile(r"[^\W_][\w'/-]*")


def zero_moved(goal: Goal, style: RewriteStyle, zeros: frozenset[str]) -> str | None:
    """The goal's text with its first sentence, a count, a colon and a zero (the pack's
    ``zero_counts``), told as the zero before the count ('0 fouten op certificaten.'); None
    for any other text."""
    text = goal.text.strip()
    spans = sentence_spans(text, style.abbreviations)
    if not spans:
        return None
    start, end = spans[0]
    sentence = text[start:end]
    m = re.fullmatch(r"(?P<count>[^:;!?]+?)\s*:\s*(?P<zero>\S+?)\s*(?P<stop>[.!]?)", sentence)
    if m is None or m.group("zero").lower() not in zeros:
        return None
    count = m.group("count")
    words = _WORD.findall(count)
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or len(words) != len(count.split()):
        return None
    if any(w.lower() in style.subjects for w in words):
        return None  # 'Ik: 0 ...' names the writer, no count
    first = count[:1].lower() + count[1:] if not count[1:2].isupper() else count
    told = f"{capitalise(m.group('zero'))} {first}."
    return (told + " " + text[end:].strip()).strip()
