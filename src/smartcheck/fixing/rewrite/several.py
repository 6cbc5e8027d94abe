"""A long text of context and several goals: which of its sentences is a goal to rewrite.

A text that packs goals gets one rewrite per goal (split.py cuts it into sentences or
lines). Not every sentence of such a text is a goal; the rest stays as written, with the
goal after it:

- a heading of one word before the goal it names ("Riggen. Ik wil het certificaat
  ...", "Planning. I want to ..."): the writer's topic word, never a goal of its own;
- an event told in the past ("Vorige maand had ik iemand die ging schreeuwen ...", "Last
  week a client shouted at me and I did not know what to do."): every finite verb looks
  back (context.py) and no time ahead is named: what happened, the reason for the goal;
- the writer's present role or place told with 'be' ("I'm new in the team as a junior
  coach.", "Ik ben sinds kort teamleider."): who the writer is, no change to reach.

A later goal joined to the one before by an additive opener ("Also more rest between
shows.", "Daarnaast wil ik ...") is read without it when it gets no rewrite with it: the
opener joined the goals and belongs to neither once they stand apart (coordinated.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import looks_back
from smartcheck.fixing.rewrite.filled_needs import filled_need
from smartcheck.fixing.rewrite.labels import label_phrase, with_label
from smartcheck.fixing.rewrite.words import capitalise, words_of
from smartcheck.reading.anatomy.words import has_finite_form

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl"})


def is_heading(piece: str, text: str) -> bool:
    """A word that stands as a sentence of its own at the start of ``text`` or after a
    sentence's end ('Riggen.', 'Planning:'), no digit in it. A phrase of more words is a goal
    told short ('More events.', 'Kleurbepaling verbeteren.'), and a word after a label or
    list marker is a goal named ('doel 2: EHBO.')."""
    word = piece.strip()
    if word[-1:] not in ".:" or not word[:-1].replace("-", "").isalpha():
        return False
    at = text.find(word)
    before = text[:at].rstrip() if at >= 0 else ":"
    return not before or before[-1] in ".!?"


def tells_context(goal: Goal, style: RewriteStyle, roles: Collection[str]) -> bool:
    """``goal``, a sentence cut from a text of several, tells the past or the writer's role
    (see the module docstring; ``roles``: the pack's ``role_verbs``), with no wish, modal or
    commitment in it and no time ahead."""
    doc = goal.doc
    if filled_need(goal.text, style):
        return True  # 'Er moet iemand X en dat ben ik geworden': the writer's situation
    if doc is None or any(e.due is None or e.due >= goal.reference_date for e in goal.deadlines):
        return False
    finite = [t for t in doc if has_finite_form(t)]
    if not finite or any(_wishes(t, style) for t in doc):
        return False
    if any("Imp" in t.morph.get("Mood", []) for t in finite):
        return False  # 'Be more careful with ...': an imperative asks, it tells nothing
    if all(looks_back(t, style) for t in finite):
        return True
    return len(finite) == 1 and _role(finite[0], style, roles)


def _wishes(token: Token, style: RewriteStyle) -> bool:
    """A word of a wish, a modal or a commitment ('wil', 'want', 'will', 'ga', 'moet'); a
    modal in the past ('kon', 'could', 'moest') tells what happened, none that is ahead."""
    weak = {w.lower() for w in style.weak_finite}
    if "Past" in token.morph.get("Tense", []) and token.lower_ not in weak:
        return False  # not 'zou', 'would': a wish
    words = {*style.modals, *style.wish_modals, *style.subjects.values()}
    return token.lower_ in {w.lower() for w in words} or token.tag_ == "MD"


def _role(verb: Token, style: RewriteStyle, roles: Collection[str]) -> bool:
    """The writer's present role or place told with 'be' ('I'm new in the team as ...', 'Ik
    ben sinds kort teamleider', 'I'm working at the international desk'): the writer is the
    subject and the verb is 'be' in the present, alone or before a gerund."""
    if "Pres" not in verb.morph.get("Tense", []) or verb.lemma_.lower() not in roles:
        return False
    subject = [t for t in verb.doc if t.dep_ in _SUBJECT_DEPS and t.head in (verb, verb.head)]
    mine = {s.lower() for s in style.subjects}
    return bool(subject) and all(t.lower_ in mine for t in subject)


def without_opener(piece: str, openers: Collection[str], style: RewriteStyle) -> str | None:
    """``piece`` without the additive opener that joined it to the goal before ('Also more
    rest ...' -> 'More rest ...', 'Daarnaast wil ik ...' -> 'Ik wil ...'), or None when it
    opens with none."""
    words = piece.strip().split()
    lowered = [w.lower().strip(",") for w in words]
    size = 0
    while size < len(words) and lowered[size] in openers:
        size += 1
    if not size or len(words) - size < 2:
        return None
    rest = words[size:]
    subjects = {s.lower() for s in style.subjects}
    if style.word_order == "v2" and len(rest) > 2 and rest[1].lower() in subjects:
        rest = [rest[1], rest[0].lower(), *rest[2:]]  # 'wil ik ...' -> 'ik wil ...'
    elif style.word_order == "v2" and rest[0].lower() in {m.lower() for m in style.modals}:
        return None  # 'Ook moet mijn Frans beter': 'Moet mijn Frans beter' asks, tells nothing
    return capitalise(" ".join(rest))


def headed(line: str, heading: Goal, style: RewriteStyle, names: frozenset[str]) -> str:
    """The rewritten goal with the heading before it: in a language whose frames start with
    the subject or a time phrase, as the field the goal is in ('In planning, until [date],
    I will ...'; the pack's ``frames.topic_label``, labels.py), since a heading set apart
    before it reads as the goal; verb second keeps it as written before the sentence
    ('Planning. Tot [datum] ga ik ...'), as fronting it would move the verb."""
    label = [w for w in words_of(heading) if w.is_word]
    phrase = label_phrase(label, style, names, heading.lang) if label else None
    if style.word_order == "v2" or phrase is None:
        return f"{heading.text.strip()} {line}"
    return with_label(line, phrase, label, style)
