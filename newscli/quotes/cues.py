"""Speech cues: is this token a verb (or phrase) of saying, and which lemma?"""

from __future__ import annotations

import re

from newscli.quotes.kin import family_count_ends
from newscli.quotes.lexicon import lexicon, word_set
from newscli.quotes.names import DETERMINERS, FUNCTION_WORDS, TIME_WORDS
from newscli.quotes.phrases import before_group, name_run_left, role_head, verb_like
from newscli.quotes.text import Token
from newscli.quotes.words import (
    AUTHORED,
    AUXILIARIES,
    FINITE_AUX,
    GROUP_PRONOUNS,
    NAMING,
    NOUN_DETS,
    OBJECT_PRONOUNS,
    PREPS,
    SUBJ_PRONOUNS,
)

PASSIVE = frozenset("is was were are been be being".split())

MAKE_FORMS = frozenset("make makes made making".split())
_ARGUED = frozenset("case point argument".split())
_ARGUED_DETS = frozenset("the a his her their its".split())
CASE_MADE = re.compile(r"\b(?:make|makes|made|making) (?:the|a|his|her|their|its) "
                       r"(?:case|point|argument),? that\b")


def state_before_noun(toks: list[Token], i: int) -> bool:
    """"State" between a place name and a lower-case noun is the noun, not the verb ("Dan
    Ode, Ohio state director of Acme, was unsure": no cue)."""
    if toks[i].low != "state" or i == 0 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return prev.cap and not prev.quoted and prev.low not in SUBJ_PRONOUNS and (
        nxt.text.isalpha() and not (nxt.cap or nxt.quoted or nxt.low.endswith("ly"))
        and nxt.low not in FUNCTION_WORDS and nxt.low not in PREPS)  # ("they state in ...")


def case_made_that(toks: list[Token], i: int) -> int | None:
    """"Made the case that", "makes the point that", "made his argument that" report speech,
    as "argued that" does ("Lee made the case that the tax is unfair"); the index of the
    cue's last word, else None."""
    if toks[i].low in MAKE_FORMS and i + 3 < len(toks) and not toks[i].cap and (
        toks[i + 1].low in _ARGUED_DETS and toks[i + 2].low in _ARGUED
    ):
        nxt = i + 4 if toks[i + 3].text == "," and i + 4 < len(toks) else i + 3
        if toks[nxt].low == "that" and not toks[nxt].quoted:
            return i + 2
    return None

_SUBJECT_ADVERBS = frozenset("also now still further even repeatedly previously later".split())


def _subject_before(toks: list[Token], j: int) -> bool:
    """Does a subject pronoun or name end right before toks[j + 1], past adverbs ("She also
    claims", "she now states") or an appositive between commas after a name ("Kim Ode, now
    living in Leeds, claims")? Then a noun-like cue ("claims", "states") is a verb."""
    while j >= 0 and toks[j].low in _SUBJECT_ADVERBS and not toks[j].quoted:
        j -= 1
    if j < 0 or toks[j].quoted:
        return False
    if toks[j].low in SUBJ_PRONOUNS or toks[j].cap and j > 0 and (
        toks[j - 1].low not in DETERMINERS and toks[j - 1].text != "'s"
    ):
        return True
    if toks[j].text in {"—", "–"}:
        return subject_before_dash_pair(toks, j)
    if toks[j].text != ",":
        return False
    c = j - 1
    while c >= 0 and j - c <= 12 and toks[c].text not in {",", ";", ":"} and not toks[c].quoted:
        c -= 1
    return c >= 1 and toks[c].text == "," and toks[c - 1].cap and not toks[c - 1].quoted and (
        toks[c - 1].low not in TIME_WORDS and (c - 1 == 0 or toks[c - 2].cap)
    ) and toks[c + 1].low not in _ADVERBIAL_LEADS  # (not "the Act, as it is known, calls")


