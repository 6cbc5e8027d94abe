"""Dutch: a thing and an act coordinated under one commitment ('ga ik kennis van X en
etiketteren').

"Kennis van HACCP en etiketteren" lists two topics of knowledge, the second an act named by
its infinitive. A frame that commits to the goal's words as they stand ('Vóór [datum] ga ik
kennis van HACCP en etiketteren, ...') makes the act the clause's verb and leaves the thing
with none: 'ik ga kennis van HACCP' is no sentence. Two objects may share one verb ('ga ik
koffie en thee zetten'), but then a word of the second object stands between 'en' and the
verb; here the verb stands alone after 'en' and nothing before it can be one. With the act
written as a noun ('en het etiketteren') the frame's 'ga ik' has no verb at all, which is
as broken ('Ik ga liefst voor het zomerseizoen, ...' too); the verb of going itself, with
a direction or a particle ('ga ik naar de beurs', 'ik ga te snel door'), is whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.infinitive_slot import committed_starts
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext


def thing_and_act(doc: Doc, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A committed clause of a verbless conjunct with a noun, a coordinator and a lone
    infinitive that ends the clause. Verb-second languages only."""
    if style.word_order != "v2":
        return []
    stops = set(style.relativizers) | set(style.clause_ends) | {s.lower() for s in style.subjects}
    coordinators = {w.lower() for w in ctx.pack.words("coordinators")}
    seams: list[Seam] = []
    for start in committed_starts(doc, style):
        clause: list[Token] = []
        for t in doc[start:]:
            if t.text in ",;:.!?()" or t.pos_ == "SCONJ" or t.lower_ in stops:
                break
            clause.append(t)
        sentence = [t for t in doc[start:] if t.i < _sentence_end(doc, start)]
        if _no_act(doc, start, clause, sentence, ctx, style):
            detail = f"no verb after the commitment: '{clause[0].text} ... {clause[-1].text}'"
            seams.append(Seam("lost_verb", detail, (clause[-1].lower_, "no-act")))
            continue  # 'ga ik kennis van HACCP en het etiketteren': no verb at all
        if len(clause) < 3 or len(clause) != len(sentence) or clause[-2].pos_ != "CCONJ":
            continue  # the lone verb ends the whole clause
        if clause[-2].lower_ not in coordinators:
            continue  # a name the tagger took for one ('de vervolgcursus immunohistochemie')
        act, before = clause[-1], clause[:-2]
        if not _verb(act, ctx, style) or any(_verb(u, ctx, style) for u in before):
            continue
        if not any(_noun(u, ctx, style) for u in before):
            continue
        detail = f"'{before[0].text} ... {clause[-2].text} {act.text}': no verb for the first"
        seams.append(Seam("lost_verb", detail, (act.lower_, "thing-and-act")))
    return seams


def _no_act(
    doc: Doc,
    start: int,
    clause: list[Token],
    sentence: list[Token],
    ctx: RuleContext,
    style: RewriteStyle,
) -> bool:
    """The frame's commitment of going ('Vóór [datum] ga ik', a sentence's 'Ik ga') before
    words with a noun and no verb up to the clause's end. The verb of going itself is
    left alone: with a direction ('ga ik naar de beurs') or a particle of its own ('ik ga
    te snel *door*'). Only the frame's aux: 'wil ik meer kennis van X' is whole."""
    going = {aux.lower() for aux in style.subjects.values()}
    aux, subject = doc[start - 2], doc[start - 1]
    if aux.lower_ not in going and subject.lower_ not in going:
        return False
    if subject.lower_ in going and aux.i > 0 and doc[aux.i - 1].text not in ".!?":
        return False  # 'ik ga' inside a sentence: the writer's own words, not the frame's
    if not clause or clause[0].pos_ == "ADP":
        return False
    lemma = next(a for a in (aux, subject) if a.lower_ in going).lemma_.lower()
    if any(_particle(t, lemma, ctx) for t in sentence):
        return False  # 'doorgaan', 'meegaan': the verb of going with its particle
    nouns = any(_noun(u, ctx, style) for u in clause)  # 'ga ik het leren': a verb
    return nouns and not any(_verb(u, ctx, style) for u in sentence)


def _particle(token: Token, lemma: str, ctx: RuleContext) -> bool:
    """``token`` is a particle of the verb ``lemma`` ('ik ga te snel *door* naar ...'): the
    two make a known verb, and no noun phrase follows it (a preposition would govern one:
    'ga ik *voor* het zomerseizoen')."""
    if not token.is_alpha or not known_word(token.lower_ + lemma, ctx.pack.lang):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or after.is_punct or after.pos_ == "ADP"


def _sentence_end(doc: Doc, start: int) -> int:
    """Where the words of the clause from ``start`` end: its first comma or sentence mark
    outside brackets (a relative clause or an aside inside it may come before its verb)."""
    depth = 0
    for t in doc[start:]:
        depth += (t.text == "(") - (t.text == ")")
        if depth <= 0 and t.text in ",;:.!?":
            return t.i
    return len(doc)


def _verb(token: Token, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A verb by tag, or a form the dictionary knows as an infinitive, unless it stands in
    a noun's place: after an article ('het plannen'), by the word itself (the tagger's
    class of the word before is no guide: it calls 'NT2-docent' a preposition), and not
    after a preposition, which may be stranded ('daar ... *over* beginnen')."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in style.determiners and not _object_pronoun(token):
        return False
    if token.pos_ in ("VERB", "AUX"):
        return True
    evidence = infinitive_evidence(token.lower_, ctx.pack.lang, ctx.pack.grammar, style)
    return evidence is True or _separable(token.lower_, ctx, style)


def _object_pronoun(token: Token) -> bool:
    """The word before ``token`` is a pronoun after a preposition ('met *haar* meelopen'),
    the preposition's object, though it is spelt like a possessive determiner."""
    if token.i < 2:
        return False
    return token.doc[token.i - 1].pos_ == "PRON" and token.doc[token.i - 2].pos_ == "ADP"


def _separable(lower: str, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A separable verb's infinitive ('meelopen', 'bijhouden'): a particle of the pack's
    ``separable_particles`` before a stem the dictionary knows as an infinitive, whatever
    the tagger calls the whole (a noun, as it does 'met haar *meelopen*')."""
    for particle in ctx.pack.words("separable_particles"):
        stem = lower[len(particle) :]
        if lower.startswith(particle) and len(stem) > 3:
            grammar = ctx.pack.grammar
            if infinitive_evidence(stem, ctx.pack.lang, grammar, style) is True:
                return True
    return False


def _noun(token: Token, ctx: RuleContext, style: RewriteStyle) -> bool:
    """A noun no verb form leads to ('kennis', 'HACCP'; not 'leren', which may be either)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return infinitive_evidence(token.lower_, ctx.pack.lang, ctx.pack.grammar, style) is not True
