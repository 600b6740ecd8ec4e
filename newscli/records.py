"""The records every command and the Python API hand out, built in one place so that the
file commands, ``newscli.analyze`` and the index can never drift apart.

Plain dicts with stable keys; no Rich, no printing (render.py decides how they look).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (parsing is not needed to build records: keeps `newscli --help` fast)
    from newscli.article import Article

ARTICLE_FIELDS = [
    "path",
    "headline",
    "slug",
    "author",
    "caption",
    "credit",
    "date",
    "dateline",
    "url",
    "paragraphs",
    "sentences",
    "words",
    "text",
]
QUOTE_FIELDS = ["path", "speaker", "kind", "text", "cue", "start", "end", "paragraph", "source"]
SPEAKER_FIELDS = ["speaker", "role", "direct", "partial", "indirect", "total", "articles"]


def article_fields(article: Article, sentences: list[Any] | None = None) -> dict[str, Any]:
    """What the parser found (the ``info --json`` record): an article headed "Levy passes"
    gives ``{"path": ..., "headline": "Levy passes", ..., "text": <the decoded text>}``.
    ``sentences``: ``article.sentences()``, when the caller has split them already."""
    if sentences is None:
        from newscli.sentences import split_sentences

        count = sum(len(split_sentences(p.text)) for p in article.paragraphs)  # no copies
    else:
        count = len(sentences)
    words = sum(len(p.text.split()) for p in article.paragraphs)
    return {
        "path": article.path,
        "headline": article.headline,
        "slug": article.slug,
        "author": article.author,
        "caption": article.caption,
        "credit": article.credit,
        "date": article.date,
        "dateline": article.dateline,
        "url": article.url,
        "paragraphs": len(article.paragraphs),
        "sentences": count,
        "words": words,
        "text": article.text,
    }


def quote_fields(path: str, quote: Any) -> dict[str, Any]:
    """One quote (the ``quotes --jsonl`` record): “We will rebuild,” she said. gives
    ``{"path": path, "speaker": "Ann Lee", "kind": "direct", "text": "We will rebuild,",
    "cue": "said", ..., "source": "she"}`` with ``text == article.text[start:end]``; ``source``
    is the speaker as the article words it at the cue (None for a quote with no cue)."""
    from newscli.quotes.tally import quote_source

    return {
        "path": path,
        "speaker": quote.speaker,
        "kind": quote.kind,
        "text": quote.text,
        "cue": quote.cue,
        "start": quote.start,
        "end": quote.end,
        "paragraph": quote.paragraph,
        "source": quote_source(quote),
    }


def speaker_fields(stats: Any) -> dict[str, Any]:
    """One speaker's tally (the ``speakers`` record): ``{"speaker": "Ann Lee", "role":
    "mayor", "direct": 2, "partial": 0, "indirect": 1, "total": 3, "articles": 1}``."""
    return {
        "speaker": stats.speaker,
        "role": stats.role,
        "direct": stats.direct,
        "partial": stats.partial,
        "indirect": stats.indirect,
        "total": stats.total,
        "articles": stats.articles,
    }


def sentence_text(text: str) -> str:
    """A summary sentence as output: whitespace runs collapsed ("Rain\\n  fell." -> "Rain
    fell.")."""
    return " ".join(text.split())
