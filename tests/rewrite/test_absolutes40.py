"""Goals of several parts with an absolute in them (session 40), by category.

The absolute ('zero', 'nul', 'always', 'altijd', 'never again', 'nooit meer') stands in a goal
of several parts; the rewrite bounds it where it sits and keeps the other part's content:

- a verbless zero target, then a colon or a dash and the writer's rule with 'always' in it
  ('Zero X at Y - always do Z', 'Nul X bij Y: altijd Z doen'): the target and its means
  told as two sentences (means.py ``_ruled_after``), so the rule is the behaviour, bounded
  ('in at least [number] out of 10 cases'), and the target its purpose ('in order to have at most
  [number] X'); the target was kept as written or the structured fallback showed;
- the rule with a subject inside the clause it opens ('altijd nameten *voordat we
  beginnen*'): the subject is the clause's, no commitment of the writer (means.py
  ``bounded_rule``); it was read as a second goal;
- the writer's committed act with 'altijd' in it ('Ik wil altijd eerst X'), as a means or
  an offered act beside a need: the absolute is bounded as in a bare rule (means.py
  ``_means``, offered_acts.py ``_act``); it was kept and the rewrite failed R;
- a sentence opened by a zero count ('Zero burnt loaves at X.'): a target told short, no
  statement of context even where the tagger reads the zero or the noun after it as a
  verb or subject (reading/anatomy/situation.py ``_statement``); it was kept as written
  and failed R;
- 'double check', 'triple check': an adverb of the act right before its verb, no quantity
  multiplied (rules/realistic.py ``_act_manner``); R003 flagged it.

Goals written fresh for these categories, in other trades than any data set."""

from __future__ import annotations

from datetime import date

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.means import goal_sentences
from tests.support.rewriting import rewrite_style, well_rewritten

CHECKER = Checker()

# -- a verbless zero target, a colon or dash, then the writer's rule ----------------------

TARGET_RULE = [
    (  # a colon; a clause of its own after the rule
        "en",
        "Zero burnt trays in the canteen kitchen: always set a timer when the oven is on",
        "By [date], I will set a timer when the oven is on in at least [number] out of 10 cases, with support from [who supports you], in order to have at most [number] burnt trays in the canteen kitchen.",
    ),
    (  # a dash; a participle before the noun; a time in the target
        "en",
        "Zero scratched lenses at the optician counter this year - always put the glasses in a case first",
        "This year, I will put the glasses in a case first in at least [number] out of 10 cases, with support from [who supports you], in order to have at most [number] scratched lenses at the optician counter.",
    ),
    (  # 'double check': one act, no doubling
        "en",
        "Zero lost parcels at the pick-up point - always double check the name on the ID",
        "By [date], I will double check the name on the ID in at least [number] out of 10 cases, with support from [who supports you], in order to have at most [number] lost parcels at the pick-up point.",
    ),
    (
        "nl",
        "Nul verkeerde sleutels bij de sleutelservice: altijd eerst de code op de kaart nalezen",
        "Vóór [datum] ga ik in minstens [aantal] van de 10 gevallen eerst de code op de kaart nalezen, met steun van [wie ondersteunt je], om hoogstens [aantal] verkeerde sleutels te hebben bij de sleutelservice.",
    ),
    (  # a subject inside the clause the rule opens
        "nl",
        "Nul valpartijen in de klimhal: altijd de knoop van elke klimmer zelf controleren voordat hij start",
        "Vóór [datum] ga ik in minstens [aantal] van de 10 gevallen de knoop van elke klimmer zelf controleren voordat hij start, met steun van [wie ondersteunt je], om hoogstens [aantal] valpartijen te hebben in de klimhal.",
    ),
]

# -- an absolute in the writer's committed act or offer ----------------------------------

COMMITTED = [
    (
        "nl",
        "Elke tatoeage moet in één keer goed zijn. Ik wil altijd eerst een proefstencil zetten.",
        "Vóór [datum] ga ik in minstens [aantal] van de 10 gevallen eerst een proefstencil zetten, zodat elke tatoeage in één keer goed is.",
    ),
    (
        "nl",
        "Er moet een betere afspraak komen over de sleutels van de sporthal. Ik wil altijd zelf de sleutellijst bijhouden.",
        "Vóór [datum] ga ik in minstens [aantal] van de 10 gevallen zelf de sleutellijst bijhouden, zodat er een betere afspraak over de sleutels van de sporthal komt, met als bewijs [hoe gemeten].",
    ),
]

SUBORDINATE = [
    (
        "nl",
        "Nooit meer een lekke band bij de fietsverhuur. Altijd de bandenspanning meten voordat we de fietsen uitgeven.",
        "Vóór [datum] ga ik in minstens [aantal] van de 10 gevallen de bandenspanning meten voordat we de fietsen uitgeven, met als bewijs [hoe gemeten], met steun van [wie ondersteunt je], om hooguit [aantal] keer een lekke band te hebben bij de fietsverhuur.",
    ),
]

# -- a sentence opened by a zero count, then the writer's act ----------------------------

ZERO_FIRST = [
    (
        "en",
        "Zero burnt loaves at the bakery this month. I'll set a timer for every tray.",
        "This month, I will set a timer for every tray, with support from [who supports you], in order to have at most [number] burnt loaves at the bakery.",
    ),
    (
        "en",
        "Zero wrong prescriptions at the pharmacy counter. I will read every label back to the customer.",
        "By [date], I will read every label back to the customer, with support from [who supports you], in order to have at most [number] wrong prescriptions at the pharmacy counter.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), TARGET_RULE)
def test_target_then_rule(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(("lang", "goal", "expected"), COMMITTED + SUBORDINATE)
def test_committed_rule_bounded(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(("lang", "goal", "expected"), ZERO_FIRST)
def test_zero_target_first(lang: str, goal: str, expected: str) -> None:
    assert well_rewritten(CHECKER, goal, lang) == expected


@pytest.mark.parametrize(
    ("goal", "count"),
    [
        ("Zero torn sails at the rigging loft - always fold them along the seams", 2),
        ("Zero complaints at the front desk - the guests were angry last summer", 1),
        ("Zero complaints at the front desk - always greet, smile - check the booking", 1),
        ("Always use the 3-digit codes on the bottles", 1),
    ],
)
def test_cut_only_before_a_rule(goal: str, count: int) -> None:
    """The colon or dash is cut only between a verbless target and a rule that runs to the
    end of its sentence; a remark or a third piece keeps the sentence whole."""
    parsed = CHECKER.parse(goal, lang="en", reference_date=date(2026, 11, 23))
    assert len(goal_sentences(parsed, rewrite_style(CHECKER, "en"))) == count


@pytest.mark.parametrize(
    "goal",
    [
        "Double the number of regulars at my market stall by next month",
        "I want to double my sales at the market stall by 1 February 2027",
    ],
)
def test_doubling_still_weighed(goal: str) -> None:
    """A multiplier of a quantity is still weighed against its time (R003)."""
    report = CHECKER.check(goal, lang="en", reference_date=date(2026, 11, 23))
    assert "R003" in {f.code for f in report.findings}
