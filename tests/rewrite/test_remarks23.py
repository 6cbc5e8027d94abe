"""Someone else's wish or view with the writer's remark on it, means still to be settled, and
plain attempts: the goal the writer owns, the remark kept or turned into what it says.

- Another person's wish told with a separable verb ('... wil dat ik de ochtendstart
  voorzit') is committed with the verb whole ('ga ik de ochtendstart voorzitten').
- Another person's view as the only reason of the writer's step ('X volgen omdat mijn
  coach vindt dat ik Y moet') becomes the step's purpose with its credit (JUDGING A).
- The writer's condition for another person's wish ('Leuk, maar ik heb dan wel uren
  nodig.') stays after the rewrite as a sentence of its own, without the concession.
- Whom the writer still has to discuss the goal with ('Moet ik nog met Petra bespreken.',
  'Need to discuss with Sanjay.') is who agrees: the agreement names them.
- A question before the goal ('Hoe ga ik om met ...? Training ... volgen') stays before it.
- A means asked with a wish ('Graag een cursus ...?', 'Preferably a course ...?') or a step
  suggested ('maybe take an online course?') is the writer's committed step.
- A clause of how long the writer has been in a state, packed after the goal ('..., ik sta
  al 6 jaar in de werkplaats'), stays after the rewrite as written, never dated.
- The writer's lack of time after a contrast ('maar heb eigenlijk geen tijd') is a
  reservation, told after the commitment as a sentence of its own.
- A plain attempt with a separable verb ('Ik ga proberen om ... toe te passen') commits
  with the verb joined ('ga ik ... toepassen').
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

#: Another person's wish for the writer's act, its separable verb at the clause's end.
SEPARABLE = [
    (
        "nl",
        "Mijn chef wil dat ik de ochtendstart van de inpakafdeling voorzit.",
        "Vóór [datum] ga ik de ochtendstart van de inpakafdeling voorzitten, zoals mijn chef wil.",
    ),
    (
        "nl",
        "Mijn praktijkopleider wil dat ik het bestelsysteem voor de keuken bijhoud.",
        "Vóór [datum] ga ik het bestelsysteem voor de keuken bijhouden, met als bewijs [hoe "
        "gemeten], zoals mijn praktijkopleider wil.",
    ),
]

#: The writer's step with someone else's view or wish as its only reason.
VIEWED_REASONS = [
    (
        "nl",
        "De training gesprekstechniek doen, want mijn coach vindt dat ik lastige gesprekken "
        "beter moet voeren.",
        "Vóór [datum] ga ik de training gesprekstechniek doen, zodat ik lastige gesprekken "
        "beter kan voeren, zoals mijn coach adviseert.",
    ),
    (
        "nl",
        "Het VCA-examen halen omdat mijn uitvoerder wil dat ik zelfstandig op de steiger kan "
        "werken.",
        "Vóór [datum] ga ik het VCA-examen halen, zodat ik zelfstandig op de steiger kan "
        "werken, zoals mijn uitvoerder wil.",
    ),
    (
        "en",
        "Do the barista course because my manager thinks I should train the new starters.",
        "By [date], I will do the barista course, so that I can train the new starters, as my "
        "manager advises.",
    ),
    (
        "en",
        "Join the audit team because my supervisor wants me to learn more about food safety.",
        "By [date], I will join the audit team, with [how measured] as evidence, so that I can "
        "learn more about food safety, as my supervisor wants.",
    ),
]

#: Someone else's wish, then what the writer needs to do it.
CONDITIONS = [
    (
        "nl",
        "Mijn leidinggevende wil dat ik de nieuwe kassamedewerkers ga inwerken. Leuk, maar ik "
        "heb daar wel tijd voor nodig.",
        "Vóór [datum] ga ik de nieuwe kassamedewerkers inwerken, met als bewijs [hoe gemeten], "
        "zoals mijn leidinggevende wil. Ik heb daar wel tijd voor nodig.",
    ),
    (
        "nl",
        "Mijn teamleider wil dat ik de roosters voor de zomer ga maken. Prima, maar dan heb ik "
        "wel een middag per week nodig.",
        "Ik ga de roosters voor de zomer maken, met als bewijs [hoe gemeten], zoals mijn "
        "teamleider wil. Dan heb ik wel een middag per week nodig.",
    ),
    (
        "en",
        "My line manager wants me to run the weekly safety briefing. Happy to, but I would "
        "need cover for my shifts.",
        "By [date], I will run the weekly safety briefing, with [how measured] as evidence, as "
        "my line manager wants. I would need cover for my shifts.",
    ),
    (
        "en",
        "My team lead wants me to take over the supplier orders. Fine, but I will need access "
        "to the ordering system.",
        "By [date], I will take over the supplier orders, with [how measured] as evidence, as "
        "my team lead wants. I will need access to the ordering system.",
    ),
]

#: A goal with whom the writer still has to discuss it.
TO_DISCUSS = [
    (
        "nl",
        "Ik wil de voorraadtellingen van het magazijn zelf gaan doen. Moet ik nog met Petra "
        "bespreken.",
        "Vóór [datum] ga ik de voorraadtellingen van het magazijn zelf doen, met als bewijs "
        "[hoe gemeten], in overleg met Petra.",
    ),
    (
        "nl",
        "Ik wil de inwerkmap voor nieuwe verpleegkundigen actualiseren, moet ik nog overleggen "
        "met mijn teamleider.",
        "Vóór [datum] ga ik de inwerkmap voor nieuwe verpleegkundigen actualiseren, met als "
        "bewijs [hoe gemeten], in overleg met mijn teamleider.",
    ),
    (
        "en",
        "I want to take over the Friday stock count. Need to discuss with Sanjay.",
        "By [date], I will take over the Friday stock count, with [how measured] as evidence, "
        "agreed with Sanjay.",
    ),
    (
        "en",
        "I'd like to plan the delivery routes myself. Will check with my shift lead first.",
        "By [date], I will plan the delivery routes myself, with [how measured] as evidence, "
        "agreed with my shift lead.",
    ),
]

#: The writer's question, then the goal.
ASKED_FIRST = [
    (
        "nl",
        "Hoe ga ik om met ouders die boos worden? Training lastige gesprekken volgen",
        "Hoe ga ik om met ouders die boos worden? Vóór [datum] ga ik training lastige "
        "gesprekken volgen.",
    ),
    (
        "en",
        "How do I handle customers who shout at the desk? Take the conflict handling course",
        "How do I handle customers who shout at the desk? By [date], I will take the conflict "
        "handling course.",
    ),
]

#: A means asked with a wish, or a step suggested, after the aim.
ASKED_MEANS = [
    (
        "nl",
        "Ik wil sneller werkbonnen afronden. Graag een cursus planningssoftware?",
        "Vóór [datum] ga ik een cursus planningssoftware volgen, zodat ik sneller werkbonnen "
        "kan afronden.",
    ),
    (
        "en",
        "I want to be quicker at the monthly stock report. Preferably a course in pivot tables?",
        "By [date], I will take a course in pivot tables, so that I can be quicker at the "
        "monthly stock report.",
    ),
    (
        "en",
        "Improve my Excel skills - maybe take an online course?",
        "By [date], I will take an online course, with [how measured] as evidence, in order to "
        "improve my Excel skills.",
    ),
]

#: A clause of how long the writer has been in a state, packed after the goal: kept, undated.
SO_FAR = [
    (
        "nl",
        "Ik wil vaker meedraaien met de werkvoorbereiding, ik sta al 6 jaar in de werkplaats.",
        "Vóór [datum] ga ik vaker meedraaien met de werkvoorbereiding, van [huidig aantal] "
        "naar [streefaantal], met als bewijs [hoe gemeten]. Ik sta al 6 jaar in de werkplaats.",
    ),
    (
        "nl",
        "Ik wil meer achter de schermen meewerken aan de inkoop, ik sta al 10 jaar achter de "
        "kassa.",
        "Vóór [datum] ga ik meer achter de schermen meewerken aan de inkoop, van [huidig "
        "aantal] naar [streefaantal], met als bewijs [hoe gemeten]. Ik sta al 10 jaar achter "
        "de kassa.",
    ),
]

#: The writer's lack of time after a contrast: a reservation told after the commitment.
LACKING_TIME = [
    (
        "nl",
        "Ik wil uitzoeken hoe dat komt maar heb eigenlijk geen tijd in de ploeg.",
        "Vóór [datum] ga ik uitzoeken hoe dat komt, met als bewijs [hoe gemeten]. Ik heb "
        "eigenlijk geen tijd in de ploeg.",
    ),
    (
        "en",
        "I want to learn to program the new CNC machine but I don't really have time on shift.",
        "By [date], I will learn to program the new CNC machine, with [how measured] as "
        "evidence. I don't really have time on shift.",
    ),
]

#: A plain attempt whose separable verb is split by 'te'.
ATTEMPTS = [
    (
        "nl",
        "Ik ga proberen om de nieuwe hygiënecode vaker toe te passen.",
        "Vóór [datum] ga ik de nieuwe hygiënecode vaker toepassen, van [huidig aantal] naar "
        "[streefaantal], met als bewijs [hoe gemeten], in overleg met [wie ondersteunt je].",
    ),
    (
        "nl",
        "Ik probeer om mijn werkplek elke vrijdag op te ruimen.",
        "Tot [datum] ga ik mijn werkplek elke vrijdag opruimen, met als bewijs [hoe gemeten], "
        "in overleg met [wie ondersteunt je].",
    ),
]


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        *SEPARABLE,
        *VIEWED_REASONS,
        *CONDITIONS,
        *TO_DISCUSS,
        *ASKED_FIRST,
        *ASKED_MEANS,
        *SO_FAR,
        *LACKING_TIME,
        *ATTEMPTS,
    ],
)
def test_the_goal_is_the_writers_own_and_the_remark_says_what_it_says(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(checker, goal, lang) == expected


def test_a_next_sentence_is_never_read_into_the_others_clause(checker: Checker) -> None:
    """'..., dat ik X moet doen. Ik doe dat nu ...': the writer's next sentence keeps its own
    verb; with no reading that keeps it, the structured fallback is shown, never 'Ik doen'."""
    goal = "Mijn coach vindt dat ik de intake zelf moet doen. Ik doe dat nu nog samen met Kim."
    report = checker.check(goal, lang="nl")
    assert report.rewrite is not None
    assert "Ik doen" not in report.rewrite
    assert "ga ik de intake zelf moet" not in report.rewrite


def test_a_question_before_the_goal_is_no_statement_of_it(checker: Checker) -> None:
    """'How do I deal with X? Take Y': the question's statement ('I want to deal with X')
    never swallows the goal after it."""
    report = checker.check("How do I deal with angry callers? Take the de-escalation course", "en")
    assert report.rewrite is not None
    assert "callers Take" not in report.rewrite
