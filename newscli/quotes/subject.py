"""The subject of a clause: who a sentence is about when the cue has no source of its own."""

from __future__ import annotations

import re

from newscli.article import DATELINE
from newscli.quotes.lexicon import lexicon
from newscli.quotes.model import Source, make_source
from newscli.quotes.names import (
    CONNECTORS,
    DETERMINERS,
    FUNCTION_WORDS,
    NUMERALS,
    PERSON_TITLES,
    TIME_WORDS,
    joins_name,
)
from newscli.quotes.phrases import is_initials, owned_person, role_head, subject_pronoun, verb_like
from newscli.quotes.text import Token
from newscli.quotes.words import (
    ADV_SKIP,
    AUXILIARIES,
    CLAUSE_STOP,
    INDEFINITE,
    NP_STOP,
    NUMBER_WORDS,
    OBJECT_PREPS,
    PREPS,
    SUBJECT_STOP,
    SUBORDINATORS,
    WEEKDAYS,
)

_LEAD_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*[ \u00a0]+){1,4}((?:[a-z][a-z-]*[ \u00a0]+){1,3})")


def role_lead(lead: str) -> bool:
    """Is the sentence so far a name and lower-case role words ("Obama consultant "), so that
    the name after it is the subject?"""
    if len(lead) > 80 or not lead[:1].isupper():
        return False
    m = _LEAD_WORDS.fullmatch(lead + " ")
    return m is not None and role_head(m.group(1).split()[-1])


def after_opening_clause(toks: list[Token], last: int, text: str) -> Source | None:
    """The name that opens the main clause after a sentence-opening participial clause
    ("Acknowledging that ..., though, Allen did suggest"): the capitalised run after the first
    comma outside quotes that a lower-case verb or auxiliary follows."""
    n = len(toks)
    for c in range(last + 1, min(n - 2, last + 60)):
        if toks[c].text != "," or toks[c].quoted:
            continue
        k = c + 1
        while k < n and (toks[k].low in ADV_SKIP and not toks[k].cap or toks[k].text == ","):
            k += 1  # ("..., though, Allen")
        e = k
        while e < n and toks[e].cap and not toks[e].quoted and toks[e].low not in FUNCTION_WORDS:
            e += 1
        if e > k and e < n and not toks[e].cap and (
            verb_like(toks[e]) or toks[e].low in AUXILIARIES
        ):
            return make_source("name", toks[k:e], text)
        return None
    return None


def is_opener(toks: list[Token], comma: int) -> bool:
    """Is toks[:comma] one opening phrase ("In a speech on Tuesday night", "After the vote")
    with no comma of its own, so that the name after the comma is the subject?"""
    return comma < 25 and not any(t.text == "," or t.quoted for t in toks[:comma])


_DASHES = frozenset("— – ― --".split())


def _subject_run_end(toks: list[Token], x: int, upto: int) -> int:
    """The last token of the capitalised run from toks[x] ("Former Secretary of State Ann
    Lee", "A.B. Lee", "Mr. Lee")."""
    e = x
    while e + 1 < upto and (toks[e + 1].cap or (
        joins_name(toks[e].low, toks[e + 1].low) or toks[e + 1].low == "of"
        and toks[e].low in PERSON_TITLES  # "Former Secretary of State Hillary Clinton"
    ) and e + 2 < upto and toks[e + 2].cap or (
        toks[e + 1].text == "." and is_initials(toks[e].text)
        or toks[e + 1].text == "." and toks[e].low in lexicon().titles
    )):
        e += 1
    return e


def _not_the_subject(toks: list[Token], x: int, e: int, upto: int) -> int:
    """Where to look on when the run toks[x:e+1] is no subject (a time, an object of a
    preposition, an owner or a modifier: "During Tuesday's debate, Lee ...", "Fox News' Ann
    Lee noticed", "Acme's Leeds office"), else 0."""
    nxt = toks[e + 1] if e + 1 < upto else None
    if (toks[x].low in TIME_WORDS or x > 0 and toks[x - 1].low in OBJECT_PREPS
            or x > 1 and toks[x - 1].low in DETERMINERS and toks[x - 2].low in OBJECT_PREPS):
        return possessed_run_end(toks, e, upto) + 1
    if owned_person(toks[:upto], e + 1):
        return e + 2  # the owner's person leads
    if x > 0 and toks[x - 1].text == "'s" and nxt is not None and not nxt.cap and (
        nxt.text.isalpha() and not verb_like(nxt) and nxt.low not in AUXILIARIES
        and nxt.low not in lexicon().speech_forms and not nxt.low.endswith("ly")
        and nxt.low not in PREPS and nxt.low not in FUNCTION_WORDS
    ):
        return e + 1  # a modifier, not the subject
    return 0


