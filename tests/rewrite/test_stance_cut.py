"""Someone else's wish with the writer's stance on it: the stance goes, the wish is the goal.

"Mijn teamleider zegt dat ik strenger moet zijn. Ik zie dat zelf anders. Maar goed, ik ga
ermee aan de slag." tells another person's wish, the writer's disagreement and a bare
acceptance. The rewrite is the writer's own commitment to the wished behaviour with the
other's wish as its credit; the disagreement and the grudging acceptance go (they would
undo the commitment, JUDGING A), and the other person is never the goal's subject. A doubt
before the writer's own step ("Not sure how to measure that, but I'll X") goes as well,
and the step is the goal that serves the wish.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.stance_cut import stance_cut
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, seam_kinds, well_rewritten

DISAGREED = [
    (
        "nl",
        "Mijn teamleider zegt dat ik strenger moet zijn bij het nakijken van de bestelbonnen. "
        "Ik zie dat zelf anders. Maar goed, ik ga ermee aan de slag.",
        "Vóór [datum] ga ik strenger zijn bij het nakijken van de bestelbonnen, met als bewijs "
        "[hoe gemeten], zoals mijn teamleider zegt. Ik zie dat zelf anders.",
    ),
    (
        "nl",
        "Mijn leidinggevende vindt dat ik vaker moet delegeren aan de stagiairs. Ik ben het er "
        "niet mee eens. Ik zal eraan werken.",
        "Vóór [datum] ga ik vaker delegeren aan de stagiairs, van [huidig aantal] naar "
        "[streefaantal], met als bewijs [hoe gemeten], zoals mijn leidinggevende adviseert. Ik ben "
        "het er niet mee eens.",
    ),
    (
        "nl",
        "De praktijkhouder wil dat ik de sterilisatielijst zorgvuldiger bijhoud. Daar ben ik "
        "het niet mee eens. Oké, ik ga eraan werken.",
        "Vóór [datum] ga ik de sterilisatielijst zorgvuldiger bijhouden, met als bewijs [hoe "
        "gemeten], zoals de praktijkhouder wil. Daar ben ik het niet mee eens.",
    ),
    (
        "en",
        "My supervisor says I should be firmer with late suppliers. I'm not convinced. Fine, "
        "I'll give it a go.",
        "By [date], I will be firmer with late suppliers, with [how measured] as evidence, as "
        "my supervisor says. I'm not convinced.",
    ),
    (
        "en",
        "My team lead wants me to speak up more in the planning meeting. I don't agree. I'll "
        "work on it.",
        "By [date], I will speak up more in the planning meeting, from [current number] to "
        "[target number], with [how measured] as evidence, as my team lead wants. I don't agree.",
    ),
    (
        "en",
        "The store manager thinks I should delegate the stock counts. I don't really see it "
        "that way. Anyway, I'll get on with it.",
        "By [date], I will delegate the stock counts, with [how measured] as evidence, as the "
        "store manager advises. I don't really see it that way.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), DISAGREED)
def test_a_bare_acceptance_goes_the_disagreement_stays_and_the_wish_is_owned(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(checker, goal, lang) == expected


DOUBTED_STEPS = [
    (
        "nl",
        "Mijn teamleider wil dat ik minder fouten maak in de pakbonnen. Ik weet niet hoe ik dat "
        "moet meten, maar ik ga elke pakbon voor verzending nalopen.",
        "ga ik elke pakbon voor verzending nalopen",
        "zoals mijn teamleider wil",
    ),
    (
        "nl",
        "Mijn afdelingshoofd wil dat ik de retouren sneller verwerk. Geen idee hoe ik dat moet "
        "bijhouden, maar ik ga elke ochtend de retourbak leegmaken.",
        "ga ik elke ochtend de retourbak leegmaken",
        "zoals mijn afdelingshoofd wil",
    ),
    (
        "nl",
        "Mijn leidinggevende wil dat ik de klantmails sneller beantwoord. Ik weet niet precies "
        "hoe, maar ik ga elke ochtend om negen uur de inbox leegmaken.",
        "ga ik elke ochtend om negen uur de inbox leegmaken",
        "zoals mijn leidinggevende wil",
    ),
    (
        "en",
        "The head chef asked me to waste less food. Not sure where to start, but I'll weigh "
        "the leftovers after every service.",
        "I will weigh the leftovers after every service",
        "as the head chef asked",
    ),
    (
        "en",
        "My team leader asked me to miss fewer calls at the front desk. I don't know how to "
        "count them, but I'll check the voicemail every hour.",
        "I will check the voicemail every hour",
        "as my team leader asked",
    ),
    (
        "en",
        "My supervisor wants me to keep the tool room tidier. No idea how to track that, but I "
        "will put every tool back on its board before my break.",
        "I will put every tool back on its board before my break",
        "as my supervisor wants",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "step", "credit"), DOUBTED_STEPS)
def test_a_doubt_before_the_writers_step_goes_and_the_step_serves_the_wish(
    checker: Checker, lang: str, goal: str, step: str, credit: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert step in rewrite
    assert rewrite.rstrip(".").endswith(credit)
    doubt = goal.split(". ")[1].split(",")[0]
    assert doubt not in rewrite


NO_STANCE = [
    # a disagreement phrase that goes on is an opinion of its own, no stance to cut
    ("nl", "Mijn chef wil dat ik de kassa opmaak. Ik vind dat eigenlijk niet erg."),
    ("en", "My manager wants me to run the stand-up. I don't agree with everything she says."),
    # a doubt with no contrast after it brings no step of the writer's own
    ("en", "My manager wants me to run the stand-up. Not sure how to prepare."),
    ("nl", "Mijn chef wil dat ik de kassa opmaak. Geen idee hoe dat moet."),
]


@pytest.mark.parametrize(("lang", "goal"), NO_STANCE)
def test_what_tells_no_stance_is_not_cut(checker: Checker, lang: str, goal: str) -> None:
    assert stance_cut(goal, rewrite_style(checker, lang)) is None


def test_the_other_persons_voice_credited_is_no_context_committed_to(checker: Checker) -> None:
    goal = (
        "Mijn manager zegt dat ik assertiever moet zijn in het casusoverleg. Ik vind dat "
        "eigenlijk niet, ik ben gewoon rustig. Maar goed, ik zal eraan werken."
    )
    credited = (
        "Vóór [datum] ga ik assertiever zijn in het casusoverleg, met als bewijs [hoe gemeten], "
        "zoals mijn manager zegt."
    )
    assert seam_kinds(checker, "nl", goal, credited) == set()


def test_the_other_persons_voice_committed_to_without_its_credit_is_a_seam(
    checker: Checker,
) -> None:
    goal = (
        "Mijn manager zegt dat ik assertiever moet zijn in het casusoverleg. Ik vind dat "
        "eigenlijk niet, ik ben gewoon rustig. Maar goed, ik zal eraan werken."
    )
    bare = "Vóór [datum] ga ik assertiever zijn in het casusoverleg, met als bewijs [hoe gemeten]."
    assert "context_committed" in seam_kinds(checker, "nl", goal, bare)


def test_the_other_person_is_never_the_goals_subject(checker: Checker) -> None:
    goal = (
        "De directeur vraagt me om de voorraadtellingen nauwkeuriger te doen. Ik weet niet goed "
        "hoe ik dat moet aanpakken, maar ik ga elke telling door een collega laten controleren."
    )
    report = checker.check(goal, lang="nl", reference_date=REF)
    assert report.rewrite is not None
    assert not report.rewrite.lower().startswith("de directeur vraagt")


IMPOSED = [
    (
        "nl",
        "rijvaardigheidstraining volgen (defensief rijden) want dat moet van de zaak",
        "Vóór [datum] ga ik rijvaardigheidstraining volgen (defensief rijden), want dat vraagt "
        "de zaak.",
    ),
    (
        "nl",
        "Mijn VCA-diploma verlengen want dat moet van de opdrachtgever",
        "Vóór [datum] ga ik mijn VCA-diploma verlengen, want dat vraagt de opdrachtgever.",
    ),
    (
        "nl",
        "De training klantvriendelijkheid volgen omdat het moet van het hoofdkantoor",
        "Vóór [datum] ga ik de training klantvriendelijkheid volgen omdat het hoofdkantoor het "
        "vraagt.",
    ),
    (
        "en",
        "Do the food hygiene course because the head office tells me to.",
        "By [date], I will do the food hygiene course because the head office asks for it.",
    ),
    (
        "en",
        "Follow the customer service training because our franchise owner says I need to",
        "By [date], I will follow the customer service training because our franchise owner "
        "asks for it.",
    ),
    (
        "en",
        "Take the forklift refresher because my employer says I have to.",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
        "take the forklift refresher because my employer asks for it.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), IMPOSED)
def test_an_imposed_reason_is_told_as_the_other_persons_request(
    checker: Checker, lang: str, goal: str, expected: str
) -> None:
    assert well_rewritten(checker, goal, lang) == expected
