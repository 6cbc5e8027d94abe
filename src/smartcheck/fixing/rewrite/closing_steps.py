"""A closing sentence after a goal kept as written: what a coach adds to a goal that reads
whole but fits no frame.

Some goals read as one aim with its explanation ("Mijn first-time-fix moet omhoog. Te vaak
moet ik ... langs omdat ..."), or as a shortfall the writer tells, yet no frame can take them
in: the aim cannot be moved into a frame's clause without breaking it. A coach does not
rebuild such a text; they keep it and add one sentence with what it lacks: the time ("Dit
doel bereik ik vóór [datum].", "I will reach this goal by [date]."), the measure alone ("Als
bewijs geldt [hoe gemeten].") or the concrete step ("Concreet ga ik [concreet gedrag] vóór
[datum].", "Concretely, I will [concrete behaviour] by [date].").

Only what a sentence after the goal can add is added this way: S (the step), M and T, to a
goal told without the writer as the subject of its clauses, or with the writer wanting it in a
main clause ("Ik wil sneller orderpicken. Nu haal ik 20 kg per uur."): a rewrite commits a
wish anyway. A doubt or habit told in the writer's own verb, with no wish beside it, needs
that verb changed; a wish inside a subordinate clause ("my lead asked if I want to") is
someone else's question, not the writer's aim.
A goal that fails A or R (a hedge, an imposed or impersonal aim, an absolute) needs its own
words changed, so it keeps the structured fallback, as does a goal that packs goals (also
one listed after a comma with a joiner), a question (no aim yet), or a text the guard already
refuses as a whole (a list, three sentences or more: guard.py). The seam check refuses a
second time beside one of the goal's own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.plan import failed

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reporting.report import GoalReport

#: What a closing sentence can add; any other failing criterion asks for the writer's words.
ADDABLE = frozenset({Criterion.S, Criterion.M, Criterion.T})
#: Findings that say the text packs goals: one closing step cannot serve them all.
PACKED = frozenset({"S004", "R004"})


def closing_sentence(
    report: GoalReport, style: RewriteStyle, kept: str, ctx: RuleContext | None = None
) -> str | None:
    """``kept`` (the goal's own words as the structured fallback keeps them) with a closing
    sentence that adds what the goal failed; None when a sentence after it cannot fix that.
    With ``ctx`` (the pack's ``wish_verbs`` and ``doubt_remarks``), a goal the writer wants in
    a main clause, without a doubt beside it, is closed too."""
    bad = failed(report)
    if not bad or not bad <= ADDABLE or "?" in kept:
        return None
    if PACKED & {f.code for f in report.findings} or _listed_on(kept, style):
        return None
    if _writer_speaks(report, style) and not _writer_wants(report, style, ctx):
        return None
    frames = style.frames
    ph = style.placeholders
    deadline = " " + frames.deadline.format(date=ph.date) if Criterion.T in bad else ""
    measure = frames.measure.format(measure=ph.measure) if Criterion.M in bad else ""
    if Criterion.S in bad:  # the concrete step, with its time and measure
        frame = frames.closing_step
    elif Criterion.T in bad:  # the time, with the measure
        frame = frames.closing_reach
    else:  # the measure alone
        frame, measure = frames.closing_evidence, ph.measure
    if frame is None:
        return None
    added = frame.format(deadline=deadline, behaviour=ph.behaviour, measure=measure)
    text = kept.strip()
    if not text.endswith((".", "!")):
        text += "."
    return f"{text} {added}"


def _listed_on(text: str, style: RewriteStyle) -> bool:
    """Does the text list a further goal after a comma with one of the pack's joiners
    ('..., en ook mijn Engels verbeteren', '..., and also ...'; fragments.py)? Then it packs
    goals, whatever the judge counted, and one closing step cannot serve them all."""
    return any(re.search(rf"(?i),\s+{re.escape(joiner)}\b", text) for joiner in style.list_joiners)


def _writer_speaks(report: GoalReport, style: RewriteStyle) -> bool:
    """Is the writer the subject of a clause of the goal ('Ik twijfel of ...', 'I often
    forget ...', 'Dat zou ik graag leren', 'Als X er niet is wil ik ...')? Then the goal is
    a wish, a doubt or a habit in the writer's own verb, which the rewrite must change (or
    leave as the writer's remark): a sentence added after it would commit the writer to
    words they did not commit to. The closing sentence is for goals told without the writer
    as subject: an aim without a verb, an infinitive or imperative, a thing or a figure that
    has to change (a relative clause about a noun of the goal is no clause of the writer's)."""
    doc = report.goal.doc
    if doc is None:
        return True
    writers = {style.default_subject.lower()}  # 'ik', 'I': 'we' may be the team the goal names
    return any(
        t.lower_ in writers and t.dep_.startswith("nsubj") and not t.head.dep_.endswith(_RELATIVE)
        for t in doc
    )


def _writer_wants(report: GoalReport, style: RewriteStyle, ctx: RuleContext | None) -> bool:
    """Does the writer want the goal in a main clause ('Ik wil ...', 'Dat wil ik zelf kunnen
    oplossen', 'I want to pick faster', 'I'd like to ...')? The wish verb governs the writer
    as subject, or stands as an auxiliary beside the verb that does; its clause is the root
    or one joined to it, never a clause inside another ('... asked if I want to'). A doubt
    anywhere ('Ik twijfel of ik ... wil') makes the wish a question, and a negation on the
    writer's verb a refusal ('..., wil ik niet'): neither is an aim."""
    doc = report.goal.doc
    if doc is None or ctx is None or ctx.find(report.goal, "doubt_remarks"):
        return False
    wanting = {w.lower() for w in ctx.pack.words("wish_verbs")}
    negations = {w.lower() for w in ctx.pack.words("negations")}
    writer = style.default_subject.lower()
    for t in doc:
        if t.lower_ != writer or not t.dep_.startswith("nsubj"):
            continue
        verb = t.head
        wants = verb.lemma_.lower() in wanting or any(
            c.dep_.startswith("aux") and c.lemma_.lower() in wanting for c in verb.children
        )
        if wants and any(c.lower_ in negations for c in verb.children):
            return False  # 'Een cursus volgen, wil ik niet.': a refusal, not an aim
        clause = verb  # 'Dat wil ik ... oplossen' may hang the writer on the auxiliary
        while (clause.dep_ in _JOINED or clause.dep_.startswith("aux")) and (
            clause.head.i != clause.i
        ):
            clause = clause.head
        main = clause.dep_ == "ROOT"
        if wants and main:
            return True
    return False


#: How a clause hangs on the main one without being inside it ('..., and I want ...', '...;
#: I want'), and the parser's fixed expressions ('Dat wil ik' read as one unit).
_JOINED = ("conj", "parataxis", "fixed", "flat")
#: The dependency of a relative clause: 'the apprentices *we* take on' describes a noun,
#: the writer does not speak in it ('relcl' in English, 'acl:relcl' in Dutch).
_RELATIVE = ("relcl", "acl")
