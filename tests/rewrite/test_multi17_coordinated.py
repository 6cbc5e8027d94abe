"""Two verbs of one skill are one goal; an act after its adverb is the writer's verb.

- Coordinated infinitives under one learning verb that share the object ('Roosters leren
  maken en bijstellen', 'Learn to read and draw wiring diagrams'): learning to do both to
  one object is one skill, no second goal to split off (reading/anatomy/coordination.py).
  Two objects, or a second act of its own, stay two goals.
- 'Meer zelfstandig beslissen tijdens de nachtdienst': a comparative, an adverb without the
  attributive ending and an infinitive is the writer's act ('zelfstandig beslissen'), not a
  thing to have more of ('om meer zelfstandig beslissen te hebben', nominal.py).
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

ONE_SKILL = [
    ("nl", "Roosters leren maken en bijstellen.", "roosters leren maken en bijstellen"),
    ("nl", "Lasnaden leren beoordelen en herstellen.", "lasnaden leren beoordelen en herstellen"),
    ("nl", "Offertes leren opstellen en controleren.", "offertes leren opstellen en controleren"),
    (
        "en",
        "Learn to read and draw wiring diagrams for the new line.",
        "learn to read and draw wiring diagrams for the new line",
    ),
    ("en", "Learn to plan and run toolbox meetings.", "learn to plan and run toolbox meetings"),
    (
        "en",
        "Learn to cut and fit skirting boards in the show home.",
        "learn to cut and fit skirting boards in the show home",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "kept"), ONE_SKILL)
def test_two_verbs_of_one_skill_are_one_goal(
    checker: Checker, lang: str, goal: str, kept: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}
    assert not report.split
    assert kept in well_rewritten(checker, goal, lang)


TWO_GOALS = [
    ("nl", "Roosters leren maken en de voorraad bijhouden."),
    ("nl", "Lasnaden leren beoordelen en een cursus volgen."),
    ("nl", "Offertes opstellen en de kas tellen."),
    ("en", "Learn to read wiring diagrams and take the forklift course."),
    ("en", "Learn to plan and also take the forklift course."),
    ("en", "Learn to weld and then apply for the night shift."),
]


@pytest.mark.parametrize(("lang", "goal"), TWO_GOALS)
def test_acts_with_objects_of_their_own_stay_two_goals(
    checker: Checker, lang: str, goal: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert "S004" in {f.code for f in report.findings}


ACTS = [  # a quality of the act ('meer zelfstandig'): no count, the aim of a step (s. 42)
    ("Meer zelfstandig beslissen tijdens de nachtdienst.", "om meer zelfstandig te beslissen"),
    ("Vaker rustig overleggen met de planning.", "ga ik vaker rustig overleggen"),
    ("Meer zorgvuldig controleren bij de uitgifte.", "om meer zorgvuldig te controleren"),
]


@pytest.mark.parametrize(("goal", "act"), ACTS)
def test_an_act_after_its_adverb_is_the_writers_verb(checker: Checker, goal: str, act: str) -> None:
    rewrite = well_rewritten(checker, goal, "nl")
    assert act in rewrite
    assert "te hebben" not in rewrite
