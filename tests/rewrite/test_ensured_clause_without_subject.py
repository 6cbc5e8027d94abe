"""'make sure (that)' / 'zorg ervoor dat' with a clause that has no subject: 'I will make
sure that check all the smoke alarms', 'zorg ik ervoor dat controleer de logboeken'. The
clause the writer sees to has a subject ('that every smoke alarm is checked', 'dat ik de
logboeken controleer'); a verb followed by its object right after 'that' is a goal's verb
phrase put in without one. Fresh goals written for the category, nl and en."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_tags

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "en",
            "Check all the smoke alarms in the care home every month.",
            "Until [date], I will make sure that check all the smoke alarms in the care home"
            " every month.",
            "Until [date], I will make sure that all the smoke alarms in the care home are"
            " checked every month.",
        ),
        (
            "en",
            "Update the stock list every Friday.",
            "By [date], I'll ensure that update the stock list every Friday.",
            "By [date], I'll ensure that I update the stock list every Friday.",
        ),
        (
            "en",
            "Answer my customers' emails within a day.",
            "By [date], I will make sure that answer my customers' emails within a day.",
            "By [date], I will make sure that every customer email is answered within a day.",
        ),
        (
            "nl",
            "De temperatuurlijsten van de koelcel controleren.",
            "Vóór [datum] zorg ik ervoor dat controleer de temperatuurlijsten van de koelcel.",
            "Vóór [datum] zorg ik ervoor dat ik de temperatuurlijsten van de koelcel controleer.",
        ),
        (
            "nl",
            "Elke week de bestellijst bijwerken.",
            "Tot [datum] zorg ik ervoor dat elke week werk de bestellijst bij.",
            "Tot [datum] zorg ik ervoor dat de bestellijst elke week bijgewerkt wordt.",
        ),
    ],
)
def test_a_verb_and_its_object_without_a_subject_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "ensure-verb" in seam_tags(CHECKER, lang, goal, broken)
    assert "ensure-verb" not in seam_tags(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    ("lang", "whole"),
    [
        ("nl", "Vóór [datum] zorg ik ervoor dat er een nieuw rooster voor de keuken komt."),
        ("nl", "Vóór [datum] zorg ik ervoor dat mijn collega's de nieuwe kassa kennen."),
        ("en", "By [date], I will make sure there is a new rota for the kitchen."),
        ("en", "By [date], I will make sure that my colleagues know the new till."),
    ],
)
def test_a_clause_with_its_subject_is_no_seam(lang: str, whole: str) -> None:
    goal = "Er moet een nieuw rooster komen." if lang == "nl" else "We need a new rota."
    assert "ensure-verb" not in seam_tags(CHECKER, lang, goal, whole)
