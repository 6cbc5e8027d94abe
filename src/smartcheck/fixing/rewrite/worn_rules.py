"""A rule of wearing gear told without its verb: "Stofmasker ALTIJD op bij het slijpen",
"Handschoenen altijd aan in de spoelkeuken", "Gloves always on at the lathe".

The particle stands for the verb ("op" for 'ophebben', "on" for 'have on'), so the frames,
looking for a verb, made "ga ik stofmasker in [aantal] van de 10 gevallen op bij het
slijpen" (the frame's 'ga' with the particle: 'opgaan'). The rule is restated with the verb
of wearing in the particle's place (the pack's ``rewrite.worn_particles``: "Stofmasker
ALTIJD dragen bij het slijpen", "Always wear gloves at the lathe"), and that sentence is
rewritten as usual: its "altijd" bounded, its time added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Most words of the gear before the particle ('veiligheidsbril', 'de oranje hesjes').
_GEAR_WORDS = 4
#: Tags of the word after a stranded particle: a phrase of place or time, or a clause of
#: when ('op *bij* het slijpen', 'on *at* the lathe', 'on *when* grinding').
_AFTER_PARTICLE = frozenset({"ADP", "SCONJ", "ADV"})
#: Marks that may follow a stranded particle: the end of its clause.
_STOPS = frozenset({",", ";", ".", "!", "?"})
#: Tags the gear's words may have.
_GEAR_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "PRON", "X"})


def worn_rule(goal: Goal, style: RewriteStyle) -> str | None:
    """The goal with its verbless rule of wearing told with the verb, or None when the goal
    is none: the gear first, maybe an absolute ('altijd'), then the particle, and no verb
    before the clause's end."""
    doc = goal.doc
    if doc is None or not style.worn_particles:
        return None
    always = {a.lower() for a in style.always_openers if " " not in a}
    words = [t for t in doc if not t.is_space]
    for n, t in enumerate(words):
        verb = style.worn_particles.get(t.lower_)
        if verb is None or n == 0:
            continue
        after = words[n + 1] if n + 1 < len(words) else None
        if after is not None and not (after.text in _STOPS or after.pos_ in _AFTER_PARTICLE):
            continue  # 'Work on time management': a preposition with its object
        if after is not None and not t.whitespace_ and after.text not in _STOPS:
            continue  # 'on-premise': part of a word
        start = _sentence_start(words, n)
        before = words[start:n]
        said = [w for w in before if w.lower_ not in always]
        if before and before[-1].lower_ not in always and len(said) != len(before):
            return None  # the absolute stands apart from the particle
        if not said or len(said) > _GEAR_WORDS or any(not _gear_word(w, said) for w in said):
            return None
        if said[-1].pos_ not in ("NOUN", "PROPN", "X"):
            return None  # the gear ends in its noun ('Migrate our on-premise ...' has none)
        rest = words[n + 1 : _clause_end(words, n)]
        opener = next((k for k, w in enumerate(rest) if w.pos_ == "SCONJ"), len(rest))
        if any(w.pos_ in ("VERB", "AUX") for w in rest[:opener]):
            return None  # a verb of its own: the frames read it ('when grinding' is a clause's)
        return _restated(goal.text, said, before, t, verb, style)
    return None


def _gear_word(word: Token, gear: list[Token]) -> bool:
    """A word of the gear's noun phrase; an -ing form before its noun is one too ('hearing
    protection', 'welding gloves'), however the tagger reads it."""
    if word.pos_ in _GEAR_POS or word.text == "-":  # 'hi-vis'
        return True
    after = word.i + 1
    return word.lower_.endswith("ing") and any(g.i == after and g.pos_ == "NOUN" for g in gear)


def _sentence_start(words: list[Token], at: int) -> int:
    """Where the sentence of the word at ``at`` starts."""
    for k in range(at - 1, -1, -1):
        if words[k].text in (".", "!", "?"):
            return k + 1
    return 0


def _clause_end(words: list[Token], at: int) -> int:
    """Where the clause of the word at ``at`` ends (a comma or a stop)."""
    for k in range(at + 1, len(words)):
        if words[k].text in (",", ";", ".", "!", "?"):
            return k
    return len(words)


def _restated(
    text: str,
    gear: list[Token],
    before: list[Token],
    particle: Token,
    verb: str,
    style: RewriteStyle,
) -> str:
    """``text`` with the rule told with ``verb``: in the particle's place in a verb-last
    language ('Stofmasker ALTIJD dragen bij ...'), before the gear in English ('Always wear
    gloves at ...'), the absolute kept in front of it."""
    start, end = before[0].idx, particle.idx + len(particle.text)
    if style.word_order == "v2":
        told = text[start : particle.idx] + verb
    else:
        absolute = [w.text for w in before if w not in gear]
        things = [w.text for w in gear]
        first = gear[0]
        if first.i == before[0].i and not first.text.isupper():  # 'Gloves' opened the text
            things[0] = things[0][:1].lower() + things[0][1:]
        told = " ".join([*absolute, verb, *things])
    told = (
        told[:1].upper() + told[1:] if start == 0 or text[:start].rstrip()[-1:] in ".!?" else told
    )
    return text[:start] + told + text[end:]
