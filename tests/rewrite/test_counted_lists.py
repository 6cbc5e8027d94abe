"""Goals counted before their list, and objects resumed by 'both' (forms15). Fresh goals,
other fields than any evaluation set.

- A count label ('Two things:', 'Drie punten:', 'Een paar dingen:'; the pack's
  ``rewrite.count_quantities``, ``count_items`` and the time table's number words) is no
  topic: it goes, and each goal it counts gets a rewrite of its own (counted.py,
  ``Checker._counted``).
- Objects fronted before the verb that resumes them with a word for both ('X and Y, learn
  both', 'X en Y, allebei leren'; ``both_words``) are one goal with the objects in their place
  (``both_goal``, ``Checker._both``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.counted import both_goal, count_label, counted_pieces
from smartcheck.fixing.rewrite.style import RewriteStyle
from smartcheck.fixing.rewrite.words import words_of
from smartcheck.reading.timex.numbers import number_words
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, shown_rewrite, well_rewritten

CHECKER = Checker()


def _style(lang: str) -> RewriteStyle:
    return rewrite_style(CHECKER, lang)


def _numbers(lang: str) -> dict[str, float]:
    return number_words(CHECKER.pack(lang).time)


def _joiners(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in CHECKER.pack(lang).words("coordinators"))


@pytest.mark.parametrize(
    ("lang", "text", "goals", "label"),
    [
        (
            "en",
            "Two things: improve my espresso timing and learn to use the new grinder.",
            ["espresso timing", "learn to use the new grinder"],
            "things",
        ),
        (
            "en",
            "Three points: answer the phone within four rings, restock the fridge every morning "
            "and learn the till",
            ["answer the phone within four rings", "restock the fridge every morning", "the till"],
            "points",
        ),
        (
            "nl",
            "Drie punten: de kassa leren, beter plannen en de voorraad bijhouden",
            ["de kassa leren", "plannen", "de voorraad bij"],
            "punten",
        ),
        (
            "nl",
            "Een paar dingen: de uitleenbalie zelf openen, de reserveringen bijhouden en leren "
            "werken met het nieuwe catalogussysteem",
            ["uitleenbalie zelf openen", "reserveringen bijhouden", "nieuwe catalogussysteem"],
            "dingen",
        ),
    ],
)
def test_a_counted_list_gets_one_rewrite_per_goal(
    lang: str, text: str, goals: list[str], label: str
) -> None:
    well_rewritten(CHECKER, text, lang)
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert len(report.split) == len(goals)
    for part, words in zip(report.split, goals, strict=True):
        assert words in part, (words, part)
        assert label not in part.lower()  # the label is no topic of any goal


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "Two things: X and Y", 2),
        ("en", "My three goals: X, Y and Z", 3),
        ("en", "A few points: X and Y", None),
        ("nl", "Twee dingen: X en Y", 2),
        ("nl", "Mijn vier doelen: W, X, Y en Z", 4),
        ("nl", "Een paar punten: X en Y", None),
        ("nl", "3 dingen: X, Y en Z", 3),
    ],
)
def test_a_count_label_is_read(lang: str, text: str, count: int | None) -> None:
    found = count_label(text, _style(lang), _numbers(lang))
    assert found is not None
    assert found.count == count
    assert text[found.label[0] : found.label[1]].rstrip().endswith(":")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "One thing: learn the till"),  # one is no list
        ("en", "Things to work on: the till"),  # no count
        ("nl", "Twee keer per week: de kassa tellen"),  # a frequency, no items
        ("nl", "Planning: twee dingen tegelijk doen"),  # the count is no label
    ],
)
def test_no_count_label(lang: str, text: str) -> None:
    assert count_label(text, _style(lang), _numbers(lang)) is None


@settings(max_examples=25, deadline=None)
@given(
    lang=st.sampled_from(["nl", "en"]),
    count=st.integers(2, 4),
    extra_and=st.booleans(),
)
def test_the_pieces_come_to_the_count_or_none(lang: str, count: int, extra_and: bool) -> None:
    """A list of ``count`` verb phrases, the last joined by the coordinator, cuts into exactly
    that many pieces; told as one more than it holds, it cuts into none."""
    verbs = {
        "nl": ["de kassa tellen", "het menu lezen", "de tafels dekken", "de vloer dweilen"],
        "en": ["count the till", "read the menu", "lay the tables", "mop the floor"],
    }[lang]
    joiner = {"nl": "en", "en": "and"}[lang]
    items = verbs[:count]
    text = ", ".join(items[:-1]) + f" {joiner} {items[-1]}"
    words = words_of(CHECKER.parse(text, lang=lang, reference_date=REF))
    pieces = counted_pieces(words, count, _joiners(lang))
    assert [p.rstrip(".").lower() for p in pieces] == items
    told = count + 1 if extra_and else count + 2
    assert counted_pieces(words, told, _joiners(lang)) == []


@pytest.mark.parametrize(
    ("lang", "text", "goal"),
    [
        (
            "en",
            "Milk frothing and latte art, learn both.",
            "I want to learn milk frothing and latte art.",
        ),
        ("nl", "Excel en Word, allebei leren.", "Ik wil Excel en Word leren."),
        (
            "nl",
            "Het rooster en de planning, allebei zelf leren maken",
            "Ik wil het rooster en de planning zelf leren maken.",
        ),
        (
            "en",
            "Puncture repair and brake bleeding, get confident at both",
            "I want to get confident at puncture repair and brake bleeding.",
        ),
    ],
)
def test_objects_resumed_by_both_are_one_goal(lang: str, text: str, goal: str) -> None:
    words = words_of(CHECKER.parse(text, lang=lang, reference_date=REF))
    assert both_goal(words, _style(lang), _joiners(lang), lang) == goal


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("nl", "Excel en Word, allebei leren.", "Excel en Word leren"),
        ("nl", "Snoeien en enten, beide leren.", "snoeien en enten leren"),
        (
            "en",
            "Stock ordering and shelf labelling, learn both.",
            "learn stock ordering and shelf labelling",
        ),
    ],
)
def test_the_rewrite_holds_the_objects_in_their_place(lang: str, text: str, kept: str) -> None:
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert kept in rewrite
    assert "\n" not in rewrite
    for word in _style(lang).both_words:
        assert f" {word} " not in f" {rewrite.lower().rstrip('.')} "


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I want to learn both the till and the scales."),  # no fronted objects
        ("en", "Milk frothing, learn both."),  # one object
        ("nl", "Excel en Word, ik wil ze allebei leren."),  # the writer's own clause
        ("nl", "De kassa en de vloer, allebei, elke dag schoonmaken."),  # two commas
    ],
)
def test_no_objects_resumed(lang: str, text: str) -> None:
    words = words_of(CHECKER.parse(text, lang=lang, reference_date=REF))
    assert both_goal(words, _style(lang), _joiners(lang), lang) is None
