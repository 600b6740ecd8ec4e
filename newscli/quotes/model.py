"""The records the quote finder passes between stages: Quote (its output), Source, Attr."""

from __future__ import annotations

from dataclasses import dataclass

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
