"""The writer's own flaw told after the goal: a remark, never a goal of its own.

"Zekerder worden bij boze klanten, ik klap dan soms dicht en dat wil ik niet meer" and "Get
better at pricing my work, I always go way too low" tell what goes wrong now, in the writer's
own words: the writer first (or right after the verb: "soms word ik ..."), a word of habit
(the pack's ``habit_markers``, ``always_openers``, ``negated_openers``) or a word that points
back at the goal first ("..., daar weet ik nog te weinig van"; ``back_references``), and no
modal, wish or hedge in that clause. A wish after it that points back ("en dat wil ik niet
meer") only says the writer wants it gone. Split off as a goal, the flaw becomes the thing
to reach ("Vóór [datum] klap ik dan soms dicht", "I will go way too low in [number] out of 10
cases"); the goal is rewritten without it and the flaw stays after it as a sentence.
:func:`flaw_words` gives what a candidate must not commit to (seams/flaws.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.remarks import Remarked, comma_clauses
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How far into its clause the writer's subject stands ('soms word *ik*', 'that is where *I*').
_SUBJECT_WITHIN = 4
#: Fewest words of the clause that tells the flaw, and of the goal left before it.
_FEWEST = 3


@dataclass(frozen=True)
class Flaw:
    """The writer's flaw told after the goal: the text split, and the flaw's own clause."""

    remarked: Remarked
    clause: str  # the flaw's first clause as written ('ik klap dan soms een beetje dicht')
    words: tuple[str, ...]  # its words a rewrite commits to (no subject, habit or function word)


def flaw_told(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> Flaw | None:
    """The goal without the flaw told after a comma, and the flaw; None without one."""
    doc = goal.doc
    if doc is None:
        return None
    habits = _habit_tokens(goal, ctx, style)
    for start, end in comma_clauses(doc)[1:]:
        if doc[start - 1].text in SENTENCE_MARKS:
            continue  # a sentence of its own is context the reading stage already reads
        clause = _first_conjunct(doc, start, end)
        if not _tells_flaw(clause, habits, goal, ctx, style):
            continue
        text = goal.text
        head = doc[start].idx
        stop = next((t.i for t in doc[start:] if t.text in SENTENCE_MARKS), len(doc))
        tail = doc[stop - 1].idx + len(doc[stop - 1].text)
        before = text[:head].rstrip(" ,;-\u2013\u2014")
        after = text[tail:].lstrip(" .!?")
        rest = f"{before}. {after}" if after else before
        if sum(w.isalpha() for w in rest.split()) < _FEWEST - 1:
            return None
        remark = text[head:tail].strip()
        said = text[clause[0].idx : clause[-1].idx + len(clause[-1].text)]
        words = _committed_words(clause, habits, ctx)
        return Flaw(Remarked(goal=rest.strip(), remark=remark, clause=False), said, words)
    return None


def habit_alone(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> Flaw | None:
    """The writer's habit told as the whole goal, one clause and nothing else ('Ik stel
    administratieve taken vaak uit', 'I often forget to log my hours'): what goes wrong now,
    with no goal told beside it. Committing to it as written promises the habit ('Vóór
    [datum] stel ik administratieve taken vaak uit'); None for any other goal."""
    doc = goal.doc
    if doc is None or len(comma_clauses(doc)) != 1:
        return None
    clause = [t for t in doc if not t.is_space]
    while clause and clause[-1].text in SENTENCE_MARKS:
        clause.pop()
    if any(t.text in SENTENCE_MARKS for t in clause):
        return None  # more than one sentence: the habit tells the situation of another
    # words of habit only, as written and ungraded: 'nooit meer' and 'altijd' make a goal of
    # the whole ('Ik maak nooit meer fouten in de facturen': an absolute to bound), a
    # comparative ('vaker') a wish for more, 'too often' a flaw of excess
    found = ctx.find(goal, "habit_markers")
    told = [
        m
        for m in found
        if goal.text[m.start : m.end].lower() == m.entry.lower()
        and not _graded(doc, m.token_start, style)
    ]
    habits = {i for m in told for i in range(m.token_start, m.token_end)}
    # a failing told with 'always' ('I always forget to log my hours'): a habit of failing,
    # no standard to bound ('I will forget ... in [number] out of 10 cases')
    habits |= {
        i for m in ctx.find(goal, "failing_habits") for i in (m.token_start, m.token_end - 1)
    }
    if not habits or not _tells_flaw(clause, habits, goal, ctx, style):
        return None  # a word that points back ('*Dit* jaar breng ik ...') tells no habit
    said = goal.text[clause[0].idx : clause[-1].idx + len(clause[-1].text)]
    words = _committed_words(clause, habits, ctx)
    return Flaw(Remarked(goal="", remark=said, clause=False), said, words)


def _committed_words(clause: list[Token], habits: set[int], ctx: RuleContext) -> tuple[str, ...]:
    """The flaw's words a rewrite commits to: no subject, word of habit or function word."""
    function = ctx.pack.function_words
    subjects = {w.lower() for w in ctx.pack.words("first_person_subject")}
    return tuple(
        t.lower_
        for t in clause
        if t.is_alpha
        and t.i not in habits
        and t.lower_ not in subjects
        and t.lower_ not in function
    )


def _graded(doc: Doc, at: int, style: RewriteStyle) -> bool:
    """Whether an adverb of excess or its reduction grades the word at ``at`` ('too
    *often*', 'te *vaak*', 'less *often*'): a flaw of excess, or the goal of doing it less
    that its reduction wrote (excess_flaws.py)."""
    grading = {*style.excess_adverbs, *(r.lower() for r in style.excess_reductions.values())}
    return at > 0 and doc[at - 1].lower_ in grading


def _habit_tokens(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> set[int]:
    """Token indices of the words of habit in the goal ('soms', 'always', 'nooit')."""
    found: set[int] = set()
    for m in ctx.find(goal, "habit_markers"):
        found.update(range(m.token_start, m.token_end))
    single = {w.lower() for w in (*style.always_openers, *style.negated_openers) if " " not in w}
    found.update(t.i for t in goal.doc or () if t.lower_ in single)
    return found


def _tells_flaw(
    clause: list[Token], habits: set[int], goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> bool:
    """The writer's subject near the clause's start, a word of habit in it or a word that
    points back at the goal first ('daar weet ik nog te weinig van'), and no modal, wish or
    hedge: what the writer does or lacks now."""
    words = [t for t in clause if not t.is_punct]
    keys: tuple[LexiconKey, ...] = ("relative_words", "subordinators", "reason_markers")
    opens = {w.lower() for k in keys for w in ctx.pack.words(k)}
    opens -= {w.lower() for w in style.back_references}  # '..., dat vergeet ik vaak'
    if not words or words[0].lower_ in opens or words[0].pos_ == "CCONJ":
        return False  # '..., which I tend to do now', '..., want ...': the goal's clause
    pointed = bool(words) and words[0].lower_ in style.back_references  # 'daar weet ik ...'
    if len(words) < _FEWEST or not (pointed or any(t.i in habits for t in words)):
        return False
    subjects = {w.lower() for w in ctx.pack.words("first_person_subject")}
    if not any(t.lower_ in subjects for t in words[:_SUBJECT_WITHIN]):
        return False
    span = (words[0].i, words[-1].i + 1)
    for key in ("modal_verbs", "wish_verbs", "hedges"):
        if any(span[0] <= m.token_start < span[1] for m in ctx.find(goal, key)):
            return False
    return True


def _first_conjunct(doc: Doc, start: int, end: int) -> list[Token]:
    """The clause's tokens up to its first coordinator ('ik klap dan soms dicht' of '... en
    dat wil ik niet meer'): the wish after it points back at the flaw."""
    out: list[Token] = []
    for t in doc[start:end]:
        if out and t.pos_ == "CCONJ":
            break
        out.append(t)
    return out
