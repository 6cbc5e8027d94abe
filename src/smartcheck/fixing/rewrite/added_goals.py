"""Two goals in one sentence, the second added with 'and also' or 'en daarnaast': two goals.

"I'll try to answer the phone faster *and besides I want to* learn the booking system",
"Ik wil beter plannen *en verder wil ik ook* mijn Excel verbeteren", "ik ga proberen om
... uit te leggen *en daarnaast wil ik* de kasafsluiting sneller doen": a coordinator, a word
that adds a goal (the pack's ``additive_markers``, ``coordinators`` and
``rewrite.means_additions``: also, besides, daarnaast, verder, ook) and the writer's own wish
or plan again (a first-person subject and a modal). The writer states a second goal with its
own subject and wish; read as one, the frame committed the first and left the second wish
inside it ("By [date], I will answer ... and besides I want to learn ..."), or kept the
opener in the second goal ("Verder wil ik ook ...", which only got the structured fallback).
Each goal is rewritten on its own, the second without its opener and with its subject
first ('daarnaast wil ik X' -> 'Ik wil X').

The same addition told as a sentence of its own after another person's wish ("My manager
wants me to do the forklift refresher before the summer. I would also like the first aid
course if possible", "Mijn leidinggevende wil dat ik ... Zelf wil ik ook graag ...") is a
second goal, the writer's own: read as one text, the other's wish became the purpose of the
writer's wish, which stayed uncommitted ("By [date], I would also like X, ..., so that I can
do Y, as my manager wants"). Each is rewritten on its own (:func:`added_sentence`): the
other's wish with its credit and its own time, the writer's wish without the additive word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_ends, sentences
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How many words after the coordinator the additive word, the writer's subject and wish
#: stand ('and besides I want', 'and I also want', 'en daarnaast wil ik').
_WISH_REACH = 4
#: Fewest words the first goal needs before the joint.
_FIRST_WORDS = 3


def added_goals(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> tuple[str, str] | None:
    """The two goals of a sentence whose second goal is added with a coordinator, an additive
    word and the writer's wish (module doc), each as a sentence of its own; None otherwise."""
    doc = goal.doc
    text = goal.text.strip()
    if doc is None or sentence_ends(text, style.abbreviations) or text.endswith("?"):
        return None
    pack = ctx.pack
    joints = {w.lower() for w in pack.words("coordinators") if " " not in w and w.isalpha()}
    adders = {w.lower() for k in ("additive_markers", "coordinators") for w in pack.words(k)}
    adders |= {w.lower() for w in style.means_additions}
    phrases = sorted((tuple(a.split()) for a in adders), key=len, reverse=True)
    writer = {w.lower() for w in pack.words("first_person_subject")}
    wishes = {m.token_start for k in ("modal_verbs", "hedges") for m in ctx.find(goal, k)}
    words = [t.lower_ for t in doc]
    for t in doc:
        if t.i < _FIRST_WORDS or t.lower_ not in joints or t.pos_ != "CCONJ":
            continue
        near = range(t.i + 1, min(t.i + 1 + _WISH_REACH, len(doc)))
        added: set[int] = set()
        for i in near:
            size = _opener(words, i, phrases) if doc[i].pos_ != "CCONJ" else 0
            added |= set(range(i, i + size))
        if not added:
            continue  # a bare 'and': the reading stage's coordination (coordinated.py)
        if not any(doc[i].lower_ in writer for i in near) or not any(i in wishes for i in near):
            continue
        return _parts(doc, t.i, added, goal)
    return None


def _opener(words: list[str], at: int, phrases: list[tuple[str, ...]]) -> int:
    """How many words an additive opener takes at ``at`` ('in addition', 'daarnaast'; 0
    when none)."""
    return next((len(p) for p in phrases if tuple(words[at : at + len(p)]) == p), 0)


def _parts(doc: Doc, joint: int, added: set[int], goal: Goal) -> tuple[str, str] | None:
    """The text before the coordinator at ``joint`` and the rest without the additive words
    at ``added`` ('and *besides* I want', 'en *verder* wil ik *ook*'), each a sentence, the
    rest with its subject first ('wil ik X' -> 'Ik wil X')."""
    text = goal.text
    first = text[: doc[joint].idx].strip().rstrip(",;").strip()
    rest = [t for t in doc[joint + 1 :] if t.i not in added]
    if len([w for w in first.split() if w.isalpha()]) < _FIRST_WORDS or len(rest) < 2:
        return None
    words = [t.text_with_ws for t in rest]
    if rest[0].pos_ != "PRON" and rest[1].pos_ == "PRON":  # verb second: 'wil ik X'
        words[0], words[1] = rest[1].text_with_ws, rest[0].lower_ + rest[0].whitespace_
    second = "".join(words).strip()
    return f"{capitalise(first)}.", _stopped(capitalise(second))


def _stopped(sentence: str) -> str:
    sentence = sentence.strip()
    return sentence if sentence[-1:] in ".!" else f"{sentence.rstrip(',;')}."


#: How many words the writer's wish may stand from the last sentence's start ('I would
#: also like', 'Zelf wil ik ook graag').
_SENTENCE_REACH = 5


def added_sentence(
    goal: Goal, ctx: RuleContext, style: RewriteStyle, others: bool
) -> tuple[str, str] | None:
    """Another person's wish (``others``: the caller read the first sentence as one) and a
    last sentence in which the writer adds a wish of its own (the writer's subject, a modal
    or wish, and an additive word, all near its start: 'I would also like X', 'Zelf wil ik
    ook graag X'), as two sentences, the second without the additive word; None otherwise."""
    told = sentences(goal.text.strip(), style.abbreviations)
    if not others or len(told) != 2 or told[-1].rstrip().endswith("?"):
        return None
    last = told[-1]
    start = goal.text.find(last)
    doc = goal.doc
    if doc is None or start < 0:
        return None
    words = [t for t in doc if t.idx >= start and not t.is_punct]
    near = words[:_SENTENCE_REACH]
    pack = ctx.pack
    writer = {w.lower() for w in pack.words("first_person_subject")}
    wishes = {m.token_start for k in ("modal_verbs", "hedges") for m in ctx.find(goal, k)}
    adders = {w.lower() for w in pack.words("additive_markers")}
    added = [t for t in near if t.lower_ in adders]
    if not added or not any(t.lower_ in writer for t in near):
        return None
    wanting = {w.lower() for w in pack.words("wish_verbs")}
    if not any(t.i in wishes or t.lemma_.lower() in wanting for t in near):
        return None
    kept = [t for t in doc if t.idx >= start and t not in added]
    text = "".join(t.text_with_ws for t in kept).strip()
    rest = [t for t in kept if not t.is_punct]
    if len(rest) < 3:
        return None
    if rest[0].pos_ != "PRON" and rest[1].pos_ == "PRON":  # verb second: 'wil ik X'
        text = text.replace(f"{rest[0].text} {rest[1].text}", f"{rest[1].text} {rest[0].lower_}", 1)
    return _stopped(told[0]), _stopped(capitalise(text))
