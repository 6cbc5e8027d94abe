"""The published JSON Schema (docs/report.schema.json) matches the code."""

from __future__ import annotations

import json

from smartcheck import report_json_schema
from tests.conftest import REPO

SCHEMA_FILE = REPO / "docs" / "report.schema.json"


def render() -> str:
    return json.dumps(report_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_published_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render(), (
        "regenerate: python -c 'from tests.test_schema import render; "
        'open("docs/report.schema.json", "w").write(render())\''
    )
