"""A bound that opens a sentence without the writer or a verb: 'Hooguit [aantal] keer een bak
ijs laten smelten door ... vóór [datum], ...', 'At most [number] burnt batches by [date]'.

The bound R001 puts in place of an absolute ("nooit meer" -> "hooguit [aantal] keer") is
the writer's standard only in a clause that commits the writer to it. A verbless or bare
infinitive goal the frames could not give a subject kept its fragment: the bound, the thing
and the frame's date and measure, and no one who commits ("no subject, no finite verb, no
commitment"). A sentence of the candidate that opens with a bound of the pack's
``rewrite.replacements`` (its words before the number, the number's stand-in) and has no
first-person subject of the pack's ``rewrite.subjects`` and no finite verb is a seam: the
frame that commits the writer ("Vóór [datum] ga ik hooguit [aantal] keer ...") or the
structured fallback shows instead. A target with a clause of its own ('At most [number]
accidents this year and every group leaves a good review') is a statement, no fragment.
A Dutch form in -en that is its own lemma is an infinitive, and a word graded by an adverb
of excess ('te *laat*') no verb, whatever the tagger says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.style import RewriteStyle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Marks that end a sentence of the candidate.
_STOPS = frozenset({".", "!", "?"})


def bound_without_writer(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """Each sentence of the parsed candidate (placeholders filled) that opens with a bound
    and has neither the writer nor a finite verb."""
    number = style.seam_fillers.get("number", "")
    openers = {
        tuple(f"{value.split('{number}')[0]}{number}".lower().split())
        for value in style.replacements.values()
        if "{number}" in value and not value.startswith("{number}") and number
    }
    openers.discard((number.lower(),))
    if not openers:
        return []
    subjects = {s.lower() for s in style.subjects}
    seams = []
    for sentence in _sentences(doc):
        said = tuple(t.lower_ for t in sentence)
        opener = next((o for o in openers if said[: len(o)] == o), None)
        if opener is None or any(t.lower_ in subjects for t in sentence):
            continue
        if any(_finite(t, style) for t in sentence):
            continue
        told = " ".join(opener)
        seams.append(Seam("lost_subject", f"{told!r} bounds no one's act", (told,)))
    return seams


def _sentences(doc: Doc) -> list[list[Token]]:
    out: list[list[Token]] = [[]]
    for t in doc:
        if t.text in _STOPS:
            out.append([])
        elif not t.is_space:
            out[-1].append(t)
    return [s for s in out if s]


def _finite(token: Token, style: RewriteStyle) -> bool:
    """A finite verb; a Dutch form in -en that is its own lemma is read as an infinitive,
    and a word an adverb of excess grades ('te *laat*') as no verb."""
    if token.pos_ not in ("VERB", "AUX") or "Fin" not in token.morph.get("VerbForm", []):
        return False
    if token.i and token.doc[token.i - 1].lower_ in style.excess_adverbs:
        return False
    lower = token.lower_
    return not (token.lang_ == "nl" and lower.endswith("en") and lower == token.lemma_.lower())
