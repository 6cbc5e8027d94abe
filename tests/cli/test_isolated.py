"""``--isolated``: no config file is read, so a checkout's own config (packs, model,
selection) is not honoured."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run

POP = "# POP\n\n## Doel\n\nIk wil beter worden in Excel.\n"


def test_isolated_reads_no_config_file(run: Run, tmp_path: Path) -> None:
    (tmp_path / "pop.md").write_text(POP, encoding="utf-8")
    (tmp_path / "smartcheck.toml").write_text('select = ["T001"]\n', encoding="utf-8")
    found = run("check", str(tmp_path), "--format", "json")
    isolated = run("check", str(tmp_path), "--format", "json", "--isolated")

    def codes(out: str) -> set[str]:
        files = json.loads(out)["files"]
        return {f["code"] for doc in files for g in doc["goals"] for f in g["findings"]}

    assert codes(found.out) == {"T001"}
    assert len(codes(isolated.out)) > 1  # the defaults: every rule runs
