"""How the seam checks read one token where the tagger may be wrong.

The small pipelines misread exactly the words a rewrite moves: Dutch infinitives and plurals
both end in -en, and an English verb after 'will' may be tagged an adverb or a noun. These
predicates correct the tag by position, morphology and the dictionary; every parse-based
check shares them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.anatomy.infinitives import stem_infinitives
from smartcheck.reading.pipeline import (
    has_regular_past,
    known_word,
    lemma_of,
    pipeline_lock,
    pipeline_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_NOT_VERBS_NL = frozenset(
    {"en", "of", "maar", "dat", "die", "als", "om", "te", "zelf", "ook", "nu"}
)


_CLOSED = frozenset({"SCONJ", "CCONJ", "ADP", "DET", "PRON", "ADV", "NUM", "PUNCT", "PART"})


SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl", "expl:pv"})


def inflects_as_verb(token: Token) -> bool:
    """English: the dictionary knows a form in -ing ('building', 'meeting': a noun too, but
    no noun has one that is not a verb's) or one in -(e)d whose lemma is ``token``
    ('reviewed'); it knows none for 'newsletter', 'documentation' or 'social'."""
    word = token.lower_
    stem = word[:-1] if word.endswith("e") and len(word) > 2 else word
    if any(known_word(f, "en") for f in {f"{word}ing", f"{stem}ing", f"{word}{word[-1]}ing"}):
        return True
    forms = {f"{stem}ed", f"{word}ed", f"{word}{word[-1]}ed", f"{word[:-1]}ied"}
    return any(known_word(f, "en") and lemma_of(f, "en").lower() == word for f in forms)


def is_finite(token: Token) -> bool:
    """A finite verb. Dutch infinitives end in -en like plurals, and the tagger sometimes
    calls them finite: after the clause's first verb, such a form counts as an infinitive."""
    if token.pos_ not in ("VERB", "AUX") and not next_to_subject(token):
        return False
    near_subject = next_to_subject(token)
    if token.lang_ == "nl" and not near_subject and not token.lemma_.lower().endswith("n"):
        return False  # every Dutch verb's lemma ends in -n (werken, gaan, zijn, doen)
    if token.lang_ == "nl" and token.lower_.endswith(("en", "an", "zijn")) and _after_a_verb(token):
        return False
    if next_to_subject(token) and token.is_alpha and token.pos_ not in ("DET", "ADP", "PRON"):
        return token.pos_ in ("VERB", "AUX") or token.lang_ == "nl"
    if _inside_noun_phrase(token):
        return False  # 'my first aid certificate': no verb after a possessive and its modifiers
    if hyphen_part(token):
        return False  # 'an X-ray', 'the check-in': the last part of a word, never a verb
    return "Fin" in token.morph.get("VerbForm", []) and "Imp" not in token.morph.get("Mood", [])


def hyphen_part(token: Token) -> bool:
    """A word joined by a hyphen, without spaces, to the word before it ('X-ray',
    'check-in', 'follow-up'): the tagger splits the compound and may call its last part a
    finite verb, but it is part of a noun."""
    if token.i < 2:
        return False
    hyphen, first = token.doc[token.i - 1], token.doc[token.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not first.whitespace_


def hyphen_verb(token: Token) -> bool:
    """English: the first part of a hyphenated word right after a modal or 'to', whose last
    part the dictionary knows as a verb ('will *co*-author', 'to *re*-check', 'will
    *de*-escalate'): the tagger splits the word at its hyphens, but the whole is the verb
    the modal takes. Before a noun ('lost-time incidents') or elsewhere, no verb."""
    doc = token.doc
    if token.i == 0 or token.i + 2 >= len(doc) or token.whitespace_:
        return False
    hyphen, last = doc[token.i + 1], doc[token.i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or not last.is_alpha:
        return False
    if doc[token.i - 1].tag_ not in ("MD", "TO"):
        return False
    return has_regular_past(last.lower_) or last.pos_ == "VERB"


def _inside_noun_phrase(token: Token) -> bool:
    """A word after a possessive, maybe past its adjectives or numbers ('my first *aid*',
    'mijn eerste *hulp*'): the tagger may call it finite, but it is a noun's."""
    for before in reversed(token.doc[: token.i]):
        if "Yes" in before.morph.get("Poss", []):
            return True
        if before.pos_ not in ("ADJ", "NUM"):
            return False
    return False


def next_to_subject(token: Token) -> bool:
    """Dutch: a verb right before or after 'ik' is finite ('ga ik', 'ik ga')."""
    if token.lang_ != "nl":
        return False
    doc = token.doc
    if token.lower_ in _NOT_VERBS_NL or token.i == 0 or token.pos_ in _CLOSED:
        return False
    pronouns = ("ik", "we", "wij")
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in pronouns:
        return True  # 'ga ik'
    before = doc[token.i - 1]
    opens = before.i == 0 or doc[before.i - 1].is_punct or doc[before.i - 1].pos_ == "CCONJ"
    return before.lower_ in pronouns and opens  # 'ik ga' at the start of a clause


def plural_noun_as_finite(token: Token) -> bool:
    """English: a plural noun at the end of a compound of nouns that the tagger calls a finite
    verb but parses as a noun's dependent ('the delivery time *targets* on every route': VBZ,
    obl or acl), or after a bare verb and a noun, whatever the parse ('send safety *reports*':
    the compound is the verb's object; 'check stock *arrives*' would be a clause the verb
    takes, no seam either), or the head of a compound the parse hangs right before it ('do
    more camera *jumps*', 'camera' tagged a verb), or right after a bare verb ('deliver
    *reports*'), or ending the object a bare verb's determiner opens ('get my visit
    *reports* in'): no second finite verb."""
    if token.tag_ != "VBZ" or token.i < 2 or not token.lower_.endswith("s"):
        return False
    prior = token.nbor(-1)
    if prior.dep_ == "compound" and prior.head.i == token.i and token.dep_ in _NOUN_DEPS:
        return True  # 'more camera *jumps*': a compound's head is a noun, whatever its tag
    if prior.tag_ == "VB" and prior.pos_ == "VERB":
        return True  # 'will deliver *reports*': a bare verb takes no finite verb after it
    if prior.pos_ != "NOUN":
        return False
    before = token.nbor(-2)
    if (before.pos_ == "NOUN" and token.dep_ in _NOUN_DEPS) or before.tag_ == "VB":
        return True
    return _object_of_bare_verb(token)


def _object_of_bare_verb(token: Token) -> bool:
    """Nouns back to a determiner or possessive, and a bare verb right before it ('get my
    monitoring visit *reports* in'): the verb's object, its last noun no finite verb ('make
    sure my team *reports*' has no bare verb before 'my')."""
    at = token.i - 1
    while at > 0 and token.doc[at].pos_ == "NOUN":
        at -= 1
    opener = token.doc[at]
    if at == 0 or opener.tag_ not in ("DT", "PRP$"):
        return False
    verb = token.doc[at - 1]
    return verb.tag_ == "VB" and verb.pos_ == "VERB"


def modified_as_noun(token: Token) -> bool:
    """A word tagged a verb right after an adjective of a noun phrase that a determiner opens
    ('the advanced first *aid* refresher'): verbs take no adjective, so it is a noun the
    tagger misread, no second finite verb. (After a noun it may be a verb: 'I will the new
    manager *supports*'; and the parser's own children are no proof: a clause-final Dutch verb
    gets the object's article, 'dat alle cliënten een actueel plan *hebben*'.)"""
    if token.i == 0 or token.nbor(-1).pos_ != "ADJ":
        return False
    for before in reversed(token.doc[: token.i]):
        if before.pos_ == "DET":
            return True
        if before.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return False
    return False


def noun_after_preposition(token: Token) -> bool:
    """A word in -s tagged a finite verb that ends a noun phrase a preposition opens, in a
    clause whose finite verb came before it with no new subject or clause opener between
    ('I will improve my speaking for the Saturday night *shows*', 'ga ik mijn presentaties
    voor de zaterdagavond *shows* verbeteren'): the tagger's misread plural noun, no second
    finite verb. A subject of its own before the phrase keeps it a verb ('dat het in de
    werkplaats *draait*', 'so the work in the kitchen *runs*')."""
    doc = token.doc
    if token.pos_ != "VERB" or not token.lower_.endswith("s") or not token.is_alpha:
        return False
    i = token.i - 1
    while i >= 0 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        i -= 1
    if i == token.i - 1 or i < 1 or doc[i].pos_ != "DET" or doc[i - 1].pos_ != "ADP":
        return False  # no 'for the (Saturday night)' right before it
    if any(t.head.i == token.i and t.dep_ in SUBJECT_DEPS for t in doc[: i - 1]):
        return False  # the parse gives it a subject before the phrase: 'the team in ... runs'
    for n in range(doc[i - 1].i - 1, -1, -1):
        t = doc[n]
        if (t.is_punct and t.text in ",;:.!?") or t.pos_ == "SCONJ" or t.dep_ == "mark":
            return False  # a clause of its own opens between
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []):
            return True
        inverted = n > 0 and doc[n - 1].pos_ in ("VERB", "AUX")  # the subject of 'ga ik'
        if t.dep_ in SUBJECT_DEPS and t.pos_ == "PRON" and not inverted:
            return False  # a subject of its own
    return False


#: Dependencies of a noun, and the tagger's clause on a noun ('acl') that the mis-tag gets.
_NOUN_DEPS = frozenset({"obl", "obj", "nmod", "compound", "iobj", "acl"})


def _after_a_verb(token: Token) -> bool:
    for t in reversed(token.doc[: token.i]):
        if t.is_punct and t.text in ",;:.!?":
            return False
        if t.pos_ in ("VERB", "AUX"):
            return True
    return False


def dictionary_verb(token: Token) -> bool:
    """English: a word the tagger calls an adverb whose past form the dictionary knows as
    its own ('listen': 'listened'), not an -ly adverb: a verb the small tagger misses ('I
    will listen better')."""
    word = token.lower_
    if token.tag_ != "RB" or not word.isalpha() or word.endswith("ly") or len(word) < 4:
        return False
    return has_regular_past(word)


def after_first(token: Token, firsts: frozenset[str]) -> bool:
    """English: a word after a first step's adverb ('will *first* shadow Maria') whose past
    form the dictionary knows as its own: a verb, though the tagger reads 'first' as an
    ordinal and the verb as its noun ('first shadow')."""
    if token.i == 0 or token.nbor(-1).lower_ not in firsts or not token.is_alpha:
        return False
    return token.tag_ not in _CLOSED_TAGS and has_regular_past(token.lower_)


def named_object(token: Token) -> bool:
    """English: a word before a person's name whose past form the dictionary knows as its
    own ('will *shadow* Priya', 'assist Tom'): a verb and its object, though a tagger may
    read the two as a noun phrase."""
    if token.i + 1 >= len(token.doc) or token.doc[token.i + 1].pos_ != "PROPN":
        return False
    return token.is_alpha and token.tag_ not in _CLOSED_TAGS and has_regular_past(token.lower_)


def before_verb(token: Token) -> bool:
    """An adverb between a modal or 'to' and its verb ('will not', 'to better serve': a
    comparative the tagger calls an adjective counts when a verb follows)."""
    if token.i + 1 >= len(token.doc):
        return False
    comparative = token.tag_ in ("JJR", "RBR") and token.nbor(1).pos_ in ("VERB", "AUX")
    return token.pos_ in ("ADV", "PART") or comparative


#: Penn tags of closed word classes (prepositions, determiners, pronouns, numbers): never a
#: verb, whatever part of speech a repair gave the word.
_CLOSED_TAGS = frozenset({"IN", "DT", "PDT", "CD", "PRP", "PRP$", "CC", "WDT", "WP", "TO", "EX"})


def base_verb(token: Token) -> bool:
    """English: the verb a modal or 'to' takes is a base form ('will lead', 'in order to
    lead'), never 'will proofreading' or 'in order to no more ...'; a past or a participle
    the tagger reads for a base form that looks the same ('will read', 'to set', 'will cut
    down') passes."""
    if token.pos_ not in ("VERB", "AUX") or token.tag_ in _CLOSED_TAGS:
        return False  # a repaired tag may call 'after' a verb: its word class says not
    if token.tag_ in ("VBG", "VBZ"):
        return False
    return token.tag_ not in ("VBD", "VBN") or token.lemma_.lower() == token.lower_


def finite_by_stem(token: Token) -> bool:
    """A Dutch present form the small tagger calls an adjective or noun ('overlegt'): its
    stem ('overleg') is a verb's in the dictionary ('overleggen')."""
    if not token.is_alpha or not token.lower_.endswith("t") or len(token.text) < 4:
        return False
    stem = token.lower_[:-1]
    return any(known_word(v, lang="nl") for v in stem_infinitives(stem))


def verb_by_probe(token: Token, style: RewriteStyle) -> bool:
    """Whether the tagger reads ``token`` as a verb after a plain subject ('it works'). It
    may call the verb at the end of a clause a noun ('how the department works'); asked
    only where a seam would otherwise be shown."""
    verb = as_probed(token, style)
    return (
        verb is not None
        and verb.pos_ in ("VERB", "AUX")
        and "Fin" in verb.morph.get("VerbForm", [])
    )


def as_probed(token: Token, style: RewriteStyle) -> Token | None:
    """``token`` as the tagger reads it right after the pack's plain subject ('it answer')."""
    nlp = pipeline_of(token.doc)
    if not style.probe_subject or nlp is None or not token.is_alpha:
        return None
    with pipeline_lock(nlp):
        probe = nlp(f"{style.probe_subject} {token.lower_}")
    return probe[-1] if len(probe) == 2 else None


def attributive(token: Token) -> bool:
    """A participle used as an adjective ('toegepaste wiskunde'), not a verb of the clause."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    participle = "Part" in token.morph.get("VerbForm", []) or token.lower_.endswith("e")
    return participle and nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ")


def infinitive_like(token: Token) -> bool:
    """A Dutch form in -en, maybe an infinitive the tagger calls a noun ('vaker sporten',
    'iets ondernemen'); a plural noun may pass for one, so this only ever clears a seam."""
    lower = token.lower_
    return len(lower) > 3 and lower.endswith("en") and token.pos_ in ("NOUN", "VERB", "AUX")


def action_noun_plural(word: str) -> bool:
    """Dutch: the plural of a noun made of a verb with -ing ('vergaderingen' of 'vergaderen',
    'oefeningen', 'wijzigingen'): it ends in -en like an infinitive, and the small tagger
    may call it a verb, but a verb in -ingen ('zingen', 'springen', 'gingen') has no verb
    of its own before the -ing."""
    if not word.endswith("ingen") or len(word) < 9:
        return False
    verb = word[: -len("ingen")] + "en"
    return known_word(verb, "nl") and lemma_of(verb, "nl").lower() == verb


def is_infinitive(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm", [])


#: Marks that end a committed clause, a comma among them.
CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?"})


def clause_from(doc: Doc, start: int) -> list[Token]:
    """The tokens from ``start`` up to the first clause break or subordinator: the clause a
    frame's verb or purpose opener begins."""
    out = []
    for t in doc[start:]:
        if t.text in CLAUSE_BREAKS or t.pos_ == "SCONJ":
            break
        out.append(t)
    return out


def purpose_opener(style: RewriteStyle) -> tuple[str, str] | None:
    """The purpose frame's one-word opener and the infinitive marker ('om', 'te') of a
    verb-second language, whose purpose clause ends on 'te' + infinitive; None elsewhere."""
    if style.word_order != "v2" or not style.infinitive_markers or style.frames.purpose is None:
        return None
    opener = style.frames.purpose.split("{clause}")[0].strip().lower()
    if not opener or " " in opener:
        return None
    return opener, style.infinitive_markers[0].lower()


def sentences(
    doc: Doc, ends: frozenset[str] = frozenset({".", "!", "?", ";"}), keep_end: bool = True
) -> list[list[Token]]:
    """The sentences of a candidate's ``doc``, cut after a mark of ``ends`` (the mark kept
    with its sentence, or left out when not ``keep_end``)."""
    found: list[list[Token]] = []
    current: list[Token] = []
    for t in doc:
        if t.text in ends:
            found.append([*current, t] if keep_end else current)
            current = []
        else:
            current.append(t)
    if current:
        found.append(current)
    return found


def rewrite_date(candidate: str, filled: str, doc: Doc, style: RewriteStyle) -> Token | None:
    """The token where the rewrite's own date stands: ``style.placeholders.date`` in
    ``candidate``, its stand-in in ``filled`` (parsed as ``doc``); None without one."""
    if style.placeholders.date not in candidate:
        return None
    at = filled.find(style.seam_fillers.get("date", "\0"))
    return next((t for t in doc if t.idx >= at), None) if at >= 0 else None


#: Dashes that, spaced, set a clause off as a comma does ('-', en dash, em dash).
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def spaced_dash(token: Token) -> bool:
    """A dash with a space on both sides, which sets a clause off as a comma does ('learn X
    - orders pile up on Saturdays'); a hyphen inside a word ('short-staffed') is none."""
    before = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in _DASHES and before and bool(token.whitespace_)
