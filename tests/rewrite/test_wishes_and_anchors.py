"""Wishes, indefinite moments and degree programmes, each a category with fresh goals.

- An intensified wish ("I'd really like to", "I would truly love to", "ik wil echt") commits
  like a plain one; the intensifier goes with the wish, or with the vague words it
  strengthens ("echt beter worden").
- An indefinite moment ahead ("sometime soon", "one day") is a vague time (T002), so the
  rewrite replaces it instead of leaving "sometime" behind.
- A degree programme ("by the end of my PhD", "voor het einde van mijn promotietraject") is
  an event anchor; its date is asked after the whole anchor, also when the tokenizer keeps
  the sentence's period on an abbreviation ("my PhD.").
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("I'd really like to lead the Friday toolbox talk.", "en", "I will lead the Friday"),
        ("I would truly love to run the spring book fair.", "en", "I will run the spring"),
        ("Ik wil echt beter worden in plannen maken.", "nl", "ga ik [concreet gedrag]"),
    ],
)
def test_an_intensified_wish_commits(text: str, lang: str, expected: str) -> None:
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert expected in rewrite
    assert not {"really", "truly", "echt"} & set(rewrite.lower().split())


@pytest.mark.parametrize(
    "text",
    [
        "I will rebuild the stockroom shelving sometime soon.",
        "One day I will run the night desk on my own.",
        "Some time soon I want to redesign the visitor leaflet.",
    ],
)
def test_an_indefinite_moment_is_a_vague_time(text: str) -> None:
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert not report.criteria[Criterion.T].passed
    assert "T002" in {f.code for f in report.findings}
    assert report.rewrite is not None and "some" not in report.rewrite.lower().split()


@pytest.mark.parametrize(
    ("text", "lang", "asked"),
    [
        ("Get two papers accepted in a journal by the end of my PhD.", "en", "my PhD ([date])"),
        ("Supervise one MSc student before the end of my residency.", "en", "residency ([date])"),
        (
            "Voor het einde van mijn promotietraject geef ik drie keer een gastcollege.",
            "nl",
            "promotietraject ([datum])",
        ),
    ],
)
def test_a_degree_programme_is_an_event_whose_date_is_asked(
    text: str, lang: str, asked: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert any(e.kind == "event" for e in report.goal.deadlines)
    if report.rewrite is not None and report.structured_rewrite is None:
        assert asked in report.rewrite or "[" not in report.rewrite


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Na mijn proeftijd wil ik een vast contract bij deze apotheek.",
            "nl",
            "Na mijn proeftijd ga ik [concreet gedrag]",
        ),
        (
            "Volgend jaar wil ik graag een eigen wijk.",
            "nl",
            "Volgend jaar ga ik [concreet gedrag]",
        ),
        (
            "After my apprenticeship I want a permanent contract with the garage.",
            "en",
            "After my apprenticeship, I will [concrete behaviour]",
        ),
    ],
)
def test_a_wished_for_thing_after_a_front_keeps_the_front(
    text: str, lang: str, expected: str
) -> None:
    """A wished-for thing becomes the purpose of the writer's behaviour ('om een vast
    contract ... te krijgen'); a fronted time or anchor stays in front ('Na mijn proeftijd
    ga ik ...'), where before it only a subject-first wish got the purpose frame."""
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert rewrite.startswith(expected)


@pytest.mark.parametrize(
    ("text", "lang", "purpose"),
    [
        # a coordinated thing: 'en' between its nouns is no infinitive in -en
        (
            "Ik wil een betere verdeling tussen kantoor en thuiswerk.",
            "nl",
            "om een betere verdeling tussen kantoor en thuiswerk te krijgen",
        ),
        # an amount of a thing ('meer', 'minder') opens the wished-for thing too
        ("Ik wil meer ruimte in mijn agenda.", "nl", "om meer ruimte in mijn agenda te krijgen"),
        ("I want less noise on the shop floor.", "en", "in order to get less noise"),
    ],
)
def test_a_wished_for_thing_with_an_amount_or_a_pair_is_the_purpose(
    text: str, lang: str, purpose: str
) -> None:
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert purpose in rewrite
    assert "[concreet gedrag]" in rewrite or "[concrete behaviour]" in rewrite


def test_an_amount_of_doing_is_no_thing() -> None:
    """'meer sporten' is doing more, not a thing to get ('om meer sporten te krijgen')."""
    rewrite = shown_rewrite(CHECKER, "Ik wil meer wandelen.", "nl")
    assert "te krijgen" not in rewrite
