"""Quotation marks that hold no quote: titles, show names, stories a book tells."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from operator import attrgetter

from newscli.quotes.attach import subject_before
from newscli.quotes.content import with_complementizer
from newscli.quotes.context import ArticleContext
from newscli.quotes.lexicon import word_set
from newscli.quotes.marks import Marked
from newscli.quotes.model import Attr, MarkSite, Quote
from newscli.quotes.names import Entity, group_description
from newscli.quotes.words import NAMING, TITLE_LEADS

_STORY = re.compile(r"(?:the|a)[ \u00a0]+(?:story|tale|stories|tales)\b", re.IGNORECASE)


_TITLE_SMALL = word_set("quote_words.txt", "title_small")


def one_capitalised_word(quoted: str) -> bool:
    word = quoted.strip(" ,.")
    return word[:1].isupper() and word.isalpha()


def looks_like_title(quoted: str, cued: bool = True, longest: int = 8) -> bool:
    words = quoted.rstrip(",.").split()
    # US style puts the full stop inside the marks: “The Art of the Deal.” is still a title
    # when no speech cue introduces it
    end = quoted.rstrip(",") if cued else quoted.rstrip(",.")
    if not words or len(words) > longest or end.endswith((".", "!", "?")):
        return False
    alpha = [w for w in words if w[:1].isalpha()]
    return bool(alpha) and alpha[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _TITLE_SMALL for w in alpha
    ) and sum(w[0].isupper() for w in alpha) >= 2


def tells_story(ctx: ArticleContext, a: Attr) -> bool:
    """A book or film that tells a story is no speaker ("The film tells the story of a
    miner"), a person who does is ("he told the story of ...")."""
    if a.lemma != "tell" or a.content is None or not _STORY.match(ctx.text, a.content[0]):
        return False
    if a.source is None or a.source.text.lower() == "it":
        return True
    if a.source.kind == "pronoun":
        return False  # "he told the story of ..."
    ent = ctx.index.entity(a.speaker)
    return ent is None or ent.kind != "person"


_WORD = re.compile(r"\w")
# (a word starts the match only at its first letter: the same last word, found without trying
# every letter of every word)
_PREV_WORD_ANY = re.compile(r"((?<!\w)\w+|['’]s)\W*$")
_WORKS = word_set("quote_words.txt", "works")


# --- stage "mark_filter": quote marks that hold no quote --------------------------------------


def scare_quotes(m: MarkSite) -> bool:
    """One or two words in marks with no cue are scare quotes, not a quote (the “experts”)."""
    return m.best is None and m.dash is None and m.words <= 2


def title_in_marks(m: MarkSite) -> bool:
    """Title Case words in marks are a title, not speech (“The Long Road Home”), unless a
    speaker gives them as a name ("Lee called him “Little Bob”")."""
    best, q, text = m.best, m.q, m.text
    nickname = _nickname_given(m)  # "he called Rubio “Little Marco”": a name, not a title
    return (not m.direct or (best is None and m.dash is None)) and not nickname and (
        looks_like_title(text[q.start : q.end], best is not None)
    )


_NAME_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*$")


def label_before_name(m: MarkSite) -> bool:
    """One capitalised word in marks right before a capitalised name is a label, not speech
    ("“Singer” Vera Olsk says ..."), unless a speaker gives it as a name ("Lee called him
    “Crooked” Hill")."""
    q, text = m.q, m.text
    quoted = text[q.start : q.end]
    if m.words != 1 or not quoted[:1].isupper() or not quoted.isalpha() or quoted.isupper():
        return False
    return _NAME_AFTER.match(text, q.close_end) is not None and not _nickname_given(m) and not (
        _CAPITALISED_BEFORE.search(m.pre)  # Marcia “Cia” Price: a nickname inside the name
    )


def _nickname_given(m: MarkSite) -> bool:
    """Does the quote's speaker give the words in marks as a name ("he called Rubio “Little
    Marco”")?"""
    best, q, text = m.best, m.q, m.text
    return best is not None and best.lemma in NAMING and best.cue_end < q.open_mark and (
        _WORD.search(text, best.cue_end, q.open_mark) is not None
        and text[best.cue_start - 1 : best.cue_start] == " "
        and subject_before(text, best.cue_start)
    )


def show_name_after_preposition(m: MarkSite) -> bool:
    """A capitalised name in marks after "on", "of" or "'s" is a show or work ("said on
    Channel 9's “Good Day”")."""
    if m.direct:
        return False
    lead_word = _PREV_WORD_ANY.search(m.pre[-40:])
    quoted = m.text[m.q.start : m.q.end]
    return lead_word is not None and lead_word.group(1).lower() in TITLE_LEADS and (
        looks_like_title(quoted, False) or one_capitalised_word(quoted)
    )


def work_title(m: MarkSite) -> bool:
    """Title Case words in marks after "book", "film" or "album" are its title ("in her
    book, “Rivers of Salt.”")."""
    work = _PREV_WORD_ANY.search(m.pre[-40:])
    return work is not None and work.group(1).lower() in _WORKS and (
        looks_like_title(m.text[m.q.start : m.q.end], False, longest=16)
    )


def indirect_holding_quote(
    text: str, cs: int, ce: int, para_quotes: list[Marked], closes: list[int], dropped: set[int]
) -> bool:
    """A reported clause holding a quote is that quote's, not another indirect record, but
    a title in marks inside it does not count ("said that the “Blue Lagoon” had closed")."""
    k = bisect_left(closes, cs)  # the first quote closing at or after cs
    while k < len(para_quotes) and para_quotes[k].open_mark in dropped and (
        with_complementizer(text, cs) < cs
    ):
        k += 1
    return k < len(para_quotes) and para_quotes[k].open_mark < ce


def short_floating_fragment(qt: Quote) -> bool:
    """A short fragment in marks with no cue of its own is no quote (a floating “very
    bad”), shorter still when it has a speaker."""
    return qt.kind == "partial" and len(qt.text.split()) < (3 if qt.speaker else 6)


def pronoun_is_no_speaker(q: Quote, pronouns: dict[str, str]) -> bool:
    """A pronoun left unresolved is never a speaker ("he" is no answer)."""
    return q.speaker is not None and (q.speaker.lower() in pronouns or not q.speaker.strip())


def group_is_no_speaker(q: Quote) -> bool:
    """A group described by a plural common noun is no one's name: "MPs said", "Labour MPs
    warned" leave the speaker empty (the source keeps the words); a party's or a people's
    name ("the Whigs said", "Senior Whigs said": the Whigs) stays."""
    if not q.speaker or not q.speaker_mention:
        return False
    return group_description(q.speaker_mention)


def peer_keeps_title(q: Quote, entities: Mapping[str, Entity]) -> str | None:
    """A peer the article names only by title and surname is named with the title: "Lord
    Pellow said" gives "Lord Pellow", not "Pellow" (a first name given anywhere wins: "Alan
    Pellow")."""
    ent = entities.get(q.speaker) if q.speaker and " " not in q.speaker else None
    if ent is None or ent.peer is None:
        return None
    return f"{ent.peer} {q.speaker}"


_RANK = {"direct": 1, "partial": 1, "indirect": 0}  # quote marks beat a reported clause


def no_overlapping_records(found: list[Quote]) -> list[Quote]:
    """No two records of an article overlap: a quote in marks beats the indirect record
    that overlaps it, and of two overlapping records of one rank the longer stays (“A.¶“B,”
    said Lee is one direct quote, not also an indirect “B,”)."""
    order = sorted(found, key=lambda q: (-_RANK[q.kind], q.start - q.end, q.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Quote] = []
    for q in order:
        k = bisect_left(starts, q.start)
        if k > 0 and ends[k - 1] > q.start or k < len(starts) and starts[k] < q.end:
            continue  # overlaps a record already kept
        starts.insert(k, q.start)
        ends.insert(k, q.end)
        kept.append(q)
    kept.sort(key=attrgetter("start", "end"))
    return kept
