"""A rewriter plug-in installed through the smartcheck.rewriters entry-point group."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcheck import Checker
from smartcheck.errors import ConfigError
from tests.conftest import REF, installed_plugin

PLUGIN = textwrap.dedent("""
    class ShoutingRewriter:
        def rewrite(self, report, ctx):
            return (report.goal.text.upper(), "second choice")
""")


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[None]:
    with installed_plugin(
        tmp_path,
        "sc_shout_rewriter",
        PLUGIN,
        "smartcheck.rewriters",
        "shout = sc_shout_rewriter:ShoutingRewriter",
    ):
        yield


def test_config_selects_the_installed_rewriter(installed: None) -> None:
    checker = Checker({"rewriter": "shout"})
    report = checker.check("Ik wil beter worden in Excel.", lang="nl", reference_date=REF)
    assert report.rewrite == "IK WIL BETER WORDEN IN EXCEL."
    assert report.rewrites == ("IK WIL BETER WORDEN IN EXCEL.", "second choice")


def test_an_unknown_rewriter_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        Checker({"rewriter": "no-such-rewriter"})
