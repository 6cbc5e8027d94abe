"""A verb cut from between its own words: 'and also improve my Dutch' -> 'and also my Dutch',
'en ook mijn Engels verbeteren, zodat' -> 'en ook mijn Engels, met als bewijs ...'.

A step that takes out a vague verb (or a verb it read as a hedge) can leave the words on
both sides of it joined, so the verb's object now hangs on whatever came before: the
object of a second act joins the first act ('shadow the team and get better at X, and also
my Dutch'), and the measure still finds every content word but one. Judged on the words:
the goal has 'a V b' with V a content verb, the candidate has 'a b' (never written so) and
nowhere V; or, in a verb-final clause, the goal has 'object V' and the candidate ends a
clause on that object with V nowhere. A modal, an obligation ('dienen'), an auxiliary or a
verb of trying or wishing is no content verb: 'ik wil mijn diploma halen' -> 'ga ik mijn
diploma halen' takes the writer's wish, not her act. Nor is the verb of an existential
clause ('er moet een X komen'), which only says that a thing comes to be.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.reading.pipeline import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*|\d+")
_NOT_CONTENT_KEYS: tuple[LexiconKey, ...] = (
    "obligation_modals",
    "modal_verbs",
    "control_verbs",
    "auxiliary_verbs",
    "wish_verbs",
    "hedges",
)


def verb_cut_from_its_words(
    candidate: str, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """Where the goal's 'a V b' became 'a b', V gone from the candidate (the small parsers
    often hang b elsewhere, so its relation to V is not asked)."""
    if goal.doc is None:
        return []
    words = [w.lower() for w in _WORD.findall(candidate)]
    shown = set(words) | {lemma_of(w, goal.lang) for w in words}
    pairs = set(pairwise(words))
    not_content = {
        w.lower() for key in _NOT_CONTENT_KEYS for w in ctx.pack.words(key) if " " not in w
    }
    written = [t for t in goal.doc if t.is_alpha or t.like_num]
    said = set(pairwise(t.lower_ for t in written))
    # a word of the goal that ends a clause there ('... my Dutch.') may end one here too
    ending = {t.lower_ for t in goal.doc[:-1] if t.nbor(1).is_punct} | {goal.doc[-1].lower_}
    # the verb of an existential clause says only that a thing comes to be ('er moet een X
    # komen', 'there should be'): a rewrite that has the writer make the thing drops it
    existential = {w.lower() for w in style.existential_subjects}
    verb_final = style.word_order == "v2"  # Dutch: an infinitive after its object
    seams: list[Seam] = []
    for before, verb, after in zip(written, written[1:], written[2:], strict=False):
        if not _content_verb(verb, not_content) or _still_shown(verb, shown):
            continue
        if any(c.lower_ in existential for c in verb.children):  # 'er moet X komen'
            continue
        joined = (before.lower_, after.lower_)
        if joined in pairs and joined not in said:
            detail = f"{verb.text!r} cut from between {before.text!r} and {after.text!r}"
            seams.append(Seam("lost_verb", detail, (verb.lower_,)))
        elif verb_final and _object_now_ends(before, verb, ending, candidate):
            detail = f"{verb.text!r} cut after {before.text!r}"
            seams.append(Seam("lost_verb", detail, (verb.lower_,)))
    return seams


def _still_shown(verb: Token, shown: set[str]) -> bool:
    """The verb is in the candidate in some form: moved to the clause's end ('dat er X
    komt'), split from its particle ('om tijd in te bouwen' for 'inbouwen') or joined to it
    ('loopt terug' -> 'terugloopt')."""
    lemma = verb.lemma_.lower()
    return (
        verb.lower_ in shown
        or lemma in shown
        or any(len(w) > 2 and lemma.endswith(w) and lemma != w for w in shown if w.isalpha())
        or any(verb.lower_ in w for w in shown if len(verb.lower_) > 2)  # 'terugloopt'
    )


def _content_verb(token: Token, not_content: set[str]) -> bool:
    return (
        token.pos_ == "VERB"
        and token.lower_ not in not_content
        and token.lemma_.lower() not in not_content
    )


def _object_now_ends(token: Token, verb: Token, ending: set[str], candidate: str) -> bool:
    """``token`` ends the object of the infinitive ``verb`` right after it, in the order of a
    verb-final clause ('ook mijn Engels verbeteren, zodat'), and now ends a clause of the
    candidate ('en ook mijn Engels, met als bewijs ...'), which it never did in the goal."""
    ends_here = re.search(rf"\b{re.escape(token.lower_)}\s*[,.;!?]", candidate.lower())
    return (
        ends_here is not None
        and token.lower_ not in ending
        and token.i < verb.i
        and token.head == verb
        and token.dep_ in ("obj", "nsubj")  # an infinitive has no subject: a misread object
        and "Inf" in verb.morph.get("VerbForm", [])
    )
