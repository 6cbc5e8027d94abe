"""Rewrites of session 52 (lead), each a category with goals written fresh for this test.

- A course the writer settles with the manager is taken up or not: 'whether I *take* the
  first aid course', not 'complete' (the pack's ``settled_course_verbs``; readers of
  session 51). A verb the writer wrote stays.
- A marker that opens a line of the input never stands inside a sentence of the rewrite
  ('I will get my - bus licence D - learn Power BI'): a seam (seams/surface.py).
- A question or a remark in brackets lends a fragment no verb: 'By [date], bus licence D
  (does the company pay?), ...' is no sentence (seams/verbless.py); nor does a clause of
  purpose or reason after a comma ('Meer kennis van X vóór [datum], ..., zodat ik ...').
- A comma piece with its own subject and a present verb tells how things are, no second
  goal to frame ('Learn Power BI, the monthly figures take me hours.'), and 'the' is no verb
  because 'thing' is a word (fragments.py).
- A clause the writer sees to never opens with a bare verb ('I will make sure that learn
  Excel'): a seam (seams/framed_clauses.py).
- The 'te' of a purpose clause goes to the goal's verb, never into a relative clause after
  its object ('om beter om te gaan met klanten die druk zetten').
- A question with a note in brackets keeps the note as a sentence ('(zij gaat minder
  werken)'), and another's modal in the note is no step of the writer's (asked_noted.py);
  a course named with a question and a note is no course goal whose frame wraps the note.
- A hedged step in a comma list opens with its verb after the hedge ('..., and maybe move
  to the night team?'): the list splits, and the asked step keeps its verb, no 'do move'.
- A pronoun that points back to the goal names no means ('Misschien kan dat bij dossier
  X'): no 'met hulp van dat ...' (means.py).
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.fragments import listed_fragments
from smartcheck.fixing.rewrite.seams import find_seams
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, shown_rewrite, well_rewritten

CHECKER = Checker()


def seams_of(candidate: str, goal: str, lang: str) -> list[str]:
    parsed = CHECKER.parse(goal, lang=lang, reference_date=REF)
    ctx = CHECKER.context(lang)
    return [s.kind for s in find_seams(candidate, parsed, ctx, rewrite_style(CHECKER, lang))]


@pytest.mark.parametrize(
    ("goal", "lang", "settled"),
    [
        ("maybe the first aid course", "en", "whether I take the first aid course."),
        (
            "Welding course? lots of repairs on site lately",
            "en",
            "whether I take the welding course.",
        ),
        (
            "- learn Power BI\n- maybe the scaffolding course",
            "en",
            "whether I take the scaffolding course.",
        ),
    ],
)
def test_a_settled_course_is_taken_up(goal: str, lang: str, settled: str) -> None:
    shown = well_rewritten(CHECKER, goal, lang)
    assert settled in shown
    assert "complete" not in shown


def test_the_writers_own_course_verb_stays() -> None:
    shown = shown_rewrite(CHECKER, "maybe finish the scaffolding course?", "en")
    assert "whether I finish the scaffolding course" in shown


@pytest.mark.parametrize(
    ("candidate", "goal", "lang"),
    [
        (
            "By [date], I will get my - bus licence D - learn Power BI, with [how measured] as "
            "evidence.",
            "- bus licence D\n- learn Power BI",
            "en",
        ),
        (
            "Vóór [datum] ga ik mijn - vaarbewijs halen - Excel leren, met als bewijs [hoe gemeten].",
            "- vaarbewijs halen\n- Excel leren",
            "nl",
        ),
    ],
)
def test_a_line_marker_inside_a_sentence_is_a_seam(candidate: str, goal: str, lang: str) -> None:
    assert "residue" in seams_of(candidate, goal, lang)


def test_a_dash_inside_a_line_is_the_writers() -> None:
    candidate = (
        "By [date], I will learn to keep my work and private life apart - no mails after six."
    )
    goal = "learn to keep my work and private life apart - no mails after six"
    assert "residue" not in seams_of(candidate, goal, "en")


@pytest.mark.parametrize(
    ("candidate", "goal", "lang"),
    [
        (
            "By [date], bus licence D (does the company pay?), with [how measured] as evidence.",
            "bus licence D (does the company pay?)",
            "en",
        ),
        (
            "Meer kennis van het huurrecht vóór [datum], met als bewijs [hoe gemeten], want dat "
            "vraag ik nu steeds aan de jurist.",
            "Meer kennis van het huurrecht, want dat vraag ik nu steeds aan de jurist.",
            "nl",
        ),
    ],
)
def test_a_bracket_or_a_clause_after_a_comma_lends_no_verb(
    candidate: str, goal: str, lang: str
) -> None:
    assert "lost_verb" in seams_of(candidate, goal, lang)


def test_the_lines_of_a_list_are_split_not_glued() -> None:
    shown = well_rewritten(CHECKER, "- driving licence C\n- learn SQL", "en")
    assert " - " not in shown
    assert shown.count("By [date]") == 2


@pytest.mark.parametrize(
    ("goal", "lang"),
    [
        ("Learn Power BI, the monthly figures take me hours.", "en"),
        ("Learn Power BI, my colleagues always ask me for help.", "en"),
    ],
)
def test_how_things_are_after_a_comma_is_no_second_goal(goal: str, lang: str) -> None:
    report = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert "S004" not in {f.code for f in report.findings}
    parsed = CHECKER.parse(goal, lang=lang, reference_date=REF)
    ctx = CHECKER.context(lang)
    assert listed_fragments(parsed, ctx, rewrite_style(CHECKER, lang)) == []
    assert " for the " not in shown_rewrite(CHECKER, goal, lang)


def test_a_second_act_after_a_comma_is_still_a_goal() -> None:
    report = CHECKER.check(
        "Learn Power BI and run the Friday stand-up.", lang="en", reference_date=REF
    )
    assert "S004" in {f.code for f in report.findings}


def test_a_clause_seen_to_never_opens_with_a_bare_verb() -> None:
    candidate = "By [date], I will make sure that learn Excel, with [how measured] as evidence."
    assert "lost_subject" in seams_of(candidate, "learn Excel, my boss says so", "en")
    kept = "By [date], I will make sure that the team answers calls faster."
    assert "lost_subject" not in seams_of(kept, "The team has to answer calls faster.", "en")


@pytest.mark.parametrize(
    ("goal", "lang", "clause"),
    [
        (
            "Beter omgaan met klanten die druk zetten.",
            "nl",
            "om beter om te gaan met klanten die druk zetten",
        ),
        (
            "beter omgaan met collega's die hun uren te laat invullen",
            "nl",
            "om beter om te gaan met collega's die hun uren te laat invullen",
        ),
    ],
)
def test_te_goes_to_the_goals_verb_not_into_a_relative_clause(
    goal: str, lang: str, clause: str
) -> None:
    assert clause in well_rewritten(CHECKER, goal, lang)


def test_a_bracketed_note_after_a_question_is_a_sentence() -> None:
    shown = shown_rewrite(CHECKER, "kassabeheer overnemen van Joke? (zij gaat met pensioen)", "nl")
    assert shown.endswith("Zij gaat met pensioen.")
    assert "(" not in shown


def test_a_named_course_with_a_question_and_a_note_is_read_whole() -> None:
    shown = shown_rewrite(CHECKER, "Cursus Duits? (veel klanten uit Berlijn de laatste tijd)", "nl")
    assert ") volgen" not in shown
    assert "uit of ik de cursus Duits ga volgen." in shown


def test_a_hedged_step_after_a_comma_list_is_a_goal_of_its_own() -> None:
    goal = "Know the tariffs better, handle claims faster, and maybe move to the export desk?"
    shown = well_rewritten(CHECKER, goal, "en")
    assert shown.count("By [date]") == 3
    assert "move to the export desk." in shown and " do move" not in shown


def test_a_hedged_step_keeps_its_verb() -> None:
    shown = well_rewritten(CHECKER, "Maybe move to the day shift?", "en")
    assert "move to the day shift" in shown and " do move" not in shown


def test_a_pronoun_pointing_back_names_no_means() -> None:
    goal = (
        "Ik wil graag een keer meekijken bij een veiling, want ik taxeer wel maar heb nooit "
        "gezien hoe het gaat. Misschien kan dat bij de veiling van Venduehuis Dekker."
    )
    report = CHECKER.check(goal, lang="nl", reference_date=REF)
    assert "met hulp van dat" not in (report.rewrite or "")
    assert "bij de veiling van Venduehuis Dekker" in (report.rewrite or "")


def test_a_gerund_that_opens_a_time_is_no_act() -> None:
    goal = (
        "Starting this month, every Friday spend one hour cleaning the filters and checking "
        "the pumps, and log it in the logbook."
    )
    report = CHECKER.check(goal, lang="en", reference_date=REF)
    assert not (report.rewrite or "").startswith("Start this month")


@pytest.mark.parametrize(
    ("goal", "committed"),
    [
        ("moet vaker de voorraad tellen", "Vóór [datum] ga ik vaker de voorraad tellen"),
        (
            "mijn chef vindt dat ik te weinig overdraag. moet uitgebreider rapporteren in Nedap",
            "Vóór [datum] ga ik uitgebreider rapporteren in Nedap",
        ),
    ],
)
def test_a_duty_without_a_subject_is_the_writers_commitment(goal: str, committed: str) -> None:
    shown = well_rewritten(CHECKER, goal, "nl")
    assert committed in shown
    assert "moet ik" not in shown


def test_a_duty_from_outside_keeps_its_source() -> None:
    shown = shown_rewrite(CHECKER, "Moet van mijn chef beter plannen.", "nl")
    assert "ga ik van mijn chef" not in shown
    assert "mijn chef" in shown


def test_a_clause_seen_to_needs_a_subject_not_a_comparative_or_a_phrase() -> None:
    candidate = "Vóór [datum] zorg ik ervoor dat uitgebreider in Nedap rapporteert."
    assert "lost_subject" in seams_of(candidate, "moet uitgebreider rapporteren in Nedap", "nl")
