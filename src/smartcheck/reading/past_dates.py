"""Times in a clause told in the simple past: when something happened, not the goal's
deadline. 'Ik wil beter worden in offertes maken. *In september* kreeg ik twee klachten.',
'Get my forklift licence. I failed the test *in October*.', '..., after what happened
with lot 212 *in November*'.

The time engine reads text: a month after a plain preposition is a deadline ('in oktober'
-> before 31 October). When the verb that governs it (up the parse from the time's last
word) is a finite verb in the simple past, the month dates a past event the writer tells as
context, and the goal has no deadline there (JUDGING T: "no time at all"). Only a plain
preposition dates so ('vóór maart kreeg ik ...' stays a deadline), and never a perfect ('In
maart heb ik de cursus afgerond' is a goal told as done by then), a past modal or wish
('Ik wilde in maart beginnen': the pack's ``modal_verbs`` and ``wish_verbs``), nor a time
with a year written in it ('In Q2 2027 voer ik ...', where the tagger may read 'voer' as the
past of 'varen').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.reading.anatomy.infinitives import form_infinitives
from smartcheck.reading.timex.patterns import YEAR_WORD

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from spacy.tokens import Doc, Token

    from smartcheck.reading.timex import TimeExpression

#: Dependencies of a word that cannot be a finite verb (an open complement, a modifier).
_NON_FINITE_DEPS = frozenset({"xcomp", "amod", "compound", "nmod", "obj"})
#: How many steps up the parse the governing verb may stand ('lot 212 in *November*' ->
#: 'lot' -> 'happened').
_REACH = 4
#: How many words before a time a past verb may stand in its clause ('went wrong | last').
_BEFORE = 3


def past_dates_dropped(
    times: tuple[TimeExpression, ...], doc: Doc, plain: Iterable[str], wishes: Iterable[str]
) -> tuple[TimeExpression, ...]:
    """``times`` without the deadlines after a plain preposition (``plain``) that a verb in
    the simple past governs; ``wishes`` are the lemmas of modals and wish verbs, whose past
    still tells a plan."""
    weak = {w.lower() for w in plain}
    wished = {w.lower() for w in wishes}
    return tuple(t for t in times if not _dates_past(t, doc, weak, wished))


def beside_past_dropped(
    times: tuple[TimeExpression, ...], text: str, reference: date, plain: Iterable[str]
) -> tuple[TimeExpression, ...]:
    """``times`` without the deadlines after a plain preposition (``plain``) that touch a
    relative time pointing back before ``reference`` ('vorig jaar in mei', 'in June last
    year', 'afgelopen zomer, in augustus'): the month lies inside that past time and dates
    what happened then, never the goal."""
    weak = {w.lower() for w in plain}
    back = [t for t in times if t.relative and t.due is not None and t.due < reference]
    if not back:
        return times

    def touches(time: TimeExpression) -> bool:
        return any(
            not (
                text[b.end : time.start] if b.end <= time.start else text[time.end : b.start]
            ).strip(" ,")
            for b in back
            if b is not time and (b.end <= time.start or time.end <= b.start)
        )

    def plain_deadline(time: TimeExpression) -> bool:
        words = time.text.lower().split()
        return time.kind == "deadline" and bool(words) and words[0] in weak

    return tuple(t for t in times if not (plain_deadline(t) and touches(t)))


def told_in_past(time: TimeExpression, doc: Doc) -> bool:
    """Is ``time`` governed by a finite verb in the simple past in a clause inside the goal
    ('after what happened *last year*', 'wat er *vorig jaar* misging')? It dates what
    happened, whatever its preposition: the rewrite keeps it as the writer's context, never
    drops it as a passed deadline. The main clause's own past ('*Last year* I set up the
    rota') is the goal's time, which passed."""
    inside = _tokens_of(time, doc)
    if not inside:
        return False
    verb = _governing_verb(inside[-1])
    if verb is not None and verb.dep_ not in _NON_FINITE_DEPS and _simple_past(verb):
        return _inner(verb, time)
    # the parse may hang the time elsewhere ('after what *went* wrong last winter'): a past
    # verb right before it in its clause dates it too
    for token in reversed(doc[max(0, inside[0].i - _BEFORE) : inside[0].i]):
        if token.is_punct:
            return False
        if token.pos_ in ("VERB", "AUX") and _simple_past(token):
            return _inner(token, time)
    return False


def _tokens_of(time: TimeExpression, doc: Doc) -> list[Token]:
    """The tokens of ``doc`` that ``time`` covers."""
    return [t for t in doc if time.start <= t.idx < time.end]


def _inner(verb: Token, time: TimeExpression) -> bool:
    """``verb`` heads a clause inside the goal, not its main clause: not the root, nor a
    clause after a fronted time the parse hung on that time ('Last year I set up ...' read
    as 'the year I set up'; 'what went wrong last winter', the verb before it, is inner)."""
    if verb.dep_ == "ROOT":
        return False
    return not (time.start <= verb.head.idx < time.end and verb.idx >= time.end)


def _dates_past(time: TimeExpression, doc: Doc, weak: set[str], wished: set[str]) -> bool:
    words = time.text.lower().split()
    if time.kind != "deadline" or not words or words[0] not in weak:
        return False
    if YEAR_WORD.search(time.text):
        return False  # 'In Q2 2027 voer ik ...': a year the writer wrote dates the goal, and a
        # misread past ('voer', 'trade') must not take it away
    inside = _tokens_of(time, doc)
    if not inside:
        return False
    verb = _governing_verb(inside[-1])
    if verb is None or verb.lemma_.lower() in wished or verb.lower_ in wished:
        return False
    if verb.dep_ in _NON_FINITE_DEPS:
        return False  # 'Attend the Bauma *trade* fair in April': an open complement is never
        # finite, whatever past the tagger read
    return _simple_past(verb)


def _simple_past(verb: Token) -> bool:
    """A finite verb in the simple past: its features say so, and a fine-grained tag that
    names the form agrees ('WW|pv|verl', never 'WW|vd' or 'WW|inf', whose features the tag
    repair may have left behind: 'de werkplaats *vegen*')."""
    morph = verb.morph
    if "Past" not in morph.get("Tense", []):
        return False
    if "Fin" not in morph.get("VerbForm", []) and verb.tag_ != "VBN":
        return False
    tag = verb.tag_
    if "pv|verl" in tag and verb.lemma_.lower() in form_infinitives(verb.lower_):
        return False  # 'Voor 1 juli *geef* ik ...': a present stem of its own lemma is never
        # past ('gaf', 'bracht', 'leverde' are), whatever the tagger read
    if tag == "VBN":  # 'After the merger in January our team *doubled*': a participle with
        # its own subject and no auxiliary is the simple past the tagger misread
        kids = list(verb.children)
        return any(c.dep_ == "nsubj" for c in kids) and not any(
            c.dep_ in ("aux", "aux:pass") for c in kids
        )
    return "pv|verl" in tag if "|" in tag else tag == "VBD"


def _governing_verb(token: Token) -> Token | None:
    """The first verb up the parse from ``token``, within reach, through nouns only ('lot 212
    in November' -> 'lot' -> 'happened'); a pronoun on the way ('in April' hung on 'what I
    learned') is a misparse, no verb governs the time."""
    for _ in range(_REACH):
        if token.head is token:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None
    return None
