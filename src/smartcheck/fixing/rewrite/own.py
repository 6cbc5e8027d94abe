"""The writer's own part of an impersonal or imposed goal: "Ik zorg ervoor dat ...".

"De medewerkers volgen een training" or "Er moet een plan komen" is not the writer's goal
until the writer takes the part they control. The clause stays as it was written (the
others still act in it); the frame puts the writer in front as the one who sees to it. Dutch
makes the clause subordinate, so its finite verb moves to the end of the clause ("dat de
medewerkers een training volgen").
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.bracketed import bracketed
from smartcheck.fixing.rewrite.compared_duties import compared_before_place, compared_state
from smartcheck.fixing.rewrite.duties import (
    group_duty,
    means_clause,
    next_duty,
    split_clauses,
    wish_for_others,
)
from smartcheck.fixing.rewrite.elliptic_duties import ends_in_state
from smartcheck.fixing.rewrite.frame import analyse, event_clause
from smartcheck.fixing.rewrite.needed_haves import had_need, others_need
from smartcheck.fixing.rewrite.nominal_subjects import named_activity, opens_with_own_act
from smartcheck.fixing.rewrite.plan import Plan, failed, finish_plan, make_plan
from smartcheck.fixing.rewrite.softened_duty import plain_duty
from smartcheck.fixing.rewrite.states import aimed_at, others_state
from smartcheck.fixing.rewrite.told_apart import told_clause, told_sentence
from smartcheck.fixing.rewrite.vague import vague_outcomes
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    inside_sentence,
    is_participle_nl,
    join,
    looks_infinitive_nl,
    lowers_inside,
    tidy,
    words_of,
)
from smartcheck.reading.pipeline import known_word, lemma_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reporting.report import GoalReport

_OWNERSHIP = frozenset({"A002"})
_WISHED = frozenset({"A003"})  # an outcome or a wish of someone else's


def own_part(report: GoalReport, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The goal as the writer's own part, or None when it is already the writer's."""
    frame = style.frames.own_part
    if frame is None:
        return None
    aimed = _aimed(report, ctx, style, words_of(report.goal))
    if aimed is not None:  # how others feel: never the writer's to see to, whatever A says
        return aimed
    words = words_of(report.goal)
    needed = others_need(words, style)  # 'New volunteers need a contact person': theirs
    if Criterion.A not in failed(report) and not needed:
        return None
    codes = {f.code for f in report.criteria[Criterion.A].findings}
    if not codes & (_OWNERSHIP | _WISHED) and not needed:
        return None
    mine = _own_clause(report, ctx, style, words)
    if not codes & _OWNERSHIP and not needed:  # someone else's wish: only the writer's own clause
        if mine is not None:
            return mine
        return (
            _others_wished(report, ctx, style, words)
            or _means_first(report, ctx, style, words)
            or _step_purpose(report, ctx, style, words)
        )
    if mine is not None or _wraps_the_writer(words, style):
        return mine  # 'make sure that the company requires that I ...' says nothing
    plan = make_plan(report, ctx, style, words)
    clause = analyse(plan, style, report.goal)
    if clause.shape not in ("third", "fragment") or clause.subject is not None:
        return None
    wrapped = _drop_impersonal_frame(plan, clause.core, style)
    kept = [words[i].with_text(plan.text(i)) for i in clause.core if plan.kept(i)]
    kept = plain_duty(kept, style)  # 'er zou ... moeten zijn' -> 'er moet ... zijn'
    while kept and not kept[-1].is_word:
        kept.pop()
    if len(kept) < 2 or opens_with_own_act(kept, style):
        return None  # 'coach new colleagues and update X': the writer's own acts, no clause
    duties = {w for p in style.own_part_drops for w in p.lower().split()}
    particles = set(ctx.pack.words("separable_particles"))
    tail_words = [words[i].with_text(plan.text(i)) for i in clause.tail if plan.kept(i)]
    group = group_duty(kept, style) if style.frames.own_part_with else None
    together = ""
    if group is not None:  # 'Het team moet ervoor zorgen dat ...': the writer sees to it too
        others, ensure, kept = group
        that = frame.split("{clause}")[0].split()[-1]
        frame = f"{style.subjects[style.default_subject.lower()]} {join(ensure)} {that} {{clause}}"
        others = [inside_sentence(others[0]), *others[1:]]
        together = (style.frames.own_part_with or "{who}").format(who=join(others))
        wrapped = True  # the clause after 'dat' is in subordinate order already
    kept, fronted = _front_time(kept, report, plan.time is None, leading=True)
    if not fronted and plan.time is None:  # 'In 2027 moeten alle ...': the time before the verb
        fronted = _time_in_front(clause.front, words, plan, report)
    # 'Roosters: ...' fronted in the clause ('dat bij roosters ...', frame._label_front)
    label = [
        words[i].with_text(plan.text(i))
        for i in clause.front
        if i in plan.label and plan.kept(i) and words[i].is_word
    ]
    routine = _recurring_front(
        [i for i in clause.front if i not in plan.label], words, plan, report
    )
    # 'Elke dienst moeten er ...' -> 'dat er elke dienst ...': the empty subject stays first
    there = next(
        (n + 1 for n, w in enumerate(kept[:2]) if w.lower in style.existential_subjects), 0
    )
    if (label or routine) and kept and not there and kept[0].pos in _CLOSED_OPENERS:
        kept = [inside_sentence(kept[0]), *kept[1:]]  # 'Administratie. De bonnen ...'
    kept = [*kept[:there], *label, *routine, *kept[there:]]
    second = None if group else _second_duty(kept, tail_words, style, duties, particles)
    next_clause = ""
    if second is not None:  # '..., dus alle X moeten ...': the writer sees to both clauses
        kept, next_clause = second
        clause = replace(clause, tail=[])
    if not fronted:
        kept, fronted = _front_time(kept, report, plan.time is None)
    if style.word_order == "v2":
        ordered = without_duty_nl(kept, style, duties, particles) if duties else None
        if ordered is None:  # a wrapped clause is subordinate already: its verbs are last
            ordered = kept if wrapped else _verb_last(kept, style, particles)
        if ordered is None or any(w.lower in duties for w in ordered[1:]):
            return None  # never 'zorg ervoor dat ... moet'
        kept = ordered
    elif style.own_part_drops:
        kept = _present_tense(kept, style)
    kept = had_need(kept, style)  # 'that the team has ...', never 'that the team needs ...'
    tail = [words[i].with_text(plan.text(i)) for i in clause.tail if plan.kept(i)]
    return _framed(
        report, ctx, style, plan, frame, kept, clause.core, tail, fronted, together, next_clause
    )


