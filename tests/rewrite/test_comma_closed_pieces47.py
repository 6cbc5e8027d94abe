"""Words a comma closes before ', en' and the next goal belong to the goal before (session
47, lead).

'Voor 1 mei een schema maken voor de controle van brandmelders en blusmiddelen op alle
locaties, en die controle daarna elke maand zelf uitvoeren': a Dutch goal after 'en' ends
in its verb, and words with no verb of their own before such a goal are its objects ('een
presentatie en een rapport maken'). That rule reached back over the comma: the split cut
at the 'en' between two nouns and lost them ('Voor 1 mei blusmiddelen op alle locaties.',
the structured fallback). A comma right before the coordinator that opens the next goal
closes the goal before it; without the comma the objects still go with the verb after them.

Goals written fresh for this test.
"""

from __future__ import annotations

from smartcheck import Checker
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


def _pieces(text: str) -> list[str]:
    return [p.text for p in CHECKER.parse(text, lang="nl").syntax.goal_pieces]


def test_the_nouns_before_the_comma_stay_with_the_goal_before() -> None:
    goal = (
        "Voor de zomer een checklist maken voor het onderhoud van heftrucks en "
        "palletwagens in beide hallen, en daarna elke week zelf de keuring doen."
    )
    first, second = _pieces(goal)
    assert first.endswith("heftrucks en palletwagens in beide hallen")
    assert second.startswith("daarna elke week")
    split = shown_rewrite(CHECKER, goal, "nl").splitlines()
    assert len(split) == 2
    assert "heftrucks en palletwagens in beide hallen" in split[0]


def test_objects_before_a_final_verb_still_go_with_it() -> None:
    goal = "Ik wil de offerte afronden en een presentatie en een rapport maken."
    pieces = _pieces(goal)
    assert pieces[-1] == "een presentatie en een rapport maken"
