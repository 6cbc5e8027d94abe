"""A step asked or hedged as a question, a question the writer keeps, and a later aim the
writer hedges after a firm step (session 25, asked25).

- A step asked with the writer's modal and a hedge ('Could I maybe sit in on ...?', 'Zou
  ik misschien een dag mogen meelopen ...?') is committed as the writer's step, the aim
  its purpose; the hedge and a modal of permission ('mogen') go. Sitting in on others'
  work is a learning route.
- A step asked as whether it is possible ('Is het mogelijk om een keer mee te lopen ...?',
  'Would it be possible to shadow ...?') is committed in the same way.
- A last question that only asks whether the goal can be arranged ('Kan dat geregeld
  worden?', 'Would that be possible?') is its agreement: it goes, and the goal asks whom
  it is agreed with.
- A hedged trial of an activity told as a bare noun ('Maybe try woodcarving?') is taking
  it up; a past sentence after it stays as written.
- A later aim hedged after a firm step ('..., I might want to move into planning ...') is
  what the step finds out, never a hedge inside the commitment.
- The writer's own question after the goal stays after its rewrite, with its question mark.
- A person to learn from asked alone ('Coach?') is working with one, settled with the manager
  as any step asked (session 45).
- The writer's doubt after a comma, opened by their verb ('..., weet nog niet wat precies'),
  is kept as a sentence of its own, as written, or with the writer as its subject where the
  sentence as written shows a seam ('Ik weet nog niet precies wat.').
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, shown_rewrite, well_rewritten

#: A step asked with the writer's modal and a hedge, after the aim.
ASKED_STEPS = [
    (
        "nl",
        "Ik wil de kalibratie van de weegschalen zelf leren doen. Kan ik misschien een keer "
        "aanschuiven bij de kalibratiedag van de leverancier?",
        "Vóór [datum] ga ik een keer aanschuiven bij de kalibratiedag van de leverancier, "
        "zodat ik de kalibratie van de weegschalen zelf kan leren doen.",
    ),
    (
        "nl",
        "Ik wil beter begrijpen hoe de roosters worden gemaakt. Zou ik misschien een week "
        "mogen meekijken bij de planners?",
        "Vóór [datum] ga ik een week meekijken bij de planners, zodat ik beter kan begrijpen "
        "hoe de roosters worden gemaakt.",
    ),
    (
        "nl",
        "Ik wil meer weten over de kwaliteitseisen van onze klanten. Zou ik misschien een dag "
        "mogen meelopen met de kwaliteitsmanager?",
        "Vóór [datum] ga ik een dag meelopen met de kwaliteitsmanager, zodat ik meer over de "
        "kwaliteitseisen van onze klanten kan weten.",
    ),
    (
        "en",
        "I want to understand how the night audit works. Could I maybe sit in with the night "
        "manager for a few shifts?",
        "By [date], I will sit in with the night manager for a few shifts, with [how measured] "
        "as evidence, so that I can understand how the night audit works.",
    ),
    (
        "en",
        "The new volunteers keep asking me about the food safety rules and I often have to "
        "guess. I want to explain them properly. Can I perhaps sit in on the hygiene training "
        "in Zwolle?",
        "The new volunteers keep asking me about the food safety rules and I often have to "
        "guess. By [date], I will sit in on the hygiene training in Zwolle, so that I can "
        "explain them properly.",
    ),
]

#: A step asked as whether it is possible, after the aim.
POSSIBLE = [
    (
        "nl",
        "Ik wil de koelinstallatie beter snappen. Is het mogelijk om een keer mee te lopen "
        "met de koeltechnicus?",
        "Vóór [datum] ga ik een keer meelopen met de koeltechnicus, zodat ik de "
        "koelinstallatie beter kan snappen.",
    ),
    (
        "en",
        "I want to understand the cooling system better. Would it be possible to shadow the "
        "refrigeration engineer for a day?",
        "I will shadow the refrigeration engineer for a day, with [how measured] as evidence, so that I can understand the cooling system better.",
    ),
]

#: A last question that only asks whether the goal can be arranged.
ARRANGED = [
    (
        "nl",
        "Ik zou graag een dag meedraaien op de afdeling inkoop om te zien hoe de contracten "
        "tot stand komen. Kan dat geregeld worden?",
        "Vóór [datum] ga ik een dag meedraaien op de afdeling inkoop om te zien hoe de "
        "contracten tot stand komen, in overleg met [wie ondersteunt je].",
    ),
    (
        "nl",
        "Ik wil een week meelopen met de monteurs van de buitendienst. Is dat mogelijk?",
        "Vóór [datum] ga ik een week meelopen met de monteurs van de buitendienst, in overleg "
        "met [wie ondersteunt je].",
    ),
    (
        "en",
        "I'd like to spend a day with the claims team to see how a claim is assessed. Would "
        "that be possible?",
        "By [date], I will spend a day with the claims team to see how a claim is assessed, "
        "agreed with [who supports you].",
    ),
    (
        "en",
        "I want to join two site inspections with the safety officer. Can that be arranged?",
        "By [date], I will join two site inspections with the safety officer, agreed with "
        "[who supports you].",
    ),
]

#: A hedged trial of an activity, a hedged later aim, a person asked alone, a doubt.
HEDGED = [
    (
        "en",
        "Maybe try woodcarving?",
        "By [date], I will agree with my manager on whether I take up woodcarving.",  # floated by 'maybe': settled (floated_steps.py)
    ),
    (
        "nl",
        "Misschien kalligraferen proberen?",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik kalligraferen ga oppakken, met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "Een maand meedraaien met de werkvoorbereiding, misschien wil ik later die kant op als "
        "mijn knieën het niet meer houden.",
        "Vóór [datum] ga ik een maand meedraaien met de werkvoorbereiding, om te ontdekken of "
        "ik later die kant op wil, als mijn knieën het niet meer houden.",
    ),
    (
        "nl",
        "Ik wil een paar weken meelopen met de teamleider, misschien wil ik later zelf een "
        "team leiden.",
        "Vóór [datum] ga ik een paar weken meelopen met de teamleider, met als bewijs [hoe "
        "gemeten], om te ontdekken of ik later zelf een team wil leiden.",
    ),
    (
        "en",
        "Spend a month in the dispatch office to see how the routes are planned, I might want "
        "to move into planning when my back gives out.",
        "By [date], I will spend a month in the dispatch office to see how the routes are "
        "planned, to find out whether I want to move into planning when my back gives out.",
    ),
    ("en", "Coach?", "By [date], I will agree with my manager on whether I work with a coach."),
    (
        "nl",
        "Mentor?",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik met een mentor ga werken.",
    ),
    (
        "nl",
        "Misschien de heftruckcursus doen, en iets met de webshop, weet nog niet wat precies.",
        "Vóór [datum] ga ik de heftruckcursus doen, en iets met de webshop. Weet nog niet wat "
        "precies.",
    ),
    (
        "nl",
        "Misschien de BHV-cursus doen, en iets met de kassa, weet nog niet precies wat.",
        "Vóór [datum] ga ik de BHV-cursus doen, en iets met de kassa. Ik weet nog niet precies "
        "wat.",
    ),
    (
        "en",
        "Maybe do the forklift licence, and something with data analysis, don't know what "
        "exactly yet.",
        "By [date], I will do the forklift licence, and something with data analysis. I don't "
        "know what exactly yet.",
    ),
]

#: The writer's own question after the goal, kept with its question mark.
QUESTIONS = [
    (
        "en",
        "I want to learn to close the monthly accounts myself. Does anyone else in the office "
        "do this already?",
        "By [date], I will learn to close the monthly accounts myself, with [how measured] as "
        "evidence. Does anyone else in the office do this already?",
    ),
    (
        "nl",
        "Ik wil de voorraadtelling van de vriezers zelf leren doen. Doet iemand anders in het "
        "team dat al?",
        "Vóór [datum] ga ik de voorraadtelling van de vriezers zelf leren doen, met als bewijs "
        "[hoe gemeten]. Doet iemand anders in het team dat al?",
    ),
    (
        "nl",
        "Mijn teamleider wil dat ik de bestellingen van de koffiebar overneem. Is daar een "
        "training voor of leer ik het gewoon van Joost?",
        "Vóór [datum] ga ik de bestellingen van de koffiebar overnemen, met als bewijs [hoe "
        "gemeten], zoals mijn teamleider wil. Is daar een training voor of leer ik het gewoon "
        "van Joost?",
    ),
    (
        "en",
        "My team lead wants me to take over the cash-up on Sundays. Is there a training for "
        "that or do I just learn it from Tom?",
        "Until [date], I will take over the cash-up on Sundays, with [how measured] as "
        "evidence, as my team lead wants. Is there a training for that or do I just learn it "
        "from Tom?",
    ),
]


@pytest.mark.parametrize(
    ("lang", "goal", "expected"), ASKED_STEPS + POSSIBLE + ARRANGED + HEDGED + QUESTIONS
)
def test_the_asked_or_hedged_step_is_committed(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(checker, goal, lang) == expected


def test_a_past_sentence_after_a_trial_stays_as_written(checker: Checker) -> None:
    """The trial is taken up; what the writer stopped doing before stays its own sentence,
    never a clause of the goal ('after I stopped ...') and never committed again."""
    rewrite = shown_rewrite(
        checker, "Maybe try pottery again? I stopped when my daughter was born.", "en"
    )
    assert rewrite == (
        "By [date], I will take up pottery again, with [how measured] as evidence. "
        "I stopped when my daughter was born."
    )
    rewrite = shown_rewrite(
        checker, "Misschien weer eens boetseren proberen? Ik ben er in 2022 mee gestopt.", "nl"
    )
    assert rewrite.endswith(". Ik ben er in 2022 mee gestopt.")
    assert "oppakken" in rewrite and "proberen" not in rewrite


def test_a_thing_with_an_article_is_no_activity_taken_up(checker: Checker) -> None:
    """'try the new planning app': one thing to use, not an activity to take up."""
    report = checker.check("I'll maybe try the new planning app.", lang="en")
    assert "take up" not in (report.rewrite or "")


def test_to_before_a_contracted_negation_is_a_seam(checker: Checker) -> None:
    goal = "Get my forklift licence, don't know when yet."
    candidate = "By [date], I will [concrete behaviour], in order to don't know when yet."
    assert "lost_verb" in seam_kinds(checker, "en", goal, candidate)