def _framed(
    report: GoalReport,
    ctx: RuleContext,
    style: RewriteStyle,
    plan: Plan,
    frame: str,
    kept: list[Word],
    core: list[int],
    tail_words: list[Word],
    fronted: str = "",
    together: str = "",
    next_clause: str = "",
) -> str | None:
    """The own part's sentence: the writer (with the group it was laid on, ``together``)
    seeing to the clause ``kept`` (the own part's order), dated, with what M and S need;
    ``next_clause``: a second duty the writer sees to ('en dat ...')."""
    first = kept[0]
    named = first.pos == "PROPN" and not named_activity(kept, style, ctx.pack.grammar)
    if lowers_inside(first.text) and (not named or _inflected(first, report.lang)):
        kept[0] = first.with_text(first.text[:1].lower() + first.text[1:])
    body = join(kept)
    if next_clause:
        body = f"{body} {next_clause}"
    if plan.core_end:  # 'should never fail again' -> 'that our deployments fail at most [n] times'
        if style.word_order == "v2":
            return None  # the Dutch clause ends in its verbs: no phrase after them
        body = f"{body} {plan.core_end}"
    tail = join(tail_words, False)
    ph = style.placeholders
    time = fronted
    if plan.time:
        until = plan.time == "until"
        time = (style.frames.until if until else style.frames.deadline).format(date=ph.date)
    if not together and not next_clause and others_state(kept, style):
        aimed = aimed_at(kept, time, tail, style)  # 'zodat mijn team zich zekerder voelt'
        if aimed is not None:
            return aimed
    sentence = frame.format(clause=body)
    v2_with = f"{together} " if together and style.word_order == "v2" else ""
    front = f"{together}, " if together and style.word_order != "v2" else ""
    if time and style.word_order == "v2":
        verb, rest = sentence.split(" ", 1)
        subject = style.default_subject.lower()
        lead = f"{time}," if event_clause(time, style) else time  # 'Voordat X begint ([datum]),'
        sentence = f"{lead} {verb} {subject} {v2_with}{rest}"
    elif time:
        sentence = f"{time}, {front}{style.default_subject} {sentence}"
    elif style.word_order == "v2":
        verb, rest = sentence.split(" ", 1)
        sentence = f"{style.default_subject} {verb} {v2_with}{rest}"
    else:
        sentence = f"{front}{style.default_subject} {sentence}"
    finish_plan(report, ctx, style, plan, core)
    extras = (
        style.frames.comparison.format(
            current_number=ph.current_number, target_number=ph.target_number
        )
        if plan.comparison
        else ""
    )
    extras += style.frames.measure.format(measure=ph.measure) if plan.measure else ""
    if extras and sentence.endswith("."):  # 'World War I.': no '. ,' before the extras
        sentence = sentence[:-1]
    # after the frame's phrases a clause of the goal's own is set off ('..., met als bewijs
    # [hoe gemeten], want nu doet ...'), as the phrases are
    joint = ", " if extras else " "
    if tail and told_clause(tail_words, style):  # '... [hoe gemeten]. De scores lopen ...'
        # the told clause as written, every word ('nu weet *eigenlijk* alleen X ...')
        start, end = tail_words[0].start, tail_words[-1].end
        written = report.goal.text[start:end] if 0 <= start < end else ""
        if not written.startswith(tail_words[0].text):
            written = tail
        told = told_sentence(tail_words, written.rstrip(".!"))
        return tidy(capitalise(sentence) + extras).rstrip(" ,;.!") + f". {told}."
    text = tidy(
        capitalise(sentence) + extras + (joint + tail if tail and tail[0] not in ",;" else tail)
    )
    text = text.rstrip(" ,;.!") + "."
    return text


def _others_wished(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, words: list[Word]
) -> str | None:
    """'I want my team to give more feedback' -> 'By [date], I will make sure that my team
    gives more feedback, ...': the others' clause after the wish (duties.py) in the present
    tense, its verb agreeing with them ('to be onboarded' -> 'are onboarded')."""
    found = wish_for_others(words, style)
    frame = style.frames.own_part
    if found is None or frame is None:
        return None
    start, to = found
    plan = make_plan(report, ctx, style, words)
    end = next((n for n in range(to, len(words)) if words[n].text in ",;:"), len(words))
    core = [i for i in range(start, end) if plan.kept(i) and i != to]
    # the verb after 'to', past a word the plan takes out ('to *always* have': bounded)
    verb = next((i for i in core if i > to), to + 1)
    if any(plan.kept(i) for i in range(to + 1, verb)):
        return None
    # the tagger may read the verb after an adverb as a finite present ('to always *have*'):
    # there its own lemma is the bare verb
    bare = _bare_verb(words[verb]) or (verb > to + 1 and words[verb].lower == words[verb].lemma)
    if verb not in core or not bare or words[verb].pos not in ("VERB", "AUX"):
        return None
    others = [words[i] for i in range(start, to)]
    kept = [words[i].with_text(plan.text(i)) for i in core]
    kept[core.index(verb)] = words[verb].with_text(_agree(words[verb].lower, others, style, None))
    while kept and not kept[-1].is_word:
        kept.pop()
    tail = [words[i].with_text(plan.text(i)) for i in range(end, len(words)) if plan.kept(i)]
    return _framed(report, ctx, style, plan, frame, kept, core, tail)


def _aimed(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, words: list[Word]
) -> str | None:
    """The writer's wish about how others feel ('Ik wil dat mijn team zich zekerder voelt',
    'I want my team to feel more confident') as the writer's own behaviour aimed at it."""
    if style.word_order == "v2":
        return _state_wished(report, ctx, style, words)
    found = wish_for_others(words, style)
    if found is None or not others_state(words[found[0] :], style):
        return None
    return _others_wished(report, ctx, style, words)


