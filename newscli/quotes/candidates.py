"""A pair of quote marks -> a Quote: direct or partial, its content span and its cue."""

from __future__ import annotations

import re

from newscli.quotes.content import (
    held_by,
    introduces_next,
    introduces_quote,
    outer_clause,
    reported_clause,
    trim_content,
    with_complementizer,
)
from newscli.quotes.context import ArticleContext
from newscli.quotes.lexicon import lexicon, word_set
from newscli.quotes.marks import Marked
from newscli.quotes.model import Attr, MarkSite, Quote
from newscli.quotes.names import split_title
from newscli.quotes.resolve import subject_speaker
from newscli.quotes.text import Inside, tokens
from newscli.quotes.words import BARE_CLAUSE, MAX_CLAUSE, NAMING, OPENERS, POSSESSIVES

_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;—–(]")  # (not the comma of "1,237")






_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)")


def _alternatives(section: str) -> str:
    """A regex alternation of a word list, longest word first."""
    return "|".join(sorted(word_set("quote_words.txt", section), key=lambda w: (-len(w), w)))


# a second act of the subject after a fragment ("... “third-rate” and boycotted ..."), not a
# participle describing the fragment's subject ("was “very modest” and designed to ...")
_AND_VERB = re.compile(
    r"[ \u00a0]and[ \u00a0]+(?:then[ \u00a0]+|also[ \u00a0]+)?"
    r"(?!(?:" + _alternatives("participle_adjectives") + r")\b)[a-z]+ed\b"
    r"(?![ \u00a0]+(?:at|by|with)\b)"
    r"|[ \u00a0]and[ \u00a0]+(?:has|have|made|cast|took|gave|said|told)\b"
)


# "his comment Monday that “...”", "Trump's claim that “...”": words the owner said
_OWNED_WORDS = re.compile(
    r"\b(his|her|[A-Z][\w.-]*(?:[ \u00a0][A-Z][\w.-]*){0,2}['’]s)[ \u00a0]+"
    r"(?:[a-z-]+[ \u00a0]+)?(" + _alternatives("owned_words") + ")"
    r"(?:[ \u00a0]+(?:on[ \u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today|earlier))?[ \u00a0]+that[ \u00a0]+$"
)


_GOES_ON = frozenset("because compared where even although though whereas unless".split())






# cues whose own speaker keeps a fragment even inside another report ("X said Y told them ...")
_INNER_SPEECH = BARE_CLAUSE | NAMING | {"refer", "call on"}


_BUT = re.compile(r",?\s+but\b")


_SECOND_ACT = re.compile(r"[\s,]*(?:and|but)\s+([a-z]+)(?:\s+(?:on|for|to|up|out|back)\b)?\s*")


def _clause_start(ctx: ArticleContext, q: Marked, sent: tuple[int, int]) -> int:
    """The clause of a fragment starts after the last clause break (or "that") before its
    marks, else at the sentence start."""
    lo = max(sent[0], q.open_mark - 400)
    seg = ctx.text[lo : q.open_mark]
    comma = seg.rfind(",")
    while 0 < comma < len(seg) - 1 and seg[comma - 1].isdigit() and seg[comma + 1].isdigit():
        comma = seg.rfind(",", 0, comma)  # (not the comma of "1,237")
    cut = max(comma, seg.rfind(";"), seg.rfind(":"), seg.rfind("—"),
              seg.lower().rfind(" that "))
    if cut < 0:
        return sent[0]
    start = lo + cut + 1
    while start < q.open_mark and ctx.text[start] in "”\"’' \u00a0":
        start += 1  # ("“A,” the senator ...": the comma's closing mark is no content)
    return start


def _clause_end(ctx: ArticleContext, q: Marked, ce: int) -> int:
    """The reported clause of a fragment ends at the first clause break after its marks."""
    text = ctx.text
    after = min(q.close_end, len(text))
    if ce <= after or text[q.end - 1 : q.end] == ";" or (
        text[q.end - 1 : q.end] == "," and not _goes_on(ctx, after)
    ) or (
        text[q.end - 2 : q.end] in {",'", ",’"}  # "at 'independence,''' X wrote"
    ):
        return max(after, q.end)
    for m in _CLAUSE_BREAK.finditer(text, after, min(ce, after + 400)):
        if not ctx.inside_marks(m.start()):
            ce = m.start()
            break
    for m in _AND_VERB.finditer(text, after, ce):
        if not ctx.inside_marks(m.start()):
            return m.start()  # "called her “third-rate” and boycotted one of the debates"
    return ce


