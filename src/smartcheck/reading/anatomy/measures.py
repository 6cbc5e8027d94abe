"""Measures: what in a goal can be counted or checked.

Numbers with what they count ("3 klanten", "25%", "5 kilo"), levels ("B2-niveau", "B1
level"), named deliverables (certificaat, report) and roles reached ("werk ik als
projectleider") come from the rule pack's word lists and number words, with or without a
parse. Numbers inside dates and deadlines are not measures; frequencies ("4 keer per maand")
are, so recurring expressions do not hide their numbers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.configuration.grammar import Grammar
from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.reading.anatomy.words import PackWords, single_words
from smartcheck.reading.goal import Measure, MeasureKind
from smartcheck.reading.lexicon import LexiconMatch
from smartcheck.reading.timex import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Tokenisers keep "10%" together; like_num is False for it.
_PERCENT_TOKEN = re.compile(r"^[0-9]+(?:[.,][0-9]+)*%$")


def _token_span(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)


def find_measures(
    doc: Doc, ctx: PackWords, times: tuple[TimeExpression, ...]
) -> tuple[Measure, ...]:
    """Numbers with what they count, percentages, quantities, levels, deliverables, roles."""

    # Numbers inside dates and deadlines are not measures; frequencies ("4 keer per maand")
    # are, so recurring expressions do not hide their numbers.
    def in_time(start: int, end: int) -> bool:
        return any(t.start <= start and end <= t.end for t in times if t.kind != "recurring")

    text = doc.text  # once: Doc.text joins every token again on each call
    unit_starts = {m.token_start: m for m in ctx.matcher("units").find(doc)}
    articles = single_words(ctx.pack, "indefinite_articles")
    grammar = ctx.pack.grammar
    found: list[Measure] = []
    for token in doc:
        start, end = _token_span(token)
        if in_time(start, end) or _line_marker(text, token) or _names_a_thing(doc, token, ctx):
            continue
        measure = _number_measure(doc, text, token, unit_starts, articles, grammar)
        if measure is None or in_time(measure.start, measure.end):
            continue
        if token.lower_ in articles and found and _adjacent(text, found[-1].end, measure.start):
            continue  # a rate: "three times *a week*" is one measure
        found.append(measure)
    covered = bytearray(len(text) + 1)  # characters inside a measure found so far
    for measure in found:
        covered[measure.start : measure.end] = b"\x01" * (measure.end - measure.start)
    for key, kind in _LEXICAL_MEASURES:
        for m in ctx.matcher(key).find(doc):
            if in_time(m.start, m.end) or covered[m.start]:
                continue
            if kind == "deliverable" and _modifier_in_compound(doc, ctx, m):
                continue
            ends = single_words(ctx.pack, "role_phrase_ends")
            stop = _extend_over_noun(doc, m.token_end, ends) if kind == "role" else m.end
            covered[m.start : stop] = b"\x01" * (stop - m.start)
            found.append(Measure(text=text[m.start : stop], start=m.start, end=stop, kind=kind))
    found += _named_credentials(doc, ctx, covered)
    merged = _merge_levels(text, sorted(found, key=lambda m: m.start))
    units = single_words(ctx.pack, "units")
    lemmas = {t.idx: t.lemma_.lower() for t in doc if t.lemma_}
    return tuple(m for m in merged if not _bare_scale(m, merged, units, text, lemmas))


def _bare_scale(
    measure: Measure,
    found: list[Measure],
    units: frozenset[str],
    text: str,
    lemmas: dict[int, str],
) -> bool:
    """A scale word alone ("my level of English", "mijn niveau", "my pupils' grades", "hun
    cijfers"), in any inflection (its lemma is a unit of the pack): it names no level until
    a value stands next to it ("niveau 3", "level 2", "grade 7")."""
    word = measure.text.lower()
    lemma = lemmas.get(measure.start) if word.isalpha() else None  # one word, not 'niveau B1'
    if measure.kind != "level" or (word not in units and lemma not in units):
        return False
    return not any(
        (measure.end <= other.start and _adjacent(text, measure.end, other.start))
        or (other.end <= measure.start and _adjacent(text, other.end, measure.start))
        for other in found
        if other is not measure
    )


_LEXICAL_MEASURES: tuple[tuple[LexiconKey, MeasureKind], ...] = (
    ("deliverables", "deliverable"),
    ("levels", "level"),
    ("end_states", "role"),
    ("credential_states", "deliverable"),  # 'ben ik gecertificeerd': the certificate shows it
)


def _number_measure(
    doc: Doc,
    text: str,
    token: Token,
    unit_starts: dict[int, LexiconMatch],
    articles: frozenset[str],
    grammar: Grammar,
) -> Measure | None:
    """A number with what it counts: '5 kilo' (quantity), '25%', '3 klanten' (count).

    An article directly before a unit is the number one: 'een uur', 'an hour'.
    """
    start, end = _token_span(token)
    nxt = token.i + 1
    if token.lower_ in articles:
        unit = unit_starts.get(nxt)
        if unit is None:
            return None
        return Measure(
            text=text[start : unit.end],
            start=start,
            end=unit.end,
            kind="quantity",
            value=1.0,
            unit=text[unit.start : unit.end],
        )
    suffixed = grammar.suffixed_value(token.text)
    if not (token.like_num or suffixed is not None or _PERCENT_TOKEN.match(token.text)):
        return None
    if token.is_alpha and nxt < len(doc) and doc[nxt].text == "-" and not token.whitespace_:
        return None  # a number word inside a compound: "first-aid", "one-to-one"
    sign = unit_starts.get(token.i - 1)
    if sign is not None and not any(c.isalpha() for c in text[sign.start : sign.end]):
        # A currency sign before the amount: "$250k", "€ 1,5 mln", "£40k".
        stop = end
        if suffixed is None and nxt in unit_starts:
            stop = unit_starts[nxt].end  # "€ 1,5 mln": the amount's own unit word
        return Measure(
            text=text[sign.start : stop],
            start=sign.start,
            end=stop,
            kind="quantity",
            value=suffixed if suffixed is not None else grammar.number_value(token.text),
            unit=text[sign.start : sign.end],
        )
    value = suffixed if suffixed is not None else grammar.number_value(token.text)
    if token.text.endswith("%") or (nxt < len(doc) and doc[nxt].text == "%"):
        stop = end if token.text.endswith("%") else doc[nxt].idx + 1
        return Measure(
            text=text[start:stop],
            start=start,
            end=stop,
            kind="percentage",
            value=value,
            unit="%",
        )
    unit = unit_starts.get(nxt) or _unit_after_adjective(doc, nxt, unit_starts)
    if unit is not None:
        return Measure(
            text=text[start : unit.end],
            start=start,
            end=unit.end,
            kind="quantity",
            value=value,
            unit=text[unit.start : unit.end],
        )
    if nxt + 1 < len(doc) and doc[nxt + 1].text == ":":
        return None  # 'drie dingen: ...', 'three things: ...': it announces a list
    if nxt < len(doc) and doc[nxt].is_alpha and not doc[nxt].is_stop:
        stop = doc[nxt].idx + len(doc[nxt].text)
        return Measure(
            text=text[start:stop],
            start=start,
            end=stop,
            kind="count",
            value=value,
            unit=doc[nxt].text,
        )
    return Measure(text=token.text, start=start, end=end, kind="number", value=value)


def _line_marker(text: str, token: Token) -> bool:
    """A number that opens a line of a list ("1. Excel leren\n2. Beter plannen"): a marker,
    no measure (JUDGING M)."""
    line_start = text.rfind("\n", 0, token.idx) + 1
    if text[line_start : token.idx].strip() or not token.text.rstrip(".)").isdigit():
        return False
    rest = text[token.idx + len(token.text) : token.idx + len(token.text) + 1]
    return token.text[-1] in ".)" or rest in (".", ")")


def _names_a_thing(doc: Doc, token: Token, ctx: PackWords) -> bool:
    """A number that is part of a name, no measure (JUDGING M: a label): right after a
    capitalised word inside the sentence ("ISO 9001", "Office 365", "Python 3", "NEN 3140")
    or, a year, right after a noun or closing an aside ("the pension rules 2025", "(Wet
    inburgering 2021)"): a count is followed by what it counts ("2000 pagina's"), never by a
    bracket. A scale word before it makes it a level's value ("Level 3", "Niveau 2"), and a
    plural noun after it a count ("voor Intranet 4 artikelen")."""
    if token.i < 2 or not token.text.isdigit():
        return False
    year = len(token.text) == 4 and token.text[:2] in ("19", "20")
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if not year and after is not None and "Plur" in after.morph.get("Number", []):
        return False  # (a year counts nothing: "de Omgevingswet 2024 verbeteren")
    before = doc[token.i - 1]
    if not before.is_alpha or before.lower_ in ctx.pack.function_words:
        return False
    if before.lower_ in single_words(ctx.pack, "units"):
        return False
    if before.text[:1].isupper() and not before.is_sent_start:
        return True
    closes = token.i + 1 < len(doc) and doc[token.i + 1].text == ")"  # '(Wet inburgering 2021)'
    return year and (before.pos_ in ("NOUN", "PROPN") or closes)


#: Most words between a credential's name and the verb that gets it ('haal ik mijn VCA').
_CREDENTIAL_REACH = 4


def _named_credentials(doc: Doc, ctx: PackWords, covered: bytearray) -> list[Measure]:
    """A certificate known by its name alone (the pack's ``credentials`` written as a name:
    'VCA', 'EHBO', 'IPAF') with a verb that gets it nearby (``credential_verbs``: 'VCA
    halen', 'haal ik mijn EHBO', 'get my IPAF'): a deliverable that exists or not (JUDGING
    M), as 'rijbewijs C halen' is. Applied or learnt ('EHBO toepassen', 'BHV leren') it is
    a field, no deliverable."""
    getting = {m.token_start for m in ctx.matcher("credential_verbs").find(doc)}
    if not getting:
        return []
    text = doc.text
    found: list[Measure] = []
    for m in ctx.matcher("credentials").find(doc):
        name = text[m.start : m.end]
        if covered[m.start] or not name.replace("-", "").isupper():
            continue  # 'certificaat' is a deliverable already; a name is written in capitals
        near = range(m.token_start - _CREDENTIAL_REACH, m.token_end + _CREDENTIAL_REACH)
        if any(i in getting for i in near):
            found.append(Measure(text=name, start=m.start, end=m.end, kind="deliverable"))
    return found


def _adjacent(text: str, end: int, start: int) -> bool:
    return text[end:start].strip() == ""


def _modifier_in_compound(doc: Doc, ctx: PackWords, m: LexiconMatch) -> bool:
    """English noun compounds are head-final: in "presentation skills" or "Scrum Master
    certification" only the last noun names the thing (Dutch writes compounds as one word)."""
    if not ctx.pack.grammar.spaced_compounds or m.token_end >= len(doc):
        return False
    nxt = doc[m.token_end]
    if doc.has_annotation("POS"):
        return nxt.pos_ in ("NOUN", "PROPN")
    return nxt.is_alpha and nxt.lower_ not in ctx.pack.function_words


def _extend_over_noun(doc: Doc, index: int, ends: frozenset[str], limit: int = 3) -> int:
    """End offset after the words that follow a role marker ('als *ervaren projectleider*'),
    up to a preposition that ends the role (the pack's ``role_phrase_ends``)."""
    stop = doc[index - 1].idx + len(doc[index - 1].text)
    for token in doc[index : index + limit]:
        if not token.is_alpha or token.lower_ in ends:
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


def _merge_levels(text: str, found: list[Measure]) -> list[Measure]:
    """Adjacent level words are one measure: "B1 level", "niveau B2"."""
    merged: list[Measure] = []
    for measure in found:
        last = merged[-1] if merged else None
        between = text[last.end : measure.start] if last is not None else ""
        if last is not None and last.kind == measure.kind == "level" and between.strip() == "":
            merged[-1] = Measure(
                text=text[last.start : measure.end],
                start=last.start,
                end=measure.end,
                kind="level",
            )
        else:
            merged.append(measure)
    return merged
