"""Per sentence: each speech cue with its source phrase and reported clause (an Attr).

The source of a cue is picked by the "source" sieves in their registry order (the first that
answers decides); when none finds one, the "source_fallback" sieves try the words before the
cue. Then the reported clause is found (content.py) and the "attribution" rules trim it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from newscli.quotes.content import content_after, trim_content
from newscli.quotes.context import ArticleContext
from newscli.quotes.cues import MAKE_FORMS, case_made_that, is_cue, state_before_noun
from newscli.quotes.kin import KIN
from newscli.quotes.left_np import name_before_adjunct
from newscli.quotes.lexicon import lexicon, word_set
from newscli.quotes.model import Attr, Source, make_source
from newscli.quotes.names import DETERMINERS, FUNCTION_WORDS
from newscli.quotes.phrases import skip_left, verb_like
from newscli.quotes.source_left import left_source
from newscli.quotes.source_right import (
    right_family_source,
    right_kin_source,
    right_source,
    with_author,
)
from newscli.quotes.subject import (
    after_opening_clause,
    main_subject,
    opening_common_np,
    opening_np,
    other_subject,
    verb_after_name,
)
from newscli.quotes.text import Token
from newscli.quotes.words import (
    AUXILIARIES,
    BELIEFS,
    CLOSING_MARKS,
    DOCUMENT_NOUNS,
    NAMING,
    NP_STOP,
    OBJECT_PREPS,
    PREPS,
    SUBORDINATORS,
    WEEKDAYS,
)

_THREE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S")
_QUOTE_END_PUNCT = frozenset(",?!—–")  # “...,” X said: the quote ends on a comma
_MODALS = frozenset("would could might should will may can".split())
_OPENS_CLAUSE = frozenset("because but and that while although though so since if".split())
# cues whose next noun phrase is their object, never an inverted speaker
_OBJECT_FIRST = word_set("quote_words.txt", "object_first")

Pick = tuple[Source | None, int]  # (the source, or None: no source; index where it starts)


@dataclass(slots=True)
class CueSite:
    """One speech cue in a tokenised sentence, with what the source sieves look at."""

    toks: list[Token]
    text: str
    sent: tuple[int, int]
    attrs: list[Attr]  # the attributions found earlier in the sentence
    i: int  # the cue's first token
    last: int  # its last token
    lemma: str
    prev: Token | None  # the token before the cue
    participle: bool  # ", adding that": a participle continuing a clause
    left: tuple[Source, int] | None  # the noun phrase left of the cue
    inverted_ok: bool  # may the source follow the cue ("..., said X")?


# --- source sieves (stage "source"): the first that answers decides ---------------------------


def inverted_name_over_left_role(s: CueSite) -> Pick | None:
    """A name right after the cue beats a role noun before its comma ("..., worrying the
    voters, said Ann Lee")."""
    left, prev, toks = s.left, s.prev, s.toks
    if left is not None and left[0].kind in {"role", "other"} and prev is not None and (
        prev.text == "," and s.last + 1 < len(toks) and toks[s.last + 1].cap and s.lemma != "tell"
    ) and (rs := right_source(toks, s.last, s.text)) is not None and rs[0].kind == "name":
        return (rs[0] if s.lemma not in _OBJECT_FIRST else None), s.i
    return None


def opening_participle_clause(s: CueSite) -> Pick | None:
    """After a sentence-opening participle clause, the main clause's subject speaks
    ("Admitting that it was “a gamble”, though, Ann Lee did suggest ...")."""
    toks = s.toks
    if s.i == 0 and toks[0].low.endswith("ing") and (
        opener := after_opening_clause(toks, s.last, s.text)
    ) is not None:
        return opener, s.i
    return None


def participle_inherits_source(s: CueSite) -> Pick | None:
    """A participle after a cue keeps that cue's source ("Ann Lee said X, adding that Y")."""
    if s.participle and s.attrs and s.attrs[-1].source is not None:
        return s.attrs[-1].source, s.i
    return None


def participle_after_object_relative(s: CueSite) -> Pick | None:
    """A participle after a cue inside a restrictive relative clause on an object goes to the
    clause's subject, not to that cue's speaker ("Lee refused to pay an architect who said he
    was owed money, saying, “...”": Lee)."""
    toks = s.toks
    a = s.attrs[-1] if s.attrs else None
    if not s.participle or a is None or a.cue_i < 2 or toks[a.cue_i - 1].low != "who" or (
        toks[a.cue_i - 2].text == ","
    ):
        return None
    f = a.src_first
    if not (0 < f < a.cue_i and not toks[f - 1].quoted and toks[f - 1].text.isalpha()
            and not toks[f - 1].cap):
        return None  # (the antecedent follows a verb: an object)
    src = main_subject(toks, s.i, s.text)
    return (src, s.i) if src is not None and src.kind in {"name", "pronoun"} else None


def participle_takes_nearest_clause(s: CueSite) -> Pick | None:
    """A participle with no cue before it belongs to the subject of the nearest clause before
    it, one opened after "and", "but" or a comma ("Police charged Ode and Ann Lee fired her
    aide, admitting ...": Lee; "While critics called for more, Lee held back, noting ...")."""
    toks = s.toks
    if not s.participle or s.i < 3 or toks[s.i - 1].text != ",":
        return None
    for x in range(s.i - 2, 0, -1):
        before = toks[x - 1]
        if before.quoted or before.low not in {"and", "but", ","} or not toks[x].cap or (
            toks[x].quoted or toks[x].low in FUNCTION_WORDS
        ):
            continue
        e = x
        while e + 1 < s.i and (toks[e + 1].cap or toks[e + 1].text == ".") and not (
            toks[e + 1].quoted
        ):
            e += 1
        verb = toks[e + 1] if e + 1 < s.i else None
        after = toks[e + 2] if e + 2 < len(toks) else None
        if verb is not None and verb.low not in {"'s", "’s"} and (
            verb_like(verb) or verb.low in AUXILIARIES or verb.text.isalpha() and not (
                verb.cap or verb.quoted or verb.low in FUNCTION_WORDS or verb.low in PREPS
            ) and after is not None and (after.low in FUNCTION_WORDS or not after.text.isalpha())
        ):  # (a verb after the name: "Lee held back,"; not "Lee's aide", "Kong stock markets")
            a = s.attrs[-1] if s.attrs else None
            if a is not None and (toks[x].start < a.cue_end or not any(
                t.text == "," and not t.quoted for t in toks[a.cue_i : x]
            )):
                return None  # (inside or before the last report: "Lee said X, adding")
            return make_source("name", toks[x : e + 1], s.text), s.i
    return None


def document_opens_participle_clause(s: CueSite) -> Pick | None:
    """A sentence opened by a document and its verb, with no other subject, is the subject of
    its participle ("The memo voices concern about the plan, saying ...": the memo, which
    speaks for its owner)."""
    toks = s.toks
    if not s.participle or not toks or toks[0].low not in {"the", "this"} or (
        main_subject(toks, s.i, s.text) is not None
    ):
        return None
    for h in range(1, min(s.i - 1, 5)):
        t, verb = toks[h], toks[h + 1]
        if t.cap or not t.text.isalpha() or t.low in FUNCTION_WORDS:
            return None
        if t.low in DOCUMENT_NOUNS:
            if verb.cap or not verb.text.isalpha() or verb.low in PREPS or verb.low in {
                "and", "or", "that", "which"
            }:
                return None  # ("The memo of the board", "The memo that ...")
            return make_source("other", toks[: h + 1], s.text), s.i
    return None


def participle_takes_subject(s: CueSite) -> Pick | None:
    """A participle with no cue before it belongs to the clause's subject ("On Monday, Ann
    Lee backed the plan, saying ...", "The farmer began ..., saying")."""
    if not s.participle:
        return None
    src = main_subject(s.toks, s.i, s.text)
    if src is None:
        src = opening_np(s.toks, s.i, s.text)
    return src, s.i


def subject_before_object_participle(s: CueSite) -> Pick | None:
    """A participle after an object noun phrase belongs to the clause's subject ("Ann Lee
    issued a statement describing ...", not the statement)."""
    left, toks = s.left, s.toks
    if left is not None and toks[s.i].low.endswith("ing") and (left[0].kind in {
        "role", "other"
    } and left[1] > 0 and left[0].toks[0].low in DETERMINERS | {"a", "an", "the"} or (
        left[0].kind == "name" and left[1] > 0 and toks[left[1] - 1].low in OBJECT_PREPS
        and toks[left[1] - 1].low not in {"with", "without"}  # "with X saying": X does
    )):  # (or "wrote in a statement to Wired explaining ...": not Wired)
        attrs = s.attrs
        return main_subject(toks, left[1], s.text) or (
            attrs[-1].source if attrs and attrs[-1].source else left[0]), s.i
    return None


def name_verb_object_participle(s: CueSite) -> Pick | None:
    """A sentence-opening name and its verb are no noun phrase ("Lee emailed voters saying
    ..." is Lee's)."""
    left, toks = s.left, s.toks
    if left is not None and left[1] == 0 and left[0].kind in {"role", "other"} and (
        toks[s.i].low.endswith("ing") and verb_after_name(left[0])
    ):
        return main_subject(toks, s.i, s.text) or opening_np(toks, s.i, s.text) or left[0], s.i
    return None


def left_phrase(s: CueSite) -> Pick | None:
    """The noun phrase right before the cue speaks ("Ann Lee, the mayor, said")."""
    return s.left


def coordinated_subject(s: CueSite) -> Pick | None:
    """A cue after "and" belongs to the subject of the clause before it ("Lee thanked the
    crowd and said ...", "Lee paused, then said")."""
    toks, attrs, text = s.toks, s.attrs, s.text
    pk = skip_left(toks, s.i - 1)
    if not (pk >= 0 and (toks[pk].low in {"and", "but"} or (
        toks[pk].text == "," and toks[pk + 1].low == "then"
    )) and not toks[pk].quoted):  # (also "... and then tweeted")
        return None
    seg = pk - 1 if pk > 0 and toks[pk - 1].text == "," else pk
    lo = seg - 1
    while lo >= 0 and toks[lo].text not in {",", ";", "—"} and not toks[lo].quoted:
        lo -= 1
    near = main_subject(toks[lo + 1 : seg], seg - lo - 1, text) if (
        seg - lo > 2 and (lo < 0 or not toks[lo].quoted) and (
            not attrs or attrs[-1].cue_start < (toks[lo].start if lo >= 0 else 0))
    ) else None
    verb = next((t for t in toks[lo + 1 : seg] if near and t.start >= near.end), None)
    if near is not None and near.kind in {"name", "pronoun"} and (
        near.start == toks[lo + 1].start and verb is not None and not verb.cap
        and verb.text.isalpha()
    ):
        return near, s.i  # the clause opens with its subject, after the last attribution
    return (attrs[-1].source if attrs and attrs[-1].source else main_subject(
        toks, s.i, text) or opening_common_np(toks, s.i, text)), s.i


def participle_after_object(s: CueSite) -> Pick | None:
    """A participle after a verb's object, before a quote, is the subject's ("Lee ran ads
    calling the plan a “swindle”")."""
    toks, prev = s.toks, s.prev
    if toks[s.i].low.endswith("ing") and prev is not None and not prev.cap and (
        prev.text.isalpha() and prev.low not in AUXILIARIES
        and prev.low not in FUNCTION_WORDS and any(t.quoted for t in toks[s.i + 1 : s.i + 10])
    ) and (ms := main_subject(toks, s.i, s.text)) is not None and ms.kind in {
        "name", "pronoun"
    }:
        return ms, s.i
    return None


def _source_after_cue(
    s: CueSite, find: Callable[[list[Token], int, str], tuple[Source, int] | None]
) -> Pick | None:
    """The source ``find`` reads after an inverted cue ("..., said the mother"), if the cue
    may be inverted and takes no object first."""
    if not (s.inverted_ok and s.lemma not in _OBJECT_FIRST):
        return None
    rs = find(s.toks, s.last, s.text)
    return (rs[0], s.i) if rs is not None else None


def inverted_kin_source(s: CueSite) -> Pick | None:
    """A possessive kinship phrase after the cue is its source ("'We are proud,' said his
    mother"), resolved by the kinship sieve to the person so introduced, else to no one."""
    return _source_after_cue(s, right_kin_source)


def inverted_family_source(s: CueSite) -> Pick | None:
    """A family noun or an epithet after the cue is its source ("'We are proud,' said the
    mother"), resolved by the epithet rules to the person in view, else to no one."""
    return _source_after_cue(s, right_family_source)


def inverted_source(s: CueSite) -> Pick | None:
    """After a comma or a quote the speaker may follow the cue ("..., said Ann Lee"), unless
    the cue takes an object first ("..., told the BBC")."""
    if not (s.inverted_ok and s.lemma not in _OBJECT_FIRST):
        return None
    rs = right_source(s.toks, s.last, s.text)
    return (with_author(s.toks, rs, s.text)[0] if rs is not None else None), s.i


# --- stage "source_fallback": when no source sieve found a source ----------------------------


def named_possessor_kin_subject(s: CueSite) -> Pick | None:
    """A name's kin before a finite cue is the subject, not the name ("Tom Ode's mother
    said"): the whole phrase is the source, for the kinship sieve to resolve."""
    if s.participle or s.prev is None or s.i < 3 or s.prev.low not in KIN or s.prev.cap or (
        s.toks[s.i - 2].text not in {"'s", "’s"}
    ):
        return None
    other = other_subject(s.toks, s.i, s.text)
    if other is None or other[0].kind != "name" or other[0].toks[-1] is not s.toks[s.i - 3]:
        return None
    return make_source("other", s.toks[other[1] : s.i], s.text), other[1]


def other_subject_phrase(s: CueSite) -> Pick | None:
    """Any other subject of a finite cue is an attribution, if to no one ("Several said",
    "those polled said")."""
    if s.participle or s.prev is None:
        return None
    other = other_subject(s.toks, s.i, s.text)
    if other is None:
        return None
    return name_before_adjunct(s.toks, other[0], other[1], s.text) or other


# --- rules of stage "attribution" --------------------------------------------------------------


def modal_inside_report(toks: list[Token], i: int, lemma: str, attrs: list[Attr]) -> bool:
    """A modal or belief verb inside an earlier cue's clause is no new cue ("Lee said voters
    would call it “odd”")."""
    return bool((i > 0 and toks[i - 1].low in _MODALS or lemma in BELIEFS) and attrs and (
        attrs[-1].content and attrs[-1].content[0] <= toks[i].start < attrs[-1].content[1]
    ))


def according_unnamed(toks: list[Token], last: int, text: str) -> tuple[Source, int] | None:
    """"According to" an unnamed group is an attribution to no one ("according to some
    on the forum")."""
    e = last + 1
    n = len(toks)
    while e < n and e - last <= 8 and toks[e].text not in NP_STOP and not toks[e].quoted:
        e += 1
    if e > last + 1:
        return make_source("other", toks[last + 1 : e], text), last + 1
    return None


def short_clause_is_setting(s: CueSite, after: tuple[int, int]) -> bool:
    """Fewer than three words after a cue are its setting, not a clause ("Lee said on
    Monday"), nor a naming verb's object and quoted name ("called Lee “a fraud”")."""
    text = s.text
    return not _THREE_WORDS.match(text, after[0], after[1]) and (
        text[max(0, after[0] - 5) : after[0]].lower() != "that "  # "that X quit"
    ) and not (
        s.lemma in NAMING and any(t.quoted for t in s.toks[s.last + 1 : s.last + 6])
    )


def quote_before_cue_is_content(s: CueSite, after: tuple[int, int], first: int) -> bool:
    """After “...,” the cue's words are its setting, the quote is what was said ("“We will
    win,” Lee told a crowd in Leeds")."""
    toks, text = s.toks, s.text
    before_src = first - 1
    mark = before_src if before_src >= 0 and toks[before_src].text != "," else before_src - 1
    at = toks[mark].start if mark >= 0 else 0
    quoted_before = mark >= 0 and toks[mark].quoted and not (
        toks[mark].text.isalnum()) and text[at - 1 : at] in _QUOTE_END_PUNCT
    return quoted_before and not text[after[0] : after[0] + 5].lower() == "that "


def parenthetical_cue(s: CueSite) -> bool:
    """A cue set off by commas inside its clause reports the whole sentence ("The plan, she
    noted, will cost more")."""
    toks, n = s.toks, len(s.toks)
    k = s.last + 1
    while k < n and toks[k].low in WEEKDAYS:
        k += 1
    if k + 1 < n and toks[k].text == "," and not toks[k + 1].quoted and not (
        toks[k + 1].low.endswith("ing") or toks[k + 1].low == "according"
    ):
        return True
    return k + 1 < n and toks[k].text == "," and toks[k + 1].quoted


def colon_introduces_next(
    toks: list[Token], last: int, text: str, sent: tuple[int, int]
) -> bool:
    """A sentence that ends on a colon after its cue introduces the next quote ("Lee put it
    this way:")."""
    return text[sent[1] - 1 : sent[1]] == ":" and not any(
        t.quoted for t in toks[last + 1 : last + 30]
    )


def split_at_next_cue(attrs: list[Attr], toks: list[Token], text: str) -> None:
    """A reported clause ends where a coordinated cue's own clause begins ("She says she
    likes Lee and calls him ...")."""
    for a, b in zip(attrs, attrs[1:], strict=False):
        if a.content is None or not (a.content[0] < b.cue_start < a.content[1]):
            continue
        cut = b.src_first if b.src_first < b.cue_i else b.cue_i
        if cut == 0 or toks[cut - 1].low not in {"and", "but", ",", "—", ";"}:
            continue  # nested: "said that critics had been predicting ..." stays whole
        while cut > 0 and toks[cut - 1].low in {"and", "but", ",", "—", ";"}:
            cut -= 1
        if toks[cut].start > a.content[0]:
            a.content = trim_content(text, a.content[0], toks[cut].start)


# --- the stage ----------------------------------------------------------------------------------


def _according(
    ctx: ArticleContext, toks: list[Token], i: int, last: int, sent: tuple[int, int]
) -> tuple[Source | None, tuple[int, int] | None]:
    """"According to X": X (or the group named), and the clause the phrase is attached to."""
    text = ctx.text
    rs = right_source(toks, last, text)
    if rs is None and ctx.sieves.on(according_unnamed):
        rs = according_unnamed(toks, last, text)
    if rs is None:
        return None, None
    rs = with_author(toks, rs, text)  # "according to a report by analysts Forrester"
    src = rs[0]
    content: tuple[int, int] | None = None
    leads = i == 0 or toks[i - 1].text in {"—", "–"}
    if leads or i > 1 and toks[i - 1].text == "," and toks[i - 2].low in _OPENS_CLAUSE:
        # "According to X, CONTENT", "..., because, according to X, CONTENT"
        comma = next((t for t in toks[last + 1 : last + 40]
                      if t.start >= src.end and t.text == ","), None)
        if comma is not None:
            content = trim_content(text, comma.end, sent[1])
    if content is None and not leads:
        content = trim_content(text, sent[0], toks[i].start, keep_end=True)
    return src, content


def _site(ctx: ArticleContext, toks: list[Token], i: int, last: int, lemma: str,
          sent: tuple[int, int], attrs: list[Attr]) -> CueSite:
    text = ctx.text
    prev = toks[i - 1] if i > 0 else None
    participle = (
        toks[i].low.endswith("ing") and prev is not None and (not prev.quoted and (
            prev.text in {",", "—"} or prev.low in {"before", "after", "while", "by",
                                                   "when", "and", "upon"}
        ) or prev.quoted and prev.text in CLOSING_MARKS and toks[i - 2].text == ",")
    )  # ('... “win this race,” adding that ...': the comma inside the closing mark)
    left = None if participle else left_source(ctx, toks, i)
    inverted_ok = prev is None or prev.text in {",", "—"} or (
        prev.quoted and (prev.text in CLOSING_MARKS or (
            # a closing mark typeset the wrong way round: “It's unusual,“ said X
            prev.text in "“‘" and prev.start > 0 and not text[prev.start - 1].isspace()
        ))
    )
    return CueSite(toks, text, sent, attrs, i, last, lemma, prev, participle, left, inverted_ok)


def _pick_source(ctx: ArticleContext, site: CueSite) -> Pick:
    """The first source sieve that answers, then the fallbacks if it found no source."""
    src: Source | None = None
    first = site.i
    for sieve in ctx.sieves.chain("source"):
        found = sieve(site)
        if found is not None:
            src, first = found
            break
    if src is None:
        for sieve in ctx.sieves.chain("source_fallback"):
            found = sieve(site)
            if found is not None:
                return found
    return src, first


def _content(ctx: ArticleContext, s: CueSite, src: Source, first: int
             ) -> tuple[tuple[int, int] | None, bool]:
    """The reported clause of a cue whose source is ``src`` (and whether the cue introduces
    what follows, "X said:")."""
    toks, text, sent, i, last = s.toks, s.text, s.sent, s.i, s.last
    n = len(toks)
    if src.start >= toks[last].end:
        # inverted: CONTENT, said X
        cut = toks[i - 1].start if i > 0 and toks[i - 1].text == "," else toks[i].start
        return (trim_content(text, sent[0], cut, keep_end=True) if i > 0 else None), False
    before_src = first - 1
    w = skip_left(toks, i - 1)
    sub = (first > 0 and toks[first - 1].low in SUBORDINATORS) or (
        bool(toks) and toks[0].low in SUBORDINATORS and first < 12
    ) or (w >= 1 and toks[w].low == "who" and toks[w - 1].text == ",")
    # (", who said ..., ": the relative clause ends at its comma)
    after = content_after(toks, last, s.lemma, sent[1], text, sub)
    on = ctx.sieves.on
    if after is not None and on(short_clause_is_setting) and short_clause_is_setting(s, after):
        after = None
    if after is not None and on(quote_before_cue_is_content) and quote_before_cue_is_content(
        s, after, first
    ):
        after = None
    if after is not None:
        return after, False
    if s.participle and first == i and not toks[before_src].quoted:
        return None, False  # "X defended Y, saying Z quit": the clause before is X's act
    if before_src >= 0 and toks[before_src].text in {",", "—"} and not toks[
        before_src
    ].quoted or (before_src >= 0 and toks[before_src].quoted):
        # CONTENT, X said ... / "QUOTE," X said
        cut = toks[before_src].start if not toks[before_src].quoted else toks[before_src].end
        if on(parenthetical_cue) and parenthetical_cue(s):
            return trim_content(text, sent[0], sent[1]), False
        return trim_content(text, sent[0], cut, keep_end=True), False
    if last + 1 < n and toks[last + 1].text == ":":
        return None, True
    if last + 1 >= n:
        return None, text[sent[1] - 1 : sent[1]] == ":"
    return None, False


@cache
def _cue_or_make_words() -> frozenset[str]:
    """The words a cue may start with, "make" of "made the case that" included."""
    return lexicon().cue_words | MAKE_FORMS


def find_attrs(ctx: ArticleContext, toks: list[Token], sent: tuple[int, int]) -> list[Attr]:
    """Every speech cue of a tokenised sentence, with its source and reported clause."""
    if not toks:
        return []  # a sentence left untokenised has no cue
    text = ctx.text
    attrs: list[Attr] = []
    cue_words = ctx.lex.cue_words
    on = ctx.sieves.on
    after = 0  # the scan goes on after the last cue found
    case_on = on(case_made_that)
    starts = _cue_or_make_words() if case_on else cue_words
    for i in [x for x, t in enumerate(toks) if t.low in starts]:
        if i < after:
            continue
        hit = is_cue(toks, i) if toks[i].low in cue_words else None
        if hit is None and case_on and (case := case_made_that(toks, i)) is not None:
            hit = case, "argue"
        if hit is None or on(state_before_noun) and state_before_noun(toks, i):
            continue
        last, lemma = hit
        after = last + 1
        if on(modal_inside_report) and modal_inside_report(toks, i, lemma, attrs):
            continue
        cue_text = text[toks[i].start : toks[last].end]
        src: Source | None
        first = i
        content: tuple[int, int] | None
        intro = False
        if lemma == "according":
            src, content = _according(ctx, toks, i, last, sent)
        else:
            site = _site(ctx, toks, i, last, lemma, sent, attrs)
            src, first = _pick_source(ctx, site)
            if src is None:
                continue
            content, intro = _content(ctx, site, src, first)
        if src is not None and on(colon_introduces_next) and colon_introduces_next(
            toks, last, text, sent
        ):
            intro = True
        attrs.append(Attr(i, toks[i].start, toks[last].end, cue_text, lemma, src, content, first,
                          intro=intro))
    if on(split_at_next_cue):
        split_at_next_cue(attrs, toks, text)
    return attrs
