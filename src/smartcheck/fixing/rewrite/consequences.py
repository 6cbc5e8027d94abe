"""What the goal makes possible, told as a sentence of its own after it: 'Dan kan ik in de
winter meer meedraaien in het grondverzet.', 'Then I can help in the warehouse when it's
quiet.'

The writer names a step, often asked or hedged ('Is het mogelijk dat ik de cursus X ga
doen?', 'maybe a forklift licence?'), and then what it would let them do, opened by a word
of consequence and the writer's ability (the pack's ``rewrite.enabling_openers``: 'dan
kan ik', 'zo kan ik', 'then I can', 'that way I can'). That sentence is no second goal and
no remark: it is why the step is wanted. Kept as written, its comparative ('meer
meedraaien') failed M for the whole text and the question before it kept the text from any
reading, so only the structured fallback was shown. A coach writes it as the step's
purpose: the opener goes and the rest becomes the purpose clause after the committed step
(the pack's ``asked_purpose``: ', zodat ik in de winter meer kan meedraaien ...', ', so
that I can help ...'; asked_wishes.py ``with_purpose``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_means import purpose_clause
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS, word_sentences
from smartcheck.fixing.rewrite.words import opening_length, stem_infinitives, words_of
from smartcheck.reading.pipeline import known_word

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.fixing.rewrite.words import Word
    from smartcheck.reading.goal import Goal

#: Fewest words the consequence names after its opener ('help out', 'meer meedraaien').
_MIN_WORDS = 2


def consequence_purpose(sentence: list[Word], style: RewriteStyle, lang: str) -> str | None:
    """``sentence`` as the purpose of the step before it (see the module): the words after
    the consequence's opener as a purpose clause; None when it opens with no consequence of
    the writer's, asks something, or is a clause with a subject of its own."""
    if not sentence or sentence[-1].text == "?" or not style.asked_purpose:
        return None
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    size = opening_length([w.lower for w in said], style.enabling_openers)
    rest = said[size:]
    if not size or sum(w.is_word for w in rest) < _MIN_WORDS:
        return None
    subjects = {s.lower() for s in style.subjects}
    if rest[0].lower in subjects or rest[0].text in (",", ";", ":"):
        return None  # 'Then I can, I think, ...': no clause of the writer's to take over
    return purpose_clause(rest, style, lang)


def gained_purpose(sentence: list[Word], style: RewriteStyle, lang: str) -> str | None:
    """``sentence`` as the purpose of the step before it when it tells what the writer gets
    from the step in their own verb (the pack's ``rewrite.gaining_openers``, then the writer
    and a verb of theirs in the present: 'Dan krijg ik meer ervaring met X', 'That way I
    learn how X works'): the verb told in the infinitive with the rest ('meer ervaring met X
    krijgen', 'learn how X works') as a purpose clause; None for any other sentence."""
    if not sentence or sentence[-1].text == "?" or not style.asked_purpose:
        return None
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    size = opening_length([w.lower for w in said], style.gaining_openers)
    if not size or len(said) < size + 2 + _MIN_WORDS:
        return None
    pair = said[size : size + 2]
    v2 = style.word_order == "v2"
    verb, subject = pair if v2 else pair[::-1]
    if subject.lower != style.default_subject.lower():
        return None
    lemma = _infinitive(verb, style, lang)
    if lemma is None:
        return None
    rest = said[size + 2 :]
    opened = _clause_opening(rest, style)
    if any(w.pos in ("VERB", "AUX") and w.dep != "compound:prt" for w in rest[:opened]):
        return None  # 'Dan ga ik meer leren': a cluster of its own, no verb to take over
    particles = rest[:opened] if v2 else []  # English keeps its particle after the verb
    particle = next((w for w in particles if w.dep == "compound:prt"), None)
    joined = f"{particle.text if particle else ''}{lemma}"
    if particle is not None and not known_word(joined, lang=lang):
        return None  # 'op' no particle of this verb
    infinitive = replace(verb, text=joined, lemma=joined.lower(), pos="VERB", finite=False)
    if particle is not None:  # 'Dan bouw ik ervaring op met X': 'ervaring opbouwen met X'
        at = rest.index(particle)
        aim = [*rest[:at], infinitive, *rest[at + 1 :]]
    elif not v2 or opened < len(rest):  # 'learn how ...', 'leren hoe ...': the verb first
        aim = [*rest[:opened], infinitive, *rest[opened:]] if v2 and opened else [infinitive, *rest]
    else:  # Dutch ends the clause in its verb: 'meer ervaring met X krijgen'
        aim = [*rest, infinitive]
    return purpose_clause(aim, style, lang)


def _infinitive(verb: Word, style: RewriteStyle, lang: str) -> str | None:
    """The infinitive of the writer's own verb in the present ('krijg' -> 'krijgen', 'get'),
    no modal or auxiliary; None for any other word. Dutch puts the finite verb between the
    adverb and the writer, whatever the tagger calls it ('Zo *bouw* ik', a noun to it): the
    dictionary knows the infinitive its stem leads to."""
    if verb.pos == "AUX" or verb.past or not verb.text.isalpha():
        return None
    if style.word_order != "v2":
        return verb.lemma.lower() if verb.pos == "VERB" and verb.lemma.isalpha() else None
    known = [verb.lemma.lower()] if verb.pos == "VERB" and verb.lemma.endswith("n") else []
    known += [v for v in stem_infinitives(verb.lower) if known_word(v, lang=lang)]
    found = next((v for v in known if v.isalpha()), None)
    return None if found is None or found in style.kept_modals else found


def _clause_opening(rest: list[Word], style: RewriteStyle) -> int:
    """Where a clause of its own opens in ``rest`` (a question word or complementizer, a
    comma: 'hoe de installatie werkt'); its length when none does."""
    openers = {*style.question_words, *(c.lower() for c in style.complementizers)}
    return next(
        (n for n, w in enumerate(rest) if w.lower in openers or w.text in (",", ";")),
        len(rest),
    )


def consequence_after(goal: Goal, style: RewriteStyle) -> tuple[str, str] | None:
    """The goal's text before a last sentence that tells what the goal makes possible, and
    that consequence as the purpose; None when the last sentence tells none or nothing
    stands before it."""
    said = [w for w in words_of(goal) if w.text.strip()]
    ends = [n for n, w in enumerate(said[:-1]) if w.text in SENTENCE_MARKS]
    if not ends:
        return None
    last = said[ends[-1] + 1 :]
    purpose = consequence_purpose(last, style, goal.lang) or gained_purpose(last, style, goal.lang)
    before = goal.text[: last[0].start].rstrip()
    if purpose is None or not any(ch.isalpha() for ch in before):
        return None
    return before, purpose


def consequence_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the opener of such a consequence stands ('*Dan kan ik* ...', '*Then I can*
    ...'): words a rewrite leaves out when the consequence becomes the purpose."""
    said = [w for w in words_of(goal) if w.text.strip()]
    spans = []
    for sentence in word_sentences(said, style.abbreviation_openers):
        words = [w for w in sentence if w.text not in SENTENCE_MARKS]
        size = opening_length([w.lower for w in words], style.enabling_openers)
        if size and consequence_purpose(sentence, style, goal.lang):
            spans.append((words[0].start, words[size - 1].end))
        size = opening_length([w.lower for w in words], style.gaining_openers)
        if size and gained_purpose(sentence, style, goal.lang):  # 'Dan krijg ik', 'Then I'
            spans.append((words[0].start, words[size + 1].end))
    return spans
