"""The article index: an SQLite file (standard library ``sqlite3``, FTS5, WAL).

Schema (``SCHEMA_VERSION``; ``PRAGMA application_id`` marks the file as a newscli index):

    meta(key, value)             newscli_version, analysis_version, minhash parameters
    files(path, size, mtime_ns)  every file read, with the size and mtime it had: unchanged
                                 files are skipped without reading
    locations(path, file, article, url)
                                 every path an article was seen under (``file:LINE`` for a
                                 JSON Lines record); one article, many paths
    articles(n, id, path, sort_key, headline, slug, author, caption, credit, date, date_text,
             dateline, url, paragraphs, sentences, words, body, summary, cluster, analysis)
                                 one row per distinct text: ``id`` is ``newscli.content_id``,
                                 ``path`` its first location, ``date`` ISO 8601 (NULL when
                                 unreadable; ``date_text`` as written), ``summary`` a JSON list,
                                 ``cluster`` its near-duplicate group, ``analysis`` the
                                 ANALYSIS_VERSION it was analysed with
    quotes(n, article, seq, speaker, source, role, kind, text, cue, start, end, paragraph)
                                 the quote records, in article order (``seq``)
    speaker_names(name, folded)  every speaker name (and source of a quote with no name),
                                 case- and accent-folded, for --speaker
    article_speakers             view: per article, each speaker, their role and quote count
    minhash(article, signature)  MinHash signature: NUM_PERM little-endian uint32 (plain numbers)
    lsh(band, key, article)      LSH buckets of the signatures, to find near-duplicates
    articles_fts(headline, body), quotes_fts(text)
                                 FTS5 indexes (porter stemming, accents folded), kept in step
                                 with their tables by triggers

Queries here are plain functions over a path (or an open connection); nothing prints.
"""

from __future__ import annotations

import json
import os
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newscli.errors import NewscliError

SCHEMA_VERSION = 1
APPLICATION_ID = 0x6E657773  # "news"
DEFAULT_DB = "newscli.db"
DB_ENV = "NEWSCLI_DB"
SQLITE_HEADER = b"SQLite format 3\x00"

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files(path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL);
CREATE TABLE articles(
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    headline TEXT, slug TEXT, author TEXT, caption TEXT, credit TEXT,
    date TEXT, date_text TEXT, dateline TEXT, url TEXT,
    paragraphs INTEGER NOT NULL, sentences INTEGER NOT NULL, words INTEGER NOT NULL,
    body TEXT NOT NULL,
    summary TEXT NOT NULL,
    cluster INTEGER NOT NULL,
    analysis INTEGER NOT NULL
);
CREATE INDEX articles_sort ON articles(sort_key);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_cluster ON articles(cluster);
CREATE TABLE locations(
    path TEXT PRIMARY KEY,
    file TEXT,
    article INTEGER NOT NULL REFERENCES articles(n),
    url TEXT
);
CREATE INDEX locations_article ON locations(article);
CREATE INDEX locations_file ON locations(file);
CREATE TABLE quotes(
    n INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(n),
    seq INTEGER NOT NULL,
    speaker TEXT, source TEXT, role TEXT,
    kind TEXT NOT NULL, text TEXT NOT NULL, cue TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, paragraph INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article, seq);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX quotes_source ON quotes(source) WHERE speaker IS NULL;
CREATE TABLE speaker_names(name TEXT PRIMARY KEY, folded TEXT NOT NULL) WITHOUT ROWID;
CREATE VIEW article_speakers AS
    SELECT article, speaker, MAX(role) AS role, COUNT(*) AS quotes
    FROM quotes WHERE speaker IS NOT NULL GROUP BY article, speaker;
CREATE TABLE minhash(article INTEGER PRIMARY KEY REFERENCES articles(n), signature BLOB NOT NULL);
CREATE TABLE lsh(band INTEGER NOT NULL, key INTEGER NOT NULL, article INTEGER NOT NULL);
CREATE INDEX lsh_bucket ON lsh(band, key);
CREATE INDEX lsh_article ON lsh(article);
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, body, content='articles', content_rowid='n',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='n', tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'bm25(4.0, 1.0)');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, headline, body) VALUES (new.n, new.headline, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, body)
        VALUES ('delete', old.n, old.headline, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF headline, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, body)
        VALUES ('delete', old.n, old.headline, old.body);
    INSERT INTO articles_fts(rowid, headline, body) VALUES (new.n, new.headline, new.body);
END;
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.n, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.n, old.text);
END;
"""

HEADLINE_WEIGHT = 4.0  # bm25 weight of the headline column; the body's is 1.0


def default_db() -> str:
    """``$NEWSCLI_DB``, else ``newscli.db`` in the current directory."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


# --- opening --------------------------------------------------------------------------------


