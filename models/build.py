#!/usr/bin/env python
"""Build smartcheck's small spaCy pipelines (nl, en) from Universal Dependencies.

The recipe, end to end and deterministic:

1. ``convert``: read the UD treebanks' CoNLL-U files (only dev and test are
   available), assign every *group* of sentences (a paragraph for the Dutch
   treebanks, a document for EWT) to train / dev / held-out by a seeded hash
   of the group id (80 / 10 / 10 buckets), and write one DocBin per split
   (documents of 10 consecutive sentences) to ``models/corpus/<lang>/``.
   A split manifest with counts goes to ``models/metrics/<lang>-splits.json``.
2. ``train``: ``python -m spacy train models/configs/<lang>.cfg`` on the train
   split, with the dev split for model selection; output in
   ``models/training/<lang>/``.
3. ``evaluate``: ``python -m spacy evaluate`` of ``model-best`` on the held-out
   split (never used for training or model selection), JSON to
   ``models/metrics/<lang>.json``.
4. ``package``: write ``model-best`` with smartcheck's metadata (name,
   version, licence, sources, held-out performance) to
   ``models/pipelines/<lang>/`` as a plain ``nlp.to_disk`` directory.

``corpus/`` and ``training/`` are git-ignored; the treebanks are read from
``../shared/data/ud`` (relative to the repository root) or ``--ud-dir``.

Usage::

    python models/build.py --lang nl
    python models/build.py --all
    python models/build.py --lang en --steps convert,evaluate,package
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MODELS_DIR = Path(__file__).resolve().parent
REPO_ROOT = MODELS_DIR.parent
DEFAULT_UD_DIR = REPO_ROOT.parent / "shared" / "data" / "ud"

PIPELINE_VERSION = "0.1.0"
LICENSE = "CC BY-SA 4.0"
STEPS = ("convert", "train", "evaluate", "package")
SPLITS = ("train", "dev", "heldout")
SENTS_PER_DOC = 10


@dataclass(frozen=True)
class Treebank:
    name: str  # folder name under the UD dir
    prefix: str  # file prefix, e.g. nl_alpino
    url: str
    group_by: str  # "paragraph" (from sent_id) or "document" (newdoc id)


TREEBANKS: dict[str, list[Treebank]] = {
    "nl": [
        Treebank(
            "UD_Dutch-Alpino",
            "nl_alpino",
            "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
            "paragraph",
        ),
        Treebank(
            "UD_Dutch-LassySmall",
            "nl_lassysmall",
            "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
            "paragraph",
        ),
    ],
    "en": [
        Treebank(
            "UD_English-EWT",
            "en_ewt",
            "https://github.com/UniversalDependencies/UD_English-EWT",
            "document",
        ),
    ],
}

# Dutch sent_ids look like "wiki-1181.p.10.s.1" or
# "WR-P-P-H-0000000105\WR-P-P-H-0000000105.p.5.s.4": the group is everything
# before ".s.<n>", i.e. the paragraph.
_PARAGRAPH_RE = re.compile(r"^(.*?\.p\.\d+)\.s\.")
# EWT sent_ids are "<newdoc id>-<4 digits>".
_EWT_DOC_RE = re.compile(r"^(.*)-\d+$")


@dataclass
class Sentence:
    treebank: str
    source_file: str
    sent_id: str
    group: str
    block: str  # the CoNLL-U lines of the sentence, comments included
    n_words: int  # syntactic words (no multiword ranges, no empty nodes)


def log(msg: str) -> None:
    print(f"[build {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def read_sentences(tb: Treebank, ud_dir: Path) -> list[Sentence]:
    """Read the dev and test CoNLL-U files of one treebank, in file order."""
    folder = ud_dir / tb.name
    files = sorted(folder.glob(f"{tb.prefix}-ud-*.conllu"))
    if not files:
        raise SystemExit(f"no CoNLL-U files for {tb.name} in {folder}")
    sentences: list[Sentence] = []
    for path in files:
        text = path.read_text(encoding="utf8")
        current_doc = ""
        for block in text.strip().split("\n\n"):
            lines = block.strip().split("\n")
            sent_id = ""
            n_words = 0
            for line in lines:
                if line.startswith("# newdoc id"):
                    current_doc = line.split("=", 1)[1].strip()
                elif line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[1].strip()
                elif line and not line.startswith("#"):
                    tok_id = line.split("\t", 1)[0]
                    if tok_id.isdigit():
                        n_words += 1
            if not sent_id:
                raise SystemExit(f"sentence without sent_id in {path}")
            if tb.group_by == "paragraph":
                m = _PARAGRAPH_RE.match(sent_id)
                group = m.group(1) if m else sent_id
            else:
                group = current_doc
                if not group:
                    m = _EWT_DOC_RE.match(sent_id)
                    group = m.group(1) if m else sent_id
            sentences.append(Sentence(tb.name, path.name, sent_id, group, block.strip(), n_words))
    return sentences


def split_of(treebank: str, group: str, seed: int) -> str:
    """Deterministic 80/10/10 bucket of a sentence group."""
    key = f"smartcheck:{seed}:{treebank}:{group}".encode()
    bucket = int(hashlib.sha256(key).hexdigest(), 16) % 100
    if bucket < 80:
        return "train"
    if bucket < 90:
        return "dev"
    return "heldout"


def convert(lang: str, ud_dir: Path, seed: int) -> dict[str, Any]:
    """Write models/corpus/<lang>/{train,dev,heldout}.spacy and a manifest."""
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs  # type: ignore[attr-defined]

    out_dir = MODELS_DIR / "corpus" / lang
    out_dir.mkdir(parents=True, exist_ok=True)
    by_split: dict[str, list[Sentence]] = {s: [] for s in SPLITS}
    for tb in TREEBANKS[lang]:
        for sent in read_sentences(tb, ud_dir):
            by_split[split_of(tb.name, sent.group, seed)].append(sent)

    manifest: dict[str, Any] = {
        "lang": lang,
        "seed": seed,
        "unit": {tb.name: tb.group_by for tb in TREEBANKS[lang]},
        "rule": "sha256('smartcheck:<seed>:<treebank>:<group>') % 100: "
        "<80 train, <90 dev, else heldout",
        "splits": {},
    }
    for split in SPLITS:
        sents = by_split[split]
        # conllu_to_docs merges consecutive sentences into documents of
        # SENTS_PER_DOC sentences; keep each treebank's own order.
        text = "\n\n".join(s.block for s in sents) + "\n"
        docs = list(conllu_to_docs(text, n_sents=SENTS_PER_DOC, no_print=True))  # type: ignore[no-untyped-call]
        DocBin(docs=docs, store_user_data=False).to_disk(out_dir / f"{split}.spacy")
        per_tb: dict[str, dict[str, Any]] = {}
        for tb in TREEBANKS[lang]:
            tb_sents = [s for s in sents if s.treebank == tb.name]
            per_tb[tb.name] = {
                "sentences": len(tb_sents),
                "tokens": sum(s.n_words for s in tb_sents),
                "groups": len({s.group for s in tb_sents}),
                "files": dict(Counter(s.source_file for s in tb_sents)),
            }
        ids = "\n".join(sorted(f"{s.treebank}/{s.sent_id}" for s in sents))
        manifest["splits"][split] = {
            "sentences": len(sents),
            "tokens": sum(s.n_words for s in sents),
            "docs": len(docs),
            "treebanks": per_tb,
            "sent_ids_sha256": hashlib.sha256(ids.encode("utf8")).hexdigest(),
        }
        log(
            f"{lang} {split}: {len(sents)} sentences, "
            f"{manifest['splits'][split]['tokens']} tokens, {len(docs)} docs"
        )
    metrics_dir = MODELS_DIR / "metrics"
    metrics_dir.mkdir(exist_ok=True)
    write_json(metrics_dir / f"{lang}-splits.json", manifest)
    return manifest


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf8")


def run(cmd: list[str], log_path: Path | None = None) -> float:
    """Run a command (streaming to stdout and optionally a log); return seconds."""
    log("$ " + " ".join(cmd))
    start = time.perf_counter()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    log_file = log_path if log_path else Path(os.devnull)
    with (
        subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        ) as proc,
        open(log_file, "w", encoding="utf8") as fh,
    ):
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(f"[{time.perf_counter() - start:6.0f}s] {line}")
            sys.stdout.flush()
            fh.write(line)
            fh.flush()
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}")
    return time.perf_counter() - start


def train(lang: str, extra: list[str]) -> dict[str, Any]:
    corpus = MODELS_DIR / "corpus" / lang
    out = MODELS_DIR / "training" / lang
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(MODELS_DIR / "configs" / f"{lang}.cfg"),
        "--output",
        str(out),
        "--paths.train",
        str(corpus / "train.spacy"),
        "--paths.dev",
        str(corpus / "dev.spacy"),
        *extra,
    ]
    seconds = run(cmd, out / "train.log")
    best_meta = json.loads((out / "model-best" / "meta.json").read_text())
    info = {
        "lang": lang,
        "command": " ".join(["python", "-m", "spacy", "train", *cmd[4:]]).replace(
            str(REPO_ROOT) + "/", ""
        ),
        "wall_seconds": round(seconds, 1),
        "dev_performance_of_model_best": best_meta.get("performance", {}),
        "last_log_row": last_table_row(out / "train.log"),
        "cpu_count": os.cpu_count(),
    }
    write_json(MODELS_DIR / "metrics" / f"{lang}-train.json", info)
    log(f"{lang} training took {seconds / 60:.1f} min")
    return info


def last_table_row(log_path: Path) -> str:
    rows = [
        line.strip()
        for line in log_path.read_text(encoding="utf8").splitlines()
        if re.match(r"^\s*\d+\s+\d+\s", line)
    ]
    return rows[-1] if rows else ""


def evaluate(lang: str) -> dict[str, Any]:
    model = MODELS_DIR / "training" / lang / "model-best"
    out = MODELS_DIR / "metrics" / f"{lang}.json"
    run(
        [
            sys.executable,
            "-m",
            "spacy",
            "evaluate",
            str(model),
            str(MODELS_DIR / "corpus" / lang / "heldout.spacy"),
            "--output",
            str(out),
        ]
    )
    scores: dict[str, Any] = json.loads(out.read_text())
    log(
        f"{lang} held-out: "
        + ", ".join(
            f"{k}={scores[k]:.4f}"
            for k in (
                "token_acc",
                "pos_acc",
                "morph_acc",
                "tag_acc",
                "dep_uas",
                "dep_las",
                "lemma_acc",
            )
            if k in scores
        )
    )
    return scores


def treebank_sources(lang: str, ud_dir: Path) -> list[dict[str, Any]]:
    sources = []
    for tb in TREEBANKS[lang]:
        commit_file = ud_dir / tb.name / "COMMIT"
        commit = commit_file.read_text().split()[0] if commit_file.exists() else ""
        sources.append(
            {
                "name": tb.name,
                "url": tb.url,
                "license": LICENSE,
                "commit": commit,
                "files": f"{tb.prefix}-ud-dev.conllu, {tb.prefix}-ud-test.conllu",
            }
        )
    return sources


def package(lang: str, ud_dir: Path) -> Path:
    import spacy

    model = MODELS_DIR / "training" / lang / "model-best"
    target = MODELS_DIR / "pipelines" / lang
    nlp = spacy.load(model)
    metrics_path = MODELS_DIR / "metrics" / f"{lang}.json"
    heldout = json.loads(metrics_path.read_text()) if metrics_path.exists() else {}
    keep = (
        "token_acc",
        "pos_acc",
        "morph_acc",
        "tag_acc",
        "dep_uas",
        "dep_las",
        "sents_f",
        "lemma_acc",
    )
    major, minor = spacy.about.__version__.split(".")[:2]
    tb_names = " and ".join(tb.name for tb in TREEBANKS[lang])
    nlp.meta.update(
        {
            "name": f"smartcheck_{lang}",
            "version": PIPELINE_VERSION,
            "description": (
                f"Small CPU pipeline for smartcheck ({lang}): tok2vec, tagger, "
                "morphologizer, parser, trainable_lemmatizer; no vectors. Trained on "
                f"80% of the dev and test files of {tb_names} (Universal Dependencies). "
                "Performance figures are on a held-out 10% never used for training "
                "or model selection; see models/README.md."
            ),
            "author": "smartcheck contributors",
            "email": "",
            "url": "",
            "license": LICENSE,
            "sources": treebank_sources(lang, ud_dir),
            "performance": {k: heldout[k] for k in keep if k in heldout},
            "performance_note": (
                f"spacy evaluate on the held-out split (models/metrics/{lang}.json); "
                "dep scores exclude punctuation"
            ),
            # pipelines trained with any 3.8.x load in any 3.8.x
            "spacy_version": f">={major}.{minor}.0,<{major}.{int(minor) + 1}.0",
        }
    )
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    # keep machine-specific absolute paths out of the shipped config
    cfg_path = target / "config.cfg"
    cfg_path.write_text(
        cfg_path.read_text(encoding="utf8").replace(str(REPO_ROOT) + "/", ""), encoding="utf8"
    )
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    log(f"{lang}: wrote {target.relative_to(REPO_ROOT)} ({size / 1e6:.1f} MB)")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--lang", choices=sorted(TREEBANKS), help="build one language")
    group.add_argument(
        "--all", action="store_true", help="build all languages, one after the other"
    )
    parser.add_argument(
        "--steps",
        default=",".join(STEPS),
        help=f"comma-separated subset of {','.join(STEPS)} (default: all)",
    )
    parser.add_argument(
        "--ud-dir",
        type=Path,
        default=Path(os.environ.get("SMARTCHECK_UD_DIR", DEFAULT_UD_DIR)),
        help="folder holding the UD_* treebank folders (default: ../shared/data/ud)",
    )
    parser.add_argument("--seed", type=int, default=0, help="split seed (default: 0)")
    args, extra = parser.parse_known_args(argv)
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    unknown = set(steps) - set(STEPS)
    if unknown:
        parser.error(f"unknown steps: {', '.join(sorted(unknown))}")
    if "convert" in steps and not args.ud_dir.is_dir():
        parser.error(f"treebank folder not found: {args.ud_dir}")
    langs = sorted(TREEBANKS) if args.all else [args.lang]
    # extra arguments (e.g. --training.max_steps 200) go to `spacy train`
    for lang in langs:
        for step in STEPS:
            if step not in steps:
                continue
            if step == "convert":
                convert(lang, args.ud_dir, args.seed)
            elif step == "train":
                train(lang, extra)
            elif step == "evaluate":
                evaluate(lang)
            elif step == "package":
                package(lang, args.ud_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
