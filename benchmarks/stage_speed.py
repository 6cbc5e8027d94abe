#!/usr/bin/env python
"""smartcheck against its parser, side by side from one run (a script, not a test).

Prints, with the target of issue 9 beside each figure:

1. ``import smartcheck`` and ``import spacy`` in a fresh interpreter;
2. the command line on one goal against a cold
   ``python -c "import spacy; spacy.load('models/pipelines/nl')"``;
3. per language: goals/s of bare ``nlp.pipe`` (the shipped pipeline loaded with
   ``spacy.load``) and of ``Checker.check_many`` on the same goals, with the default
   rewriter and with ``rewriter = "none"`` (what the rewrites cost);
4. per-goal cost at 200, 2,000 and 5,000 characters, as check_many / bare nlp.pipe;
5. ``check_many`` with ``n_process=1`` and ``n_process=2``;
6. resident memory while streaming --stream goals that each bring an unseen word.

The goals are ../shared/data/goals-dev.jsonl repeated (skipped when absent); the long goals
are those goals joined. Figures depend on the machine and on what else runs on it.

    PYTHONPATH=src python benchmarks/stage_speed.py [--goals 1000] [--stream 5000]
        [--stream-model shipped|blank] [--repeats 3] [--skip cold,throughput,length,pool,memory]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "goals-dev.jsonl"
PIPELINES = REPO / "models" / "pipelines"
REF = date(2026, 11, 23)
LANGS = ("nl", "en")


def _env(pycache: str) -> dict[str, str]:
    """The environment of a fresh process, with a bytecode cache as an installed package has
    one (pip compiles it): without it every run compiles smartcheck's modules from source."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": pycache}


def _run(code: list[str], repeats: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall time and CPU time of a fresh process (a first run, not counted, warms the
    disk and bytecode caches)."""
    walls, cpus = [], []
    for i in range(repeats + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(code, check=False, capture_output=True, cwd=REPO, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if i:
            walls.append(time.perf_counter() - start)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def _import_seconds(module: str, repeats: int, env: dict[str, str]) -> float:
    """Median time of ``import module`` inside a fresh interpreter (startup not counted)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    runs = []
    for i in range(repeats + 1):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env
        )
        if i:
            runs.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


def cold_starts(repeats: int) -> None:
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="smartcheck-pyc-") as pycache:
        env = _env(pycache)
        imp = _import_seconds("smartcheck", repeats, env)
        spacy_imp = _import_seconds("spacy", repeats, env)
        checker_imp = _import_seconds("smartcheck.checker", repeats, env)
        start = _run([py, "-c", "pass"], repeats, env)
        load = _run(
            [py, "-c", f"import spacy; spacy.load({str(PIPELINES / 'nl')!r})"], repeats, env
        )
        goal = "Ik wil vóór 1 juni 2027 mijn VCA-certificaat halen."
        cli = _run([py, "-m", "smartcheck", "--lang", "nl", goal], repeats, env)
    print(f"== cold starts (median of {repeats} fresh processes, bytecode cached; wall / CPU)")
    print(f"import smartcheck               {imp:6.3f} s   target <= 0.300 s")
    print(
        f"import smartcheck.checker       {checker_imp:6.3f} s   (import spacy {spacy_imp:.3f} s)"
    )
    print(f"python -c pass                  {start[0]:6.2f} s  {start[1]:6.2f} s")
    print(f"python -m smartcheck, one goal  {cli[0]:6.2f} s  {cli[1]:6.2f} s")
    print(f"python -c 'spacy.load(nl)'      {load[0]:6.2f} s  {load[1]:6.2f} s")
    print(
        f"CLI / cold spacy.load           {cli[0] / load[0]:6.2f}    {cli[1] / load[1]:6.2f}"
        "     target <= 1.30"
    )


def _goals(lang: str) -> list[str]:
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    return [r["text"] for r in rows if r["lang"] == lang]


def _repeat(texts: list[str], n: int) -> list[str]:
    return (texts * (n // len(texts) + 1))[:n]


def _long(texts: list[str], chars: int) -> list[str]:
    """Goals of about ``chars`` characters: the dev goals joined, each text a new rotation."""
    out = []
    for k in range(len(texts)):
        rotated = texts[k:] + texts[:k]
        joined = ""
        i = 0
        while len(joined) < chars:
            joined += (" " if joined else "") + rotated[i % len(rotated)]
            i += 1
        out.append(joined[:chars].rsplit(" ", 1)[0])
    return out


def _rate(fn: Callable[[], int]) -> float:
    start = time.perf_counter()
    count = fn()
    return count / (time.perf_counter() - start)


def _bare(lang: str) -> Any:
    import spacy

    return spacy.load(PIPELINES / lang, exclude=["ner", "textcat", "entity_linker"])


def _rates(fn: Callable[[], int]) -> tuple[float, float]:
    """Goals per wall-clock second and per CPU second of this process (the second is steadier
    on a shared machine, where other jobs take the cores for a while)."""
    start, cpu = time.perf_counter(), time.process_time()
    count = fn()
    return count / (time.perf_counter() - start), count / (time.process_time() - cpu)


def _check_rates(checker: Any, texts: list[str], lang: str) -> tuple[float, float]:
    list(checker.check_many(texts[:100], lang=lang, reference_date=REF))  # warm up
    return _rates(
        lambda: sum(
            1 for _ in checker.check_many(texts, lang=lang, reference_date=REF, batch_size=256)
        )
    )


def throughput(n: int, checker: Any) -> None:
    from smartcheck import Checker

    plain = Checker({"rewriter": "none"})
    print(f"\n== throughput, {n} goals per language, batch_size 256 (goals/s; per CPU second)")
    print("lang  clock  bare nlp.pipe  check_many  ratio  no rewrites  ratio   target >= 0.70")
    for lang in LANGS:
        texts = _repeat(_goals(lang), n)
        nlp = _bare(lang)
        list(nlp.pipe(texts[:100]))
        bare = _rates(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=256)))  # noqa: B023
        check = _check_rates(checker, texts, lang)
        quick = _check_rates(plain, texts, lang)
        for i, clock in enumerate(("wall", "cpu")):
            print(
                f"{lang:4s}  {clock:5s}  {bare[i]:13.1f}  {check[i]:10.1f}"
                f"  {check[i] / bare[i]:5.2f}  {quick[i]:11.1f}  {quick[i] / bare[i]:5.2f}"
            )


