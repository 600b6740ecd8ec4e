"""find_quotes: the stages of the quote finder in order, over one article."""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from newscli.article import Article
from newscli.quotes import attach, candidates, filters
from newscli.quotes import attributions as at
from newscli.quotes.attach import headline_person
from newscli.quotes.attributions import find_attrs
from newscli.quotes.candidates import build_quote
from newscli.quotes.content import indirect_ok, with_complementizer
from newscli.quotes.context import ArticleContext
from newscli.quotes.filters import tells_story
from newscli.quotes.floating import opens_sentence, outside_quotes, told_before
from newscli.quotes.lexicon import lexicon
from newscli.quotes.marks import Marked, find_marked
from newscli.quotes.mentions import build_index
from newscli.quotes.model import Attr, Quote
from newscli.quotes.resolve import resolve, subject_speaker
from newscli.quotes.sieve import Active, Sieve
from newscli.quotes.text import Inside, Token, sentences, tokens
from newscli.quotes.words import BELIEFS

# The rules of the finder, in the order the stages apply them. A "source" sieve answers with a
# source phrase for a cue (the first that answers decides); the other stages ask whether a rule
# is on before applying it. Each can be switched off by name: find_quotes(a, disabled={...}).
SIEVES: tuple[Sieve, ...] = (
    # cue -> source phrase (attributions.py)
    Sieve("attribution", at.modal_inside_report),
    Sieve("source", at.inverted_name_over_left_role),
    Sieve("source", at.opening_participle_clause),
    Sieve("source", at.participle_inherits_source),
    Sieve("source", at.participle_takes_subject),
    Sieve("source", at.subject_before_object_participle),
    Sieve("source", at.name_verb_object_participle),
    Sieve("source", at.left_phrase),
    Sieve("source", at.coordinated_subject),
    Sieve("source", at.participle_after_object),
    Sieve("source", at.inverted_source),
    Sieve("source_fallback", at.other_subject_phrase),
    Sieve("attribution", at.according_unnamed),
    # cue -> reported clause (attributions.py)
    Sieve("attribution", at.short_clause_is_setting),
    Sieve("attribution", at.quote_before_cue_is_content),
    Sieve("attribution", at.parenthetical_cue),
    Sieve("attribution", at.colon_introduces_next),
    Sieve("attribution", at.split_at_next_cue),
    # quote -> its cue (candidates.py; attach.py when no cue holds it)
    Sieve("quote", candidates.nearest_cue),
    Sieve("quote", candidates.following_participle),
    Sieve("quote", candidates.own_report_after_quote),
    Sieve("quote", candidates.cue_introduces_next_quote),
    Sieve("label", attach.dash_label),
    Sieve("label", attach.colon_label),
    Sieve("label", attach.comma_label),
    Sieve("signature", attach.dash_signature),
    Sieve("signature", attach.name_verbed_signature),
    # direct or partial (candidates.py)
    Sieve("direct", candidates.direct_after_cue),
    Sieve("direct", candidates.split_quote_second_part),
    Sieve("direct", candidates.direct_after_aside),
    Sieve("quote", candidates.clause_goes_on_lowercase),
    # marks that hold no quote (filters.py)
    Sieve("mark_filter", filters.scare_quotes),
    Sieve("mark_filter", filters.title_in_marks),
    Sieve("mark_filter", filters.show_name_after_preposition),
    Sieve("mark_filter", filters.work_title),
    # the reported content of a quote (candidates.py)
    Sieve("quote", candidates.complementizer_before_colon),
    Sieve("quote", candidates.second_act_clause),
    Sieve("quote", candidates.but_contrast),
    # the quote's speaker (candidates.py)
    Sieve("quote", candidates.owned_words),
    Sieve("quote", candidates.outer_reporter),
    Sieve("quote", candidates.cueless_fragment_subject),
)
SIEVE_NAMES = tuple(s.name for s in SIEVES)


@lru_cache(maxsize=64)
def _active(disabled: frozenset[str]) -> Active:
    return Active(SIEVES, disabled)



_WORDS = re.compile(r"[a-z]+")


_INTRODUCES_QUOTE = re.compile(r"[ \u00a0]?[:,]?[ \u00a0]?[\"“]")


_SENTENCE_END = re.compile(r"\w{4,}[.!?](?:\s|$)")


