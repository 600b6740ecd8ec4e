from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscli.article import Article, Span
from newscli.quotes import Quote, find_quotes

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
SEED = SAMPLES / "nato-eastern-flank.txt"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path in ../shared, or skip the test saying why."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not found ({path}); evaluation data is not in this checkout")
    return path


@pytest.fixture
def seed_gold() -> dict:
    return json.loads(shared_path("gold", "000_73b5c36f6099129b.quotes.json").read_text("utf-8"))


def make(*paragraphs: str, caption: str | None = None) -> Article:
    """An Article whose paragraphs are ``paragraphs``, blank-line separated."""
    text = "\n\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append(Span(pos, pos + len(p), p))
        pos += len(p) + 2
    return Article("t.txt", text, spans, caption=caption)


def quotes(
    *paragraphs: str, caption: str | None = None, disabled: frozenset[str] = frozenset()
) -> list[Quote]:
    """The quotes ``find_quotes`` gives on an invented article of ``paragraphs`` (with the
    sieves named in ``disabled`` off), each checked to be the exact span of the text it cites."""
    article = make(*paragraphs, caption=caption)
    found = find_quotes(article, disabled=disabled)
    for q in found:
        assert q.text == article.text[q.start : q.end]
    return found
