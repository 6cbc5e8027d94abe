"""A step asked, then the writer's wish it serves: the wish is the step's purpose.

"Would it be possible to do a rotation at the lab? I'd like to broaden my knowledge and
maybe also present something at the conference.", "Could I shadow the night shift? I want to
learn how they hand over.", "Zou ik mee mogen lopen met de recherche? Ik wil graag leren hoe
zij verhoren doen.": the question asks the one who decides for a step (asked_steps.py), and
the sentence after it says what the writer wants that step for. Kept as written, that
sentence is a second goal of its own that fails S (a direction: 'broaden my knowledge') and
keeps its hedge ('maybe also'); it is no second goal but the reason for the step. A coach
commits the step and gives it the wish as its purpose ('I will do a rotation at the lab, so
that I can broaden my knowledge and also present something at the conference'): the wish's
opener ('I'd like to', 'Ik wil graag'; the pack's ``goal_wishes``) and its hedges go, a time
inside it stays where the writer put it (it is the time of what the wish names, not of the
step).

A Dutch step asked with a modal of permission before a separable verb ('mee *mogen* lopen')
loses the modal when committed; the particle joins its verb again ('meelopen'), as a
committed Dutch verb cluster writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.asked_means import purpose_clause
from smartcheck.fixing.rewrite.means import unwished
from smartcheck.fixing.rewrite.stops import SENTENCE_MARKS
from smartcheck.fixing.rewrite.words import Word, capitalise, closed, join

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle

#: Fewest words the wish names after its opener ('broaden my knowledge').
_MIN_AIM_WORDS = 2


def wished_purpose(sentence: list[Word], style: RewriteStyle, lang: str) -> str | None:
    """``sentence`` as the purpose of the step asked before it (see the module): the words
    of its purpose clause without the writer's wish and hedges; None when it opens with no
    wish of the writer's, asks something, or names too little to serve as a purpose."""
    if not sentence or sentence[-1].text == "?" or not style.asked_purpose:
        return None
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    told = unwished(said, style)
    if told == said or len([w for w in told if w.is_word]) < _MIN_AIM_WORDS:
        return None
    subjects = {s.lower() for s in style.subjects}
    if any(w.lower in subjects for w in told):
        return None  # a clause of the writer's own ('I'd like to know if I can ...')
    told = [w for w in told if w.lower not in style.one_word_hedges]
    while told and told[-1].text in (",", ";", ":"):
        told.pop()
    return purpose_clause(told, style, lang) if told else None


def state_and_wish(sentence: list[Word], style: RewriteStyle, lang: str) -> tuple[str, str] | None:
    """A sentence of the writer's state joined by a coordinator to the writer's wish,
    with one subject ('Ik zie eigenlijk alleen tekeningen en wil weten hoe X eruitziet', 'I
    only see the drawings and want to know how X looks'): the state as a remark of its own
    and the wish as the purpose of the step asked before it (:func:`wished_purpose`, the
    subject told again before the wish, if the writer did not); None for any other
    sentence."""
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    subjects = {s.lower() for s in style.subjects}
    if len(said) < 4 or said[0].lower not in subjects or said[-1].text == "?":
        return None
    for at in range(2, len(said) - 2):
        if said[at].pos != "CCONJ" or said[at - 1].text in (",", ";"):
            continue
        state = said[:at]
        if any(w.lower in subjects for w in state[1:]) or not any(
            w.pos in ("VERB", "AUX") for w in state[1:]
        ):
            return None  # a clause of its own, or no state told before the wish
        # the subject told again after the coordinator ('... and I want to see ...') or not
        again = said[at + 1].lower in subjects
        wish = said[at + 1 :] if again else [said[0], *said[at + 1 :]]
        if unwished(wish, style) == wish:
            return None  # no wish after the coordinator: 'Ik zie X en dat is lastig'
        purpose = wished_purpose(wish, style, lang)
        return (closed(capitalise(join(state))), purpose) if purpose else None
    return None