def run(ctx: ArticleContext) -> list[Quote]:
    text = ctx.text
    marked = find_marked(text, ctx.paras)
    inside_marks = Inside([(q.open_mark, q.close_end) for q in marked])
    ctx.inside_marks = inside_marks
    inside_content = Inside([(q.start, q.end) for q in marked])
    # sentences and tokens of every paragraph
    # only sentences with a quote or a possible cue are tokenised in full
    single = ctx.lex.single_cue_words
    heads = ctx.lex.phrasal_heads
    phrasal_re = ctx.lex.phrasal_re
    q_starts = sorted(q.open_mark for q in marked)
    sents: list[list[tuple[tuple[int, int], list[Token]]]] = []
    for p_start, p_end in ctx.paras:
        row = []
        for s, e in sentences(text, p_start, p_end, inside_content):
            k = bisect_left(q_starts, s)
            if k < len(q_starts) and q_starts[k] < e:
                cue = True  # a quote in the sentence
            else:
                low = text[s:e].lower()
                words = _WORDS.findall(low)
                cue = not single.isdisjoint(words) or (
                    not heads.isdisjoint(words) and phrasal_re.search(low) is not None
                )
            if cue:
                row.append(((s, e), tokens(text, s, e, inside_marks)))
            else:
                row.append(((s, e), []))
        sents.append(row)
    build_index(ctx, sents, inside_marks)
    by_para: dict[int, list[Marked]] = {}
    any_double = any(q.double for q in marked)
    for q in marked:
        if any_double and not q.double and q.paragraph == q.last_paragraph:
            p_start, p_end = ctx.paras[q.paragraph]
            if not text[p_start : q.open_mark].strip() and not text[
                q.close_end : p_end
            ].strip(" .\t"):
                continue  # a paragraph that is a single-quoted line: a subheading
        by_para.setdefault(q.paragraph, []).append(q)
    out: list[Quote] = []
    last_speaker: tuple[str | None, int, str | None, str | None] | None = None
    intro_speaker: tuple[str | None, str | None, str | None, str | None] | None = None
    all_attrs: list[list[list[Attr]]] = []
    for pi, row in enumerate(sents):
        all_attrs.append([])
        for (s, e), toks in row:
            attrs = find_attrs(ctx, toks, (s, e))
            for x, a in enumerate(attrs):
                # a speaker inside another attribution's reported clause ("X said the
                # paper's Y had reported ...") is no antecedent for a later "he"; only
                # nearby cues are looked at, so a run-on sentence stays linear
                nested = any(b is not a and b.content is not None
                             and b.content[0] <= a.cue_start < b.content[1]
                             for b in attrs[max(0, x - 8) : x + 8]) and not (
                    _INTRODUCES_QUOTE.match(text, a.cue_end)
                )  # ("..., to which O'Malley interjected: “...”" speaks, nested or not)
                resolve(ctx, a, pi, salient=not nested)
            all_attrs[pi].append(attrs)
    for pi, row in enumerate(sents):
        para_quotes = by_para.get(pi, [])
        para_out: list[tuple[Quote, bool]] = []  # (quote, floating)
        pending_intro = intro_speaker
        intro_speaker = None
        opens = [q.open_mark for q in para_quotes]
        closes = [q.close_mark for q in para_quotes]
        spoken: list[tuple[int, int, Attr]] = []  # (sentence end, start, attribution)
        dropped: set[int] = set()  # quotation marks that hold no quote (titles)
        for si, ((s, e), toks) in enumerate(row):
            attrs = all_attrs[pi][si]
            spoken.extend((e, s, a) for a in attrs)
            sq = para_quotes[bisect_left(opens, s) : bisect_left(opens, e)]
            starts = [t.start for t in toks] if attrs else []
            for q in sq:
                q_attrs = attrs
                if q.last_paragraph > pi:  # multi-paragraph: the cue may follow the close
                    for (cs_, ce_), c_attrs in zip(
                        (span for span, _t in sents[q.last_paragraph]),
                        all_attrs[q.last_paragraph], strict=True
                    ):
                        if cs_ <= q.close_mark < ce_:
                            q_attrs = attrs + [a for a in c_attrs if a.cue_start > q.close_mark]
                made = build_quote(ctx, q, (s, e), q_attrs, pi)
                if made is not None:
                    para_out.append(made)
                else:
                    dropped.add(q.open_mark)
            last_sentence = si == len(row) - 1
            if last_sentence and not sq and text[e - 1 : e] == ":" and not any(
                a.intro for a in attrs
            ):
                # "President Clinton released the following statement:" then the quote
                subj = subject_speaker(ctx, (s, e), e, pi)
                if subj is not None and subj.source is not None and (
                    subj.source.kind == "name"
                ):
                    intro_speaker = (subj.speaker, ":", subj.mention, subj.role)
            for a in attrs:
                reported = indirect_ok(a, text, toks, starts)
                if a.intro or (last_sentence and a.speaker and not reported and not sq
                               and a.lemma not in BELIEFS):
                    # "X said:", "Howard continued his remarks." or "Schoen elaborated in
                    # an op-ed that ..." (no indirect quote of ours) before a quote paragraph
                    intro_speaker = (a.speaker, a.cue, a.mention, a.role)
                if not reported or tells_story(ctx, a):
                    continue
                assert a.content is not None
                cs, ce = a.content
                k = bisect_left(closes, cs)  # the first quote closing at or after cs
                while k < len(para_quotes) and para_quotes[k].open_mark in dropped and (
                    with_complementizer(text, cs) < cs
                ):
                    k += 1  # "claimed that the “Smithsonian Museum” had ...": a title
                if k < len(para_quotes) and para_quotes[k].open_mark < ce:
                    continue
                para_out.append((Quote(a.speaker, "indirect", text[cs:ce], a.cue, cs, ce, pi,
                                       a.mention, a.role, with_complementizer(text, cs),
                                       ce), False))
        # floating quotes: the speaker of the adjacent quote
        para_out.sort(key=lambda x: x[0].start)
        marked_q = [(qt, fl) for qt, fl in para_out if qt.kind != "indirect"]
        next_cued: list[Quote | None] = [None] * len(marked_q)
        upcoming: Quote | None = None
        for idx in range(len(marked_q) - 1, -1, -1):
            next_cued[idx] = upcoming
            if not marked_q[idx][1]:
                upcoming = marked_q[idx][0]
        # a multi-paragraph quote of an earlier paragraph that ends in this one is the
        # quote a floating one after it follows ("¶“... game.¶“I have said ... us. “I felt")
        previous: Quote | None = next((
            c for c in reversed(out) if c.kind != "indirect"
        ), None) if out and out[-1].end > ctx.paras[pi][0] else None
        for idx, (qt, floating) in enumerate(marked_q):
            if not floating:
                previous = qt
                continue
            told = told_before(spoken, qt, previous) if (
                qt.kind == "direct" or opens_sentence(ctx, qt.start)
            ) else None
            donor = previous if previous is not None else next_cued[idx]
            if donor is not None and donor is not previous and qt.kind == "direct" and (
                last_speaker is not None and last_speaker[1] == pi - 1
                and not text[ctx.paras[pi][0] : qt.start].strip(" \u00a0\"'“‘")
            ) and _SENTENCE_END.search(
                outside_quotes(ctx, qt.end, donor.start, para_quotes)
            ):
                # '¶“A.” Hewitt played down his defeat ... “B,” said Hewitt': a sentence of
                # narrative between them; A continues the last paragraph's speaker
                donor = None
            if told is not None:
                qt.speaker, qt.role, qt.speaker_mention = told.speaker, told.role, told.mention
            elif donor is not None:
                qt.speaker, qt.role = donor.speaker, donor.role
                qt.speaker_mention = donor.speaker_mention
            elif pending_intro is not None and idx == 0:
                qt.speaker, qt.cue, qt.speaker_mention, qt.role = pending_intro
            elif last_speaker is not None and last_speaker[1] >= pi - 1:
                qt.speaker, qt.role = last_speaker[0], last_speaker[2]
                qt.speaker_mention = last_speaker[3]
            elif pi == 0 and qt.kind == "direct" and (lead := headline_person(ctx)):
                # "Cecile Richards: 'I'm sick of ...'" then the quote, before anyone speaks
                qt.speaker = lead
            if qt.speaker:
                previous = qt
        kept: list[Quote] = []
        for fq, floating in para_out:
            if floating and fq.kind == "partial" and (
                len(fq.text.split()) < (3 if fq.speaker else 6)
            ):
                continue
            kept.append(fq)
        for kq in kept:
            # the latest speaker, reported or quoted: a quote that floats in the next
            # paragraph most often continues them
            if kq.speaker:
                last_speaker = (kq.speaker, pi, kq.role, kq.speaker_mention)
            elif kq.kind != "indirect":
                last_speaker = None
        if not para_quotes and not kept:
            last_speaker = None
        out.extend(kept)
    out.sort(key=lambda q: (q.start, q.end))
    return out


def find_quotes(article: Article, disabled: Iterable[str] = frozenset()) -> list[Quote]:
    """Every quotation in the article body, in article order. ``disabled``: names of sieves
    (``SIEVE_NAMES``) to switch off; an unknown name is a ValueError."""
    sieves = _active(frozenset(disabled))
    if not article.paragraphs:
        return []
    # Many small acyclic objects (tokens): pausing the cyclic collector roughly halves the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        found = run(ArticleContext(article, sieves=sieves))
    finally:
        if collecting:
            gc.enable()
    pronouns = lexicon().pronoun_gender
    for q in found:
        if q.speaker is not None and (q.speaker.lower() in pronouns or not q.speaker.strip()):
            q.speaker = None  # a pronoun is never an answer
    return found
