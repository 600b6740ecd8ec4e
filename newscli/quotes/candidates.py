"""A pair of quote marks -> a Quote: direct or partial, its content span and its cue."""

from __future__ import annotations

import re

from newscli.quotes.attach import colon_speaker, label_speaker, subject_before, verb_comma_speaker
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
from newscli.quotes.filters import looks_like_title, one_capitalised_word
from newscli.quotes.marks import Marked
from newscli.quotes.model import Attr, Quote
from newscli.quotes.resolve import subject_speaker
from newscli.quotes.speakers import split_title
from newscli.quotes.text import Inside, tokens
from newscli.quotes.words import BARE_CLAUSE, MAX_CLAUSE, NAMING, OPENERS, POSSESSIVES, TITLE_LEADS

DASH_ATTR = re.compile(
    r"\s*(?P<cue>[―—–-]{1,2})[ \t\u00a0]*(?P<name>(?:[A-Z][\w.’'-]*[ \t\u00a0]?){1,5})"
    r"(?=[.,\n]|$)"
)


# “...?” Hannity pressed.: a name and a past-tense verb the lexicon does not know, then the
# sentence ends
NAME_VERBED = re.compile(
    r"[ \t\u00a0]+(?!(?:I|We|He|She|They|It|You)\b)"
    r"(?P<name>(?:[A-Z][\w.’'-]*[ \t\u00a0]){1,4})(?P<cue>[a-z]+ed)(?=[.]|$)"
)


_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;—–(]")  # (not the comma of "1,237")


_WORD = re.compile(r"\w")


_DASH_LABEL = re.compile(r" (?:-|—|–|--) [A-Z]")  # "... contests - Philip Bump: “...”"


_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)")


# a second act of the subject after a fragment ("... “third-rate” and boycotted ..."), not a
# participle describing the fragment's subject ("was “very modest” and designed to ...")
_AND_VERB = re.compile(
    r"[ \u00a0]and[ \u00a0]+(?:then[ \u00a0]+|also[ \u00a0]+)?"
    r"(?!(?:designed|aimed|intended|expected|based|used|supposed|meant|determined|committed|"
    r"prepared|concerned|interested|involved|related|focused)\b)[a-z]+ed\b"
    r"(?![ \u00a0]+(?:at|by|with)\b)"
    r"|[ \u00a0]and[ \u00a0]+(?:has|have|made|cast|took|gave|said|told)\b"
)


# "his comment Monday that “...”", "Trump's claim that “...”": words the owner said
_OWNED_WORDS = re.compile(
    r"\b(his|her|[A-Z][\w.-]*(?:[ \u00a0][A-Z][\w.-]*){0,2}['’]s)[ \u00a0]+"
    r"(?:[a-z-]+[ \u00a0]+)?(comments?|remarks?|claims?|assertions?|statements?|suggestion|"
    r"promises?|pledge|vow|warnings?|argument|insistence|contention|declaration|boast|"
    r"charges?|accusations?|quip|admission|assurances?|prediction|words)"
    r"(?:[ \u00a0]+(?:on[ \u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today|earlier))?[ \u00a0]+that[ \u00a0]+$"
)


_GOES_ON = frozenset("because compared where even although though whereas unless".split())


_PREV_WORD_ANY = re.compile(r"(\w+|['’]s)\W*$")


_WORKS = frozenset(
    "book books film films movie movies album albums song songs show shows programme program "
    "novel novels memoir memoirs play series documentary titled entitled".split()
)


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


