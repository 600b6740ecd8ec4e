"""Dump every quote record ``find_quotes`` gives on the shared corpora, for before/after diffs.

    python bench/quote_dump.py OUTDIR [--corpus polnear-train polnear-dev bbc cnndm]
                                      [--disable SIEVE ...]

Writes one JSON Lines file per corpus (``OUTDIR/<corpus>.jsonl``): one line per quote with every
field of ``Quote`` plus the article id, in article order. A restructure of the quote finder is
byte-identical when these files are (``cmp`` or ``diff`` them); a behaviour change is read as
their diff. ``--disable`` switches sieves off by name (``find_quotes(..., disabled=...)``), to
compare against a finder without them. Skips, saying so, without ../shared.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import load_bbc, shared_dir  # noqa: E402
from quotes import polnear_article  # noqa: E402

from newscli.article import Article, parse_text  # noqa: E402
from newscli.quotes import find_quotes  # noqa: E402

CORPORA = ("polnear-train", "polnear-dev", "bbc", "cnndm")


def _polnear(base: Path, split: str) -> Iterator[tuple[str, Article]]:
    seen: set[str] = set()
    with open(base / "eval" / "polnear" / f"polnear_{split}.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["doc_id"] in seen:  # one record per annotator: the article once
                continue
            seen.add(rec["doc_id"])
            yield rec["doc_id"], polnear_article(rec)


def _cnndm(base: Path) -> Iterator[tuple[str, Article]]:
    with open(base / "eval" / "cnndm" / "cnndm_test_dev125.quotes.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            yield rec["id"], parse_text(rec["text"], rec["id"] + ".txt")


def articles(base: Path, corpus: str) -> Iterator[tuple[str, Article]]:
    if corpus.startswith("polnear-"):
        yield from _polnear(base, corpus.split("-", 1)[1])
    elif corpus == "bbc":
        for item in load_bbc():
            yield item.id, item.article
    else:
        yield from _cnndm(base)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--corpus", nargs="+", choices=CORPORA, default=list(CORPORA))
    ap.add_argument("--disable", nargs="+", default=[], metavar="SIEVE",
                    help="sieves to switch off by name (pipeline.SIEVES)")
    args = ap.parse_args(argv)
    base = shared_dir()
    if base is None:
        print("quote_dump: ../shared not found; skipped", file=sys.stderr)
        return 0
    disabled = frozenset(args.disable)
    args.outdir.mkdir(parents=True, exist_ok=True)
    for corpus in args.corpus:
        n = 0
        with open(args.outdir / f"{corpus}.jsonl", "w", encoding="utf-8") as out:
            for doc_id, article in articles(base, corpus):
                for q in find_quotes(article, disabled=disabled):
                    rec = {"id": doc_id, **dataclasses.asdict(q)}
                    out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
                    n += 1
        print(f"{corpus}: {n} quotes -> {args.outdir / (corpus + '.jsonl')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