def _goes_on(ctx: ArticleContext, after: int) -> bool:
    m = _NEXT_WORD.match(ctx.text, after)
    if m is None:
        return False
    w = m.group(1)
    if w == "and":
        return ctx.text.startswith(" that ", m.end())
    if w == "while":  # "while his opponent did not", not "while trying to explain"
        nxt = _NEXT_WORD.match(ctx.text, m.end())
        return nxt is not None and not nxt.group(1).endswith("ing")
    return w in _GOES_ON


def _nearby(attrs: list[Attr], q: Marked) -> list[Attr]:
    """In a huge sentence, only the cues nearest the quote."""
    lo, hi = 0, len(attrs)
    while lo < hi:  # bisect on cue_start without building a key list
        mid = (lo + hi) // 2
        if attrs[mid].cue_start < q.open_mark:
            lo = mid + 1
        else:
            hi = mid
    return attrs[max(0, lo - 8) : lo + 8]


def own_report_after_quote(text: str, q: Marked, a: Attr) -> bool:
    """After a quote's full stop, a cue with its own that-clause reports something else
    ("“We lost.” Lee admitted he was tired")."""
    return text[q.end - 1] in ".!?" and a.content is not None and (
        a.content[0] >= a.cue_end
    ) and (a.lemma == "tell" or text[a.cue_end : a.content[0]].strip() in {
        "", "that", ","}) and reported_clause(text[a.content[0] : a.content[1]])


def following_participle(text: str, q: Marked, a: Attr, best: Attr | None) -> bool:
    """A participle cue right after a quote speaks it unless a cue before already introduces
    it ("“It works,” claiming ..." but not "said, “It works,” adding")."""
    begin = min(a.cue_start, a.source.start) if a.source else a.cue_start
    return begin == a.cue_start and a.cue.endswith("ing") or introduces_quote(best, q, text)


_RELAYS = frozenset("according report".split())


def relay_continues_previous_line(ctx: ArticleContext, q: Marked, best: Attr) -> Attr:
    """A quotation opening a paragraph, relayed only by "X reported" after it, while the line
    before breaks off mid-sentence ("... Ode replied with the comment ¶'See you all!', the
    Clarion reported"): the subject of that unfinished sentence speaks, not the outlet."""
    if best.lemma not in _RELAYS or best.source is None or best.cue_start < q.close_end or (
        q.paragraph < 1 or ctx.paras[q.paragraph][0] != q.open_mark
    ):
        return best
    text = ctx.text
    p_start, p_end = ctx.paras[q.paragraph - 1]
    line = text[p_start:p_end].rstrip()
    if not line or not line[-1].isalpha():
        return best
    cut = max(line.rfind(". "), line.rfind("? "), line.rfind("! "))
    sent = (p_start + cut + 2 if cut >= 0 else p_start, p_start + len(line))
    subj = subject_speaker(ctx, sent, sent[1], q.paragraph - 1)
    if subj is None or subj.speaker is None:
        return best
    subj.cue = best.cue
    return subj


def cue_introduces_next_quote(text: str, q: Marked, a: Attr) -> bool:
    """A cue after a finished quote that opens another quote is the next quote's ("“A.” Of
    Lee, Ray said, “B.”")."""
    return text[q.end - 1] in ".!?" and introduces_next(a, text)


def nearest_cue(ctx: ArticleContext, q: Marked, attrs: list[Attr]) -> Attr | None:
    """A quote takes the cue right after it, else the innermost clause or the nearest cue
    that holds it ("“No,” said Lee", "Lee said “no” twice")."""
    text = ctx.text
    on = ctx.sieves.on
    best: Attr | None = None
    best_d = 10**9
    following: Attr | None = None
    own_report = len(text)
    for a in attrs:
        if a.source is None or a.cue_start >= own_report:
            continue
        if a.cue_start >= q.open_mark and a.cue_end <= q.close_mark:
            continue
        begin = min(a.cue_start, a.source.start)
        if begin >= q.close_end and not text[q.close_end : begin].strip(" ,\u00a0"):
            if text[a.cue_end : a.cue_end + 2].strip().startswith(":"):
                continue  # “B.” He added: “C.”: the cue introduces what follows
            if on(following_participle) and following_participle(text, q, a, best):
                following = a  # “...,” claiming ...: unless a cue before holds the quote
                continue
            if on(own_report_after_quote) and own_report_after_quote(text, q, a):
                own_report = min(own_report, begin)  # and so are the cues after it
                continue
            best = a  # “...,” asked Dunn / “...,” Stoltenberg said: right after the quote
            break
        if begin >= q.close_end and on(cue_introduces_next_quote) and (
            cue_introduces_next_quote(text, q, a)
        ):
            continue
        if (held := held_by(a, q)) is not None:
            d = (held[1] - held[0]) - 10**8  # the innermost clause wins
        else:
            d = min(abs(a.cue_start - q.close_mark), abs(q.open_mark - a.cue_end))
        if d < best_d:
            best, best_d = a, d
    if following is not None and not (best is not None and (
        held_by(best, q) is not None
        or best.cue_end <= q.open_mark and q.open_mark - best.cue_end < 4
    )):
        return following  # (not "insisted that he has “...,” claiming" / "said, “...,” adding")
    return best


