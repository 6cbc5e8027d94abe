"""Dutch: an act the writer named as a thing ('Opspannen van borduurwerk') turned into a
te-infinitive that keeps the thing's van-phrase: 'om op te spannen van borduurwerk'.

'X-en van Y' at the head of a phrase (the goal's start, after an article, a preposition, a
comma or a conjunction) is a verb-noun whose van-phrase is its object; as a verb the object
goes before it ('om borduurwerk op te spannen'), so 'te X van Y' reads broken. Verbs whose
own object is a van-phrase ('genieten van', 'leren van'; the pack's ``van_object_verbs``)
keep it after the infinitive and are left alone, and so does a range the 'van' opens ('door
te groeien van junior monteur naar allround monteur', the pack's ``range_openers``). The
same verb-nouns committed without
their article ('ga ik opspannen van borduurwerk') are the nominal-act seam's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Word classes after which a word heads a phrase (not a conjunction: 'kennis opdoen en
#: *toepassen* van de cao' joins two verbs).
_OPENERS = frozenset({"DET", "ADP", "PUNCT", "SYM"})


def named_acts(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> frozenset[str]:
    """The goal's verb-nouns with their van-phrase at the head of a phrase ('Opspannen van',
    'het afhandelen van'), less the verbs that take a van-object. After the infinitive
    marker ('te krijgen van') the form is a verb."""
    if goal.doc is None:
        return frozenset()
    verbs = {w.lower() for w in ctx.pack.words("van_object_verbs")}
    markers = {m.lower() for m in style.infinitive_markers}
    of, ending = style.named_act_preposition.lower(), ctx.pack.grammar.infinitive_ending
    if not of or not ending:
        return frozenset()
    ranges = {m.token_start for m in ctx.find(goal, "range_openers")}  # 'van X naar Y'
    found = set()
    for t in goal.doc[:-1]:
        heads = t.i == 0 or t.nbor(-1).pos_ in _OPENERS or _listed(t)
        heads = heads and not (t.i > 0 and t.nbor(-1).lower_ in markers)
        ranged = t.i + 1 in ranges  # 'Doorgroeien van junior naar senior': a step, no object
        if heads and t.nbor(1).lower_ == of and not ranged and _verb_noun(t, ending):
            found.add(t.lower_)
    return frozenset(f for f in found if not any(f.endswith(v) for v in verbs))


def _listed(token: Token) -> bool:
    """After a noun and a coordinator: the verb-noun is listed among things
    ('trillingsmetingen en *balanceren* van rotoren')."""
    return (
        token.i > 1 and token.nbor(-1).pos_ == "CCONJ" and token.nbor(-2).pos_ in ("NOUN", "PROPN")
    )


def nominal_purpose(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """'te X van' in the candidate where the goal named 'X-en van' as a thing. Only where
    the pack has van-object verbs (Dutch)."""
    of = style.named_act_preposition.lower()
    if not ctx.pack.words("van_object_verbs") or not of:
        return []
    acts = named_acts(goal, ctx, style)
    markers = {m.lower() for m in style.infinitive_markers}
    seams = []
    for t in doc[1:-1]:
        if t.lower_ not in markers or t.nbor(1).lower_ == of or t.i + 2 >= len(doc):
            continue
        verb = t.nbor(1)
        if doc[verb.i + 1].lower_ != of:
            continue
        before = t.nbor(-1).lower_ if t.nbor(-1).is_alpha else ""
        if {verb.lower_, before + verb.lower_} & acts:
            detail = f"the named act {verb.text!r} made a te-infinitive with its 'van'"
            seams.append(Seam("word_order", detail, (verb.lower_, of)))
    return seams


def _verb_noun(token: Token, ending: str) -> bool:
    """A form with the infinitive's ending (the pack's ``grammar.infinitive_ending``: -en),
    an infinitive here used as a noun."""
    lower = token.lower_
    return token.is_alpha and len(lower) > 4 and lower.endswith(ending)
