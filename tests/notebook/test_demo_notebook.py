"""docs/demo.ipynb runs from top to bottom in a real Jupyter kernel (nbclient), so it cannot
rot; it is committed without outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO

DEMO = REPO / "docs" / "demo.ipynb"
nbformat = pytest.importorskip("nbformat")


def test_demo_is_committed_without_outputs() -> None:
    notebook = nbformat.read(DEMO, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


def test_demo_runs_and_shows_tables_plots_and_a_highlighted_goal(tmp_path: Path) -> None:
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(DEMO, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": tmp_path}}
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    pngs = [o for o in outputs if "image/png" in o.get("data", {})]
    assert any('class="smartcheck-summary"' in h and "data:image/png" in h for h in html)
    assert html[-1].count('class="smartcheck-report"') == 1  # the worst goal, highlighted
    assert "sc-hl" in html[-1]
    assert pngs, "summary.plot() did not show as an image"
    plain = "\n".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "boolean" in plain and "Float64" in plain and "datetime64[s]" in plain
