"""A skill named by its verb as the thing to improve: 'Engels schrijven verbeteren',
'Klantgesprekken voeren verbeteren', 'Offertes en rapporten schrijven verbeteren'.

The writer names the act (an infinitive with its object) and a verb of improving after it,
no subject. The purpose frame made 'om Engels schrijven te verbeteren' (two verbs in a row,
refused by the word-order seam), the topic frame 'voor Engels schrijven [concreet gedrag]'
(a verb inside a prepositional phrase, refused too), and only the structured fallback was
left. The line means the wish to do the act better: the pack's ``rewrite.improved_act_goal``
('ik wil beter {object} kunnen {verb}') for a line that ends in one of its
``rewrite.improved_act_verbs``, whose rewrite is then the purpose 'om beter Engels te kunnen
schrijven'. A pack without the frame (English names such a skill with a gerund, 'improve
report writing', which the other frames read) leaves the line to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.frame import lower_first
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import Word, capitalise, join, words_of

if TYPE_CHECKING:
    from smartcheck.configuration.grammar import Grammar
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words the act's object or its prepositional phrase may have: a phrase, no story.
_MAX_PHRASE = 4
#: Word classes of the act's object ('Engels', 'offertes en rapporten').
_OBJECT = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ"})
#: Word classes of a prepositional phrase after the act ('voor groepen', 'aan de balie').
_PHRASE = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})


def improved_act(goal: Goal, style: RewriteStyle, grammar: Grammar) -> str | None:
    """The wish the line stands for ('Ik wil beter Engels kunnen schrijven.'), or None when
    it is no object, infinitive and verb of improving, with nothing else."""
    frame, verbs = style.improved_act_goal, set(style.improved_act_verbs)
    words = words_of(goal)
    while words and words[-1].text in (".", "!"):
        words = words[:-1]
    if not frame or len(words) < 2 or words[-1].lower not in verbs:
        return None
    body = words[:-1]
    at = next((n for n, w in enumerate(body) if _infinitive(w, goal.lang, style, grammar)), None)
    if at is None:
        return None
    thing, verb, after = body[:at], body[at], body[at + 1 :]
    if len(thing) > _MAX_PHRASE or not all(w.pos in _OBJECT for w in thing):
        return None
    if thing and (thing[0].pos == "CCONJ" or thing[-1].pos == "CCONJ"):
        return None
    if after and (
        after[0].pos != "ADP"
        or not 1 < len(after) <= _MAX_PHRASE + 1
        or not all(w.pos in _PHRASE for w in after[1:])
    ):
        return None
    act = verb.lower if not after else f"{verb.lower} {join(after)}"
    told = join(thing) if thing else ""
    if thing and thing[0].pos != "PROPN":  # the line's capital: 'Klantgesprekken voeren ...'
        told = lower_first(told, style)
    sentence = frame.format(object=told, verb=act)
    return capitalise(" ".join(sentence.split())) + "."


def _infinitive(word: Word, lang: str, style: RewriteStyle, grammar: Grammar) -> bool:
    """The act's infinitive: so tagged, or a form the dictionary knows as one (a line's first
    word may be tagged a name: 'Presenteren')."""
    if word.pos == "VERB" and word.verbform == "Inf":
        return True
    return word.pos != "ADP" and infinitive_evidence(word.lower, lang, grammar, style) is True
