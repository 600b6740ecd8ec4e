"""Run one piece of per-article work over many inputs, in input order, optionally on
several processes. Memory stays flat: inputs are read lazily and results streamed."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newscli.errors import NewscliError
from newscli.sources import MAX_BYTES, Source, load


@dataclass
class Outcome:
    """What became of one input: a result per article, or the reason it failed. A JSON
    Lines stream with bad lines has results for its good lines and an error per bad one."""

    path: str
    results: list[Any] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # bad records of an input read otherwise


@dataclass(frozen=True)
class Job:
    """Per-article work plus how to read inputs; must pickle (top-level callables only)."""

    work: Callable[..., Any]
    encoding: str | None = None
    max_bytes: int = MAX_BYTES
    debug: bool = False


def process(job: Job, source: Source) -> Outcome:
    """Load one input and run the work on each of its articles. Never raises."""
    try:
        bad: list[str] = []
        articles = load(source, job.encoding, job.max_bytes, errors=bad)
        outcome = Outcome(source.path, errors=bad)
        for art in articles:
            outcome.notes.extend(art.notes)
            outcome.results.append(job.work(art))
        return outcome
    except NewscliError as exc:
        return Outcome(source.path, error=str(exc).removeprefix(f"{source.path}: "))
    except RecursionError:
        return Outcome(source.path, error="input nested too deeply to process")
    except MemoryError:
        return Outcome(source.path, error="out of memory while processing this input")
    except Exception as exc:
        if job.debug:
            raise
        return Outcome(source.path, error=f"internal error: {type(exc).__name__}: {exc}")


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and exits 130; SIGTERM (the
    pool stopping them) ends a worker at once and quietly, whatever handler the parent had."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def process_chunk(job: Job, sources: list[Source]) -> list[Outcome]:
    return [process(job, source) for source in sources]


CHUNK = 8  # inputs per task: fewer round trips between processes
WINDOW = 4  # tasks in flight per worker: enough to keep workers busy, bounded memory


def run(job: Job, sources: Iterable[Source], jobs: int = 0) -> Iterator[Outcome]:
    """Outcomes in input order. Small batches (or ``jobs == 1``) stay in this process.

    Inputs are handed out in a sliding window, so however long the input list is, only a
    few chunks are ever queued or waiting to be written: memory stays flat."""
    jobs = jobs or default_jobs()
    it = iter(sources)
    head = list(itertools.islice(it, 2 * CHUNK))
    if jobs <= 1 or len(head) < 2 * CHUNK:
        for source in itertools.chain(head, it):
            yield process(job, source)
        return
    import multiprocessing
    from collections import deque

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunks = iter(lambda: list(itertools.islice(it, CHUNK)), [])
    pool = ctx.Pool(jobs, initializer=_ignore_sigint)
    try:
        pending: deque[Any] = deque()
        for chunk in itertools.chain([head[:CHUNK], head[CHUNK:]], chunks):
            pending.append(pool.apply_async(process_chunk, (job, chunk)))
            if len(pending) >= jobs * WINDOW:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    finally:
        stop_pool(pool)


def stop_pool(pool: Any, wait: float = 2.0) -> None:
    """Stop the workers, waiting at most ``wait`` seconds for ``pool.terminate()``.

    A worker killed while it writes a result holds the result queue's lock for ever, and
    ``terminate`` then waits for it (CPython issue 96995): `newscli quotes DIR | head -1`
    hung once on a loaded host. The pool's threads are daemons and the killed workers
    are reaped at exit, so giving up on the wait loses nothing."""
    import threading

    stopper = threading.Thread(target=pool.terminate, name="newscli-stop-pool", daemon=True)
    stopper.start()
    stopper.join(wait)
