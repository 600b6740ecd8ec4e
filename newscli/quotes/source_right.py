"""The source phrase right of a cue ("..., said Jens Stoltenberg", "according to X")."""

from __future__ import annotations

from newscli.quotes.cues import is_cue
from newscli.quotes.kin import family_head, kin_phrase
from newscli.quotes.lexicon import lexicon
from newscli.quotes.model import Source
from newscli.quotes.names import CONNECTORS, DETERMINERS, FUNCTION_WORDS, ORG_HEADS, split_title
from newscli.quotes.phrases import is_initials, role_head
from newscli.quotes.subject import name_after_role
from newscli.quotes.text import Token
from newscli.quotes.words import (
    ANALYSTS,
    AUTHORED,
    CLAUSE_STOP,
    CLOSING_MARKS,
    FINITE_AUX,
    INDEFINITE,
    NP_STOP,
    PREPS,
    SUBJ_PRONOUNS,
    WEEKDAYS,
)


def _role_word(word: str) -> bool:
    """A lower-case word of a role before a name, hyphenated or not ("co-author"; not a
    determiner glued to the next word by a typo: "the-car")."""
    head, _, rest = word.partition("-")
    if not rest:
        return head.isalpha()
    return head.isalpha() and head.lower() not in DETERMINERS and rest.replace("-", "").isalpha()


def _after_cue(toks: list[Token], i: int) -> int | None:
    """Where the noun phrase after the cue toks[i] starts (a day skipped: "said on Monday
    Ann Lee"), when one can: a capital or a determiner, or up to three lower-case role words
    before a capital ("said farmer Ann Lee", "said co-author Al Wu"); else None."""
    k = i + 1
    n = len(toks)
    while k < n and (toks[k].low in WEEKDAYS or toks[k].low in {"on", "last"}) and not (
        toks[k].quoted
    ):
        k += 1
    if k >= n or toks[k].quoted:
        return None
    t = toks[k]
    if t.low not in SUBJ_PRONOUNS and not (t.cap or t.low in DETERMINERS):
        m = k
        while m < n and m - k < 3 and not toks[m].cap and _role_word(toks[m].text) and (
            toks[m].low not in PREPS and toks[m].low not in CLAUSE_STOP and not toks[m].quoted
        ):
            m += 1
        if not (m < n and m > k and toks[m].cap and not toks[m].quoted):
            return None
    return k


def _np_end(toks: list[Token], k: int) -> int | None:
    """The last token of the noun phrase from toks[k], or None when a finite verb follows
    ("..., said the police had a duty ...": the subject of the reported clause)."""
    n = len(toks)
    e = k
    while e + 1 < n and e - k < 10:
        nt = toks[e + 1]
        if nt.text == "." and (is_initials(toks[e].text) or toks[e].low in
                                lexicon().abbreviations):
            e += 1
            continue
        if nt.low == "and" and not nt.quoted and role_head(toks[e].low) and (
            name_after_role(toks, e + 1, n) > 0
        ):
            e += 1  # "according to USA TODAY contributor and monetary historian David Marsh"
            continue
        if nt.quoted or nt.text in NP_STOP or nt.low in CLAUSE_STOP:
            break
        if nt.low in PREPS and nt.low not in {"of", "for"}:
            break
        if nt.cap and nt.low in {"the", "a", "an"}:
            break  # "said analyst Vadim Mitroshin The dispute ...": a full stop left out
        if nt.low in _AFTER_NAME and not nt.cap and toks[e].cap:
            break  # "said Gardener afterwards", "said Smith yesterday"
        if is_cue(toks, e + 1) is not None and not nt.cap:
            break
        if nt.low in FINITE_AUX and not nt.quoted:
            return None
        e += 1
    return e


