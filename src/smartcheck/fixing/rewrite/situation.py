"""A goal with sentences of context: rewrite the goal, keep the context as written.

The reading stage finds the sentences that tell the present situation beside the goal
(``goal.syntax.context``, reading/anatomy/situation.py): "Omgaan met boze klanten. *Ik neem
dat te veel mee naar huis.*", "*Ik merk dat ik te weinig weet van ...* Daar wil ik me in
verdiepen.". Such a sentence is no goal: the rest of the text is judged and rewritten as a
goal of its own, and each sentence of context stays verbatim where the writer put it, before
or after the rewritten goal, so the writer's words and any word that points back to it
("Daar wil ik ...") still read. A clause of context coordinated before the wish ("Ik werk
hier nu 12 jaar en zou graag ...") becomes a sentence of its own before it, and the wish
gets the clause's subject ("Ik zou graag ...").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stance import bare_acceptance
from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Fewest words a stretch of text needs to be the goal (a one-word heading, "PLANNING!!",
#: stays where it is, as the context does).
_GOAL_WORDS = 2


@dataclass(frozen=True)
class Situated:
    """A text split into its goal and the context kept before and after it."""

    goal: str
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


def sentences_around(
    text: str, style: RewriteStyle, tells: Callable[[int, int], bool], min_words: int = 0
) -> Situated | None:
    """``text`` as its goal sentences and the sentences before and after them that ``tells``
    (called with each sentence's character span) marks as no goal; None when it marks none,
    every one, or one between goal sentences, or when the goal has fewer than ``min_words``
    words. The rewriter's own readings of context share it (own_state.py, told_context.py)."""
    cuts = [0, *sentence_ends(text, style.abbreviations), len(text)]
    spans = [(a, b) for a, b in pairwise(cuts) if text[a:b].strip()]
    if len(spans) < 2:
        return None
    told = [tells(a, b) for a, b in spans]
    goals = [n for n, flag in enumerate(told) if not flag]
    if not goals or len(goals) == len(spans) or any(told[goals[0] : goals[-1] + 1]):
        return None  # context between goal sentences: not one goal told around it
    said = [text[a:b].strip() for a, b in spans]
    body = " ".join(said[goals[0] : goals[-1] + 1])
    if sum(any(ch.isalpha() for ch in w) for w in body.split()) < min_words:
        return None
    return Situated(goal=body, before=tuple(said[: goals[0]]), after=tuple(said[goals[-1] + 1 :]))


def situated(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> Situated | None:
    """The goal text without its sentences of context, and those sentences, or None when
    the text has none (or nothing else)."""
    spans = goal.syntax.context
    joints = frozenset(w.lower() for w in ctx.pack.words("conjunctions"))
    # 'Ik heb nog weinig ervaring, maar wil graag ...': the contrast joins the wish, too
    joints |= frozenset(w.lower() for w in style.reservation_contrasts)
    text = goal.text
    if not spans:
        return None
    pieces: list[tuple[str, bool]] = []  # (text, is context)
    starts: list[int] = []  # where each piece starts in the text
    at = 0
    for span in spans:
        pieces.append((text[at : span.start], False))
        pieces.append((_sentence(span.text), True))
        starts += [at, span.start]
        at = span.end
    pieces.append((text[at:], False))
    pieces = _acceptance_kept(pieces, [*starts, at], goal, ctx, style)
    subject = _subject(spans[0].text, style)
    cleaned = [(_goal_part(p, subject, joints, style) if not c else p, c) for p, c in pieces]
    cleaned = [(p, c) for p, c in cleaned if p.strip(" .,;!?")]
    goals = [n for n, (p, c) in enumerate(cleaned) if not c and _words(p) >= _GOAL_WORDS]
    if not goals:
        return None
    first, last = goals[0], goals[-1]
    if any(c for _, c in cleaned[first : last + 1]):  # context between goal sentences
        kept = [p for p, c in cleaned[first : last + 1] if c]
        body = " ".join(p for p, c in cleaned[first : last + 1] if not c)
        after = tuple(kept) + tuple(p for p, _ in cleaned[last + 1 :])
    else:
        body = " ".join(p for p, _ in cleaned[first : last + 1])
        after = tuple(p for p, _ in cleaned[last + 1 :])
    before = tuple(p for p, _ in cleaned[:first])
    return Situated(goal=body.strip().rstrip(",;").strip(), before=before, after=after)


def _acceptance_kept(
    pieces: list[tuple[str, bool]],
    starts: list[int],
    goal: Goal,
    ctx: RuleContext,
    style: RewriteStyle,
) -> list[tuple[str, bool]]:
    """The pieces (each starting in the text at ``starts``) with a bare acceptance after a
    feeling of context joined to it ('Ik vind het spannend' + 'maar wil het wel.'): read as
    a goal of its own it became 'Maar wil vóór [datum] het wel' (stance.py). The rest of its
    piece after the sentence's end stays."""
    out = list(pieces)
    for n, ((piece, context), start) in enumerate(zip(pieces, starts, strict=True)):
        if context or n == 0 or not out[n - 1][1] or goal.doc is None:
            continue
        ends = sentence_ends(piece, style.abbreviations) or [len(piece)]
        words = [t for t in goal.doc if start <= t.idx < start + ends[0]]
        if bare_acceptance(words, ctx, style):
            joined = f"{out[n - 1][0].rstrip(' .')} {piece[: ends[0]].strip()}"
            out[n - 1] = (_sentence(joined), True)
            out[n] = (piece[ends[0] :], False)
    return out


def with_situation(parts: tuple[str, ...], found: Situated) -> tuple[str, ...]:
    """The rewritten goal (one part per goal) with the context before the first part and
    after the last, as the writer placed it."""
    if not parts:
        return parts
    lines = list(parts)
    lines[0] = " ".join([*found.before, lines[0]])
    lines[-1] = " ".join([lines[-1], *found.after])
    return tuple(line.strip() for line in lines)


def is_context(piece: str, goal: Goal) -> bool:
    """Is ``piece`` (a sentence cut from the goal text) one of its sentences of context?"""
    words = piece.strip().rstrip(".!?;").strip()
    return bool(words) and any(words in s.text for s in goal.syntax.context)


def _sentence(text: str) -> str:
    """A clause of context as a sentence of its own: it opens with a capital and ends in a
    full stop ('...; at the moment everything ...' -> 'At the moment everything ...')."""
    text = capitalise(text.strip())
    return text if text[-1:] in ".!?" else f"{text.rstrip(',;')}."


def _subject(text: str, style: RewriteStyle) -> str:
    """The writer's subject that opens the context ('Ik werk hier ...'), if one does."""
    first = text.split(" ", 1)[0]
    return first if first.lower() in style.subjects else ""


def _goal_part(text: str, subject: str, joints: frozenset[str], style: RewriteStyle) -> str:
    """A stretch of the goal text with the joint to the context left out: a leading
    coordinator or comma ('... en zou graag' -> 'zou graag'), and the context's subject
    given to a wish that begins with its verb ('Ik zou graag ...')."""
    words = text.strip().split(" ")
    while words and words[0].lower().strip(",;") in ("", *joints):
        words = words[1:]
    if not words:
        return ""
    joined = text.strip().split(" ")[0].lower() in joints
    if joined and subject and words[0].lower() not in style.subjects:
        words = [subject, *words]
    return capitalise(" ".join(words))


def _words(text: str) -> int:
    return sum(any(ch.isalpha() for ch in w) for w in text.split())


def contrast_joint_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The contrast that joins a clause of context to the wish after it ('Ik heb nog weinig
    ervaring, *maar* wil graag ...'): the clause becomes a sentence of its own and the
    contrast goes with the joint, never a lost word."""
    contrasts = {w.lower() for w in style.reservation_contrasts}
    spans = []
    for span in goal.syntax.context:
        if span.kind != "clause":
            continue
        rest = goal.text[span.end :]
        word = rest.lstrip(" ,").split(" ", 1)[0]
        if word.lower() in contrasts:
            start = span.end + len(rest) - len(rest.lstrip(" ,"))
            spans.append((start, start + len(word)))
    return spans
