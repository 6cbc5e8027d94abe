"""Dutch: a past participle after a modal keeps its auxiliary.

"Er moet beter gecommuniceerd worden" is a passive: the modal governs 'worden', which
governs the participle. A rewrite that dropped 'worden' (with 'beter', read as the vague
outcome 'beter worden') leaves "Er moet vóór [datum] gecommuniceerd tussen ...": a modal with
a participle and no verb it can govern. Verb-second languages only (an English modal takes
its verb next: the clause checks see 'will checked').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.bracketed import bracketed
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.configuration.grammar import Grammar

_CLAUSE_BREAKS = frozenset({"CCONJ", "SCONJ"})
_CLAUSE_MARKS = frozenset(",;:.!?")


def participle_without_auxiliary(doc: Doc, style: RewriteStyle, grammar: Grammar) -> list[Seam]:
    """A modal whose clause holds a past participle (not before a noun it describes) and
    no infinitive for the modal to govern ('worden', 'zijn', 'hebben' or any other); the
    forms by the pack's ``grammar`` (infinitive and participle endings)."""
    if style.word_order != "v2" or not grammar.infinitive_ending:
        return []
    last = grammar.infinitive_ending[-1]  # 'zijn', 'gaan' end in its last letter too
    endings = tuple(grammar.participle_endings)
    seams: list[Seam] = []
    for token in doc:
        if token.lower_ not in style.modals:
            continue
        clause = _clause_after(token)
        if any(_infinitive(t, last) for t in clause):
            continue
        bare = next((t for t in clause if _participle(t, endings) and not _relative(t)), None)
        if bare is not None:
            detail = f"{token.text!r} with the participle {bare.text!r} and no auxiliary"
            seams.append(Seam("lost_verb", detail, (bare.lower_, "bare-participle")))
    return seams


def _clause_after(token: Token) -> list[Token]:
    """The words after ``token`` up to the clause's end (a clause mark or a conjunction), a
    bracket aside ('(KNVWS)') left out."""
    words: list[Token] = []
    aside = bracketed(token.doc)
    for t in token.doc[token.i + 1 :]:
        if t.i in aside:
            continue
        if t.text in _CLAUSE_MARKS or t.pos_ in _CLAUSE_BREAKS:
            break
        words.append(t)
    return words


def _relative(token: Token) -> bool:
    """The verb of a relative clause ('ga ik DPIA's schrijven die de business *snapt*', a
    present form the tagger calls a participle): that clause's own, not the modal's."""
    return token.dep_ == "acl:relcl"


def _infinitive(token: Token, last: str) -> bool:
    return "Inf" in token.morph.get("VerbForm", []) or (
        token.pos_ in ("VERB", "AUX") and token.lower_.endswith(last)
    )


def _participle(token: Token, endings: tuple[str, ...]) -> bool:
    """A past participle used as a verb, by the tagger and by its ending: not one before
    the noun it describes ('de *gevraagde* planning')."""
    if "Part" not in token.morph.get("VerbForm", []) or token.pos_ not in ("VERB", "AUX"):
        return False
    if not token.lower_.endswith(endings):
        return False  # a noun the tagger called one ('sterrenkunde')
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")
