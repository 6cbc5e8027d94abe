"""A pair of the writer's broken by a dropped word: 'sneller en beter leren stellen' ->
'sneller en leren stellen'.

A step that drops a word (a vague 'beter', 'more', a hedge) from inside a coordination leaves
its conjunction joined to a word of another kind: 'bekisting sneller en leren stellen', 'I
will answer faster and learn the system' where the goal said 'faster and more clearly'. The
pair is gone and the conjunction joins nothing. Judged on the words: the candidate has 'a
en b' where the goal has 'a en x b' and never 'a en b', and x was of a's word class and b is
not (x was the pair's second half; a hedge or filler dropped there, 'and *maybe* mentor',
'and *actually* using', is none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def dropped_conjunct(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """'a CONJ b' in ``doc`` where ``goal`` has 'a CONJ x b' (and no 'a CONJ b')."""
    if goal.doc is None:
        return []
    loose = style.one_word_hedges | style.fillers | style.intensifiers
    joins = {t.lower_ for t in goal.doc if t.pos_ == "CCONJ"}
    written = [t for t in goal.doc if not t.is_space]
    said = [t.lower_ for t in written]
    text = " " + " ".join(said) + " "
    seams: list[Seam] = []
    for t in doc[1:-1]:
        if t.lower_ not in joins:
            continue
        before, after = t.nbor(-1).lower_, t.nbor(1).lower_
        if not (before.isalpha() and after.isalpha()):
            continue
        if f" {before} {t.lower_} {after} " in text:
            continue
        for n in range(1, len(said) - 2):
            if said[n - 1 : n + 1] != [before, t.lower_] or said[n + 2] != after:
                continue
            first, missing, last = written[n - 1], written[n + 1], written[n + 2]
            # the dropped word was the pair's second half ('sneller en *beter*'), of the
            # first's kind; a hedge or filler dropped there ('and *maybe* mentor') is no half
            if missing.lower_ in loose or not missing.is_alpha:
                continue
            kinds = {_kind(first), _kind(t.nbor(-1))}  # as either parse reads the first
            # a comparative the tagger calls a noun ('quicker and better'): a modifier pair
            paired = _kind(missing) in kinds or (_kind(missing) == "MOD" and "VERB" not in kinds)
            if paired and _kind(missing) != _kind(last):
                detail = f"{missing.text!r} dropped between {t.text!r} and {after!r}"
                seams.append(Seam("lost_words", detail, (missing.lower_, "dropped-conjunct")))
                break
    return seams


def _kind(token: Token) -> str:
    """The word class a pair shares: a modifier ('sneller', 'faster', 'well'), else the tag."""
    return "MOD" if token.pos_ in ("ADJ", "ADV") else token.pos_
