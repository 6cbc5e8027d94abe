"""Goal finding on realistic POP documents (tests/documents/corpus, expected.yaml):
precision and recall at least 0.95 each, and the context each goal was judged with."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF
from tests.support.document_corpus import SETS, Score, corpus, score_corpus

DOCS = [doc for _, expected_file in SETS for doc in corpus(expected_file)]


def test_corpus_is_varied() -> None:
    """At least 12 documents, in both languages and every format."""
    assert len(DOCS) >= 12
    assert {d.name.split("_")[0] for d in DOCS} == {"nl", "en"}
    assert {d.name.rsplit(".", 1)[1] for d in DOCS} == {"md", "txt", "docx", "yaml", "json"}


def test_goal_finding_precision_and_recall(blank_checker: Checker) -> None:
    """Over the whole corpus (tuning, held-out and unseen sets together; the benchmark
    prints each set)."""
    overall = Score()
    for _, expected_file in SETS:
        found = {}
        for doc in corpus(expected_file):
            result = blank_checker.check_document(doc.name, data=doc.data)
            assert result.errors == ()
            found[doc.name] = [g.text for g in result.goals]
        total, _ = score_corpus(found, expected_file)
        overall.true_positive += total.true_positive
        overall.found += total.found
        overall.expected += total.expected
    assert overall.precision >= 0.95, f"precision {overall.precision:.3f}"
    assert overall.recall >= 0.95, f"recall {overall.recall:.3f}"


@pytest.mark.parametrize("doc", [d for d in DOCS if d.context], ids=lambda d: d.name)
def test_context_beside_each_goal(blank_checker: Checker, doc: object) -> None:
    from tests.support.document_corpus import CorpusDocument

    assert isinstance(doc, CorpusDocument)
    result = blank_checker.check_document(doc.name, data=doc.data, reference_date=REF)
    by_text = {g.text: g for g in result.goals}
    for index, context in doc.context.items():
        goal = by_text[doc.goals[index]]
        assert goal.context == context
        for role, value in goal.context_fields.items():
            assert value.text == context[role]
            assert str(value.location) in value.source


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.name)
def test_every_goal_is_located(blank_checker: Checker, doc: object) -> None:
    """Text formats: the span holds the goal's characters as written; docx: a paragraph or a
    table cell; YAML/JSON: a pointer."""
    from tests.support.document_corpus import CorpusDocument

    assert isinstance(doc, CorpusDocument)
    result = blank_checker.check_document(doc.name, data=doc.data)
    text = doc.data.decode("utf-8") if result.format != "docx" else ""
    for goal in result.goals:
        where = goal.location
        if result.format in ("markdown", "text"):
            assert where.line is not None and where.column is not None and goal.span
            lines = text.splitlines()
            assert lines[where.line - 1][where.column - 1 :].startswith(goal.text.split()[0])
            for seg in goal.segments:
                piece = goal.text[seg.goal_start : seg.goal_start + seg.length]
                assert text[seg.doc_start : seg.doc_start + seg.length] == piece
        elif result.format == "docx":
            assert where.paragraph is not None or None not in (where.table, where.row, where.cell)
        else:
            assert where.pointer is not None and where.pointer.startswith("/")
