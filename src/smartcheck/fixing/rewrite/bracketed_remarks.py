"""A remark of the writer's own in brackets at the end of the goal: 'Get more confident going
up masts for rig checks (I still hate heights)', 'Vaker presenteren in het teamoverleg (ik
vind dat nog doodeng)'.

The bracket holds a clause with the writer as its subject, or any clause of its own with a
finite verb ('so far I did 2 trips with Frank', 'nu doet Ilse dat nog'): how the writer
feels, what was done or what is the case now, no part of what the goal names (a bracket
that lists what a thing covers, '(IND, gehoren)', has no subject: bracketed.py). Read
inside the goal, the frames put the writer's clause in the middle of the commitment ('...,
get more confident ... (, I will still hate heights), ...') and the seams refused every
reading, so only the structured fallback was shown. Told as a sentence of its own after the
goal, as the writer could have written it, the remark stays as written after the rewrite
(remarks.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.reading.anatomy.words import has_finite_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: A last bracket and what may follow it: a stop, spaces.
_LAST_BRACKET = re.compile(r"\s*\(([^()]+)\)\s*[.!]?\s*$")
#: Fewest words the remark has after the writer: a verb and what it says.
_MIN_WORDS = 2


def bracket_told(text: str, style: RewriteStyle, doc: Doc | None = None) -> str | None:
    """``text`` with its last bracket told as a sentence of its own after the goal (see the
    module); None when it ends in no bracket that opens with the writer's subject or holds a
    clause of its own (in ``doc``, the goal's parse), or when nothing of the goal stands
    before it."""
    found = _LAST_BRACKET.search(text)
    if found is None:
        return None
    inside = found.group(1).strip()
    words = inside.split()
    subjects = {s.lower() for s in style.subjects}
    if len(words) <= _MIN_WORDS:
        return None
    if words[0].lower() not in subjects and not own_clause(doc, found.start(1), found.end(1)):
        return None
    head = text[: found.start()].rstrip().rstrip(",;:")
    if not any(ch.isalpha() for ch in head) or head.endswith("?"):
        return None
    remark = inside[:1].upper() + inside[1:]
    remark = remark if remark[-1] in ".!?" else f"{remark}."
    head = head if head[-1] in ".!" else f"{head}."
    return f"{head} {remark}"


def own_clause(doc: Doc | None, start: int, end: int) -> bool:
    """The characters ``start``-``end`` of ``doc`` hold a clause of their own: a predicate
    with its subject and a finite verb, all inside ('so far I did 2 trips with X', 'nu doet
    Ilse dat nog', 'this has been on my list for 2 years': the finite verb may be the
    predicate's auxiliary or copula). A tense is what tells a told fact from a list of what a
    thing covers. The clause is the bracket's own, not a relative clause on a thing in it
    ('(schoenen die niet passen)', also where the parser hangs it on no noun: its subject is
    a relative pronoun) and not a condition opened by a subordinator ('(if there
    is still a place)')."""
    if doc is None:
        return False
    inside = {t.i for t in doc if start <= t.idx < end}
    return any(
        (t.head == t or t.head.i not in inside)  # the top of what the bracket holds
        and not t.dep_.startswith("acl")
        and not any(c.dep_ == "mark" for c in t.children)
        and not any(c.dep_.startswith("nsubj") and c.i < t.i and _relative(c) for c in t.children)
        and any(c.dep_.startswith("nsubj") and c.i in inside for c in t.children)
        and any(has_finite_form(w) for w in _tensed_words(t))
        for t in doc
        if t.i in inside
    )


def _relative(word: Token) -> bool:
    """A relative pronoun ('the agencies *that* supply the workers', 'de bureaus *die* ...'),
    the subject of a clause on a thing, which the parser may hang on no noun; it stands
    before its verb ('nu doet Ilse *dat* nog' is a clause of its own)."""
    return "Rel" in word.morph.get("PronType", []) or word.tag_ in ("WDT", "WP")


#: The relations of a predicate's words that carry its tense.
_TENSED = frozenset({"aux", "cop", "aux:pass"})


def _tensed_words(predicate: Token) -> list[Token]:
    """The predicate and the words that carry its tense, an auxiliary on its copula too
    ('has' on 'been' on 'list')."""
    words = [predicate]
    for word in words:
        words.extend(c for c in word.children if c.dep_ in _TENSED and c not in words)
    return words
