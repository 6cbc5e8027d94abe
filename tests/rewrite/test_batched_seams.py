"""The seam check in batches: check_many parses the candidate rewrites of a whole batch in one
``nlp.pipe`` and gives the same rewrites as checking each goal alone."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pytest

from smartcheck import Checker
from smartcheck.errors import PluginError
from smartcheck.fixing.rewrite import seams
from smartcheck.fixing.rewrite.base import BatchRewriter
from smartcheck.fixing.rewrite.coordinated import part_seams
from smartcheck.fixing.rewrite.seams import parses as seam_parses
from smartcheck.fixing.rewrite.style import style_for
from smartcheck.fixing.rewrite.template import TemplateRewriter, candidates
from smartcheck.judging.context import RuleContext
from smartcheck.reading.pipeline import calm_down, get_pipeline, restore_case
from smartcheck.reporting.report import GoalError, GoalReport
from tests.conftest import REF

FAILING_NL = [
    "Ik wil handiger worden met spreadsheets.",
    "Ik ga proberen ooit een cursus boekhouden te doen.",  # a floated step is settled: a parse of its own
    "Beter leren luisteren naar collega's.",
    "Ik word de snelste monteur van de werkplaats.",
    "Mijn Frans bijspijkeren.",
]
FAILING_EN = [
    "I want to become better at giving presentations.",
    "Maybe I will learn some bookkeeping one day.",
    "Be the fastest mechanic in the workshop.",
]


class CountingPipeline:
    """The seam pipeline with its calls counted (text by text, and texts per pipe)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.vocab = nlp.vocab
        self.calls = 0
        self.pipes: list[list[str]] = []

    def __call__(self, text: str) -> Any:
        self.calls += 1
        return self.nlp(text)

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Any:
        batch = list(texts)
        self.pipes.append(batch)
        return self.nlp.pipe(batch, **kwargs)


@pytest.mark.parametrize(("lang", "goals"), [("nl", FAILING_NL), ("en", FAILING_EN)])
def test_check_many_gives_each_goal_the_rewrites_it_gets_alone(
    checker: Checker, lang: str, goals: list[str]
) -> None:
    alone = [checker.check(g, lang=lang, reference_date=REF) for g in goals]
    together = list(checker.check_many(goals, lang=lang, reference_date=REF))
    assert any(r.rewrites for r in alone)  # the batch has candidates to check
    for one, many in zip(alone, together, strict=True):
        assert isinstance(many, GoalReport)
        assert many.rewrites == one.rewrites
        assert many.structured_rewrite == one.structured_rewrite
        assert many.model_dump_json() == one.model_dump_json()


