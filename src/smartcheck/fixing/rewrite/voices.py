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

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.comments import trailing_comment, with_times
from smartcheck.fixing.rewrite.difficulties import difficulty_goal
from smartcheck.fixing.rewrite.quoted import quoted_advice
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    gerund_bases,
    inside_sentence,
    is_common_word,
    join,
    looks_infinitive_nl,
    stem_infinitives,
    tidy,
    words_of,
)
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal


@dataclass(frozen=True)
class Voice:
    """The writer's clause as a goal of its own, and the phrase that keeps the other voice."""

    inner: str
    credit: str
    #: The writer's own means ('de maandagbriefing leiden'), for the behaviour the rewrite
    #: of ``inner`` asks for.
    behaviour: str = ""
    #: Words the rewrite of ``inner`` must hold to be the writer's part ('will make sure
    #: that'): without them it still tells someone else's wish.
    needs: str = ""
    #: The characters of the writer's comment on the advice that the rewrite leaves out
    #: ('Ik denk dat dat wel lukt.'; comments.py), if any.
    dropped: tuple[int, int] | None = None


def other_voice(
    goal: Goal, style: RewriteStyle, particles: frozenset[str] = frozenset()
) -> Voice | None:
    """The writer's own clause and the other person's words, or None (no such frame).
    ``particles``: the pack's separable particles ('op te ruimen' -> 'opruimen')."""
    if not style.voice_verbs or style.frames.as_wished is None:
        return None
    words = [w for w in words_of(goal) if w.text.strip()]
    while words and not words[-1].is_word:
        words.pop()
    if len(words) < 4:
        return None
    comment = trailing_comment(words, style, [(e.start, e.end) for e in goal.deadlines])
    if comment is not None:  # 'Ik denk dat dat wel lukt.': the advice before it is read
        voice = _shaped(words[: comment.at], style, particles, goal.lang)
        inner = with_times(voice.inner, comment.times, style) if voice is not None else None
        if voice is not None and inner is not None:
            return replace(voice, inner=inner, dropped=comment.span)
    return _shaped(words, style, particles, goal.lang)


def _shaped(
    words: list[Word], style: RewriteStyle, particles: frozenset[str], lang: str
) -> Voice | None:
    """The first shape of another voice (or of the writer's goal told in another shape)
    that ``words`` take."""
    if len(words) < 4:
        return None
    return (
        _opinion(words, style, particles, lang)
        or _wished(words, style, lang, particles)
        or _duty_from(words, style)
        or _requested(words, style, particles)
        or _agreed(words, style, lang)
        or _asked(words, style, particles)
        or _quoted(words, style, lang, particles)
        or _difficulty(words, style)
        or _fronted_reason(words, style)
        or _means_example(words, style, particles)
        or _according(words, style)
        or _reported(words, style)
        or _advised(words, style)
    )


def credited(
    sentence: str, voice: Voice, inner: Goal, ctx: RuleContext, style: RewriteStyle
) -> str | None:
    """The rewrite of the writer's clause with the other person's words as its reason at
    the end ('..., zoals mijn leidinggevende vindt.'), or None when that shows a seam."""
    text = f"{sentence.rstrip(' .!')}, {voice.credit}." if voice.credit else sentence
    return None if find_seams(text, inner, ctx, style) else text


def _as_wished(style: RewriteStyle) -> str:
    """The frame of the other's words as the reason ('zoals {who}'); checked by other_voice."""
    return style.frames.as_wished or "{who}"


def _person(words: list[Word], style: RewriteStyle) -> bool:
    """Do ``words`` name another person ('mijn leidinggevende', 'de teamchef', 'HR'): a
    noun phrase with a noun or name, without the writer ('ik', 'I'), perhaps with one
    prepositional phrase after its noun ('mijn opleider in de apotheek', 'the head of
    department')?"""
    at = next((n for n, w in enumerate(words) if w.pos == "ADP"), None)
    if at is not None and at > 0:
        place = words[at + 1 :]
        return (
            _person(words[:at], style)
            and any(w.pos in ("NOUN", "PROPN") for w in place)
            and all(w.pos in ("DET", "PRON", "ADJ", "NOUN", "PROPN") for w in place)
            and not any(w.lower in style.subjects for w in place)
        )
    if not words or any(
        not w.is_word or w.lower in style.subjects or w.pos in _NOT_IN_A_NAME for w in words
    ):
        return False
    if len(words) == 1:
        return words[0].pos in ("NOUN", "PROPN")  # 'HR', 'Jan'
    # 'mijn begeleider', 'de teamchef' (the tagger may miss the noun after its determiner)
    return words[0].pos in ("DET", "PRON") or all(w.pos in ("NOUN", "PROPN") for w in words)