def _check_file(path: str, *, create: bool) -> bool:
    """Whether ``path`` must be created. Raises NewscliError for anything that is not (or
    cannot be) a newscli index; such a file is never touched."""
    if not os.path.lexists(path):
        if not create:
            raise NewscliError(
                f"no index at {path}. Build one with: newscli index PATH... --db {path}"
            )
        return True
    if os.path.isdir(path):
        raise NewscliError(f"{path} is a directory, not a newscli index")
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NewscliError(f"{path}: {(exc.strerror or str(exc)).lower()}") from exc
    if not head and create:
        return True  # an empty file holds nothing to lose
    if head != SQLITE_HEADER:
        raise NewscliError(
            f"{path} is not a newscli index (not an SQLite database); it was left as it is. "
            "Choose another file with --db"
        )
    return False


def _corrupt(path: str, exc: Exception) -> NewscliError:
    return NewscliError(
        f"{path} is a damaged or unreadable index ({exc}); it was left as it is. "
        "Rebuild it into a new file with --db"
    )


def _check_schema(conn: sqlite3.Connection, path: str) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NewscliError(
            f"{path} is an SQLite database but not a newscli index; it was left as it is. "
            "Choose another file with --db"
        )
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NewscliError(
            f"{path} was made by a newer newscli (index format {version}). Upgrade newscli"
        )
    if version < SCHEMA_VERSION:
        raise NewscliError(
            f"{path} is an index in an old format ({version}). Rebuild it into a new file"
        )


def connect(path: str, *, write: bool = False, check: bool = False) -> sqlite3.Connection:
    """Open the index at ``path``: read-only unless ``write`` (which creates it when missing).
    ``check`` runs SQLite's quick integrity check (the indexer does, before writing).
    Raises NewscliError for a missing, foreign or damaged file, which is never modified."""
    path = os.fspath(path)
    create = _check_file(path, create=write)
    try:
        if write:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        else:
            from urllib.parse import quote

            uri = f"file:{quote(os.path.abspath(path))}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _corrupt(path, exc) from exc
    try:
        if create:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(
                f"BEGIN; PRAGMA application_id={APPLICATION_ID};"
                f" PRAGMA user_version={SCHEMA_VERSION}; {_SCHEMA} COMMIT;"
            )
        else:
            _check_schema(conn, path)
            if check:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise _corrupt(path, sqlite3.DatabaseError(result))
        if write:
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=OFF")
    except NewscliError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise _corrupt(path, exc) from exc
    return conn


def _conn(db: str | os.PathLike[str] | sqlite3.Connection) -> tuple[sqlite3.Connection, bool]:
    if isinstance(db, sqlite3.Connection):
        return db, False
    return connect(os.fspath(db)), True


def get_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


# --- writing --------------------------------------------------------------------------------


def sort_key(path: str) -> str:
    """A key that orders paths as a sorted folder walk gives them (a folder's files before
    its subfolders; JSON Lines records by line number): "a/z.txt" < "a/b/c.txt",
    "f.jsonl:9" < "f.jsonl:10"."""
    line = 0
    base = path
    head, sep, tail = path.rpartition(":")
    if sep and tail.isdigit() and head:
        base, line = head, int(tail)
    parts = base.replace(os.sep, "/").split("/")
    return "\x01".join(parts[:-1] + ["\x00" + parts[-1]]) + f"\x02{line:012d}"


@dataclass
class Entry:
    """One analysed article, ready to write: built in a worker, written by the one writer."""

    path: str  # as the commands report it
    file: str | None  # the file it came from (None: stdin)
    id: str
    article: dict[str, Any]  # the info record
    body: str  # the body paragraphs, a blank line between two
    date: str | None  # ISO 8601 when readable
    summary: list[str]
    quotes: list[dict[str, Any]]  # the quote records
    roles: list[str | None]  # each quote's speaker role
    signature: bytes  # MinHash signature
    bands: list[int]  # LSH bucket keys, one per band


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    error: int = 0
    pruned: int = 0

    @property
    def articles(self) -> int:
        return self.added + self.updated + self.unchanged + self.duplicate