def possessed_run_end(toks: list[Token], e: int, upto: int) -> int:
    """The end of a possessive run that the name toks[..e] owns ("at Poet's Lane", "by Acme's
    Ann Lee"): the owned name belongs to the owner's phrase (the object of "at", "by")."""
    while e + 2 < upto and toks[e + 1].text in {"'s", "’s"} and toks[e + 2].cap and not (
        toks[e + 2].quoted
    ):
        e = _subject_run_end(toks, e + 2, upto)
    return e


def _name_after_roles(toks: list[Token], x: int, e: int, upto: int) -> list[Token]:
    """The name after the role words that open the subject ("Democratic front-runner Ann Lee
    was ...", "columnist and TV contributor Ann Lee": after the last role), else the run."""
    r = name_after_role(toks, e, upto)
    while r > 0:
        x, e = r, r
        while e + 1 < upto and (toks[e + 1].cap or joins_name(
            toks[e].low, toks[e + 1].low) and e + 2 < upto and toks[e + 2].cap or (
            toks[e + 1].text == "." and is_initials(toks[e].text))):
            e += 1
        r = name_after_role(toks, e, upto)
    return toks[x : e + 1]


def main_subject(toks: list[Token], upto: int, text: str) -> Source | None:
    """The subject of the sentence's main clause: the first name or pronoun not followed by a
    comma (so not part of an opening phrase like "On Tuesday, ...")."""
    x = 0
    if upto > 2 and toks[0].low in SUBORDINATORS:
        # "When Wallace died in 1998, President Clinton released ...": after the clause
        comma = next((k for k in range(1, min(upto, 25)) if toks[k].text == "," and not (
            toks[k].quoted)), None)
        if comma is not None:
            x = comma + 1
    while x < upto:
        t = toks[x]
        if t.quoted:
            return None
        if t.text in _DASHES and x > 0:
            # "Hastily politicizing the tragedy ― much like he did in Paris ― Trump cast ...":
            # the words between a pair of dashes are an aside
            close = next((k for k in range(x + 1, upto) if toks[k].text == t.text), None)
            if close is not None:
                x = close + 1
                continue
        if (not t.cap or x == 0) and (pronoun := subject_pronoun(t)) is not None:
            return pronoun
        if t.cap and t.low not in FUNCTION_WORDS and t.low not in NUMERALS:
            if x == 0 and t.low.endswith("s") and t.low[:-1] in lexicon().role_kind and (
                upto > 1 and not toks[1].cap and (
                    toks[1].low in PREPS or toks[1].low in AUXILIARIES or verb_like(toks[1]))
            ):
                return Source("role", t.start, t.end, t.text, [t])  # "Attorneys for X, saying"
            if x == 0 and (after_dateline := _dateline(toks, upto, text)):
                x = after_dateline
                continue
            if x == 0 and _opening_modifier(toks, upto):
                x = 1  # "Facing mounting criticism, ...", "Hastily politicizing ..."
                continue
            e = _subject_run_end(toks, x, upto)
            nxt = toks[e + 1] if e + 1 < upto else None
            run = toks[x : e + 1]
            skip = _not_the_subject(toks, x, e, upto)
            if skip:
                x = skip
                continue
            if x > 0 and toks[x - 1].low == "the" and nxt is not None and not nxt.cap and (
                role_head(nxt.low) and lexicon().role_kind.get(nxt.low) != "org"
            ):
                return make_source("role", toks[x - 1 : e + 2], text)  # "The Vermont senator"
            if name_modifies_indefinite_noun(toks, x, e, upto):
                x = e + 1  # "As a St Mirren player he was ...": he is the subject
                continue
            opens = x == 0 and nxt is not None and nxt.text == "," and (
                len(run) >= 2 or run[0].low in lexicon().first_name_gender
                or _appositive_then_verb(toks, e + 1, upto)
                or e + 2 < upto and toks[e + 2].low in {  # "Clinton, who was speaking ..."
                    "who", "himself", "herself"}  # "Silverman, herself a supporter, ..."
            ) and run[-1].low not in TIME_WORDS
            if nxt is None or nxt.text not in {",", ".", ";", ":"} or opens:
                # "Michael J. Petrilli, president of ..., tied ...": an appositive follows
                return make_source("name", _name_after_roles(toks, x, e, upto), text)
            if _named_in_apposition(toks, x, e, upto):
                return make_source("name", run, text)
            x = e + 1
            continue
        x += 1
    return None


# words that open an indefinite or owned noun phrase ("a", "his"): a name inside it before a
# noun modifies that noun ("a St Mirren player", "their Leeds office")
_MODIFIED_NP_OPENERS = frozenset("a an his her their its our my your".split())
_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ible", "able", "ic", "ful", "ent", "ant", "ed")


