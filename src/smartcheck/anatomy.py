"""Read a goal's anatomy from its spaCy Doc: actor, action, modals, object, measures, ...

With a dependency parse (the shipped pipelines), the actor is the subject of the main verb,
the action is the lexical verb under any modal or hedge ("wil ... behalen", "want to pass"),
and the object is its direct object (or, failing that, its first oblique argument: "beter
worden *in Excel*"). Without a parse (``model="blank"``), the same fields come from the rule
pack's word lists and word order; that is less precise (see docs/anatomy.md) but never fails.
Measures, support, purpose and negation come from the word lists in both cases.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from smartcheck.context import RuleContext
from smartcheck.goal import Action, Actor, Measure, MeasureKind, Modal, TextSpan
from smartcheck.lexicon import LexiconMatch
from smartcheck.timex import TimeExpression

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj", "expl")
OBJECT_DEPS = ("obj", "iobj", "ccomp")
OBLIQUE_DEPS = ("obl", "obl:arg", "nmod")
ARTICLES = frozenset({"een", "a", "an"})
#: Tokenisers keep "10%" together; like_num is False for it.
_PERCENT_TOKEN = re.compile(r"^[0-9]+(?:[.,][0-9]+)?%$")


def read_anatomy(
    doc: Doc, ctx: RuleContext, times: tuple[TimeExpression, ...] = ()
) -> dict[str, Any]:
    """The anatomy fields of :class:`~smartcheck.goal.Goal` for ``doc``."""
    parsed = doc.has_annotation("DEP")
    modal_words = {m.token_start for m in _find(ctx, doc, "modal_verbs")}
    hedge_words = {m.token_start for m in _find(ctx, doc, "hedges")}
    modals = _modals(doc, ctx)
    action_token = (
        _main_verb_parsed(doc, modal_words | hedge_words)
        if parsed
        else _main_verb_guess(doc, ctx, modal_words | hedge_words)
    )
    actor = _actor(doc, ctx, action_token)
    obj = _object(doc, action_token) if parsed and action_token is not None else None
    return {
        "actor": actor,
        "action": _action(action_token),
        "modals": modals,
        "object": obj,
        "measures": _measures(doc, ctx, times),
        "support": tuple(_span(doc, m.start, m.end) for m in _find(ctx, doc, "support")),
        "purpose": _purpose(doc, ctx),
        "passive": _passive(doc, ctx, parsed),
        "negated": bool(_find(ctx, doc, "negations")),
    }


def _find(ctx: RuleContext, doc: Doc, key: str) -> list[LexiconMatch]:
    return ctx.matcher(key).find(doc)


def _span(doc: Doc, start: int, end: int) -> TextSpan:
    return TextSpan(text=doc.text[start:end], start=start, end=end)


def _token_span(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)


def _modals(doc: Doc, ctx: RuleContext) -> tuple[Modal, ...]:
    found: dict[int, Modal] = {}
    for key, hedge in (("modal_verbs", False), ("hedges", True)):
        for m in _find(ctx, doc, key):
            lemma = " ".join(t.lemma_.lower() or t.lower_ for t in doc[m.token_start : m.token_end])
            earlier = found.get(m.start)
            found[m.start] = Modal(
                text=doc.text[m.start : m.end],
                start=m.start,
                end=m.end,
                lemma=lemma,
                hedge=hedge or (earlier is not None and earlier.hedge),
            )
    return tuple(sorted(found.values(), key=lambda m: m.start))


def _is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _main_verb_parsed(doc: Doc, modal_positions: set[int]) -> Token | None:
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    verb = roots[0]
    # "I want to improve" / "ik probeer te ...": climb down from modal/hedge verbs.
    for _ in range(4):
        if verb.i not in modal_positions:
            break
        xcomp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if xcomp is None:
            break
        verb = xcomp
    if not _is_verbal(verb):
        # Copular goals: "ik ben in 2027 teamleider" -> the copula is the action.
        cop = next((c for c in verb.children if c.dep_ == "cop"), None)
        return cop if cop is not None else verb if verb.pos_ != "PUNCT" else None
    return verb


def _main_verb_guess(doc: Doc, ctx: RuleContext, modal_positions: set[int]) -> Token | None:
    """Without tags: the verb-like word after the modal (en) or at the clause end (nl)."""
    words = [t for t in doc if t.is_alpha and t.i not in modal_positions]
    if not words:
        return None
    if ctx.lang == "nl":
        infinitives = [
            t
            for t in words
            if t.lower_.endswith("en") and len(t) > 3 and t.i > min(modal_positions, default=-1)
        ]
        return infinitives[-1] if infinitives else None
    after = [
        t for t in words if t.i - 1 in modal_positions or (t.i > 0 and doc[t.i - 1].lower_ == "to")
    ]
    return after[0] if after else None


def _action(token: Token | None) -> Action | None:
    if token is None:
        return None
    start, end = _token_span(token)
    # Separable Dutch verbs: "rond ... af" -> lemma "afronden".
    particle = next((c for c in token.children if c.dep_ == "compound:prt"), None)
    lemma = token.lemma_.lower() or token.lower_
    if particle is not None and token.doc.lang_ == "nl":
        lemma = particle.lower_ + lemma
    return Action(text=token.text, start=start, end=end, lemma=lemma)


def _actor(doc: Doc, ctx: RuleContext, verb: Token | None) -> Actor | None:
    """The subject of the main verb, if the goal has a finite clause; else a word-list guess."""
    first_person = {w.lower() for w in ctx.pack.words("first_person_subject")}
    if verb is not None and doc.has_annotation("DEP"):
        subject = _parsed_subject(verb)
        if subject is not None:
            left = subject.left_edge.idx
            right = subject.right_edge.idx + len(subject.right_edge.text)
            if right - left > 60:
                left, right = _token_span(subject)
            return Actor(
                text=doc.text[left:right],
                start=left,
                end=right,
                first_person=subject.lower_ in first_person,
            )
        if not _has_finite_verb(verb):
            return None  # "Mijn Engels beter maken": an infinitive goal has no subject
    for key, first in (("first_person_subject", True), ("impersonal_subject", False)):
        matches = _find(ctx, doc, key)
        if matches:
            m = matches[0]
            return Actor(
                text=doc.text[m.start : m.end], start=m.start, end=m.end, first_person=first
            )
    return None


def _parsed_subject(verb: Token) -> Token | None:
    """nsubj of the verb, of an auxiliary/modal above it, or of the clause head; only in a
    finite clause (parsers invent subjects for bare infinitives)."""
    if not _has_finite_verb(verb):
        return None
    for head in [verb, *list(verb.ancestors)[:2]]:
        for node in [head, *(c for c in head.children if c.dep_ in ("aux", "cop"))]:
            subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return subject
    return None


def _has_finite_verb(verb: Token) -> bool:
    """Whether the verb or one of its auxiliaries/ancestors is finite (or untagged)."""
    nodes = [
        verb,
        *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")),
        *list(verb.ancestors)[:2],
    ]
    forms = [t.morph.get("VerbForm", []) for t in nodes]
    if not any(forms):  # no morphology: cannot tell, assume finite
        return True
    return any("Fin" in form for form in forms)


def _object(doc: Doc, verb: Token) -> TextSpan | None:
    children = list(verb.children)
    chosen = next((c for c in children if c.dep_ in OBJECT_DEPS), None)
    if chosen is None:
        chosen = next((c for c in children if c.dep_ in OBLIQUE_DEPS and c.i > verb.i), None)
    if chosen is None:
        chosen = next((c for c in children if c.dep_ in OBLIQUE_DEPS), None)
    if chosen is None:
        return None
    span: Span = doc[chosen.left_edge.i : chosen.right_edge.i + 1]
    # Leave out a trailing clause ("..., zodat ...") and punctuation at the edges.
    while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ in ("mark", "cc")):
        span = span[:-1]
    return _span(doc, span.start_char, span.end_char)


def _measures(doc: Doc, ctx: RuleContext, times: tuple[TimeExpression, ...]) -> tuple[Measure, ...]:
    # Numbers inside dates and deadlines are not measures; frequencies ("4 keer per maand")
    # are, so recurring expressions do not hide their numbers.
    def in_time(start: int, end: int) -> bool:
        return any(t.start <= start and end <= t.end for t in times if t.kind != "recurring")

    unit_starts = {m.token_start: m for m in ctx.matcher("units").find(doc)}
    found: list[Measure] = []
    for token in doc:
        start, end = _token_span(token)
        if in_time(start, end):
            continue
        measure = _number_measure(doc, token, unit_starts)
        if measure is not None and not in_time(measure.start, measure.end):
            found.append(measure)
    covered = [(m.start, m.end) for m in found]
    for key, kind in _LEXICAL_MEASURES:
        for m in ctx.matcher(key).find(doc):
            if in_time(m.start, m.end) or any(a <= m.start < b for a, b in covered):
                continue
            stop = _extend_over_noun(doc, m.token_end) if kind == "role" else m.end
            covered.append((m.start, stop))
            found.append(Measure(text=doc.text[m.start : stop], start=m.start, end=stop, kind=kind))
    return tuple(sorted(found, key=lambda m: m.start))


_LEXICAL_MEASURES: tuple[tuple[str, MeasureKind], ...] = (
    ("deliverables", "deliverable"),
    ("levels", "level"),
    ("end_states", "role"),
)


def _number_measure(doc: Doc, token: Token, unit_starts: dict[int, LexiconMatch]) -> Measure | None:
    """A number with what it counts: '5 kilo' (quantity), '25%', '3 klanten' (count).

    An article directly before a unit is the number one: 'een uur', 'an hour'.
    """
    start, end = _token_span(token)
    nxt = token.i + 1
    if token.lower_ in ARTICLES:
        unit = unit_starts.get(nxt)
        if unit is None:
            return None
        return Measure(
            text=doc.text[start : unit.end],
            start=start,
            end=unit.end,
            kind="quantity",
            value=1.0,
            unit=doc.text[unit.start : unit.end],
        )
    if not (token.like_num or _PERCENT_TOKEN.match(token.text)):
        return None
    value = _number_value(token.text)
    if token.text.endswith("%") or (nxt < len(doc) and doc[nxt].text == "%"):
        stop = end if token.text.endswith("%") else doc[nxt].idx + 1
        return Measure(
            text=doc.text[start:stop],
            start=start,
            end=stop,
            kind="percentage",
            value=value,
            unit="%",
        )
    unit = unit_starts.get(nxt) or _unit_after_adjective(doc, nxt, unit_starts)
    if unit is not None:
        return Measure(
            text=doc.text[start : unit.end],
            start=start,
            end=unit.end,
            kind="quantity",
            value=value,
            unit=doc.text[unit.start : unit.end],
        )
    if nxt < len(doc) and doc[nxt].is_alpha and not doc[nxt].is_stop:
        stop = doc[nxt].idx + len(doc[nxt].text)
        return Measure(
            text=doc.text[start:stop],
            start=start,
            end=stop,
            kind="count",
            value=value,
            unit=doc[nxt].text,
        )
    return Measure(text=token.text, start=start, end=end, kind="number", value=value)


def _extend_over_noun(doc: Doc, index: int, limit: int = 3) -> int:
    """End offset after the words that follow a role marker ('als *ervaren projectleider*')."""
    stop = doc[index - 1].idx + len(doc[index - 1].text)
    for token in doc[index : index + limit]:
        if not token.is_alpha or token.lower_ in ("bij", "in", "at", "for", "van", "of", "voor"):
            break
        stop = token.idx + len(token.text)
    return stop


def _unit_after_adjective(
    doc: Doc, index: int, unit_starts: dict[int, LexiconMatch]
) -> LexiconMatch | None:
    """'3 nieuwe klanten', '5 extra sessies': one modifier between number and unit."""
    if index < len(doc) and doc[index].is_alpha and index + 1 in unit_starts:
        return unit_starts[index + 1]
    return None


def _number_value(text: str) -> float | None:
    cleaned = (
        text.replace("%", "").replace(".", "").replace(",", ".")
        if "," in text
        else text.replace("%", "")
    )
    try:
        return float(cleaned)
    except ValueError:
        return None


def _purpose(doc: Doc, ctx: RuleContext) -> TextSpan | None:
    matches = _find(ctx, doc, "purpose_markers")
    if not matches:
        return None
    m = matches[0]
    sentence_end = (
        doc[m.token_start].sent.end_char if doc.has_annotation("SENT_START") else len(doc.text)
    )
    end = sentence_end
    while end > m.start and not doc.text[end - 1].isalnum():
        end -= 1
    return _span(doc, m.start, max(end, m.end))


def _passive(doc: Doc, ctx: RuleContext, parsed: bool) -> bool:
    if parsed:
        return any(t.dep_ in ("aux:pass", "nsubj:pass", "csubj:pass") for t in doc)
    auxiliaries = {m.token_start for m in _find(ctx, doc, "passive_auxiliaries")}
    for index in auxiliaries:
        following = doc[index + 1 : index + 4]
        if any(t.is_alpha and _looks_like_participle(t.lower_, ctx.lang) for t in following):
            return True
    return False


def _looks_like_participle(word: str, lang: str) -> bool:
    """Regular past participles: Dutch ge...d/t ("gemaakt"), English ...ed ("completed")."""
    if lang == "nl":
        return word.startswith("ge") and word.endswith(("d", "t")) and len(word) > 4
    return word.endswith("ed") and len(word) > 4
