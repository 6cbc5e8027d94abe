"""A step the writer asks the one who decides for, as the goal itself, or a time asked for it.

"Is there budget for me to do the NTA 8800 refresher this year?", "Can we talk about me
doing a rotation in the art department next season?", "Could I take on the supplier
reviews?", "Zou ik de cursus sportvoeding mogen volgen?", "Is er budget om dit jaar de
VCA-cursus te volgen?": the goal is a question, so it commits to nothing (JUDGING A) and the
template refuses it. What it asks is a step of the writer's that the manager has to agree
to; a coach writes that step as the writer's commitment, agreed with the manager (the pack's
``rewrite.asked_decider``: "agreed with my manager", "in overleg met mijn leidinggevende"),
with the writer's remarks after it kept as sentences of their own.

The question: the first sentence, maybe after a hedge, opened by the pack's
``rewrite.step_asks`` (a request for means or a talk: "is there budget for me to", "can we
talk about me", "kunnen we het hebben over"), a possibility asked (``asked_possibilities``)
or the writer with an asking modal ("could I", "zou ik"), maybe a hedge after it. The step
after the opener is a verb phrase (an English gerund after "me" told bare: "me doing" ->
"do"; a Dutch te-infinitive told bare, an infinitive of permission dropped: "mogen volgen"
-> "volgen") or a course or learning route named as a thing ("budget for the NTA 8800
refresher" -> "take the NTA 8800 refresher"). A later sentence that hedges or asks a time
("Not urgent, maybe next year", "Kan dat volgend jaar?") gives the step its time, the
remark before the hedge kept; a last question that only asks whether it can be arranged
goes (it is the agreement); other sentences stay as written. The step, told as the writer's
commitment ("I will do ... next year."), is judged and rewritten by the checker; the agreement
is added to its rewrite (whole_text.py, ``WholeTextRewrites._step_asked``).

An aim told as the writer's wish or a bare act, then a sentence that asks or hedges only
its time ("Werkbegeleider worden voor de leerlingen. Kan dat volgend jaar?", "Lead the
Friday toolbox talk. Maybe next year?"), is the same step with its time asked: the time is
its deadline, the hedge and the asking words go, and when the time was asked as a question
the rewrite says it is agreed with the manager.

A need or an aim told without the writer, then the writer's own hedged offer asked ("Er
moet meer structuur komen in X. Misschien kan ik daar een rol in pakken?", "Someone needs to
sort out the shared drive. Maybe I could take that on?"): the offer is the writer's claim on
the need (taken_on.py), told as a commitment, and agreed with the manager.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_after import difficulty_first
from smartcheck.fixing.rewrite.asked_arrangements import arrangement_said
from smartcheck.fixing.rewrite.asked_clauses import clause_opener, clause_step
from smartcheck.fixing.rewrite.asked_going import going_along
from smartcheck.fixing.rewrite.asked_possible import (
    bare_infinitive,
    possibility_opener,
    possible_thing,
)
from smartcheck.fixing.rewrite.asked_times import time_at
from smartcheck.fixing.rewrite.asked_wishes import (
    purpose_told,
    state_and_wish,
    unpermitted,
    wished_purpose,
    with_purpose,
)
from smartcheck.fixing.rewrite.benefits import benefit_purpose
from smartcheck.fixing.rewrite.consequences import consequence_purpose, gained_purpose
from smartcheck.fixing.rewrite.hedged_time import timed_step
from smartcheck.fixing.rewrite.means import goal_sentences, unwished
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.taken_on import offer_cut
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence, verb_like
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    closed,
    gerund_bases,
    join,
    looks_infinitive_nl,
    opening_length,
)
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.configuration.grammar import Grammar
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex.model import TimeExpression

#: Most sentences of such a goal: the question, a remark, a time asked.
MOST_SENTENCES = 3
#: Most words of the step asked: a step, no paragraph.
MAX_STEP_WORDS = 20
#: Word classes that open a thing asked for ('the NTA 8800 refresher', 'een rotatie').
_THING_OPENERS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"})


@dataclass(frozen=True)
class AskedStep:
    """The step asked, told as the writer's wish, and the sentences kept after it."""

    statement: str  # 'I will do the NTA 8800 refresher this year.': judged and rewritten
    kept: tuple[str, ...]  # the writer's remarks after it, as written
    asking: tuple[tuple[int, int], ...]  # where the asking words stand: they go
    agreed: bool = True  # asked of the one who decides: the rewrite says it is agreed
    #: a difficulty told before the question ('X vind ik nog lastig.'), kept before the step
    #: that points back at it (asked_after.py)
    before: str = ""
    #: a purpose told in a sentence of its own after the question, kept as written
    written: str = ""


