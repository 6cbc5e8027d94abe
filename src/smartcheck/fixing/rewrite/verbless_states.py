"""A wish of a state told without a verb: "More confident presenting designs to couples",
"More at ease with angry callers", "Zekerder in gesprekken met boze ouders", "Meer op
mijn gemak bij het presenteren".

The writer leaves out the subject and the verb of becoming, as in a note. The frames found
no verb to commit to and no thing to have, so the goal got only the structured fallback. The
rewriter reads it with the writer's wish of becoming put in front (the pack's
``rewrite.state_opening``: "I want to become more confident ...", "Ik word zekerder in
...") and rewrites that, as any goal the writer told in the first person; its time and
measure are asked as usual. Only asked when nothing else read the goal whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.wordclass import head_class, is_comparative_form
from smartcheck.fixing.rewrite.words import Word, words_of

if TYPE_CHECKING:
    from smartcheck.configuration.grammar import Grammar
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Marks and tags that end the clause of the state: what follows has a verb of its own
#: ('..., die boos zijn', '... who disagree', '..., when the shop gets busy').
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", "-"})
_CLAUSE_TAGS = frozenset({"SCONJ", "CCONJ"})
_RELATIVES = frozenset({"PRON"})
_VERBS = frozenset({"VERB", "AUX"})
#: Tags that open the situation of a state ('Calmer *with* ...', 'Zekerder *bij* ...',
#: 'Calmer *when* ...').
_SITUATION = frozenset({"ADP", "SCONJ"})
#: Marks that end the goal right after the state ('More confident.').


def state_told(
    goal: Goal,
    style: RewriteStyle,
    grammar: Grammar,
    comparatives: frozenset[str],
    compared_only: bool = False,
) -> str | None:
    """``goal``'s text with the wish of becoming in front ('I want to become more confident
    ...'), or None when it does not open with a state compared ('Calmer', 'Zekerder', or a
    word of ``comparatives`` before a state or a phrase of one: 'More confident', 'More at
    ease') or its clause holds a verb of its own. ``compared_only``: only a word of
    ``comparatives`` before the state (the frames read a comparative form as a state to
    be, 'om rustiger te zijn'; with 'more' they may leave it without a verb)."""
    if not style.state_opening:
        return None
    words = [w for w in words_of(goal) if w.start >= 0]
    if len(words) < 3 or not words[0].is_word:
        return None
    first, second = words[0], words[1]
    if is_comparative_form(first.lower, goal.lang, style) and first.pos not in _VERBS:
        if compared_only or second.pos not in _SITUATION:
            return None  # 'Faster battery swaps': the comparative of a thing, no state
        size = 1  # 'Calmer when ...', 'Zekerder in ...'
    elif first.lower not in comparatives:
        return None
    elif head_class(second, goal.lang, grammar, style) == "state":
        after = words[2]
        if (
            after.pos not in _SITUATION
            and after.verbform != "Ger"
            and after.text not in SENTENCE_MARKS
        ):
            return None  # 'Meer zelfstandig werken': a manner of a verb
        size = 2  # 'More confident presenting ...', 'Zekerder bij ...'
    elif second.pos == "ADP" and _state_phrase(words, 1):
        size = 2  # 'More at ease with ...', 'Meer op mijn gemak bij ...'
    else:
        return None
    if _own_verb(words[size:]):
        return None
    text = goal.text.strip()
    opening = first.text if first.text.isupper() and len(first.text) > 1 else first.lower
    return f"{style.state_opening} {opening}{text[first.end - first.start :]}"


def _state_phrase(words: list[Word], at: int) -> bool:
    """Does a phrase of a state open at ``at`` and a phrase of its situation follow it ('*at
    ease* with angry callers', '*op mijn gemak* bij het presenteren')? A preposition with
    its noun and no situation after it is a place ('Meer buiten', 'Meer in de buitendienst')."""
    n = at + 1
    while n < len(words) and words[n].pos in ("DET", "PRON", "ADJ"):
        n += 1
    return n + 1 < len(words) and words[n].pos == "NOUN" and words[n + 1].pos in _SITUATION


def _own_verb(words: list[Word]) -> bool:
    """Does the state's clause hold a verb of its own before a clause of its own opens
    ('Zekerder worden in ...', 'More confident *and* ...')? A gerund ('presenting') and an
    infinitive used as a noun after its article ('bij *het* presenteren') are none."""
    for n, word in enumerate(words):
        if word.text in _CLAUSE_ENDS or word.pos in _CLAUSE_TAGS or word.pos in _RELATIVES:
            return False
        if word.pos not in _VERBS or word.verbform in ("Ger", "Part"):
            continue
        if n > 0 and words[n - 1].pos == "DET":
            continue  # 'bij het presenteren': a noun
        return True
    return False
