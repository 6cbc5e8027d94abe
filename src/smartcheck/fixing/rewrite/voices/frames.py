"""The writer's clause inside a frame of the writer's own: a wish about what would be nice
("Het zou mooi zijn als ik ...", "It would be great if I could ..."), a request or agreement
told first ("Ik ben gevraagd om ...", "My manager and I agreed that I ..."), a development
question ("Hoe kan ik ...?"). Who asked or agreed is credited; a wish or question has nobody
to credit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.voices.clause import (
    Voice,
    bare_means,
    committed,
    infinitive_clause,
    lowered,
    names_person,
    spelled_opening,
    thats,
    without_tail,
    writers_clause,
    writers_sentence,
)
from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def wished(
    words: list[Word], style: RewriteStyle, lang: str, particles: frozenset[str] = frozenset()
) -> Voice | None:
    """'Het zou mooi zijn als ik volgend jaar de opleiding kan volgen', 'It would be great
    if I could do the course': a wish about what would be nice (the pack's
    ``rewrite.wish_frames``). The writer's clause after it is the goal, in main-clause order,
    its modal of possibility (``wish_modals``: kan, mocht, could) the commitment; nobody
    else's words to credit."""
    text = [w.lower for w in words]
    lead = max((spelled_opening(text, h) or 0 for h in style.drop_hedges), default=0)
    if lead and text[lead : lead + 1] == ["that"]:
        lead += 1
    words, text = words[lead:], text[lead:]  # 'I think it would be good to ...': no opinion
    opens = {c.lower() for c in style.complementizers}
    for frame in style.wish_frames:
        size = spelled_opening(text, frame)  # in tokens: "I'd" is two
        to = frame.split()[-1] in style.infinitive_markers and style.word_order != "v2"
        if size is None or len(words) < size + (2 if to else 3):
            continue
        if to:  # 'it would be good to take a course in X', 'it would be nice to learn Python'
            me = style.default_subject.lower()
            cut = without_tail([Word(style.subjects[me]), *words[size:]], style)
            if cut is None or len(cut[0]) < 3:
                return None
            return Voice(inner=writers_sentence(me, cut[0], style), credit="")
        if frame.split()[-1] in opens:  # 'ik zou het leuk vinden om ... te ...'
            me = style.default_subject.lower()
            bare = bare_means(words[size:], style, particles)
            cut = without_tail([Word(style.subjects[me]), *bare], style) if bare else None
            if cut is None or len(cut[0]) < 3:
                return None
            return Voice(inner=writers_sentence(me, cut[0], style), credit="")
        found = writers_clause(words[size:], style, lang)
        if found is None:
            return None
        me, aux, clause = found
        if clause and clause[0].past and clause[0].lemma:  # 'if I mastered': 'I will master'
            clause = [Word(clause[0].lemma), *clause[1:]]
        if clause and clause[0].lower in style.wish_modals:
            clause = [Word(aux), *clause[1:]]
        elif style.word_order != "v2":
            clause = [Word(aux), *clause]
        cut = without_tail(clause, style)
        if cut is None or len(cut[0]) < 2:
            return None
        return Voice(inner=writers_sentence(me, cut[0], style), credit="")
    return None


def _framed(
    words: list[Word], frame: str, style: RewriteStyle, stops: set[str]
) -> tuple[list[Word], int] | None:
    """Where ``frame`` opens ``words`` ('ik ben door {who} gevraagd', '{who} and i agreed
    that'): who it names (empty without a ``{who}`` slot) and the index after the frame.
    The slot ends where the frame goes on, or at one of ``stops`` when the frame ends in
    it; None when the frame does not open ``words`` or its slot names no person."""
    text = [w.lower for w in words]
    before, _, after = frame.partition("{who}")
    at = spelled_opening(text, before.replace(" ", "")) if before.strip() else 0
    if at is None:
        return None
    if "{who}" not in frame:
        return [], at
    end = next(
        (
            n
            for n in range(at + 1, min(at + 6, len(text)))
            if (spelled_opening(text[n:], after) if after.strip() else text[n] in stops)
        ),
        None,
    )
    if end is None or not names_person(words[at:end], style):
        return None
    return words[at:end], end + ((spelled_opening(text[end:], after) or 0) if after.strip() else 0)


