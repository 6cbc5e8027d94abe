"""A development goal asked as a question ("Hoe kan ik ...?", "How can I ...?", "Wat kan ik
doen om ...?") is the goal it asks about: stated, then rewritten like any goal. A goal told
with a question after it ('- misschien een nieuwsbrief?', '(hoe?)', '- or should I ...?') is
rewritten with the means it offers, or gets at least the structured fallback. A question
that no frame states and no goal precedes gets no rewrite. Goals written fresh."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "question", "kept"),
    [
        ("nl", "Hoe kan ik rustiger blijven bij een reanimatie-oefening?", "reanimatie-oefening"),
        ("nl", "Hoe zorg ik ervoor dat ik mijn weekrapport op tijd inlever?", "weekrapport"),
        ("nl", "Wat kan ik doen om de dagstaat van de kassa sneller af te sluiten?", "dagstaat"),
        ("en", "How can I stay calmer during a fire drill?", "fire drill"),
        ("en", "How do I get faster at entering orders in the new system?", "orders"),
        ("en", "What can I do to improve my handovers to the night shift?", "handovers"),
    ],
)
def test_a_question_is_rewritten_as_the_goal_it_asks_about(
    lang: str, question: str, kept: str
) -> None:
    rewrite = well_rewritten(CHECKER, question, lang)
    assert kept in rewrite
    assert "?" not in rewrite


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("nl", "Waarom lukt het mij niet om op tijd te beginnen?"),
        ("en", "Why do I always run late on Mondays?"),
    ],
)
def test_a_question_no_frame_states_gets_the_fallback_as_written(lang: str, question: str) -> None:
    report = CHECKER.check(question, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert report.structured_rewrite is not None  # session 36: every failing goal gets one
    assert report.structured_rewrite.goal == question


@pytest.mark.parametrize(
    ("lang", "text", "means"),
    [
        (
            "en",
            "Cut the waiting list at the physio practice - perhaps with an extra evening clinic?",
            "for example with an extra evening clinic",
        ),
        (
            "en",
            "Raise attendance at the allotment society meetings - maybe a shared calendar?",
            "for example with a shared calendar",
        ),
        (
            "nl",
            "Communicatie tussen de commissie en ouders verbeteren - misschien een maandelijkse nieuwsbrief?",
            "bijvoorbeeld met een maandelijkse nieuwsbrief",
        ),
        (
            "nl",
            "Meer leden werven voor de schaakclub, misschien via de wijkkrant?",
            "bijvoorbeeld via de wijkkrant",
        ),
    ],
)
def test_a_means_suggested_as_a_question_stays_as_an_example(
    lang: str, text: str, means: str
) -> None:
    """A goal followed by a question that suggests a means ('- maybe a monthly newsletter?'):
    the goal is rewritten (a sentence, or at least its structured fallback), the means kept
    as an example of how, and no question is left."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert report.rewrite is not None
    assert means in report.rewrite
    assert "?" not in report.rewrite
    assert not any(w in report.rewrite.split() for w in ("maybe", "perhaps", "misschien"))


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("nl", "jongeren bereiken?? (hoe)", "jongeren"),
        ("nl", "Mijn planning beter bijhouden (hoe?)", "planning"),
        ("en", "Get more volunteers for the food bank - any ideas?", "volunteers"),
        ("en", "Keep the stockroom of the garden centre tidy (how?)", "stockroom"),
    ],
)
def test_a_goal_that_asks_others_how_is_rewritten_without_the_ask(
    lang: str, text: str, kept: str
) -> None:
    """'(hoe?)', '- any ideas?': the writer asks others for the how; the goal before it is
    rewritten as any goal is, and the ask (no word of the goal) goes."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert kept in report.rewrite
    assert "?" not in report.rewrite and "(" not in report.rewrite
    assert not any(w in report.rewrite.lower().split() for w in ("hoe", "how", "ideas"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Omgevingswet: wat betekent dit voor vergunningverlening?"),
        ("en", "Hybrid working: how do we keep the team connected?"),
        ("nl", "Werkdruk in het team: hoe houden we die behapbaar?"),
        ("en", "Improve my French - or is it too late for that?"),
    ],
)
def test_a_goal_told_with_a_question_never_ends_with_nothing(lang: str, text: str) -> None:
    """A topic or goal before a question of its own gets at least the structured fallback
    (the writer's words whole, then the fields to fill), with no '?.' seam."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.is_smart
    assert report.rewrite is not None
    assert report.rewrite.startswith(text.rstrip("?"))
    assert "?." not in report.rewrite


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ik wil mijn vaarbewijs halen, misschien in het voorjaar"),
        ("en", "I want to get my sailing licence, maybe in spring"),
    ],
)
def test_a_hedge_without_a_question_is_no_suggested_means(lang: str, text: str) -> None:
    """Without a question mark 'misschien in het voorjaar' is a hedge on the goal, not a
    means offered: no 'bijvoorbeeld'/'for example' takes it."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    assert "bijvoorbeeld" not in report.rewrite and "for example" not in report.rewrite


@pytest.mark.parametrize(
    ("lang", "text", "means"),
    [
        ("en", "Improve my French - or should I take an evening course?", "take an evening course"),
        (
            "en",
            "Get fitter for the hiking trip - or could I join a running club?",
            "join a running club",
        ),
        ("nl", "Beter leren delegeren - of zal ik een cursus volgen?", "een cursus volgen"),
        (
            "nl",
            "Mijn Spaans verbeteren, of moet ik een taalmaatje zoeken?",
            "een taalmaatje zoeken",
        ),
    ],
)
def test_a_means_weighed_in_a_question_is_the_behaviour(lang: str, text: str, means: str) -> None:
    """'- or should I take an evening course?': the writer weighs a means for the goal before
    it. The means is the behaviour the goal's rewrite asks for, the goal its purpose."""
    rewrite = well_rewritten(CHECKER, text, lang)
    assert means in rewrite
    purpose = "in order to" if lang == "en" else "om"
    assert rewrite.index(means) < rewrite.index(f" {purpose} ")


@pytest.mark.parametrize(
    ("lang", "text", "means"),
    [
        (
            "nl",
            "Ik wil beter leren plannen, bijvoorbeeld door elke ochtend een takenlijst te maken",
            "takenlijst",
        ),
        ("nl", "Beter leren delegeren - of zal ik een cursus volgen?", "cursus"),
    ],
)
def test_a_means_never_becomes_what_the_learning_makes_possible(
    lang: str, text: str, means: str
) -> None:
    """A learning goal's rewrite may ask what the writer can do once learned (', zodat ik
    [concreet gedrag] kan'); the writer's means never fills that slot ('zodat ik een cursus
    volgen kan' turned the means into the result)."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    result = report.rewrite.split("zodat ik", 1)[1] if "zodat ik" in report.rewrite else ""
    assert means not in result
