"""Needs, absolutes and zero-targets of the team, and the writer's part in them (session 30).

- a need softened by a conditional ("Er zou X moeten komen", "X zou beter moeten"): the
  plain need, the writer's own part, with or without an offered act after it;
- the writer's offer to make the very thing a need names, pointed at with a pronoun ("Er
  moet X komen. Misschien kan ik die opzetten?", "We should have X. Maybe I could draft
  it?"): the act on the thing, committed;
- a duty stacked on a modal ("should have to"): both go in the own part, and a zero-target
  ("Zero X should have to ...") becomes a bounded target the writer sees to;
- a stray period before a lower-case coordinator ("Win the league. and qualify"): read on;
- a closing sentence of an absolute with a time or a stress after it ("100%, no
  exceptions, this year."): folded into the goal and bounded there;
- an imperative after the adverbs that open the line ("Never again lose ..."), a thing
  wished for with a relative clause ("a mentor who I can call"), and a comparison ("korter
  dan twee weken") inside a need: read as the writer's.

Goals written fresh for these categories, in other fields and roles than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Er zouden meer pauzeplekken moeten komen op de afdeling.",
            "Vóór [datum] zorg ik ervoor dat er meer pauzeplekken op de afdeling komen, van "
            "[huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Het rooster zou eerder bekend moeten zijn.",
            "Vóór [datum] zorg ik ervoor dat het rooster eerder bekend is, van [huidig aantal] "
            "naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "De klanten zouden sneller teruggebeld moeten worden.",
            "Vóór [datum] zorg ik ervoor dat de klanten sneller teruggebeld worden, van [huidig "
            "aantal] naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Het magazijn zou beter opgeruimd moeten zijn. Misschien kan ik daar een "
            "schoonmaakrooster voor maken?",
            "Vóór [datum] ga ik een schoonmaakrooster maken, met als bewijs [hoe gemeten], "
            "zodat het magazijn beter opgeruimd is.",
        ),
        (
            "nl",
            "Er zou een vaste overdracht moeten komen bij de nachtdienst. Ik zou daar een "
            "formulier voor kunnen maken.",
            "Vóór [datum] ga ik een formulier maken, zodat er een vaste overdracht bij de "
            "nachtdienst komt, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_need_softened_by_a_conditional_is_the_plain_need(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Er zou een vaste werkinstructie moeten komen voor de nieuwe kassa. Misschien kan ik "
            "die schrijven?",
            "Vóór [datum] ga ik een vaste werkinstructie voor de nieuwe kassa schrijven.",
        ),
        (
            "nl",
            "We zouden een gedeelde planning moeten hebben voor de monteurs. Ik kan die wel "
            "bijhouden.",
            "Vóór [datum] ga ik een gedeelde planning voor de monteurs bijhouden, met als bewijs "
            "[hoe gemeten].",
        ),
        (
            "nl",
            "Er moet een nieuw inwerkplan komen. Ik kan het wel schrijven.",
            "Vóór [datum] ga ik een nieuw inwerkplan schrijven.",
        ),
        (
            "en",
            "There should be a clear protocol for sedation. Maybe I could write it?",
            "By [date], I will write a clear protocol for sedation, with [how measured] as "
            "evidence.",
        ),
        (
            "en",
            "We need a new rota. I could make it.",
            "By [date], I will make a new rota, with [how measured] as evidence.",
        ),
        (
            "en",
            "There should be a shared calendar for the ward. I could set it up.",
            "By [date], I will set up a shared calendar for the ward.",
        ),
    ],
)
def test_the_thing_a_need_names_is_made_by_the_writer_who_offers_it(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_pronoun_never_comes_before_the_thing_it_stands_for() -> None:
    rewrite = CHECKER.check(
        "Er moet een kennisbank komen voor de planners. Misschien kan ik die opzetten?", lang="nl"
    ).rewrite
    assert rewrite is not None
    assert "ga ik die opzetten" not in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Zero volunteers should have to work alone on a night shift.",
            "By [date], I will make sure that at most [number] volunteers work alone on a night "
            "shift.",
        ),
        (
            "en",
            "No trainee should have to wait a month for a login.",
            "By [date], I will make sure that no trainee waits a month for a login.",
        ),
        (
            "en",
            "Zero volunteers should have to work alone on a night shift. I want to work towards "
            "that.",
            "By [date], I will make sure that at most [number] volunteers work alone on a night "
            "shift.",
        ),
        (
            "nl",
            "Er mag geen enkele klant langer dan een week wachten.",
            "Vóór [datum] zorg ik ervoor dat er hoogstens [aantal] keer een klant langer dan een "
            "week wacht.",
        ),
    ],
)
def test_a_zero_target_of_the_team_is_a_bounded_target_the_writer_sees_to(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Geen enkel pakket mag zoekraken.",
            "Vóór [datum] zorg ik ervoor dat er hoogstens [aantal] keer een pakket zoekraakt, met "
            "als bewijs [hoe gemeten].",
        ),
        (
            "Geen enkele nieuwe collega mag de eerste week alleen werken.",
            "Vóór [datum] zorg ik ervoor dat er hoogstens [aantal] keer een nieuwe collega de "
            "eerste week alleen werkt.",
        ),
    ],
)
def test_a_fronted_zero_subject_is_the_need_nobody_owns(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


def test_a_fronted_zero_subject_is_never_bounded_in_its_place() -> None:
    rewrite = CHECKER.check("Geen enkele melding mag blijven liggen.", lang="nl").rewrite or ""
    assert "keer een melding mag" not in rewrite.lower()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Learn to weld. and get more time on the floor",
            "By [date], I will learn to weld and get more time on the floor, from [current "
            "number] to [target number], with [how measured] as evidence.",
        ),
        (
            "en",
            "Each new starter gets a buddy. 100%, no exceptions, this year.",
            "Each new starter gets a buddy, [number]%, this year, with support from [who "
            "supports you].",
        ),
        (
            "nl",
            "Alle facturen worden twee keer gecontroleerd. Altijd, vanaf nu.",
            "Alle facturen worden tot [datum] twee keer gecontroleerd, in minstens [aantal] van de 10 "
            "gevallen, vanaf nu, met steun van [wie ondersteunt je].",
        ),
        (
            "en",
            "Never again forget to log a near miss.",
            "By [date], I will not forget to log a near miss more than [number] times, with [how "
            "measured] as evidence, with support from [who supports you].",
        ),
    ],
)
def test_a_slipped_period_a_closing_bound_and_a_fronted_never_read_whole(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I'd like a coach outside the company, someone who has run a team before.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
            "get a coach outside the company, someone who has run a team before.",
        ),
        (
            "en",
            "I would like a mentor who I can call after a difficult procedure.",
            "By [date], I will [concrete behaviour], in order to get a mentor who I can call "
            "after a difficult procedure.",
        ),
    ],
)
def test_a_thing_wished_for_with_a_clause_that_describes_it_is_a_thing(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_described_thing_never_splits_a_dutch_purpose_frame() -> None:
    text = (
        "Ik wil graag een maatje bij een andere vestiging, iemand die ik kan bellen na een ruzie."
    )
    rewrite = CHECKER.check(text, lang="nl").rewrite or ""
    assert not rewrite.rstrip(".").endswith("te krijgen") or "iemand die" not in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "De doorlooptijd moet korter dan drie dagen worden.",
            "Vóór [datum] zorg ik ervoor dat de doorlooptijd korter dan drie dagen wordt.",
        ),
        (
            "nl",
            "Patiënten moeten sneller dan nu geholpen worden.",
            "Vóór [datum] zorg ik ervoor dat patiënten sneller dan nu geholpen worden, van "
            "[huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "The waiting list should be shorter than two months.",
            "By [date], I will make sure that the waiting list is shorter than two months.",
        ),
    ],
)
def test_a_comparison_inside_a_need_opens_no_clause(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected
