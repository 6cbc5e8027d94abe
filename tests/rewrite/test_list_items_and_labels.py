"""List items and labelled parts that used to fall back (lists14). Fresh goals, other fields.

- A labelled reason after the goal ('Reason: ...', 'Waarom: ...'; pack ``reason_labels``) is
  a remark kept as written after the rewrite, never a goal of its own (remarks.py); a past
  time inside it is no second deadline (seams/deadlines.py).
- A Dutch fragment of a comparative before the writer's verb ('Meer netwerken met X',
  'Vaker overleggen met Y'), alone or as a list item, is read as the writer's sentence
  (compared_acts.py).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.purpose import te_before
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "lang", "goal_part", "reason"),
    [
        (
            "Goal: label every sample before it leaves the lab. Reason: two samples were "
            "mixed up last month.",
            "en",
            "label every sample before it leaves the lab",
            "Reason: two samples were mixed up last month.",
        ),
        (
            "Answer every support ticket within a day. Background: the backlog grew to 80 tickets.",
            "en",
            "answer every support ticket within a day",
            "Background: the backlog grew to 80 tickets.",
        ),
        (
            "Doel: elke offerte laten controleren door een collega en een logboek bijhouden op "
            "kantoor. Waarom: we hadden vorig kwartaal 5 fouten.",
            "nl",
            "elke offerte laten controleren door een collega",
            "Waarom: we hadden vorig kwartaal 5 fouten.",
        ),
        (
            "Elke week de voorraadlijst van de werkplaats bijwerken. Reden: we liepen vorige "
            "maand twee keer leeg.",
            "nl",
            "de voorraadlijst van de werkplaats bijwerken",
            "Reden: we liepen vorige maand twee keer leeg.",
        ),
    ],
)
def test_a_labelled_reason_stays_after_the_rewrite_and_is_no_goal(
    text: str, lang: str, goal_part: str, reason: str
) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert goal_part in rewrite.lower()
    assert rewrite.endswith(reason)
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.split  # the reason is no second goal


def test_a_past_time_in_a_kept_reason_is_no_second_deadline_but_one_in_the_goal_is() -> None:
    goal = "Elke week de voorraadlijst bijwerken. Reden: we liepen vorige maand twee keer leeg."
    kept = "Elke week ga ik tot [datum] de voorraadlijst bijwerken. " + goal.split(". ", 1)[1]
    assert "two_deadlines" not in seam_kinds(CHECKER, "nl", goal, kept)
    doubled = "Tot [datum] ga ik vóór volgende maand elke week de voorraadlijst bijwerken."
    assert "two_deadlines" in seam_kinds(
        CHECKER, "nl", "Elke week de voorraadlijst bijwerken.", doubled
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Meer netwerken met andere bibliotheken.", "ga ik meer netwerken met andere bibliotheken"),
        (
            "Vaker overleggen met de planning over spoedritten.",
            "ga ik vaker overleggen met de planning over spoedritten",
        ),
        ("Minder vergaderen met het hele bestuur.", "minder"),  # its own frame reads it already
        ("- meer samenwerken met de andere filialen", "meer samen"),
    ],
)
def test_a_comparative_before_the_writers_verb_is_the_writers_routine(text: str, kept: str) -> None:
    assert kept in well_rewritten(CHECKER, text, "nl")


def test_each_list_item_of_a_comparative_and_verb_is_rewritten_like_the_item_alone() -> None:
    text = (
        "Doelen:\n1. vaker feedback vragen aan de stagiairs\n2. meer netwerken met andere "
        "bibliotheken"
    )
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.split is not None and len(report.split) == 2
    assert report.structured_rewrite is None
    alone = CHECKER.check("Meer netwerken met andere bibliotheken.", lang="nl", reference_date=REF)
    assert alone.rewrite is not None and alone.rewrite in report.split
    assert "ga ik meer netwerken met andere bibliotheken" in alone.rewrite


def test_a_thing_after_a_comparative_is_no_verb_to_commit_to() -> None:
    report = CHECKER.check("Meer klachten over de bezorging.", lang="nl", reference_date=REF)
    assert report.rewrite is None or "ga ik meer klachten" not in report.rewrite


@given(
    st.sampled_from(["Meer", "Vaker", "Minder vaak"]),
    st.sampled_from(["overleggen", "samenwerken", "netwerken", "afstemmen"]),
    st.sampled_from(["met de buren", "met andere praktijken", "met de inkoper over voorraad"]),
)
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_compared_routine_keeps_its_verb_and_reads_whole(
    comparative: str, verb: str, partner: str
) -> None:
    text = f"{comparative} {verb} met {partner.removeprefix('met ')}."
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    if report.is_smart:
        return
    assert report.structured_rewrite is None, report.rewrite
    assert report.rewrite is not None and verb in report.rewrite.replace(
        "samen te werken", "samenwerken"
    )
    assert seam_kinds(CHECKER, "nl", text, report.rewrite) == set()


@pytest.mark.parametrize(
    ("text", "lang", "means", "purpose"),
    [
        (
            "Ik wil proberen klanten beter te informeren, bijv. over garanties en retouren. "
            "Plan: 1 ochtend per week meelopen met Ruud.",
            "nl",
            "ga ik 1 ochtend per week meelopen met Ruud",
            "om klanten beter te informeren, bijv. over garanties en retouren",
        ),
        (
            "Ik probeer nieuwe collega's beter in te werken. Plan: een inwerkmap maken en elke "
            "nieuwe collega een week laten meelopen.",
            "nl",
            "ga ik een inwerkmap maken en elke nieuwe collega een week laten meelopen",
            "om nieuwe collega's beter in te werken",
        ),
        (
            "I want to try to support new volunteers better. Plan: pair each new volunteer with "
            "an experienced one for their first month.",
            "en",
            "I will pair each new volunteer with an experienced one for their first month",
            "in order to support new volunteers better",
        ),
        (
            "I'll try to explain our pricing better to new clients, e.g. on discounts and "
            "delivery fees. Plan: write a one-page price sheet and go through it with Tom.",
            "en",
            "I will write a one-page price sheet and go through it with Tom",
            "in order to explain our pricing better to new clients, e.g. on discounts and "
            "delivery fees",
        ),
    ],
)
def test_an_attempt_with_a_plan_is_the_plan_committed_for_the_goal(
    text: str, lang: str, means: str, purpose: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.split  # the examples after 'bijv.'/'e.g.' and the plan are no goals
    rewrite = well_rewritten(CHECKER, text, lang)
    assert means in rewrite
    assert purpose in rewrite
    assert "proberen" not in rewrite and "try" not in rewrite


@pytest.mark.parametrize(
    ("verb", "te_form"),
    [
        ("informeren", "te informeren"),
        ("installeren", "te installeren"),
        ("inspireren", "te inspireren"),
        ("aanleren", "aan te leren"),
        ("invoeren", "in te voeren"),
        ("opleveren", "op te leveren"),
    ],
)
def test_a_borrowed_verb_in_eren_takes_te_in_front_and_a_particle_verb_in_between(
    verb: str, te_form: str
) -> None:
    assert " ".join(te_before(verb, "te", CHECKER.context("nl"))) == te_form


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        (
            "Ik wil proberen ouders beter te adviseren, bijv. over eten en drinken. Plan: 1 "
            "middag per maand meelopen met de diëtist.",
            "om ouders beter te adviseren, bijv. over eten en drinken.",
        ),
        (
            "Ouders beter adviseren, zoals over slapen en eten. Plan: elke maand een ouderavond "
            "houden.",
            "om ouders beter te adviseren, zoals over slapen en eten.",
        ),
    ],
)
def test_examples_after_bijv_or_zoals_are_no_goal_and_take_no_te(text: str, purpose: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert not report.split
    rewrite = well_rewritten(CHECKER, text, "nl")
    assert rewrite.endswith(purpose)
