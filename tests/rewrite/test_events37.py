"""An event's clause put in front of a Dutch main clause is followed by a comma (session 37,
lead).

'Er moet een betere overdracht komen voordat de nachtdienst begint': the event-anchored
deadline stays and its date is asked ('voordat de nachtdienst begint ([datum])'). Moved in
front of the writer's own part, it was followed straight by the finite verb ('... begint
([datum]) zorg ik ervoor'), which the seam check read as two verbs in one clause, so only the
fallback was left. A clause in front now ends in a comma, as the fronted clause of the goal
itself always did (plan._event_date). English already wrote 'Before the show starts
([date]), I will ...'.

Goals written fresh for this category, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Er moet een betere overdracht komen voordat de nachtdienst begint.",
            "Voordat de nachtdienst begint ([datum]), zorg ik ervoor dat er een betere "
            "overdracht komt, met als bewijs [hoe gemeten].",
        ),
        (
            "Er moet een betere planning komen voordat de oogst begint.",
            "Voordat de oogst begint ([datum]), zorg ik ervoor dat er een betere planning komt, "
            "met als bewijs [hoe gemeten].",
        ),
        (
            "Voordat de nachtdienst begint moet er een betere overdracht zijn.",
            "Voordat de nachtdienst begint ([datum]), zorg ik ervoor dat er een betere "
            "overdracht is, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_an_event_clause_in_front_ends_in_a_comma(text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, "nl") == expected


def test_english_already_wrote_the_comma() -> None:
    assert shown_rewrite(
        CHECKER,
        "There needs to be a better handover before the night shift starts.",
        "en",
    ).startswith("Before the night shift starts ([date]), I will ")  # 'a better handover': the
    # aim of a concrete step since session 42 ('..., so that there is a better handover')
