"""A direction followed by the behaviours that show it ("Beter worden in gesprekken met boze
klanten, rustig blijven en uitleggen waarom ...", "Get better at client calls, staying calm
and explaining why ..."): the listed behaviours are what the writer will do, in the
situation the direction named.

The frames read such a goal as a vague direction and ask for the behaviour in its place
("ga ik [concreet gedrag] in gesprekken met boze klanten, rustig blijven en ..."), which,
filled, packs the filled behaviour and the listed ones into one sentence of several goals.
The writer already said what the direction means: the goal commits to the listed behaviours
in that situation and drops only the direction words ("Ik ga in gesprekken met boze klanten
rustig blijven en uitleggen waarom ..."; "At client calls, I will stay calm and explain why
..."), and the checker judges and rewrites that goal as its own: one rewrite per behaviour
when it lists several (S004), each in the situation named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    join,
    looks_infinitive_nl,
    tidy,
    words_of,
)

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Fewest words the listed behaviours hold: a verb and its object or adverb ('rustig blijven').
_MIN_LISTED = 2


def listed_goal(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[str]:
    """The goal committed to its listed behaviours in the situation its direction named
    ('Ik ga in telefoongesprekken met boze klanten rustig blijven en ...', 'At client calls,
    I will stay calm and ...'), then the same as the writer's wish (the pack's first
    ``dropped_subjects`` form: 'Ik wil in ...'), each to be judged and rewritten as a goal of
    its own; none when the goal does not open with a direction and its situation, or no
    behaviours follow the comma."""
    words = [w for w in words_of(goal) if w.text not in (".", "!")]
    if not words:
        return []
    opening = next((m for m in ctx.find(goal, "vague_outcome") if m.start == words[0].start), None)
    if opening is None:
        return []
    after = next((n for n, w in enumerate(words) if w.start >= opening.end), None)
    if after is None or words[after].lower not in style.prepositions:
        return []  # 'Beter worden *in* ...', 'Get better *at* ...': the situation named
    if not _takes_no_object(words[:after], ctx):
        return []  # 'Beter omgaan *met* mijn grenzen': the verb's object, no situation
    comma = next((n for n in range(after + 2, len(words)) if words[n].text == ","), None)
    if comma is None:
        return []
    situation, listed = words[after:comma], words[comma + 1 :]
    if not _behaviours(listed, style, ctx) or any(w.text in ",;:" for w in listed):
        return []
    subject = style.default_subject
    place = join(situation)
    wish = next(iter(style.dropped_subjects.values()), None)  # the pack's first: 'ik wil'
    found = []
    for lead in (f"{subject} {style.subjects[subject.lower()]}", wish):
        if lead is None:
            continue
        if style.word_order == "v2":
            text = f"{lead} {place} {join(listed, lead=False)}"
        else:
            text = f"{place}, {lead} {join([_bare(w) for w in listed], lead=False)}"
        found.append(capitalise(tidy(text)) + ".")
    return found


def _takes_no_object(direction: list[Word], ctx: RuleContext) -> bool:
    """The direction ends in a copular verb, a comparative or its one vague verb ('beter
    *worden*', 'get *better*', '*improve*'): the preposition after it names the field or
    the situation. After another verb ('beter *omgaan* met', 'better *cope* with') it
    introduces that verb's object."""
    words = [w for w in direction if w.is_word]
    if len(words) == 1:
        return True
    last = words[-1]
    copular = {w.lower() for w in ctx.pack.words("copular_verbs")}
    return last.lower in copular or last.lemma in copular or last.pos in ("ADJ", "ADV")


def _behaviours(listed: list[Word], style: RewriteStyle, ctx: RuleContext) -> bool:
    """The words after the comma are verb phrases: they open a verb phrase (Dutch: an
    infinitive at the end of its first phrase; English: a gerund first) and join another
    one or hold an object."""
    if len(listed) < _MIN_LISTED or listed[0].lower in style.subjects:
        return False
    joiners = {w.lower() for w in ctx.pack.words("coordinators") if w.isalpha()}
    cut = next((n for n, w in enumerate(listed) if w.lower in joiners), len(listed))
    first = listed[:cut]
    if not first:
        return False
    if style.word_order == "v2":
        last = first[-1]
        if last.pos in ("VERB", "AUX"):
            return looks_infinitive_nl(last)
        grammar = ctx.pack.grammar  # the small tagger calls 'sturen' a noun: the dictionary
        return infinitive_evidence(last.lower, ctx.pack.lang, grammar, style) is True
    return first[0].verbform == "Ger" or (first[0].pos == "VERB" and first[0].lower.endswith("ing"))


def _bare(word: Word) -> Word:
    """An English gerund as the bare verb the frame's auxiliary takes ('staying' ->
    'stay'), by its lemma."""
    if word.lower.endswith("ing") and word.pos in ("VERB", "AUX") and word.lemma:
        return word.with_text(word.lemma)
    return word
