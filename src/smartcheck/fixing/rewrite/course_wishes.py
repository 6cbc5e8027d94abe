"""A course the writer wishes for, named as a thing: taking it is the act.

"I would also like the first aid course if possible", "I'd like a course in bookkeeping",
"Ik wil graag de cursus EHBO als dat kan", and hedged with no verb at all ("Volgend jaar
misschien de CP2-training, als er budget voor is"): the wish's object is a course (the pack's
``formal_training``) without a verb of taking it. Read as a thing the writer wants, the
frame asked for a behaviour whose purpose is to "get" the course ("I will [concrete
behaviour], in order to get the first aid course"), or kept the wish ("By [date], I'd like a
course in bookkeeping"). Following a course is an act the writer does: the text is read
again with the course taken (the pack's ``rewrite.asked_course``: "take {thing}",
"{thing} volgen"), the words after it (a condition, a time) as written: "I would also like
to take the first aid course if possible".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import infinitive_ending

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most words between the writer and the course: the wish and its adverbs ('would also
#: like', 'wil ook graag').
_WISH_REACH = 4
#: Word classes that open the course's noun phrase.
_THING_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
#: Most words of the course's noun phrase.
_MOST_THING_WORDS = 8


def course_wished(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """``goal``'s text with the course it wishes for taken (see the module), or None when
    its one sentence wishes for no course named as a thing."""
    doc = goal.doc
    if doc is None or not style.asked_course:
        return None
    words = [t for t in doc if not t.is_space]
    ends = [t for t in words[:-1] if t.text in (".", "!", "?")]
    if ends or len(words) < 4:
        return None  # one sentence only
    wanting = {w.lower() for w in ctx.pack.words("wish_verbs")}
    hedge = _hedged_opening(goal, words, style)
    if hedge is not None:  # 'Volgend jaar misschien de CP2-training': no verb at all
        at = hedge + 1
    elif words[0].lower_ != style.default_subject.lower():
        return None  # 'We would like a workshop for the team': maybe one to organise
    else:
        wish = next((t for t in words[1 : 1 + _WISH_REACH] if t.lemma_.lower() in wanting), None)
        if wish is None:
            return None
        at = wish.i + 1
    while at < len(doc) and doc[at].pos_ in ("ADV", "PART") and doc[at].lower_ not in ("to",):
        at += 1  # 'wil *ook graag*', 'would like *too*'
    if at >= len(doc) or doc[at].pos_ not in _THING_OPENERS:
        return None
    courses = [m.token_start for m in ctx.find(goal, "formal_training")]
    courses += _compound_courses(doc, ctx) if hedge is not None else []
    end = _thing_end(doc, at, ctx)
    if not any(at <= c < end for c in courses) or end - at > _MOST_THING_WORDS:
        return None
    if end < len(doc) and doc[end].pos_ in ("VERB", "AUX", "CCONJ"):
        return None  # a verb of its own after it ('... course volgen'), or a second thing
    if style.word_order == "v2" and end - at > 1 and infinitive_ending(doc[end - 1].lower_):
        return None  # 'de opleiding ... *starten*': the Dutch verb ends the phrase, whatever
        # the tagger calls it
    thing = goal.text[doc[at].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    taken = style.asked_course.format(thing=thing)
    if style.word_order != "v2" and style.infinitive_markers and hedge is None:
        taken = f"{style.infinitive_markers[0]} {taken}"
    before = goal.text[: doc[at].idx]
    after = goal.text[doc[end - 1].idx + len(doc[end - 1].text) :]
    return f"{before}{taken}{after}"


def _compound_courses(doc: Doc, ctx: RuleContext) -> list[int]:
    """Tokens that name a course in a hyphenated compound ('de *VCA-cursus*', 'de
    *CP2-training*'): the pack's course word after the hyphen."""
    heads = {w.lower() for w in ctx.pack.words("formal_training") if w.isalpha()}
    return [t.i for t in doc if "-" in t.text and t.lower_.rsplit("-", 1)[-1] in heads]


def _hedged_opening(goal: Goal, words: list[Token], style: RewriteStyle) -> int | None:
    """The index of the one-word hedge that opens a line with no verb, after a time at most
    ('*Misschien* de VCA-cursus, als er budget is', 'Next year *maybe* the first aid
    course'): the course after it is the writer's wish, hedged; None for any other line."""
    times = [(e.start, e.end) for e in goal.deadlines]
    line = next((n for n, t in enumerate(words) if t.pos_ == "SCONJ" or t.text == ","), None)
    said = [t for t in words[:line] if not any(a <= t.idx < b for a, b in times)]
    if any(t.pos_ in ("VERB", "AUX") for t in said):
        return None  # a verb of its own; one in its time ('*Volgend* jaar') or condition
        # ('als er budget *is*') is none of the line's
    for t in words[:_WISH_REACH]:
        if t.lower_ in style.one_word_hedges:
            after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            # the course with its article ('misschien *de* CP2-training'), with a time before
            # it or a condition after it; a course alone ('maybe the crane operator course',
            # 'evt scrum master cursus') is a floated step, settled (floated_steps.py)
            told = t.i > 0 or line is not None
            return t.i if told and after is not None and after.pos_ == "DET" else None
        if not any(a <= t.idx < b for a, b in times):
            return None
    return None


def _thing_end(doc: Doc, at: int, ctx: RuleContext) -> int:
    """Where the course's noun phrase from ``at`` ends: at a mark, a subordinator or a
    condition, a verb, or a coordinator."""
    conditions = {w.lower() for w in ctx.pack.words("condition_markers")}
    tokens = list(doc)
    end = at
    while end < len(tokens):
        t = tokens[end]
        if t.is_punct and t.text not in ("-", "/", "(", ")"):
            break
        named = t.pos_ == "VERB" and end > at and tokens[end - 1].pos_ == "ADP"
        if named:  # 'a course in *bookkeeping*': a field after its preposition
            end += 1
            continue
        if t.pos_ in ("SCONJ", "CCONJ", "VERB", "AUX") or t.lower_ in conditions:
            break
        end += 1
    return end
