"""The Article dataclass, and parsing plain-text news articles into it.

Every offset in an Article points into ``Article.text``, the text exactly as decoded, so
``article.text[p.start:p.end] == p.text`` for every paragraph (and every quote found later).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class Article:
    path: str
    text: str
    paragraphs: list[Span] = field(default_factory=list)  # body only: no caption, byline, ...
    headline: str | None = None
    slug: str | None = None
    dateline: str | None = None
    author: str | None = None
    caption: str | None = None
    credit: str | None = None
    date: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)  # e.g. "decoded as cp1252 (guessed)"

    def sentences(self) -> list[Span]:
        """Body sentences in article order (never crossing a paragraph)."""
        from newscli.sentences import split_sentences

        out: list[Span] = []
        for para in self.paragraphs:
            for start, end in split_sentences(para.text):
                out.append(Span(para.start + start, para.start + end, para.text[start:end]))
        return out
