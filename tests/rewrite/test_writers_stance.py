"""The writer's stance, problem and doubt beside the goal: kept as written, never the goal.

Writers tell more than the goal: what they think of the wish someone else has for them
("Ik vind het zelf ook wel handig maar ..."), the problem they start from ("..., my
handwriting is often hard to read"), and their doubt about the aim ("Ik twijfel of ik
dat nu wil."). The rewrite commits to the goal (someone else's wish made the writer's own,
with its credit) and keeps the rest verbatim after it: an opinion never becomes the goal,
a problem is no target to bound, and a doubt is never committed to.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

#: Someone else's wish, then the writer's opinion of it: the wish is the goal, with its
#: credit, and the opinion follows as the writer wrote it (stance.py).
OPINIONS = [
    (
        "nl",
        "Mijn teamleider wil dat ik dit najaar mijn BHV-diploma haal. Ik vind het zelf ook wel "
        "handig maar het moet wel onder werktijd.",
        "Ik ga dit najaar mijn BHV-diploma halen, zoals mijn teamleider wil.",
        "Ik vind het zelf ook wel handig maar het moet wel onder werktijd.",
    ),
    (
        "nl",
        "Mijn leidinggevende wil dat ik de kassa-afsluiting ga doen. Ik vind dat eerlijk gezegd "
        "niet zo leuk.",
        "ga ik de kassa-afsluiting doen",
        "Ik vind dat eerlijk gezegd niet zo leuk.",
    ),
    (
        "nl",
        "De chef wil dat ik het HACCP-logboek elke dag bijhoud. Ik vind het wel een gedoe.",
        "ga ik het HACCP-logboek elke dag bijhouden",
        "Ik vind het wel een gedoe.",
    ),
    (
        "nl",
        "Mijn teamleider vindt dat ik rustiger moet praten met de bewoners, ik ben soms te snel "
        "als het druk is. Eerlijk gezegd vind ik dat ik gewoon mijn best doe.",
        "ga ik rustiger praten met de bewoners",
        "Ik ben soms te snel als het druk is. Eerlijk gezegd vind ik dat ik gewoon mijn best doe.",
    ),
    (
        "en",
        "My supervisor wants me to get my forklift licence this year. I find it useful myself, "
        "but it has to be during work hours.",
        "I will get my forklift licence this year, as my supervisor wants.",
        "I find it useful myself, but it has to be during work hours.",
    ),
    (
        "en",
        "My manager wants me to take over the stock counts. I find that quite boring to be honest.",
        "I will take over the stock counts",
        "I find that quite boring to be honest.",
    ),
    (
        "en",
        "The head chef wants me to train the new kitchen porters. I find that a lot on top of "
        "my own work.",
        "I will train the new kitchen porters",
        "I find that a lot on top of my own work.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "committed", "opinion"), OPINIONS)
def test_an_opinion_of_the_wish_stays_a_remark(
    checker: Checker, lang: str, goal: str, committed: str, opinion: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert committed in rewrite
    assert rewrite.endswith(f" {opinion}")  # as written, after the goal: never committed to


#: Someone else's wish for two acts with a reason: each act with the credit, the credit
#: before the reason ('because ..., as X wants' would tell the wish as the reason: A).
CREDITED = [
    (
        "nl",
        "Mijn leidinggevende wil dat ik klanten terugbel en de vertraging uitleg, omdat er "
        "klachten waren.",
        "zoals mijn leidinggevende wil, omdat er klachten waren.",
    ),
    (
        "nl",
        "Mijn chef wil dat ik de koelcellen controleer en de temperatuur noteer, omdat de "
        "inspectie komt.",
        "zoals mijn chef wil, omdat de inspectie komt.",
    ),
    (
        "en",
        "My manager wants me to call customers back and explain the delays, because there were "
        "complaints.",
        "as my manager wants, because there were complaints.",
    ),
    (
        "en",
        "The warehouse manager wants me to check the pallets and report damage, because the "
        "audit is coming.",
        "as the warehouse manager wants, because the audit is coming.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "ending"), CREDITED)
def test_the_credit_goes_before_the_reason(
    checker: Checker, lang: str, goal: str, ending: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(ending)
    credit = ending.split(",")[0]
    assert all(credit in line for line in rewrite.split("\n"))  # each goal is the wish's


#: The writer's own shortcoming after a comma, told of something of theirs ('my Dutch',
#: 'mijn planning'): the situation, kept as a sentence after the rewritten goal.
PROBLEMS = [
    (
        "nl",
        "Ik wil duidelijker rapporteren aan de nachtdienst, mijn overdracht is vaak te kort.",
        "Mijn overdracht is vaak te kort.",
    ),
    (
        "nl",
        "Ik wil meer rust houden tijdens de ochtendspits, mijn planning loopt vaak uit.",
        "Mijn planning loopt vaak uit.",
    ),
    (
        "nl",
        "Ik wil netter werken in de werkplaats, mijn gereedschap ligt vaak overal.",
        "Mijn gereedschap ligt vaak overal.",
    ),
    (
        "en",
        "I want to write clearer handover notes, my handwriting is often hard to read.",
        "My handwriting is often hard to read.",
    ),
    (
        "en",
        "I'd like to answer customer emails faster, my inbox is currently a mess.",
        "My inbox is currently a mess.",
    ),
    (
        "en",
        "I want to give clearer instructions to the temps, my Dutch is not so good yet.",
        "My Dutch is not so good yet.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "problem"), PROBLEMS)
def test_the_writers_problem_after_a_comma_stays_as_written(
    checker: Checker, lang: str, goal: str, problem: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(f". {problem}")


#: A wished direction of a verb with its preposition ('Ik wil beter omgaan met X'): without
#: the wish, the purpose frame keeps verb and preposition ('om beter om te gaan met X'),
#: where the main frame stranded the preposition; a problem after it stays as written.
DIRECTIONS = [
    (
        "Ik wil beter omgaan met agressieve bezoekers. Soms word ik uitgescholden en dat wil ik "
        "niet meer.",
        "om beter om te gaan met agressieve bezoekers. Soms word ik uitgescholden en dat wil "
        "ik niet meer.",
    ),
    (
        "Ik wil beter omgaan met klachten van ouders.",
        "om beter om te gaan met klachten van ouders.",
    ),
    (
        "Ik wil graag beter omgaan met stress tijdens de avonddienst.",
        "om beter om te gaan met stress tijdens de avonddienst.",
    ),
]


@pytest.mark.parametrize(("goal", "ending"), DIRECTIONS)
def test_a_wished_direction_keeps_its_preposition(checker: Checker, goal: str, ending: str) -> None:
    assert well_rewritten(checker, goal, "nl").endswith(ending)


#: An aim, then what it takes (a question, what someone else says) and the writer's doubt:
#: the aim is the goal, the rest stays as written (doubts.py); the doubted step is never
#: committed to.
DOUBTS = [
    (
        "nl",
        "Ik wil doorgroeien naar ploegleider. Mijn chef zegt dat ik eerst de VCA-VOL moet "
        "halen. Ik twijfel of ik dat nu wil.",
        "Mijn chef zegt dat ik eerst de VCA-VOL moet halen. Ik twijfel of ik dat nu wil.",
    ),
    (
        "nl",
        "Ik wil de opleiding tot praktijkopleider volgen. Ik vraag me af of dat te combineren "
        "is met mijn diensten.",
        "Ik vraag me af of dat te combineren is met mijn diensten.",
    ),
    (
        "nl",
        "Ik wil mentor worden voor nieuwe collega's. Wat moet ik daarvoor doen? Ik weet niet of "
        "ik daar tijd voor heb.",
        "Wat moet ik daarvoor doen? Ik weet niet of ik daar tijd voor heb.",
    ),
    (
        "en",
        "I want to move into planning. My manager says I need the MRP course first. I'm not "
        "sure if I want that next to my family.",
        "My manager says I need the MRP course first. I'm not sure if I want that next to my "
        "family.",
    ),
    (
        "en",
        "I'd like to become a team coordinator. My manager says I need the leadership course "
        "first. I'm not sure if that's for me.",
        "My manager says I need the leadership course first. I'm not sure if that's for me.",
    ),
    (
        "en",
        "I want to start the HACCP course. I doubt it fits next to my evening shifts.",
        "I doubt it fits next to my evening shifts.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "kept"), DOUBTS)
def test_a_doubt_about_the_aim_is_kept_not_committed(
    checker: Checker, lang: str, goal: str, kept: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(f". {kept}")
    assert "\n" not in rewrite  # one goal: the aim
