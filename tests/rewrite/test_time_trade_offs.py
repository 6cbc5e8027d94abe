"""A trade-off of the writer's time, told without a verb: more of one thing, less of another.

"Meer in de wijk, minder achter het bureau" means to spend time differently; no side has a
verb. The rewrite reads it as the writer's sentence about spending time ("ik ga meer tijd
{more} besteden en minder {less}") and commits to that, both sides kept. A side with a verb
is read by the frames already, and a side that only describes ("more structured") is no
time spent: neither is read as a trade-off.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.traded import traded_goal
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, seam_kinds, well_rewritten

TRADE_OFFS = [
    (
        "nl",
        "Meer in de wijk, minder achter het bureau",
        "meer tijd in de wijk besteden en minder achter het bureau",
    ),
    (
        "nl",
        "Aandachtspunt: meer bij de leerlingen, minder in de teamkamer",
        "meer tijd bij de leerlingen besteden en minder in de teamkamer",
    ),
    (
        "nl",
        "Meer tijd aan de nieuwe collega's / minder aan de mailbox",
        "meer tijd aan de nieuwe collega's besteden en minder aan de mailbox",
    ),
    (
        "en",
        "More on the shop floor, less in the back office",
        "spend more time on the shop floor and less in the back office",
    ),
    (
        "en",
        "Focus area: more coaching on the job, less firefighting",
        "spend more time coaching on the job and less firefighting",
    ),
    (
        "en",
        "more with the night crew and less at my desk",
        "spend more time with the night crew and less at my desk",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "committed"), TRADE_OFFS)
def test_a_trade_off_of_time_becomes_time_spent(
    checker: Checker, lang: str, goal: str, committed: str
) -> None:
    rewrite = well_rewritten(checker, goal, lang)
    assert committed in rewrite


NOT_TRADE_OFFS = [
    ("nl", "Meer delegeren, minder zelf doen."),  # verbs: the frames read it
    ("nl", "Meer vooruit plannen, minder last minute"),
    ("nl", "Declaraties: meer gestructureerd, minder gehaast"),  # a description
    ("nl", "Meer overleg met de planning, minder losse appjes"),  # things counted
    ("en", "Listen more, talk less in stand-ups."),
    ("en", "Quarter close - more structured, less rushed"),
    ("en", "More customer visits, fewer internal meetings."),  # things counted
    ("en", "More time in the workshop, less in the office"),  # time named: spent as written
    ("en", "More in the workshop."),  # one side only
    ("en", "More in the workshop by March 2027, less in the office"),  # a time of its own
]


@pytest.mark.parametrize(("lang", "goal"), NOT_TRADE_OFFS)
def test_what_is_no_trade_off_of_time_is_left_to_the_frames(
    checker: Checker, lang: str, goal: str
) -> None:
    ctx = checker.context(lang)
    parsed = checker.parse(checker.surface(goal, lang).text, lang=lang, reference_date=REF)
    assert traded_goal(parsed, ctx, rewrite_style(checker, lang)) is None


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Meer in de wijk, minder in vergaderingen",
            "Meer in de wijk, minder in vergaderingen, vóór [datum], met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Minder herhalingen, meer nieuwe oefeningen",
            "Minder herhalingen, meer nieuwe oefeningen, vóór [datum], met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_dated_fragment_of_action_nouns_is_a_seam(
    checker: Checker, lang: str, goal: str, candidate: str
) -> None:
    """'vergaderingen', 'oefeningen': nouns of an act in -ingen the tagger may call a verb;
    the frame dated a fragment with no verb."""
    assert "lost_verb" in seam_kinds(checker, lang, goal, candidate)


def test_a_verb_beside_an_action_noun_is_whole(checker: Checker) -> None:
    goal = "Minder vergaderingen inplannen."
    candidate = "Vóór [datum] ga ik minder vergaderingen inplannen, met als bewijs [hoe gemeten]."
    assert "lost_verb" not in seam_kinds(checker, "nl", goal, candidate)


_PLACES = ["in de werkplaats", "bij de klanten", "op de bouwplaats", "aan de balie"]


@settings(max_examples=12, deadline=None)
@given(
    more=st.sampled_from(_PLACES),
    less=st.sampled_from(["achter de computer", "in het overleg", "op kantoor"]),
    label=st.sampled_from(["", "Werkpunt: ", "- "]),
)
def test_both_sides_are_kept_whatever_the_label(
    checker: Checker, more: str, less: str, label: str
) -> None:
    """The sides stay the writer's, in the writer's order, with a label or list marker or
    without one."""
    rewrite = well_rewritten(checker, f"{label}meer {more}, minder {less}", "nl")
    assert f"meer tijd {more} besteden en minder {less}" in rewrite
