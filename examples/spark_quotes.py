"""Find who said what in a pile of articles with Spark, when one machine is not enough.

    spark-submit examples/spark_quotes.py IN OUT [--partitions N]
    python examples/spark_quotes.py IN OUT          # the same, on a local SparkSession

IN is JSON Lines (a file, a folder, or a glob): one article a line, ``{"text", "url", "title",
"date", "author"}`` as news-please or trafilatura write them (news-please's ``maintext``,
``date_publish`` and ``authors`` are read too); ``text`` may be plain text or HTML. A record's
``path`` is its ``path`` field, else its ``url``, else the file it came from. OUT gets two
Parquet tables with the columns of ``newscli index``:

- ``OUT/articles/``: one row per input record, the index's ``articles`` columns: ``id`` (the
  content id, ``newscli.content_id``), ``path``, ``url``, ``headline``, ``slug``, ``author``,
  ``caption``, ``credit``, ``date`` (ISO 8601 when readable; ``date_text`` as written),
  ``dateline``, ``paragraphs``, ``sentences``, ``words``, ``summary`` (the default 3
  sentences, a list), ``quotes`` (how many), ``analysis`` (``newscli.ANALYSIS_VERSION``), and
  ``error`` (why a record gave no article, else null). Where the index keeps the body
  paragraphs, this keeps ``text``, the whole text analysed, which quote offsets point into.
  Near-duplicate clusters are the index's business: there is no ``cluster`` column.
- ``OUT/quotes/``: one row per quote, the index's ``quotes`` columns: the article's ``id``,
  ``path``, ``seq`` (order in the article), then the ``newscli quotes --jsonl`` record
  (``speaker, source, kind, text, cue, start, end, paragraph``) and the speaker's ``role``.

Every record goes through ``newscli.analyze`` (the function the commands use) inside
``mapInPandas``; the word tables are loaded once per partition, not per article. A record that
is not valid JSON or holds no article text becomes an ``articles`` row with ``error`` set; the
rest is still processed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from typing import Any

# The columns of the two tables, with their Spark types. ``kind`` tells the rows of the one
# analysed DataFrame apart before they are split into the two tables.
ARTICLE_COLUMNS = [
    ("id", "string"),
    ("path", "string"),
    ("url", "string"),
    ("headline", "string"),
    ("slug", "string"),
    ("author", "string"),
    ("caption", "string"),
    ("credit", "string"),
    ("date", "string"),
    ("date_text", "string"),
    ("dateline", "string"),
    ("paragraphs", "int"),
    ("sentences", "int"),
    ("words", "int"),
    ("summary", "array<string>"),
    ("quotes", "int"),
    ("text", "string"),
    ("analysis", "int"),
    ("error", "string"),
]
QUOTE_COLUMNS = [
    ("id", "string"),
    ("path", "string"),
    ("seq", "int"),
    ("speaker", "string"),
    ("source", "string"),
    ("role", "string"),
    ("kind", "string"),
    ("text", "string"),
    ("cue", "string"),
    ("start", "int"),
    ("end", "int"),
    ("paragraph", "int"),
]
# One wide row type for both: quote columns that clash with article ones get a q_ prefix.
_QUOTE_ONLY = [(f"q_{name}", kind) for name, kind in QUOTE_COLUMNS if name not in ("id", "path")]
ROW_COLUMNS = [("row", "string"), *ARTICLE_COLUMNS, *_QUOTE_ONLY]
INPUT_SCHEMA = (
    "text string, maintext string, path string, url string, source string, title string, "
    "date string, date_publish string, author string, authors array<string>, "
    "_corrupt_record string"
)
WARM_UP = "Tables load once\n\n“Every table is read once per worker,” the clerk said on Monday."


def _ddl(columns: list[tuple[str, str]]) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in columns)


def _text(value: Any) -> str | None:
    """A field as a stripped string, or None for null/NaN/blank (pandas gives NaN or None)."""
    if isinstance(value, str) and value.strip():
        return value
    return None


def record_rows(record: dict[str, Any], where: str) -> list[dict[str, Any]]:
    """One input record to its rows: an ``article`` row and a ``quote`` row per quote.

    A record ``{"text": "Levy passes\\n\\n“We will rebuild,” Mayor Ann Lee said.", "url":
    "https://example.org/levy"}`` gives the article row (id, headline "Levy passes", ...) and one
    quote row (speaker "Ann Lee", kind "direct")."""
    from newscli import ANALYSIS_VERSION, analyze
    from newscli.dates import iso_date
    from newscli.errors import NewscliError

    url = _text(record.get("url")) or _text(record.get("source"))
    path = _text(record.get("path")) or url or where
    text = _text(record.get("text")) or _text(record.get("maintext"))
    author = _text(record.get("author")) or _authors(record.get("authors"))
    if _text(record.get("_corrupt_record")):
        return [_error_row(path, "not valid JSON")]
    if text is None:
        return [_error_row(path, 'a record needs a "text" string')]
    try:
        result = analyze(
            text,
            path=path,
            url=url,
            title=_text(record.get("title")),
            author=author,
            date=_text(record.get("date")) or _text(record.get("date_publish")),
        )
    except NewscliError as exc:
        return [_error_row(path, str(exc).removeprefix(f"{path}: "))]
    except (RecursionError, MemoryError) as exc:
        return [_error_row(path, f"could not analyse this article ({type(exc).__name__})")]
    art = result.article
    article_id = result.id
    row: dict[str, Any] = {name: art.get(name) for name, _ in ARTICLE_COLUMNS}
    row.update(
        row="article",
        id=article_id,
        date=iso_date(art["date"]),
        date_text=art["date"],
        summary=list(result.summary),
        quotes=len(result.quotes),
        analysis=ANALYSIS_VERSION,
    )
    roles = {s["speaker"]: s["role"] for s in result.speakers}
    rows = [row]
    for seq, q in enumerate(result.quotes):
        quote_row: dict[str, Any] = {"row": "quote", "id": article_id, "path": q["path"]}
        quote_row.update({f"q_{name}": q.get(name) for name, _ in QUOTE_COLUMNS[3:]})
        quote_row.update(q_seq=seq, q_role=roles.get(q["speaker"]))
        rows.append(quote_row)
    return rows


def _authors(value: Any) -> str | None:
    """news-please's ``authors`` list (an array from pandas, or NaN when absent) as one
    string: ``["Ann Lee", "Bo Chan"]`` gives "Ann Lee, Bo Chan"."""
    if value is None or isinstance(value, float):
        return None
    return ", ".join(a for a in value if isinstance(a, str) and a.strip()) or None


def _error_row(path: str, message: str) -> dict[str, Any]:
    return {"row": "article", "path": path, "error": message}


def analyze_partition(batches: Iterator[Any]) -> Iterator[Any]:
    """``mapInPandas`` function: input batches of records to batches of wide rows. The word
    tables and sentence tables are loaded once here, before the first article of the
    partition (each is cached for the life of the Python worker)."""
    import pandas as pd

    from newscli import analyze

    analyze(WARM_UP)
    for batch in batches:
        rows: list[dict[str, Any]] = []
        for record in batch.to_dict("records"):
            where = _text(record.pop("_where", None)) or "-"
            rows.extend(record_rows(record, where))
        yield _frame(rows, pd)


def _frame(rows: list[dict[str, Any]], pd: Any) -> Any:
    """Rows to a DataFrame with every column of ROW_COLUMNS; integer columns nullable."""
    data: dict[str, Any] = {}
    for name, kind in ROW_COLUMNS:
        values = [r.get(name) for r in rows]
        data[name] = pd.array(values, dtype="Int64") if kind == "int" else values
    return pd.DataFrame(data, columns=[name for name, _ in ROW_COLUMNS])


def session(app: str = "newscli-spark-quotes") -> Any:
    """The SparkSession: spark-submit's, or a local one (all cores) under plain ``python``.
    Python workers run this interpreter unless PYSPARK_PYTHON says otherwise."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName(app).getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def run(spark: Any, source: str, out: str, partitions: int = 0) -> tuple[int, int, int]:
    """Analyse every record under ``source`` and write ``out/articles`` and ``out/quotes``.
    Returns (articles, errors, quotes)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    records = (
        spark.read.schema(INPUT_SCHEMA)
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", "_corrupt_record")
        .json(source)
        .withColumn("_where", F.input_file_name())
    )
    have = records.rdd.getNumPartitions()
    wanted = partitions or max(have, spark.sparkContext.defaultParallelism)
    if wanted != have:
        records = records.repartition(wanted)
    rows = records.mapInPandas(analyze_partition, schema=_ddl(ROW_COLUMNS))
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)  # analysed once, written twice
    try:
        article_rows = rows.where(F.col("row") == "article")
        article_rows.select([name for name, _ in ARTICLE_COLUMNS]).write.mode("overwrite").parquet(
            os.path.join(out, "articles")
        )
        quote_rows = rows.where(F.col("row") == "quote").select(
            "id", "path", *[F.col(f"q_{n}").alias(n) for n, _ in QUOTE_COLUMNS[2:]]
        )
        quote_rows.write.mode("overwrite").parquet(os.path.join(out, "quotes"))
        counts = {
            r["row"] + ("_error" if r["failed"] else ""): r["n"]
            for r in rows.groupBy("row", F.col("error").isNotNull().alias("failed"))
            .count()
            .withColumnRenamed("count", "n")
            .collect()
        }
    finally:
        rows.unpersist()
    errors = counts.get("article_error", 0)
    return counts.get("article", 0) + errors, errors, counts.get("quote", 0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Find quotes in JSON Lines articles with Spark; write Parquet tables."
    )
    ap.add_argument("input", help="JSON Lines articles: a file, folder or glob")
    ap.add_argument("output", help="folder for the articles/ and quotes/ Parquet tables")
    ap.add_argument(
        "--partitions", type=int, default=0, help="analyse in N partitions (default: cores)"
    )
    args = ap.parse_args(argv)
    spark = session()
    try:
        articles, errors, quotes = run(spark, args.input, args.output, args.partitions)
    finally:
        spark.stop()
    print(
        f"spark_quotes: {articles} articles ({errors} errors), {quotes} quotes -> "
        f"{os.path.join(args.output, 'articles')}, {os.path.join(args.output, 'quotes')}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
