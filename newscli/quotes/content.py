"""The reported clause of a cue: where the words someone said begin and end."""

from __future__ import annotations

import re
from bisect import bisect_left

from newscli.quotes.lexicon import lexicon, word_set
from newscli.quotes.marks import Marked
from newscli.quotes.model import Attr
from newscli.quotes.names import DETERMINERS
from newscli.quotes.phrases import role_head
from newscli.quotes.text import Token
from newscli.quotes.words import (
    AUXILIARIES,
    BARE_CLAUSE,
    CLOSING_MARKS,
    MAX_CLAUSE,
    NAMING,
    OBJECT_PRONOUNS,
    PERIODS,
    PREPS,
    WEEKDAYS,
)

ADJUNCT_WORDS = word_set("quote_words.txt", "adjunct_words")


_OPENS_QUOTE = re.compile(r"[ \u00a0]?[:,][ \u00a0]?[\"“‘]")


INDIRECT_LEMMAS = word_set("quote_words.txt", "indirect_lemmas")


_TIME_AFTER_CUE = PERIODS | frozenset("on last this earlier late early later ago".split())


def trim_content(text: str, s: int, e: int, keep_end: bool = False) -> tuple[int, int]:
    if e - s > MAX_CLAUSE:
        if keep_end:
            s = e - MAX_CLAUSE
        else:
            e = s + MAX_CLAUSE
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:!?—–-"):
        e -= 1
    return s, e


def content_after(
    toks: list[Token], last: int, lemma: str, sent_end: int, text: str, subordinate: bool = False
) -> tuple[int, int] | None:
    lex = lexicon()
    n = len(toks)
    a = last + 1
    # "told reporters (at a press conference) that ...": find "that" nearby
    telling = toks[last].low in lex.tell_forms
    limit = min(n, a + (10 if telling else 8))
    that = None
    in_pp = False
    for x in range(a, limit):
        tx = toks[x]
        if tx.quoted or tx.text in {",", ";", ":", "."}:
            break
        if tx.low == "that":
            that = x
            break
        in_pp = in_pp or tx.low in PREPS
        if not (telling or in_pp or tx.cap or tx.low in DETERMINERS
                or tx.low in WEEKDAYS or tx.low in ADJUNCT_WORDS):
            break  # (inside a prepositional phrase: "declared in a heated argument that")
    if that is not None:
        a = that + 1
    else:
        if toks[last].low in lex.tell_forms and a < n and not toks[a].quoted:
            if toks[a].low in OBJECT_PRONOUNS or toks[a].low in {"reporters", "journalists"}:
                a += 1
            else:
                b = a
                if toks[b].low in DETERMINERS:
                    b += 1
                while b < n and not toks[b].cap and role_head(toks[b].low):
                    b += 1
                if b < n and toks[b].cap:
                    while b < n and (toks[b].cap or toks[b].text == "'s") and not toks[b].quoted:
                        b += 1
                    a = b
        while a < n and not toks[a].quoted and (
            toks[a].low in WEEKDAYS or toks[a].low in _TIME_AFTER_CUE
        ):
            a += 1  # "said late last month", "said on Tuesday"
        if a < n and toks[a].text == "," and not toks[a].quoted:
            close = next((x for x in range(a + 1, min(n - 1, a + 10)) if toks[x].text == ","
                          or toks[x].quoted), None)
            if close is not None and not toks[close].quoted and toks[close + 1].low == "that":
                a = close + 1  # "said, apparently for the first time, that ..."
            elif not (a + 1 < n and toks[a + 1].quoted):
                return None  # "said Wednesday, previewing ...": no reported clause after
        while a < n and toks[a].text in {",", ":"} and not toks[a].quoted:
            a += 1
    if a >= n:
        return None
    s = toks[a].start
    e = sent_end
    # stop before ", adding ..." / ", according to ..." / ", while ..."
    for x in range(a + 1, min(n - 1, a + 80)):
        if (toks[x].low == "and" and not toks[x].quoted and toks[x + 1].low in lex.speech_forms
                and not toks[x + 1].quoted):
            e = toks[x].start  # "called it “shameful” and called on leaders ...": two acts
            break
        if toks[x].text != ",":
            continue
        cut = toks[x].start
        y = x + 1
        if toks[x].quoted:
            # 'at “less advanced schools,” Trump said': the comma inside the closing mark
            if not (x + 2 < n and toks[y].quoted and toks[y].text in CLOSING_MARKS
                    and not toks[y + 1].quoted):
                continue
            cut, y = toks[y].end, y + 1
        nx = toks[y]
        if subordinate or nx.low in {"according", "but"} or (
            nx.low.endswith("ing") and nx.low in lex.speech_forms
        ):
            e = cut  # "While X says CONTENT, MAIN CLAUSE"
            break
    s, e = trim_content(text, s, e)
    return (s, e) if e > s else None


