"""Every failing goal gets something a coach can use, and the fallback keeps the writer's
words (session 36), by category.

- a question as the whole goal ('Waarom ben ik altijd zo moe na de nachtdienst?', 'Is the
  evening shift right for me?'): it got no rewrite at all; it now gets the structured
  fallback with the question as written and the missing parts as fields (whole_text
  ``_fallback``). Property: a goal that fails any criterion always gets at least one rewrite;
- two options asked in one question with a content verb ('Zal ik de kassacursus volgen of
  eerst een week meedraaien op de vloer?', 'Kan ik beter X doen of Y?', 'Shall I apply for
  X or first finish Y?'): the choice is the writer's step, both options as written, the one
  to do first asked for (asked_choices.py); the asking modal and a weighing word ('beter',
  'rather') are the question's (seams/kept_words.py), the options of a stated choice no
  goals to split (coordinated.py);
- a hedge that opens a remark or a wish for help beside the goal ('..., hopefully someone
  from logistics can show me', '..., hopelijk kan iemand van HR me helpen'): the fallback
  keeps it as written; a hedge on the goal's own clause or on its time goes as before
  (fallback.remark_hedges).

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.fallback import structured
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("nl", "Waarom ben ik altijd zo moe na de nachtdienst?"),
        ("nl", "Is een leidinggevende functie iets voor mij?"),
        ("nl", "Zal ik een cursus volgen?"),
        ("en", "Why do my deliveries always run late?"),
        ("en", "Is the evening shift right for me?"),
        ("en", "Shall I take the course?"),
    ],
)
def test_a_bare_question_gets_the_fallback_as_written(lang: str, question: str) -> None:
    report = CHECKER.check(question, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert report.rewrites
    assert report.structured_rewrite is not None
    assert report.structured_rewrite.goal == question
    assert report.rewrite == report.structured_rewrite.text
    assert report.structured_rewrite.fields


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Zal ik de kassacursus volgen of eerst een week meedraaien op de vloer?",
            "Vóór [datum] ga ik kiezen wat ik eerst doe: de kassacursus volgen of een week "
            "meedraaien op de vloer.",
        ),
        (
            "nl",
            "Kan ik beter de rijopleiding voor de bakwagen doen of eerst leren laden?",
            "Vóór [datum] ga ik kiezen wat ik eerst doe: de rijopleiding voor de bakwagen doen "
            "of leren laden.",
        ),
        (
            "nl",
            "Moet ik de heftruckcursus doen of eerst leren plannen?",
            "Vóór [datum] ga ik kiezen wat ik eerst doe: de heftruckcursus doen of leren plannen.",
        ),
        (
            "en",
            "Shall I apply for the team lead job or first finish my degree?",
            "By [date], I will decide whether to apply for the team lead job or first to "
            "finish my degree.",
        ),
        (
            "en",
            "Should I do the barista course or first work a month behind the bar?",
            "By [date], I will decide whether to do the barista course or first to work a "
            "month behind the bar.",
        ),
        (
            "en",
            "Should I rather learn SQL or Power BI?",
            "By [date], I will decide whether to learn SQL or Power BI, with [how measured] as "
            "evidence, so that I can [concrete behaviour].",
        ),
    ],
)
def test_a_choice_asked_with_a_content_verb_is_the_writers_step(
    lang: str, text: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        (
            "en",
            "The head chef wants me to write the new allergen cards. I never did this before, "
            "hopefully I can get some help from the dietitian",
            "I never did this before, hopefully I can get some help from the dietitian",
        ),
        (
            "en",
            "I want to learn Excel, hopefully someone from finance can help me.",
            "hopefully someone from finance can help me",
        ),
        (
            "en",
            "I want to run the stocktake on my own. I never counted the cold store before, "
            "hopefully someone from logistics can show me",
            "hopefully someone from logistics can show me",
        ),
        (
            "nl",
            "Ik wil de bestellingen voor de bar zelf doen. Ik heb nooit met de leverancier "
            "gebeld, misschien kan Mehmet me dat laten zien.",
            "misschien kan Mehmet me dat laten zien",
        ),
        (
            "nl",
            "De teamleider wil dat ik het inwerkboekje ga schrijven. Dat heb ik nog nooit "
            "gedaan, hopelijk kan iemand van HR me helpen",
            "hopelijk kan iemand van HR me helpen",
        ),
    ],
)
def test_the_fallback_keeps_a_hedge_of_a_remark_or_a_wish_for_help(
    lang: str, text: str, kept: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    fallback = structured(report, CHECKER.context(lang))
    assert fallback is not None
    assert kept in fallback.goal


@pytest.mark.parametrize(
    ("lang", "text", "goal"),
    [
        ("en", "Hopefully I pass my forklift exam. I failed it twice already.", "I pass my"),
        ("en", "Maybe I can lead the stand-up.", "I can lead the stand-up."),
        ("en", "I want to learn Excel, maybe this year.", "I will learn Excel this year."),
        (
            "en",
            "Learn the new till, hopefully before the sale starts, my manager says so.",
            "Learn the new till before the sale starts, my manager says so.",
        ),
        ("nl", "Ik wil misschien een cursus Spaans volgen.", "Ik wil een cursus Spaans volgen."),
    ],
)
def test_the_fallback_still_settles_a_hedge_on_the_goal_or_its_time(
    lang: str, text: str, goal: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    fallback = structured(report, CHECKER.context(lang))
    assert fallback is not None
    assert fallback.goal.startswith(goal)


def test_a_second_clause_with_another_subject_is_no_coordinated_goal() -> None:
    text = (
        "De teamleider wil dat ik het inwerkboekje ga schrijven. Dat heb ik nog nooit gedaan, "
        "hopelijk kan iemand van HR me helpen"
    )
    rewrite = CHECKER.check(text, lang="nl", reference_date=REF).rewrite
    assert rewrite is not None
    assert "Dat heb ik hopelijk" not in rewrite and "Dat heb ik kan" not in rewrite


# The property: a goal that fails any criterion always gets at least one rewrite, whatever
# its shape (a question, a fragment, a statement, a list; nl and en).
PARTS = {
    "nl": {
        "acts": [
            "de weekplanning van de bakkerij maken",
            "meelopen met de monteur",
            "de cursus klantcontact volgen",
            "leren lassen",
            "de voorraad in de koelcel tellen",
        ],
        "shapes": [
            "Zal ik {a} of eerst {b}?",
            "Kan ik beter {a} of {b}?",
            "Waarom lukt het me niet om {a}?",
            "Is {a} iets voor mij?",
            "{a}",
            "{a}?",
            "Ik wil misschien {a}.",
            "Ik wil {a}, hopelijk kan iemand me helpen.",
            "- {a}\n- {b}\n- beter communiceren",
            "Mijn chef wil dat ik ga {a}. Dat heb ik nooit gedaan.",
            "Ik vind {a} lastig.",
        ],
    },
    "en": {
        "acts": [
            "plan the weekly bakery schedule",
            "shadow the service engineer",
            "take the customer contact course",
            "learn to weld",
            "count the stock in the cold store",
        ],
        "shapes": [
            "Should I {a} or first {b}?",
            "Shall I {a} or {b}?",
            "Why can't I {a}?",
            "Is it wise to {a}?",
            "{a}",
            "{a}?",
            "I might {a}.",
            "I want to {a}, hopefully someone can help me.",
            "- {a}\n- {b}\n- communicate better",
            "My boss wants me to {a}. I never did that before.",
            "I find it hard to {a}.",
        ],
    },
}


@st.composite
def _goals(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(sorted(PARTS)))
    parts = PARTS[lang]
    a, b = draw(st.permutations(parts["acts"]))[:2]
    shape = draw(st.sampled_from(parts["shapes"]))
    return lang, shape.format(a=a, b=b)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(goal=_goals())
def test_every_failing_goal_gets_at_least_one_rewrite(goal: tuple[str, str]) -> None:
    lang, text = goal
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    if report.is_smart:
        return
    assert report.rewrites, text
    assert report.rewrite is not None and report.rewrite.strip(), text
