"""The writer's stance and the situation told beside a goal: kept as written, never a goal.

Three kinds of sentence sit beside a goal and are no goal of their own (JUDGING A: nobody
commits to them):

- the writer's doubt about someone else's wish, with a trial that is the acceptance ("My
  supervisor asked me to X. I'm not sure I'm ready but I'll do my best."): the wish is the
  writer's goal with its credit, the doubt stays, its trial told as the commitment;
- how things are at work now, told of others ("We get a lot of requests for X and we now
  have to refuse them."): cut from a long text it became "By [date], we will get ...";
- a feeling with a bare acceptance ("Ik vind het spannend maar wil het wel."): cut from a
  long text it became "Maar wil vóór [datum] het wel".
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

#: Someone else's wish, then the writer's doubt with a trial: (lang, goal, own part, doubt).
DOUBTED_WISHES = [
    (
        "en",
        "My supervisor asked me to lead the weekly toolbox talks. I'm not sure I'm ready for "
        "that but I'll do my best.",
        "I will lead the weekly toolbox talks, as my supervisor asked.",
        "I'm not sure I'm ready for that but I will do it.",
    ),
    (
        "en",
        "The store manager asked me to train the new cashiers. Not sure I have the patience "
        "for it, but I'll try.",
        "I will train the new cashiers",
        "Not sure I have the patience for it, but I will do it.",
    ),
    (
        "en",
        "Our head chef asked me to order the vegetables for the week. I'm not sure I have "
        "time for that next to prep, but I'll do my best.",
        "I will order the vegetables for the week",
        "I'm not sure I have time for that next to prep, but I will do it.",
    ),
    (
        "nl",
        "Mijn praktijkopleider wil dat ik zelf de intakegesprekken ga voeren. Ik weet niet "
        "zeker of ik dat al kan, maar ik ga het proberen.",
        "ga ik zelf de intakegesprekken voeren, zoals mijn praktijkopleider wil.",
        "Ik weet niet zeker of ik dat al kan, maar ik ga het doen.",
    ),
    (
        "nl",
        "De bedrijfsleider wil dat ik de kassa-afsluiting ga doen. Ik twijfel of ik dat kan "
        "naast mijn studie, maar ik ga het proberen.",
        "ga ik de kassa-afsluiting doen",
        "Ik twijfel of ik dat kan naast mijn studie, maar ik ga het doen.",
    ),
    (
        "nl",
        "Mijn chef wil dat ik de bestellingen voor de bar ga doen. Ik weet niet of ik daar "
        "tijd voor heb naast de bediening, maar ik probeer het.",
        "ga ik de bestellingen voor de bar doen",
        "Ik weet niet of ik daar tijd voor heb naast de bediening, maar ik ga het doen.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "own", "doubt"), DOUBTED_WISHES)
def test_a_doubted_wish_is_the_goal_and_the_doubt_accepts_it(
    checker: Checker, lang: str, goal: str, own: str, doubt: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert own in rewrite
    assert rewrite.endswith(doubt)


#: A goal, then how things are at work now told of others, then more context:
#: (lang, goal, the situation kept as written).
PRESENT_SITUATIONS = [
    (
        "en",
        "Learn to use the new label printer. Our parcels leave without labels and the "
        "carriers send them back. Nobody has shown me how it works.",
        "Our parcels leave without labels and the carriers send them back.",
    ),
    (
        "en",
        "I want to learn to repair coffee machines. Customers bring in broken machines every "
        "day and we send them to the supplier. My manager mentioned a course last week.",
        "Customers bring in broken machines every day and we send them to the supplier.",
    ),
    (
        "en",
        "I want to learn to fit hearing aids. People ask for it at the counter and we now "
        "have to send them to the hospital. My colleague offered to show me.",
        "People ask for it at the counter and we now have to send them to the hospital.",
    ),
    (
        "nl",
        "Ik wil leren werken met de nieuwe etiketprinter. Onze pakketten vertrekken zonder "
        "etiket en de vervoerders sturen ze terug. Niemand heeft mij uitgelegd hoe het werkt.",
        "Onze pakketten vertrekken zonder etiket en de vervoerders sturen ze terug.",
    ),
    (
        "nl",
        "Ik wil de koffiemachines leren repareren. Klanten brengen vaak machines met "
        "storingen en die sturen we naar de leverancier. Mijn leidinggevende noemde vorige "
        "week een cursus.",
        "Klanten brengen vaak machines met storingen en die sturen we naar de leverancier.",
    ),
    (
        "nl",
        "Ik wil gitaren leren afstellen. Klanten bellen er vaak over en we sturen ze nu door "
        "naar een andere winkel. Mijn baas zei dat er een cursus is.",
        "Klanten bellen er vaak over en we sturen ze nu door naar een andere winkel.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "situation"), PRESENT_SITUATIONS)
def test_a_present_situation_of_others_stays_as_written(
    checker: Checker, lang: str, goal: str, situation: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert situation in rewrite  # never dated: 'By [date], our parcels leave ...'


#: A goal, a feeling with a bare acceptance, another goal: (lang, goal, the remark).
ACCEPTED_FEELINGS = [
    (
        "en",
        "I want to learn to weld with the TIG machine. I find it scary but I want to do it. "
        "I also want to get my forklift licence.",
        "I find it scary but I want to do it.",
    ),
    (
        "en",
        "Learn to operate the dough sheeter. Scary, but I want it. Also get my hygiene "
        "certificate.",
        "Scary, but I want it.",
    ),
    (
        "en",
        "I want to learn to drive the reach truck. I find it scary but I want to do it. I "
        "also want to learn the stock counts.",
        "I find it scary but I want to do it.",
    ),
    (
        "nl",
        "Ik wil leren lassen met de TIG-machine. Ik vind het spannend maar wil het wel. "
        "Daarnaast wil ik mijn heftruckcertificaat halen.",
        "Ik vind het spannend maar wil het wel.",
    ),
    (
        "nl",
        "Ik wil leren werken met de deegwals. Ik vind het spannend maar ik wil het graag. "
        "Daarnaast wil ik mijn hygiënecertificaat halen.",
        "Ik vind het spannend maar ik wil het graag.",
    ),
    (
        "nl",
        "Ik wil de reachtruck leren besturen. Ik vind het eng maar wil het wel. Ook wil ik de "
        "voorraadtellingen leren doen.",
        "Ik vind het eng maar wil het wel.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "remark"), ACCEPTED_FEELINGS)
def test_a_feeling_with_its_acceptance_is_a_remark(
    checker: Checker, lang: str, goal: str, remark: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert remark in rewrite  # as written, never 'Maar wil vóór [datum] het wel'


#: A team's obligation told alone is an aim, no situation: it is still rewritten.
@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [
        ("en", "I want to learn Excel. We have to cut waste in the bakery.", "We have to cut"),
        ("nl", "Ik wil Excel leren. We moeten minder weggooien in de bakkerij.", "We moeten"),
    ],
)
def test_an_obligation_alone_is_no_situation(
    checker: Checker, lang: str, goal: str, kept: str
) -> None:
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert kept not in report.rewrite
