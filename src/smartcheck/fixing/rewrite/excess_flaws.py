"""A flaw of excess told instead of a goal: 'Ik neem te veel hooi op mijn vork', 'Ik ben te
perfectionistisch', 'I take on too much work', 'I schedule too many meetings'.

The writer names what they do too much, and the goal it points at is doing it less. Read as
written, the commitment promised the flaw ('Vóór [datum] neem ik te veel hooi op mijn vork';
a seam now, seams/unfit_verbs.py). The excess is told as its reduction instead: the pack's
``rewrite.excess_reductions`` ('te veel' -> 'minder', 'te' -> 'minder', 'too many' ->
'fewer', 'too' -> 'less'; the longest that fits), in a statement of the writer's own, and
the sentence is rewritten as any goal to do less ('Ik neem minder hooi op mijn vork' gets
its from-to count); a shortfall points the other way ('te weinig' -> 'meer', 'too rarely'
-> 'more often', which may close the sentence). Only the first excess is reduced, and only
in a text of one sentence (in a longer one it tells the situation); one after a negation or
a bound is left as written, and so is an excess in a wish or a question (other readings
take those), or one inside a noun phrase ('het aantal te late opleveringen').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentences

#: Word classes an adverb of excess grades ('te *veel*', 'too *late*', 'te *streng*').
_GRADED = frozenset({"ADJ", "ADV", "DET", "PRON", "NUM"})

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def excess_reduced(
    goal: Goal, style: RewriteStyle, unwilled: frozenset[str], subjects: frozenset[str]
) -> str | None:
    """The goal's text with its first excess told as its reduction, or None when it tells
    none in a statement of the writer's (``subjects``) with no modal, wish, negation or
    bound before it (``unwilled``: words that make it no plain statement)."""
    found = _excess(goal.text, style)
    if found is None or "?" in goal.text or not _grades(goal, found[0], style):
        return None
    if len(sentences(goal.text.strip(), style.abbreviations)) > 1:
        return None  # '... Het overleg is vaak te kort.': a sentence of context, no flaw
    start, end, reduced = found
    before = re.findall(r"[^\W\d_]+(?:'[a-z]+)?", goal.text[:start].lower())
    if any(w in unwilled for w in before) or not _writers_clause(goal, start, subjects):
        return None
    return goal.text[:start] + reduced + goal.text[end:]


#: Dependencies that hang a clause under another: an excess there is someone's view or a
#: remark ('My supervisor says I am too quiet', '..., mijn overdracht is vaak te kort').
_EMBEDDED = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "conj", "xcomp"})


def _writers_clause(goal: Goal, start: int, owners: frozenset[str]) -> bool:
    """Whether the excess at ``start`` stands in the text's main clause, whose subject is
    the writer ('Ik neem te veel ...'; ``owners``)."""
    doc = goal.doc
    if doc is None:
        return False
    token = next((t for t in doc if t.idx >= start), None)
    while token is not None and token.dep_ != "ROOT":
        if token.dep_ in _EMBEDDED:
            return False
        token = token.head
    if token is None:
        return False
    subjects = [c for c in token.children if c.dep_.startswith("nsubj")]
    return any(s.lower_ in owners or any(c.lower_ in owners for c in s.children) for s in subjects)


def excess_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the excess stands: its reduction replaces it, never lost words."""
    found = _excess(goal.text, style)
    return [found[:2]] if found is not None and _grades(goal, found[0], style) else []


def graded(token: Token) -> bool:
    """Whether ``token``, right after an adverb of excess, is what it grades: a word the
    tagger calls an adjective, adverb or quantifier (its fine tag counts: it may call
    'laat' a verb), or a participle ('too *rushed*'). An infinitive after Dutch 'te' is the
    infinitive's ('te schrijven')."""
    if token.pos_ in _GRADED or token.tag_.startswith("ADJ"):
        return True
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm", [])


def _grades(goal: Goal, start: int, style: RewriteStyle) -> bool:
    """Whether the excess at ``start`` grades the word after its adverb ('te *veel*', 'te
    *streng*'), or holds what it grades in one word ('teveel': no adverb of its own)."""
    doc = goal.doc
    if doc is None:
        return False
    adverb = next((t for t in doc if t.idx >= start), None)
    return adverb is not None and grades_flaw(adverb, style)


def grades_flaw(adverb: Token, style: RewriteStyle) -> bool:
    """Whether the excess at ``adverb`` makes a flaw of the word it grades, or holds what it
    grades in one word ('teveel': no adverb of its own)."""
    if adverb.i + 1 >= len(adverb.doc):
        return False
    if adverb.lower_ not in style.excess_adverbs:
        return adverb.lower_ in style.excess_reductions
    word = adverb.nbor(1)
    if f"{adverb.lower_} {word.lower_}" in style.excess_reductions:
        return True  # 'te veel hooi', 'too many meetings': an excess of a quantity
    # 'het aantal te late opleveringen': a kind of thing the writer counts, no flaw of theirs
    return graded(word) and word.dep_ != "amod"


def _excess(text: str, style: RewriteStyle) -> tuple[int, int, str] | None:
    """The first excess in ``text`` followed by a word (a phrase of two words may close the
    sentence: 'too rarely.'), with its reduction."""
    if not style.excess_reductions:
        return None
    phrases = sorted(style.excess_reductions, key=len, reverse=True)
    either = "|".join(re.escape(p) for p in phrases)
    found = re.search(rf"\b({either})\b(?=\s+[^\W\d_])", text, flags=re.IGNORECASE)
    graded = "|".join(re.escape(p) for p in phrases if " " in p)  # 'too rarely' closing it
    closing = re.search(rf"\b({graded})\b(?=\s*[.!]*\s*$)", text, re.IGNORECASE) if graded else None
    if closing is not None and (found is None or closing.start() <= found.start()):
        found = closing
    if found is None:
        return None
    reduced = style.excess_reductions[found.group(1).lower()]
    return found.start(), found.end(), reduced
