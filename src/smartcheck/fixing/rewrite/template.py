"""The built-in template rewriter: deterministic, offline, driven by the rule pack.

It reads what failed from the report, plans word-level edits (plan.py), commits the
intention (commit.py), puts the words into a SMART frame with the language's word order
(frame.py), and fills the gaps with the pack's bracketed placeholders, or with concrete
values where a safe fix supplies them (an explicit date for "binnen drie maanden"). Goals it
cannot read as one goal (questions, lists, no words) get no rewrite rather than a bad one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.configuration.lexicon_keys import LexiconKey
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.abilities import able_committed
from smartcheck.fixing.rewrite.absolute_reach import bounds_absolute
from smartcheck.fixing.rewrite.bracketed import bracketed
from smartcheck.fixing.rewrite.commit import commit
from smartcheck.fixing.rewrite.countable import uncounted
from smartcheck.fixing.rewrite.counts import count_sentence
from smartcheck.fixing.rewrite.described_things import clause_fits, relative_start
from smartcheck.fixing.rewrite.frame import (
    Clause,
    Parts,
    Shape,
    analyse,
    assemble,
    core_text,
    main_clause_end,
)
from smartcheck.fixing.rewrite.guard import looks_grammatical, refusal
from smartcheck.fixing.rewrite.labels import label_phrase, label_words, timed_label, with_label
from smartcheck.fixing.rewrite.learning import learning_frame, with_result
from smartcheck.fixing.rewrite.nominal import nominal_sentence
from smartcheck.fixing.rewrite.own import own_part
from smartcheck.fixing.rewrite.own_purpose import own_part_as_aim
from smartcheck.fixing.rewrite.plan import Plan, failed, finish_plan, make_plan
from smartcheck.fixing.rewrite.purpose import (
    holds_a_clause,
    nominalised_object,
    purpose_sentence,
    wants_purpose,
)
from smartcheck.fixing.rewrite.renewed_dates import renewed_date
from smartcheck.fixing.rewrite.seams import SeamParses, find_seams
from smartcheck.fixing.rewrite.spent_time import spent_time_sentence
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.style import RewriteStyle, style_for
from smartcheck.fixing.rewrite.topic import topic_sentence
from smartcheck.fixing.rewrite.vague import vague_outcomes
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import (
    Word,
    abbreviation_periods,
    capitalise,
    looks_infinitive_nl,
    tidy,
    words_of,
)
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.judging.context import RuleContext
    from smartcheck.reporting.report import GoalReport


class TemplateRewriter:
    """Deterministic, offline rewrites from rule-pack templates."""

    def rewrite(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        """The rewrites of a failing goal without a seam (best first), or ()."""
        return self.rewrite_many([(report, ctx)])[0]

    def rewrite_many(
        self, items: Sequence[tuple[GoalReport, RuleContext]]
    ) -> list[tuple[str, ...]]:
        """:meth:`rewrite` for each report, with every candidate of every goal parsed for the
        seam check in one ``nlp.pipe`` (what makes ``check_many`` fast); a goal's minimal
        edit is parsed, in a second pipe, only when none of its framed candidates passed."""
        found = [_grammatical(report, ctx) for report, ctx in items]
        parses = SeamParses()
        parses.prepare(
            (report.goal, text, style)
            for (report, _), (style, texts, _) in zip(items, found, strict=True)
            for text in texts
            if style is not None
        )
        results = [
            [
                text
                for text in texts
                if style is not None and not find_seams(text, report.goal, ctx, style, parses)
            ]
            for (report, ctx), (style, texts, _) in zip(items, found, strict=True)
        ]
        backups = [
            (n, text, style)
            for n, (style, _, text) in enumerate(found)
            if style is not None and text is not None and not results[n]
        ]
        parses.prepare((items[n][0].goal, text, style) for n, text, style in backups)
        for n, text, style in backups:
            report, ctx = items[n]
            if not find_seams(text, report.goal, ctx, style, parses):
                results[n].append(text)
        return [tuple(texts) for texts in results]


def _grammatical(
    report: GoalReport, ctx: RuleContext
) -> tuple[RewriteStyle | None, list[str], str | None]:
    """The framed candidates of a failing goal that pass the cheap checks (seams not yet
    checked), and its minimal edit, the backup when none of them passes the seam check."""
    style = style_for(ctx)
    if report.is_smart or style is None or refusal(report.goal.text, style.abbreviations):
        return None, [], None
    stops = frozenset(w.lower() for w in ctx.pack.words("subordinators"))
    try:
        found = [
            able_committed(
                abbreviation_periods(
                    text, report.goal.text, style.abbreviations, style.abbreviation_words
                ),
                style,
                stops,
            )
            for text in _framed(report, ctx, style)
        ]
        backup = minimal_edit(report, ctx, style)
        if backup is not None:
            backup = able_committed(
                abbreviation_periods(
                    backup, report.goal.text, style.abbreviations, style.abbreviation_words
                ),
                style,
                stops,
            )
    except (ValueError, IndexError, KeyError):  # a goal shape the frames do not cover
        return None, [], None
    texts = [
        text for text in dict.fromkeys(found) if looks_grammatical(text, report.goal.text, style)
    ]
    if backup is not None and (
        backup in texts or not looks_grammatical(backup, report.goal.text, style)
    ):
        backup = None
    return style, ranked(texts, report, ctx), backup


def ranked(texts: list[str], report: GoalReport, ctx: RuleContext) -> list[str]:
    """``texts`` with those that dropped what failed the original first, and among those a
    sentence with the writer as its subject before a fragment ('Ik ga mijn PE-punten halen
    ...' before 'Mijn PE-punten halen ...'); order kept else. Only the first clause counts:
    a comment after a semicolon or a full stop ('...; nu zeg ik vaak niks') makes no
    fragment whole, nor does a clause of time or condition ('... voordat ik reageer'), nor a
    reason's clause told after the frames ('X vastleggen vóór [datum], ..., want nu krijgen
    we ...': its 'we' is the reason's subject, the goal's clause a fragment still)."""
    flagged = _flagged_phrases(report, ctx)
    style = style_for(ctx)
    subjects = {s.lower() for s in style.subjects} if style is not None else set()
    openers = style.clause_openers if style is not None else frozenset()
    reasons = {w.lower() for w in style.clause_ends} if style is not None else set()
    stops = style.abbreviations if style is not None else frozenset()

    def fragment(text: str) -> bool:
        first = (sentences(text, stops) or [text])[0]
        words = re.findall(r"[^\W\d_]+", first.lower())
        opened = (
            n
            for n, w in enumerate(words[1:-1], 1)
            if (w in openers and words[n + 1] in subjects) or w in reasons
        )
        end = next(opened, len(words))
        return not subjects.intersection(words[:end])  # not the subject of 'voordat ik ...'

    verbs = _outcome_verbs(report, ctx)
    domain = (style.frames.domain or "").split("{topic}")[0].strip().lower() if style else ""
    behaviour = style.placeholders.behaviour.lower() if style is not None else ""

    def outcome_dropped(text: str) -> bool:
        """The domain frame took the writer's outcome verb's place ('I will [concrete
        behaviour] for my Dutch' for 'Improve my Dutch'): the purpose frame, which keeps it
        ('..., in order to improve my Dutch'), reads right, so it goes first."""
        lower = text.lower()
        if not verbs or not domain or behaviour not in lower:
            return False
        framed = f"{behaviour} {domain} " in lower or (
            style is not None and style.word_order == "v2" and f" {domain} " in lower
        )
        return framed and not verbs.intersection(re.findall(r"[^\W\d_]+", lower))

    def keeps_outcome(text: str) -> bool:
        """A concrete step with the writer's outcome verb kept ('..., to improve my X')."""
        lower = text.lower()
        return behaviour in lower and bool(verbs.intersection(re.findall(r"[^\W\d_]+", lower)))

    order = sorted(texts, key=lambda text: (_still_flagged(text, flagged), fragment(text)))
    for text in [t for t in order if outcome_dropped(t)]:
        later = [n for n, t in enumerate(order) if n > order.index(text) and keeps_outcome(t)]
        if later:  # right after that step: should it fail the seam check, this one is next
            order.insert(later[0], order.pop(order.index(text)))
    return order


def _outcome_verbs(report: GoalReport, ctx: RuleContext) -> set[str]:
    """The forms of the verbs in the goal's vague outcome ('improve', 'verbeteren'): the
    outcome the writer named, which a rewrite keeps as the purpose of a concrete step."""
    doc = report.goal.doc
    if doc is None:
        return set()
    return {
        form
        for m in vague_outcomes(report.goal, ctx)
        for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ()
        if t.pos_ == "VERB" or t.i == 0  # 'Improve my X': the tagger may miss a first verb
        for form in (t.lower_, t.lemma_.lower())
    }


#: Lexicon keys whose phrases fail a criterion by being there: a rewrite that keeps one
#: still fails it (a vague outcome may stay as the purpose of a concrete behaviour).
_MUST_GO: dict[Criterion, tuple[LexiconKey, ...]] = {
    Criterion.R: ("absolutes", "superlatives"),
    Criterion.A: ("hedges",),
}


def _flagged_phrases(report: GoalReport, ctx: RuleContext) -> list[str]:
    """The goal's phrases that made a failing criterion fail ('100%', 'de beste', 'hope to')."""
    bad = failed(report)
    text = report.goal.text
    return [
        text[m.start : m.end].lower()
        for criterion, keys in _MUST_GO.items()
        if criterion in bad
        for key in keys
        for m in ctx.find(report.goal, key)
    ]


def _still_flagged(text: str, phrases: list[str]) -> int:
    """How many flagged phrases a candidate kept: the cheap re-check that ranks a candidate
    that no longer fails what the original failed before one that still does (stable)."""
    lower = text.lower()
    return sum(bool(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", lower)) for p in phrases)


def candidates(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> list[str]:
    """Every sentence the frames make of ``report``'s goal, best first (seams not checked);
    last the minimal edit, when there is one: the sentence the seam check leaves when the
    frames misread the clause (a verb the tagger did not find)."""
    minimal = minimal_edit(report, ctx, style)
    return [*_framed(report, ctx, style), *([minimal] if minimal else [])]


def _framed(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> list[str]:
    first = _count(report, ctx, style) or _spent(report, style)
    first = first or _learning(report, ctx, style)
    first = first or _topic(report, ctx, style)
    nominal = _nominal(report, ctx, style)
    found = _frames(report, ctx, style)
    writers = build(report, ctx, style, writers=True) if style.word_order == "v2" else None
    found = [*found, writers] if writers else found
    renewed = renewed_date(report, style)  # 'By [date] I will ...' where the passed date stood
    texts = (renewed, first, nominal, *found)
    return _labelled([text for text in texts if text], report, ctx, style)


def _labelled(
    texts: list[str], report: GoalReport, ctx: RuleContext, style: RewriteStyle
) -> list[str]:
    """The candidates with the goal's topic label in front, where the frames read the goal
    without it (labels.py; a verb-second frame fronts it itself)."""
    if style.word_order == "v2":
        return texts
    words = words_of(report.goal)
    if timed_label(words, report.goal.deadlines, frozenset(ctx.pack.words("goal_labels"))):
        return texts  # 'This quarter: ...': the goal's time, fronted as a time (plan.py)
    label = [words[i] for i in label_words(words)[:-1]]
    names = frozenset(
        n.lower() for k in ("known_names", "ambiguous_names") for n in ctx.pack.words(k)
    )
    phrase = label_phrase(label, style, names, report.lang) if label else None
    if phrase is None:
        return texts
    return [with_label(text, phrase, label, style) for text in texts]


def _nominal(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """A goal with no verb of its own as the purpose of a concrete behaviour (nominal.py):
    after the topic frame, which keeps a countable thing the writer changes. Also when S
    passes: the phrase still has no verb for a sentence to commit to."""
    bad = failed(report)
    plan = Plan(words=[], lang=report.lang)
    plan.time = "deadline" if Criterion.T in bad else None
    plan.measure = Criterion.M in bad
    plan.agreement = Criterion.A in bad
    plan.support = Criterion.R in bad
    return nominal_sentence(report, ctx, style, _parts(plan, style))


def _count(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """A count with a direction and no numbers as the writer's from-to target (counts.py)."""
    bad = failed(report)
    plan = Plan(words=[], lang=report.lang)
    plan.time = "deadline" if Criterion.T in bad else None
    plan.measure = Criterion.M in bad
    return count_sentence(report, ctx, style, _parts(plan, style))


def _spent(report: GoalReport, style: RewriteStyle) -> str | None:
    """More or less time on something, with no verb, as time the writer spends
    (spent_time.py)."""
    bad = failed(report)
    plan = Plan(words=[], lang=report.lang)
    plan.time = "deadline" if Criterion.T in bad else None
    plan.comparison = Criterion.M in bad
    plan.measure = bool(bad & {Criterion.M, Criterion.S})
    return spent_time_sentence(report, style, _parts(plan, style))


def _topic(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """A topic label before a vague outcome as a sentence that keeps the topic (topic.py)."""
    bad = failed(report)
    plan = Plan(words=[], lang=report.lang)
    plan.time = "deadline" if Criterion.T in bad else None
    plan.comparison = plan.measure = Criterion.M in bad
    names = frozenset((*ctx.pack.words("known_names"), *ctx.pack.words("ambiguous_names")))
    return topic_sentence(report, style, _parts(plan, style), names, ctx.pack.grammar)


def _learning(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """A learning goal committed as written, with the concrete result it lacks asked for
    ('Vóór [datum] ga ik Excel leren, ..., zodat ik [concreet gedrag] kan'): first, as it
    keeps the writer's learning verb (learning.py)."""
    found = learning_frame(report, ctx, style)
    if found is None:
        return None
    plan, clause, result = found
    sentence = assemble(plan, clause, style, _parts(plan, style), report.lang)
    return with_result(sentence, style) if result else sentence


def _frames(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> list[str]:
    main = build(report, ctx, style)
    purpose = build(report, ctx, style, as_purpose=True)
    verb_led = _verb_led(report, ctx, style)
    own = own_part(report, ctx, style)
    if purpose is None:
        purpose = _purpose_of_intention(report, ctx, style, _decided_by_others(report))
        if purpose and not _decided_by_others(report):  # a wished-for thing
            return [text for text in (purpose, main, verb_led) if text]
    if purpose and main and _decided_by_others(report):
        return [text for text in (purpose, main, verb_led) if text]  # the writer's own part
    if verb_led and main and _reads_as_others(report, ctx, style):
        main, verb_led = verb_led, main  # an imperative misread as someone else's clause
    if own:  # still vague: first as the aim of a concrete step ('..., zodat er beter ...')
        aimed = own_part_as_aim(own, report, style, uncounted(report.goal, ctx, style))
        return [text for text in (aimed, own, main, purpose, verb_led) if text]
    domain = style.frames.domain.split("{topic}")[0].strip()
    if main and purpose and f" {domain} " in main and f" {domain} " not in report.goal.text:
        return [purpose, main]  # a verb wrapped as a topic ('voor Excel leren'): purpose first
    if main and purpose and _vague_as_written(main, purpose, report, style, ctx):
        return [text for text in (purpose, main, verb_led) if text]
    return [text for text in (main, purpose, verb_led) if text]


def _vague_as_written(
    main: str, purpose: str, report: GoalReport, style: RewriteStyle, ctx: RuleContext
) -> bool:
    """S failed and the goal's sentence committed as written asks for nothing concrete ('ga
    ik assertiever worden, met als bewijs [hoe gemeten]'), while the purpose frame asks for
    the behaviour and keeps the goal's frequency in its own clause: the purpose frame goes
    first ('Attend every team meeting' keeps its routine as written). A count
    ('van [huidig aantal] naar [streefaantal]') makes the outcome concrete too, and so does
    the bound in an absolute's place ('in [aantal] van de 10 gevallen'): the writer's act, how
    often. Not a count of what cannot be counted ('meer geduld hebben, van [huidig aantal]
    naar ...'; countable.py)."""
    if Criterion.S not in failed(report):
        return False
    marks = style.placeholders
    counts = marks.current_number in main and marks.target_number in main
    if marks.behaviour in main or (counts and not uncounted(report.goal, ctx, style)):
        return False
    if marks.number in main and bounds_absolute(report):
        return False  # 'ga ik in [aantal] van de 10 gevallen X doen': how often, the act told
    opener = (style.frames.purpose or "").split("{clause}")[0].strip().lower()
    own = purpose.lower().rsplit(f", {opener} ", 1)[0] if opener else purpose.lower()
    routines = [e.text.lower() for e in report.goal.deadlines if e.kind == "recurring"]
    return marks.behaviour in purpose and all(r in own for r in routines)  # not as the purpose


def minimal_edit(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The writer's sentence untouched plus the frame phrases it lacks, when only T and/or
    M fail ('..., tot [datum], met als bewijs [hoe gemeten].'): no word moves, so a clause
    the tagger misread (its verb not found) still gets a sentence, never only the fallback.
    None when other criteria fail, when the goal has its own (failing) time words, or more
    than one clause or sentence (a phrase at the end would belong to the last one only)."""
    bad = failed(report)
    if not bad or not bad <= {Criterion.T, Criterion.M}:
        return None
    words = words_of(report.goal)
    plan = make_plan(report, ctx, style, words)
    if plan.drop or plan.replace:
        return None
    if any(w.is_word for w in words[main_clause_end(plan, style) :]):
        return None
    if any(e.kind != "recurring" for e in report.goal.deadlines):
        return None
    text = report.goal.text.strip().rstrip(".!").rstrip()
    if not text or any(mark in text for mark in ".;:?!\n"):
        return None
    finish_plan(report, ctx, style, plan, list(range(len(words))))
    if Criterion.T not in bad:
        plan.time = None
    parts = _parts(plan, style)
    time = f", {parts.time}" if parts.time else ""
    return capitalise(tidy(text + time + "".join(parts.extras))) + "."


def _reads_as_others(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> bool:
    """The clause analysis found no subject of the writer's: the verb-led reading gives it one."""
    words = words_of(report.goal)
    clause = analyse(make_plan(report, ctx, style, words), style, report.goal)
    return clause.shape == "third" and clause.subject is None


def _decided_by_others(report: GoalReport) -> bool:
    """A result others decide ('be promoted'): the writer's behaviour comes first and the
    result becomes its purpose."""
    return Criterion.A in failed(report) and any(
        f.code == "A003" for f in report.criteria[Criterion.A].findings
    )


def _purpose_of_intention(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, result: bool
) -> str | None:
    """'I hope to get promoted' (``result``: others decide it) or a wished-for thing ('Ik
    wil graag een vaste aanstelling'): what the writer only wishes for becomes the purpose of
    the writer's own behaviour ('... I will [concrete behaviour] ..., in order to get
    promoted', '..., om een vaste aanstelling te krijgen')."""
    if style.frames.purpose is None:
        return None
    words = words_of(report.goal)
    plan = make_plan(report, ctx, style, words)
    clause = analyse(plan, style, report.goal)
    if clause.shape not in ("first", "inverted"):  # 'Na mijn stage wil ik ...' keeps its front
        return None
    v2 = style.word_order == "v2"
    finite = words[clause.finite].lower if clause.finite is not None else ""
    if v2 and finite not in style.weak_finite:
        return None
    commit(plan, clause, style, frozenset(ctx.pack.words("separable_particles")))
    wish = {w for p in style.cluster_drop for w in p.lower().split()} | set(style.weak_finite)
    core = [i for i in clause.core if plan.kept(i) and words[i].is_word]
    own = (style.frames.own_part or "").split("{clause}")[0].split()  # 'zorg ik ervoor dat'
    if core and own and words[core[0]].lower == own[-1].lower():
        return None  # 'wil ik dat mijn sporters ...': others act, the own-part frame's
    rel = relative_start(core, words)  # 'a mentor who I can call': the thing's own clause
    if holds_a_clause([words[i] for i in (core if rel is None else core[:rel])], style, ctx):
        return None  # 'hoop dat ik ... krijg', 'hope my manager gives me': no purpose of it
    opens = style.determiners | set(style.amount_verbs) | style.amount_words  # 'more clients'
    zeros = {z.lower() for z in style.zero_targets if " " not in z}
    opens |= zeros  # 'nul meldingen': a bounded count of a thing (R001)
    times = [(e.start, e.end) for e in report.goal.deadlines]  # 'dit jaar' opens no thing
    thing = next(
        (
            n
            for n, i in enumerate(core)
            if words[i].lower in opens and not any(words[i].inside(a, b) for a, b in times)
        ),
        None,
    )
    if thing is not None and words[core[thing]].lower in style.amount_words and v2:
        grammar = ctx.pack.grammar
        states = [(m.start, m.end) for m in ctx.find(report.goal, "inner_states")]
        if any(
            infinitive_evidence(words[i].lower, report.lang, grammar, style) is True
            and not any(words[i].inside(a, b) for a, b in states)  # 'meer zelfvertrouwen'
            for i in core[thing + 1 : thing + 2]
        ):
            return None  # 'meer sporten': an amount of doing, a verb the dictionary knows
    is_thing = False
    committed_wish = bool(core) and any(i in plan.drop for i in clause.core if i < core[0])
    before_thing = core[:thing] if thing is not None else []
    if committed_wish and before_thing:
        thing = None  # 'I want to *plan* my week': the wish went, 'plan' is the goal's verb
    if thing is not None and all(words[i].lower in wish for i in before_thing):
        plan.drop.update(core[:thing])  # "I'd like a promotion": the wish goes, the thing stays
        core = core[thing:]
        while core and words[core[-1]].lower in wish:  # '... een eigen portefeuille willen'
            plan.drop.add(core.pop())
        aside = bracketed(words)  # '(IND, gehoren)': what the thing covers (bracketed.py)
        described_at = relative_start(core, words)  # 'a mentor who I can call': its clause
        if described_at is not None and not clause_fits(style.frames.purpose_object):
            return None  # 'om een maatje, iemand die ik kan bellen, te krijgen'
        described = core if described_at is None else core[:described_at]
        is_thing = not _has_verb([i for i in described if i not in aside], plan, v2)
        if is_thing and any(
            words[i].dep == "compound:prt"
            and (n + 1 == len(core) or words[core[n + 1]].pos == "ADP")
            for n, i in enumerate(core)
        ):
            return None  # 'een paar keer mee met X': a verb's particle, its verb left out
        inside = range(core[0], core[-1] + 1) if core else range(0)
        if described_at is not None and words[core[described_at] - 1].text == ",":
            aside = aside | {core[described_at] - 1}  # '..., someone I can call': its person
        if is_thing and any(words[i].text in (",", ";") for i in inside if i not in aside):
            return None  # '..., dus nooit meer een lege week': a clause after it, no thing
        if not is_thing and not (result and _receives(core, report, ctx, plan)):
            return None  # 'a course to follow', 'dit jaar doorgroeien': a verb, no thing
        # a verb of receiving ('een vaste plek krijgen'): its whole phrase is the purpose
    elif not result:
        return None
    committed = set(style.subjects.values())
    wished = [i for i in clause.core if i in plan.drop and words[i].lemma not in committed]
    if not core or (not v2 and not wished):
        return None  # no wish, only 'will': the writer commits to it already
    plan.measure = Criterion.M in failed(report) or plan.measure
    plan.behaviour = None
    kind: Shape = "inverted" if clause.shape == "inverted" else "fragment"  # a front stays
    shape = Clause(kind, clause.front, None, None, clause.core, clause.tail)
    if is_thing:
        return _purpose_of_thing(plan, shape, style, words[core[0]].lower in zeros)
    if not v2 and words[core[0]].pos not in ("VERB", "AUX"):
        return None
    return purpose_sentence(plan, shape, style, _parts(plan, style), ctx)


def _receives(core: list[int], report: GoalReport, ctx: RuleContext, plan: Plan) -> bool:
    """The wished-for words hold a verb of receiving what others grant ('een vaste plek
    krijgen', 'be given my own project'): A003's own words, not a wish that others act."""
    words = plan.words
    spans = [(m.start, m.end) for m in ctx.find(report.goal, "receiving_verbs")]
    return any(words[i].inside(a, b) for i in core for a, b in spans)


def _has_verb(core: list[int], plan: Plan, v2: bool) -> bool:
    """The wished-for words hold a verb ('a course to follow', 'een plek krijgen'), by tag or,
    in Dutch, by an infinitive's form after the first word."""
    words = plan.words
    following = dict(pairwise(core))
    if any(
        words[i].pos in ("VERB", "AUX")
        and not (n and i in following and words[following[i]].pos in ("NOUN", "PROPN"))
        for n, i in enumerate(core)  # 'more *returning* customers': a noun's, no verb
    ):
        return True
    return (
        v2
        and any(
            (
                looks_infinitive_nl(words[i])
                and words[i].pos not in _NOT_INFINITIVES
                and not _determined_noun(words, i)
            )
            or (i in plan.replace and plan.text(i).endswith("en"))  # 'opbellen'
            for i in core[1:]
        )
    )


def _determined_noun(words: list[Word], i: int) -> bool:
    """A word in -en the tagger calls a noun, right after the determiner it parsed as that
    noun's ('meer *zelfvertrouwen*', 'meer *vertrouwen* in'): a thing, no infinitive ('meer
    leren' parses 'meer' as the verb's object)."""
    return words[i].pos == "NOUN" and i > 0 and words[i - 1].dep == "det"


#: Tags of words in -en that are no infinitive ('eigen', 'open', 'zeven', 'en').
_NOT_INFINITIVES = frozenset({"DET", "NUM", "ADJ", "PRON", "ADP", "PROPN", "CCONJ", "SCONJ"})


def _purpose_of_thing(
    plan: Plan, clause: Clause, style: RewriteStyle, count: bool = False
) -> str | None:
    """The purpose frame for a wished-for thing: '..., in order to get a promotion'; for a
    bounded ``count`` of things ('nul meldingen' -> 'hoogstens [aantal] meldingen') the verb
    of having a thing (the pack's ``nominal_verbs``): '..., om hoogstens [aantal] meldingen
    te hebben'."""
    frame = style.frames.purpose_object
    have = style.nominal_verbs.get("noun")
    if count and have and style.frames.purpose is not None:
        core = core_text(plan, clause, style)
        marker = style.infinitive_markers[0] if style.infinitive_markers else ""
        wanted = f"{core} {marker} {have}" if style.word_order == "v2" else f"{have} {core}"
        purpose = style.frames.purpose.format(clause=wanted)
        return purpose_sentence(plan, clause, style, _parts(plan, style), None, purpose)
    if frame is None:
        return None
    purpose = frame.format(clause=core_text(plan, clause, style))
    return purpose_sentence(plan, clause, style, _parts(plan, style), None, purpose)


def _verb_led(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """A goal read as a bare topic or as someone else's clause that opens with a verb
    ('Raise my typing speed ...', 'Zorgen voor structuur'): the third candidate reads it as
    a fragment of the writer's own; the seam check decides whether it reads."""
    words = words_of(report.goal)
    plan = make_plan(report, ctx, style, words)
    clause = analyse(plan, style, report.goal)
    first = _opening_verb(report, plan, clause, style)
    if first is None or sum(words[i].is_word for i in clause.core) < 2:
        return None  # one word is a topic ('Excel'), not an imperative with its object
    plan.replace[first] = words[first].text[:1].lower() + words[first].text[1:]
    clause = Clause("fragment", clause.front, None, None, clause.core, clause.tail)
    finish_plan(report, ctx, style, plan, clause.core)
    if plan.behaviour is not None:
        return None
    return assemble(plan, clause, style, _parts(plan, style), report.lang)


def _opening_verb(
    report: GoalReport, plan: Plan, clause: Clause, style: RewriteStyle
) -> int | None:
    """The first word of a subjectless clause when it is a verb the writer can own."""
    if clause.shape not in ("topic", "third", "fragment") or clause.subject is not None:
        return None
    words = plan.words
    first = next((i for i in clause.core if plan.kept(i) and words[i].is_word), None)
    if first is None or not known_word(words[first].lower, lang=report.lang):
        return None
    word = words[first]
    if style.word_order == "v2":  # a Dutch infinitive opens it: 'Zorgen voor structuur'
        verbal = word.lower.endswith("en")  # the seam check rejects a plural noun here
        return first if verbal and clause.shape == "topic" else None
    if clause.shape == "third" and word.pos not in ("VERB", "AUX") and not _imperative(plan, first):
        return None
    if clause.shape == "topic" and not _verb_opens_topic(plan, clause, first, style):
        return None
    return first if clause.shape != "fragment" else None


def _imperative(plan: Plan, first: int) -> bool:
    """English: a capitalised opening word the tagger read as a noun, followed by what only
    follows a verb here ('Write in my journal', 'Visit two fairs', 'Dare to ask'): an
    imperative."""
    words = plan.words
    nxt = next((i for i in range(first + 1, len(words)) if plan.kept(i)), None)
    return (
        first == 0
        and words[first].text[:1].isupper()
        and words[first].pos in ("NOUN", "ADJ", "PROPN", "ADP")
        and nxt is not None
        and words[nxt].pos in ("DET", "ADP", "PRON", "NUM", "PART")
    )


def build(
    report: GoalReport,
    ctx: RuleContext,
    style: RewriteStyle,
    as_purpose: bool = False,
    writers: bool = False,
) -> str | None:
    """One rewrite of ``report``'s goal in ``style``'s frames.

    ``as_purpose``: the second candidate for a goal without its own subject that fails S —
    the whole goal becomes the purpose and a concrete behaviour is asked for ("Learn Python"
    -> "... I will [concrete behaviour] ... in order to learn Python").
    ``writers``: a Dutch clause read as someone else's is read as the writer's infinitive
    phrase instead (None when it was not read as someone else's).
    """
    words = words_of(report.goal)
    if not any(w.is_word for w in words):
        return None
    if as_purpose:
        return _purpose_variant(report, ctx, style, words)
    plan = make_plan(report, ctx, style, words)
    clause = analyse(plan, style, report.goal)
    if writers:
        if clause.shape != "third" or clause.subject is not None:
            return None
        clause = analyse(plan, style, report.goal, writers=True)
    finish_plan(report, ctx, style, plan, clause.core)
    if plan.behaviour is not None:
        clause = analyse(plan, style, report.goal, writers=writers)
    commit(plan, clause, style, frozenset(ctx.pack.words("separable_particles")))
    if clause.shape == "third" and Criterion.A in failed(report):
        plan.agreement = True
    if wants_purpose(report, ctx, style, plan, clause):
        plan.measure = True
        # a comparative goes to the purpose with its words: the evidence measures it
        parts = _parts(replace(plan, comparison=False), style)
        sentence = purpose_sentence(plan, clause, style, parts, ctx)
        if sentence is not None:
            return sentence
    return assemble(plan, clause, style, _parts(plan, style), report.lang)


def means_purpose(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The goal as the purpose of the concrete behaviour asked for, whatever S scored: the
    writer named the means in a sentence of its own, which fills the behaviour (means.py);
    None when the goal's clause has no verb to carry the purpose."""
    words = words_of(report.goal)
    if not any(w.is_word for w in words) or style.frames.purpose is None:
        return None
    try:
        return _purpose_variant(report, ctx, style, words, forced=True)
    except (ValueError, IndexError, KeyError):  # a goal shape the frames do not cover
        return None


def _purpose_variant(
    report: GoalReport,
    ctx: RuleContext,
    style: RewriteStyle,
    words: list[Word],
    forced: bool = False,
) -> str | None:
    wanted = forced or Criterion.S in failed(report) or _decided_by_others(report)
    if not wanted or style.frames.purpose is None:
        return None  # a vague goal, or a result others decide ('Get promoted to ...')
    plan = make_plan(report, ctx, style, words)
    clause = analyse(plan, style, report.goal)
    if clause.shape == "third" and _opening_verb(report, plan, clause, style) is None:
        return None
    first_person = clause.shape in ("first", "inverted") and nominalised_object(
        plan, clause, style, ctx
    )
    if clause.shape not in ("fragment", "topic", "third") and not first_person:
        return None
    first = next((i for i in clause.core if plan.kept(i) and words[i].is_word), None)
    if first is None:
        return None
    word = words[first]
    if clause.shape in ("topic", "fragment") and not _verb_opens_topic(plan, clause, first, style):
        return None  # 'Change management': a noun phrase, never 'in order to change ...'
    if (
        first not in plan.replace  # a bound in an absolute's place ('Nooit' -> 'hooguit ...')
        and known_word(word.lower, lang=report.lang)
        and not word.text.isupper()
        and word.lower not in style.capitalised
    ):
        plan.replace[first] = word.text[:1].lower() + word.text[1:]
    plan.measure = Criterion.M in failed(report) or plan.measure
    plan.behaviour = None
    if plan.time == "until" and _routine_in_purpose(report, plan, clause, style):
        plan.time = "deadline"  # '..., in order to open the car wash on Saturdays': its routine
    kind: Shape = "inverted" if clause.shape == "inverted" else "fragment"  # front stays
    shape = Clause(kind, clause.front, None, None, clause.core, clause.tail)
    return purpose_sentence(plan, shape, style, _parts(plan, style), ctx, fronted=forced)


def _routine_in_purpose(
    report: GoalReport, plan: Plan, clause: Clause, style: RewriteStyle
) -> bool:
    """Does every routine of the goal stand in its core, the words that become the purpose,
    and no word start a new habit ('from now on')? Then the routine is the purpose's ('...,
    in order to open the car wash on Saturdays'), and the behaviour asked for gets a
    deadline, not a date until which it goes on."""
    core = [plan.words[i] for i in clause.core]
    if not core:
        return False
    start, end = min(w.start for w in core), max(w.end for w in core)
    routines = [e for e in report.goal.deadlines if e.kind == "recurring"]
    text = report.goal.text.lower()
    starts = any(
        re.search(rf"(?<!\w){re.escape(p.lower())}(?!\w)", text) for p in style.routine_starts
    )
    return bool(routines) and not starts and all(start <= e.start < end for e in routines)


def _verb_opens_topic(plan: Plan, clause: Clause, first: int, style: RewriteStyle) -> bool:
    """Whether a topic's first word can carry the purpose as its verb. A topic of nouns
    only, whose first the tagger calls a noun too ('*Project* management skills', '*Change*
    management'), is a compound naming a field: no verb and its object. Dutch puts the verb
    last, so its form decides elsewhere."""
    if style.word_order == "v2":
        return True
    words = plan.words
    if words[first].pos in ("VERB", "AUX") or _imperative(plan, first):
        return True
    core = set(clause.core)
    if any(w.is_word and i not in core for i, w in enumerate(words)):
        return True  # only a goal that is the topic alone ('Work safer. No more ...': a label)
    return not all(_noun(w, plan.lang, style) for w in words[first:] if w.is_word)


def _noun(word: Word, lang: str, style: RewriteStyle) -> bool:
    """A word the tagger calls a noun that is one: its dictionary form is itself or takes a
    plural ending (the pack's ``plural_endings``: 'skills'); a comparative it mistags
    ('safer': 'safe') is none."""
    if word.pos not in ("NOUN", "PROPN"):
        return False
    lemma = lemma_of(word.lower, lang).lower()
    return word.lower in {lemma, *(lemma + e for e in style.plural_endings)}


def _parts(plan: Plan, style: RewriteStyle) -> Parts:
    ph = style.placeholders
    values = {
        "date": ph.date,
        "measure": ph.measure,
        "current_number": ph.current_number,
        "target_number": ph.target_number,
        "support": ph.support,
    }
    frames = style.frames
    time = None
    if plan.time == "until":
        time = frames.until.format(**values)
    elif plan.time == "deadline":
        time = frames.deadline.format(**values)
    extras = []
    if plan.comparison:
        extras.append(frames.comparison.format(**values))
    if plan.measure:
        extras.append(frames.measure.format(**values))
    if plan.agreement:
        extras.append(frames.agreement.format(**values))
    elif plan.support:
        extras.append(frames.support.format(**values))
    return Parts(time=time, extras=tuple(extras))


def placeholders_in(text: str) -> list[str]:
    """The bracketed placeholders left in a rewrite, in order."""
    return re.findall(r"\[[^\[\]]+\]", text)
