"""Goals told without the writer's act (session 32), by category.

- things listed with an act named as a thing among them ('voegwerk en afkitten van
  badkamers'): the list is the goal's topic ('ga ik [concreet gedrag] in ...'); committed bare
  ('ga ik voegwerk en afkitten van ...') or made a te-infinitive ('om voegwerk en af te kitten
  van ...') it is a seam (named_lists.py, bare_topics.py, seams/nominal_act.py,
  seams/nominal_purpose.py);
- a target told as a direction with its number and no verb ('Afkeur omlaag naar 2%', 'Scrap
  down to 2% and ...'): the count frame gives it its verb, alone and beside another act; bare
  after 'ga ik' it is a seam (counts.py, directed_targets.py, seams/verbless_direction.py);
- a duty inside an adverbial clause of the writer's bare acts ('..., zonder dat er iets over
  moet'): no duty laid on anyone (A002), so the acts stay the writer's as written;
- a thing the writer makes, named with its purpose as the whole goal ('Een overzichtelijker
  rooster ... zodat ...'): the wish to make it (made_things.py);
- an impersonal need with a reason phrase after its comparative ('moet beter vanwege de
  hitte'): the phrase before the comparative in the writer's own part (compared_duties.py);
- 'opslag' followed by what it holds is a storage, no raise others grant (A003).

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import seam_tags, shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Leerdoel: snijpatronen en uitrekenen van stofverbruik",
            "Vóór [datum] ga ik [concreet gedrag] in snijpatronen en uitrekenen van "
            "stofverbruik, met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Doel: voegwerk en afkitten van badkamers",
            "Vóór [datum] ga ik [concreet gedrag] in voegwerk en afkitten van badkamers, met "
            "als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Voegwerk en afkitten van badkamers",
            "Vóór [datum] ga ik [concreet gedrag] in voegwerk en afkitten van badkamers, met "
            "als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Excel en opstellen van begrotingen",
            "Vóór [datum] ga ik [concreet gedrag] in Excel en opstellen van begrotingen, met "
            "als bewijs [hoe gemeten].",
        ),
    ],
)
def test_things_listed_with_an_act_named_as_a_thing_are_the_topic(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("goal", "candidate", "tag"),
    [
        (
            "Doel: voegwerk en afkitten van badkamers",
            "Vóór [datum] ga ik voegwerk en afkitten van badkamers, met als bewijs [hoe gemeten].",
            "verb-noun",
        ),
        (
            "Leerdoel: snijpatronen en uitrekenen van stofverbruik",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om snijpatronen "
            "en uit te rekenen van stofverbruik.",
            "van",
        ),
    ],
)
def test_a_listed_act_named_as_a_thing_committed_as_a_verb_is_a_seam(
    goal: str, candidate: str, tag: str
) -> None:
    assert tag in seam_tags(CHECKER, "nl", goal, candidate)


def test_a_listed_act_whose_topic_the_tagger_misreads_keeps_its_words() -> None:
    # 'touwen' is read as a verb: no topic, and every candidate that commits the list has a
    # seam; the list stays as written, with the concrete step after it (closing_steps.py,
    # session 38; before, the structured fallback)
    text = "Leerdoel: klimtechniek en zekeren van touwen bij de klimwand"
    assert shown_rewrite(CHECKER, text, "nl") == (
        "Klimtechniek en zekeren van touwen bij de klimwand. Concreet ga ik [concreet gedrag] "
        "vóór [datum], met als bewijs [hoe gemeten]."
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "Afkeur omlaag naar 2%", "Vóór [datum] ga ik afkeur naar 2% omlaag brengen."),
        (
            "nl",
            "Uitval op de snijlijn omlaag naar 3% en de wachttijd bij de kassa halveren",
            "Vóór [datum] ga ik uitval op de snijlijn naar 3% omlaag brengen en de wachttijd bij "
            "de kassa halveren.",
        ),
        ("en", "Reject rate down to 2%", "By [date], I will bring the reject rate down to 2%."),
        (
            "en",
            "Scrap down to 2% and train two new operators on the press",
            "By [date], I will bring the scrap down to 2% and train two new operators on the "
            "press.",
        ),
    ],
)
def test_a_target_told_as_a_direction_gets_its_verb(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_direction_with_its_target_committed_bare_is_a_seam() -> None:
    goal = "Uitval op de snijlijn omlaag naar 3% en de wachttijd bij de kassa halveren"
    candidate = (
        "Vóór [datum] ga ik uitval op de snijlijn omlaag naar 3% en de wachttijd bij de kassa "
        "halveren."
    )
    assert "omlaag" in seam_tags(CHECKER, "nl", goal, candidate)


def test_a_direction_with_its_verb_is_no_such_seam() -> None:
    goal = "Uitval op de snijlijn omlaag naar 3% en de wachttijd bij de kassa halveren"
    candidate = (
        "Vóór [datum] ga ik uitval op de snijlijn naar 3% omlaag brengen en de wachttijd bij de "
        "kassa halveren."
    )
    assert "omlaag" not in seam_tags(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    "text",
    [
        "Voor de kerst zelfstandig 10 taarten bakken en laten proeven door de chef, zonder dat "
        "er iets weg moet.",
        "Vóór 1 maart 2027 zelfstandig drie dakkapellen waterdicht afwerken, zonder dat er "
        "iets over moet.",
    ],
)
def test_a_duty_in_an_adverbial_clause_lays_nothing_on_anyone(text: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.criteria[Criterion.A].passed


@pytest.mark.parametrize(
    "text",
    [
        "Zodra de nieuwe kassa er is moet het team sneller afrekenen.",
        "Het doel is dat de doorlooptijd korter moet.",
    ],
)
def test_a_duty_of_the_main_clause_or_a_that_clause_still_fails_a(text: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert not report.criteria[Criterion.A].passed


def test_the_writers_bare_acts_with_such_a_duty_stay_theirs() -> None:
    text = (
        "Zelfstandig 4 kasten volledig opnieuw lakken en laten keuren door Ria, zonder dat er "
        "iets over moet."
    )
    assert well_rewritten(CHECKER, text, "nl") == (
        "Vóór [datum] ga ik zelfstandig 4 kasten volledig opnieuw lakken en laten keuren door "
        "Ria, zonder dat er iets over moet."
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Een overzichtelijker rooster voor de vrijwilligers zodat niemand dubbel staat",
            "Vóór [datum] ga ik een overzichtelijker rooster voor de vrijwilligers maken, met "
            "als bewijs [hoe gemeten], zodat niemand dubbel staat.",
        ),
        (
            "nl",
            "Een overzicht van de voorraad in de kelder, zodat ik sneller kan bestellen",
            "Vóór [datum] ga ik een overzicht van de voorraad in de kelder maken, zodat ik "
            "sneller kan bestellen.",
        ),
        (
            "en",
            "A shared cleaning schedule for the bar so that nothing gets skipped",
            "By [date], I will create a shared cleaning schedule for the bar, so that nothing "
            "gets skipped.",
        ),
        (
            "en",
            "A clearer rota for the volunteers so that nobody is booked twice",
            "By [date], I will create a clearer rota for the volunteers, with [how measured] as "
            "evidence, so that nobody is booked twice.",
        ),
    ],
)
def test_a_thing_named_with_its_purpose_is_the_wish_to_make_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_thing_no_one_makes_is_not_read_as_made() -> None:
    text = "Een betere sfeer in het team zodat iedereen het naar zijn zin heeft"
    assert "maken" not in (CHECKER.check(text, lang="nl", reference_date=REF).rewrite or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De ventilatie in de stal moet beter vanwege de hitte",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat de "
            "ventilatie in de stal vanwege de hitte beter wordt.",
        ),
        (
            "Het overleg met de planners moet beter wegens de vele spoedorders",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat het "
            "overleg met de planners wegens de vele spoedorders beter wordt.",
        ),
        (
            "Het moet schoner in de werkplaats ivm stof en spaanders",
            "Vóór [datum] zorg ik ervoor dat het in de werkplaats ivm stof en spaanders schoner "
            "wordt, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_reason_after_the_comparative_of_a_need_goes_before_it(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        (
            "Vóór 1 maart 2027 zorg ik ervoor dat er een betere opslag voor gereedschap komt, met "
            "als bewijs een foto.",
            True,
        ),
        (
            "Vóór 1 maart 2027 regel ik een droge opslag van chemicaliën, met als bewijs een foto.",
            True,
        ),
        ("Vóór 1 maart 2027 krijg ik opslag van mijn baas.", False),
    ],
)
def test_opslag_with_what_it_holds_is_a_storage(text: str, owned: bool) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.criteria[Criterion.A].passed is owned


def test_the_rewrites_show_no_seam() -> None:
    for lang, text in [
        ("nl", "Doel: voegwerk en afkitten van badkamers"),
        ("en", "Scrap down to 2% and train two new operators on the press"),
    ]:
        assert shown_rewrite(CHECKER, text, lang)