def by_length(checker: Any) -> None:
    print("\n== per-goal cost by length (ms per goal; ratio = check_many / bare nlp.pipe)")
    print("lang  chars  bare ms  check ms  ratio   (target: ratio at 2,000 and 5,000 <= at 200)")
    for lang in LANGS:
        nlp = _bare(lang)
        base = _goals(lang)
        for chars in (200, 2000, 5000):
            texts = _long(base, chars)[: max(4, 40 * 200 // chars)]
            list(checker.check_many(texts[:2], lang=lang, reference_date=REF))
            bare = 1000 / _rate(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)))  # noqa: B023
            check = 1000 / _rate(
                lambda: sum(1 for _ in checker.check_many(texts, lang=lang, reference_date=REF))  # noqa: B023
            )
            print(f"{lang:4s}  {chars:5d}  {bare:7.1f}  {check:8.1f}  {check / bare:5.2f}")


def pool(n: int, checker: Any) -> None:
    print(f"\n== n_process, {n} goals of both languages (goals/s)")
    texts = _repeat([t for lang in LANGS for t in _goals(lang)], n)
    random.Random(1).shuffle(texts)
    rates = {}
    for n_process in (1, 2):
        rates[n_process] = _rate(
            lambda: sum(
                1
                for _ in checker.check_many(
                    texts,
                    reference_date=REF,
                    batch_size=256,
                    n_process=n_process,  # noqa: B023
                )
            )
        )
        print(f"n_process={n_process}  {rates[n_process]:8.1f}")
    print(f"n_process 2 / 1 = {rates[2] / rates[1]:.2f}   target >= 1.60 with two free cores")


def _rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _unseen(n: int) -> Iterator[str]:
    rng = random.Random(7)
    frames = (
        "Ik wil vóór 1 juni 2027 de {w}-training afronden.",
        "I will finish the {w} course before 1 June 2027.",
        "Ik leer elke week drie nieuwe {w}-begrippen.",
        "I want to get better at {w}.",
    )
    for i in range(n):
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(9))
        yield frames[i % len(frames)].format(w=word)


def memory(n: int, checker: Any) -> None:
    model = checker.config.model or "shipped"
    print(f"\n== memory while streaming {n} goals, each with an unseen word (RSS, MiB; {model})")
    marks = sorted({n // 10, n // 2, n})
    gc.collect()
    before = _rss_mib()
    seen = {}
    for i, _ in enumerate(checker.check_many(_unseen(n), reference_date=REF, batch_size=256), 1):
        if i in marks:
            gc.collect()
            seen[i] = _rss_mib()
    for i in marks:
        print(f"after {i:7d} goals  {seen[i]:7.1f}")
    first = marks[0]
    growth = (seen[n] - seen[first]) / max(1, n - first) * 1000
    print(f"growth after the first {first}: {growth:.3f} MiB per 1,000 goals (start {before:.1f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--goals", type=int, default=1000, help="goals per throughput run")
    parser.add_argument("--stream", type=int, default=5000, help="goals streamed for memory")
    parser.add_argument(
        "--stream-model",
        default="shipped",
        help="memory stream on the shipped pipeline, or blank without rewrites (fast)",
    )
    parser.add_argument("--repeats", type=int, default=3, help="fresh processes per cold start")
    parser.add_argument(
        "--skip", default="", help="comma list of: cold,throughput,length,pool,memory"
    )
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    if "cold" not in skip:
        cold_starts(args.repeats)
    if not DATA.exists():
        print(f"skipped the rest: {DATA} not found (needs ../shared beside the repo)")
        return 0
    from smartcheck import Checker

    checker = Checker()
    if "throughput" not in skip:
        throughput(args.goals, checker)
    if "length" not in skip:
        by_length(checker)
    if "pool" not in skip:
        pool(args.goals, checker)
    if "memory" not in skip:
        streamer = (
            checker
            if args.stream_model == "shipped"
            else Checker({"model": "blank", "rewriter": "none"})
        )
        memory(args.stream, streamer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
