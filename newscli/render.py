"""Every output format in one place.

Commands hand records (plain dicts with stable keys) to a ``Sink``. Machine formats (json,
jsonl, csv, tsv, plain, markdown) are written straight to the stream and never go through
Rich, so nothing is wrapped at 80 columns; ``table`` is Rich, for people at a terminal.
Article text is data: it is never parsed as Rich markup, and terminal control sequences are
stripped from it before it is printed as text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import IO, Any

from rich.console import Console
from rich.text import Text

from newscli.errors import NewscliError
from newscli.records import (
    ARTICLE_FIELDS,
    QUOTE_FIELDS,
    SPEAKER_FIELDS,
    article_fields,
    quote_fields,
    sentence_text,
    speaker_fields,
)


class Format(StrEnum):
    auto = "auto"
    table = "table"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    markdown = "markdown"


# ESC [ ... final, ESC ] ... BEL/ST, other ESC sequences, then any C0/C1 control but \t \n.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
_C1 = re.compile(r"[\x7f-\x9f\u2028\u2029]")


def clean(value: object) -> str:
    """A value as display text: control sequences removed."""
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(clean(v) for v in value)
    return _CONTROL.sub("", str(value))


def one_line(value: object) -> str:
    return " ".join(clean(value).split())


def to_json(record: dict[str, Any]) -> str:
    """One JSON object on one line; exact text (control characters escaped, never dropped)."""
    line = json.dumps(record, ensure_ascii=False)
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


@dataclass
class View:
    """How one command's records are shown in each format."""

    fields: list[str]  # keys of the JSON record, in order
    columns: list[str]  # flat columns for csv/tsv/markdown/table
    rows: Callable[[dict[str, Any]], list[dict[str, Any]]]  # record -> flat rows
    plain: Callable[[dict[str, Any]], list[str]]  # record -> lines, for pipes
    panel: Callable[[Console, dict[str, Any]], None] | None = None  # terminal, per record
    markdown: Callable[[dict[str, Any]], str] | None = None  # per record, else a table
    title: str | None = None
    styles: dict[str, str] = field(default_factory=dict)  # column -> Rich style
    separator: str | None = None  # plain: written between two records
    table_columns: list[str] | None = None  # terminal table, when not the flat columns
    table_rows: Callable[[dict[str, Any]], list[dict[str, Any]]] | None = None  # ditto
    group_by: str | None = None  # terminal: one table per value of this column (streamed)
    ratios: dict[str, int] = field(default_factory=dict)  # terminal: column width ratios


def make_console(
    stream: IO[str] | None = None,
    no_color: bool = False,
    stderr: bool = False,
    soft_wrap: bool = False,
) -> Console:
    return Console(
        file=stream,
        stderr=stderr and stream is None,
        no_color=no_color or None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=soft_wrap,
    )


def resolve_format(fmt: Format, console: Console) -> Format:
    """``auto``: a table when the output stream itself is a terminal, else plain lines.
    Asked of the stream, not of Rich: FORCE_COLOR=1 makes Rich call a pipe a terminal, and
    a pipe must get the same lines whatever the environment says about colour."""
    if fmt is Format.auto:
        return Format.table if _isatty(console.file) else Format.plain
    return fmt


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):  # closed or not a real stream
        return False


def pick_fields(requested: str | None, available: list[str]) -> list[str] | None:
    """``--fields a,b`` validated against what the format offers."""
    if not requested:
        return None
    names = [f.strip() for f in requested.split(",") if f.strip()]
    unknown = [n for n in names if n not in available]
    if unknown:
        raise NewscliError(
            f"unknown field {', '.join(map(repr, unknown))}. Available: {', '.join(available)}"
        )
    return names


