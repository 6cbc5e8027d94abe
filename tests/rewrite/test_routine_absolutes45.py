"""An absolute of how often beside the goal's own recurrence goes (session 45, lead).

'Always check the swabbing log before every shift, no exceptions!!': the frames bounded the
'always' ('... before every shift in at least [number] out of 10 cases'), which blind readers
rated a change of meaning and nonsense for a safety routine. Beside an explicit recurrence
('before every shift', 'elke ochtend') the absolute only says the routine again: it goes,
with its riders, and the routine is the target, whose adherence is counted (JUDGING M). Alone
('Always wear my helmet on site') it is still bounded, as JUDGING R asks.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "routine"),
    [
        (
            "en",
            "Always check the tyre pressures before every trip, no exceptions!!",
            "I will check the tyre pressures before every trip",
        ),
        (
            "nl",
            "Ik wil elke ochtend altijd de temperatuur van de vriescel noteren",
            "ga ik elke ochtend de temperatuur van de vriescel noteren",
        ),
    ],
)
def test_an_absolute_beside_a_recurrence_goes(lang: str, goal: str, routine: str) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert routine in shown
    assert "10" not in shown and "exception" not in shown


def test_an_absolute_alone_is_still_bounded() -> None:
    shown = well_rewritten(CHECKER, "Always wear ear protection in the press hall.", "en")
    assert "in at least [number] out of 10 cases" in shown
