"""A restriction on how the goal is done is no second goal; its 'te' stays when the hedge's
goes (session 48, lead; found on the blind set heldout48 after its candidate run, so
in-sample there).

'Ik wil proberen meer van X te verkopen aan de balie, maar zonder opdringerig te zijn': the
commitment drops the 'te' of the hedged infinitive ('zal ik meer van X verkopen'), and it
dropped the 'te' of the 'zonder' clause too ('maar zonder opdringerig zijn', a seam): a 'te'
in a clause a preposition of the pack's ``rewrite.clause_prepositions`` opens is that
clause's (plan.infinitive_markers). And '..., maar zonder overdreven te klinken' was read as
a second goal (S004) and split into 'Vóór [datum] ga ik maar zonder ...': a piece that opens
with one of the pack's ``manner_restrictions`` ('zonder', 'without'), perhaps after a
coordinator, tells how the goal is done (reading/anatomy/coordination.py).

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        (
            "Ik wil proberen vaker nee te zeggen tegen extra diensten, maar zonder bot te klinken.",
            "maar zonder bot te klinken",
        ),
        (
            "Ik wil meer abonnementen verkopen aan de kassa, maar zonder opdringerig te zijn.",
            "maar zonder opdringerig te zijn",
        ),
    ],
)
def test_the_restriction_keeps_its_te_and_stays_with_the_goal(goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert kept in rewrite
    assert "\n" not in rewrite


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("Ik wil vaker feedback geven, maar zonder belerend over te komen.", "nl"),
        ("I want to chase late invoices, but without sounding rude.", "en"),
    ],
)
def test_a_restriction_is_no_second_goal(goal: str, lang: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}
