"""A request, question or proposal put to the writer, told as a noun with who put it.

"Vanuit mijn teamleider kwam de vraag of ik vaker het klantcontact wil doen", "Er kwam een
verzoek van de directie om de voorraadtelling over te nemen", "I got a request from my
manager to take over the stock count": the task is someone else's request (JUDGING A), and no
verb of asking frames it, so the voices did not read it and a deadline landed in the
request's own words ("Vanuit mijn teamleider kwam vóór [datum] de vraag of ik ..."). The
writer's clause after the noun (after its whether-word, its infinitive marker or its
complementizer) is the goal, committed as the writer's own, and who asked is credited (the
pack's ``frames.as_requested``: "..., op verzoek van mijn teamleider").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.voices.clause import (
    Voice,
    acronym,
    committed,
    infinitive_clause,
    lowered,
    names_person,
    thats,
    without_tail,
    writers_clause,
    writers_sentence,
)
from smartcheck.fixing.rewrite.voices.offered import offered_commitment
from smartcheck.fixing.rewrite.words import Word, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.judging.context import RuleContext
    from smartcheck.reading.goal import Goal

#: How many words may stand before the request's noun ('Vanuit de afdeling planning kwam de').
_BEFORE_NOUN = 8
#: Parts of speech of the words that name who asked ('mijn teamleider', 'HR').
_NAMING = frozenset({"DET", "PRON", "NOUN", "PROPN", "ADJ"})


def request_noun(
    words: list[Word], style: RewriteStyle, lang: str, particles: frozenset[str]
) -> Voice | None:
    """The writer's clause after a request's noun as a goal of its own, credited to who
    asked (see the module); None when no request with its asker and the writer's clause
    opens ``words``."""
    found = _read(words, style, lang, particles)
    return found[0] if found is not None else None


def request_spans(goal: Goal, ctx: RuleContext, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the request's frame stands before the writer's clause ('*Vanuit mijn
    teamleider kwam de vraag* of ik ...', '*I got a request from my manager* to ...'): the
    credit tells who asked, so its words go on purpose."""
    words = [w for w in words_of(goal) if w.text.strip()]
    particles = frozenset(ctx.pack.words("separable_particles"))
    found = _read(words, style, goal.lang, particles)
    if found is None or words[0].start < 0 or words[found[1]].start < 0:
        return []
    return [(words[0].start, words[found[1]].start)]


def credited_request(text: str, style: RewriteStyle) -> bool:
    """Does ``text`` credit a request ('..., op verzoek van mijn teamleider')? Then the
    question's modal ('of ik ... *wil*', 'whether I *could*') is the request's."""
    frame = style.frames.as_requested
    head = frame.split("{who}")[0].strip().lower() if frame else ""
    return bool(head) and f", {head} " in text.lower()


def _read(
    words: list[Word], style: RewriteStyle, lang: str, particles: frozenset[str]
) -> tuple[Voice, int] | None:
    """The voice (see :func:`request_noun`) and where the writer's clause starts."""
    frame = style.frames.as_requested
    if not style.request_nouns or not style.request_sources or frame is None:
        return None
    stop = next((n for n, w in enumerate(words) if w.text in ".!?"), len(words))
    words = words[:stop]  # the request is told in the first sentence; a remark may follow
    while words and not words[-1].is_word:
        words = words[:-1]
    at = next(
        (
            n
            for n, w in enumerate(words[: _BEFORE_NOUN + 1])
            if w.lower in style.request_nouns or w.lemma in style.request_nouns
        ),
        None,
    )
    if at is None or at + 3 > len(words):
        return None
    verbs = [w for w in words[:at] if w.pos in ("VERB", "AUX")]
    if len(verbs) > 1 or any(w.text in ",;:.!?" for w in words[:at]):
        return None  # one sentence with one verb before the noun: 'kwam', 'kreeg', 'got'
    who, after = _asker(words, at, style)
    if who is None:
        return None
    if after + 1 < len(words) and words[after].pos == "AUX" and not verbs:
        after += 1  # 'The question from my lead *is* whether I ...'
    clause = _writers_part(words[after:], style, lang, particles)
    if clause is None:
        return None
    me, mine = clause
    cut = without_tail(mine, style)
    if cut is None or len(cut[0]) < 3:
        return None
    credit = frame.format(who=lowered(who, style))
    credit += f", {cut[1]}" if cut[1] else ""
    return Voice(inner=writers_sentence(me, cut[0], style), credit=credit), after


def _asker(words: list[Word], noun: int, style: RewriteStyle) -> tuple[list[Word] | None, int]:
    """Who put the request, named after one of the pack's ``request_sources`` before the
    noun ('*Vanuit mijn teamleider* kwam de vraag') or right after it ('het verzoek *van de
    directie* om'), and where the writer's clause starts (after the noun, or after the
    source that follows it)."""
    sources = {s.lower() for s in style.request_sources}
    for n, w in enumerate(words):
        if w.lower not in sources or (noun + 1 < n):
            continue
        end = n + 1
        while end < len(words) and words[end].pos in _NAMING:
            if words[end].lower in style.subjects or (end > n + 1 and words[end].pos == "DET"):
                break
            end += 1
            named = words[end - 1].pos in ("NOUN", "PROPN") or acronym(words[end - 1])
            if named and (end >= len(words) or words[end].pos not in ("NOUN", "PROPN")):
                break  # the person's noun ('de directie', 'our head chef'), before the rest
        who = words[n + 1 : end]
        if not who or not names_person(who, style):
            continue
        return who, (end if n > noun else noun + 1)
    return None, 0


def _writers_part(
    words: list[Word], style: RewriteStyle, lang: str, particles: frozenset[str]
) -> tuple[str, list[Word]] | None:
    """The writer's subject and committed clause after the request's noun: a question
    ('of ik ... wil doen', 'whether I could ...'), an infinitive ('om ... over te nemen',
    'to take over ...') or a clause ('dat ik ...', 'that I ...'); None for any other."""
    if not words:
        return None
    me = style.default_subject.lower()
    aux = style.subjects[me]
    if words[0].lower in style.whether_words:
        found = writers_clause(words[1:], style, lang)
        if found is None:
            return None
        mine = offered_commitment(found[2], style, found[1])
        return (found[0], mine) if mine is not None else None
    if words[0].lower in {t.lower() for t in thats(style)}:
        found = writers_clause(words[1:], style, lang)
        if found is None:
            return None
        mine = committed(found[2], style, found[1])
        if style.word_order != "v2" and mine and mine[0].lower != found[1]:
            mine = [Word(found[1]), *mine]  # 'that I take the course': 'I will take ...'
        return found[0], mine
    rest = infinitive_clause(words, style, particles)
    if rest is None or len(rest) < 2:
        return None
    return me, [Word(aux), *rest]
