"""Capitalised words that describe rather than name: a title with no holder, a member's
title, a party noun, a nationality, a word the article also writes in lower case. Rules of
stage "resolve", consulted when a source phrase is a name."""

from __future__ import annotations

from newscli.quotes.context import ArticleContext
from newscli.quotes.lexicon import lexicon, word_set
from newscli.quotes.model import Source
from newscli.quotes.names import NUMERALS
from newscli.quotes.phrases import title_only_words
from newscli.quotes.text import Token
from newscli.quotes.words import GROUP_PRONOUNS

_PARTY_NOUNS = frozenset("republican democrat independent libertarian".split())  # one member


def title_holder(ctx: ArticleContext, src: Source) -> list[str] | None:
    """"The" and a title with no name mean whoever holds the title ("the Bishop said" after
    "Bishop Ann Lee"); the title's words, else None."""
    the = src.text[:4].lower() == "the " or (
        ctx.text[max(0, src.start - 4) : src.start].lower() == "the ")
    return title_only_words(src.toks) if the else None


def title_names_no_one(name: list[Token], words: list[str]) -> bool:
    """"The" and a title whose holder is nowhere in view names no one: the title's own words
    are no speaker ("the Trade Secretary said" with no secretary named: empty, not
    "Secretary"); a body named by a role noun, an organisation word or an acronym ("the
    Observer", "the Union Leader", "the CPL") still speaks."""
    lex = lexicon()
    return bool(name) and name[-1].low in lex.titles and all(
        t.low in words and not t.text.isupper() and t.low not in lex.org_words for t in name)


_MEMBER_TITLES = word_set("name_words.txt", "member_titles")


def member_title_holder(ctx: ArticleContext, name: list[Token]) -> bool:
    """A member's title closing a name with no first name names no one alone ("the Salford MP
    said", "Tory MP said"): the speaker is the member the article named last ("Labour MP Ann
    Lee"), else empty."""
    return bool(name) and name[-1].text.isupper() and name[-1].low in _MEMBER_TITLES and not (
        any(t.low in ctx.lex.first_name_gender for t in name))


def party_member(ctx: ArticleContext, name: list[Token]) -> bool:
    """A party noun with no first name describes someone, it names no one ("a Leeds
    Republican said"); "the Republican" is the person the article reports."""
    return bool(name) and name[-1].low in _PARTY_NOUNS and not any(
        t.low in ctx.lex.first_name_gender for t in name
    )


def demonym_holder(ctx: ArticleContext, name: list[Token], title: list[Token],
                   speaker: str | None) -> bool:
    """A nationality word is no name: "the Argentine said" is the person the article calls
    Argentine ("Argentine Ann Lee"), "Britons said" no one."""
    return len(name) == 1 and not title and speaker == name[0].text and (
        name[0].low in ctx.lex.demonyms
    )


def common_word_no_name(ctx: ArticleContext, name: list[Token], title: list[Token],
                        speaker: str | None) -> bool:
    """A lone capitalised word the article also writes in lower case, a group word or a
    number names no one ("Several said", "Hastily, ...", "Three-quarters said")."""
    return len(name) == 1 and not title and speaker == name[0].text and (
        ctx.common_word(speaker) or name[0].low in GROUP_PRONOUNS
        or name[0].low.split("-")[0] in NUMERALS
    )
