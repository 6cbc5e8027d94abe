#!/usr/bin/env python
"""Compare lemma sources on the held-out split of the UD treebanks.

For each gold-tokenized held-out sentence the shipped pipeline is run on the
gold tokens (so every variant is scored on exactly the same tokens) and these
lemma sources are compared with the gold UD lemma:

* ``identity``: the word form unchanged;
* ``trained``: the pipeline's trainable_lemmatizer;
* ``simplemma``: ``simplemma.lemmatize(token.text, lang=...)`` for every token;
* ``hybrid_VANJ``: simplemma when the *predicted* UPOS is VERB, AUX, NOUN or
  ADJ, the trained lemmatizer otherwise;
* ``hybrid_VAN``: the same for VERB, AUX and NOUN only;
* ``hybrid_VNJ``: the same for VERB, NOUN and ADJ (AUX from the trained
  lemmatizer, which handles "'s", "ca", "wo" in English);
* ``hybrid_notPROPN``: simplemma unless the predicted UPOS is PROPN, NUM, X or
  SYM (trained lemmatizer there).

Two scores per variant: ``strict`` (exact string match, case-sensitive, as
spaCy's ``lemma_acc``) and ``relaxed`` (lower-cased, and with the underscores
that the Dutch treebanks put at compound and particle-verb boundaries removed,
e.g. gold ``aandacht_punt``/``uit_zien``). Scores are also given for the
content tokens whose *gold* UPOS is VERB, AUX, NOUN or ADJ.

Usage::

    python models/eval_lemmas.py --lang nl
    python models/eval_lemmas.py --all

Needs ``models/corpus/<lang>/heldout.spacy`` (made by ``models/build.py
--steps convert``) and ``models/pipelines/<lang>``. Writes
``models/metrics/<lang>-lemmas.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

MODELS_DIR = Path(__file__).resolve().parent
LANGS = ("en", "nl")
CONTENT = {"VERB", "AUX", "NOUN", "ADJ"}
HYBRIDS = {
    "hybrid_VANJ": {"VERB", "AUX", "NOUN", "ADJ"},
    "hybrid_VAN": {"VERB", "AUX", "NOUN"},
    "hybrid_VNJ": {"VERB", "NOUN", "ADJ"},
}
# simplemma for every token except predicted PROPN/NUM/X/SYM (trained there)
NOT_SIMPLEMMA = {"PROPN", "NUM", "X", "SYM"}


def _rel(path: Path) -> str:
    root = MODELS_DIR.parent
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def relax(lemma: str) -> str:
    return lemma.replace("_", "").lower()


def evaluate(lang: str, pipeline: Path, corpus: Path) -> dict[str, Any]:
    import simplemma
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.load(pipeline)
    gold_docs = list(DocBin().from_disk(corpus).get_docs(nlp.vocab))
    variants = ["identity", "trained", "simplemma", *HYBRIDS, "hybrid_notPROPN"]
    t0 = time.perf_counter()
    simplemma.lemmatize("warm", lang=lang)  # loads the language's dictionary
    simplemma_load_seconds = time.perf_counter() - t0
    # counts[variant][scope][metric]
    correct: dict[str, Any] = {v: defaultdict(lambda: defaultdict(int)) for v in variants}
    totals: dict[str, Any] = defaultdict(int)
    by_gold_pos: dict[tuple[str, str], Any] = defaultdict(lambda: defaultdict(int))
    by_gold_pos_total: dict[str, Any] = defaultdict(int)
    simplemma_seconds = 0.0
    n_simplemma = 0
    for gold in gold_docs:
        pred = Doc(
            nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold]
        )
        for _, proc in nlp.pipeline:
            pred = proc(pred)
        for g, p in zip(gold, pred, strict=True):
            t0 = time.perf_counter()
            sm = simplemma.lemmatize(p.text, lang=lang)
            simplemma_seconds += time.perf_counter() - t0
            n_simplemma += 1
            guesses = {
                "identity": p.text,
                "trained": p.lemma_,
                "simplemma": sm,
            }
            for name, tags in HYBRIDS.items():
                guesses[name] = sm if p.pos_ in tags else p.lemma_
            guesses["hybrid_notPROPN"] = p.lemma_ if p.pos_ in NOT_SIMPLEMMA else sm
            scopes = ["all"] + (["content"] if g.pos_ in CONTENT else [])
            for scope in scopes:
                totals[scope] += 1
            by_gold_pos_total[g.pos_] += 1
            for name, guess in guesses.items():
                strict = guess == g.lemma_
                relaxed = relax(guess) == relax(g.lemma_)
                for scope in scopes:
                    correct[name][scope]["strict"] += strict
                    correct[name][scope]["relaxed"] += relaxed
                by_gold_pos[(name, g.pos_)]["strict"] += strict
    result: dict[str, Any] = {
        "lang": lang,
        "pipeline": _rel(pipeline),
        "corpus": _rel(corpus),
        "tokens": totals["all"],
        "content_tokens": totals["content"],
        "tokenization": "gold",
        "simplemma_dictionary_load_seconds": round(simplemma_load_seconds, 3),
        "simplemma_us_per_token": round(1e6 * simplemma_seconds / max(n_simplemma, 1), 2),
        "accuracy": {},
        "strict_by_gold_upos": {},
    }
    for name in variants:
        result["accuracy"][name] = {
            f"{scope}_{metric}": round(correct[name][scope][metric] / totals[scope], 4)
            for scope in ("all", "content")
            for metric in ("strict", "relaxed")
        }
    for pos in sorted(by_gold_pos_total, key=lambda x: -by_gold_pos_total[x]):
        result["strict_by_gold_upos"][pos] = {
            "n": by_gold_pos_total[pos],
            **{
                name: round(by_gold_pos[(name, pos)]["strict"] / by_gold_pos_total[pos], 4)
                for name in variants
            },
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--lang", choices=LANGS)
    group.add_argument("--all", action="store_true")
    parser.add_argument("--pipeline", type=Path, help="default: models/pipelines/<lang>")
    parser.add_argument("--corpus", type=Path, help="default: models/corpus/<lang>/heldout.spacy")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    for lang in LANGS if args.all else [args.lang]:
        pipeline = args.pipeline or MODELS_DIR / "pipelines" / lang
        corpus = args.corpus or MODELS_DIR / "corpus" / lang / "heldout.spacy"
        if not corpus.exists():
            hint = f"python models/build.py --lang {lang} --steps convert"
            print(f"{corpus} not found: run `{hint}` first", file=sys.stderr)
            return 1
        res = evaluate(lang, pipeline, corpus)
        print(
            f"== {lang}: {res['tokens']} tokens of {corpus.name} "
            f"({res['content_tokens']} VERB/AUX/NOUN/ADJ), gold tokenization"
        )
        print(f"{'variant':<16} {'all':>8} {'all-rlx':>8} {'content':>8} {'cont-rlx':>8}")
        for name, acc in res["accuracy"].items():
            print(
                f"{name:<16} {acc['all_strict']:8.2%} {acc['all_relaxed']:8.2%} "
                f"{acc['content_strict']:8.2%} {acc['content_relaxed']:8.2%}"
            )
        if not args.no_write:
            out = MODELS_DIR / "metrics" / f"{lang}-lemmas.json"
            out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf8")
            print(f"wrote {out.relative_to(MODELS_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
