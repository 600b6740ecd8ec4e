"""find_quotes: the stages of the quote finder in order, over one article."""

from __future__ import annotations

import dataclasses
import gc
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache, partial
from operator import attrgetter
from weakref import proxy

from newscli.article import Article
from newscli.quotes import antecedents as an
from newscli.quotes import (
    attach,
    candidates,
    content,
    coordination,
    cues,
    describing,
    documents,
    filters,
    glued,
    kin,
    mentions,
    names,
    paragraphs,
    resolve,
)
from newscli.quotes import attributions as at
from newscli.quotes import descriptions as ds
from newscli.quotes import floating as fl
from newscli.quotes import source_left as sl
from newscli.quotes.context import ArticleContext, lower_words
from newscli.quotes.floating import Intro, assign_floating
from newscli.quotes.lexicon import lexicon
from newscli.quotes.marks import Marked, find_marked
from newscli.quotes.mentions import build_index
from newscli.quotes.model import Quote
from newscli.quotes.sieve import Active, Sieve
from newscli.quotes.text import Inside

# The rules of the finder, in the order the stages apply them. A "source" sieve answers with a
# source phrase for a cue (the first that answers decides); the other stages ask whether a rule
# is on before applying it. Each can be switched off by name: find_quotes(a, disabled={...}).
SIEVES: tuple[Sieve, ...] = (
    # the mention index (mentions.py)
    Sieve("mention", mentions.according_ends_name),
    # cue -> source phrase (attributions.py)
    Sieve("attribution", at.modal_inside_report),
    Sieve("attribution", cues.case_made_that),
    Sieve("attribution", cues.state_before_noun),
    Sieve("left", sl.title_comma_inside_marks),
    Sieve("left", sl.quote_before_cue),
    Sieve("left", sl.pronoun_before_cue),
    Sieve("left", sl.hyphenated_person_noun),
    Sieve("left", kin.family_of_count_before_cue),
    Sieve("left", sl.restrictive_who),
    Sieve("left", sl.determiner_noun_before_who),
    Sieve("left_rule", sl.author_of_named_words),
    Sieve("left", sl.comma_who_antecedent),
    Sieve("left", sl.month_phrase_before_cue),
    Sieve("left", sl.name_before_parenthesis),
    Sieve("left", sl.subject_before_dash_pair),
    Sieve("attribution", sl.common_noun_before_dash_pair),
    Sieve("left", sl.place_then_country),
    Sieve("left", sl.sentence_adverb_is_no_name),
    Sieve("left", sl.noun_named_in_appositive),
    Sieve("left", sl.subject_before_stray_comma),
    Sieve("left", sl.agent_in_participle_appositive),
    Sieve("left", sl.person_of_body_in_appositive),
    Sieve("left", sl.appositive_before_cue),
    Sieve("left_rule", sl.named_as_in_appositive),
    Sieve("left_found", sl.relative_clause_antecedent),
    Sieve("left_found", sl.thing_for_someone),
    Sieve("left_found", sl.name_then_adjunct),
    Sieve("left_name", sl.resident_of_place),
    Sieve("left_name", sl.open_appositive_at),
    Sieve("left_name", sl.name_modifies_noun),
    Sieve("left_name", sl.people_in_place),
    Sieve("left_name", sl.person_in_place),
    Sieve("left_name", sl.name_as_object),
    Sieve("left_rule", glued.glued_object_speaks),
    Sieve("left_name", sl.person_heads_of_chain),
    Sieve("left_name", sl.person_of_place),
    Sieve("left_name", sl.open_appositive_of),
    Sieve("left_name", sl.name_title_body_list),
    Sieve("left_name", sl.person_of_town_comma_state),
    Sieve("source", at.inverted_name_over_left_role),
    Sieve("source", at.opening_participle_clause),
    Sieve("source", at.participle_after_object_relative),
    Sieve("source", at.participle_takes_nearest_clause),
    Sieve("source", at.participle_inherits_source),
    Sieve("source", at.document_opens_participle_clause),
    Sieve("source", at.participle_takes_subject),
    Sieve("source", at.subject_before_object_participle),
    Sieve("source", at.name_verb_object_participle),
    Sieve("source", at.left_phrase),
    Sieve("source", at.coordinated_subject),
    Sieve("source", at.participle_after_object),
    Sieve("source", at.inverted_kin_source),
    Sieve("source", at.inverted_family_source),
    Sieve("source", at.inverted_source),
    Sieve("source_fallback", at.named_possessor_kin_subject),
    Sieve("source_fallback", at.other_subject_phrase),
    Sieve("attribution", at.according_unnamed),
    # cue -> reported clause (attributions.py)
    Sieve("attribution", at.short_clause_is_setting),
    Sieve("attribution", at.quote_before_cue_is_content),
    Sieve("attribution", at.parenthetical_cue),
    Sieve("attribution", at.colon_introduces_next),
    Sieve("attribution", at.split_at_next_cue),
    # the mention index (mentions.py)
    Sieve("mention", mentions.place_owns_person),
    Sieve("mention", mentions.window_reads_past_possessive),
    Sieve("mention", mentions.plural_verb_names_body),
    Sieve("mention", mentions.accented_first_name),
    Sieve("mention", mentions.person_role_names_person),
    Sieve("mention", mentions.short_opener_subject),
    Sieve("mention", mentions.opening_phrase_then_auxiliary),
    Sieve("mention", names.hyphenated_description),
    Sieve("mention", names.title_word_opens_title),
    Sieve("mention", mentions.demonym_before_full_name),
    Sieve("mention", names.acronym_then_word_is_body),
    Sieve("mention", mentions.role_modifiers_from_boundary),
    Sieve("mention", mentions.opening_cue_is_no_role),
    Sieve("mention", mentions.ampersand_joins_body),
    Sieve("mention", mentions.opening_participle),
    # source phrase -> speaker (resolve.py)
    Sieve("resolve", describing.title_holder),
    Sieve("resolve", describing.title_names_no_one),
    Sieve("resolve", describing.member_title_holder),
    Sieve("resolve", describing.party_member),
    Sieve("resolve", describing.demonym_holder),
    Sieve("resolve", an.demonym_person_in_view),
    Sieve("resolve", describing.common_word_no_name),
    Sieve("resolve", an.place_after_possessive),
    Sieve("resolve", resolve.family_by_surname),
    Sieve("resolve", an.gender_reaches_back),
    Sieve("resolve", resolve.it_document_author),
    Sieve("resolve", resolve.latter_of_a_pair),
    Sieve("resolve", ds.couple_is_the_pair),
    Sieve("resolve", kin.kin_introduced_in_relation),
    Sieve("resolve", resolve.possessive_owner),
    Sieve("resolve", resolve.owner_speaks),
    Sieve("resolve", resolve.trade_noun_names_body),
    Sieve("resolve", resolve.org_named_before),
    Sieve("resolve", ds.body_named_in_full),
    Sieve("resolve", resolve.role_antecedent),
    Sieve("resolve", an.role_is_not_the_subject),
    Sieve("resolve", resolve.age_person_in_view),
    Sieve("resolve", an.epithet_person_in_view),
    Sieve("resolve", an.epithet_skips_other_gender),
    Sieve("resolve", an.age_after_floating),
    Sieve("resolve", an.pronoun_after_floating),
    Sieve("resolve", an.speaking_name_is_person),
    Sieve("resolve", resolve.name_after_of),
    Sieve("resolve", resolve.capitalised_body),
    Sieve("resolve", ds.bare_body_noun),
    Sieve("resolve", resolve.body_the_article_names),
    Sieve("resolve", resolve.body_before_role),
    Sieve("resolve", resolve.study_owner),
    Sieve("resolve", resolve.spokesperson_for_recent),
    Sieve("resolve", resolve.spokesperson_carries),
    Sieve("resolve", resolve.author_after_by),
    Sieve("resolve", resolve.document_issuer),
    Sieve("resolve", documents.cited_document_owner),
    Sieve("resolve", documents.document_described_later),
    Sieve("resolve", documents.words_on_owners_site),
    Sieve("resolve", resolve.statement_of_last_body),
    Sieve("resolve", ds.body_named_with_head),
    Sieve("resolve", documents.it_continues_document),
    Sieve("resolve", resolve.nationality_names_no_one),
    Sieve("resolve", resolve.time_word_names_no_one),
    Sieve("resolve", resolve.surname_that_is_a_common_word),
    Sieve("resolve", coordination.people_joined_by_and),
    Sieve("resolve", resolve.naming_is_no_speech),
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
    Sieve("mark_filter", filters.label_before_name),
    Sieve("mark_filter", filters.show_name_after_preposition),
    Sieve("mark_filter", filters.work_title),
    # the reported content of a quote (candidates.py)
    Sieve("quote", candidates.complementizer_before_colon),
    Sieve("quote", candidates.second_act_clause),
    Sieve("quote", candidates.but_contrast),
    # the quote's speaker (candidates.py)
    Sieve("quote", candidates.owned_words),
    Sieve("quote", candidates.outer_reporter),
    Sieve("quote", candidates.relay_continues_previous_line),
    Sieve("quote", candidates.cueless_fragment_subject),
    # per paragraph (pipeline.py)
    Sieve("paragraph", paragraphs.single_quoted_subheading),
    Sieve("paragraph", paragraphs.nested_report_not_antecedent),
    Sieve("paragraph", paragraphs.statement_colon_intro),
    Sieve("paragraph", paragraphs.cue_on_next_line),
    Sieve("paragraph", paragraphs.asked_on_next_line),
    Sieve("paragraph", content.indirect_ok),
    Sieve("paragraph", filters.tells_story),
    Sieve("paragraph", filters.indirect_holding_quote),
    # floating quotes: the first that finds a speaker (floating.py)
    Sieve("floating", fl.name_ends_previous_line),
    Sieve("floating", fl.told_before_sentence),
    Sieve("floating", fl.fragment_of_narrative_subject),
    Sieve("floating", fl.adjacent_quote),
    Sieve("floating_rule", fl.narrative_between),
    Sieve("floating", fl.intro_before_paragraph),
    Sieve("floating", fl.last_speaker_carries),
    Sieve("floating", fl.headline_label),
    Sieve("floating_rule", fl.age_role_in_turn),
    # a paragraph with no quote of its own that does not end the speaker's turn
    Sieve("turn", fl.caption_keeps_turn),
    Sieve("turn", fl.own_quote_runs_on),
    Sieve("turn", fl.speaker_leads_narrative),
    Sieve("turn", fl.narrative_names_no_one),
    # last filters
    Sieve("filter", filters.short_floating_fragment),
    Sieve("filter", filters.pronoun_is_no_speaker),
    Sieve("filter", filters.group_is_no_speaker),
    Sieve("filter", filters.peer_keeps_title),
    Sieve("filter", filters.no_overlapping_records),
)
SIEVE_NAMES = tuple(s.name for s in SIEVES)