def name_modifies_indefinite_noun(toks: list[Token], x: int, e: int, upto: int) -> bool:
    """A name between "a"/"his" (and an adjective) and a lower-case noun, in the object of
    a preposition or verb, modifies the noun and is no subject: "As a Leeds fan he said", "...
    fears a possible UK exit, saying" (not "A Leeds spokesman said", who speaks for Leeds)."""
    nxt = toks[e + 1] if e + 1 < upto else None
    if nxt is None or nxt.cap or nxt.quoted or not nxt.text.replace("-", "").isalpha() or (
        nxt.low in FUNCTION_WORDS or nxt.low in AUXILIARIES or verb_like(nxt)
        or nxt.low in PREPS or nxt.low.endswith("ly")
    ):
        return False
    b = x - 1
    if b >= 2 and not toks[b].cap and toks[b].low.endswith(_ADJECTIVE_ENDINGS):
        b -= 1  # one adjective: "a potential UK exit"
    # the phrase is a preposition's or a verb's object; a subject phrase ("A Labour party
    # spokesman said", "In May, a Leeds court ruled") speaks for the name
    return b >= 1 and toks[b].low in _MODIFIED_NP_OPENERS and not toks[b].quoted and (
        toks[b - 1].low in PREPS or verb_like(toks[b - 1]))


def _named_in_apposition(toks: list[Token], x: int, e: int, upto: int) -> bool:
    """Is toks[x:e+1] the name in apposition to a sentence-opening description, followed by
    the verb ("The other candidate on the stage, former Secretary of State Hillary Clinton,
    drew a contrast")?"""
    c = x - 1
    while c > 1 and x - c <= 2 and not toks[c].cap and toks[c].text.isalpha() and (
        toks[c].low not in FUNCTION_WORDS
    ):
        c -= 1  # (", former Secretary of State ...")
    if not (1 < c and toks[c].text == "," and e + 2 < upto and toks[e + 1].text == ","):
        return False
    verb = toks[e + 2]
    b = 1 if toks[0].low in {"but", "and", "yet", "so"} else 0
    return toks[b].low in DETERMINERS and not verb.cap and verb.text.isalpha() and (
        verb.low not in CLAUSE_STOP and verb.low not in FUNCTION_WORDS
    ) and not any(t.text == "," or t.quoted for t in toks[:c]) and any(
        role_head(t.low) for t in toks[b + 1 : c]
    ) and (e > x or toks[x].low in lexicon().first_name_gender)


def name_after_role(toks: list[Token], e: int, upto: int) -> int:
    """The index of a name after up to three lower-case words that end in a role noun
    ("Republican presidential candidate Donald Trump" from the index of "Republican"), else -1.
    """
    r = e + 1
    limit = 3
    while r < upto and r - e <= limit and not toks[r].cap and not toks[r].quoted and (
        toks[r].text.replace("-", "").isalpha() and not verb_like(toks[r])
    ):
        if toks[r].low == "and" and r > e + 1 and role_head(toks[r - 1].low):
            limit = r - e + 3  # "prosecutor and city mayor Ruth Lang": a second role
        r += 1
    role = r - 1
    if r - 2 > e and toks[r - 1].low == "and":
        role = r - 2  # "Former prosecutor and New York City Mayor Rudy Giuliani"
    elif r - 3 > e and toks[r - 2].low == "of" and role_head(toks[r - 3].low):
        role = r - 3  # "Former US secretary of state Madeleine Albright"
    if r > e + 1 and r < upto and toks[r].cap and not toks[r].quoted and role_head(
        toks[role].low
    ) and toks[r].low not in WEEKDAYS:  # (not "released a statement Thursday")
        return r
    return -1


def opening_np(toks: list[Token], upto: int, text: str) -> Source | None:
    """A sentence-opening noun phrase headed by a role noun and followed by its verb ("The
    billionaire businessman began ..."), as a role source, else None."""
    if not toks or toks[0].low not in {"the", "a", "an", "his", "her", "their", "its"}:
        return None
    for h in range(1, min(upto - 1, 5)):
        t, verb = toks[h], toks[h + 1]
        if t.cap or not t.text.replace("-", "").isalpha() or t.low in FUNCTION_WORDS:
            return None
        if role_head(t.low) and not role_head(verb.low) and not verb.cap and (
            verb.text.isalpha() and verb.low not in FUNCTION_WORDS
        ):
            return make_source("role", toks[: h + 1], text)  # the head, then its verb
    return None


_DEFINITE = frozenset(["the"])


