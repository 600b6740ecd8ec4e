"""Coordinated subjects: people joined by "and" before one cue speak together."""

from __future__ import annotations

import re

from newscli.quotes.context import ArticleContext
from newscli.quotes.model import Source
from newscli.quotes.names import FUNCTION_WORDS, TIME_WORDS, split_title
from newscli.quotes.phrases import before_paren, name_run_left, person_run
from newscli.quotes.text import Token, tokens

_MAX_PEOPLE = 4
# a capitalised word or a parenthesis, "and", then up to three lower-case modifiers, right
# before the name ("Ann Lee (D-Ore.) and former governor")
_AND_BEFORE = re.compile(
    r"([A-Z][\w.'’-]*|\))[ \u00a0]+and(?:[ \u00a0]+[a-z][\w.-]*){0,3}[ \u00a0]+$")


def _person(ctx: ArticleContext, run: list[Token]) -> str | None:
    """The article's full name for a capitalised run that names a person, else None."""
    if not run or run[0].low in FUNCTION_WORDS:
        return None
    title, words = split_title(run)
    name = ctx.index.canonical(words, title) if words else None
    ent = ctx.index.entity(name)
    if name is None or not (person_run(run) or ent is not None and ent.kind == "person"):
        return None
    return name


def people_joined_by_and(ctx: ArticleContext, src: Source, speaker: str, pi: int) -> str | None:
    """People joined by "and" as the subject of one cue speak together: the speaker is all of
    them ("Ann Lee and former mayor Tom Ode said": "Ann Lee and Tom Ode"; "Ann Lee, Tom Ode
    and Kim Wu say": all three), when the first opens the clause."""
    m = _AND_BEFORE.search(ctx.text, max(0, src.start - 80), src.start) if (
        src.kind == "name" and len(src.toks) >= 2) else None
    if m is None or m.group(1).lower() in TIME_WORDS or m.group(1).lower() in FUNCTION_WORDS or (
        _person(ctx, src.toks) != speaker
    ):
        return None  # (the cheap tests first: a name, "and" right before it)
    sent = next((s for s in ctx.sentence_spans[pi] if s[0] <= src.start < s[1]), None)
    if sent is None:
        return None
    toks = tokens(ctx.text, max(sent[0], src.start - 400), src.start, ctx.inside_marks)
    k = len(toks) - 1
    while k >= 0 and len(toks) - k <= 3 and toks[k].text.isalpha() and not toks[k].cap and (
        toks[k].low not in FUNCTION_WORDS
    ):
        k -= 1  # the second one's modifiers: "... and former governor Tom Ode"
    if k < 2 or toks[k].low != "and" or toks[k].quoted:
        return None
    people = [speaker]
    while k >= 1 and len(people) < _MAX_PEOPLE:
        p = before_paren(toks, k - 1)  # ("Ann Lee (D-Ore.) and ...")
        nk = name_run_left(toks, p, 0)
        while nk < p and not toks[nk].cap:
            nk += 1
        name = _person(ctx, toks[nk : p + 1]) if p >= 0 and toks[p].cap else None
        if name is None or name in people:
            return None
        people.insert(0, name)
        if nk >= 2 and toks[nk - 1].text == "," and len(people) < _MAX_PEOPLE and (
            toks[nk - 2].cap or toks[nk - 2].text == ")"
        ) and (q := before_paren(toks, nk - 2)) >= 0 and _person(
            ctx, toks[name_run_left(toks, q, 0) : q + 1]
        ) is not None:
            k = nk - 1  # "Ann Lee, Tom Ode and ...": one more before the comma
            continue
        if nk == 0 or toks[nk - 1].text in {",", ";", ":"} or toks[nk - 1].quoted:
            break  # the first person opens the clause
        return None  # ("after meeting Ann Lee and Tom Ode said": an object)
    if len(people) < 2:
        return None
    return f"{', '.join(people[:-1])} and {people[-1]}"
