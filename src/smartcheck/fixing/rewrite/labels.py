"""A topic label before the goal's own phrase, where the frames front nothing before it.

POP forms and lists name the field a goal is in before the goal itself: "Hiring: learn to
run structured interviews", "Stock room -- reorganise the shelves", "NAIL ART. take the
advanced course" (a label sentence, then the action in lower case). The label is the
writer's word, so it stays; it is no part of the clause the frames read. In a language
whose frames start with the subject or a time phrase (English), the frames read the goal
without it and the label is put in front of the sentence in the pack's
``frames.topic_label`` ("In hiring, by [date], I will learn ..."). Verb-second languages
front it inside the clause instead (frame.py), since a phrase in front takes the verb next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import Word, capitalise, gerund_bases
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.reading.timex import TimeExpression

#: Words a topic label may have ('Hiring:', 'Stock room --', 'Inkoop facilitaire middelen:').
LABEL_WORDS = 3
#: Words a label before a spaced dash and a verb may have: a noun with its situation
#: ('Presentations at open days - get ...'), no verb; dated as a fragment it is none.
DASHED_LABEL_WORDS = 5
#: Marks that end a label: a colon, a dash set off by spaces, or a sentence end before a
#: phrase in lower case (or after a label in capitals).
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def label_words(words: list[Word], heading: bool = True) -> list[int]:
    """The indices of a topic label and its mark at the start of ``words``, or [] (see the
    module docstring). A label has one to three words, no digit and no verb; the goal's
    phrase after it has two words or more. ``heading``: a short phrase before a sentence of
    the writer's own ('Communication with the team. I want to ...') is one too (a language
    whose frames put the label in front of the sentence; verb second would need the
    writer's clause inverted after it)."""
    mark = _mark(words, heading)
    if mark is None:
        return []
    label, rest = words[:mark], words[mark + 1 :]
    while rest and not rest[0].is_word and rest[0].text in _DASHES:
        mark, rest = mark + 1, rest[1:]  # '--' split in two
    if not all(_label_word(w) for w in label) or sum(w.is_word for w in rest) < 2:
        return []
    if words[mark].text == ":" and not any(w.finite for w in label):
        return list(range(mark + 1))  # 'Hiring:', 'Ground handling:': a field's name
    if any(w.pos in ("VERB", "AUX") and not _field_form(w) for w in label):
        return []  # 'Work harder. Every day.': a sentence, no label ('Rostering -' is one)
    if words[mark].text == "." and _predicated(label):
        return []  # 'Meetings always overrun. I want to ...': a subject and its state
    if words[mark].text == "." and len(label) > LABEL_WORDS and not _noun_phrase(label):
        return []  # 'Deadlines slip all the time. I need ...': a sentence ('slip' an adjective)
    return list(range(mark + 1))


#: Words a label that carries the goal's time may have ('Doel voor het eerste kwartaal:').
TIMED_LABEL_WORDS = 6


def timed_label(
    words: list[Word], times: Iterable[TimeExpression], labels: frozenset[str]
) -> list[int]:
    """The indices to drop when the goal opens with a label that carries its time: the
    time alone ('Dit jaar:', 'Q3 2027 -'), or after one of the pack's goal ``labels``
    ('Doel voor dit jaar:', 'Goal for Q1:'). The time is the goal's and stays, to be
    fronted as any time is ('Dit jaar ga ik ...'); the goal label word, a preposition the
    time does not hold ('for') and the colon go.
    [] when the goal opens with no such label."""
    mark = next(
        (n for n, w in enumerate(words[: TIMED_LABEL_WORDS + 1]) if w.text in (":", *_DASHES)),
        None,
    )
    if not mark or sum(w.is_word for w in words[mark + 1 :]) < 2:
        return []
    first = 1 if words[0].lower in labels else 0
    label = words[first:mark]
    for time in times:
        inside = [w.inside(time.start, time.end) for w in label]
        if not label or not inside[-1]:
            continue
        start = next(n for n, held in enumerate(inside) if held)
        if start > 1 or (start == 1 and label[0].pos != "ADP") or not all(inside[start:]):
            continue
        # 'Goal *for* this year:': a preposition the time does not hold goes with the label
        return [*range(first + start), mark]
    return []


def _predicated(label: list[Word]) -> bool:
    """A heading that says something of its subject: a noun, then an adverb before a word
    that is no noun ('Meetings *always* overrun', the tagger's adjective), as a sentence
    does; a heading names a topic ('Communication with the team', 'Lash extensions')."""
    return any(
        a.pos in ("NOUN", "PROPN") and b.pos == "ADV" and c.pos not in ("NOUN", "PROPN")
        for a, b, c in zip(label, label[1:], label[2:], strict=False)
    )


def _noun_phrase(label: list[Word]) -> bool:
    """A longer heading is one noun phrase: each determiner after its first word stands
    after a preposition or another determiner ('Communication with *the* team'), never
    after a word a clause could have ('Deadlines slip *all* the time')."""
    return all(b.pos != "DET" or a.pos in ("ADP", "DET") for a, b in pairwise(label))


