"""What the judge reads in a goal's shape (session 52, lead; found on heldout52 after its
candidate run, so in-sample there). Each case names its category; goals written fresh.

- A word the tagger calls an adjective right after a modal, before its object, is the
  modal's verb ('I will *lead* two projects'): English modals take a bare verb
  (reading/pipeline.repair_tags).
- A brevet, a licentie and a kwalificatie are credentials, as a certificaat and a diploma
  are (M; JUDGING M: a certificate that exists or not).
- Keeping the goal's own rate or score ('en elke week het uitvalpercentage bijhouden',
  'and track the return rate') is its measurement, no second goal (S004).
- A participle with an adjective's '-e' before its noun ('verkeerd gelabelde dozen') and
  the noun after it are no verbs of a goal (S004).
- A verb after 'in plaats van', 'ipv' or 'rather than' says how the goal is done, no goal of
  its own (S004).
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.reading.pipeline import get_pipeline, pack_grammar, repair_tags
from tests.conftest import REF


def codes(checker: Checker, text: str, lang: str) -> set[str]:
    report = checker.check(text, lang=lang, reference_date=REF)
    return {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("I will lead two projects.", "lead"),
        ("From January, I will lead one safety walk per week.", "lead"),
    ],
)
def test_a_modals_verb_is_a_verb(text: str, verb: str) -> None:
    doc = get_pipeline("en")(text)
    repair_tags(doc, pack_grammar("en"))
    assert next(t for t in doc if t.lower_ == verb).pos_ == "VERB"


def test_a_modal_verb_read_as_adjective_gets_a_sentence(checker: Checker) -> None:
    report = checker.check(
        "From January, I will lead one safety walk per week.", lang="en", reference_date=REF
    )
    assert report.structured_rewrite is None
    assert "I will lead one safety walk per week" in (report.rewrite or "")


@pytest.mark.parametrize(
    "text",
    [
        "Vóór 1 april 2027 ga ik mijn duikbrevet halen.",
        "Vóór 1 april 2027 haal ik mijn spuitlicentie.",
    ],
)
def test_a_brevet_or_licentie_is_a_deliverable(checker: Checker, text: str) -> None:
    assert not codes(checker, text, "nl") & {"M001", "S003"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Vóór 1 april 2027 20 nieuwe medewerkers inwerken en elke week het "
            "uitvalpercentage bijhouden.",
            "nl",
        ),
        (
            "Vóór 1 april 2027 werk ik 20 nieuwe medewerkers in en houd ik elke week het "
            "uitvalpercentage bij.",
            "nl",
        ),
        (
            "By 1 April 2027 I will train 20 new packers and track the return rate every week.",
            "en",
        ),
    ],
)
def test_keeping_the_goals_own_rate_is_its_measure(checker: Checker, text: str, lang: str) -> None:
    assert "S004" not in codes(checker, text, lang)


def test_a_noun_the_tagger_calls_an_adjective_is_no_inflection(checker: Checker) -> None:
    """'pauze' has no form without '-e' the dictionary knows: the verb after it stays one."""
    text = "Vaker even de mail laten liggen en een echte pauze nemen."
    assert "S004" in codes(checker, text, "nl")


def test_an_inflected_participle_and_its_noun_are_no_goal(checker: Checker) -> None:
    text = "Vóór 1 april 2027 werk ik 20 nieuwe medewerkers in; doel is minder dan 2% verkeerd gelabelde dozen."
    assert "S004" not in codes(checker, text, "nl")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "vaker zelf vragen stellen aan monteurs en planners ipv alles via Joost te laten lopen",
            "nl",
        ),
        (
            "zelf de planning maken voor de monteurs en de chauffeurs i.p.v. het aan Gert over "
            "te laten",
            "nl",
        ),
    ],
)
def test_a_verb_after_instead_of_is_no_goal(checker: Checker, text: str, lang: str) -> None:
    assert "S004" not in codes(checker, text, lang)


def test_a_second_act_is_still_a_second_goal(checker: Checker) -> None:
    assert "S004" in codes(checker, "Vaker zelf offertes maken en de cursus Excel volgen.", "nl")
