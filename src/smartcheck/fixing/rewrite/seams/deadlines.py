"""Time seams: one deadline at most, where it stands, and no past committed to.

The rewriter adds a deadline to a goal that lacks one. It must not become a second deadline,
stand between a subject and its verb or inside a phrase, sit on someone else's verb, or
contradict a routine or a time the goal says is already past.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.context import (
    in_subclause,
    looked_back,
    looks_back,
    past_committed,
    past_context,
    past_made_goal,
    past_only,
)
from smartcheck.fixing.rewrite.exploring import explored_spans
from smartcheck.fixing.rewrite.lengths import vague_length
from smartcheck.fixing.rewrite.seams.kinds import Seam
from smartcheck.fixing.rewrite.seams.phrases import gapped
from smartcheck.fixing.rewrite.seams.tokens import (
    SUBJECT_DEPS,
    infinitive_like,
    is_finite,
    rewrite_date,
    verb_by_probe,
)
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import opening_length
from smartcheck.reading.timex import TimeExpression, lengths_so_far

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


ADDED_TIME = frozenset({"2027"})  # the year of the date stand-in (see rewrite.seam_fillers)


def _added_deadlines(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """Each added deadline of a candidate ('vóór 1 juni 2027', the date stand-in): the word
    before its marker and the word after it; the candidate's word-order checks look there."""
    for t in doc:
        if t.text not in ADDED_TIME or t.i + 1 >= len(doc):
            continue
        start = t.i
        while start > 0 and doc[start - 1].pos_ in ("NUM", "PROPN", "NOUN"):
            start -= 1  # back over '1 juni' / '1 June' to the marker
        if start >= 2 and doc[start - 1].pos_ == "ADP":
            yield doc[start - 2], doc[t.i + 1]


#: The public name of the walk over a candidate's added deadlines (for other seam modules).
added_deadlines = _added_deadlines