def test_a_batch_parses_its_candidates_in_one_pipe_and_no_goal_twice(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting = CountingPipeline(get_pipeline("nl", "shipped"))
    monkeypatch.setattr(seam_parses, "seam_pipeline", lambda goal: counting)
    reports = list(checker.check_many(FAILING_NL, lang="nl", reference_date=REF))
    assert all(isinstance(r, GoalReport) and not r.is_smart for r in reports)
    assert counting.calls == 0
    assert len(counting.pipes) == 1
    parsed = counting.pipes[0]
    assert len(parsed) == len(set(parsed))  # each text once
    assert not set(parsed) & set(FAILING_NL)  # the goals' own Docs were reused


def test_a_goal_doc_the_seam_pipeline_did_not_make_is_not_reused(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shouted goal's Doc is the parse of its sentence-case text carrying its own
    characters; a Doc of the normalised text has other words: both are parsed again."""
    nlp = get_pipeline("nl", "shipped")
    counting = CountingPipeline(nlp)
    monkeypatch.setattr(seam_parses, "seam_pipeline", lambda goal: counting)
    shouted = "IK WIL HANDIGER WORDEN MET SPREADSHEETS."
    goal = checker.parse(shouted, lang="nl", reference_date=REF)
    assert goal.doc is not None and goal.doc.text != shouted  # the normalised text's Doc
    style = style_for(checker.context("nl"))
    assert style is not None
    seams.SeamParses().prepare([(goal, "Ik oefen elke week met spreadsheets.", style)])
    goal.with_doc(restore_case(nlp(calm_down(shouted)), shouted))
    seams.SeamParses().prepare([(goal, "Ik oefen elke week met spreadsheets.", style)])
    assert [shouted in batch for batch in counting.pipes] == [True, True]
    same = checker.parse("Ik wil handiger worden met spreadsheets.", lang="nl")
    seams.SeamParses().prepare([(same, "Ik oefen elke week met spreadsheets.", style)])
    assert same.text not in counting.pipes[-1]


def test_find_seams_without_prepared_parses_finds_the_same_seams(checker: Checker) -> None:
    report = checker.check(FAILING_NL[2], lang="nl", reference_date=REF)
    assert report.goal.doc is not None
    ctx = checker.context("nl").bind(report.goal.doc)
    style = style_for(ctx)
    assert style is not None
    found = candidates(report, ctx, style)
    parses = seams.SeamParses()
    parses.prepare((report.goal, text, style) for text in found)
    prepared = [seams.find_seams(t, report.goal, ctx, style, parses) for t in found]
    alone = [seams.find_seams(t, report.goal, ctx, style) for t in found]
    assert prepared == alone
    assert any(alone) or report.rewrites  # seams found, or candidates that read whole


@pytest.mark.parametrize(
    ("lang", "goal", "parts"),
    [
        (
            "nl",
            "Ik wil vaker gaan zwemmen en ik wil mijn Duits verbeteren.",
            ["Ik ga vóór [datum] vaker zwemmen.", "Ik ga vóór [datum] mijn Duits verbeteren."],
        ),
        (
            "en",
            "I want to swim more often and I want to improve my German.",
            ["By [date], I will swim more often.", "By [date], I will improve my German."],
        ),
    ],
)
def test_the_parts_of_a_goal_share_its_parse_and_get_the_seams_each_gets_alone(
    checker: Checker, monkeypatch: pytest.MonkeyPatch, lang: str, goal: str, parts: list[str]
) -> None:
    """One SeamParses for every part of a goal: the goal is parsed once, not once a part,
    and each part gets the seams it gets checked on its own."""
    report = checker.check(goal, lang=lang, reference_date=REF)
    assert report.goal.doc is not None
    ctx = checker.context(lang).bind(report.goal.doc)
    alone = [part_seams(part, report.goal, ctx) for part in parts]
    broken = f"{parts[0][:-1]} {parts[0][:-1]}"  # a part that shows a seam
    alone.append(part_seams(broken, report.goal, ctx))
    counting = CountingPipeline(get_pipeline(lang, "shipped"))
    monkeypatch.setattr(seam_parses, "seam_pipeline", lambda goal: counting)
    shared = seams.SeamParses()
    together = [part_seams(part, report.goal, ctx, shared) for part in [*parts, broken]]
    assert counting.calls == 1 + len(parts) + 1  # the goal once, then each part
    assert together == alone
    assert alone[-1] and not any(alone[:-1])


class Recording:
    """A batch rewriter that records the batches it is given."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def rewrite(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        return (f"alone: {report.goal.text}",)

    def rewrite_many(
        self, items: Sequence[tuple[GoalReport, RuleContext]]
    ) -> list[tuple[str, ...]]:
        self.batches.append([report.goal.text for report, _ in items])
        return [(f"together: {report.goal.text}",) for report, _ in items]


def test_a_batch_rewriter_gets_each_batch_of_failing_goals_once() -> None:
    checker = Checker()
    recording = Recording()
    assert isinstance(recording, BatchRewriter)
    checker.rewriter = recording
    goals = [*FAILING_NL, "Vóór 1 juni 2027 rond ik de VCA-cursus af met een voldoende."]
    reports = list(checker.check_many(goals, lang="nl", reference_date=REF, batch_size=3))
    failing = [r.goal.text for r in reports if isinstance(r, GoalReport) and not r.is_smart]
    assert [text for batch in recording.batches for text in batch] == failing
    assert len(recording.batches) == 2
    for report in reports:
        assert isinstance(report, GoalReport)
        assert report.rewrites == (() if report.is_smart else (f"together: {report.goal.text}",))


class FailingOnOne(Recording):
    """Refuses one goal: asked together it fails the batch, asked alone only that goal."""

    def rewrite(self, report: GoalReport, ctx: RuleContext) -> tuple[str, ...]:
        if "Frans" in report.goal.text:
            raise PluginError("cannot rewrite this one")
        return super().rewrite(report, ctx)

    def rewrite_many(
        self, items: Sequence[tuple[GoalReport, RuleContext]]
    ) -> list[tuple[str, ...]]:
        return [self.rewrite(report, ctx) for report, ctx in items]


def test_a_batch_rewriter_failing_on_one_goal_costs_the_others_nothing() -> None:
    checker = Checker()
    checker.rewriter = FailingOnOne()
    results = list(checker.check_many(FAILING_NL, lang="nl", reference_date=REF))
    errors = [r for r in results if isinstance(r, GoalError)]
    assert [e.index for e in errors] == [FAILING_NL.index("Mijn Frans bijspijkeren.")]
    assert "cannot rewrite" in errors[0].message
    others = [r for r in results if isinstance(r, GoalReport)]
    assert len(others) == len(FAILING_NL) - 1
    assert all(r.rewrites == (f"alone: {r.goal.text}",) for r in others)


def test_the_template_rewriter_works_in_batches() -> None:
    assert isinstance(TemplateRewriter(), BatchRewriter)


class MissingOne(Recording):
    """Gives one answer too few when asked together."""

    def rewrite_many(
        self, items: Sequence[tuple[GoalReport, RuleContext]]
    ) -> list[tuple[str, ...]]:
        return super().rewrite_many(items)[1:]


def test_a_batch_rewriter_with_an_answer_missing_is_asked_goal_by_goal() -> None:
    checker = Checker()
    checker.rewriter = MissingOne()
    results = list(checker.check_many(FAILING_NL, lang="nl", reference_date=REF))
    assert all(isinstance(r, GoalReport) for r in results)
    assert [r.rewrites for r in results if isinstance(r, GoalReport)] == [
        (f"alone: {text}",) for text in FAILING_NL
    ]
