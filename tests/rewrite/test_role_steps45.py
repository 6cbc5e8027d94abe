"""A step between roles told as its two ends only takes the verb of growing (session 45,
lead).

'Van junior naar medior consultant.', 'From apprentice to journeyman': the frames hung the
bare phrase after the behaviour placeholder ('ga ik [concreet gedrag], van junior naar ...'),
which is no sentence. With the pack's ``rewrite.role_step_openers`` the step is the purpose of
the writer's behaviour, as any move to a role others decide. A from-to of places ('Van de kassa
naar het magazijn') is no step between roles and is not read so.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "purpose"),
    [
        ("nl", "Van junior naar medior data-analist.", "om door te groeien van junior naar medior"),
        ("nl", "van leerling naar zelfstandig stukadoor", "om door te groeien van leerling naar"),
        ("en", "From trainee to shift lead", "in order to grow from trainee to shift lead."),
        ("en", "From junior to medior tester.", "in order to grow from junior to medior tester."),
    ],
)
def test_a_step_between_roles_is_the_purpose_of_the_writers_behaviour(
    lang: str, goal: str, purpose: str
) -> None:
    assert purpose in well_rewritten(CHECKER, goal, lang)


def test_a_from_to_of_places_is_no_step_between_roles() -> None:
    assert "doorgroeien" not in shown_rewrite(CHECKER, "Van de kassa naar het magazijn", "nl")
    assert "door te groeien" not in shown_rewrite(CHECKER, "Van de kassa naar het magazijn", "nl")
