"""CNN/DailyMail quote scores against issue #14's targets, with the shared scorer run as it is.

    python bench/cnndm_quotes.py [--errors N]

Runs ``../shared/eval/score_quotes.py ../shared/eval/cnndm/cnndm_test_dev125.quotes.jsonl
--newscli .venv/bin/newscli`` (one ``newscli quotes --jsonl`` over the 125 articles), prints its
report, then each target with its figure. Skips, saying so, without ../shared.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import ROOT, shared_dir  # noqa: E402

# (label, key in the scorer's JSON, target, True when higher is better)
TARGETS = (
    ("quotes, lenient F1", "F", 0.88, True),
    ("direct + partial recall", "R_marked", 0.92, True),
    ("named-speaker accuracy", "named_acc", 0.90, True),
    ("junk speakers", "junk", 0.03, False),
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", type=int, default=0, help="also list up to N errors of each kind")
    args = ap.parse_args(argv)
    base = shared_dir()
    if base is None:
        print("cnndm_quotes: ../shared not found; skipped")
        return 0
    scorer = base / "eval" / "score_quotes.py"
    gold = base / "eval" / "cnndm" / "cnndm_test_dev125.quotes.jsonl"
    newscli = ROOT / ".venv" / "bin" / "newscli"
    if not newscli.exists():
        newscli = Path(sys.executable).parent / "newscli"
    cmd = [sys.executable, str(scorer), str(gold), "--newscli", str(newscli)]
    report = subprocess.run([*cmd, "--errors", str(args.errors)], capture_output=True, text=True)
    sys.stdout.write(report.stdout)
    figures = json.loads(subprocess.run([*cmd, "--json"], capture_output=True, text=True).stdout)
    print("\nissue #14 targets (CNN/DM dev):")
    for label, key, target, higher in TARGETS:
        value = figures[key]
        met = value >= target if higher else value <= target
        sign = ">=" if higher else "<="
        verdict = "met" if met else "NOT met"
        print(f"  {label:<26} {value:.3f}   target {sign} {target:.2f}   {verdict}")
    return report.returncode


if __name__ == "__main__":
    raise SystemExit(main())
