"""Steps asked, comments after the goal, and list lines told short (session 45, lead).

- A yes/no question ('Learn to read structural drawings?', 'Meelopen met de planner?') puts
  the step to the manager as a 'maybe' does: it is settled, not committed. A question of how,
  what or when asks for the way, and the act is meant.
- The writer's short comment after the goal's last comma ('..., lijkt me leuk', '..., sounds
  fun') is told as a sentence of its own after the rewrite, never glued inside it.
- A list line that closes on an infinitive ('- bloedgasapparaten leren onderhouden') is a goal
  told short, though the tagger reads its Dutch '-en' form as a plural verb with a subject.

Goals written fresh for this test.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import rewrite_of, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "Learn to splice fibre optic cable?",
            "By [date], I will agree with my manager on whether I learn to splice fibre optic"
            " cable.",
        ),
        (
            "nl",
            "Kan ik een keer meelopen met de dakdekker?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een keer met de"
            " dakdekker ga meelopen.",
        ),
    ],
)
def test_a_step_asked_is_settled(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


def test_a_relative_clause_stays_after_the_verbs_it_follows() -> None:
    assert well_rewritten(
        CHECKER,
        "Kan ik een week meelopen in de smederij in Deventer waar ze de hekken maken?",
        "nl",
    ) == (
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een week in de smederij in"
        " Deventer ga meelopen waar ze de hekken maken."
    )


def test_a_purpose_clause_stays_after_the_verbs_it_follows() -> None:
    assert well_rewritten(
        CHECKER,
        "Kan ik een week meedraaien bij de kaasmakerij om te zien hoe het rijpen gaat?",
        "nl",
    ) == (
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een week bij de kaasmakerij"
        " ga meedraaien om te zien hoe het rijpen gaat."
    )


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Hoe kan ik mijn werkdag beter indelen?"),
        ("en", "How do I get better at quoting jobs?"),
        # a welcome is a wish: the reader's question of it floats nothing
        ("en", "I want to take the scaffolding course, would be useful."),
        # a question of the goal's tail only, and a choice between two
        ("nl", "Ik wil een keer meelopen met de keurmeester, misschien in het voorjaar?"),
        ("nl", "Moet ik de cursus hoogwerker doen of is de cursus heftruck handiger?"),
    ],
)
def test_a_question_of_the_way_or_a_welcome_is_not_settled(lang: str, goal: str) -> None:
    shown = rewrite_of(CHECKER, goal, lang) or ""
    assert "uit of ik" not in shown and "on whether I" not in shown


@pytest.mark.parametrize(
    ("lang", "goal", "comment"),
    [
        ("nl", "misschien een keer meedraaien met de nachtploeg, lijkt me leuk", "Lijkt me leuk."),
        ("nl", "Ik wil de cursus steigerbouw halen, lijkt me nuttig.", "Lijkt me nuttig."),
        ("en", "maybe shadow the harbour pilot once, sounds fun", "Sounds fun."),
    ],
)
def test_a_comment_after_the_goal_is_a_sentence_of_its_own(
    lang: str, goal: str, comment: str
) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert shown.endswith(f". {comment}")
    assert shown.count(comment.rstrip(".").lower()) + shown.count(comment.rstrip(".")) == 1


def test_a_list_line_closing_on_an_infinitive_is_a_goal_of_its_own() -> None:
    report = CHECKER.check(
        "- een week meedraaien op de röntgenafdeling\n- kozijnen leren afstellen\n"
        "- ooit de cursus metselen volgen",
        lang="nl",
    )
    assert report.split is not None and len(report.split) == 3
    assert report.split[1].startswith("Vóór [datum] ga ik kozijnen leren afstellen")


@pytest.mark.parametrize(
    ("lang", "goal", "told"),
    [
        (
            "nl",
            "Bestelbonnen sneller leren verwerken, vorige maand liepen we drie leveringen mis",
            "Vorige maand liepen we drie leveringen mis.",
        ),
        (
            "nl",
            "Ik wil de koelcel elke dag controleren, dat heeft ons vorige week een partij vis gekost",
            "Dat heeft ons vorige week een partij vis gekost.",
        ),
        (
            "en",
            "Learn to price renovation jobs faster, we have lost two tenders",
            "We have lost two tenders.",
        ),
    ],
)
def test_what_happened_after_the_goal_is_told_after_the_rewrite(
    lang: str, goal: str, told: str
) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert shown.endswith(f". {told}")
