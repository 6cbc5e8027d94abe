"""A wish, then the step the writer must take first: the step is the goal, the wish its purpose.

"Ik wil graag klokvoorzitter worden, maar eerst moet ik de productkennis van potplanten beter
onder de knie krijgen", "I'd like to run the night shift, but first I need to get my
first-aid certificate": after a contrast (the pack's ``rewrite.reservation_contrasts``) and
a word of a first step (``step_markers``), the writer names a duty of their own
(``obligation_modals`` with the writer's subject) that comes before the wish. Read as one
goal, the frame committed to the wish and hung its measure after the duty ("Vóór [datum] ga
ik klokvoorzitter worden, maar eerst moet ik ..., van [huidig aantal] naar [streefaantal],
met als bewijs ..."): the duty stayed a duty inside the commitment, and the measure measured
neither. The step the writer names first is what they can commit to now; the wish is what it
serves. The text is told as the writer's wish of the step (``aim_step_wish``) with the wish's
words as its purpose (``asked_purpose``: "Ik wil de productkennis ... krijgen, zodat ik
klokvoorzitter kan worden"), and that sentence is rewritten as any goal.

The step may also follow in a sentence of its own, after an aim told as a wish or a bare act
("Doorgroeien naar paneloperator. Eerst wil ik 3 maanden meedraaien op het paneel", "I want
to run the dispatch desk. First I need to learn the routing software"): a step marker, the
writer and their wish or duty open it (in any order: "Eerst wil ik", "I first need to",
"Ik moet eerst"). The aim is often an outcome others decide (a role); the first step is the
writer's own part of it and its first milestone, committed the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_means import bare_act, purpose_clause
from smartcheck.fixing.rewrite.means import goal_sentences, unwished
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.wordclass import infinitive_evidence
from smartcheck.fixing.rewrite.words import capitalise, closed, join

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How many words after the contrast the step marker, the duty and the writer stand in
#: ('maar *eerst moet ik*', 'but *first I need to*', 'but I *first* have to').
_REACH = 4
#: Fewest words of the step after the duty ('de cursus volgen').
_STEP_WORDS = 2


@dataclass(frozen=True)
class _Cut:
    """The wished aim's words, the step's words, where the words that go stand, and the
    other person who named the step, as the pack credits them ('as Marco says'; "" when
    the writer named it)."""

    aim: list[Word]
    step: list[Word]
    spans: list[tuple[int, int]]
    voice: str = ""


def precondition_step(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> str | None:
    """The step the writer must take first told as their wish, the wish before it as its
    purpose ('Ik wil X, zodat ik Y kan'), for the rewrite to commit and date; None when the
    text is no wish, contrast, step marker and duty of the writer's in one sentence."""
    found = _cut(goal, ctx, style)
    if found is None:
        return None
    purpose = purpose_clause(found.aim, style, goal.lang)
    if purpose is None:
        return None
    text = join(found.step, lead=False)
    text = text[:1].lower() + text[1:] if not text[1:2].isupper() else text
    told = style.aim_step_wish.format(step=text) + (f", {found.voice}" if found.voice else "")
    return closed(capitalise(told) + style.asked_purpose.format(aim=purpose))


def precondition_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """The contrast, the step marker, the duty and the writer before the step ('*, maar
    eerst moet ik* de cursus volgen'): the step told as the writer's wish leaves them out,
    so a rewrite may too (seams/kept_words.py)."""
    found = _cut(goal, ctx, style) if precondition_step(goal, ctx, style) else None
    return found.spans if found is not None else []


