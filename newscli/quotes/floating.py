"""Floating quotes: a quote with no cue of its own continues a speaker in view."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from newscli.quotes.attach import headline_person
from newscli.quotes.context import ArticleContext
from newscli.quotes.marks import Marked
from newscli.quotes.model import Attr, Quote
from newscli.quotes.names import FUNCTION_WORDS
from newscli.quotes.text import tokens
from newscli.quotes.words import OPENERS


def outside_quotes(ctx: ArticleContext, start: int, end: int, quotes: list[Marked]) -> str:
    """The text between ``start`` and ``end`` without the quotations in it."""
    parts = []
    for q in quotes:
        if q.close_end <= start or q.open_mark >= end:
            continue
        if q.open_mark > start:
            parts.append(ctx.text[start : q.open_mark])
        start = max(start, q.close_end)
    parts.append(ctx.text[start:end])
    return " ".join(parts)


def opens_sentence(ctx: ArticleContext, start: int) -> bool:
    """Does the quotation starting at ``start`` (after its mark) open a sentence ("...
    violence. “The government is alleging ...” were provoking violence")?"""
    k = start - 1
    while k > 0 and (ctx.text[k] in OPENERS or ctx.text[k] in " \u00a0"):
        k -= 1
    return k <= 0 or ctx.text[k] in ".!?\n"


def told_before(
    spoken: list[tuple[int, int, Attr]], qt: Quote, previous: Quote | None
) -> Attr | None:
    """Who a floating quote continues: the speaker of a sentence before it that reports
    someone, when it is the paragraph's first quote ("Lau said in a statement. “...”"), or
    after the previous quote ("“A,” said X. Y says the goal is ... “B.”"); not someone
    reported inside another report ("adding that Smith told him"). ``spoken`` holds
    (sentence end, sentence start, attribution)."""
    for end, begin, a in reversed(spoken):
        if not a.speaker or end > qt.start:
            continue
        if previous is None:
            return a
        if (begin > previous.end or previous.cue is None and a.cue_start > previous.end) and (
            not any(c.content and c.content[0] <= a.cue_start < c.content[1]
                    for _e, _b, c in spoken)
        ):
            return a
    return None


_SENTENCE_END = re.compile(r"\w{4,}[.!?](?:\s|$)")

# (speaker, cue, mention, role) of who introduced the next paragraph ("X said:")
Intro = tuple[str | None, str | None, str | None, str | None]


@dataclass(slots=True)
class FloatSite:
    """A floating quote (no cue of its own) in its paragraph, with the speakers in view."""

    pi: int
    idx: int  # its place among the paragraph's quotes
    qt: Quote
    previous: Quote | None  # the quote before it that has a speaker
    next_cued: Quote | None  # the next quote with a cue of its own
    spoken: list[tuple[int, int, Attr]]  # (sentence end, start, attribution) so far
    para_quotes: list[Marked]
    pending_intro: Intro | None  # who introduced this paragraph ("X said:")


def told_before_sentence(ctx: ArticleContext, f: FloatSite) -> bool:
    """A floating quote after a sentence reporting someone is theirs ("Lee said so in a
    statement. “We are ready.”")."""
    qt = f.qt
    told = told_before(f.spoken, qt, f.previous) if (
        qt.kind == "direct" or opens_sentence(ctx, qt.start)
    ) else None
    if told is None:
        return False
    qt.speaker, qt.role, qt.speaker_mention = told.speaker, told.role, told.mention
    return True


def narrative_between(ctx: ArticleContext, f: FloatSite, donor: Quote) -> bool:
    """A sentence of narrative between a paragraph-opening quote and the next cued one
    parts them: the first continues the last paragraph's speaker ("¶“A.” Lee played it
    down. “B,” said Lee")."""
    last = ctx.last_speaker
    qt = f.qt
    return qt.kind == "direct" and (
        last is not None and last[1] == f.pi - 1
        and not ctx.text[ctx.paras[f.pi][0] : qt.start].strip(" \u00a0\"'“‘")
    ) and _SENTENCE_END.search(
        outside_quotes(ctx, qt.end, donor.start, f.para_quotes)
    ) is not None


def adjacent_quote(ctx: ArticleContext, f: FloatSite) -> bool:
    """A floating quote continues the quote before it, else the next cued quote of its
    paragraph (“We won.” “It was hard,” Lee said.)."""
    donor = f.previous if f.previous is not None else f.next_cued
    if donor is not None and donor is not f.previous and ctx.sieves.on(narrative_between) and (
        narrative_between(ctx, f, donor)
    ):
        donor = None
    if donor is None:
        return False
    f.qt.speaker, f.qt.role = donor.speaker, donor.role
    f.qt.speaker_mention = donor.speaker_mention
    return True


def name_ends_previous_line(ctx: ArticleContext, f: FloatSite) -> bool:
    """A paragraph opening in lower case continues the line before, broken mid-sentence
    (a caption glued to the body): the name that ends that line is the subject of the cue
    before the quote ("...Bleak picture: Abu Lee ¶one of its founders, wrote: 'We starve.'":
    Lee's)."""
    start = ctx.paras[f.pi][0]
    text = ctx.text
    if f.idx != 0 or f.pi == 0 or not text[start : start + 1].islower():
        return False
    lead = tokens(text, start, f.qt.start, ctx.inside_marks)
    if not any(t.low in ctx.lex.speech_forms for t in lead) or any(t.cap for t in lead):
        return False  # (a cue before the quote, and no subject of its own)
    p_start, p_end = ctx.paras[f.pi - 1]
    tail = tokens(text, max(p_start, p_end - 80), p_end, ctx.inside_marks)
    b = len(tail)
    while b > 0 and tail[b - 1].cap and not tail[b - 1].quoted and (
        tail[b - 1].low not in FUNCTION_WORDS
    ):
        b -= 1
    run = tail[b:]
    if len(run) < 2 or b == len(tail):
        return False  # (a full name ends the line: "Abu Lee", not "Lee" or a sentence end)
    name = ctx.index.canonical(run)
    ent = ctx.index.entity(name)
    if name is None or ent is None or ent.kind not in {"person", "unknown"}:
        return False
    f.qt.speaker, f.qt.speaker_mention = name, text[run[0].start : run[-1].end]
    return True


def intro_before_paragraph(ctx: ArticleContext, f: FloatSite) -> bool:
    """A paragraph's first quote after "X said:" ending the paragraph before is X's."""
    if f.pending_intro is None or f.idx != 0:
        return False
    qt = f.qt
    qt.speaker, qt.cue, qt.speaker_mention, qt.role = f.pending_intro
    return True


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b",
                      re.IGNORECASE)


