"""A duty nobody owns, in any of its forms, alone or with a told problem, an offer or a
condition beside it (session 40).

The category: a clause whose finite verb is a duty modal (moeten, need to, has to, should,
must) and whose subject is not the writer (a thing, 'er'/'there', a passive, 'iemand'/
'someone', 'the team'). JUDGING A fails it; the rewrite is the writer's own controllable part
('Vóór [datum] zorg ik ervoor dat ...', 'By [date], I will make sure that ...'), the problem
told beside it kept as the situation, a sentence of its own, never the target:

- word class: a passive ('moet vaker gedweild worden'), a copula ('moet opgeruimd zijn'), a
  comparative after a subject with a phrase ('needs to be better'), a gerund subject
  ('Rostering needs to improve'), a problem told with 'nog steeds';
- attachment: the problem with what it leads to for the writer ('..., en dan krijg ik ...'),
  the writer only in the told problem ('..., ik vind nu elke ochtend ...'), the problem first
  and the duty after a longer subject, 'iemand/someone' as the one obliged;
- the writer's offer after the need, with a condition after a contrast or a word of condition
  ('Dat kan ik wel doen als ...', 'I could take that on if ...'): the writer does the act the
  relative clause names, agreed with the manager; the condition is no second goal.

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import falls_back, shown_rewrite, well_rewritten

CHECKER = Checker()

# -- 1. the duty in another word class ---------------------------------------------------------

#: a passive, a copula, a comparative after a phrase, a gerund subject: the writer's own part,
#: the problem after it a sentence of its own (lang, goal, the rewrite shown)
WORD_CLASS = [
    (
        "nl",
        "De ijsvloer moet vaker gedweild worden na de les, er liggen 's avonds nog steeds "
        "plassen op de baan",
        "Vóór [datum] zorg ik ervoor dat de ijsvloer vaker gedweild wordt na de les, van "
        "[huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten]. Er liggen 's "
        "avonds nog steeds plassen op de baan.",
    ),
    (
        "nl",
        "De werkplaats van de harpbouwers moet aan het eind van de dag opgeruimd zijn, ik "
        "vind nu elke ochtend snaren op de grond",
        "Tot [datum] zorg ik ervoor dat de werkplaats van de harpbouwers aan het eind van "
        "de dag opgeruimd is. Ik vind nu elke ochtend snaren op de grond.",
    ),
    (
        "nl",
        "De lampen van de vuurtoren moeten vaker gecontroleerd worden, ik zie nu vaak pas "
        "bij de ronde dat er een kapot is",
        "Vóór [datum] zorg ik ervoor dat de lampen van de vuurtoren vaker gecontroleerd "
        "worden, van [huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten]. "
        "Ik zie nu vaak pas bij de ronde dat er een kapot is.",
    ),
    (
        "en",
        "Communication with the puppet makers needs to be better, props often arrive "
        "without the right fittings.",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, so that "
        "communication with the puppet makers is better. Props often arrive without the "
        "right fittings.",
    ),
    (
        "en",
        "Rostering needs to improve.",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, so that "
        "rostering improves.",
    ),
]


# -- 2. the problem attached otherwise ----------------------------------------------------------

#: the problem with its consequence for the writer, the problem first before a duty with a
#: longer subject, someone obliged: (lang, goal, the rewrite shown)
ATTACHED = [
    (
        "nl",
        "De kooien moeten vaker uitgemest worden, de duiven zitten nu vaak in hun eigen "
        "vuil en dan krijg ik klachten van de leden.",
        "Vóór [datum] zorg ik ervoor dat de kooien vaker uitgemest worden, van [huidig "
        "aantal] naar [streefaantal], met als bewijs [hoe gemeten]. De duiven zitten nu "
        "vaak in hun eigen vuil en dan krijg ik klachten van de leden.",
    ),
    (
        "nl",
        "Duivenmelkers wachten vaak weken op de uitslagen. De verwerking van de klokken "
        "moet sneller.",
        "Duivenmelkers wachten vaak weken op de uitslagen. Vóór [datum] zorg ik ervoor "
        "dat de verwerking van de klokken sneller wordt, van [huidig aantal] naar "
        "[streefaantal], met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "Iemand moet de waterkwaliteit in de bassins dagelijks bijhouden, nu zien we "
        "algengroei pas als het te laat is",
        "Tot [datum] ga ik de waterkwaliteit in de bassins dagelijks bijhouden, met als "
        "bewijs [hoe gemeten]. Nu zien we algengroei pas als het te laat is.",
    ),
    (
        "en",
        "Someone has to keep track of the aquarium water tests, algae blooms are noticed too late.",
        "By [date], I will keep track of the aquarium water tests. Algae blooms are "
        "noticed too late.",
    ),
    (
        "en",
        "Someone should check the buoys every week, I always hear about broken ones from "
        "the fishermen.",
        "Until [date], I will check the buoys every week, with [how measured] as "
        "evidence. I always hear about broken ones from the fishermen.",
    ),
]


# -- 3. the need, then the writer's offer with a condition --------------------------------------

#: the offer in its own sentence, a condition after a contrast or a word of condition: the
#: writer does the relative's act, agreed with the manager (lang, goal, the rewrite shown)
OFFERED = [
    (
        "nl",
        "Er moet iemand zijn die de onderhoudsagenda van de kabelbaan bewaakt, nu worden "
        "keuringen gemist. Dat kan ik wel doen als ik daar een dag per week voor krijg.",
        "Vóór [datum] ga ik de onderhoudsagenda van de kabelbaan bewaken, met als bewijs "
        "[hoe gemeten], in overleg met mijn leidinggevende. Nu worden keuringen gemist.",
    ),
    (
        "nl",
        "Er moet iemand komen die de kassa van de botsauto's beheert. Dat wil ik wel "
        "oppakken maar dan wil ik er een middag per week voor vrij krijgen.",
        "Vóór [datum] ga ik de kassa van de botsauto's beheren, in overleg met mijn "
        "leidinggevende.",
    ),
    (
        "en",
        "There should be someone who looks after the ride inspections, right now checks "
        "get missed. I could take that on if I get a day a week for it.",
        "By [date], I will look after the ride inspections, with [how measured] as "
        "evidence, agreed with my manager. Right now checks get missed.",
    ),
    (
        "en",
        "There has to be someone who orders the feed, the kennels keep running out. I'm "
        "happy to do that but I'd need time for it.",
        "By [date], I will order the feed, with [how measured] as evidence. The kennels "
        "keep running out.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "rewrite"), WORD_CLASS + ATTACHED + OFFERED)
def test_a_duty_nobody_owns_becomes_the_writers_part(lang: str, goal: str, rewrite: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == rewrite


# -- 4. members read before this session: unchanged ---------------------------------------------

#: (lang, goal, the rewrite shown)
KEPT = [
    (
        "nl",
        "Er moet beter schoongemaakt worden na de laatste overtocht, de passagiers klagen "
        "nu vaak over zand op de banken",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat er "
        "beter schoongemaakt wordt na de laatste overtocht. De passagiers klagen nu vaak "
        "over zand op de banken.",
    ),
    (
        "nl",
        "Er moet meer overleg komen met de havenmeester over de ligplaatsen, de "
        "mosselkotters liggen nu vaak te lang te wachten",
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat er meer overleg met de havenmeester over de ligplaatsen komt. De mosselkotters liggen nu vaak te lang te wachten.",
    ),
    (
        "nl",
        "De lijnen van de oesterpercelen moeten elke maand gecontroleerd worden.",
        "Tot [datum] zorg ik ervoor dat de lijnen van de oesterpercelen elke maand "
        "gecontroleerd worden, met als bewijs [hoe gemeten].",
    ),
    (
        "nl",
        "De schaatsen liggen overal door elkaar in het hok, er moeten betere afspraken "
        "gemaakt worden over het opbergen",
        "De schaatsen liggen overal door elkaar in het hok. Vóór [datum] zorg ik ervoor "
        "dat er betere afspraken gemaakt worden over het opbergen, met als bewijs [hoe "
        "gemeten].",
    ),
    (
        "nl",
        "Bezoekers vinden de trap naar de vuurtoren vaak niet. Er moet betere "
        "bewegwijzering komen bij het parkeerterrein.",
        "Bezoekers vinden de trap naar de vuurtoren vaak niet. Vóór [datum] zorg ik "
        "ervoor dat er betere bewegwijzering bij het parkeerterrein komt, met als bewijs "
        "[hoe gemeten].",
    ),
    (
        "nl",
        "Er moet een vaste checklist komen voor het opstijgen want nu vergeet de lierman "
        "soms de kabel te controleren",
        "Vóór [datum] zorg ik ervoor dat er een vaste checklist voor het opstijgen komt "
        "want nu vergeet de lierman soms de kabel te controleren.",
    ),
    (
        "nl",
        "Er moet een nieuw reserveringssysteem komen voor de tennisbanen. Dat wil ik wel oppakken.",
        "Vóór [datum] zorg ik ervoor dat er een nieuw reserveringssysteem voor de "
        "tennisbanen komt, met als bewijs [hoe gemeten].",
    ),
    (
        "en",
        "The kennels need to be hosed down more often after racing, the morning staff "
        "keep finding mess in the runs",
        "By [date], I will make sure that the kennels are hosed down more often after "
        "racing, from [current number] to [target number], with [how measured] as "
        "evidence. The morning staff keep finding mess in the runs.",
    ),
    (
        "en",
        "There needs to be more coordination with the harbour master on berths, the "
        "oyster boats are often kept waiting for hours",
        "By [date], I will [concrete behaviour], so that there is more coordination with the harbour master on berths. The oyster boats are often kept waiting for hours.",
    ),
    (
        "en",
        "The glider hangar has to be tidier at the end of each flying day, parachutes are "
        "left lying on the floor",
        "By [date], I will make sure that the glider hangar is tidier at the end of each "
        "flying day, with [how measured] as evidence. Parachutes are left lying on the "
        "floor.",
    ),
    (
        "en",
        "Skates often come back with blunt blades. The sharpening schedule must be stricter.",
        "Skates often come back with blunt blades. By [date], I will make sure that the "
        "sharpening schedule is stricter, with [how measured] as evidence.",
    ),
    (
        "en",
        "The team should log every cable car inspection, half of them are missing from "
        "the binder right now.",
        "By [date], I will make sure that the team logs every cable car inspection, with "
        "[how measured] as evidence. Half of them are missing from the binder right now.",
    ),
    (
        "en",
        "More checks have to be done on the lighthouse lamps before winter.",
        "Before winter, I will make sure that more checks are done on the lighthouse "
        "lamps, from [current number] to [target number], with [how measured] as "
        "evidence.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "rewrite"), KEPT)
def test_the_duties_read_before_stay_read(lang: str, goal: str, rewrite: str) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == rewrite


def test_a_doubt_after_the_offer_is_no_condition_agreed() -> None:
    goal = (
        "Er moet een vast rooster komen voor de kermisdiensten. Ik wil daar graag aan "
        "bijdragen maar weet nog niet hoe."
    )
    shown = shown_rewrite(CHECKER, goal, "nl")
    assert "leidinggevende" not in shown
    assert shown.endswith("Ik wil daar graag aan bijdragen maar weet nog niet hoe.")


def test_a_plan_after_the_problem_is_no_told_situation() -> None:
    goal = "De kassa moet sneller, de rijen zijn vaak lang en dan ga ik zelf bijspringen"
    shown = CHECKER.check(goal, lang="nl", reference_date=REF).rewrite or ""
    assert not falls_back(CHECKER, goal, "nl")
    assert ". De rijen zijn vaak lang en dan ga ik zelf bijspringen." not in shown
