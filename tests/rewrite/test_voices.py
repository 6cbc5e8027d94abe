"""Voices in a goal that are not the writer's commitment: a condition on spare time, another
person's judgement or wish framing the goal, and long hedged clauses; and the structured
fallback, which keeps the goal's own words. Goals written fresh for these categories."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.fallback import structured
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF

CHECKER = Checker()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I'll try to learn the basics of bookkeeping."),
        ("en", "We will try to finish the migration plan for the archive."),
        ("en", "Our team will try to label every cable in the server room."),
        ("nl", "Ik ga proberen om de kassa zelf af te sluiten."),
        ("nl", "Ik probeer de offertes sneller te versturen."),
    ],
)
def test_the_fallback_keeps_the_infinitive_marker_after_a_hedge(lang: str, text: str) -> None:
    """'try to' is a hedge and its shorter match 'try' too: the 'to' between them is the
    infinitive's, not a condition's tail, so the fallback keeps it ("I'll try pick up" was
    shown)."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    fallback = structured(report, CHECKER.context(lang))
    assert fallback is not None
    kept = fallback.goal.lower().split()
    hedge = "try" if lang == "en" else "prob"
    assert any(w.startswith(hedge) for w in kept) is any(w in ("to", "te") for w in kept)
    words = iter(text.lower().split())
    assert all(w in words for w in kept)  # only words of the goal, in their order


@pytest.mark.parametrize(
    ("lang", "text", "condition"),
    [
        ("en", "I'll try to read up on museum lighting standards when there's time.", "time"),
        ("en", "I will sort the photo archive by year when time permits.", "permits"),
        ("en", "Time permitting, I will shadow a colleague in the planning team.", "permitting"),
        ("nl", "Ik ga proberen de handleiding van de kassa te lezen als ik tijd heb.", "tijd"),
        ("nl", "Als de tijd het toelaat, archiveer ik de oude dossiers.", "toelaat"),
        ("nl", "Ik ruim het magazijn op wanneer er tijd is.", "tijd"),
    ],
)
def test_a_condition_on_spare_time_is_a_hedge_and_goes_whole(
    lang: str, text: str, condition: str
) -> None:
    """'when there's time', 'als ik tijd heb': the goal is done only when time is left. It
    fails A and T, and the rewrite commits without it (and gives a date)."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    failed = {c.value for c, s in report.criteria.items() if not s.passed}
    assert {"A", "T"} <= failed
    assert report.rewrite is not None and report.structured_rewrite is None
    assert condition not in report.rewrite
    assert "[date]" in report.rewrite or "[datum]" in report.rewrite


@pytest.mark.parametrize(
    ("text", "together"),
    [
        ("Er moeten minder faalkosten zijn op onze projecten.", "minder faalkosten"),
        ("Er moeten minder storingskosten zijn bij de productielijn.", "minder storingskosten"),
        ("Er moeten minder wachttijden zijn bij de balie.", "minder wachttijden"),
    ],
)
def test_the_own_part_keeps_a_word_of_amount_with_its_noun(text: str, together: str) -> None:
    """'Er moeten minder X zijn op Y': X is the noun 'minder' counts, even when the tagger
    calls a compound in -en a verb; the clause ends in 'zijn', and the prepositional phrase
    stays after the noun ('dat er minder op onze projecten faalkosten zijn' was shown)."""
    report = CHECKER.check(text, lang="nl", reference_date=REF)
    assert report.rewrite is not None and report.structured_rewrite is None
    assert f"dat er {together} " in report.rewrite
    clause = report.rewrite.split("dat er ")[1].split(",")[0]
    assert clause.endswith(" zijn")


@pytest.mark.parametrize(
    ("goal", "broken", "whole"),
    [
        (
            "Er moeten minder faalkosten zijn op onze projecten.",
            "Vóór [datum] zorg ik ervoor dat er minder op onze projecten faalkosten zijn.",
            "Vóór [datum] zorg ik ervoor dat er minder faalkosten op onze projecten zijn.",
        ),
        (
            "Er moeten meer controles komen op de steigers.",
            "Vóór [datum] zorg ik ervoor dat er meer op de steigers controles komen.",
            "Vóór [datum] zorg ik ervoor dat er meer controles op de steigers komen.",
        ),
        (
            "Er moeten minder storingskosten zijn bij de productielijn.",
            "Vóór [datum] zorg ik ervoor dat er minder bij de productielijn storingskosten zijn.",
            "Vóór [datum] zorg ik ervoor dat er minder storingskosten bij de productielijn zijn.",
        ),
    ],
)
def test_a_word_of_amount_torn_from_its_noun_is_a_seam(goal: str, broken: str, whole: str) -> None:
    parsed = CHECKER.parse(goal, lang="nl", reference_date=REF)
    ctx = CHECKER.context("nl")
    style = style_for(ctx.pack)
    assert style is not None
    assert any(s.kind == "word_order" for s in find_seams(broken, parsed, ctx, style))
    assert find_seams(whole, parsed, ctx, style) == []
