"""Advice quoted as it was given ('Mijn teamleider zei: "Je moet ..."', 'Feedback van mijn
coach: "Vraag ..."', 'My mentor told me: "Ask ..."') becomes the writer's own commitment in
the first person; who gave it, or where, is credited at the end. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.reading.anatomy.infinitives import stem_infinitives
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "own", "credit"),
    [
        (
            "nl",
            'Mijn praktijkopleider zei: "Je moet je dossiers sneller afsluiten."',
            "ga ik mijn dossiers sneller afsluiten",
            "zoals mijn praktijkopleider zei.",
        ),
        (
            "nl",
            'Feedback van mijn chef: "Neem vaker zelf de telefoon op."',
            "ga ik vaker zelf de telefoon opnemen",
            "naar aanleiding van feedback van mijn chef.",
        ),
        (
            "nl",
            'Uit het jaargesprek: "Werk aan je overdrachten."',
            "ga ik aan mijn overdrachten werken",
            "naar aanleiding van het jaargesprek.",
        ),
        (
            "en",
            'My supervisor said: "You need to close your case files faster."',
            "I will close my case files faster",
            "as my supervisor said.",
        ),
        (
            "en",
            'My buddy told me: "Write your handover notes before the break."',
            "I will write my handover notes before the break",
            "as my buddy told me.",
        ),
        (
            "en",
            'From my mid-year review: "Take the lead in the Monday huddle."',
            "I will take the lead in the Monday huddle",
            "as discussed in my mid-year review.",
        ),
    ],
)
def test_quoted_advice_becomes_the_writers_commitment(
    lang: str, goal: str, own: str, credit: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert own in rewrite
    assert rewrite.endswith(credit)
    assert '"' not in rewrite


@pytest.mark.parametrize(
    ("stem", "infinitive"),
    [
        ("werk", "werken"),
        ("vraag", "vragen"),
        ("zet", "zetten"),
        ("lees", "lezen"),
        ("leef", "leven"),
    ],
)
def test_a_dutch_imperative_stem_has_its_infinitive_among_the_candidates(
    stem: str, infinitive: str
) -> None:
    assert infinitive in stem_infinitives(stem)
