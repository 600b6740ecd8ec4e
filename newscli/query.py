"""The search-box query language, translated to SQLite FTS5 ``MATCH`` syntax.

    budget vote          both words (AND)
    "library levy"       the exact phrase
    levy OR tax          either word (OR binds the two terms next to it)
    -sports              not this word (or "-a phrase")
    govern*              any word starting with "govern"

Words match their other forms ("vote" finds "votes": the index stems words); case and
accents do not matter; a term with no letters or digits ("&", "—") is left out.

Every word and phrase becomes an FTS5 string literal (double quotes doubled), so nothing the
user types is read as FTS5 operators, column filters or SQL; the result is passed to SQLite
as a bound parameter. A query that cannot mean anything raises ``NewscliError``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscli.errors import NewscliError

_WORDISH = re.compile(r"\w")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Term:
    """One search term: ``"library levy"`` is Term("library levy", phrase=True)."""

    text: str
    phrase: bool = False
    prefix: bool = False
    negated: bool = False

    def fts(self) -> str:
        """The term as an FTS5 string literal: Term('gov', prefix=True) -> '"gov"*'."""
        return '"' + self.text.replace('"', '""') + '"' + ("*" if self.prefix else "")


_OR = object()


def _lex(query: str) -> list[Term | object]:
    """Query text to terms and OR markers: 'a OR "b c"' -> [Term('a'), OR, Term('b c')]."""
    items: list[Term | object] = []
    query = _CONTROL.sub(" ", query)  # (a NUL would end the string FTS5 reads)
    i, n = 0, len(query)
    negate_next = False
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        negated = negate_next
        negate_next = False
        if ch == "-" and i + 1 < n and not query[i + 1].isspace():
            negated = True
            i += 1
            ch = query[i]
        if ch in "()":
            raise NewscliError("bad query: parentheses are not supported. Write: a OR b")
        if ch == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise NewscliError('bad query: a phrase is not closed. Add the closing "')
            phrase = " ".join(query[i + 1 : end].split())
            if not _WORDISH.search(phrase):
                raise NewscliError(f"bad query: the phrase {query[i : end + 1]} has no words")
            prefix = end + 1 < n and query[end + 1] == "*"
            items.append(Term(phrase, phrase=True, prefix=prefix, negated=negated))
            i = end + 2 if prefix else end + 1
            continue
        j = i
        while j < n and not query[j].isspace() and query[j] not in '"()':
            j += 1
        word = query[i:j]
        i = j
        if word in ("OR", "AND", "NOT") and not negated:
            if word == "OR":
                items.append(_OR)
            elif word == "NOT":
                negate_next = True
            continue  # AND is what words do anyway
        prefix = word.endswith("*")
        core = word.rstrip("*") if prefix else word
        if "*" in core:
            raise NewscliError(f"bad query: {word!r}: '*' goes at the end of a word (govern*)")
        if not _WORDISH.search(core):
            continue  # punctuation ("-", "&", "—") is not searchable: left out, as search boxes do
        items.append(Term(core, prefix=prefix, negated=negated))
    if negate_next:
        raise NewscliError("bad query: nothing after NOT")
    return items


def parse_query(query: str) -> tuple[list[list[Term]], list[Term]]:
    """The query as AND-ed groups of OR-ed terms, and the excluded terms:
    'tax OR levy vote -sports' -> ([[tax, levy], [vote]], [sports])."""
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    items = _lex(query)
    pending_or = False
    for item in items:
        if item is _OR:
            if pending_or or not groups or groups[-1][-1].negated:
                raise NewscliError("bad query: OR needs a word on each side (tax OR levy)")
            pending_or = True
            continue
        assert isinstance(item, Term)
        if item.negated:
            if pending_or:
                raise NewscliError("bad query: OR cannot join an excluded (-) term")
            excluded.append(item)
        elif pending_or:
            groups[-1].append(item)
            pending_or = False
        else:
            groups.append([item])
    if pending_or:
        raise NewscliError("bad query: OR needs a word on each side (tax OR levy)")
    if not groups:
        if excluded:
            raise NewscliError("bad query: only excluded words. Add a word to search for")
        raise NewscliError("bad query: empty. Give a word to search for")
    return groups, excluded


def to_fts(query: str) -> str:
    """A search-box query as an FTS5 MATCH expression:
    'levy OR tax "city council" -sports gov*' ->
    '("levy" OR "tax") AND "city council" AND "gov"* NOT ("sports")'."""
    groups, excluded = parse_query(query)
    parts = [
        g[0].fts() if len(g) == 1 else "(" + " OR ".join(t.fts() for t in g) + ")" for g in groups
    ]
    expression = " AND ".join(parts)
    if excluded:
        expression = f"({expression}) NOT ({' OR '.join(t.fts() for t in excluded)})"
    return expression
