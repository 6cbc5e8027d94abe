"""An emoji after the goal's last word is the writer's mood, no word of the goal (JUDGING.md:
"a goal is judged as a person wrote it"). The tagger and the parser read the words alone and
the emoji comes back as punctuation of the last sentence (reading/pipeline.py
``pictured_tail``, ``with_tail``), so verdicts and rewrites are those of the goal without it,
while rules about emoji still find it in the goal's text. Goals written for these tests."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartcheck import Checker
from tests.conftest import REF

CHECKER = Checker()

GOALS = [
    ("en", "Possibly forklift licence"),
    ("en", "I want to get better at planning the night shifts, now I always run out of time"),
    (
        "nl",
        "Ik wil zelf de etiketteermachine leren instellen, nu moet ik altijd de monteur bellen "
        "en dan ligt de lijn een half uur stil",
    ),
    ("nl", "Vóór 1 juni 2027 haal ik mijn certificaat hoogwerker"),
    ("nl", "beter leren plannen!!"),
]
EMOJI = ["💪", "🚀", "👍🏽", "✅✅", " 🙂 🎉", "❤️"]


def _verdicts(text: str, lang: str) -> tuple[str, tuple[str, ...], str | None]:
    report = CHECKER.check(text, lang=lang, reference_date=REF)
    verdict = "".join(c.value if s.passed else "-" for c, s in report.criteria.items())
    return verdict, tuple(sorted(f.code for f in report.findings)), report.rewrite


@pytest.mark.parametrize(("lang", "text"), GOALS)
@pytest.mark.parametrize("emoji", EMOJI)
def test_a_trailing_emoji_changes_no_verdict_finding_or_rewrite(
    lang: str, text: str, emoji: str
) -> None:
    plain, codes, rewrite = _verdicts(text, lang)
    moody = _verdicts(f"{text} {emoji.strip()}" if emoji[0] != " " else text + emoji, lang)
    assert moody[:2] == (plain, codes)
    # the rewrite is the goal's; an emoji a rewriter keeps as the writer's own stays at its end
    assert moody[2] is None if rewrite is None else (moody[2] or "").startswith(rewrite[:-1])


@pytest.mark.parametrize("emoji", EMOJI)
def test_the_emoji_is_punctuation_of_the_last_sentence(emoji: str) -> None:
    text = f"Ik haal vóór 1 juni 2027 mijn rijbewijs. {emoji.strip()}"
    doc = CHECKER.parse(text, lang="nl", reference_date=REF).doc
    assert doc is not None and doc.text.startswith(text[: text.index(".") + 1])
    assert len(list(doc.sents)) == 1
    tail = [t for t in doc if t.idx > text.index(".")]
    assert tail and all(t.pos_ == "PUNCT" and t.dep_ == "punct" for t in tail)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(GOALS), st.lists(st.sampled_from(EMOJI), min_size=1, max_size=3))
def test_any_run_of_trailing_emoji_keeps_the_verdicts(
    goal: tuple[str, str], emoji: list[str]
) -> None:
    lang, text = goal
    tail = " ".join(e.strip() for e in emoji)
    assert _verdicts(f"{text} {tail}", lang)[:2] == _verdicts(text, lang)[:2]


def test_a_split_goal_with_a_trailing_emoji_is_split_as_without_it() -> None:
    """The seam checks of a split's parts read short parts too: no rewriter failure (a
    seam check once indexed past the end of a two-token part) and the same split."""
    text = (
        "Get my forklift licence by May 2027, while also learning Polish and renovating the attic."
    )
    plain = CHECKER.check(text, lang="en", reference_date=REF)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        moody = CHECKER.check(f"{text} 🚀", lang="en", reference_date=REF)
    assert len(plain.split) == 3
    assert moody.split == plain.split


@pytest.mark.parametrize("text", ["🚀", "💪 💪", "✅✅✅", "\x7f\r\ud800", "BHV halen.  💪\t🚀"])
def test_emoji_alone_or_beside_other_whitespace_are_parsed_as_written(text: str) -> None:
    report = CHECKER.check(text, lang="nl", reference_date=REF)  # hypothesis found the 4th
    assert report.goal.doc is not None and report.goal.doc.text.strip()
    assert not report.is_smart


@pytest.mark.parametrize("text", [":®", "Vóór 1 juni 2027 haal ik mijn BHV. 💪"])
def test_a_blank_pipeline_reads_a_trailing_emoji_too(blank_checker: Checker, text: str) -> None:
    """Without a parser, and with one token before the emoji, the annotation array has
    another shape (the hypothesis fuzz test found ':®'): the goal is still read whole."""
    report = blank_checker.check(text, lang="nl", reference_date=REF)
    assert report.goal.doc is not None and report.goal.doc.text.endswith(text[-1])
