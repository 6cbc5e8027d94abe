"""Verbless aims, topics and notes (session 24), by category.

- a vague aim told as a noun ('Meer kennis van X', 'Meer verantwoordelijkheid richting Y')
  keeps its noun: it is the purpose of a concrete behaviour, never the place the behaviour
  takes ('ga ik voor richting Y [concreet gedrag]' lost the aim);
- a bracket aside after the aim ('(lonen, toeslagen)') lists what it covers: its commas cut
  no piece, its words are no verbs, and the frame's deadline never goes inside it;
- a comparative before a word in -en: uninflected it is the writer's act with its adverb
  ('beter afstemmen met X'), inflected the word is a noun ('Strakkere kitnaden');
- a learning route asked as a bare noun ('stage bij X?') is the writer's step;
- a zero target around its noun ('Geen X meer bij Y') is a bounded count;
- a note after a fragment keeps its own clause ('Altijd X, ook als het druk is') and a
  hedged means ('..., misschien via een e-learning') loses only the hedge.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, seam_tags, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Meer verantwoordelijkheid richting ploegleider, liefst ook de inkoop.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer "
            "verantwoordelijkheid te hebben richting ploegleider, liefst ook de inkoop.",
        ),
        (
            "nl",
            "Meer kennis van bodemsoorten, vooral klei en veen, zodat ik de graafmachinist "
            "beter kan instrueren.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer kennis "
            "te hebben van bodemsoorten, vooral klei en veen, zodat ik de graafmachinist beter "
            "kan instrueren.",
        ),
        (
            "en",
            "More responsibility towards shift supervisor.",
            "By [date], I will increase responsibility towards shift supervisor, from [current "
            "number] to [target number], with [how measured] as evidence.",
        ),
    ],
)
def test_an_aim_noun_stays_the_aim(lang: str, text: str, expected: str) -> None:
    """'verantwoordelijkheid', 'kennis', 'responsibility' are in the rewrite: the aim kept."""
    assert rewrite_of(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Meer kennis van de arbowet (tilnormen, werktijden).",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer kennis "
            "te hebben van de arbowet (tilnormen, werktijden).",
        ),
        (
            "nl",
            "Ik wil meer kennis van het energielabel (isolatie, ventilatie).",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer kennis "
            "van het energielabel (isolatie, ventilatie) te krijgen.",
        ),
        (
            "nl",
            "Meer kennis van warmtepompen (storingen, inregelen uitleggen aan bewoners) want we "
            "plaatsen er steeds meer.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer kennis "
            "te hebben van warmtepompen (storingen, inregelen uitleggen aan bewoners), want we "
            "plaatsen er steeds meer.",
        ),
        (
            "en",
            "More knowledge of the food safety rules (allergens, labelling).",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to have more knowledge of the food safety rules (allergens, labelling).",
        ),
    ],
)
def test_an_aside_in_brackets_lists_what_the_aim_covers(
    lang: str, text: str, expected: str
) -> None:
    """The aside stays whole after the aim; no frame word goes inside it."""
    assert rewrite_of(CHECKER, text, lang) == expected


def test_a_list_with_an_aside_is_cut_at_its_own_commas() -> None:
    text = (
        "Meer kennis van de keuringseisen (NEN, VCA), ook beter leren lassen, en mijn "
        "heftruckcertificaat halen."
    )
    assert rewrite_of(CHECKER, text, "nl") == (
        "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer kennis te "
        "hebben van de keuringseisen (NEN, VCA).\n"
        "Vóór [datum] ga ik leren lassen, met als bewijs [hoe gemeten], zodat ik [concreet "
        "gedrag] kan.\n"
        "Vóór [datum] ga ik mijn heftruckcertificaat halen."
    )


def test_the_frames_deadline_inside_the_writers_aside_is_a_seam() -> None:
    goal = "Meer kennis van warmtepompen (storingen, inregelen uitleggen aan bewoners)."
    torn = (
        "Meer kennis van warmtepompen (storingen, inregelen uitleggen vóór [datum] aan "
        "bewoners), met als bewijs [hoe gemeten]."
    )
    assert "torn-bracket" in seam_tags(CHECKER, "nl", goal, torn)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "- sneller schakelen met de planning, nu wachten de monteurs vaak op onderdelen",
            "Vóór [datum] ga ik sneller schakelen met de planning, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten]. Nu wachten de monteurs vaak op "
            "onderdelen.",
        ),
        (
            "nl",
            "Beter afstemmen met de nachtploeg.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om beter af te stemmen met de nachtploeg.",
        ),
        (
            "nl",
            "Strakkere kitnaden. Minder nawerk.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om strakkere "
            "kitnaden te hebben: minder nawerk.",
        ),
        (
            "nl",
            "Snellere overdrachten bij de wisseling.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om snellere "
            "overdrachten te hebben bij de wisseling.",
        ),
    ],
)
def test_a_comparative_tells_an_act_from_a_thing(lang: str, text: str, expected: str) -> None:
    """'beter afstemmen' is the act, never '[concreet gedrag] in beter afstemmen'; 'strakkere
    kitnaden' is a thing, never 'om strakkere te kitnaden'."""
    assert rewrite_of(CHECKER, text, lang) == expected


def test_a_bare_comparative_is_no_topic_to_get_better_in() -> None:
    """'Rustiger bij drukte' named no field: the honest fallback, no '[concreet gedrag] in
    rustiger bij drukte'."""
    shown = rewrite_of(CHECKER, "Rustiger bij drukte.", "nl")
    assert shown is not None and " in rustiger" not in shown


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "stage bij de werkvoorbereiding?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een stage bij de werkvoorbereiding ga doen.",
        ),
        (
            "en",
            "secondment to the Rotterdam branch?",
            "By [date], I will agree with my manager on whether I do a secondment to the Rotterdam branch.",
        ),
        (
            "en",
            "internship at the design studio?",
            "By [date], I will agree with my manager on whether I do an internship at the design studio.",
        ),
    ],
)
def test_a_route_asked_bare_is_the_writers_step(lang: str, text: str, expected: str) -> None:
    assert rewrite_of(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Geen klachten meer over de wachttijd aan de balie.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om hoogstens "
            "[aantal] klachten te hebben over de wachttijd aan de balie.",
        ),
        (
            "nl",
            "Geen vergeten pallets meer op het laadperron.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om hoogstens "
            "[aantal] vergeten pallets te hebben op het laadperron.",
        ),
        (
            "en",
            "No complaints anymore about the queue at the desk.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order "
            "to have at most [number] complaints about the queue at the desk.",
        ),
    ],
)
def test_a_zero_target_around_its_noun_is_a_bounded_count(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Schoner werken. Altijd een stofmasker op, ook als het maar even duurt.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om schoner te "
            "werken: in minstens [aantal] van de 10 gevallen een stofmasker op, ook als het maar even "
            "duurt.",
        ),
        (
            "nl",
            "Meer kennis over dementie en delier, misschien via een e-learning of een klinische "
            "les.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om meer kennis "
            "te hebben over dementie en delier, via een e-learning of een klinische les.",
        ),
    ],
)
def test_a_note_keeps_its_clause_and_loses_its_hedge(lang: str, text: str, expected: str) -> None:
    """'ook als het ... duurt' is when the rule holds, no goal of the writer's; the absolute
    before it is bounded."""
    assert well_rewritten(CHECKER, text, lang) == expected