def build_quote(ctx: ArticleContext, q: Marked, sent: tuple[int, int], attrs: list[Attr], pi: int
) -> tuple[Quote, bool] | None:
    text = ctx.text
    best: Attr | None = None
    best_d = 10**9
    if len(attrs) > 16:  # a huge sentence: only the cues nearest the quote
        lo, hi = 0, len(attrs)
        while lo < hi:  # bisect on cue_start without building a key list
            mid = (lo + hi) // 2
            if attrs[mid].cue_start < q.open_mark:
                lo = mid + 1
            else:
                hi = mid
        attrs = attrs[max(0, lo - 8) : lo + 8]
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
            if begin == a.cue_start and a.cue.endswith("ing") or introduces_quote(best, q, text):
                following = a  # “...,” claiming ...: unless a cue before holds the quote
                continue
            if text[q.end - 1] in ".!?" and a.content is not None and (
                a.content[0] >= a.cue_end
            ) and (a.lemma == "tell" or text[a.cue_end : a.content[0]].strip() in {
                "", "that", ","}) and (
                reported_clause(text[a.content[0] : a.content[1]])
            ):
                # “... this result.” Gerrard admitted he thought ...: its own report, and
                # so are the cues after it
                own_report = min(own_report, begin)
                continue
            best = a  # “...,” asked Dunn / “...,” Stoltenberg said: right after the quote
            break
        if begin >= q.close_end and text[q.end - 1] in ".!?" and introduces_next(a, text):
            continue  # “A.” Of Carson, Levine said, “B.”: the cue is B's, not A's
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
        best = following  # (not "insisted that he has “...,” claiming" / "said, “...,” adding")
    colon = text[max(sent[0], q.open_mark - 3) : q.open_mark].strip().endswith(":")
    if best is None and colon:
        best = colon_speaker(ctx, q, sent)  # "And Mr. Christie gloated: “...”"
    elif best is None and text[max(sent[0], q.open_mark - 3) : q.open_mark].strip().endswith(
        ","
    ):
        best = verb_comma_speaker(ctx, q, sent)  # "Hillary Clinton cracked, “...”"
    elif colon and best is not None and best.cue_end <= q.open_mark and _DASH_LABEL.search(
        text, best.cue_end, q.open_mark
    ):
        # "... important for Republican contests - Philip Bump: “...”": the name the dash
        # sets off as the label, not a cue before it
        best = label_speaker(ctx, q, sent) or best
    dash = None
    if best is None:  # “...” ― Christina Lastra / "..." -Commissioner Ann Lee
        dash = DASH_ATTR.match(text, q.close_end, min(len(text), q.close_end + 90))
        if dash is None and text[q.end - 1 : q.end] in {",", "?", "!"}:
            dash = NAME_VERBED.match(text, q.close_end, min(len(text), q.close_end + 60))
    pre = text[max(sent[0], q.open_mark - 300) : q.open_mark].strip()
    lead = q.start
    while lead < q.end - 1 and text[lead] in "….\u00a0 ":
        lead += 1  # "… they are so not like him": the words after an opening ellipsis
    first = text[lead]
    cap = first.isupper() or first.isdigit() or first in "[(\"'“‘" or (
        lead > q.start and first.isalpha())
    direct = cap and (pre == "" or pre.endswith((":", "—", "–", " -", "--", "(")) or (
        pre.endswith(",") and best is not None and best.cue_end <= q.open_mark
        and best.source is not None and best.content is None
    ))
    if not direct and cap and best is not None and best.cue_end <= q.open_mark and (
        q.open_mark - best.cue_end < 4
    ) and (pre.endswith(",") or q.end >= sent[1] - 2):
        direct = True  # X said, “...”  /  X said “We ...” (the quote ends the sentence)
    if not direct and best is not None and best.cue_end <= q.open_mark and (
        pre.endswith(",") and text[sent[0] : sent[0] + 1] in OPENERS
        and q.open_mark > sent[0] + 1 and q.end >= sent[1] - 2
    ):
        direct = True  # “A,” Smith said, “but B.”: the second part of a split quote
    if not direct and cap and best is not None and best.cue_end <= q.open_mark and (
        pre.endswith(",") and q.end >= sent[1] - 2
    ):
        between = text[best.cue_end : q.open_mark]
        if len(between.split()) <= 12 and not any(m in between for m in OPENERS):
            direct = True  # "Beck joked, again using a drawl, “Amen, brother!”"
    if direct and text[q.end - 1].isalnum():
        nxt = q.close_end
        while nxt < sent[1] and text[nxt] in " \u00a0":
            nxt += 1
        if nxt < sent[1] and text[nxt].islower():
            direct = False  # “Boots on the ground” would be appropriate: the clause goes on
    words = len(text[q.start : q.end].split())
    if best is None and dash is None and words <= 2:
        return None  # scare quotes
    nickname = best is not None and best.lemma in NAMING and best.cue_end < q.open_mark and (
        _WORD.search(text, best.cue_end, q.open_mark) is not None
        and text[best.cue_start - 1 : best.cue_start] == " "
        and subject_before(text, best.cue_start)
    )  # "he called Rubio “Little Marco”": a name the speaker gives, not a title
    if (not direct or (best is None and dash is None)) and not nickname and (
        looks_like_title(text[q.start : q.end], best is not None)
    ):
        return None  # “Saturday Night Live”, “The Art of the Deal”: a title, not speech
    lead_word = _PREV_WORD_ANY.search(pre[-40:]) if not direct else None
    if lead_word is not None and lead_word.group(1).lower() in TITLE_LEADS and (
        looks_like_title(text[q.start : q.end], False)
        or one_capitalised_word(text[q.start : q.end])
    ):
        # "said on ABC's “This Week.”", "star of television's “Scandal,”", "in charge of
        # “Today”": a show's or work's name after "on", "of" or "'s"
        return None
    work = _PREV_WORD_ANY.search(pre[-40:])
    if work is not None and work.group(1).lower() in _WORKS and (
        looks_like_title(text[q.start : q.end], False, longest=16)
    ):
        return None  # "in his 2012 book, ''An American Son.''": the work's title
    kind = "direct" if direct else "partial"
    if direct:
        # the reported content of a direct quote is the quotation with its marks (as in
        # PARC and PolNeAR; `start`/`end` stay the words inside)
        cs = q.open_mark if q.open_mark < q.start else q.start
        ce = q.close_end if q.close_mark >= q.end and q.close_end > q.close_mark and (
            not text[q.close_mark].isalnum()
        ) else q.end
        if best is not None and best.content and best.cue_end <= best.content[0] < cs <= (
            best.content[1]
        ) and (that := with_complementizer(text, best.content[0])) < best.content[0]:
            cs = that  # "adds that Muslims have two choices: “...”": one reported clause
    elif best is not None and (held := held_by(best, q)) is not None:
        cs, ce = held
        outer = outer_clause(best, attrs, q, text)
        if outer is not None:
            cs, ce = outer  # "said she must reach voters in what he called a “mood”"
        ce = _clause_end(ctx, q, ce)
    elif best is not None:
        lo = max(sent[0], q.open_mark - MAX_CLAUSE)
        lo = max(lo, _clause_start(ctx, q, sent))
        if best.cue_end <= q.open_mark:
            lo = max(lo, best.cue_end)  # "“A,” the senator said his ... “B.”": after the cue
        ended = best.content is not None and best.cue_end <= best.content[1] <= q.open_mark
        if ended and best.content is not None:
            # "called it “shameful” and called on leaders “not to ...”": the second act's
            after = _SECOND_ACT.match(text, best.content[1], q.open_mark)
            if after is not None and after.group(1).lower() in ctx.lex.speech_forms:
                lo = max(lo, after.end())
        cs, ce = trim_content(text, lo, sent[1])
        if ended and best.content is not None and _BUT.match(
            text, best.content[1], q.open_mark
        ) is not None:
            cs = best.content[0]  # "said that A, but “B”": the quoted contrast is theirs too
        cs, ce = min(cs, q.start), _clause_end(ctx, q, max(ce, q.end))
    else:
        # no reported clause ("X blasted Disney for its “outrageous practices”", or no
        # cue at all): the quoted words are the content
        cs, ce = q.start, q.end
        if not direct:
            # the clause around the fragment: from the last clause break before it
            cs = _clause_start(ctx, q, sent)
            ce = _clause_end(ctx, q, sent[1])
            cs, _e = trim_content(text, cs, ce)
            cs = min(cs, q.start)
    if kind == "partial":
        cs = with_complementizer(text, cs)
    qt = Quote(None, kind, text[q.start : q.end], None, q.start, q.end, pi, None, None, cs, ce)
    if kind == "partial" and (owned := _owned_words(ctx, q, sent)) is not None:
        # "Trump stood by his comment that “Islam hates us”", "mocked her remark that
        # “...”": the owner of the words said them
        qt.speaker, qt.cue, qt.speaker_mention = owned
        return qt, False
    if best is not None:
        if kind == "partial" and best.lemma not in _INNER_SPEECH and held_by(best, q) and (
            best.source is not None and best.source.end <= best.cue_start
        ):
            # an act the outer speaker reports ("Meeks said Clinton reassured them that
            # Democrats “were not ...”"): the outer speaker's words
            reporter = next((b for b in attrs if b is not best and b.content and b.source
                             and b.content[0] <= best.cue_start < b.content[1]), None)
            if reporter is not None and reporter.speaker not in {None, best.speaker}:
                best = reporter
        qt.speaker, qt.cue, qt.speaker_mention, qt.role = (
            best.speaker, best.cue, best.mention, best.role
        )
        if best.speaker is None and best.source is not None and best.source.kind == "pronoun":
            qt.speaker_mention = best.mention
    elif dash is not None:
        title, name = split_title(
            tokens(text, dash.start("name"), dash.end("name"), Inside([])))
        qt.speaker = ctx.index.canonical(name, title)
        qt.cue, qt.speaker_mention = dash.group("cue"), dash.group("name").strip()
        ent = ctx.index.entity(qt.speaker)
        qt.role = ent.display_role() if ent is not None else None
        return qt, False
    elif kind == "partial" and words >= 6:
        # no speech cue: a fragment quoted in a sentence about someone is theirs
        # ("Donald Trump has delivered an impassioned defense of “New York values,”")
        subj = subject_speaker(ctx, sent, q.open_mark, pi)
        if subj is not None and subj.source is not None and not text[
            subj.source.end : q.open_mark
        ].strip():
            subj = None  # "Biden “kind of misspoke.”": the quote says it of him
        if subj is not None:
            qt.speaker, qt.speaker_mention, qt.role = subj.speaker, subj.mention, subj.role
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
