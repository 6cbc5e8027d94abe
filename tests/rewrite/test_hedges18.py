"""Hedges and doubts told as remarks, absolutes of a standard, verbless states (session 18).

A trial told without its subject ("Proberen om ...", "Try to ...") is committed; a clause
after the goal that tells how things are now ("..., nu laat ik dat altijd aan X over") stays
a remark, its "altijd" how it is; an absolute stressed ("every single time", "elke keer
weer") is bounded whole; a wish of a state without a verb ("More at ease with X", "Zekerder
bij Y") gets the wish of becoming; a hedged question of a thing ("Misschien een stage bij
X?") is the writer's wish; a sentence judging the goal ("Dat is best veel") stays a remark
and a promise to try after it goes with the hedge; a guessed means after a topic is its
help. A distributive determiner left without its noun is a seam.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

TRIALS = [
    ("nl", "Proberen om de bestellijst voor de bakkerij zelf op te stellen.", "opstellen"),
    ("nl", "Proberen vaker de telefoon op te nemen bij de receptie.", "opnemen"),
    ("nl", "Proberen de wekelijkse voorraadtelling in het magazijn zelf te doen.", "zelf doen"),
    ("en", "Try and run the Friday stand-up for the warehouse team.", "I will run the"),
    ("en", "Try to answer the customer emails within the same day.", "I will answer the"),
    ("en", "Try to lead the weekly safety walk on the shop floor.", "I will lead the"),
]


@pytest.mark.parametrize(("lang", "goal", "kept"), TRIALS)
def test_a_trial_without_its_subject_is_committed(
    checker: Checker, lang: str, goal: str, kept: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert kept in rewrite
    assert "proberen" not in rewrite.lower() and "try" not in rewrite.lower()


PRESENT = [
    (
        "nl",
        "Vaker zelf de klantgesprekken voeren bij de autoverhuur, nu doet mijn leidinggevende "
        "dat meestal.",
        "Nu doet mijn leidinggevende dat meestal.",
    ),
    (
        "nl",
        "De roosters van de bezorgers zelf maken, op dit moment regelt de planner dat altijd.",
        "Op dit moment regelt de planner dat altijd.",
    ),
    (
        "nl",
        "Zelf de storingen aan de koelinstallatie melden, momenteel laat ik dat altijd aan de "
        "chef over.",
        "Momenteel laat ik dat altijd aan de chef over.",
    ),
    (
        "en",
        "Take the supplier calls myself, now I always hand them to my manager.",
        "Now I always hand them to my manager.",
    ),
    (
        "en",
        "Lead the toolbox talks on site, at the moment the foreman always does them.",
        "At the moment the foreman always does them.",
    ),
    (
        "en",
        "Try and take the lead in the Monday briefing, at the moment my supervisor always does it.",
        "At the moment my supervisor always does it.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "remark"), PRESENT)
def test_the_situation_now_stays_a_remark_with_its_absolute(
    checker: Checker, lang: str, goal: str, remark: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(remark)
    assert "10" not in rewrite  # 'altijd' / 'always' there is how it is, not bounded


STRESSED_ABSOLUTES = [
    ("nl", "De kassa elke keer weer sluitend afsluiten."),
    ("nl", "Ik ruim elke keer weer de werkbank op na een reparatie."),
    ("nl", "Elke keer weer de temperatuur van de koelcel noteren bij het openen."),
    ("en", "Lock the medicine cabinet, every single time."),
    ("en", "I log every return in the system, every single time."),
    ("en", "Sign off each repair ticket before leaving, every single time."),
]


@pytest.mark.parametrize(("lang", "goal"), STRESSED_ABSOLUTES)
def test_a_stressed_absolute_is_bounded_whole(checker: Checker, lang: str, goal: str) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert ("van de 10 gevallen" if lang == "nl" else "out of 10 cases") in rewrite
    assert "keer weer" not in rewrite and "single time" not in rewrite


STATES = [
    ("nl", "Meer op mijn gemak tijdens de ochtendbriefing van de ploeg.", "word ik meer op"),
    (
        "nl",
        "Meer op mijn gemak bij klanten die klagen over de wachttijd.",
        "word ik meer op mijn gemak bij",
    ),
    ("en", "More at ease with guests who complain at the front desk.", "I will become more at"),
]


@pytest.mark.parametrize(("lang", "goal", "becoming"), STATES)
def test_a_verbless_state_gets_the_wish_of_becoming(
    checker: Checker, lang: str, goal: str, becoming: str
) -> None:
    assert becoming in well_rewritten(checker, goal, lang)


THINGS = [
    ("nl", "Misschien een stage van een paar weken bij de afdeling inkoop?", "een stage van"),
    ("nl", "Misschien een mentor van de afdeling verkoop?", "een mentor van"),
    ("en", "Maybe a secondment of a few weeks to the Leeds depot?", "a secondment of"),
    ("en", "Perhaps a mentor from the sales team?", "a mentor from"),
    ("en", "Perhaps a traineeship at the Rotterdam branch?", "a traineeship at"),
]


@pytest.mark.parametrize(("lang", "goal", "kept"), THINGS)
def test_a_hedged_question_of_a_thing_is_the_writers_wish(
    checker: Checker, lang: str, goal: str, kept: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert kept in rewrite and "?" not in rewrite
    assert not {"misschien", "maybe", "perhaps"} & set(rewrite.lower().split())


JUDGED = [
    (
        "nl",
        "Ik wil voor de zomer alle kassasystemen van de winkel kunnen bedienen. Dat is best "
        "veel, maar ik wil het proberen.",
        "Dat is best veel.",
    ),
    (
        "nl",
        "Ik wil dit jaar mijn rijbewijs C halen. Dat is best pittig naast mijn werk, maar ik "
        "ga het proberen.",
        "Dat is best pittig naast mijn werk.",
    ),
    (
        "nl",
        "Ik wil dit voorjaar mijn heftruckcertificaat halen. Dat is een flinke stap, maar ik "
        "ga het proberen.",
        "Dat is een flinke stap.",
    ),
    (
        "en",
        "I want to be able to run all the machines in the print shop by March. That's quite "
        "a lot but I want to give it a go.",
        "That's quite a lot but I want to give it a go.",
    ),
    (
        "en",
        "I want to pass my forklift licence this spring. That is a big step, but I will try.",
        "That is a big step.",
    ),
    (
        "en",
        "I want to handle all the returns myself by June. It is a lot, but I'd like to try.",
        "It is a lot.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "remark"), JUDGED)
def test_a_judgement_of_the_goal_stays_and_the_promise_to_try_goes(
    checker: Checker, lang: str, goal: str, remark: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(remark)
    assert "proberen" not in rewrite and "try" not in rewrite


GUESSED_MEANS = [
    ("en", "Product knowledge on espresso machines. Maybe the training day at the supplier?"),
    (
        "en",
        "Product knowledge on solar inverters. Perhaps the webinar series from the manufacturer?",
    ),
]


@pytest.mark.parametrize(("lang", "goal"), GUESSED_MEANS)
def test_a_guessed_means_after_a_topic_is_its_help(checker: Checker, lang: str, goal: str) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert (
        ", with the help of the " in rewrite and "aybe" not in rewrite and "erhaps" not in rewrite
    )


DISTRIBUTIVE = [
    (
        "nl",
        "Elke dag weer de koelcel controleren.",
        "Vóór [datum] ga ik elke de koelcel controleren.",
        "Vóór [datum] ga ik elke dag de koelcel controleren.",
    ),
    (
        "en",
        "Check the fridge every shift.",
        "By [date], I will check every the fridge.",
        "By [date], I will check the fridge every shift.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), DISTRIBUTIVE)
def test_a_distributive_without_its_noun_is_a_seam(
    checker: Checker, lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "dangling" in seam_kinds(checker, lang, goal, broken)
    assert "dangling" not in seam_kinds(checker, lang, goal, whole)
