"""`make bench`: every quality and speed measurement, in one run.

Each script reads ../shared (evaluation data, never copied here) and prints a skip message
without it. Output is also saved under bench/results/. Optional benchmarks (``scale``: the
index on 100,000 generated articles, several minutes) run only when named:
``python bench/run_all.py scale`` (``--quick``: 5,000 articles).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = {
    "sentences": ["sentences.py"],
    "rouge": ["rouge.py"],
    "quotes": ["quotes.py"],
    "cnndm-quotes": ["cnndm_quotes.py"],
    "speed": ["speed.py"],
}
OPTIONAL = {"scale": ["scale.py"]}
QUICK_ARGS = {"rouge": ["--limit", "200"], "speed": ["--quick"], "scale": ["--n", "5000"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="smaller samples, for a fast look")
    ap.add_argument(
        "only",
        nargs="*",
        help=f"run only these: {', '.join(SCRIPTS)}; optional ones: {', '.join(OPTIONAL)}",
    )
    args = ap.parse_args()
    unknown = set(args.only) - set(SCRIPTS) - set(OPTIONAL)
    if unknown:
        ap.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    failed = 0
    for name, script in {**SCRIPTS, **OPTIONAL}.items():
        if (args.only or name in OPTIONAL) and name not in args.only:
            continue
        cmd = [
            sys.executable,
            str(HERE / script[0]),
            *(QUICK_ARGS.get(name, []) if args.quick else []),
        ]
        print(f"\n=== {name}: {' '.join(cmd[1:])}", flush=True)
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        sys.stdout.write(proc.stdout)
        sys.stderr.write(proc.stderr[-4000:] if proc.returncode else "")
        (results / f"{name}.txt").write_text(proc.stdout, "utf-8")
        print(f"--- {name}: exit {proc.returncode}, {time.perf_counter() - t:.0f} s", flush=True)
        failed += proc.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
