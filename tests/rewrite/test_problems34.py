"""A problem told instead of a goal, a duty given to 'someone', and absolutes shouted as a
slogan (session 34), by category.

- a problem told with how often it happens and a flaw of excess ('X worden vaak te laat
  geplaatst', 'Meal trays often arrive too late'): the writer's own part of making it happen
  less often, a from-to count (told_problems.py); with the remark that nobody knows why:
  finding out why and what to do about it;
- a duty laid on an unnamed person in a sentence of its own ('Iemand moet X.', 'Someone has
  to X.'): the writer's own act (taken_on.someone_owned), a sentence of context kept;
- an absolute shouted as a slogan ('No more X!!', 'Nooit meer X!', 'Always check X!!'): a
  bounded target; a shouted end reads as a period (reading/surface.py), so '!' and '!!'
  change no verdict and no rewrite; 'no more' opening a sentence is a zero target (R001,
  judging/features/absolutes.py) bounded as 'at most [number]' (nominal.py).

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "De bestellingen worden te vaak verkeerd gepickt in het magazijn.",
            "Vóór [datum] zorg ik ervoor dat de bestellingen minder vaak verkeerd in het "
            "magazijn gepickt worden, van [huidig aantal] naar [streefaantal], met als bewijs "
            "[hoe gemeten].",
        ),
        (
            "nl",
            "De storingsmeldingen blijven vaak te lang liggen bij de helpdesk.",
            "Vóór [datum] zorg ik ervoor dat de storingsmeldingen minder vaak te lang bij de "
            "helpdesk blijven liggen, van [huidig aantal] naar [streefaantal], met als bewijs "
            "[hoe gemeten].",
        ),
        (
            "nl",
            "De medicatie op de afdeling wordt te vaak te laat gegeven.",
            "Vóór [datum] zorg ik ervoor dat de medicatie op de afdeling minder vaak te laat "
            "gegeven wordt, van [huidig aantal] naar [streefaantal], met als bewijs [hoe "
            "gemeten].",
        ),
        (
            "en",
            "Support tickets are often closed too early.",
            "By [date], I will make sure that support tickets are less often closed too early, "
            "from [current number] to [target number], with [how measured] as evidence.",
        ),
        (
            "en",
            "Meal trays often arrive too late on the ward.",
            "By [date], I will make sure that meal trays less often arrive too late on the "
            "ward, from [current number] to [target number], with [how measured] as evidence.",
        ),
        (
            "en",
            "Parcels go missing at the dock too often.",
            "By [date], I will make sure that parcels go missing at the dock less often, from "
            "[current number] to [target number], with [how measured] as evidence.",
        ),
    ],
)
def test_a_problem_told_how_often_becomes_the_writers_part_of_reducing_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "De omzet van de bakkerij daalt al maanden en niemand weet waarom.",
            "Vóór [datum] ga ik uitzoeken waarom de omzet van de bakkerij al maanden daalt en "
            "wat ik eraan kan doen, met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Returns at the warehouse are rising and nobody knows why.",
            "By [date], I will find out why returns at the warehouse are rising and what I can "
            "do about it, with [how measured] as evidence.",
        ),
        (
            "en",
            "Complaints about the canteen are going up and nobody really knows why",
            "By [date], I will find out why complaints about the canteen are going up and what "
            "I can do about it, with [how measured] as evidence.",
        ),
    ],
)
def test_a_problem_whose_cause_nobody_knows_becomes_finding_it_out(
    lang: str, text: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "De bestellingen worden vaak in het magazijn gepickt."),  # how often, no flaw
        ("en", "The night shift often hands over the keys at six."),
    ],
)
def test_a_frequency_without_a_flaw_is_no_problem_to_reduce(lang: str, text: str) -> None:
    rewrite = CHECKER.check(text, lang=lang, reference_date=REF).rewrite or ""
    assert "minder vaak" not in rewrite
    assert "less often" not in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Iemand moet elke ochtend de koelcellen controleren.",
            "Tot [datum] ga ik elke ochtend de koelcellen controleren, met als bewijs [hoe "
            "gemeten].",
        ),
        (
            "nl",
            "Er moet iemand de bestellingen vóór 10 uur doorbellen naar de leverancier.",
            "Vóór [datum] ga ik de bestellingen vóór 10 uur doorbellen naar de leverancier.",
        ),
        (
            "nl",
            "De broden zijn vaak te laat klaar voor de eerste bezorging. Iemand moet de ovens "
            "om vier uur aanzetten.",
            "De broden zijn vaak te laat klaar voor de eerste bezorging. Vóór [datum] ga ik de "
            "ovens om vier uur aanzetten.",
        ),
        (
            "en",
            "Patients on the ward wait too long for their pain medication. Someone has to "
            "check the pump alarms every hour.",
            "Patients on the ward wait too long for their pain medication. Until [date], I will "
            "check the pump alarms every hour, with [how measured] as evidence.",
        ),
        (
            "en",
            "Tickets sit in the queue for days. Somebody needs to sort the queue every morning.",
            "Tickets sit in the queue for days. Until [date], I will sort the queue every "
            "morning, with [how measured] as evidence.",
        ),
        (
            "en",
            "Someone has to restock the first aid kits every Friday.",
            "Until [date], I will restock the first aid kits every Friday.",
        ),
    ],
)
def test_a_duty_given_to_someone_is_the_writers_own_act(
    lang: str, text: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected
    assert CHECKER.check(expected, lang=lang, reference_date=REF).criteria[Criterion.A].passed


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "No more burnt loaves in the bakery this winter!",
            "This winter, I will [concrete behaviour], with [how measured] as evidence, with "
            "support from [who supports you], in order to have at most [number] burnt loaves in "
            "the bakery.",
        ),
        (
            "en",
            "No more missed handovers on the ward.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, with "
            "support from [who supports you], in order to have at most [number] missed "
            "handovers on the ward.",
        ),
        (
            "en",
            "no more wrong labels on the pallets in the warehouse!!",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, with "
            "support from [who supports you], in order to have at most [number] wrong labels "
            "on the pallets in the warehouse.",
        ),
        (
            "nl",
            "Nooit meer verbrande broden in de bakkerij!",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], met steun van "
            "[wie ondersteunt je], om hooguit [aantal] keer verbrande broden te hebben in de "
            "bakkerij.",
        ),
        (
            "nl",
            "Nooit meer schimmel in de kas van de kwekerij!",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], met steun van "
            "[wie ondersteunt je], om hooguit [aantal] keer schimmel te hebben in de kas van de "
            "kwekerij.",
        ),
        (
            "nl",
            "Nooit meer lekkage bij de kranen en leidingen!",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], met steun van "
            "[wie ondersteunt je], om hooguit [aantal] keer lekkage te hebben bij de kranen en "
            "leidingen.",
        ),
        (
            "en",
            "Always check the oven temperature before the first batch!!",
            "By [date], I will check the oven temperature before the first batch in at least [number] "
            "out of 10 cases, with support from [who supports you].",
        ),
        (
            "nl",
            "Controleer altijd de oventemperatuur voor de eerste baksel!!",
            "Vóór [datum] controleer ik in minstens [aantal] van de 10 gevallen de oventemperatuur voor "
            "de eerste baksel, met steun van [wie ondersteunt je].",
        ),
    ],
)
def test_an_absolute_shouted_as_a_slogan_becomes_a_bounded_target(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "No more mould in the cold store"),
        ("en", "Always label the night deliveries before the shift ends"),
        ("nl", "Nooit meer te late leveringen aan de bakkerij"),
        ("nl", "Zet altijd de vriezer op slot na de dienst"),
        ("en", "Restock the first aid kits every Friday. We ran out twice last month"),
    ],
)
@pytest.mark.parametrize("shout", ["!", "!!", "!!!"])
def test_a_shouted_end_changes_no_verdict_and_no_rewrite(lang: str, text: str, shout: str) -> None:
    plain = CHECKER.check(f"{text}.", lang=lang, reference_date=REF)
    loud = CHECKER.check(text.replace(".", shout) + shout, lang=lang, reference_date=REF)
    assert [c.passed for c in loud.criteria.values()] == [c.passed for c in plain.criteria.values()]
    assert loud.rewrite == plain.rewrite


def test_no_more_than_a_number_is_a_bound_no_absolute() -> None:
    report = CHECKER.check(
        "No more than 3 late deliveries a month by June", lang="en", reference_date=REF
    )
    assert report.criteria[Criterion.R].passed
