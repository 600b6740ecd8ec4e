"""Speaker statistics across articles, and speaker name matching for --speaker."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from newscli.quotes.lexicon import lexicon
from newscli.quotes.model import Quote
from newscli.quotes.names import FUNCTION_WORDS, LOOSE, SUFFIXES, TIME_WORDS

KINDS = ("direct", "partial", "indirect")


@dataclass
class SpeakerStats:
    speaker: str
    role: str | None = None
    direct: int = 0
    partial: int = 0
    indirect: int = 0
    articles: int = 0
    last_path: str | None = field(default=None, repr=False)

    @property
    def total(self) -> int:
        return self.direct + self.partial + self.indirect


def fold(text: str) -> str:
    """Lower case without accents: "Zelenskyy" == "zelenskyy", "Gonzàlez" == "gonzalez"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def quote_source(quote: Quote) -> str | None:
    """Who spoke as the article words it at the cue ("he", "one aide", "the secretary-general");
    None for a quote with no cue of its own, which only borrows a neighbour's speaker.

    '"We will rebuild," one aide said.' has source "one aide" and no speaker.
    """
    return quote.speaker_mention if quote.cue is not None else None


def quote_matches_speaker(query: str, quote: Quote) -> bool:
    """``--speaker``: the resolved name, or, when there is none, the source as written
    ("--speaker aide" finds '"...," one aide said')."""
    if quote.speaker:
        return speaker_matches(query, quote.speaker)
    return speaker_matches(query, quote_source(quote))


def speaker_matches(query: str, speaker: str | None) -> bool:
    """Case- and accent-insensitive match on the full name or any part of it."""
    if not speaker:
        return False
    q = " ".join(fold(query).split())
    s = " ".join(fold(speaker).split())
    if not q:
        return False
    if q == s:
        return True
    parts = s.replace("-", " ").split()
    qparts = q.replace("-", " ").split()
    n = len(qparts)
    return any(parts[i : i + n] == qparts for i in range(len(parts) - n + 1))


def tally_speakers(quotes_by_article: Iterable[tuple[object, list[Quote]]]) -> list[SpeakerStats]:
    """Per speaker: the role the articles give, quote counts by kind, number of articles.

    Sorted by total quotes (most first), then by name. Quotes without a speaker are skipped.
    Quotes arrive grouped by article, so an article is counted when a speaker's path changes:
    memory grows with the number of speakers, not of articles.
    """
    stats: dict[str, SpeakerStats] = {}
    for path, quotes in quotes_by_article:
        key_path = str(path)
        for q in quotes:
            if not q.speaker:
                continue
            st = stats.get(q.speaker)
            if st is None:
                st = stats[q.speaker] = SpeakerStats(q.speaker)
            if st.role is None and q.role:
                st.role = q.role
            if q.kind in KINDS:
                setattr(st, q.kind, getattr(st, q.kind) + 1)
            if st.last_path != key_path:
                st.last_path = key_path
                st.articles += 1
    return sorted(_merge_surnames(stats).values(), key=lambda s: (-s.total, s.speaker.lower()))


def _merge_surnames(stats: dict[str, SpeakerStats]) -> dict[str, SpeakerStats]:
    """Fold a one-word speaker into the one longer name ending with it ("Obama" into "Barack
    Obama"): each article already gives its speakers their fullest form, so the short form comes
    from articles that never used the full one. Left alone when ambiguous ("Clinton" with both
    "Hillary Clinton" and "Bill Clinton"). Only a person's full name takes it
    (:func:`can_be_given_name`): "Labour" stays apart from "New Labour"."""
    by_last: dict[str, list[str]] = {}
    for name in stats:
        words = fold(name).split()
        if len(words) > 2 and words[-1] in SUFFIXES:
            words = words[:-1]  # "Joseph R. Biden Jr" ends with "Biden"
        if len(words) > 1 and can_be_given_name(words[0]):
            by_last.setdefault(words[-1], []).append(name)
    for name in [n for n in stats if " " not in n.strip()]:
        fulls = by_last.get(fold(name).strip(), [])
        if len(fulls) != 1:
            continue
        short, full = stats.pop(name), stats[fulls[0]]
        for kind in KINDS:
            setattr(full, kind, getattr(full, kind) + getattr(short, kind))
        full.articles += short.articles
        full.role = full.role or short.role
    return stats


def can_be_given_name(word: str) -> bool:
    """Can the (folded) first word of a longer name be a given name, so that a one-word speaker
    is its surname? Not a function word, date, place, title, organisation word, nationality or
    role adjective: "Acme" is not the surname of "December Acme", nor "Tories" of "Senior
    Tories"."""
    lex = lexicon()
    return not (
        word in FUNCTION_WORDS or word in TIME_WORDS or word in LOOSE or word in lex.places
        or word in lex.titles or word in lex.org_words or word in lex.demonyms
    )
