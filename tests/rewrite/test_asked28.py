"""Steps asked or hedged beside a wish, and a difficulty told inside the wish (session 28),
by category.

- a step asked, then the writer's wish ('Could I X? I'd like to Y', 'Zou ik X mogen? Ik wil
  graag Y'): X committed and agreed with the manager, Y its purpose, the hedge inside Y
  gone; a Dutch permission modal before a separable verb goes with the particle joined
  ('mee mogen lopen' -> 'meelopen');
- an aim, then an act the writer asks leave for ('Learn X. Could I join the working
  group?'): the act, whatever it is, committed with the aim as its purpose; an act that only
  points back ('Can I join the pilot group for it?') is no step of its own;
- a thing added short and verbless after the goal ('And maybe Y too.', 'En misschien ook
  Y.'): the goal rewritten, the addition kept after it without its hedge;
- a part of the field the writer finds hard, told after a comma ('..., vooral X vind ik nog
  lastig'): a remark kept after the rewritten wish;
- a remark that the goal is no hurry ('not urgent', 'geen haast'): kept, the date asked;
- room or time asked for a step ('Is er ruimte voor een cursus X?', 'Is there room for me to
  X?'): the step committed, agreed with the manager, as budget asked for it is.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import falls_back, rewrite_of, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Could I spend a week with the quality lab? I'd like to understand how they test "
            "incoming parts.",
            "By [date], I will spend a week with the quality lab, agreed with my manager, so "
            "that I can understand how they test incoming parts.",
        ),
        (
            "en",
            "Can I shadow the dispatcher on a night shift? I want to learn how they prioritise "
            "calls and maybe also help with the handover notes.",
            "By [date], I will shadow the dispatcher on a night shift, with [how measured] as "
            "evidence, agreed with my manager, so that I can learn how they prioritise calls "
            "and also help with the handover notes.",
        ),
        (
            "en",
            "Would it be possible to join the bid team for the Leeds tender? I would like to "
            "get better at writing proposals.",
            "By [date], I will join the bid team for the Leeds tender, agreed with my manager, "
            "so that I can get better at writing proposals.",
        ),
        (
            "nl",
            "Zou ik een week mee mogen lopen met de inkoper? Ik wil graag leren hoe zij met "
            "leveranciers onderhandelt.",
            "Vóór [datum] ga ik een week meelopen met de inkoper, in overleg met mijn "
            "leidinggevende, zodat ik kan leren hoe zij met leveranciers onderhandelt.",
        ),
        (
            "nl",
            "Mag ik aansluiten bij het overleg met de planners? Ik wil graag beter begrijpen "
            "hoe de roosters tot stand komen.",
            "Vóór [datum] ga ik aansluiten bij het overleg met de planners, met als bewijs [hoe "
            "gemeten], in overleg met mijn leidinggevende, zodat ik beter kan begrijpen hoe de "
            "roosters tot stand komen.",
        ),
        (
            "nl",
            "Is het mogelijk om een dag mee te draaien op de meldkamer? Ik zou graag willen "
            "zien hoe de intake gaat en misschien ook zelf een melding aannemen.",
            "Vóór [datum] ga ik een dag meedraaien op de meldkamer, in overleg met mijn "
            "leidinggevende, zodat ik kan zien hoe de intake gaat en ook zelf een melding "
            "aannemen.",
        ),
    ],
)
def test_a_step_asked_serves_the_wish_after_it(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Learn more about heat pumps, we get more and more questions about them. Could I "
            "join the sustainability working group?",
            "By [date], I will join the sustainability working group, with [how measured] as "
            "evidence, so that I can learn more about heat pumps, we get more and more "
            "questions about them.",
        ),
        (
            "en",
            "I'd like to learn how our suppliers are audited. Could I join the next audit at "
            "Bosch?",
            "By [date], I will join the next audit at Bosch, with [how measured] as evidence, "
            "so that I can learn how our suppliers are audited.",
        ),
        (
            "nl",
            "Ik wil meer weten over warmtepompen. Kan ik aansluiten bij de werkgroep duurzaamheid?",
            "Vóór [datum] ga ik aansluiten bij de werkgroep duurzaamheid, met als bewijs [hoe "
            "gemeten], zodat ik meer over warmtepompen kan weten.",
        ),
    ],
)
def test_an_act_asked_after_the_aim_is_its_means(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_an_act_asked_that_points_back_is_no_means_of_its_own() -> None:
    text = "Get more confident with the new CAD package. Can I join the pilot group for it?"
    rewrite = rewrite_of(CHECKER, text, "en") or ""
    assert "so that I can get more confident" not in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Pass my level 1 in eddy current testing. And maybe radiography too.",
            "By [date], I will pass my level 1 in eddy current testing. And radiography too.",
        ),
        (
            "en",
            "Get my forklift licence. Perhaps the reach truck as well.",
            "By [date], I will get my forklift licence. The reach truck as well.",
        ),
        (
            "nl",
            "Mijn rijbewijs C halen. En misschien ook de code 95.",
            "Vóór [datum] ga ik mijn rijbewijs C halen. En ook de code 95.",
        ),
        (
            "nl",
            "Leren solderen volgens de IPC-norm. Eventueel ook rework.",
            "Vóór [datum] ga ik leren solderen volgens de IPC-norm, met als bewijs [hoe "
            "gemeten]. Ook rework.",
        ),
    ],
)
def test_a_thing_added_short_after_the_goal_stays_unhedged(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Ik wil mijn Duits verbeteren, vooral de naamvallen vind ik nog lastig.",
            "Vóór [datum] ga ik voor mijn Duits [concreet gedrag], met als bewijs [hoe "
            "gemeten]. Vooral de naamvallen vind ik nog lastig.",
        ),
        (
            "nl",
            "Ik wil beter leren begroten, de uurtarieven vind ik moeilijk.",
            "Vóór [datum] ga ik leren begroten, met als bewijs [hoe gemeten], zodat ik "
            "[concreet gedrag] kan. De uurtarieven vind ik moeilijk.",
        ),
        (
            "en",
            "Improve my Spanish for the Madrid office, the subjunctive I find really difficult.",
            "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
            "improve my Spanish for the Madrid office. The subjunctive I find really difficult.",
        ),
    ],
)
def test_a_part_found_hard_inside_the_wish_is_a_remark(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Take the first aid refresher. No rush.",
            "By [date], I will take the first aid refresher. No rush.",
        ),
        (
            "en",
            "Maybe learn the basics of Power BI, not urgent.",
            "By [date], I will learn the basics of Power BI, with [how measured] as evidence, "
            "so that I can [concrete behaviour]. Not urgent.",
        ),
        (
            "nl",
            "Een cursus gebarentaal volgen. Geen haast.",
            "Vóór [datum] ga ik een cursus gebarentaal volgen. Geen haast.",
        ),
    ],
)
def test_a_remark_of_no_hurry_is_kept_and_the_date_asked(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_a_wish_that_asks_is_no_purpose() -> None:
    text = "Could I join the night shift for a week? Would that count as training hours?"
    assert "so that I can" not in (rewrite_of(CHECKER, text, "en") or "")
    assert falls_back(CHECKER, text, "en") or "?" not in (rewrite_of(CHECKER, text, "en") or "")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Is er ruimte voor een cursus gespreksvoering?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een cursus gespreksvoering ga volgen.",
        ),
        (
            "nl",
            "Is er tijd om een dag mee te lopen met de planner?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een dag met de planner ga meelopen.",
        ),
        (
            "en",
            "Is there room for me to sit in on the supplier audits?",
            "By [date], I will agree with my manager on whether I sit in on the supplier audits.",
        ),
    ],
)
def test_room_asked_for_a_step_is_the_step_agreed(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected
