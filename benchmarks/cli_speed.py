"""Speed of the command line, printed side by side from one run.

1. Cold start: ``smartcheck check`` on one 20-goal POP document in a fresh process, against a
   fresh process that only does ``spacy.load`` of the shipped Dutch pipeline (the issue's
   target: at most 1.5 times as long). Median of ``--repeat`` runs each.
2. Throughput: documents per second for ``smartcheck check FOLDER`` on a folder of
   ``--docs`` POP documents (three goals each), with ``--jobs 1`` and ``--jobs 2``.

The documents are generated here from a few sentence patterns (no development data). A
script, not a test: figures depend on the machine and on what else it is running.

    PYTHONPATH=src python benchmarks/cli_speed.py [--docs 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from smartcheck.configuration.resources import pipeline_dir

SUBJECTS = ["Excel", "plannen", "presenteren", "de klimaatcomputer", "het kassasysteem"]
PATTERNS = [
    "Ik wil beter worden in {s}.",
    "Vóór 1 juni 2027 rond ik de cursus {s} af met een certificaat.",
    "Binnen drie maanden kan ik {s} zelfstandig gebruiken zonder hulp van mijn collega.",
    "Ik ga vaker feedback vragen over {s} aan mijn teamleider.",
]


def document(goals: int, seed: int) -> str:
    lines = [f"# POP medewerker {seed}", "", f"Naam: medewerker {seed}", "", "## Leerdoelen", ""]
    for i in range(goals):
        pattern = PATTERNS[(seed + i) % len(PATTERNS)]
        lines.append(f"{i + 1}. " + pattern.format(s=SUBJECTS[(seed * 7 + i) % len(SUBJECTS)]))
    lines += ["", "## Reflectie", "", "Het afgelopen jaar heb ik veel geleerd.", ""]
    return "\n".join(lines)


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--docs", type=int, default=1000, help="documents in the folder (0: cold start only)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="cold runs per command")
    args = parser.parse_args()
    nl = pipeline_dir("nl")
    if nl is None:
        print("skipped: the shipped nl pipeline is not there")
        return 0
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).resolve().parents[1] / "src"), env.get("PYTHONPATH", "")]
    )
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="smartcheck-bench-") as temp:
        folder = Path(temp)
        single = folder / "one" / "pop.md"
        single.parent.mkdir()
        single.write_text(document(20, 1), encoding="utf-8")
        check = [python, "-m", "smartcheck", "check", str(single), "--reference-date", "2026-11-23"]
        load = [python, "-c", f"import spacy; spacy.load({str(nl)!r})"]
        cold_check = statistics.median(timed(check, env) for _ in range(args.repeat))
        # With the language given, detection (and its dictionaries) is skipped.
        cold_lang = statistics.median(
            timed([*check, "--lang", "nl"], env) for _ in range(args.repeat)
        )
        cold_load = statistics.median(timed(load, env) for _ in range(args.repeat))
        many = folder / "many"
        many.mkdir()
        for i in range(args.docs):
            (many / f"pop{i:04}.md").write_text(document(3, i), encoding="utf-8")
        rates = {}
        for jobs in (1, 2) if args.docs else ():
            command = [
                python,
                "-m",
                "smartcheck",
                "check",
                str(many),
                "--jobs",
                str(jobs),
                "--quiet",
                "--format",
                "concise",
                "--reference-date",
                "2026-11-23",
            ]
            rates[jobs] = args.docs / timed(command, env)
    print(
        f"cold smartcheck check, one 20-goal document : {cold_check:6.2f} s "
        f"(median of {args.repeat})"
    )
    print(
        f"cold python + spacy.load(shipped nl)        : {cold_load:6.2f} s "
        f"(median of {args.repeat})"
    )
    print(f"ratio (target <= 1.5)                       : {cold_check / cold_load:6.2f}")
    print(
        f"cold smartcheck check --lang nl, same doc   : {cold_lang:6.2f} s, ratio "
        f"{cold_lang / cold_load:.2f}"
    )
    for jobs, rate in rates.items():
        print(f"folder of {args.docs} documents x 3 goals, --jobs {jobs} : {rate:6.1f} documents/s")
    print(f"(machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
