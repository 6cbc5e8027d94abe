"""A goal read well, with a sentence of context, doubt or topic beside it that made the
whole text fall back (session 35), by category.

- context told as a fragment after the goal, a past time with a participle or a past verb
  ('Vorig jaar 2 audits niet gehaald', 'Last month 3 calls escalated'): the goal rewritten,
  the context kept as written; a past time in the next sentence is no part of the
  commitment before it (rewrite/context.py bounds a clause at a sentence end);
- a doubt or feeling remark beside a wish ('Not sure if there is time for it ...', 'Ik
  ben er zenuwachtig voor', "My boss thinks X, I'm not so sure but fine"): the wish
  committed, the remark kept as written; a condition the doubt opens is what is doubted,
  no deadline of the goal (seams/deadlines.py) and no hedge the fallback drops
  (rewrite/hedging.py, fallback.py); a modal in a clause of someone else's ('I think *it*
  would be good') does not make the sentence the writer's wish (sentence_goal.py);
- a topic named without a verb, then an act that points back at it ('The new phone script.
  I'd like to learn *it* by heart'): the topic kept as written, the act rewritten
  (sentence_goal.py);
- a wish without its subject after a comma that ends a statement ('I sit in on X but I
  don't get Y, would like to take a course', '..., wil graag een training'): the statement
  kept, the wish a sentence of its own with the writer put back (consequent_wishes.py).

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.fallback import structured
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Het logboek van het lab elke week bijwerken. Vorig jaar 2 audits niet gehaald "
            "door ontbrekende registraties",
            "Tot [datum] ga ik het logboek van het lab elke week bijwerken. Vorig jaar 2 "
            "audits niet gehaald door ontbrekende registraties.",
        ),
        (
            "nl",
            "Zuurdesembrood leren bakken zonder dat de korst verbrandt. Vorige maand 3 keer "
            "te laat geleverd aan de winkel.",
            "Vóór [datum] ga ik zuurdesembrood leren bakken zonder dat de korst verbrandt, met "
            "als bewijs [hoe gemeten]. Vorige maand 3 keer te laat geleverd aan de winkel.",
        ),
        (
            "en",
            "Handle the complaint line on my own. Last month 3 calls escalated because of me.",
            "By [date], I will handle the complaint line on my own. Last month 3 calls "
            "escalated because of me.",
        ),
        (
            "en",
            "Learn to calibrate the HPLC myself. Failed the internal audit twice last year",
            "By [date], I will learn to calibrate the HPLC myself, with [how measured] as "
            "evidence. Failed the internal audit twice last year.",
        ),
    ],
)
def test_past_context_after_the_goal_is_kept_as_written(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "Roosters op tijd maken. Vorig jaar vaak te laat.",
            "Vóór [datum] ga ik roosters op tijd maken. Vorig jaar vaak te laat.",
        ),
        (
            "en",
            "Answer every email within a day. Last year often too late.",
            "By [date], I will answer every email within a day. Last year often too late.",
        ),
    ],
)
def test_a_past_time_in_the_next_sentence_is_not_committed(
    lang: str, goal: str, candidate: str
) -> None:
    assert "lost_tense" not in seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        ("nl", "Vorig jaar de cursus doen.", "Vorig jaar ga ik de cursus doen."),
        ("en", "Last year do the course.", "Last year, I will do the course."),
    ],
)
def test_a_past_time_in_the_committed_sentence_still_shows(
    lang: str, goal: str, candidate: str
) -> None:
    assert "lost_tense" in seam_kinds(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I want to take over the stock orders in the bakery. Not sure if there is time "
            "for it in the busy season.",
            "By [date], I will agree with my manager on whether I take over the stock orders in the bakery. Not sure if there is time for it in the busy season.",
        ),
        (
            "en",
            "Learn to run the espresso machine calibration myself. My boss thinks it saves "
            "money, I'm not so sure but fine.",
            "By [date], I will learn to run the espresso machine calibration myself, with "
            "[how measured] as evidence. My boss thinks it saves money, I'm not so sure but "
            "fine.",
        ),
        (
            "nl",
            "Ik wil de ouderavond zelf leiden. Ik ben er een beetje zenuwachtig voor.",
            "Vóór [datum] ga ik de ouderavond zelf leiden, met als bewijs [hoe gemeten]. Ik "
            "ben er een beetje zenuwachtig voor.",
        ),
        (
            "nl",
            "Ik wil BHV'er worden op school. Ik twijfel of ik daar tijd voor heb als het druk is.",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik BHV'er op school ga worden. Ik twijfel of ik daar tijd voor heb als het druk is.",
        ),
        (
            "nl",
            "Ik wil de kassa-opleiding voor nieuwe collega's geven. Weet nog niet of dat past "
            "naast mijn rooster als het druk is.",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de kassa-opleiding voor nieuwe collega's ga geven. Weet nog niet of dat past naast mijn rooster als het druk is.",
        ),
    ],
)
def test_a_doubt_or_feeling_beside_the_wish_is_kept(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        (
            "en",
            "I'd like to become the first aid officer. Not sure yet if there is time for it "
            "next to my shifts.",
            "Not sure yet if there is time for it next to my shifts.",
        ),
        (
            "en",
            "Maybe learn Excel, if there is time. Not sure if there is time for it, honestly.",
            "Not sure if there is time for it, honestly.",
        ),
    ],
)
def test_the_fallback_keeps_what_the_writer_doubts(lang: str, text: str, kept: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    fallback = structured(report, CHECKER.context(lang))
    assert fallback is not None
    assert fallback.goal.endswith(kept)


def test_the_fallback_still_drops_a_condition_on_the_goal() -> None:
    report = CHECKER.check(
        "I want to learn Excel if I can find the time.", lang="en", reference_date=REF
    )
    fallback = structured(report, CHECKER.context("en"))
    assert fallback is not None
    assert fallback.goal == "I will learn Excel."


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The new phone script for cancellations. I'd like to learn it by heart, right now "
            "I read it off the screen.",
            "The new phone script for cancellations. By [date], I will learn it by heart, with "
            "[how measured] as evidence, so that I can [concrete behaviour]. Right now I read "
            "it off the screen.",
        ),
        (
            "en",
            "Tax rules for cross-border freelancers. I want to understand this before the spring.",
            "Tax rules for cross-border freelancers. I will understand this before the spring, "
            "with [how measured] as evidence.",
        ),
        (
            "nl",
            "Gesprekstechnieken voor boze ouders. Dit wil ik leren, nu klap ik vaak dicht.",
            "Gesprekstechnieken voor boze ouders. Dit ga ik vóór [datum] leren, met als bewijs "
            "[hoe gemeten], zodat ik [concreet gedrag] kan. Nu klap ik vaak dicht.",
        ),
    ],
)
def test_a_topic_named_before_the_act_about_it_is_kept(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Better shelf labels. I want to learn Excel."),
        ("nl", "Betere schaplabels. Ik wil Excel leren."),
    ],
)
def test_a_fragment_beside_a_wish_that_does_not_point_back_is_no_label(
    lang: str, text: str
) -> None:
    from smartcheck.fixing.rewrite.sentence_goal import goal_candidates, sentence_spans
    from smartcheck.fixing.rewrite.style import style_for

    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    ctx = CHECKER.context(lang)
    style = style_for(ctx)
    assert style is not None
    assert goal_candidates(goal, ctx, sentence_spans(goal, style)) == []


@pytest.mark.parametrize(
    ("lang", "text", "commits"),
    [
        ("en", "I think it would be good for the team.", False),
        ("en", "I'd like to run the stand-up.", True),
        ("en", "Maybe I could run the stand-up.", True),
        ("nl", "Ik denk dat het goed zou zijn voor het team.", False),
        ("nl", "Ik wil de ouderavond leiden.", True),
        ("nl", "Misschien kan ik de ouderavond leiden.", True),
    ],
)
def test_only_a_modal_in_the_writers_own_clause_commits_the_writer(
    lang: str, text: str, commits: bool
) -> None:
    from smartcheck.fixing.rewrite.sentence_goal import commits_writer

    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    assert commits_writer(goal, CHECKER.context(lang), (0, len(text))) is commits


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "I sit in on the HACCP audits but I don't really get the checklist, would like to "
            "take a course",
            "I sit in on the HACCP audits but I don't really get the checklist. By [date], I "
            "will take a course, with [how measured] as evidence.",
        ),
        (
            "en",
            "I help out at the bakery counter but I mix up the allergen labels, would like a "
            "short course on allergens",
            "I help out at the bakery counter but I mix up the allergen labels. By [date], I "
            "will take a short course on allergens.",
        ),
        (
            "en",
            "I work the night desk at the hotel but I freeze when guests complain, would like "
            "to learn the LAST method for complaints",
            "I work the night desk at the hotel but I freeze when guests complain. By [date], "
            "I will learn the LAST method for complaints, with [how measured] as evidence.",
        ),
        (
            "nl",
            "Ik draai mee in de avondploeg maar ik snap de nieuwe kassa niet goed, wil graag "
            "een training",
            "Ik draai mee in de avondploeg maar ik snap de nieuwe kassa niet goed. Vóór "
            "[datum] ga ik een training volgen, met als bewijs [hoe gemeten].",
        ),
        (
            "nl",
            "Ik plan de ritten van de chauffeurs maar ik verlies vaak overzicht, wil graag "
            "leren werken met de planningstool",
            "Ik plan de ritten van de chauffeurs maar ik verlies vaak overzicht. Vóór [datum] "
            "ga ik leren werken met de planningstool, met als bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_wish_without_its_subject_after_a_statement_is_told_apart(
    lang: str, text: str, expected: str
) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I want to program the new centrifuge, would like a course."),
        ("en", "I run the old centrifuge, need to learn the new one."),
        ("nl", "Ik wil de kassa leren, wil graag een training."),
    ],
)
def test_no_wish_is_told_apart_after_a_modal_or_from_a_need(lang: str, text: str) -> None:
    from smartcheck.fixing.rewrite.consequent_wishes import wish_told_apart
    from smartcheck.fixing.rewrite.style import style_for

    style = style_for(CHECKER.context(lang))
    assert style is not None
    assert wish_told_apart(text, style) is None
