"""Several goals written on one line, and the lines of a list the rewriter broke (session 34,
lists34), by category.

- a list bulleted on one line ('• A • B • C', '* A * B'): a list as a pasted one is, one
  rewrite per item and no bullet inside a rewrite (reading/surface.py ``_marked_lines``);
- a dash list on one line ('- A - B - C', 'Goal: - A - B'): a list only when the line opens
  with the dash and every piece is a goal of its own (reading/list_items.py); a dash that
  joins a purpose, examples, a remark or a participle to one goal keeps it one goal;
- capitals with a stop ('A. X B. Y C. Z'): a list when each piece is a goal, never a name's
  initials ('A. Jansen en B. de Vries ...');
- a goal label over a list ('Leerdoel:' on its own line, 'Goal: - ...'): it names the list,
  never a topic of the first goal;
- a line told short that the tagger read as a statement ('mijn Duits verbeteren ivm ...',
  'zelf offertes maken ipv ...'): a goal of its own, never glued to the line before
  (reading/anatomy/lines.py);
- a hedged item: a verb the tagger took for an adjective ('maybe write something ...?') is
  no thing to 'do', and a course weighed alone ('maybe a course in X', 'evt. cursus X') is
  the course followed (asked_lines.py, courses.py).

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.rewriting import shown_rewrite

CHECKER = Checker()
#: A list marker or a spaced dash left inside a rewritten line.
_MARKED = re.compile(r"(^|\s)([-*\u2022]|[a-hA-H][.)]|\d[.)])\s")


def _lines(text: str, lang: str) -> list[str]:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.rewrite is not None
    return report.rewrite.split("\n")


# -- bullets on one line ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "goal", "items"),
    [
        (
            "nl",
            "• offertes zelf leren opstellen • vaker de klanten terugbellen • evt. cursus calculatie",
            3,
        ),
        (
            "en",
            "• learn to read welding drawings • help with the weekly stock count • maybe a "
            "course in forklift driving",
            3,
        ),
        ("en", "* learn the new till system * take over the Saturday opening", 2),
        ("nl", "• leren werken met het kassasysteem • vaker zelf de kas opmaken", 2),
    ],
)
def test_a_list_bulleted_on_one_line_is_rewritten_as_the_pasted_list(
    lang: str, goal: str, items: int
) -> None:
    bullet = goal[0]
    pasted = goal.replace(f" {bullet} ", f"\n{bullet} ")
    lines = _lines(goal, lang)
    assert len(lines) == items, lines
    assert not any(_MARKED.search(line) for line in lines), lines
    assert "\n".join(lines) == CHECKER.check(pasted, lang=lang, reference_date=REF).rewrite
    shown_rewrite(CHECKER, goal, lang)  # every line a sentence without a seam


# -- dashes on one line ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "goal", "items"),
    [
        (
            "nl",
            "- de heftruckcursus halen - zelf de weekplanning maken - rustiger blijven bij "
            "drukte aan de balie",
            3,
        ),
        ("nl", "- leren lassen met TIG - zelf de materiaalstaat maken", 2),
        ("en", "- zero complaints about late deliveries - better contact with the carriers", 2),
        (
            "en",
            "Goal: - learn to read welding drawings - help with the weekly stock count - maybe "
            "write something for the staff newsletter?",
            3,
        ),
    ],
)
def test_dashes_that_open_the_line_and_cut_goals_make_a_list(
    lang: str, goal: str, items: int
) -> None:
    lines = _lines(goal, lang)
    assert len(lines) == items, lines
    assert not any(_MARKED.search(line) for line in lines), lines
    assert not any(re.match(r"(In|Bij) (goal|doel)\b", line, re.I) for line in lines), lines
    shown_rewrite(CHECKER, goal, lang)


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "- learn Power BI - for the monthly sales report"),  # a purpose
        ("en", "- write better shift reports - shorter sentences, fewer abbreviations"),  # examples
        ("en", "- answer the phone faster - customers complain about waiting"),  # a remark
        ("nl", "- sneller offertes maken - klanten klagen over de wachttijd"),  # a remark
        ("en", "- get better at estimating - explaining my numbers to the site manager"),
        ("nl", "- mijn Excel verbeteren - draaitabellen, verticaal zoeken - voor de kasboeken"),
    ],
)
def test_a_dash_that_joins_one_goal_cuts_no_list(lang: str, goal: str) -> None:
    assert "\n" not in CHECKER.surface(goal, lang).text
    plain = CHECKER.check(goal[2:], lang=lang, reference_date=REF)
    marked = CHECKER.check(goal, lang=lang, reference_date=REF)
    assert [c.passed for c in marked.criteria.values()] == [
        c.passed for c in plain.criteria.values()
    ]
    assert marked.rewrite == plain.rewrite


# -- capitals with a stop --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "nl",
            "A. leren heftruck rijden B. vaker pauze nemen",
            "Vóór [datum] ga ik leren heftruck rijden, met als bewijs [hoe gemeten], zodat ik "
            "[concreet gedrag] kan.\nVóór [datum] ga ik vaker pauze nemen, van [huidig aantal] "
            "naar [streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "A. learn SQL B. take more breaks C. run the Monday meeting",
            "By [date], I will learn SQL, with [how measured] as evidence, so that I can "
            "[concrete behaviour].\nBy [date], I will take more breaks, from [current number] "
            "to [target number], with [how measured] as evidence.\nBy [date], I will [concrete "
            "behaviour], with [how measured] as evidence, in order to run the Monday meeting.",
        ),
    ],
)
def test_capitals_with_a_stop_number_a_list_of_goals(lang: str, goal: str, expected: str) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected
    label = {"nl": "Doel 2: ", "en": "Goal: "}[lang]
    for prefix in ("1. ", label, f"1) {label}"):  # a marker or label before the list goes
        assert CHECKER.check(prefix + goal, lang=lang, reference_date=REF).rewrite == expected


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "A. Jansen en B. de Vries leren mij lassen"),
        ("en", "A. Smith and B. Jones will coach me on welding"),
    ],
)
def test_initials_are_no_list(lang: str, goal: str) -> None:
    assert "\n" not in CHECKER.surface(goal, lang).text


# -- a label over a list ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        (
            "nl",
            "Leerdoel:\n- zelf offertes maken ipv alleen controleren\n- mijn Duits verbeteren "
            "ivm de Duitse klanten",
        ),
        (
            "en",
            "Goal:\n- learn to read welding drawings\n- help with the weekly stock count\n- maybe "
            "write something for the staff newsletter?",
        ),
    ],
)
def test_a_label_over_a_list_is_no_topic(lang: str, goal: str) -> None:
    lines = _lines(goal, lang)
    assert len(lines) == goal.count("\n"), lines
    assert not any(re.search(r"\b(goal|leerdoel)\b", line, re.I) for line in lines), lines
    one_line = goal.replace("\n", " ")
    assert _lines(one_line, lang) == lines  # the label and the list written on one line


# -- lines told short ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("goal", "second"),
    [
        (
            "- EHBO-herhaling doen\n- mijn Duits verbeteren ivm de Duitse klanten",
            "Vóór [datum] ga ik voor mijn Duits [concreet gedrag] ivm de Duitse klanten, met "
            "als bewijs [hoe gemeten].",
        ),
        (
            "- beter plannen\n- zelf offertes maken ipv alleen controleren",
            "Vóór [datum] ga ik zelf offertes maken ipv alleen controleren, met als bewijs "
            "[hoe gemeten].",
        ),
    ],
)
def test_a_line_told_short_is_a_goal_of_its_own(goal: str, second: str) -> None:
    lines = _lines(goal, "nl")
    assert len(lines) == 2, lines
    assert lines[1] == second


# -- hedged items: floated, so settled with the manager (floated_steps.py, session 44) -------
@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "maybe write something for the staff newsletter?",
            "By [date], I will agree with my manager on whether I write something for the staff newsletter.",
        ),
        (
            "en",
            "maybe a course in forklift driving",
            "By [date], I will agree with my manager on whether I take the course in forklift driving.",
        ),
        (
            "en",
            "maybe the forklift course",
            "By [date], I will agree with my manager on whether I take the forklift course.",
        ),
        (
            "nl",
            "misschien een cursus Excel",
            "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de cursus Excel ga volgen.",
        ),
    ],
)
def test_a_hedged_item_is_settled_without_do(lang: str, goal: str, expected: str) -> None:
    rewrite = CHECKER.check(goal, lang=lang, reference_date=REF).rewrite
    assert rewrite == expected
    assert " do " not in f" {rewrite} " and " doen" not in rewrite