@dataclass(frozen=True)
class Formatter:
    """Turns one record into its text in a streamed format. Pure and picklable (the view is
    named, not held), so worker processes can format records and the parent only writes."""

    view_name: str
    fmt: Format
    keys: tuple[str, ...] | None = None

    @property
    def view(self) -> View:
        return VIEWS[self.view_name]

    def columns(self) -> list[str]:
        return list(self.keys) if self.keys else self.view.columns

    def header(self) -> str:
        """What goes before the first record."""
        cols = self.columns()
        if self.fmt is Format.csv:
            return _csv_line(cols, "excel")
        if self.fmt is Format.tsv:
            return _csv_line(cols, "excel-tab")
        if self.fmt is Format.markdown and (self.keys or not self.view.markdown):
            return "| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n"
        return "[\n" if self.fmt is Format.json else ""

    def separator(self) -> str:
        """What goes between two records."""
        if self.fmt is Format.json:
            return ",\n"
        if self.fmt is Format.plain and not self.keys and self.view.separator is not None:
            return self.view.separator
        if self.fmt is Format.markdown and self.view.markdown and not self.keys:
            return "\n"
        return ""

    def footer(self, count: int) -> str:
        if self.fmt is Format.json:
            return "[]\n" if count == 0 else "\n]\n"
        return ""

    def format(self, record: dict[str, Any]) -> str:
        view, fmt = self.view, self.fmt
        if fmt is Format.json:
            return to_json(self._select(record))
        if fmt is Format.jsonl:
            return to_json(self._select(record)) + "\n"
        if fmt is Format.plain:
            if self.keys:
                return "".join(
                    "\t".join(one_line(row.get(k)) for k in self.keys) + "\n"
                    for row in view.rows(record)
                )
            return "".join(clean(line) + "\n" for line in view.plain(record))
        if fmt in (Format.csv, Format.tsv):
            dialect = "excel" if fmt is Format.csv else "excel-tab"
            cols = self.columns()
            cell = clean if fmt is Format.csv else one_line
            return "".join(
                _csv_line([cell(row.get(c)) for c in cols], dialect) for row in view.rows(record)
            )
        if fmt is Format.markdown:
            if view.markdown and not self.keys:
                return clean(view.markdown(record))
            cols = self.columns()
            return "".join(
                "| " + " | ".join(one_line(row.get(c)).replace("|", "\\|") for c in cols) + " |\n"
                for row in view.rows(record)
            )
        raise ValueError(f"{fmt} is not a streamed format")

    def _select(self, record: dict[str, Any]) -> dict[str, Any]:
        return {k: record.get(k) for k in (self.keys or self.view.fields)}


def _csv_line(cells: list[str], dialect: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, dialect=dialect, lineterminator="\n").writerow(cells)
    return buf.getvalue()


class Sink:
    """Writes one command's records to a stream in one format. Streamed formats go through
    a ``Formatter`` (records may arrive already formatted, from worker processes); the
    terminal format is Rich. ``close()`` finishes formats that need an ending."""

    def __init__(
        self,
        view_name: str,
        fmt: Format,
        console: Console,
        stream: IO[str],
        fields: str | None = None,
    ) -> None:
        self.view = VIEWS[view_name]
        self.fmt = resolve_format(fmt, console)
        self.console = console
        self.out = stream
        self.count = 0
        machine = self.fmt in (Format.json, Format.jsonl)
        keys = pick_fields(fields, self.view.fields if machine else self.view.columns)
        self.keys = keys
        self.formatter = (
            None
            if self.fmt is Format.table
            else Formatter(view_name, self.fmt, tuple(keys or ()) or None)
        )
        self._table_rows: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        if self.formatter is None:
            self._write_table(record)
            self.count += 1
        else:
            self.emit(self.formatter.format(record))

    def emit(self, piece: str) -> None:
        """Write one record already formatted by ``self.formatter``."""
        assert self.formatter is not None
        if self.count == 0:
            self.out.write(self.formatter.header())
        else:
            self.out.write(self.formatter.separator())
        self.out.write(piece)
        self.out.flush()
        self.count += 1

    def _write_table(self, record: dict[str, Any]) -> None:
        if self.view.panel and not self.keys:
            self.view.panel(self.console, record)
            return
        rows = (self.view.table_rows or self.view.rows)(record)
        key = self.view.group_by
        if key and rows and self._table_rows and rows[0].get(key) != self._table_rows[0].get(key):
            self._print_table()
        self._table_rows.extend(rows)

    def close(self) -> None:
        if self.formatter is not None:
            self.out.write(self.formatter.footer(self.count))
        elif self._table_rows:
            self._print_table()
        self.out.flush()

    def _print_table(self) -> None:
        from rich import box
        from rich.table import Table

        cols = self.keys or self.view.table_columns or self.view.columns
        title = self.view.title
        if self.view.group_by and self._table_rows:
            title = clean(self._table_rows[0].get(self.view.group_by))
        table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", title_style="bold")
        for c in cols:
            table.add_column(
                c, style=self.view.styles.get(c), overflow="fold", ratio=self.view.ratios.get(c)
            )
        for row in self._table_rows:
            table.add_row(*(_cell_text(row.get(c)) for c in cols))
        self.console.print(table)
        self._table_rows = []


