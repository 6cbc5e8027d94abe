"""A bracket at the end of a goal that holds a clause of its own (session 36, lead).

'Run the stocktake on my own (last year I did it twice with Anouk)': the bracket tells what
was done or what is the case now, with its own subject and tense. Before, only a bracket that
opened with the writer's subject ('(I still hate heights)') was told as a sentence after the
goal; any other clause was read inside the commitment ('By [date], run ... (, I did it twice
with Anouk)'), its past time taken for the deadline, and only the fallback was left. A bracket
without a finite verb ('(lonen, toeslagen)') lists what a thing covers and stays inside.

Goals written fresh for this category, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Run the stocktake in the cold store on my own (last year I did it twice with Anouk).",
            "By [date], I will run the stocktake in the cold store on my own. Last year I did "
            "it twice with Anouk.",
        ),
        (
            "en",
            "Learn the new warehouse system (it replaces SAP in March)",
            "I will learn the new warehouse system, with [how measured] as evidence, so that I "
            "can [concrete behaviour]. It replaces SAP in March.",
        ),
        (  # a copula's clause: the tense on the auxiliary of 'been'
            "en",
            "Get better at pricing the custom gates (this has been a weak spot for years)",
            "By [date], I will [concrete behaviour] when pricing the custom gates, with [how "
            "measured] as evidence. This has been a weak spot for years.",
        ),
        (
            "nl",
            "Zelf de weekplanning maken (nu doet Ilse dat nog)",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om zelf de "
            "weekplanning te maken. Nu doet Ilse dat nog.",
        ),
    ],
)
def test_a_bracketed_clause_is_told_after_the_goal(lang: str, text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


def test_a_bracket_without_a_verb_stays_with_its_thing() -> None:
    rewrite = shown_rewrite(CHECKER, "Meer kennis van de cao (lonen, toeslagen, verlof)", "nl")
    assert "de cao (lonen, toeslagen, verlof)" in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        # a relative clause on a thing in the bracket
        (
            "nl",
            "Retouren aan de kassa beter afhandelen, vooral van fietsen (banden die lek zijn "
            "enzo).",
            "(banden die lek zijn enzo)",
        ),
        # a condition opened by a subordinator
        (
            "en",
            "Follow the first aid refresher the site offers (if there is still a place).",
            "(if there is still a place)",
        ),
    ],
)
def test_a_relative_clause_or_condition_in_a_bracket_is_not_told_apart(
    lang: str, text: str, kept: str
) -> None:
    rewrite = CHECKER.check(text, lang=lang, reference_date=REF).rewrite
    assert rewrite is not None
    assert kept in rewrite  # still a bracket inside the goal's sentence