def fragment_of_narrative_subject(ctx: ArticleContext, f: FloatSite) -> bool:
    """A quoted fragment inside a narrative sentence is the words of the person the sentence
    is about, not of a speaker carried over ("“We won,” said Lee. ¶At the end, Ode coached
    the crowd to “keep calm and wait.”": Ode's)."""
    from newscli.quotes.resolve import subject_speaker

    qt, last = f.qt, ctx.last_speaker
    carried = last[0] if last is not None and last[1] >= f.pi - 1 else None
    donor = f.previous or f.next_cued
    if qt.kind != "partial" or (carried is None and donor is None) or opens_sentence(
        ctx, qt.start
    ):
        return False  # (only where another speaker would be given)
    sent = next((s for s in ctx.sentence_spans[f.pi] if s[0] <= qt.start < s[1]), None)
    if sent is None:
        return False
    mark = ctx.text.rfind(ctx.text[qt.start - 1], sent[0], qt.start)
    mark = mark if mark >= 0 else qt.start
    subj = subject_speaker(ctx, sent, mark, f.pi)
    if subj is None or subj.source is None or not ctx.text[
        subj.source.end : mark
    ].strip():
        return False  # ("Lee “kind of misspoke.”": the quote is said of him)
    ent = ctx.index.entity(subj.speaker)
    lead = ctx.text[sent[0] : subj.source.start].rstrip()
    if ent is None or ent.kind != "person" or lead and lead[-1] != ",":
        return False  # (the subject opens the clause: "At noon, Ode ...", not "... met Ode")
    if _PASSIVE.search(ctx.text, subj.source.end, mark):
        return False  # ("Ode is described as “a proud father”": said of her, not by her)
    qt.speaker, qt.speaker_mention, qt.role = subj.speaker, subj.mention, subj.role
    return True


