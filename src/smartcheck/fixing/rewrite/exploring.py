"""A wish to try a job or a place: a step told with a hedge, and its purpose of finding out.

"Een dag meelopen op de SEH om te kijken of dat iets voor mij is", "shadow a planner for a
week to see if that job suits me": the act (meelopen, shadow, meedraaien, a rotation) is
the commitment; "kijken of" / "see if" is no hedge on it but what the act explores. The
judge reads the words as a hedge (A001), so the rewrite tells the same purpose without
one ("om te ontdekken of", "to find out whether"; the pack's ``explored_purposes``) and
the goal is read again with it. Only a purpose after a firm act: "ik ga kijken of ..." (no
"om") and "I'd like to see if I can ..." (the wish's own complement) stay hedges.

The step itself comes hedged too, often without its subject: "Maybe shadow the planner",
"maybe try teaching windsurfing", "Perhaps take a course first?". A hedge before a bare
verb opens the writer's own step (a question only asks whether to take it): committed,
the writer states it ("I will take a course first."); and trying an act out ("try
teaching") is doing it, committed ("teach"). A hedged question of a thing without a verb
("Misschien een rotatie bij de klant in Taiwan?", "Maybe a secondment to the Leeds
depot?") asks whether to want it: told as the writer's wish ("Ik wil een rotatie ...";
the pack's ``rewrite.thing_wish``), rewritten as any wish of a thing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.compiled import compiled
from smartcheck.fixing.rewrite.later_aims import later_aim
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.tried_things import bare_thing, tried_out, tried_thing
from smartcheck.fixing.rewrite.words import Word, capitalise, gerund_bases, words_of
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

_VERBS = frozenset({"VERB", "AUX"})
_CLAUSE_END = re.compile(r"[,.;:!?]")


def explored_spans(text: str, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where ``text`` asks what an act explores, from the purpose's words ('to find out
    whether', 'om te kijken of') to its clause's end: a comparative there ('whether that
    job suits me better') is part of the question, no change the goal must measure."""
    phrases = {*style.explored_purposes, *style.explored_purposes.values()}
    spans = []
    for phrase in phrases:
        for found in compiled(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE).finditer(text):
            stop = _CLAUSE_END.search(text, found.end())
            spans.append((found.start(), stop.start() if stop else len(text)))
    return spans


def explored_purpose(goal: Goal, style: RewriteStyle) -> str | None:
    """``goal``'s text with its purpose of finding out told without the hedge, or None
    when it has none after a firm act (the longest phrase of the pack wins)."""
    text = goal.text
    told_words = words_of(goal)
    words = [w for w in told_words if w.is_word]
    for phrase in sorted(style.explored_purposes, key=len, reverse=True):
        pattern = rf"(?<!\w){re.escape(phrase)}(?!\w)"
        for found in re.finditer(pattern, text, flags=re.IGNORECASE):
            before = [w for w in words if 0 <= w.end <= found.start()]
            if not before:
                continue  # opening the text
            # a wish's complement ('I'd like to see if'): its verb right before the phrase;
            # a verb before a comma ends a clause of its own ('met een teler die al met een
            # robot steekt, om te kijken of ...': a relative clause, the act before it)
            last = [w for w in told_words if 0 <= w.end <= found.start()][-1]
            if last.pos in _VERBS:
                continue
            if not any(w.pos in _VERBS for w in before):
                continue  # no act before it whose purpose it is
            told = style.explored_purposes[phrase]
            return text[: found.start()] + told + text[found.end() :]
    return asked_future(goal, style) or later_aim(goal, style)


def asked_future(goal: Goal, style: RewriteStyle) -> str | None:
    """``goal``'s text with a wish about the future asked after a firm step ('Een dag
    meelopen met de inkoper, misschien kan ik later doorgroeien?', '..., maybe I can move
    into buying later?') told as what the step finds out ('..., om te ontdekken of ik later
    kan doorgroeien.'; the pack's ``asked_future``): the hedge, the question and the asking
    modal go, the wish stays in the writer's words. None when there is no such clause: no
    step before it, a thing in it ('misschien kan ik een cursus doen': a means,
    asked_means.py), or more than a short note after it."""
    if not style.asked_future:
        return None
    words = words_of(goal)
    hedges = style.one_word_hedges
    subjects = {s.lower() for s in style.subjects}
    for n, w in enumerate(words[:-3]):
        if w.text != "," or words[n + 1].lower not in hedges:
            continue
        before = [v for v in words[:n] if v.is_word]
        if not any(v.pos in _VERBS for v in before) or any(
            v.text in SENTENCE_MARKS for v in words[:n]
        ):
            continue  # no step before it in its sentence
        pair = {words[n + 2].lower, words[n + 3].lower}
        if not (pair & subjects and pair & style.asked_modals):
            continue
        end = next(
            (k for k in range(n + 4, len(words)) if words[k].text in SENTENCE_MARKS), len(words)
        )
        rest = words[n + 4 : end]
        if not rest or any(v.pos == "DET" or v.lower in subjects for v in rest):
            return None  # a thing asked: a means, not a wish about the future
        clause = _modal_before_verb(rest, style)
        if clause is None:
            return None
        text = goal.text
        stop = words[end].end if end < len(words) else len(text)
        told = f", {style.asked_future.format(clause=clause)}."
        return text[: w.start] + told + text[stop:]
    return None