def requested(
    words: list[Word], style: RewriteStyle, particles: frozenset[str], lang: str
) -> Voice | None:
    """'Ik ben gevraagd om ... te ...', 'Het bedrijf verplicht mij om ...', 'I was asked by
    my manager to ...': a request or order the writer received (the pack's
    ``request_frames``). The infinitive clause after it is the writer's commitment; who
    asked, when named, is credited ('..., op verzoek van het bedrijf'). So is the writer's
    own clause after it, its duty committed ('I've been told I should delegate more')."""
    that = {t.lower() for t in (*style.complementizers, *thats(style))}
    opens = {m.lower() for m in style.infinitive_markers} | that
    for frame in style.request_frames:
        found = _framed(words, frame, style, opens)
        if found is None:
            continue
        who, at = found
        rest = infinitive_clause(words[at:], style, particles)
        if rest is None or len(rest) < 2:
            at += int(at < len(words) and words[at].lower in that)  # 'told by X that I ...'
            writer = writers_clause(words[at:], style, lang) if at + 2 < len(words) else None
            if writer is None:
                continue
            me, aux, clause = writer  # 'I've been told *I should delegate more*'
            told = without_tail(committed(clause, style, aux), style)
            if told is None or len(told[0]) < 2:
                continue
            frame_of = style.frames.as_requested or ""
            credit = frame_of.format(who=lowered(who, style)) if who and frame_of else ""
            credit += f", {told[1]}" if credit and told[1] else ""
            return Voice(inner=writers_sentence(me, told[0], style), credit=credit)
        cut = without_tail([Word(style.subjects[style.default_subject.lower()]), *rest], style)
        if cut is None:
            continue
        credit = style.frames.as_requested or "" if who else ""
        credit = credit.format(who=lowered(who, style)) if credit else ""
        credit += f", {cut[1]}" if credit and cut[1] else ""
        return Voice(
            inner=writers_sentence(style.default_subject.lower(), cut[0], style), credit=credit
        )
    return None


def agreed(words: list[Word], style: RewriteStyle, lang: str) -> Voice | None:
    """'Mijn leidinggevende en ik hebben afgesproken dat ik ...', 'My manager and I agreed
    that I should ...': an agreement told before the goal (the pack's ``agreed_frames``).
    The writer's clause after it is the commitment, the agreement its reason ('..., zoals
    met mijn leidinggevende afgesproken', '..., as agreed with my manager')."""
    opens = {t.lower() for t in thats(style)}
    for frame in style.agreed_frames:
        found = _framed(words, frame, style, opens)
        if found is None or style.frames.as_agreed is None:
            continue
        who, at = found
        if at < len(words) and words[at].lower in opens:
            at += 1  # 'agreed that', when the frame leaves it out
        writer = writers_clause(words[at:], style, lang) if at + 2 < len(words) else None
        if writer is None:
            continue
        me, aux, clause = writer
        cut = without_tail(committed(clause, style, aux), style)
        if cut is None or len(cut[0]) < 2:
            continue
        credit = style.frames.as_agreed.format(who=lowered(who, style))
        credit += f", {cut[1]}" if cut[1] else ""
        return Voice(inner=writers_sentence(me, cut[0], style), credit=credit)
    return None


def asked(words: list[Word], style: RewriteStyle, particles: frozenset[str]) -> Voice | None:
    """'Hoe kan ik beter omgaan met boze klanten?', 'How can I get better at ...?', 'Wat kan
    ik doen om beter te plannen?': the writer's development question (the pack's
    ``question_frames``) is the goal it asks about, stated ('Ik wil beter omgaan met boze
    klanten.', 'Ik wil beter plannen.'); nobody else to credit."""
    text = [w.lower for w in words]
    opens = {c.lower() for c in style.complementizers}
    asks = [n for n, w in enumerate(words) if w.text == "?"]
    if asks and any(w.is_word for w in words[asks[0] + 1 :]):
        return None  # 'How do I deal with X? Take the course': the goal follows the question
    for frame, statement in style.question_frames.items():
        size = spelled_opening(text, frame.replace(" ", ""))
        if size is None or len(words) < size + 2:
            continue
        rest: list[Word] | None = [w for w in words[size:] if w.text != "?"]
        if frame.split()[-1] in opens:  # 'om beter te plannen' -> 'beter plannen'
            rest = infinitive_clause([*words[size - 1 : size], *(rest or [])], style, particles)
        if not rest:
            continue
        stated = capitalise(tidy(f"{statement} {join(rest)}")).rstrip(" ,") + "."
        return Voice(inner=stated, credit="")
    return None
