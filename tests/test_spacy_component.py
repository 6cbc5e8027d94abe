"""The spaCy component: nlp.add_pipe("smartcheck") sets doc._.smart, found through the
spacy_factories entry point that pyproject.toml declares."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from smartcheck import Checker, ConfigError, GoalError, GoalReport
from smartcheck.spacy_component import EXTENSION, make_smartcheck
from tests.conftest import REF, REPO

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib


@pytest.fixture
def no_extension() -> Iterator[None]:
    """Each test starts without Doc._.smart and leaves none behind."""
    if Doc.has_extension(EXTENSION):
        Doc.remove_extension(EXTENSION)
    yield
    if Doc.has_extension(EXTENSION):
        Doc.remove_extension(EXTENSION)


def test_component_sets_the_report_on_the_doc(checker: Checker, no_extension: None) -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe("smartcheck", config={"reference_date": REF.isoformat()})
    text = "Ik wil beter worden in Excel."
    doc = nlp(text)
    assert isinstance(doc._.smart, GoalReport)
    assert doc._.smart == checker.check(text, lang="nl", reference_date=REF)


def test_pipe_checks_docs_in_order_and_bad_docs_do_not_stop_it(no_extension: None) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("smartcheck", config={"reference_date": REF.isoformat(), "lang": None})
    texts = ["I will run a 10 km race before June 2027.", "   ", "Ik leer Python."] * 3
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    kinds = [type(d._.smart) for d in docs]
    assert kinds == [GoalReport, GoalError, GoalReport] * 3
    assert docs[2]._.smart.lang == "en"  # the pipeline is English, so the goal is read as en


def test_component_takes_smartcheck_config(no_extension: None) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("smartcheck", config={"config": {"ignore": ["T"]}})
    report = nlp("I want to communicate better.")._.smart
    assert report.criteria["T"].findings == ()


def test_an_existing_plain_extension_is_reused(no_extension: None) -> None:
    Doc.set_extension(EXTENSION, default="untouched")
    nlp = spacy.blank("en")
    nlp.add_pipe("smartcheck")
    assert Doc.get_extension(EXTENSION)[0] == "untouched"  # not re-registered with force
    assert isinstance(nlp("I will learn Python.")._.smart, GoalReport)


def test_an_existing_getter_extension_is_not_clobbered(no_extension: None) -> None:
    Doc.set_extension(EXTENSION, getter=lambda doc: "theirs")
    with pytest.raises(ConfigError, match="already registered with a getter"):
        spacy.blank("en").add_pipe("smartcheck")
    assert spacy.blank("en")("x")._.smart == "theirs"


def test_bad_component_config_is_a_clear_error(no_extension: None) -> None:
    with pytest.raises(ConfigError, match="reference_date '23-11-2026'"):
        spacy.blank("nl").add_pipe("smartcheck", config={"reference_date": "23-11-2026"})


def test_pyproject_declares_the_factory_entry_point() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    target = project["project"]["entry-points"]["spacy_factories"]["smartcheck"]
    assert target == f"{make_smartcheck.__module__}:{make_smartcheck.__name__}"


def test_add_pipe_finds_the_factory_through_the_entry_point(tmp_path: Path) -> None:
    """A fresh interpreter that never imports smartcheck: spaCy loads the factory from the
    entry point (installed here as pip would, from pyproject.toml's declaration)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    target = project["project"]["entry-points"]["spacy_factories"]["smartcheck"]
    dist = tmp_path / "smartcheck_factory_probe-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: smartcheck-factory-probe\nVersion: 1.0\n", "utf-8"
    )
    (dist / "entry_points.txt").write_text(f"[spacy_factories]\nsmartcheck = {target}\n", "utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        import spacy
        assert "smartcheck" not in sys.modules
        nlp = spacy.blank("nl")
        nlp.add_pipe("smartcheck", config={{"reference_date": "{REF.isoformat()}"}})
        report = nlp("Ik wil beter worden in Excel.")._.smart
        print(type(report).__name__, report.is_smart, report.criteria["T"].passed)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["GoalReport", "False", "False"]
