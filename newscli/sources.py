"""Inputs: expand paths, read bytes, decode them, and turn them into Articles.

Files, directories (recursive, by glob), ``-`` for stdin, and JSON Lines streams of articles
(``{"text", "title", "url", ...}``, e.g. trafilatura's JSON output). Nothing here writes to
an input: files are opened read-only.
"""

from __future__ import annotations

import codecs
import fnmatch
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

from newscli.article import Article, parse_text
from newscli.errors import NewscliError

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.md", "*.jsonl")
MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One input to read: a path on disk, or bytes already read (stdin). ``error`` is set
    when the path could not even be listed (missing, unreadable directory)."""

    path: str
    data: bytes | None = None
    error: str | None = None


def expand(paths: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> Iterator[Source]:
    """Files as given, directories walked recursively (sorted, symlinked dirs not followed)."""
    for path in paths:
        if path == STDIN:
            yield Source(STDIN)
        elif os.path.isdir(path):
            yield from _walk(path, globs)
        elif os.path.lexists(path):
            yield Source(path)
        else:
            yield Source(path, error="no such file or directory")


def _walk(top: str, globs: tuple[str, ...]) -> Iterator[Source]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=errors.append, followlinks=False):
        while errors:
            err = errors.pop()
            yield Source(str(err.filename or root), error=_os_reason(err))
        dirs.sort()
        for name in sorted(files):
            if any(fnmatch.fnmatch(name, g) for g in globs):
                yield Source(os.path.join(root, name))
    for err in errors:
        yield Source(str(err.filename or top), error=_os_reason(err))


def _os_reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


def read_bytes(source: Source, max_bytes: int = MAX_BYTES) -> bytes:
    if source.error:
        raise NewscliError(source.error, path=source.path)
    if source.data is not None:
        data = source.data
    else:
        try:
            if os.path.isdir(source.path):
                raise NewscliError("is a directory", path=source.path)
            size = os.path.getsize(source.path)
            if size > max_bytes:
                raise NewscliError(
                    f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB). "
                    "Use --max-size to raise the limit",
                    path=source.path,
                )
            with open(source.path, "rb") as fh:
                # read what the size promises (a read of max_bytes allocates that much), and
                # on to the limit when there is more (a growing file, /dev/stdin, a pipe)
                data = fh.read(size + 1)
                if len(data) > size:
                    data += fh.read(max_bytes - size)
        except OSError as exc:
            raise NewscliError(_os_reason(exc), path=source.path) from exc
    if len(data) > max_bytes:
        raise NewscliError(
            f"input too large (> {max_bytes / 1e6:.0f} MB). Use --max-size to raise the limit",
            path=source.path,
        )
    return data


def decode(data: bytes, encoding: str | None = None, path: str = "-") -> tuple[str, str | None]:
    """Bytes to text. Returns (text, note); the note says when the encoding was guessed."""
    if encoding:
        try:
            return data.decode(encoding), None
        except LookupError as exc:
            raise NewscliError(f"unknown encoding {encoding!r}", path=path) from exc
        except UnicodeDecodeError as exc:
            raise NewscliError(f"not valid {encoding} (byte {exc.start})", path=path) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), None
    if b"\x00" in data[:8192]:
        raise NewscliError("binary file (NUL bytes), not a text article", path=path)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    text, invalid = _mostly_utf8(data)
    if text is not None:
        s = "" if invalid == 1 else "s"
        return text, f"{invalid} invalid UTF-8 byte{s} replaced"
    guess = _guess_encoding(data)
    text = data.decode(guess, errors="replace")
    return text, f"not valid UTF-8; decoded as {guess} (a guess: use --encoding to choose)"


_INVALID_BYTE = re.compile("[\udc80-\udcff]")  # an undecodable byte, under surrogateescape
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")  # a valid non-ASCII character


def _mostly_utf8(data: bytes) -> tuple[str | None, int]:
    """UTF-8 but for a few bad bytes: (text with U+FFFD for each invalid byte, how many),
    else (None, how many). It is UTF-8 when its valid multi-byte characters outnumber its
    invalid bytes: "Russia’s \xff plan" (one ’, one bad byte) is; Latin-1 "caf\xe9 " is
    not (no valid multi-byte character: a legacy charset is guessed instead)."""
    text = data.decode("utf-8-sig", errors="surrogateescape")
    invalid = sum(1 for _ in _INVALID_BYTE.finditer(text))
    valid = sum(1 for _ in _MULTIBYTE.finditer(text))
    if valid <= invalid:
        return None, invalid
    return _INVALID_BYTE.sub("\ufffd", text), invalid


def _guess_encoding(data: bytes) -> str:
    """Windows-1252 first: it is what non-UTF-8 English news almost always is, and detectors
    guess badly on short texts (a Latin-1 BBC article comes out as Shift-JIS)."""
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes  # comes with trafilatura
    except ImportError:  # pragma: no cover
        return "cp1252"
    best = from_bytes(data[:65536]).best()
    if best is None or best.encoding in ("ascii", "utf_8"):
        return "cp1252"
    return str(best.encoding)


def load(
    source: Source,
    encoding: str | None = None,
    max_bytes: int = MAX_BYTES,
    errors: list[str] | None = None,
) -> list[Article]:
    """Read and parse one input into Articles (a JSON Lines stream gives one per record).

    A bad record of a JSON Lines stream raises, unless ``errors`` is given: then its message
    ("line 2: not valid JSON (...)") is appended there and the other records are loaded."""
    data = read_bytes(source, max_bytes)
    if not data.strip():
        raise NewscliError("empty input, no article text", path=source.path)
    lower = source.path.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        from newscli.html import parse_html

        return [parse_html(data, source.path)]
    text, note = decode(data, encoding, source.path)
    del data  # a big input: the bytes need not live on next to the text
    bad: list[str] = []
    if lower.endswith((".jsonl", ".ndjson")) or _looks_like_jsonl(text):
        articles = list(_jsonl_articles(text, source.path, bad if errors is not None else None))
    else:
        from newscli.html import looks_like_html, parse_html

        if looks_like_html(text):
            articles = [parse_html(text, source.path)]
        else:
            articles = [parse_text(text, source.path)]
    if note:
        for art in articles:
            art.notes.append(note)
    if errors is not None:
        errors.extend(bad)
    if bad and not articles:
        return articles  # every record was bad: each is reported, nothing else to say
    if not articles or all(not a.paragraphs for a in articles):
        raise NewscliError("no article text found", path=source.path)
    return articles


_OBJECT_START = re.compile(r'\s*\{[ \t]*"(?:[^"\\\n]|\\.)*"\s*:')  # {"key":
JSONL_SNIFF_LINES = 20  # lines of stdin looked at to tell a JSON Lines stream from an article


def _looks_like_jsonl(text: str) -> bool:
    """A JSON Lines stream of articles, by its content: the first non-blank character is
    ``{`` and the first line opens an object with a key ('{"text": "a', even broken), or one
    of the first 20 non-blank lines is an object with a "text" string ('{oops' then
    '{"text": "b"}'). An article that opens with a brace ("{Updated} The council ...")
    stays an article."""
    if text.lstrip()[:1] != "{":
        return False
    if _OBJECT_START.match(text):
        return True
    seen = 0
    for line in _split_lines(text):
        if not line.strip():
            continue
        seen += 1
        if seen > JSONL_SNIFF_LINES:
            return False
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            return True
    return False


def _split_lines(text: str) -> Iterator[str]:
    """Lines split at \\n only: U+2028 or U+0085 inside a JSON string are data,
    not line ends (``str.splitlines`` would cut '{"text": "a\\u2028b"}' in two)."""
    pos = 0
    while pos <= len(text):
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        yield text[pos:end]
        pos = end + 1


def _jsonl_articles(text: str, path: str, errors: list[str] | None = None) -> Iterator[Article]:
    """One Article per record; a bad record raises, or with ``errors`` is reported there."""
    for number, line in enumerate(_split_lines(text), 1):
        if not line.strip():
            continue
        try:
            yield _jsonl_article(line, number, path)
        except NewscliError as exc:
            if errors is None:
                raise
            errors.append(str(exc).removeprefix(f"{path}: "))


def _jsonl_article(line: str, number: int, path: str) -> Article:
    """One JSON Lines record to an Article named PATH:LINE: '{"text": "...", "title": "..."}'."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise NewscliError(
            f"line {number}: not valid JSON ({exc.msg}: column {exc.colno})", path=path
        ) from exc
    except RecursionError as exc:
        raise NewscliError(f"line {number}: JSON nested too deeply", path=path) from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise NewscliError(f'line {number}: a record needs a "text" string', path=path)
    title = record.get("title") if isinstance(record.get("title"), str) else None
    art = parse_text(record["text"], f"{path}:{number}")
    if isinstance(record.get("url"), str):
        art.url = record["url"]
    if title:
        art.headline = title.strip()
    for key in ("author", "date"):
        if isinstance(record.get(key), str) and record[key].strip():
            setattr(art, key, record[key].strip())
    return art
