"""What each sieve of the quote finder is worth: switch it off alone and score again.

    python bench/ablate.py [--sieves NAME ...] [--corpus polnear-dev polnear-train cnndm]
                           [--jobs 2] [--json PATH]
    python bench/quotes.py --ablate  (the same)

For every sieve in ``newscli.quotes.pipeline.SIEVES`` (or those named), find_quotes runs with
that one sieve disabled and the corpora are scored as the baseline is:
  - PolNeAR dev and train: bench/quotes.py's protocol (score_polnear), quote-marked F1 and
    speaker accuracy, and indirect F1;
  - CNN/DM dev (125 articles): ../shared/eval/score_quotes.py --pred --json over
    `newscli quotes --jsonl`-style records (path = <id>.txt): lenient F1, named-speaker
    accuracy and the junk-speaker rate.
Each row gives the change from the baseline (negative: the sieve helps). Takes a few minutes
(about 56 runs over the three corpora; --jobs processes in parallel). Skips without ../shared.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from functools import partial
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _data  # noqa: E402
import quotes as qbench  # noqa: E402

from newscli.article import Article, parse_text  # noqa: E402
from newscli.quotes import find_quotes  # noqa: E402
from newscli.quotes.pipeline import SIEVE_NAMES  # noqa: E402

CORPORA = ("polnear-dev", "polnear-train", "cnndm")
_ARTICLES: dict[str, Article] = {}  # parsed once per process
_CNNDM: list[tuple[str, Article]] = []


def _cached_polnear(rec: dict, orig: Any = qbench.polnear_article) -> Article:
    art = _ARTICLES.get(rec["doc_id"])
    if art is None:
        art = _ARTICLES[rec["doc_id"]] = orig(rec)
    return art


def _cnndm_articles(base: Path) -> list[tuple[str, Article]]:
    if not _CNNDM:
        path = base / "eval" / "cnndm" / "cnndm_test_dev125.quotes.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                _CNNDM.append((rec["id"], parse_text(rec["text"], rec["id"] + ".txt")))
    return _CNNDM


def _polnear(base: Path, split: str, disabled: frozenset[str]) -> dict[str, float]:
    qbench.polnear_article = _cached_polnear
    qbench.find_quotes = partial(find_quotes, disabled=disabled)
    with contextlib.redirect_stdout(io.StringIO()):
        res = qbench.score_polnear(base / "eval" / "polnear" / f"polnear_{split}.jsonl", None)
    qm, ind = res["quote-marked"], res["indirect"]
    return {"qm_f1": float(qm["f1"] or 0), "qm_spk": float(qm["speaker_accuracy"] or 0),
            "ind_f1": float(ind["f1"] or 0)}


def _cnndm(base: Path, disabled: frozenset[str]) -> dict[str, float]:
    gold = base / "eval" / "cnndm" / "cnndm_test_dev125.quotes.jsonl"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8",
                                     delete=False) as out:
        for doc_id, article in _cnndm_articles(base):
            for q in find_quotes(article, disabled=disabled):
                rec = {"path": f"{doc_id}.txt", "speaker": q.speaker, "kind": q.kind,
                       "text": q.text, "cue": q.cue, "start": q.start, "end": q.end,
                       "paragraph": q.paragraph}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    try:
        p = subprocess.run([sys.executable, str(base / "eval" / "score_quotes.py"), str(gold),
                            "--pred", out.name, "--json"], capture_output=True, text=True,
                           check=True)
    finally:
        os.unlink(out.name)
    s = json.loads(p.stdout)
    return {"cnn_f1": float(s["F"]), "cnn_named": float(s["named_acc"]),
            "cnn_junk": float(s["junk"])}


def measure(disabled: frozenset[str], corpora: Iterable[str]) -> dict[str, float]:
    base = _data.shared_dir()
    assert base is not None
    row: dict[str, float] = {}
    for corpus in corpora:
        if corpus.startswith("polnear-"):
            split = corpus.split("-", 1)[1]
            row.update({f"{split}_{k}": v for k, v in _polnear(base, split, disabled).items()})
        else:
            row.update(_cnndm(base, disabled))
    return row


def _job(args: tuple[str, tuple[str, ...]]) -> tuple[str, dict[str, float]]:
    name, corpora = args
    return name, measure(frozenset([name]) if name else frozenset(), corpora)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sieves", nargs="+", choices=SIEVE_NAMES, default=list(SIEVE_NAMES))
    ap.add_argument("--corpus", nargs="+", choices=CORPORA, default=list(CORPORA))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", type=Path, default=None, help="also write the rows as JSON")
    args = ap.parse_args(argv)
    if _data.shared_dir() is None:
        print("bench/ablate.py: ../shared not found; skipped", file=sys.stderr)
        return 0
    corpora = tuple(args.corpus)
    jobs = [("", corpora)] + [(n, corpora) for n in args.sieves]
    with Pool(max(1, args.jobs)) as pool:
        rows = dict(pool.imap(_job, jobs))
    base = rows.pop("")
    keys = list(base)
    print(f"{'baseline':<36}" + "".join(f"{k:>14}" for k in keys))
    print(f"{'':<36}" + "".join(f"{base[k]:>14.4f}" for k in keys))
    print("sieve switched off (change from the baseline; negative: the sieve helps)")
    for name in args.sieves:
        print(f"{name:<36}" + "".join(f"{rows[name][k] - base[k]:>+14.4f}" for k in keys))
    if args.json:
        args.json.write_text(json.dumps({"baseline": base, "off": rows}, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
