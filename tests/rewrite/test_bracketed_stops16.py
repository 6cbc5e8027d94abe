"""An inline numbered list whose item holds an aside with its own stops ('(so many
orders!!)'; issue 12, session 16): the stop inside the brackets is the aside's, no end of the
goal's main clause, so the item is rewritten with the aside whole instead of falling back.

Every goal is written fresh for these tests (a frame shop, a bicycle shop, a bakery)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "aside"),
    [
        (
            "nl",
            "1. leren passe-partouts snijden 2. beter worden in het inlijsten van posters"
            " (moeilijk!!) 3. de kassa leren afsluiten",
            "(moeilijk!!)",
        ),
        ("nl", "Beter worden in het decoreren van taarten (lastig!)", "(lastig!)"),
        (
            "en",
            "1. learn to fit brake pads 2. get faster at tyre changes (winter rush!) 3. learn"
            " to read fault codes",
            "(winter rush!)",
        ),
        ("en", "Get better at laminating dough (so fiddly!!)", "(so fiddly!!)"),
    ],
)
def test_the_aside_stays_whole_inside_the_rewrite(lang: str, goal: str, aside: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    line = next(line for line in rewrite.split("\n") if aside in line)
    assert f"{aside}." in line or f"{aside}," in line, line
