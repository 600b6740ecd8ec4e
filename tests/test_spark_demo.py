"""examples/spark_quotes.py in Spark's local mode on a tiny invented input.

Skips, saying why, without pyspark (``pip install '.[spark]'``) or without Java: the regular
test suite needs neither.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
JOB = ROOT / "examples" / "spark_quotes.py"
BIN = Path(sys.executable).parent
NEWSCLI = (
    [str(BIN / "newscli")] if (BIN / "newscli").exists() else [sys.executable, "-m", "newscli"]
)

ARTICLES = [
    {
        "text": "Ferry service resumes\n\n"
        "The island ferry sailed again on Monday after a month in dry dock.\n\n"
        "“We are glad to be back on the water,” captain Mara Olsen said.\n\n"
        "Olsen said the new engines would cut the crossing by ten minutes.",
        "url": "https://example.org/ferry",
        "title": "Ferry service resumes after repairs",
        "date": "2024-06-03",
    },
    {
        "text": "The orchard fair drew a record crowd.\n\n"
        "“Nobody expected this many people,” organiser Tomas Reyes said. "
        "He added that the cider ran out by noon.",
        "url": "https://example.org/orchard",
        "date": "2024-09-14",
    },
    {"text": "   ", "url": "https://example.org/blank"},
]


def _spark_missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None or importlib.util.find_spec("pyarrow") is None:
        return "pyspark/pyarrow not installed (pip install '.[spark]' or make spark-demo)"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "no Java found (Spark needs a JVM: java on PATH or JAVA_HOME)"
    return None


@pytest.fixture(scope="module")
def spark_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    reason = _spark_missing()
    if reason:
        pytest.skip(reason)
    tmp = tmp_path_factory.mktemp("spark")
    (tmp / "in").mkdir()
    source = tmp / "in" / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), "utf-8")
    (tmp / "in" / "broken.jsonl").write_text("{not json\n", "utf-8")
    out = tmp / "out"
    proc = subprocess.run(
        [sys.executable, str(JOB), str(tmp / "in"), str(out), "--partitions", "2"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return source, out


def _table(path: Path) -> list[dict]:
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def test_quote_rows_are_the_quotes_command_records(spark_run: tuple[Path, Path]) -> None:
    source, out = spark_run
    cli = subprocess.run(
        [*NEWSCLI, "quotes", "--jsonl", str(source)], capture_output=True, text=True
    )
    fields = ("speaker", "source", "kind", "text", "cue", "start", "end", "paragraph")
    expected = sorted(
        tuple(str(r[f]) for f in fields) for r in map(json.loads, cli.stdout.splitlines())
    )
    got = sorted(tuple(str(r[f]) for f in fields) for r in _table(out / "quotes"))
    assert expected, "the invented articles should hold quotes"
    assert got == expected


def test_article_rows_carry_metadata_summary_and_errors(spark_run: tuple[Path, Path]) -> None:
    _, out = spark_run
    rows = {r["path"]: r for r in _table(out / "articles")}
    ferry = rows["https://example.org/ferry"]
    assert ferry["headline"] == "Ferry service resumes after repairs"  # the record's title wins
    assert ferry["date"] == "2024-06-03" and ferry["analysis"] >= 1
    assert ferry["error"] is None and ferry["quotes"] >= 1 and ferry["summary"]
    assert len(ferry["id"]) == 32
    assert rows["https://example.org/blank"]["error"]  # no text: an error row, not a crash
    bad_json = [r for r in rows.values() if r["error"] == "not valid JSON"]
    assert len(bad_json) == 1
    quotes = _table(out / "quotes")
    assert {q["id"] for q in quotes} == {ferry["id"], rows["https://example.org/orchard"]["id"]}
    olsen = [q for q in quotes if q["speaker"] == "Mara Olsen"]
    assert olsen and olsen[0]["role"] == "captain" and olsen[0]["seq"] == 0
