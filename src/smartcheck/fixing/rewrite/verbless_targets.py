"""A count told with its direction and then where it counts, no verb: 'Uitval omlaag in de
nachtploeg', 'Wachttijd naar beneden bij de spoedpost', 'Returns down at the Leeds depot'.

The writer names the count, the way it should go and, after the direction, the place or
group the count belongs to. The count reading (counts.py) took a direction only at the end
of the line ('Uitval in de nachtploeg omlaag'), so the frames glued the note in as it stood
('ga ik voor uitval omlaag in de nachtploeg [concreet gedrag]'; seams/verbless_target.py).
The phrase after the direction belongs to the count: read with it before the direction,
the count is brought there as any other ('ga ik uitval in de nachtploeg omlaag brengen',
'I will bring the returns at the Leeds depot down').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word

#: Word classes of a phrase after the direction: its preposition, then a noun phrase.
_PHRASE = frozenset({"ADP", "DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"})


def direction_last(rest: list[Word], style: RewriteStyle) -> list[Word] | None:
    """``rest`` (a count, a direction, one phrase after it) with the phrase moved before the
    direction, or None when no direction stands inside it or what follows is no phrase of
    a preposition of the pack's ``prepositions`` (a target, 'omlaag *naar* 3%', is read as
    such: ``count_targets``)."""
    lowers = [w.lower for w in rest]
    targets = {t.lower() for t in style.count_targets}
    for direction in sorted(style.count_directions, key=len, reverse=True):
        parts = direction.lower().split()
        for n in range(1, len(rest) - len(parts)):
            if lowers[n : n + len(parts)] != parts:
                continue
            after = rest[n + len(parts) :]
            first = after[0]
            if first.lower not in style.prepositions or first.lower in targets:
                return None
            if first.pos != "ADP" or len(after) < 2:
                return None
            if not all(w.pos in _PHRASE and w.is_word for w in after[1:]):
                return None  # a verb or a clause of its own after the direction
            count = rest[:n]
            if style.word_order != "v2" and len(count) < 2 and not _plural(count[0]):
                return None  # 'Brush up on my French', 'Speak up in meetings': a verb's
                # particle, where the particle follows its verb; a count is named in more
                # words or in the plural there ('Returns down at the depot')
            return [*rest[:n], *after, *rest[n : n + len(parts)]]
    return None


def _plural(word: Word) -> bool:
    """A plural by its tag or by a lemma of its own ('Returns': 'return'); a verb's -ing form
    has a lemma of its own too but counts nothing ('*Speaking* up in client pitches': the
    verb and its particle, the writer's act)."""
    if word.pos == "VERB" or word.verbform == "Ger":
        return False
    return bool(word.plural) or bool(word.lemma and word.lemma.lower() != word.lower)
