"""What a goal's surface must not do to its rewrite.

- An emoji or a text face ("💪", "😅", ":)", ";-)") says how the writer feels about the goal;
  it is no word of it. A rewrite leaves it out, and so does the structured fallback, instead
  of ending a sentence on it ("... aan de telefoon, met als bewijs [hoe gemeten] . 😅.").
- A one-letter word that opens the goal ("A new checklist ...") loses its capital inside the
  rewrite, as "Mijn" does; "I" keeps it.
- A comment after a semicolon ("...; nu zeg ik vaak niks") makes no fragment a sentence: the
  candidate with the writer as its subject still ranks first.
- The domain frame never wraps the goal's verb as a topic ("ga ik voor overleggen met ...
  [concreet gedrag]"), also when the tagger read the infinitive of a fragment as a plural
  present ("Regelmatig overleggen met ...").

Fixture goals are fresh, written for these categories (none from the measured sets)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik wil leren omgaan met lastige vragen van ouders bij het ophalen 😅", "nl"),
        ("Vaker om hulp vragen bij de inventarisatie 💪💪", "nl"),
        ("Ik wil mijn planning in Outlook bijhouden ;-)", "nl"),
        ("Learn to stay calm when the printer queue jams :)", "en"),
        ("I want to run the Monday stand-up on my own 🙂", "en"),
        ("Get better at estimating repair times 👍", "en"),
    ],
)
def test_an_emoji_or_text_face_is_left_out_of_the_rewrite(text: str, lang: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart
    fallback = report.structured_rewrite
    shown = " ".join([report.rewrite or "", fallback.text if fallback is not None else ""])
    assert report.rewrite
    for face in ("😅", "💪", ";-)", ":)", "🙂", "👍"):
        assert face not in shown, shown


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (
            "Ik wil leren omgaan met boze bellers aan de balie 😅",
            "nl",
            "Vóór [datum] ga ik leren omgaan met boze bellers aan de balie,",
        ),
        (
            "Learn to deal with angry callers without losing my temper :)",
            "en",
            "By [date], I will learn to deal with angry callers without losing my temper,",
        ),
    ],
)
def test_a_goal_ending_in_a_face_is_still_rewritten_as_a_sentence(
    text: str, lang: str, opening: str
) -> None:
    assert well_rewritten(CHECKER, text, lang).startswith(opening)


@pytest.mark.parametrize(
    "text",
    [
        "A new intake form needs to be made for walk-in clients.",
        "A clear escalation route has to be agreed for night shifts.",
    ],
)
def test_a_one_letter_first_word_loses_its_capital_inside_the_rewrite(text: str) -> None:
    rewrite = well_rewritten(CHECKER, text, "en")
    assert "that a " in rewrite and " A " not in rewrite


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (
            "Meer zichtbaar zijn in het teamoverleg; nu zeg ik bijna nooit iets.",
            "nl",
            "Vóór [datum] ga ik meer zichtbaar zijn in het teamoverleg",
        ),
        (
            "Vaker pauze nemen tijdens de dienst; nu werk ik vaak door.",
            "nl",
            "Vóór [datum] ga ik vaker pauze nemen tijdens de dienst",
        ),
    ],
)
def test_a_comment_after_a_semicolon_does_not_make_a_fragment_whole(
    text: str, lang: str, opening: str
) -> None:
    assert well_rewritten(CHECKER, text, lang).startswith(opening)


@pytest.mark.parametrize(
    "text",
    [
        "Regelmatig overleggen met de collega's van de avonddienst.",
        "Regelmatig afstemmen met de planner over de bezetting.",
    ],
)
def test_a_fragment_verb_is_never_wrapped_as_a_topic(text: str) -> None:
    rewrite = well_rewritten(CHECKER, text, "nl")
    verb = text.split()[1]
    assert f"voor {verb}" not in rewrite and "[concreet gedrag]" not in rewrite


def test_a_plural_present_read_in_a_fragment_is_a_verb_inside_the_domain_frame() -> None:
    goal = "Regelmatig overleggen met de collega's van de avonddienst."
    broken = (
        "Regelmatig ga ik tot [datum] voor overleggen met de collega's van de avonddienst "
        "[concreet gedrag], met als bewijs [hoe gemeten]."
    )
    whole = (
        "Regelmatig ga ik tot [datum] overleggen met de collega's van de avonddienst, "
        "met als bewijs [hoe gemeten]."
    )
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, broken)
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, whole)
