"""The bounded target an absolute becomes, read as the right commitment (session 41).

R001 bounds an absolute in its place; the audit of session 41 found the bound read as the
wrong commitment in two generic ways, both fixed in the frames:

- a Dutch "nooit meer" on an act of the writer ("nooit meer een vormhoed laten krimpen",
  "ik wil nooit meer te laat zijn"): the committed frame read "Vóór [datum] *ga ik* hooguit
  [aantal] keer een vormhoed laten krimpen", a plan to fail. The bound is a ceiling on a
  count of failures: the act's own verb, in the writer's present form, is the finite verb
  ("laat ik hooguit [aantal] keer een vormhoed krimpen", "ben ik hooguit [aantal] keer te
  laat"; a plural writer takes the infinitive: "vergeten we"; bounded_failures.py). A
  separable verb ("kwijtraken") or a present form the parser reads as another word ("open",
  "mis") keeps the frame as it was, as do two acts under one bound;
- "always", "altijd", "every time", "zonder uitzondering" bounded as "in [number] out of 10
  cases": read as leave to skip the act in the other cases. The bound is a floor: "in at
  least [number] out of 10 cases", "in minstens [aantal] van de 10 gevallen" (the packs'
  ``replacements``). English "never (again)" was already a ceiling on the failures ("I will
  not miss ... more than [number] times") and stays.

Goals written fresh for these categories, in trades no data set has (thatching, millinery,
oyster farming, chocolatier, riding school, animal ambulance, carillon, plastering, ice rink,
paintball, sushi counter, animal shelter)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_style, shown_rewrite, well_rewritten

CHECKER = Checker()

# -- 'nooit meer' on the writer's act: the act's verb under the ceiling -------------------

CEILING_NL = [
    (  # a te-infinitive after the verb
        "nl",
        "Nooit meer vergeten de rieten kap nat te maken voor het vastnaaien",
        "Vóór [datum] vergeet ik hooguit [aantal] keer de rieten kap nat te maken voor het vastnaaien, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
    ),
    (  # a causative cluster, lower case, a phrase after the verbs
        "nl",
        "nooit meer een vormhoed laten krimpen in de stoomkast",
        "Vóór [datum] laat ik hooguit [aantal] keer een vormhoed krimpen in de stoomkast, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
    ),
    (  # 'te laat komen', a told reason after a comma
        "nl",
        "Nooit meer te laat komen bij de voederronde van de oesterbanken, want dan gaat de partij verloren.",
        "Vóór [datum] kom ik hooguit [aantal] keer te laat bij de voederronde van de oesterbanken, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je], want dan gaat de partij verloren.",
    ),
    (  # the writer's wish, a separable verb inside the cluster
        "nl",
        "Ik wil nooit meer een bonbonvulling laten overkoken.",
        "Vóór [datum] laat ik hooguit [aantal] keer een bonbonvulling overkoken, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
    ),
    (
        "nl",
        "Nooit meer een verkeerde dosis geven bij de dierenambulance.",
        "Vóór [datum] geef ik hooguit [aantal] keer een verkeerde dosis bij de dierenambulance, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
    ),
    (  # the copula: irregular first person
        "nl",
        "Ik wil nooit meer te laat zijn voor de stemming van het carillon.",
        "Vóór [datum] ben ik hooguit [aantal] keer te laat voor de stemming van het carillon, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
    ),
    (  # a plural writer: the infinitive is the finite form
        "nl",
        "We willen nooit meer een zending chocolade vergeten te koelen",
        "Vóór [datum] vergeten we hooguit [aantal] keer een zending chocolade te koelen, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
    ),
    (  # an error made
        "nl",
        "Nooit meer een fout maken in de hoefmaten",
        "Vóór [datum] maak ik hooguit [aantal] keer een fout in de hoefmaten, met steun van [wie ondersteunt je].",
    ),
]

# -- kept as it was: a separable verb, a stem read as another word -----------------------

CEILING_KEPT = [
    (  # 'raak ... kwijt' would leave the particle behind
        "nl",
        "Nooit meer een paard kwijtraken tijdens een buitenrit met de manege",
        "Vóór [datum] ga ik hooguit [aantal] keer een paard kwijtraken tijdens een buitenrit met de manege, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
    ),
    (  # 'open' reads as an adjective; the tagger reads 'handschoen' as a verb
        "nl",
        "NOOIT meer een oester openen zonder handschoen",
        "Vóór [datum] ga ik hooguit [aantal] keer een oester openen zonder handschoen, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
    ),
]

# -- 'always' and its kin: a floor ---------------------------------------------------------

FLOOR = [
    (  # a subordinate clause after the act
        "nl",
        "Altijd de ijsvloer controleren op scheuren voordat het publiek erop mag",
        "Vóór [datum] ga ik in minstens [aantal] van de 10 gevallen de ijsvloer controleren op scheuren voordat het publiek erop mag, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
    ),
    (  # the writer's own 'ga', a told reason after
        "nl",
        "Ik ga altijd de temperatuur van de oesterbakken noteren, omdat de keuring dat vraagt.",
        "Vóór [datum] ga ik in minstens [aantal] van de 10 gevallen de temperatuur van de oesterbakken noteren, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je], omdat de keuring dat vraagt.",
    ),
    (  # a rider that only stresses the absolute
        "nl",
        "Altijd zonder uitzondering de stukadoorsvloer afdekken",
        "Vóór [datum] ga ik in minstens [aantal] van de 10 gevallen de stukadoorsvloer afdekken, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je].",
    ),
    (
        "en",
        "Always check the harness buckles before a rider mounts",
        "By [date], I will check the harness buckles before a rider mounts in at least [number] out of 10 cases, with [how measured] as evidence, with support from [who supports you].",
    ),
    (  # a modal with 'always', a reason after
        "en",
        "I will always log the dough temperature at the sushi counter, because the inspector asks for it.",
        "By [date], I will log the dough temperature at the sushi counter in at least [number] out of 10 cases, with [how measured] as evidence, with support from [who supports you], because the inspector asks for it.",
    ),
    (  # lower case, 'twice' in the act
        "en",
        "always weigh the cocoa butter twice before tempering",
        "By [date], I will weigh the cocoa butter twice before tempering in at least [number] out of 10 cases, with [how measured] as evidence, with support from [who supports you].",
    ),
    (  # the rider between commas
        "en",
        "Always, without exception, tag the oyster bags with the harvest date",
        "By [date], I will tag the oyster bags with the harvest date in at least [number] out of 10 cases, with [how measured] as evidence, with support from [who supports you].",
    ),
    (  # a wish with a split infinitive
        "en",
        "I want to always brief the thatching crew on the roof edge before we climb.",
        "By [date], I will brief the thatching crew on the roof edge before we climb in at least [number] out of 10 cases, with [how measured] as evidence, with support from [who supports you].",
    ),
]

# -- English 'never (again)': already a ceiling on the failures, unchanged ----------------

NEVER_EN = [
    (
        "en",
        "Never again forget to lock the paintball gun rack after closing",
        "By [date], I will not forget to lock the paintball gun rack after closing more than [number] times, with [how measured] as evidence, with support from [who supports you].",
    ),
    (
        "en",
        "Never again be late for the evening feed at the animal shelter.",
        "By [date], I will not be late for the evening feed at the animal shelter more than [number] times, with [how measured] as evidence, with support from [who supports you].",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), CEILING_NL)
def test_ceiling_on_the_writers_failures(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(("lang", "goal", "expected"), CEILING_KEPT)
def test_ceiling_kept_where_the_verb_cannot_move(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(("lang", "goal", "expected"), FLOOR + NEVER_EN)
def test_always_is_a_floor(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


def test_zero_target_keeps_its_purpose_frame() -> None:
    """A zero count the writer's behaviour serves is no act of the writer: its bound stays
    the purpose ('om hoogstens [aantal] keer een klacht te hebben'), with 'ga ik'."""
    goal = "Geen enkele klacht meer over kapotte hoeden bij levering"
    assert shown_rewrite(CHECKER, goal, "nl") == (
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], met steun van "
        "[wie ondersteunt je], om hoogstens [aantal] keer een klacht te hebben over kapotte "
        "hoeden bij levering."
    )


@pytest.mark.parametrize(
    ("lang", "floor"),
    [
        ("nl", "in minstens {number} van de 10 gevallen"),
        ("en", "in at least {number} out of 10 cases"),
    ],
)
def test_always_bound_is_a_floor_in_the_pack(lang: str, floor: str) -> None:
    style = rewrite_style(CHECKER, lang)
    always = "altijd" if lang == "nl" else "always"
    assert style.replacements[always] == floor
