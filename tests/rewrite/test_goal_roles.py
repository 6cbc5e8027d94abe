"""Which part of the text is the goal: the writer's flaw, other people's acts, a precondition
or a past problem, a remark and a purpose are never the goal a rewrite commits to.

- the writer's own flaw after the goal ("..., ik schiet dan vaak in de stress", "..., I
  sometimes snap at them") stays a remark after the rewritten goal (flaws.py); a candidate
  that commits to it is a seam (seams/flaws.py);
- a second verb that goes on with a clause about others ("klanten die ... en dan gaan
  klagen", "drivers when they arrive late and skip ...") is theirs: no split
  (others_clause.py);
- a sentence that tells a precondition ("Ik moet wel eerst ...", "First I need to ...") or a
  past problem ("Vorig kwartaal heb ik ...", "Last month I ...") is context (told_context.py);
- a remark that points back at the goal ("..., daar weet ik nog weinig van") takes no
  deadline: it stays a remark, and a deadline inside it is a seam;
- someone's wish for the writer's act with its purpose ("X wants me to learn Y, so I can Z"):
  the act stays the learning, the purpose its purpose (joined_purpose.py, voices/clause.py).
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_tags, well_rewritten

FLAWS = [
    (
        "nl",
        "Rustiger blijven tijdens drukke diensten in de keuken, ik schiet dan vaak in de stress "
        "en dat merken de anderen.",
        "Ik schiet dan vaak in de stress en dat merken de anderen.",
    ),
    (
        "nl",
        "Beter leren nee zeggen tegen extra klussen, ik zeg altijd meteen ja en dan loopt mijn "
        "planning uit.",
        "Ik zeg altijd meteen ja en dan loopt mijn planning uit.",
    ),
    (
        "nl",
        "Duidelijker terugkoppelen aan ouders na een incident, ik vergeet dat soms helemaal.",
        "Ik vergeet dat soms helemaal.",
    ),
    (
        "en",
        "Be more patient with slow learners in my spin classes, I sometimes snap at them.",
        "I sometimes snap at them.",
    ),
    (
        "en",
        "Speak up more in the team meetings, I usually stay quiet until the very end.",
        "I usually stay quiet until the very end.",
    ),
    (
        "en",
        "Get quicker at closing the till, I often recount the float twice.",
        "I often recount the float twice.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "flaw"), FLAWS)
def test_the_writers_flaw_stays_a_remark(checker: Checker, lang: str, goal: str, flaw: str) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(f". {flaw}")
    assert "\n" not in rewrite


FLAW_COMMITTED = [
    (
        "nl",
        "Zekerder worden bij boze bewoners, ik klap dan soms een beetje dicht.",
        "Vóór [datum] klap ik dan soms een beetje dicht, met als bewijs [hoe gemeten].",
    ),
    (
        "en",
        "Get better at pricing my garden designs, I always go way too low.",
        "By [date], I will go way too low in at least [number] out of 10 cases.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "candidate"), FLAW_COMMITTED)
def test_a_rewrite_that_commits_to_the_flaw_is_a_seam(
    checker: Checker, lang: str, goal: str, candidate: str
) -> None:
    assert "flaw" in seam_tags(checker, lang, goal, candidate)


OTHERS = [
    (
        "nl",
        "Beter omgaan met passagiers die hun bagage te laat inleveren en dan gaan klagen.",
        "die hun bagage te laat inleveren en dan gaan klagen",
    ),
    (
        "nl",
        "Rustig blijven bij ouders die tijdens de wedstrijd langs de lijn staan en de hele tijd "
        "commentaar geven.",
        "langs de lijn staan en de hele tijd commentaar geven",
    ),
    (
        "nl",
        "Geduldiger blijven bij cursisten die te laat binnenkomen en dan alles opnieuw willen "
        "horen.",
        "die te laat binnenkomen en dan alles opnieuw willen horen",
    ),
    (
        "en",
        "Get better at handling drivers when they arrive late and skip the safety briefing.",
        "when they arrive late and skip the safety briefing",
    ),
    (
        "en",
        "Be more confident with vendors who push their own brand and ignore our budget.",
        "who push their own brand and ignore our budget",
    ),
    (
        "en",
        "Stay calm with tenants who call late at night and demand an emergency repair.",
        "who call late at night and demand an emergency repair",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "clause"), OTHERS)
def test_other_peoples_acts_are_no_goal_of_their_own(
    checker: Checker, lang: str, goal: str, clause: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert not report.split
    assert report.rewrite is not None
    assert clause in report.rewrite  # their acts stay in their clause, as written


CONTEXT = [
    (
        "nl",
        "Ik wil mijn rijbewijs voor de bakwagen halen. Ik moet wel eerst met de planning "
        "afstemmen wanneer ik lessen kan volgen.",
        "Ik moet wel eerst met de planning afstemmen wanneer ik lessen kan volgen.",
    ),
    (
        "nl",
        "Ik wil de cursus EHBO voor kinderen doen. Eerst moet ik bij mijn leidinggevende "
        "navragen of de school het betaalt.",
        "Eerst moet ik bij mijn leidinggevende navragen of de school het betaalt.",
    ),
    (
        "nl",
        "Ik wil mijn administratie elke week bijwerken. Vorig kwartaal heb ik twee keer een "
        "factuur te laat verstuurd.",
        "Vorig kwartaal heb ik twee keer een factuur te laat verstuurd.",
    ),
    (
        "en",
        "I want to become a certified forklift trainer. First I need to check with HR whether "
        "the budget allows it.",
        "First I need to check with HR whether the budget allows it.",
    ),
    (
        "en",
        "I want to get my HGV licence. I need to agree the lesson days with the planner first.",
        "I need to agree the lesson days with the planner first.",
    ),
    (
        "en",
        "I want to keep my timesheets up to date. Last month I forgot them three times and "
        "payroll was late.",
        "Last month I forgot them three times and payroll was late.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "context"), CONTEXT)
def test_a_precondition_or_past_problem_is_context(
    checker: Checker, lang: str, goal: str, context: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(f" {context}")
    assert "\n" not in rewrite


POINTED = [
    (
        "nl",
        "- vaker meedraaien met de nachtploeg op de vriesafdeling, daar weet ik nog weinig van",
        "Daar weet ik nog weinig van.",
    ),
    (
        "nl",
        "Vaker meekijken bij de storingsdienst, daar heb ik nog weinig ervaring mee.",
        "Daar heb ik nog weinig ervaring mee.",
    ),
    (
        "nl",
        "Vaker aanschuiven bij het inkoopoverleg, daar snap ik nog weinig van.",
        "Daar snap ik nog weinig van.",
    ),
    (
        "en",
        "Shadow Priya on the big installs more often, that is where I still know too little.",
        "That is where I still know too little.",
    ),
    (
        "en",
        "Spend more time at the pharmacy counter, that is where I lack experience.",
        "That is where I lack experience.",
    ),
    (
        "en",
        "Sit in on the budget meetings, that is where I still feel lost.",
        "That is where I still feel lost.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "remark"), POINTED)
def test_a_remark_that_points_back_takes_no_deadline(
    checker: Checker, lang: str, goal: str, remark: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert rewrite.endswith(f". {remark}")


DEADLINE_IN_REMARK = [
    (
        "nl",
        "Vaker meekijken bij de storingsdienst, daar heb ik nog weinig ervaring mee.",
        "Vaker meekijken bij de storingsdienst, daar heb ik vóór [datum] nog weinig ervaring mee.",
    ),
    (
        "en",
        "Sit in on the budget meetings, that is where I still feel lost.",
        "Sit in on the budget meetings, that is where I still feel lost by [date].",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "candidate"), DEADLINE_IN_REMARK)
def test_a_deadline_inside_the_remark_is_a_seam(
    checker: Checker, lang: str, goal: str, candidate: str
) -> None:
    assert "remark-deadline" in seam_tags(checker, lang, goal, candidate)


PURPOSES = [
    (
        "en",
        "My team lead wants me to learn the booking software too, so I can cover the front "
        "desk on Saturdays.",
        "I will learn the booking software too",
        "so I can cover the front desk on Saturdays, as my team lead wants.",
    ),
    (
        "en",
        "My supervisor wants me to get my crane licence, so I can cover the night shifts.",
        "I will get my crane licence",
        "so I can cover the night shifts, as my supervisor wants.",
    ),
    (
        "en",
        "The owner wants me to learn bookkeeping basics, so that I can do the monthly VAT "
        "return myself.",
        "I will learn bookkeeping basics",
        "so that I can do the monthly VAT return myself, as the owner wants.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "act", "purpose"), PURPOSES)
def test_the_act_others_want_keeps_its_purpose(
    checker: Checker, lang: str, goal: str, act: str, purpose: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert act in rewrite
    assert rewrite.endswith(purpose)


TE_IN_RELATIVE = [
    (
        "Beter omgaan met klanten die thuis zijn en de hele tijd meekijken.",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om beter omgaan "
        "met klanten die thuis te zijn.",
        True,
    ),
    (
        "Beter omgaan met klanten die thuis zijn en de hele tijd meekijken.",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om beter om te "
        "gaan met klanten die thuis zijn.",
        False,
    ),
]


@pytest.mark.parametrize(("goal", "candidate", "broken"), TE_IN_RELATIVE)
def test_te_inside_a_relative_clause_about_others_is_a_seam(
    checker: Checker, goal: str, candidate: str, broken: bool
) -> None:
    assert ("te" in seam_tags(checker, "nl", goal, candidate)) is broken
