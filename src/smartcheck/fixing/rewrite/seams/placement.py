"""Words the rewrite put in the wrong place.

Between two words the goal had together (an amount and its noun, a compound split by an
aside), a verb or an adverb where a topic belongs, or a particle joined onto a word to make
one the language does not have.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.anatomy.verbs import modified_noun
from smartcheck.reading.pipeline import has_regular_past, known_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def torn_amount(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A word of amount torn from the noun it counts ('er minder faalkosten zijn op onze
    projecten' -> 'er minder op onze projecten faalkosten zijn'): in the goal it stood right
    before its noun; in the candidate a prepositional phrase came between them (never the
    infinitive marker of a verb it modifies: 'om mijn Engels beter te maken')."""
    original = goal.doc
    if original is None:
        return []
    amounts = {w.lower() for w in ctx.pack.words("comparatives") if " " not in w}
    markers = {m.lower() for m in style.infinitive_markers}
    pairs = {
        (t.lower_, t.nbor().lower_)
        for t in original[:-1]
        if t.lower_ in amounts
        and t.head.i == t.i + 1
        and t.nbor().pos_ in ("NOUN", "VERB")
        and not _adverb_of_infinitive(t)
    }
    seams: list[Seam] = []
    for amount, noun in pairs:
        for t in doc[:-1]:
            nxt = t.nbor()
            if t.lower_ != amount or nxt.pos_ != "ADP" or nxt.lower_ in {noun, *markers}:
                continue
            later = [u for u in t.sent if u.i > t.i + 1 and u.lower_ == noun]
            together = any(u.lower_ == amount and u.nbor().lower_ == noun for u in doc[:-1])
            if later and not together:
                seams.append(Seam("word_order", f"{amount!r} apart from {noun!r}", (amount, noun)))
    return seams


#: Dependencies of a verb that heads a clause of its own ('wil meer *leren*').
_CLAUSE_VERBS = frozenset({"ROOT", "xcomp", "ccomp", "advcl", "conj"})


def _adverb_of_infinitive(amount: Token) -> bool:
    """'meer leren over X': the amount tells how much of an act, no count of a thing; a
    phrase may come between it and its infinitive ('zodat ik meer over X kan leren')."""
    verb = amount.nbor()
    return (
        verb.pos_ == "VERB"
        and "Inf" in verb.morph.get("VerbForm", [])
        and amount.dep_ in ("advmod", "obj")
        and verb.dep_ in _CLAUSE_VERBS  # a verb as a subject or object is a noun ('faalkosten')
        and verb.lemma_.lower() == verb.lower_
    )


#: Word classes that never go on a compound or a name after it ('evaluation meetings'): an
#: aside before one splits nothing.
_NOT_IN_A_NAME = frozenset({"ADV", "ADJ", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "AUX"})


