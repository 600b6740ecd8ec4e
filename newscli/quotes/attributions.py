"""Per sentence: each speech cue with its source phrase and reported clause (an Attr)."""

from __future__ import annotations

import re

from newscli.quotes.content import content_after, trim_content
from newscli.quotes.cues import is_cue
from newscli.quotes.lexicon import lexicon
from newscli.quotes.model import Attr, Source, make_source
from newscli.quotes.phrases import skip_left
from newscli.quotes.source_left import left_source, name_before_adjunct
from newscli.quotes.source_right import right_source, with_author
from newscli.quotes.speakers import DETERMINERS, FUNCTION_WORDS
from newscli.quotes.subject import (
    after_opening_clause,
    main_subject,
    opening_np,
    other_subject,
    verb_after_name,
)
from newscli.quotes.text import Token
from newscli.quotes.words import (
    AUXILIARIES,
    BELIEFS,
    CLOSING_MARKS,
    NAMING,
    NP_STOP,
    OBJECT_PREPS,
    SUBORDINATORS,
    WEEKDAYS,
)

_THREE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S")


_QUOTE_END_PUNCT = frozenset(",?!—–")  # “...,” X said: the quote ends on a comma


_MODALS = frozenset("would could might should will may can".split())


_OPENS_CLAUSE = frozenset("because but and that while although though so since if".split())


# cues whose next noun phrase is their object, never an inverted speaker
_OBJECT_FIRST = frozenset("tell thank praise blame accuse credit criticise criticize slam "
                          "attack label brand dub call describe".split())


