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
    """What became of one input: a result per article, or the reason it failed."""

    path: str
    results: list[Any] = field(default_factory=list)
    error: str | None = None
    notes: list[str] = field(default_factory=list)


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
        articles = load(source, job.encoding, job.max_bytes)
        outcome = Outcome(source.path)
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
    """Workers leave Ctrl-C to the parent, which stops the pool and exits 130."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def run(job: Job, sources: Iterable[Source], jobs: int = 0) -> Iterator[Outcome]:
    """Outcomes in input order. Small batches (or ``jobs == 1``) stay in this process."""
    jobs = jobs or default_jobs()
    it = iter(sources)
    head = list(itertools.islice(it, 16))
    if jobs <= 1 or len(head) < 16:
        for source in itertools.chain(head, it):
            yield process(job, source)
        return
    import functools
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ctx.Pool(jobs, initializer=_ignore_sigint) as pool:
        try:
            yield from pool.imap(functools.partial(process, job), itertools.chain(head, it), 8)
        finally:
            pool.terminate()