def _state_wished(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, words: list[Word]
) -> str | None:
    """'Ik wil dat mijn cursisten minder zenuwachtig zijn ...': the writer's wish about how
    others feel, told in a that-clause (subordinate order already), becomes the writer's own
    behaviour aimed at it (states.py). English wishes ('I want my team to feel ...') take
    the own part's path, which aims at the state in the same way."""
    that = (style.frames.own_part or "").split("{clause}")[0].split()[-1:]
    if not that or len(words) < 5 or words[0].lower not in style.subjects:
        return None
    if words[1].lower not in style.weak_finite and words[1].lemma not in style.wanting_verbs:
        return None
    at = next((n for n in range(2, min(5, len(words))) if words[n].lower == that[0].lower()), None)
    if at is None:
        return None
    plan = make_plan(report, ctx, style, words)
    end = next((n for n in range(at + 1, len(words)) if words[n].text in ",;:"), len(words))
    ph = style.placeholders
    # a vague change of the others ('dat mijn team beter wordt in X') is no act of theirs the
    # writer can name: it stays as written, the aim of the writer's own behaviour
    vague = [(m.start, m.end) for m in vague_outcomes(report.goal, ctx)]
    improved = [i for i in range(at + 1, end) if any(a <= words[i].start < b for a, b in vague)]
    kept = [  # an event the others' state is about stays as written, its date not asked there
        words[i] if ph.date in plan.text(i) or i in improved else words[i].with_text(plan.text(i))
        for i in range(at + 1, end)
        if plan.kept(i) or i in improved
    ]
    while kept and not kept[-1].is_word:
        kept.pop()
    if len(kept) < 2 or any(w.lower in style.subjects for w in kept):
        return None  # 'dat ik ...': the writer's own clause
    if not improved and not others_state(kept, style):
        return None
    time = ""
    if plan.time:
        frame = style.frames.until if plan.time == "until" else style.frames.deadline
        time = frame.format(date=ph.date)
    tail = join([words[i].with_text(plan.text(i)) for i in range(end, len(words)) if plan.kept(i)])
    return aimed_at(kept, time, tail.rstrip(" .!"), style)


def _means_first(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, words: list[Word]
) -> str | None:
    """'Promotie maken naar X binnen een half jaar door beter te communiceren' -> 'Vóór
    [datum] ga ik [concreet gedrag], ..., om beter te communiceren en promotie te maken naar
    X': the outcome others decide and the writer's means to it (duties.py) become the
    purpose of a concrete behaviour; the goal's time dates the behaviour."""
    frame = style.frames.purpose
    at = means_clause(words, style)
    if frame is None or at is None:
        return None
    plan = make_plan(report, ctx, style, words)
    spans = [(e.start, e.end) for e in report.goal.deadlines if e.kind != "recurring"]

    def timed(i: int) -> bool:
        return any(words[i].inside(a, b) for a, b in spans)

    outcome = [words[i].with_text(plan.text(i)) for i in range(at) if plan.kept(i) and not timed(i)]
    means = [
        words[i].with_text(plan.text(i))
        for i in range(at + 1, len(words))
        if plan.kept(i) and not timed(i) and words[i].is_word
    ]
    when = join(
        [words[i].with_text(plan.text(i)) for i in range(len(words)) if plan.kept(i) and timed(i)]
    )
    if len(outcome) < 2 or len(means) < 2:
        return None
    particles = set(ctx.pack.words("separable_particles"))
    if style.word_order == "v2":
        phrase = _te_phrase(outcome, style, particles)
        if phrase is None:
            return None
        outcome = phrase
    else:
        verb = means[0]
        means = [verb.with_text(verb.lemma), *means[1:]]  # 'being a better leader' -> 'be ...'
        if outcome[0].pos not in ("VERB", "AUX") or outcome[0].lemma != outcome[0].lower:
            return None  # 'Get promoted ...': the outcome opens with its bare verb
    outcome = [inside_sentence(outcome[0]), *outcome[1:]]
    purpose = frame.format(clause=style.frames.both.format(first=join(means), second=join(outcome)))
    return _behaviour_for(report, style, plan, when, purpose)


def _behaviour_for(
    report: GoalReport, style: RewriteStyle, plan: Plan, when: str, purpose: str
) -> str:
    """'Vóór [datum] ga ik [concreet gedrag], met als bewijs ..., {purpose}': the writer's
    concrete behaviour, dated by the goal's time ``when`` (or a new one), for ``purpose``."""
    ph = style.placeholders
    if not when and plan.time:
        until = plan.time == "until"
        when = (style.frames.until if until else style.frames.deadline).format(date=ph.date)
    aux = style.subjects[style.default_subject.lower()]
    if style.word_order == "v2":
        head = (
            f"{when} {aux} {style.default_subject.lower()}"
            if when
            else f"{style.default_subject} {aux}"
        )
    else:
        head = (
            f"{when}, {style.default_subject} {aux}" if when else f"{style.default_subject} {aux}"
        )
    bad = failed(report)
    extras = (
        style.frames.measure.format(measure=ph.measure) if bad & {Criterion.M, Criterion.S} else ""
    )
    extras += style.frames.agreement.format(support=ph.support) if plan.agreement else ""
    return tidy(capitalise(f"{head} {ph.behaviour}") + extras + ", " + purpose) + "."


