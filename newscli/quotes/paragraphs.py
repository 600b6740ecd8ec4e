"""Per paragraph: sentences tokenised, cues attributed, then each sentence's quotes and
indirect speech (the stages between the marks and the floating quotes)."""

from __future__ import annotations

import re
from bisect import bisect_left

from newscli.quotes.attributions import find_attrs
from newscli.quotes.candidates import build_quote
from newscli.quotes.content import indirect_ok, with_complementizer
from newscli.quotes.context import ArticleContext
from newscli.quotes.cues import CASE_MADE, case_made_that
from newscli.quotes.filters import indirect_holding_quote, tells_story
from newscli.quotes.floating import Intro
from newscli.quotes.marks import Marked
from newscli.quotes.model import Attr, Quote
from newscli.quotes.resolve import resolve, subject_speaker
from newscli.quotes.text import Inside, Token, sentences, tokens
from newscli.quotes.words import BELIEFS

_WORDS = re.compile(r"[a-z]+")


_INTRODUCES_QUOTE = re.compile(r"[ \u00a0]?[:,]?[ \u00a0]?[\"“]")


Sentence = tuple[tuple[int, int], list[Token]]  # (span, tokens; none when it holds no cue)


def tokenise(ctx: ArticleContext, marked: list[Marked]) -> list[list[Sentence]]:
    """Sentences per paragraph; only those with a quote or a possible cue are tokenised."""
    text, lex = ctx.text, ctx.lex
    single, heads, phrasal_re = lex.single_cue_words, lex.phrasal_heads, lex.phrasal_re
    case_on = ctx.sieves.on(case_made_that)
    inside_content = Inside([(q.start, q.end) for q in marked])
    q_starts = sorted(q.open_mark for q in marked)
    sents: list[list[Sentence]] = []
    for p_start, p_end in ctx.paras:
        row: list[Sentence] = []
        for s, e in sentences(text, p_start, p_end, inside_content):
            k = bisect_left(q_starts, s)
            if k < len(q_starts) and q_starts[k] < e:
                cue = True  # a quote in the sentence
            else:
                low = text[s:e].lower()
                words = _WORDS.findall(low)
                cue = not single.isdisjoint(words) or (
                    not heads.isdisjoint(words) and phrasal_re.search(low) is not None
                ) or case_on and CASE_MADE.search(low) is not None
            row.append(((s, e), tokens(text, s, e, ctx.inside_marks) if cue else []))
        sents.append(row)
    return sents


def single_quoted_subheading(ctx: ArticleContext, q: Marked, any_double: bool) -> bool:
    """In an article that quotes with double marks, a paragraph that is one single-quoted
    line is a subheading ('Time to go')."""
    if not any_double or q.double or q.paragraph != q.last_paragraph:
        return False
    p_start, p_end = ctx.paras[q.paragraph]
    return not ctx.text[p_start : q.open_mark].strip() and not ctx.text[
        q.close_end : p_end
    ].strip(" .\t")


def by_paragraph(ctx: ArticleContext, marked: list[Marked]) -> dict[int, list[Marked]]:
    by_para: dict[int, list[Marked]] = {}
    any_double = any(q.double for q in marked)
    on = ctx.sieves.on(single_quoted_subheading)
    for q in marked:
        if on and single_quoted_subheading(ctx, q, any_double):
            continue
        by_para.setdefault(q.paragraph, []).append(q)
    return by_para


def nested_report_not_antecedent(ctx: ArticleContext, attrs: list[Attr], x: int) -> bool:
    """A speaker inside another cue's reported clause is no antecedent for a later "he"
    ("Lee said the paper's Ray had reported it. He ..." is Lee)."""
    a = attrs[x]
    # only nearby cues are looked at, so a run-on sentence stays linear
    return any(b is not a and b.content is not None
               and b.content[0] <= a.cue_start < b.content[1]
               for b in attrs[max(0, x - 8) : x + 8]) and not (
        _INTRODUCES_QUOTE.match(ctx.text, a.cue_end)
    )  # ("..., to which O'Malley interjected: “...”" speaks, nested or not)


def attribute(ctx: ArticleContext, sents: list[list[Sentence]]) -> list[list[list[Attr]]]:
    """The attributions of every sentence, their sources resolved to speakers in order."""
    nested_on = ctx.sieves.on(nested_report_not_antecedent)
    all_attrs: list[list[list[Attr]]] = []
    for pi, row in enumerate(sents):
        all_attrs.append([])
        for (s, e), toks in row:
            attrs = find_attrs(ctx, toks, (s, e))
            for x, a in enumerate(attrs):
                nested = nested_on and nested_report_not_antecedent(ctx, attrs, x)
                resolve(ctx, a, pi, salient=not nested)
            all_attrs[pi].append(attrs)
    return all_attrs


def _cues_for(q: Marked, pi: int, attrs: list[Attr], sents: list[list[Sentence]],
              all_attrs: list[list[list[Attr]]]) -> list[Attr]:
    """The cues a quote may take: its sentence's, and for a multi-paragraph quote those after
    its close."""
    if q.last_paragraph <= pi:
        return attrs
    q_attrs = attrs
    for (cs_, ce_), c_attrs in zip((span for span, _t in sents[q.last_paragraph]),
                                   all_attrs[q.last_paragraph], strict=True):
        if cs_ <= q.close_mark < ce_:
            q_attrs = attrs + [a for a in c_attrs if a.cue_start > q.close_mark]
    return q_attrs


