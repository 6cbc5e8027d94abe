"""A goal that opens with how a thing is now, then a comma and the writer's clause: 'De
werkplaats is altijd een chaos, ik wil dat ...', 'The stockroom is always a mess, I will
...'.

The opening clause tells the state of things the goal should change (a copula with a thing,
not the writer, as its subject, and no modal or commitment): it is context, not a target.
Dated or bounded, it read 'De afdeling is vóór [datum] in [aantal] van de 10 gevallen
rommelig' (seams/dated_state.py refuses that). The rest is judged and rewritten as the goal,
the state kept before it as a sentence of its own, as written.

When the writer's clause opens with the writer and a modal ('..., ik wil ...', '..., so I
want to ...'), the goal is plainly that clause, so the opening clause is context whatever
its verb: a passive ('De planning wordt vaak laat gemaakt', 'The handover is often rushed')
or what others do ('Mijn collega's vragen mij altijd om hulp'), as long as it has a noun
for its subject, a finite verb, and no modal or writer as subject (:func:`state_then_goal`).
Read as one sentence, that clause was committed or dated ('De planning wordt vóór [datum]
vaak laat gemaakt', 'zorg ik ervoor dat mijn collega's mij altijd vragen om hulp').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.context import commitment_words
from smartcheck.fixing.rewrite.seams.dated_state import thing_state
from smartcheck.fixing.rewrite.seams.tokens import SUBJECT_DEPS
from smartcheck.fixing.rewrite.situation import Situated
from smartcheck.fixing.rewrite.words import capitalise
from smartcheck.reading.anatomy.situation import SUBJECT_OPENERS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Fewest words the writer's clause after the state needs to be read as the goal.
_GOAL_WORDS = 3
#: How far into the writer's clause its subject and modal stand ('daarom wil ik', 'so I want').
_WISH_REACH = 4


def state_first(goal: Goal, style: RewriteStyle) -> Situated | None:
    """The goal after an opening state of things, with that state as the sentence before
    it; None when the text opens otherwise."""
    opening = _opening_clause(goal)
    if opening is None:
        return None
    clause, _ = opening
    commit = set(commitment_words(style)) | {m.lower() for m in style.modals}
    if any(t.lower_ in commit for t in clause) or not thing_state(clause):
        return None
    return _state_before(goal, opening[1])


def state_then_goal(goal: Goal, style: RewriteStyle) -> Situated | None:
    """The writer's clause with a modal after an opening clause that tells how things are
    or what others do (module doc), that clause kept as the sentence before it; None when
    the text opens otherwise."""
    opening = _opening_clause(goal) or _opening_sentence(goal)
    if opening is None:
        return None
    clause, comma = opening
    writer = {w.lower() for w in style.subjects}
    wishes = {m.lower() for m in (*style.modals, *style.weak_finite)} | style.one_word_hedges
    wishes |= {w.split()[0].lower() for w in style.cluster_drop}  # 'want (to)', "'d (like)"
    commit = set(commitment_words(style)) | wishes | writer
    head = [t.lower_ for t in comma.doc[comma.i + 1 : comma.i + 1 + _WISH_REACH]]
    duty = _duty_after(comma, style, writer)
    told = _main_part(clause, style) if duty else clause
    if _existential(clause, style, duty):
        told = told[2:]  # 'There *are* always ...': the existential's verb commits nobody
    if any(t.lower_ in commit for t in told) or not _told_of_others(clause, style, duty):
        return None
    if clause[0].pos_ not in SUBJECT_OPENERS and not _existential(clause, style, duty):
        return None  # 'Even though X is demanding, I will ...': it opens on its subject
    if not duty and not (comma.text == "," and writer & set(head) and wishes & set(head)):
        return None
    return _state_before(goal, comma)


def _opening_sentence(goal: Goal) -> tuple[list[Token], Token] | None:
    """The first of the text's two sentences, when no comma stands in it, and the stop that
    ends it ('Monteurs zoeken vaak lang naar onderdelen. Er moet ...'); None otherwise. Only
    a duty nobody owns after it makes it the problem told first (:func:`_duty_after`)."""
    doc = goal.doc
    if doc is None:
        return None
    stops = [t for t in doc if t.text in (".", "!")]
    words = [t for t in doc if not t.is_punct]
    if not stops or stops[0].i < 2 or not words or words[-1].i < stops[0].i:
        return None
    if any(t.text in ".;:!?" for t in doc[stops[0].i + 1 :] if t.i != len(doc) - 1):
        return None  # more than two sentences: no problem and its duty alone
    if any(t.text in ",;:?" for t in doc[: stops[0].i]):
        return None
    return list(doc[: stops[0].i]), stops[0]


def _duty_after(comma: Token, style: RewriteStyle, writer: set[str]) -> bool:
    """Is the clause after ``comma`` a duty nobody owns, its modal near its start and the
    writer nowhere in the rest of the text ('..., er moet een vaste indeling komen',
    '..., there needs to be a fixed layout', '..., de planning moet strakker')? Then the
    opening clause tells the problem the duty answers, the duty is the goal."""
    rest = [t for t in comma.doc[comma.i + 1 :] if not t.is_punct]
    if not rest or any(t.lower_ in writer for t in rest):
        return False
    if rest[0].lower_ in style.demonstrative_subjects:
        return False  # 'Dat moet minder.': the problem's own direction (closing_directions.py)
    if rest[0].pos_ == "CCONJ":
        return False  # '..., and it needs to be ready by X': a second duty (duties.py)
    lowers = [t.lower_ for t in rest]
    modals = [m.lower().split() for m in style.duty_modals]
    # the modal near the clause's start, or its first verb after a longer subject ('De
    # verwerking van de uitslagen *moet* sneller', 'Communication with the crews *needs* to')
    first = next((n for n, t in enumerate(rest) if t.pos_ in ("VERB", "AUX")), 0)
    return any(
        lowers[at : at + len(m)] == m
        for m in modals
        for at in {*range(min(len(rest), _WISH_REACH)), first}
    )


def _main_part(clause: list[Token], style: RewriteStyle) -> list[Token]:
    """The opening clause up to an indirect question or a subordinate clause inside it
    ('Er is altijd gedoe over *wie* wanneer de fridge mag gebruiken'): a modal after that
    is the embedded clause's, no commitment of the writer."""
    for n, t in enumerate(clause[1:], start=1):
        if t.lower_ in style.question_words or t.pos_ == "SCONJ":
            return clause[:n]
    return clause


