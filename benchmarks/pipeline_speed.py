#!/usr/bin/env python
"""Speed of smartcheck's shipped spaCy pipelines (a script, not a test).

Prints, per language (nl, en):

* cold load time in a fresh subprocess: ``import spacy`` and
  ``spacy.load("models/pipelines/<lang>")`` (median of --repeats runs), and the
  same for ``spacy.blank(lang)``;
* throughput of ``nlp.pipe`` on the goal texts of
  ``../shared/data/goals-dev.jsonl`` repeated to at least --goals goals per
  language, for the shipped pipeline and for ``spacy.blank(lang)``, at each
  batch size: goals/s, words/s (spaCy tokens, ``len(doc)``) and ms per
  goal. One process, one thread (n_process=1).

Usage::

    python benchmarks/pipeline_speed.py
    python benchmarks/pipeline_speed.py --goals 5000 --batch-sizes 256 --lang nl

Exits 0 with a SKIP message if ../shared (the goal texts) is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
GOALS_FILE = REPO_ROOT.parent / "shared" / "data" / "goals-dev.jsonl"
PIPELINES = REPO_ROOT / "models" / "pipelines"
LANGS = ("nl", "en")

_COLD_SNIPPET = """
import json, sys, time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
target = sys.argv[1]
nlp = spacy.blank(target) if len(target) == 2 else spacy.load(target)
t2 = time.perf_counter()
nlp("Ik wil in Q2 mijn VCA-certificaat halen.")
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "first_doc": t3 - t2}))
"""


def cold_load(target: str, repeats: int) -> dict[str, Any]:
    runs = []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", _COLD_SNIPPET, target],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in ("import", "load", "first_doc")}


def throughput(nlp: Any, texts: list[str], batch_size: int) -> dict[str, Any]:
    # warm-up, not timed
    for _ in nlp.pipe(texts[: 2 * batch_size], batch_size=batch_size):
        pass
    n_words = 0
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        n_words += len(doc)
    seconds = time.perf_counter() - start
    return {
        "goals": len(texts),
        "words": n_words,
        "seconds": seconds,
        "goals_per_s": len(texts) / seconds,
        "words_per_s": n_words / seconds,
        "ms_per_goal": 1000 * seconds / len(texts),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=LANGS, action="append", help="default: all")
    parser.add_argument(
        "--goals", type=int, default=20_000, help="minimum goals per language (default 20000)"
    )
    parser.add_argument("--batch-sizes", default="64,256", help="comma-separated (default 64,256)")
    parser.add_argument(
        "--repeats", type=int, default=3, help="cold-load runs per target (default 3)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    if not GOALS_FILE.exists():
        print(f"SKIP: {GOALS_FILE} not found (../shared is absent); nothing to benchmark.")
        return 0
    import spacy

    batch_sizes = [int(b) for b in args.batch_sizes.split(",") if b.strip()]
    goals = [
        json.loads(line)
        for line in GOALS_FILE.read_text(encoding="utf8").splitlines()
        if line.strip()
    ]
    py = sys.version.split()[0]
    print(f"spaCy {spacy.about.__version__}, Python {py}, goals from {GOALS_FILE.name}")
    report: dict[str, Any] = {}
    for lang in args.lang or LANGS:
        base = [g["text"] for g in goals if g.get("lang") == lang]
        path = PIPELINES / lang
        print(f"\n== {lang}: {len(base)} distinct goals")
        if not base:
            print("  no goals for this language; skipped")
            continue
        texts = (base * (args.goals // len(base) + 1))[: max(args.goals, len(base))]
        report[lang] = {"distinct_goals": len(base), "cold": {}, "pipe": {}}
        targets = [("blank", lang)]
        if (path / "meta.json").exists():
            targets.insert(0, ("pipeline", str(path)))
        else:
            rel = path.relative_to(REPO_ROOT)
            print(f"  pipeline {rel} not found; only spacy.blank is measured")
        for label, target in targets:
            cold = cold_load(target, args.repeats)
            report[lang]["cold"][label] = cold
            print(
                f"  cold {label:<8}: import spacy {cold['import']:.2f} s"
                f" + load {cold['load']:.2f} s"
                f" = {cold['import'] + cold['load']:.2f} s"
                f" (first doc {1000 * cold['first_doc']:.0f} ms;"
                f" median of {args.repeats})"
            )
        for label, target in targets:
            nlp = spacy.blank(target) if label == "blank" else spacy.load(target)
            for bs in batch_sizes:
                r = throughput(nlp, texts, bs)
                report[lang]["pipe"][f"{label}@{bs}"] = r
                print(
                    f"  pipe {label:<8} batch {bs:>4}: {r['goals']} goals, {r['words']} words"
                    f" in {r['seconds']:.1f} s"
                    f" -> {r['goals_per_s']:,.0f} goals/s, {r['words_per_s']:,.0f} words/s,"
                    f" {r['ms_per_goal']:.3f} ms/goal"
                )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