def _modal_before_verb(rest: list[Word], style: RewriteStyle) -> str | None:
    """The asked clause's words for the frame: English as written ('move into buying
    later'), Dutch with the modal before its closing infinitive ('later *kan* doorgroeien')."""
    said = " ".join(v.text for v in rest)
    if style.word_order != "v2":
        return said
    last = rest[-1]
    if not style.asked_aim_modal or not last.lower.endswith("en"):
        return None
    return " ".join([*(v.text for v in rest[:-1]), style.asked_aim_modal, last.text])


def committed_trial(goal: Goal, style: RewriteStyle, asked: bool = False) -> str | None:
    """``goal``'s text with each hedged step told without its subject ('Maybe shadow the
    planner', 'maybe try teaching windsurfing', 'Perhaps take a course first?') told as the
    writer's commitment ('I will shadow the planner', 'I will teach windsurfing', 'I will
    take a course first.'), and an act tried ('I'll try teaching', the pack's
    ``tried_acts`` before a gerund) as the act itself; None when there is neither.
    ``asked``: the step that opens the text asked without a hedge counts too ('Learn X?',
    'Een cursus X volgen?': a question whether to take it, as a hedge asks)."""
    words = words_of(goal)
    hedges = style.one_word_hedges
    subject = f"{style.default_subject} {style.subjects[style.default_subject.lower()]}"
    edits: list[tuple[int, int, str]] = []
    n = 0
    while n < len(words):
        opening = n == 0 or words[n - 1].text in SENTENCE_MARKS
        k = n
        while opening and k < len(words) and words[k].lower in hedges:
            k += 1
        if not opening and words[k].lower in hedges:
            n += 1
            continue  # a hedge inside the sentence: the trial after it decides (below)
        if n == 0 and k > n and style.thing_wish and _asked_thing(words, k):
            # 'Misschien een stage bij inkoop?': the thing the writer wants (opening the text;
            # one asked after the goal is its means, means.py)
            edits.append((words[n].start, words[k].start, f"{capitalise(style.thing_wish)} "))
            edits += _asked(words, k)
            n = k + 1
            continue
        questioned = asked and n == 0 and k == n and _asked_sentence(words, n, style)
        if opening and (k > n or questioned) and style.word_order == "v2":
            last = _infinitive_end(words, k)  # 'Misschien een cursus X volgen', '... volgen?'
            if last is not None:
                edits.append((words[n].start, words[k].start, f"{capitalise(subject)} "))
                if questioned and words[k].pos != "PROPN":  # 'Een cursus': 'Ik ga een cursus'
                    edits.append((words[k].start, words[k].end, words[k].lower))
                edits += _asked(words, last)
                if tried_thing(words[k : last + 1], last - k, style):  # '... steno proberen'
                    edits.append((words[last].start, words[last].end, style.tried_thing_verb))
            n = k + 1
            continue
        tried = _tried_at(words, k, style)
        verb = words[k + tried] if k + tried < len(words) else None
        base = _base(verb, bool(tried), goal.lang) if verb is not None else None
        thing = bare_thing(words, k + tried, style) if tried and base is None else 0
        if thing:  # 'maybe try stenography again': the activity, taken up
            verb = words[k + tried + thing - 1]
            named = " ".join(w.text for w in words[k + tried : k + tried + thing])
            base = f"{style.tried_thing_verb} {named}"
        elif tried and base is None and tried_out(words, k + tried, style):
            verb, base = words[k + tried - 1], style.tried_out_verb  # 'try the X course'
        if verb is None or base is None or not (tried or k > n or questioned):
            n += 1
            continue
        if opening:  # no subject: the writer's commitment opens the step
            told = base.lower() if questioned and verb.pos != "PROPN" else base  # 'Learn X?'
            edits.append((words[n].start, verb.end, f"{subject} {told}"))
            edits += _asked(words, k)
        else:  # 'I'll maybe try teaching': the hedges before the trial go with it
            first = k
            while first > 0 and words[first - 1].lower in hedges:
                first -= 1
            edits.append((words[first].start, verb.end, base))
        n = k + tried + 1
    if not edits:
        return None
    text = goal.text
    for start, end, told in sorted(edits, reverse=True):
        text = text[:start] + told + text[end:]
    return text


