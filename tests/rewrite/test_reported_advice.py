"""Advice the writer reports in more shapes: a quote followed by the writer's comment on it,
indirect speech with a conclusion ('..., so that's my goal for this year'), a source named
without a comma ('According to my lead I should ...'), and 'je' / 'jij' in lower case inside
the quote (voices/, quoted.py, comments.py).

The rewrite states the writer's goal, credited to who gave the advice. A comment that only
points back at the advice ('Ik denk dat dat wel lukt.', 'I agree with her.') is no goal and
goes; a time it names is the goal's. Every goal is written fresh for the category."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from smartcheck.fixing.rewrite.comments import comment_spans, trailing_comment
from smartcheck.fixing.rewrite.seams import find_seams
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.fixing.rewrite.words import words_of
from tests.conftest import REF
from tests.support.rewriting import seam_kinds, well_rewritten

CHECKER = Checker()


def commented_rewrite(text: str, lang: str) -> str:
    """The sentence rewrite of a goal that ends in the writer's comment, asserted to read
    whole against the goal without its comment (the comment is no part of the goal)."""
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    assert report.structured_rewrite is None, report.rewrite
    assert report.rewrite is not None
    style = style_for(CHECKER.context(lang))
    assert style is not None
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    spans = comment_spans(goal, style)
    assert len(spans) == 1
    advice = CHECKER.parse(text[: spans[0][0]].rstrip(), lang=lang, reference_date=REF)
    assert find_seams(report.rewrite, advice, CHECKER.context(lang), style) == []
    return report.rewrite


COMMENTED = [
    (
        "nl",
        'Mijn werkbegeleider zegt: "jij moet de bestellijst zelf bijhouden". Ik denk dat dat '
        "wel lukt.",
        "zoals mijn werkbegeleider zegt",
        ("denk", "lukt"),
    ),
    (
        "nl",
        'De chef-kok zei: "je moet je mise-en-place eerder klaar hebben." Daar heeft hij '
        "gelijk in.",
        "zoals de chef-kok zei",
        ("gelijk",),
    ),
    (
        "nl",
        'Mijn leidinggevende zei: "jij moet je vragen stellen in het teamoverleg". Dat is '
        "een goed punt.",
        "zoals mijn leidinggevende zei",
        ("punt",),
    ),
    (
        "en",
        'My line manager said: "you should log every defect in the tracker." I agree with him.',
        "as my line manager said",
        ("agree",),
    ),
    (
        "en",
        'The practice nurse told me: "you need to check every dose twice." That sounds fair.',
        "as the practice nurse told me",
        ("sounds", "fair"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "credit", "gone"), COMMENTED)
def test_a_comment_on_quoted_advice_goes(
    lang: str, text: str, credit: str, gone: tuple[str, ...]
) -> None:
    rewrite = commented_rewrite(text, lang)
    assert rewrite.endswith(f", {credit}.")
    assert not any(word in rewrite.lower().split() for word in gone)


@pytest.mark.parametrize(
    ("lang", "text", "time", "credit"),
    [
        (
            "nl",
            "Mijn praktijkopleider zegt dat ik vaker zelf de intake moet doen, dus dat wordt "
            "mijn doel dit kwartaal.",
            "Ik ga dit kwartaal vaker zelf de intake doen",
            "zoals mijn praktijkopleider zegt",
        ),
        (
            "en",
            "My shift leader says I need to restock the cold room before every weekend, so that "
            "is my goal for this quarter.",
            "This quarter, I will restock the cold room before every weekend",
            "as my shift leader says",
        ),
    ],
)
def test_a_conclusion_naming_the_goal_keeps_only_its_time(
    lang: str, text: str, time: str, credit: str
) -> None:
    """'..., so that's my goal for this quarter' names the goal it follows: only its time is
    content, which dates the writer's clause."""
    rewrite = commented_rewrite(text, lang)
    assert rewrite.startswith(time)
    assert rewrite.endswith(f", {credit}.")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", 'Mijn chef zei: "je moet vaker pauze nemen". Daarom wandel ik elke dag om 12 uur.'),
        ("nl", 'Mijn mentor zegt: "je moet je lessen beter voorbereiden". Dat doe ik met Anna.'),
        ("en", 'My coach said: "you should rest more". So I will walk for 30 minutes at noon.'),
        ("en", 'My manager said: "you need to share more". That means weekly demos for the team.'),
        ("en", 'My mentor said: "you should read more". I do not agree with that.'),
    ],
)
def test_a_sentence_with_content_of_its_own_is_no_comment(lang: str, text: str) -> None:
    """A number, a name, a noun other than one for the goal or the advice, or a negation:
    the sentence says more than that the writer agrees, and is never left out."""
    ctx = CHECKER.context(lang)
    style = style_for(ctx)
    assert style is not None
    goal = CHECKER.parse(text, lang=lang, reference_date=REF)
    words = [w for w in words_of(goal) if w.text.strip()]
    while words and not words[-1].is_word:
        words.pop()
    spans = [(e.start, e.end) for e in goal.deadlines]
    assert trailing_comment(words, style, spans) is None


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        (
            "nl",
            'Mijn begeleider zei: "je moet rustiger ademen als je een bloedafname doet".',
            "als ik een bloedafname doe",
        ),
        (
            "nl",
            'Mijn teamleider zegt: "jij moet eerst de planning lezen als jij op de afdeling komt".',
            "als ik op de afdeling kom",
        ),
        (
            "en",
            'My supervisor said: "you should ask for a second check when you are unsure".',
            "when I am unsure",
        ),
    ],
)
def test_a_you_inside_the_quote_becomes_the_writer(lang: str, text: str, kept: str) -> None:
    """'als je ... doet' after the quoted advice: the writer's own clause ('als ik ...
    doe'), its verb agreeing ('bent' -> 'ben', 'are' -> 'am'); never 'als me ...'."""
    assert kept in well_rewritten(CHECKER, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "credit"),
    [
        (
            "en",
            "According to my supervisor I should answer the phone within three rings.",
            "according to my supervisor",
        ),
        (
            "en",
            "According to the head gardener I have to prune the roses before March.",
            "according to the head gardener",
        ),
    ],
)
def test_a_source_without_a_comma_is_credited(lang: str, text: str, credit: str) -> None:
    """'According to my lead I should ...': the source ends where the writer's clause
    opens, and is credited after the writer's rewritten clause."""
    assert well_rewritten(CHECKER, text, lang).endswith(f", {credit}.")


