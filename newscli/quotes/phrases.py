"""Token-level helpers for noun phrases: name runs, role nouns, pronouns, brackets."""

from __future__ import annotations

from newscli.quotes.lexicon import lexicon, word_set
from newscli.quotes.model import Source
from newscli.quotes.names import DETERMINERS, FUNCTION_WORDS, PERSON_TITLES, joins_name, split_title
from newscli.quotes.text import Token
from newscli.quotes.words import (
    ADV_SKIP,
    CLAUSE_STOP,
    NP_STOP,
    PERIODS,
    PREPS,
    SUBJ_PRONOUNS,
    WEEKDAYS,
)

NOT_ADVERBS = frozenset("family ally rally assembly italy july only early belly bully".split())


QUANTITIES = word_set("quote_words.txt", "quantities")


# more prepositions, that end a noun phrase on its left ("without reporters asking")
_NP_PREPS = PREPS | word_set("quote_words.txt", "np_preps_more")


_KEEP_ON = frozenset("kept keeps keep continued continues began begins started starts".split())


def skip_left(toks: list[Token], j: int) -> int:
    while j >= 0:
        t = toks[j]
        if t.quoted:
            return j
        low = t.low
        if low == "'s" and j >= 1 and toks[j - 1].low in SUBJ_PRONOUNS:
            j -= 1  # "He's saying": the auxiliary
            continue
        if low in _KEEP_ON and j + 1 < len(toks) and toks[j + 1].low.endswith("ing"):
            j -= 1  # "X kept asking", "X began saying"
            continue
        if low == "will" and t.cap and j > 0:
            return j  # “...,” Will wrote: George Will, not the modal opening a question
        if low in ADV_SKIP or (
            low.endswith("ly") and len(low) > 4 and not t.cap and low not in NOT_ADVERBS
        ):
            j -= 1
        elif low in PERIODS and j >= 2 and toks[j - 1].low == "past" and (
            toks[j - 2].low in {"this", "the"}
        ):
            j -= 3  # "X, the GOP chairman, this past week announced"
        elif low in PERIODS and j >= 1 and (
            toks[j - 1].low in {"last", "this", "that", "next", "late", "early"}
            or toks[j - 1].low in WEEKDAYS
        ):
            j -= 1 if toks[j - 1].low in WEEKDAYS else 2  # "X last week said", "on Tuesday night"
        elif low in WEEKDAYS:
            j -= 1
            if j >= 0 and toks[j].low in {"on", "last", "this", "late", "early"}:
                j -= 1
        elif t.text == ")":
            # "Harry M. Reid (D-Nev.) said": skip the parenthesis
            before = before_paren(toks, j)
            if before == j:
                return j
            j = before
        else:
            return j
    return j


def name_run_left(toks: list[Token], j: int, lo: int) -> int:
    """First index of the capitalised run ending at j."""
    k = j
    while k - 1 >= lo:
        p = toks[k - 1]
        if p.quoted:
            break
        if p.cap and (p.low not in FUNCTION_WORDS or p.low == "new"):  # "New York"
            k -= 1
        elif k - 2 >= lo and toks[k - 2].cap and joins_name(toks[k - 2].low, p.low):
            k -= 1
        elif p.text == "." and k - 2 >= lo and toks[k - 2].cap and (
            is_initials(toks[k - 2].text) or toks[k - 2].low in lexicon().titles
        ):
            k -= 1
        else:
            break
        if j - k > 8:
            break
    return k


def before_quoted(toks: list[Token], k: int) -> int:
    """The index before a short quoted fragment whose closing mark is toks[k], else k."""
    if toks[k].text.isalnum() or k + 1 >= len(toks) or toks[k + 1].quoted:
        return k  # not a closing mark, or the quote goes on
    close = k - 1 if double_apostrophe(toks, k) else k  # ('' ... '': the archive's marks)
    m = close - 1
    while m >= 0 and close - m <= 8 and toks[m].quoted and (
        toks[m].text.isalnum() or toks[m].text in {",", ".", "'s", "-", "!", "?"}
    ):
        m -= 1
    if m >= 1 and double_apostrophe(toks, m):
        m -= 1
    if m >= 1 and close - m >= 2 and toks[m].quoted and not toks[m].text.isalnum() and (
        not toks[m - 1].quoted
    ):
        return m - 1
    return k


def double_apostrophe(toks: list[Token], k: int) -> bool:
    """Are toks[k-1] and toks[k] the two apostrophes of a '' mark?"""
    return k >= 1 and toks[k].text == "'" and toks[k - 1].text == "'" and (
        toks[k - 1].end == toks[k].start
    )


def before_group(toks: list[Token], j: int, opener: str, limit: int) -> int:
    """The index before a short group that toks[j] closes and `opener` opens, else j."""
    k = j - 1
    while k >= 0 and j - k < limit and toks[k].text != opener and not toks[k].quoted:
        k -= 1
    return k - 1 if k >= 0 and j - k > 1 and toks[k].text == opener else j


