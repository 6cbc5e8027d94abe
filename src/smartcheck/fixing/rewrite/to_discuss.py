"""An agreement still to be made with a named person, told after the goal.

Writers end a goal with whom they still have to discuss it: "Moet ik nog met Ruud
bespreken.", "Need to discuss with Marieke.", "..., moet ik nog overleggen met mijn chef",
"Will check with my supervisor first." That is no goal of its own and no doubt: it names who
agrees to the goal (JUDGING A: owned and agreed). Kept as a remark, the rewrite still asks
who supports the goal ("in overleg met [wie ondersteunt je]") while the writer named them,
and read as part of the goal it ends up inside the commitment ("ga ik X maken, moet ik nog
overleggen met mijn chef, met als bewijs ...").

The remark goes; the rest is judged and rewritten as the goal, and the person named fills
its agreement (the pack's ``frames.agreement``: "in overleg met Ruud", "agreed with
Marieke"). The remark: the last sentence, or the last piece after a comma, with an agreement
word of the pack's ``agreement_remarks`` ("bespreken", "overleggen", "discuss", "check
with"), the preposition of the agreement frame ("met", "with") and who comes after it, and
nothing else but the writer, modal and adverbial words and a word pointing back at the goal
("dit", "that"): a remark with more in it ("... hoe we dit meten") is not only who agrees,
and one opened by a contrast ("..., maar dat moet eerst nog met X besproken worden") is a
precondition the writer weighs against the goal, kept as a remark.
``WholeTextRewrites._to_discuss`` (whole_text.py) judges the rest and fills the agreement.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_arrangements import arrangement_asked
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS, sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Parts of speech of the words that name who agrees ('mijn chef', 'Ruud', 'the shift lead').
_WHO_POS = frozenset({"DET", "PRON", "PROPN", "NOUN", "ADJ"})
#: Parts of speech the rest of the remark may hold besides who and the agreement word.
_FREE_POS = frozenset({"AUX", "ADV", "PRON", "PART", "PUNCT", "SCONJ", "CCONJ"})
#: Fewest words of the goal before the remark.
_GOAL_WORDS = 2


@dataclass(frozen=True)
class Discussion:
    """The goal without the remark, who the remark names, and where the remark stood."""

    rest: str
    who: str
    span: tuple[int, int]


def discussion(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> Discussion | None:
    """The agreement still to be made at the end of ``goal`` (see the module), or None. A
    last question that only asks whether the goal can be arranged ('Kan dat geregeld
    worden?') is one too, whom with not told (asked_arrangements.py)."""
    arranged = arrangement_asked(goal, style)
    if arranged is not None:
        return Discussion(rest=arranged[0], who=style.placeholders.support, span=arranged[1])
    doc = goal.doc
    frame = style.frames.agreement
    if doc is None or not frame or "{support}" not in frame:
        return None
    opening = frame.split("{support}")[0].split()
    if not opening:
        return None
    start = _last_piece(doc)
    if start is None:
        return None
    piece = [t for t in doc[start:]]
    contrasts = {c.lower() for c in style.reservation_contrasts}
    if piece and piece[0].lower_ in contrasts:
        return None  # '..., maar dat moet eerst nog met X besproken worden': a precondition
    who = _who(piece, opening[-1].lower(), ctx, goal, style)
    if who is None:
        return None
    begin = doc[start - 1].idx if doc[start - 1].text == "," else doc[start].idx
    rest = goal.text[:begin].rstrip(" ,;")
    if sum(t.is_alpha for t in doc[:start]) < _GOAL_WORDS or not rest:
        return None
    if rest[-1] not in SENTENCE_MARKS:
        rest += "."
    return Discussion(rest=rest, who=who, span=(begin, len(goal.text)))


def discussion_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the remark stands: its words go, who it names fills the agreement."""
    found = discussion(goal, ctx, style)
    return [found.span] if found is not None else []


def with_agreement(rewrite: str, who: str, style: RewriteStyle) -> str | None:
    """``rewrite`` with ``who`` as the one it is agreed with: in the place of the agreement
    placeholder ('in overleg met [wie ondersteunt je]' -> 'in overleg met Ruud'), or added at
    the end of its first sentence (the goal; a situation kept after it stays as it is); None
    when it has no such place (several goals, or an agreement with someone else already)."""
    frame = style.frames.agreement
    if not frame:
        return None
    asked = frame.format(support=style.placeholders.support)
    told = frame.format(support=who)
    if asked in rewrite:
        return rewrite.replace(asked, told, 1)
    head = frame.split("{support}")[0].strip(" ,")
    body = rewrite.rstrip()
    if head.lower() in body.lower() or "\n" in body:
        return None
    told_first, *after = sentences(body, style.abbreviations)  # 'X. Ik sta al 8 jaar ...'
    return " ".join([f"{told_first.rstrip('.!')}{told}.", *after])


def _last_piece(doc: Doc) -> int | None:
    """Where the text's last sentence (not its first) or its last piece after a comma
    starts, as a token index; None for a text of one piece."""
    ends = [t.i for t in doc if t.text in SENTENCE_MARKS and t.i < len(doc) - 1]
    last_stop = ends[-1] + 1 if ends else 0
    commas = [t.i for t in doc[last_stop:] if t.text in (",", ";")]
    if commas and commas[-1] + 1 < len(doc):
        return commas[-1] + 1
    return last_stop or None


def _who(
    piece: list[Token], preposition: str, ctx: RuleContext, goal: Goal, style: RewriteStyle
) -> str | None:
    """Who the remark ``piece`` names after ``preposition`` when it holds an agreement word
    and nothing else of its own (see the module); None otherwise."""
    if not piece or piece[-1].text == "?":
        return None
    start, end = piece[0].i, piece[-1].i + 1
    agreed = [
        (m.token_start, m.token_end)
        for m in ctx.find(goal, "agreement_remarks")
        if start <= m.token_start < end
    ]
    modals = [  # 'Need to discuss ...', 'Moet ik nog ...': the duty of the discussion
        (m.token_start, m.token_end)
        for key in ("modal_verbs", "obligation_modals")
        for m in ctx.find(goal, key)
        if start <= m.token_start < end
    ]
    at = next((n for n, t in enumerate(piece) if t.lower_ == preposition), None)
    if not agreed or at is None:
        return None
    stop = at + 1
    while stop < len(piece) and piece[stop].pos_ in _WHO_POS:
        if _agreement(piece[stop], agreed):
            break
        stop += 1
    tail = stop
    while stop > at + 1 and (piece[stop - 1].is_stop or piece[stop - 1].pos_ == "ADV"):
        stop -= 1  # 'with my supervisor *first*': an adverb after who is no part of it
    named = piece[at + 1 : stop]
    if not _person(named):
        return None
    writer = {*style.subjects, *style.object_pronouns}
    for n, t in enumerate(piece):
        if at <= n < tail or _agreement(t, [*agreed, *modals]) or t.lower_ in writer:
            continue
        if t.lower_ in style.back_references or t.pos_ in _FREE_POS:
            continue
        if t.lower_ in style.modals:
            continue
        return None  # a word of its own: more than who agrees
    return " ".join(t.text for t in named)


def _person(named: list[Token]) -> bool:
    """Do the words ``named`` name someone: a name or noun ('Ruud', 'mijn chef'), or words
    after a determiner or possessive that the tagger took for adjectives ('my shift
    lead')?"""
    if any(t.pos_ in ("PROPN", "NOUN") for t in named):
        return True
    return len(named) >= 2 and named[0].pos_ in ("DET", "PRON") and not named[-1].is_stop


def _agreement(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= token.i < b for a, b in spans)
