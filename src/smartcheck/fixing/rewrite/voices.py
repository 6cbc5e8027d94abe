"""Another person's judgement, wish or report framing the writer's goal.

"Mijn leidinggevende vindt dat ik assertiever moet worden", "Volgens mijn coach moet ik ...",
"Mijn rapportages moeten beter, zegt de teamchef", "My manager thinks I should ...": the goal
is the writer's clause inside the frame. The frame is someone else's voice, so a deadline or a
behaviour put into it lands in the other person's words ("Mijn leidinggevende vindt dat ik
vóór [datum] ..."). Here the frame is taken apart: the writer's own clause, as a goal of its
own in main-clause order (the checker judges and rewrites it), and the other person's words,
kept whole as its reason ("..., zoals mijn leidinggevende vindt").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


@dataclass(frozen=True)
class Voice:
    """The writer's clause as a goal of its own, and the phrase that keeps the other voice."""

    inner: str
    credit: str


def other_voice(goal: Goal, style: RewriteStyle) -> Voice | None:
    """The writer's own clause and the other person's words, or None (no such frame)."""
    if not style.voice_verbs or style.frames.as_wished is None:
        return None
    words = [w for w in words_of(goal) if w.text.strip()]
    while words and not words[-1].is_word:
        words.pop()
    if len(words) < 4:
        return None
    return _opinion(words, style) or _according(words, style) or _reported(words, style)


def credited(
    sentence: str, voice: Voice, inner: Goal, ctx: RuleContext, style: RewriteStyle
) -> str | None:
    """The rewrite of the writer's clause with the other person's words as its reason at
    the end ('..., zoals mijn leidinggevende vindt.'), or None when that shows a seam."""
    text = f"{sentence.rstrip(' .!')}, {voice.credit}."
    return None if find_seams(text, inner, ctx, style) else text


def _as_wished(style: RewriteStyle) -> str:
    """The frame of the other's words as the reason ('zoals {who}'); checked by other_voice."""
    return style.frames.as_wished or "{who}"


def _is_voice(word: Word, style: RewriteStyle) -> bool:
    return word.lemma in style.voice_verbs or word.lower in style.voice_verbs


