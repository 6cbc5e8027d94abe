"""Goal anatomy on hand-checked goals (tests/anatomy/goals.yaml).

Each attribute of each goal is a test of its own on the shipped pipeline, so a regression
names the goal and the attribute. Overall accuracy is asserted per language and attribute:
>= 0.90 with the shipped pipelines (the target), and a floor for the blank fallback.
Matching is defined in tests.support.anatomy_match (and docs/anatomy.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcheck import Checker
from smartcheck.configuration.resources import pipeline_dir
from tests.conftest import REF
from tests.support.anatomy_match import ATTRIBUTES, Case, accuracy, check_attribute, load_cases

CASES = load_cases(Path(__file__).parent / "goals.yaml")
#: Lower than measured on blank (see docs/anatomy.md) to allow small word-list changes.
BLANK_FLOOR = 0.85
SHIPPED_TARGET = 0.90


def _needs_shipped(lang: str) -> None:
    if pipeline_dir(lang) is None:
        pytest.skip(f"needs the shipped pipeline models/pipelines/{lang}, absent")


@pytest.fixture(scope="module")
def shipped() -> Checker:
    return Checker({"model": {"nl": "shipped", "en": "shipped"}})


def test_enough_cases() -> None:
    for lang in ("nl", "en"):
        assert sum(c.lang == lang for c in CASES) >= 30


#: Attributes the shipped pipeline reads wrong today (strict xfail: a fix fails the test, so
#: the entry is removed).
KNOWN_MISSES: dict[str, tuple[str, ...]] = {
    "object": (
        "nl:Ik wil dit jaar 5 kilo afvallen.",  # measure phrase of an intransitive verb
        "en:I am going to run three times a week.",  # the same in English
        "nl:Ik probeer om minder te vergaderen.",  # the nl tagger reads 'probeer' as ADV
    ),
    "actor": (
        "nl:Er wordt elke maand een teamoverleg georganiseerd.",  # parser: 'maand' subject
    ),
    "measures": (
        "en:I try to reply to all customer emails within 24 hours.",  # time frame not a timex
    ),
}


def _shipped_params() -> list[object]:
    """Every (case, attribute); the known misses are strict xfails, so a fix shows up."""
    known = pytest.mark.xfail(reason="known limit, see docs/anatomy.md", strict=True)
    return [
        pytest.param(
            case,
            attribute,
            id=f"{case.id[:60]}-{attribute}",
            marks=[known] if case.id in KNOWN_MISSES.get(attribute, ()) else [],
        )
        for case in CASES
        for attribute in ATTRIBUTES
    ]


@pytest.mark.parametrize(("case", "attribute"), _shipped_params())
def test_attribute_on_shipped(shipped: Checker, case: Case, attribute: str) -> None:
    _needs_shipped(case.lang)
    goal = shipped.parse(case.text, lang=case.lang, reference_date=REF)
    read = goal.model_dump(exclude={"deadlines"})
    assert check_attribute(case, goal, attribute), (attribute, read)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_shipped_accuracy_meets_target(lang: str) -> None:
    _needs_shipped(lang)
    scores = accuracy([c for c in CASES if c.lang == lang], "shipped")[lang]
    assert all(v >= SHIPPED_TARGET for v in scores.values()), scores


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_blank_accuracy_floor(lang: str) -> None:
    scores = accuracy([c for c in CASES if c.lang == lang], "blank")[lang]
    assert all(v >= BLANK_FLOOR for v in scores.values()), scores


def test_anatomy_without_parse_still_reads_parts() -> None:
    blank = Checker({"model": {"nl": "blank"}})
    goal = blank.parse("Ik rond mijn scriptie voor de zomer af.", lang="nl", reference_date=REF)
    assert goal.action is not None and goal.action.lemma == "afronden"
    assert goal.actor is not None and goal.actor.first_person
    assert goal.object is not None and goal.object.text == "mijn scriptie"


@pytest.mark.parametrize(
    ("text", "lang", "purpose"),
    [
        ("Leren om me klantgerichter op te stellen.", "nl", None),
        ("Ik probeer om minder te vergaderen.", "nl", None),
        ("Ik volg een cursus om beter te presenteren.", "nl", "om beter te presenteren"),
        ("Om in vorm te komen ga ik sporten.", "nl", "Om in vorm te komen"),
        ("I call 3 clients a week so that sales grow.", "en", "so that sales grow"),
    ],
)
def test_purpose_or_complement(text: str, lang: str, purpose: str | None) -> None:
    for model in ("blank", "shipped"):
        goal = Checker({"model": {lang: model}}).parse(text, lang=lang, reference_date=REF)
        assert (goal.purpose.text if goal.purpose else None) == purpose, model


@pytest.mark.parametrize(
    ("text", "lang", "passive", "negated"),
    [
        ("Het rapport wordt voor 1 maart opgeleverd.", "nl", True, False),
        ("Ik ga niet meer roken.", "nl", False, True),
        ("The report will be delivered by 1 March.", "en", True, False),
        ("I am learning Spanish.", "en", False, False),
        ("I call clients so that they do not wait.", "en", False, False),
    ],
)
def test_passive_and_negated(text: str, lang: str, passive: bool, negated: bool) -> None:
    for model in ("blank", "shipped"):
        goal = Checker({"model": {lang: model}}).parse(text, lang=lang, reference_date=REF)
        assert (goal.passive, goal.negated) == (passive, negated), model
