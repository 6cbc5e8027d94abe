"""Bare fragments and directions that got the structured fallback although a plain rewrite
exists (session 28), by category.

- a verbless line headed by a noun of knowledge or experience ('Kennis X en Y.', 'Ervaring
  met X', 'Knowledge of X.'): the wish to gain it, with the noun's preposition where the line
  has none (knowledge_lines.py);
- an English imperative of change before things named in the plural ('Reduce failed builds
  on ...'): a from-to target, and its verb, read as a name by the tagger, is no subject of
  the goal (counts.py, seams/commitment.py);
- an act named with its object before a verb of improving ('Engels schrijven verbeteren'):
  the wish to do it better, as a purpose (improved_acts.py);
- a skill learned with a bracketed list of what it covers ('Nabewerking leren (stralen,
  verven)'): the commas in the brackets join no loose act (seams/asyndetic.py);
- a stray question mark that a lower-case coordinator follows ('Leren X? en meer Y'): told
  as a comma, each goal rewritten (stray_questions.py).

Goals written fresh for these categories, in other fields than any data set."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.support.rewriting import well_rewritten
from tests.support.surface_transforms import TRANSFORMS

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Kennis brandveiligheidsvoorschriften en ontruimingsplan.",
            "Vóór [datum] ga ik kennis opdoen van brandveiligheidsvoorschriften en "
            "ontruimingsplan.",
        ),
        (
            "nl",
            "Ervaring met nachtdiensten op de IC",
            "Vóór [datum] ga ik ervaring opdoen met nachtdiensten op de IC, met als bewijs [hoe "
            "gemeten].",
        ),
        (
            "nl",
            "Inzicht in de kostprijs van maatwerk",
            "Vóór [datum] ga ik inzicht krijgen in de kostprijs van maatwerk, met als bewijs [hoe "
            "gemeten].",
        ),
        (
            "en",
            "Knowledge of food allergen rules.",
            "By [date], I will build my knowledge of food allergen rules, with [how measured] as "
            "evidence.",
        ),
        (
            "en",
            "Experience with night shifts on the ward",
            "By [date], I will build experience with night shifts on the ward, with [how "
            "measured] as evidence.",
        ),
        (
            "en",
            "Understanding of the quarterly forecast",
            "By [date], I will build my understanding of the quarterly forecast, with [how "
            "measured] as evidence.",
        ),
    ],
)
def test_knowledge_named_alone_is_the_wish_to_gain_it(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reduce missed appointments at the dental clinic.",
            "By [date], I will reduce missed appointments at the dental clinic, from [current "
            "number] to [target number], with [how measured] as evidence.",
        ),
        (
            "Increase repeat bookings from tour groups.",
            "By [date], I will increase repeat bookings from tour groups, from [current number] "
            "to [target number], with [how measured] as evidence.",
        ),
        (
            "Decrease dropped calls at the help desk.",
            "By [date], I will decrease dropped calls at the help desk, from [current number] to "
            "[target number], with [how measured] as evidence.",
        ),
    ],
)
def test_a_change_of_things_counted_is_a_from_to_target(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "en") == expected


def test_a_singular_thing_changed_is_no_count() -> None:
    """'stress' is no count: no from-to target, the purpose frame keeps it."""
    rewrite = well_rewritten(CHECKER, "Reduce stress at work", "en")
    assert "[current number]" not in rewrite


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Klantgesprekken voeren verbeteren",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om beter "
            "klantgesprekken te kunnen voeren.",
        ),
        (
            "Duits spreken versterken",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om beter Duits "
            "te kunnen spreken.",
        ),
        (
            "Rijden met aanhanger verbeteren",
            "Vóór [datum] ga ik [concreet gedrag], met als bewijs [hoe gemeten], om beter te "
            "kunnen rijden met aanhanger.",
        ),
    ],
)
def test_an_act_to_improve_is_the_wish_to_do_it_better(text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, "nl") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Bakken leren (brood, gebak, taarten)",
            "Vóór [datum] ga ik bakken leren (brood, gebak, taarten), met als bewijs [hoe "
            "gemeten], zodat ik [concreet gedrag] kan.",
        ),
        (
            "nl",
            "Kleuren leren mengen (pastel, aardetinten)",
            "Vóór [datum] ga ik kleuren leren mengen (pastel, aardetinten), met als bewijs [hoe "
            "gemeten].",
        ),
        (
            "en",
            "Learn upholstery (chairs, sofas, stools)",
            "By [date], I will learn upholstery (chairs, sofas, stools), with [how measured] as "
            "evidence, so that I can [concrete behaviour].",
        ),
    ],
)
def test_a_bracketed_list_joins_no_loose_act(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Beter leren plannen? en minder overwerk",
            "Vóór [datum] ga ik leren plannen, met als bewijs [hoe gemeten], zodat ik [concreet "
            "gedrag] kan.\nVóór [datum] ga ik overwerk verminderen, van [huidig aantal] naar "
            "[streefaantal], met als bewijs [hoe gemeten].",
        ),
        (
            "en",
            "Learn to weld aluminium? and more confidence on the shop floor",
            "By [date], I will learn to weld aluminium, with [how measured] as evidence.\nBy "
            "[date], I will increase confidence on the shop floor, from [current number] to "
            "[target number], with [how measured] as evidence.",
        ),
    ],
)
def test_a_stray_question_mark_before_and_is_a_comma(lang: str, text: str, expected: str) -> None:
    assert well_rewritten(CHECKER, text, lang) == expected


def test_an_alternative_after_a_question_mark_stays_a_doubt() -> None:
    """'? of toch liever X' weighs two options: not read as one goal and its addition."""
    report = CHECKER.check("Een cursus Excel volgen? of toch liever Access", lang="nl")
    assert report.structured_rewrite is not None


@pytest.mark.parametrize("transform", ["list marker", "lower case", "ALL CAPS", "label"])
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Kennis brandveiligheidsvoorschriften en ontruimingsplan."),
        ("en", "Reduce missed appointments at the dental clinic."),
        ("nl", "Klantgesprekken voeren verbeteren"),
        ("nl", "Bakken leren (brood, gebak, taarten)"),
        ("nl", "Beter leren plannen? en minder overwerk"),
    ],
)
def test_the_surface_does_not_change_the_rewrite(lang: str, text: str, transform: str) -> None:
    """A list marker, a label, lower case or capitals give the same rewrite, read well."""
    changed = TRANSFORMS[transform](text, lang, 0)
    assert well_rewritten(CHECKER, changed, lang)