def _opinion(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Mijn leidinggevende vindt dat ik ...', 'My manager thinks (that) I ...', 'My manager
    wants me to ...': another person, a verb of opinion or wish, then the writer's clause."""
    at = next(  # a verb of saying the tagger calls a noun ('thinks') still opens the frame
        (
            n
            for n, w in enumerate(words)
            if w.pos in ("VERB", "AUX") or w.finite or (n and _is_voice(w, style))
        ),
        None,
    )
    if at is None or at == 0 or not _is_voice(words[at], style):
        return None
    who = words[:at]
    if any(w.lower in style.subjects or not w.is_word for w in who):
        return None  # 'Ik vind dat ...': the writer's own judgement
    n = at + 1
    if n < len(words) and words[n].lower in {c.lower() for c in _thats(style)}:
        n += 1
    if n >= len(words):
        return None
    markers = {m.lower() for m in style.infinitive_markers}
    me = words[n].lower
    if me in style.object_pronouns and n + 1 < len(words) and words[n + 1].lower in markers:
        subject = style.object_pronouns[me]  # 'wants me to run' -> 'I will run'
        clause = [Word(style.subjects[subject]), *words[n + 2 :]]
    elif me in style.subjects:
        subject = me
        clause = words[n + 1 :]
        if style.word_order == "v2":
            ordered = _main_order(clause, style)
            if ordered is None:
                return None
            clause = ordered
    else:
        return None
    cut = _without_tail(clause, style)
    if cut is None or len(cut[0]) < 2:
        return None
    credit = _as_wished(style).format(who=_lowered(join([*who, words[at]])))
    credit += f", {cut[1]}" if cut[1] else ""
    return Voice(inner=_sentence(subject, cut[0], style), credit=credit)


def _according(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Volgens mijn coach moet ik ...', 'According to my coach, I ...': the source phrase
    stays as written, after the writer's rewritten clause."""
    text = [w.lower for w in words]
    for source in style.voice_sources:
        phrase = source.lower().split()
        if text[: len(phrase)] != phrase:
            continue
        rest = words[len(phrase) :]
        if style.word_order == "v2":
            at = next((n for n, w in enumerate(rest) if w.finite or w.lower in style.modals), None)
            if at is None or at == 0 or at + 1 >= len(rest):
                return None
            if rest[at + 1].lower not in style.subjects:
                return None
            source_words, verb = rest[:at], rest[at]
            subject = rest[at + 1].lower
            clause = [verb, *rest[at + 2 :]]
        else:
            comma = next((n for n, w in enumerate(rest) if w.text == ","), None)
            if comma is None or comma == 0 or comma + 1 >= len(rest):
                return None
            source_words = rest[:comma]
            if rest[comma + 1].lower not in style.subjects:
                return None
            subject = rest[comma + 1].lower
            clause = rest[comma + 2 :]
        if any(not w.is_word for w in source_words):
            return None
        cut = _without_tail(clause, style)
        if cut is None or len(cut[0]) < 2:
            return None
        credit = _lowered(join([*words[: len(phrase)], *source_words]))
        credit += f", {cut[1]}" if cut[1] else ""
        return Voice(inner=_sentence(subject, cut[0], style), credit=credit)
    return None


def _reported(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Mijn rapportages moeten beter, zegt de teamchef.', '..., says my manager.': a
    trailing report of who said it; the clause before it is the goal."""
    comma = max((n for n, w in enumerate(words) if w.text == ","), default=None)
    if comma is None or comma < 2 or comma + 2 >= len(words):
        return None
    tail = words[comma + 1 :]
    if not _is_voice(tail[0], style) or any(not w.is_word for w in tail):
        return None
    if tail[1].lower in style.subjects:
        return None  # ', zeg ik': the writer's own words
    inner = join(words[:comma])
    credit = _as_wished(style).format(who=_lowered(join([*tail[1:], tail[0]])))
    return Voice(inner=capitalise(tidy(inner)).rstrip(" ,") + ".", credit=credit)


def _main_order(clause: list[Word], style: RewriteStyle) -> list[Word] | None:
    """A Dutch subordinate clause after its subject ('assertiever moet worden in ...') in
    main-clause order, its finite verb first ('moet assertiever worden in ...'); None when no
    finite verb is found."""
    end = next((n for n, w in enumerate(clause) if w.text in ",;:"), len(clause))
    at = next(
        (
            n
            for n, w in enumerate(clause[:end])
            if w.finite or w.lower in style.modals or w.lower in style.finite_words
        ),
        None,
    )
    if at is None:
        return None
    verb = clause[at]
    return [verb, *clause[:at], *clause[at + 1 :]]


def _without_tail(clause: list[Word], style: RewriteStyle) -> tuple[list[Word], str] | None:
    """The writer's clause up to its end, and the conclusion after a comma (', dus daar ga ik
    aan werken'), which stays after the other's words; any other second clause leaves the
    frame alone (None)."""
    comma = next((n for n, w in enumerate(clause) if w.text in ",;:"), None)
    if comma is None:
        return clause, ""
    after = " ".join(w.lower for w in clause[comma + 1 :])
    if any(after == t or after.startswith(f"{t} ") for t in style.voice_tails):
        return clause[:comma], join(clause[comma + 1 :], False)
    return None


def _thats(style: RewriteStyle) -> tuple[str, ...]:
    """The complementizer of the own-part frame ('dat', 'that')."""
    frame = style.frames.own_part or ""
    that = (frame.split("{clause}")[0].split() or [""])[-1]
    return (that,) if that else ()


def _lowered(text: str) -> str:
    """The other person's words inside the sentence: a capital only on a name."""
    first, _, rest = text.partition(" ")
    if first[1:].islower() and rest:
        return f"{first.lower()} {rest}"
    return text


def _sentence(subject: str, clause: list[Word], style: RewriteStyle) -> str:
    me = style.default_subject if subject == style.default_subject.lower() else subject
    return capitalise(tidy(f"{me} {join(clause)}")).rstrip(" ,") + "."
