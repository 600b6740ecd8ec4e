"""Noun phrases left of a cue: the phrase that ends at a token, a name opening a clause,
relative clauses and appositives (what the left-source sieves look at)."""

from __future__ import annotations

from newscli.quotes.lexicon import lexicon, word_set
from newscli.quotes.model import Source, make_source
from newscli.quotes.names import (
    CONNECTORS,
    FUNCTION_WORDS,
    PERSON_TITLES,
    TIME_WORDS,
    date_lead,
    picks_from_group,
    split_title,
)
from newscli.quotes.phrases import (
    is_initials,
    name_run_left,
    person_run,
    role_head,
    role_left,
    subject_pronoun,
)
from newscli.quotes.text import Token
from newscli.quotes.words import (
    GROUP_PRONOUNS,
    NUMBER_WORDS,
    PREPS,
    SUBJECT_STOP,
    WEEKDAYS,
)

_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


# words inside a survey share ("about three in 10", "more than 40 %")
_SHARE_WORDS = word_set("quote_words.txt", "share_words")


def titled_name(appos: list[Token]) -> list[Token] | None:
    """The name an appositive gives, after lower-case modifiers and a title ("Jonathan
    Greenblatt", "former Secretary of State Hillary Clinton"), else None."""
    m = 1 if appos and appos[0].low == "the" else 0  # ("the Rt Rev Dr Tom Wright")
    while m < len(appos) and not appos[m].cap and appos[m].text.isalpha() and (
        appos[m].low not in FUNCTION_WORDS
    ):
        m += 1  # ("former", "longtime")
    run = appos[m:]
    if not run or len(run) > 7 or (m and len(run) < 2):
        return None
    for x, t in enumerate(run):
        if not (t.cap or t.text == "." or t.low == "of" and 0 < x < len(run) - 1 and (
            run[x - 1].low in PERSON_TITLES
        )):
            return None
    titles = lexicon().titles
    untitled = [t for t in run if t.low.rstrip(".") not in titles and t.text != "."]
    return run if (len(untitled) <= 4 or any(t.low == "of" for t in run)) else None


def described_name(toks: list[Token], src: Source, first: int, appos: list[Token]) -> bool:
    """Is ``appos`` a name (a capitalised run of at most four words) that the capitalised
    description before it ("The EU's Humanitarian Aid Commissioner") introduces?"""
    if not appos or len(appos) > 4 or not all(
        t.cap and t.text.isalpha() or t.text == "." for t in appos
    ) or any(role_head(t.low) for t in appos):
        return False  # (not "Mitch McConnell, R-Ky.,")
    if role_head(src.toks[-1].low):
        return True
    before = toks[first - 1] if first > 0 else None
    return before is not None and not before.quoted and (before.text in {"'s", "’s"} or (
        before.text.isalpha() and not before.cap and before.low not in PREPS
    ))


def open_relative(toks: list[Token], f: int) -> int:
    """The index of "who"/"which" opening a subject relative clause that holds the name at
    ``f`` with a word between them ("who is chairman of X", not "which Trump said"), else -1."""
    for k in range(f - 1, max(-1, f - 16), -1):
        t = toks[k]
        if t.low in {"who", "which"} and not t.quoted:
            # a subject relative: a verb follows ("which Bush tells us": Bush is its subject)
            nxt = toks[k + 1]
            return k if k < f - 1 and not nxt.cap and nxt.text.isalpha() else -1
        if t.quoted or t.low in SUBJECT_STOP or t.text in {"-", "--"} or t.low in {
            "that", "said", "says"
        }:
            return -1
    return -1


def clause_lead_name(toks: list[Token], j: int) -> tuple[int, int] | None:
    """(first, comma) when the clause ending at the comma toks[j] opens with a name followed by
    a comma: the name of a long appositive chain, else None."""
    m = j - 1
    while m >= 0 and j - m <= 40 and not toks[m].quoted and toks[m].text not in {";", ":"}:
        m -= 1
    if j - m > 40:
        return None
    m += 1
    found = _lead_name_at(toks, m, j)
    if found is None:
        # after an opening phrase: "Just last week, J.J. Goldberg, editor of ..., wrote"
        c0 = next((x for x in range(m, min(j, m + 12)) if toks[x].text == ","), None)
        if c0 is not None and not toks[m].quoted:
            found = _lead_name_at(toks, c0 + 1, j)
    return found


def _lead_name_at(toks: list[Token], m: int, j: int) -> tuple[int, int] | None:
    if m >= j or not toks[m].cap or toks[m].low in FUNCTION_WORDS:
        return None
    c = m
    while c < j and (toks[c].cap or toks[c].low in CONNECTORS or (
        toks[c].text == "." and c > m and (
            is_initials(toks[c - 1].text) or toks[c - 1].low in lexicon().titles)  # "Mr."
    )):
        c += 1
    if c >= j or toks[c].text != "," or sum(t.text != "." for t in toks[m:c]) > 6:
        return None  # (full stops not counted: "Vice President Joseph R. Biden Jr.,")
    if toks[c - 1].low in WEEKDAYS or toks[c - 1].low in TIME_WORDS:
        return None
    if c + 1 < j and not person_run(toks[m:c]) and (nxt := _lead_name_at(toks, c + 1, j)) and (
        person_run(toks[nxt[0] : nxt[1]])
    ):
        return nxt  # "In his new book, Lawless World, Philippe Sands, a QC, suggests"
    return m, c


