"""The infinitives of a Dutch verb stem or finite form, built by rule (reading/anatomy/
infinitives.py): the reading stage joins a particle back on with them ('pas ... toe' ->
'toepassen'), the rewriter finds a stem the tagger called a noun, and the seam check sees
that a rewrite kept the writer's verb in another form. The dictionary picks the word."""

from __future__ import annotations

import pytest

from smartcheck.reading.anatomy.infinitives import form_infinitives, stem_infinitives
from smartcheck.reading.pipeline import known_word


def _word(candidates: list[str]) -> str | None:
    return next((c for c in candidates if known_word(c, "nl")), None)


@pytest.mark.parametrize(
    ("stem", "infinitive"),
    [
        ("werk", "werken"),  # the stem and -en
        ("fiets", "fietsen"),
        ("haal", "halen"),  # a long vowel written once before -en
        ("stuur", "sturen"),
        ("geef", "geven"),  # ... and its last consonant voiced
        ("blaas", "blazen"),
        ("klap", "klappen"),  # a short vowel: the consonant doubles
        ("knip", "knippen"),
        ("schrijf", "schrijven"),  # the last consonant voiced after a long sound
        ("kies", "kiezen"),
        ("verf", "verven"),
    ],
)
def test_a_stem_gets_its_infinitive_as_the_first_word_among_the_candidates(
    stem: str, infinitive: str
) -> None:
    assert _word(stem_infinitives(stem)) == infinitive


@pytest.mark.parametrize(
    ("form", "infinitive"),
    [
        ("overlegt", "overleggen"),  # the -t of the third person goes first
        ("werkt", "werken"),
        ("blaast", "blazen"),
        ("schrijft", "schrijven"),
        ("zit", "zitten"),  # a stem in -t keeps it: too short for a finite form
        ("vraag", "vragen"),  # a stem is a form too
    ],
)
def test_a_finite_form_gets_the_infinitive_of_its_stem(form: str, infinitive: str) -> None:
    assert _word(form_infinitives(form)) == infinitive


def test_the_dictionary_may_know_more_than_one_candidate_the_caller_asks_it() -> None:
    """'pas' may be 'pasen' or 'passen', 'red' 'reden' or 'redden': the plain -en comes
    first, and a caller that needs the verb with a particle tries them all ('toepassen')."""
    assert [c for c in stem_infinitives("pas") if known_word(c, "nl")] == ["pasen", "passen"]
    assert [c for c in stem_infinitives("red") if known_word(c, "nl")] == ["reden", "redden"]


def test_a_stem_in_t_is_read_as_a_stem_not_as_a_finite_form() -> None:
    assert _word(stem_infinitives("wacht")) == "wachten"
    assert "wachten" not in form_infinitives("wacht")  # read as finite: 'wach' + -en


@pytest.mark.parametrize("word", ["", "x", "e-mail", "3d", "à"])
def test_no_candidates_for_what_is_no_stem(word: str) -> None:
    assert stem_infinitives(word) == []


def test_the_candidates_are_forms_of_the_stem_whatever_the_dictionary_knows() -> None:
    """Built by rule: a stem no dictionary has still gets them, first the plain -en."""
    assert stem_infinitives("blorp") == ["blorpen", "blorppen"]
    assert stem_infinitives("kraas") == ["kraasen", "krasen", "krazen", "kraassen", "kraazen"]
