"""Rewrites per kind of goal: the writer's words, anchors and frequency stay; hedges become
commitments; imposed goals become the writer's own part; absolutes become bounded targets;
packed goals are split. Each goal is written fresh for the kind it stands for."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.fallback import structured
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.reporting.report import GoalReport
from tests.conftest import REF

CHECKER = Checker()


def _report(text: str, lang: str) -> GoalReport:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart, "the example must fail something to be rewritten"
    assert report.rewrite is not None
    ctx = CHECKER.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    if report.structured_rewrite is None and not report.split:
        assert find_seams(report.rewrite, report.goal, ctx, style) == []
    return report


@pytest.mark.parametrize(
    ("text", "lang", "kept", "gone"),
    [
        # a bare skill keeps its learning verb and asks for the result, no 'for Learn ...'
        ("Learn Spanish.", "en", ["I will learn Spanish"], ["for Learn", "Learn Spanish"]),
        ("Powerpoint leren.", "nl", ["ga ik Powerpoint leren"], ["voor Powerpoint leren"]),
        ("Leren onderhandelen.", "nl", ["ga ik leren onderhandelen"], ["leren te onderhandelen"]),
        # a passed date is replaced, the writer's own verb stays in second place
        (
            "In maart 2024 leg ik het examen Duits op B1-niveau af.",
            "nl",
            ["Vóór [datum] leg ik het examen Duits op B1-niveau af"],
            ["2024", "ga ik"],
        ),
        # hedge -> commitment
        (
            "Ik ga proberen om vaker mijn planning met het team te delen.",
            "nl",
            ["ga ik vaker mijn planning met het team delen"],
            ["proberen"],
        ),
        (
            "I will try to share my planning with the team more often.",
            "en",
            ["I will share my planning with the team more often"],
            ["try"],
        ),
        # absolute -> bounded target, the writer's verb and object kept
        (
            "I will never miss a team stand-up again.",
            "en",
            ["I will not miss a team stand-up more than [number] times"],
            ["never", "again"],
        ),
        (
            "Ik maak nooit meer fouten in de weekstaten.",
            "nl",
            ["hooguit [aantal] keer fouten in de weekstaten"],
            ["nooit"],
        ),
        # a routine keeps its frequency and gets an end
        ("Ik ga elke week hardlopen.", "nl", ["Tot [datum]", "elke week hardlopen"], []),
        ("I want to go swimming every Saturday.", "en", ["Until [date]", "every Saturday"], []),
        # imposed or impersonal -> the writer's own controllable part
        (
            "De medewerkers volgen een training klantcontact.",
            "nl",
            ["zorg ik ervoor dat de medewerkers een training klantcontact volgen"],
            [],
        ),
        (
            "Er moet een nieuw rooster komen.",
            "nl",
            ["zorg ik ervoor dat er een nieuw rooster komt"],
            [],
        ),
        # the perfect future stays, the writer's modal is not lost
        (
            "By the end of my traineeship I will have become a better writer.",
            "en",
            ["will have become", "writer"],
            ["By [date], by"],
        ),
        # a BOM or a label from the input never ends up inside the rewrite
        ("\ufeffIk wil beter worden in Powerpoint.", "nl", ["Powerpoint"], ["\ufeff"]),
    ],
)
def test_rewrite_of_a_kind(text: str, lang: str, kept: list[str], gone: list[str]) -> None:
    rewrite = _report(text, lang).rewrite
    assert rewrite is not None
    for words in kept:
        assert words in rewrite
    for words in gone:
        assert words not in rewrite


@pytest.mark.parametrize(
    ("text", "lang", "anchor"),
    [
        (
            "Voor het einde van mijn inwerkperiode wil ik beter worden in offertes schrijven.",
            "nl",
            "Voor het einde van mijn inwerkperiode ([datum])",
        ),
        (
            "By the end of my probation I want to get better at writing proposals.",
            "en",
            "By the end of my probation ([date])",
        ),
    ],
)
def test_an_event_anchor_stays_and_its_date_is_asked(text: str, lang: str, anchor: str) -> None:
    rewrite = _report(text, lang).rewrite
    assert rewrite is not None and rewrite.startswith(anchor)
    assert rewrite.count("[datum]" if lang == "nl" else "[date]") == 1


@pytest.mark.parametrize(
    ("text", "lang", "goal", "labels"),
    [
        (
            "\ufeffDoel: ik wil beter worden in Excel.",
            "nl",
            "Ik wil beter worden in Excel",
            ["Wat precies", "Hoe gemeten", "Wanneer"],
        ),
        (
            "- Work on how well I listen.",
            "en",
            "Work on how well I listen",
            ["What exactly", "How measured", "By when"],
        ),
    ],
)
def test_the_structured_fallback_keeps_the_goal_and_labels_what_is_missing(
    text: str, lang: str, goal: str, labels: list[str]
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    fallback = structured(report, CHECKER.context(lang))
    assert fallback is not None
    assert fallback.goal.rstrip(".") == goal
    assert [f.label for f in fallback.fields] == labels
    assert fallback.text.startswith(goal + ". ") and "\ufeff" not in fallback.text


def test_a_report_shows_the_fallback_only_when_no_sentence_passes() -> None:
    for text, lang in [("Ik wil beter worden in Excel.", "nl"), ("Learn Spanish.", "en")]:
        report = CHECKER.check(text, lang=lang, reference_date=REF)
        assert report.structured_rewrite is None and report.rewrite is not None