#: Parts of speech never inside a phrase that names a person.
_NOT_IN_A_NAME = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "NUM", "PUNCT", "PART"})


def _is_voice(word: Word, style: RewriteStyle) -> bool:
    return word.lemma in style.voice_verbs or word.lower in style.voice_verbs


def _opinion(
    words: list[Word], style: RewriteStyle, particles: frozenset[str], lang: str
) -> Voice | None:
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
    if not _person(who, style):
        return None  # 'Ik vind dat ...': the writer's own judgement
    n = at + 1
    while n < at + 3 and n < len(words) and words[n].pos == "ADV":
        n += 1  # 'wil graag dat ik ...'
    if n >= len(words):
        return None  # 'wil Excel wil nooit': adverbs up to the end, no clause after them
    if n > at + 1 and words[n].lower in style.subjects:
        return None  # 'vindt nu ik ...': no clause of the writer's after the adverbs
    if n < len(words) and words[n].lower in {c.lower() for c in _thats(style)}:
        n += 1
    if n >= len(words):
        return None
    me = words[n].lower
    that = words[n - 1].lower in _thats(style)
    adverbs = words[at + 1 : n - 1] if that else words[at + 1 : n]
    others = _others_clause(words[n:], style) if that else None
    if others is not None:  # 'vindt dat het team meer moet samenwerken': the own part's
        cut = _without_tail(others, style)
        if cut is None or len(cut[0]) < 3:
            return None
        said = [*adverbs, words[at]] if style.word_order == "v2" else [words[at], *adverbs]
        credit = _as_wished(style).format(who=_lowered([*who, *said], style))
        credit += f", {cut[1]}" if cut[1] else ""
        return Voice(inner=capitalise(tidy(join(cut[0]))).rstrip(" ,") + ".", credit=credit)
    wanted = _wanted_of_others(words[n:], style) if words[at].lemma in style.wanting_verbs else None
    if wanted is not None:  # 'Management wants all drivers to ...': the writer's wish for them
        credit = _as_wished(style).format(who=_lowered([*who, words[at], *adverbs], style))
        own = (style.frames.own_part or "").split("{clause}")[0].strip()
        return Voice(inner=wanted, credit=credit, needs=own)
    if me in style.object_pronouns:
        subject = style.object_pronouns[me]  # 'wants me to run' -> 'I will run'
        rest = _infinitive_clause(words[n + 1 :], style, particles)
        if rest is None:
            return None
        clause = [Word(style.subjects[subject]), *rest]
    elif me in style.subjects:
        subject = me
        clause = words[n + 1 :]
        step = _pronoun_step(words[n - 1 :], style) if that else None
        if step is not None:  # '..., dat ga ik regelen': the writer's own step is the goal
            said = [*adverbs, words[at]] if style.word_order == "v2" else [words[at], *adverbs]
            credit = _as_wished(style).format(who=_lowered([*who, *said], style))
            return Voice(inner=step, credit=credit)
        if style.word_order == "v2":
            ordered = _main_order(clause, style, style.subjects[subject], lang)
            if ordered is None:
                return None
            clause = ordered
    else:
        return None
    cut = _without_tail(_committed(clause, style, style.subjects[subject]), style)
    if cut is None or len(cut[0]) < 2:
        return None
    said = [*adverbs, words[at]] if style.word_order == "v2" else [words[at], *adverbs]
    credit = _as_wished(style).format(who=_lowered([*who, *said], style))
    credit += f", {cut[1]}" if cut[1] else ""
    return Voice(inner=_sentence(subject, cut[0], style), credit=credit)


