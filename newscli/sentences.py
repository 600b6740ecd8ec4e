"""Offline sentence splitter and word tokenizer.

PLACEHOLDER implementation (regex); being replaced by a Punkt-style splitter whose tables ship
in newscli/data/. Interface is fixed:
  split_sentences(text) -> list[tuple[int, int]]   offsets into text, whitespace-trimmed
  tokenize_words(text)  -> list[str]
  Tokenizer             sumy-compatible object: language, to_sentences(), to_words()
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def tokenize_words(text: str) -> list[str]:
    return _WORD.findall(text)


class Tokenizer:
    """What sumy expects of a tokenizer, without NLTK's data files."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokenize_words(sentence))