class Writer:
    """The one writer of an index. Each ``put`` returns the input's status; changes become
    visible at ``commit`` (one transaction per batch), and ``rollback`` undoes the batch."""

    def __init__(self, conn: sqlite3.Connection, analysis_version: int, version: str) -> None:
        self.conn = conn
        self.analysis_version = analysis_version
        self.version = version

    # transactions
    def begin(self) -> None:
        if not self.conn.in_transaction:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise NewscliError(
                        f"{_db_name(self.conn)} is being written by another newscli index; "
                        "wait for it to finish"
                    ) from exc
                raise

    def commit(self) -> None:
        if self.conn.in_transaction:
            self._set_meta()
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _set_meta(self) -> None:
        from newscli.dedup import MINHASH_PARAMS

        self.conn.executemany(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            [
                ("newscli_version", self.version),
                ("analysis_version", str(self.analysis_version)),
                ("minhash", MINHASH_PARAMS),
            ],
        )

    def mark_stale_signatures(self) -> int:
        """When the MinHash parameters changed since the index was written (a newer newscli),
        every article is stale: the next run re-analyses it, signature included. Returns how
        many articles were marked."""
        from newscli.dedup import MINHASH_PARAMS

        recorded = get_meta(self.conn).get("minhash")
        if recorded is None or recorded == MINHASH_PARAMS:
            return 0
        self.begin()
        cur = self.conn.execute("UPDATE articles SET analysis = -1")
        self.commit()
        return int(cur.rowcount)

    # reads the indexer needs
    def file_unchanged(self, path: str, size: int, mtime_ns: int) -> list[tuple[str, str]] | None:
        """The (path, id) of the articles read from ``path`` when the file has the size and
        mtime it had and none of its articles needs re-analysing; else None."""
        row = self.conn.execute(
            "SELECT size, mtime_ns FROM files WHERE path = ?", (path,)
        ).fetchone()
        if row is None or row[0] != size or row[1] != mtime_ns:
            return None
        rows = self.conn.execute(
            "SELECT l.path, a.id, a.analysis FROM locations l JOIN articles a ON a.n = l.article"
            " WHERE l.file = ?",
            (path,),
        ).fetchall()
        if not rows or any(r[2] != self.analysis_version for r in rows):
            return None
        return sorted(((r[0], r[1]) for r in rows), key=lambda r: sort_key(r[0]))

    def known_files(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT path FROM files ORDER BY path")]

    # writes
    def put(self, entry: Entry) -> str:
        """Write one analysed article; returns added, updated, unchanged or duplicate."""
        conn = self.conn
        row = conn.execute("SELECT n, analysis FROM articles WHERE id = ?", (entry.id,)).fetchone()
        loc = conn.execute("SELECT article FROM locations WHERE path = ?", (entry.path,)).fetchone()
        old_article = loc[0] if loc else None
        if row is not None:
            n, analysis = row
            stale = analysis != self.analysis_version
            if stale:
                self._replace_analysis(n, entry)
            if old_article == n:
                conn.execute(
                    "UPDATE locations SET file = ?, url = ? WHERE path = ?",
                    (entry.file, entry.article.get("url"), entry.path),
                )
                return "updated" if stale else "unchanged"
            self._move_location(entry, n, old_article)
            return "duplicate"
        n = self._insert_article(entry)
        self._move_location(entry, n, old_article)
        return "updated" if old_article is not None else "added"

    def finish_file(self, path: str, size: int, mtime_ns: int, seen: Iterable[str]) -> None:
        """Record a file as read; drop articles it no longer holds (a shorter JSON Lines)."""
        seen = set(seen)
        gone = [
            r[0]
            for r in self.conn.execute("SELECT path FROM locations WHERE file = ?", (path,))
            if r[0] not in seen
        ]
        for loc in gone:
            self._drop_location(loc)
        self.conn.execute(
            "INSERT OR REPLACE INTO files(path, size, mtime_ns) VALUES (?, ?, ?)",
            (path, size, mtime_ns),
        )

    def tidy(self, changed: int) -> None:
        """After a run that changed ``changed`` articles: merge the full-text indexes' segments
        (whole when at least a tenth of the index changed, else a bounded step), so queries
        read few segments. 20,000 articles take under a second."""
        if changed <= 0:
            return
        total = self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        for table in ("articles_fts", "quotes_fts"):
            if changed * 10 >= total:
                self.conn.execute(f"INSERT INTO {table}({table}) VALUES('optimize')")
            else:
                self.conn.execute(f"INSERT INTO {table}({table}, rank) VALUES('merge', 500)")

    def prune(self, exists: Any = os.path.exists) -> int:
        """Drop files that are gone, and the articles only they held; returns articles dropped."""
        before = self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        for path in self.known_files():
            if exists(path):
                continue
            for (loc,) in self.conn.execute(
                "SELECT path FROM locations WHERE file = ?", (path,)
            ).fetchall():
                self._drop_location(loc)
            self.conn.execute("DELETE FROM files WHERE path = ?", (path,))
        after = self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        return int(before - after)

    def _article_values(self, entry: Entry) -> dict[str, Any]:
        a = entry.article
        return {
            "headline": a.get("headline"),
            "slug": a.get("slug"),
            "author": a.get("author"),
            "caption": a.get("caption"),
            "credit": a.get("credit"),
            "date": entry.date,
            "date_text": a.get("date"),
            "dateline": a.get("dateline"),
            "url": a.get("url"),
            "paragraphs": a.get("paragraphs", 0),
            "sentences": a.get("sentences", 0),
            "words": a.get("words", 0),
            "body": entry.body,
            "summary": json.dumps(entry.summary, ensure_ascii=False),
            "analysis": self.analysis_version,
        }

    def _insert_article(self, entry: Entry) -> int:
        values = self._article_values(entry)
        values.update(id=entry.id, path=entry.path, sort_key=sort_key(entry.path), cluster=0)
        cols = ", ".join(values)
        marks = ", ".join(f":{k}" for k in values)
        cur = self.conn.execute(f"INSERT INTO articles({cols}) VALUES ({marks})", values)
        n = int(cur.lastrowid or 0)
        self._insert_quotes(n, entry)
        self._insert_minhash(n, entry)
        return n

    def _replace_analysis(self, n: int, entry: Entry) -> None:
        values = self._article_values(entry)
        sets = ", ".join(f"{k} = :{k}" for k in values)
        self.conn.execute(f"UPDATE articles SET {sets} WHERE n = :n", {**values, "n": n})
        self.conn.execute("DELETE FROM quotes WHERE article = ?", (n,))
        self._insert_quotes(n, entry)
        self.conn.execute("DELETE FROM minhash WHERE article = ?", (n,))
        self.conn.execute("DELETE FROM lsh WHERE article = ?", (n,))
        self._insert_minhash(n, entry, keep_cluster=True)

    def _insert_quotes(self, n: int, entry: Entry) -> None:
        rows = [
            (
                n,
                seq,
                q["speaker"],
                q.get("source"),
                role,
                q["kind"],
                q["text"],
                q["cue"],
                q["start"],
                q["end"],
                q["paragraph"],
            )
            for seq, (q, role) in enumerate(zip(entry.quotes, entry.roles, strict=True))
        ]
        self.conn.executemany(
            "INSERT INTO quotes(article, seq, speaker, source, role, kind, text, cue, start,"
            ' "end", paragraph) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            rows,
        )
        names: set[str] = {
            q["speaker"] or q["source"] for q in entry.quotes if q["speaker"] or q.get("source")
        }
        self.conn.executemany(
            "INSERT OR IGNORE INTO speaker_names(name, folded) VALUES (?, ?)",
            [(name, fold_name(name)) for name in sorted(names)],
        )

    def _insert_minhash(self, n: int, entry: Entry, keep_cluster: bool = False) -> None:
        from newscli.dedup import similar

        conn = self.conn
        candidates: set[int] = set()
        if entry.bands:  # every band's bucket in one query (each OR term is an index search)
            terms = " OR ".join("(band = ? AND key = ?)" for _ in entry.bands)
            keys = [v for band, key in enumerate(entry.bands) for v in (band, key)]
            candidates.update(
                r[0] for r in conn.execute(f"SELECT article FROM lsh WHERE {terms}", keys)
            )
        candidates.discard(n)
        clusters: set[int] = set()
        for other in sorted(candidates):
            row = conn.execute(
                "SELECT m.signature, a.cluster FROM minhash m JOIN articles a ON a.n = m.article"
                " WHERE m.article = ?",
                (other,),
            ).fetchone()
            if row and similar(entry.signature, row[0]):
                clusters.add(row[1])
        if keep_cluster:
            clusters.add(
                conn.execute("SELECT cluster FROM articles WHERE n = ?", (n,)).fetchone()[0]
            )
        cluster = min(clusters) if clusters else n
        conn.execute("UPDATE articles SET cluster = ? WHERE n = ?", (cluster, n))
        merge = sorted(clusters - {cluster})
        if merge:  # the new text bridges two groups: they become one
            marks = ",".join("?" * len(merge))
            conn.execute(
                f"UPDATE articles SET cluster = ? WHERE cluster IN ({marks})", [cluster, *merge]
            )
        conn.execute("INSERT INTO minhash(article, signature) VALUES (?, ?)", (n, entry.signature))
        conn.executemany(
            "INSERT INTO lsh(band, key, article) VALUES (?, ?, ?)",
            [(band, key, n) for band, key in enumerate(entry.bands)],
        )

    def _move_location(self, entry: Entry, n: int, old_article: int | None) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO locations(path, file, article, url) VALUES (?, ?, ?, ?)",
            (entry.path, entry.file, n, entry.article.get("url")),
        )
        self._refresh_path(n)
        if old_article is not None and old_article != n:
            self._refresh_path(old_article)

    def _drop_location(self, loc: str) -> None:
        row = self.conn.execute("SELECT article FROM locations WHERE path = ?", (loc,)).fetchone()
        self.conn.execute("DELETE FROM locations WHERE path = ?", (loc,))
        if row:
            self._refresh_path(row[0])

    def _refresh_path(self, n: int) -> None:
        """An article's ``path`` is its first location; with none left it is deleted."""
        paths = [
            r[0] for r in self.conn.execute("SELECT path FROM locations WHERE article = ?", (n,))
        ]
        if not paths:
            for table, column in (
                ("quotes", "article"),
                ("minhash", "article"),
                ("lsh", "article"),
                ("articles", "n"),
            ):
                self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (n,))
            return
        first = min(paths, key=sort_key)
        self.conn.execute(
            "UPDATE articles SET path = ?, sort_key = ? WHERE n = ? AND path != ?",
            (first, sort_key(first), n, first),
        )


