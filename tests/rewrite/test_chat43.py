"""The writer's chat aside ('tbh', 'lol', 'eerlijk gezegd', 'haha') is no part of the goal, and
a length of the act ('for a day') is no response time (session 43, lead).

Readers of the measure's passes rated rewrites that kept a chat aside inside the committed
sentence broken ("By [date], I will learn the label printer software lol, with ..."): the
judge reads no hedge in it, so every frame kept it. The packs' ``rewrite.chat_tags`` name the
category (candour or laughter told in chat: "tbh", "to be honest", "imo", "lol", "haha";
"eerlijk gezegd", "om eerlijk te zijn"); the goal is read and rewritten without it
(chat_tags.py), and the measure and the seam check do not ask to keep it. Words that can be
the manner of the act ("honestly", "eerlijk") are not in the category. A chat spelling of the
writer's modal ("wanna", "gotta"; ``rewrite.chat_spellings``) is read written out.

The time reader took "for a day" after a verb and its object for a response time ("answer
tickets within a day": recurring), so "I'd like to shadow the surveyor for a day" got T004
("repeats without an end date") and "Until [date]". A length marker ("for", the pack's
``durations.lengths``) makes it the act's length, as "for two days" already was.

Goals written fresh for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.chat_tags import without_chat_tags
from smartcheck.fixing.rewrite.style import style_for
from tests.support.rewriting import REF, shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "plain"),
    [
        ("en", "Get better at reading soil maps tbh", "Get better at reading soil maps"),
        (
            "en",
            "Learn the label printer software lol, it keeps jamming",
            "Learn the label printer software, it keeps jamming",
        ),
        ("en", "To be honest, I want to learn QGIS.", "I want to learn QGIS."),
        ("en", "Learn QGIS, tbh.", "Learn QGIS."),
        ("en", "Give honest feedback to the new drivers.", None),
        ("nl", "Eerlijk gezegd wil ik beter worden in plannen.", "Ik wil beter worden in plannen."),
        ("nl", "Ik wil haha meer leren over de weegbrug.", "Ik wil meer leren over de weegbrug."),
        ("nl", "Ik wil eerlijk zijn tegen klanten over levertijden.", None),
    ],
)
def test_a_chat_aside_goes_with_the_comma_that_set_it_off(
    lang: str, text: str, plain: str | None
) -> None:
    style = style_for(CHECKER.context(lang).pack)
    assert style is not None
    assert without_chat_tags(text, style) == plain


@pytest.mark.parametrize(
    ("lang", "goal", "aside"),
    [
        ("en", "Learn to calibrate the weighbridge myself tbh", "tbh"),
        ("en", "tbh I want to get better at pricing the spice blends", "tbh"),
        ("en", "Learn the stock module of the till software lol", "lol"),
        ("nl", "Zelf de weegbrug leren kalibreren tbh", "tbh"),
        ("nl", "Eerlijk gezegd wil ik meelopen met de landmeter.", "eerlijk gezegd"),
        ("nl", "beter leren solderen haha", "haha"),
    ],
)
def test_the_rewrite_leaves_the_aside_out(lang: str, goal: str, aside: str) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert aside not in shown.lower()


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        (
            "I wanna learn the pallet wrapper settings too, not just the forklift",
            "By [date], I will learn the pallet wrapper settings too, not just the forklift,"
            " with [how measured] as evidence.",
        ),
        ("wanna do the first aid course tbh", "By [date], I will do the first aid course."),
    ],
)
def test_a_chat_spelling_of_the_modal_is_read_written_out(goal: str, expected: str) -> None:
    """'wanna' is 'want to' ('gonna', 'gotta' alike; the pack's ``chat_spellings``): the frames
    commit it as they commit 'want to', never 'I will wanna'."""
    assert well_rewritten(CHECKER, goal, "en") == expected


def test_a_dutch_aside_before_the_verb_puts_the_subject_back() -> None:
    shown = shown_rewrite(CHECKER, "Eerlijk gezegd wil ik meelopen met de landmeter.", "nl")
    assert shown == "Vóór [datum] ga ik meelopen met de landmeter, met als bewijs [hoe gemeten]."


@pytest.mark.parametrize(
    "goal",
    [
        "I'd like to shadow the surveyor for a day",
        "I want to help out at the spice mill for a day",
        "I'd like to join the vet on her rounds for one day",
    ],
)
def test_for_a_day_is_the_length_of_the_act(goal: str) -> None:
    parsed = CHECKER.parse(goal, lang="en", reference_date=REF)
    assert [d.kind for d in parsed.deadlines] == ["deadline"]
    report = CHECKER.check(goal, lang="en", reference_date=REF)
    assert "T004" not in {f.code for f in report.findings}
    assert not (report.rewrite or "").startswith("Until")


def test_within_a_day_after_the_act_is_still_a_response_time() -> None:
    parsed = CHECKER.parse(
        "Ik beantwoord klantvragen binnen een dag.", lang="nl", reference_date=date(2026, 11, 23)
    )
    assert [d.kind for d in parsed.deadlines] == ["recurring"]
