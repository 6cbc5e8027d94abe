"""Deadlines the writer gave in words other than a date, and how the rewrite keeps them.

- An event-anchored deadline ("voor de reorganisatie", "voor de kerstdrukte", "voor de
  volgende mijlpaal", "before the new rota takes effect") is time-bound (JUDGING T): T
  passes, and a rewrite for another criterion never puts a second deadline ("vóór [datum]",
  "by [date]") beside it; it may ask for the event's date in brackets, after the whole
  fronted phrase ("Voor de verhuizing naar het nieuwe pand ([datum]) ga ik ..."), never
  inside it ("de verhuizing ([datum]) naar het nieuwe pand"). An activity after a
  plain "voor" ("voor mijn studie") is a purpose, no time.
- A deadline in its own short sentence after the goal ("Klaar voor de zomer.", "Deadline:
  end of March.") is the goal's deadline: the rewrite adds none and keeps that sentence
  as written, after the rewritten goal.
- A duration that is the length of the activity ("for a week", "zes weken lang") is how
  long, not by when: the rewrite never turns it into a due date; "binnen zes weken" is a
  due date, and writing it out keeps its meaning.
Every goal is written fresh for the category, in fields of its own.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()
REF = date(2026, 11, 23)
ADDED_DEADLINE = re.compile(r"vóór \[datum\]|\bby \[date\]|\bbefore \[date\]", re.IGNORECASE)
A_DATE = re.compile(r"\b20[2-9][0-9]\b")


def _report(text: str, lang: str):  # type: ignore[no-untyped-def]
    return CHECKER.check(text, lang=lang, reference_date=REF)


EVENT_GOALS = [
    ("Voor de verhuizing naar het nieuwe pand wil ik het archief van de notaris opruimen.", "nl"),
    ("Voor de fusie met de buurschool wil ik beter worden in het plannen van de lessen.", "nl"),
    ("Voor de kerstdrukte wil ik de nieuwe krachten van de boekhandel inwerken.", "nl"),
    (
        "Voor mijn zwangerschapsverlof wil ik mijn dossiers bij de woningcorporatie overdragen.",
        "nl",
    ),
    ("Voor de volgende mijlpaal wil ik de rapportages van het bouwteam verbeteren.", "nl"),
    ("Voordat het nieuwe rooster ingaat wil ik met elke collega van de thuiszorg praten.", "nl"),
    ("Voor het einde van het verenigingsjaar wil ik meer vrijwilligers voor de kantine.", "nl"),
    (
        "By the next milestone I want to get better at writing the bridge project's test reports.",
        "en",
    ),
    ("Before the new rota takes effect I want to talk to every colleague at the care home.", "en"),
    (
        "Before the merger with the sister firm I want to update the maintenance logs of the marina.",
        "en",
    ),
    ("By the end of the club year I want more volunteers for the canteen.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), EVENT_GOALS)
def test_an_event_anchor_is_the_deadline_and_gets_no_second_one(text: str, lang: str) -> None:
    report = _report(text, lang)
    assert report.criteria[Criterion.T].passed, text
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert not ADDED_DEADLINE.search(rewrite), rewrite


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Voor mijn studie wil ik een nieuwe laptop met een groot scherm kopen.", "nl"),
        ("Voor de cursus wil ik een verslag schrijven over mijn werk in de keuken.", "nl"),
        ("I want to get better at the release process of our mobile games.", "en"),
    ],
)
def test_an_activity_as_a_purpose_or_a_skill_is_no_time(text: str, lang: str) -> None:
    assert not _report(text, lang).criteria[Criterion.T].passed, text


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Ik wil een vaste werkwijze voor het opmaken van de hotelkamers op papier zetten. "
            "Klaar voor de zomer.",
            "nl",
            "Klaar voor de zomer.",
        ),
        (
            "Ik wil beter worden in het inplannen van de bezorgroutes. Deadline: eind maart.",
            "nl",
            "Deadline: eind maart.",
        ),
        (
            "I want to get better at planning the delivery routes of the florist. "
            "Deadline: end of March.",
            "en",
            "Deadline: end of March.",
        ),
        (
            "I want to learn to use the new roster software of the call centre. "
            "By the end of January.",
            "en",
            "By the end of January.",
        ),
    ],
)
def test_a_deadline_sentence_after_the_goal_stays_as_written(
    text: str, lang: str, kept: str
) -> None:
    assert _report(text, lang).criteria[Criterion.T].passed, text
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert rewrite.endswith(kept), rewrite
    assert not ADDED_DEADLINE.search(rewrite) and not A_DATE.search(rewrite), rewrite
    assert " ." not in rewrite, rewrite


@pytest.mark.parametrize(
    ("text", "lang", "length"),
    [
        (
            "I want to shadow a colleague in the print shop for a week to learn the presses.",
            "en",
            "for a week",
        ),
        (
            "For six weeks I want to help at the front desk of the dental lab to learn bookings.",
            "en",
            "for six weeks",
        ),
        (
            "Ik wil zes weken lang meedraaien op de afdeling inkoop om het bestellen te leren.",
            "nl",
            "zes weken lang",
        ),
    ],
)
def test_a_length_is_never_written_as_a_due_date(text: str, lang: str, length: str) -> None:
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert length in rewrite.lower(), rewrite
    assert not A_DATE.search(rewrite), rewrite


UNITS = {"nl": ["weken", "maanden"], "en": ["weeks", "months"]}
NUMBERS = {"nl": ["twee", "drie", "vier", "vijf", "zes"], "en": ["two", "three", "four", "five"]}


@settings(max_examples=12, deadline=None)
@given(lang=st.sampled_from(["nl", "en"]), data=st.data())
def test_a_length_only_shows_its_date_a_window_writes_it(lang: str, data: st.DataObject) -> None:
    """Metamorphic: the same count of units as a length ('zes weken lang', 'for six weeks')
    gets a date that is only shown; as a window ('binnen zes weken', 'within six weeks') the
    date may replace it (a one-off goal keeps its meaning exactly)."""
    n = data.draw(st.sampled_from(NUMBERS[lang]))
    unit = data.draw(st.sampled_from(UNITS[lang]))
    if lang == "nl":
        length = f"Ik wil {n} {unit} lang meedraaien met de monteurs van de liftenfirma."
        window = f"Binnen {n} {unit} wil ik de storingsmeldingen van de liften zelf afhandelen."
    else:
        length = f"For {n} {unit} I want to work along with the lift engineers."
        window = f"Within {n} {unit} I want to handle the lift fault reports on my own."

    def t006(text: str) -> str:
        found = [f for f in _report(text, lang).findings if f.code == "T006"]
        assert found, text
        return found[0].suggestions[0].applicability

    assert t006(length) == "display_only"
    assert t006(window) == "safe"


@pytest.mark.parametrize(
    ("text", "lang", "asked"),
    [
        (
            "Voor de verhuizing naar het nieuwe pand wil ik het archief van de notaris opruimen.",
            "nl",
            "pand ([datum])",
        ),
        (
            "Before the merger with the sister firm I want to update the maintenance logs of the "
            "marina.",
            "en",
            "firm ([date])",
        ),
        (
            "Voor de audit wil ik alle werkinstructies van de lijmafdeling bijwerken.",
            "nl",
            "audit ([datum])",
        ),
    ],
)
def test_the_date_of_a_fronted_event_is_asked_after_its_whole_phrase(
    text: str, lang: str, asked: str
) -> None:
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert asked in rewrite, rewrite


# Events named in words the pack did not know: a posting with an end ("het einde van mijn
# plaatsing", "the end of my posting"), a one-off occasion with what it opens after it ("de
# opening van de nieuwe vestiging", "the reopening of the pool"), the yearly talk under
# another name ("mijn eindejaarsgesprek") and the days a place opens its doors ("de open
# dag", "the open evening"). T passes and the rewrite adds no second deadline beside them.
NAMED_EVENT_GOALS = [
    ("Voor het einde van mijn plaatsing in Nairobi wil ik vloeiend Swahili leren spreken.", "nl"),
    (
        "Voor de opening van de nieuwe vestiging wil ik beter worden in het inwerken van collega's.",
        "nl",
    ),
    ("Na de heropening van het zwembad wil ik meer ouders voor de zwemles werven.", "nl"),
    ("Bij mijn eindejaarsgesprek wil ik beter worden in het presenteren van mijn projecten.", "nl"),
    ("Voor de open dag wil ik de rondleiding door de werkplaats verbeteren.", "nl"),
    ("By the end of my posting in Nairobi I want to get better at speaking Swahili.", "en"),
    ("Before the opening of the new branch I want to get better at training new staff.", "en"),
    ("Before the open evening I want to improve the tour of the workshop.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NAMED_EVENT_GOALS)
def test_a_named_event_is_the_deadline_and_gets_no_second_one(text: str, lang: str) -> None:
    report = _report(text, lang)
    assert report.criteria[Criterion.T].passed, text
    assert any(e.kind == "event" for e in report.goal.deadlines), report.goal.deadlines
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert not ADDED_DEADLINE.search(rewrite), rewrite


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Elke dag voor opening wil ik de koeling van de winkel controleren.", "nl"),
        ("Voor de opening wil ik de koeling van de winkel controleren.", "nl"),
        ("Before opening I want to check the fridges of the shop every day.", "en"),
    ],
)
def test_an_occasion_without_what_it_opens_is_no_event(text: str, lang: str) -> None:
    """Bare, an opening is a moment of every working day: no event anchor of the goal."""
    report = _report(text, lang)
    assert not any(e.kind == "event" for e in report.goal.deadlines), report.goal.deadlines
