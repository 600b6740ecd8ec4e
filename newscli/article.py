"""The Article dataclass, and parsing plain-text news articles into it.

Every offset in an Article points into ``Article.text``, the text exactly as decoded, so
``article.text[p.start:p.end] == p.text`` for every paragraph (and every quote found later).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class Article:
    path: str
    text: str
    paragraphs: list[Span] = field(default_factory=list)  # body only: no caption, byline, ...
    headline: str | None = None
    slug: str | None = None
    dateline: str | None = None
    author: str | None = None
    caption: str | None = None
    credit: str | None = None
    date: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)  # e.g. "decoded as cp1252 (guessed)"

    def sentences(self, limit: int | None = None) -> list[Span]:
        """Body sentences in article order (never crossing a paragraph); only the first
        ``limit`` when given, so a huge text is not copied sentence by sentence to be cut."""
        from newscli.sentences import split_sentences

        out: list[Span] = []
        for para in self.paragraphs:
            for start, end in split_sentences(para.text):
                if limit is not None and len(out) >= limit:
                    return out
                out.append(Span(para.start + start, para.start + end, para.text[start:end]))
        return out


# --- parsing plain-text articles -------------------------------------------------------------

import re  # noqa: E402

_SLUG = re.compile(r"[A-Z0-9]{2,}(?:[-_/][A-Z0-9]{2,})+")
# "caption text | Photographer/AFP via Getty Images"
_CAPTION_CREDIT = re.compile(r"(?P<caption>.+?)\s+\|\s+(?P<credit>[^|]{2,120})")
_CREDIT_WORDS = re.compile(
    r"Getty|AFP|Reuters|\bAP\b|Associated Press|Images|Photo|Pool|EPA|Shutterstock|Bloomberg"
    r"|/|\bvia\b|Credit|Courtesy|Wikimedia|Alamy|PA\b",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|del|la|le|bin|al-?\w*)){0,4}"
_BYLINE = re.compile(rf"(?:By|BY|by)\s*[.:]?\s+(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)")
_MORE_FROM = re.compile(r"More from\s*(?:\.\.\.|…)?\s*(?P<name>.+)")
# Daily Mail: "By . Jane Doe . PUBLISHED: . 12:03 EST, 3 January 2014 . | . UPDATED: . ... . "
_MAIL_HEADER = re.compile(
    r"By\s*\.\s*(?P<name>[^.]{2,80}?)\s*\.\s*(?:(?:and|for)\s[^.]{2,80}\.\s*)*"
    r"(?:(?:PUBLISHED|UPDATED|Last updated(?: at)?):?\s*\.?\s*"
    r"(?P<date>[^|]*?\d{4})\s*\.\s*\|?\s*\.?\s*)*"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"(?:(?:Published|Updated|Posted|Last updated|Date)\s*(?:on|at)?\s*:?\s*)?"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    rf"(?P<date>\d{{4}}-\d{{2}}-\d{{2}}(?:[T ][\d:]+Z?)?"
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
    rf"(?:[\s,|·-]+\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}})?)?",
    re.IGNORECASE,
)
# "WASHINGTON (Reuters) - ", "(CNN)", "Washington (CNN)", "LONDON — "
_AGENCY = r"Reuters|AP|AFP|CNN|CNNMoney|CNN Business|Bloomberg|UPI|dpa|AAP|Xinhua|BBC|PA"
DATELINE = re.compile(
    # "WASHINGTON (Reuters) - ", "HARBORTON, Maine (Some Wire) — ", "LONDON — "
    r"(?P<dateline>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}"
    r"(?:,\s+[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:\s*\([^()\n]{2,40}\))?"
    r"(?:\s*(?:--|[—–])\s*|\s+-\s+)"
    # "(CNN)", "Washington (CNN) -- "
    rf"|(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*)?\((?:{_AGENCY})\)\s*(?:--|[-—–:])?\s*)"
)
_BOILERPLATE = re.compile(
    r"(?:READ MORE|Read more|Related:|RELATED:|Advertisement|ADVERTISEMENT|Sign up|Subscribe"
    r"|Click here|Share this|Follow (?:us|him|her|them)|Image (?:caption|copyright|source)"
    r"|Media caption|Copyright|©|All rights reserved|\(Reporting by|Reporting by|Editing by"
    r"|Additional reporting|Scroll down|Watch the video|Listen to|Download the|Like us on"
    r"|Get the latest|Want more|This article (?:was|has been|first)|Photo(?:graph)?:|Pictured:"
    r"|\[?Photo by|\(Photo|Image:|Video:|Source:)",
)
_NEWSLETTER = re.compile(r"newsletter|sign up|subscribe", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”]$")
_LABEL_CAPTION = re.compile(r"[A-Z][\w' -]{1,30}:\s+\S")  # "Haul: The cherry picker ..."


@dataclass
class _Line:
    start: int
    end: int
    text: str
    block: int  # index of the blank-line separated block the line is in


# a line and its end, at the line boundaries of str.splitlines (offsets only: a big text is
# not copied into a list of lines first)
_LINE = re.compile(
    "([^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*)(?:\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])?"
)


def _lines(text: str) -> list[_Line]:
    """Non-blank lines, whitespace-trimmed, with offsets and block numbers."""
    out: list[_Line] = []
    block = 0
    for m in _LINE.finditer(text):
        if m.end() == m.start():
            break  # the end of the text
        start, end = m.span(1)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            block += 1
            continue
        out.append(_Line(start, end, text[start:end], block))
    return out


def _words(s: str) -> int:
    return len(s.split())


def _clean_name(name: str) -> str | None:
    name = re.sub(r"\s+", " ", name).strip(" .,;:-|")
    name = re.sub(r",?\s*(?:Associated Press|Reuters|AFP|CNN|Daily Mail Reporter)$", "", name)
    if not name or _words(name) > 8:
        return None
    return name


def _is_boilerplate(s: str) -> bool:
    if _words(s) > 30:
        return False
    if _BOILERPLATE.match(s):
        return True
    return _words(s) <= 15 and bool(_NEWSLETTER.search(s)) and not _TERMINAL.search(s)


def parse_text(text: str, path: str = "-") -> Article:
    """Parse a plain-text news article: slug, headline, caption | credit, byline, dateline,
    date, boilerplate, and body paragraphs (blank-line or one-per-line layouts)."""
    art = Article(path=path, text=text)
    lines = _lines(text)
    body: list[_Line] = []
    for i, line in enumerate(lines):
        s = line.text
        at_top = not body
        if at_top and art.slug is None and i == 0 and _SLUG.fullmatch(s):
            art.slug = s
            continue
        # the caption pattern backtracks over the whole line: try it only when it can match
        m = _CAPTION_CREDIT.fullmatch(s) if "|" in s else None
        if m and art.caption is None and (at_top or _CREDIT_WORDS.search(m["credit"])):
            if _words(m["credit"]) <= 12:
                art.caption, art.credit = m["caption"].strip(), m["credit"].strip()
                continue
        m = _MORE_FROM.fullmatch(s)
        if m and _words(m["name"]) <= 6:
            art.author = art.author or _clean_name(m["name"])
            continue
        m = _BYLINE.fullmatch(s)
        if m and _words(s) <= 12:
            art.author = art.author or _clean_name(m["name"])
            continue
        m = _DATE.fullmatch(s)
        if m and at_top or (m and i == len(lines) - 1):
            art.date = art.date or m["date"]
            continue
        if _is_boilerplate(s):
            continue
        if at_top and art.headline is None and _looks_like_headline(s, lines, i):
            art.headline = s.lstrip("#").strip() or s
            continue
        body.append(line)
    art.paragraphs = _paragraphs(text, body)
    _strip_leading_header(art)
    return art


def _looks_like_headline(s: str, lines: list[_Line], i: int) -> bool:
    if s.startswith("# ") and i + 1 < len(lines):  # a Markdown title
        return True
    if i + 1 >= len(lines) or _words(s) > 25 or len(s) > 200:
        return False
    if s.endswith((".", ",", ";", "”", '"')) and not s.endswith("..."):
        return False
    # on its own line, followed by something longer: a title, not a one-line paragraph
    return lines[i + 1].block != lines[i].block or len(lines[i + 1].text) > len(s)


def _paragraphs(text: str, body: list[_Line]) -> list[Span]:
    """Body lines to paragraphs: a blank-line block of hard-wrapped lines is one paragraph;
    otherwise each line is one."""
    out: list[Span] = []
    i = 0
    while i < len(body):
        j = i
        while j + 1 < len(body) and body[j + 1].block == body[i].block:
            j += 1
        group = body[i : j + 1]
        if len(group) > 1 and _wrapped(group):
            out.append(Span(group[0].start, group[-1].end, text[group[0].start : group[-1].end]))
        else:
            out.extend(Span(g.start, g.end, g.text) for g in group)
        i = j + 1
    return [p for p in out if not _is_caption_paragraph(p.text)]


def _wrapped(group: list[_Line]) -> bool:
    widths = [len(g.text) for g in group[:-1]]
    if max(widths) > 100 or min(widths) < 25:
        return False
    return any(not _TERMINAL.search(g.text) for g in group[:-1])


def _is_caption_paragraph(s: str) -> bool:
    """Daily-Mail style picture captions ("Haul: The cherry picker ...") left in the body."""
    return bool(_LABEL_CAPTION.match(s)) and not _TERMINAL.search(s) and _words(s) <= 40


def _strip_leading_header(art: Article) -> None:
    """A Daily Mail header or a wire dateline at the start of the first paragraph."""
    if not art.paragraphs:
        return
    first = art.paragraphs[0]
    s = first.text
    cut = 0
    m = _MAIL_HEADER.match(s)
    if m and m.end() > 0 and m["name"]:
        art.author = art.author or _clean_name(m["name"])
        if m["date"]:
            art.date = art.date or m["date"].strip(" .")
        cut = m.end()
    m = DATELINE.match(s, cut)
    if m and m.end() < len(s):
        art.dateline = m["dateline"].strip(" -—–:")
        cut = m.end()
    if cut:
        while cut < len(s) and s[cut].isspace():
            cut += 1
        if cut >= len(s):
            art.paragraphs = art.paragraphs[1:]
            return
        art.paragraphs[0] = Span(first.start + cut, first.end, s[cut:])
