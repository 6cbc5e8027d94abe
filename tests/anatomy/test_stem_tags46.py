"""Two Dutch verb forms the small tagger misreads are read as what they are (session 46,
lead).

- A verb stem it calls an infinitive ('dat ik de werkbonnen *afsluit*') is the finite
  present.
- An infinitive it calls a plural noun ('dat ik beter moet *plannen*', 'Ik ga beter
  *plannen*') closing the clause of a verb that takes a bare infinitive (the grammar's
  ``infinitive_heads``) is the infinitive, unless an article, a possessive, a number or an
  inflected adjective marks it as a noun ('Ik wil nieuwe plannen').

Tagged an infinitive, the stem became its own lemma ('afsluit'), and every reading that
turns the writer's subordinate clause into a commitment ('Mijn teamleider wil dat ik ...'
-> 'ga ik ... afsluiten') kept the stem, so the goal got the structured fallback. A Dutch
infinitive ends in the grammar's ``infinitive_ending`` ('-en', and so in '-n': 'gaan',
'doen'); a form that does not is no infinitive. English names no such ending.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


def _verb(text: str, word: str) -> tuple[str, str]:
    doc = CHECKER.parse(text, lang="nl").doc
    assert doc is not None
    token = next(t for t in doc if t.text == word)
    return token.lemma_, ",".join(token.morph.get("VerbForm", []))


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Mijn teamleider wil dat ik de werkbonnen afsluit.", "afsluit", "afsluiten"),
        ("Mijn chef wil dat ik de lijst bijhoud.", "bijhoud", "bijhouden"),
    ],
)
def test_a_stem_read_as_an_infinitive_is_a_finite_present(text: str, word: str, lemma: str) -> None:
    found, form = _verb(text, word)
    if form:  # the tagger may read it rightly: then there is nothing to repair
        assert form == "Fin"
    assert found == lemma


def test_a_real_infinitive_stays_one() -> None:
    lemma, form = _verb("Ik wil de werkbonnen afsluiten.", "afsluiten")
    assert lemma == "afsluiten"
    assert form != "Fin"


def test_the_others_wish_for_the_writers_act_is_committed() -> None:
    rewrite = well_rewritten(
        CHECKER, "Mijn planner wil dat ik de dagstaten dezelfde dag afsluit.", "nl"
    )
    assert "ga ik de dagstaten dezelfde dag afsluiten" in rewrite
    assert rewrite.rstrip(".").endswith("zoals mijn planner wil")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Mijn chef vindt dat ik beter moet plannen.", True),
        ("Ik ga mijn diensten beter plannen.", True),
        ("Ik wil nieuwe plannen.", False),  # an inflected adjective: the plural noun
        ("Ik wil de plannen zien.", False),  # an article, and not the clause's last word
    ],
)
def test_an_infinitive_read_as_a_noun_after_its_modal_is_a_verb(text: str, verb: bool) -> None:
    doc = CHECKER.parse(text, lang="nl").doc
    assert doc is not None
    token = next(t for t in doc if t.lower_ == "plannen")
    assert (token.pos_ == "VERB") is verb


def test_the_advice_to_plan_better_is_rewritten() -> None:
    rewrite = well_rewritten(CHECKER, "Mijn teamleider vindt dat ik beter moet plannen.", "nl")
    assert "om beter te plannen" in rewrite


def test_a_noun_after_a_preposition_stays_a_noun() -> None:
    """'die gaat over 2 jaar met pensioen': after 'met' the word is the preposition's noun."""
    doc = CHECKER.parse("Die gaat over twee jaar met pensioen.", lang="nl").doc
    assert doc is not None
    assert next(t for t in doc if t.lower_ == "pensioen").pos_ != "VERB"