def _wanted_of_others(words: list[Word], style: RewriteStyle) -> str | None:
    """'all drivers to cut harsh braking ...' after another person's 'wants': the same wish
    as the writer's own ('I want all drivers to cut ...'), which the writer's part of the
    goal then takes up (own.py); None when no people and infinitive follow."""
    markers = {m.lower() for m in style.infinitive_markers}
    to = next((k for k, w in enumerate(words) if w.lower in markers), None)
    if not style.writer_wish or to is None or to == 0 or to + 2 > len(words):
        return None
    if not _person(words[:to], style):
        return None
    return capitalise(tidy(f"{style.writer_wish} {join(words)}")).rstrip(" ,") + "."


def _pronoun_step(words: list[Word], style: RewriteStyle) -> str | None:
    """'dat ik doorgroei naar X, dat ga ik binnen 3 maanden regelen': the wished clause
    (``words``, from its 'dat') and, after a comma, the writer's own step that takes it up
    with a demonstrative ('dat ga ik ... regelen'). The step with the wished clause as its
    object is the writer's goal: 'Ik ga binnen 3 maanden regelen dat ik doorgroei naar X'.
    Verb-second languages only (the demonstrative fronted before the finite verb)."""
    comma = next((n for n, w in enumerate(words) if w.text == ","), None)
    if style.word_order != "v2" or comma is None or comma < 3:
        return None
    step = words[comma + 1 :]
    if len(step) < 4 or any(not w.is_word for w in step):
        return None
    if step[0].lower not in style.demonstrative_subjects or step[2].lower not in style.subjects:
        return None
    aux, me, verb = step[1], step[2], step[-1]
    if aux.lower not in style.modals and not aux.finite:
        return None
    if not looks_infinitive_nl(verb):
        return None  # 'dat ga ik regelen': the step ends in its infinitive
    subject = style.default_subject if me.lower == style.default_subject.lower() else me.text
    sentence = join([Word(subject), aux, *step[3:], *words[:comma]])
    return capitalise(tidy(sentence)).rstrip(" ,") + "."


def _committed(clause: list[Word], style: RewriteStyle, aux: str) -> list[Word]:
    """The other's duty for the writer as the writer's commitment: the clause's leading
    modal of duty ('moet ... aanleveren', 'should reply', 'need to reply'; the pack's
    own_part_drops) becomes the committed auxiliary ('ga', 'will')."""
    for size in (2, 1):
        lead = " ".join(w.lower for w in clause[:size])
        if len(clause) > size and lead in style.own_part_drops:
            return [Word(aux), *clause[size:]]
    return clause


def _others_clause(words: list[Word], style: RewriteStyle) -> list[Word] | None:
    """'het team meer moet samenwerken', 'the team must document more': a clause whose
    subject is a noun phrase of others, in main-clause order ('het team moet meer
    samenwerken'); in Dutch only with a modal in its verb cluster, which can move to second
    place without splitting a separable verb. None for any other clause."""
    k = 0
    while k < len(words) and words[k].pos in ("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"):
        if words[k].lower in style.subjects or words[k].lower in style.object_pronouns:
            return None
        k += 1
    subject, clause = words[:k], words[k:]
    if not subject or not any(w.pos in ("NOUN", "PROPN") for w in subject) or len(clause) < 2:
        return None
    if style.word_order != "v2":
        return [*subject, *clause]
    end = next((n for n, w in enumerate(clause) if w.text in ",;:"), len(clause))
    duties = {w for p in style.own_part_drops for w in p.lower().split()}
    at = next((n for n in range(end - 1) if clause[n].lower in style.modals | duties), None)
    if at is None or clause[at + 1].pos not in ("VERB", "AUX"):
        return None
    return [*subject, clause[at], *clause[:at], *clause[at + 1 :]]


