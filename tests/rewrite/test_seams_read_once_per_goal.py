"""What a seam check reads of the goal is read once per goal, not once per candidate.

Each candidate rewrite of a goal runs through the same checks; the spans a rewrite may
drop and the words it must keep are the goal's, so they are read once and shared. The
memo must never hand one goal's reading to another goal, nor one style's to another.
"""

from __future__ import annotations

from datetime import date

import spacy

from smartcheck.fixing.rewrite.seams.per_goal import once_per_goal
from smartcheck.reading.goal import Goal

REF = date(2026, 11, 23)


def _goal(text: str, nlp: spacy.language.Language) -> Goal:
    return Goal(text=text, lang="nl", reference_date=REF).with_doc(nlp(text))


def test_a_goal_is_read_once_for_all_its_candidates() -> None:
    goal = _goal("Ik wil vóór maart de cursus lassen afronden.", spacy.blank("nl"))
    reads: list[str] = []
    style = object()
    for _ in range(5):  # five candidates
        once_per_goal("spans", goal, (style,), lambda: reads.append("read") or len(reads))
    assert reads == ["read"]


def test_another_goal_over_the_same_doc_is_read_again() -> None:
    nlp = spacy.blank("nl")
    doc = nlp("Vaker feedback vragen aan collega's.")
    first = Goal(text=doc.text, lang="nl", reference_date=REF).with_doc(doc)
    second = Goal(text=doc.text, lang="nl", reference_date=date(2027, 1, 4)).with_doc(doc)
    style = object()
    assert once_per_goal("spans", first, (style,), lambda: "first") == "first"
    assert once_per_goal("spans", second, (style,), lambda: "second") == "second"


def test_another_style_or_name_is_read_again() -> None:
    goal = _goal("Learn to weld aluminium by June 2027.", spacy.blank("en"))
    one, other = object(), object()
    assert once_per_goal("spans", goal, (one,), lambda: 1) == 1
    assert once_per_goal("spans", goal, (other,), lambda: 2) == 2
    assert once_per_goal("words", goal, (other,), lambda: 3) == 3
    assert once_per_goal("spans", goal, (other,), lambda: 4) == 2  # kept from before


def test_a_goal_without_a_doc_is_read_every_time() -> None:
    goal = Goal(text="Beter plannen.", lang="nl", reference_date=REF)
    reads: list[int] = []
    for n in range(3):
        once_per_goal("spans", goal, (), lambda n=n: reads.append(n))
    assert reads == [0, 1, 2]
