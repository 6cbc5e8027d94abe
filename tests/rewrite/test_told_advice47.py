"""Advice the writer received, told before the writer's own clause, is the writer's
commitment (session 47, lead).

'I've been told I should delegate more', 'I was told I need to speak up in the toolbox
meetings', 'Mij is verteld dat ik vaker moet delegeren': the pack's ``request_frames``
read only an infinitive after the frame ('I was told to ...'). A clause of the writer's
own after it ('I should ...', 'dat ik ... moet ...') is committed now, who told it
credited when named ('..., at the request of my supervisor'). Before, the frame dated the
report ('By [date], I've been told ...') or the goal fell back. New frames: 'I'm told',
'mij is verteld', 'ik heb te horen gekregen'.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "lang", "kept"),
    [
        ("I've been told I should hand over my shifts in writing.", "en", "I will hand over"),
        ("I'm told I need to speak up more in the morning huddle.", "en", "I will speak up more"),
        (
            "I was told by my foreman that I should measure twice before cutting.",
            "en",
            "at the request of my foreman",
        ),
        ("Mij is verteld dat ik vaker moet overleggen met de planning.", "nl", "ga ik vaker"),
        (
            "Ik heb te horen gekregen dat ik rustiger moet praten aan de telefoon.",
            "nl",
            "ga ik rustiger praten aan de telefoon",
        ),
    ],
)
def test_the_writers_clause_after_the_advice_is_committed(goal: str, lang: str, kept: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert kept in rewrite
    assert "told" not in rewrite and "verteld" not in rewrite
