"""A wish about how others feel or are inside ('Ik wil dat mijn cursisten minder zenuwachtig
zijn', 'I want my team to feel more confident'): nobody sees to another person's feelings, so
the rewrite is the writer's own behaviour aimed at them, with evidence the writer can show,
never 'ik zorg ervoor dat ...' (states.py). A wish that others *act* is seen to as before.
Every goal is written fresh for the category."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()

STATES = [
    ("nl", "Ik wil dat de nieuwe monteurs minder gespannen zijn bij hun eerste storing."),
    ("nl", "Ik wil dat mijn bijlesleerlingen meer plezier hebben in Frans."),
    ("nl", "Ik wil dat de gasten zich welkom voelen in het hotel."),
    ("nl", "Ik wil dat de mantelzorgers zich gehoord voelen tijdens het keukentafelgesprek."),
    ("nl", "Ik wil dat mijn teamleden rustiger zijn tijdens de jaarafsluiting."),
    ("en", "I want the new warehouse pickers to feel safe on the mezzanine."),
    ("en", "I want my choir members to be less anxious before a concert."),
    ("en", "I want our tenants to feel heard when they report a repair."),
    ("en", "I want my junior designers to have more confidence in client meetings."),
    ("en", "I want the library volunteers to feel more motivated."),
]


@pytest.mark.parametrize(("lang", "text"), STATES)
def test_the_writer_aims_at_how_others_feel(lang: str, text: str) -> None:
    """The rewrite asks for the writer's behaviour and evidence; the others' state is what
    it aims at ('zodat ...', 'so that ...'), and passes A and M once filled."""
    rewrite = well_rewritten(CHECKER, text, lang)
    marks = {"nl": ("[concreet gedrag]", "zodat"), "en": ("[concrete behaviour]", "so that")}
    behaviour, aim = marks[lang]
    assert behaviour in rewrite
    assert f", {aim} " in rewrite
    assert "ervoor dat" not in rewrite and "make sure" not in rewrite


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik wil dat de bezorgers elke rit in de app afmelden."),
        ("nl", "Ik wil dat het team zeker de checklist invult na elke dienst."),
        ("en", "I want my volunteers to log every visit in the shared sheet."),
        ("en", "I want the cashiers to count the till at the end of each shift."),
    ],
)
def test_a_wish_that_others_act_is_still_seen_to(lang: str, text: str) -> None:
    """Others' behaviour (no feeling, no state told with 'zijn' / 'be') is something the
    writer can see to: the own part stays ('zorg ik ervoor dat', 'make sure that')."""
    rewrite = well_rewritten(CHECKER, text, lang)
    assert ("ervoor dat" if lang == "nl" else "make sure that") in rewrite


def test_the_dutch_clause_after_zodat_ends_in_its_verbs() -> None:
    """'dat klanten tevredener zijn over X' may leave a phrase after its verb; the clause
    after 'zodat' takes it before its verbs ('zodat klanten over X tevredener zijn')."""
    rewrite = well_rewritten(
        CHECKER, "Ik wil dat de bezoekers tevredener zijn over de bewegwijzering.", "nl"
    )
    assert rewrite.endswith(" zijn.")
    assert "over de bewegwijzering" in rewrite