def last_speaker_carries(ctx: ArticleContext, f: FloatSite) -> bool:
    """A floating quote continues the latest speaker of this or the last paragraph
    ("“We won,” Lee said. ¶“And we will again.”")."""
    last = ctx.last_speaker
    if last is None or last[1] < f.pi - 1:
        return False
    f.qt.speaker, f.qt.role = last[0], last[2]
    f.qt.speaker_mention = last[3]
    return True


def headline_label(ctx: ArticleContext, f: FloatSite) -> bool:
    """A direct quote in the first paragraph before anyone speaks is the headline's label
    ("Ann Lee: 'We will win'")."""
    if f.pi == 0 and f.qt.kind == "direct" and (lead := headline_person(ctx)):
        f.qt.speaker = lead
        return True
    return False


def assign_floating(
    ctx: ArticleContext, pi: int, para_out: list[tuple[Quote, bool]], para_quotes: list[Marked],
    spoken: list[tuple[int, int, Attr]], out: list[Quote], pending_intro: Intro | None,
) -> None:
    """Give each floating quote of the paragraph a speaker: the first "floating" sieve that
    finds one."""
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
    sieves = ctx.sieves.chain("floating")
    for idx, (qt, floating) in enumerate(marked_q):
        if not floating:
            previous = qt
            continue
        site = FloatSite(pi, idx, qt, previous, next_cued[idx], spoken, para_quotes,
                         pending_intro)
        for sieve in sieves:
            if sieve(ctx, site):
                break
        if qt.speaker:
            previous = qt


_CLOSERS = "\"'”’)]"
_SENTENCE_ENDS = ".!?…:;"
_LIST_ITEM = re.compile(r"[-•*–—]|\d+[.)]\s")
_INNER_STOP = re.compile(r"\w[.!?] +[A-Z]")
CAPTION_WORDS = 40  # a picture caption left in the body is one short line


def caption_keeps_turn(ctx: ArticleContext, pi: int, found: list[Quote]) -> bool:
    """A body line with no sentence end, no quote and no list bullet is a picture caption or
    heading left among the paragraphs: it does not end the speaker's turn ("'I was lucky,'
    said Ann Ode. ¶Ode lifts the trophy in Paris ¶'It was hard.'": Ode's)."""
    start, end = ctx.paras[pi]
    line = ctx.text[start:end]
    return is_caption_line(line)


def is_caption_line(line: str) -> bool:
    """One line with no sentence end, no full stop inside, not a list item: a caption."""
    end = line.rstrip(_CLOSERS)
    return (
        bool(end) and end[-1] not in _SENTENCE_ENDS  # (a look at the end, not a regex scan)
        and len(line.split()) <= CAPTION_WORDS
        and not _LIST_ITEM.match(line)  # "- Upgrading security at arms stores": a list
        and not _INNER_STOP.search(line)  # (a comment whose last sentence lost its stop)
    )


def own_quote_runs_on(ctx: ArticleContext, pi: int, found: list[Quote]) -> bool:
    """The paragraphs of a speaker's multi-paragraph quote do not end their turn ("Ann Ode
    said: 'I was lucky. ¶'It was hard. ¶Ode lifts the trophy ¶'We trained.'": Ode's)."""
    start = ctx.paras[pi][0]
    for q in reversed(found[-4:]):
        if q.kind != "indirect" and q.start < start < q.end:
            return True
    return False


