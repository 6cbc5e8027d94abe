"""A goal followed by a sentence that gives the writer's means or plan to reach it.

"I want to become a better mentor for our apprentices. Plan: sit in on Ella's Monday
sessions and use her checklist with my own group.", "Sneller offertes maken. Hiervoor ga ik
een vast sjabloon maken in Excel.", "Get better at route planning. I'll shadow the planner on
Mondays.": the first sentence names where the writer wants to go, the later one how. The
frames read such a text as one clause and find no place for the second sentence, so it got
the structured fallback (or a rewrite with the plan after a colon, asking for a behaviour the
writer already named).

What a coach writes: the means is the concrete behaviour of the rewrite and the direction its
purpose. The goal sentence is rewritten on its own (the checker judges it as a goal); where
its rewrite asks for the behaviour (``[concreet gedrag]``), the means fills it in
(``with_means``): "By [date], I will sit in on Ella's Monday sessions ..., in
order to become a better mentor for our apprentices." A sentence of means opens with a label
(the pack's ``means_labels``: "Plan:", "Aanpak:"), with words that point back to the goal
(``means_openers``: "Hiervoor", "To do this"), or with the writer's commitment ("I'll ...",
"Ik ga ..."; ``means_commitments``). The means is told as a bare verb phrase: the opener,
the writer and the modal go; a hedge in it goes the way hedges go ("misschien", "maybe"), and
a trial promised ("try her approach") becomes its use (``trial_verbs``). Sentences between
the goal and its means (examples, "Salades, ovenschotels, ...") and the sentences of context
(the reading stage's ``goal.syntax.context``) stay as written, in the writer's order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.added_tails import marked_added
from smartcheck.fixing.rewrite.asked_times import time_at
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.wordclass import verb_like
from smartcheck.fixing.rewrite.words import (
    Word,
    abbreviation_stop,
    capitalise,
    closed,
    join,
    looks_infinitive_nl,
    lowers_inside,
    words_of,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal
    from smartcheck.reading.timex.model import TimeExpression

#: Fewest words of the means: a verb and what it acts on.
MIN_MEANS_WORDS = 2
#: Most words of the means: a plan, no paragraph.
MAX_MEANS_WORDS = 30


@dataclass(frozen=True)
class Meant:
    """A goal text cut into the goal, the writer's means and the sentences kept as written."""

    goal: str
    means: str  # a bare verb phrase: what the writer will do
    before: tuple[str, ...] = ()  # sentences kept before the rewritten goal
    after: tuple[str, ...] = ()  # sentences kept after it
    #: The writer's words the rewrite leaves out on purpose, as character spans of the goal
    #: text: the label or opener ('Plan:', 'Hiervoor'), the writer and modal ('wil ik',
    #: "I'll"), the wish that opened the goal ('Ik wil graag'), a hedge, a trial verb.
    dropped: tuple[tuple[int, int], ...] = ()
    #: A means guessed as a thing, not an act ('Misschien een gesprek met een coach.'): the
    #: behaviour asked for is done with its help (the pack's ``frames.means``).
    aid: str = ""
    #: The writer's role that opened an English goal ('As a signaller'): it leads the
    #: rewrite, as the frames keep a role in front ('As a signaller, by [date], I will ...').
    role: str = ""
    #: The guessed thing told with its own preposition ('Misschien *met wat hulp van* een
    #: collega', 'Maybe *through* a short course'): a phrase of means as written, which the
    #: frame's 'met hulp van' would double; it stands after the behaviour unframed.
    aid_told: bool = False


