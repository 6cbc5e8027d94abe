"""Who gave the advice, named around it: a source before the writer's clause ("Volgens mijn
coach moet ik ...", "According to my lead I should ..."), a report after it ("..., zegt de
teamchef"), a label ("Feedback van mijn coach: ..."), a duty someone set ("Ik moet van mijn
manager ...") and advice quoted as it was given ('Mijn teamleider zei: "Je moet ..."').
Each is credited after the writer's rewritten clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.quoted import quoted_advice
from smartcheck.fixing.rewrite.voices.clause import (
    Voice,
    acronym,
    as_wished,
    committed,
    is_voice,
    lowered,
    names_person,
    verb_phrase,
    without_aux_again,
    without_tail,
    writers_sentence,
)
from smartcheck.fixing.rewrite.words import Word, capitalise, inside_sentence, join, tidy

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def according(words: list[Word], style: RewriteStyle) -> Voice | None:
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
            while source_words and source_words[-1].text == ",":
                source_words = source_words[:-1]  # 'Volgens de begeleider, moet ik ...'
            subject = rest[at + 1].lower
            clause = [verb, *rest[at + 2 :]]
        else:  # the source ends at a comma, or where the writer's clause opens without one
            at = next(
                (n for n, w in enumerate(rest) if w.text == "," or w.lower in style.subjects),
                None,
            )
            if at is None or at == 0 or at + 2 >= len(rest):
                return None
            source_words = rest[:at]
            at += rest[at].text == ","
            if rest[at].lower not in style.subjects:
                return None
            subject = rest[at].lower
            clause = rest[at + 1 :]
        if not names_person(source_words, style):
            return None
        cut = without_tail(clause, style)
        if cut is None or len(cut[0]) < 2:
            return None
        credit = lowered([*words[: len(phrase)], *source_words], style)
        credit += f", {cut[1]}" if cut[1] else ""
        return Voice(inner=writers_sentence(subject, cut[0], style), credit=credit)
    return None


def reported(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Mijn rapportages moeten beter, zegt de teamchef.', '..., says my manager.': a
    trailing report of who said it; the clause before it is the goal."""
    comma = max((n for n, w in enumerate(words) if w.text == ","), default=None)
    if comma is None or comma < 2 or comma + 2 >= len(words):
        return None
    tail = words[comma + 1 :]
    if not is_voice(tail[0], style) or not names_person(tail[1:], style):
        return None  # ', zeg ik', ', zeg maar': the writer's own words, a filler
    inner = join(words[:comma])
    credit = as_wished(style).format(who=lowered([*tail[1:], tail[0]], style))
    return Voice(inner=capitalise(tidy(inner)).rstrip(" ,") + ".", credit=credit)