def _cell_text(value: object) -> Text:
    if isinstance(value, Text):
        return value
    return Text(clean(value))


def text(value: object, style: str = "") -> Text:
    """Article text as a Rich Text: never interpreted as markup."""
    return Text(clean(value), style=style)


# --- the commands' records and how each is shown ------------------------------------------


def _ws(s: str) -> str:
    return sentence_text(s)


def summary_record(summary: Any, article: Any, highlight: bool = False) -> dict[str, Any]:
    return {
        "path": summary.path,
        "headline": summary.headline,
        "algorithm": summary.algorithm,
        "sentences": [_ws(s.text) for s in summary.sentences],
        "_author": article.author,
        "_article": article,
        "_chosen": summary.sentences,
        "_highlight": highlight,
    }


def _summary_rows(r: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "path": r["path"],
            "headline": r["headline"],
            "algorithm": r["algorithm"],
            "rank": i,
            "sentence": s,
        }
        for i, s in enumerate(r["sentences"], 1)
    ]


def _summary_plain(r: dict[str, Any]) -> list[str]:
    return list(r["sentences"])


def _summary_markdown(r: dict[str, Any]) -> str:
    title = r["headline"] or r["path"]
    byline = f"*{r['_author']}* · " if r.get("_author") else ""
    lines = [f"## {_ws(title)}", "", f"{byline}`{r['path']}`", ""]
    lines += [f"- {s}" for s in r["sentences"]]
    return "\n".join(lines) + "\n"


def _summary_panel(console: Console, r: dict[str, Any]) -> None:
    from rich.panel import Panel

    title = text(_ws(r["headline"] or r["path"]), "bold")
    parts = [text(r["_author"], "italic")] if r.get("_author") else []
    if r["headline"]:
        parts.append(Text(clean(r["path"]), style="dim"))
    sub = Text(" · ").join(parts) if parts else None
    if r.get("_highlight"):
        body = _highlighted_article(r["_article"], r["_chosen"])
    else:
        body = (
            Text("\n\n").join(text(s) for s in r["sentences"])
            if r["sentences"]
            else Text("(no body text)", style="dim")
        )
    console.print(
        Panel(
            body,
            title=title,
            subtitle=sub,
            title_align="left",
            subtitle_align="right",
            border_style="blue",
            padding=(1, 2),
        )
    )


def _highlighted_article(article: Any, chosen: list[Any]) -> Text:
    out = Text()
    for i, para in enumerate(article.paragraphs):
        if i:
            out.append("\n\n")
        para_text = Text(clean(_ws(para.text)))
        out.append(para_text)
    # Re-highlight by searching each chosen sentence in the rendered text (whitespace-normalised).
    plain = out.plain
    pos = 0
    for s in sorted(chosen, key=lambda s: s.start):
        needle = clean(_ws(s.text))
        at = plain.find(needle, pos)
        if at >= 0:
            out.stylize("bold black on yellow", at, at + len(needle))
            pos = at + len(needle)
    return out