def _step_purpose(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, words: list[Word]
) -> str | None:
    """'Ik ga dit jaar regelen dat ik word benoemd tot X': the writer's step takes an
    outcome others decide as its object, so it names no behaviour of the writer's own; the
    step with its object becomes the purpose of one ('Dit jaar ga ik [concreet gedrag], ...,
    om te regelen dat ik word benoemd tot X'). Only a step the writer committed to ('ga',
    'will'); the goal's time in between dates the behaviour."""
    frame = style.frames.purpose
    own = style.frames.own_part
    if frame is None or own is None or len(words) < 6:
        return None
    that = own.split("{clause}")[0].split()[-1].lower()
    if words[0].lower not in style.subjects or words[1].lower not in style.subjects.values():
        return None
    at = next(
        (
            n
            for n in range(3, len(words) - 2)
            if words[n].lower == that and words[n + 1].lower in style.subjects
        ),
        None,
    )
    if at is None:
        return None
    plan = make_plan(report, ctx, style, words)
    spans = [(e.start, e.end) for e in report.goal.deadlines if e.kind != "recurring"]
    middle = [i for i in range(2, at) if plan.kept(i)]
    if style.word_order == "v2":
        verb, middle = [words[at - 1]], [i for i in middle if i != at - 1]
        if not looks_infinitive_nl(verb[0]):
            return None
        step = _te_phrase(verb, style, set(ctx.pack.words("separable_particles")), tagged=False)
        if step is None:
            return None
    else:
        step = [words[i] for i in middle if not any(words[i].inside(a, b) for a, b in spans)]
        middle = [i for i in middle if any(words[i].inside(a, b) for a, b in spans)]
        if not step or step[0].pos not in ("VERB", "AUX"):
            return None
    if any(not words[i].is_word for i in middle):
        return None
    clause = [words[i].with_text(plan.text(i)) for i in range(at, len(words)) if plan.kept(i)]
    while clause and not clause[-1].is_word:
        clause.pop()
    when = join([words[i].with_text(plan.text(i)) for i in middle])
    purpose = frame.format(clause=join([*step, *clause]))
    return _behaviour_for(report, style, plan, when, purpose)


def _te_phrase(
    words: list[Word], style: RewriteStyle, particles: set[str], tagged: bool = True
) -> list[Word] | None:
    """A Dutch infinitive phrase with 'te' before its first verb ('promotie maken naar X' ->
    'promotie te maken naar X', 'doorgroeien naar X' -> 'door te groeien naar X'); None when
    it has no infinitive."""
    closed = style.prepositions | style.determiners
    at = next(
        (
            n
            for n, w in enumerate(words)
            if (w.pos in ("VERB", "AUX") or not tagged)
            and looks_infinitive_nl(w)
            and not (n and words[n - 1].lower in closed)
        ),
        None,
    )
    marker = style.infinitive_markers[0] if style.infinitive_markers else None
    if at is None or marker is None:
        return None
    verb = words[at]
    particle = next(
        (
            p
            for p in sorted(particles, key=len, reverse=True)
            if verb.lower.startswith(p) and len(verb.lower) - len(p) >= 4
        ),
        None,
    )
    if particle is not None and known_word(verb.lower[len(particle) :], lang="nl"):
        split = [Word(particle), Word(marker), verb.with_text(verb.text[len(particle) :])]
        return [*words[:at], *split, *words[at + 1 :]]
    return [*words[:at], Word(marker), *words[at:]]


def _second_duty(
    kept: list[Word], tail: list[Word], style: RewriteStyle, duties: set[str], particles: set[str]
) -> tuple[list[Word], str] | None:
    """A duty packed with a second one after a comma ('..., vooral het aantal X moet omlaag',
    '..., so all X have to be updated'): the first clause's words and the second as the own
    part's next clause (duties.py); None when the words after the comma are no such duty."""
    split = split_clauses([*kept, *tail])
    if split is None or len(split[0]) > len(kept):
        return None  # the comma stands after words the clause analysis left out of the core
    first, rest = split
    while first and not first[-1].is_word:
        first = first[:-1]
    if len(first) < 2:
        return None

    def order(clause: list[Word]) -> list[Word] | None:
        if style.word_order == "v2":
            return without_duty_nl(clause, style, duties, particles) if duties else None
        present = _present_tense(clause, style)
        return None if present is clause else present

    found = next_duty(rest, style, order)
    return (first, found) if found is not None else None


def _drop_impersonal_frame(plan: Plan, core: list[int], style: RewriteStyle) -> bool:
    """'Het is belangrijk dat de leerlingen ...', 'It is essential that staff ...': the
    judgement goes (the writer's 'zorg ervoor dat' takes its place) and the clause it wraps,
    already in subordinate order, is the own part's clause (in place; True: dropped)."""
    kept = [i for i in core if plan.kept(i) and plan.words[i].is_word]
    frames = sorted((tuple(f.lower().split()) for f in style.impersonal_frames), key=len)
    for frame in reversed(frames):
        if tuple(plan.words[i].lower for i in kept[: len(frame)]) == frame:
            if len(kept) <= len(frame) + 1:
                return False
            plan.drop.update(kept[: len(frame)])
            return True
    return False


def _front_time(
    kept: list[Word], report: GoalReport, free: bool, leading: bool = False
) -> tuple[list[Word], str]:
    """The goal's own one-off time phrase ('in 2027') leaves the that-clause for the front
    ('In 2027 zorg ik ervoor dat ...'), where it dates the writer's part, not the others'
    act; a routine's frequency stays with the act. ``leading``: only a time that heads the
    goal before a comma ('By March, all my trainees should ...'), read before a second
    clause is split off (whose own time stays with it). ``free``: no new deadline takes the
    front."""
    if not free:
        return kept, ""
    for expr in report.goal.deadlines:
        if expr.kind == "recurring":
            continue
        inside = [n for n, w in enumerate(kept) if w.inside(expr.start, expr.end)]
        if not inside or inside != list(range(inside[0], inside[-1] + 1)):
            continue
        after = inside[-1] + 1
        heads = inside[0] == 0 and after < len(kept) and kept[after].text == ","
        if heads:
            inside.append(after)
        if heads != leading or (inside[0] == 0 and not heads):
            continue
        time = join(kept[inside[0] : inside[-1] + 1]).rstrip(" ,")
        return [w for n, w in enumerate(kept) if n not in inside], time
    return kept, ""


def _time_in_front(front: list[int], words: list[Word], plan: Plan, report: GoalReport) -> str:
    """The words before an inverted clause's verb when they are the goal's one-off time
    ('In 2027 moeten alle collega's ...'): they date the writer's part at the front, as the
    plan writes them ('Vóór april' -> 'Vóór 1 april 2027')."""
    kept = [i for i in front if plan.kept(i) and words[i].text != ","]
    for expr in report.goal.deadlines:
        if (
            expr.kind != "recurring"
            and kept
            and all(words[i].inside(expr.start, expr.end) for i in kept)
        ):
            return join([words[i].with_text(plan.text(i)) for i in kept])
    return ""


