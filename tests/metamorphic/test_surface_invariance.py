"""Metamorphic tests: the five verdicts do not depend on the surface of a goal.

../shared/JUDGING.md: "A goal is judged as a person wrote it: list markers, labels,
capitals, extra spaces, typographic quotes and a missing final period change nothing."
Every rule-fixture goal (and every development goal when ../shared is present) is put on
other surfaces (tests/support/surface_transforms.py) and judged again.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker, Criterion, GoalReport
from tests.conftest import REF, shared_file
from tests.support.surface_transforms import (
    TRANSFORMS,
    dev_goals,
    fixture_goals,
    flips,
    verdicts,
)

CHECKER = Checker()
#: The verdicts alone: the same rules on the same shipped parse, without the rewrites
#: (which are held to their own surface tests). Thousands of surfaces are judged here, and
#: the rewrites were half the time; ``test_the_judge_alone_gives_the_full_verdicts`` keeps
#: the two checkers' verdicts equal.
JUDGE = Checker({"rewriter": "none", "model": "shipped"})
GOALS = fixture_goals()
#: Transforms the normaliser undoes exactly. Case is the exception: a name the packs do not
#: know ("the Dean's List") loses what its capitals said in "the dean's list", so case is
#: held to the rates below; names the packs know are tested on their own further down.
EXACT = sorted(name for name in TRANSFORMS if name not in ("lower case", "ALL CAPS"))
CASE = ("lower case", "ALL CAPS")
#: Share of (goal, transform) pairs whose verdicts stay the same (issue 11: >= 99 %).
TARGET = 0.99
#: On the rule fixtures alone: measured 100 % since names the packs know are re-cased (98.9 %
#: before, on the product names of the fixtures); the margin is for a fixture naming
#: something no pack knows.
FIXTURE_FLOOR = 0.995


def _check(text: str, lang: str) -> GoalReport:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert isinstance(report, GoalReport)
    return report


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    goal=st.sampled_from(GOALS),
    name=st.sampled_from(EXACT),
    variant=st.integers(min_value=0, max_value=30),
)
def test_verdicts_unchanged_by_markers_labels_spacing_quotes_and_emoji(
    goal: tuple[str, str], name: str, variant: int
) -> None:
    lang, text = goal
    changed = TRANSFORMS[name](text, lang, variant)
    report = _check(changed, lang)
    assert verdicts(report) == verdicts(_check(text, lang)), (name, changed)
    for finding in report.findings:
        assert changed[finding.start : finding.end] == finding.text
    for score in report.criteria.values():
        for evidence in score.evidence:
            assert changed[evidence.start : evidence.end] == evidence.text
    for expr in report.goal.deadlines:
        assert changed[expr.start : expr.end] == expr.text


@functools.cache
def _outcomes(source: str) -> tuple[int, int, tuple[str, ...]]:
    """(unchanged, total, the changed ones) over one set of goals, judged once per run."""
    goals = GOALS if source == "fixtures" else dev_goals()
    same, total, changed = 0, 0, []
    for name, lang, _, text, before, after in flips(JUDGE, goals, variants=1):
        total += 1
        same += before == after
        if before != after:
            changed.append(f"{name} {lang}: {text!r} {before} -> {after}")
    return same, total, tuple(changed)


def test_the_judge_alone_gives_the_full_verdicts() -> None:
    sample = GOALS[::7]
    for lang, text in sample:
        assert verdicts(_check(text, lang)) == verdicts(
            JUDGE.check(text, lang=lang, reference_date=REF)
        ), text


#: One worker judges both sets once (``--dist loadgroup``): the cache of ``_outcomes`` is
#: per process, and the fixture set is the longest single judgement of the suite.
@pytest.mark.xdist_group("surfaces")
def test_rule_fixture_goals_keep_their_verdicts_on_every_surface() -> None:
    same, total, changed = _outcomes("fixtures")
    assert same / total >= FIXTURE_FLOOR, "\n".join([f"{same}/{total}", *changed])


@pytest.mark.xdist_group("surfaces")
def test_fixture_and_development_goals_meet_the_target() -> None:
    shared_file("goals-dev-2.jsonl")
    counts = [_outcomes("fixtures"), _outcomes("dev")]
    same, total = sum(c[0] for c in counts), sum(c[1] for c in counts)
    changed = [line for c in counts for line in c[2]]
    assert same / total >= TARGET, "\n".join([f"{same}/{total}", *changed])


# -- names the packs know, in capitals and in lower case -----------------------------------
#: Fresh goals whose concrete detail is a product, system, standard or language the packs
#: know (none of them named by the development goals). The capital is all that told the
#: tagger "hubspot" was a name; the packs' known names make it one in any case.
NAMED_GOALS = [
    ("nl", "Ik leer werken met HubSpot.", "HubSpot"),
    ("nl", "Binnen drie maanden zet ik de planning van ons team in Trello.", "Trello"),
    ("nl", "Ik werk vanaf februari zelfstandig met TOPdesk.", "TOPdesk"),
    ("nl", "Vóór 1 april 2027 bouw ik in Power BI een dashboard voor de kassacijfers.", "Power BI"),
    ("nl", "Dit jaar volg ik een cursus SPSS voor de klanttevredenheid.", "SPSS"),
    ("nl", "Ik leer dit najaar werken met Photoshop.", "Photoshop"),
    ("en", "I will learn to work with QuickBooks.", "QuickBooks"),
    ("en", "This quarter I will learn to write queries in PostgreSQL.", "PostgreSQL"),
    ("en", "I will pass the PRINCE2 Foundation exam before the end of March.", "PRINCE2"),
    ("en", "By June I will build a Power BI dashboard for our weekly sales figures.", "Power BI"),
    ("en", "I will learn to work with HubSpot.", "HubSpot"),
    ("en", "I will learn to run our ledgers in NetSuite.", "NetSuite"),
]


@pytest.mark.parametrize("case", CASE)
@pytest.mark.parametrize(("lang", "text", "name"), NAMED_GOALS)
def test_a_goal_naming_a_known_product_keeps_its_verdicts_in_any_case(
    lang: str, text: str, name: str, case: str
) -> None:
    changed = TRANSFORMS[case](text, lang, 0)
    before, after = _check(text, lang), _check(changed, lang)
    assert verdicts(after) == verdicts(before), changed
    assert before.criteria[Criterion.S].passed, text  # the name is what S rests on
    names = [e for e in after.criteria[Criterion.S].evidence if e.label == "name"]
    assert [e.text.lower() for e in names] == [name.lower()], changed
    for finding in after.findings:
        assert changed[finding.start : finding.end] == finding.text
    for evidence in after.criteria[Criterion.S].evidence:
        assert changed[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # a cased goal: the writer's lower case says "sap" is juice, "teams" are teams
        ("nl", "Vanaf maart drink ik elke dag hooguit een glas sap.", "sap"),
        ("nl", "Ik overleg elke week met de teams van de nachtdienst.", "teams"),
        # no case to go by, so "excel" is re-cased; the tagger still reads it as a verb
        ("en", "i want to excel at negotiating with suppliers.", "excel"),
        ("en", "I WILL EXCEL AT NEGOTIATING WITH SUPPLIERS.", "EXCEL"),
    ],
)
def test_a_word_spelled_like_a_name_is_no_name(lang: str, text: str, word: str) -> None:
    report = _check(text, lang)
    names = [e.text for e in report.criteria[Criterion.S].evidence if e.label == "name"]
    assert word not in names, names


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(["nl", "en"]),
    frame=st.integers(min_value=0, max_value=2),
    pick=st.integers(min_value=0),
    case=st.sampled_from(CASE),
)
def test_any_known_name_keeps_a_goals_verdicts_in_any_case(
    lang: str, frame: int, pick: int, case: str
) -> None:
    """Every name a pack knows (also those that are words too, written as the name), in a few
    goal frames: capitals or none change nothing."""
    frames = {
        "nl": ("Ik leer werken met {}.", "Vóór 1 juni 2027 haal ik mijn certificaat {}.",
               "Ik maak elke maand de omzetcijfers in {}."),
        "en": ("I will learn to work with {}.", "By 1 June 2027 I will get my {} certificate.",
               "Every month I will report our sales figures in {}."),
    }  # fmt: skip
    pack = CHECKER.pack(lang)
    names = (*pack.words("known_names"), *pack.words("ambiguous_names"))
    text = frames[lang][frame].format(names[pick % len(names)])
    changed = TRANSFORMS[case](text, lang, 0)
    assert verdicts(_check(changed, lang)) == verdicts(_check(text, lang)), changed
