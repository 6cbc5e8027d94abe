"""A problem told after the goal's thing with a relative pronoun, or with the writer's own
thing without its noun: a remark, told as a sentence of its own.

"Ik wil beter worden in het maken van pasta, die van mij wordt vaak te slap", "Get better
at glazing my pots, which keep cracking", "..., mine are always too thin": after a comma the
writer tells what goes wrong with the goal's thing now. Left where it stood, the clause
stayed inside the commitment ("Vóór [datum] ga ik [concreet gedrag] in het maken van pasta,
die van mij wordt vaak te slap, met als bewijs ..."), and the measure and the date seemed to
promise the problem. The clause is a remark kept after the goal (remarks.py); it opens the
sentence with the pronoun that tells it alone (the pack's ``rewrite.relative_subjects``: the
relative "which" becomes "it" or "they", "die" "hij" or "ze", by its verb's number) or with
the writer's own thing as written (``rewrite.owned_subjects``: "mine", "die van mij"). A
Dutch relative clause ends in its finite verb ("die vaak te slap worden"): the verb comes
second ("Ze worden vaak te slap."); with its verb second as written the pronoun is a
demonstrative and stays ("..., dat ging vorig jaar niet goed");
a finite verb that may be separable ("die vaak inzakken") is not moved, and the clause is no
remark then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise
from smartcheck.reading.anatomy.words import VERB_POS, has_finite_form

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Fewest letters a separable verb has after its particle ('in|zakken'): shorter ones
#: ('op|en', 'aan|d') are no particle and a verb.
_STEM = 3


def relative_told(words: list[Token], style: RewriteStyle, particles: frozenset[str]) -> str | None:
    """The piece ``words`` (no punctuation) told as a sentence of its own, when it opens
    with a relative pronoun as its subject or with the writer's own thing ('which keep
    cracking' -> 'They keep cracking', 'die vaak te ijzig worden' -> 'Ze worden vaak te
    ijzig'); None when it opens with neither or cannot be told alone."""
    size = _subject_size(words, style)
    if size == 0 or len(words) <= size:
        return None
    subject, rest = words[:size], words[size:]
    said: list[str] = [t.text for t in subject]
    pronoun = style.relative_subjects.get(words[0].lower_) if size == 1 else None
    if style.word_order == "v2" and has_finite_form(rest[0]):
        pronoun = None  # '..., dat ging vorig jaar niet goed': a demonstrative, as written
    elif style.word_order == "v2":
        moved = _verb_last(rest, particles)
        if moved is None:
            return None
        rest = moved
    elif not any(has_finite_form(t) for t in rest):
        return None  # no clause: a phrase, no statement of the problem
    if pronoun is not None:  # 'which' -> 'it', 'they'; an owned thing stays as written
        said[0] = pronoun[1] if _plural(words, size) else pronoun[0]
    text = " ".join([*said, _joined(rest)])
    return capitalise(text)


def _subject_size(words: list[Token], style: RewriteStyle) -> int:
    """How many of the piece's first words are its subject: a relative pronoun the parser
    calls the subject (with the writer's 'van mij' after it: 'die van mij'), or the writer's
    own thing ('mine', 'de mijne'); 0 when it opens with neither."""
    told = [t.lower_ for t in words]
    for owned in sorted(style.owned_subjects, key=len, reverse=True):
        parts = owned.lower().split()
        if told[: len(parts)] == parts:
            return len(parts)
    first = words[0]
    if first.lower_ not in style.relative_subjects or first.pos_ != "PRON":
        return 0
    if "Rel" not in first.morph.get("PronType", []):
        return 0  # '..., that is where I lack experience': a demonstrative, told as written
    return 1 if first.dep_.startswith("nsubj") else 0


def _plural(words: list[Token], size: int) -> bool:
    """Does the subject take a plural verb: the first finite verb after it is plural, or,
    when its form tells no number ('cracked'), the noun the pronoun points back at is?"""
    finite = next((t for t in words[size:] if has_finite_form(t)), None)
    number = finite.morph.get("Number", []) if finite is not None else []
    if finite is not None and "Past" in finite.morph.get("Tense", []) and finite.lemma_ != "be":
        number = []  # 'cracked' tells no number, whatever the tagger guesses
    if number:
        return "Plur" in number
    doc = words[0].doc
    before = next((t for t in reversed(doc[: words[0].i]) if not t.is_punct), None)
    return before is not None and "Plur" in before.morph.get("Number", [])


def _verb_last(rest: list[Token], particles: frozenset[str]) -> list[Token] | None:
    """The words after a Dutch subject with the finite verb that ends them moved first
    ('vaak te ijzig worden' -> 'worden vaak te ijzig', 'vaak mislukt zijn' -> 'zijn vaak
    mislukt'); None when the clause ends in no verb, or the verb may be separable ('vaak
    inzakken'; without the pack's ``particles`` every verb may be). The tagger reads a
    plural finite verb at the end as an infinitive ('worden'): the verb of the cluster
    that ends the clause that is no participle is its finite verb."""
    cluster: list[Token] = []
    for t in reversed(rest):
        if t.pos_ not in VERB_POS:
            break
        cluster.insert(0, t)
    finite = [t for t in cluster if has_finite_form(t)] or [
        t for t in cluster if "Part" not in t.morph.get("VerbForm", [])
    ]
    if len(finite) != 1 or len(cluster) == len(rest) or not particles:
        return None
    verb = finite[0]
    lower = verb.lower_
    if any(lower.startswith(p) and len(lower) - len(p) >= _STEM for p in particles):
        return None
    return [verb, *(t for t in rest if t is not verb)]


def _joined(tokens: list[Token]) -> str:
    """The tokens as written, one space between words ('keep cracking', "don't")."""
    out = ""
    for t in tokens:
        glued = out and (t.text.startswith("'") or t.lower_ == "n't")
        out = f"{out}{t.text}" if glued or not out else f"{out} {t.text}"
    return out
