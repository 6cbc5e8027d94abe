"""Dutch: a clause in main-clause order after a word that opens a subordinate clause.

After 'dat', 'omdat', 'zodat', 'als' the verbs go last ('dat ik het op vrijdag stuur'). A
finite verb right after the opener with its subject behind it ('dat stuur ik') is main-clause
order: either a template embedded the writer's main clause ('zorg ik ervoor dat stuur ik
...'), or it split off the demonstrative 'dat' of one ('dat stuur ik' = 'that I send'). The
writer's own clause, standing alone after the same word as they wrote it (a comma, 'en',
'dus'), reads whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import finite_by_stem, is_finite
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.anatomy.infinitives import stem_infinitives
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


#: What the tagger may call a Dutch verb stem right before its subject ('maak', 'controleer');
#: never an adjective ('hoe goed ik luister' is in order).
_VERB_SLOT = ("VERB", "AUX", "NOUN")


def _openers(ctx: RuleContext, style: RewriteStyle) -> frozenset[str]:
    """Every conjunction of the pack that opens a clause whose verbs go last."""
    words = {*ctx.pack.words("subordinators"), *style.clause_openers, *style.reason_openers}
    return frozenset(w.lower() for w in words if " " not in w)


def _opens(t: Token, openers: frozenset[str], style: RewriteStyle) -> bool:
    """A conjunction, or a relative word the tagger reads as one or as a pronoun ('dat',
    'die'); not a question word with its modifier ('hoe goed', 'welke dag')."""
    if t.lower_ in openers:
        return True
    relative = {w.lower() for w in style.relativizers}
    return t.lower_ in relative and t.pos_ in ("SCONJ", "PRON")


def _inverted(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[tuple[Token, str]]:
    """Each opener followed by a finite verb and then a subject pronoun, with its words."""
    subjects = {w.lower() for w in ctx.pack.words("subject_pronouns")}
    openers = _openers(ctx, style)
    found: list[tuple[Token, str]] = []
    for t in doc[: max(len(doc) - 2, 0)]:
        verb, subject = doc[t.i + 1], doc[t.i + 2]
        if subject.lower_ not in subjects or not verb.is_alpha or not _opens(t, openers, style):
            continue
        # between an opener and a subject pronoun only a verb can stand ('dat maak we'),
        # whatever the tagger calls a bare stem; an adverb may ('zodat ook ik')
        if verb.pos_ in _VERB_SLOT or is_finite(verb) or finite_by_stem(verb) or _stem(verb):
            found.append((t, f"{t.lower_} {verb.lower_} {subject.lower_}"))
    return found


def _stem(token: Token) -> bool:
    """A bare stem the tagger called an adverb ('controleer'): a verb's in the dictionary."""
    return token.pos_ == "ADV" and any(
        known_word(v, lang="nl") for v in stem_infinitives(token.lower_)
    )


def _stands_alone(t: Token) -> bool:
    """Whether the opener begins a clause of its own: at the start, after a mark, 'en' or
    an adverb that links clauses ('..., dus dat word ik')."""
    return t.i == 0 or t.nbor(-1).is_punct or t.nbor(-1).pos_ in ("CCONJ", "ADV")


def main_order_embedded(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """An opener with main-clause order after it ('zorg ik ervoor dat stuur ik'), unless it
    is the writer's own main clause ('dat stuur ik') standing alone as they wrote it."""
    if style.word_order != "v2":
        return []
    own = goal.doc
    written = {(words, _before(t)) for t, words in _inverted(own, ctx, style)} if own else set()
    return [
        Seam("word_order", f"main-clause order after {t.text!r}: {words!r}", (words,))
        for t, words in _inverted(doc, ctx, style)
        if (words, _before(t)) not in written or not _stands_alone(t)
    ]


def _before(t: Token) -> str:
    """The word before the opener as written ('', ',', 'dus'): the writer's clause keeps it."""
    return t.nbor(-1).lower_ if t.i > 0 else ""
