"""Scale (issue 15 §3): `newscli index` and `newscli search` on 100,000 generated articles.

  python bench/scale.py [--n 100000] [--seed 15] [--keep] [--workdir DIR] [--strict]

Builds N distinct articles by recombining the BBC set in ../shared (skips cleanly without
it): each article takes the headline and first paragraph of one BBC article, then runs of one
to three consecutive paragraphs from other articles of the same category, until it has as
many paragraphs as that first article (so lengths are as in the BBC set). BBC paragraphs are
one to three sentences, and whole ones are moved, so a quotation stays with its attribution.
Each article gets a date line (ISO, spread over 2024), so --since means something. The corpus
goes into a temporary folder outside the repository (removed at the end unless --keep): no
shared text enters the repository.

Then, in one run, on the same files (every command on all cores, as a user runs it):
- `newscli quotes --jsonl` and `newscli index` throughput (target: index >= 0.8x quotes);
- peak memory of `index` on the first 10% of the corpus and on all of it (target: the same,
  here at most 1.10x), and the db's size;
- `newscli index` again on the unchanged corpus (target: < 10% of the first run's time);
- 50 typical queries timed in-process through `newscli.store` (rare word, common word,
  phrase, three-word AND, with --since, with --speaker), chosen from the data by a seeded
  random generator, not by hand, each run once after two untimed warm-up queries (target:
  p95 <= 50 ms);
- `newscli quotes --db --speaker X` for the most-quoted speaker, in-process (<= 100 ms);
- `newscli search` as a whole process (<= 0.35 s wall; best of 5, as bench/speed.py times
  start-up, since the host is shared; the median is printed too).
A table with each target and PASS/FAIL closes the output; --strict exits 1 on a FAIL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _data  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NEWSCLI = (
    [str(BIN / "newscli")] if (BIN / "newscli").exists() else [sys.executable, "-m", "newscli"]
)
PER_FOLDER = 1000
YEAR = 2024
WORD = re.compile(r"[a-z]+")

# Targets (issue 15 §3)
INDEX_VS_QUOTES = 0.8
MEMORY_RATIO = 1.10
REINDEX_SHARE = 0.10
QUERY_P95_MS = 50.0
SPEAKER_QUOTES_MS = 100.0
SEARCH_PROCESS_S = 0.35


# --- the corpus -------------------------------------------------------------------------------


@dataclass
class Story:
    """One BBC article: its headline and paragraphs (one a line in the data set)."""

    headline: str
    paragraphs: list[str]


def load_bbc(base: Path) -> dict[str, list[Story]]:
    """Every BBC article by category; one file is Latin-1, read as Windows-1252."""
    out: dict[str, list[Story]] = {}
    for path in sorted(base.rglob("*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) >= 2:
            out.setdefault(path.parent.name, []).append(Story(lines[0], lines[1:]))
    return out


def make_article(rng: random.Random, pool: list[Story]) -> tuple[str, list[str]]:
    """A headline and paragraphs: one story's headline and lead, then runs of one to three
    consecutive paragraphs from others of the same category, as many paragraphs in all as
    that story has (so lengths are distributed as in the BBC set)."""
    lead = rng.choice(pool)
    paragraphs = [lead.paragraphs[0]]
    want = max(2, len(lead.paragraphs))
    while len(paragraphs) < want:
        story = rng.choice(pool)
        i = rng.randrange(len(story.paragraphs))
        paragraphs.extend(story.paragraphs[i : i + rng.randint(1, 3)])
    return lead.headline, paragraphs[:want]


def build_corpus(stories: dict[str, list[Story]], n: int, top: Path, seed: int) -> list[Path]:
    """Write ``n`` distinct articles under ``top``: the first 10% in ``a-first``, the rest in
    ``b-rest``, a thousand a folder. Returns the two parts' folders."""
    rng = random.Random(seed)
    categories = sorted(stories)
    start = dt.date(YEAR, 1, 1)
    days = (dt.date(YEAR + 1, 1, 1) - start).days
    small = max(1, n // 10)
    parts = [top / "a-first", top / "b-rest"]
    seen: set[bytes] = set()
    made = 0
    while made < n:
        headline, paragraphs = make_article(rng, stories[rng.choice(categories)])
        date = start + dt.timedelta(days=rng.randrange(days))
        text = f"{headline}\n\n{date.isoformat()}\n\n" + "\n\n".join(paragraphs) + "\n"
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
        if digest in seen:
            continue
        seen.add(digest)
        part, number = (parts[0], made) if made < small else (parts[1], made - small)
        folder = part / f"{number // PER_FOLDER:04d}"
        if number % PER_FOLDER == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{made:06d}.txt").write_text(text, "utf-8")
        made += 1
    return parts if n > small else parts[:1]


# --- the queries ------------------------------------------------------------------------------


@dataclass
class Query:
    kind: str
    text: str
    since: str | None = None
    speaker: str | None = None

    def label(self) -> str:
        extra = f" --since {self.since}" if self.since else ""
        extra += f" --speaker {self.speaker}" if self.speaker else ""
        return f"{self.text}{extra}"


def choose_queries(
    stories: dict[str, list[Story]], speakers: list[str], rng: random.Random
) -> list[Query]:
    """50 queries of six kinds, drawn from the BBC paragraphs' vocabulary by document
    frequency (rare: in one paragraph; common: among the most frequent non-stop words)."""
    from newscli.summarize import stop_words

    stop = stop_words()
    paragraphs = [p for group in stories.values() for s in group for p in s.paragraphs]
    df: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for p in paragraphs:
        words = WORD.findall(p.lower())
        df.update(set(words))
        pairs.update(
            {
                f"{a} {b}"
                for a, b in zip(words, words[1:], strict=False)
                if a not in stop and b not in stop and len(a) > 2 and len(b) > 2
            }
        )
    content = [w for w, _ in df.most_common() if w not in stop and len(w) > 3]
    rare = sorted(w for w, c in df.items() if c == 1 and len(w) >= 7 and w not in stop)
    common = content[:40]
    middling = {w for w in content if 20 <= df[w] <= 2000}
    out = [Query("rare word", w) for w in rng.sample(rare, 8)]
    out += [Query("common word", w) for w in rng.sample(common, 8)]
    out += [Query("phrase", f'"{p}"') for p in rng.sample([p for p, _ in pairs.most_common(60)], 8)]
    while len(out) < 32:
        words = sorted({w for w in WORD.findall(rng.choice(paragraphs).lower()) if w in middling})
        if len(words) >= 3:
            out.append(Query("three-word AND", " ".join(rng.sample(words, 3))))
    for _ in range(9):
        month = rng.randint(2, 12)
        out.append(Query("--since", rng.choice(common), since=f"{YEAR}-{month:02d}-01"))
    for name in rng.sample(speakers[:30], min(9, len(speakers[:30]))):
        out.append(Query("--speaker", rng.choice(common), speaker=name.split()[-1]))
    return out


def top_speakers(quotes_jsonl: Path) -> list[str]:
    """Speakers by number of quotes, most first (from the `quotes --jsonl` run's output)."""
    counts: Counter[str] = Counter()
    with quotes_jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            speaker = json.loads(line).get("speaker")
            if speaker and len(speaker.split()) >= 2:
                counts[speaker] += 1
    return [name for name, _ in counts.most_common()]


# --- measuring --------------------------------------------------------------------------------

WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "out, err = open(sys.argv[1], 'wb'), open(sys.argv[2], 'wb')\n"
    "t = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[3:], stdout=out, stderr=err).returncode\n"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


@dataclass
class Run:
    seconds: float
    peak_mb: float
    code: int
    stderr: str


def measure(cmd: list[str], work: Path, name: str) -> Run:
    """Wall time and the peak RSS of the largest process (workers included), in a fresh
    wrapper so nothing else counts; stdout to a file in ``work``."""
    out, err = work / f"{name}.out", work / f"{name}.err"
    proc = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(out), str(err), *cmd],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, kb, code = proc.stdout.split()
    return Run(float(seconds), int(kb) / 1024, int(code), err.read_text("utf-8", "replace"))


