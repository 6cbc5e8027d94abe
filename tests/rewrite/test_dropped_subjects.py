"""A diary-style goal without its subject ('Wil meer tijd besteden aan ...', 'Hoping to
finish ...') is rewritten with the subject put back, never as a sentence without one; a
difficulty told with its verb ('Ik vind het lastig om ...', 'I find it hard to ...') becomes
the goal of learning to do it. The commitment is never put on what cannot carry a goal: a
difficulty, a hope, a modal, a state not had, or no verb at all. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "kept"),
    [
        ("nl", "Wil vaker de weekopening in de winkel doen.", "weekopening"),
        ("nl", "Zou graag zelf de inkooporders voor de kantine plaatsen.", "inkooporders"),
        ("nl", "Wil meer tijd steken in het begeleiden van stagiairs.", "stagiairs"),
        ("en", "Would like to lead more of the Friday toolbox talks.", "toolbox"),
        ("en", "Wanting to take over the supplier invoices from my colleague.", "invoices"),
        ("en", "Hoping to pass my bookkeeping exam sometime next year.", "bookkeeping"),
        ("en", "Keen to take over the weekly stock report from my colleague.", "stock"),
    ],
)
def test_the_subject_is_put_back(lang: str, goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert kept in rewrite
    subject = "ik" if lang == "nl" else "I"
    assert f" {subject} " in f" {rewrite} ".replace(",", " ")


@pytest.mark.parametrize(
    ("lang", "goal", "thing"),
    [
        ("nl", "Ik vind het lastig om een vergadering kort te houden.", "vergadering"),
        (
            "nl",
            "Vind het moeilijk om klanten door te verwijzen naar de juiste afdeling.",
            "klanten",
        ),
        ("en", "I find it hard to stop talking when a meeting runs over.", "meeting"),
        ("en", "I find it difficult to ask senior staff for help.", "senior"),
        (  # a clause of time or condition says when it is hard, and stays
            "nl",
            "Ik vind het lastig om rustig te blijven als een klant boos wordt.",
            "boos",
        ),
    ],
)
def test_a_difficulty_told_with_its_verb_becomes_learning_to_do_it(
    lang: str, goal: str, thing: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert thing in rewrite
    for problem in ("lastig", "moeilijk", "hard", "difficult"):
        assert problem not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (  # the commitment on the difficulty named
            "nl",
            "Ik vind het lastig om een vergadering kort te houden.",
            "Vóór [datum] vind ik het lastig, met als bewijs [hoe gemeten], om een vergadering "
            "kort te houden.",
            "Vóór [datum] ga ik leren om een vergadering kort te houden, met als bewijs "
            "[hoe gemeten].",
        ),
        (
            "en",
            "I find it hard to stop talking when a meeting runs over.",
            "By [date], I will find it hard to stop talking when a meeting runs over.",
            "By [date], I will learn to stop talking when a meeting runs over.",
        ),
        (  # the commitment on a hope
            "en",
            "I'm hoping to pass my bookkeeping exam next year.",
            "I will be hoping to pass my bookkeeping exam next year.",
            "I will pass my bookkeeping exam next year.",
        ),
        (  # the purpose opened by a modal
            "nl",
            "Zou graag vaker de weekopening doen.",
            "Vóór [datum] ga ik [concreet gedrag], om zou graag vaker de weekopening te doen.",
            "Vóór [datum] ga ik vaker de weekopening doen.",
        ),
        (
            "en",
            "Struggle with keeping the stock sheet up to date.",
            "By [date], I will [concrete behaviour], in order to struggle with keeping the "
            "stock sheet up to date.",
            "By [date], I will [concrete behaviour], in order to keep the stock sheet up to date.",
        ),
        (  # no subject after the fronted deadline, or at the head
            "en",
            "Would like to run more of the toolbox talks.",
            "By [date], would like to run more of the toolbox talks.",
            "By [date], I will run more of the toolbox talks.",
        ),
        (
            "nl",
            "Wil vaker de weekopening doen.",
            "Wil vaker de weekopening doen vóór [datum].",
            "Vóór [datum] ga ik vaker de weekopening doen.",
        ),
        (  # the goal's opening kept without its subject
            "en",
            "Keen to join the warehouse layout project.",
            "Keen to join the warehouse layout project, by [date].",
            "By [date], I will join the warehouse layout project.",
        ),
        (  # a name that is also a word, read as the verb
            "en",
            "Excel (pivot tables, macros) so I can do the rota myself",
            "By [date], excel (pivot tables, macros) so I can do the rota myself.",
            "By [date], I will [concrete behaviour] in Excel (pivot tables, macros), so I can "
            "do the rota myself.",
        ),
        (  # 'ga ik' on a noun: no verb in its clause
            "nl",
            "Klantgesprekken",
            "Vóór [datum] ga ik klantgesprekken.",
            "Vóór [datum] ga ik klantgesprekken voeren.",
        ),
        (  # a full stop inside the frame, before a placeholder
            "nl",
            "Rijbewijs C",
            "Vóór [datum] ga ik voor Rijbewijs C. [concreet gedrag].",
            "Vóór [datum] ga ik voor rijbewijs C [concreet gedrag].",
        ),
        (  # a state not had, dated as the goal
            "nl",
            "Ik ben niet zo zeker bij het telefonisch afhandelen van klachten.",
            "Vóór [datum] ben ik niet zo zeker bij het telefonisch afhandelen van klachten.",
            "Vóór [datum] ga ik klachten telefonisch afhandelen.",
        ),
        (
            "en",
            "I'm not confident chairing the handover yet.",
            "By [date], I will be not confident chairing the handover yet.",
            "By [date], I will chair the handover.",
        ),
        (  # an amount in the verb's place ('will more')
            "en",
            "More relaxed taking calls from angry tenants.",
            "By [date], I will more relaxed taking calls from angry tenants.",
            "By [date], I will be more relaxed taking calls from angry tenants.",
        ),
        (
            "en",
            "Grow my newsletter sign-ups a lot this year.",
            "By [date], I will less grow my newsletter sign-ups.",
            "By [date], I will grow my newsletter sign-ups.",
        ),
    ],
)
def test_the_commitment_never_lands_on_what_cannot_carry_a_goal(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    assert seam_kinds(CHECKER, lang, goal, broken)
    assert not seam_kinds(CHECKER, lang, goal, whole) & {"lost_verb", "lost_subject", "residue"}


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Ik wil mijn Spaans ophalen."),
        ("nl", "Ik wil overzichtelijker werken."),
        ("nl", "Ik ga mijn uren beter bijhouden."),
        ("nl", "Ik wil het kasboek en de voorraadlijst beter bijhouden."),  # 'en': one clause
    ],
)
def test_a_verb_the_tagger_calls_a_noun_after_ga_ik_is_a_verb(lang: str, goal: str) -> None:
    rewrite = shown_rewrite(CHECKER, goal, lang)
    assert rewrite.startswith("Vóór [datum] ga ik ")
