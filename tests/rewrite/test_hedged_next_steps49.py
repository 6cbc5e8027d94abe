"""A step the writer floats after the goal is agreed, not committed (session 49, lead).

Found on heldout48 (in-sample there): "netwerken binnen de omroep, misschien doorgroeien
naar regisseur?", "dosimetrie beter snappen, ... en misschien werkbegeleider worden?". The
hedged step was read only when an adverb or a coordinator led it (', maybe do X' is often the
goal's means), so the hedge stayed inside the commitment and A failed. A next step is told
by more than an adverb: a word of sequence anywhere in it ('later', 'daarna'), or a step up a
career ladder (the pack's ``role_steps``). A role to become may also follow the goal's stop
('... . En misschien X worden?'); an act after a stop only with its coordinator, since
'Misschien eerst X?' there is the first step toward the goal before it. A Dutch phrase put
after the step's verbs goes before them in the agreement ('of ik naar regisseur kan
doorgroeien'). Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "agreed"),
    [
        (
            "Zelfstandig de voorraadtelling doen, misschien later doorgroeien naar filiaalmanager.",
            "nl",
            "Ik bespreek met mijn leidinggevende of ik later naar filiaalmanager kan doorgroeien.",
        ),
        (
            "Meer klantgesprekken voeren, wellicht daarna overstappen naar de buitendienst?",
            "nl",
            "Ik bespreek met mijn leidinggevende of ik daarna naar de buitendienst kan "
            "overstappen.",
        ),
        (
            "Handle the supplier calls myself, maybe progress to buyer later.",
            "en",
            "I will discuss with my manager whether I can progress to buyer later.",
        ),
        (  # 'first' inside a compound marks no first step
            "Finish the UEFA B coaching badge, maybe move up to first-team coach later.",
            "en",
            "I will discuss with my manager whether I can move up to first-team coach later.",
        ),
        (
            "Learn to read the line schedules, maybe move to the planning team next year?",
            "en",
            "I will discuss with my manager whether I can move to the planning team next year.",
        ),
    ],
)
def test_a_next_step_after_the_comma_is_agreed(goal: str, lang: str, agreed: str) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert shown.endswith(agreed)
    assert not {"misschien", "wellicht", "maybe"} & set(shown.lower().split())


def test_a_role_after_the_stop_is_settled() -> None:
    goal = "Mijn rijbewijs C halen. En misschien chauffeursbegeleider worden voor nieuwe collega's?"
    shown = well_rewritten(CHECKER, goal, "nl")
    assert shown.endswith(
        "Ik maak samen met mijn leidinggevende uit of ik chauffeursbegeleider voor nieuwe "
        "collega's word."
    )


def test_a_joined_step_after_the_stop_keeps_its_verbs_together() -> None:
    goal = "De VCA-cursus afronden. En misschien ook leren solderen met zilver?"
    shown = well_rewritten(CHECKER, goal, "nl")
    assert shown.endswith(
        "Ik bespreek met mijn leidinggevende of ik ook met zilver kan leren solderen."
    )


def test_a_first_step_after_the_stop_is_no_step_to_agree() -> None:
    goal = (
        "Ik wil doorgroeien naar werkvoorbereider in de bouw. Misschien eerst een cursus "
        "bestektekenen?"
    )
    report = CHECKER.check(goal, lang="nl")
    assert report.rewrite is not None
    assert "bespreek" not in report.rewrite
