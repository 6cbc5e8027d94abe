"""A goal followed, after a comma, by what someone else says of the writer's work: 'I want
to get better at writing rescue plans, my supervisor says they are too generic', 'beter
worden in offertes maken, mijn chef zegt dat ze te lang zijn'.

The clause after the comma tells someone else's view (a subject that is not the writer, a
verb of the pack's ``voice_verbs`` in the present): it is the reason for the goal, told
beside it, not a part of it. Read with the goal, the frame kept it inside the committed
sentence ('By [date], I will [concrete behaviour] in writing rescue plans, my supervisor
says they are too generic'), where the remark reads as the writer's commitment. The goal
before the comma is judged and rewritten on its own and the remark kept after it as a
sentence, as written (past_after.py does so for a past incident). A voice that names what
the writer should do ('my manager wants me to ...') has its own readings (voices/): only a
view with no wish of the other's ('says', 'thinks', 'vindt', not 'wants') is read here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.past_after import closing_clause
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS, is_finite

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.situation import Situated
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Word classes the other's subject opens with ('*my* supervisor', '*de* chef', '*Jan*').
_OPENING = frozenset({"DET", "PRON", "NOUN", "PROPN"})
#: How many words the other's subject may take before the verb ('my shift *leader* says').
_REACH = 4


def voiced_after(goal: Goal, style: RewriteStyle) -> Situated | None:
    """The goal before a closing clause that tells someone else's view, with that clause as
    the sentence after it; None when the text ends otherwise."""
    return closing_clause(goal, style, voice_told)


def voice_told(clause: list[Token], style: RewriteStyle) -> bool:
    """A clause whose verb of saying or judging, in the present and within reach of its
    start, has a subject that is not the writer, and which commits to nothing."""
    writer = {w.lower() for w in style.subjects}
    wishes = {w.lower() for w in style.others_wish_verbs if " " not in w}
    if len(clause) < 3 or clause[0].lower_ in writer or clause[0].pos_ not in _OPENING:
        return False  # 'want mijn coach vindt ...': a reason the goal keeps (remarks.py)
    finite = next((t for t in clause[1 : 1 + _REACH] if is_finite(t)), None)
    if finite is None or "Past" in finite.morph.get("Tense", []):
        return False
    lemma = finite.lemma_.lower()
    if lemma not in {v.lower() for v in style.voice_verbs} or lemma in wishes:
        return False
    subject = [c for c in finite.children if c.dep_ in SUBJECT_DEPS]
    if not subject or any(t.lower_ in writer for s in subject for t in s.subtree):
        return False
    head = clause[: finite.i - clause[0].i]
    return not any(t.lower_ in set(commitment_words(style)) for t in head)
