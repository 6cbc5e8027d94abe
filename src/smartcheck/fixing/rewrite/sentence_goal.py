"""One sentence of a text read as its goal, the others kept as written: the last reading
before the structured fallback.

A goal is often told among sentences of context, feeling, history or remark, in shapes no
earlier step reads ("Kan ik de opleiding X volgen? Ik sta nu 4 jaar in Y.", "No more damage
when mooring. Last year we had 2 incidents."). When nothing read the text whole, a coach
still sees which sentence is the goal: the one that, rewritten on its own, reads as one
whole sentence. The others stay as the writer wrote them, in their place.

Which sentence is the goal: the only one that is no plain statement (a fragment, a wish,
an ask, an imperative), and not one the reading stage marked as context (anatomy/
situation.py). The others are kept as written, so each must be a statement (a subject and a
finite verb) that does not commit the writer (the writer as subject with a modal, a wish or
a hedge): a fragment beside the goal ("Better shelf labels.") or a second wish would be a
second goal left unrewritten, and a text of statements only is a problem told, no goal
among remarks. Such texts are left to the fallback. Only texts of two to four sentences: a
longer one is a list or a story, read elsewhere.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.style import style_for

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Most sentences a text may have for one of them to be read as its goal.
MOST_SENTENCES = 4
#: How far (in characters) a negation may stand from the wish it denies ('wil ik niet').
_NEAR = 8
#: Dependencies of a word that leans on its clause's verb ('*would* be', '*maybe* I could').
_ATTACHED = frozenset({"aux", "aux:pass", "advmod", "mark", "cop"})
#: A list marker that opens a line ('1.', '2)', '-', '•'): such lines are a list's items, no
#: sentences (the number's stop would end one).
_LIST_MARK = re.compile(r"\s*(?:\d{1,2}[.)]|[-\u2022*\u2013])\s")
#: What makes a sentence the writer's own goal, with the writer as its subject.
_OWN_KEYS: tuple[LexiconKey, ...] = ("modal_verbs", "wish_verbs", "hedges")


def sentence_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The character spans of the goal text's sentences (two to four), or nothing."""
    text = goal.text
    if sum(bool(_LIST_MARK.match(line)) for line in text.splitlines()) >= 2:
        return []  # '1. X (a, b)\n2. Y': a list's lines, each a goal (list_lines.py)
    cuts = [0, *sentence_ends(text, style.abbreviations), len(text)]
    spans = [(a, b) for a, b in pairwise(cuts) if any(ch.isalpha() for ch in text[a:b])]
    return spans if 2 <= len(spans) <= MOST_SENTENCES else []


def goal_candidates(goal: Goal, ctx: RuleContext, spans: list[tuple[int, int]]) -> list[int]:
    """The sentence (an index into ``spans``, at most one) to read as the goal: the only
    one that is no plain statement (a fragment, a wish, an ask, an imperative), when every
    other is a statement that does not commit the writer, and it is not marked as context;
    nothing when two sentences could be goals or none is."""
    style = style_for(ctx)
    pointers = style.pointing_objects if style is not None else frozenset()
    plain = [
        _statement(goal, span)
        and not commits_writer(goal, ctx, span)
        and not _duty(goal, ctx, span, pointers)
        for span in spans
    ]
    goals = [n for n, flag in enumerate(plain) if not flag]
    if len(goals) == 2 and _topic_named(goal, spans, goals[0], goals[1], pointers):
        goals = goals[1:]  # 'Customs paperwork - CITES. I want to understand this.': a label
    if len(goals) != 1:
        return []  # two goals (a split, a list of fragments) or only statements (a problem)
    a, b = spans[goals[0]]
    if any(c.start < b and a < c.end for c in goal.syntax.context):
        return []
    return goals


def commits_writer(goal: Goal, ctx: RuleContext, span: tuple[int, int]) -> bool:
    """Does the sentence at ``span`` have the writer as a subject and a modal, wish or hedge
    ('Ik wil graag ...', 'I should ...', 'maybe I could ...'), not negated? A wish the writer
    denies with no act of its own ('..., dat wil ik niet meer', "I don't want that
    anymore") rejects the habit told before it: the goal said the other way round, no goal
    of its own; with an act ('Ik wil nooit meer X vergeten') it is a goal."""
    start, end = span
    writers = [m.start for m in ctx.find(goal, "first_person_subject") if start <= m.start < end]
    own = [
        m
        for k in _OWN_KEYS
        for m in ctx.find(goal, k)
        if start <= m.start < end and _writer_clause(goal, m.start, writers, k == "hedges")
    ]
    if not writers or not own:
        return False
    denied = [n for n in ctx.find(goal, "negations") if start <= n.start < end]
    if not all(any(abs(n.start - m.end) <= _NEAR for n in denied) for m in own):
        return True
    # 'Ik wil nooit meer een val vergeten': a goal told with an absolute, its own act
    return _act_after(goal, min(m.end for m in own), end)


