"""Quote marks: which characters open or close a quotation, and how they pair up.

One linear pass over the marks of each paragraph; no regular expression ever spans a quote,
so unbalanced marks cost nothing extra and are recovered locally (within the paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

# '' and `` stand for " in some archives; a lone ` is no mark. Written as one character class
# first (then: a second ' or `, or nothing after anything but `) so that the regex engine
# skips straight to the candidate characters: same matches as ''|``|["“”„‟«»‘’‚‹›'], except
# that ''' after a word is ' then '' (it closes a single quote and then the double one:
# "the word 'old-school,''' said X"); at a quote's opening it stays '' then '.
MARK_RE = re.compile(r"[\"“”„‟«»‘’‚‹›'`](?:(?<=')'(?!'(?<=[^\s(\[{—–/-]'''))|(?<=`)`|(?<!`))")
TAG_RE = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]{0,300})?>")
DOUBLE = frozenset("\"“”„‟«»")
OPEN_CTX = frozenset(" \t\n\r\u00a0\u2009([{—–-/")
CLOSE_CTX = frozenset(" \t\n\r\u00a0\u2009.,;:!?)]}—–-/…")
PARA_START = frozenset("\n\r\u202a\u202b\u200e\u200f")  # line breaks, bidi marks
# an elision is a whole word: "'em" and "'round", not the start of "'Employees" or "'Rounding"
_ELISION_WORD = re.compile(r"(?:em|til|cause|tis|twas|round|bout)(?![^\W\d_])|n ", re.IGNORECASE)


@dataclass(frozen=True)
class Marked:
    """A stretch of text between quote marks (marks excluded)."""

    start: int
    end: int
    open_mark: int  # position of the opening mark (== start when recovered without one)
    close_mark: int  # position of the closing mark (== end when recovered without one)
    paragraph: int  # index of the paragraph the quote starts in
    last_paragraph: int
    double: bool
    close_end: int = -1  # just after the closing mark

    def __post_init__(self) -> None:
        if self.close_end < 0:
            object.__setattr__(self, "close_end", self.close_mark + 1)


def classify(text: str, i: int, width: int = 1) -> str | None:
    """'o' opening, 'c' closing, 'a' ambiguous, None for an apostrophe (not a quote mark)."""
    ch = text[i] if width == 1 else '"'
    left = text[i - 1] if i > 0 else " "
    right = text[i + width] if i + width < len(text) else " "
    if ch in DOUBLE:
        if ch in "“„«‟":
            if left not in OPEN_CTX and right in CLOSE_CTX:
                return "c"  # typeset the wrong way round: word,“ ...
            return "o"
        if ch in "”»":
            if (left in OPEN_CTX) and right.isalnum() or left in PARA_START or i == 0:
                return "o"  # (a ” opening a paragraph closes nothing: typeset the wrong way)
            return "c"
        left_open = left in OPEN_CTX or left in "“‘\"'"
        right_close = right in CLOSE_CTX or right in "”’\"'"
        if left_open and not right_close:
            return "o"
        if right_close and not left_open:
            return "c"
        return "a"
    # single marks: apostrophes first
    if left.isalnum() and right.isalnum():
        return None  # Germany’s, don't
    if right.isdigit():
        return None  # ’90s, '08
    if left in OPEN_CTX and _ELISION_WORD.match(text, i + 1):
        return None  # ’em, ’til, rock ’n’ roll (first mark)
    if left == "n" and i >= 2 and text[i - 2] in "’'‘" and right in CLOSE_CTX:
        return None  # rock ’n’ roll (second mark)
    if ch in "‘‚‹":
        return "o"
    if ch in "’›":
        if left in OPEN_CTX:
            return None
        return "c" if right in CLOSE_CTX or right in "”\"" else None
    # straight '
    if left in OPEN_CTX and right.isalnum():
        return "o"
    if left not in OPEN_CTX and (right in CLOSE_CTX or right in "”\""):
        return "c"
    return None


def _first_nonspace(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_marked(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Marked]:
    """All quoted stretches in the paragraphs (offsets into ``text``), in text order."""
    marks: list[list[tuple[int, str, bool]]] = []
    widths: dict[int, int] = {}
    n_double = n_single = 0
    for p_start, p_end in paragraphs:
        row = []
        tags = [(t.start(), t.end()) for t in TAG_RE.finditer(text, p_start, p_end)]
        ti = 0
        for m in MARK_RE.finditer(text, p_start, p_end):
            while ti < len(tags) and tags[ti][1] <= m.start():
                ti += 1
            if ti < len(tags) and tags[ti][0] <= m.start():
                continue  # an attribute value inside markup: <tweet author="@x">
            width = m.end() - m.start()
            role = classify(text, m.start(), width)
            if role is None:
                continue
            if width > 1:
                widths[m.start()] = width
            double = width > 1 or text[m.start()] in DOUBLE
            if double:
                n_double += role == "o"
            elif role == "o":
                n_single += 1
            row.append((m.start(), role, double))
        marks.append(row)
    # the style that opens more quotes is the article's; the other marks nested quotes (a
    # single-quoted article may quote a "sign" or a "text message" in double marks)
    primary_double = n_double >= n_single or n_single < 2
    out = _pair_primary(text, paragraphs, marks, primary_double, widths)
    out.extend(_pair_secondary(text, paragraphs, marks, primary_double, out))
    out.sort(key=attrgetter("start"))
    return out


def _pair_primary(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    marks: list[list[tuple[int, str, bool]]],
    primary_double: bool,
    widths: dict[int, int],
) -> list[Marked]:
    out: list[Marked] = []
    open_pos: int | None = None
    open_para = 0
    skip_first = False

    def emit(o: int, c: int, close_mark: int, last_para: int, real: bool = True) -> None:
        s, e = _trim(text, o + widths.get(o, 1) if o < c else o, c)
        if e > s:
            close_end = close_mark + widths.get(close_mark, 1) if real else close_mark
            out.append(Marked(s, e, o, close_mark, open_para, last_para, primary_double,
                              close_end))

    for pi, (_p_start, p_end) in enumerate(paragraphs):
        row = [(pos, role) for pos, role, dbl in marks[pi] if dbl == primary_double]
        if skip_first and row:
            row = row[1:]  # the continuation mark that reopens a multi-paragraph quote
        skip_first = False
        nested_close = -1
        tail_close = -1  # a nested quote's closing mark that may close the outer one too
        for k, (pos, role) in enumerate(row):
            if pos <= nested_close:
                continue
            if open_pos is None:
                if role in "oa":
                    open_pos, open_para = pos, pi
                continue  # a stray closing mark: ignored
            if role == "o" and not primary_double and _nested_last(
                text, row, k, open_pos, _opens_direct(text, paragraphs[pi], pi, open_pos, open_para)
            ):
                nested_close = tail_close = row[k + 1][0]
                continue
            if role == "o" and _nested_inside(text, row, k, open_pos):
                nested_close = row[k + 1][0]
                continue
            if role in "ca" and not primary_double and plural_possessive(text, row, k, open_pos):
                continue
            if role in "ca":
                emit(open_pos, pos, pos, pi)
                open_pos = None
                continue
            # an opening mark while one is open: the earlier one was never closed
            back = _stop_before(text, pos, open_pos)
            if back >= 0:
                # the quote ended without its closing mark (also a multi-paragraph one: ...
                # game.¶"I have said ... to us. "I felt ...)
                emit(open_pos, back + 1, back + 1, pi, real=False)
            open_pos, open_para = pos, pi
        if open_pos is None:
            continue
        # the paragraph ends inside a quote
        nxt = pi + 1
        if nxt < len(paragraphs):
            first = _first_nonspace(text, paragraphs[nxt][0], paragraphs[nxt][1])
            row_next = [(pos, role) for pos, role, dbl in marks[nxt] if dbl == primary_double]
            if row_next and row_next[0][0] == first and row_next[0][1] in "oa":
                skip_first = True  # multi-paragraph quote: carried into the next paragraph
                continue
        if tail_close >= 0:
            # 'It was like I'd think 'why me?' ¶ : the nested quote's mark closes both
            emit(open_pos, tail_close, tail_close, pi)
            open_pos = None
            continue
        # recover locally: a quote that opens the paragraph (or a sentence, or follows a colon)
        # runs to its end
        lead = _first_nonspace(text, paragraphs[open_para][0], paragraphs[open_para][1])
        before = text[max(paragraphs[open_para][0], open_pos - 3) : open_pos].rstrip()
        if open_para != pi or open_pos == lead or before.endswith((":", ".", "?", "!")):
            # (or opens a sentence: “A,” said Baron. “B ... <paragraph ends>)
            emit(open_pos, p_end, p_end, pi, real=False)
        open_pos = None
    return out


def plural_possessive(text: str, row: list[tuple[int, str]], k: int, open_pos: int) -> bool:
    """Is the single closing mark ``row[k]`` a plural's apostrophe inside a quotation that
    opens a paragraph or follows a colon, comma or full stop: after "s", before a lower-case
    word, with the quote's own closing mark still to come ('We back the players' union
    fully,' she said)? (Not a name in marks: "known as 'The Owls' after ...")"""
    before = text[max(0, open_pos - 2) : open_pos]
    if not (open_pos == 0 or before.endswith("\n") or before.rstrip().endswith((":", ",", "."))):
        return False
    return _apostrophe_shape(text, row[k][0]) and k + 1 < len(row) and row[k + 1][1] == "c" and (
        not _apostrophe_shape(text, row[k + 1][0])  # (the next may be one too: a title in marks
    )  # before a possessive, "the 'All Stars' team ... the Blacks' coach")


