"""A line that only names knowledge or experience to gain: 'Kennis splitsingsaktes en
huishoudelijk reglement.', 'Ervaring met huisbezoeken', 'Knowledge of Excel.'.

A POP form's point of development is often a noun of knowledge with its topic, and no verb.
The frames read the noun as the thing the behaviour is about ('ga ik voor kennis
splitsingsaktes [concreet gedrag]', '[concreet gedrag] in ervaring met Excel', 'in order to
knowledge of Excel') or, with no preposition after the noun, as two loose noun phrases, and
only the structured fallback was left. Such a line means the goal of gaining what it names:
the pack's ``rewrite.gained_goals`` by its noun ('ik wil kennis opdoen {prep} {topic}',
'i want to build my knowledge {prep} {topic}'), with the writer's own preposition ('kennis
*over* X', 'experience *in* Y'), else the noun's (``rewrite.gained_prepositions``). The
sentence is then rewritten as any wish.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import Word, capitalise, join, words_of
from smartcheck.reading.pipeline import lemma_of

if TYPE_CHECKING:
    from smartcheck.configuration.grammar import Grammar
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words such a line has: a noun with its topic, no story.
_MAX_WORDS = 12
#: Word classes a line of a noun and its topic may hold (no verb, no pronoun subject).
_PHRASE = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET", "CCONJ", "NUM", "ADV", "X", "PUNCT"})


def gained_goal(
    goal: Goal, style: RewriteStyle, grammar: Grammar, articles: frozenset[str] = frozenset()
) -> str | None:
    """The wish the line stands for ('Ik wil kennis opdoen van splitsingsaktes en
    huishoudelijk reglement.'), or None when it is no verbless line headed by a noun of the
    pack's ``gained_goals``, or when its topic holds an infinitive used as a noun after one
    of the pack's ``infinitive_article`` ('... en het adviseren'): knowledge.py reads those."""
    words = words_of(goal)
    while words and words[-1].text in (".", "!"):
        words = words[:-1]
    if len(words) < 2 or sum(w.is_word for w in words) > _MAX_WORDS:
        return None
    noun = words[0].lower
    frame = style.gained_goals.get(noun)
    if frame is None or any(w.text in ("?", ":", ";", "!", ".") for w in words):
        return None
    rest = words[1:]
    if not all(_phrase_word(w, goal.lang, style, grammar) for w in rest):
        return None  # a verb of the writer's own: the other frames commit to it
    if any(
        w.lower in articles and infinitive_evidence(n.lower, goal.lang, grammar, style)
        for w, n in pairwise(rest)
    ):
        return None
    prep = style.gained_prepositions.get(noun, "")
    if rest[0].pos == "ADP":
        prep, rest = rest[0].lower, rest[1:]
    elif rest[0].pos in ("CCONJ", "PUNCT"):
        return None  # 'Kennis en ervaring ...': more than one noun
    if not rest or not rest[-1].is_word:
        return None
    topic = join(rest)
    return capitalise(frame.format(prep=prep, topic=topic).strip()) + "."


def _phrase_word(word: Word, lang: str, style: RewriteStyle, grammar: Grammar) -> bool:
    """A word of a noun phrase or its preposition: no verb (also none the dictionary knows as
    an infinitive, whatever its tag), modal or subject of a clause. A
    word the tagger calls a verb is a noun when it is its own lemma and the dictionary says
    it cannot be an infinitive ('huishoudelijk *reglement*')."""
    if word.lower in style.subjects or word.lower in style.modals:
        return False
    if infinitive_evidence(word.lower, lang, grammar, style):
        return False  # 'ervaring X en Y *opdoen*': the writer's own verb, tagged a noun
    if word.pos in _PHRASE or (word.pos == "VERB" and word.verbform in ("Part", "Ger")):
        return True
    if word.pos != "VERB" or lemma_of(word.lower, lang).lower() != word.lower:
        return False
    return infinitive_evidence(word.lower, lang, grammar, style) is False
