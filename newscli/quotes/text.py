"""Quote-aware sentence boundaries and word tokens with offsets.

The quote finder keeps its own splitter rather than newscli.sentences (the Punkt splitter of
summarize and info), because the figures do not allow the swap. This one never cuts inside a
quotation, keeps '“Why?” Ann Lee asked' together, never ends a sentence at an abbreviation or
an initial ("Gov.", "J.", "U.N.": names go on), and cuts only before a capital, a digit, a quote
mark or a bracket (not before "― Ann Lee" under a quote). Measured with newscli.sentences plus
these vetoes (options that stop abbreviations and lower-case starts from ending a sentence):
PolNeAR train direct speakers 2157 -> 2156 of 2176 and partial P 0.758 -> 0.757, and
find_quotes about 5-9% more CPU on BBC; with only its abbreviation table shared, PolNeAR train
quote-marked speakers 3308 -> 3307 (issue #14 §1)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newscli.quotes.lexicon import lexicon

_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»“)\]]*[ \t\r\n\u00a0]+")  # “: closing typeset wrong
# A token is a word (a possessive 's is a token of its own: "Germany", "'s"; other apostrophes
# stay inside), the apostrophe of such an 's with its "s", or any other non-space character
# (punctuation). Every character but white space belongs to a token, so each token is found
# with the white space before it (group 1): its offset is counted, with no search and no match
# object. (Possessive repeats: nothing after them could make the engine give characters back.)
_TOKEN = re.compile(r"(\s*+)(\w++(?:[-.&]\w+|[’'](?!s\b)\w+)*+|(?<=\w)[’']s\b|\S)")
_CLOSING = frozenset("\"”’'»“")  # quote marks that may close a quotation before a boundary


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    low: str
    quoted: bool  # inside quote marks (or a mark itself)
    cap: bool  # starts with an upper-case letter


class Inside:
    """Answers "is this offset inside a quote (marks included)?" in O(log n)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def start_of(self, pos: int) -> int | None:
        """Start of the span containing ``pos`` (None when outside every span)."""
        i = bisect_right(self.starts, pos) - 1
        return self.starts[i] if i >= 0 and pos < self.ends[i] else None

    def __call__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def sentences(
    text: str, start: int, end: int, inside_content: Inside
) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], never splitting inside a quotation."""
    abbrev = lexicon().abbreviations
    out: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        if cut >= end:
            break
        nxt = text[cut]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(["):
            continue
        if inside_content(m.start()) and inside_content(cut):
            continue
        if not _CLOSING.isdisjoint(m.group()) and _attribution_follows(text, cut, end):
            opened = inside_content.start_of(m.start())
            if opened is not None and not text[s : opened].strip(" \"“‘'«—–-"):
                continue  # “... Trump!” US Senator Jeff Sessions said
        # the word before the full stop
        j = m.start()
        if text[j] == ".":
            k = j
            while k > start and (text[k - 1].isalnum() or text[k - 1] == "."):
                k -= 1
            word = text[k:j].lower()
            if word in abbrev or (
                text[k].isupper() and all(len(p) == 1 and p.isalpha() for p in word.split("."))
            ):
                continue
        e = m.start() + len(m.group().rstrip())
        if e > s:
            out.append((s, e))
        s = cut
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))
    return out


_WORD = re.compile(r"[\w.’'-]+")


# words that open a sentence of their own, never an attribution after a quote
_NEW_SENTENCE = frozenset(
    "meanwhile however but and also still yet so then now instead indeed moreover furthermore "
    "nonetheless nevertheless besides thus hence therefore otherwise perhaps maybe overall "
    "ultimately finally similarly likewise additionally separately elsewhere".split()
)


def _attribution_follows(text: str, start: int, end: int) -> bool:
    """After a closing quote: do the next few words read "Name Name said" / "he said"?"""
    lex = lexicon()
    n = 0
    appositive = False
    for m in _WORD.finditer(text, start, min(end, start + 200)):
        w = m.group().rstrip(".")
        low = w.lower()
        if n > 0 and (low in lex.speech_forms or low in lex.phrasal and any(
            re.match(rf"[ \u00a0]+{p}\b", text[m.end() : m.end() + 12]) for p in lex.phrasal[low]
        )):
            return True  # ("Trump said", "Trump went on")
        if n == 0 and low in _NEW_SENTENCE:
            return False  # "... for him.” Meanwhile, Gerrard has urged ...": a new sentence
        after = text[m.end() : m.end() + 1]
        if appositive:
            # "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said"
            n += 1
            if n >= 24 or text[m.start() - 1 : m.start()] in ".!?" or w[-1:] in ".!?":
                return False
            continue
        if n >= 6 or not (w[:1].isupper() or low in {"the", "a", "an", "her", "his", "its"}
                          or low in lex.pronoun_gender or low in lex.role_kind):
            return False
        n += 1
        if after == "," and w[:1].isupper():
            appositive = True
    return False


_APOSTROPHES = frozenset("’'")
_PARTICLES = frozenset(["al-", "el-"])  # "Anwar al-Awlaki": a name's part, like a capital
_INITIALS = frozenset(["A", "I"])  # with a full stop, an initial: "James A. Baker" has no "a"


def _plural_possessive(text: str, pos: int) -> bool:
    """Is the apostrophe at ``pos`` a plural possessive ("the Times’ editor", "Sanders'
    campaign"): after an s, before a word?"""
    return 0 < pos < len(text) - 2 and text[pos - 1] == "s" and text[pos + 1] == " " and (
        text[pos + 2].isalpha()
    )


def tokens(text: str, start: int, end: int, inside: Inside) -> list[Token]:
    starts, ends = inside.starts, inside.ends
    nspans = len(starts)
    k = max(0, bisect_right(starts, start) - 1)
    while k < nspans and ends[k] <= start:
        k += 1
    out: list[Token] = []
    append = out.append
    # (a Token is made by object.__new__ and its slots set here: no Python __init__ call for
    # each of the many tokens)
    new = object.__new__
    e = start
    quoted = False  # no quote in the range (most sentences): nothing is quoted
    quotes = not (k >= nspans or starts[k] >= end)
    for space, t in _TOKEN.findall(text, start, end):
        s = e + len(space)
        e = s + len(t)
        if quotes:
            while k < nspans and ends[k] <= s:
                k += 1
            quoted = k < nspans and starts[k] <= s
        tok = new(Token)
        if t.islower() and t != "’s":  # most tokens, a lower-case word: one test, no copy
            tok.text = tok.low = t
            tok.start, tok.end, tok.quoted, tok.cap = s, e, quoted, False
            append(tok)
            continue
        c = t[0]  # (the other tokens by their first character)
        if c.isupper():
            low = t.lower()
            if t in _INITIALS and text.startswith(".", e):
                low += "."
            tok.text, tok.low, tok.cap = t, low, True
        elif c in _APOSTROPHES and (t == "’s" or len(t) == 1 and _plural_possessive(text, s)
                                    and not (quoted and s == ends[k] - 1)):
            # (not the mark closing a quotation)
            # a possessive is written 's (a straight 's already is); "Fox News’ Bret Baier"
            tok.text, tok.low, tok.cap = "'s", "'s", False
        else:
            tok.text, tok.low = t, t.lower()
            tok.cap = c in "ae" and t[:3] in _PARTICLES and t[3:4].isupper()
        tok.start, tok.end, tok.quoted = s, e, quoted
        append(tok)
    return out
