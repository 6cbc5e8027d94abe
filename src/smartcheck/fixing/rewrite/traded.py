"""A trade-off of the writer's time, told without a verb: more of one thing, less of another.

"Meer op de werkvloer, minder in vergaderingen", "More coaching, less firefighting", "Meer
tijd aan klanten, minder aan administratie": the writer means to spend time differently, but
no side has a verb. The frames read the whole as a topic or a fragment and date it
("Meer op de werkvloer, minder in vergaderingen, vóór [datum], ..." has no verb), or give it
a wrong one ("om meer tijd te hebben aan klanten, minder ..."). So the rewriter reads the
trade-off as the writer's sentence about spending time (the pack's ``rewrite.trade_goal``:
"ik ga meer tijd {more} besteden en minder {less}") and rewrites that as any goal told in
the first person. A side that has a verb ("Meer delegeren, minder zelf doen") is read by the
frames already; a side of adjectives or participles ("more structured, less rushed") is no
time spent, and a bare noun phrase ("fewer late returns") counts things, not time: both are
left alone. Where the pack spends named time in its own words ("More time with X, less on Y";
``rewrite.spent_time``, spent_time.py), that reading keeps the writer's words as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.tokens import action_noun_plural
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most words of one side: a phrase, no clause.
MAX_SIDE_WORDS = 8
#: Marks that part the two sides ('meer X, minder Y', 'more X / less Y').
_PARTING = frozenset({",", "/", ";"})
#: Word classes that are no verb whatever the dictionary says ('buiten', 'achter').
_NO_VERB_POS = frozenset({"ADP", "ADV", "DET", "NUM", "PRON", "CCONJ", "SCONJ", "PROPN"})


def traded_goal(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The trade-off read as the writer's sentence ('Meer op de werkvloer, minder in
    vergaderingen' -> 'Ik ga meer tijd op de werkvloer besteden en minder in
    vergaderingen.'); None when the text is no such trade-off: no 'more' word first, no
    'less' word after a comma, slash or 'and', a side with a verb, an adjective or a
    participle first, a time of its own, or a side too long to be a phrase."""
    if not style.trade_goal or goal.deadlines:
        return None
    words = [w for w in words_of(goal) if w.text not in (".", "!")]
    more = {m.lower() for m in style.trade_more}
    if not words or words[0].lower not in more:
        return None
    joiners = {c.lower() for c in ctx.pack.words("coordinators")}
    less = {m.lower() for m in style.trade_less}
    cut = next(
        (
            n
            for n, w in enumerate(words[2:], start=2)
            if w.lower in less and (words[n - 1].text in _PARTING or words[n - 1].lower in joiners)
        ),
        None,
    )
    if cut is None:
        return None
    sides = [words[1 : cut - 1], words[cut + 1 :]]
    if not all(_a_phrase(side, goal.lang, ctx, style) for side in sides):
        return None
    if _time_named(sides, style):
        return None  # 'More time with X, less on Y': spent as written (spent_time.py)
    spent = [join(_spent_on(side, style)) for side in sides]
    return capitalise(tidy(style.trade_goal.format(more=spent[0], less=spent[1]))) + "."


def _a_phrase(side: list[Word], lang: str, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A side is a phrase of time spent: a few words, no mark inside, no verb, and not
    only a description ('meer gestructureerd', 'more organised': an adjective or participle
    first, and no noun after it; 'fewer internal calls' has one)."""
    if not 1 <= len(side) <= MAX_SIDE_WORDS or not all(w.is_word for w in side):
        return False
    first = side[0]
    described = first.pos == "ADJ" or (first.pos in ("VERB", "AUX") and not _ing_form(first))
    if described and not any(w.pos in ("NOUN", "PROPN") for w in side[1:]):
        return False  # 'more structured', 'less rushed'; 'more coaching' is a thing done
    where = first.pos in ("ADP", "ADV") or _ing_form(first)
    if not where and first.lower != style.trade_time.lower():
        return False  # 'fewer late returns': things counted, not time spent
    return not any(
        _verb(w, side[n - 1] if n else None, lang, ctx, style) for n, w in enumerate(side)
    )


def _verb(
    word: Word, before: Word | None, lang: str, ctx: RuleContext, style: RewriteStyle
) -> bool:
    """A Dutch infinitive the dictionary confirms ('delegeren', 'zelf doen'), tagged as
    anything that can be a verb. None after an article or a preposition, a noun's place
    ('bij de kinderen', 'het nakijken'), and no noun of an act in -ingen ('vergaderingen')."""
    if word.pos in _NO_VERB_POS or action_noun_plural(word.lower):
        return False
    if before is not None and before.pos in ("DET", "ADP"):
        return False
    return bool(infinitive_evidence(word.lower, lang, ctx.pack.grammar, style))


def _spent_on(side: list[Word], style: RewriteStyle) -> list[Word]:
    """The side as where time goes: its own word for time left out (the sentence names it
    once: 'Meer tijd aan klanten' -> 'meer tijd aan klanten besteden')."""
    if side[0].lower == style.trade_time.lower() and len(side) > 1:
        return side[1:]
    return side


def _time_named(sides: list[list[Word]], style: RewriteStyle) -> bool:
    """A side opens with a word for time the pack's spent-time reading keeps as written."""
    nouns = {n.lower() for n in style.spent_time.get("nouns", "").split()}
    return style.word_order != "v2" and any(side[0].lower in nouns for side in sides)


def _ing_form(word: Word) -> bool:
    """An English verb form in -ing, a gerund or what the tagger calls a present participle
    ('more coaching on the job'): an activity, the time spent on it."""
    return word.verbform == "Ger" or (word.verbform == "Part" and word.lower.endswith("ing"))
