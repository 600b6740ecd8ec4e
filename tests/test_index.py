"""The index: `newscli index`, `newscli search`, `--db` on quotes and speakers, and the store
beneath them. Every article here is invented."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3

import pytest
from typer.testing import CliRunner

from newscli import store
from newscli.cli import app
from newscli.errors import NewscliError
from newscli.sources import expand

from .conftest import ROOT, SAMPLES

# --- invented articles -------------------------------------------------------------------------

FERRY = """Harbor council backs new ferry route

Published: June 3, 2025

The Millbrook harbor council voted on Tuesday to pay for a ferry route across the bay, ending a
decade of argument over how the two shore towns should be joined.

"This ferry will connect two towns that have looked at each other across the water for a
century," said Mayor Ann Lee after the vote.

Lee said the first boats would sail next spring and that fares would stay below four dollars
for residents of either town.

Opponents had argued that the money should go to repairing the old causeway, which floods
several times each winter and closes the only road to the hospital.

"We are not choosing boats over roads," Lee told reporters. "We are choosing both, one after
the other."

The council will ask the state for a matching grant in the autumn, when the transport budget
is set, and expects an answer before the end of the year.

Harbor pilots, who guide cargo ships into the port, said they had been consulted on the route
and saw no danger to traffic in the main channel.
"""

# the same story as another paper printed it: one paragraph rewritten, one added
FERRY_WIRE = (
    FERRY.replace(
        "Opponents had argued that the money should go to repairing the old causeway, which "
        "floods\nseveral times each winter and closes the only road to the hospital.",
        "Critics had said the money belonged to the old causeway, which floods several times "
        "each\nwinter and closes the only road to the hospital.",
    )
    + "\nThe first timetable is expected in March.\n"
)

ORCHARD = """Orchard growers count losses after late frost

Published: April 22, 2024

Apple growers in the Kessling valley lost as much as half of this year's blossom to a frost
that arrived three weeks after the trees had flowered, the growers' association said on Monday.

"I have farmed here for forty years and never seen the cold come back this late," said Tomas
Brandt, who grows apples and pears on the eastern slope.

Brandt said insurance would cover part of the loss but that smaller farms without policies
could struggle to pay seasonal pickers in the autumn.

The association asked the regional government for emergency loans, and a spokeswoman for the
agriculture ministry said the request would be considered within a fortnight.

Cherry growers on the warmer western slope reported lighter damage.
"""

CHESS = """Village chess club wins national title

The chess club of Little Ormond, a village of nine hundred people, won the national team
championship on Sunday, beating clubs from three cities on the final day.

"Nobody expected us to get past the first round," said club captain Priya Raman, who has led
the team for six years.

Raman said the club meets twice a week in the back room of the village library and that its
youngest player is eleven years old.

