"""Another person's judgement or wish before the writer's clause: "Mijn leidinggevende vindt
dat ik assertiever moet worden", "My manager thinks I should ...", "My manager wants me to
...", and their wish that others act ("Management wants all drivers to ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.voices.advised import advised, advised_gerund
from smartcheck.fixing.rewrite.voices.clause import (
    Voice,
    as_wished,
    committed,
    credited,
    infinitive_clause,
    is_voice,
    lowered,
    main_order,
    names_person,
    thats,
    without_tail,
    writers_sentence,
)
from smartcheck.fixing.rewrite.voices.their_reasons import their_reason
from smartcheck.fixing.rewrite.words import (
    Word,
    capitalise,
    infinitive_ending,
    join,
    looks_infinitive_nl,
    tidy,
)

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle


def _voice_at(words: list[Word], style: RewriteStyle) -> int | None:
    """Where the other person's verb of opinion or wish stands after them (never first),
    or None: the first verb, and it must be one (a verb of saying the tagger calls a noun,
    'thinks', still opens the frame)."""
    at = next(
        (
            n
            for n, w in enumerate(words)
            if w.pos in ("VERB", "AUX") or w.finite or (n and is_voice(w, style))
        ),
        None,
    )
    if at is None or at == 0 or not is_voice(words[at], style):
        return None
    return at


def voice_at(words: list[Word], style: RewriteStyle) -> int | None:
    """Where the other person's verb of opinion or wish stands in ``words`` (see
    :func:`_voice_at`), for the settling step of a wish the writer objects to (settled.py)."""
    return _voice_at(words, style)


def opinion(
    words: list[Word], style: RewriteStyle, particles: frozenset[str], lang: str
) -> Voice | None:
    """'Mijn leidinggevende vindt dat ik ...', 'My manager thinks (that) I ...', 'My manager
    wants me to ...': another person, a verb of opinion or wish, then the writer's clause."""
    at = _voice_at(words, style)
    if at is None:
        return None
    who = words[:at]
    if len(who) > 1 and who[0].pos in ("ADV", "CCONJ", "INTJ") and names_person(who[1:], style):
        who = who[1:]  # 'So the foreman wants ...': the discourse word is no part of who
    if not names_person(who, style):
        return None  # 'Ik vind dat ...': the writer's own judgement
    n = at + 1
    while n < at + 3 and n < len(words) and words[n].pos == "ADV":
        n += 1  # 'wil graag dat ik ...'
    if n >= len(words):
        return None  # 'wil Excel wil nooit': adverbs up to the end, no clause after them
    if n > at + 1 and words[n].lower in style.subjects:
        return None  # 'vindt nu ik ...': no clause of the writer's after the adverbs
    if n < len(words) and words[n].lower in {c.lower() for c in thats(style)}:
        n += 1
    if n >= len(words):
        return None
    reason = their_reason(words, n, style)  # 'omdat hij ...': theirs, kept with their words
    if reason is not None:
        words = words[: reason[0]]
    me = words[n].lower
    that = words[n - 1].lower in thats(style)
    adverbs = words[at + 1 : n - 1] if that else words[at + 1 : n]
    others = _others_clause(words[n:], style) if that else None
    if others is not None:  # 'vindt dat het team meer moet samenwerken': the own part's
        cut = without_tail(others, style)
        if cut is None or len(cut[0]) < 3:
            return None
        said = [*adverbs, words[at]] if style.word_order == "v2" else [words[at], *adverbs]
        credit = credited(who, said, words[at], style)
        credit += f" {reason[1]}" if reason is not None else ""
        credit += f", {cut[1]}" if cut[1] else ""
        return Voice(inner=capitalise(tidy(join(cut[0]))).rstrip(" ,") + ".", credit=credit)
    wanted = _wanted_of_others(words[n:], style) if words[at].lemma in style.wanting_verbs else None
    if wanted is not None:  # 'Management wants all drivers to ...': the writer's wish for them
        credit = as_wished(style).format(who=lowered([*who, words[at], *adverbs], style))
        credit += f" {reason[1]}" if reason is not None else ""
        own = (style.frames.own_part or "").split("{clause}")[0].strip()
        return Voice(inner=wanted, credit=credit, needs=own)
    if me in style.object_pronouns:
        subject = style.object_pronouns[me]  # 'wants me to run' -> 'I will run'
        rest = infinitive_clause(words[n + 1 :], style, particles)
        if rest is None:
            return None
        clause = [Word(style.subjects[subject]), *rest]
    elif me in style.subjects:
        subject = me
        clause = words[n + 1 :]
        if _observed(words[at], clause, style):
            # 'vindt dat ik te snel praat': the writer described, no advice; a flaw of excess
            # ('thinks I make too many mistakes in X') points at its reduction, the goal
            reduced = _reduced_excess(clause, style)
            if reduced is None:
                return None
            clause = reduced
        step = _pronoun_step(words[n - 1 :], style) if that else None
        if step is not None:  # '..., dat ga ik regelen': the writer's own step is the goal
            said = [*adverbs, words[at]] if style.word_order == "v2" else [words[at], *adverbs]
            credit = credited(who, said, words[at], style)
            credit += f" {reason[1]}" if reason is not None else ""
            return Voice(inner=step, credit=credit)
        if style.word_order == "v2":
            if _sentence_after(clause):
                return None  # its verbs would be read in the next sentence (wish_aside.py)
            ordered = main_order(clause, style, style.subjects[subject], lang)
            if ordered is None:
                return None
            clause = ordered
        else:  # 'suggested I *do* the course': the bare verb after advice, committed
            clause = advised(words[at], clause, style, style.subjects[subject])
    elif (gerund := advised_gerund(words[at], words[n:], style)) is not None:
        subject, clause = gerund  # 'suggested *taking* the course': the writer's act
    else:
        return None
    cut = without_tail(committed(clause, style, style.subjects[subject]), style)
    if cut is None or len(cut[0]) < 2:
        return None
    said = [*adverbs, words[at]] if style.word_order == "v2" else [words[at], *adverbs]
    credit = credited(who, said, words[at], style)
    credit += f" {reason[1]}" if reason is not None else ""
    credit += f", {cut[1]}" if cut[1] else ""
    return Voice(inner=writers_sentence(subject, cut[0], style), credit=credit)


def _sentence_after(words: list[Word]) -> bool:
    """Does a sentence end inside ``words``, with words after it ('..., dat ik X moet doen.
    Ik doe dat nu nog samen met ...')? A verb-last clause then has its verbs looked for in
    the writer's next sentence, whose verb it would commit ('Ik doen dat ...')."""
    ends = [n for n, w in enumerate(words) if w.text in SENTENCE_MARKS]
    return any(any(w.is_word for w in words[n + 1 :]) for n in ends)


def _wanted_of_others(words: list[Word], style: RewriteStyle) -> str | None:
    """'all drivers to cut harsh braking ...' after another person's 'wants': the same wish
    as the writer's own ('I want all drivers to cut ...'), which the writer's part of the
    goal then takes up (own.py); None when no people and infinitive follow."""
    markers = {m.lower() for m in style.infinitive_markers}
    to = next((k for k, w in enumerate(words) if w.lower in markers), None)
    if not style.writer_wish or to is None or to == 0 or to + 2 > len(words):
        return None
    if not names_person(words[:to], style):
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


def _observed(verb: Word, clause: list[Word], style: RewriteStyle) -> bool:
    """A verb that reports a judgement or observation (the pack's ``report_verbs``) before a
    clause of the writer's with no modal up to its end (and, where a bare present may also
    advise, a mark of a flaw seen: ``observation_words``): 'zegt dat ik te lang wacht',
    'thinks I talk too fast' describe the writer; 'vindt dat ik ... moet', 'thinks I should
    ...' advise."""
    if verb.lemma not in style.report_verbs and verb.lower not in style.report_verbs:
        return False
    end = next((n for n, w in enumerate(clause) if w.text in ",;:"), len(clause))
    lowered = " ".join(w.lower for w in clause[:end])
    duties = (*style.modals, *style.own_part_drops)
    if any(f" {d} " in f" {lowered} " for d in duties):
        return False
    markers = {m.lower() for m in style.infinitive_markers}  # 'om te leren': no degree
    marks = style.observation_words  # 'te snel', 'klink': a flaw seen, not a course to take
    if not marks:
        return True
    seen = clause[:end]
    return any(
        (w.lower in marks or w.lemma in marks)
        and not (w.lower in markers and n + 1 < len(seen) and seen[n + 1].pos in ("VERB", "AUX"))
        for n, w in enumerate(seen)
    )


def _reduced_excess(clause: list[Word], style: RewriteStyle) -> list[Word] | None:
    """The writer's clause of another person's observation ('I make *too many* mistakes in
    X', 'ik *te veel* fouten maak in X', 'ik *te vaak* pauze neem') with its first excess of
    a quantity or frequency told as its reduction (the pack's ``rewrite.excess_reductions``
    of two words, or of one that is no adverb: 'fewer', 'minder', 'minder vaak'), as a flaw
    of excess the writer tells is (excess_flaws.py); None when it holds none before its
    first comma, or a negation or modal stands before it ('thinks I never ask', no plain
    flaw). A manner graded by the adverb alone ('talk too fast', 'te snel praten') stays the
    other's observation: its reduction ('talk less fast') is no goal a coach writes."""
    found = _excess_at(clause, style)
    if found is None:
        return None
    n, size, reduction = found
    rest = clause[n + size :]
    if any(w.lower in style.excess_adverbs for w in rest):
        return None  # 'te vaak te laat': two flaws in one, no one reduction
    return [*clause[:n], Word(reduction), *rest]


def _verb_like(word: Word) -> bool:
    """A verb by its tag, or a form of a verb the tagger called otherwise: its lemma an
    infinitive that is not the word itself ('maak' tagged a noun, lemma 'maken')."""
    if word.pos in ("VERB", "AUX"):
        return True
    lemma = word.lemma
    return bool(lemma) and lemma != word.lower and infinitive_ending(lemma)


def observed_excess(words: list[Word], style: RewriteStyle) -> tuple[str, str] | None:
    """The excess in another person's observation of the writer (``words``, the whole
    observation: :func:`observation`) as written and its reduction ('too many', 'fewer'), or
    None when it tells none: a rewrite that tells the reduction commits to the goal the
    observation points at, not to the flaw (seams/observed.py)."""
    found = _excess_at(words, style)
    if found is None:
        return None
    n, size, reduction = found
    return " ".join(w.text for w in words[n : n + size]), reduction


def _excess_at(clause: list[Word], style: RewriteStyle) -> tuple[int, int, str] | None:
    """Where the first excess of ``clause`` stands, how many words it takes and its
    reduction (see :func:`_reduced_excess`)."""
    if not style.excess_reductions:
        return None
    end = next((n for n, w in enumerate(clause) if w.text in ",;:"), len(clause))
    if not any(_verb_like(w) for w in clause[:end]):
        return None  # no verb of the writer's read ('te laat begin' parsed as a noun)
    adverbs = {a.lower() for a in style.excess_adverbs}
    for n, word in enumerate(clause[: end - 1]):
        pair = f"{word.lower} {clause[n + 1].lower}"
        if pair in style.excess_reductions:  # 'too many mistakes', 'te veel fouten'
            return n, 2, style.excess_reductions[pair]
        if word.lower in style.excess_reductions and word.lower not in adverbs:
            return n, 1, style.excess_reductions[word.lower]  # 'teveel' in one word
        if word.lower in style.modals or word.lower in style.negations:
            return None
    return None


def observation(words: list[Word], style: RewriteStyle) -> bool:
    """'Mijn leidinggevende vindt dat ik te snel praat', 'My mentor thinks I talk too fast':
    the whole text is another person's judgement or observation of the writer, with no modal
    in the writer's clause: no advice and no goal. A rewrite that dates or commits to it says
    the opposite of what the writer wants ('ga ik te snel praten')."""
    at = _voice_at(words, style)
    if at is None:
        return False
    if not names_person(words[:at], style):
        return False
    n = at + 1
    if n < len(words) and words[n].lower in {c.lower() for c in thats(style)}:
        n += 1
    if n + 2 > len(words) or words[n].lower not in style.subjects:
        return False
    return _observed(words[at], words[n + 1 :], style)