def _mark(words: list[Word], heading: bool = True) -> int | None:
    """Where the label's mark stands, if the goal opens with one."""
    for n, word in enumerate(words[: DASHED_LABEL_WORDS + 1]):
        if not n:
            continue
        if word.text == ":" and n <= LABEL_WORDS:
            return n
        if word.text in _DASHES and word.space_before and n + 1 < len(words):
            long = n > LABEL_WORDS  # a longer label only before the behaviour's verb
            return None if long and words[n + 1].pos not in ("VERB", "AUX") else n
        if word.text == "." and heading and _clause_after(words, n):
            return n  # 'Communication with the team. I want to ...': a heading
        if word.text == "." and heading and n == 1 and _noun_heading(words[0], words[n + 1 :]):
            return n  # 'Administratie. Elke rit moet ...': one noun names the field
        if n > LABEL_WORDS and word.text == ".":
            return None
        if word.text == "." and n + 1 < len(words):
            nxt = words[n + 1].text
            shouted = all(w.text.isupper() for w in words[:n] if w.is_word)
            if nxt[:1].islower() or (shouted and not nxt.isupper()):
                return n
            return None
        if not word.is_word and word.text != "/":  # 'contract management / spend analysis'
            return None
    return None


#: Word classes of a label's words that say nothing of its topic ('with', 'the').
_CLOSED = frozenset({"ADP", "DET", "CCONJ", "PRON", "PART", "SCONJ"})


def _clause_after(words: list[Word], stop: int) -> bool:
    """A sentence of the writer's own follows the stop ('. I want to ...', '. Ik wil ...'):
    a pronoun and its finite verb, so the short phrase before the stop is its heading."""
    after = words[stop + 1 : stop + 3]
    return (
        len(after) == 2
        and after[0].pos == "PRON"
        and after[0].text[:1].isupper()
        and after[1].pos in ("VERB", "AUX")
        and bool(after[1].finite)
    )


def _noun_heading(word: Word, after: list[Word]) -> bool:
    """One noun as a sentence of its own before a sentence with a verb ('Administratie.
    Elke rit moet ...', 'Werkdruk. Beter nee zeggen.', 'Admin. Every trip must ...'): no
    sentence has a noun alone, so it names the field the goal is in."""
    return (
        word.pos in ("NOUN", "PROPN")  # the tagger calls a capitalised first noun a name
        and word.text[:1].isupper()
        and len(after) > 2
        and after[0].text[:1].isupper()
        and any(w.pos in ("VERB", "AUX") for w in after)
        # 'Reptiles. Learn *them*.': the sentence takes the noun back as its object, no field
        and not any(w.pos == "PRON" and w.dep in ("obj", "dobj") for w in after)
    )


def _field_form(word: Word) -> bool:
    """A verb form that names a field: a gerund, also one the tagger calls a participle
    after a slash or a noun ('stock control / *purchasing* -', 'Rostering -')."""
    return word.verbform == "Ger" or (word.verbform == "Part" and bool(gerund_bases(word.lower)))


def _label_word(word: Word) -> bool:
    """A word of a label, or the slash between two fields it names ('X / Y', also inside
    one token: 'EMG/zenuwgeleidingsonderzoek', 'HR/payroll')."""
    bare = word.text.replace("-", "").replace("'", "")
    return word.text == "/" or bare.isalpha() or _slashed_fields(bare)


def _slashed_fields(text: str) -> bool:
    """Two or more words joined by slashes with no space ('EMG/zenuwgeleidingsonderzoek')."""
    parts = text.split("/")
    return len(parts) > 1 and all(p.isalpha() for p in parts)


def label_phrase(
    words: Iterable[Word], style: RewriteStyle, names: frozenset[str], lang: str
) -> str | None:
    """The label as the field the sentence is in ('in hiring', 'in nail art'), or None when
    the pack has no frame for it. A word in capitals the dictionary knows is written in lower
    case ('LASH EXTENSIONS'); a name keeps its capital."""
    frame = style.frames.topic_label
    if frame is None:
        return None
    shown: list[Word] = []
    for n, word in enumerate(w for w in words if w.is_word or w.text == "/"):
        lower = word.lower
        if lower in names or lower in style.capitalised:
            shown.append(word)
        elif word.text.isupper() and len(word.text) > 1:
            shown.append(word.with_text(lower) if known_word(lower, lang=lang) else word)
        elif n == 0 and word.text[1:].islower():
            shown.append(word.with_text(lower))
        else:
            shown.append(word)
    # a slash the writer glued to its fields stays glued ('quality/inspection')
    text = "".join(
        ("" if not n or _glued(shown[n - 1], w) else " ") + w.text for n, w in enumerate(shown)
    )
    return frame.format(topic=text)


def _glued(before: Word, word: Word) -> bool:
    """A slash and the word beside it written with no space between them."""
    touching = before.end >= 0 and before.end == word.start
    return touching and "/" in (before.text, word.text)


def with_label(text: str, phrase: str, label: list[Word], style: RewriteStyle) -> str:
    """``text`` with the label phrase in front ('In hiring, by [date], I will ...'), unless
    it kept the label's words itself (the nominal and topic frames put it after the
    behaviour)."""
    lower = text.lower()
    content = [w for w in label if w.is_word and w.pos not in _CLOSED]  # not 'with', 'the'
    kept = [re.search(rf"(?<!\w){re.escape(w.lower)}(?!\w)", lower) for w in content]
    if kept and all(kept):  # every word of the label's topic is in the sentence already
        return text
    first = text.split(" ", 1)[0]
    keep = (first == style.default_subject or first.lower() not in style.subjects) and (
        not first[1:].islower() or first.lower() in style.capitalised
    )
    rest = text if keep else text[:1].lower() + text[1:]
    return capitalise(f"{phrase}, {rest}")