#: Word classes of a clause's first word that lose their capital inside a sentence; a
#: name ('Marieke moet ...', which the tagger may call a noun) keeps it.
_CLOSED_OPENERS = frozenset({"DET", "PRON", "NUM", "ADV"})


def _recurring_front(
    front: list[int], words: list[Word], plan: Plan, report: GoalReport
) -> list[Word]:
    """The words before an inverted clause's verb when they are a routine's frequency or
    its subject ('*Elke week* moet de voorraad ...', '*Elke rit* moet binnen 24 uur ...'):
    they open the that-clause ('dat elke week de voorraad ...', 'dat elke rit ...'), since
    a routine keeps its frequency and a clause its subject; [] for any other front."""
    kept = [i for i in front if plan.kept(i) and words[i].text != ","]
    for expr in report.goal.deadlines:
        if (
            expr.kind == "recurring"
            and kept
            and all(words[i].inside(expr.start, expr.end) for i in kept)
        ):
            shown = [words[i].with_text(plan.text(i)) for i in kept]
            return [inside_sentence(shown[0]), *shown[1:]]
    return []


def _wraps_the_writer(words: list[Word], style: RewriteStyle) -> bool:
    """The goal holds the writer's own clause ('... that I ...', '... dat ik ...')."""
    frame = style.frames.own_part or ""
    that = (frame.split("{clause}")[0].split() or [""])[-1].lower()
    return any(w.lower == that and nxt.lower in style.subjects for w, nxt in pairwise(words))


def _own_clause(
    report: GoalReport, ctx: RuleContext, style: RewriteStyle, words: list[Word]
) -> str | None:
    """'It is expected that I take over the stock count', 'Er wordt van mij verwacht dat ik
    de kassa opmaak': the imposed frame wraps the writer's own clause, so the writer's part
    is that clause itself, committed ('I will take over ...', 'ga ik de kassa opmaken')."""
    frame = style.frames.own_part
    assert frame is not None
    that = frame.split("{clause}")[0].split()[-1].lower()
    markers = {m.lower() for m in style.infinitive_markers}
    at = next(
        (
            n
            for n, w in enumerate(words[:-2])
            if (w.lower == that and words[n + 1].lower in style.subjects)
            or (w.lower in style.object_pronouns and words[n + 1].lower in markers)
        ),
        None,
    )
    if at is None:
        return None
    imposed = ctx.find(report.goal, "obligation_from_outside")
    closed = set(ctx.pack.function_words)
    wrapper = [w for w in words[:at] if w.is_word]
    wished = ""
    if not wrapper:
        return None
    if not all(
        w.lower in closed or any(w.inside(m.start, m.end) for m in imposed) for w in wrapper
    ):
        # someone else's wish ('Mijn leidinggevende verwacht dat ik ...', 'My manager wants
        # me to ...'): the writer commits to the clause, the wish stays as its reason
        if style.frames.as_wished is None or words[0].lower in style.subjects:
            return None
        who = inside_sentence(words[0])
        wished = style.frames.as_wished.format(who=join([who, *wrapper[1:]]))
    plan = make_plan(report, ctx, style, words)
    rest = [i for i in range(at + 2, len(words)) if plan.kept(i)]
    while rest and not words[rest[-1]].is_word:
        rest.pop()
    if len(rest) < 2 or any(not words[i].is_word for i in rest):
        return None  # a comma, a second clause: more than the writer's one clause
    objective = words[at].lower in style.object_pronouns
    subject = style.object_pronouns[words[at].lower] if objective else words[at + 1].lower
    aux = style.subjects[subject]
    pieces = [words[i].with_text(plan.text(i)) for i in rest]
    if style.word_order == "v2":
        finite = [n for n, w in enumerate(pieces) if w.finite and w.pos in ("VERB", "AUX")]
        if len(finite) != 1:
            return None
        after = pieces[finite[0] + 1 :]
        cut = next((n for n, w in enumerate(after) if w.lower in style.prepositions), len(after))
        if any(w.pos in ("VERB", "AUX") for w in after[:cut]):
            return None  # a verb cluster ('moet maken'): no single verb to commit
        verb = pieces[finite[0]]
        if not verb.lemma.endswith("n"):
            return None
        pieces[finite[0]] = verb.with_text(verb.lemma)  # '... word in ...' -> 'worden in'
    elif not objective:
        verb = pieces[0]
        if verb.pos not in ("VERB", "AUX") or not verb.finite:
            return None
        pieces[0] = verb.with_text(style.finite_to_bare.get(verb.lower, verb.lemma))
    finish_plan(report, ctx, style, plan, rest)
    ph = style.placeholders
    frames = style.frames
    time = ""
    if plan.time == "until":
        time = frames.until.format(date=ph.date)
    elif plan.time:
        time = frames.deadline.format(date=ph.date)
    body = join(pieces)
    me = style.default_subject if subject == style.default_subject.lower() else subject
    if style.word_order == "v2":
        sentence = f"{time} {aux} {subject} {body}" if time else f"{me} {aux} {body}"
    else:
        sentence = f"{time}, {me} {aux} {body}" if time else f"{me} {aux} {body}"
    extras = ""
    if plan.comparison:
        extras += frames.comparison.format(
            current_number=ph.current_number, target_number=ph.target_number
        )
    if plan.measure:
        extras += frames.measure.format(measure=ph.measure)
    if wished:
        extras += f", {wished}"
    return tidy(capitalise(sentence.strip()) + extras).rstrip(" ,;.!") + "."