# --- queries --------------------------------------------------------------------------------


def _date_sql(
    since: str | None, until: str | None, column: str = "a.date"
) -> tuple[str, list[str]]:
    """SQL conditions for ``--since``/``--until`` (ISO prefixes, both ends included)."""
    from newscli.dates import date_bound

    sql, args = [], []
    if since:
        sql.append(f"{column} >= ?")
        args.append(date_bound(since, "--since"))
    if until:
        bound = date_bound(until, "--until")
        sql.append(f"substr({column}, 1, {len(bound)}) <= ?")
        args.append(bound)
    return " AND ".join(sql), args


def fold_name(text: str) -> str:
    """A name as ``--speaker`` compares it: ``newscli.quotes.tally.fold`` (lower case, no
    accents), hyphens as spaces, whitespace collapsed: "Jean-Luc  Mélenchon" -> "jean luc
    melenchon". Kept here so a query does not load the quote finder (a test holds the two
    equal)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(folded.replace("-", " ").split())


def speaker_names(conn: sqlite3.Connection, query: str) -> list[str]:
    """Every indexed speaker name (or source) ``--speaker query`` matches, as the file commands
    match (``speaker_matches``): the query's words, case- and accent-insensitive, as a run of
    the name's words: "stoltenberg" -> ["Jens Stoltenberg"]; "jens stolt" -> []."""
    if not " ".join(query.split()):
        return []
    words = fold_name(query)
    sql = "SELECT name FROM speaker_names"
    args: list[str] = []
    if words:  # (a query of hyphens only has no words: every name matches, as speaker_matches)
        sql += " WHERE instr(' ' || folded || ' ', ?) > 0"
        args.append(f" {words} ")
    return [r[0] for r in conn.execute(sql, args)]


