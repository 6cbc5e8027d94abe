"""Dutch: the 'te' of an om-clause on the wrong verb.

"Klanten beter uitleggen wat ze zelf kunnen doen" framed as a purpose must read "om klanten
beter uit te leggen wat ze zelf kunnen doen". A template that puts 'te' before the last verb
of the whole text writes "om klanten beter uitleggen wat ze zelf te kunnen doen": the
om-clause's own verb stays bare before the clause it governs. Judged by position: a bare
infinitive of the om-clause right before a word that opens a clause.

The same 'te' on the last verb breaks two more shapes: a bare infinitive with words of its
own before it ("om beter worden in stenen te zetten", "om meer verantwoordelijkheid nemen in
de werkplaats en ploegleider te worden": each infinitive of the om-clause takes its 'te'),
and a relative clause with its own subject ("om nooit herstelwerk door beschadigingen die wij
te maken", or the relative pronoun as subject: "om beter omgaan met klanten die thuis te
zijn": its verb is finite, no 'te').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.bracketed import bracketed
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import conjugated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.configuration.grammar import Grammar


def te_on_inner_verb(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A bare -en verb in an om-clause right before a clause opener ('wat', 'hoe', 'dat',
    'zodat'), with the om-clause's 'te' only after that opener."""
    if style.word_order != "v2" or not style.infinitive_markers:
        return []
    te = style.infinitive_markers[0].lower()
    openers = {w.lower() for w in (*style.relativizers, *style.clause_openers)}
    openers |= {w.lower() for w in (*style.reason_openers, *style.clause_ends)}
    for om in (t for t in doc if t.lower_ in style.clause_prepositions and t.i + 1 < len(doc)):
        clause = doc[om.i + 1 :]
        ends = [t.i for t in clause if t.text in ",;.:!?"]
        end = ends[0] if ends else len(doc)
        words = doc[om.i + 1 : end]
        for t in words[:-1]:
            nxt = doc[t.i + 1]
            bare = t.pos_ == "VERB" and t.lower_.endswith("en") and doc[t.i - 1].lower_ != te
            if not bare or not (nxt.lower_ in openers or nxt.pos_ == "SCONJ"):
                continue
            if any(u.lower_ == te for u in doc[t.i + 1 : end]):
                return [Seam("word_order", f"'{te}' after {nxt.text!r}, not on {t.text!r}", (te,))]
            break
    return []


#: What stands before a noun, never before the infinitive of an om-clause ('mijn *plannen*').
_NOUN_OPENERS = frozenset({"DET", "PRON", "NUM"})
#: What may follow a bare infinitive that is the object of the te-verb ('om *zwemmen* te
#: leren') or part of a verb cluster ('om beter *leren* te zwemmen' is odd but whole).
_CLUSTER = frozenset({"VERB", "AUX"})
#: What 'te' in the sense of 'too' stands before.
_DEGREE = frozenset({"ADJ", "ADV"})


