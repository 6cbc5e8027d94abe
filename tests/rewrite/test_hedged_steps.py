"""A step, a time or a second means still hedged or asked; a list whose last line asks.

A list of goals may end with one the writer is unsure of ("- misschien ook X?"): it is still
a list, split, and the asking line is committed like the others, a thing asked without a
verb with the act of it ('iets met de webshop doen', 'take a course'; guard.py,
asked_lines.py), or settled with the manager when a possibility hedge floats it
('misschien', 'maybe': floated_steps.py); a list where every line asks stays a question. A time hedged after the aim ("Misschien kan
dat in de zomer") is the step's time (hedged_time.py), no means; a second means offered
after the asked one ("Of een mentor?") is kept as an option remark (asked_means.py).
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

#: A list whose last line hedges or asks its goal, and the committed (or, floated, settled)
#: words of that line.
ASKING_LISTS = [
    (
        "nl",
        "- Rijbewijs C halen\n- de cursus ladingzekering volgen\n"
        "- misschien ook meelopen met de planner?",
        "uit of ik ook met de planner ga meelopen",
    ),
    (
        "nl",
        "1. Heftruckcertificaat halen\n2. Kan ik ook de cursus EHBO doen?",
        "ga ik ook de cursus",
    ),
    (
        "nl",
        "* BHV-diploma halen\n* misschien een dag meedraaien op de kassa?",
        "uit of ik een dag op de kassa ga meedraaien",
    ),
    (
        "nl",
        "Mijn rijbewijs C halen\nLeren werken met het nieuwe scanpistool\n"
        "Misschien ook een keer meekijken bij de inkoop?",
        "uit of ik ook een keer bij de inkoop ga meekijken",
    ),
    (
        "nl",
        "- Heftruckcertificaat halen\n- misschien ook iets met de webshop?",
        "uit of ik ook iets met de webshop ga doen",
    ),
    ("en", "- Get my forklift licence\n- maybe shadow the shift planner?", "whether I shadow"),
    (
        "en",
        "- Get my forklift licence\n- maybe a course in Excel?",
        "whether I take a course in Excel",
    ),
    (
        "en",
        "1. Finish the food hygiene course\n2. Could I also do the first aid training?",
        "I will also do the first aid training",
    ),
    (
        "en",
        "* Pass the HACCP exam\n* perhaps spend a day with the buyers?",
        "whether I spend a day",
    ),
    (
        "en",
        "Get my forklift licence\nLearn pivot tables in Excel\n"
        "Could I also join the safety committee?",
        "I will also join the safety committee",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "committed"), ASKING_LISTS)
def test_a_list_whose_last_line_asks_is_split_and_the_line_committed_or_settled(
    checker: Checker, lang: str, goal: str, committed: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    lines = rewrite.split("\n")
    assert len(lines) == len(goal.split("\n"))
    assert committed in lines[-1]
    for hedge in ("?", "misschien", "maybe", "perhaps", "kan ik", "could i"):
        assert hedge not in rewrite.lower()


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "- Excel leren?\n- meelopen met de planner?\n- de cursus EHBO?"),
        ("en", "- Learn SQL?\n- shadow the planner?\n- the first aid course?"),
    ],
)
def test_a_list_where_every_line_asks_stays_a_question(
    checker: Checker, lang: str, goal: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert not report.split
    assert report.rewrite is None or report.structured_rewrite is not None


#: The aim, then the time hedged or asked after it: the step at that time, in front.
HEDGED_TIMES = [
    (
        "nl",
        "Ik wil een week meedraaien met de planning om te zien hoe de ritten gemaakt worden, "
        "want ik snap vaak niet waarom. Misschien kan dat in de zomer als het rustig is.",
        "In de zomer, als het rustig is, ga ik een week meedraaien met de planning",
    ),
    (
        "nl",
        "Ik zou graag een paar dagen meelopen met de inkoper om te leren hoe een bestelling "
        "tot stand komt. Misschien kan dat in het najaar?",
        "In het najaar ga ik een paar dagen meelopen met de inkoper",
    ),
    (
        "nl",
        "Ik wil graag een dag meekijken bij de klantenservice. Misschien in maart.",
        "In maart ga ik een dag meekijken bij de klantenservice.",
    ),
    (
        "en",
        "I'd like to spend a few days with the planners to see how the routes are made, "
        "because I often don't get why. Maybe that could be in the summer when it is quiet.",
        "In the summer, when it is quiet, I will spend a few days with the planners",
    ),
    (
        "en",
        "I would like to sit in on a few sales calls with our account manager. "
        "Maybe that could be in the autumn?",
        "In the autumn, I will sit in on a few sales calls with our account manager",
    ),
    (
        "en",
        "I want to spend a day with the quality team to learn how they audit a line. "
        "Perhaps in March.",
        "In March, I will spend a day with the quality team to learn how they audit a line.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "opening"), HEDGED_TIMES)
def test_a_time_hedged_after_the_aim_is_the_steps_time(
    checker: Checker, lang: str, goal: str, opening: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.startswith(opening)
    assert "?" not in rewrite


#: The aim, a means asked, a second one offered after 'Of'/'Or': the first committed, the
#: second kept as an option remark.
OPTIONS = [
    (
        "nl",
        "Ik wil graag teamleider worden. Ik werk hier nu drie jaar. Misschien een cursus "
        "leidinggeven? Of een paar weken meelopen met de huidige teamleider om te zien hoe dat "
        "gaat.",
        "ga ik een cursus leidinggeven volgen",
        "Een andere mogelijkheid: een paar weken meelopen met de huidige teamleider",
    ),
    (
        "nl",
        "Ik wil later zelf de weekplanning kunnen maken. Misschien een cursus plannen? Of een "
        "mentor?",
        "ga ik een cursus plannen volgen",
        "Een andere mogelijkheid: een mentor.",
    ),
    (
        "nl",
        "Ik wil graag de kassa-afsluiting zelf leren doen. Kan ik een training volgen? Of een "
        "paar avonden meedraaien met de bedrijfsleider?",
        "ga ik een training volgen",
        "Een andere mogelijkheid: een paar avonden meedraaien met de bedrijfsleider.",
    ),
    (
        "en",
        "I want to become shift leader. I have worked here for three years. Maybe a course in "
        "leadership? Or a few weeks of shadowing the current shift leader to see how it goes.",
        "I will take a course in leadership",
        "Another option: a few weeks of shadowing the current shift leader",
    ),
    (
        "en",
        "I'd like to do the stock planning myself. Maybe a course? Or a mentor from purchasing?",
        "I will take a course",
        "Another option: a mentor from purchasing.",
    ),
    (
        "en",
        "I want to learn to close the till on my own. Could I do a training? Or a few evenings "
        "with the store manager?",
        "I will do a training",
        "Another option: a few evenings with the store manager.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "step", "option"), OPTIONS)
def test_a_second_means_offered_is_kept_as_an_option(
    checker: Checker, lang: str, goal: str, step: str, option: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert step in rewrite
    assert option in rewrite
    assert rewrite.index(step) < rewrite.index(option.split(":")[0])
    assert "?" not in rewrite
