"""The writer's own count, told beside the goal, as the baseline of the goal's from-to.

"Sneller orders verzamelen. Op drukke dagen haal ik *maar 30 orders*.", "Answer more calls
per shift. I *only* answer *40 calls* a shift.": the sentence that tells how the work goes
now (own_state.py) names where the writer stands, a number after a word of a shortfall (the
pack's ``rewrite.shortfall_words``: only; maar, slechts) with what it counts. When the goal's
rewrite asks for the baseline (``placeholders.current_number``: "van [huidig aantal] naar
[streefaantal]") and what the number counts is a word of the goal ('orders', 'calls': it
clearly measures the same thing), that count fills it: "van 30 orders naar [streefaantal]".
A count of something else ('I only serve 12 customers' beside 'quicker at the till') or two
counts leave the placeholder as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: How far after the shortfall word its number stands ('only *40*', 'only manage *14*').
_NUMBER_REACH = 3
#: Most words of what the number counts ('12 customers an hour').
_COUNTED_WORDS = 4
#: Word classes of what a number counts.
_NOUNS = frozenset({"NOUN", "PROPN"})


def with_baseline(
    parts: tuple[str, ...], goal: Goal, told: tuple[str, ...], style: RewriteStyle
) -> tuple[str, ...]:
    """``parts`` with the baseline placeholder filled by the one count the writer told in
    the sentences ``told`` when it counts a word of the goal; ``parts`` as they were else."""
    slot = style.placeholders.current_number
    if sum(p.count(slot) for p in parts) != 1 or goal.doc is None:
        return parts
    counts = [c for sentence in told for c in _counts(goal, sentence, style)]
    if len(counts) != 1:
        return parts
    number, counted = counts[0]
    spans = [(a, a + len(s)) for s in told if (a := goal.text.find(s)) >= 0]
    rest = [t for t in goal.doc if t.is_alpha and not any(a <= t.idx < b for a, b in spans)]
    goal_words = {t.lemma_.lower() for t in rest} | {t.lower_ for t in rest}
    nouns = [t for t in counted if t.pos_ in _NOUNS]
    if not any(t.lemma_.lower() in goal_words or t.lower_ in goal_words for t in nouns):
        return parts
    phrase = " ".join([number.text, *(t.text for t in counted)])
    return tuple(p.replace(slot, phrase) for p in parts)


def _counts(goal: Goal, sentence: str, style: RewriteStyle) -> list[tuple[Token, list[Token]]]:
    """Each number after a shortfall word in ``sentence`` (a sentence of the goal text), with
    the words of what it counts."""
    start = goal.text.find(sentence)
    if start < 0 or goal.doc is None:
        return []
    tokens = [t for t in goal.doc if start <= t.idx < start + len(sentence)]
    short = {w.lower() for w in style.shortfall_words}
    found = []
    for n, t in enumerate(tokens):
        if t.lower_ not in short:
            continue
        number = next((u for u in tokens[n + 1 : n + 1 + _NUMBER_REACH] if u.like_num), None)
        if number is None:
            continue
        counted = _counted(tokens[tokens.index(number) + 1 :])
        if counted:
            found.append((number, counted))
    return found


def _counted(after: list[Token]) -> list[Token]:
    """The noun phrase a number counts ('customers an hour', 'orders'): nouns and
    adjectives, a determiner or preposition only before a noun ('an hour', 'per dag')."""
    out: list[Token] = []
    for n, t in enumerate(after[:_COUNTED_WORDS]):
        following = after[n + 1] if n + 1 < len(after) else None
        if (
            t.pos_ in _NOUNS
            or t.pos_ == "ADJ"
            or (
                t.pos_ in ("DET", "ADP")
                and out
                and following is not None
                and following.pos_ in _NOUNS
            )
        ):
            out.append(t)
        else:
            break
    return out if out and out[0].pos_ in _NOUNS | {"ADJ"} else []
