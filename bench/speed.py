"""Speed: start-up imports, one-article latency, batch throughput and memory.

  python bench/speed.py [--quick]

Reads ../shared/eval/bbc-news-summary (2,225 articles); skips cleanly without it. Every
figure is wall-clock on this machine, best of a few runs where it is cheap to repeat.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NEWSCLI = (
    [str(BIN / "newscli")] if (BIN / "newscli").exists() else [sys.executable, "-m", "newscli"]
)
SEED = ROOT / "sample_articles" / "nato-eastern-flank.txt"
HEAVY = ("nltk", "sumy", "numpy", "trafilatura", "lxml")

SUMY_LEXRANK = r"""
import sys, time
from pathlib import Path
from nltk.tokenize.punkt import PunktSentenceTokenizer
from nltk.tokenize import TreebankWordTokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

class NltkTokenizer:  # what sumy's Tokenizer does, minus the punkt download
    language = "english"
    _s, _w = PunktSentenceTokenizer(), TreebankWordTokenizer()
    def to_sentences(self, text): return tuple(self._s.tokenize(text))
    def to_words(self, sentence): return tuple(w for w in self._w.tokenize(sentence))

summarizer = LexRankSummarizer(Stemmer("english"))
summarizer.stop_words = get_stop_words("english")
paths = sys.argv[1:]
t = time.perf_counter()
for p in paths:
    raw = Path(p).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    doc = PlaintextParser.from_string(text, NltkTokenizer()).document
    summarizer(doc, 3)
print(time.perf_counter() - t)
"""


def wall(cmd: list[str], runs: int = 5, **kw) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, **kw)
        best = min(best, time.perf_counter() - t)
    return best


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS of the largest process in MB), measured in a fresh wrapper."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True)
    seconds, kb = out.stdout.split()
    return float(seconds), int(kb) / 1024


def help_imports() -> None:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newscli", "--help"],
        capture_output=True,
        text=True,
    )
    loaded = {
        line.split("|")[-1].strip().split(".")[0]
        for line in proc.stderr.splitlines()
        if "|" in line
    }
    total_us = sum(
        int(line.split("|")[0].split(":")[1])
        for line in proc.stderr.splitlines()
        if line.startswith("import time:") and "self" not in line
    )
    heavy = [m for m in HEAVY if m in loaded]
    print(
        f"newscli --help: {wall(NEWSCLI + ['--help']):.3f} s wall (best of 5); "
        f"imports {total_us / 1e6:.3f} s self-time total; heavy modules imported: {heavy or 'none'}"
    )


def seed_latency() -> None:
    ours = wall(NEWSCLI + ["summarize", "-n", "3", str(SEED)])
    sumy_cli = subprocess.run(
        [str(BIN / "sumy"), "lex-rank", "--length=3", f"--file={SEED}"],
        capture_output=True,
        text=True,
    )
    baseline = wall([sys.executable, "-c", SUMY_LEXRANK, str(SEED)])
    print(
        f"summarize -n 3 seed: newscli {ours:.3f} s; sumy LexRank with NLTK tokenizers "
        f"{baseline:.3f} s (best of 5)"
    )
    if sumy_cli.returncode != 0:
        lines = [ln.strip() for ln in sumy_cli.stderr.splitlines() if ln.strip(" *\n")]
        last = next((ln for ln in lines if "Resource" in ln), lines[-1] if lines else "?")
        last = str(last)[:100]
        print(f"  (the `sumy lex-rank --file` CLI itself fails offline: {last})")


def bbc_files(shared: Path) -> list[str]:
    base = shared / "eval" / "bbc-news-summary" / "News Articles"
    return sorted(str(p) for p in base.rglob("*.txt"))


def throughput(shared: Path, quick: bool) -> None:
    files = bbc_files(shared)
    base = str(shared / "eval" / "bbc-news-summary" / "News Articles")
    n = len(files)
    loop = subprocess.run(
        [sys.executable, "-c", SUMY_LEXRANK, *files[: 300 if quick else n]],
        capture_output=True,
        text=True,
    )
    sumy_rate = (300 if quick else n) / float(loop.stdout.strip())
    print(f"BBC, {n} articles, one invocation each (jobs = {os.cpu_count()} cores):")
    print(f"  sumy LexRank, single-process loop (NLTK tokenizers): {sumy_rate:7.1f} articles/s")
    for command in ("summarize", "quotes", "info"):
        seconds, rss = peak_rss_mb(NEWSCLI + [command, "--jsonl", base])
        note = f" ({n / seconds / sumy_rate:.1f}x sumy LexRank)" if command == "summarize" else ""
        print(
            f"  newscli {command:9s} --jsonl: {n / seconds:7.1f} articles/s, {seconds:5.1f} s, "
            f"peak RSS {rss:5.0f} MB{note}"
        )
    one_seconds, _ = peak_rss_mb(NEWSCLI + ["quotes", "--jsonl", "-j", "1", base])
    print(f"  newscli quotes --jsonl -j 1: {n / one_seconds:7.1f} articles/s (one process)")
    if quick:
        return
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(10):
            os.symlink(base, os.path.join(tmp, f"copy{i:02d}"), target_is_directory=True)
        # symlinked directories are not followed by the walker: list them as paths instead
        copies = [os.path.join(tmp, f"copy{i:02d}/") for i in range(10)]
        for command in ("quotes", "summarize"):
            _, small = peak_rss_mb(NEWSCLI + [command, "--jsonl", base])
            seconds, big = peak_rss_mb(NEWSCLI + [command, "--jsonl", *copies])
            print(
                f"  peak RSS {command}: {small:.1f} MB for {n} articles, {big:.1f} MB for "
                f"{10 * n} ({10 * n / seconds:.0f} articles/s)"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="skip the 22,250-article memory run")
    args = ap.parse_args()
    help_imports()
    seed_latency()
    shared = ROOT.parent / "shared"
    if not (shared / "eval" / "bbc-news-summary").is_dir():
        print("skipped: ../shared/eval/bbc-news-summary not found (throughput needs it)")
        return
    throughput(shared, args.quick)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_NOFILE, resource.getrlimit(resource.RLIMIT_NOFILE))
    main()
