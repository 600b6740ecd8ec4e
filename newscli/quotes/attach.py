"""Quote -> attribution when no cue holds it: a label, a colon or a comma after a name."""

from __future__ import annotations

import re

from newscli.quotes.context import ArticleContext
from newscli.quotes.lexicon import lexicon
from newscli.quotes.marks import Marked
from newscli.quotes.model import Attr, make_source
from newscli.quotes.names import CONNECTORS, FUNCTION_WORDS
from newscli.quotes.phrases import name_run_left
from newscli.quotes.resolve import resolve, subject_speaker
from newscli.quotes.subject import main_subject
from newscli.quotes.text import Token, tokens
from newscli.quotes.words import AUXILIARIES, PREV_WORD, SUBJ_PRONOUNS


def _label_name(toks: list[Token]) -> list[Token] | None:
    """The tokens of a name that is all there is before a colon (a dash or bullet and a
    parenthesis like "(R-S.C.)" allowed), else None."""
    dashes = [x for x, t in enumerate(toks) if t.text in {"-", "—", "–", "*", "•"}]
    if dashes:
        toks = toks[dashes[-1] + 1 :]  # "- Jeffrey M. Jones:", "A HEADING - Carl Bialik:"
    if toks and toks[-1].text == ")":
        k = len(toks) - 1
        while k > 0 and toks[k].text != "(":
            k -= 1
        toks = toks[:k]
    if not 1 <= len(toks) <= 10 or not toks[0].cap or not toks[-1].cap:
        return None
    if toks[0].low in FUNCTION_WORDS or any(t.quoted for t in toks):
        return None
    if not all(t.cap or t.text == "." or t.low in CONNECTORS for t in toks):
        # "Former secretary of state Hillary Rodham Clinton:": the name after the role
        b = len(toks) - 1
        while b > 0 and (toks[b - 1].cap or toks[b - 1].text == "."):
            b -= 1
        if len(toks) - b >= 2 and toks[b].low in lexicon().first_name_gender and all(
            t.text.isalpha() for t in toks[:b]
        ):
            return toks[b:]
        return None
    if len(toks) > 6:
        return None
    if all(t.text.isupper() for t in toks if t.text.isalpha()) and len(toks) > 1:
        return None  # "WHAT'S BREWING:" a heading
    return toks


def headline_person(ctx: ArticleContext) -> str | None:
    """The person the headline opens with, when it opens with a label ("Name: ...")."""
    idx, head = ctx.index, ctx.article.headline or ""
    lead = idx.headline_subject
    if lead is None or idx.entities[lead].kind != "person" or ":" not in head[:60]:
        return None
    return idx.fullest(lead)


def label_speaker(ctx: ArticleContext, q: Marked, sent: tuple[int, int]) -> Attr | None:
    """`Name: “...”`: "Rep. Trey Gowdy (R-S.C.): “...”", "- Jeffrey M. Jones: “...”", a
    name as the label of the quote."""
    colon = ctx.text.rfind(":", sent[0], q.open_mark)
    toks = tokens(ctx.text, sent[0], colon, ctx.inside_marks)
    label = _label_name(toks)
    if label is None:
        return None
    named = make_source("name", label, ctx.text)
    a = Attr(len(toks) - 1, toks[-1].start, toks[-1].end, ":", "say", named, None, 0)
    resolve(ctx, a, q.paragraph)
    return a


def colon_speaker(ctx: ArticleContext, q: Marked, sent: tuple[int, int]) -> Attr | None:
    """`Name verb: “...”` with a verb the lexicon does not know: the name speaks."""
    labelled = label_speaker(ctx, q, sent)
    if labelled is not None:
        return labelled
    colon = ctx.text.rfind(":", sent[0], q.open_mark)
    toks = tokens(ctx.text, sent[0], colon, ctx.inside_marks)
    if len(toks) < 2 or len(toks) > 40:
        return None
    verb = toks[-1]
    if not verb.cap and verb.text.isalpha() and verb.low.endswith(("ed", "s")):
        src = main_subject(toks, len(toks) - 1, ctx.text)
        if src is not None and src.kind == "name" and src.end == toks[-2].end:
            a = Attr(len(toks) - 1, verb.start, verb.end, verb.text, verb.low, src, None, 0)
            resolve(ctx, a, q.paragraph)
            return a
    # "Here's Clinton in December 1992: “...”", "President Clinton released the following
    # statement: “...”": the named subject of the clause before the colon
    subj = subject_speaker(ctx, (sent[0], colon), colon, q.paragraph)
    if subj is not None and subj.source is not None and subj.source.kind == "name":
        subj.cue = ":"
        return subj
    return None


