"""Knowledge of a list of things that ends in a bare infinitive used as a noun (issue 12, session
16): 'Meer kennis van papiersoorten en inbinden'. The infinitive gets its article ('het
inbinden'), so the rewrite asks for the act that shows the knowledge and never reads the
infinitive as a second verb ('om meer kennis van X en te inbinden').

Every goal is written fresh for these tests (a bookbindery, a garden centre, a print shop)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from smartcheck.fixing.rewrite.knowledge import with_article
from smartcheck.fixing.rewrite.style import style_for
from tests.conftest import REF
from tests.support.rewriting import rewrite_style, well_rewritten

CHECKER = Checker()


@pytest.mark.parametrize(
    ("goal", "noun"),
    [
        ("Meer kennis van papiersoorten en inbinden.", "het inbinden"),
        ("Meer kennis van kamerplanten en verpotten.", "het verpotten"),
        ("Meer kennis van drukinkt en afwerken.", "het afwerken"),
    ],
)
def test_the_bare_infinitive_reads_as_a_noun(goal: str, noun: str) -> None:
    rewrite = well_rewritten(CHECKER, goal, "nl")
    assert noun in rewrite, rewrite
    assert rewrite_style(CHECKER, "nl").placeholders.behaviour in rewrite, rewrite


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("nl", "Meer kennis van kamerplanten en potgrond."),  # two things, no infinitive
        ("nl", "Meer kennis van snoeien en enten."),  # two acts alike: no list of things
        ("en", "More knowledge of paper types and binding."),  # a gerund is a noun already
    ],
)
def test_no_article_where_the_list_reads_already(lang: str, goal: str) -> None:
    ctx = CHECKER.context(lang)
    style = style_for(ctx)
    assert style is not None
    parsed = CHECKER.parse(goal, lang=lang, reference_date=REF)
    assert with_article(parsed, ctx, style) is None


THINGS = ["papiersoorten", "kamerplanten", "drukinkt", "lijsten"]
ACTS = ["inbinden", "verpotten", "afwerken", "inlijsten"]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(THINGS), st.sampled_from(ACTS))
def test_the_article_goes_only_before_the_last_object(thing: str, act: str) -> None:
    """Whatever the objects, the writer's words stay in order and only 'het' is added."""
    goal = f"Meer kennis van {thing} en {act}."
    ctx = CHECKER.context("nl")
    style = style_for(ctx)
    assert style is not None
    text = with_article(CHECKER.parse(goal, lang="nl", reference_date=REF), ctx, style)
    if text is not None:
        assert text == f"Meer kennis van {thing} en het {act}."
