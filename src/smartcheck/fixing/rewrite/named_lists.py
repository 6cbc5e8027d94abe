"""Dutch: things listed with an act named as a thing among them.

'Leerdoel: trillingsmetingen en balanceren van rotoren op de balanceerbank', 'Voegwerk en
afkitten van badkamers': a noun, a coordinator and a verb-noun with its van-phrase (the
pack's ``rewrite.named_act_preposition``). The verb-noun is listed beside a thing, so it
names a thing too; the list is the goal's topic, no infinitive phrase of the writer's. Read
as one, the commitment kept no verb ('ga ik trillingsmetingen en balanceren van rotoren')
or the purpose made the noun a te-infinitive ('om snijpatronen en uit te rekenen van ...').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import looks_infinitive_nl

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word

#: Word classes a list of things holds beside its nouns.
_BETWEEN = frozenset({"CCONJ", "ADP", "DET", "PUNCT", "ADJ", "NUM"})
#: Nouns and names: the things listed.
_THINGS = frozenset({"NOUN", "PROPN"})


def listed_verb_noun(words: list[Word], n: int, style: RewriteStyle) -> bool:
    """``words[n]`` is a verb-noun with its van-phrase listed after a noun and a
    coordinator ('trillingsmetingen en *balanceren* van rotoren')."""
    of = style.named_act_preposition.lower()
    if not of or n < 2 or n + 1 >= len(words) or not looks_infinitive_nl(words[n]):
        return False
    return words[n + 1].lower == of and words[n - 1].pos == "CCONJ" and words[n - 2].pos in _THINGS


def named_list(words: list[Word], style: RewriteStyle) -> bool:
    """``words`` (the goal's phrase, words only) list things with a listed verb-noun among
    them, and hold no other verb: every other word is a noun, a name, an adjective or a
    closed word between them."""
    listed = {n for n in range(len(words)) if listed_verb_noun(words, n, style)}
    if not listed:
        return False
    for n, word in enumerate(words):
        if n in listed or word.pos in _BETWEEN:
            continue
        if word.pos not in _THINGS:
            return False
        # a noun that is its own lemma in -en may be the infinitive the tagger misread,
        # unless the list joins it ('trillingsmetingen en')
        joined = n + 1 < len(words) and words[n + 1].pos == "CCONJ"
        if not joined and word.lemma == word.lower and looks_infinitive_nl(word):
            return False
    return True
