"""'every <occasion>' is a frequency in English as 'elke <occasion>' is in Dutch (session 44).

The Dutch pack named "rit", "gesprek", "training" and "wedstrijd" among the occasions of the
work that recur; the English pack had no "trip", "conversation", "training" or "game", so
"before every trip" was no routine at all while "voor elke rit" was one. Both packs now name
the same occasions (and Dutch "telefoontje" beside English "call"). Goals written fresh.
"""

from __future__ import annotations

import pytest
from tests.conftest import REF

from smartcheck import Checker


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("en", "I check the tyre pressure before every trip.", "every trip"),
        ("nl", "Ik controleer de bandenspanning voor elke rit.", "elke rit"),
        (
            "en",
            "I note one thing to improve after every conversation with a client.",
            "every conversation",
        ),
        ("nl", "Na elk gesprek met een klant noteer ik één verbeterpunt.", "elk gesprek"),
        ("en", "I film the warm-up of every training for the juniors.", "every training"),
        ("nl", "Ik noteer na elk telefoontje de klantvraag in het systeem.", "elk telefoontje"),
    ],
)
def test_every_occasion_is_a_frequency(checker: Checker, lang: str, text: str, said: str) -> None:
    goal = checker.parse(text, lang=lang, reference_date=REF)
    assert [(d.kind, d.text) for d in goal.deadlines] == [("recurring", said)]