The national federation said it was the first time a village club had taken the title since
the championship began in 1952.
"""


def run(*args: str, input: str | bytes | None = None, env: dict | None = None):
    return CliRunner().invoke(app, list(args), input=input, env=env)


def lines(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def write(folder, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, "utf-8")
    return str(path)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "ferry.txt", FERRY)
    write(folder, "orchard.txt", ORCHARD)
    write(folder, "chess.txt", CHESS)
    return folder


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "news.db")


def index(db: str, *paths: str, extra: tuple[str, ...] = ()):
    return run("index", "--db", db, "--jsonl", *extra, *paths)


def statuses(result) -> dict[str, str]:
    return {os.path.basename(r["path"]): r["status"] for r in lines(result)}


CLOSING = re.compile(
    r"^indexed (\d+) articles: (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) duplicates, "
    r"(\d+) errors(?:, (\d+) pruned)? \((.+), [\d.]+ MB\)$"
)


# --- incremental indexing ----------------------------------------------------------------------


def test_index_statuses_added_unchanged_updated_duplicate(corpus, db):
    first = index(db, str(corpus))
    assert first.exit_code == 0, first.stderr
    assert statuses(first) == {"chess.txt": "added", "ferry.txt": "added", "orchard.txt": "added"}
    assert all(set(r) == {"path", "id", "status"} for r in lines(first))
    m = CLOSING.match(first.stderr.strip())
    assert m and m.groups()[:6] == ("3", "3", "0", "0", "0", "0") and m[8] == db

    again = index(db, str(corpus))
    assert set(statuses(again).values()) == {"unchanged"}
    assert [r["id"] for r in lines(again)] == [r["id"] for r in lines(first)]

    # touched but the same text: read again, still unchanged
    os.utime(corpus / "chess.txt", ns=(1, 1))
    assert statuses(index(db, str(corpus)))["chess.txt"] == "unchanged"

    # changed: replaces its article, the old text is gone from the index
    old_id = {os.path.basename(r["path"]): r["id"] for r in lines(first)}["orchard.txt"]
    write(corpus, "orchard.txt", ORCHARD.replace("half of", "a third of"))
    changed = index(db, str(corpus))
    assert statuses(changed) == {"chess.txt": "unchanged", "ferry.txt": "unchanged",
                                 "orchard.txt": "updated"}  # fmt: skip
    assert store.db_stats(db)["articles"] == 3
    assert run("search", "--db", db, '"half of this"').exit_code == 1
    assert run("search", "--db", db, '"a third of"').exit_code == 0
    assert old_id not in {r["id"] for r in lines(changed)}

    # the same text under a new path: one article, two paths
    write(corpus, "copy-of-chess.txt", CHESS)
    dup = index(db, str(corpus))
    assert statuses(dup)["copy-of-chess.txt"] == "duplicate"
    stats = store.db_stats(db)
    assert (stats["articles"], stats["paths"]) == (3, 4)
    m = CLOSING.match(dup.stderr.strip())
    assert m and m[5] == "1"
    # the article's quotes are given once, under its first path
    raman = lines(run("quotes", "--db", db, "--speaker", "Raman", "--jsonl"))
    assert raman and {r["path"] for r in raman} == {str(corpus / "chess.txt")}


def test_unchanged_files_are_not_read(corpus, db, monkeypatch):
    import newscli.batch
    from newscli.indexer import run_index

    assert index(db, str(corpus)).exit_code == 0
    read: list[str] = []
    real_load = newscli.batch.load

    def spy(source, *args, **kwargs):
        read.append(source.path)
        return real_load(source, *args, **kwargs)

    monkeypatch.setattr(newscli.batch, "load", spy)
    write(corpus, "chess.txt", CHESS + "\nThe club will defend its title next year.\n")
    conn = store.connect(db, write=True)
    try:
        events = list(run_index(conn, expand([str(corpus)]), jobs=1))
    finally:
        conn.close()
    assert read == [str(corpus / "chess.txt")]
    assert {os.path.basename(e.path): e.status for e in events} == {
        "chess.txt": "updated",
        "ferry.txt": "unchanged",
        "orchard.txt": "unchanged",
    }


def test_index_without_paths_rechecks_known_files_and_prunes(corpus, db):
    assert index(db, str(corpus)).exit_code == 0
    (corpus / "orchard.txt").unlink()
    kept = run("index", "--db", db)  # no path: the files the index holds
    assert kept.exit_code == 2  # the missing file is an error, its article stays
    assert "orchard.txt" in kept.stderr
    assert store.db_stats(db)["articles"] == 3
    pruned = run("index", "--db", db, "--prune", str(corpus))
    assert pruned.exit_code == 0, pruned.stderr
    m = CLOSING.match(pruned.stderr.strip())
    assert m and m[7] == "1"
    assert store.db_stats(db)["articles"] == 2
    assert run("search", "--db", db, "frost").exit_code == 1
    assert run("quotes", "--db", db, "--speaker", "Brandt").exit_code == 1


def test_jsonl_stream_and_stdin_are_indexed(tmp_path, db):
    stream = tmp_path / "feed.jsonl"
    records = [
        {"text": CHESS, "url": "https://example.org/chess", "title": "Chess title",
         "date": "2023-11-05"},
        {"text": ORCHARD, "url": "https://example.org/frost"},
    ]  # fmt: skip
    stream.write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    result = index(db, str(stream))
    assert [(r["path"], r["status"]) for r in lines(result)] == [
        (f"{stream}:1", "added"),
        (f"{stream}:2", "added"),
    ]
    assert set(statuses(index(db, str(stream))).values()) == {"unchanged"}
    hits = lines(run("search", "--db", db, "--jsonl", "chess"))
    assert [(h["headline"], h["date"]) for h in hits] == [("Chess title", "2023-11-05")]
    piped = run("index", "--db", db, "--jsonl", "-", input=FERRY)
    assert [(r["path"], r["status"]) for r in lines(piped)] == [("-", "added")]


def test_a_bad_line_of_a_stream_is_an_error_and_the_good_lines_are_indexed(tmp_path, db):
    stream = tmp_path / "feed.jsonl"
    good = [json.dumps({"text": CHESS}), json.dumps({"text": ORCHARD})]
    stream.write_text(f"{good[0]}\n{{\"text\": broken\n{good[1]}\n", "utf-8")
    result = index(db, str(stream))
    assert result.exit_code == 2
    assert sorted((r["path"], r["status"]) for r in lines(result)) == [
        (str(stream), "error"), (f"{stream}:1", "added"), (f"{stream}:3", "added"),
    ]  # fmt: skip
    assert f"{stream}: line 2: not valid JSON" in result.stderr
    assert ", 1 errors" in result.stderr.splitlines()[-1]


def test_db_defaults_to_env_then_cwd(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("index", str(corpus)).exit_code == 0
    assert (tmp_path / "newscli.db").exists()
    other = tmp_path / "other.db"
    assert run("index", str(corpus), env={"NEWSCLI_DB": str(other)}).exit_code == 0
    assert other.exists()
    assert run("search", "ferry", env={"NEWSCLI_DB": str(other)}).exit_code == 0


def test_parallel_index_matches_serial(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(18):  # enough for the worker pool
        base = (FERRY, ORCHARD, CHESS)[i % 3]
        write(folder, f"{i:02d}.txt", base + f"\nCorrection number {i} was appended on day {i}.\n")
    serial, parallel = str(tmp_path / "serial.db"), str(tmp_path / "parallel.db")
    one = index(serial, str(folder), extra=("--jobs", "1"))
    two = index(parallel, str(folder), extra=("--jobs", "2"))
    assert one.exit_code == two.exit_code == 0
    assert lines(one) == lines(two)
    assert list(store.db_quotes(serial)) == list(store.db_quotes(parallel))


# --- near-duplicates --------------------------------------------------------------------------


def test_near_duplicates_share_a_cluster(corpus, db):
    write(corpus, "ferry-wire.txt", FERRY_WIRE)
    assert index(db, str(corpus)).exit_code == 0
    conn = sqlite3.connect(db)
    clusters = dict(conn.execute("SELECT path, cluster FROM articles").fetchall())
    conn.close()
    by_name = {os.path.basename(p): c for p, c in clusters.items()}
    assert by_name["ferry.txt"] == by_name["ferry-wire.txt"]
    assert len({by_name["ferry.txt"], by_name["orchard.txt"], by_name["chess.txt"]}) == 3

    hits = lines(run("search", "--db", db, "--jsonl", "ferry"))
    assert len(hits) == 1  # one per cluster
    every = lines(run("search", "--db", db, "--jsonl", "--all", "ferry"))
    assert sorted(os.path.basename(h["path"]) for h in every) == ["ferry-wire.txt", "ferry.txt"]

    # speakers --db counts the story once; the file command counts both copies
    from_db = {r["speaker"]: r for r in lines(run("speakers", "--db", db, "--jsonl"))}
    from_files = {r["speaker"]: r for r in lines(run("speakers", "--jsonl", str(corpus)))}
    assert from_files["Ann Lee"]["articles"] == 2
    assert from_db["Ann Lee"]["articles"] == 1
    assert from_db["Ann Lee"]["total"] * 2 == from_files["Ann Lee"]["total"]
    assert from_db["Tomas Brandt"] == from_files["Tomas Brandt"]


def test_dedup_similarity_follows_shingle_jaccard():
    from newscli.dedup import shingles, signature, similar

    def exact(a: str, b: str) -> float:
        sa, sb = shingles(a), shingles(b)
        return len(sa & sb) / len(sa | sb)

    assert exact(FERRY, FERRY_WIRE) >= 0.8
    assert similar(signature(FERRY)[0], signature(FERRY_WIRE)[0])
    assert exact(FERRY, ORCHARD) < 0.1
    assert not similar(signature(FERRY)[0], signature(ORCHARD)[0])
    half = FERRY[: len(FERRY) // 2]
    assert exact(FERRY, half) < 0.6
    assert not similar(signature(FERRY)[0], signature(half)[0])


# --- versions, interruptions, damaged files ---------------------------------------------------


def test_analysis_version_bump_reanalyses(corpus, db, monkeypatch):
    from newscli import api

    assert index(db, str(corpus)).exit_code == 0
    monkeypatch.setattr(api, "ANALYSIS_VERSION", api.ANALYSIS_VERSION + 1)
    bumped = index(db, str(corpus))
    assert set(statuses(bumped).values()) == {"updated"}
    assert store.db_stats(db)["analysis_version"] == str(api.ANALYSIS_VERSION)
    assert store.db_stats(db)["articles"] == 3
    assert set(statuses(index(db, str(corpus))).values()) == {"unchanged"}


def test_interrupted_index_leaves_a_consistent_db_and_the_next_run_carries_on(
    corpus, db, monkeypatch
):
    from newscli.indexer import run_index

    write(corpus, "zz-late.txt", FERRY_WIRE + "\nA late correction.\n")
    calls = {"n": 0}
    real_put = store.Writer.put

    def crash_on_third(self, entry):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_put(self, entry)

    monkeypatch.setattr(store.Writer, "put", crash_on_third)
    conn = store.connect(db, write=True)
    seen = []
    with pytest.raises(KeyboardInterrupt):
        for event in run_index(conn, expand([str(corpus)]), jobs=1, batch_articles=2):
            seen.append(event.status)
    conn.close()
    assert seen == ["added", "added"]  # the first batch, committed
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
    check.execute("INSERT INTO quotes_fts(quotes_fts) VALUES('integrity-check')")
    assert check.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2
    assert check.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 2
    orphans = check.execute(
        "SELECT COUNT(*) FROM quotes WHERE article NOT IN (SELECT n FROM articles)"
    ).fetchone()[0]
    assert orphans == 0
    check.close()

    monkeypatch.setattr(store.Writer, "put", real_put)
    rerun = index(db, str(corpus))
    assert rerun.exit_code == 0, rerun.stderr
    assert sorted(statuses(rerun).values()) == ["added", "added", "unchanged", "unchanged"]
    assert store.db_stats(db)["articles"] == 4


def _sha(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_a_file_that_is_not_an_index_is_an_error_and_left_alone(corpus, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("my notes, not a database\n", "utf-8")
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    for path in (text, other):
        before = _sha(path)
        for args in (("index", "--db", str(path), str(corpus)),
                     ("search", "--db", str(path), "ferry"),
                     ("quotes", "--db", str(path)),
                     ("speakers", "--db", str(path))):  # fmt: skip
            result = run(*args)
            assert result.exit_code == 2, (args, result.stdout)
            assert result.stderr.startswith("newscli: error: ")
            assert "not a newscli index" in result.stderr
            assert len(result.stderr.splitlines()) == 1
        assert _sha(path) == before


def test_a_damaged_index_is_an_error_and_left_alone(corpus, db):
    assert index(db, str(corpus)).exit_code == 0
    size = os.path.getsize(db)
    assert size > 8192
    with open(db, "r+b") as fh:  # scribble over everything after the first two pages
        fh.seek(8192)
        fh.write(b"\xa5" * (size - 8192))
    before = _sha(db)
    result = run("index", "--db", db, str(corpus))
    assert result.exit_code == 2
    assert "damaged" in result.stderr and len(result.stderr.splitlines()) == 1
    searched = run("search", "--db", db, "ferry")
    assert searched.exit_code == 2 and "Traceback" not in searched.stderr
    assert _sha(db) == before


def test_search_without_an_index_says_how_to_make_one(tmp_path):
    missing = str(tmp_path / "missing.db")
    result = run("search", "--db", missing, "ferry")
    assert result.exit_code == 2
    assert "newscli index" in result.stderr
    assert not os.path.exists(missing)


# --- the query language -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, fts",
    [
        ("ferry", '"ferry"'),
        ("ferry route", '"ferry" AND "route"'),
        ('"harbor council"', '"harbor council"'),
        ("ferry OR causeway", '("ferry" OR "causeway")'),
        ("ferry -causeway", '("ferry") NOT ("causeway")'),
        ("govern*", '"govern"*'),
        ('say "a ""b', None),
        ("AT&T - fares —", '"AT&T" AND "fares"'),
        ("x headline:y NEAR(z", None),
        ("x headline:y", '"x" AND "headline:y"'),
        ("it's", '"it\'s"'),
        ("a AND b", '"a" AND "b"'),
        ("NOT a b", '("b") NOT ("a")'),
        ("tax OR levy vote", '("tax" OR "levy") AND "vote"'),
    ],
)
def test_query_translation(query, fts):
    from newscli.query import to_fts

    if fts is None:
        with pytest.raises(NewscliError):
            to_fts(query)
    else:
        assert to_fts(query) == fts


@pytest.mark.parametrize(
    "query",
    ["", "   ", '"unclosed phrase', "OR ferry", "ferry OR", "ferry OR OR boat", "-ferry",
     "gov*ern", "*", "ferry (boat)", '""', "ferry OR -boat", "---", "NOT", '"—"'],
)  # fmt: skip
def test_malformed_queries_are_errors(query, corpus, db):
    from newscli.query import to_fts

    with pytest.raises(NewscliError):
        to_fts(query)
    assert index(db, str(corpus)).exit_code == 0
    result = run("search", "--db", db, "--", query)
    assert result.exit_code == 2
    assert result.stderr.startswith("newscli: error: bad query")
    assert len(result.stderr.splitlines()) == 1


def test_user_text_never_reaches_sql(corpus, db):
    assert index(db, str(corpus)).exit_code == 0
    for query in ("'; DROP TABLE articles; --", 'ferry" OR "x', "headline:ferry", "NEAR ferry",
                  "ferry' OR 1=1 --", "\x00ferry"):  # fmt: skip
        result = run("search", "--db", db, "--", query)
        assert result.exit_code in (0, 1), (query, result.stderr)
    assert store.db_stats(db)["articles"] == 3


def search_names(db: str, *args: str) -> list[str]:
    result = run("search", "--db", db, "--jsonl", "--all", *args)
    assert result.exit_code in (0, 1), result.stderr
    return [os.path.basename(r["path"]) for r in lines(result)]


def test_query_operators_on_an_index(corpus, db):
    assert index(db, str(corpus)).exit_code == 0
    assert search_names(db, "ferry") == ["ferry.txt"]
    assert sorted(search_names(db, "ferry OR frost")) == ["ferry.txt", "orchard.txt"]
    assert search_names(db, "ferry frost") == []  # both words
    assert search_names(db, '"village library"') == ["chess.txt"]
    assert search_names(db, '"library village"') == []
    assert sorted(search_names(db, "said -ferry")) == ["chess.txt", "orchard.txt"]
    assert search_names(db, "champion*") == ["chess.txt"]
    assert search_names(db, "growers") == ["orchard.txt"]
    assert search_names(db, "grower") == ["orchard.txt"]  # stemmed: other forms match
    assert search_names(db, "Brandt", "--speaker", "brandt") == ["orchard.txt"]
    assert search_names(db, "said", "--speaker", "Lee") == ["ferry.txt"]
    assert search_names(db, "said", "--speaker", "Nobody Here") == []


def test_headline_weighs_more_than_body(tmp_path, db):
    folder = tmp_path / "w"
    folder.mkdir()
    write(folder, "in-body.txt", CHESS.replace("won the national team", "won the lighthouse team"))
    headline = ORCHARD.replace("Orchard growers count", "Lighthouse growers count")
    write(folder, "in-headline.txt", headline)
    assert index(db, str(folder)).exit_code == 0
    assert search_names(db, "lighthouse") == ["in-headline.txt", "in-body.txt"]


def test_search_records_and_formats(corpus, db):
    assert index(db, str(corpus)).exit_code == 0
    hits = lines(run("search", "--db", db, "--jsonl", "frost"))
    assert len(hits) == 1
    hit = hits[0]
    assert list(hit) == ["path", "id", "headline", "date", "author", "score", "snippet"]
    assert hit["headline"] == "Orchard growers count losses after late frost"
    assert hit["date"] == "2024-04-22"
    assert hit["score"] > 0 and "frost" in hit["snippet"]
    csv_out = run("search", "--db", db, "--csv", "frost").stdout.splitlines()
    assert csv_out[0] == "path,id,headline,date,author,score,snippet"
    plain = run("search", "--db", db, "frost").stdout
    assert plain == f"{corpus / 'orchard.txt'}\t2024-04-22\t{hit['headline']}\n"
    table = run("search", "--db", db, "--format", "table", "frost",
                env={"FORCE_COLOR": "1", "COLUMNS": "160"})  # fmt: skip
    assert table.exit_code == 0
    assert re.search(r"\x1b\[[0-9;]*m(frost)\x1b\[0m", table.stdout)  # the match highlighted
    assert run("search", "--db", db, "zeppelin").exit_code == 1
    assert run("search", "--db", db, "--json", "zeppelin").stdout == "[]\n"
    limited = lines(run("search", "--db", db, "--jsonl", "--limit", "1", "said"))
    assert len(limited) == 1


def test_search_quotes(corpus, db):
    assert index(db, str(corpus)).exit_code == 0
    hits = lines(run("search", "--db", db, "--quotes", "--jsonl", "forty years"))
    assert len(hits) == 1
    from newscli.records import QUOTE_FIELDS

    assert list(hits[0]) == QUOTE_FIELDS + ["headline", "date", "score"]
    assert hits[0]["speaker"] == "Tomas Brandt"
    assert hits[0]["headline"].startswith("Orchard growers")
    file_quotes = lines(run("quotes", "--jsonl", str(corpus / "orchard.txt")))
    assert {k: hits[0][k] for k in QUOTE_FIELDS} in file_quotes


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Published: June 3, 2025", "2025-06-03"),
        ("12:03 EST, 3 January 2014", "2014-01-03"),
        ("2024-03-05T10:00:00Z", "2024-03-05T10:00"),
        ("Sept. 9, 2019", "2019-09-09"),
        ("February 30, 2024", None),
        ("last Tuesday", None),
        (None, None),
    ],
)
def test_iso_dates(text, iso):
    from newscli.dates import iso_date

    assert iso_date(text) == iso


def test_date_filters(corpus, db):
    assert index(db, str(corpus)).exit_code == 0
    assert search_names(db, "said", "--since", "2025") == ["ferry.txt"]
    assert search_names(db, "said", "--until", "2024-12") == ["orchard.txt"]
    assert search_names(db, "said", "--since", "2024-04-22", "--until", "2024-04-22") == [
        "orchard.txt"
    ]
    assert search_names(db, "said", "--since", "2024-04-23", "--until", "2025-06-02") == []
    # the undated chess story is never in a date range
    assert sorted(search_names(db, "said", "--since", "1900")) == ["ferry.txt", "orchard.txt"]
    quotes = lines(run("quotes", "--db", db, "--jsonl", "--since", "June 1, 2025"))
    assert quotes and {os.path.basename(q["path"]) for q in quotes} == {"ferry.txt"}
    speakers = lines(run("speakers", "--db", db, "--jsonl", "--until", "2024"))
    assert {s["speaker"] for s in speakers} >= {"Tomas Brandt"}
    assert "Ann Lee" not in {s["speaker"] for s in speakers}
    bad = run("search", "--db", db, "said", "--since", "soon")
    assert bad.exit_code == 2 and "--since" in bad.stderr
    assert run("quotes", "--since", "2024", str(corpus)).exit_code == 2  # needs --db


# --- --db parity with the file commands, and the API -----------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("--speaker", "Stoltenberg"),
        ("--kind", "direct"),
        ("--kind", "indirect", "--kind", "partial"),
        ("--contains", "the"),
        ("--speaker", "okafor", "--contains", "BRIDGE"),
    ],
)
def test_quotes_db_gives_the_file_commands_records(args, db):
    samples = str(SAMPLES)
    assert run("index", "--db", db, samples).exit_code == 0
    from_files = run("quotes", "--jsonl", *args, samples)
    from_db = run("quotes", "--jsonl", "--db", db, *args)
    assert from_db.exit_code == from_files.exit_code
    assert from_db.stdout == from_files.stdout
    assert from_files.stdout  # the parity is about something
    plain_files = run("quotes", *args, samples).stdout
    assert run("quotes", "--db", db, *args).stdout == plain_files


@pytest.mark.parametrize("args", [(), ("--kind", "direct"), ("--csv",)])
def test_speakers_db_gives_the_file_commands_records(args, db):
    samples = str(SAMPLES)
    assert run("index", "--db", db, samples).exit_code == 0
    from_files = (
        run("speakers", "--jsonl", *args, samples)
        if "--csv" not in args
        else run("speakers", *args, samples)
    )
    from_db = (
        run("speakers", "--jsonl", "--db", db, *args)
        if "--csv" not in args
        else run("speakers", "--db", db, *args)
    )
    assert from_db.stdout == from_files.stdout
    assert from_files.stdout.count("\n") >= 3


def test_db_and_paths_together_is_an_error(db):
    assert run("index", "--db", db, str(SAMPLES)).exit_code == 0
    result = run("quotes", "--db", db, str(SAMPLES))
    assert result.exit_code == 2 and "not both" in result.stderr
    assert run("quotes", "--db", db, "--context").exit_code == 2


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir()))
def test_api_gives_what_the_commands_give(name):
    from newscli import Analysis, analyze

    path = str(SAMPLES / name)
    text = (SAMPLES / name).read_text("utf-8")
    result = analyze(text, path=path)
    assert isinstance(result, Analysis)
    assert result.article == json.loads(run("info", "--json", path).stdout)[0]
    assert result.quotes == lines(run("quotes", "--jsonl", path))
    assert result.summary == lines(run("summarize", "--jsonl", path))[0]["sentences"]
    assert result.speakers == lines(run("speakers", "--jsonl", path))
    assert len(result.summary) == 3


def test_api_metadata_and_errors():
    from newscli import analyze, content_id

    result = analyze(CHESS, url="https://example.org/chess", title="Chess!", date="2023-11-05")
    assert result.article["path"] == "https://example.org/chess"
    assert result.article["url"] == "https://example.org/chess"
    assert (result.article["headline"], result.article["date"]) == ("Chess!", "2023-11-05")
    assert all(q["path"] == "https://example.org/chess" for q in result.quotes)
    assert analyze(CHESS).article["path"] == "-"
    assert result.id == content_id(CHESS) == content_id(CHESS.replace("\n", "\n  "))
    with pytest.raises(AttributeError):
        result.summary = []  # type: ignore[misc]
    with pytest.raises(NewscliError):
        analyze("   \n\n ")


def test_import_newscli_stays_light():
    import subprocess
    import sys

    code = (
        "import sys, newscli\n"
        "heavy = [m for m in ('newscli.api', 'newscli.store', 'datasketch', 'numpy') "
        "if m in sys.modules]\n"
        "from newscli import analyze\n"
        "sys.stdout.write(repr(heavy) + ' ' + analyze.__module__)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout == "[] newscli.api", proc.stderr


def test_new_commands_are_documented():
    readme = (ROOT / "README.md").read_text("utf-8")
    for command in ("index", "search"):
        assert f"newscli {command}" in readme
        result = run(command, "-h")
        assert result.exit_code == 0 and "Examples" in result.stdout
    assert "from newscli import analyze" in readme
    for option in ("quotes", "speakers"):
        assert "--db" in run(option, "-h").stdout


def test_bad_inputs_are_errors_and_the_rest_is_indexed(corpus, db):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    result = index(db, str(corpus), str(corpus / "missing.txt"))
    assert result.exit_code == 2
    got = statuses(result)
    assert got["empty.txt"] == got["binary.txt"] == got["missing.txt"] == "error"
    assert got["ferry.txt"] == got["orchard.txt"] == got["chess.txt"] == "added"
    errors = result.stderr.splitlines()[:-1]
    assert len(errors) == 3 and all(e.startswith("newscli: error: ") for e in errors)
    m = CLOSING.match(result.stderr.splitlines()[-1])
    assert m and (m[2], m[6]) == ("3", "3")
    assert store.db_stats(db)["articles"] == 3


def test_speaker_lookup_matches_as_the_file_commands_do():
    from newscli.quotes.tally import fold, speaker_matches

    names = ["Jens Stoltenberg", "Jean-Luc Mélenchon", "Ann Lee", "Lee Ann Brown", "ZELENSKYY",
             "Gonzàlez", "one aide", "a police spokesman", "Anne-Marie O'Neil",
             "Ma  Ying-jeou"]  # fmt: skip
    queries = ["stoltenberg", "Jens Stoltenberg", "jens stolt", "lee", "ann lee", "Lee Ann",
               "jean-luc", "luc melenchon", "MÉLENCHON", "zelenskyy", "gonzalez", "aide",
               "police spokesman", "o'neil", "marie o'neil", "ying jeou", "ma ying-jeou", "-",
               "   ", "brown lee", "Ann"]  # fmt: skip
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE speaker_names(name TEXT PRIMARY KEY, folded TEXT NOT NULL)")
    conn.executemany(
        "INSERT INTO speaker_names VALUES (?, ?)", [(n, store.fold_name(n)) for n in names]
    )
    for name in names:
        assert store.fold_name(name) == " ".join(fold(name).replace("-", " ").split())
    for query in queries:
        expected = {n for n in names if speaker_matches(query, n)}
        assert set(store.speaker_names(conn, query)) == expected, query


def test_new_minhash_parameters_make_every_article_stale(corpus, db, monkeypatch):
    from newscli import dedup

    assert index(db, str(corpus)).exit_code == 0
    monkeypatch.setattr(dedup, "MINHASH_PARAMS", dedup.MINHASH_PARAMS + "/changed")
    assert set(statuses(index(db, str(corpus))).values()) == {"updated"}
    assert store.db_stats(db)["minhash"].endswith("/changed")
    assert set(statuses(index(db, str(corpus))).values()) == {"unchanged"}


def test_shingle_hashes_are_datasketchs_default_hash():
    from datasketch import MinHash
    from datasketch.hashfunc import sha1_hash32

    from newscli.dedup import NUM_PERM, SCHEME, SEED, shingle_hashes, shingles, signature

    text = "The mayor said the ferry will sail at dawn, the mayor said."
    assert sorted(shingle_hashes(text)) == sorted(sha1_hash32(s.encode()) for s in shingles(text))
    assert shingle_hashes("Rain") == [sha1_hash32(b"rain")]
    # the signature is the one datasketch computes from the raw shingles itself
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch([s.encode("utf-8") for s in shingles(FERRY)])
    assert signature(FERRY)[0] == bytes(mh.hashvalues.astype("<u4").tobytes())
    assert shingles("a b c d") == {"a b c", "b c d"}
