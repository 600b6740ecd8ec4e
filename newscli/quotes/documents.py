"""Documents and their owners: a report, survey, memo or post speaks for whoever the article
said it was by, when a later sentence cites it with no owner ("according to the survey")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from newscli.quotes import resolve as _resolve
from newscli.quotes.context import ArticleContext
from newscli.quotes.lexicon import word_set
from newscli.quotes.model import Source
from newscli.quotes.names import FUNCTION_WORDS, split_title
from newscli.quotes.source_right import cap_tail
from newscli.quotes.text import Token, tokens
from newscli.quotes.words import DOCUMENT_NOUNS, GENERAL_PAPERS, WEEKDAYS

_MAKERS = word_set("quote_words.txt", "document_makers")
_GENERAL = GENERAL_PAPERS
_DOCUMENT_FORMS = DOCUMENT_NOUNS | {n + "s" for n in DOCUMENT_NOUNS}  # and plurals
_DOCUMENT_RE = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True)) + r")s?(?![\w'’-])"
)
_POSSESSIVE = frozenset(["'s", "’s", "'", "’"])
_BETWEEN_BY = frozenset(",–—-")  # punctuation between a document noun and its "by"
_DEFINITE = frozenset("the this that".split())
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|on|at|for|with|from)\s+$")
_SENTENCE_LEFT = frozenset(["", ".", "\n", '"', "”", "'", "’"])


def singular(noun: str) -> str:
    """The document noun a word is a form of ("surveys" -> "survey", "studies" -> "study")."""
    if noun in DOCUMENT_NOUNS:
        return noun
    if noun.endswith("ies") and noun[:-3] + "y" in DOCUMENT_NOUNS:
        return noun[:-3] + "y"
    return noun[:-1] if noun[:-1] in DOCUMENT_NOUNS else noun


@dataclass(frozen=True, slots=True)
class Introduced:
    """A document the article introduces: its noun, where, and its owner if it gave one
    ("a survey by Acme Polls": survey, Acme Polls; "a survey found": survey, None)."""

    pos: int
    noun: str
    owner: str | None


def _owner_before(ctx: ArticleContext, toks: list[Token]) -> str | None:
    """The owner written before the document noun (the last token): "Acme's new report",
    "a new Acme Polls survey"; not a place, nationality or weekday ("a British study")."""
    j = len(toks) - 2
    adjectives = 0
    while j >= 0 and not toks[j].cap and toks[j].text.isalpha() and (
        toks[j].low not in FUNCTION_WORDS and adjectives < 3
    ):
        j -= 1  # ("new", "secret briefing")
        adjectives += 1
    possessive = j >= 0 and toks[j].text in _POSSESSIVE
    e = j - 1 if possessive else j
    b = e
    while b >= 0 and toks[b].cap and not toks[b].quoted and toks[b].low not in FUNCTION_WORDS:
        b -= 1
    run = toks[b + 1 : e + 1]
    if not run or not possessive and (b < 0 or toks[b].low not in {"a", "an", "the"}):
        return None
    _t, name = split_title(run)
    lex = ctx.lex
    if not name or " ".join(t.low for t in name) in lex.places or any(
        t.low in lex.demonyms or t.low in WEEKDAYS for t in name
    ) or len(name) == 1 and ctx.common_word(name[0].text):
        return None
    if len(name) == 1 and not possessive and not (
        name[0].text.isupper() and len(name[0].text) > 1
    ):
        return None  # ("an Acme report" may be about Acme; "an ONS report" is the ONS's)
    return ctx.index.canonical(name) or ctx.text[name[0].start : name[-1].end]


def _owner_after(ctx: ArticleContext, after: list[Token]) -> str | None:
    """The owner after "by" or "from" following the document noun, past a few lower-case
    words ("a survey released last year by Acme Polls", "the memo – prepared by the Ode
    Office –")."""
    words = 0
    for k, t in enumerate(after[:8]):
        if t.low in {"by", "from"}:
            run = cap_tail(after[k + 1 :])
            if " ".join(t.low for t in run if t.low != "the") in ctx.lex.places:
                return None  # ("reports from China": where, not whose)
            return _resolve._author_named(ctx, run)
        if t.cap or t.quoted or not (t.text.isalpha() or t.text in _BETWEEN_BY) or (
            words == 0 and t.text.isalpha() and t.low not in _MAKERS
        ):
            return None  # ("the memo, edited by Ann Ode": its editor, not its owner)
        words += t.text.isalpha()
    return None


def _indefinite(toks: list[Token]) -> bool:
    """Does "a" or "an" open the phrase ending in the noun ("a new survey")?"""
    for t in reversed(toks[-5:-1]):
        if t.low in {"a", "an"}:
            return True
        if not t.text.isalpha() or t.cap:
            return False
    return False


_BY_NEAR = re.compile(r"\b(?:by|from)\b")  # (no owner after the noun without one of these)
_LOOK_BACK = 50  # document nouns a citation looks back over (a nearer one is meant)


class DocumentIndex:
    """Where the article writes a document noun (found once, one regex pass) and, examined
    only when a citation looks back at it and then remembered, whether it introduces a
    document: with its owner ("a survey by Acme Polls") or with "a"/"an" and none."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.pos: list[int] = []
        self.ends: list[int] = []
        self.nouns: list[str] = []
        self._intro: dict[int, Introduced | None] = {}
        for m in _DOCUMENT_RE.finditer(ctx.text):
            if not ctx.inside_marks(m.start()):
                self.pos.append(m.start())
                self.ends.append(m.end())
                self.nouns.append(singular(m.group().lower()))

    def intro(self, ctx: ArticleContext, i: int) -> Introduced | None:
        """The introduction the i-th document noun makes, if it makes one."""
        if i in self._intro:
            return self._intro[i]
        text, at, end = ctx.text, self.pos[i], self.ends[i]
        before = tokens(text, max(0, at - 80), end, ctx.inside_marks)
        found = None
        if before and before[-1].start == at:
            owner = _owner_before(ctx, before)
            if owner is None and _BY_NEAR.search(text, end, min(len(text), end + 80)):
                owner = _owner_after(ctx, tokens(text, end, min(len(text), end + 160),
                                                 ctx.inside_marks))
            if owner is not None or _indefinite(before):
                found = Introduced(at, self.nouns[i], owner)
        self._intro[i] = found
        return found

    def owner_before(self, ctx: ArticleContext, noun: str, pos: int) -> str | None:
        """The owner of the last document with ``noun`` introduced before ``pos``; for a
        general paper word with none, the one owner the documents before have."""
        k = bisect_left(self.pos, pos)
        window = range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1)
        for i in window:
            if self.nouns[i] == noun and (d := self.intro(ctx, i)) is not None:
                return d.owner
        if noun not in _GENERAL:
            return None
        owners = {d.owner for i in window if (d := self.intro(ctx, i)) is not None and d.owner}
        return owners.pop() if len(owners) == 1 else None  # ("The memo – by Acme –")


def document_index(ctx: ArticleContext) -> DocumentIndex:
    """The article's document index, built on first use."""
    if ctx.documents is None:
        ctx.documents = DocumentIndex(ctx)
    return ctx.documents


def _cited_noun(ctx: ArticleContext, src: Source) -> str | None:
    """The document noun a source cites with "the" and no owner ("the survey", bare
    "research"), else None."""
    toks = src.toks
    if not toks or toks[-1].cap or toks[-1].low not in _DOCUMENT_FORMS or any(
        t.cap and t.low not in _DEFINITE for t in toks
    ) or not (
        toks[0].low in _DEFINITE or toks[-1].low in DOCUMENT_NOUNS and not any(
            t.low in FUNCTION_WORDS for t in toks)  # (bare "research"; not "reports")
    ) or _PREPOSITION_BEFORE.search(ctx.text, max(0, src.start - 6), src.start):
        return None  # ("ballot papers in the poll ask": the poll is not who asks)
    return singular(toks[-1].low)


def cited_document_owner(ctx: ArticleContext, src: Source) -> str | None:
    """A document cited with "the" and no owner ("according to the survey", "the report
    says", bare "research") speaks for the owner of the last such document the article
    introduced ("a survey by Acme Polls ... according to the survey": Acme Polls); none when
    the last one introduced had no owner ("a new survey")."""
    noun = _cited_noun(ctx, src)
    return document_index(ctx).owner_before(ctx, noun, src.end) if noun else None


_DESCRIBED = re.compile(
    r"[ \u00a0]*[,–—-]?[ \u00a0]*(?:" + "|".join(sorted(_MAKERS))
    + r")[ \u00a0]+(?:[a-z]+[ \u00a0]+)?by\b"  # ("drawn up by", "prepared jointly by")
)


def document_described_later(ctx: ArticleContext, src: Source) -> str | None:
    """A document cited with "the" and no owner yet is the one a later sentence describes as
    "the memo, prepared by X", when X is the one owner any document of the article has ("The
    memo warns ... ¶The document – drawn up by Acme – says": Acme)."""
    noun = _cited_noun(ctx, src)
    if noun is None:
        return None
    docs, text = document_index(ctx), ctx.text
    found: str | None = None
    owners: set[str] = set()
    for i in range(len(docs.pos)):
        d = docs.intro(ctx, i)
        if d is None or d.owner is None:
            continue
        owners.add(d.owner)
        if found is None and d.pos > src.end and (
            d.noun == noun or d.noun in _GENERAL or noun in _GENERAL
        ) and text[max(0, d.pos - 4) : d.pos].lower() == "the " and (
            _DESCRIBED.match(text, docs.ends[i]) is not None
        ):
            found = d.owner
    return found if found is not None and len(owners) == 1 else None


def it_continues_document(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """"It" opening a sentence right after one about a document is that document, and
    speaks for its owner ("A survey by Acme Polls found X. It estimated ...": Acme Polls)."""
    text = ctx.text
    if src.text.lower() != "it" or text[max(0, src.start - 3) : src.start].rstrip()[-1:] not in (
        _SENTENCE_LEFT
    ):
        return None
    lo = ctx.paras[max(0, pi - 1)][0]
    prev_end = max(text.rfind(". ", lo, src.start), text.rfind("\n", lo, src.start - 1))
    if prev_end < 0:
        return None
    prev_start = max(text.rfind(". ", lo, prev_end), text.rfind("\n", lo, prev_end), lo - 1)
    docs = document_index(ctx)
    i = bisect_right(docs.pos, prev_end) - 1
    if i < 0 or docs.pos[i] <= prev_start:
        return None
    own = docs.intro(ctx, i)
    if own is not None:
        return own.owner
    return docs.owner_before(ctx, docs.nouns[i], docs.pos[i])


_SITE = re.compile(
    r"(?i:on|in)[ \u00a0]+(?:the[ \u00a0]+)?((?:[A-Z][\w.&-]*[ \u00a0]+){0,4}?[A-Z][\w.&-]*?)"
    r"(?:['’]s?)?[ \u00a0]+(?:official[ \u00a0]+)?(?:website|web[ \u00a0]+site|site|page|"
    r"account|blog|feed|channel)\b"
)


def words_on_owners_site(ctx: ArticleContext, src: Source) -> str | None:
    """Words on someone's website, page or account are theirs: "according to a statement
    on Lee's website", "On the Acme Trust website it states: ..."."""
    text = ctx.text
    after = _SITE.match(text, src.end + 1) if text[src.end : src.end + 1] == " " else None
    toks = src.toks
    if after is None and src.text.lower() == "it":
        stop = max(text.rfind(". ", 0, src.start), text.rfind("\n", 0, src.start))
        lead = _SITE.match(text, stop + 1 + (text[stop + 1 : stop + 2] == " "))
        after = lead if lead is not None and text[lead.end() : src.start].strip(
            " ,\u00a0") == "" else None
    elif after is not None and (not toks or toks[-1].low not in DOCUMENT_NOUNS or any(
        t.cap for t in toks
    )):
        after = None  # (only a document with no owner of its own: "a statement on ...")
    if after is None:
        return None
    run = tokens(text, after.start(1), after.end(1), ctx.inside_marks)
    _t, name = split_title(run)
    if not name or " ".join(t.low for t in name) in ctx.lex.places:
        return None
    found = ctx.index.canonical(name)
    if found is None:
        return None
    return _body_with_head(ctx, found) or ctx.index.fullest(found)


def _body_with_head(ctx: ArticleContext, name: str) -> str | None:
    """The one body the article names with these words and one more ("the Quill Brain
    website" after "the Quill Brain Project")."""
    lead = name.lower() + " "
    longer = [e for e in ctx.index.entities if e.lower().startswith(lead) and (
        e.count(" ") == name.count(" ") + 1)]
    return longer[0] if len(longer) == 1 else None
