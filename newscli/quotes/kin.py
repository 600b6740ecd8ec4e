"""Kinship sources: "his mother said" is the person the article introduced as his mother
("His mother, Claire Ode, ..."), never the possessor himself; with no one so introduced the
speaker stays unnamed. Also where a family noun with no possessor heads a source ("said the
mother", "the father of two said"), for the epithet rules (antecedents.py) to resolve."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from newscli.quotes.antecedents import EPITHETS
from newscli.quotes.context import ArticleContext
from newscli.quotes.lexicon import word_set
from newscli.quotes.model import Source
from newscli.quotes.names import FUNCTION_WORDS, NUMERALS
from newscli.quotes.phrases import role_left
from newscli.quotes.text import Token

if TYPE_CHECKING:
    from newscli.quotes.source_left import LeftSite

# kin noun -> the gender it fixes ("" for none): "his mother", "Ode's husband", "her partner"
KIN = {w: g for g, section in (("m", "kin_m"), ("f", "kin_f"), ("", "kin"))
       for w in word_set("quote_words.txt", section)}

_PRONOUN_OWNERS = {"his": "m", "her": "f"}
_SUBJECT_FORM = {"his": "he", "her": "she"}
_APOSTROPHE_S = {"'s", "’s"}
_NAME = r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){0,3}"
_OWNER = r"(?:[Hh]is|[Hh]er|(?:(?:[Tt]he|[Aa])[ \u00a0]+)?[\w-]+(?:[ \u00a0]+[\w-]+)?['’]s)"


# what a count of children may end in ("the mother of two young sons")
_CHILDREN = frozenset("children kids sons daughters boys girls".split())
_ARTICLES = frozenset({"the", "a", "an"})


def _count_of_children(tail: list[Token]) -> bool:
    """Is ``tail`` "of" and a count of children ("of two", "of three young boys")?"""
    if len(tail) < 2 or tail[0].low != "of" or not (
        tail[1].low in NUMERALS or tail[1].text.isdigit()
    ):
        return False
    rest = tail[2:]
    return not rest or len(rest) <= 2 and rest[-1].low in _CHILDREN and all(
        t.text.isalpha() and not t.cap for t in rest)


def family_count_ends(toks: list[Token], j: int) -> bool:
    """Does the count toks[j] end "NOUN of COUNT", NOUN a family noun ("the mother of two"
    said: a subject, not the determiner "two" before a noun)?"""
    return j >= 2 and toks[j - 1].low == "of" and (
        toks[j - 2].low in KIN or toks[j - 2].low in EPITHETS) and not toks[j - 2].cap


def family_head(np: list[Token]) -> int | None:
    """Where the head noun is in "the [modifiers] NOUN [of COUNT]", NOUN a family tie or an
    epithet ("the relieved mother", "the 34-year-old father of two", "the winner"), else None
    ("the mother of the boy", "the Smith family", "his mother")."""
    if len(np) < 2 or np[0].low not in _ARTICLES or any(t.quoted for t in np):
        return None
    for h in range(1, min(len(np), 5)):
        t = np[h]
        if t.cap or not t.text.replace("-", "").isalnum() or t.low in FUNCTION_WORDS:
            return None
        if t.low in KIN or t.low in EPITHETS:
            tail = np[h + 1 :]
            return h if not tail or _count_of_children(tail) else None
    return None


def family_of_count_before_cue(s: LeftSite) -> tuple[Source, int] | None:
    """A family noun with its count of children heads a description as the noun alone does
    ("The father of three said", "the mother of two young sons told"), for the epithet rules
    to resolve; the count is no source of its own."""
    toks, j = s.toks, s.j
    of = next((x for x in range(j - 1, max(0, j - 4), -1) if toks[x].low == "of"), None)
    if of is None or of < 2 or toks[of - 1].low not in KIN and toks[of - 1].low not in EPITHETS:
        return None
    k = role_left(toks, of - 1, 0)
    h = family_head(toks[k : j + 1])
    if h is None or k + h != of - 1:
        return None
    return Source("role", toks[k].start, toks[j].end, s.text[toks[k].start : toks[j].end],
                  toks[k:of]), k


def kin_phrase(src: Source) -> tuple[str, str] | None:
    """The possessor and kin noun of a kinship source: "his mother" -> ("his", "mother"),
    "the boy's father" -> ("the boy", "father"); None for anything else ("the mother")."""
    toks = src.toks
    if len(toks) < 2 or toks[-1].low not in KIN:
        return None
    owner = toks[:-1]
    if len(owner) == 1 and owner[0].low in _PRONOUN_OWNERS:
        return owner[0].low, toks[-1].low
    if 2 <= len(owner) <= 4 and owner[-1].text in _APOSTROPHE_S and all(
        t.text.isalpha() or "-" in t.text for t in owner[:-1]
    ):
        return " ".join(t.low for t in owner[:-1]), toks[-1].low
    return None


def _introductions(text: str, end: int, kin: str) -> list[tuple[int, str, str]]:
    """Where the text before ``end`` introduces someone as someone's ``kin``: (position,
    possessor as written, name), in text order. "His mother, Claire Ode," / "Ode's wife Ann" /
    "Ann Ode, 41, his wife," all introduce a person in that relation."""
    head = text[:end]
    found = []
    before = re.compile(rf"(?<![\w'’])({_OWNER})[ \u00a0]+{kin}(?:,[ \u00a0]*|[ \u00a0]+)({_NAME})")
    after = re.compile(rf"({_NAME}),(?:[ \u00a0]+\d+,)?[ \u00a0]+({_OWNER})[ \u00a0]+{kin}\b")
    for m in before.finditer(head):
        found.append((m.start(), m.group(1), m.group(2)))
    for m in after.finditer(head):
        found.append((m.start(), m.group(2), m.group(1)))
    return sorted(found)


def _same_possessor(ctx: ArticleContext, owner: str, src_pos: int, written: str,
                    pos: int, pi: int) -> bool:
    """Is the introduction's possessor (``written`` at ``pos``) the source's (``owner``)? The
    same words, or the same pronoun meaning the same person at both places; a name against a
    pronoun when the pronoun means that name."""
    idx = ctx.index
    written_low = written.lower().removesuffix("'s").removesuffix("’s")
    if owner in _PRONOUN_OWNERS:
        here = idx.fullest(idx.resolve_pronoun(_SUBJECT_FORM[owner], src_pos, pi, ctx.common_word),
                           _PRONOUN_OWNERS[owner])
        if written_low == owner:
            para = bisect_right([start for start, _end in ctx.paras], pos) - 1
            there = idx.fullest(idx.resolve_pronoun(_SUBJECT_FORM[owner], pos, para,
                                                    ctx.common_word),
                                _PRONOUN_OWNERS[owner])
            return here is not None and here == there
        name = written.removesuffix("'s").removesuffix("’s")
        return here is not None and idx.fullest(name) == here
    return written_low.removeprefix("the ").removeprefix("a ") == owner.removeprefix(
        "the ").removeprefix("a ")


def kin_introduced_in_relation(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """A possessor and a kin noun name the person the article introduced in that relation to
    that possessor, of the kin noun's gender ("Tom Ode was hurt. His mother, Claire Ode, was at
    work. 'He is brave,' his mother said.": Claire Ode); never the possessor ("his wife" is
    not him), so no one when no one was introduced so."""
    phrase = kin_phrase(src)
    if phrase is None:
        return None
    owner, kin = phrase
    idx = ctx.index
    for pos, written, name in reversed(_introductions(ctx.text, src.start, kin)):
        person = idx.fullest(name) if name in idx.entities else None
        ent = idx.entity(person)
        if ent is None or ent.kind == "org" or KIN[kin] and ent.gender not in {None, KIN[kin]}:
            continue
        if _same_possessor(ctx, owner, src.start, written, pos, pi):
            return person
    return None
