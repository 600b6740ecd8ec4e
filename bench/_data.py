"""Loaders for the evaluation sets in ../shared (never copied into the project).

Every loader returns ``EvalItem`` records: the parsed ``Article``, the reference summary as a
list of sentences, and ``k``, the number of sentences an extractive summary should have.
When ../shared is absent, ``shared_dir()`` returns None and callers print a skip message.

Set NEWSCLI_SHARED to point elsewhere.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newscli.article import Article, Span

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ("cnndm", "bbc")


@dataclass
class EvalItem:
    id: str
    article: Article
    reference: list[str]  # reference summary, one sentence per item
    k: int  # sentences to extract


def shared_dir() -> Path | None:
    env = os.environ.get("NEWSCLI_SHARED")
    path = Path(env) if env else ROOT.parent / "shared"
    return path if (path / "eval").is_dir() else None


def _parse(text: str, path: str) -> Article:
    """``newscli.article.parse_text`` when it exists, else a minimal BBC-layout loader."""
    try:
        from newscli.article import parse_text  # type: ignore[attr-defined]
    except ImportError:
        return _minimal_parse(text, path)
    article: Article = parse_text(text, path)
    return article


def _minimal_parse(text: str, path: str) -> Article:
    """Fallback: first line is the headline when followed by a blank line; one paragraph a line."""
    paragraphs: list[Span] = []
    headline = None
    pos = 0
    lines = text.splitlines(keepends=True)
    first = True
    for line in lines:
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            if first and len(lines) > 1 and not lines[1].strip():
                headline = stripped
            else:
                paragraphs.append(Span(start, start + len(stripped), stripped))
            first = False
        pos += len(line)
    return Article(path=path, text=text, paragraphs=paragraphs, headline=headline)


# --- CNN/DailyMail -----------------------------------------------------------------------------

_PTB = [
    ("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"),
    ("-LCB-", "{"), ("-RCB-", "}"), ("``", '"'), ("''", '"'),
]
_DM_JUNK = re.compile(
    r"^(?:By \. .*?\. (?:PUBLISHED: .*?\| \. UPDATED: .*?\. )?|"
    r"(?:PUBLISHED|UPDATED|Last updated at) .*?\. )",
)


def detokenize_ptb(text: str) -> str:
    for tok, char in _PTB:
        text = text.replace(tok, char)
    text = re.sub(r" ([.,;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def _split_highlights(reference: str) -> list[str]:
    # highlights are PTB sentences separated by " . "; keep the full stop with each one
    parts = [p.strip() for p in re.split(r"(?<= \.) (?=\S)", reference) if p.strip()]
    return [detokenize_ptb(p) for p in parts]


def load_cnndm(limit: int | None = None) -> Iterator[EvalItem]:
    base = shared_dir()
    if base is None:
        return
    path = base / "eval" / "cnndm" / "cnndm_test_dev125.jsonl"
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            rec = json.loads(line)
            text = "\n\n".join(rec["article_lines"])
            article = _parse(text, rec["id"])
            if article.headline:  # CNN/DM has no headline: a short first line is the lead
                start = text.find(article.headline)
                head = Span(start, start + len(article.headline), article.headline)
                article.paragraphs.insert(0, head)
                article.headline = None
                article = _strip_lead_junk(article)
            elif not _has_parse_text():  # strip datelines ourselves for the fallback loader
                article = _strip_lead_junk(article)
            yield EvalItem(rec["id"], article, _split_highlights(rec["reference"]), 3)


def _has_parse_text() -> bool:
    import newscli.article as mod

    return hasattr(mod, "parse_text")


def _strip_lead_junk(article: Article) -> Article:
    """Fallback only: drop "(CNN)" / "Place (CNN) --" and Daily Mail byline heads."""
    if not article.paragraphs:
        return article
    first = article.paragraphs[0]
    m = re.match(r"^(?:[A-Z][\w.,' ]{0,40})?\(CNN\)\s*(?:--\s*)?", first.text) or _DM_JUNK.match(
        first.text
    )
    if m and m.end() < len(first.text):
        cut = m.end()
        article.paragraphs[0] = Span(first.start + cut, first.end, first.text[cut:])
    return article


# --- BBC News Summary -------------------------------------------------------------------------

_GLUE = re.compile(r"(?<=[.!?])([\"']?)(?=[A-Z\"'])")


def split_glued(summary: str) -> list[str]:
    """BBC references are sentences glued without a space after the full stop."""
    summary = summary.strip()
    marked = _GLUE.sub(lambda m: m.group(1) + "\n", summary)
    parts = [s.strip() for s in marked.split("\n") if s.strip()]
    # '."He said' is ambiguous: a closing quote after an unbalanced sentence opens the next one
    for i in range(len(parts) - 1):
        if parts[i].endswith('"') and parts[i].count('"') % 2 == 1:
            parts[i], parts[i + 1] = parts[i][:-1], '"' + parts[i + 1]
    return parts


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def load_bbc(
    limit: int | None = None, categories: tuple[str, ...] | None = None
) -> Iterator[EvalItem]:
    base = shared_dir()
    if base is None:
        return
    root = base / "eval" / "bbc-news-summary"
    files = sorted((root / "News Articles").glob("*/*.txt"))
    if categories:
        files = [f for f in files if f.parent.name in categories]
    if limit is not None and 0 < limit < len(files):  # spread a quick run over all categories
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    for path in files:
        rel = path.relative_to(root / "News Articles")
        text = _read(path)
        reference = split_glued(_read(root / "Summaries" / rel))
        article = _parse(text, str(rel))
        yield EvalItem(str(rel), article, reference, max(1, len(reference)))


def load(name: str, limit: int | None = None) -> list[EvalItem]:
    if name == "cnndm":
        return list(load_cnndm(limit))
    if name == "bbc":
        return list(load_bbc(limit))
    raise ValueError(f"unknown dataset {name!r}; choose from {', '.join(DATASETS)}")