def purpose_told(sentence: list[Word], style: RewriteStyle) -> str | None:
    """A sentence that is only a purpose, after a step asked ('Om te zien hoe dossiers
    worden gecontroleerd.', 'To see how the files are checked.'; the pack's
    ``rewrite.purpose_sentences``: its opener, and for an opener that ends in the
    infinitive's marker the marker's word later in the sentence, 'om ... te'), as the words
    of a purpose clause kept as written ('om te zien hoe ...'); None for any other sentence,
    a question or a clause that names the writer."""
    if not sentence or sentence[-1].text == "?" or not style.purpose_sentences:
        return None
    said = [w for w in sentence if w.text not in SENTENCE_MARKS]
    lowered = [w.lower for w in said]
    subjects = {s.lower() for s in style.subjects}
    for opener in style.purpose_sentences:
        head, _, marker = opener.lower().partition(" & ")
        size = len(head.split())
        if lowered[:size] != head.split() or len(said) < size + 2:
            continue
        if marker and marker not in lowered[size:]:
            continue  # 'om' with no 'te': a preposition ('Om de week ...')
        told = head.endswith(tuple(subjects)) or lowered[size] in subjects  # 'zodat ik'
        if not marker and not told and said[size].pos != "VERB":
            continue  # 'To the lab.': no act after 'to'
        text = join(said, lead=False)
        return text[:1].lower() + text[1:]
    return None


def with_purpose(statement: str, purpose: str, style: RewriteStyle, written: bool = False) -> str:
    """The committed step ``statement`` ('I will do a rotation at the lab.') with
    ``purpose`` after it (the pack's ``asked_purpose``: ', so that I can ...'; ``written``:
    a purpose clause the writer told, after a comma as written)."""
    step = statement.rstrip().rstrip(".")
    if written:
        return closed(capitalise(step) + ", " + purpose)
    return closed(capitalise(step) + style.asked_purpose.format(aim=purpose))


def unpermitted(words: list[Word], style: RewriteStyle, particles: frozenset[str]) -> list[Word]:
    """``words`` without a modal of permission right before the step's own infinitive (the
    pack's ``asked_infinitives`` and ``asked_modals``: 'de cursus *mogen* volgen'), a
    separable particle before the modal joined to that infinitive ('mee mogen lopen' ->
    'meelopen'); as they are when they hold no such modal."""
    permissions = style.asked_infinitives | style.asked_modals
    for at in range(len(words) - 1):
        if words[at].lower not in permissions or not words[at + 1].is_word:
            continue
        verb = words[at + 1]
        if verb.pos not in ("VERB", "AUX") and not verb.lower.endswith("en"):
            continue
        before = words[at - 1] if at else None
        if before is not None and before.lower in particles:
            joined = f"{before.text}{verb.text}"
            verb = replace(verb, text=joined, lemma=joined.lower(), pos="VERB")
            return [*words[: at - 1], verb, *words[at + 2 :]]
        return [*words[:at], *words[at + 1 :]]
    return words


def agreed_first(
    rewrite: str, agree: Callable[[str], str | None], style: RewriteStyle, written: str = ""
) -> str | None:
    """``rewrite`` agreed by ``agree`` in its main clause: before the purpose the step was
    given ('I will do X, agreed with my manager, so that I can Y'; ``written``: a purpose
    clause kept as the writer told it, 'om te zien hoe ...'), so the agreement is no part of
    the purpose; ``agree`` applied to the whole when no such purpose stands in it."""
    opener = style.asked_purpose.split("{aim}")[0]
    if written:
        opener = ", " + " ".join(written.split()[:2])
    at = rewrite.rfind(opener) if opener.strip() else -1
    if at < 0:
        return agree(rewrite)
    head = agree(closed(rewrite[:at]))
    if head is None or not head.endswith("."):
        return None
    return head[:-1] + rewrite[at:]
