"""What the writer already did, told before the goal or instead of one (context.py).

A past change told in a sentence of its own before a wish for others ("Vorig kwartaal zijn we
overgestapt op X. Ik wil dat het team er goed mee werkt.") is context: the writer sees to the
wish, and the past stays as the clause that looks back. A text that is *only* a past
achievement holds no goal: the rewrite asks for the next step that builds on it. Every goal
is written fresh for the category."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import seam_kinds, shown_rewrite, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "own", "looking_back"),
    [
        (
            "nl",
            "Vorige maand zijn we overgestapt op een nieuw voorraadsysteem. Ik wil dat alle "
            "vakkenvullers het zelfstandig gebruiken.",
            "zorg ik ervoor dat alle vakkenvullers het zelfstandig gebruiken",
            "nadat we vorige maand op een nieuw voorraadsysteem zijn overgestapt.",
        ),
        (
            "nl",
            "Vorig jaar hebben we digitale cliëntdossiers ingevoerd. Ik wil nu dat alle "
            "begeleiders ze na elke dienst bijwerken.",
            "zorg ik ervoor dat alle begeleiders ze na elke dienst bijwerken",
            "nadat we vorig jaar digitale cliëntdossiers hebben ingevoerd.",
        ),
        (
            "en",
            "Last spring we moved the bakery orders to a web form. I want all the shop assistants "
            "to check it every morning.",
            "make sure that all the shop assistants check it every morning",
            "after we moved the bakery orders to a web form last spring.",
        ),
    ],
)
def test_a_past_change_in_its_own_sentence_is_context(
    lang: str, text: str, own: str, looking_back: str
) -> None:
    rewrite = well_rewritten(CHECKER, text, lang)
    assert own in rewrite
    assert rewrite.endswith(looking_back)


@pytest.mark.parametrize(
    ("lang", "text", "goal"),
    [
        (
            "nl",
            "Afgelopen winter heb ik mijn zwemdiploma C gehaald. Nu wil ik de cursus "
            "zwemonderwijzer volgen.",
            "Vóór [datum] ga ik de cursus zwemonderwijzer volgen",
        ),
        (
            "en",
            "Last autumn I got my food safety certificate. Now I want to take the allergen "
            "awareness course.",
            "By [date], I will take the allergen awareness course",
        ),
    ],
)
def test_now_after_the_past_goes_with_it(lang: str, text: str, goal: str) -> None:
    """'Nu wil ik ...', 'Now I want ...': the clause that looks back says when the goal
    starts, so 'nu' / 'now' goes ('By [date], now, I will ...' was shown)."""
    rewrite = well_rewritten(CHECKER, text, lang)
    assert rewrite.startswith(goal)
    assert " nu " not in rewrite and " now" not in rewrite.lower()


ONLY_PAST = [
    (
        "nl",
        "Vorig jaar heb ik de cursus klantgericht schrijven afgerond.",
        "nadat ik vorig jaar de cursus klantgericht schrijven heb afgerond.",
    ),
    (
        "nl",
        "In 2025 heb ik mijn praktijkexamen gehaald en mijn eerste klas lesgegeven.",
        "nadat ik in 2025 mijn praktijkexamen heb gehaald en mijn eerste klas heb lesgegeven.",
    ),
    (
        "nl",
        "Vorig jaar zijn we met een jeugdteam begonnen.",
        "nadat we vorig jaar met een jeugdteam zijn begonnen.",
    ),
    (
        "en",
        "Last year I set up the volunteer rota for the food bank.",
        "after I set up the volunteer rota for the food bank last year.",
    ),
    (
        "en",
        "In 2025 I passed my scaffolding inspection and led my first site audit.",
        "after I passed my scaffolding inspection in 2025 and led my first site audit.",
    ),
]


@pytest.mark.parametrize(("lang", "text", "looking_back"), ONLY_PAST)
def test_only_a_past_achievement_asks_for_the_next_step(
    lang: str, text: str, looking_back: str
) -> None:
    """No goal to commit to: the next step is asked for, the achievement is where it
    starts (each past verb keeps its own auxiliary in Dutch)."""
    rewrite = shown_rewrite(CHECKER, text, lang)
    step = "[concreet gedrag]" if lang == "nl" else "[concrete behaviour]"
    assert step in rewrite.split(",")[1 if lang == "en" else 0]
    assert rewrite.endswith(looking_back)


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "en",
            "Last year I ran the charity quiz and raised 800 pounds.",
            "By [date], I will [concrete behaviour], after I ran the charity quiz and raised "
            "800 pounds last year, by [date].",
            "By [date], I will [concrete behaviour], after I ran the charity quiz last year "
            "and raised 800 pounds.",
        ),
    ],
)
def test_the_next_step_has_one_deadline(lang: str, goal: str, broken: str, whole: str) -> None:
    assert "two_deadlines" in seam_kinds(CHECKER, lang, goal, broken)
    assert "two_deadlines" not in seam_kinds(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    ("lang", "text", "goal", "looking_back"),
    [
        (
            "nl",
            "Vorig jaar heb ik mijn certificaat VCA gehaald. Volgende stap: mijn diploma "
            "hoogwerker halen.",
            "Vóór [datum] ga ik mijn diploma hoogwerker halen",
            "nadat ik vorig jaar mijn certificaat VCA heb gehaald.",
        ),
        (
            "en",
            "In 2025 I passed my level 2 food hygiene. Next step: pass the level 3 course.",
            "By [date], I will pass the level 3 course",
            "after I passed my level 2 food hygiene in 2025.",
        ),
    ],
)
def test_the_next_step_named_by_a_label_is_the_goal(
    lang: str, text: str, goal: str, looking_back: str
) -> None:
    """'Volgende stap:', 'Next step:' (next_step_labels) name the goal after the past; the
    label goes, never counted as a lost word."""
    rewrite = well_rewritten(CHECKER, text, lang)
    assert rewrite.startswith(goal)
    assert rewrite.endswith(looking_back)


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "nl",
            "Vorig jaar heb ik de cursus klantgericht schrijven afgerond.",
            "Vóór [datum] heb ik de cursus klantgericht schrijven afgerond.",
            "Vóór [datum] ga ik [concreet gedrag], nadat ik vorig jaar de cursus klantgericht "
            "schrijven heb afgerond.",
        ),
        (
            "nl",
            "In 2025 heb ik het jaarverslag van de vereniging geschreven.",
            "Vóór [datum] heb ik het jaarverslag van de vereniging geschreven.",
            "Vóór [datum] ga ik [concreet gedrag], nadat ik in 2025 het jaarverslag van de "
            "vereniging heb geschreven.",
        ),
    ],
)
def test_committing_to_what_was_done_is_a_seam(
    lang: str, goal: str, broken: str, whole: str
) -> None:
    """A text that is only a past achievement, committed to again with its own perfect
    ('Vóór [datum] heb ik ... afgerond'), tells the past as a goal."""
    assert "lost_tense" in seam_kinds(CHECKER, lang, goal, broken)
    assert "lost_tense" not in seam_kinds(CHECKER, lang, goal, whole)