@lru_cache(maxsize=64)
def _active(disabled: frozenset[str]) -> Active:
    return Active(SIEVES, disabled)


def run(ctx: ArticleContext, marked: list[Marked] | None = None) -> list[Quote]:
    """The stages over one article: marks, sentences, mentions, attributions, then per
    paragraph its quotes, indirect speech and floating quotes. ``marked``: the quote marks
    already paired (by :func:`in_windows`, paragraph numbers counted from ``ctx.paras``)."""
    if marked is None:
        marked = find_marked(ctx.text, ctx.paras)
    ctx.inside_marks = Inside([(q.open_mark, q.close_end) for q in marked])
    sents = paragraphs.tokenise(ctx, marked)
    ctx.sentence_spans = [[span for span, _toks in row] for row in sents]
    build_index(ctx, sents, ctx.inside_marks)
    # (a weak reference: no ctx -> index -> ctx cycle, so the article's objects are freed at
    # once instead of by the cyclic collector)
    ctx.index.rank_paragraphs = partial(fl.narrative_ranks, proxy(ctx))
    by_para = paragraphs.by_paragraph(ctx, marked)
    all_attrs = paragraphs.attribute(ctx, sents)
    out: list[Quote] = []
    intro: Intro | None = None
    short_on = ctx.sieves.on(filters.short_floating_fragment)
    age_on = ctx.sieves.on(fl.age_role_in_turn)
    for pi, row in enumerate(sents):
        para_quotes = by_para.get(pi, [])
        par = paragraphs.Paragraph()
        par.opens = [q.open_mark for q in para_quotes]
        par.closes = [q.close_mark for q in para_quotes]
        an.after_floating(ctx, all_attrs, pi, out)
        for si in range(len(row)):
            paragraphs.sentence_quotes(ctx, pi, si, sents, all_attrs, para_quotes, par)
        par.out.sort(key=lambda x: x[0].start)
        assign_floating(ctx, pi, par.out, para_quotes, par.spoken, out, intro)
        intro, pending = par.intro, intro
        kept = [fq for fq, floating in par.out
                if not (floating and short_on and filters.short_floating_fragment(fq))]
        for kq in kept:
            if age_on:
                fl.age_role_in_turn(ctx, pi, kq)
            # the latest speaker, reported or quoted: a quote that floats in the next
            # paragraph most often continues them
            if kq.speaker:
                ctx.last_speaker = (kq.speaker, pi, kq.role, kq.speaker_mention)
            elif kq.kind != "indirect":
                ctx.last_speaker = None
        if not para_quotes and not kept:
            if any(keeps(ctx, pi, out) for keeps in ctx.sieves.chain("turn")):
                intro = intro or pending
                if ctx.last_speaker is not None:
                    ctx.last_speaker = (ctx.last_speaker[0], pi, *ctx.last_speaker[2:])
            else:
                ctx.last_speaker = None
        out.extend(kept)
    out.sort(key=attrgetter("start", "end"))
    return out