def _verb_last(words: list[Word], style: RewriteStyle, particles: set[str]) -> list[Word] | None:
    """Dutch subordinate order: the whole verb cluster closes the clause (before its first
    comma or subordinate clause): the finite verb, then its infinitives or participle ('dat
    mijn collega's de planning in Excel moeten maken'); a separable particle of a finite
    verb joins it ('dat het team de rapportage bij de manager inlevert'). Every other word,
    a prepositional phrase too, keeps its place before the cluster."""
    aside = bracketed(words)  # '(tillen, hijsen)': the aside's words are no verb of it
    finite = next(
        (
            n
            for n, w in enumerate(words)
            if n > 0
            and n not in aside
            and (w.finite or w.lower in style.finite_words or w.lower in style.modals)
        ),
        None,
    )
    if finite is None:
        return None
    end = _clause_end(words, finite, style)
    markers = {m.lower() for m in style.infinitive_markers}
    cluster = [n for n in range(finite + 1, end) if n not in aside and _non_finite(words[n])]
    cluster += [
        n for n in range(finite + 1, end - 1) if words[n].lower in markers and n + 1 in cluster
    ]
    cluster.sort()
    verb = words[finite]
    particle = next(
        (
            n
            for n in range(finite + 1, end)
            if words[n].dep == "compound:prt" and words[n].lower in particles
        ),
        None,
    )
    modal = verb.lower in style.modals or verb.lower in style.own_part_drops
    if particle is not None and not cluster and not modal:  # never 'uitmoeten'
        verb = verb.with_text(words[particle].lower + verb.text)
    else:
        particle = None
    moved = {finite, *cluster} | ({particle} if particle is not None else set())
    rest = [w for n, w in enumerate(words[:end]) if n not in moved]
    return [*rest, verb, *(words[n] for n in cluster), *words[end:]]


def without_duty_nl(
    words: list[Word], style: RewriteStyle, duties: set[str], particles: set[str] | None = None
) -> list[Word] | None:
    """'Het team moet sneller reageren op ...' -> 'het team sneller op ... reageert': after
    'Ik zorg ervoor dat' the writer carries the duty, so the obligation modal goes and the
    clause's first infinitive becomes its finite verb (the modal shows the subject's number:
    'moet' one, 'moeten' more); with the infinitives right after it ('gaan bewegen') it
    closes the clause, as a subordinate clause wants. A modal
    without an infinitive takes a real verb at the end: a direction ('moet omlaag') goes
    there with 'gaan' ('omlaag gaat'), and so does a separable particle (``particles``), the
    verb of motion being the one left out ('moet de deur uit' -> 'de deur uitgaat'); a bare
    adjective ('moet korter') takes 'worden'.
    ``words`` are in main-clause order; None: no duty modal (the caller orders the clause)
    or no verb for it."""
    at = next((n for n, w in enumerate(words) if w.lower in duties), None)
    if at is None:
        return None
    plural = words[at].lower.endswith("en")
    end = _clause_end(words, at, style)
    closed = style.prepositions | style.determiners
    aside = bracketed(words)  # '(tillen, hijsen)': the aside's words are no verb of it
    found = [
        n
        for n in range(at + 1, end)
        if n not in aside and _infinitive(words[n], words[n - 1], closed)
    ]
    # a noun in -en right before the clause's verb ('minder storingskosten zijn') is no verb
    found = [n for n in found if not (words[n].pos == "NOUN" and n + 1 in found)]
    # a participle in -en before the passive's 'worden' ('moet afgewassen worden') is none
    found = [
        n
        for n in found
        if not (
            n + 1 < end
            and words[n + 1].lower == "worden"
            and _participle_nl(words[n], particles or set())
        )
    ]
    infinitive = found[0] if found else None
    body = [w for n, w in enumerate(words[:end]) if n != at]
    if infinitive is not None:
        verb = words[infinitive].with_text(finite_nl(words[infinitive].lower, plural, style))
        cluster = [infinitive]
        while cluster[-1] + 1 < end and (
            _infinitive(words[cluster[-1] + 1], verb, closed)
            or is_participle_nl(words[cluster[-1] + 1])
        ):
            cluster.append(cluster[-1] + 1)  # 'gaan bewegen', 'kunnen opmaken', 'worden gehouden'
        passive = _passive_participle(words, infinitive, at, particles or set())
        lead = [infinitive - 1] if passive or is_participle_nl(words[infinitive - 1]) else []
        markers = {m.lower() for m in style.infinitive_markers}
        te = (
            [infinitive - 1]
            if infinitive - 1 > at and words[infinitive - 1].lower in markers
            else []
        )
        if te and te[0] - 1 > at and words[te[0] - 1].lower in (particles or set()):
            te.insert(0, te[0] - 1)  # 'dient ... af te ronden' -> 'afrondt'
            verb = verb.with_text(words[te[0]].lower + verb.text)
        lead = lead if not te else []  # 'dient ... plaats te vinden': the 'te' goes with 'dient'
        gone = {at, *cluster, *lead, *te}
        if passive and len(cluster) == 1 and _extraposed(words, cluster[-1] + 1, end):
            # 'er moet beter gecommuniceerd worden vanuit kantoor ...' -> 'dat er beter
            # gecommuniceerd wordt vanuit kantoor ...': the phrases after the passive stay
            # after it, so its adverb stays beside its participle
            before = [w for n, w in enumerate(words[: infinitive - 1]) if n != at]
            return [*before, words[infinitive - 1], verb, *words[infinitive + 1 :]]
        rest = [w for n, w in enumerate(words[:end]) if n not in gone]
        leading = [words[n] for n in lead]  # 'gedaan wordt': the participle joins the cluster
        return [*rest, *leading, verb, *(words[n] for n in cluster[1:]), *words[end:]]
    phrases = sorted((tuple(p.split()) for p in style.direction_words), key=len, reverse=True)
    for n in range(len(body)):
        hit = next((p for p in phrases if tuple(w.lower for w in body[n : n + len(p)]) == p), None)
        if hit is None or not style.direction_verb:
            continue
        moved = body[n : n + len(hit)]
        joined = hit[0] + style.direction_verb
        if len(hit) == 1 and known_word(joined, lang="nl"):  # 'weggaat', 'uitgaan'
            verb = Word(finite_nl(joined, plural, style))
            return [*body[:n], *body[n + 1 :], verb, *words[end:]]
        verb = Word(finite_nl(style.direction_verb, plural, style))
        return [*body[:n], *body[n + len(hit) :], *moved, verb, *words[end:]]
    last = next((w for w in reversed(body) if w.is_word), None)
    if ends_in_state(body, style):
        verb = Word(finite_nl(style.state_predicate_verb, plural, style))  # 'af is', 'op orde is'
        return [*body, verb, *words[end:]]
    particle = last is not None and last is body[-1] and last.lower in (particles or set())
    if last is not None and particle and style.direction_verb:  # 'de deur uit' + 'gaan': one
        verb = last.with_text(finite_nl(last.lower + style.direction_verb, plural, style))
        return [*body[:-1], verb, *words[end:]]
    state = last is not None and (last.pos == "ADJ" or compared_state(last, style, "nl"))
    if last is not None and state and style.state_verb:
        return [*body, Word(finite_nl(style.state_verb, plural, style)), *words[end:]]
    placed = compared_before_place(body, at, style, "nl")  # 'in de inpakhal schoner wordt'
    if placed is not None and style.state_verb:
        verb = Word(finite_nl(style.state_verb, plural, style))
        place = body[placed + 1 :]
        return [*body[:placed], *place, body[placed], verb, *words[end:]]
    return None


