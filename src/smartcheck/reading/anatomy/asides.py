"""Asides: words that describe a thing the goal names, not what the writer will do.

A parenthetical ("het certificaat VEHS niveau 3 *(veilig werken aan elektrische en hybride
voertuigen)*", "the IOSH certificate *(working safely and improving site culture)*") says
what a named course or certificate covers, and a relative clause after a noun ("via de
training *die mijn chef al heeft goedgekeurd*", "the course *which my supervisor approved*")
says which one is meant. An open question after a verb ("na elke klus bespreken we *wat
beter kan*", "review *what could be done better*") names the unknown thing talked over. Their
verbs and vague words are no goal of the writer's: they neither pack a second goal into the
text nor make the goal vague. The judging stage reads them as it reads the purpose clause.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from smartcheck.reading.anatomy.clauses import relative_spans
from smartcheck.reading.anatomy.words import VERB_POS, Reading
from smartcheck.reading.goal import TextSpan

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Opening and closing marks of a parenthetical.
BRACKETS = {"(": ")", "[": "]"}
#: The round brackets alone: a writer's aside in a text that may hold placeholders ('[datum]').
ROUND_BRACKETS = {"(": ")"}


def parenthetical_tokens(r: Reading) -> list[tuple[int, int]]:
    """Token ranges [open, close] of the bracketed asides, the marks included; an
    unclosed bracket opens none."""
    return bracketed_ranges(r.doc)


def bracketed_ranges(
    doc: Iterable[Token], brackets: Mapping[str, str] = BRACKETS
) -> list[tuple[int, int]]:
    """Token ranges [open, close] of the closed, non-empty pairs of ``brackets`` in ``doc``
    (any parse: the goal's, or a part the rewriter reads), the marks included."""
    found = []
    opened: tuple[int, str] | None = None
    for token in doc:
        if opened is None and token.text in brackets:
            opened = (token.i, brackets[token.text])
        elif opened is not None and token.text == opened[1]:
            if token.i > opened[0] + 1:
                found.append((opened[0], token.i + 1))
            opened = None
    return found


def _after_noun(r: Reading, first: int) -> bool:
    """A relative clause that describes a noun before it ("de training *die* ...", "the
    course *which* ..."): a free relative ("Wat ik wil, ...") names the goal itself."""
    if first == 0:
        return False
    before: Token = r.doc[first - 1]
    if before.pos_ in ("NOUN", "PROPN") or (not r.tagged and before.is_alpha):
        return True
    return before.text in (")", "]")  # after a parenthetical on the noun


def _relative_end(r: Reading, start: int, stop: int) -> int:
    """Where a relative clause ends: after its verb's last dependent when the parse makes
    that verb a relative clause of a noun (English goes on after the verb: "which helps new
    drivers *get better at loading the van*"), else at its verb cluster (``stop``)."""
    for token in r.doc[start:stop]:
        if token.dep_ == "acl:relcl" and token.head.i < start:
            return max(stop, token.right_edge.i + 1)
    return stop


def aside_spans(r: Reading) -> tuple[TextSpan, ...]:
    """The parentheticals and the relative clauses after a noun, as character spans (the
    brackets included; a relative clause from its relative word or preposition to its
    verb)."""
    ranges = parenthetical_tokens(r)
    ranges += [(a, _relative_end(r, a, b)) for a, b in relative_spans(r) if _after_noun(r, a)]
    ranges += open_question_tokens(r)
    found: list[TextSpan] = []
    for start, stop in sorted(ranges):
        tokens = [t for t in r.doc[start:stop] if not t.is_space]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in (")", "]"):
            tokens.pop()
        if not tokens:
            continue
        begin, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if found and begin < found[-1].end:
            continue  # inside an aside already found
        found.append(TextSpan(text=r.text[begin:end], start=begin, end=end))
    return tuple(found)


def open_question_tokens(r: Reading) -> list[tuple[int, int]]:
    """Token ranges of open questions inside a sentence: a word of the pack's
    ``open_question_words`` ("wat", "what") that is not the sentence's first, up to the end
    of its clause, whose verb follows it as a question's verb does. A verb-second language
    ends the question in a finite verb ("wat er beter *kan*"); before a comparative and
    anything else "wat" is a degree word ("ik toon *wat* meer geduld"). Other languages
    put the verb right after it ("what *could* be better")."""
    found: list[tuple[int, int]] = []
    doc = r.doc
    for token in doc:
        if token.i == 0 or token.is_sent_start or not r.is_word(token, "open_question_words"):
            continue
        if found and token.i < found[-1][1]:
            continue  # the second question of "what went well and what could be better"
        stop = _clause_end(r, token.i + 1)
        words = [t for t in doc[token.i + 1 : stop] if not t.is_space]
        if not words:
            continue
        if r.grammar.verb_second:
            verb = words[-1]
            asks = verb.pos_ in VERB_POS and not r.is_infinitive_form(verb)
        else:
            asks = words[0].pos_ in VERB_POS
        if asks:
            found.append((token.i, stop))
    return found


def _clause_end(r: Reading, start: int) -> int:
    """The token after an open question's clause: a punctuation mark, or a coordinator that
    opens no second open question."""
    doc = r.doc
    for token in doc[start:]:
        if token.is_punct:
            return token.i
        if token.pos_ == "CCONJ":
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is None or not r.is_word(after, "open_question_words"):
                return token.i
    return len(doc)
