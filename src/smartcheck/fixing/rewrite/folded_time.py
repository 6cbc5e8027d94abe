"""How often or when, told as an afterthought in a sentence of its own: 'Meelopen met de
planner, om het rooster te snappen. Misschien 2 of 3 keer dit jaar.', 'Shadow the night
planner. Twice a month.'

The last sentence has no verb: only how often (a count of times or a recurring time, maybe
with the period it falls in), maybe after a hedge; a deadline told on its own stays after the
goal (trailing_time.py). Kept
after the rewritten goal it is a fragment, and the committed sentence reads as if it had no
frequency (seams/time_sentence.py refuses that). The time belongs to the act: it is folded
into the goal's first sentence, the hedge dropped, where the language puts an adverbial
(the pack's ``word_order``): a verb-second language before the first infinitive ('2 of 3
keer dit jaar meelopen met ...'), a subject-verb-object one at the end of the main clause,
before its first comma or stop ('shadow the night planner twice a month, to ...'). The text
so built is judged and rewritten in the goal's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise
from smartcheck.reading.timex import find_time_expressions

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

_STOPS = frozenset({".", "!", "?"})
#: Marks that end the main clause of the first sentence.
_BREAKS = frozenset({",", ";", ":", ".", "!", "?"})
#: Tags a time sentence may hold besides its times and counts.
_LOOSE = frozenset({"CCONJ", "DET", "ADP", "NUM", "PUNCT", "SPACE"})


def time_folded(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The goal's text with its closing time sentence folded into its first sentence; None
    when the text does not end so, or the first sentence has no place for it."""
    doc = goal.doc
    if doc is None:
        return None
    sentences = _sentences(list(doc))
    if len(sentences) < 2:
        return None
    time = _time_of(sentences[-1], goal, ctx, style)
    if time is None:
        return None
    at = _place(sentences[0], style)
    if at is None:
        return None
    text = doc.text
    last = sentences[-1][0].idx
    head = text[:at].rstrip()
    rest = text[at:last].rstrip()
    if not head:  # 'Meelopen met ...' -> '2 of 3 keer dit jaar meelopen met ...'
        return capitalise(f"{time} {rest[:1].lower()}{rest[1:]}")
    lead = "" if rest[:1] in ",.;:!?" else " "
    return f"{head} {time}{lead}{rest}"


def _time_of(
    sentence: list[Token], goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> str | None:
    """The words of a sentence that is only a time or a count of times (after a hedge at
    most), without the hedge and the stop; None for any other sentence."""
    said = [t for t in sentence if not t.is_punct]
    while said and said[0].lower_ in style.one_word_hedges:
        said = said[1:]
    if not said:
        return None
    sessions = frozenset(w.lower() for w in ctx.pack.words("session_words"))
    start, end = said[0].idx, said[-1].idx + len(said[-1].text)
    text = sentence[0].doc.text
    times = find_time_expressions(text, goal.lang, goal.reference_date, ctx.pack.time)
    timed = [t for t in said if any(e.start <= t.idx < e.end for e in times)]
    counted = [t for t in said if t.lower_ in sessions and t.i > 0 and t.nbor(-1).like_num]
    recurring = [
        t for t in timed if any(e.kind == "recurring" and e.start <= t.idx < e.end for e in times)
    ]
    if not recurring and not counted:  # a deadline on its own is trailing_time.py's
        return None
    rest = [t for t in said if t not in timed and t not in counted]
    if not all(t.pos_ in _LOOSE or t.like_num for t in rest):
        return None
    time = text[start:end]
    return time[:1].lower() + time[1:] if not time[1:2].isupper() else time


def _place(sentence: list[Token], style: RewriteStyle) -> int | None:
    """Where the time goes in the first sentence (a character offset): before its first
    infinitive (before the first comma) in a verb-second language; otherwise at the end of
    its main clause, before a comma, a stop, a clause opener ('so', 'because') or an
    infinitive marker ('to understand')."""
    markers = {m.lower() for m in style.infinitive_markers}
    main = sentence[: next((n for n, t in enumerate(sentence) if t.text in _BREAKS), None)]
    if style.word_order == "v2":
        verb = next((t for t in main if _infinitive(t, markers)), None)
        return verb.idx if verb is not None else None
    ends = {c.lower() for c in style.clause_ends if " " not in c}
    stop = next(
        (t for t in main[1:] if t.lower_ in ends or (t.lower_ in markers and t.pos_ == "PART")),
        None,
    )
    if stop is not None:
        return stop.idx
    if not main:
        return None
    last = main[-1]
    return last.idx + len(last.text)


def _infinitive(token: Token, markers: set[str]) -> bool:
    """A verb in the infinitive, or a form in -en the tagger calls a noun or a name
    ('Meelopen met ...'), not after an infinitive marker ('te snappen')."""
    if token.i > 0 and token.nbor(-1).lower_ in markers:
        return False
    if token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm", []):
        return True
    lower = token.lower_
    return len(lower) > 3 and lower.endswith("en") and token.pos_ in ("NOUN", "PROPN", "VERB")


def _sentences(tokens: list[Token]) -> list[list[Token]]:
    """The text's sentences (cut after . ! ?)."""
    found: list[list[Token]] = []
    current: list[Token] = []
    for t in tokens:
        current.append(t)
        if t.text in _STOPS:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found
