"""A duty that leaves its verb out is read with the verb put back (session 46, lead).

'Er moeten minder fouten in de inspecties', 'De planning moet anders': Dutch drops the verb
of coming to be after the modal. Read as it stands, every frame took the modal for the act
('ga ik er moeten minder fouten ...', a seam) and the writer got the structured fallback, or
the duty stayed as written ('De planning moet vóór [datum] anders'). With the pack's
``rewrite.elliptic_duty_verb`` ('komen', after 'er'), ``elliptic_state_verb`` ('worden',
after how a thing must change) or ``elliptic_being_verb`` ('zijn', after the state it must
be in) at the end of its clause it is an impersonal duty like any
other: the writer's own part (JUDGING A). English says its verb ('There need to be fewer
errors'): its pack has no such verb.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_style, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        (
            "Er moeten minder fouten in de weekstaten.",
            "dat er minder fouten in de weekstaten komen",
        ),
        ("Er moet meer structuur in het werkoverleg.", "er meer structuur in het werkoverleg komt"),
        (
            "Er moet een vaste vervanger voor de roosteraar.",
            "dat er een vaste vervanger voor de roosteraar komt",
        ),
    ],
)
def test_the_left_out_verb_is_put_back_and_the_duty_owned(goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert kept in rewrite
    assert "moet" not in rewrite.split()


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        ("De roosterplanning moet anders.", "dat de roosterplanning anders wordt"),
        ("Het magazijn moet overzichtelijker.", "dat het magazijn overzichtelijker wordt"),
        ("De weekstaten moeten op vrijdag klaar.", "dat de weekstaten op vrijdag klaar zijn"),
    ],
)
def test_a_things_duty_takes_the_verb_of_its_change_or_state(goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert kept in rewrite
    assert "moet" not in rewrite.split()


def test_a_direction_is_no_state() -> None:
    """'De omzet moet omhoog' moves a count (counts.py): no 'omhoog wordt'."""
    rewrite = well_rewritten(CHECKER, "De omzet van de webwinkel moet omhoog.", "nl")
    assert "omhoog wordt" not in rewrite


def test_a_reason_after_the_duty_stays_its_own_sentence() -> None:
    rewrite = well_rewritten(
        CHECKER, "Er moeten minder fouten in de weekstaten, de salarisadministratie klaagt.", "nl"
    )
    assert "dat er minder fouten in de weekstaten komen" in rewrite
    assert rewrite.endswith("De salarisadministratie klaagt.")


def test_a_duty_with_its_own_verb_keeps_it() -> None:
    """'Er moet meer overleg komen': the verb is there, nothing is added."""
    rewrite = well_rewritten(CHECKER, "Er moet meer overleg komen met de planning.", "nl")
    assert "komen komt" not in rewrite and "komt komen" not in rewrite


def test_english_leaves_no_verb_out() -> None:
    assert rewrite_style(CHECKER, "en").elliptic_duty_verb == ""
