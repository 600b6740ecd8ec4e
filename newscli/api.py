"""The Python API: ``analyze(text)`` gives what the commands give for one article.

    >>> from newscli import analyze
    >>> a = analyze("Levy passes\\n\\n“We will rebuild,” Mayor Ann Lee said on Monday.")
    >>> a.article["headline"], a.quotes[0]["speaker"]
    ('Levy passes', 'Ann Lee')

``Analysis.article`` is the ``newscli info --json`` record, ``.summary`` the default ``news``
summary (3 sentences, as ``newscli summarize`` prints them), ``.quotes`` exactly the ``newscli
quotes --jsonl`` records, ``.speakers`` the ``newscli speakers`` records of this one article.
The commands and the index build their records with the same functions (``newscli.records``),
so the API cannot drift from them. Offline, no printing, safe to call from many processes.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from newscli.article import Article

ANALYSIS_VERSION = 1
"""Bump when a change to parsing, quotes or summaries changes what ``analyze`` returns: ``newscli
index`` then re-analyses every article indexed under an older version."""

SUMMARY_SENTENCES = 3


@dataclass(frozen=True)
class Analysis:
    """Everything newscli finds in one article, as plain records (JSON-ready)."""

    article: dict[str, Any]
    summary: list[str]
    quotes: list[dict[str, Any]]
    speakers: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The article's content id (see ``content_id``)."""
        return content_id(self.article["text"])


def content_id(text: str) -> str:
    """A stable id for an article's text: 32 hex digits of BLAKE2b over the NFC-normalised
    text with whitespace runs collapsed, so "Rain fell.\\n" and "Rain  fell." share an id."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=16).hexdigest()


def parse(
    text: str,
    *,
    path: str | None = None,
    url: str | None = None,
    title: str | None = None,
    author: str | None = None,
    date: str | None = None,
) -> Article:
    """Text (plain or HTML) to an Article, as the commands parse a file; ``title``, ``author``
    and ``date`` override what the parser finds, as a JSON Lines record's fields do."""
    from newscli.errors import NewscliError
    from newscli.html import looks_like_html, parse_html

    where = path or url or "-"
    if not isinstance(text, str):
        raise NewscliError(f"text must be a str, not {type(text).__name__}", path=where)
    if looks_like_html(text):
        article = parse_html(text, where)
    else:
        from newscli.article import parse_text

        article = parse_text(text, where)
    if url:
        article.url = url
    if title and title.strip():
        article.headline = title.strip()
    if author and author.strip():
        article.author = author.strip()
    if date and date.strip():
        article.date = date.strip()
    return article


def analyze(
    text: str,
    *,
    path: str | None = None,
    url: str | None = None,
    title: str | None = None,
    author: str | None = None,
    date: str | None = None,
) -> Analysis:
    """Analyse one article's text (plain text or HTML). ``path`` is what the records carry as
    ``path`` (default: ``url``, else ``"-"``); ``url``, ``title``, ``author``, ``date``: metadata
    from where the text came from (a crawler's record), which win over what the parser finds.

    Raises ``NewscliError`` when the text holds no article (empty, markup only)."""
    from newscli.errors import NewscliError

    article = parse(text, path=path, url=url, title=title, author=author, date=date)
    if not article.paragraphs:
        raise NewscliError("no article text found", path=article.path)
    return analyze_article(article)


def analyze_article(article: Article) -> Analysis:
    """An Article already parsed (e.g. by ``newscli.sources.load``) to its Analysis."""
    return analyze_quotes(article)[0]


def analyze_quotes(article: Article) -> tuple[Analysis, list[Any]]:
    """The Analysis plus the ``Quote`` objects behind ``Analysis.quotes`` (same order), for
    callers that need more than the records (the index keeps each quote's speaker role)."""
    from newscli.quotes import find_quotes, tally_speakers
    from newscli.records import article_fields, quote_fields, sentence_text, speaker_fields
    from newscli.summarize import MAX_SENTENCES, summarize

    found = find_quotes(article)
    # split once: the summary picks from them, the record counts them (a huge text is split
    # once more, without copies, to be counted: only MAX_SENTENCES are ever copied)
    spans = article.sentences(limit=MAX_SENTENCES + 1)
    complete = spans if len(spans) <= MAX_SENTENCES else None
    summary = summarize(article, "news", sentences=SUMMARY_SENTENCES, spans=spans)
    analysis = Analysis(
        article=article_fields(article, complete),
        summary=[sentence_text(s.text) for s in summary.sentences],
        quotes=[quote_fields(article.path, q) for q in found],
        speakers=[speaker_fields(st) for st in tally_speakers([(article.path, found)])],
    )
    return analysis, found
