"""'te' goes between a separable verb and its first part, also when that part is a word.

"de playlist klaarzetten" as a te-infinitive is "klaar te zetten", never "te klaarzetten";
likewise "schoon te maken", "deel te nemen" (the pack's ``word_particles``). A verb that
only starts with such letters ("delen", "plaatsen") keeps "te" in front.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.purpose import te_before

CTX = Checker().context("nl")


@pytest.mark.parametrize(
    ("verb", "split"),
    [
        ("klaarzetten", ["klaar", "te", "zetten"]),
        ("klaarleggen", ["klaar", "te", "leggen"]),
        ("schoonmaken", ["schoon", "te", "maken"]),
        ("deelnemen", ["deel", "te", "nemen"]),
        ("goedkeuren", ["goed", "te", "keuren"]),
        ("opruimen", ["op", "te", "ruimen"]),
    ],
)
def test_te_goes_between_the_first_part_and_the_verb(verb: str, split: list[str]) -> None:
    assert te_before(verb, "te", CTX) == split


@pytest.mark.parametrize("verb", ["delen", "plaatsen", "werken", "klaren", "stillen"])
def test_a_plain_verb_keeps_te_in_front(verb: str) -> None:
    assert te_before(verb, "te", CTX) == ["te", verb]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["klaar", "schoon", "open", "dicht", "vrij", "stil"]),
    st.sampled_from(["zetten", "maken", "leggen", "houden", "doen"]),
)
def test_te_never_stands_before_a_word_particle(particle: str, verb: str) -> None:
    parts = te_before(particle + verb, "te", CTX)
    assert parts == [particle, "te", verb]
    assert "".join(p for p in parts if p != "te") == particle + verb