def left_source_np(toks: list[Token], j: int, text: str) -> tuple[Source, int] | None:
    found = left_np(toks, j, text)
    if found is None or found[0].kind == "name" or found[0].kind == "pronoun":
        return found
    src, first = found
    if src.of_toks is None and first - 2 >= 0 and toks[first - 1].low in {"of", "for", "at"} and (
        role_head(toks[first - 2].low) and not toks[first - 2].cap
    ):
        # "its minister for economic affairs"
        rk = role_left(toks, first - 2, 0)
        src = Source("role", toks[rk].start, src.end, text[toks[rk].start : src.end],
                     toks[rk : first - 1], of_toks=src.toks)
        first = rk
    if first - 2 >= 0 and toks[first - 1].text == "," and toks[first - 2].cap and not (
        toks[first - 2].quoted
    ):
        # "Alois Rhiel, its minister for economic affairs added" (appositive left open)
        nk = name_run_left(toks, first - 2, 0)
        name = toks[nk : first - 1]
        # only where the name opens the clause: after the quote or at the sentence start
        # (not "... nearby Ukraine, the military alliance chief said")
        if name and name[0].low not in FUNCTION_WORDS and (len(name) >= 2 or nk > 0) and (
            nk == 0 or toks[nk - 1].quoted or (
            toks[nk - 1].text == "," and nk >= 2 and toks[nk - 2].quoted
        )) and name[-1].low not in WEEKDAYS:
            return make_source("name", name, text, appos=src.text), nk
    return src, first


def _name_np(toks: list[Token], j: int, text: str) -> tuple[Source, int]:
    """The noun phrase ending in the capitalised toks[j]: the name with role words before it
    ("Democratic nominee Ann Lee"), or the person or role it is "of" or "for" ("a spokesperson
    for Acme", "Ann Lee of Ohio")."""
    t = toks[j]
    k = date_lead(toks, name_run_left(toks, j, 0), j)
    # lower-case role words before the name: "Democratic nominee Hillary Clinton"
    while k - 1 >= 0 and j - k < 10:
        p = toks[k - 1]
        if p.quoted:
            break
        if (not p.cap and role_head(p.low)) or p.text == "'s" or (
            p.cap and p.low not in FUNCTION_WORDS and k - 1 < j
            and k < len(toks) and (not toks[k].cap or toks[k].text == "'s")
        ):
            k -= 1
        else:
            break
    while k < j and toks[k].low in FUNCTION_WORDS and not (
        toks[k].low == "new" and toks[k + 1].cap  # "New York Daily News"
    ):
        k += 1
    first = k
    if k - 1 >= 0 and toks[k - 1].low == "the":
        first = k - 1
    if picks_from_group([x.text for x in toks[k : j + 1]]):
        k += 1  # "Senior Whigs said": the Whigs (the source keeps "Senior")
    src = Source("name", toks[first].start, t.end, text[toks[first].start : t.end],
                 toks[k : j + 1])
    if first - 2 >= 0 and toks[first - 1].low in {"for", "of", "at"}:
        head = toks[first - 2]
        if not head.cap and role_head(head.low):
            # "a spokesperson for the Kremlin"
            rk = role_left(toks, first - 2, 0)
            return Source("role", toks[rk].start, t.end, text[toks[rk].start : t.end],
                          toks[rk : first - 1], of_toks=toks[k : j + 1]), rk
        hk = name_run_left(toks, first - 2, 0)
        if head.cap and toks[first - 1].low in {"for", "at"} and hk >= 2 and (
            toks[hk - 1].low == "of" or toks[hk - 1].low == "the" and toks[hk - 2].low == "of"
        ):
            # "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies"
            f2 = hk - 1 if toks[hk - 1].low == "of" else hk - 2
            if f2 >= 1 and toks[f2 - 1].cap:
                h2 = name_run_left(toks, f2 - 1, 0)
                if person_run(toks[h2:f2]):
                    return Source("name", toks[h2].start, t.end, text[toks[h2].start : t.end],
                                  toks[h2:f2]), h2
        if head.cap and head.low not in FUNCTION_WORDS and toks[first - 1].low == "of" and (
            len(split_title(toks[k : j + 1])[1]) < 2 or person_run(toks[hk : first - 1])
        ):
            # "Rep. Elijah Cummings of Maryland", "Joel Pollak of Breitbart California":
            # the person, not the place or the body
            return Source("name", toks[hk].start, t.end, text[toks[hk].start : t.end],
                          toks[hk : first - 1]), hk
    return src, first


