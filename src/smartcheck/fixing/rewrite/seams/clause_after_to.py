"""English: an infinitive marker followed by a clause with its own subject, before any verb
of its own: 'I'd like to *last time it ran* over by an hour'; or by a finite auxiliary
with a contracted negation ('in order to *don't* know what exactly yet').

A split that gives the writer's wish ('I'd like to') to the next part of the sentence puts
it before a clause that tells something else ('last time it ran over'): 'to' then has no
verb, the clause after it has its own subject and finite verb. Non-verb-second languages
(a Dutch 'te' comes right before its verb at the clause's end).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import verb_like

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def clause_after_to(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """Each infinitive marker whose words up to a subject with its finite verb hold no
    verb."""
    if style.word_order == "v2":
        return []
    markers = {m.lower() for m in style.infinitive_markers}
    seams = []
    for to in doc:
        if to.lower_ not in markers or (to.dep_ != "mark" and to.pos_ != "PART"):
            continue
        if _contracted_after(doc, to):  # 'in order to don't know what yet': a finite
            detail = f"{to.text!r} before {doc[to.i + 1].text}{doc[to.i + 2].text!r}"
            seams.append(Seam("lost_verb", detail, (to.lower_, "to-clause")))
            continue  # negation, a clause told after a comma, framed as the aim
        subject = _subject_after(doc, to)
        if subject is not None:
            detail = f"{to.text!r} before the clause of {subject.head.text!r}"
            seams.append(Seam("lost_verb", detail, (to.lower_, "to-clause")))
    return seams


def _contracted_after(doc: Doc, to: Token) -> bool:
    """An auxiliary with a contracted negation right after ``to`` ('to *don't* know',
    'to *can't*'): a contraction is always finite, never the infinitive 'to' needs."""
    if to.i + 2 >= len(doc):
        return False
    aux, negation = doc[to.i + 1], doc[to.i + 2]
    return aux.pos_ in ("AUX", "VERB") and negation.lower_ in ("n't", "n\u2019t")


def _subject_after(doc: Doc, to: Token) -> Token | None:
    """The first subject after ``to`` whose verb is finite and after it, when no verb and no
    punctuation come between."""
    for t in doc[to.i + 1 :]:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return None
        verb = t.head
        finite = "Fin" in verb.morph.get("VerbForm", [])
        if t.dep_ in SUBJECT_DEPS and verb.i > t.i and finite:
            return t
    return None


def verb_after_nominal_verb(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """'in order to *have* no longer *be* late': the verb the nominal frame gives a thing
    (``rewrite.nominal_verbs``: 'have') put before a verb phrase the tagger read as a noun
    phrase. After 'to have', only adverbs and negations before a base-form verb: the
    verb phrase had a verb of its own. The first of them a plain adverb ('no longer',
    'never'): a comparative opens the thing had ('to have *more* focus')."""
    if style.word_order == "v2":
        return []
    markers = {m.lower() for m in style.infinitive_markers}
    verbs = {v.lower() for v in style.nominal_verbs.values()}
    for t in doc[1:]:
        if t.lower_ not in verbs or t.nbor(-1).lower_ not in markers:
            continue
        after = next((u for u in doc[t.i + 1 :] if not _adverbial(u)), None)
        plain = t.i + 1 < len(doc) and t.nbor(1).tag_ == "RB"  # 'no', 'never'; not 'more'
        if after is not None and after.i > t.i + 1 and plain and _base_verb(after, style):
            return [Seam("two_finite", f"{t.text!r} before the verb {after.text!r}")]
    return []


def _adverbial(token: Token) -> bool:
    """An adverb or negation, by class or by tag ('*no* longer': a determiner tagged RB)."""
    return token.pos_ in ("ADV", "PART") or token.tag_.startswith("RB")


def _base_verb(token: Token, style: RewriteStyle) -> bool:
    """A verb's base form, or a noun by tag that is a verb by the dictionary ('no longer
    *miss* handovers')."""
    return token.tag_ == "VB" or (token.pos_ == "NOUN" and verb_like(token.lower_, "en", style))