def speaker_leads_narrative(ctx: ArticleContext, pi: int, found: list[Quote]) -> bool:
    """A narrative paragraph in which the last speaker leads a clause and no other person is
    named does not end their turn ("'We won,' said Ann Ode. ¶Ode moved to Leeds in 2010.
    ¶'It was hard.'": Ode's); another person named in it does ("¶Bo Lee agreed.")."""
    last = ctx.last_speaker
    if last is None or last[1] < pi - 1:
        return False
    idx = ctx.index
    start, end = ctx.paras[pi]
    led = False
    for m in idx.mentions_in(start, end):
        if (name := idx.fullest(m.name)) == last[0]:
            led = led or m.subject
        elif (ent := idx.entity(name)) is None or ent.kind == "person" or (
            ent.kind == "unknown" and " " in ent.name
        ):
            return False  # another person (a place or a body is no rival speaker)
    return led


_PERSONAL = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)
_GENDER_OF = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_OPENS_QUOTED_SENTENCE = re.compile(r"[\"“‘'][A-Z]")


def _all_quotation(ctx: ArticleContext, start: int, end: int) -> bool:
    """Is text[start:end] one quotation that opens the paragraph before a capital and runs to
    its end or beyond ("'We trained hard.'", not "'Cheers' rang out in the town.")?"""
    marks = ctx.inside_marks
    k = bisect_left(marks.starts, start)
    return k < len(marks.starts) and marks.starts[k] == start and (
        marks.ends[k] >= ctx.text[start:end].rstrip().__len__() + start
    ) and _OPENS_QUOTED_SENTENCE.match(ctx.text, start) is not None


def narrative_names_no_one(ctx: ArticleContext, pi: int, found: list[Quote]) -> bool:
    """A one-sentence narrative paragraph that names no other person and has no he or she
    of another gender does not end the last speaker's turn when the next paragraph opens
    with a quoted sentence ("'We won,' said Ann Ode. ¶Then the rain began. ¶'It was
    hard.'": Ode's); one naming someone else does ("¶Bo Lee shrugged.")."""
    last = ctx.last_speaker
    if last is None or last[1] < pi - 1 or last[0] is None or pi + 1 >= len(ctx.paras):
        return False
    if not _all_quotation(ctx, *ctx.paras[pi + 1]):
        return False  # (narrative with a quote in it next is no turn of the speaker's)
    idx = ctx.index
    start, end = ctx.paras[pi]
    line = ctx.text[start:end]
    if _INNER_STOP.search(line) or _LIST_ITEM.match(line):
        return False  # (more than one sentence, or a list: a new thread of narrative)
    for m in idx.mentions_in(start, end):
        if (name := idx.fullest(m.name)) != last[0] and (
            (ent := idx.entity(name)) is None or ent.kind == "person" or (
                ent.kind == "unknown" and " " in ent.name)
        ):
            return False
    ent = idx.entity(last[0])
    gender = ent.gender if ent is not None else None
    return all(_GENDER_OF[w.lower()] == gender for w in _PERSONAL.findall(line))


def narrative_ranks(ctx: ArticleContext) -> list[int]:
    """For each paragraph, the number of narrative paragraphs before it and itself: a
    picture caption or heading left in the body, a line with no sentence end, is no
    narrative ("Ode won. ¶Ode lifts the cup ¶Fans cheer in Leeds ¶'Great,' he said.")."""
    ranks: list[int] = []
    n = 0
    text = ctx.text
    for start, end in ctx.paras:
        line = text[start:end]
        if not is_caption_line(line):
            n += 1
        ranks.append(n)
    return ranks


_AGE_ROLE = re.compile(r"(?i)the[ \u00a0]+(?:\w+[ \u00a0]+)?\w+-year-old\Z")


def age_role_in_turn(ctx: ArticleContext, pi: int, qt: Quote) -> bool:
    """"The 30-year-old said" that names no one in view is the speaker whose turn it is
    ("'We won,' said Ann Ode. ¶So how does Ode feel? ¶'Tired,' said the 30-year-old.":
    Ode's); sets the quote's speaker."""
    last = ctx.last_speaker
    if qt.speaker or last is None or last[0] is None or last[1] < pi - 1 or not (
        qt.speaker_mention and _AGE_ROLE.match(qt.speaker_mention)
    ):
        return False
    ent = ctx.index.entity(last[0])
    if ent is None or ent.kind != "person":
        return False
    qt.speaker, qt.role = last[0], last[2]
    return True

