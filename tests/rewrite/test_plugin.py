"""A rewriter plug-in installed through the smartcheck.rewriters entry-point group."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartcheck import Checker
from smartcheck.errors import ConfigError
from tests.conftest import REF

PLUGIN = textwrap.dedent('''
    class ShoutingRewriter:
        def rewrite(self, report, ctx):
            return (report.goal.text.upper(), "second choice")
''')


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[None]:
    """A module plus a dist-info folder with entry_points.txt, the way pip installs one."""
    (tmp_path / "sc_shout_rewriter.py").write_text(PLUGIN, encoding="utf-8")
    dist = tmp_path / "sc_shout_rewriter-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: sc-shout-rewriter\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        "[smartcheck.rewriters]\nshout = sc_shout_rewriter:ShoutingRewriter\n", encoding="utf-8"
    )
    sys.path.insert(0, str(tmp_path))
    try:
        yield
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("sc_shout_rewriter", None)


def test_config_selects_the_installed_rewriter(installed: None) -> None:
    checker = Checker({"rewriter": "shout"})
    report = checker.check("Ik wil beter worden in Excel.", lang="nl", reference_date=REF)
    assert report.rewrite == "IK WIL BETER WORDEN IN EXCEL."
    assert report.rewrites == ("IK WIL BETER WORDEN IN EXCEL.", "second choice")


def test_an_unknown_rewriter_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        Checker({"rewriter": "no-such-rewriter"})
