"""An impersonal duty whose clause opens on a routine's frequency or on a subject with
'elke' keeps those words in the writer's part (session 47, lead).

'Elke week moet de voorraad geteld worden', 'Elke rit moet binnen 24 uur in het systeem
staan': before the verb of an inverted Dutch clause stands the routine's frequency, or a
subject that the time engine also reads as one ('elke rit', every trip). The writer's own
part ('Tot [datum] zorg ik ervoor dat ...') dropped those words: 'dat binnen 24 uur ...
staat' lost its subject, 'dat de voorraad geteld wordt' its frequency. They now open the
that-clause ('dat elke rit ...', 'dat er elke dienst ...' after the empty subject), and a
topic label or one-noun heading before them ('Administratie: ...', 'Veiligheid. ...') is
fronted in it as any label is ('dat bij administratie ...').

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        (
            "Elke zending moet binnen twee dagen in het magazijnsysteem staan.",
            "dat elke zending binnen twee dagen in het magazijnsysteem staat",
        ),
        (
            "Iedere melding moet dezelfde dag afgehandeld zijn.",
            "dat iedere melding dezelfde dag afgehandeld is",
        ),
        (
            "Elke maand moet de kasadministratie gecontroleerd worden.",
            "dat elke maand de kasadministratie gecontroleerd wordt",
        ),
    ],
)
def test_the_routine_or_its_subject_opens_the_writers_part(goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert kept in rewrite
    assert "moet" not in rewrite.split()


def test_the_empty_subject_stays_first() -> None:
    rewrite = well_rewritten(
        CHECKER, "Elke nachtdienst moeten er twee verpleegkundigen zijn.", "nl"
    )
    assert "dat er elke nachtdienst twee verpleegkundigen" in rewrite


@pytest.mark.parametrize(
    ("goal", "kept"),
    [
        (
            "Voorraad: elke retour moet binnen een week verwerkt zijn.",
            "dat bij voorraad elke retour binnen een week verwerkt is",
        ),
        (
            "Hygiëne. De koelcel moet elke avond schoongemaakt zijn.",
            "dat bij hygiëne de koelcel elke avond schoongemaakt is",
        ),
        (
            "Ontwikkelpunt: planning. Het team moet de roosters eerder rondsturen.",
            "dat bij planning het team de roosters eerder rondstuurt",
        ),
    ],
)
def test_a_label_or_heading_is_fronted_in_the_writers_part(goal: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert kept in rewrite


def test_a_noun_the_next_sentence_takes_back_is_no_heading() -> None:
    rewrite = rewrite_of(CHECKER, "Tachographs. Learn them.", "en") or ""
    assert not rewrite.startswith("In tachographs")