def _writer_clause(goal: Goal, at: int, writers: list[int], hedge: bool) -> bool:
    """Is the writer the subject of the clause the modal, wish or hedge at character ``at``
    belongs to ('*I'd* like to ...', 'Maybe *I* could ...')? A ``hedge`` of opinion looks
    into the clause it opens, with a subject of its own: in 'I think *it* would be good for
    my development' the modal is the thing's, the writer only judges it, no goal of the
    writer's ('Ik wil dat het team ...' is still the writer's wish). Without a parse, any
    writer in the sentence counts."""
    doc = goal.doc
    word = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None) if doc else None
    if word is None:
        return bool(writers)
    verb = word.head if word.dep_ in _ATTACHED else word
    if word.dep_ == "nsubj":  # 'I think', 'ik denk': the hedge matched from its subject
        verb = word.head
    opened = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and any(s.dep_.startswith("nsubj") for s in c.children)
    ]
    if hedge and opened and not any(c.dep_ == "xcomp" for c in verb.children):
        verb = opened[0]  # 'I think [it would be good]': the opinion's own clause, own subject
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if not subjects and verb.dep_ in ("xcomp", "conj"):
        subjects = [c for c in verb.head.children if c.dep_.startswith("nsubj")]
    return any(c.idx in writers for c in subjects)


def _topic_named(
    goal: Goal, spans: list[tuple[int, int]], first: int, then: int, pointers: frozenset[str]
) -> bool:
    """Is sentence ``first`` a topic named without a verb ('Customs and paperwork - CITES,
    ATA carnets.', 'Allergenen en etikettering.') and sentence ``then``, right after it,
    an act that points back at it with a pronoun object, a demonstrative or one of the
    pack's ``pointing_objects`` ('I want to understand *this*', 'learn *it* by heart', 'Ik
    wil *dit* goed begrijpen')? The topic is the goal's label, kept as written."""
    doc = goal.doc
    if doc is None or then != first + 1:
        return False
    a, b = spans[first]
    if goal.text[a:b].rstrip().endswith("?"):
        return False
    topic = [t for t in doc if a <= t.idx < b and not t.is_punct]
    if not topic or any(t.pos_ in ("VERB", "AUX") for t in topic):
        return False
    a, b = spans[then]
    return any(
        a <= t.idx < b
        and t.pos_ == "PRON"
        and t.dep_ in ("obj", "obl", "iobj")
        and ("Dem" in t.morph.get("PronType", []) or t.lower_ in pointers)
        for t in doc
    )


def _act_after(goal: Goal, start: int, end: int) -> bool:
    """Is there an infinitive between ``start`` and ``end`` (the act a wish is for)?"""
    doc = goal.doc
    return doc is not None and any(
        start <= t.idx < end and "Inf" in t.morph.get("VerbForm", []) for t in doc
    )


def _duty(
    goal: Goal, ctx: RuleContext, span: tuple[int, int], pointers: frozenset[str] = frozenset()
) -> bool:
    """Does the sentence at ``span`` lay a duty (the pack's ``obligation_modals``: 'We have
    to cut waste', 'Er moet ...')? A duty is a goal of its own, whoever it binds; not one
    whose subject only points back at the goal's thing (the pack's ``pointing_objects``:
    '..., Pieter says *it should* be half a day max', '*Het moet* binnen een uur kunnen'):
    that tells the goal's target, a remark beside it."""
    start, end = span
    duties = [m for m in ctx.find(goal, "obligation_modals") if start <= m.start < end]
    if any(start <= m.start < end for m in ctx.find(goal, "absolutes")):
        return bool(duties)  # 'Dat moet gewoon altijd goed gaan': a standard, no target told
    return any(not _points_back(goal, m.start, pointers) for m in duties)


