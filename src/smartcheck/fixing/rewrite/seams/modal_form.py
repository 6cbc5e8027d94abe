"""A gerund or a past where a modal wants the bare verb: 'By [date], I will shadowing the
night shift', 'I will mastered the new tool'.

A goal or a line of one can name its act as a gerund ('Maybe shadowing the night shift?',
'Coaching new starters'). A frame that puts the act after the writer's modal ('I will
{act}') keeps the gerund, and the sentence loses its tense: after 'will', 'can' or 'should'
English takes the bare verb ('I will shadow'), and an -ing form only after an auxiliary of
its own ('I will be shadowing', 'I will keep learning'). The small tagger, fooled by the
modal, calls the gerund a bare verb, so the form is read from the word: an -ing word the
dictionary leads back to another verb ('shadowing' -> 'shadow'), not a word that only ends
so ('bring', 'string'). Languages without a gerund ending (Dutch) have no such seam.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.reading.pipeline import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext

#: Words that may stand between a modal and its verb ('will *also* shadow', 'will *not*').
_BETWEEN = frozenset({"ADV", "PART"})


def gerund_after_modal(doc: Doc, ctx: RuleContext) -> list[Seam]:
    """Each modal whose verb (after any adverbs) is a gerund: a seam of kind
    ``lost_tense``."""
    ending = ctx.pack.grammar.gerund_ending
    if not ending:
        return []
    seams = []
    for token in doc:
        if token.tag_ != "MD":
            continue
        verb = _verb_after(token)
        if verb is None:
            continue
        if _gerund(verb.lower_, ending, doc.lang_) or verb.tag_ == "VBD":  # or 'will mastered'
            seams.append(Seam("lost_tense", f"{verb.text!r} after {token.text!r}", (verb.lower_,)))
    return seams


def _verb_after(modal: Token) -> Token | None:
    """The first word after ``modal`` that is no adverb or particle."""
    for token in modal.doc[modal.i + 1 :]:
        if token.pos_ not in _BETWEEN:
            return token
    return None


def _gerund(word: str, ending: str, lang: str) -> bool:
    """An -ing form of another verb ('shadowing'), not a verb that ends so ('bring')."""
    return word.endswith(ending) and lemma_of(word, lang) != word