# Above this many characters of body text (far beyond any real article: the longest of the
# evaluation corpora has 33,000) the finder runs over windows of paragraphs, so that the
# tokens of the whole text are never held at once (issue #16: ~225 bytes a token).
WINDOW_THRESHOLD = 2_000_000
WINDOW_SIZE = 200_000  # characters of body text a window holds (at least)
WINDOW_LEAD = 30  # paragraphs before a window run again as its context, their quotes dropped


@dataclasses.dataclass(frozen=True)
class Window:
    """Paragraphs ``first`` to ``end`` (exclusive) run together; the quotes of those from
    ``keep`` on are the window's (the earlier ones are its lead-in, the previous window's)."""

    first: int
    keep: int
    end: int


def plan_windows(
    paras: list[tuple[int, int]], marked: list[Marked], size: int, lead: int
) -> list[Window]:
    """Windows of about ``size`` characters, cut only between paragraphs where no quote is
    open (a quote running over paragraphs 3-5 allows no cut before 4 or 5), each with up to
    ``lead`` paragraphs of lead-in, itself starting at such a cut.

    Four paragraphs of 100 characters, a quote over paragraphs 1-2, ``size`` 150, ``lead``
    1: no cut before 2, so the first window grows to Window(0, 0, 3); the next one's lead-in
    would start at 2, moves back to 1: Window(1, 3, 4)."""
    blocked = bytearray(len(paras) + 1)  # 1: a quote is open across the cut before paragraph
    for q in marked:
        if q.last_paragraph > q.paragraph:
            blocked[q.paragraph + 1 : q.last_paragraph + 1] = b"\1" * (
                q.last_paragraph - q.paragraph)
    out: list[Window] = []
    keep = 0
    while keep < len(paras):
        first = max(0, keep - lead)
        while first > 0 and blocked[first]:
            first -= 1
        end, chars = keep, 0
        while end < len(paras) and (chars < size or blocked[end]):
            chars += paras[end][1] - paras[end][0]
            end += 1
        out.append(Window(first, keep, end))
        keep = end
    return out