def _apostrophe_shape(text: str, pos: int) -> bool:
    return pos > 0 and text[pos - 1] == "s" and text[pos + 1 : pos + 2] == " " and (
        text[pos + 2 : pos + 3].islower()
    )


NESTED_MAX = 120  # characters: a quotation nested in another is a short phrase or title


def _nested_inside(text: str, row: list[tuple[int, str]], k: int, open_pos: int) -> bool:
    """Is the opening mark ``row[k]``, inside the quote opened at ``open_pos``, a short
    quotation nested in it: curly marks in a straight-quoted quotation or the other way round
    ("The Department isn’t about “Equal Justice Under Law” anymore. ..."), or a quotation
    inside another closed twice ("... wearing “Settle For Hillary” shirts … ouch.”")?"""
    pos = row[k][0]
    return k + 1 < len(row) and row[k + 1][1] in "ca" and (
        row[k + 1][0] - pos <= NESTED_MAX
    ) and (
        _other_family(text, open_pos, pos) and _other_family(text, open_pos, row[k + 1][0])
        or k + 2 < len(row) and row[k + 2][1] in "ca"
        and _stop_before(text, pos, open_pos) < 0
    )


def _opens_direct(
    text: str, para: tuple[int, int], pi: int, open_pos: int, open_para: int
) -> bool:
    """Did the quote open at ``open_pos`` begin in an earlier paragraph, open this one
    ``para`` (number ``pi``), or follow a colon ('Lee said: 'I ...')?"""
    return (
        open_para != pi
        or open_pos == _first_nonspace(text, para[0], para[1])
        or text[max(para[0], open_pos - 3) : open_pos].rstrip().endswith(":")
    )


