"""English topics of nouns only name a field; an opening verb before a determiner is the
writer's act. Fresh goals.

- 'Project management skills', 'Stakeholder management': the small tagger calls the first
  noun a name and the rewriter once read it as a verb ('in order to project management
  skills'). A topic of nouns only gets the topic frame.
- 'Always file the incident report ...': a word right before a determiner is no noun; the
  dictionary knows its gerund ('filing'), so it is the goal's verb.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Project management skills", "project management skills"),
        ("Stakeholder management", "stakeholder management"),
        ("Contract management", "contract management"),
        ("Report writing skills", "report writing skills"),
    ],
)
def test_a_topic_of_nouns_is_never_a_verb_and_its_object(text: str, topic: str) -> None:
    rewrite = shown_rewrite(CHECKER, text, "en")
    assert f"[concrete behaviour] in {topic}" in rewrite or f"for {topic}" in rewrite
    assert f"to {topic}" not in rewrite and f"will {topic}" not in rewrite


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Always file the incident report the same day", "file"),
        ("Always log the fuel readings after a flight", "log"),
        ("Regularly update the client file", "update"),
    ],
)
def test_an_opening_word_before_a_determiner_is_the_verb(text: str, action: str) -> None:
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert report.goal.action is not None
    assert report.goal.action.text.split()[0].lower() == action


def test_a_verb_led_topic_keeps_its_verb() -> None:
    rewrite = shown_rewrite(CHECKER, "Check emails less often", "en")
    assert "check emails less often" in rewrite
