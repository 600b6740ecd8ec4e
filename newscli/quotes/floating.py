"""Floating quotes: a quote with no cue of its own continues a speaker in view."""

from __future__ import annotations

from newscli.quotes.context import ArticleContext
from newscli.quotes.marks import Marked
from newscli.quotes.model import Attr, Quote
from newscli.quotes.words import OPENERS


def outside_quotes(ctx: ArticleContext, start: int, end: int, quotes: list[Marked]) -> str:
    """The text between ``start`` and ``end`` without the quotations in it."""
    parts = []
    for q in quotes:
        if q.close_end <= start or q.open_mark >= end:
            continue
        if q.open_mark > start:
            parts.append(ctx.text[start : q.open_mark])
        start = max(start, q.close_end)
    parts.append(ctx.text[start:end])
    return " ".join(parts)


def opens_sentence(ctx: ArticleContext, start: int) -> bool:
    """Does the quotation starting at ``start`` (after its mark) open a sentence ("...
    violence. “The government is alleging ...” were provoking violence")?"""
    k = start - 1
    while k > 0 and (ctx.text[k] in OPENERS or ctx.text[k] in " \u00a0"):
        k -= 1
    return k <= 0 or ctx.text[k] in ".!?\n"


def told_before(
    spoken: list[tuple[int, int, Attr]], qt: Quote, previous: Quote | None
) -> Attr | None:
    """Who a floating quote continues: the speaker of a sentence before it that reports
    someone, when it is the paragraph's first quote ("Lau said in a statement. “...”"), or
    after the previous quote ("“A,” said X. Y says the goal is ... “B.”"); not someone
    reported inside another report ("adding that Smith told him"). ``spoken`` holds
    (sentence end, sentence start, attribution)."""
    for end, begin, a in reversed(spoken):
        if not a.speaker or end > qt.start:
            continue
        if previous is None:
            return a
        if (begin > previous.end or previous.cue is None and a.cue_start > previous.end) and (
            not any(c.content and c.content[0] <= a.cue_start < c.content[1]
                    for _e, _b, c in spoken)
        ):
            return a
    return None