def verb_comma_speaker(ctx: ArticleContext, q: Marked, sent: tuple[int, int]) -> Attr | None:
    """`Name verbed, “...”` with a verb the lexicon does not know ("Hillary Clinton
    cracked, “...”"): the name, right before the verb, speaks."""
    comma = ctx.text.rfind(",", sent[0], q.open_mark)
    toks = tokens(ctx.text, sent[0], comma, ctx.inside_marks)
    if len(toks) < 2 or len(toks) > 40 or q.end - q.start < 20:
        return None
    verb = toks[-1]
    if verb.cap or not verb.text.isalpha() or not verb.low.endswith("ed") or (
        verb.low in FUNCTION_WORDS
    ):
        return None
    if not toks[-2].cap or toks[-2].quoted:
        return None
    first = name_run_left(toks, len(toks) - 2, 0)
    run = toks[first : len(toks) - 1]
    if not run or run[0].low in FUNCTION_WORDS or first > 0 and toks[first - 1].text not in {
        ",", "-", "—", "–", ";"
    }:
        return None  # the name opens its clause ("..., Hillary Clinton cracked, “...”")
    src = make_source("name", run, ctx.text)
    a = Attr(len(toks) - 1, verb.start, verb.end, verb.text, verb.low, src, None, 0)
    resolve(ctx, a, q.paragraph)
    return a


def subject_before(text: str, pos: int) -> bool:
    """Is the word before ``pos`` a name, a subject pronoun or an auxiliary (the cue is a verb,
    not "a film called")?"""
    m = PREV_WORD.search(text, max(0, pos - 30), pos)
    return m is None or m.group(1) in SUBJ_PRONOUNS or m.group(1) in AUXILIARIES


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
_DASH_LABEL = re.compile(r" (?:-|—|–|--) [A-Z]")  # "... contests - Philip Bump: “...”"


# --- stage "label": a speaker for a quote no cue holds, before or instead of the cue ---------


def dash_label(
    ctx: ArticleContext, q: Marked, sent: tuple[int, int], best: Attr | None
) -> Attr | None:
    """A name a dash sets off before a colon labels the quote, not a cue before it ("... for
    the party - Ann Lee: “...”")."""
    text = ctx.text
    colon = text[max(sent[0], q.open_mark - 3) : q.open_mark].strip().endswith(":")
    if colon and best is not None and best.cue_end <= q.open_mark and _DASH_LABEL.search(
        text, best.cue_end, q.open_mark
    ):
        return label_speaker(ctx, q, sent) or best
    return best


def colon_label(
    ctx: ArticleContext, q: Marked, sent: tuple[int, int], best: Attr | None
) -> Attr | None:
    """A name (or the subject of the clause) before a colon speaks the quote after it ("Ann
    Lee: “...”", "And Lee gloated: “...”")."""
    if best is None and ctx.text[max(sent[0], q.open_mark - 3) : q.open_mark].strip().endswith(
        ":"
    ):
        return colon_speaker(ctx, q, sent)
    return best


def comma_label(
    ctx: ArticleContext, q: Marked, sent: tuple[int, int], best: Attr | None
) -> Attr | None:
    """A name and a verb the lexicon does not know, then a comma, speak the quote ("Ann Lee
    quipped, “...”")."""
    if best is None and ctx.text[max(sent[0], q.open_mark - 3) : q.open_mark].strip().endswith(
        ","
    ):
        return verb_comma_speaker(ctx, q, sent)
    return best


# --- stage "signature": a name after the quote ---------------------------------------------


def dash_signature(text: str, q: Marked) -> re.Match[str] | None:
    """A dash and a name after a quote sign it (“We won.” — Ann Lee)."""
    return DASH_ATTR.match(text, q.close_end, min(len(text), q.close_end + 90))


def name_verbed_signature(text: str, q: Marked) -> re.Match[str] | None:
    """A name and a past-tense verb the lexicon lacks, ending the sentence, speak the quote
    (“Why?” Lee pressed.)."""
    if text[q.end - 1 : q.end] in {",", "?", "!"}:
        return NAME_VERBED.match(text, q.close_end, min(len(text), q.close_end + 60))
    return None
