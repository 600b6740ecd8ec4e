"""``newscli index``: read inputs, analyse what is new or changed (on several processes), and
write it to the index with one writer, one transaction per batch.

Per input, in input order, an ``Event``: added (a new text), updated (the text under this
path changed, or it was re-analysed after an ANALYSIS_VERSION change), unchanged (same size
and mtime: not even read; or read and found the same), duplicate (a text already indexed
under another path: one article, two paths), error. A batch is committed only when all its
writes are done, so Ctrl-C or a crash leaves the index as it was after the last batch, and
the next run carries on from there (what was committed is unchanged and skipped).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newscli.article import Article
from newscli.errors import NewscliError
from newscli.sources import MAX_BYTES, Source
from newscli.store import Counts, Entry, Writer

BATCH_ARTICLES = 500  # a transaction per this many articles ...
BATCH_SECONDS = 2.0  # ... or per this much time, whichever comes first


@dataclass
class Event:
    """What became of one input article (or of an input that failed)."""

    path: str
    id: str | None
    status: str  # added | updated | unchanged | duplicate | error
    error: str | None = None
    notes: list[str] = field(default_factory=list)


def index_work(article: Article) -> Entry:
    """Analyse one article into what the index stores (runs in worker processes)."""
    from newscli.api import analyze_quotes, content_id
    from newscli.dates import iso_date
    from newscli.dedup import signature

    analysis, found = analyze_quotes(article)
    body = "\n\n".join(p.text for p in article.paragraphs)
    blob, bands = signature(body)
    record = dict(analysis.article)
    text = record.pop("text")
    return Entry(
        path=article.path,
        file=None,
        id=content_id(text),
        article=record,
        body=body,
        date=iso_date(article.date),
        summary=analysis.summary,
        quotes=analysis.quotes,
        roles=[q.role for q in found],
        signature=blob,
        bands=bands,
    )


def run_index(
    conn: sqlite3.Connection,
    sources: Iterable[Source],
    *,
    jobs: int = 0,
    encoding: str | None = None,
    max_bytes: int = MAX_BYTES,
    debug: bool = False,
    prune: bool = False,
    counts: Counts | None = None,
    batch_articles: int = BATCH_ARTICLES,
    batch_seconds: float = BATCH_SECONDS,
) -> Iterator[Event]:
    """Index ``sources`` into the open index ``conn``; yields an Event per input article once
    its batch is committed. ``counts`` (if given) is kept up to date, pruned articles too."""
    from newscli import __version__, api
    from newscli.batch import Job, run

    writer = Writer(conn, api.ANALYSIS_VERSION, __version__)
    writer.mark_stale_signatures()
    counts = counts if counts is not None else Counts()
    order: deque[tuple[str, Any]] = deque()  # per source: ("skip", events) | ("run", stat)

    def feed() -> Iterator[Source]:
        for source in sources:
            stat = None
            if source.data is None and not source.error:
                try:
                    st = os.stat(source.path)
                except OSError:
                    pass  # the worker reports why
                else:
                    if not os.path.isdir(source.path):
                        stat = (st.st_size, st.st_mtime_ns)
                        known = writer.file_unchanged(source.path, *stat)
                        if known is not None:
                            order.append(("skip", known))
                            continue
            order.append(("run", stat))
            yield source

    pending: list[Event] = []
    written = 0
    started = time.monotonic()

    def flush_skipped() -> None:
        """The unchanged files met before the next outcome, in input order."""
        while order and order[0][0] == "skip":
            for path, article_id in order.popleft()[1]:
                counts.unchanged += 1
                pending.append(Event(path, article_id, "unchanged"))

    try:
        job = Job(index_work, encoding, max_bytes, debug)
        for outcome in run(job, feed(), jobs):
            flush_skipped()
            _, stat = order.popleft()
            if outcome.error:
                counts.error += 1
                pending.append(Event(outcome.path, None, "error", outcome.error))
            else:
                for error in outcome.errors:  # bad lines of a stream: the good ones are indexed
                    counts.error += 1
                    pending.append(Event(outcome.path, None, "error", error))
                writer.begin()
                seen = []
                for entry in outcome.results:
                    entry.file = outcome.path if stat is not None else None
                    status = writer.put(entry)
                    setattr(counts, status, getattr(counts, status) + 1)
                    seen.append(entry.path)
                    pending.append(Event(entry.path, entry.id, status))
                    written += 1
                if stat is not None:
                    size, mtime_ns = stat
                    writer.finish_file(outcome.path, size, mtime_ns, seen)
                if outcome.notes and pending:
                    pending[-1].notes.extend(outcome.notes)
            if written >= batch_articles or time.monotonic() - started >= batch_seconds:
                writer.commit()
                written, started = 0, time.monotonic()
                yield from pending
                pending.clear()
        flush_skipped()
        if prune:
            writer.begin()
            counts.pruned += writer.prune()
        writer.commit()
        if counts.added + counts.updated + counts.pruned:
            writer.begin()
            writer.tidy(counts.added + counts.updated + counts.pruned)
            writer.commit()
        yield from pending
        pending.clear()
    except sqlite3.Error as exc:  # locked by another writer, disk full, read-only file ...
        writer.rollback()
        raise NewscliError(f"could not write the index: {exc}") from exc
    except BaseException:
        writer.rollback()
        raise


def known_sources(conn: sqlite3.Connection) -> list[Source]:
    """Every file the index has read: what ``newscli index`` with no PATH re-checks."""
    return [Source(path) for path in Writer(conn, 0, "").known_files()]