def indirect_ok(attr: Attr, text: str, toks: list[Token], starts: list[int]) -> bool:
    """A cue's reported clause of three words or more is an indirect quote ("Lee said the
    plant would close"), not an object ("Lee added a second goal")."""
    if attr.content is None or attr.source is None:
        return False
    if attr.lemma not in INDIRECT_LEMMAS and attr.lemma not in {"point out"}:
        return False
    s, e = attr.content
    words: list[Token] = []
    first = bisect_left(starts, s)
    for x in range(first, len(toks)):
        t = toks[x]
        if t.start >= e or len(words) >= 12:
            break
        if t.text[0].isalnum() or t.text == "'s":
            words.append(t)
    if len(words) < 3:
        return False
    # "In 2014, ..., according to the FBI", "After ..., the office said, ...": any opening
    before = e <= attr.cue_start or s < attr.source.start
    if (words[0].low in PREPS and not before) or words[0].low in {
        "so", "yes", "no", "nothing", "something", "and", "or", "but", "goodbye", "hello"
    }:
        return False
    that = first > 0 and toks[first - 1].low == "that"
    if attr.lemma == "add" and not (before or that) and words[0].low in {"a", "an", "another"}:
        return False  # "Joe Cole added a second", "she added another layer": an object
    if that or before:
        return True  # a that-clause, or the clause before "..., X said"
    if attr.lemma in BARE_CLAUSE:
        return True
    # other verbs take objects too ("wrote the letter"): a bare clause needs a verb
    return any(w.low in AUXILIARIES or (w.low.endswith("ed") and not w.cap)
               for w in words[1 : own_clause_words(toks, first, words)])


def own_clause_words(toks: list[Token], first: int, words: list[Token]) -> int:
    """How many of ``words`` (from toks[first]) belong to the cue's own clause: they end at a
    comma opening another clause ("The Jays can claim all of Canada, though the Yankees are
    ...": the verb "are" is the though-clause's, so "claim" has an object, no clause)."""
    last = words[-1].start if words else 0
    for x in range(first, len(toks) - 1):
        t = toks[x]
        if t.start > last:
            break
        if t.text == "," and toks[x + 1].low in _OTHER_CLAUSE:
            return sum(w.start < t.start for w in words)
    return len(words)


_OTHER_CLAUSE = frozenset("though although while whereas but because".split())


def held_by(a: Attr | None, q: Marked) -> tuple[int, int] | None:
    """The attribution's reported clause when it holds the quote, else None."""
    if a is None or a.content is None or not a.content[0] <= q.start <= q.end <= a.content[1] + 1:
        return None
    return a.content


def introduces_quote(a: Attr | None, q: Marked, text: str) -> bool:
    """Does the attribution end right before the quote with a comma or colon ("X shouted,
    “Cruz,” Beck joked")?"""
    if a is None or a.source is None:
        return False
    end = max(a.cue_end, a.source.end)
    return end <= q.open_mark and text[end : q.open_mark].strip() in {",", ":"}


def reported_clause(content: str) -> bool:
    """Is this a reported clause of three words or more, not an adjunct ("on Twitter on
    Monday")?"""
    words = content.split(None, 3)
    return len(words) >= 3 and words[0].lower() not in PREPS


def introduces_next(a: Attr, text: str) -> bool:
    """Does the attribution end with a comma or colon and an opening mark ("said, “")?"""
    end = a.cue_end if a.source is None else max(a.cue_end, a.source.end)
    return _OPENS_QUOTE.match(text, end) is not None


def outer_clause(best: Attr, attrs: list[Attr], q: Marked, text: str) -> tuple[int, int] | None:
    """The reported clause that holds a naming relative clause ("what he called “...”", "which
    she called “...”"): the fragment is part of the outer report."""
    if best.lemma not in NAMING or best.source is None:
        return None
    lead = text[max(0, best.source.start - 7) : best.source.start].lower().split()
    if not lead or lead[-1] not in {"what", "which"}:
        return None
    outer = [a for a in attrs if a is not best and a.content is not None
             and a.content[0] <= best.cue_start and q.end <= a.content[1] + 1]
    return max((a.content for a in outer if a.content), key=lambda c: c[1] - c[0], default=None)


def with_complementizer(text: str, cs: int) -> int:
    """The reported clause with its "that" (PARC/PolNeAR content spans include it)."""
    k = cs
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    if k >= 5 and text[k - 4 : k].lower() == "that" and not text[k - 5].isalnum():
        return k - 4
    return cs