def find_attrs(toks: list[Token], text: str, sent: tuple[int, int]) -> list[Attr]:
    if not toks:
        return []  # a sentence left untokenised has no cue
    attrs: list[Attr] = []
    n = len(toks)
    cue_words = lexicon().cue_words
    i = 0
    while i < n:
        if toks[i].low not in cue_words:
            i += 1
            continue
        hit = is_cue(toks, i)
        if hit is None:
            i += 1
            continue
        last, lemma = hit
        if (i > 0 and toks[i - 1].low in _MODALS or lemma in BELIEFS) and attrs and (
            attrs[-1].content and attrs[-1].content[0] <= toks[i].start < attrs[-1].content[1]
        ):
            # "According to X, the media would call him a “chicken”", "He says if people think
            # ... “establishment politics”": the words the outer speaker reports
            i = last + 1
            continue
        cue_text = text[toks[i].start : toks[last].end]
        src: Source | None = None
        first = i
        content: tuple[int, int] | None = None
        intro = False
        if lemma == "according":
            rs = right_source(toks, last, text)
            if rs is None:
                # "according to some on Twitter": an attribution to an unnamed source
                e = last + 1
                while e < n and e - last <= 8 and toks[e].text not in NP_STOP and not (
                    toks[e].quoted
                ):
                    e += 1
                if e > last + 1:
                    np_toks = toks[last + 1 : e]
                    rs = (make_source("other", np_toks, text), last + 1)
            if rs is not None:
                rs = with_author(toks, rs, text)  # "according to a report by analysts Forrester"
                src = rs[0]
                np_end = src.end
                leads = i == 0 or toks[i - 1].text in {"—", "–"}
                if leads or i > 1 and toks[i - 1].text == "," and toks[i - 2].low in _OPENS_CLAUSE:
                    # "According to X, CONTENT", "..., because, according to X, CONTENT"
                    comma = next((t for t in toks[last + 1 : last + 40]
                                  if t.start >= np_end and t.text == ","), None)
                    if comma is not None:
                        content = trim_content(text, comma.end, sent[1])
                if content is None and not leads:
                    content = trim_content(text, sent[0], toks[i].start, keep_end=True)
        else:
            prev = toks[i - 1] if i > 0 else None
            participle = (
                toks[i].low.endswith("ing") and prev is not None and (not prev.quoted and (
                    prev.text in {",", "—"} or prev.low in {"before", "after", "while", "by",
                                                           "when", "and", "upon"}
                ) or prev.quoted and prev.text in CLOSING_MARKS and toks[i - 2].text == ",")
            )  # ('... “win this race,” adding that ...': the comma inside the closing mark)
            left = None if participle else left_source(toks, i, text)
            if left is not None and left[0].kind in {"role", "other"} and prev is not None and (
                prev.text == "," and last + 1 < n and toks[last + 1].cap and lemma != "tell"
            ) and (rs := right_source(toks, last, text)) is not None and rs[0].kind == "name":
                left = None  # "..., forcing her to ..., said Brad Bannon": the name after speaks
            inverted_ok = prev is None or prev.text in {",", "—"} or (
                prev.quoted and (prev.text in CLOSING_MARKS or (
                    # a closing mark typeset the wrong way round: “It's unusual,“ said X
                    prev.text in "“‘" and prev.start > 0 and not text[prev.start - 1].isspace()
                ))
            )
            if i == 0 and toks[0].low.endswith("ing") and (
                opener := after_opening_clause(toks, last, text)
            ) is not None:
                # "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did
                # suggest ...": the subject of the main clause after the participle's
                src, first = opener, i
            elif participle:
                if attrs and attrs[-1].source is not None:
                    src = attrs[-1].source  # ", adding that ..." inherits the subject
                else:
                    src = main_subject(toks, i, text)  # "On Tuesday, X endorsed Y, citing ..."
                    if src is None:
                        src = opening_np(toks, i, text)  # "The businessman began ..., saying"
                first = i
            elif left is not None and toks[i].low.endswith("ing") and (left[0].kind in {
                "role", "other"
            } and left[1] > 0 and left[0].toks[0].low in DETERMINERS | {"a", "an", "the"} or (
                left[0].kind == "name" and left[1] > 0 and toks[left[1] - 1].low in OBJECT_PREPS
                and toks[left[1] - 1].low not in {"with", "without"}  # "with X saying": X does
            )):  # (or "wrote in a statement to Wired explaining ...": not Wired)
                # "Trump and Ryan issued a statement describing ...": the subject speaks
                src = main_subject(toks, left[1], text) or (
                    attrs[-1].source if attrs and attrs[-1].source else left[0])
                first = i
            elif left is not None and left[1] == 0 and left[0].kind in {"role", "other"} and (
                toks[i].low.endswith("ing") and verb_after_name(left[0])
            ):
                # "Sanders emailed supporters saying ...": the name and its verb are no phrase
                src = main_subject(toks, i, text) or opening_np(toks, i, text) or left[0]
                first = i
            elif left is not None:
                src, first = left
            elif (pk := skip_left(toks, i - 1)) >= 0 and (toks[pk].low in {"and", "but"} or (
                toks[pk].text == "," and toks[pk + 1].low == "then"  # "X paused, then said"
            )) and not toks[pk].quoted:  # (also "... and then tweeted")
                # "Rubio thanked Miami and said it was great to be home": the subject of the
                # clause before "and" ("When told X ..., Bush thought a moment and said")
                seg = pk - 1 if pk > 0 and toks[pk - 1].text == "," else pk
                lo = seg - 1
                while lo >= 0 and toks[lo].text not in {",", ";", "—"} and not toks[lo].quoted:
                    lo -= 1
                near = main_subject(toks[lo + 1 : seg], seg - lo - 1, text) if (
                    seg - lo > 2 and (lo < 0 or not toks[lo].quoted) and (
                        not attrs or attrs[-1].cue_start < (toks[lo].start if lo >= 0 else 0))
                ) else None
                verb = next((t for t in toks[lo + 1 : seg] if near and t.start >= near.end), None)
                if near is not None and near.kind in {"name", "pronoun"} and (
                    near.start == toks[lo + 1].start and verb is not None and not verb.cap
                    and verb.text.isalpha()
                ):
                    src = near  # the clause opens with its subject, after the last attribution
                else:
                    src = attrs[-1].source if attrs and attrs[-1].source else main_subject(
                        toks, i, text)
                first = i
            elif toks[i].low.endswith("ing") and prev is not None and not prev.cap and (
                prev.text.isalpha() and prev.low not in AUXILIARIES
                and prev.low not in FUNCTION_WORDS and any(t.quoted for t in toks[i + 1 : i + 10])
            ) and (ms := main_subject(toks, i, text)) is not None and ms.kind in {
                "name", "pronoun"
            }:
                src = ms  # "Trump placed ads calling the deal a “mistake”": the subject's
                first = i
            elif inverted_ok and lemma not in _OBJECT_FIRST:
                # ("..., told BBC Wales", "..., thanked Obama for ...": the listener)
                rs = right_source(toks, last, text)
                if rs is not None:
                    src = with_author(toks, rs, text)[0]  # "..., predicts the report by BT"
            if src is None and not participle and prev is not None:
                other = other_subject(toks, i, text)  # "Several said", "those surveyed said"
                if other is not None:
                    src, first = name_before_adjunct(toks, other[0], other[1], text) or other
            if src is None:
                i = last + 1
                continue
            if src.start >= toks[last].end:
                # inverted: CONTENT, said X
                cut = toks[i - 1].start if i > 0 and toks[i - 1].text == "," else toks[i].start
                content = trim_content(text, sent[0], cut, keep_end=True) if i > 0 else None
            else:
                before_src = first - 1
                w = skip_left(toks, i - 1)
                sub = (first > 0 and toks[first - 1].low in SUBORDINATORS) or (
                    bool(toks) and toks[0].low in SUBORDINATORS and first < 12
                ) or (w >= 1 and toks[w].low == "who" and toks[w - 1].text == ",")
                # (", who said ..., ": the relative clause ends at its comma)
                after = content_after(toks, last, lemma, sent[1], text, sub)
                if after is not None and not _THREE_WORDS.match(text, after[0], after[1]) and (
                    text[max(0, after[0] - 5) : after[0]].lower() != "that "  # "that X quit"
                ) and not (
                    lemma in NAMING and any(t.quoted for t in toks[last + 1 : last + 6])
                ):  # "called Trump “unhinged”": the object and the quoted name
                    after = None
                mark = before_src if before_src >= 0 and toks[before_src].text != "," else (
                    before_src - 1)
                at = toks[mark].start if mark >= 0 else 0
                quoted_before = mark >= 0 and toks[mark].quoted and not (
                    toks[mark].text.isalnum()) and text[at - 1 : at] in _QUOTE_END_PUNCT
                if after is not None and quoted_before and not (
                    text[after[0] : after[0] + 5].lower() == "that "
                ):
                    # “...,” Clinton told a crowd in Seattle / said Sunday on NBC: the quote is
                    # what was said; the words after the cue are its setting
                    after = None
                if after is not None:
                    content = after
                elif participle and first == i and not toks[before_src].quoted:
                    content = None  # "X defended Y, saying Z quit": the clause before is X's act
                elif before_src >= 0 and toks[before_src].text in {",", "—"} and not toks[
                    before_src
                ].quoted or (before_src >= 0 and toks[before_src].quoted):
                    # CONTENT, X said ... / "QUOTE," X said
                    cut = toks[before_src].start if not toks[before_src].quoted else toks[
                        before_src
                    ].end
                    content = trim_content(text, sent[0], cut, keep_end=True)
                    # parenthetical "..., he noted, the alliance will ..."
                    k = last + 1
                    while k < n and toks[k].low in WEEKDAYS:
                        k += 1
                    if k + 1 < n and toks[k].text == "," and not toks[k + 1].quoted and not (
                        toks[k + 1].low.endswith("ing") or toks[k + 1].low == "according"
                    ):
                        content = trim_content(text, sent[0], sent[1])
                    elif k + 1 < n and toks[k].text == "," and toks[k + 1].quoted:
                        content = trim_content(text, sent[0], sent[1])
                else:
                    content = after
                    if content is None and last + 1 < n and toks[last + 1].text == ":":
                        intro = True
                    elif content is None and last + 1 >= n:
                        intro = text[sent[1] - 1 : sent[1]] == ":"
        if src is not None and text[sent[1] - 1 : sent[1]] == ":" and not any(
            t.quoted for t in toks[last + 1 : last + 30]
        ):
            intro = True  # "Cruz called them on it:" introduces the next paragraph's quote
        attrs.append(Attr(i, toks[i].start, toks[last].end, cue_text, lemma, src, content, first,
                          intro=intro))
        i = last + 1
    # "He says he respects Clinton and calls her ...": a clause ends where the next cue's
    # own clause begins
    for a, b in zip(attrs, attrs[1:], strict=False):
        if a.content is None or not (a.content[0] < b.cue_start < a.content[1]):
            continue
        cut = b.src_first if b.src_first < b.cue_i else b.cue_i
        if cut == 0 or toks[cut - 1].low not in {"and", "but", ",", "—", ";"}:
            continue  # nested: "said that critics had been predicting ..." stays whole
        while cut > 0 and toks[cut - 1].low in {"and", "but", ",", "—", ";"}:
            cut -= 1
        if toks[cut].start > a.content[0]:
            a.content = trim_content(text, a.content[0], toks[cut].start)
    return attrs
