"""The newscli command line: options, input expansion, calls into the core, hands records to
render. Only typer, rich's console and the standard library are imported at module level so
that ``newscli --help`` stays fast; the core's heavy parts load inside the commands."""

from __future__ import annotations

import errno
import functools
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

import typer

from newscli import __version__
from newscli.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_ERROR,
    EXIT_FOUND,
    EXIT_INTERRUPTED,
    EXIT_NOTHING,
    EXIT_TERMINATED,
    NewscliError,
)
from newscli.render import Format, Formatter, Sink, make_console

app = typer.Typer(
    name="newscli",
    help=(
        "Summarise news articles and find who said what.\n\n"
        "Point it at files, folders (searched recursively), HTML pages, JSON Lines streams or "
        "stdin ('-'). On a terminal you get Rich tables and panels; in a pipe, one plain "
        "record per line, or --json/--jsonl/--csv/--tsv.\n\n"
        "Exit codes: 0 results, 1 nothing found, 2 error, 130 interrupted (143 on SIGTERM), "
        "141 output closed."
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
    rich_markup_mode="rich",
)

F = TypeVar("F", bound=Callable[..., Any])

# --- options shared by every command (defined once) ---------------------------------------
Paths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Articles: files, directories (recursive), or '-' for stdin. "
        "With no path, reads piped stdin.",
        show_default=False,
        metavar="PATH...",
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        help="auto = table on a terminal, plain when piped.",
        case_sensitive=False,
        rich_help_panel="Output",
    ),
]
JsonOpt = Annotated[
    bool, typer.Option("--json", help="Same as --format json.", rich_help_panel="Output")
]
JsonlOpt = Annotated[
    bool, typer.Option("--jsonl", help="Same as --format jsonl.", rich_help_panel="Output")
]
CsvOpt = Annotated[
    bool, typer.Option("--csv", help="Same as --format csv.", rich_help_panel="Output")
]
TsvOpt = Annotated[
    bool, typer.Option("--tsv", help="Same as --format tsv.", rich_help_panel="Output")
]
FieldsOpt = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="NAMES",
        help="Comma-separated fields/columns to output, e.g. --fields speaker,text.",
        rich_help_panel="Output",
    ),
]
NoColorOpt = Annotated[
    bool,
    typer.Option(
        "--no-color",
        help="No colour (also: NO_COLOR=1). FORCE_COLOR=1 forces it.",
        rich_help_panel="Output",
    ),
]
JobsOpt = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=0,
        help="Worker processes for big batches (0 = all cores).",
        rich_help_panel="Input",
    ),
]
GlobOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        metavar="PATTERN",
        help="File name pattern when searching directories (repeatable). "
        "Default: *.txt *.html *.htm *.md *.jsonl.",
        rich_help_panel="Input",
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="Decode inputs with this encoding instead of UTF-8 + guessing.",
        rich_help_panel="Input",
    ),
]
MaxSizeOpt = Annotated[
    float,
    typer.Option(
        "--max-size", min=0.001, help="Largest input to read, in MB.", rich_help_panel="Input"
    ),
]
DebugOpt = Annotated[
    bool, typer.Option("--debug", help="Show tracebacks for internal errors.", hidden=True)
]

# --- options of the index commands ------------------------------------------------------------
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="FILE",
        help="The index file. Default: $NEWSCLI_DB, else newscli.db in this directory.",
        rich_help_panel="Index",
        show_default=False,
    ),
]
FromDbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="FILE",
        help="Answer from this index (see 'newscli index') instead of reading articles.",
        rich_help_panel="Index",
        show_default=False,
    ),
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="DATE",
        help="Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).",
        rich_help_panel="Index",
    ),
]
UntilOpt = Annotated[
    str | None,
    typer.Option(
        "--until",
        metavar="DATE",
        help="Only articles dated on or before DATE (--until 2025-06: all of June).",
        rich_help_panel="Index",
    ),
]