def _points_back(goal: Goal, at: int, pointers: frozenset[str]) -> bool:
    """Is the subject of the duty at character ``at`` a pronoun of ``pointers`` ('it',
    'het'), the only subject of its clause, and the clause no passive?"""
    doc = goal.doc
    word = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None) if doc else None
    if word is None or not pointers:
        return False
    verb = word.head if word.dep_ in _ATTACHED else word
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return False  # 'it should be done in one': a duty laid on no one (A002)
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    return len(subjects) == 1 and subjects[0].pos_ == "PRON" and subjects[0].lower_ in pointers


def _statement(goal: Goal, span: tuple[int, int]) -> bool:
    """Is the sentence at ``span`` a plain statement: a subject and a finite verb, and no
    question ('Last year we had 2 incidents.', 'Ik sta nu 4 jaar in de straalcabine.')? A
    fragment ('Better shelf labels.', 'Sneller werken.') is a goal in a note's shape."""
    start, end = span
    if goal.doc is None or goal.text[start:end].rstrip().endswith("?"):
        return False
    roots = [t for t in goal.doc if start <= t.idx < end and not start <= t.head.idx < end]
    roots += [t for t in goal.doc if start <= t.idx < end and t.head.i == t.i]
    return any(_finite_clause(root) for root in roots)


def _finite_clause(root: Token) -> bool:
    """Is ``root`` the head of a clause: a subject of its own and a verb (the root's, an
    auxiliary's or a copula's; a Dutch stem the tagger calls a noun shows by its particle:
    'Als het druk is *klap* ik *dicht*'; a word with a clause it tells), finite or at
    least no bare infinitive or participle? A verb inside a relative clause ('Less
    complaints about the mess *we leave*') is no root, so it makes no statement of the
    fragment."""
    subject = any(c.dep_.startswith("nsubj") or c.dep_ == "expl" for c in root.children)
    helpers = [c for c in root.children if c.dep_ in ("aux", "aux:pass", "cop")]
    particle = any(c.dep_ == "compound:prt" for c in root.children)
    # a word with a subject and a clause of its own is a verb, whatever its tag ('My boss
    # *thinks* it saves money': the tagger's plural noun)
    told = any(c.dep_ == "ccomp" for c in root.children)
    verbal = root.pos_ in ("VERB", "AUX") or bool(helpers) or particle or told
    forms = [f for v in (root, *helpers) for f in v.morph.get("VerbForm", [])]
    bare = "Fin" not in forms and any(f in ("Inf", "Part") for f in forms)
    return subject and verbal and not bare and not _aim_told(root) and not _unagreed(root)


def _unagreed(root: Token) -> bool:
    """Is ``root`` an infinitive the tagger took for a plural finite verb, its object for a
    singular subject ('*Decorschilderen verbeteren* (marmer, ...).', '*Glasblazen oefenen*.',
    'Houtsnijwerk *leren*.')? A plural verb in the form of its lemma cannot agree with a
    singular subject, nor with a verbal noun the tagger called plural (its lemma is its own
    form: 'Glasblazen', where 'klanten' has 'klant'): the sentence is a goal in a note's
    shape, no statement ('Klanten klagen.' agrees and states)."""
    subjects = [c for c in root.children if c.dep_.startswith("nsubj")]
    if not subjects or "Plur" not in root.morph.get("Number", []):
        return False
    if root.lower_ != root.lemma_.lower():
        return False
    return all(_singular_noun(s) for s in subjects)


def _singular_noun(token: Token) -> bool:
    """A noun that is singular, by its tag or (a verbal noun tagged plural) by a lemma that
    is its own form."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    number = token.morph.get("Number", [])
    return "Sing" in number or ("Plur" in number and token.lower_ == token.lemma_.lower())


def _aim_told(root: Token) -> bool:
    """Does the clause tell an aim with an infinitive ('My goal is *to be* better at X',
    'Mijn doel is om beter te *worden* in X', 'My plan is to *shadow* Piet')? A goal in the
    shape of a statement, no remark beside one."""
    helpers = [c for c in root.children if c.dep_ in ("aux", "aux:pass")]
    if any("Fin" in h.morph.get("VerbForm", []) for h in helpers):
        return False  # "I don't want that": the root's infinitive after a finite helper
    clausal = ("aux", "aux:pass", "csubj", "xcomp", "ccomp")
    infinitives = [root, *(c for c in root.children if c.dep_ in clausal)]
    return any("Inf" in v.morph.get("VerbForm", []) for v in infinitives)
