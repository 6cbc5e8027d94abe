"""Clause segmentation: a sentence cut into stretches at punctuation, conjunctions and
subordinators.

Most clause seams are counted per stretch (two finite verbs in one clause, a verb without a
subject), so the cut decides what a clause is; a bracketed aside and a quoted title are no
part of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.tokens import is_finite
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from smartcheck.judging.context import RuleContext


_QUOTES = frozenset("'\"\u2018\u2019\u201c\u201d\u201e")


@dataclass(frozen=True)
class Segment:
    """A stretch of a sentence between punctuation, conjunctions and subordinators."""

    tokens: tuple[Token, ...]
    opener: str  # "start", "punct", "cconj", "sub" (subordinate), "te" (infinitive clause)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


def outside_asides(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a bracketed aside and its brackets ('(nu ben ik ...)')."""
    kept: list[Token] = []
    depth = 0
    for t in tokens:
        if t.text in "()":
            depth = max(depth + (1 if t.text == "(" else -1), 0)
        elif not depth:
            kept.append(t)
    return kept


def clause_segments(sentence: Span, ctx: RuleContext, style: RewriteStyle) -> list[Segment]:
    subordinators = set(ctx.pack.words("subordinators")) | set(style.clause_ends)
    subordinators |= set(style.relativizers) | set(style.complementizers)
    markers = set(style.infinitive_markers)
    coordinators = {"en", "of", "maar", "and", "or", "but"}
    predicative = set(ctx.pack.words("predicative_markers"))
    pronouns = set(ctx.pack.words("subject_pronouns"))
    ensure = [e.lower().split() for e in style.ensure_verbs]
    segments: list[Segment] = []
    current: list[Token] = []
    opener = "start"
    quoted = False
    for token in outside_asides(list(sentence)):  # the writer's aside is no part of it
        starts: str | None = None
        if token.is_punct and token.text in ",;:.!?":
            if current:
                segments.append(Segment(tuple(current), opener))
            current, opener = [], "punct"
            continue
        if token.text in _QUOTES:
            quoted = not quoted
            continue
        if quoted:
            continue  # a quoted title is one name, not a clause
        if token.lower_ in coordinators and current:
            starts = "cconj"
        elif after_ensure(token, ensure) and style.word_order != "v2":
            starts = "sub"  # 'make sure | orders go out on time': its clause, no 'that'
        elif (
            (token.pos_ == "SCONJ" or token.lower_ in subordinators)
            and (token.lower_ not in predicative or clause_follows(token, pronouns))
            and not _verb_particle(token, subordinators, style)
            and not _comparison(token, pronouns, style)
        ):
            starts = "sub"
        elif token.lower_ in markers and style.word_order != "v2" and current:
            starts = "te"
        if starts is not None and current:
            segments.append(Segment(tuple(current), opener))
            current, opener = [], starts
        elif starts is not None:
            opener = starts if opener == "start" or starts == "sub" else opener
        current.append(token)
    if current:
        segments.append(Segment(tuple(current), opener))
    return segments


def _comparison(token: Token, pronouns: set[str], style: RewriteStyle) -> bool:
    """One of the pack's ``comparison_words`` after a comparative ('korter *dan* twee weken',
    'langer dan een week wachten'): what it compares with, no clause of its own, unless a
    subject pronoun follows it ('meer dan ik kan')."""
    if token.lower_ not in style.comparison_words or token.i == 0:
        return False
    if token.i + 1 < len(token.doc) and token.nbor(1).lower_ in pronouns:
        return False
    return "Cmp" in token.nbor(-1).morph.get("Degree", [])


def _verb_particle(token: Token, subordinators: set[str], style: RewriteStyle) -> bool:
    """English: a phrasal verb's particle the tagger calls a conjunction right after its
    verb ('take *over* running the shop'; the pack's ``rewrite.verb_particles``): no clause
    of its own. A preposition before a gerund ('practise *in* writing ...') keeps the reading
    it had; a word that opens a clause of time ('leave *before* I ...') or a subordinator
    keeps opening one."""
    return (
        style.word_order != "v2"
        and token.pos_ == "SCONJ"
        and token.i > 0
        and token.nbor(-1).pos_ == "VERB"
        and token.lower_ in style.verb_particles
        and token.lower_ not in subordinators
        and token.lower_ not in style.clause_openers
    )


def clause_follows(token: Token, pronouns: set[str]) -> bool:
    """'als ik voor de klas sta', 'as I learn': a subject pronoun after the marker makes it
    a subordinator; 'als teamleider', 'as a mentor' is a role. So does a finite verb of its
    own before the stretch ends ('als het druk *is*', 'als er een klacht *is*'), unless a
    subject pronoun stands beside it: that verb is the main clause's ('Als teamleider *wil
    ik*')."""
    if token.i + 1 < len(token.doc) and token.nbor(1).lower_ in pronouns:
        return True
    for later in token.doc[token.i + 1 :]:
        if later.is_punct:
            return False
        if later.pos_ in ("VERB", "AUX") and "Fin" in later.morph.get("VerbForm", []):
            beside = [later.doc[j] for j in (later.i - 1, later.i + 1) if 0 <= j < len(later.doc)]
            return not any(b.lower_ in pronouns for b in beside)
    return False


def after_ensure(token: Token, ensure: list[list[str]]) -> bool:
    """English: the first word of the clause a verb of seeing to it takes without 'that'
    ('make sure *orders* go out', 'ensure *the team* delivers')."""
    if token.lower_ == "that" or token.is_punct:
        return False
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    for words in ensure:
        start = token.i - len(words)
        if start < 0 or (words and words[-1] != before):
            continue  # the word before tells most apart without a slice of the Doc
        if [t.lower_ for t in doc[start : token.i]] == words:
            return True
    return False


def has_finite(segment: Segment) -> bool:
    return any(is_finite(t) for t in segment.tokens)


def has_verb(segment: Segment) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in segment.tokens)