def advised(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Feedback van mijn coach: proactiever zijn in het overleg', 'Advice from my lead: ...':
    someone else's advice as a label; the words after it are the goal."""
    frame = style.frames.as_advised
    colon = next((n for n, w in enumerate(words) if w.text == ":"), None)
    if frame is None or colon is None or colon < 3 or colon + 2 >= len(words):
        return None
    label = words[:colon]
    if label[0].lemma not in style.voice_labels and label[0].lower not in style.voice_labels:
        return None
    if label[1].pos != "ADP" or not names_person(label[2:], style):
        return None
    advice = words[colon + 1 :]
    if any(w.lower in style.subjects for w in advice):
        inner = join(advice)  # 'Feedback van mijn coach: ik moet ...': the writer's sentence
    elif verb_phrase(advice):
        # the advice as a verb phrase ('proactiever zijn in het overleg', 'be more
        # proactive'): the writer commits to it
        me = style.default_subject
        first = inside_sentence(advice[0])
        inner = f"{me} {style.subjects[me.lower()]} {join([first, *advice[1:]])}"
    else:
        return None
    credit = frame.format(label=lowered(label, style))
    return Voice(inner=capitalise(tidy(inner)).rstrip(" ,") + ".", credit=credit)


def duty_from(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Ik moet van mijn manager meer cross-sellen', 'Van mijn coach moet ik ...': a duty
    someone else set (the pack's ``rewrite.duty_sources``). The writer commits to the rest
    ('Ik ga meer cross-sellen'), the other person is credited ('..., zoals mijn manager
    wil'; ``duty_source_verb``)."""
    if not style.duty_sources or not style.duty_source_verb or style.word_order != "v2":
        return None
    lower = [w.lower for w in words]
    duties = set(style.own_part_drops)
    if len(words) >= 5 and lower[0] in style.subjects and lower[1] in duties:
        me, at = lower[0], 2  # 'Ik moet van ...'
    elif len(words) >= 5 and lower[0] in style.duty_sources:
        me, at = "", 1  # 'Van mijn coach moet ik ...'
    else:
        return None
    if me and lower[at] not in style.duty_sources:
        return None
    start = at + 1 if me else at
    end = start
    while end < len(words) and words[end].pos in ("DET", "PRON", "NOUN", "PROPN", "ADJ"):
        if words[end].lower in style.subjects:
            break
        if end > start and words[end].pos in ("DET", "PRON"):
            break  # a second determiner opens the object ('van HR *mijn* registratie')
        end += 1
        if words[end - 1].pos in ("NOUN", "PROPN") or acronym(words[end - 1]):
            break  # the person's noun ('de directie', 'HR'), before the rest ('elke week ...')
    who = words[start:end]
    if not names_person(who, style) or who[0].lower in style.distributive_words:
        return None  # 'Van elk gesprek moet ik ...': a thing, not who set the duty
    rest = words[end:]
    if not me:  # 'Van mijn coach *moet ik* ...'
        if len(rest) < 3 or rest[0].lower not in duties or rest[1].lower not in style.subjects:
            return None
        me, rest = rest[1].lower, rest[2:]
    own = style.subjects[me]  # 'ik ga': never 'ik ga ... gaan leren'
    rest = without_aux_again(rest, own.split()[-1], "nl")  # duties are read in Dutch only
    cut = without_tail([Word(own), *rest], style)
    if cut is None or len(cut[0]) < 3:
        return None
    verb = style.duty_source_verb
    if who[-1].plural and style.duty_source_verb_plural:  # 'zoals mijn ouders willen'
        verb = style.duty_source_verb_plural
    credit = as_wished(style).format(who=lowered([*who, Word(verb)], style))
    credit += f", {cut[1]}" if cut[1] else ""
    return Voice(inner=writers_sentence(me, cut[0], style), credit=credit)


def quoted(
    words: list[Word], style: RewriteStyle, lang: str, particles: frozenset[str]
) -> Voice | None:
    """'Mijn teamleider zei: "Je moet assertiever worden."', 'Feedback van mijn coach: "Vraag
    vaker om hulp."', 'My mentor told me: "Ask for help sooner."': advice quoted as it was
    given (quoted.py) is the writer's commitment, its giver credited ('..., zoals mijn
    teamleider zei', '..., naar aanleiding van feedback van mijn coach')."""
    found = quoted_advice(words, style, lang, particles)
    if found is None:
        return None
    clause, speaker = found
    said = next((n for n in range(len(speaker) - 1, 0, -1) if is_voice(speaker[n], style)), None)
    if said is not None and names_person(speaker[:said], style):
        credit = as_wished(style).format(who=lowered(speaker, style))  # 'zoals mijn ... zei'
    elif (
        style.frames.as_advised is not None
        and len(speaker) >= 3
        and (speaker[0].lemma in style.voice_labels or speaker[0].lower in style.voice_labels)
        and speaker[1].pos == "ADP"
        and names_person(speaker[2:], style)
    ):
        credit = style.frames.as_advised.format(label=lowered(speaker, style))
    elif (
        style.frames.as_discussed is not None
        and len(speaker) >= 2
        and speaker[0].lower in style.advice_sources
        and speaker[1].pos in ("DET", "PRON")
        and all(w.is_word or w.text == "-" for w in speaker[1:])  # 'my mid-year review'
    ):  # 'Uit het functioneringsgesprek: "..."': where the advice was given
        credit = style.frames.as_discussed.format(label=join(speaker[1:]))
    else:
        return None
    me = style.default_subject.lower()
    cut = without_tail(committed(clause, style, style.subjects[me]), style)
    if cut is None or len(cut[0]) < 2:
        return None
    return Voice(inner=writers_sentence(me, cut[0], style), credit=credit)


def wish_as_reason(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Ik moet mijn registratie verlengen omdat HR dat wil', 'I have to renew my licence
    because HR wants it / wants me to': another person's wish given as the reason (the pack's
    ``reason_openers``, then who, the wish and only pronouns). The writer commits to the
    clause before it ('Ik ga ...'), the other person is credited ('..., zoals HR wil')."""
    at = next((n for n, w in enumerate(words) if w.lower in style.reason_openers), None)
    if at is None or at < 3 or words[0].lower not in style.subjects:
        return None
    tail = words[at + 1 :]
    said = next((n for n, w in enumerate(tail) if n and is_voice(w, style)), None)
    if said is None:
        return None
    pronouns = {
        *style.demonstrative_subjects,
        *style.demonstrative_subjects.values(),
        *style.object_pronouns,
        *(m.lower() for m in style.infinitive_markers),
    }
    who = tail[:said]
    while who and who[-1].lower in pronouns:
        who = who[:-1]  # 'omdat HR *dat* wil'
    if not who or not names_person(who, style):
        return None
    if any(w.lower not in pronouns for w in tail[said + 1 :]):
        return None  # 'because HR wants a new system': a reason of its own, no bare wish
    me = words[0].lower
    clause = committed(words[1:at], style, style.subjects[me])
    cut = without_tail(clause, style)
    if cut is None or len(cut[0]) < 2 or cut[1]:
        return None
    credit = as_wished(style).format(who=lowered([*who, tail[said]], style))
    return Voice(inner=writers_sentence(me, cut[0], style), credit=credit)
