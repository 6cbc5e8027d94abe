"""The generated rule reference in docs/rules/ is current."""

from __future__ import annotations

from smartcheck.reporting.ruledocs import generate
from tests.conftest import REPO


def test_rule_reference_is_up_to_date() -> None:
    target = REPO / "docs" / "rules"
    stale = [
        path.name
        for path, content in generate(target).items()
        if not path.exists() or path.read_text(encoding="utf-8") != content
    ]
    assert not stale, (
        f"regenerate with: python -m smartcheck.reporting.ruledocs docs/rules ({stale})"
    )


def test_pages_have_the_sections() -> None:
    for path, content in generate(REPO / "docs" / "rules").items():
        if path.name != "README.md":
            for heading in ("## What it does", "## Why", "## Example", "## Use instead"):
                assert heading in content, (path.name, heading)
            assert "\n\n\n" not in content
