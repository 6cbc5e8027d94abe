"""Doubts, disagreements and remarks beside a goal, and a second deadline beside a dated event
(session 29, doubts29), by category:

- a hedged last sentence that weighs *when* the goal is realistic ('Misschien is dat pas
  volgend jaar realistisch.', 'Maybe that's too ambitious for this year.'): the later time it
  names is the deadline, or the date is asked when it doubts the time it names; the hedge
  never stays;
- what the writer expects to gain from a step, told with a verb of opinion ('I think I'd learn
  a lot about X there', 'Ik denk dat ik daar veel van leer'): the step's purpose, no hedge; an
  expected feeling ('I think I'd be bored') is never made one;
- the writer's doubt after a contrast ('..., maar eerlijk gezegd weet ik niet of ...', '...,
  maar ik twijfel of ...'): a remark after the rewrite, never inside the committed clause;
- the writer's disagreement with someone else's view ('Ik ben het daar niet helemaal mee
  eens.', "I don't fully agree."): kept after the rewrite for the manager to read, and no
  second goal for the judge;
- a moment the tables do not know, dated by a month in brackets ('Vóór de Open Monumentendag
  (september)', 'Before the trade fair (March)'): an event-anchored deadline already, so never
  a second deadline beside it.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.criteria import Criterion
from tests.conftest import REF
from tests.support.rewriting import rewrite_of, seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Chair the monthly supplier review on my own. Maybe that's only realistic next year.",
            "Next year, I will chair the monthly supplier review on my own.",
        ),
        (
            "nl",
            "Ik wil zelfstandig de btw-aangifte doen. Wellicht lukt dat pas volgend jaar.",
            "Volgend jaar ga ik zelfstandig de btw-aangifte doen.",
        ),
        (
            "en",
            "I want to take over the delivery planning from my manager. Perhaps that is more "
            "realistic after the summer.",
            "After the summer, I will take over the delivery planning from my manager, with "
            "[how measured] as evidence.",
        ),
    ],
)
def test_a_later_time_the_doubt_names_is_the_deadline(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Zelf de roosters voor het zwembad maken. Misschien is dat te ambitieus voor dit jaar.",
        ),
        (
            "en",
            "Take over the payroll run from my manager. Perhaps that's a bit much for this quarter.",
        ),
        ("nl", "Zelfstandig de maandafsluiting doen. Misschien is dat te veel voor dit kwartaal."),
    ],
)
def test_a_time_doubted_as_too_soon_is_asked_again(lang: str, text: str) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert rewrite.startswith(("Vóór [datum]", "By [date]"))
    assert not any(w in rewrite.lower() for w in ("misschien", "perhaps", "dit jaar", "quarter"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Could I spend two days with the calibration lab? I think I'd learn a lot about the "
            "torque tools there.",
            "By [date], I will spend two days with the calibration lab, agreed with my manager, "
            "so that I can learn a lot about the torque tools there.",
        ),
        (
            "nl",
            "Mag ik een dag meedraaien op de spoedeisende hulp? Ik denk dat ik daar veel van leer.",
            "Vóór [datum] ga ik een dag meedraaien op de spoedeisende hulp, in overleg met mijn "
            "leidinggevende, zodat ik daar veel van kan leren.",
        ),
        (
            "nl",
            "Ik wil een week meelopen bij de kaasmakerij. Ik verwacht dat ik daar veel kan leren "
            "over het rijpen.",
            "Vóór [datum] ga ik een week meelopen bij de kaasmakerij, zodat ik daar veel over het "
            "rijpen kan leren.",
        ),
        (
            "en",
            "Spend a week with the night shift. I think I'd learn a lot about the loading plan.",
            "By [date], I will spend a week with the night shift, so that I can learn a lot about "
            "the loading plan.",
        ),
    ],
)
def test_an_expected_gain_is_the_steps_purpose(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_an_expected_feeling_is_no_purpose() -> None:
    rewrite = rewrite_of(
        CHECKER, "Could I spend a day with the sales team? I think I'd be bored there.", "en"
    )
    assert rewrite is not None
    assert "so that" not in rewrite
    assert "I think I'd be bored there." in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Ik wil mijn vaarbewijs halen, maar eerlijk gezegd weet ik niet of ik daar tijd voor "
            "heb naast het seizoen.",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik mijn vaarbewijs ga halen. Eerlijk gezegd weet ik niet of ik daar tijd voor heb naast het seizoen.",
        ),
        (
            "nl",
            "Ik wil de cursus boekhouden afronden, maar ik twijfel of dat lukt naast mijn gezin.",
            "Vóór [datum] ga ik de cursus boekhouden afronden, met als bewijs [hoe gemeten]. Ik "
            "twijfel of dat lukt naast mijn gezin.",
        ),
        (
            "nl",
            "Ik wil de training conflicthantering volgen, maar eigenlijk weet ik nog niet hoe ik "
            "dat combineer met de nachtdiensten.",
            "Vóór [datum] ga ik de training conflicthantering volgen. Eigenlijk weet ik nog niet "
            "hoe ik dat combineer met de nachtdiensten.",
        ),
    ],
)
def test_a_doubt_after_a_contrast_is_a_remark(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_doubt_committed_with_the_goal_is_a_seam() -> None:
    goal = (
        "Ik ga proberen mijn EHBO-diploma te halen, maar eerlijk gezegd weet ik niet of dat lukt."
    )
    candidate = (
        "Vóór [datum] ga ik mijn EHBO-diploma halen, maar eerlijk gezegd weet ik niet of dat "
        "lukt, in overleg met [wie ondersteunt je]."
    )
    assert "contradiction" in seam_kinds(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Het team vindt dat ik vaker moet terugkoppelen. Ik ben het daar niet helemaal mee eens.",
            "Vóór [datum] ga ik vaker terugkoppelen, van [huidig aantal] naar [streefaantal], met "
            "als bewijs [hoe gemeten], zoals het team adviseert. Ik ben het daar niet helemaal mee eens.",
        ),
        (
            "en",
            "My supervisor thinks I should double-check every invoice. I don't fully agree.",
            "By [date], I will double-check every invoice, with [how measured] as evidence, as my "
            "supervisor advises. I don't fully agree.",
        ),
        (
            "nl",
            "Mijn chef wil dat ik de kassa vaker tel. Ik zie dat anders.",
            "Vóór [datum] ga ik de kassa vaker tellen, van [huidig aantal] naar [streefaantal], met "
            "als bewijs [hoe gemeten], zoals mijn chef wil. Ik zie dat anders.",
        ),
        (
            "en",
            "My team leader wants me to rotate the cold-store checks. I disagree. I'll work on it.",
            "By [date], I will rotate the cold-store checks, with [how measured] as evidence, as "
            "my team leader wants. I disagree.",
        ),
    ],
)
def test_a_disagreement_stays_for_the_manager(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "By 1 March 2027, I will check every pallet label, as my manager wants. I disagree.",
        ),
        (
            "nl",
            "Vóór 1 maart 2027 controleer ik elk palletlabel, zoals mijn chef wil. Ik zie dat anders.",
        ),
    ],
)
def test_a_disagreement_is_no_second_goal(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not any(f.code == "S004" for f in report.criteria[Criterion.S].findings)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Vóór de Open Monumentendag (september) schrijf ik de rondleidingstekst voor de toren.",
            "Vóór de Open Monumentendag (september) schrijf ik de rondleidingstekst voor de toren, "
            "met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Before the trade fair (March) I will redo the stand layout.",
            "Before the trade fair (March), I will redo the stand layout, with [how measured] as "
            "evidence.",
        ),
        (
            "nl",
            "Voor de kerstmarkt (december) wil ik de kraam zelf kunnen opbouwen.",
            "Voor de kerstmarkt (december) kan ik de kraam zelf opbouwen, met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Vóór de Boekenmarkt (april) richt ik de kinderhoek opnieuw in, en na 2 maanden "
            "bespreek ik met de eigenaar de verkoop in die hoek.",
            "Vóór de Boekenmarkt (april) richt ik de kinderhoek opnieuw in, met als bewijs [hoe "
            "gemeten].\nNa 2 maanden bespreek ik met de eigenaar de verkoop in die hoek, met als "
            "bewijs [hoe gemeten].",
        ),
    ],
)
def test_an_event_dated_in_brackets_takes_no_second_deadline(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Vóór de Open Monumentendag (september) schrijf ik de rondleidingstekst."),
        ("en", "Before the spring fair (April 2027) I will print the new price cards."),
        ("nl", "Na de verbouwing (april) werk ik met het nieuwe kassasysteem."),
    ],
)
def test_a_month_in_brackets_after_a_marker_is_a_time(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.criteria[Criterion.T].passed
    assert report.rewrite is not None
    assert "[datum]" not in report.rewrite
    assert "[date]" not in report.rewrite


def test_a_bare_month_in_brackets_without_a_marker_is_no_time() -> None:
    report = CHECKER.check("Ik richt de etalage opnieuw in (maart).", lang="nl", reference_date=REF)
    assert not report.criteria[Criterion.T].passed
