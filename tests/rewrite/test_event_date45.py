"""The date of a fronted event is asked right after the event when the goal goes on with its
act (session 45, lead).

'Vóór de kerstdrukte zelf een batch stoken': told without a subject, the words after the
event are the act, not part of the event, so the date asked goes after the event ('Vóór de
kerstdrukte ([datum]) ga ik zelf ...'), not after the act's verb. A phrase a preposition
opens still belongs to the event ('Voor de verhuizing naar het nieuwe pand ([datum]) ga ik').

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "opening"),
    [
        (
            "nl",
            "Vóór de zomerdrukte zelf een partij zuurdesembrood bakken, onder toezicht van de chef.",
            "Vóór de zomerdrukte ([datum]) ga ik zelf een partij zuurdesembrood bakken",
        ),
        (
            "nl",
            "Voor de verhuizing naar het nieuwe pand wil ik het archief opschonen",
            "Voor de verhuizing naar het nieuwe pand ([datum]) ga ik het archief opschonen",
        ),
        (
            "en",
            "Before the summer rush, bake a batch of sourdough myself.",
            "Before the summer rush ([date]), I will bake a batch of sourdough myself",
        ),
    ],
)
def test_the_date_of_a_fronted_event_follows_the_event(lang: str, goal: str, opening: str) -> None:
    assert well_rewritten(CHECKER, goal, lang).startswith(opening)