@dataclass
class Common:
    """The options every command shares, gathered once."""

    paths: list[str]
    fmt: Format
    fields: str | None
    no_color: bool
    jobs: int
    globs: tuple[str, ...]
    encoding: str | None
    max_bytes: int
    debug: bool


def _common(
    paths: list[str] | None,
    fmt: Format,
    json_: bool,
    jsonl: bool,
    csv_: bool,
    tsv: bool,
    fields: str | None,
    no_color: bool,
    jobs: int,
    globs: list[str] | None,
    encoding: str | None,
    max_size: float,
    debug: bool,
) -> Common:
    chosen = [
        f
        for f, on in (
            (Format.json, json_),
            (Format.jsonl, jsonl),
            (Format.csv, csv_),
            (Format.tsv, tsv),
        )
        if on
    ]
    if len(chosen) > 1 or (chosen and fmt is not Format.auto):
        raise NewscliError("choose one output format (--format, --json, --jsonl, --csv, --tsv)")
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise NewscliError("no input. Give article paths, or '-' / a pipe for stdin")
        paths = ["-"]
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise NewscliError(f"unknown encoding {encoding!r}") from exc
    return Common(
        paths=paths,
        fmt=chosen[0] if chosen else fmt,
        fields=fields,
        no_color=no_color,
        jobs=jobs,
        globs=tuple(globs) if globs else _default_globs(),
        encoding=encoding,
        max_bytes=int(max_size * 1_000_000),
        debug=debug,
    )


def _default_globs() -> tuple[str, ...]:
    from newscli.sources import DEFAULT_GLOBS

    return DEFAULT_GLOBS


def _handle_errors(func: F) -> F:
    """Core errors become one stderr line and exit 2; tracebacks only with --debug."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewscliError as exc:
            _error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                _quiet_stdout()
                raise typer.Exit(EXIT_BROKEN_PIPE) from None
            if kwargs.get("debug"):
                raise
            _error(f"{exc.strerror or exc}")
            raise typer.Exit(EXIT_ERROR) from None
        except Exception as exc:
            if kwargs.get("debug"):
                raise
            _error(f"internal error: {type(exc).__name__}: {exc}. Run with --debug for details")
            raise typer.Exit(EXIT_ERROR) from None

    return wrapper  # type: ignore[return-value]


def _quiet_stdout() -> None:
    """The reader went away (`| head`): send what is still buffered nowhere, so that the
    interpreter's last flush does not fail with a traceback."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


_err_console = None


def _stderr() -> Any:
    global _err_console
    if _err_console is None:
        # Rich itself honours NO_COLOR. Soft wrap: a line written to stderr while the
        # progress display is on (an error) is printed as it is, never cut at the width
        _err_console = make_console(stderr=True, soft_wrap=True)
    return _err_console


def _error(message: str) -> None:
    from newscli.render import one_line

    sys.stderr.write(f"newscli: error: {one_line(message)}\n")
    sys.stderr.flush()


def _note(message: str) -> None:
    from newscli.render import one_line

    sys.stderr.write(f"newscli: note: {one_line(message)}\n")
    sys.stderr.flush()


def _outcomes(common: Common, work: Callable[..., Any]) -> Iterator[Any]:
    """Run ``work`` on every article of every input, in order; report failures on stderr."""
    from newscli.batch import Job, run
    from newscli.sources import Source, expand

    def sources() -> Iterator[Source]:
        for source in expand(common.paths, common.globs):
            if source.path == "-" and source.data is None and not source.error:
                yield Source("-", data=sys.stdin.buffer.read() if sys.stdin else b"")
            else:
                yield source

    job = Job(work, common.encoding, common.max_bytes, common.debug)
    stream = run(job, sources(), common.jobs)
    yield from _with_progress(stream)


