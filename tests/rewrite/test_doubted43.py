"""The writer's own hedged step with a doubt after it, settled rather than committed, and a
Dutch noun after a preposition that is no second goal (session 43, lead).

Session 42 settled the writer's own doubted wish with the manager; three shapes still went
past that step and were committed with the doubt beside them, which readers rate a change
of meaning (the writer has not said yes):

- a hedged step without its subject, asked or told, with a time of its own ("Maybe take X
  in the autumn? Not sure it pays off"): an earlier step read the trial or the offer alone
  and committed it (whole_text.py ``_own_doubt``); and once settled, the time inside what is
  settled ("whether I take X *in the autumn*") counted as the step's own deadline, so the
  step got none (reserved_steps.py ``_untimed``);
- the Dutch wish committed with its subject first ("Ik ga na de zomer X doen"), with the
  agreement frame asked for, or with its infinitive read as a noun ("meelopen"): no clause
  after "of" was made (settled_own.py);
- the doubt told with the verb or adjective of doubt ("I doubt whether", "unsure if",
  "doubtful", "ik betwijfel of"; the packs' ``reservation_doubts``).

The reading stage took a Dutch form in -en right after a preposition for a goal's verb
("Elke kalfsbox controleren, zonder uitzonderingen": S004, two goals), where a verb would
take "te" ("zonder te vragen"): a plural noun or a nominalised infinitive
(reading/anatomy/coordination.py ``_after_preposition``).

Goals written fresh for this test, in fields that are in no data set. Left: a hedge with a
doubt whose wish the tagger misreads in the settled sentence ("whether I do the dental
ceramics certificate": "certificate" read as a verb) is still committed.
"""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.rules.specific import MultipleGoals
from tests.support.rewriting import REF, shown_rewrite, well_rewritten

CHECKER = Checker()

SETTLED = [
    (
        "en",
        "Maybe take the HACCP auditor course in the autumn? Doubtful it pays off.",
        "By [date], I will agree with my manager on whether I take the HACCP auditor course in"
        " the autumn. Doubtful it pays off.",
    ),
    (
        "en",
        "Possibly do the crane operator ticket next year, I doubt whether it suits me.",
        "By [date], I will agree with my manager on whether I do the crane operator ticket next year. I doubt whether it suits me.",
    ),
    (
        "en",
        "Maybe learn the GIS scripting module, unsure if I need it.",
        "By [date], I will agree with my manager on whether I learn the GIS scripting module."
        " Unsure if I need it.",
    ),
    (
        "nl",
        "Misschien volgend voorjaar de cursus schapen scheren doen? Weet niet of het de moeite"
        " waard is.",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik volgend voorjaar de cursus"
        " schapen scheren ga doen. Weet niet of het de moeite waard is.",
    ),
    (
        "nl",
        "Ik ga na de zomer misschien meelopen met de landmeter, maar ik weet niet of dat zin"
        " heeft.",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik na de zomer met de landmeter ga meelopen. Ik weet niet of dat zin heeft.",
    ),
    (
        "nl",
        "Eventueel in het najaar de training vergaderen volgen? Weet niet of ik dat nodig heb.",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik in het najaar de training"
        " vergaderen ga volgen. Weet niet of ik dat nodig heb.",
    ),
    (
        # the step read again without its hedge settles it already: that reading is kept
        "nl",
        "misschien ooit het diploma hoefsmid halen? weet niet of daar ruimte voor is naast de stal",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik het diploma hoefsmid ga"
        " halen. Weet niet of daar ruimte voor is naast de stal.",
    ),
    (
        "nl",
        "Misschien de opleiding tot meewerkend voorman doen, ik betwijfel of ik daar klaar voor"
        " ben.",
        "Vóór [datum] maak ik samen met mijn leidinggevende uit of ik de opleiding tot"
        " meewerkend voorman ga doen. Ik betwijfel of ik daar klaar voor ben.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), SETTLED)
def test_a_hedged_step_the_writer_doubts_is_settled_with_its_own_date(
    lang: str, goal: str, expected: str
) -> None:
    assert shown_rewrite(CHECKER, goal, lang) == expected
    assert well_rewritten(CHECKER, goal, lang)


def test_an_offer_without_a_doubt_is_taken_on_and_a_floated_one_settled() -> None:
    """An offer alone is the writer's wish, committed; one floated by 'maybe' is settled like
    any floated step (floated_steps.py, session 44), with no doubt told after it."""
    offered = shown_rewrite(CHECKER, "I could run the Monday stand-up for the lab.", "en")
    assert "whether" not in offered
    assert "I will run the Monday stand-up for the lab" in offered
    floated = shown_rewrite(CHECKER, "Maybe I could run the Monday stand-up for the lab.", "en")
    assert "on whether I run the Monday stand-up for the lab" in floated


@pytest.mark.parametrize(
    "goal",
    [
        "Elke kalfsbox dagelijks controleren, zonder uitzonderingen",
        "Ik bel iedere leverancier terug, zonder uitzonderingen.",
        "Ik ga de weegschalen zonder nadenken elke ochtend ijken.",
    ],
)
def test_a_noun_after_a_dutch_preposition_is_no_second_goal(goal: str) -> None:
    report = CHECKER.check(goal, lang="nl", reference_date=REF)
    assert MultipleGoals.code not in {f.code for f in report.findings}
    assert "\n" not in (report.rewrite or "")


def test_two_acts_after_a_preposition_phrase_are_still_two_goals() -> None:
    """The noun after 'zonder' is no verb, the two verbs around it still are."""
    goal = "Ik wil de pallets zonder schade laden en de vrachtbrieven zelf controleren."
    report = CHECKER.check(goal, lang="nl", reference_date=REF)
    assert MultipleGoals.code in {f.code for f in report.findings}
