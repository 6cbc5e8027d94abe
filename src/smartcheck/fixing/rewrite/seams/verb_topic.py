"""A verb made the topic of the behaviour asked for ('I will [concrete behaviour] for
*improve* OEE of line 3', 'ga ik voor *verbeteren* van ... [concreet gedrag]').

A goal told as a verb phrase with its subject left out ('improve OEE of line 3') is read
now and then as a bare topic: the frame puts it after the domain preposition (the pack's
``frames.domain``: 'for {topic}', 'voor {topic}'), where a bare verb cannot stand: the
writer's own act lost as a thing. A gerund ('for improving') or an article ('voor het
verbeteren') makes it a noun and is fine; a verb in its base form, which the goal opens
with (its verbs of improving and of learning: the pack's ``vague_outcome`` and
``learning_verbs``) or the tagger reads as one, or (languages with an infinitive ending)
a word the dictionary shows to be an infinitive, is a seam.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.reading.pipeline import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext

#: Lexicon keys whose entries open with a verb a goal may open with.
_OPENING_VERBS: tuple[LexiconKey, ...] = ("vague_outcome", "learning_verbs")


def verb_as_domain(doc: Doc, goal: str, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """The domain frame's preposition right before a verb in its base form, where the goal
    (``goal``: its text) has no such pair of its own ('de buffetten voor feesten') and the
    word is no first part of a compound ('for work-life balance')."""
    head = style.frames.domain.split("{topic}")[0].strip().split(" ")[-1].lower()
    if not head:
        return []
    verbs = _opening_verbs(ctx)
    told = " ".join(goal.lower().split())
    seams: list[Seam] = []
    for t in doc[:-1]:
        after = t.nbor(1)
        if t.lower_ != head or not after.is_alpha or f"{head} {after.lower_}" in told:
            continue
        if after.i + 1 < len(doc) and not after.whitespace_ and doc[after.i + 1].text == "-":
            continue
        if _bare_verb(after, verbs, ctx, style):
            detail = f"a verb as the topic: {t.text} {after.text}"
            seams.append(Seam("lost_verb", detail, (after.lower_,)))
    return seams


def _opening_verbs(ctx: RuleContext) -> frozenset[str]:
    """The one-word entries of the pack's verbs a goal opens with that are their own lemma:
    not a comparative among them ('fitter', 'healthier', 'better' in 'get better')."""
    lang = ctx.pack.lang
    words = {w.lower() for k in _OPENING_VERBS for w in ctx.pack.words(k) if " " not in w}
    return frozenset(w for w in words if lemma_of(w, lang).lower() == w)


def _bare_verb(word: Token, verbs: frozenset[str], ctx: RuleContext, style: RewriteStyle) -> bool:
    """``word`` is a verb in its base form (see the module docstring)."""
    if word.lower_ in verbs or word.tag_ == "VB":
        return True
    grammar = ctx.pack.grammar
    return bool(grammar.infinitive_ending) and (
        infinitive_evidence(word.lower_, ctx.pack.lang, grammar, style) is True
    )
