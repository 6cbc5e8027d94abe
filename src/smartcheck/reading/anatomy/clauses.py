"""The main clause of a goal, its purpose clause, and whether it is passive.

The anatomy (actor, action, object) belongs to the main clause: everything from a
subordinating conjunction ("zodat", "because"), a purpose marker ("om ... te", "in order to")
or an English "by -ing" phrase onwards is left out. An infinitival clause ("om ... te",
"to help") is a *purpose* only when the main clause is complete without it; after a modal,
hedge or complement-taking verb it is the verb's complement ("Ik probeer om minder te
vergaderen", "Leren om me klantgerichter op te stellen"), and when the main clause has no
lexical verb of its own the action is searched inside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.reading.anatomy.verbs import looks_like_participle, verb_candidates
from smartcheck.reading.anatomy.words import VERB_POS, Reading
from smartcheck.reading.goal import TextSpan
from smartcheck.reading.lexicon import LexiconMatch

if TYPE_CHECKING:
    from spacy.tokens import Token

COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "csubj", "obj", "acl"})


@dataclass(frozen=True)
class Boundary:
    """Where a dependent clause starts, and whether it is a purpose."""

    token: int
    char: int
    end_char: int
    purpose: bool
    infinitival: bool


SENTENCE_END = frozenset({".", "!", "?", ";"})


def first_sentence(r: Reading) -> tuple[int, int]:
    """Up to the first terminal punctuation mark (a small parser's sentence splits inside a
    short goal are not trusted)."""
    for token in r.doc:
        if token.text in SENTENCE_END or "\n" in token.text:
            return 0, token.i
    return 0, len(r.doc)


def boundaries(r: Reading, start: int, end: int) -> list[Boundary]:
    """Dependent clauses after the first word of the main clause, in text order."""
    found: dict[int, Boundary] = {}
    for m in r.ctx.matcher("purpose_markers").find(r.doc):
        if start < m.token_start < end and m.token_start not in found:
            infinitival = _infinitival(r, m)
            purpose = not (infinitival and _is_complement(r, m, start))
            found[m.token_start] = Boundary(m.token_start, m.start, m.end, purpose, infinitival)
    for m in wide_purposes(r):
        if start < m.token_start < end and m.token_start not in found:
            purpose = not _is_complement(r, m, start)
            found[m.token_start] = Boundary(m.token_start, m.start, m.end, purpose, True)
    for m in parsed_purposes(r):
        if start < m.token_start < end and not any(0 <= m.token_start - b < 3 for b in found):
            # (not the "to" of a listed "in order to")
            # the parse already says adverbial: only a verb that takes a complement objects
            purpose = not _governed(r, verb_candidates(r, start, m.token_start))
            found[m.token_start] = Boundary(m.token_start, m.start, m.end, purpose, True)
    for m in r.ctx.matcher("subordinators").find(r.doc):
        if start < m.token_start < end and m.token_start not in found:
            found[m.token_start] = Boundary(m.token_start, m.start, m.end, False, False)
    for token in r.doc[start + 1 : end]:
        if token.i not in found and _gerund_phrase(r, token):
            found[token.i] = Boundary(token.i, token.idx, token.idx, False, False)
    for index in relative_starts(r, start, end):
        if not verb_candidates(r, start, index):
            continue  # inside the first constituent: "Vaardigheden die ik ... gebruik ... inzetten"
        token = r.doc[index]
        if r.is_preposition(token):
            found.pop(index + 1, None)  # "in which": one clause from the preposition on
        if index not in found:
            found[index] = Boundary(index, token.idx, token.idx + len(token.text), False, False)
    return sorted(found.values(), key=lambda b: b.token)


def relative_spans(r: Reading) -> list[tuple[int, int]]:
    """Token ranges of the relative clauses in the Doc: from the relative word (or its
    preposition) to the clause's verb, which the parse makes the relative word's head (a
    Dutch relative clause ends in its verb: "Vaardigheden *die ik ... gebruik* ook ...
    inzetten"); without a parse, to the end of the Doc."""
    found = []
    for first in relative_starts(r, -1, len(r.doc)):
        word = r.doc[first] if r.is_word(r.doc[first], "relative_words") else r.doc[first + 1]
        head = word.head
        stop = head.i + 1 if r.parsed and head.i > word.i else len(r.doc)
        if r.parsed and head.i > word.i:  # "die X krijgen *of* in Y zitten": one clause
            stop = max([stop, *(c.right_edge.i + 1 for c in head.children if _joined(c))])
        while stop < len(r.doc) and r.doc[stop].pos_ in VERB_POS:
            stop += 1  # the rest of its verb cluster: "die te laat *leveren*"
        found.append((first, stop))
    return found


def _joined(token: Token) -> bool:
    """A verb coordinated with a relative clause's verb after it: the same clause goes on
    ("studenten die een negatief advies krijgen of in de problemen zitten")."""
    return token.dep_ == "conj" and token.pos_ in VERB_POS and token.i > token.head.i


def relative_starts(r: Reading, start: int, end: int) -> list[int]:
    """Where relative clauses start in (start, end): a relative word ("waarin", "die",
    "which", "where", the pack's ``relative_words``) with the preposition before it ("in
    which", "met wie"). Its verb describes the noun before it; it is not the goal's."""
    found: list[int] = []
    for token in r.doc[start + 1 : end]:
        if not r.is_word(token, "relative_words") or not _relative(r, token):
            continue
        first = token.i
        # "in which", "met wie"; an adverb ("waarin", "where") holds its own preposition, and
        # the word before it may be a particle ("stel een draaiboek *op* waarin ...")
        if first - 1 > start and token.pos_ != "ADV" and r.is_preposition(r.doc[first - 1]):
            first -= 1
        found.append(first)
    return found


def _relative(r: Reading, token: Token) -> bool:
    """A relative word by the tagger's PronType=Rel; else a listed word that cannot be a
    determiner or conjunction ("waarin", "who": whatever clause it opens, it is not the main
    one), so "die cursus", "dat de planning klopt", "that book" stay in the main clause."""
    before = r.doc[token.i - 1] if token.i > 0 else None
    if before is not None and (before.pos_ in ("VERB", "AUX") or r.is_subject_pronoun(before)):
        return False  # "hang ik *die* op": an object after the verb and its subject
    if "Rel" in token.morph.get("PronType", []):
        return True
    return token.pos_ not in ("DET", "SCONJ", "CCONJ") and not r.is_determiner(token)


def parsed_purposes(r: Reading) -> list[LexiconMatch]:
    """Infinitival adverbial clauses the parse found ("volg ik de cursus X *om* de
    communicatie met ouders en leerlingen *te verbeteren*", "take the course *to improve*
    ..."): a verb attached as ``advcl`` (or as ``acl`` to the object: "een formulier *om*
    ... *te verbeteren*", "a sheet *to improve* ...") with its infinitive marker (the pack's
    ``infinitive_markers``) before it. The word lists miss them when the object between
    "om" and "te" is long, and English marks a purpose with a bare "to". The match covers
    the first marker."""
    if not r.parsed:
        return []
    found = []
    for verb in r.doc:
        if verb.dep_ not in ("advcl", "acl") or verb.pos_ not in VERB_POS:
            continue
        marks = [
            c
            for c in verb.children
            if c.dep_ == "mark" and c.i < verb.i and r.is_word(c, "infinitive_markers")
        ]
        if marks:
            first = marks[0]
            end = first.idx + len(first.text)
            found.append(LexiconMatch(first.idx, end, "advcl", first.i, first.i + 1))
    return found


def wide_purposes(r: Reading) -> list[LexiconMatch]:
    """Purpose markers in two parts whose object is too long for a lexicon match ("om mijn
    kennis van oorstukjes maken / oorafdrukken te verbeteren": a ``purpose_markers`` entry
    "om & te" with more words between than the match spans), told by the second part right
    before the sentence's last word, an infinitive in -en, after a comma: a parse that
    reads such a long object badly does not find the clause either. The match covers the
    first part."""
    pairs = [
        tuple(e.lower().split(" & "))
        for e in r.ctx.pack.words("purpose_markers")
        if e.count(" & ") == 1
    ]
    if not pairs:
        return []
    found = []
    start, end = first_sentence(r)
    words = [t for t in r.doc[start:end] if not t.is_punct]
    last = words[-1] if len(words) >= 3 else None
    before = r.doc[last.i - 1] if last is not None and last.i > 0 else None
    if last is None or before is None or not last.lower_.endswith("en"):
        return []
    for token in r.doc[start + 1 : before.i - 1]:
        comma = r.doc[token.i - 1].text == ","
        if comma and (token.lower_, before.lower_) in pairs:
            found.append(
                LexiconMatch(token.idx, token.idx + len(token), "wide", token.i, token.i + 1)
            )
            break
    return found


def _infinitival(r: Reading, m: LexiconMatch) -> bool:
    first = r.doc[m.token_start].lower_
    return first in r.words("infinitive_markers")


def _gerund_phrase(r: Reading, token: Token) -> bool:
    """English 'by/through/while -ing': a manner clause, not part of the main clause."""
    ending = r.grammar.gerund_ending
    if not ending or not r.is_preposition(token) or token.i + 1 >= len(r.doc):
        return False
    nxt = r.doc[token.i + 1]
    tag = r.grammar.gerund_tag
    gerund = "Ger" in nxt.morph.get("VerbForm", []) or bool(tag and nxt.tag_ == tag)
    return gerund or (not r.tagged and nxt.lower_.endswith(ending) and len(nxt) > 4)


def _is_complement(r: Reading, marker: LexiconMatch, start: int) -> bool:
    """An infinitival clause is a complement when its governing verb takes one (modal, hedge,
    control or complement verb), when the parse says so, or when the main clause before it
    has no lexical verb."""
    before = verb_candidates(r, start, marker.token_start)
    if _governed(r, before):
        return True
    governor = before[-1]
    if r.parsed:
        inner = [t for t in r.doc[marker.token_start : marker.token_end + 4] if t.head == governor]
        return any(t.dep_ in COMPLEMENT_DEPS for t in inner)
    return False


def _governed(r: Reading, before: list[Token]) -> bool:
    """No lexical verb before the infinitival clause, or the last one takes a complement
    (modal, hedge, control or complement verb): the clause is that verb's complement."""
    if not before:
        return True
    governor = before[-1]
    if r.is_framing(governor) or r.is_word(governor, "complement_verbs"):
        return True
    return all(r.is_framing(v) or r.is_auxiliary(v) for v in before)


def main_clause(r: Reading, found: list[Boundary], widen: bool = False) -> tuple[int, int]:
    """Token range of the main clause: up to the first boundary; with ``widen``, past
    infinitival complements (the main clause had no lexical verb before them)."""
    start, end = first_sentence(r)
    fronted = fronted_purpose(r) or fronted_condition(r)
    if fronted is not None:
        start = fronted[1]
    for boundary in found:
        if boundary.token < start:
            continue
        if widen and boundary.infinitival and not boundary.purpose:
            continue
        return start, boundary.token
    return start, end


def fronted_purpose(r: Reading) -> tuple[int, int] | None:
    """A purpose clause before the main clause ("Om in vorm te komen ga ik sporten"): its
    token range, from the marker to the infinitive after "te"."""
    start, end = first_sentence(r)
    for m in r.ctx.matcher("purpose_markers").find(r.doc):
        if m.token_start == start and _infinitival(r, m):
            stop = min(m.token_end + 1, end)
            if stop < end and r.doc[stop].text == ",":
                stop += 1
            return start, stop
    return None


def fronted_condition(r: Reading) -> tuple[int, int] | None:
    """A dependent clause before the main clause, up to its comma and the consequence word
    after it: "Als ..., (dan)", "If ..., (then)", "Zodra ..., ", or a Dutch condition that
    opens with its verb ("Komt er een klacht binnen, dan bel ik ..."; it needs the "dan",
    without it a clause-initial verb is the goal's). Its token range."""
    start, end = first_sentence(r)
    comma = next((t.i for t in r.doc[start + 1 : end] if t.text == ","), None)
    if comma is None or comma + 1 >= end:
        return None
    consequence = r.is_word(r.doc[comma + 1], "consequence_words")
    keys: tuple[LexiconKey, ...] = ("condition_markers", "subordinators")
    opener = any(m.token_start == start for key in keys for m in r.ctx.matcher(key).find(r.doc))
    if not opener and not (consequence and verb_first(r, start, comma + 2)):
        return None
    stop = comma + 2 if consequence else comma + 1
    return (start, stop) if stop < end else None


_OPEN_CLASS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ", "X"})


def verb_first(r: Reading, index: int, main: int) -> bool:
    """A verb-second language's condition that opens with its verb ("*Stellen* studenten
    vragen, dan ..."), told by the "dan" and the verb right after it (``main``): taggers take
    such a first verb for a noun or a name, so any open-class word counts there, while
    "Eerst de cursus, dan het examen" has no verb after "dan"."""
    if not r.grammar.verb_second or main >= len(r.doc):
        return False

    def open_word(token: Token) -> bool:
        closed = r.is_function_word(token) or r.is_preposition(token) or r.is_determiner(token)
        return token.is_alpha and not closed and (not r.tagged or token.pos_ in _OPEN_CLASS)

    return open_word(r.doc[index]) and open_word(r.doc[main])


def purpose_span(r: Reading) -> TextSpan | None:
    """From the first purpose marker (in any sentence) to the end of its sentence, or, for
    a fronted purpose, to its infinitive."""
    fronted = fronted_purpose(r)
    if fronted is not None:
        first, last = r.doc[fronted[0]], r.doc[fronted[1] - 1]
        stop = last.i - 1 if last.text == "," else last.i
        end_char = r.doc[stop].idx + len(r.doc[stop].text)
        return TextSpan(text=r.text[first.idx : end_char], start=first.idx, end=end_char)
    found = boundaries(r, 0, len(r.doc))
    chosen = next((b for b in found if b.purpose), None)
    if chosen is None:
        return None
    later = [t for t in r.doc[chosen.token :] if t.text in SENTENCE_END or "\n" in t.text]
    end = later[0].idx if later else len(r.text)
    while end > chosen.char and not r.text[end - 1].isalnum():
        end -= 1
    end = max(end, chosen.end_char)
    return TextSpan(text=r.text[chosen.char : end], start=chosen.char, end=end)


def is_passive(r: Reading, action: Token | None, start: int, end: int) -> bool:
    """A passive auxiliary before a participle action (or the parse's passive relations)."""
    if action is None:
        return False
    if r.parsed and any(t.dep_ in ("aux:pass", "csubj:pass") for t in r.doc[start:end]):
        return True
    tag = r.grammar.participle_tag
    if r.tagged and tag and action.tag_:
        participle = action.tag_ == tag
    else:
        participle = "Part" in action.morph.get("VerbForm", []) or looks_like_participle(
            action.lower_, r
        )
    auxiliaries = r.ctx.matcher("passive_auxiliaries").find(r.doc)
    return participle and any(start <= m.token_start < action.i for m in auxiliaries)