SUMMARY = View(
    fields=["path", "headline", "algorithm", "sentences"],
    columns=["path", "headline", "algorithm", "rank", "sentence"],
    rows=_summary_rows,
    plain=_summary_plain,
    panel=_summary_panel,
    markdown=_summary_markdown,
    separator="\n",
)


def info_record(article: Any) -> dict[str, Any]:
    return article_fields(article)


_INFO_COLUMNS = [f for f in ARTICLE_FIELDS if f != "text"]  # "text" only in JSON


def _info_plain(r: dict[str, Any]) -> list[str]:
    return [
        "\t".join(
            one_line(r[k])
            for k in ("path", "headline", "author", "date", "paragraphs", "sentences", "words")
        )
    ]


def _info_panel(console: Console, r: dict[str, Any]) -> None:
    from rich import box
    from rich.table import Table

    table = Table(
        box=box.SIMPLE,
        show_header=False,
        title=Text(clean(r["path"]), style="bold"),
        title_justify="left",
    )
    table.add_column("field", style="cyan", no_wrap=True)
    table.add_column("value", overflow="fold")
    for key in _INFO_COLUMNS[1:]:
        value = r.get(key)
        table.add_row(key, Text("—", style="dim") if value in (None, "") else text(value))
    console.print(table)


INFO = View(
    fields=_INFO_COLUMNS + ["text"],
    columns=_INFO_COLUMNS,
    rows=lambda r: [r],
    plain=_info_plain,
    panel=_info_panel,
)


def quote_record(path: str, quote: Any, paragraph: Any | None = None) -> dict[str, Any]:
    record = quote_fields(path, quote)
    if paragraph is not None:
        record["_context"] = paragraph
    return record


_QUOTE_MARKS = {"direct": ("“", "”"), "partial": ("“", "”"), "indirect": ("", "")}


def _quote_text(r: dict[str, Any]) -> Text:
    if r.get("_context") is not None:
        para = r["_context"]
        a, b = r["start"] - para.start, r["end"] - para.start
        out = Text(clean(para.text[:a]), style="dim")
        out.append(clean(para.text[a:b]), style="bold yellow")
        out.append(clean(para.text[b:]), style="dim")
        return out
    left, right = _QUOTE_MARKS.get(r["kind"], ("", ""))
    return Text.assemble(
        (left, "bold magenta"), (clean(_ws(r["text"])), ""), (right, "bold magenta")
    )


def _quote_rows(r: dict[str, Any]) -> list[dict[str, Any]]:
    return [{k: r[k] for k in QUOTE_FIELDS}]


def _shown_speaker(r: dict[str, Any]) -> str | None:
    """The speaker column: the resolved name, else the source as written in parentheses
    ("(one aide)"), so an unresolved "he" never reads as a name."""
    if r["speaker"] or not r.get("source"):
        return r["speaker"]
    return f"({r['source']})"


def _quote_table_rows(r: dict[str, Any]) -> list[dict[str, Any]]:
    row = {**r, "quote": _quote_text(r)}
    if not r["speaker"] and r.get("source"):
        row["speaker"] = Text(clean(_shown_speaker(r) or ""), style="italic dim")
    return [row]


def _quote_plain(r: dict[str, Any]) -> list[str]:
    return ["\t".join(one_line(v) for v in (_shown_speaker(r), r["kind"], r["text"]))]


QUOTES = View(
    fields=QUOTE_FIELDS,
    columns=QUOTE_FIELDS,
    rows=_quote_rows,
    table_rows=_quote_table_rows,
    plain=_quote_plain,
    title="Quotes",
    styles={"speaker": "bold cyan", "kind": "green", "cue": "dim", "path": "dim"},
    table_columns=["speaker", "kind", "quote", "cue"],
    group_by="path",
    ratios={"speaker": 1, "kind": 1, "quote": 5, "cue": 1},
)