def _passive_participle(words: list[Word], infinitive: int, duty: int, particles: set[str]) -> bool:
    """'moet ... opgeruimd worden', 'moet ... overgedragen worden': the word before the
    passive auxiliary is its participle, whatever the tagger called a separable one (a
    particle of the pack, then 'ge')."""
    before = infinitive - 1
    after = words[infinitive + 1] if infinitive + 1 < len(words) else None
    if before <= duty or words[infinitive].lower not in ("worden", "wordt"):
        return False
    word = words[before]
    return (
        word.is_word
        and _participle_nl(word, particles)
        and not (after is not None and is_participle_nl(after))  # 'worden geholpen'
    )


def _participle_nl(word: Word, particles: set[str]) -> bool:
    """A Dutch past participle by tag or form, a separable one too (a particle of the
    pack, then 'ge': 'opgeruimd', 'afgewassen', 'overgedragen')."""
    lower = word.lower
    if lower.startswith("ge") and len(lower) > 5 and lower.endswith("en"):
        return True  # 'gedragen', 'geschreven'
    separable = any(lower.startswith(p + "ge") and len(lower) > len(p) + 4 for p in particles)
    return is_participle_nl(word) or (separable and lower.endswith(("d", "t", "en")))


def _extraposed(words: list[Word], start: int, end: int) -> bool:
    """The words after a passive cluster up to the clause's end are prepositional phrases
    ('... worden vanuit kantoor naar de bus'): they may stay after the verb in a
    subordinate clause."""
    return start < end and words[start].pos == "ADP"


def _clause_end(words: list[Word], verb: int, style: RewriteStyle) -> int:
    """Where the clause of the verb at ``verb`` ends: at its first comma or subordinate
    clause (a subordinator: 'voordat de week om is') outside brackets (a list in an aside,
    '(touwen, blokkeerders)', is the phrase's);
    a preposition that governs that clause ('op de hoogte gehouden van wat ...', 'bijhouden
    wie ...') goes with it, so the verb cluster never closes in on it."""
    stops = {w.lower() for w in (*style.relativizers, *style.clause_ends, *style.complementizers)}
    aside = bracketed(words)
    end = next(
        (
            n
            for n, w in enumerate(words)
            if n > verb
            and n not in aside
            and (w.text in ",;:" or w.lower in stops or w.pos == "SCONJ")  # 'voordat ...'
            and not _compared(words, n, style)  # 'langer dan een week wachten': no clause
        ),
        len(words),
    )
    if end < len(words) and end - 1 > verb and words[end - 1].lower in style.prepositions:
        return end - 1
    return end


def _compared(words: list[Word], at: int, style: RewriteStyle) -> bool:
    """The subordinator at ``at`` only closes a comparison: one of the pack's
    ``comparison_words`` ('dan', 'than') after a comparative ('langer', or 'meer' of the
    pack's ``amount_words``)."""
    if at == 0 or words[at].lower not in style.comparison_words:
        return False
    before = words[at - 1]
    ending = style.comparative_ending
    return before.lower in style.amount_words or (
        bool(ending) and before.pos in ("ADJ", "ADV") and before.lower.endswith(ending)
    )


#: Dependency labels of a verb's subject or object: a word in -en with one is a noun, even
#: when the tagger calls it a verb ('faalkosten').
_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})


def _infinitive(word: Word, before: Word, closed: frozenset[str]) -> bool:
    """A Dutch infinitive by its form, never a word after a preposition or determiner ('op
    klantvragen', 'de weekverslagen') nor one tagged as a closed class ('een'). After the
    duty modal, the clause's finite verb, a verb in -en is its infinitive whatever its
    lemma ('moet ... hangen', lemma 'hang')."""
    closed_class = ("DET", "NUM", "ADP", "PRON", "PROPN", "ADV", "CCONJ", "SCONJ")
    if before.lower in closed or word.pos in closed_class:  # 'en' ends in -en too
        return False
    if word.dep in _ARGUMENTS:
        return False  # 'Er moeten minder faalkosten zijn': the parse reads it as the subject
    if word.lower.endswith("aan") and word.lemma == word.lower and word.pos in ("VERB", "AUX"):
        return True  # 'moet de inspectie doorstaan': its participle has the same form
    return (word.lower.endswith("en") and word.lemma in (word.lower, "")) or (
        word.pos in ("VERB", "AUX") and (looks_infinitive_nl(word) or word.lower.endswith("en"))
    )


