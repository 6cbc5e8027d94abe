"""Interjections, one-word emphatic sentences and situations set off by a dash are no part
of the committed sentence (session 44, lead).

- An interjection that only hesitates ("nou ja", "tja", "meh", "ugh"; the packs'
  ``rewrite.chat_interjections``) stands outside the clause: it goes, and a Dutch verb after
  it keeps its place ("Nou ja eigenlijk wil ik" -> "Eigenlijk wil ik"), where a fronted chat
  tag ("Eerlijk gezegd wil ik") gives the subject its place back.
- One emphatic word told as a sentence after the goal ("No more comebacks. Ever.", "Punt.";
  ``rewrite.emphatic_fragments``) stresses the absolute the rewrite bounds: readers rated
  "..., ever." glued after the bound broken. It goes with its mark; the same word inside a
  sentence ("the best planner ever") stays.
- A spaced dash sets a told situation off as a comma does ("Get the forklift licence - the
  warehouse is short-staffed every Friday"): the situation is its own sentence, and its
  weekday no routine of the goal.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.chat_tags import without_chat_tags
from smartcheck.fixing.rewrite.style import style_for
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "plain"),
    [
        ("nl", "tja, beter plannen", "Beter plannen"),
        (
            "nl",
            "Nou ja, eigenlijk wil ik de heftruckcursus doen.",
            "Eigenlijk wil ik de heftruckcursus doen.",
        ),
        ("en", "meh, learn the webshop side of things", "Learn the webshop side of things"),
        ("en", "Learn the till software, ugh.", "Learn the till software."),
        (
            "en",
            "No more comebacks on the baler repairs. Ever.",
            "No more comebacks on the baler repairs.",
        ),
        (
            "nl",
            "Geen klachten meer over de levertijden. Punt.",
            "Geen klachten meer over de levertijden.",
        ),
        ("en", "Be the best planner ever for the night shift.", None),
        ("nl", "Ik wil echt beter leren plannen.", None),
    ],
)
def test_an_interjection_goes_and_the_clause_keeps_its_order(
    lang: str, text: str, plain: str
) -> None:
    style = style_for(CHECKER.context(lang).pack)
    assert style is not None
    assert without_chat_tags(text, style) == plain


def test_a_rewrite_never_opens_with_what_was_left_of_an_interjection() -> None:
    shown = well_rewritten(
        CHECKER, "nou ja eigenlijk wil ik gewoon mijn heftruckcertificaat halen", "nl"
    )
    assert shown.startswith("Vóór [datum] ga ik mijn heftruckcertificaat halen")


@pytest.mark.parametrize(
    ("lang", "goal", "fragment"),
    [
        ("en", "Zero missed pick-ups on the Tuesday route. Ever.", "ever"),
        ("nl", "Nooit meer een fout in de loonstroken. Nooit.", "nooit."),
    ],
)
def test_the_emphatic_sentence_is_not_glued_after_the_bound(
    lang: str, goal: str, fragment: str
) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert not shown.lower().rstrip().endswith(fragment)
    assert f", {fragment.rstrip('.')}" not in shown.lower()


@pytest.mark.parametrize(
    ("lang", "goal", "situation"),
    [
        (
            "en",
            "Get the forklift licence - the warehouse is short-staffed every Friday",
            "The warehouse is short-staffed every Friday.",
        ),
        (
            "nl",
            "Mijn heftruckcertificaat halen - het magazijn heeft elke vrijdag te weinig mensen",
            "Het magazijn heeft elke vrijdag te weinig mensen.",
        ),
    ],
)
def test_a_situation_after_a_spaced_dash_is_its_own_sentence(
    lang: str, goal: str, situation: str
) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert shown.endswith(situation)
    assert not shown.startswith(("Until", "Tot"))
