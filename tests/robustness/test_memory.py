"""A long-lived process streaming goals with words it never saw keeps spaCy's string store
bounded: once a cached pipeline has added STRING_GROWTH_LIMIT strings, the next request gets
a freshly loaded copy (shipped pipeline here; tests/test_pool.py does the blank one). A Doc
read with the old copy stays valid."""

from __future__ import annotations

import random
import string

import pytest

import smartcheck.reading.pipeline as pipeline
from smartcheck import Checker, GoalReport
from tests.conftest import REF


def _goals(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = ["".join(rng.choices(string.ascii_lowercase, k=12)) for _ in range(n)]
    return [f"Vóór 1 juni 2027 rond ik de {w}training af en bespreek ik die." for w in words]


def test_string_store_stays_bounded_over_rounds_of_unseen_words(
    checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "STRING_GROWTH_LIMIT", 150)
    loaded = len(pipeline._load("nl", "shipped").vocab.strings)  # a fresh copy's store
    kept = checker.parse("Ik rond de cursus af.", lang="nl", reference_date=REF).doc
    assert kept is not None
    lemmas = [t.lemma_ for t in kept]
    first = checker.nlp("nl")
    grown, pipelines = [], set()
    for seed in (1, 2, 3, 4):
        reports = list(
            checker.check_many(_goals(60, seed), lang="nl", reference_date=REF, batch_size=16)
        )
        assert all(isinstance(r, GoalReport) for r in reports)
        nlp = checker.nlp("nl")
        pipelines.add(id(nlp))
        grown.append(len(nlp.vocab.strings) - loaded)
    # 240 goals with an unseen word each: without renewal the store grows by 240 or more.
    assert max(grown) <= 150 + 3 * 16, f"string store grew: {grown}"
    assert len(pipelines) >= 2 and checker.nlp("nl") is not first
    assert [t.lemma_ for t in kept] == lemmas  # a Doc read with the old copy stays valid
