"""Seams of one verb made to serve words that are no object of it (seams/shared_te.py,
seams/listed_act.py): a 'te'-verb after a conjunct with no verb ('om kennis van X en te
Y'), a contrast pair of amounts under one 'te'-verb ('om meer X, minder Y te Z') or a side
of it left without one, an act or a split noun phrase around the frame's 'te hebben', and
a thing coordinated with an act under the frame's commitment ('ga ik kennis van X en Y')
or no verb after it at all: Dutch only, as English frames have no clause-final 'te' verb
and no verb-second commitment. English: a means in -ing with a bare verb coordinated to it
('by checking X and review Y', seams/gerund_list.py).
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_tags

FRONT = "Vóór 1 juni 2027 ga ik [concreet gedrag], met als bewijs [hoe gemeten], "

BROKEN = [
    # a conjunct with no verb before 'en te'
    (
        "Kennis van roosterregels en plannen.",
        "om kennis van roosterregels en te plannen.",
        "te-conjunct",
    ),
    (
        "Inzicht in begrotingen en calculeren.",
        "om inzicht in begrotingen en te calculeren.",
        "te-conjunct",
    ),
    (
        "Kennis van wetgeving of adviseren.",
        "om kennis van wetgeving of te adviseren.",
        "te-conjunct",
    ),
    # a contrast pair of amounts under one 'te'-verb
    ("Meer overleg, minder mails sturen.", "om meer overleg, minder mails te sturen.", "te-pair"),
    (
        "Meer begeleiding, minder zelf uitzoeken.",
        "om meer begeleiding, minder zelf uit te zoeken.",
        "te-pair",
    ),
    (
        "Meer structuur, minder ad hoc schakelen.",
        "om meer structuur, minder ad hoc te schakelen.",
        "te-pair",
    ),
    # the side after the 'te'-verb left without its own 'te'
    (
        "Meer overleg, minder mails sturen.",
        "om meer overleg te hebben, minder mails sturen.",
        "te-side",
    ),
    (
        "Meer rust, minder lang doorwerken.",
        "om meer rust te hebben, minder lang doorwerken.",
        "te-side",
    ),
    (
        "Meer overzicht, vaker vergaderingen afzeggen.",
        "om meer overzicht te hebben, vaker vergaderingen afzeggen.",
        "te-side",
    ),
    # an act (an infinitive after its adverb) as the thing had
    ("Meer zelfstandig plannen.", "om meer zelfstandig plannen te hebben.", "te-had"),
    (
        "Vaker samen lunchen met het team.",
        "om vaker samen lunchen te hebben met het team.",
        "te-had",
    ),
    (
        "Meer rustig werken in de werkplaats.",
        "om meer rustig werken te hebben in de werkplaats.",
        "te-had",
    ),
    # the head noun of the thing had left after 'te hebben'
    (
        "Meer warm eten op de afdeling.",
        "om meer warm te hebben eten op de afdeling.",
        "te-had-after",
    ),
    ("Meer vers brood in de winkel.", "om meer vers te hebben brood in de winkel.", "te-had-after"),
    (
        "Meer groen beleid in de gemeente.",
        "om meer groen te hebben beleid in de gemeente.",
        "te-had-after",
    ),
]


@pytest.mark.parametrize(("goal", "purpose", "tag"), BROKEN)
def test_one_te_verb_that_cannot_serve_its_words_is_a_seam(
    checker: Checker, goal: str, purpose: str, tag: str
) -> None:
    assert tag in seam_tags(checker, "nl", goal, FRONT + purpose)


WHOLE = [
    ("Meer tijd en minder stress.", "om meer tijd en minder stress te hebben."),
    ("Beter plannen en delegeren.", "om beter te plannen en te delegeren."),
    ("Meer vrije dagen.", "om meer vrije dagen te hebben."),
    ("Minder herstelwerk, meer overzicht.", "om minder herstelwerk en meer overzicht te hebben."),
    ("Meer zelfstandig werken.", "om meer zelfstandig te werken."),
    ("Meer tijd voor de klant.", "om meer tijd te hebben voor de klant."),
]


@pytest.mark.parametrize(("goal", "purpose"), WHOLE)
def test_a_te_clause_that_serves_its_words_is_no_such_seam(
    checker: Checker, goal: str, purpose: str
) -> None:
    tags = seam_tags(checker, "nl", goal, FRONT + purpose)
    assert not tags & {"te-conjunct", "te-pair", "te-side", "te-had", "te-had-after"}


COMMITTED = [
    (
        "Kennis van wetgeving en adviseren.",
        "Vóór 1 juni 2027 ga ik kennis van wetgeving en adviseren.",
        "thing-and-act",
    ),
    (
        "Inzicht in begrotingen en calculeren.",
        "Vóór 1 juni 2027 ga ik inzicht in begrotingen en calculeren.",
        "thing-and-act",
    ),
    (
        "Ervaring met heftrucks en laden.",
        "Vóór 1 juni 2027 ga ik ervaring met heftrucks en laden.",
        "thing-and-act",
    ),
    (
        "Kennis van wetgeving en het adviseren.",
        "Vóór 1 juni 2027 ga ik kennis van wetgeving en het adviseren, met als bewijs [hoe gemeten].",
        "no-act",
    ),
    (
        "Ervaring met de weegbrug.",
        "Ik ga liefst voor de herfst ([datum]) ervaring met de weegbrug, met als bewijs [hoe gemeten].",
        "no-act",
    ),
    (
        "Inzicht in de cijfers van de afdeling.",
        "Vóór 1 juni 2027 ga ik inzicht in de cijfers van de afdeling, met als bewijs [hoe gemeten].",
        "no-act",
    ),
]


@pytest.mark.parametrize(("goal", "candidate", "tag"), COMMITTED)
def test_a_commitment_without_a_verb_for_its_thing_is_a_seam(
    checker: Checker, goal: str, candidate: str, tag: str
) -> None:
    assert tag in seam_tags(checker, "nl", goal, candidate)


COMMITTED_WHOLE = [
    (
        "Koffie en thee zetten voor de gasten.",
        "Vóór 1 juni 2027 ga ik koffie en thee zetten voor de gasten.",
    ),
    ("De planning maken en bijhouden.", "Vóór 1 juni 2027 ga ik de planning maken en bijhouden."),
    ("Naar de vakbeurs in Utrecht.", "Vóór 1 juni 2027 ga ik naar de vakbeurs in Utrecht."),
    ("Het leren.", "Vóór 1 juni 2027 ga ik het leren."),
    ("Mijn examen (AZ-104) halen.", "Vóór 1 juni 2027 ga ik mijn examen (AZ-104, deel 1) halen."),
    (
        "Minder snel doorgaan.",
        "Vóór 1 juni 2027 ga ik beter letten op de tijd, ik ga vaak te snel door naar de volgende oefening.",
    ),
    ("Meer kennis van wetgeving.", "Vóór 1 juni 2027 wil ik meer kennis van wetgeving."),
]


@pytest.mark.parametrize(("goal", "candidate"), COMMITTED_WHOLE)
def test_a_commitment_with_its_verb_is_no_such_seam(
    checker: Checker, goal: str, candidate: str
) -> None:
    assert not seam_tags(checker, "nl", goal, candidate) & {"thing-and-act", "no-act"}


GERUND_LISTS = [
    (
        "I will cut late invoices from 25 to 10 a month by 1 June 2027; I check that every "
        "Friday, send two reminders every day and review the list with finance every month.",
        "I will cut late invoices from 25 to 10 a month by 1 June 2027, by checking that every "
        "Friday and sending two reminders every day and review the list with finance every month.",
    ),
    (
        "I will cut waste from 15 to 8 kilos a day by 1 April 2027; I weigh it every evening "
        "and discuss it with the cooks every Monday.",
        "I will cut waste from 15 to 8 kilos a day by 1 April 2027, by weighing it every "
        "evening and discuss it with the cooks every Monday.",
    ),
    (
        "I will raise my audit score from 70% to 85% by the end of 2027; I check it every "
        "month and fix the open points every week.",
        "I will raise my audit score from 70% to 85% by the end of 2027, by checking it every "
        "month and fix the open points every week.",
    ),
]


@pytest.mark.parametrize(("goal", "candidate"), GERUND_LISTS)
def test_a_bare_verb_coordinated_with_a_means_in_ing_is_a_seam(
    checker: Checker, goal: str, candidate: str
) -> None:
    assert "gerund-list" in seam_tags(checker, "en", goal, candidate)


def test_a_means_in_ing_throughout_is_no_such_seam(checker: Checker) -> None:
    goal, candidate = GERUND_LISTS[2]
    whole = candidate.replace("and fix", "and fixing")
    assert "gerund-list" not in seam_tags(checker, "en", goal, whole)
