"""Rewrites that were broken but passed the seam check (session 36), by category.

- a frame's date with no subject after it: the writer's imperative or a noun phrase where
  'I will' / 'ga ik' belongs ('By [date], shadow the night auditor ...');
- a word glued from the writer's purpose ('om te zien' -> 'omzien') and the writer's bare
  question ('maar hoe?') torn into the statement;
- an elliptic contrast committed as a goal of its own ('ga ik niet alleen de 3 waar ...');
- a course named as the topic of the placeholder behaviour ('[concrete behaviour] in Excel
  course');
- a line of three or more dashed items kept in one sentence.

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import seam_tags, shown_rewrite

CHECKER = Checker()


def _shown(text: str, lang: str) -> str:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    shown = report.rewrite or report.structured_rewrite
    assert shown is not None
    return shown


# -- a frame's date with no subject after it ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "en",
            "Shadow the night auditor for two shifts and learn the closing routine",
            "By [date], shadow the night auditor for two shifts and learn the closing routine.",
        ),
        (
            "en",
            "Spend a week with the roaster and the buyer to learn how the beans are chosen",
            "By [date], the buyer to learn how the beans are chosen, with [how measured] as "
            "evidence.",
        ),
        (
            "en",
            "cut printer paper use, my manager says we print far too many drafts",
            "By [date], cut printer paper use, from [current number] to [target number], as my "
            "manager says we print far too many drafts.",
        ),
        ("nl", "De kassa leren bedienen", "Vóór [datum] de kassa leren bedienen."),
        ("nl", "Meelopen met de inkoper", "Vóór [datum] meelopen met de inkoper."),
        (
            "nl",
            "Een week bij de koffiebrander om te zien hoe de bonen gekozen worden",
            "Vóór [datum] de koffiebrander om te zien hoe de bonen gekozen worden, met als "
            "bewijs [hoe gemeten].",
        ),
    ],
)
def test_a_frame_without_its_subject_is_a_seam(lang: str, goal: str, candidate: str) -> None:
    assert "framed-subject" in seam_tags(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        ("en", "Shadow the night auditor", "By [date], I will shadow the night auditor."),
        (
            "en",
            "As a new nurse, learn the drug round",
            "By [date], as a new nurse, I will learn the drug round.",
        ),
        ("nl", "De kassa leren bedienen", "Vóór [datum] ga ik de kassa leren bedienen."),
        (
            "nl",
            "Meelopen met de inkoper",
            "Vóór [datum] (najaar) ga ik meelopen met de inkoper.",
        ),
        ("nl", "Zorgen dat de kassa klopt", "Vóór [datum] zorg ik dat de kassa klopt."),
        (
            "nl",
            "De oude dossiers afronden",
            "Vóór [datum] zijn de meeste oude dossiers afgerond.",
        ),
        # the writer's own order: the sentence opened with the same preposition
        (
            "nl",
            "Vóór 1 maart het heftruckcertificaat halen",
            "Vóór [datum] het heftruckcertificaat halen.",
        ),
    ],
)
def test_a_frame_with_its_subject_is_no_such_seam(lang: str, goal: str, candidate: str) -> None:
    assert "framed-subject" not in seam_tags(CHECKER, lang, goal, candidate)


def test_the_whole_act_is_committed_instead_of_a_cut_noun_phrase() -> None:
    text = (
        "Spend a few days with the head roaster and the green buyer to understand how our "
        "roasts are planned - I've been here 5 years and still don't really know"
    )
    assert shown_rewrite(CHECKER, text, "en") == (
        "By [date], I will spend a few days with the head roaster and the green buyer to "
        "understand how our roasts are planned. I've been here 5 years and still don't really "
        "know."
    )


# -- a word glued or torn inside the writer's phrase -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kan ik een dag meelopen bij de smid om te zien hoe hoefijzers gemaakt worden?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een dag bij de smid ga meelopen om te zien hoe hoefijzers gemaakt worden.",
        ),
        (
            "Kan ik een week bij de zagerij werken om te kijken hoe het hout gedroogd wordt?",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik een week bij de zagerij ga werken om te kijken hoe het hout gedroogd wordt.",
        ),
    ],
)
def test_an_asked_steps_purpose_keeps_om_te(text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, "nl") == expected


def test_a_verb_that_takes_te_still_joins_its_particle() -> None:
    rewrite = _shown("Kan ik leren om te gaan met boze klanten?", "nl")
    assert "leren omgaan met boze klanten" in rewrite


@pytest.mark.parametrize(
    ("goal", "candidate", "tag"),
    [
        (
            "Kan ik een dag meelopen bij de smid om te zien hoe hoefijzers gemaakt worden?",
            "Vóór [datum] ga ik een dag meelopen bij de smid omzien hoe hoefijzers gemaakt worden.",
            "glued-purpose",
        ),
        (
            "Ik wil een week bij de zagerij werken om te kijken hoe het hout gedroogd wordt.",
            "Vóór [datum] ga ik een week bij de zagerij werken omkijken hoe het hout gedroogd "
            "wordt.",
            "glued-purpose",
        ),
        (
            "Beter delegeren dus, maar hoe?",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om dus, maar "
            "hoe beter te delegeren.",
            "torn-question",
        ),
        (
            "Minder overwerken, maar hoe?",
            "Vóór [datum] ga ik minder overwerken, maar hoe, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten].",
            "torn-question",
        ),
    ],
)
def test_a_glued_or_torn_phrase_is_a_seam(goal: str, candidate: str, tag: str) -> None:
    assert tag in seam_tags(CHECKER, "nl", goal, candidate)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate", "tag"),
    [
        (
            "nl",
            "Kan ik leren om te gaan met boze klanten?",
            "Vóór [datum] ga ik leren omgaan met boze klanten.",
            "glued-purpose",
        ),
        (
            "nl",
            "Ik probeer minder over te werken in de oogstweken.",
            "Vóór [datum] ga ik minder overwerken in de oogstweken.",
            "glued-purpose",
        ),
        (
            "nl",
            "Ik wil rustiger om te gaan met klachten over de levertijd.",
            "Vóór [datum] ga ik rustiger omgaan met klachten over de levertijd.",
            "glued-purpose",
        ),
        (
            "nl",
            "Leren hoe ik een offerte maak, maar hoe?",
            "Vóór [datum] ga ik leren hoe ik een offerte maak. Maar hoe?",
            "torn-question",
        ),
        (
            "en",
            "Learn how we price a job, but how?",
            "By [date], I will learn how we price a job. But how?",
            "torn-question",
        ),
    ],
)
def test_a_whole_phrase_is_no_such_seam(lang: str, goal: str, candidate: str, tag: str) -> None:
    assert tag not in seam_tags(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Beter delegeren dus, maar hoe?"),
        ("nl", "Rustiger praten tegen klanten dus, maar hoe?"),
    ],
)
def test_a_bare_question_is_never_told_inside_the_goal(lang: str, text: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    # the structured fallback shows the question as written, beside its labelled fields
    sentence = report.rewrite if report.structured_rewrite is None else None
    assert sentence is None or "hoe." not in sentence
    assert sentence is None or "hoe " not in sentence


# -- a negated act kept as a second goal ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Ik wil alle ovens in de bakkerij leren bedienen, niet alleen de 3 waar ik nu op sta",
            "Vóór [datum] ga ik alle ovens in de bakkerij leren bedienen, niet alleen de 3 waar "
            "ik nu op sta.",
        ),
        (
            "nl",
            "Ik wil alle kranen op de kade leren bedienen, niet alleen de 2 waar ik nu in zit",
            "Vóór [datum] ga ik alle kranen op de kade leren bedienen, niet alleen de 2 waar ik "
            "nu in zit.",
        ),
        (
            "en",
            "I want to learn to run all the presses in the print shop, not just the two I run now",
            "By [date], I will learn to run all the presses in the print shop, not just the two "
            "I run now.",
        ),
        (
            "en",
            "I want to learn every till in the store, not only the one at the entrance",
            "By [date], I will learn every till in the store, not only the one at the entrance.",
        ),
    ],
)
def test_a_contrast_stays_with_its_goal(lang: str, text: str, expected: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "candidate", "seam"),
    [
        ("nl", "Vóór [datum] ga ik niet alleen de 3 ovens waar ik nu op sta.", True),
        ("nl", "Ik ga niet alleen de kassa waar ik nu zit.", True),
        ("en", "By [date], I will not just the two presses I run now.", True),
        ("en", "By [date], I will not only the machines that I know.", True),
        ("nl", "Vóór [datum] ga ik niet alleen de ovens bedienen.", False),
        ("en", "By [date], I will not just run the two presses.", False),
    ],
)
def test_a_committed_contrast_without_its_act_is_a_seam(
    lang: str, candidate: str, seam: bool
) -> None:
    goal = "Ik wil alle ovens leren bedienen." if lang == "nl" else "I want to run every press."
    assert ("negated-contrast" in seam_tags(CHECKER, lang, goal, candidate)) is seam


# -- a course named as the topic of the placeholder behaviour ---------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Outlook training so I can plan my own meetings",
            "By [date], I will complete the Outlook training, so I can plan my own meetings.",
        ),
        (
            "en",
            "Spanish course so I can talk to the pickers myself",
            "By [date], I will complete the Spanish course, so I can talk to the pickers myself.",
        ),
        ("nl", "Teams cursus", "Vóór [datum] ga ik de Teams cursus volgen."),
        ("nl", "Exact training", "Vóór [datum] ga ik de Exact training volgen."),
        (
            "nl",
            "Excel-cursus zodat ik zelf de planning kan maken",
            "Vóór [datum] ga ik de Excel-cursus afronden, zodat ik zelf de planning kan maken.",
        ),
    ],
)
def test_a_named_course_is_completed(lang: str, text: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "candidate", "seam"),
    [
        ("en", "By [date], I will [concrete behaviour] in Outlook course (calendars).", True),
        ("en", "By [date], I will [concrete behaviour] for Access training so I can plan.", True),
        ("nl", "Vóór [datum] ga ik voor Teams cursus [concreet gedrag].", True),
        ("nl", "Vóór [datum] ga ik in de SAP-training [concreet gedrag].", True),
        ("en", "By [date], I will [concrete behaviour] in the training room.", False),
        ("en", "By [date], I will [concrete behaviour] in Outlook.", False),
        ("nl", "Vóór [datum] ga ik in Teams [concreet gedrag].", False),
    ],
)
def test_a_course_as_the_behaviours_topic_is_a_seam(lang: str, candidate: str, seam: bool) -> None:
    goal = "Beter worden in Outlook" if lang == "en" else "Beter worden in Teams"
    assert ("course-topic" in seam_tags(CHECKER, lang, goal, candidate)) is seam


# -- a list of dashed items cut into one commitment -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        (
            "nl",
            "- plannen - overleggen met de andere ploegleiders - meer zelf doen i.p.v. delegeren",
            "Bij plannen ga ik vóór [datum] overleggen met de andere ploegleiders - meer zelf "
            "doen i.p.v. delegeren, van [huidig aantal] naar [streefaantal].",
        ),
        (
            "nl",
            "- voorraad tellen - bestellen bij de leveranciers - minder derving",
            "Bij voorraad tellen ga ik vóór [datum] bestellen bij de leveranciers - minder "
            "derving, van [huidig aantal] naar [streefaantal].",
        ),
        (
            "en",
            "- stock counts - ordering from the suppliers - less waste",
            "At stock counts, I will order from the suppliers - less waste, by [date].",
        ),
    ],
)
def test_a_dashed_list_in_one_sentence_is_a_seam(lang: str, goal: str, candidate: str) -> None:
    assert "dashed-list" in seam_tags(CHECKER, lang, goal, candidate)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "- plannen - overleggen met de andere ploegleiders - meer zelf doen i.p.v. delegeren",
        ),
        ("nl", "- voorraad tellen - bestellen bij de leveranciers - minder derving"),
    ],
)
def test_a_dashed_list_is_never_one_commitment(lang: str, text: str) -> None:
    shown = _shown(text, lang)
    assert not any(" - " in line and line.startswith(("Bij", "Vóór")) for line in shown.split("\n"))


def test_a_note_after_one_dash_is_no_list() -> None:
    goal = "Leren lassen - vooral MIG op dunne plaat"
    candidate = "Vóór [datum] ga ik leren lassen - vooral MIG op dunne plaat."
    assert "dashed-list" not in seam_tags(CHECKER, "nl", goal, candidate)
