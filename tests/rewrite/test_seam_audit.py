"""Broken rewrites the measure used to pass, by kind: each kind is a seam with a broken
sibling that fails and a whole sentence that passes, and, where the rewriter can, a goal of
the kind that now gets a whole rewrite. Every goal and candidate is written fresh.

Kinds:
- a past achievement before this year's goals is context, not a goal: "Last year, I will
  translate ..." commits to the past (context.py);
- two fronts glued together where a split part took another goal's front ("Afgelopen
  kwartaal dit kwartaal wil ik ...", "Last year I this year I want ...").
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()

# -- a past achievement before the goals -----------------------------------------------------
PAST_FIRST = [
    (
        "en",
        "Last year I organised two open days, this year I want to run four and also start a "
        "newsletter.",
        "after I organised two open days last year",
    ),
    (
        "en",
        "In 2024 I completed the ladder safety course and I want to repeat it every year.",
        "after I completed the ladder safety course in 2024",
    ),
    (
        "nl",
        "Vorig jaar heb ik twee open dagen georganiseerd, dit jaar wil ik er vier organiseren "
        "en ook een nieuwsbrief starten.",
        "nadat ik vorig jaar twee open dagen heb georganiseerd",
    ),
    (
        "nl",
        "Ik heb in 2024 de cursus reanimatie gevolgd en wil die voortaan elk jaar herhalen.",
        "nadat ik in 2024 de cursus reanimatie heb gevolgd",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "context"), PAST_FIRST)
def test_a_past_achievement_stays_as_the_clause_that_looks_back(
    lang: str, goal: str, context: str
) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert context in shown
    assert shown.index(context) > 0  # after the wishes: they are the goal


# (lang, goal, broken rewrite, whole sibling)
PAST_COMMITTED = [
    (
        "en",
        "Last year I translated three manuals, this year I want to translate five.",
        "Last year, I will translate three manuals, this year I want to translate five.",
        "By [date], I will translate five manuals, after I translated three manuals last year.",
    ),
    (
        "en",
        "In 2025 I ran the stock count and I want to run it every quarter.",
        "In 2025, I will run the stock count, with [how measured] as evidence.",
        "Until [date], I will run it every quarter, after I ran the stock count in 2025.",
    ),
    (
        "nl",
        "Vorig jaar heb ik drie handleidingen vertaald, dit jaar wil ik er vijf vertalen.",
        "Vorig jaar ga ik drie handleidingen vertalen, met als bewijs [hoe gemeten].",
        "Vóór [datum] ga ik vijf handleidingen vertalen, nadat ik vorig jaar drie handleidingen "
        "heb vertaald.",
    ),
    (
        "nl",
        "Afgelopen kwartaal heb ik de voorraad geteld en ik wil dat elke maand doen.",
        "Afgelopen kwartaal zal ik de voorraad tellen.",
        "Tot [datum] ga ik dat elke maand doen, nadat ik afgelopen kwartaal de voorraad heb geteld.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), PAST_COMMITTED)
def test_a_past_time_with_a_commitment_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "lost_tense" in seam_kinds(CHECKER, lang, goal, broken)
    assert seam_kinds(CHECKER, lang, goal, whole) <= {"lost_words"}


# -- two fronts glued together ---------------------------------------------------------------
GLUED = [
    (
        "en",
        "Last year I passed my forklift test; this year I want to get my crane licence.",
        "Last year I this year I want to get my crane licence.",
        "This year I want to get my crane licence.",
    ),
    (
        "nl",
        "Afgelopen maand zette ik de nieuwe kassa op, deze maand wil ik de handleiding schrijven.",
        "Afgelopen maand deze maand wil ik de handleiding schrijven.",
        "Deze maand ga ik de handleiding schrijven.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), GLUED)
def test_two_fronts_glued_together_are_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "doubled" in seam_kinds(CHECKER, lang, goal, broken)
    assert "doubled" not in seam_kinds(CHECKER, lang, goal, whole)


# -- a noun phrase in a verb's place ---------------------------------------------------------
# (lang, goal, broken rewrite, whole sibling)
NO_VERB = [
    (
        "en",
        "Newsletter for the choir - more readers.",
        "By [date], I will newsletter for the choir - more readers, from [current number] to "
        "[target number].",
        "By [date], I will [concrete behaviour] for the choir newsletter, in order to get more "
        "readers.",
    ),
    (
        "en",
        "Focus area: donor loyalty",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
        "donor loyalty.",
        "By [date], I will [concrete behaviour], with [how measured] as evidence, in order to "
        "improve donor loyalty.",
    ),
    (
        "en",
        "Bookkeeping, payroll and moving the archive to the cloud (all before the audit)",
        "I will bookkeeping, payroll and moving the archive to the cloud, with [how measured] as "
        "evidence.",
        "I will do the bookkeeping and the payroll and move the archive to the cloud, with [how "
        "measured] as evidence.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), NO_VERB)
def test_a_noun_after_will_or_in_order_to_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "lost_verb" in seam_kinds(CHECKER, lang, goal, broken)
    assert "lost_verb" not in seam_kinds(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    "verb", ["review", "email", "onboard", "upskill", "mentor", "benchmark", "shadow", "journal"]
)
def test_a_verb_the_writer_used_as_a_noun_is_still_a_verb_after_will(verb: str) -> None:
    """'Review of the roster' -> 'I will review the roster': the dictionary knows the verb."""
    goal = f"More {verb} sessions with the new staff."
    whole = f"By [date], I will {verb} the new staff every week."
    assert "lost_verb" not in seam_kinds(CHECKER, "en", goal, whole)


# -- the clause the writer sees to has no subject --------------------------------------------
# (lang, goal, broken rewrite, whole sibling)
ENSURED = [
    (
        "nl",
        "Ik wil dat voortaan elke week controleren.",
        "Tot [datum] zorg ik ervoor dat voortaan elke week controleren.",
        "Tot [datum] zorg ik ervoor dat de voorraad voortaan elke week gecontroleerd wordt.",
    ),
    (
        "nl",
        "De kluis moet vaker geteld worden.",
        "Vóór [datum] zorg ik ervoor dat vaker geteld worden.",
        "Vóór [datum] zorg ik ervoor dat de kluis vaker geteld wordt.",
    ),
    (
        "en",
        "The stockroom must always be tidy.",
        "By [date], I will make sure that always tidy.",
        "By [date], I will make sure that the stockroom is tidy in [number] out of 10 checks.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole"), ENSURED)
def test_a_clause_seen_to_without_a_subject_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert "lost_subject" in seam_kinds(CHECKER, lang, goal, broken)
    assert "lost_subject" not in seam_kinds(CHECKER, lang, goal, whole)
