"""The goal's words (fixing/rewrite/words.words_of) are read from its Doc once and kept with
that Doc: a rewrite asks for them once per frame and candidate. Each caller gets a list of
its own to edit."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.words import words_of
from tests.conftest import REF


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik wil beter leren plannen in mijn werk als kok."),
        ("en", "I want to get better at planning my shifts as a cook."),
    ],
)
def test_each_caller_gets_its_own_list_of_the_same_words(
    checker: Checker, lang: str, text: str
) -> None:
    goal = checker.parse(text, lang=lang, reference_date=REF)
    first = words_of(goal)
    first.pop()  # a caller edits its list
    again = words_of(goal)
    assert again is not first and len(again) == len(first) + 1
    assert [w.text for w in again] == [w.text for w in words_of(goal)]
    assert again[-1].text == "."


def test_a_new_parse_of_the_same_text_is_read_from_its_own_doc(checker: Checker) -> None:
    tagged = checker.parse("Ik wil vaker fietsen.", lang="nl", reference_date=REF)
    blank = Checker({"model": "blank"}).parse(
        "Ik wil vaker fietsen.", lang="nl", reference_date=REF
    )
    assert words_of(tagged)[0].pos == "PRON"
    assert {w.pos for w in words_of(blank)} == {""}  # no tags: not the tagged Doc's words
