"""A competence named by a Dutch infinitive used as a noun ("mijn klinisch redeneren", "mijn
leidinggeven", "mijn methodisch werken") is the object of the vague verb: the topic frame
would put a verb form before the behaviour ("voor mijn klinisch redeneren [concreet
gedrag]", a seam), so the usual purpose frame takes the writer's clause whole. A noun
competence keeps its topic frame. Goals written fresh for this file."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF


@pytest.mark.parametrize(
    ("goal", "rewrite"),
    [
        (
            "Ik wil mijn klinisch redeneren verbeteren.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om mijn "
            "klinisch redeneren te verbeteren.",
        ),
        (
            "Ik wil mijn leidinggeven verder ontwikkelen.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om mijn "
            "leidinggeven verder te ontwikkelen.",
        ),
        (
            "Vóór de zomer wil ik mijn methodisch werken verbeteren.",
            "Vóór de zomer ga ik [concreet gedrag], met als bewijs [hoe gemeten], om mijn "
            "methodisch werken te verbeteren.",
        ),
    ],
)
def test_a_nominalised_competence_takes_the_purpose_frame(
    checker: Checker, goal: str, rewrite: str
) -> None:
    report = checker.check(goal, lang="nl", reference_date=REF)
    assert report.rewrite == rewrite
    assert report.structured_rewrite is None


@pytest.mark.parametrize(
    ("lang", "goal", "rewrite"),
    [
        (
            "nl",
            "Ik wil mijn communicatie verbeteren.",
            "Vóór [datum] ga ik voor mijn communicatie [concreet gedrag], met als bewijs [hoe "
            "gemeten].",
        ),
        (
            "en",
            "I want to improve my clinical reasoning.",
            "By [date], I will [concrete behaviour] for my clinical reasoning, with [how "
            "measured] as evidence.",
        ),
    ],
)
def test_a_noun_or_gerund_keeps_its_topic_frame(
    checker: Checker, lang: str, goal: str, rewrite: str
) -> None:
    assert checker.check(goal, lang=lang, reference_date=REF).rewrite == rewrite