def _infinitive_clause(
    words: list[Word], style: RewriteStyle, particles: frozenset[str]
) -> list[Word] | None:
    """The words after 'me' as a bare infinitive phrase: 'to run the stand-up' -> 'run the
    stand-up', 'om vaker pauze te nemen' -> 'vaker pauze nemen', 'om de kast op te ruimen'
    -> 'de kast opruimen'; None when it is no infinitive clause."""
    markers = {m.lower() for m in style.infinitive_markers}
    complementizers = {c.lower() for c in style.complementizers}
    k = 1 if words and words[0].lower in complementizers else 0
    if style.word_order != "v2":
        return words[k + 1 :] if len(words) > k + 1 and words[k].lower in markers else None
    rest = words[k:]
    end = next((n for n, w in enumerate(rest) if w.text in ",;:"), len(rest))
    at = next((n for n in range(end - 2, -1, -1) if rest[n].lower in markers), None)
    if at is None or at != end - 2:
        return None  # the Dutch clause ends in 'te' + its verb
    verb = rest[at + 1]
    if at > 0 and rest[at - 1].lower in particles:
        joined = rest[at - 1].with_text(rest[at - 1].text + verb.text)
        return [*rest[: at - 1], joined, *rest[end:]]
    return [*rest[:at], verb, *rest[end:]]


def _wished(
    words: list[Word], style: RewriteStyle, lang: str, particles: frozenset[str] = frozenset()
) -> Voice | None:
    """'Het zou mooi zijn als ik volgend jaar de opleiding kan volgen', 'It would be great
    if I could do the course': a wish about what would be nice (the pack's
    ``rewrite.wish_frames``). The writer's clause after it is the goal, in main-clause order,
    its modal of possibility (``wish_modals``: kan, mocht, could) the commitment; nobody
    else's words to credit."""
    text = [w.lower for w in words]
    opens = {c.lower() for c in style.complementizers}
    for frame in style.wish_frames:
        size = _opening(text, frame)  # in tokens: "I'd" is two
        if size is None or len(words) < size + 3:
            continue
        if frame.split()[-1] in opens:  # 'ik zou het leuk vinden om ... te ...'
            me = style.default_subject.lower()
            bare = _bare_means(words[size:], style, particles)
            cut = _without_tail([Word(style.subjects[me]), *bare], style) if bare else None
            if cut is None or len(cut[0]) < 3:
                return None
            return Voice(inner=_sentence(me, cut[0], style), credit="")
        me = words[size].lower
        if me not in style.subjects:
            return None
        aux = style.subjects[me]
        clause = words[size + 1 :]
        if style.word_order == "v2":
            ordered = _main_order(clause, style, aux, lang)
            if ordered is None:
                return None
            clause = ordered
        if clause and clause[0].lower in style.wish_modals:
            clause = [Word(aux), *clause[1:]]
        elif style.word_order != "v2":
            clause = [Word(aux), *clause]
        cut = _without_tail(clause, style)
        if cut is None or len(cut[0]) < 2:
            return None
        return Voice(inner=_sentence(me, cut[0], style), credit="")
    return None


def _duty_from(words: list[Word], style: RewriteStyle) -> Voice | None:
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
        end += 1
        if words[end - 1].pos in ("NOUN", "PROPN"):
            break  # the person's noun ('de directie'), before the rest ('elke week ...')
    who = words[start:end]
    if not _person(who, style) or who[0].lower in style.distributive_words:
        return None  # 'Van elk gesprek moet ik ...': a thing, not who set the duty
    rest = words[end:]
    if not me:  # 'Van mijn coach *moet ik* ...'
        if len(rest) < 3 or rest[0].lower not in duties or rest[1].lower not in style.subjects:
            return None
        me, rest = rest[1].lower, rest[2:]
    cut = _without_tail([Word(style.subjects[me]), *rest], style)
    if cut is None or len(cut[0]) < 3:
        return None
    verb = style.duty_source_verb
    if who[-1].plural and style.duty_source_verb_plural:  # 'zoals mijn ouders willen'
        verb = style.duty_source_verb_plural
    credit = _as_wished(style).format(who=_lowered([*who, Word(verb)], style))
    credit += f", {cut[1]}" if cut[1] else ""
    return Voice(inner=_sentence(me, cut[0], style), credit=credit)