def asked_step(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> AskedStep | None:
    """The step the goal's first sentence asks for, or the aim it tells before a time asked
    or hedged, and what follows it (see the module); None when the goal is neither."""
    if not (style.asked_decider and style.asked_step) or goal.doc is None:
        return None
    sentences = goal_sentences(goal, style)
    if not sentences or len(sentences) > MOST_SENTENCES:
        return None
    offer = _offer(sentences, goal, ctx, style)
    if offer is not None:
        return offer
    before = difficulty_first(sentences[0], goal, ctx) if len(sentences) == 2 else None
    if before is not None and sentences[1][-1].text == "?":  # 'X vind ik lastig. Kan ik ...?'
        sentences = sentences[1:]
    else:
        before = None
    asked = sentences[0][-1].text == "?"
    first = sentences[0]
    opened = _opened(first, style, goal.lang) if asked else _aim(first, goal.lang, style)
    bare = opened is None and asked and before is None and len(sentences) == 2
    grammar = ctx.pack.grammar
    opened = _aim(first, goal.lang, style, grammar) if bare else opened  # 'Rouleren naar X?'
    if opened is None or (before is not None and not asked):
        return None
    rest, asking = opened
    asking += [(w.start, w.end) for w in rest if _permission(w, rest, style)]
    habits = [(m.start, m.end) for m in ctx.find(goal, "habit_markers")]
    times = [(d.start, d.end) for d in goal.deadlines if not _habitual(d, habits)]
    step = _step(rest, goal, ctx, style)
    if step is None:
        return None
    timed = any(a <= w.start < b for w in rest for a, b in times)
    when = ""
    kept: list[str] = []
    purpose = None
    written = False  # the purpose told in a sentence of its own, kept as written
    routines = [(d.start, d.end) for d in goal.deadlines if d.kind == "recurring"]
    for n, sentence in enumerate(sentences[1:], start=1):
        last = n == len(sentences) - 1
        tail = _routine_tail(sentence, routines, style) if last and asked and not timed else None
        if tail is not None:  # '..., maybe one day a week': how often the step is taken
            sentence, routine, hedge = tail
            # Dutch puts it before the step's infinitive, English after the step
            step = f"{routine} {step}" if style.word_order == "v2" else f"{step} {routine}"
            timed = True
            asking += [hedge] if hedge else []
        wish = wished_purpose(sentence, style, goal.lang) if last and asked else None
        if wish is None and last and asked:  # 'I think I'd learn a lot there' (benefits.py)
            wish = benefit_purpose(sentence, ctx, style, goal.lang)
        if wish is None and last and asked:  # 'Dan kan ik ...' (consequences.py)
            wish = consequence_purpose(sentence, style, goal.lang)
        if wish is None and last and asked:  # 'Dan krijg ik meer X' (consequences.py)
            wish = gained_purpose(sentence, style, goal.lang)
        if wish is not None:  # 'Could I X? I'd like to Y.': Y is what X serves (asked_wishes.py)
            purpose = wish
            continue
        as_written = purpose_told(sentence, style) if last and asked else None
        if as_written is None and last and asked:  # 'Lijkt me goed om X te zien.': 'om X'
            as_written = _judged_purpose(sentence, goal, ctx, style)
        if as_written is not None:  # 'Rouleren naar X? Om te zien hoe Y.': kept as written
            purpose, written = as_written, True
            continue
        told_wish = state_and_wish(sentence, style, goal.lang) if last and asked else None
        if told_wish is not None:  # 'Kan ik X? Ik zie alleen Y en wil weten Z': Z its purpose
            kept.append(told_wish[0])
            purpose = told_wish[1]
            continue
        if last and _arranged(sentence, style):
            asking.append((sentence[0].start, sentence[-1].end))
            asked = True
            continue  # 'Kan dat geregeld worden?': the agreement, told by the rewrite
        found = _time_told(sentence, times, style)
        if found is not None and not when and not timed:
            when, remark, spans = found
            asking.extend(spans)
            kept += [remark] if remark else []
            asked = asked or sentence[-1].text == "?"  # 'Kan dat volgend jaar?'
            continue
        if sentence[-1].text == "?" or any(a <= w.start < b for w in sentence for a, b in times):
            return None  # another question, or a second time: more than one step asked
        told, tried = _untried(sentence, style)
        asking += [tried] if tried else []
        kept += [closed(capitalise(join(told)))] if told else []
    if not (asked or when):
        return None  # an aim with nothing asked after it: other readings
    if bare and purpose is None:
        return None  # a bare act asked alone: asked_fragments.py reads it
    statement = _committed(step, when, style)
    statement = with_purpose(statement, purpose, style, written) if purpose else statement
    told_purpose = purpose if written and purpose else ""
    return AskedStep(statement, tuple(kept), tuple(asking), asked, before or "", told_purpose)


def _habitual(time: TimeExpression, habits: list[tuple[int, int]]) -> bool:
    """A recurring time that tells a habit (the pack's ``habit_markers``: 'I feel stupid
    asking *every time*', 'ik moet *telkens* bellen'): how things go now, in a remark after
    the step, no schedule of the step nor a second time of the goal."""
    return time.kind == "recurring" and any(a <= time.start and time.end <= b for a, b in habits)


def _judged_purpose(
    sentence: list[Word], goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> str | None:
    """A sentence after a step asked that judges the step good for a purpose ('Lijkt me
    goed om het werk eens van dichtbij te zien.', 'Would be great to see how they plan.'):
    one of the pack's ``hedges`` opens it (a pronoun before it allowed: 'Het lijkt me
    ...') and ends in the opener of a purpose (``rewrite.purpose_sentences``: 'om', 'to');
    the judgement is the writer's hedge of the step, the rest its purpose, told from the
    opener as written ('om het werk ... te zien'). None for any other sentence."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    if len(said) < 4 or sentence[-1].text == "?":
        return None
    heads = {o.lower().partition(" & ")[0] for o in style.purpose_sentences}
    heads = {h for h in heads if len(h.split()) == 1}
    starts = {said[0].start, said[1].start} if said[0].pos == "PRON" else {said[0].start}
    for found in ctx.find(goal, "hedges"):
        if found.start not in starts:
            continue
        at = next((n for n, w in enumerate(said) if w.end == found.end), None)
        if at is None or at + 2 >= len(said) or said[at].lower not in heads:
            continue
        marker = next(
            (o for o in style.purpose_sentences if o.lower().startswith(said[at].lower)), ""
        )
        tail = marker.lower().partition(" & ")[2]
        if tail and tail not in {w.lower for w in said[at + 1 :]}:
            continue  # 'om' with no 'te': a preposition
        text = join(said[at:], lead=False)
        return text[:1].lower() + text[1:]
    return None


def _offer(
    sentences: list[list[Word]], goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> AskedStep | None:
    """A need or an aim told without the writer, then the writer's hedged offer asked
    ('Er moet meer structuur komen in X. Misschien kan ik daar een rol in pakken?',
    'Someone needs to sort out the shared drive. Maybe I could take that on?'): the offer
    told as the writer's commitment after the need, so the need's readers (taken_on.py)
    make it the writer's own part; None for any other text. The offer may end the need's
    own sentence after a comma or an ellipsis ('..., misschien kan ik dat oppakken?')."""
    sentences = offer_cut(sentences, style)
    if len(sentences) != 2 or sentences[-1][-1].text != "?" or sentences[0][-1].text == "?":
        return None
    subjects = {s.lower() for s in style.subjects}
    if any(w.lower == style.default_subject.lower() for w in sentences[0]):
        return None  # the writer's own aim first: the other readings ('we' may tell a need)
    said = [w for w in sentences[-1] if w.text not in SENTENCE_MARKS]
    joiners = {w.lower() for w in ctx.pack.words("coordinators")}
    k = int(bool(said) and said[0].lower in joiners)  # 'And maybe I could ...?'
    hedged = k < len(said) and said[k].lower in style.one_word_hedges
    while k < len(said) and said[k].lower in style.one_word_hedges:
        k += 1
    pair = {w.lower for w in said[k : k + 2]}
    if not (pair & subjects and pair & style.asked_modals) or k + 2 >= len(said):
        return None
    rest = said[k + 2 :]
    while rest and rest[0].lower in style.one_word_hedges:
        hedged, rest = True, rest[1:]  # 'Could I maybe take ...?'
    step = _step(rest, goal, ctx, style) if hedged and rest else None
    if step is None:
        return None
    told = closed(capitalise(style.asked_step.format(means=step)))
    statement = f"{closed(capitalise(join(sentences[0])))} {told}"
    asking = [(said[0].start, rest[0].start)]
    return AskedStep(statement, (), tuple(asking))


def asked_step_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the asking words of such a goal stand ('*Is there budget for me to* do ...?',
    '*Not urgent, maybe*'s hedge): the committed step replaces them, so a rewrite drops them
    on purpose."""
    found = asked_step(goal, ctx, style)
    return list(found.asking) if found is not None else []


def _opened(
    sentence: list[Word], style: RewriteStyle, lang: str
) -> tuple[list[Word], list[tuple[int, int]]] | None:
    """The words of the question after its opener (see the module), and where the opener
    and the hedges around it stand; None when no opener asks for a step."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    hedges = style.one_word_hedges
    subjects = {s.lower() for s in style.subjects}
    k = 0
    while k < len(said) and said[k].lower in hedges:
        k += 1
    lowered = [w.lower for w in said[k:]]
    size = opening_length(lowered, style.step_asks) or possibility_opener(said[k:], style)
    clause = not size and clause_opener(said[k:], style)  # 'Is het mogelijk dat ik ...'
    size = size or clause
    if not size and len(lowered) > 2 and lowered[0] in style.asked_modals:
        size = 2 if lowered[1] in subjects else 0  # 'Could I ...', 'Zou ik ...'
    if not size and k and len(lowered) > 2 and lowered[0] in subjects:
        # 'Maybe I can ...?': after a hedge the question keeps the statement's order
        size = 2 if lowered[1] in style.asked_modals else 0
    if not size:
        opens, closes = possible_thing(said[k:], style)  # 'Is a rotation to X possible?'
        if not opens:
            return None
        thing = said[k + opens : len(said) - closes]
        if not thing[0].is_word:
            return None
        asking = [(said[0].start, said[k + opens - 1].end), (said[-closes].start, said[-1].end)]
        return thing, asking
    k += size
    while k < len(said) and said[k].lower in hedges:
        k += 1  # 'Could I maybe ...': the hedge goes with the asking
    if k >= len(said) or not said[k].is_word:
        return None
    step = clause_step(said[k:], style, lang) if clause else said[k:]  # asked_clauses.py
    return (step, [(said[0].start, said[k - 1].end)]) if step else None


def _aim(
    sentence: list[Word], lang: str, style: RewriteStyle, grammar: Grammar | None = None
) -> tuple[list[Word], list[tuple[int, int]]] | None:
    """The words of an aim told as a bare act ('Werkbegeleider worden voor de stagiairs',
    'Lead the Friday toolbox talk') and nothing that goes; None for any other sentence (an
    aim with the writer's wish has its time read by hedged_time.py). With ``grammar``, a
    Dutch first word the dictionary knows as an infinitive is the act too, whatever the
    tagger calls it ('*Rouleren* naar X?', read as a plural noun)."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    if unwished(said, style) != said:
        return None  # the writer's wish: its time is read by hedged_time.py
    subjects = {s.lower() for s in style.subjects}
    if not said or any(w.lower in subjects or w.lower in style.one_word_hedges for w in said):
        return None
    if any(w.text in (",", ";", ":") for w in said):
        return None  # 'Meer X, evt. Y worden': a list of pieces, no one act
    if style.word_order == "v2":  # 'Werkbegeleider worden voor de leerlingen'
        acted = any(_infinitive(w, lang) for w in said)
        acted = acted or bool(
            grammar and infinitive_evidence(said[0].lower, lang, grammar, style) is True
        )
    else:  # 'Lead the Friday toolbox talk', whatever the tagger calls the form of 'Lead'
        acted = said[0].pos == "VERB" and said[0].lemma.lower() == said[0].lower
        # asked bare ('Shadow the night shift?'): a verb's form before an article
        acted = acted or bool(
            grammar
            and len(said) > 1
            and said[1].pos == "DET"
            and verb_like(said[0].lower, lang, style)
        )
    return (said, []) if acted else None


def _infinitive(word: Word, lang: str) -> bool:
    """Dutch: a verb in the form of its infinitive ('worden', which the tagger may call
    finite), told without a subject; a word the dictionary does not know is a noun the tagger
    misread."""
    if word.pos not in ("VERB", "AUX") or not looks_infinitive_nl(word):
        return False
    return word.lemma == word.lower and known_word(word.lower, lang)  # not 'meeloopdagen'


def _step(rest: list[Word], goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The step ``rest`` asks for as a bare verb phrase ('do the NTA 8800 refresher this
    year', 'de cursus sportvoeding volgen'); None when it names none."""
    if not 0 < len([w for w in rest if w.is_word]) <= MAX_STEP_WORDS:
        return None
    if any(w.lower in {s.lower() for s in style.subjects} for w in rest):
        return None  # a clause of its own: 'Can we talk about how I ...'
    particles = frozenset(w.lower() for w in ctx.pack.words("separable_particles"))
    if style.word_order == "v2":
        takes_te = frozenset(
            w.lower() for key in ("complement_verbs", "control_verbs") for w in ctx.pack.words(key)
        )
        told = unpermitted(bare_infinitive(rest, style, particles, takes_te), style, particles)
        # 'de cursus volgen', 'de leiding nemen over X'
        evidence = bool(told) and infinitive_evidence(
            told[0].lower, goal.lang, ctx.pack.grammar, style
        )
        if any(_infinitive(w, goal.lang) for w in told) or evidence:
            return _lowered(join(told, lead=False))
        # 'een keer mee naar X' (asked_going.py), not a route named with its direction ('een
        # rotatie naar de planning': the act of it)
        if going_along(told, style) and _thing(rest, goal, ctx, style) is None:
            return _lowered(join(told, lead=False))
    else:
        first = _bare(rest[0], goal.lang)
        if first is None and len(rest) > 1 and rest[1].pos == "DET":  # '*Shadow* the X?'
            verb = verb_like(rest[0].lower, goal.lang, style)
            first = replace(rest[0], text=rest[0].lower, pos="VERB") if verb else None
        if first is not None:
            return _lowered(join([first, *rest[1:]], lead=False))
    return _thing(rest, goal, ctx, style)


def _permission(word: Word, words: list[Word], style: RewriteStyle) -> bool:
    """Dutch: is ``word`` a modal of permission or ability right before the step's own
    infinitive ('de cursus *mogen* volgen', 'of ik ... *kan* nemen')? Committed, the step is
    done, not allowed, so it goes."""
    at = words.index(word)
    return (
        word.lower in (style.asked_infinitives | style.asked_modals)
        and at + 1 < len(words)
        and looks_infinitive_nl(words[at + 1])
    )


def _bare(word: Word, lang: str) -> Word | None:
    """English: ``word`` as the bare verb that opens a step ('take', 'doing' -> 'do'), or
    None when it is no verb."""
    if word.pos in ("VERB", "AUX") and word.verbform not in ("Ger", "Part"):
        return word
    if word.verbform == "Part" and not word.lower.endswith("ing"):
        return None
    if word.pos != "VERB" or not word.lower.endswith("ing"):
        return None  # 'me *doing* a rotation', whether the tagger calls it a gerund or not
    lemma = word.lemma.lower()
    if lemma and lemma != word.lower and known_word(lemma, lang):
        return replace(word, text=lemma, verbform="Inf")
    base = next((b for b in gerund_bases(word.lower) if known_word(b, lang)), None)
    return replace(word, text=base, verbform="Inf") if base else None


def _thing(rest: list[Word], goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """A course or learning route asked for as a thing ('budget for the NTA 8800
    refresher', 'het hebben over een rotatie'), as the act of taking it; None for any other
    thing (what the writer would do with it is not told)."""
    if rest[0].pos not in _THING_OPENERS:
        return None
    start, end = rest[0].start, rest[-1].end
    course = any(start <= m.start < end for m in ctx.find(goal, "formal_training"))
    route = any(start <= m.start < end for m in ctx.find(goal, "development_routes"))
    # a route the rewrite's pack names ('een *rotatie* naar de planning'; ``bare_routes``)
    route = route or _named_route(rest, style)
    frame = style.asked_course if course else style.asked_route if route else ""
    if not frame:
        return None
    return frame.format(thing=_lowered(join(rest, lead=False)))


def _routine_tail(
    sentence: list[Word], routines: list[tuple[int, int]], style: RewriteStyle
) -> tuple[list[Word], str, tuple[int, int] | None] | None:
    """A last piece of a sentence after a step asked, after its comma, that only tells how
    often, maybe hedged ('I'd like to see how X is planned*, maybe one day a week*'): the
    sentence without it, the schedule as written (the step's), and where the hedge stands;
    None when the sentence ends in no such piece."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    at = max((n for n, w in enumerate(said) if w.text == ","), default=None)
    if at is None or at < 2 or sentence[-1].text == "?":
        return None
    piece = said[at + 1 :]
    k = 0
    while k < len(piece) and piece[k].lower in style.one_word_hedges:
        k += 1
    told = piece[k:]
    if not told or not all(any(a <= w.start < b for a, b in routines) for w in told):
        return None
    hedge = (piece[0].start, piece[k - 1].end) if k else None
    return said[:at], join(told, lead=False), hedge


def _named_route(rest: list[Word], style: RewriteStyle) -> bool:
    """Does ``rest`` open with an article and one of the pack's ``bare_routes`` ('a
    rotation to planning', 'een rotatie naar de planning')?"""
    said = [w.lower for w in rest if w.is_word]
    if len(said) < 2 or rest[0].pos != "DET":
        return False
    return any(said[1 : 1 + len(r.split())] == r.lower().split() for r in style.bare_routes)


def _time_told(
    sentence: list[Word], times: list[tuple[int, int]], style: RewriteStyle
) -> tuple[str, str, list[tuple[int, int]]] | None:
    """The time a later sentence hedges or asks ('Maybe next year.', 'Kan dat volgend
    jaar?'), maybe after a verbless remark and a comma ('Not urgent, maybe next year'), with
    the remark as its own sentence and where the hedge and asking words stand; None else."""
    cuts = [0] + [n + 1 for n, w in enumerate(sentence) if w.text == "," and n]
    for cut in cuts:
        part = sentence[cut:]
        found = time_at(part, times, style)
        if found is None:
            continue
        said = [w for w in part if w.text not in SENTENCE_MARKS]
        at, end = found
        if end < len(said):
            return None  # a condition after the time: kept with it by hedged_time.py
        time = join(said[at:end], lead=False)
        time = time[:1].lower() + time[1:] if not time[1:2].isupper() else time
        remark = sentence[: cut - 1] if cut else []
        if any(w.pos in ("VERB", "AUX") for w in remark):
            return None  # 'Ik wil X doen, misschien in het voorjaar': the time of that act
        told = closed(capitalise(join(remark))) if remark else ""
        spans = [(said[0].start, said[at - 1].end)] if at else []
        if sentence[-1].text == "?" and at < len(said):
            spans.append((sentence[-1].start, sentence[-1].end))
        return time, told, spans
    return None


def _untried(
    sentence: list[Word], style: RewriteStyle
) -> tuple[list[Word], tuple[int, int] | None]:
    """``sentence`` without a last clause that only says the writer would like to try the
    step ('Not sure yet if it's my thing *but I'd like to try it*.'; the pack's
    ``tried_steps``, after a contrast or alone): the committed step does that, and the wish
    to try kept would hedge it (A). Where it stood, or None when it holds none."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    lowered = [w.lower for w in said]
    contrasts = {c.lower() for c in style.reservation_contrasts}
    spelled = {t.lower().replace(" ", "") for t in style.tried_steps}
    for at in range(len(said)):
        if "".join(lowered[at:]) not in spelled:
            continue  # spelled as one: 'I'd' is read as 'I' and ''d'
        if at and said[at - 1].lower in contrasts:
            at -= 1  # '..., but I'd like to try it'
        elif at:
            continue  # inside a clause of its own
        while at and said[at - 1].text in (",", ";"):
            at -= 1
        return said[:at], (said[at].start, said[-1].end)
    return sentence, None


def _arranged(sentence: list[Word], style: RewriteStyle) -> bool:
    """Does ``sentence`` only ask whether it can be arranged ('Kan dat geregeld worden?')?"""
    if sentence[-1].text != "?":
        return False
    return arrangement_said([w.lower for w in sentence if w.is_word], style)


def _committed(step: str, when: str, style: RewriteStyle) -> str:
    """The step committed as the writer's (the pack's ``asked_step``), at the time asked for
    it, told first as a hedged time after the aim is ('Next year, I will follow the course.',
    'Volgend jaar ga ik de cursus volgen.'; hedged_time.py)."""
    if when:
        return timed_step([Word(text=step)], when, "", style)
    return closed(capitalise(style.asked_step.format(means=step)))


def _lowered(text: str) -> str:
    """``text`` with its first letter in lower case, unless it opens a name or acronym."""
    return text[:1].lower() + text[1:] if not text[1:2].isupper() else text
