"""Broken sentences a measure of words alone lets through (issue 12: never a broken sentence):
a cut that leaves a word without what it needs. A preposition without its object ('... like.'),
a clause word where the writer's verb should stand ('By [date], how it ...', 'I will so I ...',
'I will to ...'), a vague verb's own preposition or reflexive pronoun beside the placeholder
that took the verb's place ('ga ik [concreet gedrag] met klachten'), and the words in the gap of
a gapped vague phrase ('handle *angry callers* better'), which are the writer's content.

Broken candidates must show the seam, whole siblings must not; the rewriter must produce the
whole sentence. Every goal is written fresh for these tests (libraries, hotels, warehouses,
museums, an IT helpdesk)."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.seams.stranded import stranded_preposition
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.reading.lexicon import own_spans
from tests.conftest import REF
from tests.support.rewrite_quality import content_words, judged
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()

#: (lang, goal, broken candidate, whole candidate, the seam kind the broken one shows)
PAIRS = [
    # a comparison's word cut from its past time
    (
        "en",
        "Tidy the stock room every Friday, so we don't lose orders like last month.",
        "Until [date], I will tidy the stock room every Friday, so we don't lose orders like.",
        "Until [date], I will tidy the stock room every Friday, so we don't lose orders like"
        " last month.",
        "dangling",
    ),
    (
        "nl",
        "Elke vrijdag het magazijn opruimen, zodat we niet weer orders kwijtraken zoals vorige"
        " maand.",
        "Elke vrijdag ga ik tot [datum] het magazijn opruimen, zodat we niet weer orders"
        " kwijtraken zoals.",
        "Elke vrijdag ga ik tot [datum] het magazijn opruimen, zodat we niet weer orders"
        " kwijtraken zoals vorige maand.",
        "dangling",
    ),
    # an indirect question cut off as a goal of its own: no verb of the writer's
    (
        "en",
        "Read up on the new privacy rules and how they apply to our library members.",
        "By [date], how they apply to our library members, with [how measured] as evidence.",
        "By [date], I will read up on the new privacy rules and how they apply to our library"
        " members.",
        "lost_verb",
    ),
    # a purpose clause put where the commitment's verb stands
    (
        "en",
        "Answer helpdesk tickets within a day, so users stop chasing us like last week.",
        "I will so users stop chasing us like last week.",
        "By [date], I will answer helpdesk tickets within a day, so users stop chasing us like"
        " last week.",
        "lost_verb",
    ),
    (
        "nl",
        "Sneller inchecken aan de balie, zodat gasten niet hoeven te wachten.",
        "Vóór [datum] ga ik zodat gasten niet hoeven te wachten.",
        "Vóór [datum] ga ik sneller inchecken aan de balie, zodat gasten niet hoeven te wachten.",
        "lost_verb",
    ),
    # the infinitive's marker after the commitment
    (
        "en",
        "To become a better mentor for new warehouse staff.",
        "By [date], I will to [concrete behaviour] for new warehouse staff.",
        "By [date], I will [concrete behaviour], in order to become a better mentor for new"
        " warehouse staff.",
        "lost_verb",
    ),
    # a vague verb's own preposition left beside the placeholder
    (
        "nl",
        "Beter omgaan met klachten van hotelgasten.",
        "Vóór [datum] ga ik [concreet gedrag] met klachten van hotelgasten.",
        "Vóór [datum] ga ik [concreet gedrag], om beter om te gaan met klachten van hotelgasten.",
        "dangling",
    ),
    (
        "en",
        "Deal with late deliveries better.",
        "By [date], I will [concrete behaviour] with late deliveries.",
        "By [date], I will [concrete behaviour], in order to deal with late deliveries better.",
        "dangling",
    ),
    # a vague verb's reflexive pronoun left beside the placeholder
    (
        "nl",
        "Ik wil me verder verdiepen in museumeducatie.",
        "Vóór [datum] ga ik voor me [concreet gedrag] museumeducatie.",
        "Vóór [datum] ga ik voor museumeducatie [concreet gedrag].",
        "dangling",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "broken", "whole", "kind"), PAIRS)
def test_a_word_left_without_what_it_needs_is_a_seam(
    lang: str, goal: str, broken: str, whole: str, kind: str
) -> None:
    assert kind in seam_kinds(CHECKER, lang, goal, broken)
    assert kind not in seam_kinds(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    ("lang", "goal", "candidate"),
    [
        # a preposition naming the field of any behaviour is the placeholder's too
        (
            "nl",
            "Ik wil beter worden in voorraadbeheer.",
            "Vóór [datum] ga ik [concreet gedrag] in voorraadbeheer.",
        ),
        (
            "en",
            "I want to know more about rare books.",
            "By [date], I will [concrete behaviour] about rare books.",
        ),
        # after a copula the preposition is the comparison's ('better at'), not a verb's
        (
            "nl",
            "Ik wil beter worden op de gitaar.",
            "Vóór [datum] ga ik [concreet gedrag] op de gitaar.",
        ),
        # a particle ends the clause in the goal too
        (
            "en",
            "Follow up with suppliers and sign off.",
            "By [date], I will follow up with suppliers and sign off.",
        ),
    ],
)
def test_a_preposition_the_placeholder_or_the_clause_end_can_take_is_no_seam(
    lang: str, goal: str, candidate: str
) -> None:
    assert "dangling" not in seam_kinds(CHECKER, lang, goal, candidate)


def test_a_gapped_phrase_frees_its_own_words_and_keeps_the_gap() -> None:
    report = CHECKER.check(
        "Learn to handle angry callers better on the helpdesk.", lang="en", reference_date=REF
    )
    goal = judged(report, CHECKER)
    ctx = CHECKER.context("en")
    gapped = [m for m in ctx.find(goal, "vague_outcome") if " & " in m.entry]
    assert gapped, "the goal holds a gapped vague phrase"
    freed = {goal.text[a:b].lower() for m in gapped for a, b in own_spans(m, goal.doc)}
    assert freed == {"handle", "better"}
    words = content_words(report, CHECKER, goal)
    assert {"angry", "callers", "helpdesk"} <= set(words)
    assert "better" not in words


def test_a_phrase_without_a_gap_is_freed_whole() -> None:
    goal = CHECKER.parse("Ik wil meer leren over archiefbeheer.", lang="nl", reference_date=REF)
    ctx = CHECKER.context("nl")
    match = next(m for m in ctx.find(goal, "vague_outcome") if " & " not in m.entry)
    assert own_spans(match, goal.doc) == [(match.start, match.end)]


def test_the_gap_of_a_vague_phrase_stays_in_the_rewrite() -> None:
    rewrite = well_rewritten(
        CHECKER, "Learn to handle angry callers better on the IT helpdesk.", "en"
    )
    assert "handle angry callers" in rewrite


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        (
            "en",
            "Read up on the new privacy rules and how they apply to our library members.",
            "and how they apply",
        ),
        ("nl", "Meer leren over de collectie en hoe bezoekers die beleven.", "en hoe bezoekers"),
    ],
)
def test_an_indirect_question_after_and_is_no_goal_of_its_own(
    lang: str, text: str, kept: str
) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.split
    assert kept in well_rewritten(CHECKER, text, lang)


def test_a_verb_after_and_is_still_a_goal_of_its_own() -> None:
    """The broken sibling of the indirect question: a second goal verb is split off."""
    text = "Learn more about the new catalogue and write a guide for volunteers."
    report = CHECKER.check(text, lang="en", reference_date=REF)
    assert len(report.split) == 2
    assert any("write a guide" in part for part in report.split)


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        (
            "en",
            "Tidy the stock room every Friday, so we don't lose orders like last month.",
            "like last month",
        ),
        (
            "nl",
            "Elke vrijdag het magazijn opruimen, zodat we niet weer orders kwijtraken zoals"
            " vorige maand.",
            "zoals vorige maand",
        ),
    ],
)
def test_a_past_time_in_a_comparison_stays_in_its_clause(lang: str, text: str, kept: str) -> None:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert not report.split  # the purpose clause is no goal of its own
    assert kept in well_rewritten(CHECKER, text, lang)


@pytest.mark.parametrize(
    ("text", "kept", "stranded"),
    [
        (
            "Beter omgaan met klachten van hotelgasten.",
            "om te gaan met klachten",
            "[concreet gedrag] met",
        ),
        (
            "Ik wil me verdiepen in de geschiedenis van het museum.",
            "de geschiedenis van het museum",
            " me ",
        ),
    ],
)
def test_a_dutch_vague_verb_takes_its_preposition_and_pronoun_along(
    text: str, kept: str, stranded: str
) -> None:
    rewrite = well_rewritten(CHECKER, text, "nl")
    assert kept in rewrite
    assert stranded not in rewrite


def test_a_goal_told_as_a_bare_infinitive_gets_the_writers_commitment() -> None:
    rewrite = well_rewritten(CHECKER, "To become a better mentor for new warehouse staff.", "en")
    assert rewrite.startswith("By [date], I will ")
    assert " will to " not in rewrite


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        ("en", "Follow up with every supplier who is late, like last month."),
        ("en", "Sign off the returns I check in."),
        ("nl", "Elke maandag werk ik de uitleenlijst bij en ruim ik de kasten op."),
        ("nl", "Ik neem de nieuwe stagiair mee."),
    ],
)
def test_the_writers_own_sentence_strands_no_word(lang: str, goal: str) -> None:
    """Metamorphic: the goal as written, offered as its own rewrite, has no word left without
    its object (a particle ends its clause in the goal too)."""
    parsed = CHECKER.parse(goal, lang=lang, reference_date=REF)
    ctx = CHECKER.context(lang)
    style = style_for(ctx.pack)
    assert style is not None
    assert stranded_preposition(goal, parsed, ctx, style) == []
