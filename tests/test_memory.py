"""Peak memory on a big input stays bounded (issue #16 item 5).

The bound the README states is for a 20 MB text: ``quotes`` at most 400 MB of peak resident
memory, ``summarize`` and ``info`` at most 250 MB. Here a 5 MB text of invented news
sentences (quote-dense, as the worst case is) is checked against the same bound scaled to
its size, over a fixed allowance for the interpreter and the imports.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys

import pytest

MB = 1_000_000
ALLOWANCE = 50  # MB: interpreter, imports, lexicon tables, whatever the input
BOUND_20MB = {"info": 250, "summarize": 250, "quotes": 400}  # MB at 20 MB of text, as README
SIZE = 5 * MB

_NAMES = ["Ann Lee", "Tomas Berg", "Priya Nair", "Dana Okafor", "Luis Ortega", "Mei Chen"]
_ROLES = ["the mayor", "the harbour master", "a council spokeswoman", "the finance minister"]
_SAID = ["said", "told reporters", "added", "warned", "said on Tuesday"]
_QUOTES = [
    "We will reopen the ferry line before the winter",
    "Nobody expected the bridge to close for this long",
    "The budget is tight, but the libraries stay open",
    "It is too early to say what went wrong",
]
_NARRATIVE = [
    "The council met for three hours and adjourned without a vote.",
    "Traffic on the ring road fell by a third during the closure.",
    "Residents gathered outside the town hall on Monday evening.",
]


def invented_text(size: int) -> str:
    """Paragraphs of invented news sentences, quote-dense, to ``size`` bytes of UTF-8."""
    parts: list[str] = []
    total = 0
    for n in itertools.count():
        name, role = _NAMES[n % len(_NAMES)], _ROLES[n % len(_ROLES)]
        said, quote = _SAID[n % len(_SAID)], _QUOTES[n % len(_QUOTES)]
        para = (
            f"“{quote},” {name} {said}. {_NARRATIVE[n % len(_NARRATIVE)]} "
            f"{role.capitalize()} said the work on site {n} would take {n % 9 + 2} weeks."
        )
        parts.append(para)
        total += len(para.encode()) + 2
        if total >= size:
            break
    return "Ferry, bridge and budget: a long day at the council\n\n" + "\n\n".join(parts) + "\n"


_measured: dict[tuple[str, ...], float] = {}


def peak_rss_mb(args: list[str]) -> float:
    """:func:`measure_peak_rss_mb`, once per argument list in a test run."""
    key = tuple(args)
    if key not in _measured:
        _measured[key] = measure_peak_rss_mb(args)
    return _measured[key]


def measure_peak_rss_mb(args: list[str]) -> float:
    """Peak resident memory of ``newscli ARGS`` in a child of a fresh interpreter (so no
    earlier child of the test run counts), in MB."""
    code = (
        "import resource, subprocess, sys\n"
        "proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
        " stderr=subprocess.PIPE)\n"
        "assert proc.returncode in (0, 1), proc.stderr\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "newscli", *args],
        capture_output=True, text=True, timeout=600, check=True,
    )
    return int(out.stdout) * 1024 / MB  # ru_maxrss is in KB on Linux


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("memory") / "big.txt"
    path.write_text(invented_text(SIZE), "utf-8")
    return path


def _bound(command: str) -> float:
    per_mb = (BOUND_20MB[command] - ALLOWANCE) / 20
    return ALLOWANCE + per_mb * SIZE / MB


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KB is Linux's")
@pytest.mark.parametrize("command", ["info", "summarize", "quotes"])
def test_peak_memory_on_a_big_text_is_bounded(big_file, command):
    assert os.path.getsize(big_file) >= SIZE
    peak = peak_rss_mb([command, "--jsonl", str(big_file)])
    assert peak <= _bound(command), f"{command}: {peak:.0f} MB > {_bound(command):.0f} MB"