def _framed(
    words: list[Word], frame: str, style: RewriteStyle, stops: set[str]
) -> tuple[list[Word], int] | None:
    """Where ``frame`` opens ``words`` ('ik ben door {who} gevraagd', '{who} and i agreed
    that'): who it names (empty without a ``{who}`` slot) and the index after the frame.
    The slot ends where the frame goes on, or at one of ``stops`` when the frame ends in
    it; None when the frame does not open ``words`` or its slot names no person."""
    text = [w.lower for w in words]
    before, _, after = frame.partition("{who}")
    at = _opening(text, before.replace(" ", "")) if before.strip() else 0
    if at is None:
        return None
    if "{who}" not in frame:
        return [], at
    end = next(
        (
            n
            for n in range(at + 1, min(at + 6, len(text)))
            if (_opening(text[n:], after) if after.strip() else text[n] in stops)
        ),
        None,
    )
    if end is None or not _person(words[at:end], style):
        return None
    return words[at:end], end + ((_opening(text[end:], after) or 0) if after.strip() else 0)


def _requested(words: list[Word], style: RewriteStyle, particles: frozenset[str]) -> Voice | None:
    """'Ik ben gevraagd om ... te ...', 'Het bedrijf verplicht mij om ...', 'I was asked by
    my manager to ...': a request or order the writer received (the pack's
    ``request_frames``). The infinitive clause after it is the writer's commitment; who
    asked, when named, is credited ('..., op verzoek van het bedrijf')."""
    opens = {m.lower() for m in (*style.infinitive_markers, *style.complementizers)}
    for frame in style.request_frames:
        found = _framed(words, frame, style, opens)
        if found is None:
            continue
        who, at = found
        rest = _infinitive_clause(words[at:], style, particles)
        if rest is None or len(rest) < 2:
            continue
        cut = _without_tail([Word(style.subjects[style.default_subject.lower()]), *rest], style)
        if cut is None:
            continue
        credit = style.frames.as_requested or "" if who else ""
        credit = credit.format(who=_lowered(who, style)) if credit else ""
        credit += f", {cut[1]}" if credit and cut[1] else ""
        return Voice(inner=_sentence(style.default_subject.lower(), cut[0], style), credit=credit)
    return None


def _agreed(words: list[Word], style: RewriteStyle, lang: str) -> Voice | None:
    """'Mijn leidinggevende en ik hebben afgesproken dat ik ...', 'My manager and I agreed
    that I should ...': an agreement told before the goal (the pack's ``agreed_frames``).
    The writer's clause after it is the commitment, the agreement its reason ('..., zoals
    met mijn leidinggevende afgesproken', '..., as agreed with my manager')."""
    thats = {t.lower() for t in _thats(style)}
    for frame in style.agreed_frames:
        found = _framed(words, frame, style, thats)
        if found is None or style.frames.as_agreed is None:
            continue
        who, at = found
        if at < len(words) and words[at].lower in thats:
            at += 1  # 'agreed that', when the frame leaves it out
        if at + 2 >= len(words) or words[at].lower not in style.subjects:
            continue
        me, clause = words[at].lower, words[at + 1 :]
        if style.word_order == "v2":
            ordered = _main_order(clause, style, style.subjects[me], lang)
            if ordered is None:
                continue
            clause = ordered
        cut = _without_tail(_committed(clause, style, style.subjects[me]), style)
        if cut is None or len(cut[0]) < 2:
            continue
        credit = style.frames.as_agreed.format(who=_lowered(who, style))
        credit += f", {cut[1]}" if cut[1] else ""
        return Voice(inner=_sentence(me, cut[0], style), credit=credit)
    return None


