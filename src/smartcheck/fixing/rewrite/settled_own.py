"""The writer's own wish the writer doubts, settled with the manager instead of committed.

"Ik wil de opleiding tot pianostemmer doen, maar ik weet nog niet of ik dat naast mijn werk
kan combineren", "I'd like to take the regulation course, but I'm not sure I can fit it in":
the writer has not said yes yet. Committing the wish ("Vóór [datum] ga ik de opleiding ...
doen") decides what the writer left open (JUDGING A: a doubt is no commitment); dropping the
doubt loses the writer's words. The writer's own step is to settle it with the one the POP
is agreed with (the pack's ``asked_decider``), in the pack's ``frames.settled``, the frame
reserved.py uses for someone else's wish the writer doubts: "Ik maak samen met mijn
leidinggevende uit of ik de opleiding tot pianostemmer ga doen." The doubt follows as a
sentence of its own (reserved_steps.py).

The wished clause is the wish as the rewriter commits it ("ga ik X doen", "I will X": every
hedge, label and fragment shape already read), without its frames, told as the clause after
"of"/"whether": the subject first, in Dutch the verb cluster last.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import Word, capitalise, join, tidy, words_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


#: Set while a step reads the writer's wish in order to settle it (reserved_steps.py): the
#: wish is read committed, so a floated step inside it is not settled a second time.
SETTLING: ContextVar[bool] = ContextVar("settling", default=False)


def frameless(committed: str, style: RewriteStyle) -> str | None:
    """The committed wish without the frames the rewriter adds (the deadline before it, the
    count, the evidence and the support asked for after it: the settling is with the
    manager): 'Vóór [datum] ga ik X doen, met als bewijs [hoe gemeten].' -> 'ga ik X doen';
    None when a placeholder is left (the rewrite asks for more than a date and a measure: no
    plain wish to settle)."""
    ph, frames = style.placeholders, style.frames
    text = committed.strip().rstrip(".!")
    for frame in (frames.deadline, frames.until):
        opening = frame.format(date=ph.date)
        if text.lower().startswith(opening.lower()):
            text = text[len(opening) :].lstrip(" ,")
    for extra in (
        frames.measure.format(measure=ph.measure),
        frames.comparison.format(current_number=ph.current_number, target_number=ph.target_number),
        frames.agreement.format(support=ph.support),  # the settling is with the manager
        frames.agreement.format(support=style.asked_decider),  # '..., agreed with my manager'
        frames.support.format(support=ph.support),
    ):
        text = text.replace(extra, "")
    if any(label in text for label in ph.model_dump().values()) or "\n" in text:
        return None
    return text.strip(" ,")


def wished_clause(words: list[Word], style: RewriteStyle) -> list[Word] | None:
    """The committed main clause ('ga ik X doen', 'I will X') as the clause after 'of' /
    'whether': 'ik X ga doen', 'I X'; a time fronted before the verb ('volgend jaar ga ik')
    goes after the subject, and one after it stays there ('Ik ga volgend jaar X doen'). None
    for another shape."""
    subject = style.default_subject.lower()
    aux = style.subjects.get(subject, "")
    at = next((n for n, w in enumerate(words) if w.lower == subject), None)
    if at is None or not aux:
        return None
    me = words[at].with_text(style.default_subject)
    if style.word_order == "v2":  # 'volgend jaar ga ik X doen': verb before the subject
        if at == 0 and len(words) > 2 and words[1].lower == aux:
            rest = words[2:]  # 'Ik ga volgend jaar X doen': the subject first
        elif at == 0 or words[at - 1].lower != aux:
            return None
        else:
            front = [w for w in words[: at - 1] if w.text != ","]
            if front:
                front[0] = front[0].with_text(front[0].text[:1].lower() + front[0].text[1:])
            rest = [*front, *words[at + 1 :]]
        takers = style.bare_infinitive_verbs | style.modals | style.learning_verbs
        # an 'om ... te' clause or a relative clause closes the clause after the verbs, as
        # written ('... bij de smid ga meelopen om te zien hoe ...', '... in de werkplaats ga
        # meelopen waar ze ...'): the verbs move before it, never into it
        openers = {*style.complementizers, *style.relativizers}
        purpose = next(
            (n for n, w in enumerate(rest) if n and w.lower in openers and w.pos != "DET"), None
        )
        rest, after = (rest[:purpose], rest[purpose:]) if purpose else (rest, [])
        nominal = style.prepositions | style.determiners
        cluster = _cluster_start(rest, takers, nominal)
        if cluster is None:
            return None
        end = _cluster_end(rest, cluster)
        tail = rest[end:]
        verbs = [
            n
            for n, w in enumerate(tail)
            if w.pos in ("VERB", "AUX") and not _named(tail, n, nominal)
        ]
        if verbs or not all(w.is_word for w in tail):
            return None  # a clause or a mark after the verbs: no phrase to move before them
        return [me, *rest[:cluster], *tail, Word(aux), *rest[cluster:end], *after]
    if at != 0 or len(words) < 3 or words[1].lower != aux:
        return None  # 'I will X' only: a fronted time keeps its own comma and order
    return [me, *words[2:]]


def _cluster_start(
    words: list[Word], takers: frozenset[str], nominal: frozenset[str] = frozenset()
) -> int | None:
    """Where the Dutch clause's last verb cluster starts ('de cursus X *leren geven* aan Y'):
    the committed verb goes right before it (a phrase after the cluster: _cluster_end). An
    infinitive joins the cluster only before a verb it takes bare (``takers``: 'leren
    geven'); else it names the thing ('de cursus schapen *scheren* doen'). A form right after
    a preposition or a determiner (``nominal``) is a noun whatever the tagger says ('onderzoek
    doen naar *valincidenten*', 'met *presenteren* oefenen')."""
    last = next(
        (
            n
            for n in range(len(words) - 1, -1, -1)
            if _infinitive(words[n]) and not _named(words, n, nominal)
        ),
        None,
    )
    if last is None:  # the tagger read the infinitive the auxiliary asks for as a noun
        last = next((n for n in range(len(words) - 1, 0, -1) if _misread(words, n)), None)
        return last
    while last > 0 and _infinitive(words[last - 1]) and _takes_bare(words[last - 1], takers):
        last -= 1
    return last


def _named(words: list[Word], n: int, nominal: frozenset[str]) -> bool:
    """Is ``words[n]`` a noun the tagger read as a verb, right after a preposition or a
    determiner (``nominal``: 'naar *valincidenten*')?"""
    return n > 0 and words[n - 1].lower in nominal


def _takes_bare(word: Word, takers: frozenset[str]) -> bool:
    """The verb takes a bare infinitive, by its form or its lemma (the tagger's lemma of
    'leren' is 'leer')."""
    return word.lower in takers or word.lemma.lower() in takers


def _cluster_end(words: list[Word], start: int) -> int:
    """Where the verb cluster from ``start`` ends: a phrase after it ('leren lassen *met de
    TIG-lasser*') goes before the verbs in the clause after 'of', where the verbs close it
    ('of ik met de TIG-lasser ga leren lassen'): 'of' right before an infinitive reads as 'or'."""
    end = start + 1  # the first, whatever the tagger made of it (_misread)
    while end < len(words) and _infinitive(words[end]):
        end += 1
    return end


def _misread(words: list[Word], n: int) -> bool:
    """A form in -en the tagger read as a noun where the committed auxiliary asks for an
    infinitive ('ga ik na de zomer *meelopen* met X'): no article, preposition, adjective,
    number or pronoun before it, which would make it a noun ('na de *vergaderingen*')."""
    word, before = words[n], words[n - 1]
    bare = before.pos not in ("DET", "ADP", "ADJ", "NUM", "PRON")
    return word.pos == "NOUN" and word.lower.endswith("en") and bare


def _infinitive(word: Word) -> bool:
    """An infinitive, or the plural present the tagger reads for one at a Dutch clause's
    end ('het certificaat halen': the forms are the same)."""
    same_form = word.plural is True and word.verbform == "Fin" and word.lower.endswith("n")
    return word.pos in ("VERB", "AUX") and (word.verbform == "Inf" or same_form)


def own_settled(
    committed: str,
    style: RewriteStyle,
    parse_text: Callable[[str], Goal],
    frame: str | None = None,
    wished: str = "",
) -> str | None:
    """'Ik maak samen met mijn leidinggevende uit of ik X ga doen.' for the writer's own
    committed wish, or None when the frame, the decider or the clause is missing.
    ``frame``: another frame of the step than ``frames.settled`` ('... uit wanneer ...');
    ``wished``: the wish as written, whose own verbs stay (_taken_up)."""
    frame, who = frame or style.frames.settled, style.asked_decider
    plain = frameless(committed, style)
    if not frame or not who or not plain:
        return None
    words = [w for w in words_of(parse_text(plain)) if w.text not in (".", "!")]
    clause = wished_clause(words, style)
    if not clause:
        return None
    told = frame.format(who=who, clause=join(_taken_up(clause, wished, style), lead=False).strip())
    return capitalise(tidy(re.sub(r"\s+", " ", told)))


def _taken_up(clause: list[Word], wished: str, style: RewriteStyle) -> list[Word]:
    """The clause with the verb a course frame added told as taking the course up: what is
    settled is whether the writer takes it at all ('whether I *take* the crane operator
    course', not 'complete'; the pack's ``settled_course_verbs``). A verb the writer wrote
    stays ('maybe finish the VCA course?')."""
    written = {w.lower() for w in re.findall(r"\w+", wished)}
    verbs = style.settled_course_verbs
    return [
        w.with_text(verbs[w.lower]) if w.lower in verbs and w.lower not in written else w
        for w in clause
    ]
