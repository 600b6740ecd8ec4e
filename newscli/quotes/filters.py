"""Quotation marks that hold no quote: titles, show names, stories a book tells."""

from __future__ import annotations

import re

from newscli.quotes.context import ArticleContext
from newscli.quotes.model import Attr

_STORY = re.compile(r"(?:the|a)[ \u00a0]+(?:story|tale|stories|tales)\b", re.IGNORECASE)


_TITLE_SMALL = frozenset(
    "a an the of and or in on at to for with by from vs is are was be into not as but nor so "
    "up".split()
)


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
    """"Wolf Brother tells the story of Torak", "The film tells the tale of ...": a book or
    film narrates; that is no reported speech (a person telling a story is)."""
    if a.lemma != "tell" or a.content is None or not _STORY.match(ctx.text, a.content[0]):
        return False
    if a.source is None or a.source.text.lower() == "it":
        return True
    if a.source.kind == "pronoun":
        return False  # "he told the story of ..."
    ent = ctx.index.entity(a.speaker)
    return ent is None or ent.kind != "person"
