"""Words a small tagger misreads by class, kept in their place by the rewrite.

An acronym names a thing ('CAD', 'SQL', 'BIM', 'HACCP'): a small tagger calls a bare one a
verb at random, and a frame then puts it where an English verb belongs ('in order to CAD',
'I will SQL'). That is a seam; the frame that keeps it a topic ('[concrete behaviour] for
CAD') is shown instead. An acronym the writer used as a verb ('QA every release', 'CC my
manager') may stand in a verb's place.

A name of one word the pack knows ('Kotlin', 'Figma') is written with its capital wherever it
stands, as a language's name is: a rewrite that moves it inside a sentence keeps it ('ga ik
Python leren'), and a goal of a name and its parts ('Blender (modelling, rendering)') gets
a sentence, not the fallback.

A verb of learning that opens the goal ('Learn sign language') is its verb, even when the
tagger calls it a noun: never a topic after a preposition ('for learn sign language').
Fixture goals written fresh for the categories."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "candidate", "broken"),
    [
        ("BIM (Revit, Navisworks)", "By [date], I will [concrete behaviour], in order to BIM (Revit, Navisworks).", True),
        ("SQL for the stock reports", "By [date], I will SQL for the stock reports.", True),
        ("BIM (Revit, Navisworks)", "By [date], I will [concrete behaviour] for BIM (Revit, Navisworks).", False),
        ("QA every release before it ships", "By [date], I will QA every release before it ships.", False),
        ("I want to CC my manager on client escalations", "By [date], I will CC my manager on client escalations.", False),
    ],
)  # fmt: skip
def test_an_acronym_in_a_verbs_place_is_a_seam(goal: str, candidate: str, broken: bool) -> None:
    assert ("word_order" in seam_kinds(CHECKER, "en", goal, candidate)) is broken


@pytest.mark.parametrize(
    "text", ["BIM (Revit / Navisworks)", "GIS (QGIS, ArcGIS)", "CNC programming"]
)
def test_a_goal_that_names_an_acronym_keeps_it_a_topic(text: str) -> None:
    rewrite = shown_rewrite(CHECKER, text, "en")
    acronym = text.split()[0]
    assert f"to {acronym}" not in rewrite
    assert f"will {acronym}" not in rewrite
    assert acronym in rewrite


def test_a_dutch_acronym_before_the_final_verb_is_whole() -> None:
    goal = "CAD leren voor de werkvoorbereiding"
    candidate = (
        "Vóór [datum] ga ik CAD leren voor de werkvoorbereiding, met als bewijs [hoe gemeten]."
    )
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Python leren voor de weekcijfers", "nl", "Python"),
        ("Tableau dashboards for the sales team", "en", "Tableau"),
    ],
)
def test_a_known_name_keeps_its_capital_inside_the_rewrite(text: str, lang: str, name: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrites
    for rewrite in report.rewrites:
        assert f" {name.lower()} " not in rewrite, rewrite
        assert name in rewrite


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Blender (modelling, rendering)", "en"), ("Figma (components / auto layout)", "en")],
)
def test_a_known_name_with_its_parts_gets_a_sentence(text: str, lang: str) -> None:
    assert text.split()[0] in shown_rewrite(CHECKER, text, lang)


@pytest.mark.parametrize(
    "text", ["Learn sign language", "Learn forklift driving", "Learn e-bike diagnostics"]
)
def test_a_learning_verb_that_opens_the_goal_is_never_a_topic(text: str) -> None:
    """'Learn X' is the writer's verb however the tagger reads it: no candidate shows
    '[concrete behaviour] for learn X'."""
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert report.rewrites
    assert not any(" for learn " in rewrite for rewrite in report.rewrites), report.rewrites
