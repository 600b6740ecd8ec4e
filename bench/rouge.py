"""ROUGE of every summariser on the shared evaluation sets.

    .venv/bin/python bench/rouge.py                      # everything (several minutes)
    .venv/bin/python bench/rouge.py --limit 50           # quick look
    .venv/bin/python bench/rouge.py --datasets cnndm --algorithms news,lead

ROUGE F1 (x100) with stemming from the rouge-score package; RLsum is rougeLsum with one sentence
a line. CNN/DM: 3 sentences; BBC: as many sentences as the reference has. Articles/second counts
summarising only (no scoring), including the first call's imports; tasks run in a pool of
--jobs processes, so timings of parallel tasks share the CPU. Results are also written to
bench/results/rouge.json and bench/results/rouge.txt.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _data  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


@lru_cache(maxsize=4)
def _items(dataset: str, limit: int | None) -> list[_data.EvalItem]:
    return _data.load(dataset, limit)


def run(dataset: str, algorithm: str, limit: int | None) -> dict[str, object]:
    from rouge_score import rouge_scorer

    from newscli.summarize import summarize

    items = _items(dataset, limit)
    started = time.perf_counter()
    predictions = [
        [s.text for s in summarize(item.article, algorithm, sentences=item.k).sentences]
        for item in items
    ]
    elapsed = time.perf_counter() - started
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0}
    for item, pred in zip(items, predictions, strict=True):
        scores = scorer.score("\n".join(item.reference), "\n".join(pred))
        for key in totals:
            totals[key] += scores[key].fmeasure
    n = len(items) or 1
    return {
        "dataset": dataset,
        "algorithm": algorithm,
        "articles": len(items),
        "R1": round(100 * totals["rouge1"] / n, 2),
        "R2": round(100 * totals["rouge2"] / n, 2),
        "RLsum": round(100 * totals["rougeLsum"] / n, 2),
        "articles_per_s": round(len(items) / elapsed, 1) if elapsed else None,
    }


def _progress(row: dict[str, object]) -> dict[str, object]:
    message = f"  done: {row['dataset']} {row['algorithm']} R1 {row['R1']}"
    print(message, file=sys.stderr, flush=True)
    return row


def format_table(rows: list[dict[str, object]]) -> str:
    header = (
        f"{'dataset':<7} {'algorithm':<10} {'n':>5} {'R1':>6} {'R2':>6} {'RLsum':>6} {'art/s':>8}"
    )
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(
            f"{r['dataset']:<7} {r['algorithm']:<10} {r['articles']:>5} {r['R1']:>6.2f} "
            f"{r['R2']:>6.2f} {r['RLsum']:>6.2f} {r['articles_per_s']:>8}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from newscli.summarize import ALGORITHMS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", default=",".join(_data.DATASETS), help="cnndm,bbc")
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS), help="comma-separated")
    parser.add_argument("--limit", type=int, default=None, help="articles per dataset")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args(argv)

    if _data.shared_dir() is None:
        print("rouge: skipped: ../shared not found (set NEWSCLI_SHARED to its path)")
        return 0
    datasets = [d.strip() for d in args.datasets.split(",") if d.strip()]
    algorithms = [a.strip() for a in args.algorithms.split(",") if a.strip()]
    for d in datasets:
        if d not in _data.DATASETS:
            parser.error(f"unknown dataset {d!r}; choose from {', '.join(_data.DATASETS)}")
    for a in algorithms:
        if a not in ALGORITHMS:
            parser.error(f"unknown algorithm {a!r}; choose from {', '.join(ALGORITHMS)}")

    tasks = [(d, a) for d in datasets for a in algorithms]
    started = time.perf_counter()
    if args.jobs > 1:
        # spawn, not fork: a forked child inherits OpenBLAS's thread state from a parent that
        # already loaded numpy (rouge-score does), and LSA's SVD then fails at random.
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=args.jobs, mp_context=ctx) as pool:
            futures = [pool.submit(run, d, a, args.limit) for d, a in tasks]
            for future in as_completed(futures):
                _progress(future.result())
            rows = [f.result() for f in futures]
    else:
        rows = [_progress(run(d, a, args.limit)) for d, a in tasks]
    table = format_table(rows)
    print(table)
    print(f"({time.perf_counter() - started:.0f} s)")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "rouge.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "rouge.txt").write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