def _nested_last(
    text: str, row: list[tuple[int, str]], k: int, open_pos: int, outer_is_direct: bool
) -> bool:
    """In a single-quoted article, is the opening mark ``row[k]``, inside a direct quote that
    opened a paragraph or followed a colon, a quotation nested in it with the same mark, closed
    by the paragraph's last mark? ('I'd think 'why me?' then: 'why me?' is nested.)"""
    return (
        outer_is_direct
        and k + 2 == len(row)
        and row[k + 1][1] in "ca"
        and row[k + 1][0] - row[k][0] <= NESTED_MAX
        and _stop_before(text, row[k][0], open_pos) < 0
        and text[row[k][0] - 1] in " \t"
    )


def _stop_before(text: str, pos: int, lo: int) -> int:
    """The index of a full stop, "?", "!" or "…" right before the mark at ``pos`` (white
    space between), after ``lo``; else -1."""
    back = pos - 1
    while back > lo and text[back].isspace():
        back -= 1
    return back if back > lo and text[back] in ".?!…" else -1


def _other_family(text: str, a: int, b: int) -> bool:
    """Are the double marks at ``a`` and ``b`` of different families (straight vs curly)?"""
    return (text[a] == '"') != (text[b] == '"')


def _pair_secondary(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    marks: list[list[tuple[int, str, bool]]],
    primary_double: bool,
    primary: list[Marked],
) -> list[Marked]:
    """The other style (single marks in a double-quoted article), outside primary quotes only."""
    inside = [(q.open_mark, q.close_mark) for q in primary]
    out: list[Marked] = []
    k = 0
    for pi, _span in enumerate(paragraphs):
        open_pos: int | None = None
        for pos, role, dbl in marks[pi]:
            if dbl == primary_double:
                continue
            while k < len(inside) and inside[k][1] < pos:
                k += 1
            if k < len(inside) and inside[k][0] <= pos <= inside[k][1]:
                continue  # nested inside a primary quote
            if open_pos is None:
                if role in "oa":
                    open_pos = pos
            elif role in "ca":
                if pos - open_pos <= 400:
                    s, e = _trim(text, open_pos + 1, pos)
                    if e > s:
                        out.append(Marked(s, e, open_pos, pos, pi, pi, not primary_double))
                open_pos = None
            else:
                open_pos = pos
    return out
