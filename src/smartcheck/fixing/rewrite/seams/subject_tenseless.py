"""Dutch: 'ik' in a clause whose verbs are all infinitives ('…, daarvoor ik eerst de cursus
volgen').

'ik' is a subject, and a subject needs its finite verb ('daarvoor *volg* ik', 'daarvoor ga ik
… volgen'). A step that takes the writer's auxiliary out of a later clause of the goal, or
puts a subject before a bare infinitive, leaves a clause with 'ik' and only an infinitive:
the tense is lost. The first person singular never has a finite form in -en, so an
infinitive is no finite verb here; a word whose dictionary lemma is another word, a verb's
infinitive ('leer' -> 'leren', 'oefen' -> 'oefenen'), may be the finite form the tagger
called a noun, and clears the clause.
The writer's own clause, as written, is theirs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.tokens import is_infinitive
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.reading.anatomy.infinitives import stem_infinitives
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: The subject whose finite form is never the infinitive (a plural's is: 'we volgen').
_SINGULAR_FIRST = "ik"

#: Words that are never a finite verb, whatever their lemma.
_CLOSED = ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT")


def subject_without_tense(
    doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """Each clause of ``doc`` with 'ik', an infinitive and no finite verb, unless the goal
    holds it as written."""
    if style.word_order != "v2":
        return []
    joiners = {w.lower() for w in ctx.pack.words("coordinators") if " " not in w}
    joiners |= {w.lower() for w in ctx.pack.words("subordinators") if " " not in w}
    marker = style.infinitive_markers[0] if style.infinitive_markers else "te"
    written = _plain(goal.text)
    seams: list[Seam] = []
    for t in doc:
        if t.lower_ != _SINGULAR_FIRST:
            continue
        clause = _clause(doc, t.i, joiners)
        if _finite_in(clause, t) or not _bare_infinitive(clause, t, marker):
            continue
        text = " ".join(u.text for u in clause).lower()
        # with the word that bounds it ('daarna', 'en', a comma): the writer's own clause
        opened = doc[clause[0].i - 1].text.lower() + " " if clause[0].i else ""
        if _plain(opened + text) in written:
            continue
        seams.append(Seam("lost_tense", f"'ik' with no finite verb: {text!r}", ("ik-inf",)))
    return seams


def _plain(text: str) -> str:
    """Lower case, single spaces, no space before a punctuation mark: tokens and text alike."""
    return re.sub(r"\s+([,.;:!?])", r"\1", " ".join(text.lower().split()))


def _clause(doc: Doc, at: int, joiners: set[str]) -> list[Token]:
    """The words around ``at`` up to a punctuation mark, a coordinator or a subordinator on
    either side: 'zorg ik ervoor' is a clause of its own before 'dat alle cliënten ... hebben'."""

    def bound(token: Token) -> bool:
        return token.is_punct or token.lower_ in joiners or token.pos_ in ("CCONJ", "SCONJ")

    start = at
    while start > 0 and not bound(doc[start - 1]):
        start -= 1
    end = at + 1
    while end < len(doc) and not bound(doc[end]):
        end += 1
    return list(doc[start:end])


def _finite_in(clause: list[Token], subject: Token) -> bool:
    """A verb that is not an infinitive, or a word whose dictionary lemma is a verb's
    infinitive other than itself: a finite form the tagger called a noun ('zodat ik het
    vak *leer* kennen', 'ik *oefen*')."""
    for t in clause:
        if t.i == subject.i or not t.is_alpha or t.pos_ in _CLOSED:
            continue
        if t.pos_ in ("VERB", "AUX") and "Inf" not in t.morph.get("VerbForm", []):
            return True
        lemma = lemma_of(t.lower_, "nl").lower()
        if not t.lower_.endswith("en") and lemma != t.lower_ and lemma.endswith("n"):
            return True
        # beside 'ik', a stem the dictionary knows a verb of ('zorg ik', 'ik oefen'), however
        # the lemmatizer reads it alone (as the noun 'zorg')
        beside = abs(t.i - subject.i) == 1 and t.pos_ not in ("ADV", "ADJ")
        if beside and any(known_word(v, lang="nl") for v in stem_infinitives(t.lower_)):
            return True
    return False


def _bare_infinitive(clause: list[Token], subject: Token, marker: str) -> bool:
    """An infinitive after the subject that no 'te' governs ('ik eerst de cursus volgen'):
    tagged so, or the clause's last word when it is the infinitive of its own stem (the
    tagger may call 'voorzitten' a noun; 'vergaderingen' is no verb's)."""
    words = [t for t in clause if t.i > subject.i and t.is_alpha]
    for t in words:
        before = t.doc[t.i - 1] if t.i else None
        if before is not None and before.lower_ == marker:
            continue
        if is_infinitive(t) or (t is words[-1] and _infinitive_form(t.lower_)):
            return True
    return False


def _infinitive_form(word: str) -> bool:
    """A Dutch form in -en that its stem's dictionary lemma is ('volg' -> 'volgen')."""
    if not word.endswith("en") or len(word) < 5:
        return False
    stem = word[:-2]
    stem = stem[:-1] if stem[-1] == stem[-2] else stem  # 'voorzitten' -> 'voorzit'
    return known_word(stem, lang="nl") and lemma_of(stem, "nl") == word