def meant(goal: Goal, style: RewriteStyle, roles: frozenset[str] = frozenset()) -> Meant | None:
    """The goal and the means told in a later sentence, or None when no sentence after the
    goal tells a means, or the text holds more than one goal and its means. ``roles``: the
    words that open the writer's role ('als', 'as'; the pack's ``predicative_markers``)."""
    sentences = _sentences(words_of(goal), style)
    if len(sentences) < 2:
        return None
    context = [_is_context(s, goal) for s in sentences]
    at = next((n for n, ok in enumerate(context) if not ok), None)
    if at is None:
        return None
    found = None
    times = [(d.start, d.end) for d in goal.deadlines]
    for n in range(at + 1, len(sentences)):
        if context[n]:
            continue
        if time_at(sentences[n], times, style) is not None:
            return None  # 'Misschien kan dat in het najaar?': a time, no means (asked_times.py)
        means = _means(sentences[n], style)
        if means is not None:
            found = (n, means)
            break
    if found is None:
        return None
    n, means = found
    aid = ""
    if means and not means[0].text:  # a thing guessed, no act: 'met hulp van ...'
        means = means[1:]
        if means and means[0].lower in style.pointing_objects:
            return None  # 'Misschien kan *dat* bij dossier X': the goal pointed back to, and
            # where it may happen, no means
        aid = join(means, lead=False).rstrip(" ,;:")
    told_aid = bool(means) and _told_with_preposition(means, style)
    if any(not context[k] for k in range(n + 1, len(sentences))):
        return None  # a goal or a plan after the means: not one goal and its way
    later = [sentences[k][0].lower for k in range(n + 1, len(sentences)) if sentences[k]]
    if any(word in style.alternative_openers for word in later):
        return None  # 'Of een paar weken meelopen ...': a second means offered (asked_means)
    said, situation = _without_context(sentences[at], goal)
    told = _unwished(said, style, roles)
    role = ""
    if style.word_order != "v2" and told and told[0].lower in roles:  # 'As a signaller'
        front = next((k for k, w in enumerate(told) if w.pos in ("VERB", "AUX")), 0)
        role, told = join(told[:front]).rstrip(" ,"), told[front:]
    if len([w for w in told if w.is_word]) < 2:
        return None
    goal_text = capitalise(join(told).rstrip(" ,;:"))
    before = tuple(_as_written(sentences[k]) for k in range(at))
    after = tuple(_as_written(sentences[k]) for k in range(at + 1, len(sentences)) if k != n)
    after = (*situation, *after)  # '..., ik ben nu vooral mechanisch': a sentence after it
    kept = [*told, *(w for w in sentences[at] if w not in said)]
    dropped = _left_out(sentences[at], kept, goal.text) + _left_out(sentences[n], means, goal.text)
    text = "" if aid else join(means, lead=False).rstrip(" ,;:")
    return Meant(closed(goal_text), text, before, after, dropped, aid, role, told_aid)


def with_event_date(
    found: Meant, goal: Goal, style: RewriteStyle, asked: Sequence[TimeExpression]
) -> Meant:
    """The means with the date of the event it hangs on asked beside it ('... get there
    before the next big trade fair ([date])'), as the frames ask it beside an event in the
    goal's own clause (plan._event_date): the event stays the deadline, and the rewrite adds
    no second one. ``asked``: the goal's times a finding asks the date of. The means as
    found when it names no such event, or the writer dated it in brackets."""
    if not found.means:
        return found
    for expr in asked:
        if expr.kind != "event" or expr.relation == "after" or expr.anchor is None:
            continue
        if goal.text[expr.end :].lstrip().startswith("("):
            return found  # 'before the fair (May)': the writer's own date of it
        told = goal.text[expr.start : expr.end]
        at = found.means.find(told)
        if at >= 0:
            end = at + len(told)
            dated = f"{found.means[:end]} ({style.placeholders.date}){found.means[end:]}"
            return replace(found, means=dated)
    return found


def goal_sentences(goal: Goal, style: RewriteStyle) -> list[list[Word]]:
    """The goal's words cut into sentences, as the means readers cut them."""
    return _sentences(words_of(goal), style)


def is_context_sentence(sentence: list[Word], goal: Goal) -> bool:
    """Is ``sentence`` one the reading stage found to tell the writer's situation?"""
    return _is_context(sentence, goal)


def unwished(sentence: list[Word], style: RewriteStyle) -> list[Word]:
    """The sentence without the writer's wish or attempt that opens it ('Ik wil graag',
    'I want to try to'), committed (see :func:`_unwished`)."""
    return _unwished(sentence, style, frozenset())


def _without_context(sentence: list[Word], goal: Goal) -> tuple[list[Word], tuple[str, ...]]:
    """The goal sentence without a clause of context the reading stage found inside it
    ('..., I've only done qual so far'), and that clause as a sentence of its own."""
    spans = [s for s in goal.syntax.context if sentence[0].start <= s.start < sentence[-1].end]
    spans = [s for s in spans if s.kind != "referent"]  # the goal the means points back to
    if not spans:
        return sentence, ()
    inside = [w for w in sentence if any(s.start <= w.start < s.end for s in spans)]
    said = [w for w in sentence if w not in inside]
    while said and said[-1].text in (",", ";"):
        said.pop()
    return said, (closed(capitalise(join(inside))),) if inside else ()