@pytest.mark.parametrize(
    ("lang", "goal", "broken", "whole"),
    [
        (
            "nl",
            'Mijn mentor zei: "je moet de voorraadlijst elke week controleren". Ik denk dat ik '
            "dat kan.",
            "Tot [datum] ga ik elke week controleren, zoals mijn mentor zei.",
            "Tot [datum] ga ik de voorraadlijst elke week controleren, zoals mijn mentor zei.",
        ),
        (
            "en",
            'My supervisor said: "you should label every sample before lunch." I agree with her.',
            "By [date], I will label before lunch, as my supervisor said.",
            "By [date], I will label every sample before lunch, as my supervisor said.",
        ),
    ],
)
def test_the_comment_is_no_lost_word(lang: str, goal: str, broken: str, whole: str) -> None:
    """The seam check leaves the comment's words (and its modal: 'dat kan') out of the words
    a rewrite must keep, and still finds a word of the advice that went missing."""
    assert "lost_words" in seam_kinds(CHECKER, lang, goal, broken)
    assert not {"lost_words", "lost_modal"} & seam_kinds(CHECKER, lang, goal, whole)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            'Mijn begeleider zei: "jij moet de weekstaat zelf invullen". Dat lijkt me haalbaar.',
        ),
        ("en", 'My team lead said: "you should chair the weekly huddle." I think that is fair.'),
    ],
)
def test_advice_with_a_comment_is_rewritten_well(lang: str, text: str) -> None:
    """Filled in, the rewrite passes what the goal failed and keeps its content words (the
    comment's are none)."""
    assert well_rewritten(CHECKER, text, lang)