def _cue_for(ctx: ArticleContext, q: Marked, sent: tuple[int, int], attrs: list[Attr]
             ) -> tuple[Attr | None, re.Match[str] | None]:
    """The attribution of a quote: the nearest cue, else a label, colon or comma speaker, else
    a signature after the quote (the "label" sieves)."""
    text = ctx.text
    best = nearest_cue(ctx, q, attrs) if ctx.sieves.on(nearest_cue) else None
    for sieve in ctx.sieves.chain("label"):
        best = sieve(ctx, q, sent, best)
    dash = None
    if best is None:
        for sieve in ctx.sieves.chain("signature"):
            dash = sieve(text, q)
            if dash is not None:
                break
    return best, dash


def _starts_capitalised(text: str, q: Marked) -> bool:
    lead = q.start
    while lead < q.end - 1 and text[lead] in "….\u00a0 ":
        lead += 1  # "… they are so not like him": the words after an opening ellipsis
    first = text[lead]
    return first.isupper() or first.isdigit() or first in "[(\"'“‘" or (
        lead > q.start and first.isalpha())


def direct_after_cue(m: MarkSite, cap: bool) -> bool:
    """A capitalised quote right after its cue is direct ("Lee said, “We won.”", "Lee said
    “We won” at the end of a sentence")."""
    best, q = m.best, m.q
    return cap and best is not None and best.cue_end <= q.open_mark and (
        q.open_mark - best.cue_end < 4
    ) and (m.pre.endswith(",") or q.end >= m.sent[1] - 2)


def split_quote_second_part(m: MarkSite, cap: bool) -> bool:
    """The second part of a split quote is direct ("“We won,” Lee said, “and we will again.”")."""
    best, q, text = m.best, m.q, m.text
    return best is not None and best.cue_end <= q.open_mark and (
        m.pre.endswith(",") and text[m.sent[0] : m.sent[0] + 1] in OPENERS
        and q.open_mark > m.sent[0] + 1 and q.end >= m.sent[1] - 2
    )


def direct_after_aside(m: MarkSite, cap: bool) -> bool:
    """A short aside between cue and quote keeps the quote direct ("Lee joked, with a grin,
    “Never again!”")."""
    best, q = m.best, m.q
    if cap and best is not None and best.cue_end <= q.open_mark and (
        m.pre.endswith(",") and q.end >= m.sent[1] - 2
    ):
        between = m.text[best.cue_end : q.open_mark]
        return len(between.split()) <= 12 and not any(o in between for o in OPENERS)
    return False


def clause_goes_on_lowercase(m: MarkSite) -> bool:
    """A quote the sentence goes on from in lower case is part of its clause (“Ready to go”
    would be the wrong words)."""
    text, q = m.text, m.q
    if not text[q.end - 1].isalnum():
        return False
    nxt = q.close_end
    while nxt < m.sent[1] and text[nxt] in " \u00a0":
        nxt += 1
    return nxt < m.sent[1] and text[nxt].islower()


def _is_direct(ctx: ArticleContext, m: MarkSite) -> bool:
    """A quote that stands as a sentence after a colon, dash or cue is direct; one inside a
    clause is partial."""
    best, q, pre = m.best, m.q, m.pre
    cap = _starts_capitalised(m.text, q)
    direct = cap and (pre == "" or pre.endswith((":", "—", "–", " -", "--", "(")) or (
        pre.endswith(",") and best is not None and best.cue_end <= q.open_mark
        and best.source is not None and best.content is None
    ))
    if not direct:
        for rule in ctx.sieves.chain("direct"):
            if rule(m, cap):
                direct = True
                break
    if direct and ctx.sieves.on(clause_goes_on_lowercase) and clause_goes_on_lowercase(m):
        direct = False
    return direct


def complementizer_before_colon(text: str, best: Attr | None, cs: int) -> int:
    """A direct quote after "adds that ...:" is one reported clause with it ("Lee adds that
    there are two choices: “Win or go home.”")."""
    if best is not None and best.content and best.cue_end <= best.content[0] < cs <= (
        best.content[1]
    ) and (that := with_complementizer(text, best.content[0])) < best.content[0]:
        return that
    return cs