def _with_progress(stream: Iterable[Any]) -> Iterator[Any]:
    """A transient progress counter on stderr, for long batches written to a pipe/file."""
    show = sys.stderr.isatty() and not sys.stdout.isatty()
    started = time.monotonic()
    progress = None
    task = None
    try:
        for count, item in enumerate(stream, 1):
            if show and progress is None and time.monotonic() - started > 1.0:
                from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

                progress = Progress(
                    SpinnerColumn(),
                    TextColumn("{task.completed} inputs"),
                    TimeElapsedColumn(),
                    console=_stderr(),
                    transient=True,
                    redirect_stdout=False,  # records go to stdout as they are, never via Rich
                )
                progress.start()
                task = progress.add_task("newscli", total=None)
            if progress is not None and task is not None:
                progress.update(task, completed=count)
            yield item
    finally:
        if progress is not None:
            progress.stop()
        close = getattr(stream, "close", None)
        if close is not None:
            close()  # on an interrupt too: the worker pool stops now, quietly


def _finish(failures: int, found: int) -> None:
    if failures:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FOUND if found else EXIT_NOTHING)


def _sink(view: str, common: Common) -> Sink:
    if sys.stdout is None:  # `newscli quotes FILE >&-`
        raise NewscliError("standard output is closed: nowhere to write the results")
    console = make_console(sys.stdout, no_color=common.no_color)
    return Sink(view, common.fmt, console, sys.stdout, common.fields)


class _Results:
    """Every article result of a batch, in input order; failed inputs are reported on stderr
    as they come and counted."""

    def __init__(self, common: Common, work: Callable[..., Any]) -> None:
        self.common, self.work, self.failures = common, work, 0

    def __iter__(self) -> Iterator[Any]:
        for outcome in _outcomes(self.common, self.work):
            for note in dict.fromkeys(outcome.notes):
                _note(f"{outcome.path}: {note}")
            if outcome.error:
                self.failures += 1
                _error(f"{outcome.path}: {outcome.error}")
                continue
            for error in outcome.errors:  # bad lines of a JSON Lines stream; the rest is read
                self.failures += 1
                _error(f"{outcome.path}: {error}")
            yield from outcome.results


def _drain(common: Common, work: Callable[..., Any], view: str) -> tuple[int, int]:
    """Stream every article's records to the sink; returns (failures, records written).
    For streamed formats the workers format the records too, so the parent only writes."""
    sink = _sink(view, common)
    results = _Results(common, functools.partial(_records_work, work=work, fmt=sink.formatter))
    for items in results:
        for item in items:
            if sink.formatter is None:
                sink.write(item)
            else:
                sink.emit(item)
    sink.close()
    return results.failures, sink.count


# --- commands ---------------------------------------------------------------------------------