def in_windows(
    ctx: ArticleContext, size: int = WINDOW_SIZE, lead: int = WINDOW_LEAD
) -> list[Quote]:
    """The stages over windows of paragraphs (see :func:`plan_windows`), for a text far
    longer than any article: the marks are paired over the whole text and the article's
    lower-case words found once; each window shares the article text (offsets stay valid)
    and has its own mention index, built over its lead-in too, so "he" or "the mayor" in
    its first paragraphs still finds the name said just before the cut.

    A 3 MB file of 15,000 council reports runs as 15 windows of 200 KB; a quote found in
    paragraph 2 of the window starting at paragraph 9,000 is reported in paragraph 9,002."""
    marked_all = find_marked(ctx.text, ctx.paras)
    plan = plan_windows(ctx.paras, marked_all, size, lead)
    firsts = [q.paragraph for q in marked_all]
    words = lower_words(ctx.text)
    article = ctx.article
    out: list[Quote] = []
    for w in plan:
        sub = ArticleContext(
            dataclasses.replace(article, paragraphs=article.paragraphs[w.first : w.end]),
            sieves=ctx.sieves, lower_words=words,
        )
        lo, hi = bisect_left(firsts, w.first), bisect_left(firsts, w.end)
        marked = [dataclasses.replace(q, paragraph=q.paragraph - w.first,
                                      last_paragraph=q.last_paragraph - w.first)
                  for q in marked_all[lo:hi]]
        for q in run(sub, marked):
            if q.paragraph >= w.keep - w.first:
                q.paragraph += w.first
                out.append(q)
        sub.index.rank_paragraphs = None  # (a cycle through the context: free it now)
    out.sort(key=attrgetter("start", "end"))
    return out


