"""A sentence of the rewrite that is only a subordinate clause.

A step that cuts a rewrite into sentences may leave a purpose or a reason standing alone:
'Vóór [datum] ga ik eerst een cursus volgen. Zodat ik naar werkvoorbereider ... kan
doorgroeien.', 'By [date], I will take the course. So that I can apply for the job.' A
subordinate clause needs the main clause it hangs on; alone it is no sentence. The parse
tells it: the subordinator that opens the sentence (the first or second word: 'Zodat',
'So that', 'Because') marks the sentence's own root, so no main clause stands around it
('Als ik tijd heb, ga ik ...' marks a clause under 'ga'); where the parse hangs the clause
elsewhere, a sentence with no comma after which a main clause could stand has none either.
A sentence the writer wrote so is
kept as written and is no seam of the rewrite.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import sentences
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal

#: Dependency labels of a subordinator.
_MARKS = frozenset({"mark"})


def _root(sentence: list[Token]) -> Token | None:
    """The sentence's root: the one word whose head stands outside the sentence or is
    itself."""
    inside = {t.i for t in sentence}
    roots = [t for t in sentence if t.head.i == t.i or t.head.i not in inside]
    words = [t for t in roots if not t.is_punct]
    return words[0] if len(words) == 1 else None


def _main_after_comma(sentence: list[Token], style: RewriteStyle) -> bool:
    """After a comma of ``sentence``, the writer as subject next to a finite verb or modal
    ('..., ga ik ...', '..., I will ...'): a main clause, whatever the parse's root."""
    me = {s.lower() for s in style.subjects} | {style.default_subject.lower()}
    for n, t in enumerate(sentence[:-1]):
        if t.text != ",":
            continue
        after = sentence[n + 1 : n + 4]
        for a, b in pairwise(after):
            if a.lower_ in me and b.pos_ in ("VERB", "AUX"):
                return True
            if b.lower_ in me and a.pos_ in ("VERB", "AUX"):
                return True
    return False


def _finite_with_subject(root: Token) -> bool:
    """Is ``root`` a verb with its own subject ('Als mentor *ga* *ik* ...'), so a main
    clause the subordinator's clause does not reach?"""
    return root.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("nsubj") for c in root.children)


def _clause(head: Token) -> bool:
    """Does the subordinator on ``head`` open a clause: a verb, or a word with a subject
    ('Zodat *ik* naar planner ...', the parse's root a noun)? A bare noun is a role ('Als
    coach')."""
    return head.pos_ in ("VERB", "AUX") or any(c.dep_.startswith("nsubj") for c in head.children)


def _letters(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def subordinate_alone(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A sentence (not the writer's own as written) whose opening subordinator marks its
    root: a subordinate clause with no main clause."""
    told = _letters(goal.text)
    seams = []
    for sentence in sentences(doc):
        words = [t for t in sentence if not t.is_punct]
        if len(words) < 3:
            continue
        root = _root(sentence)
        if root is None:
            continue
        opener = next((t for t in words[:2] if t.dep_ in _MARKS and t.pos_ == "SCONJ"), None)
        if opener is None:
            continue
        if _main_after_comma(sentence, style):
            continue  # 'Als ik tijd heb, ga ik ...': a main clause after the comma
        if opener.head != root and any(t.text == "," for t in sentence):
            continue  # the parse hangs the clause under another: a main clause may follow
        if opener.head != root and _finite_with_subject(root):
            continue  # 'Als mentor ga ik ...': the root is a main clause of its own
        if not _clause(opener.head):
            continue  # 'Als coach zorg ik ...': a role the subordinator opens, no clause
        text = _letters(" ".join(t.text for t in words))
        if text and text in told:
            continue  # the writer's own sentence, kept as written
        detail = f"the sentence {words[0].text!r} ... is only a subordinate clause"
        seams.append(Seam("lost_verb", detail, (opener.lower_, "subordinate-alone")))
    return seams