def cue_on_next_line(ctx: ArticleContext, q: Marked, pi: int, sents: list[list[Sentence]],
                     all_attrs: list[list[list[Attr]]]) -> list[Attr]:
    """A quote that ends its paragraph mid-sentence ("...,'" or "...?'") takes the cues of
    the next line when that line opens in lower case, or is only a speaker and a cue: one
    sentence broken by a stray line break ("'We are ready,'¶said the coach.", "¶Lee said.")."""
    text = ctx.text
    if q.last_paragraph != pi or pi + 1 >= len(sents) or not sents[pi + 1]:
        return []
    p_end = ctx.paras[pi][1]
    if p_end - q.close_end > 8 or text[q.close_end : p_end].strip() or (
        text[q.end - 1 : q.end] not in {",", "?", "!", "-", "—", "–"}
    ):
        return []  # (the quote must end the paragraph: a short look, linear in the text)
    nxt, nxt_end = ctx.paras[pi + 1]
    attrs = all_attrs[pi + 1][0]
    if text[nxt : nxt + 1].islower():
        return list(attrs)
    if text[q.end - 1 : q.end] == "," and nxt_end - nxt <= _SIGNATURE_CHARS and (
        len(attrs) == 1 and attrs[0].content is None
    ):
        return list(attrs)  # ("...,'¶Lee said.": a line that is only a speaker and a cue)
    if ctx.sieves.on(asked_on_next_line) and asked_on_next_line(ctx, q, nxt, nxt_end, attrs):
        return list(attrs)
    return []


def asked_on_next_line(ctx: ArticleContext, q: Marked, nxt: int, nxt_end: int,
                       attrs: list[Attr]) -> bool:
    """A question or exclamation ending its paragraph belongs to the next line when that line
    is only a person's name or pronoun and a cue ("'Why me?'¶Ann Ode recalled."; not "'Why
    me?'¶The crowd applauded.": a group reacts, it does not speak)."""
    return ctx.text[q.end - 1 : q.end] in {"?", "!"} and nxt_end - nxt <= _SIGNATURE_CHARS and (
        len(attrs) == 1 and attrs[0].content is None and attrs[0].source is not None
        and attrs[0].source.kind in {"name", "pronoun"}
    )


_SIGNATURE_CHARS = 50  # "Lewis Hamilton told reporters." and no more


def statement_colon_intro(ctx: ArticleContext, sent: tuple[int, int], pi: int) -> Intro | None:
    """A paragraph ending "Lee released this statement:" introduces the next quote as the
    named subject's."""
    s, e = sent
    subj = subject_speaker(ctx, (s, e), e, pi)
    if subj is not None and subj.source is not None and subj.source.kind == "name":
        return (subj.speaker, ":", subj.mention, subj.role)
    return None


class Paragraph:
    """What one paragraph's sentences hand on: its quotes, cues and the intro it ends with."""

    def __init__(self) -> None:
        self.out: list[tuple[Quote, bool]] = []  # (quote, floating)
        self.spoken: list[tuple[int, int, Attr]] = []  # (sentence end, start, attribution)
        self.dropped: set[int] = set()  # quotation marks that hold no quote (titles)
        self.intro: Intro | None = None
        self.opens: list[int] = []
        self.closes: list[int] = []


def sentence_quotes(ctx: ArticleContext, pi: int, si: int, sents: list[list[Sentence]],
                     all_attrs: list[list[list[Attr]]], para_quotes: list[Marked],
                     par: Paragraph) -> None:
    """The quotes of one sentence: its marked quotes, then its indirect speech."""
    text, on = ctx.text, ctx.sieves.on
    row = sents[pi]
    (s, e), toks = row[si]
    attrs = all_attrs[pi][si]
    if attrs:  # (most sentences have no cue)
        par.spoken.extend((e, s, a) for a in attrs)
    sq = para_quotes[bisect_left(par.opens, s) : bisect_left(par.opens, e)]
    for q in sq:
        q_attrs = _cues_for(q, pi, attrs, sents, all_attrs)
        if on(cue_on_next_line) and (more := cue_on_next_line(ctx, q, pi, sents, all_attrs)):
            q_attrs = q_attrs + more  # (no copy of a long sentence's cues otherwise)
        made = build_quote(ctx, q, (s, e), q_attrs, pi)
        if made is not None:
            par.out.append(made)
        else:
            par.dropped.add(q.open_mark)
    last_sentence = si == len(row) - 1
    if last_sentence and not sq and text[e - 1 : e] == ":" and not any(
        a.intro for a in attrs
    ) and on(statement_colon_intro):
        par.intro = statement_colon_intro(ctx, (s, e), pi) or par.intro
    starts = [t.start for t in toks] if attrs else []
    for a in attrs:
        reported = on(indirect_ok) and indirect_ok(a, text, toks, starts)
        if a.intro or (last_sentence and a.speaker and not reported and not sq
                       and a.lemma not in BELIEFS):
            # "X said:", "Howard continued his remarks." or "Schoen elaborated in
            # an op-ed that ..." (no indirect quote of ours) before a quote paragraph
            par.intro = (a.speaker, a.cue, a.mention, a.role)
        if not reported or on(tells_story) and tells_story(ctx, a):
            continue
        assert a.content is not None
        cs, ce = a.content
        if on(indirect_holding_quote) and indirect_holding_quote(
            text, cs, ce, para_quotes, par.closes, par.dropped
        ):
            continue
        par.out.append((Quote(a.speaker, "indirect", text[cs:ce], a.cue, cs, ce, pi,
                              a.mention, a.role, with_complementizer(text, cs), ce), False))