def time_between_verbs(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """The added deadline between two verbs of one cluster ('Draaitabellen leren vóór
    [datum] maken'): the phrase splits what belongs together."""
    verbs = ("VERB", "AUX")
    return [
        Seam("word_order", f"the deadline between {before.text!r} and {after.text!r}")
        for before, after in _added_deadlines(doc)
        if before.pos_ in verbs
        and not is_finite(before)
        and (after.pos_ in verbs or verb_by_probe(after, style))  # 'opmaken' read as a noun
    ]


def time_after_subject(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """The added deadline between the writer and the finite verb of a main clause ('en ik
    vóór [datum] wil ...', 'dus ik vóór [datum] moet ...', 'and I by [date] will ...', also
    after the pack's ``aim_joiners``, which a main clause follows): the verb comes right after its
    subject there. A subordinate clause ('dat ik vóór [datum] wil leren') is left alone.
    Dutch puts nothing between the subject and the finite verb of such a clause, so any word
    after the deadline counts there (the tagger may call the verb after a date an adverb:
    'dus ik tot [datum] probeer ...')."""
    subjects = {s.lower() for s in style.subjects}
    joiners = {j.lower() for j in style.aim_joiners}  # 'dus ik ...', 'so I ...': main order
    v2 = style.word_order == "v2"
    return [
        Seam("word_order", f"the deadline between {me.text!r} and {after.text!r}")
        for me, after in _added_deadlines(doc)
        if me.lower_ in subjects
        and (
            me.i == 0 or doc[me.i - 1].pos_ in ("CCONJ", "PUNCT") or doc[me.i - 1].lower_ in joiners
        )  # a main clause
        and ((after.pos_ in ("VERB", "AUX") and is_finite(after)) or (v2 and after.is_alpha))
    ]


def time_inside_fragment(doc: Doc, style: RewriteStyle) -> list[Seam]:
    """A Dutch phrase without the writer as subject ('Proactiever zijn in teamoverleggen'):
    its infinitive ends the phrase, so an added deadline right after it, with the phrase
    going on ('zijn vóór [datum] in teamoverleggen'), splits it. The writer's sentence is
    left to the other checks."""
    subjects = {w.lower() for w in style.subjects}
    if style.word_order != "v2" or any(
        t.lower_ in subjects or (t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PRON")) for t in doc
    ):
        return []  # a sentence with a subject ('Alle schappen zijn vóór [datum] ...')
    for verb, after in _added_deadlines(doc):
        bare = verb.pos_ in ("VERB", "AUX") and verb.lemma_ == verb.lower_
        if after.is_alpha and (bare or infinitive_like(verb)):
            return [Seam("word_order", f"the deadline inside the phrase after {verb.text!r}")]
    return []


#: what is done by a date in the writer's own text: a deadline, or an event ('by the audit')
ONE_OFF = ("deadline", "event")


def standing_in(filled: str, times: Sequence[TimeExpression], goal: Goal) -> list[TimeExpression]:
    """The times of ``filled`` that stand where a deadline of the goal that has passed stood
    ('By 31 March 2026 I will ...' -> 'By [date] I will ...'): the writer dated that clause,
    the rewrite only renews the date, so it is no deadline added beside the goal's others.
    As many as the goal's passed deadlines that ``filled`` no longer shows, first first."""
    gone = [
        t
        for t in goal.deadlines
        if t.kind == "deadline"
        and t.due is not None
        and t.due < goal.reference_date
        and t.text.lower() not in filled.lower()
    ]
    if not gone:
        return []
    new = [t for t in times if t.text.lower() not in goal.text.lower()]
    return new[: len(gone)]


def one_deadline(
    filled: str,
    times: list[TimeExpression],
    goal: Goal,
    style: RewriteStyle,
    doc: Doc | None = None,
    lengths: frozenset[str] = frozenset(),
    doubts: tuple[str, ...] = (),
) -> list[Seam]:
    """One deadline at most in ``filled`` (whose time expressions are ``times``), unless
    they are the goal's own: a goal that dates two steps ("the template by March, used for
    every event in Q2") keeps both, and only an added deadline is a second one. A time in a
    clause that looks back ("..., nadat ik in 2025 de cursus heb gevolgd") is no deadline,
    nor a vague length of a step ("for a few weeks"; ``lengths``: the pack's
    ``durations.lengths``), nor a time the writer doubts in a sentence kept as written
    ("... Not sure yet if there is time for it."; ``doubts``: the goal's words of doubt)."""
    times = [t for t in times if not vague_length(t, lengths)]
    # '(1 juni 2027)' right after an event gives that event's date: one deadline
    back = [t for t in times if doc is not None and _looks_back(t, doc, goal, style)]
    back += [t for t in times if t not in back and _past_in_kept_sentence(t, filled, goal)]
    back += [t for t in times if t not in back and _in_kept_reason(t, filled, goal, style)]
    back += [t for t in times if t not in back and _in_kept_situation(t, filled, goal, style)]
    back += [t for t in times if t not in back and _in_purpose(t, filled, goal, style)]
    back += [t for t in times if t not in back and _unread_in_kept(t, filled, goal)]
    back += [t for t in times if t not in back and _doubted_in_kept(t, filled, goal, doubts)]
    asked = explored_spans(filled, style)  # 'whether that job suits me in the long run'
    from smartcheck.fixing.rewrite.hedged_steps import discussed_spans  # reads seams

    asked += discussed_spans(filled, style)  # 'I will discuss with X whether I can Y next year'
    back += [t for t in times if t not in back and any(a <= t.start < b for a, b in asked)]
    ends = [
        t
        for t in _ends(times)
        if not filled[: t.start].endswith("(")
        and not _routine_start(t, filled, style)
        and not _made_of_goal_words(t, filled, goal)
        and t not in back
    ]
    written = sorted(t.text.lower() for t in _ends(goal.deadlines) if not vague_length(t, lengths))
    ends = [t for t in ends if t not in standing_in(filled, times, goal)]
    passed = {t.text.lower() for t in goal.deadlines if t.due and t.due < goal.reference_date}
    written = [w for w in written if w in filled.lower() or w not in passed]  # renewed
    if len(ends) > 1 and sorted(t.text.lower() for t in ends) != written:
        return [Seam("two_deadlines", " / ".join(t.text for t in ends))]
    against = _deadline_against_start(filled, [t for t in times if t not in back], style)
    if against and _deadline_against_start(goal.text, list(goal.deadlines), style, ONE_OFF):
        return []  # the writer's own routine with a target by a date ('..., every shift, with
        # zero missed entries by the audit'): the rewrite added neither
    return against


def lost_routine(
    candidate: str,
    goal: Goal,
    times: Sequence[TimeExpression],
    ctx: RuleContext,
    style: RewriteStyle,
) -> list[Seam]:
    """A routine's frequency left out with no time in its place ('Every Friday, prepare my
    plan ...' -> 'I will [concrete behaviour], in order to prepare my plan ...'): the rewrite
    may move it, never drop it, or the goal is no routine any more. One with a date instead
    bounds a frequency the goal could not keep ('mijn omzet elke maand verdubbelen' ->
    '... vóór 4 juni 2027 verdubbelen'), and so may one that drops a rate of growth ('elke
    maand verdubbelen, tot eind 2027'); ``times``: the candidate's, its placeholders filled
    (a time the goal had too, 'for the following week', takes no frequency's place)."""
    written = goal.text.lower()
    if any(t.text.lower() not in written for t in times) or style.placeholders.date in candidate:
        return []  # a time of the rewrite's own took the frequency's place
    if ctx.find(goal, "growth_multipliers"):
        return []  # 'elke maand verdubbelen': a rate of growth the rewrite bounds on purpose
    words = set(re.findall(r"[^\W\d_]+|\d+", candidate.lower()))
    return [
        Seam("lost_words", f"the frequency {t.text!r} left out", (t.text.lower(),))
        for t in goal.deadlines
        if t.kind == "recurring"
        and not set(re.findall(r"[^\W\d_]+|\d+", t.text.lower())) <= words
        and not _absolute_bounded(t.text, candidate, style)
    ]


def _absolute_bounded(text: str, candidate: str, style: RewriteStyle) -> bool:
    """An absolute frequency ('every time', 'elke keer') that the rewrite bounded on purpose
    with the pack's replacement ('in [number] out of 10 cases'): R001's fix, no lost routine."""
    value = style.replacements.get(text.lower())
    if value is None:
        return False
    bound = value.split("…")[0].strip().format(number=style.placeholders.number)
    return bool(bound) and bound.lower() in candidate.lower()


def time_cut_out(candidate: str, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """A time phrase the goal has inside another phrase ('a course *in time* management'),
    taken for the deadline and cut out, leaving the words around it glued ('a course
    management')."""
    seams = []
    for t in goal.deadlines:
        if t.kind != "vague":
            continue  # a frequency or date the rewrite moves or bounds on purpose
        before = re.search(r"([^\W\d_]+)\s+$", goal.text[: t.start])
        after = re.match(r"\s+([^\W\d_]+)", goal.text[t.end :])
        if before is None or after is None or t.text.lower() in candidate.lower():
            continue
        closed = style.prepositions | style.determiners | style.articles
        if before.group(1).lower() in closed or after.group(1).lower() in closed:
            continue  # '... Engineer by 23 May 2027 by mentoring': a date took its place
        if not _compound_after(goal, t):
            continue  # 'binnenkort', 'at some point' dropped between two phrases: no seam
        glued = f"{before.group(1)} {after.group(1)}"
        if re.search(rf"(?i)\b{re.escape(glued)}\b", candidate):
            seams.append(Seam("lost_words", f"{t.text!r} cut out of {glued!r}", (t.text.lower(),)))
    return seams


def _compound_after(goal: Goal, time: TimeExpression) -> bool:
    """The time's last word and the goal's next word are two nouns of one compound ('in
    *time management*'): the time phrase was part of a name, not a time."""
    if goal.doc is None:
        return False
    last = [t for t in goal.doc if t.idx < time.end <= t.idx + len(t.text)]
    nxt = [t for t in goal.doc if t.idx >= time.end][:1]
    return bool(last and nxt) and last[0].pos_ == "NOUN" and nxt[0].pos_ == "NOUN"


def _made_of_goal_words(time: TimeExpression, filled: str, goal: Goal) -> bool:
    """A vague time the rewrite made of the goal's words ('at time management' -> 'in time
    management'): its noun runs on into the goal's next word, which the goal had without
    the time."""
    if time.kind != "vague" or time.text.lower() in goal.text.lower():
        return False
    after = re.match(r"\s+([^\W\d_]+)", filled[time.end :])
    last = time.text.split()[-1]
    return after is not None and f"{last} {after.group(1)}".lower() in goal.text.lower()


def _ends(times: Iterable[TimeExpression]) -> list[TimeExpression]:
    """The expressions that end a goal (not a routine's frequency, not a start)."""
    return [t for t in times if t.kind not in ("recurring", "start")]


def _routine_start(time: TimeExpression, filled: str, style: RewriteStyle) -> bool:
    """An event a routine starts after, in a rewrite that runs the routine until a date
    ('Until [date], I will ..., starting after the busy autumn season'): its start, no
    second end. Beside a deadline ('Vóór [datum] ga ik ... Dan pas na de kerstdrukte') it
    still contradicts the date."""
    until = style.frames.until.split("{date}")[0].strip().lower()
    routine = bool(until) and re.search(rf"(?<!\w){re.escape(until)}\s", filled.lower())
    return bool(routine) and time.kind == "event" and time.relation == "after"


def past_before_deadline(
    times: list[TimeExpression], doc: Doc, goal: Goal, style: RewriteStyle
) -> list[Seam]:
    """A deadline still ahead with the writer's main verb in the simple past ('By 1 June
    2027, I passed my exam', 'Vóór [datum] haalde ik mijn diploma'). A perfect is how a
    goal ahead is often written ('Vóór juni heb ik ... gehaald', 'I will have passed'), and
    a clause inside may look back ('what I learned last year'): neither counts. Only a goal
    that looks back (a date already past) is checked: the tagger reads some present forms
    as past ('voer' of 'voeren' as that of 'varen')."""
    if not any(e.due is not None and e.due < goal.reference_date for e in goal.deadlines):
        return []
    if not any(t.due is not None and t.due > goal.reference_date for t in times):
        return []
    first_person = set(style.subjects)
    ahead = [t for t in times if t.due is not None and t.due > goal.reference_date]
    return [
        Seam("lost_tense", f"{t.text!r} in the past before a deadline ahead", (t.lower_,))
        for t in doc
        if t.pos_ == "VERB"
        and t.dep_ == "ROOT"  # the main clause's verb: 'what I learned last year' may be past
        and not in_subclause(t)  # '..., after I passed it last year': the tagger's root
        and "Past" in t.morph.get("Tense", [])
        and "Fin" in t.morph.get("VerbForm", [])
        and any(
            c.dep_ in SUBJECT_DEPS and (c.lower_ in first_person or _dated(t, ahead))
            for c in t.children
        )
        and not _kept_as_written(t, goal)
    ]


def _kept_as_written(verb: Token, goal: Goal) -> bool:
    """Is the past verb's sentence one the rewrite keeps as the writer wrote it ('... I
    dropped the course in 2023.' after the goal)? What happened, told beside the goal: its
    past is the writer's, no goal dated ahead (the rewritten sentence holds the frame's
    words, so it is never one the writer wrote)."""
    told = verb.sent.text.strip()
    return len(told.split()) > 2 and told in goal.text


def _dated(verb: Token, ahead: list[TimeExpression]) -> bool:
    """A deadline ahead in the past verb's own sentence, whatever its subject ('By [date],
    *it went* wrong twice': a past incident cut from its goal and dated ahead; a sentence
    of its own that tells it, 'Last week it took me three days.', is the writer's)."""
    start, end = verb.sent.start_char, verb.sent.end_char
    return any(start <= t.start < end for t in ahead)


def deadline_before_so_far(
    filled: str, times: list[TimeExpression], doc: Doc, goal: Goal, ctx: RuleContext
) -> list[Seam]:
    """A time the rewrite put in front of a clause that tells a length up to now ('Vóór
    [datum] ben ik nu twee jaar in dienst en wil ...', 'By [date], I have worked here for
    three years now and ...'): it commits the writer to what already is; the deadline
    belongs with the wish after it. A time the writer fronted is the writer's own, and a
    length told in a later sentence ('... volgen. Ik sta nu 4 jaar in X.') is no clause
    the deadline governs."""
    front = next((t for t in times if t.start == 0), None)
    if front is None or any(e.start == 0 for e in goal.deadlines):
        return []
    stop = next(
        (
            t.idx
            for t in doc
            if t.idx > front.end
            and (t.pos_ in ("CCONJ", "SCONJ") or t.text in (";", ":", ".", "!", "?"))
        ),
        len(filled),
    )
    spans = lengths_so_far(filled, goal.lang, goal.reference_date, ctx.pack.time)
    return [
        Seam("contradiction", f"{front.text!r} before {filled[a:b]!r}", (filled[a:b].lower(),))
        for a, b in spans
        if front.end <= a < stop
    ]


def doubled_front(
    filled: str, doc: Doc, times: list[TimeExpression], goal: Goal, style: RewriteStyle
) -> list[Seam]:
    """Two fronts glued together where a part took another goal's front ('Afgelopen
    kwartaal dit kwartaal wil ik ...', 'Last year I this year I want ...'): two time phrases
    with nothing between them, or the writer's subject twice with no verb between."""
    fronts = sorted(
        (t for t in times if t.kind != "recurring" and not _looks_back(t, doc, goal, style)),
        key=lambda t: t.start,
    )
    seams = [
        Seam("doubled", f"{a.text!r} {b.text!r}", (a.text.lower(), b.text.lower()))
        for a, b in pairwise(fronts)
        if not filled[a.end : b.start].strip()
        and re.search(r"(?:^|[,;]\s*)$", filled[: a.start])  # both before the clause's verb
        and f"{a.text} {b.text}".lower() not in goal.text.lower()
    ]
    subjects = set(style.subjects)
    mine = [t for t in doc if t.lower_ in subjects]
    for a, b in pairwise(mine):
        between = filled[a.idx + len(a.text) : b.idx].strip()
        if any(t.start >= a.idx and t.text == between for t in fronts):  # 'I this year I'
            run = doc[a.i : b.i + 1].text
            if run.lower() not in goal.text.lower():  # as the writer wrote it
                seams.append(Seam("doubled", f"{a.text!r} twice: {run!r}", (a.lower_,)))
    return seams


def past_recommitted(doc: Doc, goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[Seam]:
    """A goal that opens with what the writer already did ('Last year I ran the stock count,
    and I want to ...'), or a text that is only that ('Vorig jaar heb ik de cursus
    afgerond.'): a rewrite that commits to it again reads the past as a goal ('Vóór [datum]
    heb ik de cursus afgerond')."""
    found = past_context(goal, ctx, style) or past_only(goal, ctx, style)
    if found is None:
        return []
    return [
        Seam("lost_tense", f"{word!r} commits to what was already done", ("past",))
        for word in past_made_goal(doc, found, style, goal.text)
    ]


def until_done(doc: Doc, goal: Goal, style: RewriteStyle) -> list[Seam]:
    """'Tot [datum] heb ik de cursus gevolgd': the end of a routine before a clause that
    tells what is done (a past or a perfect), which has no 'until'."""
    until = style.frames.until.split("{date}")[0].strip().lower()
    if not until or not doc.text.lower().startswith(until):
        return []
    clause = []
    for t in doc:
        if t.pos_ in ("CCONJ", "SCONJ") or t.text in (";", ":"):
            break
        clause.append(t)
    done = [t for t in clause if looks_back(t, style)]
    if done and goal.doc is not None and not goal.doc.text.lower().startswith(until):
        return [Seam("contradiction", f"{until!r} with {done[0].text!r}", (until,))]
    return []


def _past_in_kept_sentence(t: TimeExpression, filled: str, goal: Goal) -> bool:
    """A time already past in a sentence the rewrite keeps as the writer wrote it ('...
    Reden: we liepen vorige maand twee keer leeg.', 'Since the accident last summer ...'
    before the goal): what happened, told beside the goal (a remark, a reason, the
    situation), no deadline of it; the tagger may miss the past verb. The rewritten sentence
    holds the frame's words, so it is never one the writer wrote."""
    if t.due is None or t.due >= goal.reference_date:
        return False
    return _kept_sentence(t, filled, goal, first=True) is not None


def _in_kept_situation(t: TimeExpression, filled: str, goal: Goal, style: RewriteStyle) -> bool:
    """A time in a later sentence kept as written that tells how things are now, opened by
    a word of 'now' (the pack's ``present_openers``: '... Right now we only find errors at
    the year end.'), or one the reading found to be context: when it happens today, no
    deadline of the goal."""
    sentence = _kept_sentence(t, filled, goal)
    if sentence is None:
        return False
    told = sentence.rstrip(".!").strip()
    if any(told and told in s.text for s in goal.syntax.context):
        return True  # a sentence the reading found to be context: 'I often overbook the Monday.'
    return opening_length(sentence.lower().split(), style.present_openers) > 0


def _kept_sentence(t: TimeExpression, filled: str, goal: Goal, first: bool = False) -> str | None:
    """The later sentence of ``filled`` that holds ``t`` when the rewrite keeps it as the
    writer wrote it (with more words than the time); None for the rewritten sentence.
    ``first``: the first sentence too, when the writer wrote it (context kept before the
    goal; the rewritten sentence holds the frame's words, so it is never one)."""
    start = max(filled.rfind(". ", 0, t.start), filled.rfind("\n", 0, t.start))
    if start < 0 and not first:
        return None  # the rewritten sentence itself: its times are the goal's
    stop = filled.find(".", t.end)
    sentence = filled[start + 1 : stop if stop >= 0 else len(filled)].strip()
    # a remark kept as its own sentence gets a capital the writer may not have typed
    told = sentence in goal.text or sentence[:1].lower() + sentence[1:] in goal.text
    return sentence if len(sentence.split()) > len(t.text.split()) and told else None


def _unread_in_kept(t: TimeExpression, filled: str, goal: Goal) -> bool:
    """A time in a later sentence kept as written that the goal's own reading did not take
    for a time of the goal ('... Er blijft op vrijdag te veel liggen.': the weekday of the
    situation): read again alone, the sentence gives it no new meaning."""
    if _kept_sentence(t, filled, goal) is None:
        return False
    said = t.text.lower()
    return not any(said in d.text.lower() or d.text.lower() in said for d in goal.deadlines)


def _doubted_in_kept(t: TimeExpression, filled: str, goal: Goal, doubts: tuple[str, ...]) -> bool:
    """A time after the writer's words of doubt in a sentence kept as written ('... Not
    sure yet if there is time for it next to my shifts.', 'Weet nog niet of dat past
    voor de zomer.'): what the writer is unsure of, told beside the goal, no deadline."""
    sentence = _kept_sentence(t, filled, goal)
    if sentence is None:
        return False
    told = filled[: t.start].lower()
    opening = told[max(told.rfind(". "), told.rfind("\n")) + 1 :]
    return any(re.search(rf"(?<!\w){re.escape(d)}(?!\w)", opening) for d in doubts)


def _in_kept_reason(t: TimeExpression, filled: str, goal: Goal, style: RewriteStyle) -> bool:
    """A time in a labelled reason the rewrite keeps as written after it ('... Why: the
    audit in March.', 'Waarom: ik sta op zaterdag alleen.'; the pack's reason labels of
    ``rewrite.form_fields``): why the goal is wanted, no deadline of it."""
    labels = [label.lower() for label in style.form_fields.get("reason", ())]
    start = max(filled.rfind(". ", 0, t.start), filled.rfind("\n", 0, t.start))
    if start < 0 or not labels:
        return False  # the rewritten sentence itself: its times are the goal's
    sentence = filled[start + 1 : t.end].strip().lower()
    head = sentence.split(":", 1)[0].strip()
    return ":" in sentence and head in labels and filled[start + 1 : t.end].strip() in goal.text


def _in_purpose(t: TimeExpression, filled: str, goal: Goal, style: RewriteStyle) -> bool:
    """A vague time of the goal's own inside the purpose a step was given (', so that I can
    help in the warehouse *when it's quiet*'; the pack's ``asked_purpose``): when the
    purpose is served, no deadline of the step."""
    opener = style.asked_purpose.split("{aim}")[0].strip().lower()
    if t.kind != "vague" or not opener or t.text.lower() not in goal.text.lower():
        return False
    start = max(filled.rfind(". ", 0, t.start), 0)
    return opener in filled[start : t.start].lower()


def _looks_back(t: TimeExpression, doc: Doc, goal: Goal, style: RewriteStyle) -> bool:
    """A time already past (or an event told in the past: 'after I passed it') in a clause
    whose verb looks back: what the writer did, no deadline of the goal (context.py)."""
    if t.due is not None and t.due >= goal.reference_date:
        return False
    return looked_back(doc, t, style)


def own_past_commitment(time: str, word: str, goal: Goal, style: RewriteStyle) -> bool:
    """The goal itself commits to a time already past ('Vorig jaar ga ik ...' as written):
    the rewrite did not make that seam."""
    if goal.doc is None:
        return False
    return any(
        t.lower() == time.lower() and w == word
        for t, w in past_committed(goal.doc, goal.deadlines, goal.reference_date, style)
    )


def _deadline_against_start(
    filled: str,
    times: list[TimeExpression],
    style: RewriteStyle,
    one_off_kinds: tuple[str, ...] = ("deadline",),
) -> list[Seam]:
    """'Vóór [datum] eet ik vanaf nu ...': a one-off deadline beside a routine that starts
    (now, or on a date, with a frequency) says both 'done by then' and 'from then on'; a
    routine ends 'tot [datum]' / 'until [date]'. ``one_off_kinds``: an event ('by the audit')
    counts as one in the writer's own text, where the rewrite may date it in brackets."""
    until = style.frames.until.split("{date}")[0].strip().lower()
    one_off = [
        t
        for t in times
        if t.kind in one_off_kinds and not (until and t.text.lower().startswith(until))
    ]
    now = [p for p in style.routine_starts if compiled(gapped(p), re.IGNORECASE).search(filled)]
    routine = any(t.kind == "recurring" for t in times) and any(t.kind == "start" for t in times)
    if one_off and (now or routine):
        start = now[0] if now else next(t.text for t in times if t.kind == "start")
        return [Seam("contradiction", f"{one_off[0].text!r} and {start!r}", ("start",))]
    return []


def deadline_on_others(
    candidate: str, filled: str, doc: Doc, ctx: RuleContext, style: RewriteStyle
) -> list[Seam]:
    """'Mijn leidinggevende verwacht vóór [datum] dat ik ...': the added deadline sits in the
    clause of someone else's verb (the expectation), not in the writer's clause after it,
    which changes what is due. Only the rewrite's own date counts, and only where no
    first-person subject comes before the writer's clause."""
    date = rewrite_date(candidate, filled, doc, style)
    if date is None:
        return []
    that = (style.frames.own_part or "").split("{clause}")[0].split()[-1:]
    mine = set(ctx.pack.words("first_person_subject"))
    objects = style.own_objects
    copulas = set(ctx.pack.words("copular_verbs"))
    sentence = date.sent
    for t in sentence:
        if t.i <= date.i:
            continue
        nxt = t.nbor(1) if t.i + 1 < sentence.end else None
        opens = bool(that) and t.lower_ == that[0] and nxt is not None and nxt.lower_ in mine
        told = t.lower_ in objects and nxt is not None and nxt.lower_ in style.infinitive_markers
        if not (opens or told):
            continue
        before = [w for w in sentence if w.i < t.i]
        if any(w.lower_ in mine for w in before):
            return []
        # no subject of the writer's before it: someone else's verb holds the deadline (the
        # parse may not find that subject: 'Mijn leidinggevende verwacht'); a copula is no
        # one's act ('My goal is that I ...')
        verb = next((w for w in before if w.pos_ in ("VERB", "AUX") and is_finite(w)), None)
        if verb is None or verb.lemma_.lower() in copulas:
            return []
        return [Seam("word_order", f"the deadline on {verb.text!r}", ("others",))]
    return []
