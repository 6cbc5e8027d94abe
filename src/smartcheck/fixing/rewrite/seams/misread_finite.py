"""Words the tagger calls a finite verb that are not a second verb of the clause.

The two-finite check (clauses.py) counts the finite verbs of a clause. Three kinds of word
get a finite tag without being one, and each refused a rewrite that read whole:

- a possessive the parser attaches to the noun after it ('ga ik dit jaar *mijn* diploma
  halen': Dutch 'mijn' is also a form of 'mijnen', 'zijn' of 'zijn');
- an abbreviation of the pack's list, with or without its period ('class 2 *vs* class 3');
- the verb of an English relative clause without 'that' ('the software *we use*', 'the
  courses *I need*'): its object is the noun before the subject, so the verb has none;
- the bare infinitive after the object of an English verb ('I will let the juniors *run*
  the briefing', 'help new colleagues *find* their way'): the object's verb, not the
  clause's (frame.py reads the goal the same way);
- an English plural noun read as a verb after a described noun phrase's opening ('my
  English *reports*': noun_as_finite.py);
- a Dutch bare noun object between the finite verb's subject and the infinitives ('ga ik
  *slachtlijn* leren bedienen').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.noun_as_finite import noun_as_finite
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import OBJECT_PARTS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependencies of an object of the verb: a relative clause without 'that' has none (the
#: noun before it is the object), a second clause glued on has one ('my skills I find *it*').
_OBJECTS = frozenset({"obj", "dobj", "iobj", "ccomp"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def misread_finite(token: Token, style: RewriteStyle) -> bool:
    """``token`` is tagged finite but is a possessive, an abbreviation or the verb of a
    relative clause without 'that' (see the module docstring)."""
    return (
        possessive_as_finite(token)
        or abbreviation_as_finite(token, style)
        or contact_relative(token, style)
        or bare_complement(token, style)
        or noun_as_finite(token, style)  # 'my English *reports*': a plural noun
        or object_before_cluster(token, style)  # 'ga ik *slachtlijn* leren bedienen'
    )


def object_before_cluster(token: Token, style: RewriteStyle) -> bool:
    """Verb-second: a word right after the finite verb and its subject pronoun and right
    before an infinitive ('Vóór [datum] ga ik *slachtlijn* leren bedienen': a bare noun
    object the tagger read as a stem): the main clause's finite verb stands before its
    subject, so what stands between the subject and the infinitives is an object or an
    adverb, never a second finite verb. The subject's own committed auxiliary there is no
    such object: a noun fronted before it ('*thuisdialyse* ik ga doen') is the seam."""
    if style.word_order != "v2" or token.i < 2 or token.i + 1 >= len(token.doc):
        return False
    subject, verb, after = token.nbor(-1), token.nbor(-2), token.nbor(1)
    if subject.lower_ not in style.subjects or not token.is_lower:
        return False
    if token.lower_ == style.subjects[subject.lower_]:
        return False  # 'thuisdialyse ik *ga* doen': the frame's own verb after its subject
    finite = verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm", [])
    return finite and after.pos_ in ("VERB", "AUX") and "Inf" in after.morph.get("VerbForm", [])


def possessive_as_finite(token: Token) -> bool:
    """A word parsed as the possessive of a noun that follows it: a determiner."""
    head = token.head
    # the head may be tagged anything but a verb ('mijn NEN-3140': a determiner)
    return token.dep_ == "nmod:poss" and head.i > token.i and head.pos_ not in ("VERB", "AUX")


def abbreviation_as_finite(token: Token, style: RewriteStyle) -> bool:
    """A word of the pack's abbreviations (written with or without its period)."""
    return token.lower_.rstrip(".") in style.abbreviations


def contact_relative(token: Token, style: RewriteStyle) -> bool:
    """Non-verb-second languages: a verb of a relative clause on the noun right before its
    subject pronoun, without an object of its own ('the software we use'), the noun inside
    a clause that began before it (a time that opens a clause is no such noun: 'Last
    month it went wrong')."""
    # a verb the tagger calls an adjective ('the bikes we *assemble*') is the clause's verb
    if style.word_order == "v2" or token.pos_ not in ("VERB", "ADJ") or token.dep_ != "acl:relcl":
        return False
    subject = token.i - 1
    if subject < 1 or token.doc[subject].pos_ != "PRON" or token.doc[subject].dep_ != "nsubj":
        return False
    noun = token.doc[subject - 1]
    objects = any(  # 'we use *better*': an adverb the parser makes its complement
        c.dep_ in _OBJECTS or (c.dep_ == "xcomp" and c.pos_ == "VERB") for c in token.children
    )
    inside = noun.head.i < noun.i  # the object of a verb before it; 'Last month it went'
    return noun.pos_ in _NOUNS and token.head.i == noun.i and inside and not objects


def relative_subject(token: Token, style: RewriteStyle) -> bool:
    """The subject pronoun of such a relative clause: not a second subject of the clause."""
    return token.dep_ == "nsubj" and contact_relative(token.head, style)


def bare_complement(token: Token, style: RewriteStyle) -> bool:
    """Non-verb-second languages: a verb in its base form right after a noun phrase that
    follows a verb in its base form ('will *let* the tank *run* dry'): the object's bare
    infinitive. A subject pronoun ('I', 'we') in between opens a clause of its own."""
    if style.word_order == "v2" or token.pos_ not in ("VERB", "AUX") or token.tag_ == "MD":
        return False  # a modal is never the object's infinitive ('make sure X *will* go')
    if token.lower_ != token.lemma_.lower() or token.i < 2 or token.lower_ in style.modals:
        return False
    doc = token.doc
    at = token.i - 1
    while at >= 0 and doc[at].pos_ in OBJECT_PARTS:
        if "Nom" in doc[at].morph.get("Case", []):
            return False
        at -= 1
    if at == token.i - 1 or at < 0 or doc[token.i - 1].pos_ == "DET":
        return False
    verb = doc[at]
    return verb.pos_ == "VERB" and verb.lower_ == verb.lemma_.lower()
