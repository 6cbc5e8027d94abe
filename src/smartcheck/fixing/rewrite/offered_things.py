"""The writer's offer to make the very thing a need asks for: 'Er zou een kennisbank moeten
komen. Misschien kan ik die opzetten?', 'We should have a proper onboarding. Maybe I could
draft it?', 'There should be a shared calendar for the ward. I could set it up.'

The need names a thing nobody owns (JUDGING A); the offer names the writer's act on it with
a pronoun that stands for that thing ('die', 'het', 'it'). Read as an offered act beside the
need (offered_acts.py) the pronoun came before the thing it stands for ('ga ik die opzetten,
zodat er een kennisbank komt'), and read as the writer's claim the act was lost. The act
with the thing in the pronoun's place is the whole goal ('Ik wil een kennisbank opzetten',
'I want to draft a proper onboarding'): the need says nothing the act does not, so its verb
and duty go. The sentence so built is read in the goal's place as the writer's wish (the
first of the pack's ``offered_openers``' wishes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.stops import sentence_ends
from smartcheck.fixing.rewrite.words import Word, capitalise, join, words_of

if TYPE_CHECKING:
    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Parts of speech the need's thing is made of.
_THING = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "CCONJ"})
#: Most words of the offer.
_OFFER_WORDS = 8


@dataclass(frozen=True)
class OfferedThing:
    """The writer's act on the need's thing, told as a wish, and the spans of the words it
    leaves out (the need's verb and duty, the offer's pronoun and offering)."""

    wish: str
    dropped: tuple[tuple[int, int], ...]


def thing_offered(goal: Goal, style: RewriteStyle) -> OfferedThing | None:
    """The need and the writer's offer to make its thing (see the module), or None."""
    text = goal.text.rstrip()
    ends = [e for e in sentence_ends(text, style.abbreviations) if e < len(text)]
    if len(ends) != 1 or not style.offered_openers:
        return None
    words = [w for w in words_of(goal) if w.is_word]
    need = [w for w in words if w.end <= ends[0]]
    offer = [w for w in words if w.start >= ends[0]]
    thing, left = _thing(need, style)
    if not thing or len(offer) > _OFFER_WORDS:
        return None
    act = _act(offer, thing, style)
    if act is None:
        return None
    told, gone = act
    wish = next(iter(style.offered_openers.values()))
    spans = tuple((w.start, w.end) for w in [*left, *gone])
    return OfferedThing(wish=capitalise(f"{wish} {told}."), dropped=spans)


def offered_thing_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """Where the words stand that the wish leaves out: a rewrite may drop them."""
    found = thing_offered(goal, style)
    return list(found.dropped) if found is not None else []


def _thing(need: list[Word], style: RewriteStyle) -> tuple[list[Word], list[Word]]:
    """The need's thing (its words other than the empty subject, the writer's group, the
    duty and the verb) and the words left out; no thing unless it is a noun phrase with a
    duty before it."""
    duties = {w for p in style.own_part_drops for w in p.lower().split()}
    duties |= set(style.conditional_duty)
    empty = set(style.existential_subjects) | {s.lower() for s in style.subjects}  # 'er', 'we'
    if not any(w.lower in empty for w in need):
        return [], []  # 'The team needs X': the need has an owner, no thing nobody makes
    thing: list[Word] = []
    left: list[Word] = []
    for word in need:
        if word.lower in duties or word.lower in empty or word.pos in ("VERB", "AUX"):
            left.append(word)
        elif word.pos in _THING:
            thing.append(word)
        else:
            return [], []
    if not any(w.lower in duties for w in left) or not any(w.pos == "NOUN" for w in thing):
        return [], []
    if thing[0].pos not in ("DET", "ADJ", "NOUN"):
        return [], []
    return thing, left


def _act(
    offer: list[Word], thing: list[Word], style: RewriteStyle
) -> tuple[str, list[Word]] | None:
    """The offer's act with ``thing`` in its pronoun's place ('die opzetten' -> 'een
    kennisbank opzetten', 'set it up' -> 'set up a shared calendar'), and the offer's words
    that go; None unless the offer is the writer's, offered, and names only that act."""
    subjects = {style.default_subject.lower()}
    drops = {d.lower() for d in style.offer_drops}
    writer = offered = False
    pronoun: Word | None = None
    verbs: list[Word] = []
    particles: list[Word] = []
    gone: list[Word] = []
    for word in offer:
        if word.lower in subjects:
            writer = True
        elif word.lower in style.one_word_hedges or word.lower in style.modals or word.pos == "AUX":
            offered = True
        elif word.lower in drops:
            pass
        elif word.lower in style.thing_pronouns and pronoun is None and writer:
            pronoun = word  # after the writer: 'Dat kan ik doen' is the claim on the need
        elif word.pos == "VERB" or word.dep == "ROOT":  # 'die *schrijven*', tagged a noun
            verbs.append(word)
            continue
        elif word.dep == "compound:prt":
            particles.append(word)
            continue
        else:
            return None
        gone.append(word)
    if not (writer and offered) or pronoun is None or len(verbs) != 1:
        return None
    if pronoun.lower in style.negations:
        return None
    named = [thing[0].with_text(thing[0].lower if thing[0].pos != "PROPN" else thing[0].text)]
    named += thing[1:]
    if style.word_order == "v2":
        told = [*named, *particles, *verbs]
    else:
        told = [*verbs, *particles, *named]
    return join(told, lead=False).strip(), gone