def opening_common_np(toks: list[Token], upto: int, text: str) -> Source | None:
    """A sentence-opening noun phrase of lower-case words ("The short film shown at ...
    has ... and says"), as an "other" source that names no one, else None."""
    if not toks or toks[0].low not in _DEFINITE:
        return None
    h = 1
    while h < min(upto, 4) and not toks[h].cap and toks[h].text.isalpha() and not (
        verb_like(toks[h]) or toks[h].low in PREPS or toks[h].low in AUXILIARIES
        or toks[h].low in FUNCTION_WORDS
    ):
        h += 1
    if h == 1 or h >= upto or not (
        verb_like(toks[h]) or toks[h].low in PREPS or toks[h].low in AUXILIARIES
    ):
        return None  # (the phrase must end at its verb or a preposition: "The song performed")
    return make_source("other", toks[:h], text)


def _appositive_then_verb(toks: list[Token], comma: int, upto: int) -> bool:
    """After "Name" and the comma at ``comma``: an appositive describing a person ("Florida's
    former governor", "a retired teacher") closed by a comma and followed by a lower-case
    word, the verb of the sentence ("Bush, Florida's former governor, also attacked ...")."""
    f = comma + 1
    while f < upto and f - comma < 12 and toks[f].text not in NP_STOP and not toks[f].quoted:
        f += 1
    if not (comma + 1 < f < upto - 1 and toks[f].text == ","):
        return False
    after = toks[f + 1]
    appos = toks[comma + 1 : f]
    return not after.cap and after.text.isalpha() and after.low not in CLAUSE_STOP and (
        after.low not in FUNCTION_WORDS or after.low in {"also", "then", "now"}
    ) and (appos[0].low in DETERMINERS or any(t.text == "'s" for t in appos)) and any(
        role_head(t.low) for t in appos
    )


def _opening_modifier(toks: list[Token], upto: int) -> bool:
    """Does the sentence open with a capitalised participle or adverb, not a name ("Facing
    mounting criticism", "Hastily politicizing")? A name is followed by its verb."""
    if upto >= 2 and toks[0].low.endswith("ed") and len(toks[0].low) > 5 and (
        toks[1].low in PREPS and toks[0].low not in lexicon().first_name_gender
    ):
        return True  # "Preceded at the lectern by ...", "Informed of the result, ..."
    if upto < 2 or toks[1].cap or not toks[0].low.endswith(("ing", "ly")):
        return False
    nxt = toks[1].low
    return nxt.isalpha() and not nxt.endswith(("ed", "s")) and (
        nxt not in lexicon().speech_forms
    )


def _dateline(toks: list[Token], upto: int, text: str) -> int:
    """The index of the first token after a wire dateline opening the sentence ("WASHINGTON —",
    "Paris (AFP) –": the parser's pattern), else 0."""
    m = DATELINE.match(text, toks[0].start)
    if m is None:
        return 0
    return next((x for x in range(upto) if toks[x].start >= m.end()), 0)


def verb_after_name(src: Source) -> bool:
    """Does a left "noun phrase" hold a name and its verb ("Sanders emailed supporters")?"""
    toks = src.toks
    return any((a.cap or role_head(a.low)) and not b.cap and b.low.endswith("ed") and (
        b.text.isalpha()) for a, b in zip(toks, toks[1:], strict=False))


def other_subject(toks: list[Token], i: int, text: str) -> tuple[Source, int] | None:
    """The subject of a finite speech verb that is neither a name, a pronoun nor a role noun
    ("Several said", "most said", "those surveyed said"): the words back to the clause start.
    The speaker stays unknown, but the words are an attribution."""
    t = toks[i]
    prev = toks[i - 1]
    finite = t.low.endswith("ed") or t.low in {"said", "says", "told", "tells", "wrote", "writes"}
    if t.low not in lexicon().speech_forms or not finite or (
        prev.quoted or not prev.text.isalpha() or prev.low in SUBJECT_STOP
        or prev.low in PREPS or prev.low in {"the", "a", "an"}
        or prev.low in AUXILIARIES  # "detours that had added up to 40 minutes"
    ):
        return None
    k = i - 1
    while k > 0 and i - k < 12 and not toks[k - 1].quoted and toks[k - 1].low not in (
        SUBJECT_STOP
    ):
        k -= 1
    span = toks[k:i]
    if k > 0 and toks[k - 1].quoted and not (  # (but "“...,” one user commented")
        (span[0].low in INDEFINITE or span[0].low in NUMBER_WORDS) and len(span) <= 4
    ):
        return None
    caps = [x for x, tok in enumerate(span) if tok.cap and (x > 0 or tok.low not in FUNCTION_WORDS)]
    modifier = bool(caps) and caps[-1] + 1 < len(span) and role_head(span[caps[-1] + 1].low)
    if caps and not modifier and all(  # (not "an FBI official": the name modifies the noun)
        span[x].cap or span[x].low in CONNECTORS for x in range(caps[0], caps[-1])
    ):
        # "The State Department less than two weeks ago said": the name inside
        return make_source("name", span[caps[0] : caps[-1] + 1], text), k + caps[0]
    return make_source("other", span, text), k