_CLAUSE_ENDS = frozenset({",", ";", ":", *SENTENCE_MARKS})


def opens_asked(goal: Goal, style: RewriteStyle) -> bool:
    """Does ``goal`` open with a sentence that asks whether to take a step ('Try X?
    Heard ...'): see :func:`_asked_sentence`."""
    return _asked_sentence(words_of(goal), 0, style)


def _asked_sentence(words: list[Word], at: int, style: RewriteStyle) -> bool:
    """Does the sentence from ``at`` end in a question mark ('Learn X?'), with no hedge in
    it and no question word after it ('Learn X, maybe with a course?', 'jongeren bereiken??
    (hoe)': a means or the how is asked, not whether to take the step; voices/questions.py
    reads them)?"""
    end = next((n for n in range(at, len(words)) if words[n].text in SENTENCE_MARKS), None)
    if end is None or words[end].text != "?":
        return False
    asked = {q.lower() for q in style.question_words}
    if any(w.lower in style.one_word_hedges for w in words[at:end]):
        return False  # '..., maybe with a course from X?': a means asked (voices/questions.py)
    subjects = {s.lower() for s in style.subjects}
    if any(w.lower in subjects for w in words[at:end]):
        return False  # 'Get fitter - or could I join a club?': the writer's own question
    if sum(w.text == "?" for w in words) > 1:
        return False  # '- Excel leren? - meelopen met X?': a list of questions stays one
    return not any(w.lower in asked for w in words[end + 1 :])


def _asked(words: list[Word], at: int) -> list[tuple[int, int, str]]:
    """The edit that tells a step asked ('Maybe take a course first?') as a step: its
    sentence's question mark a full stop."""
    end = next((w for w in words[at:] if w.text in SENTENCE_MARKS), None)
    return [(end.start, end.end, ".")] if end is not None and end.text == "?" else []


#: Tags that open a noun phrase ('een rotatie', 'a secondment', 'two weeks at ...').
_THING_OPENERS = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ"})


def _asked_thing(words: list[Word], at: int) -> bool:
    """Does a question of a thing without a verb start at ``at`` ('een rotatie van een paar
    maanden bij de klant?', 'a secondment to the Leeds depot?'): a noun phrase up to a
    question mark, no verb in it? The writer asks whether to want it: a wish, told."""
    end = next((i for i in range(at, len(words)) if words[i].text in SENTENCE_MARKS), None)
    if end is None or words[end].text != "?" or end - at < 2:
        return False
    said = words[at:end]
    if said[0].pos not in _THING_OPENERS or not any(w.pos in ("NOUN", "PROPN") for w in said):
        return False
    return not any(w.pos in _VERBS and w.verbform not in ("Ger", "Part") for w in said)


def _infinitive_end(words: list[Word], at: int) -> int | None:
    """The index of the infinitive that closes a verb-final step without its subject
    ('een cursus houtdrogen *volgen*,'), from ``at`` to the clause's end; None when the
    clause has a finite verb or ends in no infinitive."""
    end = next((i for i in range(at, len(words)) if words[i].text in _CLAUSE_ENDS), len(words))
    clause = words[at:end]
    # a finite verb has a lemma of its own ('volgt' -> 'volgen'); a noun the tagger took for
    # one ('de cursus heftruck volgen') is its own lemma
    if not clause or any(w.finite and w.lemma != w.lower for w in clause):
        return None
    last = clause[-1]
    return end - 1 if last.pos in _VERBS and last.verbform == "Inf" else None


def _tried_at(words: list[Word], at: int, style: RewriteStyle) -> int:
    """How many words of a phrase of trying out (``tried_acts``) stand at ``at`` (0: none)."""
    for phrase in sorted(style.tried_acts, key=len, reverse=True):
        parts = phrase.lower().split()
        if [w.lower for w in words[at : at + len(parts)]] == parts:
            return len(parts)
    return 0


def _base(verb: Word, tried: bool, lang: str) -> str | None:
    """The bare verb the step commits to: the gerund's base after a phrase of trying out
    ('teaching' -> 'teach'), else a bare verb as written; None for any other word."""
    if verb.pos != "VERB" or verb.start < 0:
        return None
    if tried:
        bases = gerund_bases(verb.lower)
        if verb.lemma in bases:
            return verb.lemma
        return next((b for b in bases if known_word(b, lang)), None)
    if verb.verbform != "Inf" and verb.lower != verb.lemma:
        return None  # 'Maybe shadows ...': no bare verb (an imperative may be read as finite)
    return verb.text
