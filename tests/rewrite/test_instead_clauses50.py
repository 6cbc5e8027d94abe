"""Another's wish with an "instead of" clause after the writer's verbs (session 50, lead;
found on heldout49: "mijn teamleider wil dat ik bij twijfel meer escaleer ipv zelf te
beslissen").

A Dutch clause after "wil dat ik" / "vindt dat ik" is put in main-clause order by fronting
its finite verb, looked for in the verbs that end the clause (voices/clause.py). An
infinitive clause of a preposition after those verbs ("in plaats van alles zelf uit te
zoeken", "ipv zelf te beslissen", "zonder eerst te overleggen"; the pack's
``clause_prepositions``) ends in verbs of its own, which were taken for the clause's: no
main-clause order was found and the goal got the structured fallback. That clause is now set
apart as a clause moved after the verbs, as "om te ..." already was. English needs no
reordering ("wants me to delegate more instead of ...") and was rewritten already.
Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "kept", "credit"),
    [
        (
            "mijn teamleider wil dat ik bij twijfel vaker de dienstleider bel ipv zelf te beslissen",
            "ga ik bij twijfel vaker de dienstleider bellen ipv zelf te beslissen",
            "zoals mijn teamleider wil.",
        ),
        (
            "Mijn leidinggevende wil dat ik vaker hulp vraag in plaats van alles zelf uit te "
            "zoeken.",
            "ga ik vaker hulp vragen in plaats van alles zelf uit te zoeken",
            "zoals mijn leidinggevende wil.",
        ),
        (
            "Mijn coach vindt dat ik vaker nee moet zeggen zonder eerst lang te overleggen.",
            "ga ik vaker nee zeggen zonder eerst lang te overleggen",
            "zoals mijn coach adviseert.",
        ),
    ],
)
def test_the_instead_clause_stays_after_the_fronted_verb(goal: str, kept: str, credit: str) -> None:
    shown = well_rewritten(CHECKER, goal, "nl")
    assert kept in shown
    assert shown.endswith(credit)


def test_english_was_rewritten_already() -> None:
    shown = well_rewritten(
        CHECKER, "My manager wants me to delegate more instead of doing everything myself.", "en"
    )
    assert "I will delegate more instead of doing everything myself" in shown