def _appositive_after(toks: list[Token], e: int, text: str
                      ) -> tuple[str | None, list[Token] | None]:
    """The appositive after the noun phrase ending at toks[e] (", the mayor,"), and the name
    when the appositive is one ("said the deputy campaign manager, Rich Beeson")."""
    n = len(toks)
    appos = None
    appos_name: list[Token] | None = None
    if e + 2 < n and toks[e + 1].text == ",":
        f = e + 2
        while f < n and f - e < 14 and toks[f].text not in {",", ".", ";"} and not toks[f].quoted:
            f += 1
        if f < n and toks[f].text in {",", "."} and f > e + 2:
            first = toks[e + 2].low
            if first in DETERMINERS or toks[e + 2].cap or first in {"who", "whose"}:
                appos = text[toks[e + 2].start : toks[f - 1].end]
        g = e + 2
        while g < n and g - e < 8 and (toks[g].cap and not toks[g].quoted or toks[g].text == "."
                                       and is_initials(toks[g - 1].text)):
            g += 1
        if g > e + 2 and (g == n or toks[g].text in {",", "."}) and not any(
            role_head(t.low) or t.low in FUNCTION_WORDS for t in toks[e + 2 : g]
        ):
            appos_name = toks[e + 2 : g]
    return appos, appos_name


def _name_before_of(np: list[Token]) -> list[Token]:
    """"Representative Charles B. Rangel of New York": the noun phrase up to the name before
    "of"/"for" (not "the Brennan Center for Justice", one name)."""
    for_i = next((x for x, tok in enumerate(np) if tok.low in {"for", "of"}), None)
    if for_i is not None and for_i > 0 and np[for_i - 1].cap and np[0].cap:
        titles = lexicon().titles
        named = np[for_i - 1].low not in titles or any(  # "Rep. Peter T. King of New York"
            t.cap and t.low.rstrip(".") not in titles for t in np[: for_i - 1]
        )
        if len(split_title(np[:for_i])[1]) >= 1 and named and (
            np[for_i - 1].low not in ORG_HEADS
        ):
            return np[:for_i]
    return np


def _capitalised_np(np: list[Token], appos: str | None, text: str) -> Source:
    """A noun phrase ending in a capital: the name is its last capitalised run, or a role
    "of"/"for" it ("a spokesman for Acme Bank")."""
    start_run = len(np) - 1
    while start_run - 1 >= 0 and (np[start_run - 1].cap or np[start_run - 1].low in CONNECTORS
                                  or np[start_run - 1].text == "."):
        start_run -= 1
    for_i = next((x for x, tok in enumerate(np) if tok.low in {"for", "of"}), None)
    if for_i is not None and for_i > 0 and not np[0].cap and role_head(np[for_i - 1].low):
        return Source("role", np[0].start, np[-1].end, text[np[0].start : np[-1].end],
                      np[:for_i], appos, of_toks=np[start_run:])
    return Source("name", np[0].start, np[-1].end, text[np[0].start : np[-1].end],
                  np[start_run:], appos)


def right_source(toks: list[Token], i: int, text: str) -> tuple[Source, int] | None:
    """The source phrase right of the cue toks[i] ("..., said Ann Lee, the mayor", "according
    to a spokesman for Acme") and its first token, else None."""
    k = _after_cue(toks, i)
    if k is None:
        return None
    t = toks[k]
    if t.low in SUBJ_PRONOUNS:
        return Source("pronoun", t.start, t.end, t.text, [t]), k
    e = _np_end(toks, k)
    if e is None:
        return None
    np = toks[k : e + 1]
    appos, appos_name = _appositive_after(toks, e, text)
    caps = [x for x, tok in enumerate(np) if tok.cap]
    while len(np) > 1 and np[-1].text == ".":
        np = np[:-1]
    np = _name_before_of(np)
    if np[-1].cap:
        return _capitalised_np(np, appos, text), k
    head = next((x for x in range(len(np) - 1, -1, -1) if role_head(np[x].low)), None)
    if head is not None and appos_name is not None:
        role = text[np[0].start : np[-1].end]
        return Source("name", appos_name[0].start, appos_name[-1].end,
                      text[appos_name[0].start : appos_name[-1].end], appos_name, role), k
    if head is not None:
        of_toks = None
        for_i = next((x for x, tok in enumerate(np) if tok.low in {"for", "of"}), None)
        if for_i is not None and caps and caps[-1] > for_i:
            of_toks = np[for_i + 1 :]
            np_head = np[: for_i]
        else:
            np_head = np[: head + 1]
        return Source("role", np[0].start, np[-1].end, text[np[0].start : np[-1].end], np_head,
                      appos, of_toks), k
    if np[0].low in INDEFINITE and len(np) >= 2 and not any(t.cap for t in np) and (
        np[-1].text.isalpha() and i >= 1 and toks[i - 1].quoted
        and toks[i - 1].text in CLOSING_MARKS
    ):  # right after a quotation (not "..., suggests a degree of professionalism")
        # "..., wrote one reviewer in Rolling Stone": someone unnamed (not the last speaker)
        return Source("other", np[0].start, np[-1].end, text[np[0].start : np[-1].end], np), k
    return None