def _quoted(
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
    said = next((n for n in range(len(speaker) - 1, 0, -1) if _is_voice(speaker[n], style)), None)
    if said is not None and _person(speaker[:said], style):
        credit = _as_wished(style).format(who=_lowered(speaker, style))  # 'zoals mijn ... zei'
    elif (
        style.frames.as_advised is not None
        and len(speaker) >= 3
        and (speaker[0].lemma in style.voice_labels or speaker[0].lower in style.voice_labels)
        and speaker[1].pos == "ADP"
        and _person(speaker[2:], style)
    ):
        credit = style.frames.as_advised.format(label=_lowered(speaker, style))
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
    cut = _without_tail(_committed(clause, style, style.subjects[me]), style)
    if cut is None or len(cut[0]) < 2:
        return None
    return Voice(inner=_sentence(me, cut[0], style), credit=credit)


def _fronted_reason(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Omdat ik vaak gestrest ben, wil ik leren ontspannen', 'Because I'm often stressed, I
    want to ...': a reason told first (the pack's ``reason_openers``) goes after the goal,
    which is then read in its own order ('Ik wil leren ontspannen, omdat ik vaak gestrest
    ben.'); nobody else's words to credit."""
    if not words or words[0].lower not in style.reason_openers:
        return None
    comma = next((n for n, w in enumerate(words) if w.text == ","), None)
    if comma is None or comma < 3 or comma + 3 > len(words):
        return None
    main = words[comma + 1 :]
    if style.word_order == "v2":  # 'wil ik ...' after the fronted clause: 'ik wil ...'
        finite = main[0].finite or main[0].lower in style.modals
        if main[1].lower not in style.subjects or not finite:
            return None
        main = [main[1], main[0], *main[2:]]
    elif main[0].lower not in style.subjects:
        return None
    reason = [inside_sentence(words[0]), *words[1:comma]]
    inner = f"{join(main)}, {join(reason)}"
    return Voice(inner=capitalise(tidy(inner)).rstrip(" ,") + ".", credit="")


def _means_example(
    words: list[Word], style: RewriteStyle, particles: frozenset[str]
) -> Voice | None:
    """'Ik wil zichtbaarder worden, bijvoorbeeld door vaker te presenteren in het MT', 'I want
    to take on more responsibility, for example by leading the briefing': the writer names
    the means after the goal (the pack's ``means_examples``). The goal before it is rewritten,
    and the means is the concrete behaviour its rewrite asks for."""
    text = [w.lower for w in words]
    comma = next((n for n, w in enumerate(words) if w.text == ","), None)
    if comma is None or comma < 3:
        return None
    for marker in style.means_examples:
        size = _opening(text[comma + 1 :], marker.replace(" ", ""))
        if size is None:
            continue
        means = _bare_means(words[comma + 1 + size :], style, particles)
        if means is None or len(means) < 2:
            return None
        goal = capitalise(tidy(join(words[:comma]))).rstrip(" ,") + "."
        return Voice(inner=goal, credit="", behaviour=join(means, lead=False))
    return None


def _bare_means(
    words: list[Word], style: RewriteStyle, particles: frozenset[str]
) -> list[Word] | None:
    """The means as a bare verb phrase: 'vaker te presenteren in het MT' -> 'vaker
    presenteren in het MT', 'de kast op te ruimen' -> 'de kast opruimen', 'leading the
    briefing' -> 'lead the briefing'; None when it is no verb phrase."""
    if not words:
        return None
    if style.word_order != "v2":
        base = _gerund_base(words[0])
        return [words[0].with_text(base), *words[1:]] if base else None
    markers = {m.lower() for m in style.infinitive_markers}
    te = next((n for n in range(len(words) - 1, -1, -1) if words[n].lower in markers), None)
    if te is None or te + 1 >= len(words):
        return None
    verb = words[te + 1]
    if te > 0 and words[te - 1].lower in particles:
        joined = words[te - 1].with_text(words[te - 1].text + verb.text)
        return [*words[: te - 1], joined, *words[te + 2 :]]
    return [*words[:te], verb, *words[te + 2 :]]


def _gerund_base(word: Word) -> str | None:
    """The bare verb of an English gerund ('leading' -> 'lead', 'making' -> 'make',
    'running' -> 'run'), by its lemma or the dictionary; None when it is no gerund."""
    tries = gerund_bases(word.lower)
    if tries and word.lemma and word.lemma != word.lower:
        return word.lemma
    return next((t for t in tries if known_word(t, lang="en")), None)


def _difficulty(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Ik heb moeite met feedback geven, daar wil ik aan werken': the goal a named
    difficulty points at (difficulties.py); nobody else's words to credit."""
    goal = difficulty_goal(words, style)
    return Voice(inner=goal, credit="") if goal is not None else None


def _asked(words: list[Word], style: RewriteStyle, particles: frozenset[str]) -> Voice | None:
    """'Hoe kan ik beter omgaan met boze klanten?', 'How can I get better at ...?', 'Wat kan
    ik doen om beter te plannen?': the writer's development question (the pack's
    ``question_frames``) is the goal it asks about, stated ('Ik wil beter omgaan met boze
    klanten.', 'Ik wil beter plannen.'); nobody else to credit."""
    text = [w.lower for w in words]
    opens = {c.lower() for c in style.complementizers}
    for frame, statement in style.question_frames.items():
        size = _opening(text, frame.replace(" ", ""))
        if size is None or len(words) < size + 2:
            continue
        rest: list[Word] | None = [w for w in words[size:] if w.text != "?"]
        if frame.split()[-1] in opens:  # 'om beter te plannen' -> 'beter plannen'
            rest = _infinitive_clause([*words[size - 1 : size], *(rest or [])], style, particles)
        if not rest:
            continue
        stated = capitalise(tidy(f"{statement} {join(rest)}")).rstrip(" ,") + "."
        return Voice(inner=stated, credit="")
    return None


def _opening(text: list[str], phrase: str) -> int | None:
    """How many tokens of ``text`` spell ``phrase`` at its start, spaces aside ('i', "'d",
    'love' spell "i'd love"), or None."""
    target = phrase.lower().replace(" ", "")
    spelled = ""
    for n, token in enumerate(text):
        spelled += token
        if spelled == target:
            return n + 1
        if not target.startswith(spelled):
            return None
    return None


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
        if not _person(source_words, style):
            return None
        cut = _without_tail(clause, style)
        if cut is None or len(cut[0]) < 2:
            return None
        credit = _lowered([*words[: len(phrase)], *source_words], style)
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
    if not _is_voice(tail[0], style) or not _person(tail[1:], style):
        return None  # ', zeg ik', ', zeg maar': the writer's own words, a filler
    inner = join(words[:comma])
    credit = _as_wished(style).format(who=_lowered([*tail[1:], tail[0]], style))
    return Voice(inner=capitalise(tidy(inner)).rstrip(" ,") + ".", credit=credit)


def _advised(words: list[Word], style: RewriteStyle) -> Voice | None:
    """'Feedback van mijn coach: proactiever zijn in het overleg', 'Advice from my lead: ...':
    someone else's advice as a label; the words after it are the goal."""
    frame = style.frames.as_advised
    colon = next((n for n, w in enumerate(words) if w.text == ":"), None)
    if frame is None or colon is None or colon < 3 or colon + 2 >= len(words):
        return None
    label = words[:colon]
    if label[0].lemma not in style.voice_labels and label[0].lower not in style.voice_labels:
        return None
    if label[1].pos != "ADP" or not _person(label[2:], style):
        return None
    advice = words[colon + 1 :]
    if any(w.lower in style.subjects for w in advice):
        inner = join(advice)  # 'Feedback van mijn coach: ik moet ...': the writer's sentence
    elif _verb_phrase(advice):
        # the advice as a verb phrase ('proactiever zijn in het overleg', 'be more
        # proactive'): the writer commits to it
        me = style.default_subject
        first = inside_sentence(advice[0])
        inner = f"{me} {style.subjects[me.lower()]} {join([first, *advice[1:]])}"
    else:
        return None
    credit = frame.format(label=_lowered(label, style))
    return Voice(inner=capitalise(tidy(inner)).rstrip(" ,") + ".", credit=credit)


def _verb_phrase(words: list[Word]) -> bool:
    """Words that are a verb phrase without a subject ('proactiever zijn in het overleg',
    'double-check the charts'): a verb in its bare form, and no determiner or pronoun
    opening them (which would be a subject: 'de collega's werken ...')."""
    if not words or words[0].pos in ("DET", "PRON", "PROPN"):
        return False
    return any(w.pos in ("VERB", "AUX") and w.lemma == w.lower for w in words)


def _main_order(clause: list[Word], style: RewriteStyle, aux: str, lang: str) -> list[Word] | None:
    """A Dutch subordinate clause after its subject ('assertiever moet worden in ...') in
    main-clause order, its finite verb first ('moet assertiever worden in ...'). A single
    verb at the end takes the committed auxiliary ``aux`` instead, in its infinitive ('de
    gesprekken overneem' -> 'ga de gesprekken overnemen'): a separable verb stays whole.
    None when no finite verb is found."""
    end = next((n for n, w in enumerate(clause) if w.text in ",;:"), len(clause))
    at = next(
        (
            n
            for n, w in enumerate(clause[:end])
            if w.finite or w.lower in style.modals or w.lower in style.finite_words
        ),
        None,
    )
    last = clause[end - 1] if end else None
    stems = stem_infinitives(last.lower) if last is not None else []  # 'vraag' -> 'vragen'
    infinitive = next((i for i in stems if known_word(i, lang=lang)), "")
    if (
        at is None
        and last is not None
        and not _inflected_verb(last)
        and last.pos == "NOUN"
        and infinitive
    ):
        last = replace(last, lemma=infinitive)  # 'doorvoer': a verb's stem, called a noun
        clause = [*clause[: end - 1], last, *clause[end:]]
    if at is None and last is not None and _inflected_verb(last):
        at = end - 1  # 'overneem' the tagger calls a noun: its lemma is a verb's
    if at is None:
        return None
    verb = clause[at]
    if at == end - 1 and verb.lower not in style.modals and _inflected_verb(verb):
        return [Word(aux), *clause[:at], verb.with_text(verb.lemma), *clause[end:]]
    return [verb, *clause[:at], *clause[at + 1 :]]


def _inflected_verb(word: Word) -> bool:
    """A Dutch verb form whose lemma is an infinitive in -en other than the form itself
    ('maak' -> 'maken', 'overneem' -> 'overnemen')."""
    return word.lemma.endswith("en") and word.lemma != word.lower and not word.lower.endswith("en")


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
    rest = clause[comma + 1 :]
    first = next((n for n, w in enumerate(rest) if _clausal(w, style)), None)
    if clause[comma].text == "," and rest and (first is None or _subordinate(rest[first], style)):
        # ', liefst op vrijdag', ', especially with new clients': a detail of the writer's
        # clause; ', ook als de klant haast heeft': a subordinate clause of it
        return clause, ""
    return None


def _subordinate(word: Word, style: RewriteStyle) -> bool:
    """A word that opens a subordinate clause ('als', 'when'), which belongs to the clause
    before it; never the complementizer of a second frame ('dat')."""
    opens = {w.lower() for w in (*style.relativizers, *style.clause_ends)}
    return word.lower in opens and word.lower not in _thats(style)


def _clausal(word: Word, style: RewriteStyle) -> bool:
    """A word that makes the words after a comma a clause of their own: a finite verb, a
    subject, a punctuation mark that opens another part, or a word that opens a subordinate
    clause. A gerund or infinitive is no clause ('especially in the Monday planning', which
    the tagger may read as a verb)."""
    opens = {w.lower() for w in (*style.relativizers, *style.clause_ends, *style.complementizers)}
    return (
        bool(word.finite)
        or word.lower in style.subjects
        or word.lower in opens
        or word.text in ",;:"
    )


def _thats(style: RewriteStyle) -> tuple[str, ...]:
    """The complementizer of the own-part frame ('dat', 'that')."""
    frame = style.frames.own_part or ""
    that = (frame.split("{clause}")[0].split() or [""])[-1]
    return (that,) if that else ()


def _lowered(words: list[Word], style: RewriteStyle) -> str:
    """The other person's words inside the sentence: a determiner or possessive ('Mijn
    leidinggevende') and the pack's own words ('Volgens', 'Feedback') lose their capital;
    a name keeps it ('Jan', 'HR')."""
    first = words[0]
    ours = {w.lower() for w in (*style.voice_sources, *style.voice_labels)}
    opening = first.pos in ("DET", "PRON") or any(src.split()[0] == first.lower for src in ours)
    opening = opening or (first.pos == "NOUN" and is_common_word(first))  # 'Management wants
    if opening and first.text[1:].islower():
        first = first.with_text(first.text.lower())
    return join([first, *words[1:]])


def _sentence(subject: str, clause: list[Word], style: RewriteStyle) -> str:
    me = style.default_subject if subject == style.default_subject.lower() else subject
    return capitalise(tidy(f"{me} {join(clause)}")).rstrip(" ,") + "."
