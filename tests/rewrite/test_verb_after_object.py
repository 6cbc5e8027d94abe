"""A note-style goal that writes its verb of learning or improving after the object ('Guitar
setups learn', 'Excel improve'): English puts the verb first, so the goal is read as the
imperative ('Learn guitar setups') and rewritten as such, never 'I will guitar setups learn'.
Someone else before the verb ('Students learn') is a clause of its own, not read so.
Goals written fresh."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.fronted_verbs import verb_first
from smartcheck.fixing.rewrite.style import style_for
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()
STYLE = style_for(CHECKER.context("en").pack)
NAMES = frozenset({"Excel", "SQL"})


@pytest.mark.parametrize(
    ("goal", "fronted"),
    [
        ("Guitar setups learn", "learn guitar setups"),
        ("Spreadsheet formulas master.", "master spreadsheet formulas"),
        ("Excel improve", "improve Excel"),
        ("Conversational Spanish practise", "practise conversational Spanish"),
    ],
)
def test_the_verb_comes_first(goal: str, fronted: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "en")
    assert fronted in rewrite


@pytest.mark.parametrize("goal", ["Students learn", "The team improve", "Excel improve fast"])
def test_no_subject_and_no_longer_line_is_read_so(goal: str) -> None:
    assert STYLE is not None
    assert verb_first(goal, STYLE, NAMES, frozenset({"students"})) is None


_NOUNS = st.sampled_from(["pivot", "tables", "knife", "skills", "bread", "scoring", "welding"])
_VERBS = st.sampled_from(sorted(STYLE.trailing_verbs if STYLE is not None else ()))


@given(st.lists(_NOUNS, min_size=1, max_size=3), _VERBS)
def test_fronting_moves_only_the_verb(nouns: list[str], verb: str) -> None:
    """The fronted line holds the same words, the verb first, and only the verb moved."""
    assert STYLE is not None
    text = " ".join([nouns[0].capitalize(), *nouns[1:], verb])
    fronted = verb_first(text, STYLE, NAMES, frozenset())
    assert fronted is not None
    assert fronted.rstrip(".").lower().split() == [verb, *nouns]


@pytest.mark.parametrize(
    ("goal", "broken", "whole"),
    [
        (
            "Knife skills learn",
            "By [date], I will knife skills learn, with [how measured] as evidence.",
            "By [date], I will learn knife skills, with [how measured] as evidence.",
        ),
        (
            "Excel improve",
            "By [date], I will [concrete behaviour] in Excel improve.",
            "By [date], I will [concrete behaviour], in order to improve Excel.",
        ),
    ],
)
def test_the_object_verb_order_kept_is_a_seam(goal: str, broken: str, whole: str) -> None:
    assert "word_order" in seam_kinds(CHECKER, "en", goal, broken)
    assert "word_order" not in seam_kinds(CHECKER, "en", goal, whole)