def second_act_clause(text: str, best: Attr, q: Marked, lo: int) -> int:
    """A fragment after a second speech act belongs to that act's clause ("called it “odd”
    and urged voters “to stay home”")."""
    assert best.content is not None
    after = _SECOND_ACT.match(text, best.content[1], q.open_mark)
    if after is not None and after.group(1).lower() in lexicon().speech_forms:
        return max(lo, after.end())
    return lo


def but_contrast(text: str, best: Attr, q: Marked, cs: int) -> int:
    """A quoted contrast after a clause is part of the report ("said that A, but “B”")."""
    assert best.content is not None
    if _BUT.match(text, best.content[1], q.open_mark) is not None:
        return best.content[0]
    return cs


def _fragment_content(ctx: ArticleContext, m: MarkSite, attrs: list[Attr]) -> tuple[int, int]:
    """The reported clause around a partial quote."""
    text, q, sent, best, on = ctx.text, m.q, m.sent, m.best, ctx.sieves.on
    if best is not None and (held := held_by(best, q)) is not None:
        cs, ce = held
        outer = outer_clause(best, attrs, q, text)
        if outer is not None:
            cs, ce = outer  # "said she must reach voters in what he called a “mood”"
        return cs, _clause_end(ctx, q, ce)
    if best is not None:
        lo = max(sent[0], q.open_mark - MAX_CLAUSE)
        lo = max(lo, _clause_start(ctx, q, sent))
        if best.cue_end <= q.open_mark:
            lo = max(lo, best.cue_end)  # "“A,” the senator said his ... “B.”": after the cue
        ended = best.content is not None and best.cue_end <= best.content[1] <= q.open_mark
        if ended and on(second_act_clause):
            lo = second_act_clause(text, best, q, lo)
        cs, ce = trim_content(text, lo, sent[1])
        if ended and on(but_contrast):
            cs = but_contrast(text, best, q, cs)
        return min(cs, q.start), _clause_end(ctx, q, max(ce, q.end))
    # no reported clause ("X blasted Disney for its “outrageous practices”", or no cue at
    # all): the clause around the fragment, from the last clause break before it
    cs = _clause_start(ctx, q, sent)
    ce = _clause_end(ctx, q, sent[1])
    cs, _e = trim_content(text, cs, ce)
    return min(cs, q.start), ce


def _content_span(ctx: ArticleContext, m: MarkSite, attrs: list[Attr]) -> tuple[int, int]:
    """The reported content: the quotation with its marks (as in PARC and PolNeAR) for a
    direct quote, the clause around it for a partial one, with its "that"."""
    q, text = m.q, ctx.text
    if m.direct:
        cs = q.open_mark if q.open_mark < q.start else q.start
        ce = q.close_end if q.close_mark >= q.end and q.close_end > q.close_mark and (
            not text[q.close_mark].isalnum()
        ) else q.end
        if ctx.sieves.on(complementizer_before_colon):
            cs = complementizer_before_colon(text, m.best, cs)
        return cs, ce
    cs, ce = _fragment_content(ctx, m, attrs)
    return with_complementizer(text, cs), ce


def outer_reporter(best: Attr, attrs: list[Attr], kind: str, q: Marked) -> Attr:
    """A fragment inside an act the outer speaker reports is the outer speaker's ("Ray said
    Lee assured them that the plan “was sound”"); "according to X" only relays where the
    words come from, so the inner speaker keeps them ("Lee claims it was “rigged”,
    according to the Clarion")."""
    if kind == "partial" and best.lemma not in _INNER_SPEECH and held_by(best, q) and (
        best.source is not None and best.source.end <= best.cue_start
    ):
        reporter = next((b for b in attrs if b is not best and b.content and b.source
                         and b.content[0] <= best.cue_start < b.content[1]), None)
        if reporter is not None and reporter.speaker not in {None, best.speaker} and not (
            reporter.lemma == "according"  # "Lee claims ... “envious”, according to Ode"
        ):
            return reporter
    return best


def cueless_fragment_subject(ctx: ArticleContext, m: MarkSite, qt: Quote) -> bool:
    """A long fragment with no cue is the words of the sentence's subject ("Ann Lee has
    made a defence of “the values of the valley towns”"); sets the speaker, says if it did."""
    q, sent, text = m.q, m.sent, ctx.text
    subj = subject_speaker(ctx, sent, q.open_mark, q.paragraph)
    if subj is not None and subj.source is not None and not text[
        subj.source.end : q.open_mark
    ].strip():
        subj = None  # "Lee “kind of misspoke.”": the quote says it of him
    if subj is None:
        return False
    qt.speaker, qt.speaker_mention, qt.role = subj.speaker, subj.mention, subj.role
    return True


