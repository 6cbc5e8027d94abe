"""A goal that only asks for a thing ('BHV-diploma??', 'Maybe a Python course?') names what
the writer proposes: it is rewritten as the writer's statement of it, a credential got, a
course taken, a thing done (settled with the manager when it is asked as a whole question of
the thing or floated, floated_steps.py); a real question ('Is dit haalbaar?') stays refused, and a
supporter asked for ('Perhaps a mentor?') is no act to commit to. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import REF, seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        # a thing asked alone, or floated ('misschien', 'maybe'), is settled with the manager,
        # still stated as the act that takes it (floated_steps.py, session 45)
        ("nl", "BHV-diploma??", "uit of ik mijn BHV-diploma ga halen"),
        ("nl", "Lasdiploma?", "uit of ik mijn lasdiploma ga halen"),
        ("nl", "Heftruckcertificaat?", "mijn heftruckcertificaat ga halen"),  # no capital inside
        ("nl", "Cursus conflicthantering?", "uit of ik de cursus conflicthantering ga volgen"),
        ("nl", "Misschien een e-learning privacy?", "uit of ik een e-learning privacy ga volgen"),
        ("nl", "Misschien iets met dronefotografie?", "uit of ik iets met dronefotografie ga doen"),
        ("en", "Maybe a Python course?", "on whether I take a Python course"),
        ("en", "Food hygiene certificate??", "on whether I get my food hygiene certificate"),
        ("en", "Perhaps a negotiation workshop?", "on whether I take a negotiation workshop"),
        # a trial asked is the tried step's: the act stated, not 'try' kept
        ("en", "Maybe try teaching the new starters?", "on whether I teach the new starters"),
    ],
)
def test_a_thing_asked_is_the_goal_stated(lang: str, goal: str, expected: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert expected in rewrite
    assert "?" not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Doel 2: BHV-diploma??"),
        ("nl", "- Cursus conflicthantering?"),
        ("nl", "CURSUS CONFLICTHANTERING?"),
        ("en", "Goal 3: Maybe a Python course?"),
        ("en", "1. Food hygiene certificate??"),
    ],
)
def test_the_surface_does_not_change_the_rewrite(lang: str, goal: str) -> None:
    bare = {
        "Doel 2: BHV-diploma??": "BHV-diploma??",
        "- Cursus conflicthantering?": "Cursus conflicthantering?",
        "CURSUS CONFLICTHANTERING?": "Cursus conflicthantering?",
        "Goal 3: Maybe a Python course?": "Maybe a Python course?",
        "1. Food hygiene certificate??": "Food hygiene certificate??",
    }[goal]
    assert well_rewritten(CHECKER, goal, lang) == well_rewritten(CHECKER, bare, lang)


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Is dit haalbaar?"),
        ("nl", "Wat moet ik daarvoor doen?"),
        ("nl", "Klopt dat?"),
        ("en", "Is this realistic?"),
        ("en", "Do I need a course?"),
    ],
)
def test_a_real_question_gets_no_sentence(lang: str, goal: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert report.rewrite is None or report.structured_rewrite is not None


@pytest.mark.parametrize(
    ("lang", "goal"), [("en", "Perhaps a mentor?"), ("nl", "Misschien een werkbegeleider?")]
)
def test_a_supporter_asked_is_no_act(lang: str, goal: str) -> None:
    rewrite = CHECKER.check(goal, lang=lang, reference_date=REF).rewrite or ""
    assert "do a mentor" not in rewrite and "werkbegeleider doen" not in rewrite


@pytest.mark.parametrize(
    ("candidate", "kinds"),
    [
        ("By [date], I will shadowing the night shift.", {"lost_tense"}),
        ("By [date], I will also shadowing the night shift.", {"lost_tense"}),
        ("By [date], I will be shadowing the night shift.", set()),
        ("By [date], I will bring my questions to the night shift.", set()),
    ],
)
def test_a_gerund_after_the_modal_is_a_seam(candidate: str, kinds: set[str]) -> None:
    found = seam_kinds(CHECKER, "en", "Maybe shadowing the night shift?", candidate)
    assert "lost_tense" in found if kinds else "lost_tense" not in found


@pytest.mark.parametrize(
    ("candidate", "dangles"),
    [("By [date], I will take a Python course.", False), ("By [date], I will take the.", True)],
)
def test_a_parser_break_inside_a_sentence_is_no_end(candidate: str, dangles: bool) -> None:
    found = seam_kinds(CHECKER, "en", "Maybe a Python course?", candidate)
    assert ("dangling" in found) is dangles
