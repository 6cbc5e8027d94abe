"""Dutch: the frame's 'ga ik' with no verb of the goal's after it in its clause.

A goal without a verb ("Stofmasker ALTIJD op bij het slijpen": a rule told with a particle,
"op", for the verb it stands for) put in the frame reads "Vóór [datum] ga ik stofmasker in
[aantal] van de 10 gevallen op bij het slijpen": the frame's 'ga' is the auxiliary of a
future and needs the writer's infinitive; with none, the particle makes it 'opgaan', a verb
the writer never meant. Only a goal with no form of 'gaan' of its own is checked ('Naar de
beurs gaan' keeps its own 'ga ik naar de beurs'), and only a clause with a particle left
standing ('op bij het slijpen'); 'ga ik naar de beurs' is the verb of going, as meant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.seams.kinds import Seam

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal

#: Tags of a word before a plural noun in -en ('de 10 *gevallen*', 'kleine *klanten*').
_NOUN_OPENERS = frozenset({"DET", "NUM", "ADJ", "PRON"})
#: Most words between the companion and the particle of going ('met *Kees* mee').
_ALONG = 4
#: Marks that end the committed clause.
_ENDS = frozenset({",", ";", ":", ".", "!", "?"})


def commitment_without_verb(
    doc: Doc, goal: Goal, style: RewriteStyle, particles: frozenset[str]
) -> list[Seam]:
    """The frame's commitment ('ga ik') followed, up to its clause's end, by no verb and no
    word that may be an infinitive the tagger misread (a form in -en or -n that no article,
    number or adjective opens), but by a particle (``particles``: the pack's
    ``separable_particles``) left standing before a preposition or the clause's end: 'op
    bij het slijpen' makes 'opgaan'. 'ga ik naar de beurs' goes, as the writer meant."""
    if style.word_order != "v2" or goal.doc is None:
        return []
    if any(t.lemma_.lower().endswith("gaan") or t.lower_ == "ga" for t in goal.doc):
        return []  # the writer's own 'gaan'
    # the writer's own particle of going, the verb left out ('kan ik met Kees *mee* naar een
    # klant'): 'ga ik met Kees mee naar een klant' says what the writer meant
    # or 'kan ik een keer *mee naar* een wedstrijd', '*mee met* de monteur': a particle of
    # direction before where or with whom (asked_going.py)
    motion = style.frequent_place.motion_words
    going = {
        t.lower_
        for t in goal.doc[:-1]
        if t.lower_ in particles
        and t.nbor().pos_ == "ADP"
        and (
            any(u.lower_ in style.companions for u in goal.doc[max(0, t.i - _ALONG) : t.i])
            or (t.lower_ in motion and t.nbor().lower_ in motion | style.companions)
        )
    }
    for subject, aux in style.subjects.items():
        for t in doc[:-1]:
            if t.lower_ != aux.lower() or doc[t.i + 1].lower_ != subject.lower():
                continue
            clause = _clause(doc, t.i + 2)
            stranded = any(
                u.lower_ in particles
                and u.lower_ not in going
                and (u is clause[-1] or doc[u.i + 1].pos_ == "ADP")
                for u in clause
            )
            if stranded and not any(_may_be_verb(u) for u in clause):
                return [Seam("lost_verb", f"{t.text!r} has no verb after it", (t.lower_,))]
    return []


def _clause(doc: Doc, start: int) -> list[Token]:
    """The words from ``start`` to the clause's end (a comma or a stop)."""
    words = []
    for t in doc[start:]:
        if t.text in _ENDS:
            break
        words.append(t)
    return words


def _may_be_verb(token: Token) -> bool:
    if token.pos_ in ("VERB", "AUX"):
        return True
    lower = token.lower_
    opened = token.i > 0 and token.nbor(-1).pos_ in _NOUN_OPENERS
    return len(lower) > 3 and lower.endswith("n") and token.pos_ != "ADP" and not opened
