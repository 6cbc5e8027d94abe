"""Goals asked or hedged, with what the writer tells after them (session 39), by category.

- a step asked, then what the writer gets from it in their own verb ('Kan ik X? Dan krijg
  ik meer ervaring met Y', 'Can I X? Then I get more experience with Y'): the gain is the
  step's purpose ('zodat ik meer ervaring met Y kan krijgen'; consequences.py
  ``gained_purpose``, the pack's ``rewrite.gaining_openers``); kept as a sentence it failed
  S (S004: a second goal) and M;
- a request asked as a question, then the current level told with a habit's recurring time
  ('Can I get a training on X? I only know Y and I call Z every time', 'telkens'): the
  habit tells how things go now, no second time of the step (asked_steps.py
  ``_habitual``, the pack's ``habit_markers``); it was the structured fallback;
- an imperative hedge, then the baseline and a target told as a duty of the goal's thing
  ('Try to shorten X. Now it takes forty minutes, Marco says it should be fifteen'): the
  duty whose subject only points back is the target told, a remark beside the goal, no
  second goal (sentence_goal.py ``_points_back``); it was the structured fallback;
- a difficulty the writer notices or tells, then a goal that only points back at it ('Ik
  merk dat ik het lastig vind om X. Hier wil ik in de intervisie mee aan de slag', 'I find
  it difficult to X. I want to work on that with my mentor'): the goal names the difficult
  thing, where it is worked on kept (difficulties.py, the pack's ``perception_openers``);
  the pointing sentence was kept and dated, and failed S;
- 'will cut down': a verb whose participle is its base form, tagged as a participle after
  'will', is the base form the modal takes (seams/tokens.py ``base_verb``).

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()

# -- a step asked, then what the writer gets from it in their own verb ----------------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "nl",
            "Mag ik de cursus koeltechniek volgen? Daarmee krijg ik meer zicht op de storingen "
            "in de vriescel",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de cursus koeltechniek ga volgen, zodat ik meer zicht op de storingen in de vriescel kan krijgen.",
        ),
        (  # a separable verb: its particle joins the infinitive
            "nl",
            "Kan ik een keer mee met de nachtploeg? Zo bouw ik ervaring op met de afvulmachine",
            "Vóór [datum] ga ik een keer mee met de nachtploeg, in overleg met mijn "
            "leidinggevende, zodat ik ervaring met de afvulmachine kan opbouwen.",
        ),
        (  # a question after the verb stays after it
            "nl",
            "Mag ik een maand meelopen met de calculator? Dan leer ik hoe een begroting wordt "
            "opgebouwd",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een maand met de calculator ga meelopen, zodat ik kan leren hoe een begroting wordt opgebouwd.",
        ),
        (
            "en",
            "Can I join the night shift for a month? Then I get more experience with the "
            "bottling line",
            "By [date], I will agree with my manager on whether I join the night shift for a month, so that I can get more experience with the bottling line.",
        ),
        (
            "en",
            "Could I sit in on the budget meetings? That way I learn how the forecasts are made",
            "By [date], I will agree with my manager on whether I sit in on the budget meetings, so that I can learn how the forecasts are made.",
        ),
    ],
)
def test_a_gain_told_in_the_writers_own_verb_is_the_steps_purpose(
    lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- a request asked, then the current level told with a habit's recurring time -------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Can I get a training on the new label printer? I only know how to change the roll "
            "and I call the supplier every time",
            "By [date], I will get a training on the new label printer, agreed with my manager. "
            "I only know how to change the roll and I call the supplier every time.",
        ),
        (
            "en",
            "Could I take the refresher course on the lathe? Right now I only do the simple "
            "jobs and I have to call the foreman every time",
            "By [date], I will take the refresher course on the lathe, agreed with my manager. "
            "Right now I only do the simple jobs and I have to call the foreman every time.",
        ),
        (
            "nl",
            "Mag ik de cursus hydrauliek volgen? Nu wissel ik alleen de filters en bel ik "
            "telkens de monteur",
            "Vóór [datum] ga ik de cursus hydrauliek volgen, in overleg met mijn leidinggevende. "
            "Nu wissel ik alleen de filters en bel ik telkens de monteur.",
        ),
        (
            "nl",
            "Kan ik een training krijgen in het nieuwe kassasysteem? Ik kan alleen bonnen "
            "scannen en roep telkens een collega",
            "Vóór [datum] ga ik een training krijgen in het nieuwe kassasysteem, in overleg met "
            "mijn leidinggevende. Ik kan alleen bonnen scannen en roep telkens een collega.",
        ),
    ],
)
def test_a_habit_told_after_the_asked_step_is_no_second_time(
    lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- an imperative hedge, then the baseline and a target told as the thing's duty -----------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Try to shorten the handover to the night crew. Now it takes forty minutes, Marco "
            "says it should be fifteen",
            "By [date], I will shorten the handover to the night crew, with [how measured] as "
            "evidence, agreed with [who supports you]. Now it takes forty minutes, Marco says it "
            "should be fifteen.",
        ),
        (
            "en",
            "Try to cut down the time I spend on the invoice checks. It takes me two mornings, "
            "it should be one",
            "By [date], I will cut down the time I spend on the invoice checks, with [how "
            "measured] as evidence, agreed with [who supports you]. It takes me two mornings, it "
            "should be one.",
        ),
        (
            "nl",
            "Ik ga proberen om de kasopmaak sneller te doen. Het kost me nu een uur, het moet "
            "een half uur zijn",
            "Vóór [datum] ga ik de kasopmaak sneller doen, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], in overleg met [wie ondersteunt je]. "
            "Het kost me nu een uur, het moet een half uur zijn.",
        ),
        (
            "nl",
            "Ik probeer de weekplanning sneller rond te krijgen. Nu kost het me een dag, het moet "
            "een ochtend zijn",
            "Vóór [datum] ga ik de weekplanning sneller rond krijgen, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten], in overleg met [wie ondersteunt je]. "
            "Nu kost het me een dag, het moet een ochtend zijn.",
        ),
    ],
)
def test_a_target_told_as_the_things_duty_is_a_remark(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


# -- a difficulty noticed or told, then a goal that only points back at it -----------------


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (  # the setting of the pointing goal is kept
            "nl",
            "Ik merk dat ik het lastig vind om grenzen te stellen bij ouders die boos worden. "
            "Hier wil ik in de intervisie mee aan de slag.",
            "Vóór [datum] ga ik in de intervisie leren, met als bewijs [hoe gemeten], om grenzen "
            "te stellen bij ouders die boos worden.",
        ),
        (
            "nl",
            "Ik merk dat ik het moeilijk vind om feedback te geven aan oudere collega's. Daar "
            "wil ik aan werken.",
            "Vóór [datum] ga ik leren om feedback te geven aan oudere collega's, met als bewijs "
            "[hoe gemeten], zodat ik [concreet gedrag] kan.",
        ),
        (
            "nl",
            "Ik merk dat ik moeite heb met het plannen van de bezorgroutes. Daar wil ik in de "
            "werkoverleggen aan werken.",
            "Vóór [datum] ga ik in de werkoverleggen [concreet gedrag] bij het plannen van de "
            "bezorgroutes.",
        ),
        (
            "en",
            "I notice that I find it hard to say no to the planners. I want to work on that in "
            "my coaching sessions.",
            "By [date], I will learn to say no to the planners in my coaching sessions.",
        ),
        (
            "en",
            "I find it difficult to give feedback to older colleagues. I want to work on that "
            "with my mentor.",
            "By [date], I will learn to give feedback to older colleagues with my mentor, with "
            "[how measured] as evidence.",
        ),
    ],
)
def test_a_goal_pointing_back_at_a_difficulty_names_it(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


def test_a_lack_noticed_stays_context_before_its_own_goal() -> None:
    """'Ik merk dat ik weinig weet van X' is a state told, and 'Daar wil ik me in verdiepen'
    has its own act: the context stays as written (test_context_sentences.py)."""
    rewrite = well_rewritten(
        CHECKER,
        "Ik merk dat ik weinig weet van de nieuwe kassa in de kantine. Daar wil ik me in "
        "verdiepen.",
        "nl",
    )
    assert rewrite.startswith("Ik merk dat ik weinig weet van de nieuwe kassa in de kantine.")


# -- 'will cut down': a participle tagged for the base form ----------------------------------


def test_will_cut_down_is_a_base_form() -> None:
    goal = "Try to cut down the time I spend on the weekly route planning."
    candidate = (
        "By [date], I will cut down the time I spend on the weekly route planning, agreed with "
        "[who supports you]."
    )
    assert "lost_verb" not in seam_kinds(CHECKER, "en", goal, candidate)
