"""A wish to try a job or a place: shadowing, meelopen, meedraaien, a rotation, a first step.

The act (meelopen, shadow, a week on the desk) is the commitment; "om te kijken of dat
iets voor mij is" / "to see if that job suits me" is what it explores, no hedge on it: the
rewrite tells it as a purpose without a hedge ("om te ontdekken of", "to find out
whether"). The step itself comes hedged, often without its subject ("Maybe shadow ...",
"maybe try teaching ...", "Misschien eerst de cursus X volgen?"): committed, the writer
states it. What others want, asked in the explored question ("om te zien wat de klanten
willen"), is no wish imposed on the goal (A002), and a remark that the time is still open
("Weet nog niet wanneer, hangt af van de planning.") stays after the goal.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.exploring import committed_trial, explored_purpose
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, seam_kinds, well_rewritten

EXPLORED = [
    ("nl", "Ik wil twee dagen meelopen met de wijkagent om te kijken of dat iets voor mij is."),
    ("nl", "Een week meedraaien op de röntgenafdeling om te kijken of het werk daar bij me past."),
    (
        "nl",
        "Ik zou graag een middag meelopen met de brugwachter om eens te kijken of ik dat "
        "ook zou kunnen.",
    ),
    ("en", "I'd like to shadow the lock keeper for two days to see if that job suits me."),
    ("en", "Spend a week with the bridge crew to see whether the work there is something for me."),
    ("en", "I want to join the tram drivers for a few shifts to see if I could do that job."),
]


@pytest.mark.parametrize(("lang", "goal"), EXPLORED)
def test_an_explored_purpose_is_told_without_a_hedge(
    checker: Checker, lang: str, goal: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    told = "om te ontdekken of" if lang == "nl" else "to find out whether"
    assert told in rewrite
    assert "kijken of" not in rewrite and "see if" not in rewrite and "see whether" not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Ik ga kijken of ik de cursus kan afronden."),  # no 'om': the hedge itself
        ("en", "I'd like to see if I can finish the course."),  # the wish's own complement
        ("en", "To see if the new rota works better."),  # no act before it
    ],
)
def test_a_hedge_that_is_no_purpose_of_an_act_is_left(
    checker: Checker, lang: str, goal: str
) -> None:
    parsed = checker.parse(goal, lang=lang, reference_date=REF)
    assert explored_purpose(parsed, rewrite_style(checker, lang)) is None


def test_the_comparative_and_time_of_the_explored_question_stay_in_it(checker: Checker) -> None:
    goal = (
        "I'd like to maybe shadow a lift planner for a few weeks to see if that job suits me "
        "better in the long run, because my back is getting worse."
    )
    rewrite = well_rewritten(checker, goal, "en")
    assert "to find out whether that job suits me better in the long run" in rewrite
    assert "[current number]" not in rewrite  # the question's 'better' is no count to measure


TRIALS = [
    (
        "en",
        "Maybe shadow the head gardener one morning to learn how the greenhouse climate is set.",
        "on whether I shadow the head gardener one morning",  # floated: settled
    ),
    (
        "en",
        "maybe try driving the sweeper truck next spring, if the depot has a spare one",
        "on whether I drive the sweeper truck next spring",
    ),
    (
        "en",
        "I want to become a lock keeper one day. Maybe take the waterways course first?",
        "I will take the waterways course first",
    ),
    (
        "en",
        "I'll maybe try working a few night shifts at the depot next quarter.",
        "I will work a few night shifts at the depot next quarter",
    ),
    (
        "nl",
        "Misschien de cursus heftruck volgen, en ik wil ook een dag meelopen met de expeditie.",
        "uit of ik de cursus heftruck ga volgen",
    ),
    (
        "nl",
        "Ik wil sluismeester worden. Misschien de cursus vaarwegbeheer volgen?",
        "ga ik de cursus vaarwegbeheer volgen, om sluismeester te worden",
    ),
    (
        "nl",
        "Misschien een cursus tuinontwerp volgen, en ik zou ook graag een dag meelopen met de "
        "hovenier om te zien hoe een tuin wordt aangelegd.",
        "uit of ik een cursus tuinontwerp ga volgen",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "committed"), TRIALS)
def test_a_hedged_step_is_committed_or_settled_when_floated(
    checker: Checker, lang: str, goal: str, committed: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert committed in rewrite
    assert "?" not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Maybe a course in welding."),  # no verb: nothing to commit to here
        ("en", "Take the forklift course first."),  # no hedge
        ("nl", "Misschien de cursus en het examen."),  # no infinitive closes the step
    ],
)
def test_no_step_without_a_hedge_and_a_verb(checker: Checker, lang: str, goal: str) -> None:
    parsed = checker.parse(goal, lang=lang, reference_date=REF)
    assert committed_trial(parsed, rewrite_style(checker, lang)) is None


ASKED = [
    (
        "nl",
        "Een dag meelopen met de accountmanager om te zien wat de klanten willen bij een offerte.",
    ),
    ("nl", "Ik wil een week op de balie staan om te leren welke informatie bezoekers willen."),
    (
        "nl",
        "Twee diensten meedraaien in de bibliotheek om te horen hoe de lezers de nieuwe "
        "uitleen willen.",
    ),
    ("en", "Sit in with the dispatchers for two days to learn what the drivers want from a route."),
    ("en", "Spend a morning at the front desk to see what visitors want from the new signs."),
    ("en", "Join two site visits to hear which features the tenants want in the new lobby."),
]


@pytest.mark.parametrize(("lang", "goal"), ASKED)
def test_what_others_want_asked_in_the_purpose_is_no_imposed_wish(
    checker: Checker, lang: str, goal: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    codes = {f.code for f in report.criteria[Criterion.A].findings}
    assert "A002" not in codes
    well_rewritten(checker, goal, lang)


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Learn the new planning tool because my parents want it."),
        ("nl", "Ik ga de cursus doen omdat mijn ouders dat willen."),
    ],
)
def test_someone_elses_wish_as_the_reason_still_fails_a(
    checker: Checker, lang: str, goal: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert "A002" in {f.code for f in report.criteria[Criterion.A].findings}


@pytest.mark.parametrize(
    "goal",
    [
        "Ik wil graag meelopen met de buitendienst om de installaties te leren kennen.",
        "Ik wil meedraaien met de nachtploeg om de collega's daar te leren kennen.",
        "Ik wil graag meelopen met de brugwachter om het werk van dichtbij te leren kennen.",
    ],
)
def test_a_learning_purpose_with_two_verbs_stays_the_purpose(checker: Checker, goal: str) -> None:
    rewrite = well_rewritten(checker, goal, "nl")
    assert rewrite.startswith("Vóór [datum] ga ik mee")
    assert "te leren kennen." in rewrite and "te te" not in rewrite


OPEN_TIME = [
    (
        "nl",
        "Ik wil graag meedraaien met de vrachtwagenchauffeurs om de routes te leren kennen. "
        "Weet nog niet wanneer, hangt af van de planning.",
        "Weet nog niet wanneer, hangt af van de planning.",
    ),
    (
        "nl",
        "Ik wil een maand meelopen op de bouwplaats om het uitvoerderswerk te leren. Weet nog "
        "niet hoe, moet ik nog overleggen.",
        "Weet nog niet hoe, moet ik nog overleggen.",
    ),
    (
        "nl",
        "Ik wil een week meelopen met de dierenarts om het spreekuur te leren kennen. Weet "
        "nog niet wanneer, dat hangt af van het rooster.",
        "Weet nog niet wanneer, dat hangt af van het rooster.",
    ),
    (
        "en",
        "I want to spend a week with the tram depot mechanics to learn the brake checks. "
        "Don't know when, depends on staffing.",
        "Don't know when, depends on staffing.",
    ),
    (
        "en",
        "I want to spend two days with the bridge crew to learn the lock procedure. Not sure "
        "when, depends on the roster.",
        "Not sure when, depends on the roster.",
    ),
    (
        "en",
        "I want to spend a week with the depot planner to learn how the night routes are "
        "planned. Not sure when, depends on the season.",
        "Not sure when, depends on the season.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "remark"), OPEN_TIME)
def test_a_remark_that_the_time_is_open_stays_after_the_goal(
    checker: Checker, lang: str, goal: str, remark: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(remark)


def test_a_question_word_cut_off_by_a_comma_is_still_a_seam(checker: Checker) -> None:
    goal = "Ik wil de planning maken."
    assert "dangling" in seam_kinds(
        checker, "nl", goal, "Vóór 1 juni 2027 ga ik de planning maken wanneer, het kan."
    )
    assert "dangling" not in seam_kinds(
        checker,
        "nl",
        goal,
        "Vóór 1 juni 2027 ga ik de planning maken. Weet nog niet wanneer, hangt af van X.",
    )