def subject_before_dash_pair(toks: list[Token], j: int) -> bool:
    """Does the dash toks[j] close an aside that follows the clause's subject, a name or a
    noun phrase opening with a determiner ("The memo – drafted by Acme – states", "Ann Ode
    – a nurse – claims")? Then a noun-like cue after it is a verb."""
    d = before_group(toks, j, toks[j].text, 30)
    if d == j or d < 0 or toks[d].quoted or not toks[d].text.isalpha():
        return False
    if toks[d].cap:
        f = name_run_left(toks, d, 0)
    else:
        f = d - 1
        while f >= 0 and d - f <= 3 and not toks[f].quoted and toks[f].low not in DETERMINERS:
            f -= 1
        if f < 0 or toks[f].low not in DETERMINERS:
            return False
    return f == 0 or toks[f - 1].quoted or toks[f - 1].text in {",", ";", ":"}


# words opening an adverbial clause, not an appositive describing the subject
_ADVERBIAL_LEADS = word_set("quote_words.txt", "adverbial_leads")


# cue forms that are mostly nouns: a verb only right after a subject ("the email read")
_NOUN_LIKE_CUES = word_set("quote_words.txt", "noun_like_cues")


def _noun_not_verb(toks: list[Token], i: int, j: int, last: int) -> bool:
    """Is a mostly-noun cue form ("report", "claims", "comments") a noun here? A verb only
    right after a subject pronoun or name ("the email read" too), and not a noun after a
    modifier followed by its own verb ("the AP report was misleading")."""
    lex = lexicon()
    if last + 1 < len(toks) and (toks[last + 1].low in lex.speech_forms or (
        toks[last + 1].low in FINITE_AUX and j >= 0 and toks[j].cap  # (not "he claims has")
    )) and not toks[last + 1].quoted:
        # "India's Andhra Pradesh state said", "Press reports have speculated": a noun
        return True
    if (j < 0 or not (toks[j].low in SUBJ_PRONOUNS or toks[j].cap or _document_reads(
        toks, i
    ))) and not _names_object(toks, last) and not _subject_before(toks, j):
        return True
    if j >= 0 and toks[j].cap and last + 1 < len(toks):
        # ... and not a noun after a modifier, followed by its own verb: "the AP report was
        # misleading", "Trump's Virginia state director", "the 10-year Treasury note fell"
        f = name_run_left(toks, j, 0)
        nxt = toks[last + 1]
        if (f > 0 and (toks[f - 1].low in DETERMINERS or toks[f - 1].text == "'s" or (
            not toks[f - 1].cap and any(c.isdigit() for c in toks[f - 1].text))
        ) or toks[j].low in TIME_WORDS) and not nxt.quoted and (
            verb_like(nxt) or nxt.low in AUXILIARIES or role_head(nxt.low)
            or nxt.text == "," or nxt.low.endswith("ing")
        ):
            return True
    return False


def _names_not_quotes(toks: list[Token], i: int, j: int, last: int) -> bool:
    """Does a naming verb name something rather than quote ("a film called “Heat”" names;
    "Lee called it “a disaster”", "..., calling him “a fraud”" quote)?"""
    t = toks[i]
    if j >= 0 and (toks[j].low in SUBJ_PRONOUNS or toks[j].cap) or _names_object(toks, last):
        return False
    if t.low.endswith("ing") and j >= 0 and toks[j].text in {",", "—"} and not toks[j].quoted:
        return False
    if j >= 0 and (toks[j].low in {"has", "have", "had"} or (
        toks[j].low in PASSIVE and t.low.endswith("ing"))
    ):
        return False  # "is labeling Obama's actions “...”", "has called it “...”"
    # "Ms. Boxer, who ..., called what she saw “terrible”": an object before the quote ("a
    # film, called “Heat”," names)
    return not (
        j >= 0 and (toks[j].text == "," or toks[j].low in {"who", "which"}) and not toks[j].quoted
        and last + 1 < len(toks) and not toks[last + 1].quoted and toks[last + 1].text.isalpha()
    )


