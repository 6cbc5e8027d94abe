"""A need for someone who can do a thing, taken on by the writer: 'Er moet iemand in het
team komen die de nieuwe kassa kan instellen, dat wil ik wel oppakken', 'We need someone
who can run the payroll, I would like to take that on'.

The relative clause tells what that someone must be able to do; the writer's claim after it
offers to be that one (taken_on.py). The goal is the writer's: to learn to do it ('ik wil
de nieuwe kassa leren instellen', 'I want to learn to run the payroll'; the pack's
``taken_ability``). A relative without a modal of ability ('Er moet iemand zijn die de
werkplaats beheert', 'There should be someone who looks after the rota') tells the act
itself: offered, the writer's wish is to do it ('ik wil de werkplaats beheren', 'I want to
look after the rota'; ``writer_for_act``), the relative's finite verb told by its lemma.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartcheck.fixing.rewrite.words import capitalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from smartcheck.fixing.rewrite.style import RewriteStyle
    from smartcheck.reading.goal import Goal


def writer_for_relative(aim: str, style: RewriteStyle) -> str | None:
    """The aim's need for 'someone who can X' told as the writer's wish to learn X, or None
    when the aim holds no such need."""
    frame = style.taken_ability
    found = _relative(aim.strip(), style)
    if not frame or found is None:
        return None
    words = found.group(1).rstrip(" .!").split()
    at = next(n for n, w in enumerate(words) if w.lower() in style.ability_modals)
    act = words[:at] + words[at + 1 :]
    if style.word_order == "v2":  # 'de honden trainen': the infinitive last
        told = frame.format(before=" ".join(act[:-1]), verb=act[-1], after="")
    else:  # 'run the payroll': the verb first
        told = frame.format(before="", verb=act[0], after=" " + " ".join(act[1:]))
    return capitalise(" ".join(told.split())) + "."


def writer_for_act(goal: Goal, style: RewriteStyle) -> str | None:
    """The aim's need for someone who does a thing ('Er moet iemand zijn die de werkplaats
    beheert, nu raakt alles kwijt.', 'There should be someone who looks after the rota.')
    told as the writer's wish to do it ('Ik wil de werkplaats beheren, nu raakt alles
    kwijt.'): the relative clause up to its comma or stop, its one finite verb (Dutch: the
    clause's last word or the one before a phrase extraposed after it, 'die de toestellen
    *inschrijft* voor de keuring'; English: its first verb) told by its lemma, whatever
    stands after the clause kept as written. None when the aim holds no such relative, the relative
    holds a modal of ability (``writer_for_relative``) or the verb's lemma is unknown."""
    doc = goal.doc
    wish = style.aim_step_wish.split("{step}")[0].strip()
    found = _act_relative(doc, style) if doc is not None else None
    if found is None or not wish:
        return None
    clause, verb = found
    at = clause.index(verb)
    if style.word_order == "v2" and verb is not clause[-1] and clause[at + 1].pos_ != "ADP":
        return None  # a Dutch relative ends in its finite verb, or a phrase extraposed after it
    if style.word_order != "v2" and at > 0 and clause[0].pos_ != "ADV":
        return None  # 'who *looks* after ...': the verb opens the English relative
    act = [t.text for t in clause]
    act[at] = verb.lemma_.lower()
    end = clause[-1].idx + len(clause[-1].text)
    rest = goal.text[end:].strip()
    told = f"{wish} {' '.join(act)}"
    if rest[:1] == ",":
        told = f"{told}{rest}"
    elif rest.strip(" .!"):
        return None  # more than the need and a clause after its comma
    return capitalise(told.rstrip(" .!")) + "."


def act_spans(goal: Goal, style: RewriteStyle) -> list[tuple[int, int]]:
    """The character spans of the goal's text the writer's wish to do the act leaves out:
    the need up to the relative pronoun ('Er moet iemand komen die')."""
    doc = goal.doc
    found = _act_relative(doc, style) if doc is not None else None
    if doc is None or found is None:
        return []
    start = found[0][0].i - 1
    return [(0, doc[start].idx + len(doc[start].text))]


def _act_relative(doc: Doc, style: RewriteStyle) -> tuple[list[Token], Token] | None:
    """The words of a relative clause about the impersonal subject (up to its comma or
    stop) and its one finite verb, no modal of ability among them and a lemma known."""
    someone = next((t for t in doc if t.lower_ in style.taken_subjects), None)
    relative = next(
        (
            t
            for t in doc
            if someone is not None
            and t.i > someone.i
            and t.lower_ in style.taken_relatives
            and "Rel" in t.morph.get("PronType", [])
        ),
        None,
    )
    if relative is None:
        return None
    clause: list[Token] = []
    for t in doc[relative.i + 1 :]:
        if t.is_punct:
            break
        clause.append(t)
    finite = [t for t in clause if "Fin" in t.morph.get("VerbForm", [])]
    if len(clause) < _ACT_WORDS or len(finite) != 1:
        return None
    verb = finite[0]
    if verb.lower_ in style.ability_modals or verb.lemma_.lower() == verb.lower_:
        return None
    return clause, verb


#: Fewest words of the act a relative tells ('die de kassa beheert').
_ACT_WORDS = 2


def relative_spans(text: str, aim: str, style: RewriteStyle) -> list[tuple[int, int]]:
    """The character spans of ``text`` the writer's wish to learn leaves out of the aim (its
    first ``len(aim)`` characters): the need up to the relative pronoun ('Er moet iemand in
    het team komen die') and the modal of ability ('kan')."""
    if not style.taken_ability or _relative(aim.strip(), style) is None:
        return []
    start = len(text) - len(text.lstrip())
    found = _relative(text[start : start + len(aim.strip())].rstrip(" ,;:.!?"), style)
    if found is None:
        return []
    spans = [(start, start + found.start(1))]
    modal = rf"\b(?:{'|'.join(re.escape(m) for m in style.ability_modals)})\b"
    hit = re.search(modal, found.group(1), re.I)
    if hit is not None:
        at = start + found.start(1)
        spans.append((at + hit.start(), at + hit.end()))
    return spans


def _relative(aim: str, style: RewriteStyle) -> re.Match[str] | None:
    """The match of a need for someone whose relative clause ends the aim and holds one modal
    of ability and a verb (its group 1: the clause after the relative pronoun)."""
    someone = "|".join(re.escape(s) for s in style.taken_subjects)
    relatives = "|".join(re.escape(r) for r in style.taken_relatives)
    if not someone or not relatives:
        return None
    found = re.search(rf"\b(?:{someone})\b.*?\b(?:{relatives})\s+(.+)$", aim, re.I)
    if found is None or re.search(r"[,;:]", found.group(1)):
        return None  # more after the relative clause: not the need's last part
    words = found.group(1).rstrip(" .!").split()
    modals = [w for w in words if w.lower() in style.ability_modals]
    return found if len(modals) == 1 and len(words) >= 3 else None