def _problem_signed(clause: list[Token], style: RewriteStyle) -> bool:
    """Does the clause tell a problem by how often it happens, an 'always' or an excess
    ('Technicians often spend ages ...', 'Our stand-ups always overrun', '... te laat'),
    a word the tagger may leave without a finite verb?"""
    signs = {w.lower() for w in (*style.problem_frequencies, *style.always_openers)}
    signs |= set(style.excess_adverbs)
    return any(t.lower_ in signs for t in clause)


def _existential(clause: list[Token], style: RewriteStyle, duty: bool) -> bool:
    """Does the opening clause before a duty open with the empty subject of an existential
    clause and its finite verb ('*Er is* altijd gedoe over ...', '*There are* always ...')?"""
    if not duty or len(clause) < 3 or clause[0].lower_ not in style.existential_subjects:
        return False
    modals = {w.lower() for m in (*style.modals, *style.duty_modals) for w in m.split()}
    if clause[1].lower_ in modals:
        return False  # 'There should be X, ...': a duty of its own, no problem told
    return "Fin" in clause[1].morph.get("VerbForm", [])


def _opening_clause(goal: Goal) -> tuple[list[Token], Token] | None:
    """The words before the text's first comma, when they are more than one word of one
    sentence, and that comma; None otherwise."""
    doc = goal.doc
    if doc is None:
        return None
    comma = next((t for t in doc if t.text == ","), None)
    if comma is None or comma.i < 2 or any(t.text in ".;:!?" for t in doc[: comma.i]):
        return None
    return list(doc[: comma.i]), comma


def _state_before(goal: Goal, comma: Token) -> Situated | None:
    """The text after ``comma`` as the goal, the opening before it kept as its own sentence;
    None when too little is left for a goal."""
    rest = goal.text[comma.idx + 1 :].strip()
    if len(rest.split()) < _GOAL_WORDS:
        return None
    state = goal.text[: comma.idx].strip()
    return Situated(goal=capitalise(rest), before=(f"{capitalise(state)}.",))


def _told_of_others(clause: list[Token], style: RewriteStyle, duty: bool = False) -> bool:
    """A finite verb with a noun, not the writer, as its subject in the clause: how a thing
    is, what is done to it, or what others do; before a duty nobody owns (``duty``) also
    a thing that exists or happens ('Er is altijd gedoe over ...')."""
    if _existential(clause, style, duty) or (duty and _problem_signed(clause, style)):
        return True
    inside = {t.i for t in clause}
    finite = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in clause)
    subject = any(
        t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and t.head.i in inside
        for t in clause
    )
    return thing_state(clause) or (finite and subject)
