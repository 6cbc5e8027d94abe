"""Means or time hedged as a question in a later sentence (or after the aim's comma).

The writer states a goal and then, unsure, asks how or when: "Misschien een training via
de bedrijfsarts?", "Maybe I can shadow Priya one day a week?", "..., maybe in March?",
"... maybe in a few years? For now I want to ...". The rewrite commits the proposed means as
the writer's step (the aim its purpose, a reason told with it kept), the hedged time as the
deadline (a far, ranged time gives way to a first step by [date]); a second means offered
stays as an option and a sentence that only says the writer has not decided goes.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

#: A means asked in a later sentence after an aim that holds a reason clause or two
#: coordinated acts: committed, the aim its purpose, the reason kept after it.
ASKED_MEANS = [
    (
        "nl",
        "Mijn knieën. Ik wil goed leren knielen en opstaan want ik heb vaak last na een dienst. "
        "Misschien een training via de bedrijfsarts?",
        "ga ik een training via de bedrijfsarts volgen, zodat ik goed kan leren knielen en "
        "opstaan, want ik heb vaak last na een dienst.",
    ),
    (
        "nl",
        "Ik wil beter leren plannen en delegeren want ik loop steeds achter. Misschien een "
        "cursus timemanagement?",
        "ga ik een cursus timemanagement volgen, zodat ik",
    ),
    (
        "nl",
        "Ik wil zelf leren lassen en slijpen omdat we vaak op de monteur wachten. Misschien een "
        "opleiding bij het ROC?",
        "ga ik een opleiding bij het ROC volgen, zodat ik zelf kan leren lassen en slijpen, "
        "omdat we vaak op de monteur wachten.",
    ),
    (
        "en",
        "My shoulders. I want to learn to lift and carry safely because I often have pain after "
        "work. Maybe a course through occupational health?",
        "I will take a course through occupational health, so that I can learn to lift",
    ),
    (
        "en",
        "I want to learn to plan and delegate because I keep falling behind. Maybe a time "
        "management course?",
        "I will take a time management course, so that I can learn to plan and delegate",
    ),
    (
        "en",
        "I want to learn welding and grinding myself because we often wait for the mechanic. "
        "Perhaps a course at the college?",
        "I will take a course at the college, so that I can learn welding and grinding myself",
    ),
]

#: A route of learning asked with the writer's modal: shadowing, going along, a rotation.
ASKED_ROUTES = [
    (
        "nl",
        "Ik wil graag leren voegen, dus echt een muur afmaken. Nu doe ik vooral sjouwen. "
        "Misschien kan ik een dag per week meekijken bij Henk?",
        "ga ik een dag per week meekijken bij Henk, zodat ik kan leren voegen",
    ),
    (
        "nl",
        "Ik wil meer leren over zonnepanelen, want ik weet er weinig van. Misschien kan ik een "
        "paar keer met Fatima mee naar een klant.",
        "ga ik een paar keer met Fatima mee naar een klant, zodat ik meer over zonnepanelen "
        "kan leren",
    ),
    (
        "nl",
        "Ik wil de kassa-afsluiting zelf leren doen. Misschien kan ik een paar avonden meelopen "
        "met de bedrijfsleider?",
        "ga ik een paar avonden meelopen met de bedrijfsleider",
    ),
    (
        "en",
        "I want to learn how to price jobs myself. Maybe I can shadow Priya in the office one "
        "day a week?",
        "I will shadow Priya in the office one day a week, so that I can learn how to price",
    ),
    (
        "en",
        "I'd like to learn the night audit. Could I do a rotation with the night team for two "
        "weeks?",
        "I will do a rotation with the night team for two weeks",
    ),
]

#: An act hedged after the aim's comma with a time of its own: the step the aim comes to.
HEDGED_ACTS = [
    (
        "en",
        "I want to take more ownership of client work, maybe run a small client workshop on my "
        "own next quarter, like a kickoff session.",
        "I will run a small client workshop on my own next quarter, like a kickoff session, so "
        "that I can take more ownership of client work.",
    ),
    (
        "en",
        "I'd like to do more with our data, perhaps build a first sales dashboard myself this "
        "spring.",
        "I will build a first sales dashboard myself this spring, so that I can do more with "
        "our data.",
    ),
    (
        "en",
        "I want to get more involved in hiring, maybe sit on two interview panels before the "
        "summer.",
        "I will sit on two interview panels before the summer, so that I can get more involved "
        "in hiring.",
    ),
    (
        "nl",
        "Ik wil meer doen met onze cijfers, misschien dit voorjaar zelf een eerste omzetdashboard "
        "bouwen.",
        "Ik ga dit voorjaar zelf een eerste omzetdashboard bouwen, zodat ik meer met onze "
        "cijfers kan doen.",
    ),
    (
        "nl",
        "Ik wil meer betrokken zijn bij het werven, misschien voor de zomer bij twee "
        "sollicitatiegesprekken aanschuiven.",
        "Ik ga voor de zomer bij twee sollicitatiegesprekken aanschuiven",
    ),
]

#: A means asked after another's observation and the writer's doubt: the step stands alone
#: after them, a second means offered is kept as an option, "not decided yet" goes.
AFTER_OBSERVATIONS = [
    (
        "nl",
        "Mijn leidinggevende vindt dat ik te weinig overleg met de planning. Ik snap dat, maar ik "
        "weet niet goed hoe ik dat moet doen. Misschien elke week een kwartier bij de planner "
        "langsgaan? Of een vast overleg? Moet er nog over nadenken.",
        "ga ik elke week een kwartier bij de planner langsgaan",
        "Een andere mogelijkheid: een vast overleg.",
    ),
    (
        "nl",
        "Mijn teamleider vindt dat ik te weinig van me laat horen bij de andere ploegen. Ik snap "
        "dat wel, maar ik weet niet goed hoe ik dat moet aanpakken. Misschien eens per maand "
        "aanschuiven bij hun werkoverleg? Of een kort bericht in de groepschat? Moet er nog over "
        "nadenken.",
        "ga ik eens per maand aanschuiven bij hun werkoverleg",
        "Een andere mogelijkheid: een kort bericht in de groepschat.",
    ),
    (
        "en",
        "My manager thinks I am not visible enough to the other departments. I get that, but I "
        "don't really know how. Maybe visit the department heads once a quarter? Or an open "
        "office hour? Need to think about it.",
        "I will visit the department heads once a quarter",
        "Another option: an open office hour.",
    ),
    (
        "en",
        "My manager thinks I am too quiet in client meetings. I get that, but I don't really "
        "know how to change it. Maybe prepare two questions before every meeting? Or a short "
        "training? Need to think about it.",
        "I will prepare two questions before every meeting",
        "Another option: a short training.",
    ),
    (
        "en",
        "My mentor thinks I am not visible enough to the site managers. I see that, but I don't "
        "really know how. Maybe call each site manager once a month? Or a monthly update email? "
        "Still have to think it over.",
        "I will call each site manager once a month",
        "Another option: a monthly update email.",
    ),
]

#: A far aim hedged with a vague or ranged time, then the first step: the step by [date],
#: the far aim its purpose, the far time gone.
FIRST_STEPS = [
    (
        "en",
        "I would like to become a senior buyer one day, maybe in a few years? For now I want to "
        "learn the contract templates by heart.",
        "By [date], I will learn the contract templates by heart, so that I can become a senior "
        "buyer.",
    ),
    (
        "en",
        "I want to move into project management eventually, maybe in two or three years. To "
        "start with, I want to run the weekly planning meeting myself.",
        "I will run the weekly planning meeting myself",
    ),
    (
        "en",
        "I'd like to move into a planning role eventually, maybe in a few years? For now I want "
        "to build the weekly crew schedule myself.",
        "By [date], I will build the weekly crew schedule myself, so that I can move into a "
        "planning role.",
    ),
    (
        "nl",
        "Ik wil later graag projectleider worden, misschien over 3 tot 5 jaar. Om te beginnen "
        "wil ik de offertes zelf leren opstellen.",
        "Vóór [datum] ga ik de offertes zelf leren opstellen, zodat ik later projectleider kan "
        "worden.",
    ),
    (
        "nl",
        "Ik wil ooit misschien mijn eigen zaak beginnen? Voor nu wil ik de inkoop van de winkel "
        "zelf leren doen.",
        "ga ik de inkoop van de winkel zelf leren doen",
    ),
    (
        "nl",
        "Ik wil over een paar jaar misschien doorgroeien naar planner? Voorlopig wil ik de "
        "weekplanning van de ploeg zelf maken.",
        "ga ik de weekplanning van de ploeg zelf maken",
    ),
]

#: A time hedged after the comma that ends the wished step: the step committed at it.
TAIL_TIMES = [
    (
        "en",
        "I'd like to take the forklift refresher course, maybe in March?",
        "In March, I will take the forklift refresher course.",
    ),
    (
        "en",
        "I want to complete the first aid certificate, perhaps next spring.",
        "Next spring, I will complete the first aid certificate.",
    ),
    (
        "en",
        "Would like to spend two days with the returns team, maybe Q3 2027?",
        "In Q3 2027, I will spend two days with the returns team.",
    ),
    (
        "nl",
        "Ik zou graag twee dagen meedraaien met het retourteam, misschien in Q3 2027.",
        "In Q3 2027 ga ik twee dagen meedraaien met het retourteam.",
    ),
    (
        "nl",
        "Wil het EHBO-diploma halen, misschien volgend voorjaar?",
        "Volgend voorjaar ga ik het EHBO-diploma halen.",
    ),
    (
        "nl",
        "Schuine daken leren. Ik wil een paar maanden meedraaien met de dakploeg, misschien in "
        "het voorjaar.",
        "In het voorjaar ga ik een paar maanden meedraaien met de dakploeg",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "committed"), ASKED_MEANS + ASKED_ROUTES + HEDGED_ACTS)
def test_an_asked_means_is_committed_with_the_aim_as_its_purpose(
    checker: Checker, lang: str, goal: str, committed: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert committed in rewrite
    assert "?" not in rewrite


@pytest.mark.parametrize(("lang", "goal", "committed", "option"), AFTER_OBSERVATIONS)
def test_a_means_asked_after_an_observation_keeps_the_option_and_drops_the_doubt(
    checker: Checker, lang: str, goal: str, committed: str, option: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert committed in rewrite
    assert rewrite.endswith(option)
    assert not any(doubt in rewrite for doubt in ("nadenken", "think about", "think it over"))


@pytest.mark.parametrize(("lang", "goal", "committed"), FIRST_STEPS + TAIL_TIMES)
def test_a_hedged_time_becomes_the_deadline_or_a_first_step(
    checker: Checker, lang: str, goal: str, committed: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert committed in rewrite
    assert "?" not in rewrite
    assert not any(far in rewrite for far in ("3 tot 5", "few years", "two or three", "ooit"))


def test_going_along_with_a_colleague_is_a_verb_and_a_stranded_particle_is_not(
    checker: Checker,
) -> None:
    goal = "Misschien kan ik met Sanne mee naar een klant."
    along = "Vóór [datum] ga ik met Sanne mee naar een klant."
    assert "lost_verb" not in seam_kinds(checker, "nl", goal, along)
    rule = "Stofmasker ALTIJD op bij het schuren, ook bij korte klussen!"  # test_absolutes17
    worn = (
        "Vóór [datum] ga ik stofmasker in minstens [aantal] van de 10 gevallen op bij het schuren."
    )
    assert "lost_verb" in seam_kinds(checker, "nl", rule, worn)