def _cut(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> _Cut | None:
    """The wished aim's words without the wish, the step's words, and where the words
    between them stand (characters); None when the text is no such pair."""
    if not style.aim_step_wish or not style.asked_purpose:
        return None
    sentences = goal_sentences(goal, style)
    if len(sentences) == 2:
        return _told_after(sentences, goal.lang, ctx, style)
    if len(sentences) != 1:
        return None
    said = [w for w in sentences[0] if w.text not in SENTENCE_MARKS]
    contrasts = {c.lower() for c in style.reservation_contrasts if " " not in c}
    markers = {m.lower() for m in ctx.pack.words("step_markers") if " " not in m}
    at = next(
        (
            n
            for n, w in enumerate(said)
            if w.lower in contrasts and n and (said[n - 1].text == "," or _marked(said, n, markers))
        ),
        None,
    )
    if at is None:
        return None
    before = at - 1 if said[at - 1].text == "," else at  # 'worden maar eerst': no comma
    aim = unwished(said[:before], style)
    if aim == said[:before] or not aim:
        return None  # no wish of the writer's opens it
    wishing = {c for c in (*style.cluster_drop, *style.fillers) if " " not in c}
    aim = [w for w in aim if w.lower not in wishing | set(style.intensifiers)]
    if any(w.text == "," for w in aim):
        return None  # more than the wished aim before the contrast
    opened = _step_start(said[at + 1 :], ctx, style)
    if opened is None:
        return None
    step = said[at + 1 + opened :]
    if sum(w.is_word for w in step) < _STEP_WORDS or any(w.text == "," for w in step):
        return None
    return _Cut(aim, step, [(said[before].start if before < at else said[at].start, step[0].start)])


def _marked(said: list[Word], at: int, markers: set[str]) -> bool:
    """Does a step marker follow the contrast right away ('... worden *maar eerst* moet ik
    ...', 'but first I need to'): the comma the writer left out is the clause's edge."""
    return at + 1 < len(said) and said[at + 1].lower in markers


def _step_start(rest: list[Word], ctx: RuleContext, style: RewriteStyle) -> int | None:
    """Where the step opens after the step marker, the duty and the writer ('eerst moet ik
    *de cursus volgen*', 'first I need to *get my certificate*'); None when they do not
    open the clause after the contrast."""
    head = [w.lower for w in rest[:_REACH]]
    markers = {m.lower() for m in ctx.pack.words("step_markers") if " " not in m}
    modals = sorted((m.lower().split() for m in ctx.pack.words("obligation_modals")), key=len)
    subjects = {s.lower() for s in style.subjects}
    if not markers & set(head) or not subjects & set(head):
        return None
    end = 0
    for n in range(len(head)):
        for modal in reversed(modals):  # the longest first ('need to' before 'need')
            if head[n : n + len(modal)] == modal:
                end = max(end, n + len(modal))
                break
    if not end:
        return None
    while end < len(rest) and (rest[end].lower in markers or rest[end].lower in subjects):
        end += 1  # 'I need *first* to', 'moet *ik*': the step opens after them
    duties = {w for m in modals for w in m}
    if end > _REACH or not set(head[:end]) <= markers | subjects | duties:
        return None
    return end


def _told_after(
    sentences: list[list[Word]], lang: str, ctx: RuleContext, style: RewriteStyle
) -> _Cut | None:
    """An aim told as a wish or a bare act, then the first step in a sentence of its own
    ('Eerst wil ik X', 'First I need to X', 'Ik moet eerst X'): the aim's words without the
    wish, the step's words, and where the words before the step stand; None else."""
    if any(s[-1].text == "?" for s in sentences):
        return None  # a question: the asked readings
    said = [w for w in sentences[0] if w.text not in SENTENCE_MARKS]
    aim = unwished(said, style)
    acted = bare_act(said, style)
    if aim == said and not acted and _misread_infinitive(said, lang, ctx, style):
        # a Dutch act the tagger read as another word ('*Doorgroeien* naar X'): the
        # dictionary tells, and the aim's verb is told as one
        first = said[0]
        said = [
            replace(first, text=first.lower, pos="VERB", lemma=first.lower, finite=False),
            *said[1:],
        ]
        aim, acted = said, True
    if aim == said and not acted:
        return None  # neither the writer's wish nor an act told without its subject
    wishing = {c for c in (*style.cluster_drop, *style.fillers) if " " not in c}
    aim = [w for w in aim if w.lower not in wishing | set(style.intensifiers)]
    if not aim or any(w.text in (",", ";", ":") for w in aim):
        return None  # more than one aim before the step
    told = [w for w in sentences[1] if w.text not in SENTENCE_MARKS]
    voice, told = _voiced(told, ctx, style)
    step = _first_told(told, ctx, style)
    if step is None:
        return None
    spans = [(told[0].start, step[0].start)]
    step, tail = _tail_cut(step, ctx, style)
    spans += [tail] if tail else []
    if sum(w.is_word for w in step) < _STEP_WORDS or any(w.text in (",", ";") for w in step):
        return None  # a step with a clause of its own
    if any(w.pos == "SCONJ" for w in step):
        return None  # 'First I need to check with HR whether ...': a permission asked, no step

    if voice:
        spans.insert(0, (voice[0].start, told[0].start))
        credit = style.frames.as_wished.format(who=join(voice)) if style.frames.as_wished else ""
        return _Cut(aim, step, spans, credit) if credit else None
    return _Cut(aim, step, spans)


#: Most words of the other person who names the step, with their verb ('my team lead says').
_VOICE_WORDS = 4


def _voiced(
    told: list[Word], ctx: RuleContext, style: RewriteStyle
) -> tuple[list[Word], list[Word]]:
    """The other person who names the step and their verb of saying ('*Marco says* I first
    need to X', '*My team lead says that* I first have to X'), and the words after them;
    no voice and the words as they are when no such person opens the sentence."""
    subjects = {s.lower() for s in style.subjects}
    at = next((n for n, w in enumerate(told[: _VOICE_WORDS + 1]) if w.lower in subjects), None)
    if not at or at < 2:
        return [], told
    voice = told[:at]
    verbs = {v.lower() for v in style.voice_verbs}
    rest = told[at:]
    if voice[-1].pos == "SCONJ":  # 'says that I ...'
        voice = voice[:-1]
    markers = {m.lower() for m in ctx.pack.words("step_markers") if " " not in m}
    if not voice or any(w.lower in markers for w in voice):
        return [], told  # 'Eerst wil ik': the writer's own step
    verb = voice[-1]
    if verb.pos != "VERB" or verb.lemma.lower() not in verbs or verb.lower == verb.lemma:
        return [], told  # no verb of saying in the third person
    named = len(voice) == 2 and voice[0].text[:1].isupper()  # a name the tagger misread
    if not named and not any(w.pos in ("PROPN", "NOUN") for w in voice[:-1]):
        return [], told
    return voice, rest


def _tail_cut(
    step: list[Word], ctx: RuleContext, style: RewriteStyle
) -> tuple[list[Word], tuple[int, int] | None]:
    """The step without the writer's own conclusion after it ('X *so maybe I start with
    that*': the pack's ``voice_tails``, then the writer within two words), which the
    committed step says, and where it stood."""
    tails = {t.lower() for t in style.voice_tails if " " not in t}
    subjects = {s.lower() for s in style.subjects}
    for n, word in enumerate(step):
        if n and word.lower in tails and any(w.lower in subjects for w in step[n + 1 : n + 4]):
            kept = step[:n]
            while kept and kept[-1].text in (",", ";"):
                kept = kept[:-1]
            return kept, (word.start, step[-1].end)
    return step, None


def _misread_infinitive(said: list[Word], lang: str, ctx: RuleContext, style: RewriteStyle) -> bool:
    """Does ``said``, with no subject, open with a word the dictionary knows as a Dutch
    infinitive, whatever the tagger calls it?"""
    subjects = {s.lower() for s in style.subjects}
    if style.word_order != "v2" or len(said) < 2 or any(w.lower in subjects for w in said):
        return False
    return infinitive_evidence(said[0].lower, lang, ctx.pack.grammar, style) is True


def _first_told(told: list[Word], ctx: RuleContext, style: RewriteStyle) -> list[Word] | None:
    """The step of a sentence that a step marker, the writer and the writer's wish or duty
    open ('Eerst wil ik *X*', 'I first need to *X*'); None when they do not open it."""
    markers = {m.lower() for m in ctx.pack.words("step_markers") if " " not in m}
    subjects = {s.lower() for s in style.subjects}
    head = told[: _REACH + 1]
    if not any(w.lower in markers for w in head) or not any(w.lower in subjects for w in head):
        return None
    rest = [w for w in told[:_REACH] if w.lower not in markers] + told[_REACH:]
    while rest and rest[0].text == ",":
        rest = rest[1:]
    if len(rest) > 2 and style.word_order == "v2" and rest[1].lower in subjects:
        rest = [rest[1], rest[0], *rest[2:]]  # 'wil ik' after the marker: 'ik wil'
    if not rest or rest[0].lower not in subjects:
        return None
    wished = unwished(rest, style)
    if wished != rest:
        return wished
    lowered = [w.lower for w in rest[1:]]
    for modal in sorted((m.lower().split() for m in ctx.pack.words("obligation_modals")), key=len):
        if lowered[: len(modal)] == modal:
            return rest[1 + len(modal) :]  # 'I need to X', 'ik moet X'
    return None
