"""How things are now, told after the goal, and an offer with a condition (session 25).

- a clause after the comma opened by a word of 'now' with its verb second ('..., nu kan
  eigenlijk alleen Ferry hem bedienen', '..., momenteel missen wij ...', '..., right now we
  only find ...') tells the situation: the goal is rewritten alone and the situation kept
  after it as written, the writer's team in it too; a time in it is when it happens now, no
  second deadline, and a plural present before 'wij' is a verb in its slot;
- the writer's offer to be the one a need asks for keeps its reading with a condition after
  it ('dat wil ik wel doen als ik er uren voor krijg');
- a list in brackets inside the others' clause ('(tillen, hijsen)') is an aside: the own
  part's verb goes after it, never inside it;
- 'verantwoordelijk voor de keuring' names what the writer answers for, no moment before it;
- an impersonal need whose own part is still vague ('Er moet beter gecommuniceerd worden')
  is the aim of the writer's concrete step ('..., zodat er beter gecommuniceerd wordt').

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import rewrite_of, seam_tags, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Er moet vaker geoefend worden met de nieuwe kraan, nu kan eigenlijk alleen Ferry "
            "hem bedienen.",
            "Vóór [datum] zorg ik ervoor dat er vaker geoefend wordt met de nieuwe kraan, van "
            "[huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten]. Nu kan "
            "eigenlijk alleen Ferry hem bedienen.",
        ),
        (
            "nl",
            "De overdracht aan de avonddienst moet beter, momenteel missen wij vaak de helft "
            "van de meldingen.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat de "
            "overdracht aan de avonddienst beter wordt. Momenteel missen wij vaak de helft "
            "van de meldingen.",
        ),
        (
            "en",
            "The stock counts need to be more accurate, right now we only find errors at the "
            "year end.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, so "
            "that the stock counts are more accurate. Right now we only find errors at the "
            "year end.",
        ),
    ],
)
def test_the_situation_now_is_kept_after_the_goal(lang: str, text: str, expected: str) -> None:
    assert rewrite_of(CHECKER, text, lang) == expected


def test_a_plan_after_now_is_no_situation() -> None:
    """'nu wil ik ...' is the writer's wish: never kept aside as how things are."""
    text = "Ik wil rustiger worden aan de telefoon, nu wil ik elke beller direct helpen."
    rewrite = rewrite_of(CHECKER, text, "nl") or ""
    assert "Nu wil ik elke beller direct helpen." not in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Er moet iemand het sleutelbeheer regelen, dat wil ik wel doen als ik er uren voor "
            "krijg.",
            "Vóór [datum] ga ik het sleutelbeheer regelen, met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Someone has to keep the first aid kits stocked, I would like to do that if I get "
            "the time.",
            "By [date], I will keep the first aid kits stocked.",
        ),
    ],
)
def test_an_offer_with_a_condition_is_taken_on(lang: str, text: str, expected: str) -> None:
    assert rewrite_of(CHECKER, text, lang) == expected


def test_the_own_part_verb_goes_after_a_bracket_list() -> None:
    text = "Het team moet de keuringslijst (tillen, hijsen) beter bijhouden."
    assert rewrite_of(CHECKER, text, "nl") == (
        "Vóór [datum] zorg ik ervoor dat het team de keuringslijst (tillen, hijsen) beter "
        "bijhoudt, van [huidig aantal] naar [streefaantal], met als bewijs [hoe gemeten]."
    )


