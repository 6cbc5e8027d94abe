"""An event deadline told in a later sentence has its date asked beside it (session 50, lead;
found reading heldout46, in-sample there: "... that's the dream. Would love to get there
before the next big trade fair.").

The frames ask for an event's date beside it when the event stands in the goal's own clause
("voor de audit ([datum])"). Two readings that take the time from a later sentence did not:
the writer's means ("Would love to get there before the next big trade fair"), which fills
the behaviour asked for (means.py), and a hedged doubt of when ("Hopelijk lukt dat voor de
keuring"), whose time becomes the deadline (timing_doubts.py). Both kept the event bare, so
the rewrite named no date and asked none; the doubt also dropped the month the writer had
put in brackets after the event. Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "asked"),
    [
        (
            "Be able to set the pumps without help every time, that is the aim. Would love "
            "to get there before the inspection.",
            "en",
            "I will get there before the inspection ([date]), ",
        ),
        (
            "Zelf de pompen inregelen. Hopelijk lukt dat voor de keuring.",
            "nl",
            "Voor de keuring ([datum]) ga ik ",
        ),
        (
            "Handle the pump settings myself. Maybe that's only realistic before the summit.",
            "en",
            "Before the summit ([date]), I will ",
        ),
    ],
)
def test_the_event_in_a_later_sentence_has_its_date_asked(goal: str, lang: str, asked: str) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert shown.startswith(asked)
    assert "[date]" not in shown.replace("([date])", "") and "[datum]" not in shown.replace(
        "([datum])", ""
    )


def test_the_month_the_writer_gave_the_event_stays() -> None:
    shown = well_rewritten(
        CHECKER, "Zelf de pompen inregelen. Hopelijk lukt dat voor de keuring (maart).", "nl"
    )
    assert shown.startswith("Voor de keuring (maart) ga ik ")


def test_a_later_time_the_doubt_names_is_the_deadline_as_before() -> None:
    shown = well_rewritten(
        CHECKER, "Zelf de pompen inregelen. Misschien is dat pas volgend jaar realistisch.", "nl"
    )
    assert shown.startswith("Volgend jaar ga ik ")


def test_an_event_the_routine_starts_after_stays_beside_its_end() -> None:
    # 'which date is that?' (T007) is no fault of the words: the event stays, and a start
    # after an event is no second deadline beside the routine's end (seams/deadlines.py)
    shown = well_rewritten(
        CHECKER,
        "I'd like to learn the customs forms by sitting with Anouk one afternoon a week, "
        "maybe starting after the busy spring season.",
        "en",
    )
    assert shown.startswith("Until [date], I will learn the customs forms")
    assert "starting after the busy spring season" in shown
