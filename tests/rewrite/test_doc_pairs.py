"""The before/after pairs shown in docs/rewrites.md are what the code produces (a ``<br>``
in a cell stands for a line break: the lines of a list, the goals of a split)."""

from __future__ import annotations

import re

import pytest

from smartcheck import Checker
from tests.conftest import REF, REPO

ROWS = [
    [cell.strip().replace("<br>", "\n") for cell in line.strip().strip("|").split("|")]
    for line in (REPO / "docs" / "rewrites.md").read_text(encoding="utf-8").splitlines()
    if re.match(r"^\| (nl|en) \| ", line)
]


def test_the_docs_show_ten_pairs() -> None:
    assert len(ROWS) >= 10


@pytest.mark.parametrize(("lang", "goal", "rewrite"), ROWS)
def test_documented_pair(checker: Checker, lang: str, goal: str, rewrite: str) -> None:
    assert checker.check(goal, lang=lang, reference_date=REF).rewrite == rewrite
