"""Messages are in one language — the message language's pack, units and dates included —
whatever the language of the goal. Quoted goal words are the only words of the goal's
language a message may show."""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.test_advice import ADVICE

GOALS = {
    "nl": [
        "Vóór 1 juni 2029 wil ik mijn rijbewijs halen.",
        "In juni 2024 rond ik de basiscursus boekhouden af.",
        "Binnenkort wil ik misschien beter worden in plannen.",
        "Ik ga binnen drie maanden nooit meer te laat komen op het werk.",
        "Ik ga elke week hardlopen.",
        "Voor het einde van mijn proeftijd ken ik alle producten uit ons assortiment.",
    ],
    "en": [
        "By 1 June 2029 I want to get my driving licence.",
        "In June 2024 I finish the basic bookkeeping course.",
        "Soon I would maybe like to get better at planning.",
        "Within three months I will never be late for work again.",
        "I will go running every week.",
        "By the end of my probation I know every product in our range.",
    ],
}
# Words that only one of the two languages uses (function words and time units).
MARKERS = {
    "nl": {"jaar", "jaren", "dagen", "maanden", "weken", "het", "een", "niet", "vóór", "ligt"}
    | {"mijn", "ik", "van", "voor", "wat", "je", "mei", "juni"},
    "en": {"years", "days", "months", "weeks", "the", "and", "not", "away", "already"}
    | {"my", "by", "with", "will", "you", "what", "may", "june"},
}
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


@pytest.mark.parametrize("goal_lang", ["nl", "en"])
@pytest.mark.parametrize("message_lang", ["nl", "en"])
def test_every_message_is_in_the_message_language(goal_lang: str, message_lang: str) -> None:
    checker = Checker({"message_lang": message_lang})
    other = "en" if message_lang == "nl" else "nl"
    shown = 0
    for text in GOALS[goal_lang]:
        report = checker.check(text, lang=goal_lang, reference_date=REF)
        for finding in report.findings:
            for line in (finding.message, finding.fix_title or ""):
                plain = _QUOTED.sub(" ", line)
                words = set(re.findall(r"[^\W\d_]+", plain.lower()))
                assert not words & MARKERS[other], (finding.code, line)
                assert not re.search(r"\d{4}-\d{2}-\d{2}", plain), (finding.code, line)
                shown += 1
    assert shown >= 10


@pytest.mark.parametrize("goal_lang", ["nl", "en"])
@pytest.mark.parametrize("message_lang", ["nl", "en"])
def test_every_rule_speaks_the_message_language(goal_lang: str, message_lang: str) -> None:
    """Every rule, the guidance rules too, on the goals that trigger it (tests/test_advice.py):
    each message and fix in the message language only."""
    checker = Checker({"message_lang": message_lang})
    other = "en" if message_lang == "nl" else "nl"
    shown = set()
    for example in ADVICE:
        if example.lang != goal_lang:
            continue
        report = checker.check(
            example.failing, lang=goal_lang, reference_date=REF, phase=example.phase
        )
        for finding in (*report.findings, *report.guidance):
            for line in (finding.message, finding.fix_title or ""):
                plain = _QUOTED.sub(" ", line)
                words = set(re.findall(r"[^\W\d_]+", plain.lower()))
                assert not words & MARKERS[other], (finding.code, line)
                assert not re.search(r"\d{4}-\d{2}-\d{2}", plain), (finding.code, line)
            shown.add(finding.code)
    assert {rule.code for rule in checker.rules} <= shown


@pytest.mark.parametrize(("message_lang", "words"), [("nl", "1 juni 2029"), ("en", "1 June 2029")])
def test_dates_in_messages_are_words(message_lang: str, words: str) -> None:
    report = Checker({"message_lang": message_lang}).check(
        "Vóór 1 juni 2029 wil ik mijn rijbewijs halen.", lang="nl", reference_date=REF
    )
    beyond = [f for f in report.findings if f.code == "T005"]
    assert beyond and words in beyond[0].message


# Plan advice (P101-P106) on whole documents, written fresh: an old conversation date, an
# empty goals heading, six goals that each name only the employee's own gain and no support
# (P101-P105); two goals that each name only the team's or customers' gain (P106).
PLANS = {
    "nl": [
        "Datum gesprek: 3 februari 2025\n\n## Leerdoelen\n\n## Mijn doelen\n\n"
        + "".join(
            f"- Ik rond vóór 1 {month} 2027 de module {topic} af voor mijn loopbaan.\n"
            for month, topic in [
                ("maart", "budgetteren"),
                ("april", "vergadertechniek"),
                ("mei", "timemanagement"),
                ("juni", "onderhandelen"),
                ("juli", "schrijfvaardigheid"),
                ("augustus", "coachend leidinggeven"),
            ]
        ),
        "## Doelen\n\n- Ik maak vóór 1 mei 2027 een inwerkmap voor het team.\n"
        "- Ik beantwoord vanaf 1 maart 2027 elke vraag van klanten binnen een werkdag.\n",
    ],
    "en": [
        "Meeting date: 3 February 2025\n\n## Development goals\n\n## My goals\n\n"
        + "".join(
            f"- I will finish the {topic} module by 1 {month} 2027 for my career.\n"
            for month, topic in [
                ("March", "budgeting"),
                ("April", "meeting skills"),
                ("May", "time management"),
                ("June", "negotiation"),
                ("July", "writing"),
                ("August", "coaching leadership"),
            ]
        ),
        "## Goals\n\n- I will make an induction folder for the team by 1 May 2027.\n"
        "- I will answer every question from customers within a working day from 1 March 2027.\n",
    ],
}


def _in_one_language(line: str, other: str) -> None:
    plain = _QUOTED.sub(" ", line)
    words = set(re.findall(r"[^\W\d_]+", plain.lower()))
    assert not words & MARKERS[other], line
    assert not re.search(r"\d{4}-\d{2}-\d{2}", plain), line


@pytest.mark.parametrize("doc_lang", ["nl", "en"])
@pytest.mark.parametrize("message_lang", ["nl", "en"])
def test_plan_advice_speaks_the_message_language(doc_lang: str, message_lang: str) -> None:
    """Every plan finding, its dates and the place it points at, in the message language
    only; the document's own words (a heading, a field label) only in quotes."""
    checker = Checker({"message_lang": message_lang})
    other = "en" if message_lang == "nl" else "nl"
    shown: dict[str, str] = {}
    for text in PLANS[doc_lang]:
        result = checker.check_document(
            "pop.md", data=text.encode(), lang=doc_lang, reference_date=REF
        )
        for finding in result.plan_findings:
            _in_one_language(finding.message, other)
            shown[finding.code] = finding.message
    assert set(shown) == {"P101", "P102", "P103", "P104", "P105", "P106"}
    line, day = {"nl": ("regel 3", "3 februari 2025"), "en": ("line 3", "3 February 2025")}[
        message_lang
    ]
    assert line in shown["P103"] and day in shown["P104"]
