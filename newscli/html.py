"""HTML pages -> Article, through trafilatura (the best-scoring open extractor).

The page is parsed by lxml's HTML parser, which neither reads external entities or DTDs nor
touches the network; entity-bomb payloads are not expanded. ``Article.text`` is the extracted
main text (headline first when the page has one), and every offset points into it.
"""

from __future__ import annotations

import re

from newscli.article import Article, parse_text
from newscli.errors import NewscliError

_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)[\s>/]", re.I)


def looks_like_html(text: str) -> bool:
    """True when the start of a document is HTML markup rather than article prose."""
    head = text.lstrip()[:2048]
    return head.startswith("<") and bool(_TAG.search(head))


def parse_html(data: bytes | str, path: str = "-") -> Article:
    """Extract the main text and metadata of an HTML page into an Article."""
    import trafilatura  # heavy: lxml, htmldate, courlan

    raw = data.encode("utf-8") if isinstance(data, str) else data
    # A DTD (and with it any entity declarations) has no business in a news page: drop it
    # before the parser sees it.
    raw = _DOCTYPE.sub(b"", raw, count=1)
    try:
        doc = trafilatura.bare_extraction(
            raw, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, RecursionError, MemoryError) as exc:  # lxml gives up on hostile markup
        raise NewscliError(f"could not parse HTML ({type(exc).__name__})", path=path) from exc
    if doc is None:
        raise NewscliError("no article text found in this HTML page", path=path)
    fields = doc if isinstance(doc, dict) else doc.as_dict()
    body = (fields.get("text") or "").strip()
    if not body:
        raise NewscliError("no article text found in this HTML page", path=path)
    title = _clean(fields.get("title"))
    first_line = body.split("\n", 1)[0].strip()
    text = f"{title}\n\n{body}\n" if title and first_line != title else body + "\n"
    art = parse_text(text, path)
    if title:
        art.headline = title
        art.paragraphs = [p for p in art.paragraphs if p.text != title]
    art.author = _clean(fields.get("author")) or art.author
    art.date = _clean(fields.get("date")) or art.date
    art.url = _clean(fields.get("url"))
    return art


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
