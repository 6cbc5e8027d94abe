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

from smartcheck.fixing.rewrite.wordclass import is_comparative_form, is_state
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


def state_told(
    goal: Goal, style: RewriteStyle, grammar: Grammar, comparatives: frozenset[str]
) -> str | None:
    """``goal``'s text with the wish of becoming in front ('I want to become more confident
    ...'), or None when it does not open with a state compared ('Calmer', 'Zekerder', or a
    word of ``comparatives`` before a state or a phrase of one: 'More confident', 'More at
    ease') or its clause holds a verb of its own."""
    if not style.state_opening:
        return None
    words = [w for w in words_of(goal) if w.start >= 0]
    if len(words) < 3 or not words[0].is_word:
        return None
    first, second = words[0], words[1]
    if is_comparative_form(first.lower, goal.lang, style) and first.pos not in _VERBS:
        size = 1  # 'Calmer when ...', 'Zekerder in ...'
    elif first.lower in comparatives and (
        (second.pos == "ADP" and second.is_word) or is_state(second, goal.lang, style, grammar)
    ):
        size = 2  # 'More confident ...', 'More at ease ...', 'Meer op mijn gemak ...'
    else:
        return None
    if _own_verb(words[size:]):
        return None
    text = goal.text.strip()
    opening = first.text if first.text.isupper() and len(first.text) > 1 else first.lower
    return f"{style.state_opening} {opening}{text[first.end - first.start :]}"


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
