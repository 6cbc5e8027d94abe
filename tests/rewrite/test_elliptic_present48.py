"""A Dutch clause after a comma that opens on its finite verb, its subject the goal's topic
left out, tells how it goes now (session 48, lead).

'beter worden in kozijnen stellen, gaat nu nog vaak scheef', 'kassa en retouren onder de
knie krijgen, gaat nog vaak mis bij cadeaubonnen': the clause after the comma has no
subject ('het' left out) and a sign of the present or a habit ('nu', 'vaak', 'soms'). It
was read as a second goal (S004) and split, its part falling back. It is a sentence of
context now (reading/anatomy/situation._elliptic_present): its 'gaat' is how it goes, no
commitment. A clause with a routine of its own ('ga elke week zwemmen') stays the goal's.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "told"),
    [
        ("beter worden in tegels zetten, gaat nu nog vaak scheef", "gaat nu nog vaak scheef."),
        (
            "de retourafhandeling onder de knie krijgen, gaat nog vaak mis bij webshoporders",
            "gaat nog vaak mis bij webshoporders.",
        ),
        ("Sneller pakketten sorteren, loop nu vaak achter", "loop nu vaak achter."),
    ],
)
def test_the_elliptic_clause_is_context(goal: str, told: str) -> None:
    parsed = CHECKER.parse(goal, lang="nl", reference_date=REF)
    assert [span.text for span in parsed.syntax.context] == [told]
    report = CHECKER.check(goal, lang="nl", reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}


def test_the_rewrite_keeps_it_as_a_sentence_after_the_goal() -> None:
    rewrite = well_rewritten(
        CHECKER, "beter worden in tegels zetten, gaat nu nog vaak scheef", "nl"
    )
    assert rewrite.endswith(". Gaat nu nog vaak scheef.")


def test_a_routine_after_the_comma_stays_the_goals() -> None:
    parsed = CHECKER.parse("Meer sporten, ga elke week zwemmen", lang="nl", reference_date=REF)
    assert parsed.syntax.context == ()
