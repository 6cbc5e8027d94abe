"""Impersonal goals told together with the problem they answer (session 39).

- an impersonal direction with the told problem glued after a comma ('X moet beter, cliënten
  vallen vaak ...', 'X needs to improve, monthly reports are always late'): the writer's own
  part, the problem a sentence of its own after it (the current situation, never the target);
- the problem first, then a duty nobody owns ('..., er moet een X komen', '... There has to be
  an X.'): the problem kept before the writer's part;
- a need nobody owns, then the writer's offer to take it inside the same sentence ('...
  misschien kan ik dat oppakken?', '... maybe I could pick that up?'): the writer owns it;
- a zero target as a bare noun phrase whose object holds a participle or a gerund ('Zero X
  about damaged Y'): bounded, the writer's behaviour towards it.

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()

# -- 1. an impersonal direction, then the problem it answers after a comma ----------------------

#: the problem's subject named without a determiner ('..., cliënten vallen ...', '..., monthly
#: reports are ...'): the situation, a sentence of its own after the writer's part
#: (lang, goal, the rewrite shown)
GLUED = [
    (
        "nl",
        "De overdracht van de nachtdienst moet beter, patiënten krijgen 's ochtends vaak "
        "hun medicatie te laat",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat de overdracht van de nachtdienst beter wordt. Patiënten krijgen 's ochtends vaak hun medicatie te laat.",
    ),
    (
        "nl",
        "De communicatie met ouders moet beter, ouders horen nu vaak pas achteraf wat er "
        "gebeurd is",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat de communicatie met ouders beter wordt. Ouders horen nu vaak pas achteraf wat er gebeurd is.",
    ),
    (
        "en",
        "Reporting to the board needs to improve, quarterly figures are always late",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, so that "
        "reporting to the board improves. Quarterly figures are always late.",
    ),
    (
        "en",
        "Onboarding of new drivers has to get better, new drivers are often left alone on "
        "their first route",
        "By [date], I will make sure that onboarding of new drivers gets better. New "
        "drivers are often left alone on their first route.",
    ),
    (
        "en",
        "Stock control in the warehouse needs to improve, pallets often end up in the wrong aisle",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, so that "
        "stock control in the warehouse improves. Pallets often end up in the wrong "
        "aisle.",
    ),
]


# -- 2. the problem first, then a duty nobody owns --------------------------------------------

#: an existential or signed problem before 'er moet ... komen' / 'there needs to be', after a
#: comma or in a sentence of its own: kept before the writer's part, never its target
#: (lang, goal, the rewrite shown)
PROBLEM_FIRST = [
    (
        "nl",
        "Monteurs zoeken vaak lang naar onderdelen, er moet een vaste indeling in de bussen komen",
        "Monteurs zoeken vaak lang naar onderdelen. Vóór [datum] zorg ik ervoor dat er "
        "een vaste indeling in de bussen komt, met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "Er zijn steeds discussies over wie welke dienst draait, er moet een eerlijker "
        "rooster komen",
        "Er zijn steeds discussies over wie welke dienst draait. Vóór [datum] zorg ik "
        "ervoor dat er een eerlijker rooster komt, met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "De werkoverleggen lopen altijd uit. De agenda moet strakker.",
        "De werkoverleggen lopen altijd uit. Vóór [datum] zorg ik ervoor dat de agenda "
        "strakker wordt, met als bewijs [hoe gemeten].",
    ),
    (
        "en",
        "There are constant mix-ups about which van is free, there needs to be a shared "
        "calendar for the vans",
        "There are constant mix-ups about which van is free. By [date], I will make sure "
        "that there is a shared calendar for the vans, with [how measured] as evidence.",
    ),
    (
        "en",
        "Our stand-ups always overrun, the agenda needs to be tighter",
        "Our stand-ups always overrun. By [date], I will make sure that the agenda is "
        "tighter, with [how measured] as evidence.",
    ),
    (
        "en",
        "Drivers often wait an hour at the gate. There has to be a slot booking system.",
        "Drivers often wait an hour at the gate. By [date], I will make sure that there "
        "is a slot booking system, with [how measured] as evidence.",
    ),
]


# -- 3. a need nobody owns, then the writer's offer to take it ----------------------------------

#: the offer asked after a comma or an ellipsis inside the need's sentence: the writer owns it
#: (lang, goal, the rewrite shown)
OFFERED = [
    (
        "nl",
        "Er moet een vast inwerkprogramma komen voor vakantiekrachten... misschien kan ik "
        "dat oppakken?",
        "Vóór [datum] zorg ik ervoor dat er een vast inwerkprogramma voor "
        "vakantiekrachten komt, met als bewijs [hoe gemeten], in overleg met mijn "
        "leidinggevende.",
    ),
    (
        "nl",
        "Er moet een gedeelde onderdelenlijst komen want nu zoekt iedereen in z'n eigen "
        "map… misschien kan ik dat oppakken?",
        "Vóór [datum] zorg ik ervoor dat er een gedeelde onderdelenlijst komt, met als "
        "bewijs [hoe gemeten], want nu zoekt iedereen in z'n eigen map, in overleg met "
        "mijn leidinggevende.",
    ),
    (
        "en",
        "There needs to be a shared rota for the drivers because now everyone swaps "
        "shifts by text... maybe I could pick that up?",
        "By [date], I will agree with my manager on whether I make sure that there is a shared rota for the drivers, because now everyone swaps shifts by text.",
    ),
    (
        "en",
        "There should be one contact person for the suppliers... maybe I could pick that up?",
        "By [date], I will agree with my manager on whether I make sure that there is one contact person for the suppliers.",
    ),
]


# -- 4. a zero target as a bare noun phrase -------------------------------------------------------

#: a participle or a gerund inside the preposition's object is no verb of the writer's
#: (lang, goal, the rewrite shown)
ZEROS = [
    (
        "en",
        "Zero remarks about torn wrapping on the flower deliveries",
        "By [date], I will [concrete behaviour], with support from [who supports you], in "
        "order to have at most [number] remarks about torn wrapping on the flower "
        "deliveries.",
    ),
    (
        "en",
        "Zero returns for faulty wiring in the new kitchens",
        "By [date], I will [concrete behaviour], with support from [who supports you], in "
        "order to have at most [number] returns for faulty wiring in the new kitchens.",
    ),
    (
        "en",
        "Zero remarks about the torn wrapping",
        "By [date], I will [concrete behaviour], with support from [who supports you], in "
        "order to have at most [number] remarks about the torn wrapping.",
    ),
    (
        "nl",
        "Nul meldingen over kapotte scanners in het magazijn",
        "Vóór [datum] ga ik [concreet gedrag], met steun van [wie ondersteunt je], om "
        "hoogstens [aantal] meldingen te hebben over kapotte scanners in het magazijn.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "rewrite"), GLUED + PROBLEM_FIRST + OFFERED + ZEROS)
def test_an_impersonal_goal_with_its_problem_reads_whole(
    lang: str, goal: str, rewrite: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == rewrite


#: (lang, goal, the problem told, kept as written outside the writer's part)
TOLD = [
    (
        "nl",
        "Het onderhoud van de vrachtwagens moet beter, monteurs vinden vaak pas laat een lekkage",
        "Monteurs vinden vaak pas laat een lekkage",
    ),
    (
        "en",
        "Ordering of spare parts needs to improve, engineers are always waiting for seals",
        "Engineers are always waiting for seals",
    ),
    (  # the tagger reads no verb in the problem: its frequency after a noun tells it
        "en",
        "Shift handovers need to improve, night nurses often miss changes in medication",
        "Night nurses often miss changes in medication",
    ),
    (
        "nl",
        "Leveranciers bellen vaak over openstaande facturen, er moet een vast aanspreekpunt komen",
        "Leveranciers bellen vaak over openstaande facturen",
    ),
    (
        "en",
        "Volunteers often turn up at the wrong site. There needs to be one weekly schedule.",
        "Volunteers often turn up at the wrong site",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "problem"), TOLD)
def test_the_told_problem_is_never_inside_the_writers_part(
    lang: str, goal: str, problem: str
) -> None:
    shown = shown_rewrite(CHECKER, goal, lang)
    assert f"{problem}." in shown  # a sentence of its own, as written
    own = next(s for s in shown.split(". ") if "[" in s)  # the writer's part
    assert problem.lower() not in own.lower()


@pytest.mark.parametrize(
    ("lang", "goal", "act"),
    [
        ("nl", "De planning moet beter, vaker overleggen met de monteurs", "Vaker overleggen"),
        ("nl", "Het voorraadbeheer moet beter, klanten vaker op tijd informeren", "Klanten vaker"),
        ("en", "Reporting needs to improve, send the figures every Friday", "Send the figures"),
        ("en", "Invoicing has to get better, always check the totals twice", "Always check"),
        ("nl", "De planning moet beter, altijd eerst de monteurs bellen", "Altijd eerst"),
        # a clause of the goal's own after the comma, its subject after the subordinator
        (
            "en",
            "The rota needs to improve before summer, when holiday requests usually pile up",
            "When",
        ),
        (
            "nl",
            "De planning moet beter voor de zomer, wanneer de aanvragen meestal binnenstromen",
            "Wanneer",
        ),
    ],
)
def test_an_act_after_the_duty_is_no_situation(lang: str, goal: str, act: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert f". {act}" not in (report.rewrite or "")  # a step of the writer's, never told apart