def speaker_record(stats: Any) -> dict[str, Any]:
    return speaker_fields(stats)


_SPEAKER_FIELDS = SPEAKER_FIELDS

SPEAKERS = View(
    fields=_SPEAKER_FIELDS,
    columns=_SPEAKER_FIELDS,
    rows=lambda r: [r],
    plain=lambda r: ["\t".join(one_line(r[k]) for k in ("total", "speaker", "role", "articles"))],
    title="Speakers",
    styles={"speaker": "bold cyan", "total": "bold"},
)


# --- the index: index statuses, search results ---------------------------------------------

INDEX_FIELDS = ["path", "id", "status"]

INDEX = View(
    fields=INDEX_FIELDS,
    columns=INDEX_FIELDS,
    rows=lambda r: [r],
    plain=lambda r: ["\t".join(one_line(r[k]) for k in ("status", "path", "id"))],
    title="Indexed",
    styles={"status": "green", "id": "dim"},
)

SEARCH_FIELDS = ["path", "id", "headline", "date", "author", "score", "snippet"]


def _marked(snippet: str, marks: list[tuple[int, int]]) -> Text:
    """A search snippet with the matched words highlighted."""
    out = Text(clean(snippet))
    if len(out.plain) == len(snippet):  # offsets still hold (nothing was stripped)
        for start, end in marks:
            out.stylize("bold black on yellow", start, end)
    return out


def _search_table_rows(r: dict[str, Any]) -> list[dict[str, Any]]:
    article = Text(clean(_ws(r["headline"] or "")) or "(no headline)", style="bold")
    article.append("\n" + clean(r["path"]), style="dim")
    if r.get("author"):
        article.append("\n" + clean(r["author"]), style="italic")
    return [
        {
            **r,
            "article": article,
            "snippet": _marked(r["snippet"], r.get("_marks") or []),
            "score": f"{r['score']:.2f}",
        }
    ]


SEARCH = View(
    fields=SEARCH_FIELDS,
    columns=SEARCH_FIELDS,
    rows=lambda r: [{k: r[k] for k in SEARCH_FIELDS}],
    plain=lambda r: ["\t".join(one_line(r[k]) for k in ("path", "date", "headline"))],
    title="Search results",
    styles={"score": "dim", "date": "cyan"},
    table_columns=["score", "date", "article", "snippet"],
    table_rows=_search_table_rows,
    ratios={"score": 1, "date": 2, "article": 4, "snippet": 8},
)

SEARCH_QUOTE_FIELDS = QUOTE_FIELDS + ["headline", "date", "score"]


def _search_quote_table_rows(r: dict[str, Any]) -> list[dict[str, Any]]:
    row = _quote_table_rows(r)[0]
    article = Text(clean(_ws(r["headline"] or "")), style="bold")
    article.append(("\n" if r["headline"] else "") + clean(r["path"]), style="dim")
    if r.get("date"):
        article.append("\n" + clean(r["date"]), style="cyan")
    row["article"] = article
    return [row]


SEARCH_QUOTES = View(
    fields=SEARCH_QUOTE_FIELDS,
    columns=SEARCH_QUOTE_FIELDS,
    rows=lambda r: [{k: r[k] for k in SEARCH_QUOTE_FIELDS}],
    plain=_quote_plain,
    title="Quotes",
    styles={"speaker": "bold cyan", "kind": "green"},
    table_columns=["speaker", "kind", "quote", "article"],
    table_rows=_search_quote_table_rows,
    ratios={"speaker": 2, "kind": 1, "quote": 6, "article": 3},
)


VIEWS: dict[str, View] = {
    "summary": SUMMARY,
    "info": INFO,
    "quotes": QUOTES,
    "speakers": SPEAKERS,
    "index": INDEX,
    "search": SEARCH,
    "search_quotes": SEARCH_QUOTES,
}
