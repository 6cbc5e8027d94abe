"""Lengths up to now ("nu twee jaar", "since 2023", "for three years now", "I've led the team
for a year") are found as such and are no time expression of the goal; a length ahead
("drie maanden lang", "I will practise for three months") stays the goal's time frame."""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck.reading.timex import find_time_expressions, lengths_so_far

REF = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "lang", "length"),
    [
        (
            "Ik ben nu twee jaar in dienst bij de thuiszorg en wil wijkverpleegkundige worden.",
            "nl",
            "nu twee jaar",
        ),
        ("Ik werk al drie maanden op de afdeling inkoop.", "nl", "al drie maanden"),
        ("Sinds 2024 plan ik de ritten van de bezorgers.", "nl", "Sinds 2024"),
        ("I have run the school kitchen for two years now.", "en", "two years now"),
        ("We've used the new till system for six weeks.", "en", "for six weeks"),
        ("Since March I have answered the phones at the garden centre.", "en", "Since March"),
    ],
)
def test_a_length_up_to_now_is_found_and_no_time(text: str, lang: str, length: str) -> None:
    found = [text[a:b] for a, b in lengths_so_far(text, lang, REF)]
    assert length in found
    assert all(e.due is None for e in find_time_expressions(text, lang, REF))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik oefen nu drie maanden lang elke dag met het kassasysteem.", "nl"),
        ("Binnen twee maanden ken ik alle routes van de bezorgers.", "nl"),
        ("I will practise the new till system for six weeks.", "en"),
        ("I will have run the school kitchen for two years by then.", "en"),
        ("I have to finish the hygiene course within six weeks.", "en"),
    ],
)
def test_a_length_ahead_is_no_length_so_far(text: str, lang: str) -> None:
    assert lengths_so_far(text, lang, REF) == []
    assert any(e.due is not None for e in find_time_expressions(text, lang, REF))
