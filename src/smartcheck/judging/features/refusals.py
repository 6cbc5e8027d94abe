"""The writer refusing the goal: "Een cursus Duits volgen, dat wil ik eigenlijk niet.", "Take
a German course, which I don't really want." (JUDGING A: the writer owns the goal).

A refusal is the writer's wish verb (the pack's ``wish_verbs``) with the writer as subject
and a negation (``negations``) on it, whose object is only a pointer back to the goal
("dat", "that", "which") or nothing at all ("..., but I don't want to."). A negated wish
with an act of its own ("Ik wil niet meer te laat komen", "I don't want to make mistakes")
is a goal told as what the writer avoids, no refusal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Dependencies of what a wish verb wants: an object, a clause or an infinitive.
_WANTED = ("obj", "dobj", "xcomp", "ccomp", "nsubj:pass")


def refused_wishes(goal: Goal, ctx: RuleContext) -> list[tuple[int, int]]:
    """Character spans (from the wish verb to its negation, in text order) of every wish
    the writer refuses in the goal."""
    doc = goal.doc
    if doc is None:
        return []
    wishes = {w.lower() for w in ctx.pack.words("wish_verbs")}
    negations = {w.lower() for w in ctx.pack.words("negations")}
    writers = {w.lower() for w in ctx.pack.words("first_person_subject")}
    found: list[tuple[int, int]] = []
    speaking = [t for t in doc if t.lower_ in writers and t.dep_.startswith("nsubj")]
    owners = [t.i for t in speaking if _owns(t, negations)][:2]  # two tell one other
    clauses = _clause_numbers(doc)
    denials: dict[int, list[Token]] = {}
    for t in doc:
        if t.lower_ in negations:
            denials.setdefault(clauses[t.i], []).append(t)
    for token in speaking:
        verb = token.head
        wish = _wish_of(verb, wishes)
        if wish is None or verb.dep_.startswith("aux"):
            continue  # 'Ik *wil* ... leren': the wish an auxiliary of the act wanted
        group = _wish_group(wish)
        negation = next((t for t in denials.get(clauses[token.i], ()) if _negates(t, group)), None)
        if negation is None or _wants_an_act(verb, wish):
            continue
        if any(o != token.i for o in owners):
            continue  # 'Ik wil X zelf doen, nu doet de chef het. Dat wil ik niet langer.'
        support = [c for c in verb.children if c.dep_.startswith("aux") and c.i != wish.i]
        words = sorted((wish, negation, *support), key=lambda t: t.i)  # "don't really want"
        found.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return found


#: How a clause of its own hangs on another: a negation inside one is not the wish's.
_CLAUSES = ("advcl", "conj", "ccomp", "xcomp", "acl", "acl:relcl", "relcl", "parataxis", "csubj")


def _wish_group(wish: Token) -> set[int]:
    """The positions of the wish verb and the words the parser fixed it with ('dat wil ...
    niet' read as one expression: the negation then hangs on the group's head)."""
    head = wish.head if wish.dep_ == "fixed" else wish
    return {wish.i, head.i, *(c.i for c in head.children if c.dep_ == "fixed")}


def _negates(negation: Token, group: set[int]) -> bool:
    """Does the negation belong to the wish's clause: on the wish (or its fixed group), or
    on a word that hangs on it, never inside a clause of its own ('..., maar weet nog *niet*
    hoe', '... zodat ik *niet* ... hoef te bellen')?"""
    token = negation
    while token.i not in group:
        if token.dep_ in _CLAUSES or token.head.i == token.i:
            return False
        token = token.head
    return True


def _owns(subject: Token, negations: set[str]) -> bool:
    """Is ``subject`` the writer in a main clause, not negated ('Ik wil de weekplanning
    zelf maken ...')? Beside such a clause, a refusal points back at the situation the
    writer told, not at the goal."""
    verb = subject.head
    clause = verb
    while clause.dep_ in ("conj", "parataxis", "fixed") or clause.dep_.startswith("aux"):
        if clause.head.i == clause.i:
            break
        clause = clause.head
    main = clause.dep_ == "ROOT"
    negated = any(c.lower_ in negations for c in verb.children)
    return main and not negated


def _clause_numbers(doc: Doc) -> list[int]:
    """For each token, the number of the stretch between punctuation marks (or sentence
    starts) it stands in: the clause the writer speaks in, however the parser hung its
    words ('dat wil ik eigenlijk niet' is read as one fixed expression with the negation
    under an adverb). One pass over the Doc, so a long goal costs no more per word."""
    numbers: list[int] = []
    current = 0
    for t in doc:
        if t.is_punct or (t.is_sent_start and t.i):
            current += 1
        numbers.append(current)
    return numbers


def _wish_of(verb: Token, wishes: set[str]) -> Token | None:
    """The wish verb of the writer's clause: the verb itself or its auxiliary."""
    if verb.lemma_.lower() in wishes:
        return verb
    return next(
        (c for c in verb.children if c.dep_.startswith("aux") and c.lemma_.lower() in wishes),
        None,
    )


def _wants_an_act(verb: Token, wish: Token) -> bool:
    """Does the wish govern something wanted of its own, more than a pointer back ('dat',
    'that', 'which', 'it') or a bare 'to'? Then it is a goal told as what the writer avoids
    ('Ik wil niet meer te laat komen'), or the wish is an auxiliary of another act."""
    if wish.i != verb.i:
        return True  # 'Ik wil niet (meer) te laat komen': the wish an auxiliary of an act
    for child in verb.children:
        if child.dep_ not in _WANTED:
            continue
        if child.pos_ == "PRON" and not any(True for _ in child.children):
            continue  # 'dat wil ik niet', 'which I don't want'
        if child.pos_ == "PART" or child.lower_ == "to":
            continue
        return True
    return False
