"""Dutch: the verb a commitment governs stands last in its clause, as an infinitive.

After 'ga ik', 'wil ik', 'ik ga' the clause ends on its infinitive ('ga ik meer klanten zelf
*inplannen*'). A rewrite that kept the writer's finite form ('ik plan ... in', 'ik maak')
leaves a present where the infinitive belongs: 'ga ik meer klanten zelf *inplan* en ...',
'ik wil elke week de planning *maak*'. The lemmatizer knows which infinitive a stem or a
form in -t is of, so the word is judged by its lemma; an object noun that looks like a stem
('een plan', 'mijn werk') has its own lemma and a determiner before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.anatomy.infinitives import form_infinitives, stem_infinitives
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.reading.goal import Goal

#: Words before a noun inside its phrase: after them a stem-like word is the noun.
_NOUN_PHRASE = frozenset({"DET", "NUM"})
#: The longest possessive ('jouw', 'onze').
_POSSESSIVE = 4


def finite_in_infinitive_slot(doc: Doc, style: RewriteStyle, written: str = "") -> list[Seam]:
    """A present form ending a clause (or a conjunct before 'en', 'of') that a committed
    modal governs: 'ga ik ... inplan en ...', 'ik wil ... de planning maak.' Verb-second
    languages only (an English modal takes its verb next: the clause checks see 'will
    makes'). A sentence the writer wrote as it stands ('Nu *ga ik* te snel in de verdediging
    en geef ik ...': 'gaan' a verb of its own) is theirs."""
    if style.word_order != "v2":
        return []
    own = " ".join(written.split())
    seams: list[Seam] = []
    for start in committed_starts(doc, style):
        if own and " ".join(doc[start - 2 :].sent.text.split()) in own:
            continue
        ends = _conjunct_ends(doc, start, style)
        for last in ends:
            if _finite_form(last) and not _has_infinitive(doc, start, last):
                detail = f"the present {last.text!r} where the infinitive belongs"
                seams.append(Seam("lost_tense", detail, (last.lower_, "inf-slot")))
        if ends and not seams:
            seams += _stem_before_phrase(doc, start, ends[-1])
    return seams


def _stem_before_phrase(doc: Doc, start: int, end: Token) -> list[Seam]:
    """A present form before a phrase moved after the verb ('ga ik volgend jaar *meedraai*
    op het project ...'): the verb slot is before that phrase, and with no infinitive
    anywhere in the committed clause the stem stands where the infinitive belongs."""
    clause = doc[start : end.i + 1]
    if any(t.pos_ in ("VERB", "AUX") and "Inf" in t.morph.get("VerbForm", []) for t in clause):
        return []
    for t in clause[:-1]:
        stem = t.lemma_.lower() != t.lower_  # a noun has its own lemma ('werk', 'plan')
        if doc[t.i + 1].pos_ == "ADP" and stem and _finite_form(t):
            detail = f"the present {t.text!r} where the infinitive belongs"
            return [Seam("lost_tense", detail, (t.lower_, "inf-slot"))]
    return []


def committed_starts(doc: Doc, style: RewriteStyle) -> list[int]:
    """Where the words a committed modal governs start: after 'ga ik' / 'ik ga'."""
    me = {s.lower() for s in style.subjects}
    modals = {m.lower() for m in style.modals}
    starts = []
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if t.lower_ in modals and nxt.lower_ in me:
            starts.append(t.i + 2)  # 'Vóór [datum] ga ik ...'
        elif t.lower_ in me and nxt.lower_ in modals and _opens(t):
            starts.append(t.i + 2)  # 'Ik wil ...'
    return starts


def _opens(token: Token) -> bool:
    return token.i == 0 or token.doc[token.i - 1].is_punct or token.nbor(-1).pos_ == "CCONJ"


def _conjunct_ends(doc: Doc, start: int, style: RewriteStyle) -> list[Token]:
    """The last word of each conjunct of the clause from ``start``: before 'en' / 'of', and
    before the clause's end (a comma, a subordinator, a relative or another subject)."""
    stops = set(style.relativizers) | set(style.clause_ends) | {s.lower() for s in style.subjects}
    ends: list[Token] = []
    prev: Token | None = None
    for t in doc[start:]:
        if t.text in ",;:.!?()" or t.pos_ == "SCONJ" or t.lower_ in stops:
            break
        if t.pos_ == "CCONJ" and prev is not None:
            ends.append(prev)
        prev = t
    if prev is not None and prev.pos_ != "CCONJ":
        ends.append(prev)
    return ends


def _finite_form(token: Token) -> bool:
    """A stem ('maak', 'inplan') or a form in -t ('maakt') of a verb, not after a
    determiner (a noun: 'een plan'). The lemmatizer's lemma says so ('maak' -> 'maken'), or
    the dictionary's ('tel' -> 'tellen', 'afsluit' -> 'afsluiten'); a stem neither knows
    counts when the dictionary knows its infinitive ('opruim' -> 'opruimen') and it is no
    word borrowed from English. Right after a preposition it is the phrase's noun ('voor
    *vertrek*', 'na *afloop*', 'bij *aankomst*')."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if not token.is_alpha or len(lower) < 3 or lower.endswith("en"):
        return False
    if token.i > 0 and (_in_noun_phrase(token.nbor(-1)) or token.nbor(-1).pos_ == "ADP"):
        return False
    if lower.startswith("ge") and lower.endswith(("d", "t")):
        return False  # a participle: 'heb ik ... gemaakt'
    infinitives = {*form_infinitives(lower), *stem_infinitives(lower)}
    if lemma in infinitives:
        return True
    if known_word(lower, lang="nl"):
        return lemma_of(lower, "nl") in infinitives
    return (
        lemma == lower
        and token.pos_ != "PROPN"
        and token.text.islower()
        and not known_word(lower, lang="en")
        and any(known_word(i, lang="nl") for i in infinitives)
    )


def _in_noun_phrase(before: Token) -> bool:
    """A determiner, number or possessive, or an adjective after one ('een beter plan');
    an adjective alone is an adverb of the verb ('sneller terugbel')."""
    if _opens_noun(before):
        return True
    if before.pos_ != "ADJ" or before.i == 0 or not _opens_noun(before.nbor(-1)):
        return False
    # an inflected or compared adjective ('een goede start', 'een beter plan'); a noun the
    # tagger calls an adjective after its article ('het rooster maak') is none
    inflected = before.lower_.endswith("e") or before.morph.get("Degree", []) in (["Cmp"], ["Sup"])
    return inflected


def _opens_noun(token: Token) -> bool:
    """A determiner, a number or a possessive ('mijn', 'onze'). The tagger may call a noun
    a possessive ('het *magazijn*'): a possessive is a short closed word."""
    possessive = "Yes" in token.morph.get("Poss", []) and len(token.lower_) <= _POSSESSIVE
    return token.pos_ in _NOUN_PHRASE or possessive


def _has_infinitive(doc: Doc, start: int, last: Token) -> bool:
    """The conjunct that ``last`` ends already has its infinitive ('ga ik oefenen in TC3
    *hockey*', 'ga ik kleurscheidingen maken voor simulated *process*'): the last word
    ends a phrase after it, not the verb slot. A conjunct starts after 'en' / 'of'."""
    for t in reversed(doc[start : last.i]):
        if t.pos_ == "CCONJ":
            return False
        if t.pos_ in ("VERB", "AUX") and "Inf" in t.morph.get("VerbForm", []):
            return True
    return False


def noun_pair_in_infinitive_slot(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """Dutch: the committed clause ends on the second noun of a pair the goal joined ('ga ik
    hooguit [aantal] keer afkeur op de randen *en hoeken*') and has no other verb: the
    tagger reads the noun as the infinitive the commitment governs, but nothing is
    committed to."""
    pairs = _noun_pairs(goal) if style.word_order == "v2" else set()
    if not pairs:
        return []
    seams = []
    for start in committed_starts(doc, style):
        ends = _conjunct_ends(doc, start, style)
        last = ends[-1] if ends else None
        if last is None or last.pos_ not in ("VERB", "AUX"):
            continue  # only a noun the tagger took for the verb
        if last.lower_ in pairs and not _any_verb(doc, start, last):
            detail = f"{last.text!r}, the goal's second noun of a pair, in the infinitive's slot"
            seams.append(Seam("lost_verb", detail, (last.lower_, "noun-pair")))
    return seams


def _any_verb(doc: Doc, start: int, last: Token) -> bool:
    """A verb anywhere in the committed clause before ``last`` ('ga ik leren over X en *Y*'):
    the pair is its object, the clause has its infinitive."""
    return any("Inf" in t.morph.get("VerbForm", []) for t in doc[start : last.i])


def _noun_pairs(goal: Goal) -> set[str]:
    """The nouns the goal joins to a noun before them with a coordinator ('de randen en
    *hoeken*')."""
    if goal.doc is None:
        return set()
    return {
        t.lower_
        for t in goal.doc[2:]
        if t.pos_ == "NOUN"
        and t.dep_ == "conj"
        and t.nbor(-1).pos_ == "CCONJ"
        and t.nbor(-2).pos_ == "NOUN"
    }