def _in(names: Sequence[object]) -> str:
    return "(" + ",".join("?" * len(names)) + ")"


def _speaker_sql(names: Sequence[str], column: str = "n") -> str:
    """A subquery of the quotes (``column`` n) or articles (``column`` article) by one of
    ``names`` (bound twice): the resolved speaker, or when there is none, the source as
    written, as ``quote_matches_speaker`` decides for the file commands. Two index lookups,
    not a scan: "said" by "Blair" in 100,000 articles stays in milliseconds."""
    union = "UNION" if column == "article" else "UNION ALL"
    return (
        f"SELECT {column} FROM quotes WHERE speaker IN {_in(names)} {union}"
        f" SELECT {column} FROM quotes INDEXED BY quotes_source"
        f" WHERE speaker IS NULL AND source IN {_in(names)}"
    )


_SNIP_OPEN, _SNIP_CLOSE = "\x02", "\x03"


def split_snippet(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """FTS5's marked snippet to plain text and the (start, end) of each match in it."""
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    pos = 0
    start = -1
    for ch in snippet:
        if ch == _SNIP_OPEN:
            start = pos
        elif ch == _SNIP_CLOSE:
            if start >= 0:
                marks.append((start, pos))
            start = -1
        else:
            out.append(ch)
            pos += 1
    text = "".join(out)
    return text, marks


def _run(conn: sqlite3.Connection, sql: str, args: Sequence[object], path: str) -> list[Any]:
    try:
        return conn.execute(sql, args).fetchall()
    except sqlite3.Error as exc:
        raise _query_error(exc, path) from exc


def _query_error(exc: sqlite3.Error, path: str) -> NewscliError:
    """A failed query: a busy index, a damaged one, or (FTS5's complaint) a bad query."""
    message = str(exc)
    if "locked" in message or "busy" in message:
        return NewscliError(f"{path} is busy (another newscli is writing to it). Try again")
    if not isinstance(exc, sqlite3.OperationalError) or any(
        word in message for word in ("malformed", "not a database", "no such", "corrupt")
    ):
        return _corrupt(path, exc)
    return NewscliError(f"bad query ({message})")


def _path_of(db: str | os.PathLike[str] | sqlite3.Connection) -> str:
    return _db_name(db) if isinstance(db, sqlite3.Connection) else os.fspath(db)


def _db_name(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row and row[2] else "index"


def search_articles(
    db: str | os.PathLike[str] | sqlite3.Connection,
    query: str,
    *,
    since: str | None = None,
    until: str | None = None,
    speaker: str | None = None,
    limit: int = 20,
    all: bool = False,
) -> list[dict[str, Any]]:
    """Articles matching ``query`` (see ``newscli.query``), best first (BM25, the headline
    weighted above the body), one per near-duplicate cluster unless ``all``. Records:
    ``{path, id, headline, date, author, score, snippet}`` (score: higher is better; ``date``
    ISO 8601 when readable), plus ``_marks``: the matches' offsets in the snippet."""
    from newscli.query import to_fts

    match = to_fts(query)
    conn, close = _conn(db)
    try:
        name = _db_name(conn)
        # A filter narrows the matches by rowid before they are scored, and "+rank" keeps the
        # ordering out of FTS5 (whose own ORDER BY rank scores and sorts every match): SQLite
        # then scores only the rows that pass and keeps the best in a bounded sort. A date
        # range holding over a third of the articles is checked instead on the matches in
        # FTS5's rank order, up to the limit (building the larger list of rowids costs more).
        date_sql, date_args = _date_sql(since, until)
        where, args = ["articles_fts MATCH ?"], [match]
        share = _date_share(conn, date_sql, date_args, name) if date_sql and not speaker else 0
        if speaker is not None:
            names = speaker_names(conn, speaker)
            if not names:
                return []
            subquery, sub_args = _speaker_sql(names, "article"), names * 2
            if date_sql:
                subquery = f"SELECT a.n FROM articles a WHERE a.n IN ({subquery}) AND {date_sql}"
                sub_args = [*sub_args, *date_args]
            where.append(f"+rowid IN ({subquery})")
            args.extend(sub_args)
        elif date_sql and share <= 1 / 3:
            where.append(f"+rowid IN (SELECT a.n FROM articles a WHERE {date_sql})")
            args.extend(date_args)
        if date_sql and speaker is None and share > 1 / 3:
            base = (
                "SELECT a.n, a.cluster, articles_fts.rank FROM articles_fts"
                " JOIN articles a ON a.n = articles_fts.rowid WHERE articles_fts MATCH ?"
                f" AND {date_sql} ORDER BY articles_fts.rank"
            )
            args.extend(date_args)
        else:
            base = "SELECT rowid, NULL, rank FROM articles_fts WHERE " + " AND ".join(where)
            base += " ORDER BY +rank"
        chosen = _top(conn, base, args, limit, all, name)
        if not chosen:
            return []
        ids = [n for n, _ in chosen]
        snippets = dict(
            _run(
                conn,
                f"SELECT rowid, snippet(articles_fts, 1, '{_SNIP_OPEN}', '{_SNIP_CLOSE}', '…', 24)"
                f" FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN {_in(ids)}",
                [match, *ids],
                name,
            )
        )
        rows = _run(
            conn,
            "SELECT n, path, id, headline, COALESCE(date, date_text), author FROM articles"
            f" WHERE n IN {_in(ids)}",
            ids,
            name,
        )
        by_n = {r[0]: r for r in rows}
        out = []
        for n, rank in chosen:
            r = by_n[n]
            marked = snippets.get(n) or ""
            snippet, marks = split_snippet(" ".join(marked.split("\n")))
            out.append(
                {
                    "path": r[1],
                    "id": r[2],
                    "headline": r[3],
                    "date": r[4],
                    "author": r[5],
                    "score": round(-rank, 3),
                    "snippet": snippet,
                    "_marks": marks,
                }
            )
        return out
    except sqlite3.Error as exc:
        raise _query_error(exc, _path_of(db)) from exc
    finally:
        if close:
            conn.close()


def _date_share(conn: sqlite3.Connection, date_sql: str, args: list[str], name: str) -> float:
    """The share of the articles within the dates ``date_sql`` allows (counted in the date
    index, well under a millisecond), which picks how a search applies the dates: 0.1 for
    "--since 2024-12" over a year of news."""
    total = _run(conn, "SELECT MAX(n) FROM articles", [], name)[0][0] or 0
    count = _run(conn, f"SELECT COUNT(*) FROM articles a WHERE {date_sql}", args, name)[0][0]
    return float(count / total) if total else 0.0


def _top(
    conn: sqlite3.Connection,
    base: str,
    args: list[Any],
    limit: int,
    all: bool,
    name: str,
) -> list[tuple[int, float]]:
    """The best ``limit`` (n, rank) of a ranked query of (n, cluster or NULL, rank) rows, one
    per cluster unless ``all``. Asks SQLite for a few more rows than needed first; only when
    clusters eat them all, for all of them. NULL clusters are looked up for those rows only."""
    want = limit if limit > 0 else None
    tries = [want * 4 + 16, None] if want is not None and not all else [want]
    out: list[tuple[int, float]] = []
    for cap in tries:
        sql = base + (f" LIMIT {int(cap)}" if cap is not None else "")
        rows = _run(conn, sql, args, name)
        if not all and rows and rows[0][1] is None:
            clusters = _clusters(conn, [r[0] for r in rows], name)
            rows = [(n, clusters.get(n, n), rank) for n, _, rank in rows]
        seen: set[int] = set()
        out = []
        for n, cluster, rank in rows:
            if not all:
                if cluster in seen:
                    continue
                seen.add(cluster)
            out.append((n, rank))
            if want is not None and len(out) >= want:
                return out
        if cap is None or len(rows) < cap:
            return out
    return out


def _clusters(conn: sqlite3.Connection, ids: list[int], name: str) -> dict[int, int]:
    found: dict[int, int] = {}
    for start in range(0, len(ids), 500):  # (SQLite's limit on bound parameters)
        chunk = ids[start : start + 500]
        found.update(
            _run(conn, f"SELECT n, cluster FROM articles WHERE n IN {_in(chunk)}", chunk, name)
        )
    return found


def _quote_columns() -> tuple[list[str], str]:
    """The quote record's fields (``newscli.records.QUOTE_FIELDS``, in order) and the SQL
    that selects them, so a record from the index has the file commands' keys and order."""
    from newscli.records import QUOTE_FIELDS

    sql = ", ".join("a.path" if f == "path" else f'q."{f}"' for f in QUOTE_FIELDS)
    return QUOTE_FIELDS, sql


def search_quotes(
    db: str | os.PathLike[str] | sqlite3.Connection,
    query: str,
    *,
    since: str | None = None,
    until: str | None = None,
    speaker: str | None = None,
    limit: int = 20,
    all: bool = False,
) -> list[dict[str, Any]]:
    """Quotes whose text matches ``query``, best first: quote records plus the article's
    ``headline`` and ``date``, and ``score``. One per cluster and text unless ``all``."""
    from newscli.query import to_fts

    match = to_fts(query)
    fields, columns = _quote_columns()
    width = len(fields)
    conn, close = _conn(db)
    try:
        # as search_articles: a --speaker narrows the matches by rowid before they are scored,
        # "+rank" keeps the ordering out of FTS5, so SQLite keeps the best in a bounded sort
        date_sql, date_args = _date_sql(since, until)
        where, args = ["quotes_fts MATCH ?"], [match]
        if speaker is not None:
            names = speaker_names(conn, speaker)
            if not names:
                return []
            subquery, sub_args = _speaker_sql(names), names * 2
            if date_sql:
                subquery = (
                    "SELECT q.n FROM quotes q JOIN articles a ON a.n = q.article"
                    f" WHERE q.n IN ({subquery}) AND {date_sql}"
                )
                sub_args = [*sub_args, *date_args]
            where.append(f"+rowid IN ({subquery})")
            args.extend(sub_args)
        if speaker is not None or not date_sql:
            ranked_sql = "SELECT rowid, rank FROM quotes_fts WHERE " + " AND ".join(where)
            ranked_sql += " ORDER BY +rank"
        else:
            ranked_sql = (
                "SELECT q.n, quotes_fts.rank FROM quotes_fts JOIN quotes q"
                " ON q.n = quotes_fts.rowid JOIN articles a ON a.n = q.article"
                f" WHERE quotes_fts MATCH ? AND {date_sql} ORDER BY quotes_fts.rank"
            )
            args.extend(date_args)
        name = _db_name(conn)
        want = limit if limit > 0 else None
        tries = [want * 4 + 16, None] if want is not None and not all else [want]
        out: list[dict[str, Any]] = []
        for cap in tries:
            ranked = _run(
                conn, ranked_sql + (f" LIMIT {int(cap)}" if cap is not None else ""), args, name
            )
            details: dict[int, Any] = {}
            ids = [n for n, _ in ranked]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for row in _run(
                    conn,
                    f"SELECT q.n, {columns}, a.headline, COALESCE(a.date, a.date_text), a.cluster"
                    f" FROM quotes q JOIN articles a ON a.n = q.article WHERE q.n IN {_in(chunk)}",
                    chunk,
                    name,
                ):
                    details[row[0]] = row[1:]
            out = []
            seen: set[tuple[int, str, str]] = set()
            for n, rank in ranked:
                row = details[n]
                record = dict(zip(fields, row[:width], strict=True))
                key = (
                    row[width + 2],
                    " ".join(record["text"].split()).casefold(),
                    str(record["speaker"]),
                )
                if not all and key in seen:
                    continue
                seen.add(key)
                record.update(headline=row[width], date=row[width + 1], score=round(-rank, 3))
                out.append(record)
                if want is not None and len(out) >= want:
                    return out
            if cap is None or len(ranked) < cap:
                return out
        return out
    except sqlite3.Error as exc:
        raise _query_error(exc, _path_of(db)) from exc
    finally:
        if close:
            conn.close()


def db_quotes(
    db: str | os.PathLike[str] | sqlite3.Connection,
    *,
    speaker: str | None = None,
    kinds: Sequence[str] | None = (),
    contains: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Every indexed quote record, in the order the file commands give them for a folder
    (articles by path, quotes in article order), filtered as ``newscli quotes`` filters."""
    conn, close = _conn(db)
    try:
        name = _db_name(conn)
        where, args = _quote_filters(conn, speaker, kinds, since, until)
        if where is None:
            return
        fields, columns = _quote_columns()
        text = fields.index("text")
        sql = (
            f"SELECT {columns} FROM quotes q JOIN articles a ON a.n = q.article"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.sort_key, q.seq"
        )
        needle = contains.casefold() if contains else None
        try:
            for row in conn.execute(sql, args):
                if needle is not None and needle not in row[text].casefold():
                    continue
                yield dict(zip(fields, row, strict=True))
        except sqlite3.Error as exc:
            raise _query_error(exc, name) from exc
    except sqlite3.Error as exc:
        raise _query_error(exc, _path_of(db)) from exc
    finally:
        if close:
            conn.close()


def _quote_filters(
    conn: sqlite3.Connection,
    speaker: str | None,
    kinds: Sequence[str] | None,
    since: str | None,
    until: str | None,
) -> tuple[list[str] | None, list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if kinds:
        where.append(f"q.kind IN {_in(kinds)}")
        args.extend(kinds)
    date_sql, date_args = _date_sql(since, until)
    if date_sql:
        where.append(date_sql)
        args.extend(date_args)
    if speaker is not None:
        names = speaker_names(conn, speaker)
        if not names:
            return None, []
        where.append(f"q.n IN ({_speaker_sql(names)})")
        args.extend(names * 2)
    return where, args


def db_speakers(
    db: str | os.PathLike[str] | sqlite3.Connection,
    *,
    kinds: Sequence[str] | None = (),
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """The ``newscli speakers`` records over the index, a quote counted once per cluster of
    near-duplicate articles (the same wire story in five papers counts once)."""
    from newscli.quotes import tally_speakers
    from newscli.records import speaker_fields

    conn, close = _conn(db)
    try:
        name = _db_name(conn)
        where, args = _quote_filters(conn, None, kinds, since, until)
        assert where is not None
        sql = (
            "SELECT a.cluster, q.speaker, q.role, q.kind, q.text FROM quotes q"
            " JOIN articles a ON a.n = q.article"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY MIN(a.sort_key) OVER (PARTITION BY a.cluster), a.cluster,"
            " a.sort_key, q.seq"
        )
        try:
            rows = conn.execute(sql, args)
            stats = tally_speakers(_cluster_quotes(rows))  # type: ignore[arg-type]
        except sqlite3.Error as exc:
            raise _query_error(exc, name) from exc
        return [speaker_fields(st) for st in stats]
    except sqlite3.Error as exc:
        raise _query_error(exc, _path_of(db)) from exc
    finally:
        if close:
            conn.close()


@dataclass
class _TallyQuote:
    speaker: str | None
    role: str | None
    kind: str


def _cluster_quotes(rows: Iterable[Sequence[Any]]) -> Iterator[tuple[int, list[_TallyQuote]]]:
    """Quote rows ordered by cluster to (cluster, quotes), each (speaker, kind, text) once."""
    current: int | None = None
    quotes: list[_TallyQuote] = []
    seen: set[tuple[Any, str, str]] = set()
    for cluster, speaker, role, kind, text in rows:
        if cluster != current:
            if current is not None:
                yield current, quotes
            current, quotes, seen = cluster, [], set()
        key = (speaker, kind, " ".join(text.split()).casefold())
        if key in seen:
            continue
        seen.add(key)
        quotes.append(_TallyQuote(speaker, role, kind))
    if current is not None:
        yield current, quotes


def db_stats(db: str | os.PathLike[str] | sqlite3.Connection) -> dict[str, Any]:
    """Counts of what the index holds: articles, clusters, quotes, files, plus its meta."""
    conn, close = _conn(db)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "clusters": one("SELECT COUNT(DISTINCT cluster) FROM articles"),
            "quotes": one("SELECT COUNT(*) FROM quotes"),
            "files": one("SELECT COUNT(*) FROM files"),
            "paths": one("SELECT COUNT(*) FROM locations"),
            **get_meta(conn),
        }
    except sqlite3.Error as exc:
        raise _query_error(exc, _path_of(db)) from exc
    finally:
        if close:
            conn.close()
