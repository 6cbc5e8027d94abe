"""Verbless list lines and bare noun-phrase goals (session 22, lists22).

- a list line told short ('- cursus klantvriendelijkheid', '2. Minder vaak vergeten te
  stempelen') is its own goal with its own rewrite, never context glued before the next
  line's rewrite (reading/anatomy/lines.py, fixing/rewrite/list_lines.py);
- a course named by a compound ('Herhalingscursus heftruck') or by its refresher ('Forklift
  refresher') is followed (courses.py), also with a credential in its name ('Opfriscursus
  EHBO': followed, not got);
- a follow-up step after the goal ('Daarna misschien een cursus inkoop.', 'Then maybe a
  course in facilitation.') is the plan's second step in its own sentence (followups.py);
- a verb is never the topic of the behaviour asked for ('for improve uptime', seam
  verb_topic.py).
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.list_lines import line_told_short
from tests.conftest import REF
from tests.support.rewriting import seam_tags, well_rewritten

LIST_LINES = [
    (
        "nl",
        "- meelopen met de vaste chauffeur op de lange ritten\n- cursus de-escalatie bij agressie\n"
        "- beter leren werken met de boordcomputer",
    ),
    ("nl", "- Minder te laat komen bij de ochtendstart\n- het kassasysteem leren"),
    ("nl", "1. De nieuwe planningstool leren\n2. Minder te laat beginnen\n3. BHV"),
    ("en", "- shadow the night shift lead\n- conflict training\n- learn the new booking screens"),
    ("en", "- de-escalation workshop\n- take over the rota from Sam"),
    ("en", "- CPR refresher\n- get better at the handover"),
]


@pytest.mark.parametrize(("lang", "text"), LIST_LINES)
def test_each_list_line_gets_its_own_rewrite(checker: Checker, lang: str, text: str) -> None:
    rewrite = well_rewritten(checker, text, lang)
    lines = rewrite.split("\n")
    assert len(lines) == len(text.split("\n")), rewrite
    opener = "Vóór [datum]" if lang == "nl" else "By [date]"
    assert all(line.startswith(opener) for line in lines), rewrite


LINES_TOLD = [
    ("nl", "cursus de-escalatie bij agressie", True),
    ("nl", "Minder te laat komen bij de ochtendstart", True),
    ("en", "forklift refresher", True),
    ("nl", "Klanten klagen vaak over de wachttijd", False),
    ("nl", "Vind het nog lastig om nee te zeggen", False),
    ("en", "Customers often complain about the waiting time", False),
]


@pytest.mark.parametrize(("lang", "line", "short"), LINES_TOLD)
def test_a_list_line_without_a_subject_is_a_goal_told_short(
    checker: Checker, lang: str, line: str, short: bool
) -> None:
    changes = {w.lower() for w in checker.pack(lang).words("comparatives")}
    parsed = checker.parse(line, lang=lang, reference_date=REF)
    assert line_told_short(parsed, changes) is short


COURSES = [
    ("nl", "Herhalingscursus heftruck", "Vóór [datum] ga ik de herhalingscursus heftruck volgen."),
    ("nl", "Taaltraining Spaans", "Vóór [datum] ga ik de taaltraining Spaans volgen."),
    ("nl", "Opfriscursus EHBO", "Vóór [datum] ga ik de opfriscursus EHBO volgen."),
    ("en", "Forklift refresher", "By [date], I will complete the forklift refresher."),
    ("en", "Fire warden refresher", "By [date], I will complete the fire warden refresher."),
    ("en", "De-escalation training", "By [date], I will complete the de-escalation training."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COURSES)
def test_a_course_named_bare_is_followed(
    checker: Checker, lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(checker, text, lang) == expected


FOLLOW_UPS = [
    (
        "nl",
        "Ik wil de komende maanden vaker zelf de bestellingen doen. Daarna misschien een cursus inkoop.",
        "Daarna volg ik een cursus inkoop.",
    ),
    (
        "nl",
        "Vóór de zomer wil ik de planning van de werkplaats zelf maken. Eventueel daarna het VCA-diploma.",
        "Daarna haal ik het VCA-diploma.",
    ),
    (
        "nl",
        "Ik wil dit jaar elke maand de voorraad van de bus tellen. Vervolgens misschien een training lean.",
        "Vervolgens volg ik een training lean.",
    ),
    (
        "en",
        "I want to run the Monday stand-up myself this quarter. Then maybe a course in facilitation.",
        "Then, I will take a course in facilitation.",
    ),
    (
        "en",
        "By March I will shadow the buyer twice a month. After that perhaps the forklift licence.",
        "After that, I will get the forklift licence.",
    ),
    (
        "en",
        "I will keep the spares log up to date every week this quarter. After that maybe a course in Excel.",
        "After that, I will take a course in Excel.",
    ),
]


@pytest.mark.parametrize(("lang", "text", "step"), FOLLOW_UPS)
def test_a_follow_up_step_is_the_plans_second_sentence(
    checker: Checker, lang: str, text: str, step: str
) -> None:
    rewrite = well_rewritten(checker, text, lang)
    assert rewrite.endswith(" " + step), rewrite
    assert "met hulp van" not in rewrite and "with the help of" not in rewrite


VERB_TOPICS = [
    (
        "en",
        "improve uptime of press 4",
        "By [date], I will [concrete behaviour] for improve uptime of press 4.",
        True,
    ),
    (
        "en",
        "learn the label printer",
        "By [date], I will [concrete behaviour] for learn the label printer.",
        True,
    ),
    (
        "en",
        "improve uptime of press 4",
        "By [date], I will [concrete behaviour] for improving uptime of press 4.",
        False,
    ),
    (
        "en",
        "Work-life balance",
        "By [date], I will [concrete behaviour] for work-life balance.",
        False,
    ),
    (
        "nl",
        "verbeteren van de doorlooptijd",
        "Vóór [datum] ga ik voor verbeteren van de doorlooptijd [concreet gedrag].",
        True,
    ),
    ("nl", "Taarten voor feesten bakken", "Vóór [datum] ga ik taarten voor feesten bakken.", False),
]


@pytest.mark.parametrize(("lang", "goal", "candidate", "seam"), VERB_TOPICS)
def test_a_verb_is_no_topic_of_the_behaviour(
    checker: Checker, lang: str, goal: str, candidate: str, seam: bool
) -> None:
    verb = candidate.split(" voor " if lang == "nl" else " for ")[1].split()[0].lower()
    assert (verb in seam_tags(checker, lang, goal, candidate)) is seam


def test_a_verb_first_fragment_is_never_wrapped_as_a_topic(checker: Checker) -> None:
    report = checker.check("improve uptime of press 4", lang="en", reference_date=REF)
    assert report.rewrite is not None and " for improve" not in report.rewrite
