"""A goal followed by a sentence that gives the writer's means or plan ('Plan: ...',
'Hiervoor ga ik ...', "I'll ..."), a guess at a means ('Misschien een ...'), a later sentence
labelled as the goal ('Doel: ...'), or a sentence of context after a learning goal. The means
becomes the rewrite's behaviour and the direction its purpose; the sentences of context stay
as written. Goals written fresh for these categories (none from the measured sets)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.criteria import Criterion
from smartcheck.fixing.rewrite.means import labelled, meant, with_plan
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from tests.support.rewriting import REF, well_rewritten

CHECKER = Checker()


def _style(lang: str):  # type: ignore[no-untyped-def]
    style = style_for(CHECKER.context(lang).pack)
    assert style is not None
    return style


def _roles(lang: str) -> frozenset[str]:
    return frozenset(CHECKER.context(lang).pack.words("predicative_markers"))


@pytest.mark.parametrize(
    ("lang", "goal", "means", "purpose", "gone"),
    [  # a label before a colon
        (
            "nl",
            "Beter worden in het inwerken van nieuwe chauffeurs. Plan: een inwerkmap maken "
            "en elke nieuwe collega een week laten meerijden.",
            "ga ik een inwerkmap maken en elke nieuwe collega een week laten meerijden",
            "om beter te worden in het inwerken van nieuwe chauffeurs",
            "Plan",
        ),
        (
            "en",
            "I want to get better at handling complaints at the library desk. Plan: read the "
            "complaints procedure and shadow Priya on two evening shifts.",
            "I will read the complaints procedure and shadow Priya on two evening shifts",
            "in order to get better at handling complaints at the library desk",
            "Plan",
        ),
        # words that point back to the goal, before the writer and a modal
        (
            "nl",
            "Ik wil zelfstandig de maandafsluiting doen. Hiervoor wil ik twee keer meekijken "
            "met de controller en de cursus Exact Online volgen.",
            "twee keer meekijken met de controller en de cursus Exact Online volgen",
            "om zelfstandig de maandafsluiting te doen",
            "Hiervoor",
        ),
        (
            "en",
            "Become more confident on the phones at the vet clinic. To do this I'll take "
            "the evening calls twice a week and go through the triage script with Anna.",
            "take the evening calls twice a week and go through the triage script with Anna",
            "in order to become more confident on the phones at the vet clinic",
            "this",
        ),
        # the writer's own commitment opens the next sentence
        (
            "nl",
            "Sneller worden in het klaarzetten van bestellingen. Ik ga de looproutes per "
            "gang uitschrijven.",
            "ga ik de looproutes per gang uitschrijven",
            "om sneller te worden in het klaarzetten van bestellingen",
            "",
        ),
        (
            "en",
            "Improve my welding on thin stainless sheet. I'll practise on offcuts every "
            "Friday afternoon and ask Joe to check my seams.",
            "practise on offcuts every Friday afternoon and ask Joe to check my seams",
            "in order to improve my welding on thin stainless sheet",
            "",
        ),
    ],
)
def test_the_means_is_the_behaviour_and_the_goal_its_purpose(
    lang: str, goal: str, means: str, purpose: str, gone: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert means in rewrite
    assert purpose in rewrite
    assert rewrite.index(means) < rewrite.index(purpose)  # what to do, then what for
    assert "[concreet gedrag]" not in rewrite and "[concrete behaviour]" not in rewrite
    if gone:
        assert f"{gone} " not in rewrite and f"{gone}:" not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "kept", "hedge"),
    [  # a trial promised is a use committed to
        (
            "en",
            "Get better at running the toddler sessions at the library. Plan: try the song "
            "cards from the training day with my Tuesday group.",
            "use the song cards from the training day with my Tuesday group",
            "try",
        ),
        # a thing guessed with a hedge and no verb helps the behaviour asked for
        (
            "nl",
            "Beter omgaan met de drukte rond de feestdagen. Misschien een paar gesprekken "
            "met een vertrouwenspersoon.",
            "met hulp van een paar gesprekken met een vertrouwenspersoon",
            "misschien",
        ),
        (
            "en",
            "Stay calmer during the Saturday rush at the bike shop. Maybe a short course on "
            "stress management.",
            "with the help of a short course on stress management",
            "maybe",
        ),
        # a hedge inside the means sentence goes the way hedges go
        (
            "nl",
            "Beter leren lesgeven aan de inburgeringsklas. Hiervoor wil ik eventueel een "
            "cursus NT2-didactiek volgen.",
            "een cursus NT2-didactiek volgen",
            "eventueel",
        ),
    ],
)
def test_a_hedge_in_the_means_becomes_a_commitment(
    lang: str, goal: str, kept: str, hedge: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)  # A passes once filled
    assert kept in rewrite
    assert hedge not in rewrite.lower().split()


@pytest.mark.parametrize(
    ("lang", "goal", "context", "labelled_goal"),
    [
        (
            "nl",
            "Ik ken alleen de basis van ons kassasysteem. Doel: voor de zomer zelf de "
            "weekomzet per afdeling kunnen opvragen.",
            "Ik ken alleen de basis van ons kassasysteem.",
            "de weekomzet per afdeling",
        ),
        (
            "en",
            "I only know the basics of the booking system. Goal: set up the holiday rota in "
            "it myself.",
            "I only know the basics of the booking system.",
            "the holiday rota",
        ),
    ],
)
def test_a_labelled_goal_after_context_is_the_goal(
    lang: str, goal: str, context: str, labelled_goal: str
) -> None:
    rewrite = well_rewritten(CHECKER, goal, lang)
    assert rewrite.startswith(context)  # the situation as written, first
    assert labelled_goal in rewrite
    assert "Doel:" not in rewrite and "Goal:" not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal", "context"),
    [  # a learning goal's result asked for, then the context as the writer told it
        (
            "en",
            "I'd like to learn more about tiling wet rooms. At the moment only Mo does "
            "them and we turn jobs away.",
            "At the moment only Mo does them and we turn jobs away.",
        ),
        (
            "nl",
            "Ik wil leren om gehoortesten af te nemen. Dat doet nu alleen de audicien en "
            "dat kost veel tijd.",
            "Dat doet nu alleen de audicien en dat kost veel tijd.",
        ),
    ],
)
def test_context_after_a_learning_goal_stays_as_written(lang: str, goal: str, context: str) -> None:
    assert well_rewritten(CHECKER, goal, lang).endswith(context)


@pytest.mark.parametrize(
    ("lang", "text"),
    [  # a second goal, no means: 'ook', 'also'
        ("nl", "Beter plannen op de bouwplaats. Ik ga ook mijn VCA-diploma halen."),
        ("en", "Get better at stock rotation. I'll also take the forklift course."),
        # an attempt at a verb: the means does not say how to keep it
        ("en", "Be more patient with new staff. Plan: try to explain things twice."),
        # no means at all: a comment on the goal
        ("nl", "Beter leren omgaan met kritiek van ouders. Dat vind ik nog lastig."),
        # one sentence: nothing after the goal
        ("en", "I want to get better at route planning for the delivery vans."),
    ],
)
def test_no_means_sentence(lang: str, text: str) -> None:
    goal = CHECKER.parse(text, lang, REF)
    assert meant(goal, _style(lang), _roles(lang)) is None


def test_the_means_only_fills_a_behaviour_asked_in_its_own_clause() -> None:
    goal = CHECKER.parse(
        "Better dispensing accuracy. Approach: use the double-check card on every drug.",
        "en",
        REF,
    )
    style = _style("en")
    found = meant(goal, style, _roles("en"))
    assert found is not None
    assert found.means == "use the double-check card on every drug"
    # the behaviour asked inside the goal's own words: the means would read into them
    inside = "By [date], I will [concrete behaviour] in dispensing accuracy."
    assert with_plan(inside, found, style) is None
    # asked as a clause of its own, before the purpose: the means fills it
    own = "By [date], I will [concrete behaviour], in order to improve dispensing accuracy."
    filled = with_plan(own, found, style)
    assert filled == (
        "By [date], I will use the double-check card on every drug, in order to improve "
        "dispensing accuracy."
    )
    # the learning result asks for what the learning makes possible, which a means is not
    learned = "By [date], I will learn dispensing, so that I can [concrete behaviour]."
    assert with_plan(learned, found, style) is None


def test_a_label_in_the_first_sentence_is_no_later_goal() -> None:
    goal = CHECKER.parse("Doel: beter plannen in de keuken. Ik ga elke week vooruit.", "nl", REF)
    labels = frozenset(CHECKER.context("nl").pack.words("goal_labels"))
    assert labelled(goal, _style("nl"), labels) is None


@pytest.mark.parametrize(
    ("sentence", "seam"),
    [  # the result a learning goal asks for ends its sentence; context may follow
        (
            "By [date], I will learn about tiling, so that I can [concrete behaviour]. "
            "At the moment only Mo does them.",
            False,
        ),
        # the broken sibling: the behaviour in the result clause, which then goes on
        (
            "By [date], I will learn about tiling, so that I can [concrete behaviour] and "
            "more wet rooms. At the moment only Mo does them.",
            True,
        ),
    ],
)
def test_a_learning_result_ends_its_sentence(sentence: str, seam: bool) -> None:
    goal = CHECKER.parse(
        "I'd like to learn more about tiling. At the moment only Mo does them.", "en", REF
    )
    ctx = CHECKER.context("en")
    kinds = [s.detail for s in find_seams(sentence, goal, ctx, _style("en"))]
    assert ("the behaviour stands outside the main clause" in kinds) is seam


@settings(max_examples=8, deadline=None)
@given(
    gap=st.sampled_from([" ", "  ", "   "]), marker=st.sampled_from(["", "- ", "1. ", "Doel 2: "])
)
def test_the_rewrite_is_the_same_whatever_the_surface(gap: str, marker: str) -> None:
    plain = (
        "Ik wil beter worden in het inplannen van de schoonmakers. Hiervoor ga ik het "
        "rooster in Excel bijhouden."
    )
    base = CHECKER.check(plain, lang="nl", reference_date=REF).rewrite
    varied = marker + plain.replace(". Hiervoor", "." + gap + "Hiervoor")
    assert CHECKER.check(varied, lang="nl", reference_date=REF).rewrite == base


@pytest.mark.parametrize(
    ("lang", "goal", "context"),
    [  # the writer's own clause after a comma, with a sign of the present: context
        (
            "en",
            "Run the stocktake for the pharmacy on my own, I've only counted the fridge so far.",
            "I've only counted the fridge so far.",
        ),
        (
            "nl",
            "Zelf de weekplanning van de tandartsassistenten maken, ik vul nu alleen de gaten.",
            "Ik vul nu alleen de gaten.",
        ),
    ],
)
def test_the_writers_situation_after_a_comma_stays_as_written(
    lang: str, goal: str, context: str
) -> None:
    parsed = CHECKER.parse(goal, lang, REF)
    found = [s.text.strip().lower() for s in parsed.syntax.context]
    assert found == [context.lower()]
    assert well_rewritten(CHECKER, goal, lang).endswith(context)


@pytest.mark.parametrize(
    ("lang", "goal"),
    [  # the writer's clause after a comma with no sign of the present: the goal goes on
        ("en", "Run the stocktake for the pharmacy on my own, I count the fridge first."),
        ("nl", "Zelf de weekplanning maken, ik begin met de vaste diensten."),
    ],
)
def test_the_writers_clause_without_a_sign_is_no_context(lang: str, goal: str) -> None:
    assert CHECKER.parse(goal, lang, REF).syntax.context == ()


def test_a_guessed_help_joins_a_goal_committed_as_written() -> None:
    rewrite = well_rewritten(
        CHECKER,
        "Beter omgaan met de lange diensten en de nachten in het weekend. Misschien een "
        "gesprek met de bedrijfsarts.",
        "nl",
    )
    assert rewrite.endswith(", met hulp van een gesprek met de bedrijfsarts.")
    assert "misschien" not in rewrite.lower()


@pytest.mark.parametrize(
    ("sentence", "seam"),
    [  # the behaviour asked in the main clause of the second sentence: whole
        (
            "Ik weet nog weinig van de kassa, ik kijk mee. Eind dit jaar ga ik [concreet "
            "gedrag], om de kassa zelf op te maken.",
            False,
        ),
        # the broken sibling: after the second sentence's main clause, behind a comma
        (
            "Ik weet nog weinig van de kassa, ik kijk mee. Eind dit jaar ga ik de kassa "
            "opmaken, zeg maar [concreet gedrag].",
            True,
        ),
    ],
)
def test_a_sentence_after_the_context_has_its_own_main_clause(sentence: str, seam: bool) -> None:
    goal = CHECKER.parse(
        "Ik weet nog weinig van de kassa, ik kijk mee. Doel: eind dit jaar zelf de kassa opmaken.",
        "nl",
        REF,
    )
    ctx = CHECKER.context("nl")
    kinds = [s.detail for s in find_seams(sentence, goal, ctx, _style("nl"))]
    assert ("the behaviour stands outside the main clause" in kinds) is seam


@pytest.mark.parametrize(
    ("lang", "text", "context"),
    [  # a marker of the present opens a main clause of its own after the comma
        (
            "nl",
            "Zelf de bestellingen bij de groothandel doen, nu doet de chef dat altijd.",
            "nu doet de chef dat altijd.",
        ),
        (
            "en",
            "Learn to set up the sound desk, at the moment only Kim does it.",
            "at the moment only Kim does it.",
        ),
        # an ability now, told: no wish of the writer's
        (
            "nl",
            "Meer kennis van het kassasysteem, nu kan ik alleen afrekenen.",
            "nu kan ik alleen afrekenen.",
        ),
    ],
)
def test_a_clause_of_the_present_after_a_comma_is_context(
    lang: str, text: str, context: str
) -> None:
    found = [s.text.strip() for s in CHECKER.parse(text, lang, REF).syntax.context]
    assert found == [context]


@pytest.mark.parametrize(
    ("lang", "text"),
    [  # 'nu' opening a clause of reason, and an ability wished for: no context
        ("nl", "Ik wil teamleider worden, nu ik de opleiding heb afgerond."),
        ("en", "Learn to set up the sound desk, so I can run the Friday shows."),
    ],
)
def test_a_reason_or_a_wished_ability_is_no_context(lang: str, text: str) -> None:
    assert CHECKER.parse(text, lang, REF).syntax.context == ()


def test_an_absolute_in_the_context_is_no_target_of_the_writer() -> None:
    report = CHECKER.check(
        "Zelf de bestellingen bij de groothandel doen, nu doet de chef dat altijd.",
        lang="nl",
        reference_date=REF,
    )
    assert report.criteria[Criterion.R].passed  # 'altijd' is the chef's habit, told
