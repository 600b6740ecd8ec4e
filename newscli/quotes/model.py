"""The records the quote finder passes between stages: Quote (its output), Source, Attr,
MarkSite."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscli.quotes.marks import Marked
from newscli.quotes.text import Token


@dataclass
class Quote:
    speaker: str | None
    kind: str  # "direct" | "partial" | "indirect"
    text: str
    cue: str | None
    start: int
    end: int
    paragraph: int
    speaker_mention: str | None = None
    role: str | None = None
    # the reported content: the clause around a partial quote, the quotation with its marks
    content_start: int = 0
    content_end: int = 0


@dataclass
class Source:
    kind: str  # "name" | "pronoun" | "role" | "other"
    start: int
    end: int
    text: str
    toks: list[Token]
    appos: str | None = None
    of_toks: list[Token] | None = None


def make_source(kind: str, run: list[Token], text: str, appos: str | None = None) -> Source:
    """A source over the tokens ``run``, its text as the article writes it."""
    return Source(kind, run[0].start, run[-1].end, text[run[0].start : run[-1].end], run, appos)


@dataclass
class Attr:
    cue_i: int
    cue_start: int
    cue_end: int
    cue: str
    lemma: str
    source: Source | None
    content: tuple[int, int] | None
    src_first: int  # token index where the source starts (or cue index)
    speaker: str | None = None
    mention: str | None = None
    role: str | None = None
    intro: bool = False  # "X said:" with nothing after


@dataclass(slots=True)
class MarkSite:
    """One pair of quote marks in its sentence, with what the quote rules look at."""

    q: Marked
    sent: tuple[int, int]
    text: str
    best: Attr | None  # the attribution the quote takes its speaker from
    dash: re.Match[str] | None  # a signature after the quote ("— Ann Lee")
    pre: str  # up to 300 characters before the opening mark, stripped
    direct: bool = False
    words: int = 0  # words inside the marks