def find_quotes(
    article: Article,
    disabled: Iterable[str] = frozenset(),
    window_threshold: int = WINDOW_THRESHOLD,
    window_size: int = WINDOW_SIZE,
) -> list[Quote]:
    """Every quotation in the article body, in article order. ``disabled``: names of sieves
    (``SIEVE_NAMES``) to switch off; an unknown name is a ValueError. A body over
    ``window_threshold`` characters runs in windows of ``window_size`` (:func:`in_windows`)."""
    sieves = _active(frozenset(disabled))
    if not article.paragraphs:
        return []
    # Many small acyclic objects (tokens): pausing the cyclic collector roughly halves the time.
    # It resumes only once the article's context is freed, so its next pass finds only the
    # quotes alive, not the whole mention index.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _quotes_of(ArticleContext(article, sieves=sieves), window_threshold, window_size)
    finally:
        if collecting:
            gc.enable()


def _quotes_of(ctx: ArticleContext, window_threshold: int, window_size: int) -> list[Quote]:
    """The stages (in windows for a huge body), then the last filters over all records."""
    sieves = ctx.sieves
    body = sum(e - s for s, e in ctx.paras)
    found = in_windows(ctx, window_size) if body > window_threshold else run(ctx)
    if sieves.on(filters.no_overlapping_records):
        found = filters.no_overlapping_records(found)
    if sieves.on(filters.pronoun_is_no_speaker):
        pronouns = lexicon().pronoun_gender
        for q in found:
            if filters.pronoun_is_no_speaker(q, pronouns):
                q.speaker = None
    if sieves.on(filters.group_is_no_speaker):
        for q in found:
            if filters.group_is_no_speaker(q):
                q.speaker = q.role = None
    if sieves.on(filters.peer_keeps_title):
        for q in found:
            q.speaker = filters.peer_keeps_title(q, ctx.index.entities) or q.speaker
    return found
