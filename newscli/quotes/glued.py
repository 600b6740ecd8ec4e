"""Captions the dataset glued to a sentence: "... the match against Leeds Ode said:" is a
caption ending in "Leeds" glued to "Ode said". Rules of the source stage, registered in
pipeline.SIEVES and applied by source_left.py."""

from __future__ import annotations

from newscli.quotes.context import ArticleContext
from newscli.quotes.model import Source
from newscli.quotes.names import split_title
from newscli.quotes.phrases import role_head
from newscli.quotes.text import Token
from newscli.quotes.words import DOCUMENT_NOUNS


def _glued_to_surname(ctx: ArticleContext, name: list[Token]) -> str | None:
    """A name written once whose last word is the surname of the one person the article names
    in full, and whose words before are a place or another name the article uses, is a
    caption glued to that surname ("Ann Ode won ... ¶Lee lost to Leeds Ode said:": Ann Ode)."""
    if len(name) < 2 or name[-2].low in ctx.lex.first_name_gender or not name[-1].cap:
        return None
    idx = ctx.index
    before = " ".join(t.text for t in name[:-1])
    if not (before.lower() in ctx.lex.places or (
        (other := idx.entity(before)) is not None and other.count >= 1
    )):
        return None
    run = " ".join(t.text for t in name)
    ent = idx.entity(run)
    if ent is None or ent.count > 1:
        return None
    people = [c for c in idx.by_last.get(name[-1].low, []) if c != run and " " in c and (
        (e := idx.entity(c)) is not None and e.kind == "person" and not run.endswith(c)
    )]
    return people[0] if len(people) == 1 else None


def glued_object_speaks(ctx: ArticleContext, before: Source, name: list[Token]) -> bool:
    """After a phrase that names no role, body or document (a match, a trip) and "to" or
    "against", a name glued to a known person's surname before the cue is that person, who
    speaks ("Lee is out of the match against Leeds Ode said:": a caption glued to "Ode
    said")."""
    head = before.toks[-1].low if before.toks else ""
    return head.isalpha() and not role_head(head) and head not in DOCUMENT_NOUNS and not (
        head.endswith("s") and head[:-1] in DOCUMENT_NOUNS
    ) and _glued_to_surname(ctx, split_title(name)[1]) is not None