def finite_nl(infinitive: str, plural: bool, style: RewriteStyle) -> str:
    """The Dutch present form of ``infinitive`` for a third-person subject: the infinitive
    itself for more than one; else the stem plus -t ('reageren' -> 'reageert', 'inleveren'
    -> 'inlevert', 'bellen' -> 'belt'), checked against the dictionary where spelling
    leaves a choice (a long vowel is written double in a closed syllable: 'maken' ->
    'maakt', but 'komen' -> 'komt'); irregular forms come from the pack."""
    if plural:
        return infinitive
    irregular = style.present_forms.get("singular", {})
    if infinitive in irregular:
        return irregular[infinitive]
    if infinitive.endswith(("aan", "oen", "ien", "ijn")) and not infinitive.endswith("en" * 2):
        stem = infinitive[:-1]
    elif infinitive.endswith("en"):
        stem = infinitive[:-2]
    else:
        return infinitive
    doubled = len(stem) > 1 and stem[-1] == stem[-2] and stem[-1] not in "aeiou"
    if doubled:
        stem = stem[:-1]  # 'bellen' -> 'bel', a short vowel: never 'beel' ('tellen' -> 'telt')
    stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1:], stem[-1:])
    options = [stem]
    vowels = "aeiou"
    short = doubled or len(stem) <= 2
    if not short and stem[-1] not in vowels and stem[-2] in vowels and stem[-3] not in vowels:
        options.insert(0, stem[:-1] + stem[-2] + stem[-1])  # 'mak' -> 'maak'
    forms = [o if o.endswith("t") else o + "t" for o in options]
    return next((f for f in forms if known_word(f, lang="nl")), forms[-1])


def _non_finite(word: Word) -> bool:
    """An infinitive or participle of the clause's verb cluster."""
    if word.pos:  # after the finite verb, a form in -en that is its own lemma is an infinitive
        infinitive = word.lower.endswith("en") and word.lemma == word.lower
        return word.pos in ("VERB", "AUX") and (word.finite is False or infinitive)
    return looks_infinitive_nl(word)


def _present_tense(words: list[Word], style: RewriteStyle) -> list[Word]:
    """'the team will deliver' -> 'the team delivers': after 'I will make sure that' the
    clause takes the present tense; a future or duty modal goes and the verb agrees with its
    subject. A negated duty keeps its negation with 'do' ('staff should not skip' -> 'staff
    do not skip'); a modal followed by no verb at all stays."""
    phrases = sorted(
        (tuple(p.lower().split()) for p in style.own_part_drops), key=len, reverse=True
    )
    for n in range(1, len(words)):
        hit = next((p for p in phrases if tuple(w.lower for w in words[n : n + len(p)]) == p), None)
        if hit is None:
            continue
        at = n + len(hit)
        shown = _number_shown(hit[0], style)
        negated = at + 1 < len(words) and words[at].lower in style.negations
        if negated and _bare_verb(words[at + 1]) and words[at + 1].lemma == style.copula:
            # 'there must not be an incident' -> 'there is not an incident': no 'do' with 'be'
            copula = _agreed(words[:n], words[at + 1], words[at + 2 :], shown, style)
            return [*words[:n], copula, words[at], *words[at + 2 :]]
        if negated and _bare_verb(words[at + 1]) and style.negation_verb:
            form = _agree(style.negation_verb, words[:n], style, shown)
            return [*words[:n], Word(form), *words[at:]]
        if at >= len(words) or not _bare_verb(words[at]):
            return words
        verb = _agreed(words[:n], words[at], words[at + 1 :], shown, style)
        return [*words[:n], verb, *words[at + 1 :]]
    return words


def _agreed(
    subject: list[Word], verb: Word, after: list[Word], shown: bool | None, style: RewriteStyle
) -> Word:
    """``verb`` in the present tense, agreeing with ``subject``, or with the noun after it
    when the subject is an existential one ('there are fewer mistakes')."""
    if [w.lower for w in subject if w.is_word] in ([e] for e in style.existential_subjects):
        head = next((k for k, w in enumerate(after) if w.pos in ("NOUN", "PROPN")), None)
        while head is not None and head + 1 < len(after) and after[head + 1].pos == "NOUN":
            head += 1  # 'two staff members': the last noun is the head
        subject, shown = (after[: head + 1], None) if head is not None else (subject, shown)
    return verb.with_text(_agree(verb.lower, subject, style, shown))


def _inflected(word: Word, lang: str) -> bool:
    """A capitalised first word the tagger calls a name but the dictionary inflects
    ('Pupils' -> 'pupil', 'Wachttijden' -> 'wachttijd'): a common noun in the plural, not a
    name ('Jan')."""
    lower = word.lower
    if not lower.endswith(("s", "en")) or not known_word(lower, lang=lang):
        return False
    lemma = lemma_of(lower, lang)
    return lemma != lower and lower.startswith(lemma[:-1])


def _bare_verb(word: Word) -> bool:
    """The word right after a dropped modal is its verb unless it is a closed word ('will
    not'); the tagger may call a bare verb a noun or adjective ('must hand in', 'complete')."""
    if word.pos in ("ADV", "PART", "DET", "PRON", "ADP", "NUM", "PUNCT", "PROPN"):
        return False
    if word.pos:
        return word.pos in ("NOUN", "ADJ") or word.verbform in ("", "Inf")
    return word.is_word


def _number_shown(word: str, style: RewriteStyle) -> bool | None:
    """Whether the dropped phrase shows a plural subject ('have to', 'need to': True; 'has
    to', 'needs to': False); None for a modal that shows none ('will', 'must')."""
    if word in style.modals or word in ("ought",):
        return None
    singular = set(style.present_forms.get("singular", {}).values())
    return not (word in singular or word.endswith("s"))


def _agree(verb: str, subject: list[Word], style: RewriteStyle, plural: bool | None) -> str:
    """The present form of ``verb`` for ``subject`` (English: -s/-es/-ies after a singular);
    ``plural`` is the number the writer's own verb showed, if it showed one."""
    nouns = [k for k, w in enumerate(subject) if w.pos in ("NOUN", "PROPN")]
    cut = next(  # 'the number of complaints': the head stands before its preposition
        (k for k, w in enumerate(subject) if nouns and k > nouns[0] and w.pos == "ADP"),
        len(subject),
    )
    nominal = [w for w in subject[:cut] if w.pos in ("NOUN", "PROPN", "PRON")] or subject
    head = nominal[-1]
    forms = style.present_forms
    pronoun = {w.lower for w in subject} & set(style.subjects)
    if pronoun:
        return forms.get("first", {}).get(verb, verb)
    if plural is None:
        plural = bool(head.plural) or head.lower in ("we", "you", "they")
        plural = plural or _inflected(head, "en")
    if plural:
        return forms.get("plural", {}).get(verb, verb)
    irregular = forms.get("singular", {})
    if verb in irregular:
        return irregular[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"