def wall(cmd: list[str], runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - t)
    return times


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t) * 1000, result


def db_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Table:
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, what: str, figure: str, target: str = "", ok: bool | None = None) -> None:
        self.rows.append((what, figure, target, "" if ok is None else "PASS" if ok else "FAIL"))

    def print(self) -> None:
        widths = [max(len(r[i]) for r in [*self.rows, self.header()]) for i in range(4)]
        for row in [self.header(), tuple("-" * w for w in widths), *self.rows]:
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())

    @staticmethod
    def header() -> tuple[str, str, str, str]:
        return ("measurement", "figure", "target", "result")

    def failed(self) -> bool:
        return any(r[3] == "FAIL" for r in self.rows)


def last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def run(n: int, seed: int, work: Path) -> Table:
    from newscli import store

    shared = _data.shared_dir()
    assert shared is not None
    table = Table()
    t = time.perf_counter()
    stories = load_bbc(shared / "eval" / "bbc-news-summary" / "News Articles")
    corpus = work / "corpus"
    parts = build_corpus(stories, n, corpus, seed)
    size_mb = sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1e6
    small_n = max(1, n // 10)
    print(
        f"corpus: {n:,} distinct articles from {sum(map(len, stories.values())):,} BBC ones, "
        f"{size_mb:.0f} MB, in {time.perf_counter() - t:.0f} s ({corpus})",
        flush=True,
    )
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"every command on all {cores} cores (its default --jobs)", flush=True)

    quotes = measure([*NEWSCLI, "quotes", "--jsonl", str(corpus)], work, "quotes")
    quote_count = sum(1 for _ in (work / "quotes.out").open(encoding="utf-8"))
    print(
        f"quotes --jsonl: {quotes.seconds:.1f} s, {n / quotes.seconds:.0f} articles/s, "
        f"{quote_count:,} quotes, peak {quotes.peak_mb:.0f} MB (exit {quotes.code})",
        flush=True,
    )
    small_db, db = work / "small.db", work / "index.db"
    small = measure([*NEWSCLI, "index", str(parts[0]), "--db", str(small_db)], work, "small")
    print(f"index {small_n:,}: {small.seconds:.1f} s, peak {small.peak_mb:.0f} MB", flush=True)
    print(f"  {last_line(small.stderr)}", flush=True)
    full = measure([*NEWSCLI, "index", str(corpus), "--db", str(db)], work, "index")
    print(f"index {n:,}: {full.seconds:.1f} s, peak {full.peak_mb:.0f} MB", flush=True)
    print(f"  {last_line(full.stderr)}", flush=True)
    again = measure([*NEWSCLI, "index", str(corpus), "--db", str(db)], work, "again")
    print(f"index again, unchanged: {again.seconds:.1f} s", flush=True)
    print(f"  {last_line(again.stderr)}", flush=True)
    if full.code != 0 or again.code != 0 or quotes.code != 0:
        print(f"a command failed: quotes {quotes.code}, index {full.code}, again {again.code}")

    ratio = quotes.seconds / full.seconds
    table.add(
        "index vs quotes --jsonl throughput",
        f"{n / full.seconds:.0f} vs {n / quotes.seconds:.0f} articles/s = {ratio:.2f}x",
        f">= {INDEX_VS_QUOTES}x",
        ratio >= INDEX_VS_QUOTES,
    )
    mem = full.peak_mb / small.peak_mb
    table.add(
        f"index peak memory, {small_n:,} vs {n:,} articles",
        f"{small.peak_mb:.0f} vs {full.peak_mb:.0f} MB = {mem:.2f}x",
        f"the same (<= {MEMORY_RATIO:.2f}x)",
        mem <= MEMORY_RATIO,
    )
    table.add("quotes --jsonl peak memory", f"{quotes.peak_mb:.0f} MB (for comparison)")
    size = db_size(db)
    table.add(
        "db size",
        f"{size / 1e6:,.0f} MB for {n:,} articles ({size / n / 1e3:.1f} KB each; "
        f"corpus {size_mb:.0f} MB; {db_size(small_db) / 1e6:.0f} MB for {small_n:,})",
    )
    share = again.seconds / full.seconds
    table.add(
        "index again, corpus unchanged",
        f"{again.seconds:.1f} s = {100 * share:.1f}% of {full.seconds:.0f} s",
        f"< {100 * REINDEX_SHARE:.0f}%",
        share < REINDEX_SHARE,
    )

    rng = random.Random(seed)
    speakers = top_speakers(work / "quotes.out")
    queries = choose_queries(stories, speakers, rng)
    # untimed: a query with each option once, so imports and the page cache are warm (a whole
    # process, with its imports, is timed below)
    store.search_articles(db, "news", since=f"{YEAR}-06", speaker=speakers[0] if speakers else None)
    store.search_articles(db, '"the news"')
    times: list[tuple[float, Query, int]] = []
    for q in queries:
        ms, found = timed(
            lambda q=q: store.search_articles(db, q.text, since=q.since, speaker=q.speaker)
        )
        times.append((ms, q, len(found)))
    print(f"\n{len(times)} queries, in-process (store.search_articles, --limit 20):")
    for kind in dict.fromkeys(q.kind for _, q, _ in times):
        mine = [(ms, q, hits) for ms, q, hits in times if q.kind == kind]
        worst = max(mine, key=lambda x: x[0])
        print(
            f"  {kind:15s} median {statistics.median(m for m, _, _ in mine):6.1f} ms, "
            f"max {worst[0]:6.1f} ms ({worst[1].label()!r}, {worst[2]} hits); "
            f"e.g. {mine[0][1].label()!r}"
        )
    all_ms = [ms for ms, _, _ in times]
    empty = sum(1 for _, _, hits in times if hits == 0)
    table.add(
        f"{len(all_ms)} queries in-process, p95",
        f"{p95(all_ms):.1f} ms (median {statistics.median(all_ms):.1f}, max {max(all_ms):.1f}; "
        f"{empty} found nothing)",
        f"<= {QUERY_P95_MS:.0f} ms",
        p95(all_ms) <= QUERY_P95_MS,
    )

    who = speakers[0] if speakers else "Blair"
    speaker_ms = []
    count = 0
    for _ in range(5):
        ms, records = timed(lambda: list(store.db_quotes(db, speaker=who)))
        speaker_ms.append(ms)
        count = len(records)
    best = statistics.median(speaker_ms)
    process = statistics.median(
        wall([*NEWSCLI, "quotes", "--db", str(db), "--speaker", who, "--jsonl"])
    )
    table.add(
        f"quotes --db --speaker {who!r}, in-process",
        f"{best:.0f} ms for {count:,} quotes (median of 5; whole process {process:.2f} s)",
        f"<= {SPEAKER_QUOTES_MS:.0f} ms",
        best <= SPEAKER_QUOTES_MS,
    )
    worst_process = 0.0
    labels = []
    for q in (queries[0], queries[8], queries[16]):  # a rare word, a common word, a phrase
        seconds = wall([*NEWSCLI, "search", q.text, "--db", str(db), "--jsonl"])
        labels.append(f"{q.text} {min(seconds):.2f}/{statistics.median(seconds):.2f}")
        worst_process = max(worst_process, min(seconds))
    table.add(
        "newscli search, whole process",
        f"{worst_process:.2f} s at worst (best/median of 5: {'; '.join(labels)})",
        f"<= {SEARCH_PROCESS_S} s",
        worst_process <= SEARCH_PROCESS_S,
    )
    return table


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="articles to generate (100,000)")
    ap.add_argument("--seed", type=int, default=15, help="random seed for corpus and queries")
    ap.add_argument("--workdir", help="where to build (default: a new temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the corpus and the db")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()
    if _data.shared_dir() is None:
        print("skipped: ../shared not found (the scale corpus is built from the BBC set)")
        return 0
    if args.n < 10:
        ap.error("--n must be at least 10")
    base = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="newscli-scale-"))
    if base.resolve().is_relative_to(ROOT):
        ap.error("--workdir must be outside the repository (no shared text enters it)")
    if base.exists() and any(base.iterdir()):
        ap.error(f"--workdir {base} is not empty")
    base.mkdir(parents=True, exist_ok=True)
    try:
        table = run(args.n, args.seed, base)
    finally:
        if args.keep:
            print(f"kept: {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    print()
    table.print()
    return 1 if args.strict and table.failed() else 0


if __name__ == "__main__":
    sys.exit(main())
