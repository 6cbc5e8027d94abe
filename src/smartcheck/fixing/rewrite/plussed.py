"""Goals joined by a plus sign: one goal per part.

A form's line often packs its goals with a spaced "+" where a sentence would put a comma or
"en" / "and" ("betere planning van de diensten + meer overleggen met de apotheker", "learn
the booking system + maybe a first-aid course"). The reading takes no "+" for a joiner, so
the frames committed the whole line as one goal, the plus signs inside the sentence ("ga ik
X + Y + Z"): a sentence that packs goals, never a goal. Each part is a goal of its own, in
the fallback's one rewrite per goal (whole_text.py); a rewrite that still holds the writer's
plus sign between goals is refused (the seam in seams/plus_joined.py).

A plus sign joins things of one goal, no goals, when it is glued to a word ('C++', '2+2'),
stands inside brackets ('a quantitative study (survey + analytics)'), has a part of one
word beside it ('cursus Word + Excel') or two capitalised names ('my Excel + PowerPoint
skills'), or joins a noun to a noun phrase with no act of its own ('sales of coffee +
pastry deals', 'communication with volunteers + seasonal staff', 'do the first aid
refresher + the navigation module': one verb or one head for both), or stands inside a
subordinate clause whose verb is still to come ('dat ik coördinator balie + kantine word',
'dat ik receptie + bar mag draaien') or between two nouns before their one verb ('ga ik
planning + inkoop overnemen'): two words of one goal, never two goals. A "+" that
opens the line is its list marker.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.fallback import clean
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: A plus sign standing alone between spaces: the writer's joiner of two goals.
_PLUS = re.compile(r"\s+\+\s+")
#: Fewest words a part holds to be a goal: a verb or a change word and what it is about.
MIN_PART_WORDS = 2
#: Most parts a line may join (more is a list to write anew, as fragments.MAX_FRAGMENTS).
MAX_PARTS = 6
_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})


def plussed_goals(
    text: str, words: Sequence[Word] = (), changes: Collection[str] = ()
) -> list[str]:
    """The goals of a one-line ``text`` whose spaced plus signs each join two goals, its
    list marker dropped; nothing otherwise. ``words``: the goal's words, to tell a noun
    joined to a noun phrase; ``changes``: words that open a goal of their own (lower case:
    the pack's change words and hedges, '+ meer samenwerken met ...', '+ maybe a course')."""
    stripped = text.strip()
    if "\n" in stripped or "+" not in stripped:
        return []
    line = clean(stripped)  # without its list marker ('- X + Y')
    parts = [part.strip() for part in _PLUS.split(line)]
    if not 2 <= len(parts) <= MAX_PARTS or not all(_goal_sized(part) for part in parts):
        return []
    if any(_names(parts[n], parts[n + 1]) for n in range(len(parts) - 1)):
        return []
    if _bracketed(line) or _nouns_joined(words, changes):
        return []
    return [part[:1].upper() + part[1:] for part in parts]


def plussed_pieces(goal: Goal, ctx: RuleContext, style: RewriteStyle | None) -> list[str]:
    """The goals ``goal`` joins with plus signs (:func:`plussed_goals`), a part opened by one
    of the pack's change words or hedges counting as a goal of its own."""
    hedges = (style.suggestion_openers | style.one_word_hedges) if style is not None else set()
    opening = {w.lower() for w in (*ctx.pack.words("comparatives"), *hedges)}
    if goal.doc is not None and _inside_clause(goal.doc, opening):
        return []
    return plussed_goals(goal.text, words_of(goal), opening)


def _inside_clause(doc: Doc, changes: Collection[str]) -> bool:
    """A spaced plus sign inside a clause whose verb is still to come: between two nouns
    right before the verb (:func:`_objects_of_one_verb`), or in a subordinate clause, a
    subordinator before it and no verb between them ('dat ik coördinator balie + kantine
    word', 'dat ik volgend jaar receptie + bar mag draaien'; a participle before a noun,
    'volgend', is no clause's verb). A change word after it opens a goal of its own ('dat
    ik rustig blijf + vaker pauze nemen')."""
    for token in doc[1:-1]:
        if token.text != "+" or not token.whitespace_ or not doc[token.i - 1].whitespace_:
            continue
        if doc[token.i + 1].lower_ in changes:
            continue
        if _objects_of_one_verb(doc, token.i):
            return True
        opened = False
        for before in doc[token.sent.start : token.i]:
            if before.pos_ == "SCONJ" or before.dep_ == "mark":
                opened = True
            elif before.pos_ in _VERBS and before.dep_ != "amod":
                opened = False
        if opened:
            return True
    return False


def _objects_of_one_verb(doc: Doc, at: int) -> bool:
    """The plus sign at ``at`` joins two nouns and the verb they are the objects of follows
    the second ('ga ik planning + inkoop overnemen')."""
    if at + 2 >= len(doc) or doc[at - 1].pos_ not in _NOUNS or doc[at + 1].pos_ not in _NOUNS:
        return False
    return doc[at + 2].pos_ in _VERBS


def _names(before: str, after: str) -> bool:
    """The plus sign stands between two capitalised words inside the line ('my Excel +
    PowerPoint skills', 'de cursus Word + Excel gevorderd'): two names of one goal."""
    left, right = before.split(), after.split()
    return len(left) > 1 and left[-1][:1].isupper() and right[0][:1].isupper()


def _goal_sized(part: str) -> bool:
    """A part of two words or more ('Word + Excel' names two things of one goal)."""
    return len(re.findall(r"[^\W\d_]+", part)) >= MIN_PART_WORDS


def _bracketed(line: str) -> bool:
    """A spaced plus sign inside brackets: the parts of one thing ('(hond + cliënt)')."""
    depth = 0
    for n, char in enumerate(line):
        depth += (char == "(") - (char == ")")
        if depth > 0 and _PLUS.match(line, n):
            return True
    return False


def _nouns_joined(words: Sequence[Word], changes: Collection[str]) -> bool:
    """A plus sign after a noun, before a part with no act of its own: no verb before its
    first comma and no change word first ('coffee + pastry combo deals')."""
    for n, word in enumerate(words):
        if word.text != "+" or n == 0 or words[n - 1].pos not in _NOUNS:
            continue
        after: list[Word] = []
        for later in words[n + 1 :]:
            if later.text in ("+", ",", ";"):
                break
            after.append(later)
        named = [w for w in after if w.is_word]
        first = named[0].lower if named else ""
        if first in changes or (first.endswith("e") and first[:-1] in changes):
            continue  # 'meer samenwerken', 'betere overdracht': the change word, inflected
        if len(named) > 1 and named[1].pos == "DET":
            continue  # 'mentor a junior': a verb before its object, whatever the tagger says
        if not any(w.pos in ("VERB", "AUX") for w in named):
            return True
    return False
