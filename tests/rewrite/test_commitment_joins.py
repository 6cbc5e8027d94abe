"""Where the writer's words meet the commitment: a duty told without its subject ('Should do
more X') is the writer's own; a guess at the writer's act ('probably', 'waarschijnlijk') is a
hedge the rewrite commits, like 'maybe'; the writer's sentence of context never carries the
goal's measure; a hedge after a comma leaves the clause its comma; a reason after the frame's
phrase gets one. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "expected", "gone"),
    [
        ("en", "Should learn the new till system before the summer sale.", "I will learn", ""),
        (
            "en",
            "Should probably do more night runs with the trainee drivers",
            "I will do",
            "probably",
        ),
        ("en", "I will probably finish the hydraulics course next spring.", "finish", "probably"),
        (
            "nl",
            "Ik ga waarschijnlijk in het voorjaar de cursus hydrauliek starten.",
            "Ik ga",
            "waarschijnlijk",
        ),
        (
            "nl",
            "Moet waarschijnlijk vaker meelopen met de nachtploeg.",
            "ga ik vaker",
            "waarschijnlijk",
        ),
    ],
)
def test_a_guessed_duty_is_committed(lang: str, goal: str, expected: str, gone: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert expected in rewrite
    assert not gone or gone not in rewrite.lower()


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Beter plannen. Ik loop vaak achter met de bestellijsten."),
        ("en", "Better planning. I am often behind with the order lists."),
    ],
)
def test_the_frame_is_never_hung_on_the_situation(lang: str, goal: str) -> None:
    """The writer's sentence of context closes the rewrite as written, never carrying the
    goal's measure ('... Ik loop vaak achter met de bestellijsten, van [huidig aantal] ...')."""
    rewrite = well_rewritten(CHECKER, goal, lang)
    situation = goal.split(". ", 1)[1]
    assert rewrite.endswith(situation)


@pytest.mark.parametrize(
    ("text", "lang", "times", "expected"),
    [
        (
            "Take on more stock control, maybe run the Saturday shift one day.",
            "en",
            frozenset(),
            "Take on more stock control, run the Saturday shift one day.",
        ),
        (
            "Meer doen in de kaasafdeling, misschien ooit de inkoop doen.",
            "nl",
            frozenset(),
            "Meer doen in de kaasafdeling, ooit de inkoop doen.",
        ),
        (  # the goal's own time after the hedge stays with the goal, without the comma
            "I would like to present at a conference, hopefully this year.",
            "en",
            frozenset({"this year"}),
            "I will present at a conference this year.",
        ),
    ],
)
def test_a_hedge_after_a_comma_leaves_the_clause_its_comma(
    text: str, lang: str, times: frozenset[str], expected: str
) -> None:
    from smartcheck.fixing.rewrite.fallback import committed
    from smartcheck.fixing.rewrite.style import style_for

    style = style_for(CHECKER.pack(lang))
    assert style is not None
    assert committed(text, style, times) == expected


@pytest.mark.parametrize(
    ("lang", "goal", "joined"),
    [
        (
            "nl",
            "Ik wil mijn Duits verbeteren want we krijgen steeds meer Duitse gasten.",
            "], want",
        ),
        ("en", "I want to improve my Polish because half of the crew speaks it.", ", because half"),
    ],
)
def test_a_reason_after_the_frame_phrase_gets_its_comma(lang: str, goal: str, joined: str) -> None:
    assert joined in well_rewritten(CHECKER, goal, lang)


@pytest.mark.parametrize(
    "goal",
    [
        "Ik wil klanten beter helpen aan de balie want nu roep ik steeds mijn collega erbij."
        " Dat wil ik niet meer.",
        "Ik wil de weekplanning zelf maken want nu doet de chef dat altijd voor mij. Dat wil ik"
        " niet langer.",
    ],
)
def test_a_refusal_pointing_back_is_nobody_s_wish(goal: str) -> None:
    """'Dat wil ik niet meer.' points back at the situation the writer refuses: no one who
    wishes the goal, so no credit ('zoals dat wil')."""
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert "zoals dat" not in rewrite
