"""A step asked of the one who decides, a time asked or hedged after the step, and the
writer's hedged offer asked after a need (session 26, asked26).

- A question that asks for a step by asking for means or a talk ('Is there budget for me
  to ...?', 'Can we discuss me taking on ...?', 'Kunnen we bespreken of ik ... kan
  nemen?'), with the writer's asking modal ('Could I ...?', 'Zou ik ... mogen volgen?') or
  as a possibility ('Would it be possible to ...?'), is the writer's step, agreed with the
  manager; a course or learning route asked as a thing is taken ('take a course in ...',
  'een training ... volgen').
- A later sentence that hedges or asks only a time ('Not urgent, maybe next year', 'Kan dat
  in maart?') gives the step its time; the remark before the hedge stays as a sentence.
- An aim told as a bare act, then its time asked ('Werkbegeleider worden voor de stagiairs.
  Kan dat volgend jaar?'), is the step at that time, agreed with the manager.
- A hedged time after a comma ('..., misschien volgend jaar') keeps its time after the
  step: a verb form that modifies a noun ('volgend jaar') is no loose act.
- A remark after it that ends on the writer's wish to try the step ('..., but I'd like to
  try it') keeps only what comes before: the committed step does the trying.
- A need told without the writer, then the writer's hedged offer asked ('Misschien kan ik
  dat doen?'), is the writer's own part, agreed with the manager.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, seam_kinds, well_rewritten

#: A step asked of the one who decides, as the goal itself.
ASKED = [
    (
        "en",
        "Is there budget for me to do the asbestos awareness refresher this year? It would help on the renovation jobs.",
        "I will do the asbestos awareness refresher this year, with [how measured] as evidence, agreed with my manager. It would help on the renovation jobs.",
    ),
    (
        "en",
        "Can we discuss me taking on the weekend rota?",
        "By [date], I will agree with my manager on whether I take on the weekend rota.",
    ),
    (
        "en",
        "Could I take on the supplier reviews?",
        "By [date], I will agree with my manager on whether I take on the supplier reviews.",
    ),
    (
        "en",
        "May I join the quarterly planning meetings? I'd learn a lot from them.",
        # what the writer would gain is the step's purpose (benefits.py, session 29)
        "By [date], I will join the quarterly planning meetings, with [how measured] as evidence, agreed with my manager, so that I can learn a lot from them.",
    ),
    (
        "nl",
        "Zou ik de cursus sportvoeding mogen volgen?",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de cursus sportvoeding ga volgen.",
    ),
    (
        "nl",
        "Kunnen we bespreken of ik volgend jaar de leiding over de inventarisatie kan nemen?",
        "Ik ga volgend jaar de leiding over de inventarisatie nemen, met als bewijs [hoe gemeten], in overleg met mijn leidinggevende.",
    ),
    (
        "nl",
        "Mag ik de nieuwsbrief van de afdeling overnemen? Kan dat geregeld worden?",
        "Vóór [datum] ga ik de nieuwsbrief van de afdeling overnemen, met als bewijs [hoe gemeten], in overleg met mijn leidinggevende.",
    ),
]

#: A step asked, then its time hedged or asked.
TIMED = [
    (
        "en",
        "Would it be possible to follow the wine pairing course? Not urgent, maybe next year",
        "Next year, I will follow the wine pairing course, agreed with my manager. Not urgent.",
    ),
    (
        "en",
        "Can we talk about me running the induction for new drivers? Not urgent, maybe after the summer.",
        "After the summer, I will run the induction for new drivers, with [how measured] as evidence, agreed with my manager. Not urgent.",
    ),
    (
        "en",
        "Is there room in the budget for a course in contract law? Maybe in the spring.",
        "In the spring, I will take a course in contract law, agreed with my manager.",
    ),
    (
        "nl",
        "Is er ruimte in het budget voor een training timemanagement? Misschien in het najaar.",
        "In het najaar ga ik een training timemanagement volgen, met als bewijs [hoe gemeten], in overleg met mijn leidinggevende.",
    ),
    (
        "nl",
        "Kunnen we het hebben over een meeloopdag bij de planning? Misschien in het voorjaar.",
        "In het voorjaar ga ik een meeloopdag bij de planning doen, met als bewijs [hoe gemeten], in overleg met mijn leidinggevende.",
    ),
    (
        "nl",
        "Zou ik misschien een week mogen meedraaien met de inkoop? Kan dat in maart?",
        "In maart ga ik een week meedraaien met de inkoop, in overleg met mijn leidinggevende.",
    ),
]

#: An aim told as a bare act, then its time asked or hedged.
AIMS_TIMED = [
    (
        "nl",
        "Werkbegeleider worden voor de stagiairs. Kan dat volgend jaar?",
        "Volgend jaar ga ik werkbegeleider worden voor de stagiairs, met als bewijs [hoe gemeten], in overleg met mijn leidinggevende.",
    ),
    (
        "nl",
        "De leiding nemen over de kerstmarkt. Misschien volgend jaar.",
        "Volgend jaar ga ik de leiding nemen over de kerstmarkt, met als bewijs [hoe gemeten].",
    ),
    (
        "en",
        "Lead the Friday toolbox talk. Maybe next year?",
        "Next year, I will lead the Friday toolbox talk, agreed with my manager.",
    ),
    (
        "en",
        "Take over the monthly stock count. Could that be in the spring?",
        "In the spring, I will take over the monthly stock count, with [how measured] as evidence, agreed with my manager.",
    ),
    (
        "nl",
        "Het VCA-diploma halen, misschien volgend jaar",
        "Ik ga het VCA-diploma halen, volgend jaar, in overleg met [wie ondersteunt je].",
    ),
    (
        "nl",
        "Mijn heftruckcertificaat halen, misschien komend voorjaar",
        "Ik ga mijn heftruckcertificaat halen, komend voorjaar, in overleg met [wie ondersteunt je].",
    ),
]

#: A remark after the step asked that ends on the writer's wish to try it.
TRIED = [
    (
        "nl",
        "Kunnen we het hebben over een meeloopdag bij de planning? Weet niet of het iets voor me is, maar ik wil het wel proberen.",
        "Vóór [datum] ga ik een meeloopdag bij de planning doen, met als bewijs [hoe gemeten], in overleg met mijn leidinggevende. Weet niet of het iets voor me is.",
    ),
    (
        "en",
        "Could I lead the Monday huddle? It is scary but I'd like to try it.",
        "By [date], I will lead the Monday huddle, with [how measured] as evidence, agreed with my manager. It is scary.",
    ),
]

#: A need without the writer, then the writer's hedged offer asked.
OFFERED = [
    (
        "en",
        "Someone needs to sort out the shared drive. Maybe I could take that on?",
        "By [date], I will sort out the shared drive, with [how measured] as evidence, agreed with my manager.",
    ),
    (
        "nl",
        "Er moet iemand de sleutelplanning bijhouden. Misschien kan ik dat doen?",
        "Vóór [datum] ga ik de sleutelplanning bijhouden, met als bewijs [hoe gemeten], in overleg met mijn leidinggevende.",
    ),
    (
        "nl",
        "De kassa-instructie moet opnieuw geschreven worden. Misschien kan ik dat oppakken?",
        "Vóór [datum] zorg ik ervoor dat de kassa-instructie opnieuw geschreven wordt, in overleg met mijn leidinggevende.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), ASKED + TIMED + AIMS_TIMED + TRIED + OFFERED)
def test_the_asked_step_is_committed_and_agreed(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(checker, goal, lang) == expected


def test_the_decider_named_in_the_step_is_not_named_twice(checker: Checker) -> None:
    """'... feedback from my manager': the agreement with the manager is not added again."""
    rewrite = rewrite_of(checker, "Could I get more feedback from my manager?", "en") or ""
    assert rewrite.count("my manager") == 1


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Kunnen we het hebben over mijn rol in het team?"),
        ("en", "Is there budget for new laptops?"),
        ("nl", "Kunnen we het hebben over een paar meeloopdagen bij de planning?"),
    ],
)
def test_a_thing_that_is_no_step_is_not_committed(checker: Checker, lang: str, goal: str) -> None:
    """A talk about a role, budget for things, a noun the tagger calls a verb: what the
    writer would do is not told, so no step is made up ('ga ik ... meeloopdagen')."""
    rewrite = rewrite_of(checker, goal, lang) or ""
    assert "leidinggevende" not in rewrite and "my manager" not in rewrite


def test_a_time_after_a_comma_is_no_loose_act(checker: Checker) -> None:
    """'volgend jaar' after the comma: the participle modifies the noun, no second act."""
    goal = "LOTUS-certificaat halen, misschien volgend jaar"
    candidate = (
        "Ik ga mijn LOTUS-certificaat halen, volgend jaar, in overleg met [wie ondersteunt je]."
    )
    assert "dangling" not in seam_kinds(checker, "nl", goal, candidate)
