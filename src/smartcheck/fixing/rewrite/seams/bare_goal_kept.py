"""A goal told as a bare act left as written beside a framed one: 'Leren hoe het
planningssysteem werkt en zorgen dat de monteurs niet meer voor niks rijden. Ook ga ik vóór
[datum] klachten zelf afhandelen, ...'.

A sentence (or its part after a colon: 'Omdat ik nu ook de bezorging inplan: leren hoe
...') that opens with an infinitive or an imperative and has no finite verb of its own
before its first subordinate clause ('Leren *hoe* ...', 'Learn how ...') is a goal, not a
situation: kept verbatim while another sentence gets the deadline, the first goal has none
and the rewrite reads as if it were context. A sentence with its own finite verb ('Plannen
vind ik lastig') is the writer's remark and may stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.surface import PLACEHOLDER
from smartcheck.fixing.rewrite.seams.tokens import is_finite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


def bare_goal_kept(
    candidate: str, doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """A sentence of the candidate, as the goal wrote it, that is a bare act, before another
    sentence, in a candidate that frames one (holds a placeholder). A bare act after the
    framed goal ('I will keep the van organised. Check stock every Friday.') is the writer's
    note on it and may stay."""
    if not PLACEHOLDER.search(candidate) or _closes_whole(doc, style):
        return []
    openers = {*ctx.pack.words("subordinators"), *style.relativizers, *style.clause_ends}
    openers |= set(style.complementizers)
    seams = []
    for sentence in list(doc.sents)[:-1]:  # a later sentence frames the goal: this is first
        text = sentence.text.strip()
        if len(text) < 3 or PLACEHOLDER.search(text) or text not in goal.text:
            continue
        if _bare_act(sentence, openers, style):
            detail = f"the bare goal {text[:40]!r} kept as written beside a framed one"
            seams.append(Seam("lost_tense", detail, (sentence[0].lower_, "bare-goal")))
    return seams


def _closes_whole(doc: Doc, style: RewriteStyle) -> bool:
    """Does the candidate end in a closing sentence about the whole goal ('Dit doel bereik ik
    vóór [datum].', 'Concretely, I will ...'; closing_steps.py)? Then the goal before it,
    bare act or not, is the goal that sentence dates, not one left without its time."""
    sents = list(doc.sents)
    last = sents[-1].text.strip() if sents else ""
    frames = (style.frames.closing_reach, style.frames.closing_step, style.frames.closing_evidence)
    openings = [f.split("{", 1)[0].strip() for f in frames if f]
    return any(o and last.startswith(o) for o in openings)


def _bare_act(sentence: Span, openers: set[str], style: RewriteStyle) -> bool:
    """Does the sentence, or its part after a colon ('Omdat ik ...: leren hoe ...'), open
    with a bare act?"""
    colons = [t.i - sentence.start + 1 for t in sentence if t.text == ":"]
    return any(_opens_bare(list(sentence)[at:], openers, style) for at in [0, *colons])


def _opens_bare(tokens: list[Token], openers: set[str], style: RewriteStyle) -> bool:
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 3:
        return False
    first = words[0]
    infinitive = "Inf" in first.morph.get("VerbForm", []) and first.pos_ == "VERB"
    imperative = first.tag_ == "VB" and first.pos_ == "VERB"
    learning = first.lower_ in style.learning_verbs  # 'Leren hoe ...', tagged a name
    if not (infinitive or imperative or learning) or first.lower_ in style.modals:
        return False
    for t in words[1:]:
        if t.lower_ in openers:
            return True
        if is_finite(t):
            return False
    return True
