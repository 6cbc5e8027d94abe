"""A sentence of a long text that tells how things are now, told of others: context.

Writers explain their goal with the situation at work, told in the present of the team,
the customers or the work: "We get a lot of requests for X and we now have to refuse
them.", "Klanten bellen vaak terug omdat de offerte niet klopt.", "The night shift
always leaves the dock full.". Such a sentence is no goal (JUDGING A: nobody commits to
anything in it): cut from a text of several goals and rewritten alone it became "By
[date], we will get a lot of requests ..." (a situation dated as a target). It stays as
written, with the goal after it (several.py holds the past and the writer's role alike).
Only after a goal: first in the text, "Grenzen stellen aan mijn bereikbaarheid." reads as a
plural told in the present too, but is the goal told short.

Read from the grammar only: every finite verb in the present indicative, none a modal, a
wish or a verb of going with a verb after it ("we gaan ... tellen", "going to": a plan;
"Soms gaat het mis" goes wrong), no subject the writer alone (the
first person singular: the writer's own state or step is for other readings), no
comparative (a change to reach: "De wachttijd wordt korter"), and no time but a frequency
("every day": how things go). An obligation ("we have to ...") is a situation only beside
a verb that tells one ("We get ... and we now have to refuse them"); alone ("We have to
cut waste.") it is an aim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.trends import trend_tokens
from smartcheck.reading.anatomy.verb_order import particle_verb_alone

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Word classes that head a noun phrase (a comparative before one is its attribute).
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def tells_present_situation(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> bool:
    """Does ``goal``, a sentence cut from a text of several, only tell how things are now
    at work, of others (see the module docstring)?"""
    doc = goal.doc
    if doc is None or goal.text.rstrip().endswith("?"):
        return False
    if any(e.kind != "recurring" for e in goal.deadlines):  # 'every day': how things go
        return False
    finite = [t for t in doc if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])]
    if not finite or not all(_present_statement(t) for t in finite):
        return False
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    if not any(_subject(t) for t in verbs):  # 'Kleurbepaling verbeteren.': a goal told short
        return False
    modals = {m.lower() for m in (*style.modals, *style.wish_modals, *style.weak_finite)}
    particles = frozenset(
        w.lower() for k in ("separable_particles", "double_particles") for w in ctx.pack.words(k)
    )
    going = style.going_verbs
    if any(
        t.lower_ in modals or t.tag_ == "MD" or _plan_of_going(t, going, particles) for t in doc
    ):
        return False
    trend = trend_tokens(doc, style)  # 'steeds meer', 'more and more': how it goes (trends.py)
    if any(_writer_alone(t) for t in doc) or any(_comparative(t) and t.i not in trend for t in doc):
        return False
    duties = {
        i for m in ctx.find(goal, "obligation_modals") for i in range(m.token_start, m.token_end)
    }
    return any(t.i not in duties and t.head.i not in duties for t in finite)


def _plan_of_going(token: Token, going: frozenset[str], particles: frozenset[str]) -> bool:
    """The verb of going with the verb of a plan after it ('we gaan ... tellen', 'going to
    count'); not going wrong ('Soms gaat het mis', 'Things often go wrong'): no verb follows,
    and a particle makes it another verb ('misgaan')."""
    if token.lemma_.lower() not in going or particle_verb_alone(token, particles):
        return False
    later = token.doc[token.i + 1 :]
    return any(c.dep_ == "xcomp" for c in token.children) or any(
        t.pos_ in ("VERB", "PART") for t in later
    )


def _present_statement(verb: Token) -> bool:
    """A finite verb in the present, not an imperative ('Be more careful': it asks). A verb
    with a subject of its own is told, whatever the tagger read ('the carriers send them
    back' tagged as an imperative)."""
    if "Past" in verb.morph.get("Tense", []):
        return False
    return _subject(verb) or (
        "Pres" in verb.morph.get("Tense", []) and "Imp" not in verb.morph.get("Mood", [])
    )


def _subject(verb: Token) -> bool:
    """Does ``verb`` have a subject of its own ('Customers bring in ...', which the tagger
    may read as an order; not 'Meer weten over X', whose 'meer' is no subject)? Not one of
    another number: in
    'Kleurbepaling verbeteren' the verb is an infinitive, the goal told short."""
    number = verb.morph.get("Number", [])
    return any(
        c.dep_.startswith("nsubj")
        and not (number and c.morph.get("Number", []) not in ([], number))  # 'X verbeteren'
        for c in verb.children
    )


def _comparative(token: Token) -> bool:
    """An adjective or adverb in the comparative ('korter', 'faster'); not a noun the tagger
    gave a degree ('supplier', even read as an adjective: 'the supplier' ends a noun phrase
    with it)."""
    if token.pos_ not in ("ADJ", "ADV") or "Cmp" not in token.morph.get("Degree", []):
        return False
    doc = token.doc
    after = doc[token.i + 1].pos_ if token.i + 1 < len(doc) else ""
    ends_phrase = token.i > 0 and doc[token.i - 1].pos_ == "DET" and after not in _NOMINAL
    return not ends_phrase


def _writer_alone(token: Token) -> bool:
    """The writer as a subject on their own: a first person singular pronoun ('I', 'ik')."""
    if token.pos_ != "PRON" or token.morph.get("Person", []) != ["1"]:
        return False
    if not token.dep_.startswith("nsubj"):
        return False
    if token.morph.get("Number", []):  # 'I': the pronoun tells its number
        return token.morph.get("Number", []) == ["Sing"]
    verbs = [token.head, *token.head.children]  # 'Ik ben ...': the finite verb tells it
    return any(
        "Fin" in v.morph.get("VerbForm", []) and v.morph.get("Number", []) == ["Sing"]
        for v in verbs
    )
