"""Threads sharing a pipeline: a Doc one thread holds stays whole while another thread runs
``check_many``. (spaCy's memory zone, once used by check_many, switched the whole Vocab into
the zone: strings and lexemes another thread made meanwhile were freed under its Doc.)"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from smartcheck import Checker, GoalReport
from tests.conftest import REF

BLANK = {"model": {"nl": "blank", "en": "blank"}}


def test_a_doc_touched_during_another_threads_batch_stays_valid(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    checker = Checker(BLANK)
    doc = checker.parse("Ik rond de cursus af.", lang="nl", reference_date=REF).doc
    assert doc is not None
    inside, touched = threading.Event(), threading.Event()
    real_read = checker._read

    def read(*args: Any, **kwargs: Any) -> Any:  # the batch thread waits here once
        if not inside.is_set():
            inside.set()
            assert touched.wait(60)
        return real_read(*args, **kwargs)

    monkeypatch.setattr(checker, "_read", read)
    results: list[object] = []
    batch = threading.Thread(
        target=lambda: results.extend(
            checker.check_many(["Ik rond vóór 1 juni 2027 de cursus af."] * 3, reference_date=REF)
        )
    )
    batch.start()
    assert inside.wait(60), "the batch never started judging"
    doc[0].lemma_ = "zqxwonderlemma"  # a string this thread adds while the batch runs
    doc.vocab.strings.add("zqxwonderword")
    touched.set()
    batch.join(60)
    assert len(results) == 3 and all(isinstance(r, GoalReport) for r in results)
    assert doc[0].lemma_ == "zqxwonderlemma"
    assert doc.vocab.strings[doc.vocab.strings["zqxwonderword"]] == "zqxwonderword"