def is_cue(toks: list[Token], i: int) -> tuple[int, str] | None:
    """(index of the last cue token, lemma) if toks[i] starts a speech cue."""
    lex = lexicon()
    t = toks[i]
    if t.quoted:
        return None
    if t.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
        return i + 1, "according"
    if t.cap and i > 0:
        return None
    if t.low == "quoted" and i + 2 < len(toks) and toks[i + 1].low == "as" and (
        toks[i + 2].low == "saying" and i > 0 and toks[i - 1].low in PASSIVE
    ):
        return i + 2, "say"  # "X was quoted as saying": X spoke
    if t.low in lex.phrasal and i + 1 < len(toks) and toks[i + 1].low in lex.phrasal[t.low]:
        last = i + 1
    elif t.low in lex.phrasal and i + 2 < len(toks) and toks[i + 1].low == "it" and (
        toks[i + 2].low in lex.phrasal[t.low]
    ):
        last = i + 2  # "made it clear", "pointed it out"
    elif t.low in lex.speech_forms:
        last = i
    else:
        return None
    j = i - 1
    if j >= 0:
        prev = toks[j].low
        if (prev in NOUN_DETS and not (prev in GROUP_PRONOUNS and (
            t.low in {"said", "told", "wrote"} or t.low.endswith("ed")  # "Several said"
        )) and not family_count_ends(toks, j)) or prev == "to" or prev == "'s" and not (
            j >= 1 and toks[j - 1].low in SUBJ_PRONOUNS  # "He's predicting": is, not possessive
        ):
            return None
        k = j
        while k >= 0 and toks[k].low in {"not", "n't", "also", "never", "reportedly"}:
            k -= 1
        if k >= 0 and toks[k].low in PASSIVE and not t.low.endswith("ing"):
            return None
    if t.low in _NOUN_LIKE_CUES and _noun_not_verb(toks, i, j, last):
        return None
    if j >= 1 and toks[j - 1].low in DETERMINERS and not toks[j].cap and (
        toks[j].text.isalpha() and not role_head(toks[j].low) and not toks[j].low.endswith("ly")
    ) and (
        t.low in _NOUN_CUES  # "a rare note of humility", "the final comment": a noun
        or toks[j - 1].low in {"a", "an"} and toks[j].low not in {"few", "lot"}
        and not t.low.endswith(("ed", "ing", "s"))  # "a snappy retort"
    ):
        return None
    lemma = lex.speech_lemma.get(t.low, t.low)
    if t.low == "quote" and j >= 0 and toks[j].low in {"i", "we"}:
        return None  # "Trump said, and I quote, “...”": the writer's aside, not a cue
    if lemma == "add" and last + 1 < len(toks) and toks[last + 1].text[:1].isdigit():
        return None  # "total revenues added 4% to 142bn euros": a rise, not a remark
    if lemma == "call" and last + 1 < len(toks) and toks[last + 1].low in {"on", "for"} and not (
        toks[last + 1].quoted
    ):
        return last + 1, "call on"  # "called on members to ...", "called for a ban": urged
    if _document_reads(toks, i):
        return last, lemma
    if lemma in NAMING and _names_not_quotes(toks, i, j, last):
        return None
    return last, lemma


def _document_reads(toks: list[Token], i: int) -> bool:
    """"the email read", "the sign reads": a document's words."""
    return toks[i].low in {"read", "reads"} and i > 0 and toks[i - 1].low.rstrip("s") in (
        AUTHORED | {"sign", "banner", "headline", "caption", "note", "text", "message"}
    )


_NOUN_CUES = frozenset("note notes reply answer comment remark remarks".split())


def _names_object(toks: list[Token], last: int) -> bool:
    """A naming verb with its object and then the quoted words: "calls the issue “a priority”",
    "calling the mayor a “liar”", "called him a “moderate”" (a verb, not the noun "calls")."""
    if toks[last].low not in _NAMING_FORMS:
        return False
    k = last + 1
    if k >= len(toks) or toks[k].quoted:
        return False
    nxt = toks[k]
    if not (nxt.low in OBJECT_PRONOUNS or nxt.low in {"the", "his", "their", "its", "this",
                                                     "that", "these", "those"} or nxt.cap):
        return False
    for x in range(k + 1, min(len(toks), k + 7)):
        if toks[x].quoted:
            return True
        if toks[x].text in {".", ";", ":", "?", "!"} or toks[x].low in {"for", "on", "off", "up",
                                                                        "back", "out", "in"}:
            return False
    return False


_NAMING_FORMS = word_set("quote_words.txt", "naming_forms")
