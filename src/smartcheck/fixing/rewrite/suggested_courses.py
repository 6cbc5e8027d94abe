"""Another person's advice of a course, named as a thing, and the writer's agreement.

"My teamleader suggests the outbreak management course. I'd like to do it but the waiting
list is long", "Mijn mentor raadt de cursus timemanagement aan. Lijkt me leuk, maar er is
een wachtlijst.", "My coach recommends the Prince2 course. I'm keen but it's expensive.": the
advice names the course, not the writer's act, so the voices (which read a clause about the
writer: 'suggests that I take ...') found no goal inside it, and the frames dated the other
person's advice ('By [date], my coach recommends ...') or gave the structured fallback. The
course is the goal: the writer follows it (the pack's ``course_goal``), credited to the one
who advised it ('..., as my teamleader suggests'): someone's suggestion with the writer's
own commitment is owned and agreed (JUDGING A). The writer's agreement after it goes (the
commitment says it); what stands in the way after a contrast ('but the waiting list is
long') stays after the rewrite as a sentence of its own, without the contrast.

The advice: a person (voices/clause.py ``names_person``), then one of the pack's
``advice_verbs`` (with its separable particle last in Dutch: 'raadt ... aan'), then the
course's name and nothing else. The agreement: a short piece that names nothing of its own
(no noun, name or number), with no negation, hedge or question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.voices.clause import names_person
from smartcheck.fixing.rewrite.words import Word, capitalise, closed, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

Span = tuple[int, int]
#: Most words of the writer's agreement ('I'd like to do it', 'Lijkt me leuk').
_AGREEMENT_WORDS = 7
#: How many words may name the one who advises ('De praktijkopleider van de afdeling').
_WHO_WORDS = 6
#: Word classes of an agreement that names something of its own.
_OWN_THINGS = frozenset({"NOUN", "PROPN", "NUM"})


@dataclass(frozen=True)
class SuggestedCourse:
    """The course as named, the credit ('as my teamleader suggests') and the obstacle kept."""

    course: str
    credit: str
    obstacle: str = ""
    #: Where the writer's agreement and its contrast stand: the commitment says them.
    agreed: tuple[int, int] | None = None


def suggested_course(
    goal: Goal, style: RewriteStyle, particles: frozenset[str]
) -> SuggestedCourse | None:
    """The advised course, its credit and the obstacle told after the agreement (see the
    module), or None. ``particles``: the pack's separable particles."""
    frame = style.frames.as_wished
    if frame is None or not style.advice_verbs:
        return None
    text = goal.text.rstrip()
    ends = [e for e in sentence_ends(text, style.abbreviations) if e < len(text)]
    if len(ends) > 1:
        return None
    words = [w for w in words_of(goal) if w.is_word or w.text in ",;"]
    first = [w for w in words if not ends or w.start < ends[0]]
    advice = _advice(first, style, particles)
    if advice is None:
        return None
    course, credit = advice
    obstacle, agreed = "", None
    if ends:
        rest = [w for w in words if w.start >= ends[0]]
        found = _agreed(rest, text, style)
        if found is None:
            return None
        obstacle, end = found
        agreed = (rest[0].start, end)
    credit = frame.format(who=credit)
    return SuggestedCourse(course=course, credit=credit, obstacle=obstacle, agreed=agreed)


def agreement_spans(goal: Goal, style: RewriteStyle, particles: frozenset[str]) -> list[Span]:
    """Where the writer's agreement with an advised course stands ('I'm keen but', 'Lijkt me
    leuk, maar'): the commitment to the course replaces it."""
    found = suggested_course(goal, style, particles)
    return [found.agreed] if found is not None and found.agreed is not None else []


def _advice(
    words: list[Word], style: RewriteStyle, particles: frozenset[str]
) -> tuple[str, str] | None:
    """The course named after a person's verb of advice, and who advised with the verb as
    written ('my teamleader suggests', 'mijn mentor aanraadt'); None for any other words."""
    words = [w for w in words if w.is_word]
    particle = words[-1].lower if words and words[-1].lower in particles else ""
    at = next(  # the verb by its lemma: the tagger may call it a noun ('suggests')
        (
            n
            for n, w in enumerate(words[: _WHO_WORDS + 1])
            if n and {w.lemma or w.lower, f"{particle}{w.lemma or w.lower}"} & style.advice_verbs
        ),
        None,
    )
    if at is None or not names_person(words[:at], style):
        return None
    verb, named = words[at], words[at + 1 :]
    if particle and f"{particle}{verb.lemma or verb.lower}" in style.advice_verbs:
        named = named[:-1]  # 'raadt de cursus X *aan*'
    else:
        particle = ""
    while named and named[0].lower in style.object_pronouns:
        named = named[1:]  # 'raadt *me* de cursus aan'
    if not named or any(w.pos in ("AUX", "PRON", "SCONJ") for w in named):
        return None  # a clause ('suggests that I ...'): the voices read it
    who = join(words[:at], lead=False).strip()
    who = who if words[0].pos == "PROPN" else who[:1].lower() + who[1:]
    return join(named, lead=False).strip(), f"{who} {particle}{verb.text}"


def _agreed(words: list[Word], text: str, style: RewriteStyle) -> tuple[str, int] | None:
    """The obstacle after the writer's agreement ``words`` ('I'd like to do it but the
    waiting list is long' -> 'The waiting list is long.'; '' without one) and where the
    agreement ends; None when the words are no such agreement."""
    if not words or text.endswith("?"):
        return None
    contrasts = {c.lower() for c in style.reservation_contrasts}
    at = next((n for n, w in enumerate(words) if w.lower in contrasts), len(words))
    agreement = [w for w in words[:at] if w.is_word]
    if not agreement or len(agreement) > _AGREEMENT_WORDS:
        return None
    said = {w.lower for w in agreement}
    own = [w for w in agreement if w.pos in _OWN_THINGS and w.lower not in style.modals]
    if said & (style.negations | style.one_word_hedges) or own:  # 'Wil' tagged a name
        return None
    if at == len(words):
        return "", len(text)
    obstacle = [w for w in words[at + 1 :] if w.is_word or w.text in ",;"]
    if sum(w.is_word for w in obstacle) < 2:
        return None
    start = obstacle[0].start
    return closed(capitalise(text[start:].strip().rstrip(" .!"))), start