def right_kin_source(toks: list[Token], i: int, text: str) -> tuple[Source, int] | None:
    """A possessive kinship phrase right of the cue toks[i] ("..., said his mother", "said the
    boy's father") as a role source for the kinship sieve, or the name in its appositive
    ("said his wife, Ann Ode"); None for anything else ("said the mother")."""
    k = _after_cue(toks, i)
    e = _np_end(toks, k) if k is not None else None
    if k is None or e is None:
        return None
    np = toks[k : e + 1]
    src = Source("role", np[0].start, np[-1].end, text[np[0].start : np[-1].end], np)
    if kin_phrase(src) is None:
        return None
    appos, appos_name = _appositive_after(toks, e, text)
    if appos_name is not None:
        return Source("name", appos_name[0].start, appos_name[-1].end,
                      text[appos_name[0].start : appos_name[-1].end], appos_name, src.text), k
    src.appos = appos
    return src, k


def right_family_source(toks: list[Token], i: int, text: str) -> tuple[Source, int] | None:
    """A family noun or an epithet with "the" right of the cue toks[i] ("..., said the mother",
    "said the proud father of two") as a role source headed by the noun, for the epithet
    rules to resolve, or the name in its appositive ("said the widow, Ann Ode"); None for
    anything else, and for a noun the role rules know ("said the teacher")."""
    k = _after_cue(toks, i)
    e = _np_end(toks, k) if k is not None else None
    if k is None or e is None:
        return None
    np = toks[k : e + 1]
    h = family_head(np)
    if h is None or role_head(np[h].low):
        return None
    appos, appos_name = _appositive_after(toks, e, text)
    role = text[np[0].start : np[-1].end]
    if appos_name is not None:
        return Source("name", appos_name[0].start, appos_name[-1].end,
                      text[appos_name[0].start : appos_name[-1].end], appos_name, role), k
    return Source("role", np[0].start, np[-1].end, role, np[: h + 1], appos), k


# after an inverted cue's name ("said Gardener afterwards"; weekdays only in lower case)
_AFTER_NAME = WEEKDAYS | frozenset("afterwards later earlier recently then too also again".split())


def cap_tail(toks: list[Token]) -> list[Token]:
    """The words up to the end of the first capitalised run ("analysts Forrester")."""
    e = 0
    while e < len(toks) and e < 8 and not toks[e].quoted and (
        toks[e].cap or toks[e].low in DETERMINERS or toks[e].low in ANALYSTS
        or e < 3 and _role_word(toks[e].text) and toks[e].low not in FUNCTION_WORDS
    ):
        e += 1  # ("by telecoms giant BT", "by UK think-tank Demos")
    while e > 0 and not toks[e - 1].cap:
        e -= 1
    return toks[:e]


# what is written "by" or "from" its author ("a report by analysts Forrester")
_WRITTEN = AUTHORED | frozenset("study survey poll analysis research".split())


def with_author(toks: list[Token], rs: tuple[Source, int], text: str) -> tuple[Source, int]:
    """A document's source extended over "by/from [analysts] Name" after it ("a report by
    analysts Forrester"); any other source as it is."""
    src, first = rs
    if src.kind not in {"role", "other"} or src.toks[-1].low.rstrip("s") not in _WRITTEN:
        return rs
    j = next((x for x, t in enumerate(toks) if t.start >= src.end), len(toks))
    if j >= len(toks) or toks[j].low not in {"by", "from"} or toks[j].quoted:
        return rs
    e = j + 1 + len(cap_tail(toks[j + 1 :]))
    if e == j + 1:
        return rs
    ext = src.toks + toks[j:e]
    return Source(src.kind, src.start, toks[e - 1].end, text[src.start : toks[e - 1].end],
                  ext), first