def left_np(toks: list[Token], j: int, text: str) -> tuple[Source, int] | None:
    if j < 0:
        return None
    t = toks[j]
    if not t.quoted and (pronoun := subject_pronoun(t)) is not None:
        return pronoun, j
    if t.quoted or t.low in WEEKDAYS or (not t.cap and t.low in FUNCTION_WORDS):
        return None  # "... a Vietnamese prison and says": "and" heads no noun phrase
    if t.cap and (j == 0 or toks[j - 1].text in {",", "—"}) and (
        t.low in lexicon().role_kind or t.low[:-1] in lexicon().role_kind
    ):
        # "Officials said", "Democrats say": a capitalised common noun opening the sentence
        return Source("role", t.start, t.end, t.text, [t]), j
    if t.cap and t.low not in FUNCTION_WORDS:
        return _name_np(toks, j, text)
    if t.text.isdigit() and j > 0 and toks[j - 1].cap and not toks[j - 1].quoted and (
        toks[j - 1].low not in FUNCTION_WORDS and toks[j - 1].low not in TIME_WORDS
        and toks[j - 1].low.rstrip(".") not in _MONTH_ABBR
        and not toks[j - 1].low.endswith("ing") and text[t.end : t.end + 1] != ","
    ):
        # "Channel 4 said", "Transport 2000 said": a number that ends a name
        k = name_run_left(toks, j - 1, 0)
        return Source("name", toks[k].start, t.end, text[toks[k].start : t.end],
                      toks[k : j + 1]), k
    if t.low in NUMBER_WORDS or t.text.isdigit() or t.low in {"percent", "%"} or (
        t.low in GROUP_PRONOUNS and (j == 0 or toks[j - 1].text in {",", "—"})
    ):
        # survey shares and groups: "46 percent said", "About three in 10 said", "Many said"
        k = j
        while k - 1 >= 0 and j - k < 6 and not toks[k - 1].quoted and (
            toks[k - 1].low in NUMBER_WORDS or toks[k - 1].text.isdigit()
            or toks[k - 1].low in _SHARE_WORDS
        ):
            k -= 1
        return Source("other", toks[k].start, t.end, text[toks[k].start : t.end],
                      toks[k : j + 1]), k
    if not t.cap and role_head(t.low):
        k = role_left(toks, j, 0)
        src = Source("role", toks[k].start, t.end, text[toks[k].start : t.end], toks[k : j + 1])
        if k - 2 >= 0 and toks[k - 1].low in {"of", "at"} and toks[k - 2].cap and not (
            toks[k - 2].quoted
        ) and toks[k].low in {"the", "a", "an"}:
            # "As Gavin Cox of the excellent buildyourown.org.uk website put it": the person
            h = name_run_left(toks, k - 2, 0)
            if person_run(toks[h : k - 1]):
                return make_source("name", toks[h : k - 1], text,
                               appos=text[toks[k - 1].start : t.end]), h
        if k - 2 >= 0 and toks[k - 1].low in {"of", "for", "at"} and role_head(toks[k - 2].low):
            rk = role_left(toks, k - 2, 0)
            return Source("role", toks[rk].start, t.end, text[toks[rk].start : t.end],
                          toks[rk : k - 1], of_toks=toks[k : j + 1]), rk
        return src, k
    if not t.cap and t.text.isalpha():
        k = role_left(toks, j, 0)
        if toks[k].low in {"the", "a", "an", "his", "her", "their", "its"} and j - k <= 4:
            return Source("role", toks[k].start, t.end, text[toks[k].start : t.end],
                          toks[k : j + 1]), k
    if not t.cap and t.low.endswith("s") and len(t.low) > 3 and t.text.isalpha():
        k = role_left(toks, j, 0)
        return Source("other", toks[k].start, t.end, text[toks[k].start : t.end],
                      toks[k : j + 1]), k
    return None


_ADJUNCT_PREPS = frozenset("at during".split())  # ("Partisans on both sides warn": no name)


def name_before_adjunct(
    toks: list[Token], np: Source, f: int, text: str
) -> tuple[Source, int] | None:
    """A name that opens the clause, followed by a time or place phrase the left scan took for
    the subject ("Trump at the time said", "Sanders during a rally thanked"), else None."""
    if np.toks and np.toks[0].cap and np.toks[0].low not in FUNCTION_WORDS:
        k = 0
        while k < len(np.toks) and np.toks[k].cap:
            k += 1
        if 0 < k < len(np.toks) and np.toks[k].low in _ADJUNCT_PREPS:
            return make_source("name", np.toks[:k], text), f
        return None
    if f >= 2 and (toks[f - 1].low in _ADJUNCT_PREPS or toks[f - 1].low == "in") and (
        toks[f - 2].cap and not (toks[f - 2].quoted or toks[f - 2].low in FUNCTION_WORDS)
    ):
        k = name_run_left(toks, f - 2, 0)
        while k < f - 2 and toks[k].low in FUNCTION_WORDS:
            k += 1
        if toks[f - 1].low == "in" and (f - 1 - k < 2 or toks[k].low in FUNCTION_WORDS):
            return None  # "Jeb Bush in a Medium post said"; not "Partisans in ...": a full name
        if k == 0 or toks[k - 1].low in {"that", ",", "and", "but", "while"} or toks[k - 1].quoted:
            return make_source("name", toks[k : f - 1], text), k
    return None