def labelled(goal: Goal, style: RewriteStyle, labels: frozenset[str]) -> Meant | None:
    """A later sentence the writer labelled as the goal ('Doel: eind dit jaar zelf ...',
    'Goal: build my own reports ...'; the pack's ``goal_labels``): it is the goal, and the
    sentences before it tell the direction or the situation, kept as written before its
    rewrite; None when no sentence after the first carries such a label."""
    sentences = _sentences(words_of(goal), style)
    for n, sentence in enumerate(sentences[1:], start=1):
        lowered = [w.lower for w in sentence]
        for label in sorted(labels, key=len, reverse=True):
            size = _opening(lowered, label)
            if size is None or size + 2 > len(sentence) or sentence[size].text != ":":
                continue
            told = sentence[size + 1 :]
            if len([w for w in told if w.is_word]) < 2 or not _labelled_act(told, style):
                return None  # 'Aim: fewer than 2 ...': a target of the goal before it
            text = closed(capitalise(join(told)))
            before = tuple(_as_written(sentences[k]) for k in range(n))
            after = tuple(_as_written(sentences[k]) for k in range(n + 1, len(sentences)))
            dropped = tuple((w.start, w.end) for w in sentence[: size + 1] if w.is_word)
            return Meant(text, "", before, after, dropped)
    return None