def owned_words(ctx: ArticleContext, m: MarkSite, qt: Quote) -> bool:
    """Words after "his comment that" or "Lee's claim that" are the owner's ("Lee stood by
    her remark that “the town is broke”"); sets the speaker, says if it did."""
    owned = _owned_words(ctx, m.q, m.sent)
    if owned is None:
        return False
    qt.speaker, qt.cue, qt.speaker_mention = owned
    return True


def _dash_speaker(ctx: ArticleContext, dash: re.Match[str], qt: Quote) -> None:
    title, name = split_title(tokens(ctx.text, dash.start("name"), dash.end("name"), Inside([])))
    qt.speaker = ctx.index.canonical(name, title)
    qt.cue, qt.speaker_mention = dash.group("cue"), dash.group("name").strip()
    ent = ctx.index.entity(qt.speaker)
    qt.role = ent.display_role() if ent is not None else None


def build_quote(
    ctx: ArticleContext, q: Marked, sent: tuple[int, int], attrs: list[Attr], pi: int
) -> tuple[Quote, bool] | None:
    """The Quote a pair of marks holds (None: no quote, a title or scare quotes), and whether
    it floats (no cue of its own)."""
    text, on = ctx.text, ctx.sieves.on
    if len(attrs) > 16:
        attrs = _nearby(attrs, q)
    best, dash = _cue_for(ctx, q, sent, attrs)
    pre = text[max(sent[0], q.open_mark - 300) : q.open_mark].strip()
    m = MarkSite(q, sent, text, best, dash, pre)
    m.direct = _is_direct(ctx, m)
    m.words = len(text[q.start : q.end].split())
    for drop in ctx.sieves.chain("mark_filter"):
        if drop(m):
            return None
    kind = "direct" if m.direct else "partial"
    cs, ce = _content_span(ctx, m, attrs)
    qt = Quote(None, kind, text[q.start : q.end], None, q.start, q.end, pi, None, None, cs, ce)
    if kind == "partial" and on(owned_words) and owned_words(ctx, m, qt):
        return qt, False
    if best is not None:
        if on(outer_reporter):
            best = outer_reporter(best, attrs, kind, q)
        if on(relay_continues_previous_line):
            best = relay_continues_previous_line(ctx, q, best)
        qt.speaker, qt.cue, qt.speaker_mention, qt.role = (
            best.speaker, best.cue, best.mention, best.role
        )
        if best.speaker is None and best.source is not None and best.source.kind == "pronoun":
            qt.speaker_mention = best.mention
    elif dash is not None:
        _dash_speaker(ctx, dash, qt)
        return qt, False
    elif kind == "partial" and m.words >= 6 and on(cueless_fragment_subject) and (
        cueless_fragment_subject(ctx, m, qt)
    ):
        return qt, False
    return qt, best is None


def _owned_words(
    ctx: ArticleContext, q: Marked, sent: tuple[int, int]
) -> tuple[str, str, str] | None:
    """(speaker, noun, owner) when the quotation follows "his comment that", "her remark",
    "Trump's claim that" and the owner resolves to a name."""
    if not ctx.text[max(0, q.open_mark - 6) : q.open_mark].rstrip().endswith("that"):
        return None  # (the cheap test first: the pattern ends with "that")
    lo = max(sent[0], q.open_mark - 160)
    m = _OWNED_WORDS.search(ctx.text[lo : q.open_mark])
    if m is None:
        return None
    owner = m.group(1)
    pos = lo + m.start(1)
    low = owner.lower()
    if low in {"his", "her"}:
        pronoun = POSSESSIVES[low]
        gender = ctx.lex.pronoun_gender.get(pronoun)
        subj = subject_speaker(ctx, sent, pos, q.paragraph)  # the clause's own subject
        ent = ctx.index.entity(subj.speaker) if subj is not None else None
        if subj is not None and ent is not None and ent.kind == "person" and (
            ent.gender in {None, gender}
        ):
            speaker = subj.speaker
        else:  # as "his report said" finds its owner
            speaker = ctx.index.fullest(
                ctx.index.resolve_pronoun(pronoun, pos, q.paragraph, ctx.common_word),
                gender)
    else:
        run = tokens(ctx.text, pos, pos + len(owner) - 2, Inside([]))
        title, words = split_title(run)
        speaker = ctx.index.canonical(words, title) if words else None
        if speaker is not None and ctx.common_word(speaker):
            speaker = None
    if speaker is None:
        return None
    return speaker, m.group(2), owner
