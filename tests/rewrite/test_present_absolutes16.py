"""An absolute in a piece that tells the present situation is no demand.

"..., nu moet ik altijd wachten tot ..." or "..., right now I always have to ask ..." says
how things stand before the goal, even with its duty: the writer does not set "always" as a
standard. R001 leaves it, and the rewrite keeps it as written instead of bounding it into
"in minstens [aantal] van de 10 gevallen", which turned the situation into a broken promise. The
writer's own absolute, and the start of a routine ("vanaf nu altijd"), are still demands.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF

CHECKER = Checker()

PRESENT = [
    (
        "Ik wil zelf de offertes leren maken, nu moet ik altijd wachten tot de chef terug is",
        "nl",
        "nu moet ik altijd wachten",
    ),
    (
        "Ik ga de kassa zelf leren afsluiten, momenteel moet ik altijd de bedrijfsleider bellen",
        "nl",
        "momenteel moet ik altijd",
    ),
    (
        "Ik wil de drukpers zelf leren instellen, op dit moment moet ik altijd op Karim wachten",
        "nl",
        "op dit moment moet ik altijd",
    ),
    (
        "I want to set up the printing press myself, right now I always have to wait for Karim",
        "en",
        "right now I always have to wait",
    ),
    (
        "I will learn to close the till on my own, at the moment I always have to call the manager",
        "en",
        "at the moment I always have to call",
    ),
    (
        "I want to learn to order the stock myself, currently I always need my supervisor for it",
        "en",
        "currently I always need",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kept"), PRESENT)
def test_an_absolute_of_the_present_is_no_demand(text: str, lang: str, kept: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.criteria[Criterion.R].passed
    assert not any(f.code == "R001" for f in report.findings)


@pytest.mark.parametrize(("text", "lang", "kept"), PRESENT[:4])
def test_the_rewrite_keeps_the_present_as_written(text: str, lang: str, kept: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert kept.lower() in report.rewrite.lower()
    assert "[aantal]" not in report.rewrite and "[number]" not in report.rewrite


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vanaf nu altijd de kassa zelf afsluiten.", "nl"),
        ("Ik wil de bestellingen nu altijd op tijd doorgeven.", "nl"),
        ("From now on, always close the till myself.", "en"),
        ("I will always answer customer emails within a day.", "en"),
    ],
)
def test_the_writers_own_absolute_is_still_a_demand(text: str, lang: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert any(f.code == "R001" for f in report.findings)
