"""A means asked or hedged after the aim: the step the writer takes, committed.

Writers name where they want to go and then, unsure, how: "Ik wil graag ploegleider
worden. ... Kan ik een cursus leidinggeven doen?", "I'd like to do small repairs myself.
Maybe I can do a rotation with the technical team?", "..., misschien een cursus bij de
importeur.", "Misschien een half jaar extra meelopen met de storingsdienst?". The aim alone
often fails A (a role others appoint to, a hedge) and the means, asked, owns nothing. A coach
commits the means as the writer's step and keeps the aim as its purpose: "Ik ga een cursus
leidinggeven doen, zodat ik ploegleider kan worden." The hedge, the question mark and the
asking modal ('kan ik', 'maybe I can') go; sentences of context stay as written.

A means here is a step of learning: it names a course (the pack's ``formal_training``) or
another learning route (``development_routes``: a rotation, shadowing, a placement), or
going along with someone ('met Kees mee naar een installatie'; ``companions``). A thing
asked ('Maybe a course?') becomes the act of it (``asked_course``: 'take a course';
``asked_route``: 'do a rotation'); a bare course word after topic fragments ('Gietvloeren.
Epoxy. Cursus?') becomes a course on those topics (``topic_course``). A wish about the
future asked after a step ('misschien kan ik later doorgroeien?') names no means and is left
to the other readings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_acts import leave_asked, own_object
from smartcheck.fixing.rewrite.asked_credentials import credential_frame
from smartcheck.fixing.rewrite.asked_going import going_along
from smartcheck.fixing.rewrite.asked_lines import asked_line_spans
from smartcheck.fixing.rewrite.asked_possible import bare_infinitive, possibility_opener
from smartcheck.fixing.rewrite.asked_roles import asked_role
from smartcheck.fixing.rewrite.asked_times import hedged_time_spans
from smartcheck.fixing.rewrite.hedged_time import hedged_time
from smartcheck.fixing.rewrite.means import goal_sentences, is_context_sentence, unwished
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.topic_courses import topic_course
from smartcheck.fixing.rewrite.wordclass import verb_like
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    closed,
    gerund_bases,
    infinitive_ending,
    join,
    looks_infinitive_nl,
)
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.configuration.lexicon_keys import LexiconKey
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: Marks that end a sentence or a clause.
#: Word classes that open a thing ('een cursus', 'a rotation', 'two weeks on ...').
_THING_OPENERS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ"})
#: Most words of a means: a step, no paragraph.
MAX_MEANS_WORDS = 20
#: Most words of a topic fragment before a bare course word ('Gietvloeren.').
MAX_TOPIC_WORDS = 3
#: Most words of a short sentence kept after the means ('Weet niet of dat kan.').
MAX_TAIL_WORDS = 8


@dataclass(frozen=True)
class AskedMeans:
    """A goal text read as its aim and the means asked after it."""

    sentence: str  # the committed step with the aim as its purpose, to be rewritten
    before: tuple[str, ...] = ()  # sentences kept before it, as written
    after: tuple[str, ...] = ()  # sentences kept after it (context, a short note)


def asked_means(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> AskedMeans | None:
    """The aim and the means asked after it, as one committed sentence and the sentences
    kept; None when the text holds no such pair (see the module docstring)."""
    if not style.asked_step or goal.doc is None:
        return None
    sentences = goal_sentences(goal, style)
    courses = _spans(goal, ctx, "formal_training")
    routes = _spans(goal, ctx, "development_routes")
    times = [(d.start, d.end) for d in goal.deadlines]
    particles = frozenset(w.lower() for w in ctx.pack.words("separable_particles"))
    subordinators = frozenset(w.lower() for w in ctx.pack.words("subordinators"))
    when = hedged_time(sentences, times, style, subordinators)
    if when is not None:  # '... Misschien kan dat in de zomer.': the time (hedged_time.py)
        return AskedMeans(when[0], (), when[1])
    for n, sentence in enumerate(sentences):
        cut = _hedged_cut(sentence, style)  # '..., misschien een cursus bij de importeur.'
        if cut is not None:
            aim, asked = sentence[:cut], sentence[cut + 1 :]
            means = _means(asked, style, courses, routes, False, particles, times)
            if means is not None:
                kept = _kept(sentences, n + 1, style)
                # a hedge of the act's time ('ideally this year but ...') is no step the
                # bare act serves
                timed = len(asked) > 1 and any(a == asked[1].start for a, _ in times)
                told = _sentence(aim, means, style, times, goal.lang, bare=not timed)
                # 'Lassen op brons, evt. een cursus?': a course on the field (topic_courses.py)
                told = told or topic_course(aim, asked, courses, style, goal.lang)
                if told is None or kept is None:
                    return None
                before = tuple(_written(s) for s in sentences[:n])
                return AskedMeans(told, before, kept)
        if n == 0:
            continue
        means = _means(sentence, style, courses, routes, True, particles, times)
        if means is None:
            continue
        option = _option(sentences[n + 1], style) if n + 1 < len(sentences) else None
        kept = _kept(sentences, n + 1 + (option is not None), style)
        if kept is None:
            return None
        kept = (option, *kept) if option is not None else kept
        joiner = next((w for w in ctx.pack.words("coordinators") if w.isalpha()), "")
        topics = _topics(sentences[:n], sentence, style, courses, joiner)
        if topics is not None:  # 'Gietvloeren. Epoxy. Cursus?'
            return AskedMeans(closed(capitalise(style.asked_step.format(means=topics))), (), kept)
        aims = [k for k in range(n) if not is_context_sentence(sentences[k], goal)]
        if all(_observed(sentences[k], style) for k in aims):
            # only what others see and the writer's situation: the step stands alone
            return _alone(sentences[:n], means, kept, style)
        if len(aims) > 1:  # the one the writer wishes is the aim, the others tell the
            aims = [k for k in aims if _wished(sentences[k], style)]  # situation
        if len(aims) != 1:
            return None  # no aim, or several goals before the means
        at = aims[0]
        bare = leave_asked(sentence, style)  # 'Learn X. Could I join the working group?'
        # 'Learn X. Maybe the internal course?': a course serves learning or a role
        bare = bare or (_spanned(sentence, courses) and _learned_aim(sentences[at], style))
        told = _sentence(sentences[at], means, style, times, goal.lang, bare=bare)
        if told is None:
            return None
        context = tuple(_written(sentences[k]) for k in range(at + 1, n))
        before = tuple(_written(sentences[k]) for k in range(at))
        return AskedMeans(told, before, (*context, *kept))
    return None


def hedged_means(
    words: list[Word], goal: Goal, ctx: RuleContext, style: RewriteStyle
) -> str | None:
    """The means ``words`` hedge or ask ('Misschien eerst een cursus inkoop?', 'maybe first
    shadow Maria'), as the bare verb phrase a step commits to; None when they name none."""
    courses = _spans(goal, ctx, "formal_training")
    routes = _spans(goal, ctx, "development_routes")
    times = [(d.start, d.end) for d in goal.deadlines]
    particles = frozenset(w.lower() for w in ctx.pack.words("separable_particles"))
    return _means(words, style, courses, routes, True, particles, times)


def hedged_cut(sentence: list[Word], style: RewriteStyle) -> int | None:
    """The comma after which a hedge opens the rest of ``sentence`` (see :func:`_hedged_cut`)."""
    return _hedged_cut(sentence, style)


def bare_act(aim: list[Word], style: RewriteStyle) -> bool:
    """Does ``aim`` open with its verb, told without a subject ('Leren lassen volgens ...',
    'Learn to calibrate ...')? Such a goal is an act the writer wants, as a wish is."""
    if len(aim) < 2 or aim[0].lower in style.one_word_hedges:
        return False
    if style.word_order == "v2":  # 'Leren lassen ...', 'Zelf de weekplanning maken'
        subjects = {s.lower() for s in style.subjects}
        if any(w.lower in subjects for w in aim):
            return False
        said = [w for w in aim if w.is_word]
        if not said:
            return False  # marks only: no act
        if said[0].lower in style.learning_verbs:
            return True  # 'Leren lassen ...', whatever the tagger calls 'Leren'
        ends = [said[0], said[-1]]  # one word: the same one twice
        return any(
            w.pos in ("VERB", "AUX") and not w.finite and looks_infinitive_nl(w) for w in ends
        )
    return aim[0].pos == "VERB" and aim[0].verbform not in ("Ger", "Part")


def asks_last(text: str) -> bool:
    """The text ends on a question ('... Misschien een cursus via de arbo?'): a means asked
    last is the writer's proposal, read before a means told (means.py) would read it as a
    plain 'met hulp van' and leave the aim's behaviour to fill in."""
    return text.rstrip().endswith("?")


def asked_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The writer and the modal that ask whether a means may be taken ('*Could I* take a
    course?', 'Misschien *kan ik* ...'), in a sentence after the first or after a comma and
    a hedge: the committed step replaces them, so a rewrite may leave them out."""
    if not style.asked_modals:
        return []
    hedges = style.one_word_hedges
    subjects = {s.lower() for s in style.subjects}
    spans = []
    for n, sentence in enumerate(goal_sentences(goal, style)):
        cut = _hedged_cut(sentence, style)
        starts = [cut + 1] if cut is not None else []
        starts += [0] if n else []
        for start in starts:
            said = [w for w in sentence[start:] if w.text not in SENTENCE_MARKS]
            asked = sentence[-1].text == "?" or (bool(said) and said[0].lower in hedges)
            k = int(bool(said) and said[0].lower in hedges)
            if not asked or k + 1 >= len(said):
                continue
            pair = {said[k].lower, said[k + 1].lower}
            possible = possibility_opener(said[k:], style)  # 'Is het mogelijk om ...?'
            if possible:
                spans.append((said[k].start, said[k + possible - 1].end))
            if pair & subjects and pair & style.asked_modals:
                spans.append((said[k].start, said[k + 1].end))
                kept = _unpermitted(said[k + 2 :], style)  # 'een dag *mogen* meelopen'
                spans += [(w.start, w.end) for w in said[k + 2 :] if w not in kept]
    times = [(d.start, d.end) for d in goal.deadlines]
    spans += hedged_time_spans(goal_sentences(goal, style), times, style)  # hedged_time.py
    spans += undecided_spans(goal, style)  # 'Moet er nog over nadenken.': it goes
    return spans + asked_line_spans(goal.text, style)  # '- kan ik ook X?' (asked_lines.py)


def undecided_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The sentences after the first that only say the writer has not decided yet ('Moet er
    nog over nadenken.', 'Need to think about it.'): a committed step leaves them out."""
    if not style.undecided_remarks:
        return []
    return [
        (s[0].start, s[-1].end)
        for s in goal_sentences(goal, style)[1:]
        if len([w for w in s if w.is_word]) <= MAX_TAIL_WORDS and _undecided(s, style)
    ]


def _spanned(sentence: list[Word], spans: list[tuple[int, int]]) -> bool:
    """Does one of ``spans`` (a course the pack names) start inside ``sentence``?"""
    return bool(sentence) and any(sentence[0].start <= a < sentence[-1].end for a, _ in spans)


def _learned_aim(sentence: list[Word], style: RewriteStyle) -> bool:
    """Is ``sentence`` a bare act of learning or of becoming ('Learn the basics of X',
    'Teamleider worden', 'De Omgevingswet leren toepassen')? A course asked after it is the
    step toward it; a course asked after another act ('Stay calmer ...', 'Spaans
    verbeteren') only helps it ('with the help of a course', means.py)."""
    said = [w for w in sentence if w.is_word]
    verbs = {*style.learning_verbs, *style.become_verbs}
    if style.word_order == "v2":  # the verbs close the Dutch phrase: 'leren toepassen'
        subjects = {s.lower() for s in style.subjects}
        if len(said) < 2 or any(w.lower in subjects for w in said):
            return False  # a bare act has no subject: 'worden' is its infinitive, whatever
        if said[0].lower in style.learning_verbs:
            return True  # 'Leren lassen met TIG'
        ends = said[-2:] if said[-2].lower in verbs else said[-1:]  # the tagger says
        return ends[0].lower in verbs and all(infinitive_ending(w.lower) for w in ends)
    return bare_act(said, style) and said[0].lower in verbs


def _wished(sentence: list[Word], style: RewriteStyle) -> bool:
    """Does the writer's wish open ``sentence`` ('Ik wil graag', 'I want to')?"""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    return unwished(said, style) != said


def _spans(goal: Goal, ctx: RuleContext, key: LexiconKey) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in ctx.find(goal, key)]


def _hedged_cut(sentence: list[Word], style: RewriteStyle) -> int | None:
    """The index of the comma after which a hedge opens the rest of the sentence ('...,
    misschien een cursus', '..., maybe by doing a rotation'), or None."""
    hedges = style.one_word_hedges
    for k, w in enumerate(sentence[:-2]):
        if k and w.text == "," and sentence[k + 1].lower in hedges:
            return k
    return None


def _means(
    words: list[Word],
    style: RewriteStyle,
    courses: list[tuple[int, int]],
    routes: list[tuple[int, int]],
    question: bool,
    particles: frozenset[str] = frozenset(),
    times: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The means ``words`` ask or hedge, as a bare verb phrase the step commits to; None
    when they ask nothing, or name no step of learning. An act hedged after a comma with a
    time of its own (``times``: '..., maybe lead a small project on my own next year') is
    the step the aim comes down to, whatever it is: the writer said what and when."""
    asked = bool(words) and words[-1].text == "?"
    said = [w for w in words if w.text not in SENTENCE_MARKS]
    hedges = style.one_word_hedges
    subjects = {s.lower() for s in style.subjects}
    k = 0
    hedged = bool(said) and said[0].lower in hedges
    k += hedged
    wished = 0 if hedged else _asked_wish(said, style)  # 'Graag een training?': asked for
    hedged, k = hedged or bool(wished), k + wished
    requested = False  # the writer asks leave for the act ('Could I ...?', 'Mag ik ...?')
    if k + 1 < len(said):
        pair = (said[k].lower, said[k + 1].lower)
        if (pair[0] in subjects and pair[1] in style.asked_modals) or (
            pair[0] in style.asked_modals and pair[1] in subjects
        ):
            requested = asked and not hedged
            k += 2
            while k < len(said) and said[k].lower in hedges:
                k += 1  # 'Could I maybe sit in on ...?': the hedge goes with the asking
    possible = possibility_opener(said[k:], style)  # 'Is het mogelijk om ...?'
    if possible and asked:
        k += possible
        said = [*said[:k], *bare_infinitive(said[k:], style, particles)]
    if not (hedged or (question and asked)):
        return None
    first = said[k].lower if k < len(said) and said[k].lower in style.first_adverbs else ""
    k += bool(first)  # 'maybe first a course?': the step, done first ('first take a course')
    rest: list[Word] | None = _unpermitted(said[k:], style)
    if rest and rest[0].lower in style.means_by:
        rest = _by_dropped(rest[1:], style)
    if rest is None:
        return None
    if not 0 < len([w for w in rest if w.is_word]) <= MAX_MEANS_WORDS:
        return None
    if any(w.lower in subjects for w in rest):
        return None  # a clause of its own: 'Misschien kan ik dan later ...'
    start, end = rest[0].start, rest[-1].end
    course = any(start <= a < end for a, _ in courses)
    route = any(start <= a < end for a, _ in routes)
    beside = any(w.lower in style.companions for w in rest)
    text = join(rest, lead=False)
    text = text[:1].lower() + text[1:] if not text[1:2].isupper() else text
    timed = any(start <= a < end for a, _ in times)
    acted = _verb_phrase(rest, style, particles) or _route_infinitive(rest, routes, style)
    acted = acted or (timed and _verb_misread(rest, style))
    acted = acted or _first_verb(rest, style, bool(first))
    if acted and not _named_course(rest, courses, style):
        own = requested and own_object(rest, style)  # 'Could I join the working group?'
        return f"{first} {text}".lstrip() if course or route or beside or timed or own else None
    if rest[0].pos not in _THING_OPENERS or not (course or route):
        return None
    if rest[0].pos == "PROPN" and len(rest) > 1 and rest[1].pos == "DET":
        # a word before the thing's article is no part of it (a misspelt hedge, 'Misschein
        # een cursus?'): committed, it would stay inside the step
        return None
    role = None if course else asked_role(text, style)  # 'buddy for ...': being it
    frame = credential_frame(text, style) or (style.asked_course if course else style.asked_route)
    told = role or (frame.format(thing=text) if frame else None)
    return f"{first} {told}".lstrip() if told else None


def _unpermitted(words: list[Word], style: RewriteStyle) -> list[Word]:
    """``words`` without an infinitive of permission right before the step's own verb ('een
    dag *mogen* meelopen': the pack's ``asked_infinitives``): committed, the step is done."""
    return [
        w
        for n, w in enumerate(words)
        if not (
            w.lower in style.asked_infinitives
            and n + 1 < len(words)
            and looks_infinitive_nl(words[n + 1])
        )
    ]


def _asked_wish(words: list[Word], style: RewriteStyle) -> int:
    """How many words of a wish (the pack's ``asked_wishes``: 'graag', 'bij voorkeur',
    'ideally') open ``words``; 0 when none does."""
    said = [w.lower for w in words]
    for wish in sorted(style.asked_wishes, key=len, reverse=True):
        parts = wish.lower().split()
        if said[: len(parts)] == parts and len(said) > len(parts):
            return len(parts)
    return 0


def _named_course(words: list[Word], courses: list[tuple[int, int]], style: RewriteStyle) -> bool:
    """Dutch: a course named by the acts it teaches ('een cursus *plannen en roosteren*',
    'een training *omgaan met agressie*'): after the course word only its name, no verb of
    taking it at the end ('een cursus leidinggeven *doen*'); the whole is a thing, and
    committing its last verb would change the goal ('ga ik een cursus plannen')."""
    if style.word_order != "v2":
        return False
    at = next((n for n, w in enumerate(words) if any(w.start == a for a, _ in courses)), None)
    if at is None or at + 1 >= len(words):
        return False
    return words[-1].lower not in style.course_verbs


def _by_dropped(rest: list[Word], style: RewriteStyle) -> list[Word] | None:
    """A means told with 'by' and a gerund ('by doing a rotation'), or Dutch 'door' with a
    te-infinitive ('door een cursus te volgen'), as a bare verb phrase."""
    if not rest:
        return None
    if style.word_order == "v2":
        markers = {m.lower() for m in style.infinitive_markers}
        return [w for w in rest if w.lower not in markers]
    base = next((b for b in gerund_bases(rest[0].lower) if known_word(b, "en")), None)
    if base is None:
        return None
    return [replace(rest[0], text=base, lemma=base, verbform="Inf"), *rest[1:]]


def _verb_misread(words: list[Word], style: RewriteStyle) -> bool:
    """English: a bare verb the tagger read as another word class before its object ('maybe
    *lead* a small project', tagged an adjective): a dictionary verb, a determiner after it."""
    said = [w for w in words if w.is_word]
    if style.word_order == "v2" or len(said) < 2 or said[1].pos not in ("DET", "NUM"):
        return False
    return verb_like(said[0].lower, "en", style)


def _first_verb(words: list[Word], style: RewriteStyle, first: bool) -> bool:
    """English: a dictionary verb before a person ('maybe *shadow* Priya', 'assist her'),
    or after 'first' before its object ('maybe first *shadow* the planner'), which the
    tagger may call a noun: the step is that act, as a time after a hedged act is
    (:func:`_verb_misread`)."""
    said = [w for w in words if w.is_word]
    if style.word_order == "v2" or len(said) < 2:
        return False
    objects = ("DET", "NUM", "PROPN", "PRON") if first else ("PROPN", "PRON")
    if said[1].pos not in objects:
        return False
    return said[0].pos not in ("DET", "PRON", "ADP") and verb_like(said[0].lower, "en", style)


def _route_infinitive(
    words: list[Word], routes: list[tuple[int, int]], style: RewriteStyle
) -> bool:
    """Dutch: the route of learning is itself the infinitive ('een dag per week *meekijken*
    bij Ahmet', 'af en toe *meelopen* met de planner'), whatever the tagger calls it: the
    phrase is an act, and the step commits to it as written (no 'doen' after it)."""
    if style.word_order != "v2":
        return False
    return any(
        looks_infinitive_nl(w) and any(a <= w.start < b for a, b in routes)
        for w in words
        if w.pos != "VERB"
    )


def _verb_phrase(words: list[Word], style: RewriteStyle, particles: frozenset[str]) -> bool:
    """A bare verb phrase: English opens with its verb ('do a rotation'), Dutch has an
    infinitive ('een half jaar meelopen met ...') or goes along ('met Kees mee naar ...',
    'een dag mee met Henk')."""
    said = [w for w in words if w.is_word]
    if style.word_order != "v2":
        return said[0].pos in ("VERB", "AUX") and said[0].verbform not in ("Ger", "Part")
    if any(looks_infinitive_nl(w) and w.pos in ("VERB", "AUX") for w in said):
        return True
    along = next((n for n, w in enumerate(said) if w.lower in style.companions), None)
    if along is not None and any(w.lower in particles for w in said[along + 1 :]):
        return True
    return going_along(said, style)  # 'een dag mee met Henk' (asked_going.py)


def _sentence(
    aim: list[Word],
    means: str,
    style: RewriteStyle,
    times: Sequence[tuple[int, int]],
    lang: str = "",
    bare: bool = False,
) -> str | None:
    """The means committed with the aim as its purpose ('Ik ga een cursus leidinggeven doen,
    zodat ik ploegleider kan worden.'); None when the aim tells no act to serve. A time the
    aim held ('dit jaar', ``times``) is the step's: it goes with the means ('Ik ga dit jaar
    een cursus ... volgen', 'I will take a course this year'). ``bare``: an aim told as a
    bare act (:func:`bare_act`) serves a step hedged after it in its own sentence ('Leren
    lassen ..., misschien meelopen met ...?') as a wish would."""
    told = unwished(aim, style)
    timed = [w for w in told if any(a <= w.start < b for a, b in times)]
    if timed:
        told = [w for w in told if w not in timed]
        time = join(timed, lead=False)
        means = f"{time} {means}" if style.word_order == "v2" else f"{means} {time}"
    told = [w for w in told if w.text not in SENTENCE_MARKS]
    while told and told[-1].text in (",", ";", ":"):
        told.pop()
    unchanged = told == [w for w in aim if w.text not in SENTENCE_MARKS]
    served = bare and (bare_act(told, style) or _learned_aim(told, style))
    if (not timed and unchanged and not served) or len(told) < 1:
        return None  # no wish of the writer's opened the aim: no act to serve
    hedges = style.one_word_hedges
    told = [w for w in told if w.lower not in hedges]
    if unchanged and told and told[0].lower in style.learning_verbs:  # 'Leren lassen ...'
        told = [replace(told[0], text=told[0].lower, pos="VERB", finite=False), *told[1:]]
    if unchanged and served and style.word_order == "v2":  # 'X leren toepassen', no subject:
        told = [_infinitive(w, style) for w in told]  # 'leren' opens the cluster
    if unchanged and served and style.word_order == "v2" and _initial_capital(told[0], lang):
        pos = "NOUN" if told[0].pos == "PROPN" else told[0].pos  # 'Teamleider worden'
        told = [replace(told[0], text=told[0].lower, pos=pos), *told[1:]]

    purpose = purpose_clause(told, style, lang)
    if purpose is None:
        return None
    step = style.asked_step.format(means=means)
    return closed(capitalise(step) + style.asked_purpose.format(aim=purpose))


def _initial_capital(word: Word, lang: str) -> bool:
    """Does ``word``, first of a bare act ('Teamleider worden'), have its capital only
    from opening the sentence: a dictionary word in lower case, no capital inside it?"""
    text = word.text
    if not lang or not text[:1].isupper() or not text[1:].islower():
        return False
    return known_word(text.lower(), lang)


def _infinitive(word: Word, style: RewriteStyle) -> Word:
    """Dutch: a learning or becoming verb of a bare act ('leren', 'worden'), which the
    tagger may read as finite, as the infinitive it is there; any other word as it is."""
    verbs = {*style.learning_verbs, *style.become_verbs}
    if word.lower not in verbs or not infinitive_ending(word.lower):
        return word
    return replace(word, pos="VERB" if word.pos != "AUX" else "AUX", finite=False, verbform="Inf")


def _second_aim(aim: list[Word], end: int, style: RewriteStyle, lang: str) -> str | None:
    """Dutch: a second aim coordinated right after the first one's verbs, with an
    infinitive of its own ('meer met bestekken doen *en minder nachtdiensten draaien*'), as
    the words of its own purpose clause ('minder nachtdiensten kan draaien'); None when the
    verbs are followed by no coordinator or the words after it hold no infinitive. Moved
    before the first aim's verbs, its words would read as their object."""
    if end >= len(aim) - 1 or aim[end].pos != "CCONJ":
        return None
    rest = aim[end + 1 :]
    if not any(looks_infinitive_nl(w) and w.pos in ("VERB", "AUX") for w in rest):
        return None
    return purpose_clause(rest, style, lang)


def purpose_clause(aim: list[Word], style: RewriteStyle, lang: str = "") -> str | None:
    """The aim as the words of its purpose clause: English as it is ('become team leader'),
    Dutch with the modal before its first infinitive ('ploegleider kan worden'; a 'kunnen'
    of the writer's becomes it: 'zelfstandig storingen kan afhandelen'). A plural noun the
    tagger took for an infinitive before the verb ('sneller *werkbonnen* afronden') is no
    first infinitive: the dictionary (``lang``) knows every verb that opens a cluster."""
    said = [w for w in aim if w.is_word]
    if not said:
        return None
    if style.word_order != "v2":
        if said[0].pos not in ("VERB", "AUX"):
            return None
        text = join(aim, lead=False)
        return text[:1].lower() + text[1:] if not text[1:2].isupper() else text
    stop = _clause_stop(aim, style)
    # 'leren *hoe* de offertes worden opgebouwd': a question right after the verb is its
    # object clause; it stays after the verbs, as a clause after a comma does
    asked = _question_after_verb(aim, stop, style)
    stop = asked
    at = next(
        (
            n
            for n, w in enumerate(aim[:stop])
            if looks_infinitive_nl(w)
            and w.pos in ("VERB", "AUX")
            and not _noun_before_verb(aim, n, stop, lang)
        ),
        None,
    )
    if at is None and stop and aim[stop - 1].lower.endswith("en"):
        at = stop - 1  # after the writer's wish the clause ends on its infinitive, whatever
        # the tagger calls it ('de bestellingen ... *plaatsen*')
    if at is None or not style.asked_aim_modal:
        return None
    modal = aim[at].with_text(style.asked_aim_modal)
    verbs = [modal] if aim[at].lemma == "kunnen" else [modal, aim[at]]
    end = at + 1
    while end < len(aim) and looks_infinitive_nl(aim[end]) and aim[end].pos in ("VERB", "AUX"):
        verbs.append(aim[end])  # 'kunnen afhandelen': the cluster goes on
        end += 1
    verbs, end = _coordinated_infinitives(aim, verbs, end, style)
    second = _second_aim(aim, end, style, lang)
    if second is not None:  # 'meer X doen en minder Y draaien': each its own verbs
        lead = join([*aim[:at], *verbs], lead=False)
        named = aim[0].pos == "PROPN" or aim[0].text.isupper()
        lead = lead if named else lead[:1].lower() + lead[1:]
        return f"{lead} {aim[end].text} {second}"
    stop = _clause_stop(aim, style, end)
    stop = asked if end <= asked < stop else stop
    # the verbs close the clause: words the writer put after them go before them ('...
    # storingen afhandelen als monteur van dienst' -> '... als monteur van dienst kan
    # afhandelen'); a clause after a comma stays after it
    reason = [Word(text=",", lemma=",", pos="PUNCT")] if _reason_opens(aim, stop, style) else []
    told = [*aim[:at], *aim[end:stop], *verbs, *reason, *aim[stop:]]
    text = join(told, lead=False)
    first = told[0]
    return text if first.pos == "PROPN" or first.text.isupper() else text[:1].lower() + text[1:]


def _question_after_verb(aim: list[Word], stop: int, style: RewriteStyle) -> int:
    """Where a question word (the pack's ``question_words``) or 'om' opens the object clause
    of the infinitive right before it ('leren *hoe* ...', 'leren *om* grote zoogdieren te
    prepareren'), before ``stop``; ``stop`` when none does."""
    openers = {*style.question_words, *(c.lower() for c in style.complementizers)}
    return next(
        (k for k in range(1, stop) if aim[k].lower in openers and looks_infinitive_nl(aim[k - 1])),
        stop,
    )


def _noun_before_verb(aim: list[Word], n: int, stop: int, lang: str) -> bool:
    """Is ``aim[n]``, read as an infinitive, a word the dictionary does not know, right
    before another infinitive ('*werkbonnen* afronden')? A verb that opens a cluster
    ('leren plannen', 'kunnen afhandelen') is a known word."""
    if not lang or n + 1 >= stop:
        return False
    after = aim[n + 1]
    if not (looks_infinitive_nl(after) and after.pos in ("VERB", "AUX")):
        return False
    return not known_word(aim[n].lower, lang)


def _clause_stop(aim: list[Word], style: RewriteStyle, start: int = 0) -> int:
    """Where the aim's own clause ends: at a comma, a semicolon or a word that opens a clause
    of its own ('... leren tillen en bukken *want* ik heb vaak pijn'); the verbs moved to
    the end of the purpose clause go before it, the reason stays after it."""
    ends = {c.lower() for c in style.clause_ends if " " not in c}
    return next(
        (
            k
            for k in range(start, len(aim))
            if aim[k].text in (",", ";") or (k > 0 and aim[k].lower in ends)
        ),
        len(aim),
    )


def _reason_opens(aim: list[Word], stop: int, style: RewriteStyle) -> bool:
    """A clause word opens the rest of the aim without a comma before it ('... bukken want
    ik ...'): moved after the verbs, it gets one ('... kan leren tillen en bukken, want ik')."""
    ends = {c.lower() for c in style.clause_ends if " " not in c}
    return stop < len(aim) and aim[stop].lower in ends and aim[stop - 1].text != ","


def _coordinated_infinitives(
    aim: list[Word], verbs: list[Word], end: int, style: RewriteStyle
) -> tuple[list[Word], int]:
    """The verb cluster with the infinitives coordinated after it ('leren tillen *en
    bukken*'): they close the purpose clause together ('kan leren tillen en bukken')."""
    ends = {c.lower() for c in style.clause_ends if " " not in c}

    def closes(k: int) -> bool:  # the infinitive ends the clause
        return k == len(aim) or not aim[k].is_word or aim[k].lower in ends

    def verb_form(word: Word) -> bool:  # whatever the tagger calls it ('knielen', a noun)
        return word.pos in ("VERB", "NOUN") and infinitive_ending(word.lower)

    if (
        end + 2 < len(aim)
        and verb_form(aim[end])
        and aim[end + 1].pos == "CCONJ"
        and aim[end + 1].lower not in ends
        and verb_form(aim[end + 2])
        and closes(end + 3)
    ):  # 'leren *knielen en opstaan*': the pair closes the clause
        return [*verbs, *aim[end : end + 3]], end + 3
    while (
        end + 1 < len(aim)
        and aim[end].pos == "CCONJ"
        and aim[end].lower not in ends
        and looks_infinitive_nl(aim[end + 1])
        and closes(end + 2)
    ):
        verbs = [*verbs, aim[end], aim[end + 1]]
        end += 2
    return verbs, end


def _topics(
    sentences: list[list[Word]],
    asked: list[Word],
    style: RewriteStyle,
    courses: list[tuple[int, int]],
    joiner: str,
) -> str | None:
    """'Gietvloeren. Epoxy. Cursus?': a bare course word asked after topic fragments, as a
    course on them ('een cursus over gietvloeren en epoxy volgen'); None for any other."""
    said = [w for w in asked if w.is_word]
    if len(said) != 1 or not any(said[0].start == a for a, _ in courses):
        return None
    if not sentences or not style.topic_course or not style.asked_course:
        return None
    topics = []
    for sentence in sentences:
        words = [w for w in sentence if w.is_word]
        if not 0 < len(words) <= MAX_TOPIC_WORDS or any(
            w.pos in ("VERB", "AUX") and w.dep == "ROOT" and w.verbform != "Ger" for w in words
        ):
            return None  # a fragment with a verb of its own tells more than a topic
        text = join([w for w in sentence if w.text not in SENTENCE_MARKS], lead=False)
        topics.append(text if words[0].text[1:2].isupper() else text[:1].lower() + text[1:])
    if len(topics) > 1 and not joiner:
        return None
    joined = topics[0] if len(topics) == 1 else ", ".join(topics[:-1]) + f" {joiner} {topics[-1]}"
    course = style.topic_course.format(course=said[0].lower, topic=joined)
    return style.asked_course.format(thing=course)


def _option(sentence: list[Word], style: RewriteStyle) -> str | None:
    """A second means offered after the asked one ('Of een paar weken meelopen met de chef?',
    'Or a placement?'), kept as an option remark ('Een andere mogelijkheid: een paar weken
    meelopen met de chef.'): the first is the step committed, the writer may still choose
    this one; None when ``sentence`` opens with no alternative."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    if len(said) < 2 or not style.option_remark or said[0].lower not in style.alternative_openers:
        return None
    hedges = style.one_word_hedges
    rest = said[1:]
    rest = rest[1:] if rest[0].lower in hedges and len(rest) > 1 else rest
    text = join(rest, lead=False)
    text = text if rest[0].pos == "PROPN" or text[1:2].isupper() else text[:1].lower() + text[1:]
    return closed(style.option_remark.format(option=text))


def _kept(sentences: list[list[Word]], start: int, style: RewriteStyle) -> tuple[str, ...] | None:
    """The sentences after the means, kept as written: only short notes ('Weet niet of dat
    kan.', 'to discuss with my manager'); None when a longer one may be a goal of its own.
    A note that only says the writer has not decided ('Moet er nog over nadenken.') goes:
    the committed step decides it."""
    kept = []
    for sentence in sentences[start:]:
        if len([w for w in sentence if w.is_word]) > MAX_TAIL_WORDS:
            return None
        if not _undecided(sentence, style):
            kept.append(_written(sentence))
    return tuple(kept)


def _undecided(sentence: list[Word], style: RewriteStyle) -> bool:
    """Does ``sentence`` only say the writer has not decided yet (the pack's
    ``undecided_remarks``: 'Moet er nog over nadenken.', 'Need to think about it.')?"""
    text = f" {' '.join(w.lower for w in sentence if w.is_word)} "
    return any(f" {remark} " in text for remark in style.undecided_remarks)


def _observed(sentence: list[Word], style: RewriteStyle) -> bool:
    """Is ``sentence`` another person's observation of the writer ('My manager thinks I am
    not visible enough ...'; voices/opinions.py)? Nothing of it is the writer's to serve."""
    from smartcheck.fixing.rewrite.voices.opinions import observation  # voices reads seams

    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    return observation(said, style)


def _alone(
    before: list[list[Word]], means: str, kept: tuple[str, ...], style: RewriteStyle
) -> AskedMeans:
    """The means asked after sentences that tell what another sees and the writer's doubt
    ('Mijn teamleider vindt dat ik te weinig zichtbaar ben ... Ik weet niet goed hoe ...
    Misschien eens per kwartaal langsgaan bij ...?'): no wish of the writer's to serve, so
    the step is committed on its own after them, the sentences kept as written."""
    step = closed(capitalise(style.asked_step.format(means=means)))
    return AskedMeans(step, tuple(_written(s) for s in before), kept)


def _written(sentence: list[Word]) -> str:
    return closed(capitalise(join(sentence)))