def before_paren(toks: list[Token], j: int) -> int:
    """The token before a short parenthesis ending at toks[j] ("Ted Cruz (R-Tex.)"), else j."""
    return before_group(toks, j, "(", 10) if j >= 0 and toks[j].text == ")" else j


def after_nickname(toks: list[Token], m: int) -> int:
    """Index of the surname after a quoted nickname opening at toks[m] (`Juan “Chico”
    Manriquez`), else m."""
    if m + 3 < len(toks) and toks[m].quoted and not toks[m].text.isalnum():
        c = m + 1
        while c < len(toks) and c - m <= 3 and toks[c].quoted and toks[c].cap:
            c += 1
        if c > m + 1 and c + 1 < len(toks) and toks[c].quoted and not toks[c].text.isalnum() and (
            toks[c + 1].cap and not toks[c + 1].quoted
        ):
            return c + 1
    return m


def is_initials(word: str) -> bool:
    """"F", "G.K", "J.R": initials before a full stop."""
    parts = word.split(".")
    return all(len(p) == 1 and p.isupper() for p in parts)


_ROLE_HEADS: dict[str, bool] = {}  # (words seen: a cache, emptied when full)


def role_head(low: str) -> bool:
    """Is the lower-case word a role noun ("mayor", "spokeswoman", "officials"; "the
    30-year-old said": the person of that age)?"""
    found = _ROLE_HEADS.get(low)
    if found is None:
        role_kind = lexicon().role_kind
        found = low in role_kind or low.endswith(("man", "woman", "person", "people", "men")) or (
            low.endswith("s") and low[:-1] in role_kind) or low.endswith("-year-old")
        if len(_ROLE_HEADS) >= 20_000:
            _ROLE_HEADS.clear()
        _ROLE_HEADS[low] = found
    return found


def role_left(toks: list[Token], j: int, lo: int) -> int:
    k = j
    while k - 1 >= lo and j - k < 6:
        p = toks[k - 1]
        if p.low == "of" and k - 2 >= lo and toks[k - 2].low in QUANTITIES:
            k -= 1  # "a wide array of economists", "some of the officials"
            continue
        if p.quoted or p.text in NP_STOP or p.low in CLAUSE_STOP or p.low in PREPS or (
            p.low in _NP_PREPS and not p.cap  # ("Reporters Without Borders group said")
        ):
            break
        if p.low in lexicon().speech_forms and not p.cap:
            break
        k -= 1
        if p.low in DETERMINERS:
            break
    return k


def title_only_words(toks: list[Token]) -> list[str] | None:
    """The words of a capitalised title with no name in it ("Prime Minister", "Bishop of
    Durham" as "durham bishop": the title last), else None."""
    lex = lexicon()
    run = [t for t in toks if t.low != "the" and t.text != "."]
    of = next((x for x, t in enumerate(run) if t.low == "of"), len(run))
    head = run[:of]
    if not head or not all(t.cap for t in head) or any(
        t.low in lex.first_name_gender for t in run
    ):
        return None
    last = head[-1].low
    if last not in lex.titles and lex.role_kind.get(last) not in {
        "person", "leader"
    } or last == "executive" and (len(head) < 2 or head[-2].low != "chief"):
        return None  # ("the Scottish Executive" is a body)
    return [t.low for t in run[of + 1 :]] + [t.low for t in head]


def verb_like(t: Token) -> bool:
    """A lower-case word that can be a finite verb after a subject ("landed", "says")."""
    return not t.cap and not t.quoted and t.text.isalpha() and t.low.endswith(("ed", "s")) and (
        t.low not in FUNCTION_WORDS
    )


def person_run(run: list[Token]) -> bool:
    """A capitalised run that names a person: a first name and a surname, or a title."""
    title, name = split_title(run)
    lex = lexicon()
    return bool(name) and (
        len(name) >= 2 and name[0].low in lex.first_name_gender
        or any(t.low.rstrip(".") in PERSON_TITLES for t in title)
    )


_CONTRACTED = frozenset("m re ve ll d".split())


def subject_pronoun(t: Token) -> Source | None:
    """A subject pronoun, also contracted ("I'm", "They’re": the pronoun alone), else None."""
    if t.low in SUBJ_PRONOUNS:
        return Source("pronoun", t.start, t.end, t.text, [t])
    for mark in "'’":
        head, sep, tail = t.low.partition(mark)
        if sep and head in SUBJ_PRONOUNS and tail in _CONTRACTED:
            return Source("pronoun", t.start, t.start + len(head), t.text[: len(head)], [t])
    return None


def owned_person(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a possessive followed by a person's first name and surname ("The
    Blaze’s Matt Walsh")?"""
    return k + 2 < len(toks) and toks[k].text == "'s" and toks[k + 2].cap and (
        toks[k + 1].low in lexicon().first_name_gender and not toks[k + 1].quoted
    )