def aside_between(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A bracketed aside the rewrite put between two words that stood together in the goal
    ('during evaluation ([date]) meetings': the event's date inside a compound)."""
    original = goal.doc
    if original is None:
        return []
    v2 = style.word_order == "v2"
    pairs = {
        (t.lower_, t.nbor(1).lower_)
        for t in original[:-1]
        if not _clause_goes_on(t, v2) and t.nbor(1).pos_ not in _NOT_IN_A_NAME
    }  # 'voor de kerstdrukte sneller ...': no compound goes on after the event
    seams: list[Seam] = []
    for t in doc[1:]:
        if t.text != "(":
            continue
        close = next((u for u in doc[t.i + 1 :] if u.text == ")"), None)
        if close is None or close.i + 1 >= len(doc):
            continue
        before, after = t.nbor(-1), close.nbor(1)
        if (before.lower_, after.lower_) in pairs and before.is_alpha and after.is_alpha:
            seams.append(
                Seam("word_order", f"an aside splits {before.text!r} {after.text!r}", ("aside",))
            )
    return seams


def _clause_goes_on(token: Token, v2: bool) -> bool:
    """The word after ``token`` is the clause's verb: a verb, or in a verb-second language
    a word right before a subject pronoun ("Vóór de kerstdrukte *leer ik* ...", the tagger
    may call "leer" a noun). An aside there follows a fronted phrase ("Vóór de kerstdrukte
    ([datum]) leer ik"), it splits no compound."""
    after = token.nbor(1)
    if after.pos_ in ("VERB", "AUX"):
        return True
    if not v2 or after.i + 1 >= len(token.doc):
        return False
    subject = after.nbor(1)
    return subject.pos_ == "PRON" and "Nom" in subject.morph.get("Case", [])


def verb_as_topic(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """English: the goal's own bare verb right after a preposition the rewrite put before it
    ('[concrete behaviour] for greet customers'): a verb phrase wrapped as a topic. The
    parse of the goal says it is a verb; the candidate's tagger may call it a noun. 'to' and
    'than' ('rather than cook') take a bare verb."""
    original = goal.doc
    if style.word_order == "v2" or original is None:
        return []
    verbs = {t.lower_ for t in original if t.pos_ == "VERB" and t.tag_ in ("VB", "VBP")}
    opening = {t.lower_ for t in original if _imperative_as_noun(t)}
    verbs |= {t.lower_ for t in original if _opens(t) and t.lower_ in style.learning_verbs}
    written = {(t.lower_, t.nbor(1).lower_) for t in original[:-1]}
    credits = (style.frames.as_agreed, style.frames.as_requested, style.frames.as_discussed)
    written |= {(f.split()[0].lower(), f.split()[1].lower()) for f in credits if f}  # ours
    return [
        Seam("word_order", f"'{t.text} {t.nbor(1).text}'", (t.lower_, "verb"))
        for t in doc[:-1]
        if t.tag_ == "IN"
        and t.lower_ not in ("to", "than")
        and (t.lower_, t.nbor(1).lower_) not in written
        and (
            t.nbor(1).lower_ in verbs
            or (t.nbor(1).lower_ in opening and has_regular_past(t.nbor(1).lower_))
            or (t.nbor(1).lower_ in opening and takes_object(t.nbor(1)))
        )
    ]


#: What follows an imperative's verb and never a noun heading a phrase: its object's
#: determiner or number, an adverb ('Listen better') or a preposition ('Listen to'). Not a
#: noun: 'Market appraisals'.
_OBJECT_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "JJR", "RB", "RBR", "IN"})


def takes_object(token: Token) -> bool:
    """The candidate's parse gives the word an object ('for *spend* 2 months': 'months'):
    a verb, whatever its tag, also one whose past is irregular ('spent')."""
    return any(c.dep_ in ("obj", "dobj") for c in token.children)


def _imperative_as_noun(token: Token) -> bool:
    """A goal's clause opening with a word the tagger called a noun before its object
    ('Prepare my plan ...', 'Every Friday, prepare my plan', 'Handle 90% of ...'): the
    imperative's verb when the dictionary knows a past of it (:func:`has_regular_past`)."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.i + 1 >= len(token.doc):
        return False
    return _opens(token) and token.is_alpha and token.doc[token.i + 1].tag_ in _OBJECT_TAGS


def _opens(token: Token) -> bool:
    """The first word of the goal or of a part after a comma, colon, semicolon or dash."""
    return token.i == 0 or token.doc[token.i - 1].text in (",", ":", ";", "-", "\u2013")


def noun_as_verb(doc: Doc, goal: Goal) -> list[Seam]:
    """A noun phrase of the goal ('maybe *first aid*', 'possibly *forklift licence*', the
    tagger calling one of its words a verb) made a verb and its object in the rewrite's
    clause ('I will first aid', 'I will forklift licence'): the thing became an act the
    writer never named."""
    original = goal.doc
    if original is None:
        return []
    pairs = {  # only words the tagger called a verb: an imperative it called an adjective
        (t.lower_, t.nbor(1).lower_)  # ('*Coach* junior staff') stays the writer's verb
        for t in original[:-1]
        if (t.nbor(1).pos_ == "VERB" and modified_noun(t.nbor(1)))  # 'first *aid*'
        or (t.pos_ == "VERB" and modified_noun(t))  # '*forklift* licence'
    }
    return [
        Seam("word_order", f"'{t.text} {t.nbor(1).text}': a noun phrase made a verb", ("noun",))
        for t in doc[:-1]
        if (t.lower_, t.nbor(1).lower_) in pairs
        and any(
            u.pos_ == "VERB" and u.dep_ == "ROOT" and not modified_noun(u) for u in (t, t.nbor(1))
        )
    ]


def adverb_as_topic(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """The domain frame's preposition before an adverb of the goal ('ga ik voor *eigenlijk*
    [concreet gedrag]', 'for *honestly*'): the adverb went where a topic belongs. The parse
    of the goal says it is an adverb; the writer never put the two together."""
    original = goal.doc
    preposition = style.frames.domain.split("{topic}")[0].strip().lower()
    if original is None or not preposition:
        return []
    adverbs = {  # an adverb, or an adjective that modifies no noun ('eigenlijk ook'; a
        # noun the tagger called a verb after its adjective: 'maybe *first aid*')
        t.lower_
        for t in original[:-1]
        if t.is_alpha
        and (
            t.pos_ == "ADV"
            or (
                t.pos_ == "ADJ"
                and t.nbor(1).pos_ not in ("NOUN", "PROPN")
                and not modified_noun(t.nbor(1))
            )
        )
    }
    written = {(t.lower_, t.nbor(1).lower_) for t in original[:-1]}
    return [
        Seam("word_order", f"'{t.text} {t.nbor(1).text}'", (t.lower_, "adverb"))
        for t in doc[:-1]
        if t.lower_ == preposition
        and t.nbor(1).lower_ in adverbs
        and (t.lower_, t.nbor(1).lower_) not in written
    ]


def unknown_joins(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A particle of the goal joined to a word the dictionary does not know ('moeten de deur
    uit' -> 'uitmoeten'): a separable verb the rewrite made up."""
    original = goal.doc
    if original is None:
        return []
    written = {t.lower_ for t in original} | {t.lemma_.lower() for t in original}
    particles = [*ctx.pack.words("separable_particles"), *style.direction_words]
    seams: list[Seam] = []
    for t in doc:
        if not t.is_alpha or t.lower_ in written:
            continue
        for particle in particles:
            rest = t.lower_[len(particle) :]
            if t.lower_.startswith(particle) and particle in written and rest in written:
                if not known_word(t.lower_, lang=goal.lang):
                    seams.append(Seam("residue", f"{t.text!r} is no word", (t.lower_,)))
                break
    return seams
