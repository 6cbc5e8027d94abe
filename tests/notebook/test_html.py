"""The HTML view of a report in a notebook."""

from __future__ import annotations

from smartcheck import Checker
from tests.conftest import REF


def test_html_view_escapes_the_goal(checker: Checker) -> None:
    report = checker.check(
        "Ik wil <b>beter</b> worden in Excel & Word.", lang="nl", reference_date=REF
    )
    html = report._repr_html_()
    assert "&lt;b&gt;beter&lt;/b&gt;" in html and "<b>beter</b>" not in html
    assert "Specifiek" in html and "Wanneer moet het klaar zijn?" in html
