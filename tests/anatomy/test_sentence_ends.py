"""A word the tokenizer keeps with its stop as an abbreviation ('vol.', 'app.') ends its
sentence when the text ends there or a capitalised word follows, so the goal after it is
read as a sentence of its own; an abbreviation before a number keeps its stop. Goals
written fresh."""

from __future__ import annotations

import pytest

from smartcheck.reading.pipeline import get_pipeline


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Mijn rooster zit altijd vol. Ik wil vóór mei 2027 een vaste studiedag.", 2),
        ("De koelcel is elke ochtend vol. Daarom wil ik de bestellingen spreiden.", 2),
        ("Ik wil mijn uren voortaan bijhouden in de app.", 1),
    ],
)
def test_a_word_read_as_an_abbreviation_ends_its_sentence(text: str, sentences: int) -> None:
    doc = get_pipeline("nl", "shipped")(text)
    assert len(list(doc.sents)) == sentences
    assert [t.text for t in doc if t.text.endswith(".")] == ["."] * sentences
    assert doc.text == text  # the split keeps every character and space


def test_an_abbreviation_before_a_number_keeps_its_stop() -> None:
    doc = get_pipeline("nl", "shipped")("Elke week min. 3 klantbezoeken plannen.")
    assert "min." in [t.text for t in doc]