def _check_ratio(value: float | None) -> float | None:
    """--ratio is a fraction in (0, 1]: 0 and 1.5 are one usage error, before any input."""
    if value is not None and not 0.0 < value <= 1.0:
        raise typer.BadParameter(f"{value:g} is not a fraction: more than 0, at most 1")
    return value


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newscli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Summarise news articles and find who said what."""


@app.command()
@_handle_errors
def summarize(
    paths: Paths = None,
    sentences: Annotated[
        int, typer.Option("--sentences", "-n", min=1, metavar="N", help="Sentences per summary.")
    ] = 3,
    ratio: Annotated[
        float | None,
        typer.Option(
            "--ratio",
            "-r",
            callback=_check_ratio,
            help="Fraction of the article's sentences instead of a count, e.g. 0.2 "
            "(more than 0, at most 1).",
        ),
    ] = None,
    algorithm: Annotated[
        str,
        typer.Option(
            "--algorithm",
            "-a",
            help="news (default: position + centrality + "
            "redundancy control), lead, lexrank, textrank, lsa, luhn, kl, sumbasic, "
            "reduction, edmundson. See 'newscli algorithms'.",
        ),
    ] = "news",
    highlight: Annotated[
        bool,
        typer.Option(
            "--highlight",
            help="Terminal: print the whole article with the summary sentences highlighted.",
        ),
    ] = False,
    fmt: FormatOpt = Format.auto,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    fields: FieldsOpt = None,
    no_color: NoColorOpt = False,
    jobs: JobsOpt = 0,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = 20.0,
    debug: DebugOpt = False,
) -> None:
    """Extractive summaries: the article's most important sentences, in article order.

    [b]Examples[/b]

      newscli summarize story.txt
      newscli summarize -n 5 --algorithm lexrank articles/
      newscli summarize --ratio 0.2 --jsonl *.txt | jq -r '.sentences[]'
      curl -s https://example.com/story.html | newscli summarize -
    """
    from newscli.summarize import ALGORITHMS

    if algorithm not in ALGORITHMS:
        raise NewscliError(f"unknown algorithm {algorithm!r}. Choose from: {', '.join(ALGORITHMS)}")
    common = _common(
        paths, fmt, json_, jsonl, csv_, tsv, fields, no_color, jobs, glob, encoding, max_size, debug
    )
    work = functools.partial(
        _summarize_work, algorithm=algorithm, sentences=sentences, ratio=ratio, highlight=highlight
    )
    failures, count = _drain(common, work, "summary")
    _finish(failures, count)


@app.command()
@_handle_errors
def info(
    paths: Paths = None,
    fmt: FormatOpt = Format.auto,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    fields: FieldsOpt = None,
    no_color: NoColorOpt = False,
    jobs: JobsOpt = 0,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = 20.0,
    debug: DebugOpt = False,
) -> None:
    """What the parser found: headline, slug, byline, caption, credit, date, paragraphs.

    JSON output includes [b]text[/b], the article text as decoded (for HTML: the extracted
    text); quote offsets from 'newscli quotes' point into it.

    [b]Examples[/b]

      newscli info story.txt
      newscli info --jsonl articles/ | jq -r '[.path, .author] | @tsv'
    """

    common = _common(
        paths, fmt, json_, jsonl, csv_, tsv, fields, no_color, jobs, glob, encoding, max_size, debug
    )
    failures, count = _drain(common, _info_work, "info")
    _finish(failures, count)


@app.command()
@_handle_errors
def quotes(
    paths: Paths = None,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            "-s",
            help="Only quotes by this speaker: any part of the name, case- and accent-insensitive;"
            " for a quote with no resolved speaker, the source as written ('aide').",
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind", "-k", help="direct, partial or indirect (repeatable). Default: all."
        ),
    ] = None,
    contains: Annotated[
        str | None,
        typer.Option(
            "--contains", "-c", help="Only quotes whose text contains this (case-insensitive)."
        ),
    ] = None,
    context: Annotated[
        bool,
        typer.Option(
            "--context", help="Terminal: show each quote's paragraph with the quote highlighted."
        ),
    ] = False,
    db: FromDbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: FormatOpt = Format.auto,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    fields: FieldsOpt = None,
    no_color: NoColorOpt = False,
    jobs: JobsOpt = 0,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = 20.0,
    debug: DebugOpt = False,
) -> None:
    """Every quotation with its speaker: direct, partial and reported speech.

    Pronouns and roles ("he", "the secretary-general") are resolved to the named person.
    A spokesperson, campaign or report speaks for its owner ("his campaign").
    A speaker the article leaves unnamed ("one aide said") is empty, null in JSON;
    [i]source[/i] is who spoke as the article words it ("one aide", "he"), and
    --speaker matches it when there is no name. Piped output is
    [i]speaker<TAB>kind<TAB>text[/i], with "(one aide)" when there is no name.
    JSON Lines: path, speaker, kind, text, cue, start, end, paragraph, source;
    text is article_text\\[start:end] (see 'newscli info --json').
    Exits 1 when nothing matches.

    [b]Examples[/b]

      newscli quotes story.txt
      newscli quotes --speaker Stoltenberg --jsonl *.txt | jq -r .text
      newscli quotes --kind direct articles/ | cut -f1 | sort | uniq -c | sort -rn
      newscli quotes --db news.db --speaker Stoltenberg --since 2025-06
    """

    kinds = _kinds(kind)
    if db is not None or since or until:
        common = _common(
            _db_paths(db, paths), fmt, json_, jsonl, csv_, tsv, fields, no_color, jobs, glob,
            encoding, max_size, debug,
        )  # fmt: skip
        _finish(0, _quotes_from_db(common, db, speaker, kinds, contains, context, since, until))
    common = _common(
        paths, fmt, json_, jsonl, csv_, tsv, fields, no_color, jobs, glob, encoding, max_size, debug
    )
    work = functools.partial(
        _quotes_work, speaker=speaker, kinds=kinds, contains=contains, context=context
    )
    failures, count = _drain(common, work, "quotes")
    _finish(failures, count)


@app.command()
@_handle_errors
def speakers(
    paths: Paths = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind", "-k", help="Count only these kinds: direct, partial, indirect (repeatable)."
        ),
    ] = None,
    db: FromDbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: FormatOpt = Format.auto,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    fields: FieldsOpt = None,
    no_color: NoColorOpt = False,
    jobs: JobsOpt = 0,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = 20.0,
    debug: DebugOpt = False,
) -> None:
    """Who is quoted, how often: quote counts by kind and number of articles, most quoted first.

    A surname alone ("Obama") is counted with the one full name ending in it
    ("Barack Obama"), unless two people share that surname.

    [b]Examples[/b]

      newscli speakers articles/
      newscli speakers --csv articles/ > speakers.csv
      newscli speakers --db news.db --since 2025-06
    """
    from newscli import render
    from newscli.quotes import tally_speakers

    kinds = _kinds(kind)
    if db is not None or since or until:
        common = _common(
            _db_paths(db, paths), fmt, json_, jsonl, csv_, tsv, fields, no_color, jobs, glob,
            encoding, max_size, debug,
        )  # fmt: skip
        _finish(0, _speakers_from_db(common, db, kinds, since, until))
    common = _common(
        paths, fmt, json_, jsonl, csv_, tsv, fields, no_color, jobs, glob, encoding, max_size, debug
    )
    work = functools.partial(_speaker_work, kinds=kinds)
    results = _Results(common, work)
    stats = tally_speakers(results)  # streams: memory grows with speakers, not articles
    sink = _sink("speakers", common)
    for st in stats:
        sink.write(render.speaker_record(st))
    sink.close()
    _finish(results.failures, sink.count)


@app.command()
def algorithms() -> None:
    """List the summarisation algorithms."""
    from newscli.summarize import ALGORITHMS

    for name, algo in ALGORITHMS.items():
        typer.echo(f"{name}\t{algo.description}")


@app.command()
@_handle_errors
def index(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles to index: files, directories (recursive), '-' for stdin. "
            "With no path, re-checks every file the index already holds.",
            show_default=False,
            metavar="PATH...",
        ),
    ] = None,
    db: DbOpt = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Drop articles whose files are gone.")
    ] = False,
    fmt: FormatOpt = Format.auto,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    fields: FieldsOpt = None,
    no_color: NoColorOpt = False,
    jobs: JobsOpt = 0,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = 20.0,
    debug: DebugOpt = False,
) -> None:
    """Build or update an index of articles (one SQLite file) for search, quotes --db and
    speakers --db.

    Incremental: a file with the size and mtime it had is not read again;
    the same text under another path is one article with two paths
    ([i]duplicate[/i]); a changed file replaces its article ([i]updated[/i]).
    Near-duplicates (wire copies) share a cluster. Ctrl-C keeps what was
    indexed so far; the next run carries on. With an output format (--jsonl),
    one record per input article: path, id, status (added, updated,
    unchanged, duplicate, error). A summary line goes to stderr.

    [b]Examples[/b]

      newscli index articles/
      newscli index --db news.db --jobs 4 articles/ feeds/*.jsonl
      newscli index --db news.db --prune
      newscli index --jsonl articles/ | jq -r 'select(.status == "added") | .id'
    """
    from newscli import indexer, store

    path = db or store.default_db()
    explicit = fmt is not Format.auto or json_ or jsonl or csv_ or tsv
    conn = store.connect(path, write=True, check=True)
    try:
        if not paths:
            paths = [s.path for s in indexer.known_sources(conn)]
            if not paths and not prune:
                raise NewscliError(
                    f"no input, and the index {path} holds no files yet. "
                    "Give article paths to index, or '-' for stdin"
                )
        common = _common(
            paths or [path], fmt, json_, jsonl, csv_, tsv, fields, no_color, jobs, glob,
            encoding, max_size, debug,
        )  # fmt: skip
        if not paths:
            common.paths = []
        sink = _sink("index", common) if explicit else None
        counts = store.Counts()
        events = indexer.run_index(
            conn,
            _sources(common),
            jobs=common.jobs,
            encoding=common.encoding,
            max_bytes=common.max_bytes,
            debug=common.debug,
            prune=prune,
            counts=counts,
        )
        for event in _index_progress(events, common):
            for note in dict.fromkeys(event.notes):
                _note(f"{event.path}: {note}")
            if event.status == "error":
                _error(f"{event.path}: {event.error}")
            if sink is not None:
                sink.write({"path": event.path, "id": event.id, "status": event.status})
        if sink is not None:
            sink.close()
    except KeyboardInterrupt:
        _note(f"interrupted: {path} keeps what was indexed so far; run the same command again")
        raise
    finally:
        conn.close()
    sys.stderr.write(_index_summary(counts, path) + "\n")
    sys.stderr.flush()
    if counts.error:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FOUND if counts.articles or counts.pruned else EXIT_NOTHING)


@app.command()
@_handle_errors
def search(
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY",
            help='Words (all must occur), "an exact phrase", a OR b, -word, prefix*.',
            show_default=False,
        ),
    ],
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", "-s", metavar="NAME", help="Only articles quoting NAME."),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, metavar="N", help="At most N results (0: all).")
    ] = 20,
    all_: Annotated[
        bool,
        typer.Option("--all", help="Every near-duplicate (wire copy), not one per cluster."),
    ] = False,
    in_quotes: Annotated[
        bool,
        typer.Option(
            "--quotes", help="Search quote texts: quote records plus headline, date, score."
        ),
    ] = False,
    fmt: FormatOpt = Format.auto,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    csv_: CsvOpt = False,
    tsv: TsvOpt = False,
    fields: FieldsOpt = None,
    no_color: NoColorOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Search the index (see 'newscli index'): articles ranked by relevance (BM25, the
    headline weighted above the body), one per cluster of near-duplicates unless --all.

    Query: [i]budget vote[/i] (both words), [i]"library levy"[/i] (the phrase),
    [i]levy OR tax[/i], [i]-sports[/i] (without), [i]govern*[/i] (prefix).
    Words match their other forms ("vote" finds "votes").
    Records: path, id, headline, date, author, score, snippet.
    Exits 1 when nothing matches. A query starting with '-' goes after '--':
    newscli search -- '-sport tennis'.

    [b]Examples[/b]

      newscli search 'bridge tolls'
      newscli search --since 2025-06 --speaker Stoltenberg 'troops OR tanks'
      newscli search --quotes --jsonl 'rebuild' | jq -r .speaker
    """
    from newscli import store

    path = db or store.default_db()
    common = _common(
        [path], fmt, json_, jsonl, csv_, tsv, fields, no_color, 0, ["*"], None, 20.0, debug
    )
    find = store.search_quotes if in_quotes else store.search_articles
    records = find(path, query, since=since, until=until, speaker=speaker, limit=limit, all=all_)
    sink = _sink("search_quotes" if in_quotes else "search", common)
    for record in records:
        sink.write(record)
    sink.close()
    _finish(0, sink.count)


# --- the index: helpers -----------------------------------------------------------------------


def _db_paths(db: str | None, paths: list[str] | None) -> list[str]:
    """--db answers from an index: no article paths with it; --since/--until need it."""
    if db is None:
        raise NewscliError("--since and --until need an index: add --db FILE (see newscli index)")
    if paths:
        raise NewscliError("give either article paths or --db FILE, not both")
    return [db]


def _quotes_from_db(
    common: Common,
    db: str | None,
    speaker: str | None,
    kinds: tuple[str, ...] | None,
    contains: str | None,
    context: bool,
    since: str | None,
    until: str | None,
) -> int:
    from newscli import store

    if context:
        raise NewscliError("--context needs the article files; it does not work with --db")
    assert db is not None
    sink = _sink("quotes", common)
    for record in store.db_quotes(
        db, speaker=speaker, kinds=kinds, contains=contains, since=since, until=until
    ):
        sink.write(record)
    sink.close()
    return sink.count


def _speakers_from_db(
    common: Common,
    db: str | None,
    kinds: tuple[str, ...] | None,
    since: str | None,
    until: str | None,
) -> int:
    from newscli import store

    assert db is not None
    sink = _sink("speakers", common)
    for record in store.db_speakers(db, kinds=kinds, since=since, until=until):
        sink.write(record)
    sink.close()
    return sink.count


def _sources(common: Common) -> Iterator[Any]:
    """The inputs of a command, stdin read into memory."""
    from newscli.sources import Source, expand

    for source in expand(common.paths, common.globs):
        if source.path == "-" and source.data is None and not source.error:
            yield Source("-", data=sys.stdin.buffer.read() if sys.stdin else b"")
        else:
            yield source


def _index_progress(events: Iterable[Any], common: Common) -> Iterator[Any]:
    """A progress bar on stderr when it is a terminal: inputs indexed of inputs found."""
    if not sys.stderr.isatty():
        yield from events
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from newscli.sources import expand

    total = sum(1 for _ in expand(common.paths, common.globs))
    progress = Progress(
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=_stderr(),
        transient=True,
    )
    task = progress.add_task("index", total=total or None)
    done, last = 0, None
    with progress:
        for event in events:
            # a JSON Lines input gives many events (PATH:LINE), one per article: count the file
            source = event.path.rpartition(":")[0] if ".jsonl:" in event.path else event.path
            if source != last:
                done, last = done + 1, source
                progress.update(task, completed=min(done, total))
            yield event


def _index_summary(counts: Any, path: str) -> str:
    """The closing line: 'indexed 3 articles: 2 added, 0 updated, 1 unchanged, 0 duplicates,
    0 errors (newscli.db, 1.2 MB)'."""
    import os

    size = os.path.getsize(path) if os.path.exists(path) else 0
    mb = size / 1e6
    shown = f"{mb:.0f} MB" if mb >= 10 else f"{mb:.1f} MB"
    pruned = f", {counts.pruned} pruned" if counts.pruned else ""
    return (
        f"indexed {counts.articles} articles: {counts.added} added, {counts.updated} updated, "
        f"{counts.unchanged} unchanged, {counts.duplicate} duplicates, {counts.error} errors"
        f"{pruned} ({path}, {shown})"
    )


# --- per-article work: top-level functions, so worker processes can run them -----------------


def _records_work(article: Any, work: Callable[..., Any], fmt: Formatter | None) -> list[Any]:
    """The records for one article, already formatted when the format is streamed."""
    records = work(article)
    return records if fmt is None else [fmt.format(r) for r in records]


def _summarize_work(
    article: Any, algorithm: str, sentences: int, ratio: float | None, highlight: bool
) -> list[dict[str, Any]]:
    from newscli.render import summary_record
    from newscli.summarize import summarize as run_summary

    summary = run_summary(article, algorithm, sentences=sentences, ratio=ratio)
    return [summary_record(summary, article, highlight)]


def _info_work(article: Any) -> list[dict[str, Any]]:
    from newscli.render import info_record

    return [info_record(article)]


def _select_quotes(
    article: Any, speaker: str | None, kinds: tuple[str, ...] | None, contains: str | None
) -> list[Any]:
    from newscli.quotes import find_quotes, quote_matches_speaker

    found = find_quotes(article)
    needle = contains.casefold() if contains else None
    return [
        q
        for q in found
        if (kinds is None or q.kind in kinds)
        and (speaker is None or quote_matches_speaker(speaker, q))
        and (needle is None or needle in q.text.casefold())
    ]


def _quotes_work(
    article: Any,
    speaker: str | None = None,
    kinds: tuple[str, ...] | None = None,
    contains: str | None = None,
    context: bool = False,
) -> list[dict[str, Any]]:
    from newscli.render import quote_record

    return [
        quote_record(article.path, q, article.paragraphs[q.paragraph] if context else None)
        for q in _select_quotes(article, speaker, kinds, contains)
    ]


def _speaker_work(article: Any, kinds: tuple[str, ...] | None = None) -> tuple[str, list[Any]]:
    return article.path, _select_quotes(article, None, kinds, None)


def _kinds(kind: list[str] | None) -> tuple[str, ...] | None:
    valid = ("direct", "partial", "indirect")
    if not kind:
        return None
    names = tuple(k.strip().lower() for part in kind for k in part.split(",") if k.strip())
    bad = [k for k in names if k not in valid]
    if bad:
        raise NewscliError(f"unknown quote kind {bad[0]!r}. Choose from: {', '.join(valid)}")
    return names


_terminated = False  # SIGTERM arrived: the run ends as on Ctrl-C, then exits 143


def _on_sigterm(signum: int, frame: Any) -> None:
    """SIGTERM ends a run as Ctrl-C does (the batch's workers are stopped quietly, every line
    written is whole), with SIGTERM's exit code."""
    global _terminated
    _terminated = True
    raise KeyboardInterrupt


def _stdout_file() -> tuple[int, int] | None:
    """Which file descriptor 1 is (device, inode), to see later whether it was swapped."""
    import os

    try:
        st = os.fstat(1)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _stdout_closed(at_start: tuple[int, int] | None) -> bool:
    """Did Typer or Rich meet a closed stdout (`newscli --help | head -0`)? Both exit 1,
    "nothing found" in grep's terms: Typer after wrapping stdout to hush the interpreter's
    last flush, Rich (printing help) after pointing descriptor 1 at /dev/null."""
    if type(sys.stdout).__name__ == "PacifyFlushWrapper":  # click's, or typer's own copy
        return True
    return at_start is not None and _stdout_file() != at_start


def main() -> None:
    """Entry point for the ``newscli`` script and ``python -m newscli``."""
    import signal

    signal.signal(signal.SIGTERM, _on_sigterm)
    stdout_at_start = _stdout_file()
    code: Any = EXIT_FOUND
    try:
        app(prog_name="newscli")
    except KeyboardInterrupt:  # before Typer's own handler is in place
        code = EXIT_INTERRUPTED
    except SystemExit as exc:
        code = exc.code
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # exiting anyway: no exception from here on
    if _terminated:
        code = EXIT_TERMINATED
    elif code == EXIT_NOTHING and _stdout_closed(stdout_at_start):
        code = EXIT_BROKEN_PIPE
    elif code in (None, EXIT_FOUND, EXIT_NOTHING):
        try:
            if sys.stdout is not None:
                sys.stdout.flush()  # `newscli --version | head -0`: the reader may be gone
        except BrokenPipeError:
            _quiet_stdout()
            code = EXIT_BROKEN_PIPE
        except (OSError, ValueError):  # stdout closed outright (`>&-`): nothing to flush
            pass
    sys.exit(code)
