"""Dutch: two acts joined in one purpose clause, only one with its 'te'.

'om sneller werken aan de toonbank en klanten beter te adviseren': the purpose frame ends
its clause on 'te' + the goal's last verb, but the goal coordinated two acts, each with its
own words ('sneller werken aan de toonbank', 'klanten beter adviseren'). The first act's
infinitive stands without 'te' before the 'en' (or the last one after it: 'om sneller te
werken aan de toonbank en beter plannen'): each act needs its own ('om sneller te
werken ... en klanten beter te adviseren'), or a goal of its own. An infinitive that names
a thing (after an article, a preposition or a pronoun: 'om het plannen en ...') and a
conjunct of one word ('om plannen en organiseren te oefenen': two acts as the object of
one verb) are no such act. Verb-second languages with an infinitive marker only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import clause_from, purpose_opener
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext

#: Word classes before a verb-noun: an infinitive after them names a thing ('het plannen').
_NOUN_PHRASE = frozenset({"DET", "NUM", "ADP", "PRON"})


def te_on_last_act(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A purpose clause whose conjunct before 'en'/'of' ends an act on an infinitive with
    no 'te', while the 'te' comes after the join (module docstring)."""
    purpose = purpose_opener(style)
    if purpose is None:
        return []
    opener, marker = purpose
    seams: list[Seam] = []
    for t in doc:
        if t.lower_ != opener:
            continue
        clause = clause_from(doc, t.i + 1)
        join = next((u for u in clause if u.pos_ == "CCONJ" and not _truncated_before(u)), None)
        if join is None:
            continue
        first = [u for u in clause if u.i < join.i]
        rest = [u for u in clause if u.i > join.i]
        if len(first) < 2:
            continue
        if any(u.lower_ == marker for u in first):
            seams += _last_act_bare(rest, join, marker, ctx, style)
            continue
        if not any(u.lower_ == marker for u in rest):
            continue
        bare = next((u for u in first if _act(u, ctx, style)), None)
        if bare is not None:
            detail = f"{bare.text!r} without 'te' before {join.text!r} in the purpose clause"
            seams.append(Seam("lost_verb", detail, (bare.lower_, "te-first-act")))
    return seams


def _truncated_before(join: Token) -> bool:
    """'de vetgehalte- *en* pH-metingen': the join of two words sharing their last part, no
    two acts."""
    return join.i > 0 and join.doc[join.i - 1].text.endswith("-")


def _last_act_bare(
    rest: list[Token], join: Token, marker: str, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """The mirror: the first act has its 'te', the act after the join ends on an infinitive
    without one ('om sneller te werken aan de toonbank en beter plannen')."""
    words = [u for u in rest if not u.is_punct]
    if len(words) < 2 or any(u.lower_ == marker for u in words):
        return []
    bare = next((u for u in reversed(words) if _act(u, ctx, style)), None)
    if bare is None:
        return []
    detail = f"{bare.text!r} without 'te' after {join.text!r} in the purpose clause"
    return [Seam("lost_verb", detail, (bare.lower_, "te-last-act"))]


def _act(token: Token, ctx: RuleContext, style: RewriteStyle) -> bool:
    """An infinitive used as a verb: the dictionary knows it as one, no article or
    preposition before it."""
    if token.i > 0 and token.doc[token.i - 1].pos_ in _NOUN_PHRASE:
        return False
    grammar = ctx.pack.grammar
    return infinitive_evidence(token.lower_, ctx.pack.lang, grammar, style) is True
