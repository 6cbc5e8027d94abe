"""English topics of nouns only name a field. Fresh goals.

- 'Project management skills', 'Stakeholder management': the small tagger calls the first
  noun a name and the rewriter once read it as a verb ('in order to project management
  skills'). A topic of nouns only gets the topic frame; a verb-led one keeps its verb.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Project management skills", "project management skills"),
        ("Stakeholder management", "stakeholder management"),
        ("Contract management", "contract management"),
    ],
)
def test_a_topic_of_nouns_is_never_a_verb_and_its_object(text: str, topic: str) -> None:
    rewrite = shown_rewrite(CHECKER, text, "en")
    assert f"[concrete behaviour] in {topic}" in rewrite or f"for {topic}" in rewrite
    assert f"to {topic}" not in rewrite and f"will {topic}" not in rewrite


def test_a_verb_led_topic_keeps_its_verb() -> None:
    rewrite = shown_rewrite(CHECKER, "Check emails less often", "en")
    assert "check emails less often" in rewrite
