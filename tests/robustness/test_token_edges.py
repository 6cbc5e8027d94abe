"""spaCy's tokenizer leaves stale left/right edges on tokens a special case moved in after
affixes were split off ("(')", "'''"). A parser resets them; on a Doc without one,
``Token.children`` then took its loop bounds from them and read outside the Doc: the
segmentation fault in anatomy's ``verb.children`` (blank pipeline, random input). Every
Doc smartcheck reads has each token's edges on itself unless a parse says otherwise."""

from __future__ import annotations

import pytest

from smartcheck import Checker
from tests.conftest import REF


def _edges(doc: object) -> list[tuple[int, int] | None]:
    found: list[tuple[int, int] | None] = []
    for token in doc:  # type: ignore[attr-defined]
        try:  # (left_edge / right_edge check the index; children does not)
            found.append((token.left_edge.i, token.right_edge.i))
        except IndexError:
            found.append(None)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Ik rond (') de cursus af.",
        "Ik rond de cursus af ''' vandaag.",
        "'\t' Ik rond vóór juni de cursus af.",
        "I will (') finish the course.",
    ],
)
def test_every_token_of_a_blank_parse_has_its_own_edges(blank_checker: Checker, text: str) -> None:
    goal = blank_checker.parse(text, reference_date=REF)
    assert goal.doc is not None
    assert _edges(goal.doc) == [(t.i, t.i) for t in goal.doc]
    assert all(list(t.children) == [] for t in goal.doc)  # safe once the edges are sound


def test_check_many_reads_such_goals_too(blank_checker: Checker) -> None:
    texts = ["Ik rond (') de cursus af.", "Ik zet ''' de computer uit.", "Ik leer Excel."]
    results = list(blank_checker.check_many(texts, lang="nl", reference_date=REF, batch_size=2))
    assert len(results) == 3 and all(r.lang == "nl" for r in results)  # type: ignore[union-attr]
