"""A closing sentence that only tells the writer's effort goes (session 50, lead; found on
heldout50 after its candidate run, so in-sample there: "My manager said I need to speak up
more in team meetings. I'm trying.").

"I'm trying.", "Ik probeer het.", "Working on it.", "Ik doe mijn best." after the goal add
nothing to do: they are the attempt the commitment replaces (JUDGING A). Kept as written
they failed the commitment again beside the rewrite; read as the goal ("Vóór [datum] doe ik
mijn best") they committed to trying. The remark goes and the goal before it is rewritten
alone (effort_remarks.py, the packs' ``rewrite.effort_remarks``). A remark with more in it
is no such sentence. Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.effort_remarks import effort_remark_span
from tests.support.rewriting import rewrite_style, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "opening"),
    [
        ("Plan the delivery routes myself. Working on it.", "en", "By [date], I will "),
        (
            "My team lead says I should ask for help sooner. I'm trying.",
            "en",
            "By [date], I will ask for help sooner",
        ),
        ("Vaker zelf de storingen melden. Ik probeer het.", "nl", "Vóór [datum] ga ik vaker"),
        (
            "Mijn leidinggevende vindt dat ik vaker feedback moet vragen. Ik doe mijn best.",
            "nl",
            "Vóór [datum] ga ik vaker feedback vragen",
        ),
    ],
)
def test_the_effort_remark_goes_and_the_goal_is_rewritten(
    goal: str, lang: str, opening: str
) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert shown.startswith(opening)
    lowered = shown.lower()
    assert not {"trying", "probeer", "best", "working on it"} & set(
        lowered.replace(".", "").split()
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Plan the routes myself. I'm trying to get Joost to show me the tool.", "en"),
        ("Ik probeer het.", "nl"),
        ("Vaker zelf de storingen melden. Ik probeer het bij de nachtdienst.", "nl"),
    ],
)
def test_a_sentence_with_more_in_it_is_no_effort_remark(text: str, lang: str) -> None:
    assert effort_remark_span(text, rewrite_style(CHECKER, lang)) is None