def test_responsible_for_an_event_is_no_deadline() -> None:
    """'verantwoordelijk voor de keuring': what the writer answers for; T still fails."""
    report = CHECKER.check(
        "Ik wil verantwoordelijk worden voor de keuring van de ladders.",
        lang="nl",
        reference_date=REF,
    )
    assert not report.criteria[Criterion.T].passed
    assert report.goal.deadlines == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Er moet vaker geoefend worden met de nieuwe kraan, nu kan eigenlijk alleen Ferry "
            "hem bedienen.",
        ),
        (
            "en",
            "The stock counts need to be more accurate, right now we only find errors at the "
            "year end.",
        ),
        (
            "nl",
            "Er moet iemand verantwoordelijk worden voor het onderhoud van de gereedschappen "
            "(boren, zagen), dat wil ik wel oppakken.",
        ),
    ],
)
def test_each_is_rewritten_well(lang: str, text: str) -> None:
    assert well_rewritten(CHECKER, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Er moet beter afgestemd worden tussen de keuken en de bediening.",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], zodat er beter "
            "afgestemd wordt tussen de keuken en de bediening.",
        ),
        (
            "en",
            "Communication with the night shift must get better.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, so that "
            "communication with the night shift gets better.",
        ),
    ],
)
def test_a_vague_need_is_the_aim_of_a_concrete_step(lang: str, text: str, expected: str) -> None:
    assert rewrite_of(CHECKER, text, lang) == expected
    assert well_rewritten(CHECKER, text, lang)


def test_a_modal_with_a_bare_participle_is_a_seam() -> None:
    """'beter ... worden' dropped as a vague outcome leaves 'moet ... afgestemd' alone."""
    goal = "Er moet beter afgestemd worden tussen de keuken en de bediening."
    broken = "Er moet vóór 1 juni 2027 afgestemd tussen de keuken en de bediening."
    assert "bare-participle" in seam_tags(CHECKER, "nl", goal, broken)


@pytest.mark.parametrize(
    "candidate",
    [
        "Vóór 1 juni 2027 wil ik gecertificeerd zijn als heftruckchauffeur.",
        "Vóór 1 juni 2027 ga ik de gevraagde planning maken.",
        "Vóór 1 juni 2027 ga ik de cursus EHBO (NIKTA) volgen.",
    ],
)
def test_a_participle_with_its_auxiliary_is_whole(candidate: str) -> None:
    goal = "Ik wil een certificaat halen."
    assert "bare-participle" not in seam_tags(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    ("candidate", "agrees"),
    [
        ("Vóór 1 juni 2027 beschrijven ik de smaken, met als bewijs een logboek.", False),
        ("Ik beschrijven de smaken in een logboek.", False),
        ("Vóór 1 juni 2027 ga ik de smaken leren beschrijven.", True),
    ],
)
def test_the_writers_verb_agrees(candidate: str, agrees: bool) -> None:
    """A split part that put a conjunct's infinitive in the finite slot ('beschrijven ik')."""
    goal = "Ik wil leren proeven en beschrijven."
    assert ("agr" not in seam_tags(CHECKER, "nl", goal, candidate)) is agrees


def test_a_singular_stem_in_en_agrees() -> None:
    """'Ik ken' (of 'kennen') ends in -en and is the writer's own singular."""
    goal = "Ik ken de kassa nog niet. Doel: voor de zomer zelf de dagafsluiting doen."
    candidate = "Ik ken de kassa nog niet. Voor de zomer ga ik zelf de dagafsluiting doen."
    assert "agr" not in seam_tags(CHECKER, "nl", goal, candidate)


def test_a_question_clause_after_the_learned_verb_is_its_object() -> None:
    """'leren hoe de koelinstallatie wordt ontdooid': 'hoe' opens the verb's object clause,
    no words standing after the infinitive; the situation after 'nu' is its own sentence."""
    text = (
        "Leren hoe de koelinstallatie wordt ontdooid, nu doet de monteur dat altijd en dan sta "
        "ik erbij te kijken."
    )
    assert rewrite_of(CHECKER, text, "nl") == (
        "Vóór [datum] ga ik leren hoe de koelinstallatie wordt ontdooid, met als bewijs [hoe "
        "gemeten], zodat ik [concreet gedrag] kan. Nu doet de monteur dat altijd en dan sta ik "
        "erbij te kijken."
    )
