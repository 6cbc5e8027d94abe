"""The actor (subject) and object of the goal's main clause.

Both are found by word order first, because word order is reliable in short goals and a
small parser's attachments are not: a subject pronoun next to the finite verb, else the noun
phrase before the first verb; the object is the first noun phrase after the action (English,
Dutch verb-second) or the last one before a clause-final Dutch infinitive. The parse picks
the object among several noun phrases when it marks one as ``obj`` of the action, and names
noun-phrase subjects ("Het team", "een teamoverleg" in "Er wordt ... georganiseerd").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.reading.anatomy.verb_order import joined_separable
from smartcheck.reading.anatomy.verbs import is_nonfinite
from smartcheck.reading.anatomy.words import NOMINAL_POS, Reading
from smartcheck.reading.goal import Actor, TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
OBJECT_DEPS = ("obj", "iobj")


@dataclass(frozen=True)
class Clause:
    """The main clause as the role finders see it."""

    start: int
    end: int
    verbs: tuple[Token, ...]
    action: Token | None
    particle: Token | None


def infinitive_goal(r: Reading, clause: Clause) -> bool:
    """A subjectless goal: an imperative ("Learn Excel") or a Dutch bare infinitive at the
    clause end ("Excel leren", "Mijn Engels verbeteren") with no modal or finite verb."""
    action = clause.action
    if action is None:
        return True
    if r.grammar.verb_second and _verb_not_second(r, clause):
        return True  # 'Klanten beter uitleggen wat ze ...': whatever the clause holds after it
    if clause.verbs and joined_separable(r, clause.verbs[0], clause.start):
        return True  # 'Nieuwe collega's uitleggen wat ...': a finite one would split
    if any(r.is_subject_pronoun(r.doc[i]) for i in range(clause.start, action.i)):
        return False
    if not r.grammar.verb_second:
        first = next((t for t in r.doc[clause.start : clause.end] if t.is_alpha), None)
        return first is not None and first.i == action.i
    # Dutch: a finite singular verb ("wil", "volgt") means a subject; -en forms up to the
    # clause end are infinitives unless a noun phrase follows ("De medewerkers volgen X").
    verbs = [v for v in clause.verbs if v.i <= action.i]
    return all(r.is_infinitive_form(v) for v in verbs) and not _noun_phrase_after(r, clause)


def _verb_not_second(r: Reading, clause: Clause) -> bool:
    """Dutch: the clause's first verb is an -en form with an adverb between it and the noun
    phrase that opens the clause ('Klanten beter uitleggen ...', 'Collega's sneller
    inwerken'). A finite verb comes right after the first phrase ('Klanten leggen ... uit'),
    so this -en form is an infinitive and the noun its object, whatever follows. (The tagger
    may call a comparative a verb: 'sneller' counts as the adverb it is.)"""
    verbs = [v for v in clause.verbs if not r.is_word(v, "comparatives")]
    if not verbs or not r.is_infinitive_form(verbs[0]):
        return False
    tokens = [t for t in r.doc[clause.start : verbs[0].i] if not t.is_punct]
    adverbs = [n for n, t in enumerate(tokens) if _adverb(r, t)]
    if not adverbs or adverbs[-1] != len(tokens) - 1:
        return False
    opening = next(n for n in adverbs if all(_adverb(r, t) for t in tokens[n:]))
    head = tokens[:opening]
    return (
        bool(head)
        and head[-1].pos_ in ("NOUN", "PROPN")
        and not any(r.is_subject_pronoun(t) or t.pos_ in ("VERB", "AUX") for t in head)
    )


def _adverb(r: Reading, token: Token) -> bool:
    return token.pos_ in ("ADV", "ADJ") or r.is_word(token, "comparatives")


def _noun_phrase_after(r: Reading, clause: Clause) -> bool:
    assert clause.action is not None
    tokens = _region(r, clause, clause.action.i + 1, clause.end)
    return bool(_chunks(r, tokens)[0])


def find_actor(r: Reading, clause: Clause) -> Actor | None:
    """The subject of the main clause, or None for infinitive and imperative goals."""
    if infinitive_goal(r, clause):
        return None
    span = _pronoun_subject(r, clause) or _parsed_subject(r, clause) or _subject_before(r, clause)
    if span is None:
        return None
    first, last = span
    first_person = any(r.is_word(t, "first_person_subject") for t in r.doc[first : last + 1])
    start, end = r.doc[first].idx, r.doc[last].idx + len(r.doc[last].text)
    return Actor(text=r.text[start:end], start=start, end=end, first_person=first_person)


def _pronoun_subject(r: Reading, clause: Clause) -> tuple[int, int] | None:
    """A subject pronoun right before or after the first verb; a coordination before it
    joins in ("Mijn leidinggevende en ik")."""
    if not clause.verbs:
        return None
    verb = clause.verbs[0]
    for index in (verb.i - 1, verb.i + 1):
        if not clause.start <= index < clause.end:
            continue
        pronoun = r.doc[index]
        if r.is_subject_pronoun(pronoun):
            left = index
            if index > clause.start and r.doc[index - 1].lower_ in r.words("conjunctions"):
                left = _phrase_start(r, clause.start, index - 1)
            return left, index
    return None


def _phrase_start(r: Reading, start: int, stop: int) -> int:
    """Leftmost token of the noun phrase that ends just before ``stop``."""
    left = stop
    while left > start and not r.doc[left - 1].is_punct and not r.is_preposition(r.doc[left - 1]):
        left -= 1
    return left


def _parsed_subject(r: Reading, clause: Clause) -> tuple[int, int] | None:
    if not r.parsed:
        return None
    heads = {v.i for v in clause.verbs}
    for token in r.doc[clause.start : clause.end]:
        if token.dep_ in SUBJECT_DEPS and token.head.i in heads and token.i not in r.time_tokens:
            inverted = token.i > token.head.i and token.head.i == clause.start
            if inverted and not r.grammar.subject_after_first_verb:
                continue
            return _clip(r, clause, token)
    return None


def _clip(r: Reading, clause: Clause, head: Token) -> tuple[int, int]:
    """The head's subtree, cut at the clause edges, verbs and time expressions."""
    verbs = {v.i for v in clause.verbs}
    left = head.i
    while left - 1 >= max(clause.start, head.left_edge.i) and _inside(r, left - 1, verbs):
        left -= 1
    right = head.i
    while right + 1 <= min(clause.end - 1, head.right_edge.i) and _inside(r, right + 1, verbs):
        right += 1
    return left, right


def _inside(r: Reading, index: int, verbs: set[int]) -> bool:
    token = r.doc[index]
    return index not in verbs and index not in r.time_tokens and not token.is_punct


def _subject_before(r: Reading, clause: Clause) -> tuple[int, int] | None:
    """Untagged fallback: the words before the first verb, if they look like a noun phrase."""
    if not clause.verbs:
        return None
    tokens = [t for t in r.doc[clause.start : clause.verbs[0].i] if t.i not in r.time_tokens]
    if not tokens or r.is_preposition(tokens[0]) or not any(_content(r, t) for t in tokens):
        return None
    return tokens[0].i, tokens[-1].i


def find_object(r: Reading, clause: Clause, passive: bool) -> TextSpan | None:
    """The direct object, else the first relevant oblique ("beter worden *in Excel*")."""
    action = clause.action
    if action is None or passive:
        return None
    verb_final = r.grammar.verb_second and (
        is_nonfinite(r, action, list(clause.verbs)) or infinitive_goal(r, clause)
    )
    before_start = _region_start(r, clause) if verb_final else action.i
    before = _region(r, clause, before_start, action.i) if verb_final else []
    after = _region(r, clause, action.i + 1, clause.end)
    nps_before, pps_before = _chunks(r, before)
    nps_after, pps_after = _chunks(r, after)
    nominal = [*nps_before[-1:], *nps_after[:1]] if verb_final else nps_after[:1]
    if r.is_word(action, "copular_verbs"):  # "teamleider worden": a predicate, not an object
        nps_before, nps_after, nominal = [], [], []
    chosen = _parsed_object(r, action, [*nps_before, *nps_after]) or next(iter(nominal), None)
    if chosen is None:
        relevant = [pp for pp in [*pps_before, *pps_after] if not _predicative(r, pp)]
        chosen = next(iter(relevant), None)
    return _as_span(r, chosen) if chosen else None


def _region_start(r: Reading, clause: Clause) -> int:
    """Where the Dutch middle field begins: after the subject and finite verb."""
    assert clause.action is not None
    cluster = clause.action.i  # the verb cluster at the clause end: "kunnen maken"
    verbs = {v.i for v in clause.verbs}
    while cluster - 1 > clause.start:
        previous = r.doc[cluster - 1]
        if previous.i in verbs or previous.lower_ in r.words("infinitive_markers"):
            cluster -= 1
        elif previous.pos_ == "CCONJ" and cluster - 2 in verbs and cluster - 2 > clause.start:
            cluster -= 2  # "de kassa *instellen en onderhouden*": both share the middle field
        else:
            break
    before = [i for i in verbs if i < cluster]
    start = max(before, default=clause.start - 1) + 1
    while start < cluster and r.is_subject_pronoun(r.doc[start]):
        start += 1
    return start


def _region(r: Reading, clause: Clause, start: int, end: int) -> list[Token]:
    """Tokens that can belong to an object: no verbs, time words, particles, reflexives,
    subject pronouns or infinitive markers."""
    skip = {v.i for v in clause.verbs}
    if clause.particle is not None:
        skip.add(clause.particle.i)
    return [
        t
        for t in r.doc[start:end]
        if t.i not in skip
        and t.i not in r.time_tokens
        and not r.is_subject_pronoun(t)
        and not r.is_word(t, "reflexive_pronouns")
        and t.lower_ not in r.words("infinitive_markers")
        and not r.is_word(t, "negations")
    ]


def _chunks(r: Reading, tokens: list[Token]) -> tuple[list[list[Token]], list[list[Token]]]:
    """Split a region into noun phrases and prepositional phrases (a preposition starts a
    PP that runs to the next preposition or gap)."""
    nps: list[list[Token]] = []
    pps: list[list[Token]] = []
    current: list[Token] = []
    is_pp = False
    for token in tokens:
        gap = current and token.i != current[-1].i + 1
        breaks = token.is_punct and not _word_internal(token)
        if breaks or gap or r.is_preposition(token):
            _close(r, current, is_pp, nps, pps)
            current, is_pp = [], False
            if breaks:
                continue
            if r.is_preposition(token):
                is_pp = True
        current.append(token)
    _close(r, current, is_pp, nps, pps)
    return nps, pps


def _word_internal(token: Token) -> bool:
    """A hyphen or slash inside a word ("first-aid"): no spaces around it."""
    before = token.nbor(-1) if token.i > 0 else None
    return (
        token.text in ("-", "/")
        and not token.whitespace_
        and before is not None
        and not before.whitespace_
    )


def _close(
    r: Reading, chunk: list[Token], is_pp: bool, nps: list[list[Token]], pps: list[list[Token]]
) -> None:
    body = _trim(r, chunk[1:] if is_pp else chunk)
    if not body:
        return
    if is_pp:
        pps.append([chunk[0], *body])
    else:
        nps.append(body)


def _trim(r: Reading, chunk: list[Token]) -> list[Token]:
    """Start a noun phrase at its determiner (or first content word) and end it at its last
    content word; phrases without content words are dropped."""
    determiners = [i for i, t in enumerate(chunk) if r.is_determiner(t)]
    contents = [i for i, t in enumerate(chunk) if _content(r, t)]
    if not contents:
        return []
    first = determiners[0] if determiners and determiners[0] < contents[-1] else contents[0]
    body = chunk[first : contents[-1] + 1]
    pronoun_then_more = (
        len(body) > 1 and r.tagged and body[0].pos_ == "PRON" and not (r.is_determiner(body[0]))
    )
    return body[1:] if pronoun_then_more else body


def _content(r: Reading, token: Token) -> bool:
    """A word that can head a noun phrase: a noun, name, number or pronoun by its tag (or a
    word after a determiner: "my overtime"); untagged, any word that is not a function word."""
    if r.is_determiner(token) or token.is_punct:
        return False
    if r.tagged:
        if token.pos_ in NOMINAL_POS or token.like_num:
            return True
        after_determiner = token.i > 0 and r.is_determiner(r.doc[token.i - 1])
        name = token.text[:1].isupper() and not token.is_sent_start  # "Spanish", "Engels"
        return (after_determiner or name) and token.pos_ in ("ADJ", "ADV", "VERB")
    if token.like_num and token.lower_ not in r.words("indefinite_articles"):
        return True
    word = token.is_alpha or "-" in token.text or token.text.endswith("%")
    return word and not r.is_function_word(token) and not r.is_determiner(token)


def _predicative(r: Reading, phrase: list[Token]) -> bool:
    return phrase[0].lower_ in r.words("predicative_markers")


def _parsed_object(r: Reading, action: Token, phrases: list[list[Token]]) -> list[Token] | None:
    """The noun phrase the parse attaches to the action as its object, if any."""
    if not r.parsed:
        return None
    objects = {c.i for c in action.children if c.dep_ in OBJECT_DEPS}
    return next((p for p in phrases if any(t.i in objects for t in p)), None)


def _as_span(r: Reading, tokens: list[Token]) -> TextSpan:
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    return TextSpan(text=r.text[start:end], start=start, end=end)
