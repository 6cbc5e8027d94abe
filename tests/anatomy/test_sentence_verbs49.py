"""Two readings of a goal's verbs that made S004 say two goals where one sentence holds one
(session 49, lead; met in rewrites the writer's floated step was agreed in).

- A Dutch "of" the tagger read as "or" while it marks its clause ("Ik bespreek met mijn
  coach *of* ik naar ploegleider kan doorgroeien"): the subject right after it and the
  finite verb later, as a subordinate clause puts them, make it "whether": one clause. Only
  a pronoun that is a subject by its form ("ik", not "ze") counts: in "en *ze* beter
  inwerken" "ze" is the object and "inwerken" a goal's infinitive.
- A verb in the next sentence, after a piece with no verb that closed the sentence before
  ("..., met een verslag als bewijs. Ik bespreek ..."): a piece is cut at commas, not at
  stops, so such a verb counted as a second goal of the sentence before, where the same
  sentence after a stop with no comma counted as none. Several goals in one *sentence* are
  what S004 reports (JUDGING).

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Voor 1 maart 2027 rond ik de cursus voorraadbeheer af. Ik bespreek met mijn coach "
            "of ik naar ploegleider kan doorgroeien.",
            "nl",
        ),
        (
            "By 1 March 2027 I will finish the stock control course, with an assessment "
            "report from my coach as evidence. I will discuss with my coach whether I can "
            "move up to shift lead.",
            "en",
        ),
        (
            "Voor 1 maart 2027 rond ik de cursus voorraadbeheer af, met mijn certificaat als "
            "bewijs. Ik bespreek met mijn coach of ik naar ploegleider kan doorgroeien.",
            "nl",
        ),
    ],
)
def test_one_goal_verb_per_sentence_of_one_goal(text: str, lang: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert len(report.goal.syntax.goal_verbs) == 1
    assert "S004" not in {f.code for f in report.findings}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik wil mijn VCA halen, met hulp van Joost, en ik wil leren heftruck rijden.", "nl"),
        ("Nieuwe vrijwilligers werven en ze beter inwerken, en de roosters op tijd maken.", "nl"),
        (
            "I want to finish the stock course, with Joe's help, and learn to drive a forklift.",
            "en",
        ),
    ],
)
def test_two_goals_in_one_sentence_still_count(text: str, lang: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "S004" in {f.code for f in report.findings}
