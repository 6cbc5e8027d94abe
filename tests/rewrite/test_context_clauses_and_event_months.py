"""Clauses of context inside a goal, and deadlines named by an event with its month.

- An event named with its month ("by the December audit", "before the January
  stocktake", "vóór de decemberaudit") is an event-anchored deadline like "by the audit":
  T passes, and the rewrite adds no second deadline beside it (it may ask for the event's
  date in brackets). A month before the determiner ("vóór juni de training") stays a
  month of its own.
- A Dutch clause opened by 'dat', 'omdat', 'zodat', 'als' has its verbs last. Main-clause
  order right after the opener ("zorg ik ervoor dat stuur ik ...") is a broken sentence: the
  writer's main clause with a demonstrative 'dat' ("..., dat stuur ik op vrijdag") embedded
  after a frame. The writer's own clause, standing alone after a comma, reads whole.
- A clause that describes how things are, with an empty subject ("het is op maandag altijd
  druk", "er is nooit tijd", "it's always busy on Mondays", "there is never time"), is no
  demand of the writer: its absolute stays as written, unbounded, and R does not fail on
  it. The writer's own absolute ("Ik wil altijd ...", "het is belangrijk dat ik altijd
  ...") is still bounded.
Every goal is written fresh for the category, in fields of its own.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, shown_rewrite

CHECKER = Checker()
ADDED_DEADLINE = re.compile(
    r"vóór \[datum\]|tot \[datum\]|\bby \[date\]|\bbefore \[date\]|\buntil \[date\]",
    re.IGNORECASE,
)
BOUNDED = re.compile(r"\[aantal\]|\[number\]")


def _passed(text: str, lang: str, criterion: Criterion) -> bool:
    return CHECKER.check(text, lang=lang, reference_date=REF).criteria[criterion].passed


# --- 1. a month before an event noun ----------------------------------------------------

EVENT_MONTH_GOALS = [
    (
        "I want to update the allergen labels in the school kitchen before the January inspection.",
        "en",
    ),
    ("I want to reconcile every invoice of the print shop by the December audit.", "en"),
    (
        "I want to get better at counting the spare parts in the bike workshop before the next "
        "March stocktake.",
        "en",
    ),
    ("Ik wil het uitleenarchief van de bibliotheek opschonen vóór de decemberaudit.", "nl"),
    ("Ik wil de medicijnkast van de apotheek ordenen vóór de januari-inspectie.", "nl"),
    ("Ik wil alle brandblussers van de sporthal controleren vóór de septemberkeuring.", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), EVENT_MONTH_GOALS)
def test_an_event_with_its_month_is_the_deadline(text: str, lang: str) -> None:
    assert _passed(text, lang, Criterion.T), text
    rewrite = shown_rewrite(CHECKER, text, lang)
    assert not ADDED_DEADLINE.search(rewrite), rewrite


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I want to reconcile every invoice of the print shop by the December audit.", "en"),
        ("I want to check every fire door in the care home before the May inspection.", "en"),
    ],
)
def test_the_event_with_its_month_is_kept_whole(text: str, lang: str) -> None:
    anchor = re.search(r"the \w+ (audit|inspection)", text)
    assert anchor is not None
    assert anchor.group(0) in shown_rewrite(CHECKER, text, lang)


def test_a_month_before_the_determiner_is_a_month_of_its_own() -> None:
    from smartcheck.reading.timex import find_time_expressions

    found = find_time_expressions(
        "Ik ga vóór juni de training voor de kassamedewerkers afronden.", "nl", REF
    )
    assert [t.kind for t in found] == ["deadline"]
    assert found[0].text == "vóór juni"


# --- 2. main-clause order after a subordinating opener ----------------------------------

MAIN_ORDER = [
    (
        "Ik wil elke week het rooster van de tandartspraktijk maken, dat stuur ik op vrijdag rond.",
        "Vóór [datum] zorg ik ervoor dat stuur ik het rooster op vrijdag rond.",
    ),
    (
        "Ik wil mijn werkbonnen in de garage bijhouden, dat vergeet ik nu vaak.",
        "Vóór [datum] zorg ik ervoor dat vergeet ik mijn werkbonnen hooguit [aantal] keer.",
    ),
    (
        "Ik wil de bestellijst van de bakkerij controleren, omdat mis ik nu vaak iets.",
        "Vóór [datum] ga ik de bestellijst controleren zodat mis ik hooguit [aantal] keer iets.",
    ),
]


@pytest.mark.parametrize(("goal", "candidate"), MAIN_ORDER)
def test_main_clause_order_after_an_opener_is_a_seam(goal: str, candidate: str) -> None:
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    ("goal", "candidate"),
    [
        (
            "Ik wil elke week het rooster van de tandartspraktijk maken, dat stuur ik op "
            "vrijdag rond.",
            "Vóór [datum] ga ik elke week het rooster van de tandartspraktijk maken, dat stuur "
            "ik op vrijdag rond.",
        ),
        (
            "Ik wil de bestellijst van de bakkerij controleren, dat doe ik nu te weinig.",
            "Vóór [datum] ga ik elke dag de bestellijst van de bakkerij controleren, dat doe "
            "ik nu te weinig.",
        ),
    ],
)
def test_the_writers_own_main_clause_standing_alone_reads_whole(goal: str, candidate: str) -> None:
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    "candidate",
    [
        "Vóór [datum] ga ik oefenen met hoe goed ik luister naar de bewoners van het zorghuis.",
        "Vóór [datum] spreek ik met de planner af welke dag ik de bestellingen van de kantine doe.",
        "Vóór [datum] zorg ik ervoor dat ik de bestellingen van de kantine op vrijdag verstuur.",
    ],
)
def test_subordinate_order_is_no_seam(candidate: str) -> None:
    goal = "Ik wil beter luisteren en de bestellingen van de kantine op tijd doen."
    assert "word_order" not in seam_kinds(CHECKER, "nl", goal, candidate)


@settings(max_examples=15, deadline=None)
@given(
    opener=st.sampled_from(["dat", "omdat", "zodat"]),
    verb=st.sampled_from(["stuur", "controleer", "maak", "lever"]),
    subject=st.sampled_from(["ik", "we"]),
)
def test_an_opener_with_verb_then_subject_is_always_a_seam(
    opener: str, verb: str, subject: str
) -> None:
    goal = "Ik wil het weekoverzicht van de kinderopvang elke vrijdag afmaken."
    candidate = f"Vóór [datum] zorg ik ervoor {opener} {verb} {subject} het weekoverzicht af."
    assert "word_order" in seam_kinds(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil elke week het rooster van de tandartspraktijk maken, dat stuur ik op vrijdag rond.",
        "Ik wil mijn werkbonnen in de garage bijhouden, dat vergeet ik nu vaak.",
    ],
)
def test_no_rewrite_embeds_the_writers_main_clause(text: str) -> None:
    rewrite = CHECKER.check(text, lang="nl", reference_date=REF).rewrite or ""
    assert not re.search(r"ervoor dat (stuur|vergeet) ik", rewrite), rewrite


# --- 3. an absolute in a clause that describes the situation ----------------------------

SITUATIONS = [
    (
        "Ik wil de recepten van de bakkerij ordenen, het is in het weekend altijd druk.",
        "nl",
        "altijd",
    ),
    (
        "Ik wil de wachtlijst van de fysiotherapiepraktijk bijhouden, er is nooit tijd voor "
        "overleg.",
        "nl",
        "nooit",
    ),
    (
        "Ik wil de pauzes van het callcenter eerlijker verdelen, er zijn altijd wachtenden in de "
        "lijn.",
        "nl",
        "altijd",
    ),
    (
        "I want to sort the returns at the bike shop, it's always chaotic on Saturdays.",
        "en",
        "always",
    ),
    (
        "I want to label every shelf in the hardware store, there is never enough time during "
        "the week.",
        "en",
        "never",
    ),
    (
        "I want to plan the delivery runs of the florist, there are always last-minute orders.",
        "en",
        "always",
    ),
]


@pytest.mark.parametrize(("text", "lang", "absolute"), SITUATIONS)
def test_a_situation_keeps_its_absolute_unbounded(text: str, lang: str, absolute: str) -> None:
    clause = text.split(", ", 1)[1].rstrip(".")
    assert absolute in clause
    rewrite = shown_rewrite(CHECKER, text, lang)
    # inside the goal's sentence or as the sentence after it, with its own capital
    assert clause.lower() in rewrite.lower(), rewrite
    assert not BOUNDED.search(rewrite), rewrite


@pytest.mark.parametrize(("text", "lang", "absolute"), SITUATIONS)
def test_realistic_does_not_fail_on_the_situation(text: str, lang: str, absolute: str) -> None:
    assert _passed(text, lang, Criterion.R), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Het is belangrijk dat ik altijd op tijd ben bij de klanten van de thuiszorg.", "nl"),
        ("Ik wil altijd op tijd zijn bij de klanten, het is op maandag druk.", "nl"),
        ("I want to always answer the phone of the clinic within three rings, it is busy.", "en"),
    ],
)
def test_the_writers_own_absolute_is_still_a_demand(text: str, lang: str) -> None:
    assert not _passed(text, lang, Criterion.R), text
