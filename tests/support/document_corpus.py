"""The POP document corpus (tests/documents/corpus): building the .docx files from their
specs with python-docx, and goal-finding precision and recall against expected.yaml.

Shared by tests/documents/test_corpus.py and benchmarks/accuracy_documents.py.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from docx import Document

CORPUS = Path(__file__).resolve().parents[1] / "documents" / "corpus"
EXPECTED = CORPUS / "expected.yaml"
HELDOUT = CORPUS / "expected_heldout.yaml"
UNSEEN = CORPUS / "expected_unseen.yaml"
SETS = (("tuning set", EXPECTED), ("held-out set", HELDOUT), ("unseen set", UNSEEN))


def build_docx(spec: list[dict[str, Any]]) -> bytes:
    """A .docx from a block list: title, heading (level), p (style), bold, quote, table."""
    doc = Document()
    for block in spec:
        if "title" in block:
            doc.add_heading(block["title"], 0)
        elif "heading" in block:
            doc.add_heading(block["heading"], block.get("level", 1))
        elif "p" in block:
            doc.add_paragraph(block["p"], style=block.get("style"))
        elif "bold" in block:
            doc.add_paragraph().add_run(block["bold"]).bold = True
        elif "quote" in block:
            doc.add_paragraph(block["quote"], style="Quote")
        elif "table" in block:
            rows = block["table"]
            table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.rows[r].cells[c].text = str(text)
        else:
            raise ValueError(f"unknown block {block!r}")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class CorpusDocument:
    name: str  # as listed in expected.yaml ('x.docx' for a spec 'x.docx.yaml')
    data: bytes
    goals: tuple[str, ...]
    context: dict[int, dict[str, str]]


def corpus(expected_file: Path = EXPECTED) -> Iterator[CorpusDocument]:
    """The documents listed in ``expected_file`` (the tuning set, or HELDOUT)."""
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    for name, entry in expected.items():
        path = CORPUS / name
        if name.endswith(".docx"):
            spec = yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8"))
            data = build_docx(spec)
        else:
            data = path.read_bytes()
        context = {
            int(k): {r: str(v) for r, v in c.items()} for k, c in entry.get("context", {}).items()
        }
        yield CorpusDocument(name, data, tuple(entry["goals"]), context)


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Score:
    true_positive: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_positive / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.expected if self.expected else 1.0

    def add(self, found: list[str], expected: tuple[str, ...]) -> None:
        left = [_norm(e) for e in expected]
        for text in found:
            if _norm(text) in left:
                left.remove(_norm(text))
                self.true_positive += 1
        self.found += len(found)
        self.expected += len(expected)


def score_corpus(
    found_by_name: dict[str, list[str]], expected_file: Path = EXPECTED
) -> tuple[Score, dict[str, Score]]:
    total, per_doc = Score(), {}
    for doc in corpus(expected_file):
        score = Score()
        score.add(found_by_name[doc.name], doc.goals)
        total.add(found_by_name[doc.name], doc.goals)
        per_doc[doc.name] = score
    return total, per_doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Goal-finding precision and recall on the corpus")
    parser.add_argument("--verbose", action="store_true", help="show misses and extras")
    args = parser.parse_args(argv)
    from smartcheck import Checker, Config

    checker = Checker(Config(model={"nl": "blank", "en": "blank"}))  # finding needs no parse
    print(f"{'document':40} {'expected':>8} {'found':>6} {'correct':>7} {'P':>6} {'R':>6}")
    overall, count = Score(), 0
    for label, expected_file in SETS:
        found: dict[str, list[str]] = {}
        docs = list(corpus(expected_file))
        for doc in docs:
            result = checker.check_document(doc.name, data=doc.data)
            if result.errors:
                print(f"{doc.name}: {result.errors[0].message}")
            found[doc.name] = [g.text for g in result.goals]
        total, per_doc = score_corpus(found, expected_file)
        for doc in docs:
            s = per_doc[doc.name]
            print(
                f"{doc.name:40} {s.expected:8} {s.found:6} {s.true_positive:7} "
                f"{s.precision:6.3f} {s.recall:6.3f}"
            )
            if args.verbose:
                expected = [_norm(g) for g in doc.goals]
                for text in found[doc.name]:
                    if _norm(text) not in expected:
                        print(f"    extra: {text}")
                for goal in doc.goals:
                    if _norm(goal) not in [_norm(t) for t in found[doc.name]]:
                        print(f"    missed: {goal}")
        overall.true_positive += total.true_positive
        overall.found += total.found
        overall.expected += total.expected
        count += len(docs)
        name = f"ALL {label} ({len(docs)} documents)"
        print(
            f"{name:40} {total.expected:8} {total.found:6} "
            f"{total.true_positive:7} {total.precision:6.3f} {total.recall:6.3f}\n"
        )
    name = f"ALL SETS ({count} documents)"
    print(
        f"{name:40} {overall.expected:8} {overall.found:6} "
        f"{overall.true_positive:7} {overall.precision:6.3f} {overall.recall:6.3f}"
    )
    return 0
