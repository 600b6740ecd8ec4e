"""Descriptions of bodies and pairs the article named otherwise: "police say" and "Acme County
police" (the force named in full), "the hospital" (the one body whose name ends in that
noun), "the couple" (the two people joined with "and"). Rules of the resolution stage,
registered in pipeline.SIEVES and applied by resolve.py."""

from __future__ import annotations

import re

from newscli.quotes.context import ArticleContext
from newscli.quotes.model import Source
from newscli.quotes.names import DOCUMENTS, FUNCTION_WORDS, STATE
from newscli.quotes.words import DOCUMENT_NOUNS, PREPS

# "Ann Ode and ", "Ann Ode and her husband, ": what joins the two people of a couple
_COUPLE_JOIN = re.compile(
    r"[^.;:!?\n\"“”]{0,40}?[ \u00a0]and[ \u00a0]+(?:and[ \u00a0]+)?(?:(?:his|her)[ \u00a0]+"
    r"(?:wife|husband|partner|fianc[ée]e?|girlfriend|boyfriend),?[ \u00a0]+)?\Z"
)


def couple_is_the_pair(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """"The couple" are the two people an earlier sentence joined with "and" ("Ann Ode and
    her husband, Bo Ode, deny it. The couple said ...": Ann Ode and Bo Ode)."""
    words = [t.low for t in src.toks]
    if words != ["the", "couple"]:
        return None
    idx, later = ctx.index, None
    for steps, m in enumerate(idx._backwards(src.start)):
        if m.paragraph < pi - 3 or steps > 40:
            return None
        if m.speaker or m.quoted or (ent := idx.entity(m.name)) is None or ent.kind != "person":
            continue
        if later is not None and later.pos > m.pos and later.name != m.name and (
            _COUPLE_JOIN.match(ctx.text, m.pos + len(m.name), later.pos)
        ):
            return f"{idx.fullest(m.name)} and {idx.fullest(later.name)}"
        later = m
    return None


def body_named_in_full(ctx: ArticleContext, named: str, head: str) -> str | None:
    """A name and a lower-case body noun is the one body the article names with both, the
    name first ("Acme County police" after "the Acme County Police Department": the
    department, not the county)."""
    words = named.lower().split()
    n = len(words)
    found = {
        name for name, ent in ctx.index.entities.items()
        if ent.kind != "person" and (low := name.lower().split())[:n] == words
        and head in low[n:]
    }
    return found.pop() if len(found) == 1 else None


def bare_body_noun(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """A lower-case body noun with no determiner is the body the article named before with
    that noun in its name ("The Leeds Police Department said ... police say he fled": Leeds
    Police Department); else, or when a quoted word cut the phrase ("the 'failing' agency
    noted"), no one."""
    head = src.toks[0].low
    if head in DOCUMENTS or ctx.text[max(0, src.start - 4) : src.start].rstrip()[-1:] in (
        _QUOTE_MARKS
    ):  # (a document is no body: "report said" is the report's issuer's to find)
        return None
    idx = ctx.index
    for m in idx._backwards(src.start):
        ent = idx.entities.get(m.name)
        if ent is not None and ent.kind == "org" and not m.quoted and (
            head in m.name.lower().split()[1:]
        ):
            return m.name
    return None


_QUOTE_MARKS = frozenset("'\"‘’“”")


def body_named_with_head(ctx: ArticleContext, src: Source) -> str | None:
    """"The hospital said" is the one body whose name the article ends with that noun ("Leeds
    General Hospital ... the hospital said": Leeds General Hospital)."""
    toks = src.toks
    if len(toks) != 2 or toks[0].low != "the" or toks[1].cap or not toks[1].text.isalpha() or (
        src.of_toks
    ):
        return None
    head = toks[1].low
    if head in DOCUMENT_NOUNS or head in STATE or not _opens_clause(ctx, src):
        return None  # (a document speaks for its issuer; "the state" is a country's)
    found = {
        name for name, ent in ctx.index.entities.items()
        if ent.kind != "person" and ent.kind != "nobody" and " " in name
        and name.rsplit(" ", 1)[1].lower() == head and name.rsplit(" ", 1)[1][:1].isupper()
    }
    return found.pop() if len(found) == 1 else None


def _opens_clause(ctx: ArticleContext, src: Source) -> bool:
    """Is the phrase no object: not after a preposition or a verb ("delegates at the
    convention said", "sued the state alleging"), unless that verb is its cue ("said the
    hospital")?"""
    before = ctx.text[max(0, src.start - 30) : src.start].rstrip()
    if not before or not before[-1].isalpha():
        return True
    word = before.rsplit(None, 1)[-1].lower()
    return word in ctx.lex.speech_forms or not (
        word in PREPS or word.endswith(("ed", "s")) and word not in FUNCTION_WORDS
    )


