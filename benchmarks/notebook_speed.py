"""Speed and memory of the analyst paths, side by side from one run.

Goals/s on synthetic goals (Dutch and English, vague to SMART, written from templates here):
bare ``nlp.pipe`` with the shipped pipelines (the floor: parsing only), ``check_frame`` with
``n_process`` 1 and 2, and ``check_dask`` on a LocalCluster with 2 worker processes (warm:
the workers' Checkers are built by a first run). Then the peak memory (max RSS) of fresh
processes running ``check_frame`` over a small and a large number of goals: with streaming,
the large run should cost little more than its result frame. A script, not a test: figures
depend on the machine.

    PYTHONPATH=src python benchmarks/notebook_speed.py                     # 10,000 / 100,000
    PYTHONPATH=src python benchmarks/notebook_speed.py --goals 1000 --memory-goals 5000
    PYTHONPATH=src python benchmarks/notebook_speed.py --skip dask --skip memory
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REF = date(2026, 11, 23)
DEPARTMENTS = ["Finance", "IT", "Care", "Sales", "HR"]
SKILLS = {
    "nl": ["Excel", "Python", "Power BI", "presenteren", "Spaans", "projectplanning"],
    "en": ["Excel", "Python", "Power BI", "public speaking", "Spanish", "project planning"],
}
DATES = {
    "nl": ["1 maart 2027", "1 juni 2027", "30 september 2027", "31 december 2027"],
    "en": ["1 March 2027", "1 June 2027", "30 September 2027", "31 December 2027"],
}
TEMPLATES = {
    "nl": [
        "Ik wil beter worden in {skill}.",
        "Ik probeer vaker feedback te vragen aan mijn collega's.",
        "Vóór {date} rond ik de cursus {skill} af met een certificaat.",
        "Uiterlijk {date} heb ik {n} klantgesprekken gevoerd en verslagen geschreven.",
        "Ik ga meer aandacht besteden aan {skill}.",
    ],
    "en": [
        "I want to get better at {skill}.",
        "I will try to communicate more with my team.",
        "By {date} I will have completed the {skill} course with a certificate.",
        "Before {date} I will write {n} short reports for our clients.",
        "I want to spend more time on {skill}.",
    ],
}


def synthetic_goals(count: int, seed: int = 13) -> Any:
    """A DataFrame of ``count`` goals with a department column."""
    import pandas as pd

    rng = random.Random(seed)
    rows = []
    for _ in range(count):
        lang = rng.choice(["nl", "en"])
        goal = rng.choice(TEMPLATES[lang]).format(
            skill=rng.choice(SKILLS[lang]), date=rng.choice(DATES[lang]), n=rng.randint(2, 12)
        )
        rows.append({"department": rng.choice(DEPARTMENTS), "goal": goal})
    return pd.DataFrame(rows)


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def bare_pipe(checker: Any, goals: Any) -> None:
    """The shipped pipelines alone over the same goals, each language through its own."""
    from smartcheck.reading.language import detect_language

    by_lang: dict[str, list[str]] = {"nl": [], "en": []}
    for text in goals["goal"]:
        by_lang[detect_language(text, default="nl")].append(text)
    for lang, texts in by_lang.items():
        for _ in checker.nlp(lang).pipe(texts, batch_size=256):
            pass


def speed(count: int, skip: set[str]) -> list[tuple[str, float]]:
    from smartcheck import Checker
    from smartcheck.notebook import check_frame

    goals = synthetic_goals(count)
    checker = Checker()
    check_frame(goals.head(50), checker=checker, reference_date=REF)  # load pipelines, warm up
    rows = [("nlp.pipe (shipped pipelines, parse only)", timed(lambda: bare_pipe(checker, goals)))]
    texts = list(goals["goal"])
    rows.append(
        (
            "check_many, results dropped (no frame)",
            timed(lambda: sum(1 for _ in checker.check_many(texts, reference_date=REF))),
        )
    )
    for n_process in (1, 2):
        elapsed = timed(
            lambda n=n_process: check_frame(
                goals, checker=checker, reference_date=REF, n_process=n, batch_size=256
            )
        )
        rows.append((f"check_frame n_process={n_process}", elapsed))
    if "dask" not in skip:
        rows.append(("check_dask, LocalCluster 2 workers (warm)", dask_time(goals)))
    return [(name, count / elapsed) for name, elapsed in rows]


def dask_time(goals: Any) -> float:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    from smartcheck.dask import check_dask

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster,
        Client(cluster),
    ):
        warm = dd.from_pandas(goals.head(40), npartitions=8)  # spread over both workers
        check_dask(warm, reference_date=REF).compute()  # each worker builds its Checker
        ddf = dd.from_pandas(goals, npartitions=8)
        return timed(lambda: check_dask(ddf, reference_date=REF).compute())


def memory_child(count: int) -> None:
    """Run in a fresh process: check ``count`` goals, print the peak RSS in MB."""
    from smartcheck.notebook import check_frame

    goals = synthetic_goals(count)
    out = check_frame(goals, reference_date=REF, batch_size=256)
    assert len(out) == count
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{peak_kb / 1024:.0f} {out.memory_usage(deep=True).sum() / 2**20:.1f}")


def memory(counts: list[int]) -> list[tuple[int, float, float]]:
    rows = []
    for count in counts:
        result = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--memory-child", str(count)],
            capture_output=True,
            text=True,
            check=True,
        )
        peak, frame = map(float, result.stdout.split())
        rows.append((count, peak, frame))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goals", type=int, default=10_000, help="goals for the speed runs")
    parser.add_argument("--memory-goals", type=int, default=100_000, help="the large memory run")
    parser.add_argument("--skip", action="append", default=[], choices=["dask", "memory"])
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    skip = set(args.skip)
    print(f"goals/s over {args.goals} synthetic goals (nl and en):")
    for name, rate in speed(args.goals, skip):
        print(f"  {name:45s} {rate:8.1f}")
    if "memory" not in skip:
        small = max(1, args.memory_goals // 10)
        print("peak memory of check_frame in a fresh process (max RSS; the result frame):")
        for count, peak, frame in memory([small, args.memory_goals]):
            print(f"  {count:>7d} goals: {peak:7.0f} MB   (result frame {frame:6.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