def left_out_spans(
    goal: Goal, style: RewriteStyle, roles: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """The spans of the goal text a means rewrite leaves out on purpose (:attr:`Meant.dropped`);
    none when the text tells no means after its goal."""
    found = meant(goal, style, roles)
    return list(found.dropped) if found is not None else []


def label_spans(goal: Goal, style: RewriteStyle, labels: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of a goal label inside the text ('Doel:' after a first sentence) that the
    rewrite of the labelled sentence leaves out (:func:`labelled`)."""
    found = labelled(goal, style, labels)
    return list(found.dropped) if found is not None else []


def _left_out(sentence: list[Word], kept: list[Word], text: str) -> tuple[tuple[int, int], ...]:
    """The words of ``sentence`` that ``kept`` no longer holds as written."""
    held = {w.start for w in kept if w.start >= 0 and text[w.start : w.end] == w.text}
    return tuple((w.start, w.end) for w in sentence if w.is_word and w.start not in held)


def with_plan(rewrite: str, found: Meant, style: RewriteStyle, note: str = "") -> str | None:
    """The rewritten goal with the means as the behaviour it asks for, and the sentences
    kept as written before and after it; None when the rewrite asks for no behaviour in a
    clause of its own ('I will [concrete behaviour] in dispensing accuracy' would read the
    means into the goal's words). ``note``: the words after the goal's fragment ('Netter
    opleveren, *minder herstelwerk*'; noted.py), back after the purpose that ends it."""
    if not found.means and not found.aid:  # a labelled goal: its rewrite as it is
        return " ".join([*found.before, rewrite, *found.after]).strip()
    asked = style.placeholders.behaviour
    at = rewrite.find(asked)
    own = at >= 0 and rewrite[at + len(asked) : at + len(asked) + 1] in (",", ".")
    if found.aid and style.frames.means:  # '[concreet gedrag], met hulp van een coach'
        helped = found.aid if found.aid_told else style.frames.means.format(means=found.aid)
        if own:
            rewrite = rewrite.replace(asked, f"{asked}, {helped}", 1)  # a phrase of its own
        elif at < 0 or _for_topic(rewrite, at + len(asked), style):
            # committed as written, or the behaviour asked for a topic in one sentence ('[concrete
            # behaviour] for product knowledge'): the help it gets at its end, a thing that
            # reads into none of the goal's words
            rewrite = f"{rewrite.rstrip(' .')}, {helped}."
        else:
            return None
        return " ".join([*found.before, rewrite, *found.after])
    if not own:
        return None
    filled = with_means(rewrite, found.means, style)
    if filled is None:
        return None
    if note:
        filled = f"{filled.rstrip(' .')}, {note.strip().rstrip('.!;')}."
    if found.role:
        lead = filled.split(" ", 1)[0]
        first = filled[:1].lower() if lowers_inside(lead) else filled[:1]  # 'by', still 'I'
        filled = f"{found.role}, {first}{filled[1:]}"
    return " ".join([*found.before, filled, *found.after]).strip()


def _for_topic(rewrite: str, after: int, style: RewriteStyle) -> bool:
    """Does the behaviour asked for in ``rewrite`` (ending at ``after``) serve a topic, the
    domain frame's word right after it ('[concrete behaviour] *for* product knowledge'), in
    a rewrite of one sentence (no sentence of context kept after it)?"""
    domain = style.frames.domain.split("{topic}")[0].strip().split(" ")[-1]
    rest = rewrite[after:]
    one = not re.search(r"[.!?]\s+\S", rewrite.rstrip())
    return bool(domain) and rest.startswith(f" {domain} ") and one


def _unwished(sentence: list[Word], style: RewriteStyle, roles: frozenset[str]) -> list[Word]:
    """The goal sentence without the writer's wish that opens it ('I'd like to', 'Ik wil
    graag'; the pack's ``goal_wishes``), perhaps after a role ('As a nurse I want to ...'):
    the direction left is the purpose the means serves ('om de traiteurkant op te pakken');
    the sentence itself when it opens with no wish."""
    lowered = [w.lower for w in sentence]
    markers = {m.lower() for m in roles}
    front = 0
    if lowered and lowered[0] in markers:  # 'As a signaller', 'Als verpleegkundige'
        subjects = {s.lower() for s in style.subjects}
        front = next((n for n, w in enumerate(lowered) if w in subjects), 0)
        if front > 1 and style.word_order == "v2":  # 'Als verpleegkundige wil ik': 'ik wil'
            lowered[front - 1], lowered[front] = lowered[front], lowered[front - 1]
            front -= 1
    for phrase in sorted(style.trial_wishes, key=len, reverse=True):
        size = _opening(lowered[front:], _spelled(phrase))
        if size is not None and front + size < len(sentence):
            rest = _without_marker(sentence[front + size :], style)
            return [*sentence[:front], *rest]  # 'Ik wil proberen X te doen': 'X doen'
    subjects = {s.lower() for s in style.subjects}
    for phrase in sorted(style.goal_wishes, key=len, reverse=True):
        size = _opening(lowered[front:], _spelled(phrase))
        if size is not None and front + size < len(sentence):
            if lowered[front + size] in subjects:
                continue  # 'Wil ik ...': the wish inverted after a word cut off, no opener
            rest = sentence[front + size :]
            return [*sentence[:front], *rest]  # the role stays in front: 'Als verpleegkundige'
    if not front and style.word_order == "v2":
        return _fronted_wish_dropped(sentence, style)
    return sentence


#: Most words of a phrase put before an inverted wish ('Op termijn wil ik ...').
_FRONT_REACH = 3


def _fronted_wish_dropped(sentence: list[Word], style: RewriteStyle) -> list[Word]:
    """A verb-second goal sentence whose wish stands inverted after a phrase put in front
    ('Ooit wil ik ploegleider worden', 'Op termijn wil ik graag ...'): the phrase kept and
    the wish left out ('Ooit ploegleider worden'), as a wish that opens the sentence goes;
    the sentence itself when it holds no such wish."""
    lowered = [w.lower for w in sentence]
    for k in range(1, _FRONT_REACH + 1):
        if any(not w.is_word or w.pos in ("VERB", "AUX") for w in sentence[:k]):
            return sentence  # a verb or a comma in front: no phrase put before the wish
        for phrase in sorted(style.goal_wishes, key=len, reverse=True):
            told = phrase.lower().split()
            if len(told) < 2:
                continue
            inverted = " ".join([told[1], told[0], *told[2:]])
            size = _opening(lowered[k:], inverted)
            if size is not None and k + size < len(sentence):
                return [*sentence[:k], *sentence[k + size :]]
    return sentence


def _without_marker(rest: list[Word], style: RewriteStyle) -> list[Word]:
    """A verb-final phrase after an attempt without its infinitive marker ('ouders beter *te*
    informeren' -> 'ouders beter informeren'): the bare phrase a committed frame takes. A
    verb-first language's attempt ends in its marker ('try to'): the rest is bare already."""
    if style.word_order != "v2":
        return rest
    markers = {m.lower() for m in style.infinitive_markers}
    at = next((n for n, w in enumerate(rest) if n and w.lower in markers), None)
    if at is None or at + 1 >= len(rest) or not rest[at + 1].is_word:
        return rest
    particle = rest[at - 1]
    if particle.dep == "compound:prt":  # 'in te werken' -> 'inwerken'
        verb = rest[at + 1]
        joined = verb.with_text(particle.text + verb.text)
        return [*rest[: at - 1], joined, *rest[at + 2 :]]
    return [*rest[:at], *rest[at + 1 :]]


def _spelled(phrase: str) -> str:
    """A pack phrase as the tokenizer splits it ("i'd like to" -> "i 'd like to")."""
    return re.sub(r"(\w)'", r"\1 '", phrase)


def _sentences(words: list[Word], style: RewriteStyle) -> list[list[Word]]:
    """The words cut into sentences at a full stop (not an abbreviation's), a '!' or '?',
    or a line break; also at a colon or dash between a verbless first piece and a rule
    kept with an absolute ('Nul klachten over X: altijd Y doen', 'Zero X this year -
    always check Y'): the target, then its means told as a sentence of its own (the mark
    goes)."""
    out: list[list[Word]] = [[]]
    for at, word in enumerate(words):
        if "\n" in word.text or not word.text.strip():
            if out[-1]:
                out.append([])
            continue
        if _ruled_after(words, at, out, style):
            out.append([])
            continue
        out[-1].append(word)
        ends = word.text in SENTENCE_MARKS and not abbreviation_stop(words, at, style.abbreviations)
        if ends and at + 1 < len(words) and words[at + 1].text not in SENTENCE_MARKS:
            out.append([])
    return [s for s in out if any(w.is_word for w in s)]


#: Word classes that open a noun phrase before its adjectives.
_DETERMINERS = frozenset({"DET", "NUM", "ADJ"})
#: Marks that part a target told short from the rule that follows it.
_PIECE_MARKS = frozenset({":", "-", "\u2013", "\u2014"})


def _ruled_after(words: list[Word], at: int, out: list[list[Word]], style: RewriteStyle) -> bool:
    """Is ``words[at]`` a colon or dash that ends the first sentence, a piece without a verb
    (the target: 'Zero scratched lenses this year'), before a rule kept with an absolute
    that runs to the end of the text or its sentence (``_ruled``)?"""
    mark = words[at]
    if mark.text not in _PIECE_MARKS or len(out) != 1:
        return False
    if mark.text != ":" and not mark.space_before:
        return False  # '3-digit': a hyphen inside a word
    piece = out[0]
    before = [
        w
        for n, w in enumerate(piece)
        if (n or w.lower not in style.replacements) and not _attributive(piece, n)
    ]
    if not any(w.is_word for w in before) or any(_finite(w) for w in before):
        return False  # the absolute opening the target is no verb ('Zero' tagged as one)
    after: list[Word] = []
    for word in words[at + 1 :]:
        if word.text in SENTENCE_MARKS or "\n" in word.text:
            break
        after.append(word)
    if any(w.text in _PIECE_MARKS and w.space_before for w in after):
        return False  # a third piece: a list, read elsewhere
    return bounded_rule(after, style) is not None


def _attributive(piece: list[Word], n: int) -> bool:
    """Is ``piece[n]`` a past form between a determiner or count and the noun it describes
    ('Zero *scratched* lenses', 'No *burnt* loaves', 'Nul *beschadigde* pianos'): an
    adjective, no clause?"""
    word = piece[n]
    after = piece[n + 1] if n + 1 < len(piece) else None
    if not n or word.pos != "VERB" or after is None or after.pos not in ("NOUN", "PROPN"):
        return False
    return piece[n - 1].pos in _DETERMINERS or n == 1


def _finite(word: Word) -> bool:
    """A verb that makes a clause: an auxiliary or a verb the tagger did not call a
    participle or infinitive ('scratched lenses', 'beschadigde pianos' are things)."""
    return word.pos == "AUX" or (word.pos == "VERB" and word.finite is not False)


def _is_context(sentence: list[Word], goal: Goal) -> bool:
    """Is the sentence one the reading stage found to tell the writer's situation? Not a
    goal told short that the means points back to ('Beter omgaan met X. *Hiervoor* wil ik
    ...'): the reading stage keeps it as the means' referent; with no subject of its own it
    tells no situation but the goal."""
    start, end = sentence[0].start, sentence[-1].end
    spans = [s for s in goal.syntax.context if s.start <= start and end <= s.end + 1]
    if spans and all(s.kind == "referent" for s in spans):
        return any(w.dep in _SUBJECTS for w in sentence)
    return bool(spans)


#: Dependency labels of a clause's subject.
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl"})


def _as_written(sentence: list[Word]) -> str:
    return closed(join(sentence))


def _means(sentence: list[Word], style: RewriteStyle) -> list[Word] | None:
    """The means a sentence tells, as the words of a bare verb phrase, or None when it
    tells none."""
    words = [w for w in sentence if w.text not in SENTENCE_MARKS]
    lowered = [w.lower for w in words]
    if marked_added(lowered, style):
        return None  # '... I will help with the skin prick tests too': a thing added
    rest: list[Word] | None = None
    for label in sorted(style.means_labels, key=len, reverse=True):
        size = _opening(lowered, label)
        if size is not None and size < len(words) and words[size].text == ":":
            rest = _without_commitment(words[size + 1 :], style, required=False)
            if rest is not None and not _verb_phrase(rest, style, told=False):
                return _helps(rest, style)  # 'Aanpak: vaste plekken aan tafel': things
            break
    if rest is None:
        for opener in sorted(style.means_openers, key=len, reverse=True):
            size = _opening(lowered, opener)
            if size is not None:
                comma = size < len(words) and words[size].text == ","
                after = words[size + 1 :] if comma else words[size:]
                rest = _without_commitment(after, style, required=True, inverted=True)
                if rest is None:  # 'For this I want to take ...': the wish, pointed back
                    rest = _without_commitment(after, style, True, only=style.goal_wishes)
                break
    if rest is None:
        rest = _without_commitment(words, style, required=True, only=style.means_commitments)
    if rest is None:
        return _guessed(words, style) or bounded_rule(words, style)
    rest = _committed(rest, style)
    if rest is None:
        return None
    said = [w for w in rest if w.is_word]
    if not MIN_MEANS_WORDS <= len(said) <= MAX_MEANS_WORDS or not _verb_phrase(rest, style):
        return None
    if any(w.lower in style.means_additions for w in said):
        return None  # 'Ik ga ook ...': a second goal, no means
    return bounded_rule(rest, style) or rest  # 'Ik wil altijd vooraf X': the absolute bounded


def _guessed(words: list[Word], style: RewriteStyle) -> list[Word] | None:
    """A thing the writer guesses might help, told with a hedge and no verb ('Misschien een
    gesprek met de bedrijfsarts of een coach.', 'Maybe a course on time management.'): its
    words after a marker word (no offset) that tells the caller it is no act; None for any
    other sentence."""
    hedges = style.one_word_hedges
    if len(words) < 3 or words[0].lower not in hedges:
        return None
    if words[1].lower in style.means_additions:
        return None  # 'Maybe also the forklift licence': a second thing wished, no means
    return _helps(_unhelped(words[1:], style), style)


def bounded_rule(words: list[Word], style: RewriteStyle) -> list[Word] | None:
    """A rule the writer keeps, told as a bare verb phrase with 'altijd' or 'always' in it
    ('PBM altijd dragen.', 'Always wear PPE.'; the pack's ``always_openers``): the
    behaviour that shows the goal before it, its absolute bounded as the pack's
    ``replacements`` bound it ('PBM in [aantal] van de 10 gevallen dragen', 'wear PPE in
    [number] out of 10 cases'), in its place or, where the pack says so, at its end; None
    for any other sentence."""
    always = {a.lower() for a in style.always_openers if " " not in a}
    at = next((n for n, w in enumerate(words[:_RULE_REACH]) if w.lower in always), None)
    if at is None:
        return None
    frame = style.replacements.get(words[at].lower)
    if not frame:
        return None
    bound = Word(frame.format(number=style.placeholders.number, level=style.placeholders.level))
    rest = [*words[:at], *words[at + 1 :]]
    first = rest[0] if rest else None
    if first is not None and not first.text.isupper():  # 'Haarnetje altijd op': mid-sentence now
        rest[0] = first.with_text(first.text[:1].lower() + first.text[1:])
    if words[at].lower in style.trailing_replacements:
        told = [*rest, bound]
    else:
        told = [*rest[:at], bound, *rest[at:]]
    said = [w for w in rest if w.is_word]
    if not MIN_MEANS_WORDS <= len(said) <= MAX_MEANS_WORDS or not _verb_phrase(rest, style):
        return None
    opened = next((n for n, w in enumerate(said) if w.pos == "SCONJ"), len(said))
    if any(w.lower in style.subjects or w.lower in style.means_additions for w in said[:opened]):
        return None  # 'Ik ga ook altijd ...': the writer's own clause, another reading's
    return told  # a subject in a clause it opens stays ('... voordat we beginnen')


#: How far into its sentence the absolute of a kept rule stands ('*Altijd* ...', 'PBM
#: *altijd* dragen', 'De oranje hesjes *altijd* dragen').
_RULE_REACH = 5


def _unhelped(rest: list[Word], style: RewriteStyle) -> list[Word]:
    """The thing guessed without the verbs that say it would help, right after the hedge
    (Dutch puts the finite verb there: 'Misschien *helpt* een maatjessysteem') or at the
    end ('Maybe a buddy system *would help*', '... zou een checklist *helpen*')."""
    helps = style.guess_helps
    start = 1 if rest and rest[0].lower in helps else 0
    end = len(rest)
    while end > start and rest[end - 1].lower in helps:
        end -= 1
    if not any(w.pos in ("VERB", "AUX") for w in rest[end:]):
        end = len(rest)  # 'a course through *work*': a noun at the end, no verb of helping
    return rest[start:end] if start or end < len(rest) else rest


def _helps(rest: list[Word], style: RewriteStyle) -> list[Word] | None:
    """Things that help the goal, with no verb ('een whiteboard op de linnenkamer', 'a
    short handover huddle'), after a marker word (no text) that tells the caller they are
    no act; None when they hold a verb or the writer, or the pack has no frame for them."""
    if style.frames.means is None:
        return None
    if any(w.pos in ("VERB", "AUX") or w.lower in style.subjects for w in rest):
        return None  # 'Maybe I could ...': a clause, the hedge's own
    if rest and rest[0].lower in style.first_adverbs:
        return None  # 'maybe first a course': a step done first, no help (asked_means.py)
    if not MIN_MEANS_WORDS <= len([w for w in rest if w.is_word]) <= MAX_MEANS_WORDS:
        return None
    return [Word(""), *rest]


def _opening(lowered: list[str], phrase: str) -> int | None:
    """How many words ``phrase`` takes at the start of ``lowered``, or None."""
    parts = phrase.lower().split()
    return len(parts) if lowered[: len(parts)] == parts else None


def _without_commitment(
    words: list[Word],
    style: RewriteStyle,
    required: bool,
    inverted: bool = False,
    only: tuple[str, ...] = (),
) -> list[Word] | None:
    """``words`` without the writer and the modal that open them ('I'll do ...', 'Ik ga
    ...', after an opener 'wil ik ...'); None when ``required`` and they hold none.
    ``only``: the openings accepted (the pack's ``means_commitments``); otherwise any
    first-person subject with one of the pack's modals, in either order."""
    lowered = [w.lower for w in words]
    if only:
        for phrase in sorted(only, key=len, reverse=True):
            size = _opening(lowered, _spelled(phrase))
            if size is not None:
                return words[size:]
        return None
    modals = style.modals | frozenset(style.weak_finite)
    subjects = {s.lower() for s in style.subjects}
    if len(words) >= 2:
        first, second = lowered[0], lowered[1]
        if inverted and first in modals and second in subjects:
            return _after_going(words[2:], style)
        if first in subjects and second in modals:
            return _after_going(words[2:], style)
    return None if required else words


def _after_going(words: list[Word], style: RewriteStyle) -> list[Word]:
    """Leave out 'to' of 'want to', 'going to', 'graag' of 'wil graag'."""
    while words and words[0].lower in style.means_fillers:
        words = words[1:]
    return words


def _committed(words: list[Word], style: RewriteStyle) -> list[Word] | None:
    """The means without its hedges ('misschien', 'maybe', 'eventueel'), a trial promised
    made its use ('try her approach' -> 'use her approach'); None for an attempt at a
    verb ('try to ...'), which the means does not say how to keep."""
    hedges = style.one_word_hedges
    markers = {m.lower() for m in (*style.infinitive_markers, *style.complementizers)}
    out: list[Word] = []
    for n, w in enumerate(words):
        if w.lower in hedges:
            continue
        if w.lower in style.trial_verbs:
            if n + 1 < len(words) and words[n + 1].lower in markers:
                return None  # 'try to ...', 'proberen om ... te': an attempt, left alone
            w = w.with_text(style.trial_verbs[w.lower])
        out.append(w)
    return out


def _labelled_act(words: list[Word], style: RewriteStyle) -> bool:
    """The labelled goal tells an act: English opens with a verb the tagger calls one ('Goal:
    build ...'), Dutch has its infinitive; a target alone ('Aim: fewer than 2 ...') is no
    goal of its own, but the measure of the one before it."""
    said = [w for w in words if w.is_word]
    if not said or said[0].lower in style.amount_words:  # 'fewer', 'minder': a target
        return False
    if style.word_order != "v2":
        return said[0].pos in ("VERB", "AUX")
    return _verb_phrase(words, style, told=False)


def _verb_phrase(words: list[Word], style: RewriteStyle, told: bool = True) -> bool:
    """A bare verb phrase: English opens with a verb ('watch ...', 'do the ...'), Dutch has
    an infinitive ('een cursus doen', '... gebruiken voor ik ...'). ``told``: the writer's
    modal went before it ('Ik ga ...'), which only an infinitive follows, whatever the
    tagger says of it; after a label the infinitive must be tagged a verb or close an
    object ('de e-learning doen'), as things may follow a label ('vaste plekken ...')."""
    said = [w for w in words if w.is_word]
    if not said:
        return False
    if style.word_order != "v2":  # an imperative the tagger took for a noun: 'shadow Tom'
        first, second = said[0], said[1] if len(said) > 1 else None
        led = second is not None and second.pos in ("DET", "PRON", "PROPN", "NUM")
        return (
            first.pos in ("VERB", "AUX")
            or _modified_verb(said)
            or (first.pos == "NOUN" and led)
            or not first.pos
            or (first.pos == "NOUN" and _phrasal_verb(first, second, style))
        )
    function_classes = ("CCONJ", "SCONJ", "ADP", "DET", "PRON", "NUM")
    for n, w in enumerate(said):
        if not looks_infinitive_nl(w) or w.pos in function_classes:
            continue  # 'en' is no infinitive
        if told or w.pos in ("VERB", "AUX", "") or (n and said[n - 1].pos in ("NOUN", "PROPN")):
            return True
    return False


def _modified_verb(said: list[Word]) -> bool:
    """English: a verb opened by a word that modifies it, the tagger's adjective or adverb
    ('*double* check the codes', '*hand* wash the cloths', '*re* seal'): the second word a
    verb that is not finite past ('double checked' tells what was done)."""
    if len(said) < 2 or said[0].pos not in ("ADJ", "ADV", "NOUN"):
        return False
    second = said[1]
    return second.pos == "VERB" and not second.past and second.verbform != "Part"


def _phrasal_verb(first: Word, second: Word | None, style: RewriteStyle) -> bool:
    """English: a verb with its particle the small tagger took for a noun and a preposition
    ('take over the briefing', 'set up a log'): the first word is one the dictionary also
    knows as a verb, no -ing form, and one of the pack's ``verb_particles`` follows it."""
    if second is None or second.lower not in style.verb_particles:
        return False
    word = first.lower
    return word.isalpha() and not word.endswith("ing") and verb_like(word, "en", style)


def with_means(sentence: str, means: str, style: RewriteStyle) -> str | None:
    """The rewrite with the writer's own means as the behaviour it asks for; None when it
    asks for none, or asks for what the learning makes possible (', zodat ik [concreet
    gedrag] kan', ', so that I can ...'), which a means is not: 'zodat ik een cursus volgen
    kan' turns the means into the result."""
    asked = style.placeholders.behaviour
    if asked not in sentence:
        return None
    result = style.frames.learning_result
    if result and result.split("{behaviour}")[0].strip(" ,") + f" {asked}" in sentence:
        return None
    return sentence.replace(asked, means, 1)


def _told_with_preposition(means: list[Word], style: RewriteStyle) -> bool:
    """Does the guessed thing come with its own preposition ('met wat hulp van X', 'through
    a course'), perhaps after an adverb ('*samen met* Ans', '*together with* the other
    teachers', tagged an adjective)? Then the frame's 'met hulp van' would double it."""

    def preposition(word: Word) -> bool:
        return word.pos == "ADP" or word.lower in style.prepositions

    if preposition(means[0]):
        return True
    return means[0].pos in ("ADV", "ADJ") and len(means) > 1 and preposition(means[1])