def te_on_a_later_verb(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """In an om-clause, a bare infinitive with words after it and the clause's 'te' only
    later ('om beter *worden* in stenen te zetten'), or the 'te' inside a relative clause
    that has a subject of its own ('om ... die *wij* te maken')."""
    if style.word_order != "v2" or not style.infinitive_markers:
        return []
    te = style.infinitive_markers[0].lower()
    relativizers = {w.lower() for w in style.relativizers}
    opener = (style.frames.purpose or "").split("{clause}")[0].strip().lower()
    aside = bracketed(doc)  # '(lonen, toeslagen)': what a noun covers, no verb of the clause
    for om in (t for t in doc if t.lower_ in style.clause_prepositions):
        ends = [t.i for t in doc[om.i + 1 :] if t.text in ",;.:!?" and t.i not in aside]
        clause = [t for t in doc[om.i + 1 : ends[0] if ends else len(doc)] if t.i not in aside]
        # 'te' before an adjective or adverb is 'too' ('die wij te laat leveren'), no marker
        marks = [t.i for t in clause if t.lower_ == te and not _degree(t)]
        # the frame's ', om ...'; another preposition may take a noun ('zonder fouten')
        purpose = om.i > 0 and doc[om.i - 1].text == "," and om.lower_ == opener
        if not marks and purpose and any(_bare(t) for t in clause):
            verb = next(t for t in clause if _bare(t))  # 'om beter bijhouden van X, ...'
            return [Seam("word_order", f"{verb.text!r} without '{te}'", (te, verb.lower_))]
        if not marks:
            continue
        inner = any(t.lower_ in style.clause_prepositions for t in clause if t.i < marks[0])
        if inner and not purpose and om.i + 1 < len(doc) and doc[om.i + 1].pos_ in _NOUN_OPENERS:
            continue  # 'door de software doen zonder te weten': a phrase; 'te' is the inner's
        inside = False  # in a relative clause with its own subject, up to its verb
        phrase = False  # after a preposition: a bare verb there is a noun ('van X maken')
        for t in doc[om.i + 1 : marks[0]]:
            if t.i in aside:
                continue
            nxt = doc[t.i + 1]
            antecedent = doc[t.i - 1].pos_ in ("NOUN", "PROPN")  # not 'zonder dat ik'
            own_subject = nxt.lower_ in style.subjects
            if t.lower_ in relativizers and antecedent and (own_subject or _relative(t)):
                start = nxt.i + 1 if own_subject else t.i + 1
                own_verb = any(u.pos_ in _CLUSTER for u in doc[start : marks[0]])
                if not own_verb:  # 'die wij te maken', 'die thuis te zijn'; 'die ik ken'
                    return [Seam("word_order", f"'{te}' inside '{t.text} {nxt.text}'", (te,))]
                inside = True
                continue
            if inside:
                inside = t.pos_ not in _CLUSTER  # the relative clause ends on its verb
                continue
            phrase = phrase or t.pos_ == "ADP"
            bare = t.pos_ in _CLUSTER and t.lower_.endswith("en") and nxt.lower_ != te
            if (
                bare
                and not phrase
                and doc[t.i - 1].pos_ not in _NOUN_OPENERS
                and (nxt.pos_ not in _CLUSTER)
            ):
                return [Seam("word_order", f"{t.text!r} without '{te}'", (te, t.lower_))]
    return []


def _relative(token: Token) -> bool:
    """A relative pronoun that is its clause's subject, as the tagger reads it ('klanten
    *die* thuis zijn'): its verb is finite, never the om-clause's 'te' infinitive."""
    return "Rel" in token.morph.get("PronType", []) and token.dep_.startswith("nsubj")


def _degree(token: Token) -> bool:
    """'te' meaning 'too': before an adjective or adverb ('te laat', 'te veel')."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in _DEGREE


def _bare(token: Token) -> bool:
    """A Dutch verb in -en (the tagger's, or one the dictionary conjugates), not a noun
    after a determiner, pronoun or number."""
    after_noun_opener = token.i > 0 and token.doc[token.i - 1].pos_ in _NOUN_OPENERS
    verb = token.pos_ in _CLUSTER or conjugated(token.lower_, "nl")  # 'bijhouden' a noun
    return verb and token.lower_.endswith("en") and not after_noun_opener


#: What opens an object's noun phrase: a determiner, a number, a noun, a name, a possessive.
_OBJECT_OPENERS = frozenset({"DET", "NUM", "NOUN", "PROPN"})


def object_after_te(
    doc: Doc, goal_text: str, style: RewriteStyle, changes: frozenset[str] = frozenset()
) -> list[Seam]:
    """'om elke maandag te hebben de zeefdoeken ontvetten', 'om te leren de kassa
    afsluiten': a noun phrase after 'te' and its verbs, in English order. A Dutch te-clause
    ends on its infinitive (the object goes before it: 'om de kassa te leren afsluiten');
    after it come only a prepositional phrase ('om te genieten van ...'), a clause ('om te
    leren hoe ...') or a te-clause of its own ('om collega's te helpen de weg te vinden').
    Words the writer wrote so are theirs (``goal_text``)."""
    if style.word_order != "v2" or not style.infinitive_markers:
        return []
    markers = {m.lower() for m in style.infinitive_markers}
    goal = " ".join(goal_text.lower().split())
    seams: list[Seam] = []
    for te in (t for t in doc[:-2] if t.lower_ in markers):
        at = te.i + 1
        while at < len(doc) and _in_verb_cluster(doc[at]):
            at += 1  # 'te laten zien', 'te leren plannen' (the tagger may call it a noun)
        if at == te.i + 1 or at >= len(doc):
            continue
        nxt = doc[at]
        if (
            nxt.pos_ not in _OBJECT_OPENERS
            and "Yes" not in nxt.morph.get("Poss", [])
            and not _modified_object(doc, at, changes)
        ):
            continue
        rest = []
        for t in doc[at:]:
            if t.text in ",;:.!?" or t.pos_ == "SCONJ" or t.lower_ in style.relativizers:
                break  # 'om te leren plannen *zodat* ...': a clause of its own
            rest.append(t)
        if any(t.lower_ in markers for t in rest):
            continue  # 'om collega's te helpen de weg te vinden'
        if not any(t.pos_ in ("VERB", "AUX") or t.lower_.endswith("en") for t in rest[1:]):
            continue  # no verb after the noun phrase: the tagger's guess, leave it
        if " ".join(t.lower_ for t in doc[te.i : at + 1]) in goal:
            continue
        detail = f"{doc[at - 1].text!r} before its object {nxt.text!r}"
        seams.append(Seam("word_order", detail, ("te-object",)))
    return seams


def _modified_object(doc: Doc, at: int, changes: frozenset[str]) -> bool:
    """An adjective or a word of degree (``changes``: the pack's comparatives) before the
    object of the te-clause's verb ('te hebben *minder* retouren', 'te halen *betere*
    cijfers'): it opens the noun phrase (the tagger may call the noun a verb, so any word
    after it counts, no preposition or subordinator)."""
    first = doc[at]
    if (first.pos_ != "ADJ" and first.lower_ not in changes) or at + 1 >= len(doc):
        return False
    after = doc[at + 1]
    return after.is_alpha and after.pos_ not in ("ADP", "SCONJ", "CCONJ", "PRON", "DET")


def _in_verb_cluster(token: Token) -> bool:
    """A verb, or a form in -en that is its own lemma (an infinitive the tagger calls a
    noun: 'te leren *plannen*'); a plural is not its own lemma ('klanten' -> 'klant')."""
    lower = token.lower_
    own = len(lower) > 3 and lower.endswith("en") and token.lemma_.lower() == lower
    return token.pos_ in ("VERB", "AUX") or (own and token.pos_ == "NOUN")


def wish_after_te(doc: Doc, goal_text: str, wishes: frozenset[str]) -> list[Seam]:
    """'om meer verantwoordelijkheid te *willen*', 'in order to *want* a bigger role': the
    writer's verb of wishing made the purpose's infinitive. The wish is what the rewrite
    commits to; its purpose gets the thing wished, never the wishing (``wishes``: the
    pack's ``wish_verbs``, lemmas). Words the writer wrote so are theirs."""
    goal = " ".join(goal_text.lower().split())
    for t in doc[1:]:
        marker = t.nbor(-1)
        if marker.pos_ not in ("PART", "ADP") or marker.dep_ != "mark":
            continue
        if t.lemma_.lower() not in wishes or f"{marker.lower_} {t.lower_}" in goal:
            continue
        rest = []
        for u in doc[t.i + 1 :]:
            if u.is_punct:
                break
            rest.append(u)
        if any(u.pos_ in ("VERB", "AUX") or u.dep_ == "mark" for u in rest):
            continue  # 'om niet alles zelf te willen oplossen': the wish is the habit's own
        return [Seam("lost_verb", f"the wish {t.text!r} made a purpose", ("te-wish",))]
    return []


def infinitive_before_te(
    doc: Doc, goal_text: str, style: RewriteStyle, grammar: Grammar
) -> list[Seam]:
    """'om mijn kennis *delen* met nieuwe collega's te krijgen': a bare infinitive inside a
    te-clause before its 'te', a verb phrase put where the frame's noun phrase belongs
    ('om mijn kennis te delen ...' is the clause; the tagger may call it a plural, 'delen',
    which the dictionary then decides when the noun before it is its argument; 'een paar
    *weken*' heads its noun). A nominalised infinitive
    after an article ('om het samenwerken te verbeteren') is a noun. Words the writer wrote
    so are theirs."""
    if style.word_order != "v2" or not style.complementizers or not style.infinitive_markers:
        return []
    opens = {c.lower() for c in style.complementizers}
    markers = {m.lower() for m in style.infinitive_markers}
    goal = " ".join(goal_text.lower().split())
    for om in (t for t in doc if t.lower_ in opens):
        te = next((t for t in doc[om.i + 1 :] if t.lower_ in markers or t.is_punct), None)
        if te is None or te.lower_ not in markers:
            continue
        for t in doc[om.i + 1 : te.i - 1]:
            bare = t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm", [])
            before = t.nbor(-1) if t.i > om.i + 1 else None
            if t.pos_ == "NOUN" and before is not None and _argument_of(before, t):
                bare = bool(infinitive_evidence(t.lower_, doc.lang_, grammar, style))
            named = t.i > 0 and t.nbor(-1).pos_ in ("DET", "ADJ", "NUM")
            if bare and not named and doc[om.i : te.i + 2].text.lower() not in goal:
                return [Seam("two_finite", f"the infinitive {t.text!r} before {te.text!r}")]
    return []


def _argument_of(noun: Token, head: Token) -> bool:
    """``noun`` is a subject or object the parse hangs on ``head`` ('kennis' of 'delen')."""
    return noun.pos_ == "NOUN" and noun.head.i == head.i and noun.dep_ in ("nsubj", "obj")
