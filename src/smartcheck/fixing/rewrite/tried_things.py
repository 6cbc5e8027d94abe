"""An activity the writer hedges trying, told as a thing: taking it up, committed.

"Maybe try stenography again?", "Maybe try woodturning?", "Misschien weer eens steno
proberen?": trying a field or pastime named by a bare noun (no article: the activity, not
one thing) is a hedge on taking it up (JUDGING A). exploring.py commits a trial of an act
("try teaching" -> "teach"); a trial of a thing had no verb to commit, so the text kept
its hedge, or got no rewrite at all. The trial becomes the pack's ``tried_thing_verb``
("take up", "oppakken") with the thing as written: "I will take up stenography again",
"ik ga weer eens steno oppakken". A thing with an article ("try the new app") is one
thing to use, not an activity, and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, looks_infinitive_nl

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Word classes of a bare activity's name ('stenography', 'stand-up comedy', 'Spanish').
_NAMES = frozenset({"NOUN", "PROPN", "ADJ"})


def bare_thing(words: list[Word], at: int, style: RewriteStyle) -> int:
    """How many words of a bare activity's name (no article, ending in a noun) stand at
    ``at`` after a trial, up to an adverb or a mark; 0 when none does, or the pack has no
    verb to take it up."""
    if not style.tried_thing_verb:
        return 0
    size = 0
    while at + size < len(words) and words[at + size].pos in _NAMES:
        size += 1
    if not size and at < len(words) and words[at].verbform == "Ger":
        size = 1  # 'try woodturning': an activity named by its gerund
    elif not size or words[at + size - 1].pos not in ("NOUN", "PROPN"):
        return 0
    stop = words[at + size] if at + size < len(words) else None
    if stop is not None and stop.is_word and stop.pos not in ("ADV", "CCONJ"):
        return 0  # more after the name than 'again' or a mark: not a bare activity
    return size


def tried_thing(clause: list[Word], last: int, style: RewriteStyle) -> bool:
    """Dutch: does a verb-final clause end in a trial (the pack's ``tried_infinitives``:
    'proberen') of a bare activity ('weer eens *steno* proberen'), no article in it?"""
    if not style.tried_thing_verb or clause[last].lower not in style.tried_infinitives:
        return False
    if last == 0 or not _named(clause[last - 1]):
        return False
    return not any(w.pos == "DET" for w in clause[:last])


def _named(word: Word) -> bool:
    """Dutch: a word that names an activity: a noun ('steno'), or an infinitive used as
    one ('houtdraaien'), whatever the tagger calls it."""
    return word.pos in ("NOUN", "PROPN") or (not word.finite and looks_infinitive_nl(word))


#: Word classes a thing tried out opens with ('the crane ...', '3D body scanning', 'a desk').
_THING_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def tried_out(words: list[Word], at: int, style: RewriteStyle) -> bool:
    """Does a thing to try out, named with more than a bare noun, stand at ``at`` after a
    trial ('try *the crane signaller course*', 'try *3D body scanning for fittings*'), and
    has the pack a verb for it (``tried_out_verb``)?"""
    if not style.tried_out_verb or at >= len(words):
        return False
    return words[at].pos in _THING_OPENERS and any(
        w.pos in ("NOUN", "PROPN") for w in words[at : at + 4]
    )
