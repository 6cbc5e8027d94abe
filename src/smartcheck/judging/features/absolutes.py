"""Absolute demands a goal makes ("nooit meer", "to zero"), not the writer's past told with an
absolute word ("Ik heb nog nooit geprogrammeerd", "I have never led a team"): that is where
the writer starts (the pack's ``past_experience``), no standard the goal sets: the rewrite
bounds only these. Nor an absolute in the goal's purpose clause ("so I don't have to do
everything by hand", "zodat ik niet alles zelf hoef te doen"): it tells why, the result
wanted, not the behaviour the writer commits to. (R001 still flags an absolute word in the
past: on the development goals it is the only thing that fails one goal that is unrealistic
for another reason.)

Nor is an absolute an approximator softens ("bijna alles", "almost always") or a negation
makes partial ("niet alles", "not always"), nor one that
describes the habit the writer quits ("stop doing everything in
spreadsheets", "niet langer altijd ja zeggen"; the pack's ``quitting``): neither R001 nor the
rewrite treats it as a demand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.judging.context import RuleContext
from smartcheck.reading.goal import Goal
from smartcheck.reading.lexicon import LexiconMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def demanded_absolutes(goal: Goal, ctx: RuleContext) -> list[LexiconMatch]:
    """The pack's ``absolutes`` in the goal (a zero only before what it counts), outside a
    phrase of past experience, outside the writer's own purpose (:func:`own_purposes`) and
    outside a question for the cause of how things are (:func:`cause_questions`) and outside
    a relative clause that tells what others do (:func:`outside_relatives`)."""
    past = ctx.find(goal, "past_experience")
    spans = [(p.start, p.end) for p in past] + own_purposes(goal, ctx)
    spans += cause_questions(goal, ctx)
    found = outside_relatives(goal, ctx, ctx.find(goal, "absolutes"))
    return quit_habits(
        goal,
        ctx,
        [
            m
            for m in outside_states(goal, ctx, exact(goal, ctx, counted_zeros(goal, ctx, found)))
            if not any(start <= m.start and m.end <= end for start, end in spans)
        ],
    )


def outside_relatives(
    goal: Goal, ctx: RuleContext, found: list[LexiconMatch]
) -> list[LexiconMatch]:
    """``found`` without the absolutes inside a relative clause that tells what others do
    ("patients who may *never* leave", "clients who *never* got a diploma", "klanten die
    *nooit* op tijd betalen"): the clause describes the people the goal is about, no
    standard the writer sets. A relative clause of being ("reports that are *always*
    error-free") states the standard of the thing, and the writer's own ("the forms I
    *always* forget") tells the writer's habit, which other readings judge."""
    doc = goal.doc
    if not found or doc is None:
        return found
    writer = {w.start for w in ctx.find(goal, "first_person_subject")}
    people = {p.start for p in ctx.find(goal, "person_relatives")}
    kept = []
    for m in found:
        token = next((t for t in doc if t.idx >= m.start), None)
        clause = None if token is None else _relative_clause(token)
        if clause is not None and _others_act(clause, writer, people):
            continue
        kept.append(m)
    return kept


def _others_act(clause: Token, writer: set[int], people: set[int]) -> bool:
    """The relative clause headed by ``clause`` tells what people do: its subject is a
    relative pronoun of people (the pack's ``person_relatives``: 'who', 'die'), it has no
    copula ('die altijd foutloos zijn' states the standard of a thing) and the writer is not
    its subject. The tagger's word class of the clause's head is not trusted ('who never
    *open* their post' is read as an adjective)."""
    children = list(clause.children)
    if any(c.dep_ == "cop" for c in children):
        return False
    subjects = [c for c in children if c.dep_.startswith("nsubj")]
    return bool(subjects) and all(c.idx in people and c.idx not in writer for c in subjects)


def _relative_clause(token: Token) -> Token | None:
    """The head of the relative clause ``token`` stands in, if any."""
    return next((a for a in [token, *token.ancestors] if a.dep_ in ("acl:relcl", "relcl")), None)


def cause_questions(goal: Goal, ctx: RuleContext) -> list[tuple[int, int]]:
    """The sentences of the goal that ask for a cause (the pack's ``cause_questions`` at
    their start, a question mark at their end: 'Why are check-outs always chaos on
    Fridays?'): the situation complained of, whose absolutes demand nothing."""
    text = goal.text
    spans = []
    for m in ctx.find(goal, "cause_questions"):
        start = max(text.rfind(c, 0, m.start) for c in ".!?\n") + 1
        if text[start : m.start].strip():
            continue  # the question word inside a sentence ('..., I know why', 'weet waarom')
        stops = [i for i in (text.find(c, m.end) for c in ".!?\n") if i >= 0]
        end = min(stops, default=-1)
        if end >= 0 and text[end] == "?":
            spans.append((start, end + 1))
    return spans


def outside_cause_questions(
    goal: Goal, ctx: RuleContext, found: list[LexiconMatch]
) -> list[LexiconMatch]:
    """``found`` without the absolutes of a question for a cause (:func:`cause_questions`)."""
    spans = cause_questions(goal, ctx)
    return [m for m in found if not any(a <= m.start and m.end <= b for a, b in spans)]


def own_purposes(goal: Goal, ctx: RuleContext) -> list[tuple[int, int]]:
    """The goal's purpose clauses that open with a marker of the pack (``purpose_markers``)
    and have the writer as their subject right after it ("so I don't have to do everything by
    hand", "zodat ik niet altijd een collega hoef te bellen"): the relief the writer wants,
    no standard of the goal. A result without the writer ("zodat er nooit meer fouten
    zijn") is the standard itself, and a means the reading stage calls a purpose ("by
    building a playbook and using it every time") opens with no such marker."""
    markers = ctx.find(goal, "purpose_markers")
    writer = [w.start for w in ctx.find(goal, "first_person_subject")]
    spans = []
    for c in goal.syntax.clauses:
        opener = next((m for m in markers if m.start == c.start), None)
        if c.kind != "purpose" or opener is None:
            continue
        head = goal.text[opener.end : c.end]
        gap = len(head) - len(head.lstrip())
        if any(opener.start < w <= opener.end + gap for w in writer):
            spans.append((c.start, c.end))
    return spans


def relieved(goal: Goal, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """``found`` without the absolutes of a duty the writer's own purpose wants gone ("so
    that I never have to call my manager", "so I don't have to call the office every time",
    "zodat ik ... kan doen zonder dat de chef alles moet nalopen"): an absolute in
    :func:`own_purposes` with an obligation modal in the purpose (the pack's
    ``obligation_modals``) is the relief wanted, no standard. A standard the purpose sets
    ("so I can print the labels flawlessly", "zodat ik de afsluiting zonder fouten kan
    doen") has no such duty: R001 still flags it and the rewrite bounds it (docs/rewrites.md
    item 77)."""
    duties = [d.start for d in ctx.find(goal, "obligation_modals")]
    spans = own_purposes(goal, ctx)
    return [
        m
        for m in found
        if not any(
            s <= m.start and m.end <= e and any(s <= d < e for d in duties) for s, e in spans
        )
    ]


def outside_states(goal: Goal, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """``found`` without the absolutes in a later piece that tells the writer's present
    state ("improve my time management, i'm always behind on the schedule", "beter plannen,
    ik loop altijd achter met de bestellijsten"): a piece after a comma that follows the
    goal's verb, with the writer as subject and no modal, that has no verb of a goal of its
    own or names a present problem (the pack's ``present_problems``). It says where the
    writer starts, no standard the goal sets. So does such a piece that opens with a word of
    the present (the pack's ``situation_markers``: "..., nu moet ik altijd wachten tot ...",
    "..., right now I always have to wait for ..."), even with its duty: the duty is how things
    are now, the reason for the goal. A piece before the goal can tell it too
    (:func:`states_before`)."""
    found = later_situations(goal, ctx, states_before(goal, ctx, found))
    if not found:
        return found
    verbs = [v.start for v in goal.syntax.goal_verbs]
    writer = [w.start for w in ctx.find(goal, "first_person_subject")]
    modal = [x.start for k in ("modal_verbs", "hedges") for x in ctx.find(goal, k)]
    problems = [p.start for p in ctx.find(goal, "present_problems")]
    situations = ctx.find(goal, "situation_subjects")
    present = {p.start for p in ctx.find(goal, "situation_markers")}
    # the verb of "het is", "there is" is the situation's own, never a goal's
    free_verbs = [v for v in verbs if not any(s.start <= v < s.end for s in situations)]
    kept = []
    for m in found:
        start = max((n for n, c in enumerate(goal.text[: m.start]) if c in ",;"), default=-1)
        ends = [n for n, c in enumerate(goal.text) if c in ",;." and n > m.end]
        piece = range(start + 1, ends[0] if ends else len(goal.text))
        after_goal = start >= 0 and any(v < start for v in verbs)
        own = any(v in piece for v in verbs) and not any(p in piece for p in problems)
        told = any(w in piece for w in writer) and not any(x in piece for x in modal)
        if after_goal and _opens_with(goal.text, piece, present):
            continue
        if not (after_goal and told and not own) and not _situation(
            goal.text, m, {s.start for s in situations}, [*free_verbs, *modal, *writer]
        ):
            kept.append(m)
    return kept


def states_before(goal: Goal, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """``found`` without the absolutes in a piece before the writer's goal that tells how
    things are now ("Mijn agenda zit altijd vol. Ik wil ...", "My inbox is always full, so I
    will ...", "De klanten bellen altijd op het drukste moment, ik wil ..."): a piece with a
    subject, a finite verb and no infinitive, neither the writer as subject nor a
    modal in it, followed later by the writer with a modal. It says where the writer
    starts; a demand without a subject ("Altijd de kassa tellen", "Always count the till")
    has none, and one with a modal ("Alles moet altijd af") is a demand, whoever it binds."""
    doc = goal.doc
    if not found or doc is None:
        return found
    writer = [w.start for w in ctx.find(goal, "first_person_subject")]
    modal = [x.start for k in ("modal_verbs", "hedges") for x in ctx.find(goal, k)]
    kept = []
    for m in found:
        piece = _piece(goal.text, m)
        later = [w for w in writer if w >= piece.stop] and [x for x in modal if x >= piece.stop]
        inside = [t for t in doc if t.idx in piece]
        finite = any("Fin" in t.morph.get("VerbForm", []) for t in inside)
        subject = any(t.dep_.startswith("nsubj") and t.head.idx in piece for t in inside)
        infinitive = any(
            t.pos_ in ("VERB", "AUX") and "Inf" in t.morph.get("VerbForm", []) for t in inside
        )
        if (
            later
            and finite
            and subject
            and not infinitive
            and not any(p in piece for p in writer + modal)
        ):
            continue
        kept.append(m)
    return kept


def later_situations(goal: Goal, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """``found`` without the absolutes in a sentence after the writer's goal that tells how
    things are now ("I will X. Things are *always* late and then everybody is stressed", "Ik
    ga X. De leveringen komen *altijd* te laat binnen."): a later sentence, after one with the
    writer as subject, with a subject of its own that is not the writer, a finite verb, and
    no wish, modal or hedge, no infinitive and no passive in it. It says where things stand,
    the goal's reason, no standard the goal sets (the rewrite keeps such an absolute as
    written: rewrite/plan.py ``_told_as_is``). Only the absolute's own piece counts (up to
    a comma: '..., so I need another way' after it is the writer's answer), and a writer in
    a relative clause ('the PDF I send') is no subject of it; a goal given as an order
    ('Explain the match plan better ...') is the writer's. With the writer as its subject
    ("I always double-check the invoices") or as a passive ("All invoices are always
    checked") a later sentence still states a standard."""
    if not found or goal.doc is None:
        return found
    return situations_after(goal.doc, ctx, found)


def situations_after(doc: Doc, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """:func:`later_situations` on any Doc of the pack's language (a rewrite's too)."""
    matches = ctx.matches(doc)
    writer = [w.start for w in matches.get("first_person_subject")]
    keys: tuple[LexiconKey, ...] = ("wish_verbs", "modal_verbs", "hedges")
    blocks = [x.start for k in keys for x in matches.get(k)]
    related = {t.idx for t in doc if _in_relative(t)}  # 'the PDF *I* send': no own clause
    kept = []
    for m in found:
        sentence = _sentence(doc.text, m)
        piece = _piece(doc.text, m)
        told = [t for t in doc if t.idx in piece]
        at = next((t for t in told if t.idx >= m.start), None)
        clause = [] if at is None else [at.head, *at.head.children]
        # the writer's goal before it: the writer named, or an order opening the text
        ordered = sentence.start > 0 and doc[0].pos_ == "VERB"
        earlier = ordered or any(w < sentence.start for w in writer)
        subject = any(t.dep_ in ("nsubj", "expl") for t in clause)
        # a verb with its own subject is finite, whatever the tagger says ('New starters
        # always *miss* ...': an English plural present tagged as the infinitive)
        verb = at.head if at is not None and subject and at.head.pos_ == "VERB" else None
        finite = verb is not None or any("Fin" in t.morph.get("VerbForm", []) for t in clause)
        infinitive = any(
            t.pos_ in ("VERB", "AUX") and "Inf" in t.morph.get("VerbForm", []) and t != verb
            for t in told
        )
        passive = any(t.dep_ in ("aux:pass", "nsubj:pass") for t in clause)
        if (
            earlier
            and subject
            and finite
            and not infinitive
            and not passive
            and not any(x in piece and x not in related for x in writer + blocks)
        ):
            continue
        kept.append(m)
    return kept


def _in_relative(token: Token) -> bool:
    """A word inside a relative clause ('the PDF *I* send')."""
    return _relative_clause(token) is not None


def _sentence(text: str, m: LexiconMatch) -> range:
    """The sentence of ``text`` around ``m`` (between '.', '!' and '?')."""
    start = max((n for n, c in enumerate(text[: m.start]) if c in ".!?"), default=-1) + 1
    ends = [n for n, c in enumerate(text) if c in ".!?" and n >= m.end]
    return range(start, ends[0] if ends else len(text))


def _piece(text: str, m: LexiconMatch) -> range:
    """The stretch of ``text`` around ``m`` between punctuation marks (',;.:')."""
    start = max((n for n, c in enumerate(text[: m.start]) if c in ",;.:"), default=-1) + 1
    ends = [n for n, c in enumerate(text) if c in ",;.:" and n > m.end]
    return range(start, ends[0] if ends else len(text))


def _opens_with(text: str, piece: range, starts: set[int]) -> bool:
    """Whether the first word of ``piece`` is where one of ``starts`` begins."""
    chunk = text[piece.start : piece.stop]
    return piece.start + len(chunk) - len(chunk.lstrip()) in starts


def _situation(text: str, m: LexiconMatch, situations: set[int], blocks: list[int]) -> bool:
    """Whether the absolute stands in a piece that opens with an empty subject and its verb
    ("het is", "there's") and has no modal, no goal verb and not the writer in it: it tells
    how things are ("het is op maandag altijd druk", "there is never time"), before or after
    the goal; "het is belangrijk dat ik altijd ..." still demands."""
    piece = _piece(text, m)
    start = piece.start
    first = start + len(text[start : piece.stop]) - len(text[start : piece.stop].lstrip())
    return first in situations and not any(x in piece for x in blocks)


def exact(goal: Goal, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """``found`` without the absolutes an approximator stands right before ("bijna alles",
    "almost always"; the pack's ``approximators``), nor those a negation stands before in
    the same clause ("niet alles mee naar huis nemen", "not always say yes", "niet meteen
    zelf alles willen oplossen"; ``negations``): some, not all, is no perfection demanded."""
    ends = {m.end for m in ctx.find(goal, "approximators")}
    negated = {m.end for m in ctx.find(goal, "negations")}
    joins = frozenset(w.lower() for w in ctx.pack.words("coordinators"))
    return [
        m
        for m in found
        if not any(goal.text[e : m.start].isspace() for e in ends)
        and not any(_in_scope(goal.text[e : m.start], joins) for e in negated)
    ]


#: Most words between a negation and the absolute it makes partial ('niet *meteen zelf* alles').
_NEGATION_REACH = 3


def _in_scope(gap: str, joins: frozenset[str]) -> bool:
    """Whether the text between a negation and an absolute keeps them in one clause: a
    few words ("niet meteen zelf alles willen oplossen", "not do everything myself"), no
    punctuation and no coordinator ("niet bellen *en* altijd ...")."""
    if not gap or not gap[:1].isspace():
        return False
    words = gap.split()
    if len(words) > _NEGATION_REACH or any(not w.isalpha() for w in words):
        return False
    return not any(w.lower() in joins for w in words)


def counted_zeros(goal: Goal, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """``found`` without the zeros (the pack's ``zero_counts``, absolutes only before what
    they count: "Zero late deliveries", "nul klachten", "0 fouten") that count nothing: the
    zero a change starts from ("van 0 naar 15 klanten", "from zero to 12"; ``change_starts``)
    or one that names a thing ("level 0", "zero-based")."""
    zeros = {z.lower() for z in ctx.pack.words("zero_counts")}
    doc = goal.doc
    if not zeros or doc is None:
        return found
    starts = {w.lower() for w in ctx.pack.words("change_starts")}
    kept = []
    for m in found:
        if m.entry.lower() in zeros and not _counts(doc, m, starts):
            continue
        if m.entry.lower() in zeros and " " in m.entry and m.token_start != 0:
            continue  # 'no more' only as the slogan opening the text ('No more X!')
        kept.append(m)
    return kept


#: Word classes that never follow a zero as what it counts ('zero *to* hero', 'no more *than* 3').
_NO_COUNTED = frozenset({"ADP", "SCONJ", "CCONJ", "PUNCT", "NUM", "PRON", "AUX", "PART", "SYM"})


def _opens_slogan(doc: Doc, m: LexiconMatch, after: Token) -> bool:
    """Whether the zero opens the text before a word of content: a verbless slogan ("No
    more mildew outbreaks!", "Zero lost pallets") counts what follows it, however the tagger
    reads that word (a noun it made a verb: 'No more *mildew* outbreaks'). A later sentence
    is left to the tagger ('WORK SAFER. NO MORE KICKS ...': the rewrite could not place a
    bound there)."""
    return m.token_start == 0 and after.is_alpha and after.pos_ not in _NO_COUNTED


def _closes_count(doc: Doc, m: LexiconMatch, before: Token) -> bool:
    """A zero after a colon that ends its sentence, the colon after a noun phrase of more
    than one word ('Klachten over de bezorging: nul', 'Late deliveries: zero'): the count
    named, then its target of none. A label of one word ('Fase: 0') names no count."""
    if before.text != ":" or m.token_start < _COUNT_NAME_WORDS + 1:
        return False
    if m.token_end < len(doc) and doc[m.token_end].text not in (".", "!", ";"):
        return False
    named = doc[: m.token_start - 1]
    start = max((t.i + 1 for t in named if t.text in (".", "!", "?", ";", ":")), default=0)
    phrase = [t for t in named if t.i >= start]
    return (
        len(phrase) >= _COUNT_NAME_WORDS
        and phrase[-1].pos_ in ("NOUN", "PROPN")
        and not any(t.pos_ in ("VERB", "AUX") for t in phrase)
    )


#: Fewest words of a count named before its colon and zero.
_COUNT_NAME_WORDS = 2


def _counts(doc: Doc, m: LexiconMatch, starts: set[str]) -> bool:
    """Whether the zero at ``m`` stands before what it counts, as a target, or closes a
    count named before a colon ('Fouten op certificaten: 0', 'Late deliveries: zero')."""
    before = doc[m.token_start - 1] if m.token_start > 0 else None
    if before is not None and _closes_count(doc, m, before):
        return True
    if m.token_end >= len(doc):
        return False
    if before is not None and (before.lower_ in starts or before.pos_ in _NAMING):
        return False  # 'van 0 naar 15', 'level 0'
    after = doc[m.token_end]
    if after.pos_ in ("NOUN", "PROPN", "ADJ") or _hyphen_compound(doc, after):
        return True  # 'zero *near-misses*': a compound, whatever its first part is tagged
    if _opens_slogan(doc, m, after):
        return True
    # a participle before the counted noun ('zero *unanswered* emails'), however tagged
    following = doc[m.token_end + 1] if m.token_end + 1 < len(doc) else None
    if after.pos_ == "VERB" and following is not None and following.pos_ in ("NOUN", "PROPN"):
        return True
    # a plural noun the tagger read as a verb with an -s ('Zero *incidents* on my shift'):
    # no zero is the subject of a singular verb
    return (
        after.pos_ == "VERB"
        and "Sing" in after.morph.get("Number", [])
        and "3" in (after.morph.get("Person", []))
    )


def _hyphen_compound(doc: Doc, first: Token) -> bool:
    """Does ``first`` open a compound written with a hyphen ('*near*-misses', '*no*-shows'):
    the hyphen right after it and a noun glued after that?"""
    i = first.i
    if i + 2 >= len(doc) or doc[i + 1].text != "-" or first.whitespace_ or doc[i + 1].whitespace_:
        return False
    return doc[i + 2].pos_ in ("NOUN", "PROPN")


#: Tags of a word before a zero that names a thing with it ('level 0', 'fase 0').
_NAMING = ("NOUN", "PROPN")


def quit_habits(goal: Goal, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """``found`` without the matches that follow a quitting phrase in their own clause
    ("stop doing everything myself", "instead of trying to fix it alone"): they describe
    the habit that ends (an absolute or a hedge of it is no demand and no doubt)."""
    return unquit(goal.text, ctx.find(goal, "quitting"), found)


def unquit(text: str, quits: list[LexiconMatch], found: list[LexiconMatch]) -> list[LexiconMatch]:
    """``found`` without the matches a quitting phrase of ``quits`` governs in ``text`` (any
    text of the pack's language: a goal's, a rewrite's)."""
    return [m for m in found if not any(_governs(text, q, m) for q in quits)]


def _governs(text: str, quit: LexiconMatch, absolute: LexiconMatch) -> bool:
    between = text[quit.end : absolute.start]
    return (
        quit.end <= absolute.start
        and not re.search(r"[,.;:!?]", between)
        and (len(between.split()) <= _REACH)
    )


#: How many words a quitting phrase reaches ahead ("stop doing my planning for everyone").
_REACH = 6


def negated_universals(
    goal: Goal, ctx: RuleContext, found: list[LexiconMatch]
) -> list[LexiconMatch]:
    """``found`` without a universal that a negation before it in its own clause denies
    ("so I don't depend on the navigation *all the time*", "niet *altijd* alles zelf"): not
    always is no perfection demanded. An absolute that holds a negation itself ("never",
    "not a single", "geen enkele") stays one."""
    return found if goal.doc is None else undenied(goal.doc, ctx, found)


def undenied(doc: Doc, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """:func:`negated_universals` on any Doc of the pack's language (a rewrite's too)."""
    negations = {w.lower() for w in ctx.pack.words("negations")}
    absolute = {w.lower() for w in ctx.pack.words("absolutes") if " " not in w}
    denying = negations - absolute  # 'not', 'niet'; 'never' is an absolute itself
    return [m for m in found if not _denied(doc, m, denying, negations)]


def _denied(doc: Doc, m: LexiconMatch, denying: set[str], negations: set[str]) -> bool:
    if any(t.lower_ in negations for t in doc[m.token_start : m.token_end]):
        return False
    for token in reversed(doc[max(0, m.token_start - _REACH) : m.token_start]):
        if token.is_punct or token.pos_ in ("CCONJ", "SCONJ"):
            return False
        if token.lower_ in denying:
            return True
    return False


def outside_reasons(goal: Goal, ctx: RuleContext, found: list[LexiconMatch]) -> list[LexiconMatch]:
    """``found`` without the absolutes inside a reason after the goal ("..., want ik doe nu
    alles zelf", "because right now I do everything myself"; the pack's ``reason_markers``):
    the reason tells how things are now, it sets no standard."""
    return before_reason(found, ctx.find(goal, "reason_markers"))


def before_reason(found: list[LexiconMatch], reasons: list[LexiconMatch]) -> list[LexiconMatch]:
    """``found`` up to the first reason marker after the text's start (``reasons``: the
    matches of the pack's ``reason_markers`` in the same text)."""
    starts = [r.start for r in reasons if r.start > 0]
    if not starts:
        return found
    first = min(starts)
    return [m for m in found if m.start < first]
