"""Someone else's aim, then the writer's own step: the step is the goal, the aim its reason.

Writers often tell first what others want or what must happen, and only then what they will
do themselves: "Management wants me to lead the audits. Hopefully I can do my first one before
the summer.", "Er moet meer omzet uit de winkel komen, dus ik moet klanten vaker ...". The
first part fails A on its own (someone else's wish, an obligation with no owner: JUDGING A),
the second is the part the writer controls. Committing to the aim ("I will make sure that
...") or to the whole text keeps the imposition; the reference asks for the writer's own
controllable part as the goal.

Here the text is cut where the writer's step begins (a new sentence, or a comma and one of
the pack's ``aim_joiners``: "dus", "so"); the step is rewritten as a goal of its own by the
checker, and the aim goes after it as what the step serves, in the writer's words: another
person's wish as the writer's purpose with its credit ("..., so that I can lead the audits,
as management wants"; the voice readers, voices/), an obligation with no owner as the result
the step brings about ("..., zodat er meer omzet uit de winkel komt"; the own part the aim's
own rewrite found, own.py). A step without its subject ("dus elke week ... inplannen") gets
the writer's wish in front (``aim_step_wish``) and is committed like any wish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.others_aims import pointer_spans, without_purpose_pointer
from smartcheck.fixing.rewrite.stops import sentences
from smartcheck.fixing.rewrite.words import capitalise, infinitive_ending

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.voices.clause import Voice
    from smartcheck.reading.goal import Goal

#: Fewest words the writer's step needs to be a goal of its own ('Ik ook.' is none).
_STEP_WORDS = 3
#: How far into the step the writer's subject may stand ('Hopefully I can ...', 'Dus
#: elke week ga ik ...' is told with its own subject).
_SUBJECT_WITHIN = 4
#: Fewest words of the aim ('Er moet meer omzet komen').
_AIM_WORDS = 3


@dataclass(frozen=True)
class AimAndStep:
    """A text cut into someone else's aim and the writer's own step, each a sentence."""

    aim: str
    step: str
    between: str = ""  # a sentence between them, kept as written when it is no goal
    written: str = ""  # the step as the writer put it, before any wish was put in front
    after: str = ""  # a sentence after a step joined to the aim: its time, or a remark
    reason: bool = False  # ``between`` told before the joiner: the reason for the step


def aim_and_step(text: str, style: RewriteStyle) -> AimAndStep | None:
    """The aim and the step of ``text``, or None when it is not cut in two that way: two
    sentences, or one whose second clause opens with an ``aim_joiners`` word after a comma,
    or three whose middle one, without the writer as its subject, the checker keeps as
    written (``between``: a remark, context), or two whose second tells such a remark
    before the joiner ('Ik weet daar weinig van, dus ik wil ...': the remark is ``between``,
    the checker's to judge no goal).
    Which part is whose is the checker's to judge (the aim must fail A on its own)."""
    told = sentences(text, style.abbreviations)
    between = after = ""
    reason = False
    if len(told) == 3:  # 'X wants Y. That's new for me. I'll try to Z.'
        aim, between, step = told
        said = {w.lower().strip(".,!?;:") for w in between.split()}
        if said & (set(style.subjects) | _contracted(style)):
            return None  # the writer's own sentence in the middle ('I like it.'): a goal too
    elif len(told) == 2:
        aim, step = told
        cut = _joined_at(told[0], style)  # 'X wants Y, so I need Z. Not my thing.'
        told_after = _joined_at(told[1], style)  # 'X wants Y. I don't know Y, so I want Z.'
        if cut is not None and _step_sentence(cut[1], style) is not None:
            (aim, step), after = cut, told[1]
        elif told_after is not None and _step_sentence(told_after[1], style) is not None:
            between, step = told_after[0].strip() + ".", told_after[1]
            reason = True
    elif len(told) == 1:
        cut = _joined_at(told[0], style)
        if cut is None:
            return None
        aim, step = cut
    else:
        return None
    own = _step_sentence(step, style)
    if own is None or _words(aim) < _AIM_WORDS:
        return None
    return AimAndStep(_sentence(aim), own, between.strip(), _sentence(step), after.strip(), reason)


def tells_situation(sentence: Goal, style: RewriteStyle) -> bool:
    """Does the writer's sentence before the step's joiner only tell how things are ('Ik
    weet daar weinig van', 'I have never used the booking system'): no modal, no wish, no
    time? Told as the reason for the step ('..., dus ik wil ...'), it is no goal."""
    doc = sentence.doc
    if doc is None or sentence.deadlines:
        return False
    wishing = set(style.modals) | set(style.wish_modals)
    writer = set(style.subjects) | _contracted(style)
    said = {t.lower_ for t in doc}
    wants = {t.lemma_.lower() for t in doc} & {w.lower() for w in style.wanting_verbs}
    return bool(said & writer) and not said & wishing and not wants


def _joined_at(sentence: str, style: RewriteStyle) -> tuple[str, str] | None:
    """The sentence cut at its first ', <aim joiner>' ('..., dus ik moet ...'), the joiner
    left out; None without one."""
    found = _joiner(sentence, style)
    if found is None:
        return None
    return sentence[: found[0]], sentence[found[1] :]


def _joiner(text: str, style: RewriteStyle) -> tuple[int, int] | None:
    """Where the first ', <aim joiner>' of ``text`` stands, or None."""
    joiners = sorted(style.aim_joiners, key=len, reverse=True)
    if not joiners:
        return None
    pattern = "|".join(re.escape(j) for j in joiners)
    found = re.search(rf",\s*(?:{pattern})\b\s*,?\s*", text, flags=re.IGNORECASE)
    return found.span() if found is not None else None


def joiner_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The joiner a rewrite with the aim after the step leaves out ('dus', 'so'), and a
    pointer after it that names the aim as the step's purpose ('daarvoor'): the aim follows
    as the step's purpose, whose own frame takes their place. The joiner stands in the
    text's first sentence, of one or (with a sentence after the step) two, or in the second
    after a remark ('Ik weet daar weinig van, dus ik wil ...')."""
    told = sentences(goal.text, style.abbreviations)
    if len(told) > 2:
        return []
    for sentence in told:  # the first sentence's, or the second's after a remark
        first = goal.text.find(sentence)
        found = _joiner(sentence, style) if first >= 0 else None
        if found is None or (
            len(told) == 2 and _step_sentence(sentence[found[1] :], style) is None
        ):
            continue
        start, end = first + found[0], first + found[1]
        return [(start, end), *pointer_spans(goal.text, end, style)]
    return []


def _step_sentence(step: str, style: RewriteStyle) -> str | None:
    """The writer's step as a sentence of its own; a step without a subject ('elke week
    ... inplannen', 'set up a report') gets the writer's wish in front. None when it is too
    short to be a goal."""
    step = without_purpose_pointer(step.strip(), style).strip().rstrip(" .!")
    if _words(step) < _STEP_WORDS:
        return None
    told = step.split()
    if _points_back(told, style):
        return None  # 'Daar ga ik aan werken', "That's my goal": the aim is the goal
    if len(told) > 1 and told[1].lower() in style.subjects and style.word_order == "v2":
        told[:2] = [told[1], told[0]]  # 'dus moet ik ...': the subject back in front
        step = " ".join(told)
    opening = {w.lower().strip(",") for w in told[:_SUBJECT_WITHIN]}  # 'Hopefully I can'
    writer = set(style.subjects) | _contracted(style)
    if not opening & writer and not _fronted_subject(told, writer):
        if not _bare_verb_phrase(told, style):
            return None  # 'Hopelijk lukt de cursus': someone else's subject, no step
        step = style.aim_step_wish.format(step=step[0].lower() + step[1:])
    return _sentence(step)


def _fronted_subject(words: list[str], writer: set[str]) -> bool:
    """Does the writer's subject stand in the step's first clause after a phrase put in
    front ('Voor het einde van mijn proeftijd heb ik ...', 'By the end of the month I'll
    ...')? The phrase holds no comma: a comma ends the first clause."""
    for word in words:
        if word.lower().strip(",.") in writer:
            return True
        if word.endswith((",", ";", ":")):
            return False
    return False


def _points_back(words: list[str], style: RewriteStyle) -> bool:
    """Does the step point back at the aim ('daar', 'dat', 'it', "that's"; the pack's
    ``back_references``, and pronoun adverbs such as 'daaraan', 'hiervoor')? Then it holds no
    step of its own: it says the writer takes the aim on, which the voices read whole. A
    reference after a ``step_joiners`` word names the step's own object ('learn
    thermoforming and get faster at it'): the step's first act is its own."""
    # 'daar', 'hier' open 'daaraan', 'hiervoor'; not 'er' ('eerst') nor 'waar' ('waarom')
    adverbs = tuple(a for a in style.pronoun_adverbs if a in style.back_references)
    for n, word in enumerate(words):
        bare = re.split(r"['\u2019]", word.lower().strip(".,!?;:"))[0]
        if n and bare in style.step_joiners:
            return False  # a second act of the step's own
        if n and words[n - 1].lower() in style.question_words:
            continue  # 'learn how that works': the aim's object, read by others_aims.py
        if bare in style.back_references or (adverbs and bare.startswith(adverbs)):
            return True
    return False


def _bare_verb_phrase(words: list[str], style: RewriteStyle) -> bool:
    """Is a step without a subject told as a verb phrase ('elke week ... inplannen', 'set
    up a report')? Dutch holds its infinitive after the first word; English opens it with
    its verb, no article, preposition or -ly adverb ('Hopefully the course ...'); neither
    opens with a hedge ('Hopelijk lukt de cursus')."""
    first = words[0].lower()
    if first in style.drop_hedges:
        return False  # 'Hopelijk lukt ...': the hedge opens someone else's clause
    if style.word_order == "v2":  # its infinitive last, or before a phrase ('met Joyce')
        return any(infinitive_ending(w.lower().strip(".,!")) for w in words[1:])
    return not (first.endswith("ly") or first in style.determiners or first in style.prepositions)


def others_clause(written: Goal, style: RewriteStyle) -> bool:
    """Is the step as written a clause of someone else's ('In het voorjaar bleven er
    bestellingen liggen', 'The scanner broke down twice'): a finite verb of its own and
    not the writer as a subject? Then it tells the situation; a step without the writer is
    only a verb phrase ('elke week ... inplannen'), whose verb is no finite one."""
    doc = written.doc
    if doc is None:
        return False
    writer = set(style.subjects) | _contracted(style)
    if any(t.lower_ in writer for t in doc):
        return False
    return any("Fin" in t.morph.get("VerbForm", []) for t in doc)


def _contracted(style: RewriteStyle) -> set[str]:
    """The writer's subject with a clitic ("I'll", "I've", "I'm")."""
    return {f"{s}'{tail}" for s in style.subjects for tail in ("ll", "ve", "m", "d")} | {
        f"{s}\u2019{tail}" for s in style.subjects for tail in ("ll", "ve", "m", "d")
    }


def voiced_aim(voice: Voice, style: RewriteStyle) -> tuple[str, ...]:
    """Another person's wish for the writer as the step's purpose, credited: 'I will lead
    the audits.' + 'as management wants' -> 'so that I can lead the audits, as management
    wants' (and, where the language's clause allows it without the modal, 'so that I lead
    the audits, ...': a small tagger may take the verb after 'can' for a noun); nothing when
    the wish is not told as the writer's committed clause."""
    frame = style.frames.aim_purpose
    if frame is None or not voice.credit:
        return ()
    words = voice.inner.rstrip(" .").split()
    subject = style.default_subject.lower()
    lead = [w.lower() for w in words[:2]]
    able = lead == [subject, style.aim_modal]  # 'Ik kan ... lossen': the modal kept
    if len(words) < 3 or (lead != [subject, style.subjects.get(subject, "")] and not able):
        return ()
    rest = words[2:]
    if style.word_order == "v2":  # 'meer omzet draaien' -> 'meer omzet kan draaien'
        if not infinitive_ending(rest[-1].lower()):
            return ()  # a phrase after the verbs ('worden in het contact met ...'): not here
        clauses = [[*rest[:-1], style.aim_modal, rest[-1]]]
    elif able:  # 'I can unload the trucks': 'so that I can unload the trucks'
        clauses = [[style.aim_modal, *rest]]
    else:
        said = next(  # 'be able to unload': 'so that I am able to unload', no 'can be able'
            (p for p in style.aim_modal_paraphrases if _opens(rest, p.split())), None
        )
        if said is not None:
            told = style.aim_modal_paraphrases[said].split()
            clauses = [[*told, *rest[len(said.split()) :]]]
        else:
            clauses = [[style.aim_modal, *rest], rest]
    return tuple(f"{frame.format(clause=' '.join(c))}, {voice.credit}" for c in clauses)


def _opens(words: list[str], phrase: list[str]) -> bool:
    """Do ``words`` open with ``phrase`` (case aside) and go on after it?"""
    size = len(phrase)
    return len(words) > size and [w.lower() for w in words[:size]] == [p.lower() for p in phrase]


def owned_aim(rewrite: str, style: RewriteStyle) -> str | None:
    """An obligation with no owner as the result the step brings about, from the aim's own
    rewrite ('Vóór [datum] zorg ik ervoor dat er meer omzet komt, ...' -> 'zodat er meer
    omzet komt'); None when that rewrite does not take the writer's own part."""
    own, result = style.frames.own_part, style.frames.for_others
    if own is None or result is None or "{clause}" not in own:
        return None
    tail = own.split("{clause}")[0].split()[-2:]  # 'ervoor dat', 'sure that'
    found = re.search(rf"\b{re.escape(' '.join(tail))}\s+([^,.;]+)", rewrite)
    if found is None:
        return None
    clause = found.group(1).strip()
    if any(p in clause for p in style.placeholders.model_dump().values()):
        return None
    return result.format(clause=clause)


def aim_served(candidate: str, goal: Goal, style: RewriteStyle, duty: bool = False) -> bool:
    """Does ``candidate`` put the goal's aim after its step as what the step serves ('...,
    zodat er meer omzet komt')? Then the aim's duty ('Er moet meer omzet komen') became the
    result the writer's own step brings about, and its modal may go, as in the own part.
    ``duty``: the goal is only that duty ('Er moet beter gecommuniceerd worden'), whose
    own part became the aim of a concrete step (own_purpose.py)."""
    result = style.frames.for_others
    if result is None or (not duty and aim_and_step(goal.text, style) is None):
        return False
    opening = result.split("{clause}")[0].strip().lower()
    return bool(opening) and f", {opening} " in candidate.lower()


def with_aim(rewrite: str, aim: str) -> str:
    """The step's rewrite with the aim after it as what it serves."""
    return f"{rewrite.rstrip(' .')}, {aim}."


def _sentence(text: str) -> str:
    text = text.strip()
    return capitalise(text if text.endswith((".", "!", "?")) else f"{text}.")


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))
