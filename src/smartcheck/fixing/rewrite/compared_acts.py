"""A fragment that opens with a comparative before the writer's own verb.

Dutch goal lines and list items often state a routine to do more or less of as a bare
infinitive phrase: "Meer netwerken met andere afdelingen", "Vaker overleggen met de planner
over spoed", "- minder vergaderen met het hele team". The verb can also be a plural noun
("netwerken", "overleggen"), and with the comparative before it the tagger reads a noun
phrase; the frames then read a topic ("ga ik voor Meer netwerken ... [concreet gedrag]"),
which the seam check rejects, and the goal got the structured fallback. The same words in
the writer's sentence ("Ik wil meer netwerken met ...") are read right. So the rewriter
reads such a fragment as that sentence (the pack's ``rewrite.act_goal``: "ik wil
{fragment}") and rewrites it as any goal the writer told in the first person: "Vóór [datum]
ga ik meer netwerken met andere afdelingen, van [huidig aantal] naar [streefaantal], ...".
Asked only when no other rewrite reads whole. The verb is confirmed by the dictionary (a
conjugated form of it exists), never by its ending alone ("meer klachten" stays a thing).
English puts the verb first ("Network more with ..."), which the frames read already: its
pack leaves ``act_goal`` empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import capitalise, join, tidy, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most words of such a fragment: one routine, no paragraph.
MAX_WORDS = 14
#: Marks inside the text that tell it is more than one phrase.
_INNER_MARKS = frozenset({",", ";", ":", "?", "!", "."})


def act_goal(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The fragment read as the writer's own sentence ('Meer netwerken met X' -> 'Ik wil
    meer netwerken met X.'); None when the text is no such fragment: no one-word comparative
    first (the pack's ``comparatives``), no dictionary verb right after it with a phrase
    opened by a preposition (or nothing) after the verb, a subject of its own, a time of its
    own, or more than one phrase."""
    if not style.act_goal or goal.deadlines:
        return None
    words = words_of(goal)
    while words and words[-1].text in (".", "!"):
        words = words[:-1]  # the final stop only: a stop inside ends a sentence, no phrase
    named = [w for w in words if w.is_word]
    if not 2 <= len(named) <= MAX_WORDS or any(w.text in _INNER_MARKS for w in words):
        return None
    comparatives = {c.lower() for c in ctx.pack.words("comparatives") if " " not in c}
    if words[0] is not named[0] or named[0].lower not in comparatives:
        return None
    verb = named[1]
    grammar = ctx.pack.grammar
    if not infinitive_evidence(verb.lower, goal.lang, grammar, style):
        return None
    if any(w.lower in style.subjects for w in named):
        return None  # 'Meer tijd die ik ...': the writer's own clause somewhere: not this shape
    prepositions = {p.lower() for p in style.prepositions}
    if len(named) > 2 and named[2].lower not in prepositions:
        return None  # 'Meer leden werven voor ...': an object, its verb later; frames read it
    text = join([named[0].with_text(named[0].lower), *words[1:]])
    return capitalise(tidy(style.act_goal.format(fragment=text))).rstrip(" ,") + "."


def object_act_goal(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """A comparative before a Dutch infinitive told as a noun with its object after the
    pack's ``rewrite.act_object_prepositions`` ('Beter plannen *van* de pluk', 'Sneller
    invoeren van de orders'): the writer's own sentence with the object before the verb
    ('Ik wil de pluk beter plannen.'), as Dutch puts an infinitive's object. Kept as written,
    the frame committed the noun as the verb ('ga ik beter plannen van de pluk'). None for
    any other text (see :func:`act_goal`)."""
    if not style.act_goal or not style.act_object_prepositions or goal.deadlines:
        return None
    words = words_of(goal)
    while words and words[-1].text in (".", "!"):
        words = words[:-1]
    named = [w for w in words if w.is_word]
    if not 4 <= len(named) <= MAX_WORDS or any(w.text in _INNER_MARKS for w in words):
        return None
    comparatives = {c.lower() for c in ctx.pack.words("comparatives") if " " not in c}
    if words[0] is not named[0] or named[0].lower not in comparatives:
        return None
    verb, link = named[1], named[2]
    if link.lower not in style.act_object_prepositions or named[3].pos not in ("DET", "PRON"):
        return None  # 'van de pluk', 'van mijn orders': an object with its determiner
    if not infinitive_evidence(verb.lower, goal.lang, ctx.pack.grammar, style):
        return None
    if any(w.lower in style.subjects or w.pos in ("VERB", "AUX") for w in named[3:]):
        return None  # a clause or a second verb after the object: not this shape
    thing = join(words[words.index(link) + 1 :], lead=False)
    fragment = f"{thing} {named[0].lower} {verb.text}"
    return capitalise(tidy(style.act_goal.format(fragment=fragment))).rstrip(" ,") + "."
