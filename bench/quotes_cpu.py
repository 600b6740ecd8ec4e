"""CPU seconds of ``find_quotes`` over the 2,225 BBC articles, for one or more checkouts.

    python bench/quotes_cpu.py                          # this checkout
    python bench/quotes_cpu.py ../old-checkout .        # interleaved rounds, old first
    python bench/quotes_cpu.py --rounds 3 --passes 3 A B

Each checkout is timed in its own process that imports *that* checkout's ``newscli`` (checked),
so two versions can be compared on the same host, round by round: a shared VM's speed drifts,
and only interleaved figures compare. The figure is the best of ``--passes`` passes
(``time.process_time``); parsing the articles is not timed. Skips with a message when
../shared is absent (set NEWSCLI_SHARED to point elsewhere).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import ROOT, shared_dir

# Run in a child process with the checkout's root first on sys.path; the BBC loader is this
# checkout's (bench/_data.py), the finder the timed checkout's.
_CHILD = """
import sys, time
root, bench, passes = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path[:0] = [root, bench]
import newscli
assert newscli.__file__.startswith(root), f"imported {newscli.__file__}, not {root}"
from _data import load_bbc
from newscli.quotes import find_quotes
articles = [item.article for item in load_bbc()]
best = float("inf")
for _ in range(passes):
    start = time.process_time()
    for article in articles:
        find_quotes(article)
    best = min(best, time.process_time() - start)
print(f"{best:.3f}")
"""


def time_checkout(root: Path, passes: int) -> float:
    """Best-of-``passes`` CPU seconds of ``find_quotes`` over BBC with ``root``'s newscli."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(root) + os.sep, str(ROOT / "bench"), str(passes)],
        capture_output=True, text=True, check=True, cwd="/",
    )
    return float(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="*", type=Path, default=[ROOT],
                        help="checkout roots to time (default: this one)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (3)")
    parser.add_argument("--passes", type=int, default=3, help="passes per timing, best kept (3)")
    args = parser.parse_args()
    if shared_dir() is None:
        print("skipped: ../shared not found (set NEWSCLI_SHARED); BBC articles are needed")
        return 0
    roots = [c.resolve() for c in args.checkouts]
    times: dict[Path, list[float]] = {r: [] for r in roots}
    for n in range(1, args.rounds + 1):
        for root in roots:
            times[root].append(time_checkout(root, args.passes))
            print(f"round {n}  {root.name:<20} {times[root][-1]:.3f} s", flush=True)
    print("find_quotes CPU over 2,225 BBC articles, best of each round:")
    for root, seconds in times.items():
        print(f"  {root}: {min(seconds):.2f}–{max(seconds):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
