"""The mention index: names in caption, headline and body, their roles and subjects."""

from __future__ import annotations

import re
import unicodedata

from newscli.quotes.context import ArticleContext
from newscli.quotes.cues import is_cue
from newscli.quotes.lexicon import lexicon
from newscli.quotes.names import (
    CONNECTORS,
    COUNTRY_INITIALS,
    DETERMINERS,
    FUNCTION_WORDS,
    date_lead,
    hyphenated_description,
    joins_name,
    title_word_opens_title,
)
from newscli.quotes.phrases import (
    after_nickname,
    is_initials,
    owned_person,
    person_run,
    role_head,
    verb_like,
)
from newscli.quotes.subject import is_opener, name_after_role, role_lead
from newscli.quotes.text import Inside, Token, tokens
from newscli.quotes.words import (
    AUXILIARIES,
    CLAUSE_STOP,
    NP_STOP,
    POSSESSIVES,
    PP_HEADS,
    PREV_WORD,
    SUBORDINATORS,
)

_VERB_NEXT = re.compile(r"[ \u00a0]+[a-z]+(?:ed|s)\b")


_COORDINATED = re.compile(r"[,;][ \u00a0]+(?:but|and|yet|so)$")


_EPITHET_ENDINGS = ("ed", "ing", "less", "ful", "ous", "ish", "ive", "al", "ic")  # adjectives


def _cap_run(connectors: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        # the look-behind after the first letter, so the scan can skip to capitals
        r"[A-Z](?<![\w’'].)[\w’'&-]*(?:\.[A-Z]\b)*(?:\.?(?:[ \u00a0]+(?:(?:"
        + "|".join(sorted(connectors))  # the name connectors: "van", "de", ...
        + r")[ \u00a0]+)?)[A-Z][\w’'&-]*(?:\.[A-Z]\b)*)*"
    )


_CAP_RUN = _cap_run(CONNECTORS)
_CAP_RUN_AMP = _cap_run(CONNECTORS | {"&"})  # (ampersand_joins_body: "Quill & Brack")


_GENDERED_NOUNS = {
    **dict.fromkeys("woman mother wife girl daughter sister grandmother widow girlfriend "
                    "businesswoman spokeswoman".split(), "f"),
    **dict.fromkeys("man father husband boy son brother grandfather widower boyfriend "
                    "businessman spokesman".split(), "m"),
}


# "A 29-year-old Berlin woman received ...": an unnamed person leads the sentence (not "A
# man's lawyer", not "A woman, Jane Doe, ..." nor "A man was shot"; "The businessman" is someone
# named before)
_UNNAMED_SUBJECT = re.compile(
    r"(?:(?:But|And|Yet|So|However,)\s+(?:a|an|one)|A|An|One)\s+(?:[\w-]+\s+){0,4}?("
    + "|".join(_GENDERED_NOUNS)
    + r")\b(?!['’]|\s*,\s*[A-Z]|\s+(?:was|were|has been|had been)\b)"
)


# an unnamed spokesperson speaking mid-sentence: "..., a spokeswoman said", "said a spokesman
# for the club"
_UNNAMED_SPEAKER = re.compile(
    r"(?:\b(?:said|says|added|adds)[ \u00a0]+an?[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?"
    r"(spokes(?:wo)?man)\b|[,”\"][ \u00a0]+an?[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?"
    r"(spokes(?:wo)?man)(?:[ \u00a0]+(?:for|from|at)[ \u00a0]+[^,.“”\"]{1,60}?)?[ \u00a0]+"
    r"(?:said|says|added|adds)\b)"
)


def build_index(
    ctx: ArticleContext, sents: list[list[tuple[tuple[int, int], list[Token]]]], inside: Inside
) -> None:
    idx = ctx.index
    idx.title_opener = ctx.sieves.on(title_word_opens_title)
    for extra in (ctx.article.caption, ctx.article.headline):
        if extra:
            known = set(idx.entities) if extra is ctx.article.headline else None
            toks = tokens(extra, 0, len(extra), Inside([]))
            if extra is ctx.article.headline and _title_case(toks):
                # "Bernie Sanders Beats Hillary Clinton In Oklahoma": only first name +
                # surname pairs are names
                first_names = ctx.lex.first_name_gender
                for x in range(len(toks) - 1):
                    pair = toks[x : x + 2]
                    if pair[0].low in first_names and pair[1].cap and (
                        pair[1].low not in FUNCTION_WORDS and pair[1].text.isalpha()
                    ):
                        idx.add_run(pair, -1, -1, subject=False, text=extra)
            else:
                _runs(ctx, toks, -1, -1, extra)
            if known is not None and toks and toks[0].cap and not any(
                t.text in {"'s", "’s"} for t in toks[:4]
            ):
                # the headline's subject: the name it opens with ("Goldsmith: 'I was not
                # leant on'", "Putin backs state grab"; not "Howard's unfinished business")
                lead = toks[0].low
                idx.headline_subject = next((n for n in idx.entities if n not in known
                                             and lead in n.lower().split()), None)
    text = ctx.text
    cap_run = _CAP_RUN_AMP if ctx.sieves.on(ampersand_joins_body) else _CAP_RUN
    for pi, row in enumerate(sents):
        for (s, e), toks in row:
            unnamed = _UNNAMED_SUBJECT.match(text, s, e)
            if unnamed is not None:
                noun = unnamed.group(1).lower()
                idx.add_unnamed(s, pi, _GENDERED_NOUNS[noun], noun.startswith("spokes"))
            elif text.find("spokes", s, e) >= 0 and (
                spokes := _UNNAMED_SPEAKER.search(text, s, e)
            ) is not None:
                # '“...,” a spokeswoman said. She added ...': the unnamed speaker too
                g = 1 if spokes.group(1) else 2
                idx.add_unnamed(spokes.start(g), pi, _GENDERED_NOUNS[spokes.group(g)], True)
            if toks:
                _runs(ctx, toks, pi, 0, text)
                continue
            # untokenised sentence: tokenise a small window around each capitalised run
            for m in cap_run.finditer(text, s, e):
                ws, we = m.start(), m.end()
                if we - ws < 12 and text[ws:we].lower() in FUNCTION_WORDS:
                    continue  # "The", "But", "In": no name
                before = PREV_WORD.search(text, max(s, ws - 30), ws)
                if before is not None and role_head(before.group(1)) or text[
                    max(s, ws - 2) : ws
                ].strip() == ",":
                    ws = max(s, ws - 60)  # "... nominee Hillary Clinton", "..., Clinton, "
                if text.startswith(",", we):
                    we = min(e, we + 120)
                window = tokens(text, ws, we, inside)
                j = 0
                run_start = m.start()
                while j < len(window) and window[j].start < run_start:
                    j += 1
                if j == len(window):
                    continue
                lead = text[s : m.start()].rstrip(" \u00a0")
                first_word = lead.split(" ", 1)[0].lower()
                _runs(ctx, window, pi, 0, text, only=j, at_start=not lead or (
                    lead.strip(" ,").lower() in FUNCTION_WORDS) or (
                    lead.endswith(",") and first_word in FUNCTION_WORDS
                    and lead.count(",") == 1 and len(lead) < 120)
                    or _COORDINATED.search(lead) is not None  # "..., but Christie was"
                    or role_lead(lead)  # "Obama consultant Cornell Bell picked up"
                    or lead.endswith(",") and lead.count(",") == 1 and len(lead) < 150 and (
                        first_word.endswith("ing") or first_word in PP_HEADS
                    ) and _VERB_NEXT.match(text, m.end()) is not None  # "Filling in, X met"
                    or lead.endswith(",") and (short_opener_subject(ctx, lead, m.end())
                    or opening_phrase_then_auxiliary(ctx, lead, first_word, m.end())))
    _drop_epithets(ctx)
    idx.finish()


_SHORT_OPENER = re.compile(r"[A-Z][a-z]+(?:[ \u00a0][a-z]+)?,\Z")  # "Incensed,", "Worse still,"
_LOWER_NEXT = re.compile(r"[ \u00a0]+([a-z]+)\b")


def short_opener_subject(ctx: ArticleContext, lead: str, end: int) -> bool:
    """After one or two opening words and a comma, a name followed by a lower-case word leads
    the clause ("Incensed, Ms Ode wrote to the council": Ode is the subject)."""
    if not ctx.sieves.on(short_opener_subject) or _SHORT_OPENER.match(lead) is None:
        return False
    nxt = _LOWER_NEXT.match(ctx.text, end)
    return nxt is not None and nxt.group(1) not in FUNCTION_WORDS


def opening_phrase_then_auxiliary(ctx: ArticleContext, lead: str, first_word: str,
                                  end: int) -> bool:
    """After an opening participle or prepositional phrase and its comma, a name followed by
    an auxiliary leads the clause ("Having settled his future, Lee will now ...")."""
    if not ctx.sieves.on(opening_phrase_then_auxiliary) or not lead.endswith(",") or (
        lead.count(",") != 1 or len(lead) >= 150
        or not (first_word.endswith("ing") or first_word in PP_HEADS)
    ):
        return False
    nxt = _LOWER_NEXT.match(ctx.text, end)
    return nxt is not None and nxt.group(1) in AUXILIARIES


def _drop_epithets(ctx: ArticleContext) -> None:
    """A headline's "Fuming Robinson", "Understated Perez", "Prodigy Monfils": an
    adjective or common noun before a surname is no first name, so the surname in the body
    must not find that "full name"."""
    for name, ent in ctx.index.entities.items():
        if ent.first >= 0 or " " not in name:
            continue
        first = name.split(" ", 1)[0]
        low = first.lower()
        if low not in ctx.lex.first_name_gender and (
            low.endswith(_EPITHET_ENDINGS) or low in ctx.lex.places
            or ctx.common_word(first)
        ):
            ctx.index.forget_full_name(name)


def _role_prefix(ctx: ArticleContext, toks: list[Token], b: int, j: int, text: str) -> str:
    """The role words before a name from toks[b] ("Democratic nominee", "said economy
    minister": the post's own word), with capitals and titles before them."""
    b2 = b
    if b2 >= 1 and (w := toks[b2 - 1]).text.isalpha() and not w.cap and not (
        w.low in FUNCTION_WORDS or w.low in ctx.lex.speech_forms
        or w.low.endswith(("ly", "ed", "ing"))
    ) and not pronoun_verb(toks, b2 - 1):
        b2 -= 1  # the post's own word: "said economy minister Heizo Takenaka"
    if ctx.sieves.on(role_modifiers_from_boundary):
        b2 = role_modifiers_from_boundary(ctx, toks, b2)
    cue_on = ctx.sieves.on(opening_cue_is_no_role)
    while b2 - 1 >= 0 and b - b2 < 4 and (
        toks[b2 - 1].cap or toks[b2 - 1].text == "'s"
        or toks[b2 - 1].low in lexicon().titles  # "presidential nominee"
    ) and not (cue_on and b2 == 1 and opening_cue_is_no_role(ctx, toks, b2 - 1, j)):
        b2 -= 1
    b2 = possessive_owner(toks, b2)
    return text[toks[b2].start : toks[j - 1].end]


def opening_cue_is_no_role(ctx: ArticleContext, toks: list[Token], i: int, j: int) -> bool:
    """A speech verb's finite form opening a sentence whose name then ends in a colon is the
    cue of an inverted report, no word of the role: "Said City assistant coach Ann Lee: ..."
    gives the role "City assistant coach" (but "Noted historian Ann Lee said" keeps its role).
    ``toks[i]`` is the capitalised word before the role, ``toks[j]`` the name's first word."""
    low = toks[i].low
    if i != 0 or low not in ctx.lex.speech_forms or ctx.lex.speech_lemma.get(low) == low or (
        low.endswith("ing")
    ):
        return False
    while j < len(toks) and toks[j].cap:
        j += 1
    return j < len(toks) and toks[j].text == ":"


_ROLE_BOUNDARY = frozenset({",", "'s", "’s", "(", "--", "-"})


def role_modifiers_from_boundary(ctx: ArticleContext, toks: list[Token], b: int) -> int:
    """A role's lower-case modifiers run back to the determiner, possessive, acronym or
    sentence start that opens the noun phrase ("the chief operating officer", "ACME labour
    affairs editor"), not one word only ("operating officer", "affairs editor"); where no
    such boundary opens them (a verb may: "Lee met trade minister", ", beating rival Ann Lee")
    the role stays as it was.
    ``toks[b]`` is the first lower-case role word found; returns the role's new start."""
    lex = ctx.lex
    if toks[b].low in PP_HEADS:
        return b  # ("a tack toward rival Ann Lee": no role phrase to extend)
    x = b
    while x - 1 >= 0 and b - x < 3 and (w := toks[x - 1]).text.isalpha() and not w.cap and (
        w.low not in FUNCTION_WORDS and w.low not in lex.speech_forms and w.low not in PP_HEADS
        and not w.low.endswith(("ly", "ed")) and not pronoun_verb(toks, x - 1)
    ):
        x -= 1
    if x == b:
        return b
    left = toks[x - 1] if x >= 1 else None
    if left is not None and (left.text in {"'s", "’s"} or left.low in DETERMINERS or (
        left.low in POSSESSIVES or left.text.isupper() and len(left.text) > 1
    )):
        return x  # ("Acme's managing director", "the chief operating officer")
    if (left is None or left.text in _ROLE_BOUNDARY) and not toks[x].low.endswith("ing"):
        return x  # (a participle opens no role: "..., beating rival Ann Lee")
    return b


SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())


def pronoun_verb(toks: list[Token], i: int) -> bool:
    """A lower-case word right after a subject pronoun is that pronoun's verb, no part of a
    role: "as they eye captain Ann Lee" gives the role "captain", not "eye captain"."""
    return i >= 1 and toks[i - 1].low in SUBJECT_PRONOUNS


def possessive_owner(toks: list[Token], b: int) -> int:
    """A role opening with a possessive ending starts at its owner, lower case or not, with the
    owner's determiner: "the party's campaign chief Ann Lee" has the role "the party's campaign
    chief", not "'s campaign chief"."""
    if b >= 1 and toks[b].text in {"'s", "’s", "'"} and toks[b - 1].text.isalpha():
        b -= 1
        if b >= 1 and toks[b - 1].low in {"the", "a", "an"}:
            b -= 1
    return b


def accented_first_name(ctx: ArticleContext, key: str) -> None:
    """A first name with accents has the gender of its plain spelling ("Gérard Lune" is a
    man like Gerard: no antecedent of "she"); sets the entity's gender and kind."""
    ent = ctx.index.entities.get(key)
    words = key.split()
    if ent is None or ent.gender is not None or len(words) < 2 or ent.kind == "org":
        return
    plain = unicodedata.normalize("NFKD", words[0].lower())
    gender = ctx.lex.first_name_gender.get("".join(c for c in plain if c.isascii()))
    if gender in {"m", "f"}:
        ent.gender = gender
        ctx.index.mark_person(key)


_PLURAL_VERBS = frozenset("have are were".split())


def plural_verb_names_body(toks: list[Token], run: list[Token], k: int) -> bool:
    """A one-word name leading its clause with a plural verb is a team or body, never "he" or
    "she" ("Leeds have rejected the offer. ... he added": not Leeds; "Lee and Ode have"
    is two people)."""
    return len(run) == 1 and k + 1 < len(toks) and toks[k + 1].low in _PLURAL_VERBS and (
        not toks[k + 1].quoted and run[0].low not in lexicon().first_name_gender)


_OWNS = frozenset(["'s", "’s"])


def _past_possessive(ctx: ArticleContext, toks: list[Token], k: int, window: bool,
                     subject: bool, carried: int, owned_at: int) -> tuple[bool, int, int]:
    """(subject, carried, owned_at) after a run toks[..k] followed by a possessive: a place's
    person takes the subject; a window reads on to a person's name."""
    owned = place_owns_person(ctx, toks, k) if ctx.sieves.on(place_owns_person) else -1
    if owned > 0:
        carried, subject = (owned, False) if subject else (carried, subject)
        return subject, carried, owned
    if window and ctx.sieves.on(window_reads_past_possessive):
        owned_at = max(owned_at, window_reads_past_possessive(toks, k))
    return subject, carried, owned_at


def window_reads_past_possessive(toks: list[Token], k: int) -> int:
    """A person's name (a title or a first name) after a possessive is a name of its own, also
    where only a window of the sentence is read ("the visit of Nepal India's Prime Minister
    Ravi Sen": Ravi Sen too); the index of its first word, else -1."""
    n = len(toks)
    if not (k + 2 < n and toks[k + 1].text in {"'s", "’s"} and toks[k + 2].cap):
        return -1
    e = k + 2
    while e < n and (toks[e].cap or toks[e].text == ".") and not toks[e].quoted:
        e += 1
    return k + 2 if person_run(toks[k + 2 : e]) else -1  # (not "Lee's Wolf Brother")


def place_owns_person(ctx: ArticleContext, toks: list[Token], k: int) -> int:
    """A place's possessive before a name of two or more words is no subject: the name after it
    is ("Armenia's Tigran Petrosian said": Tigran Petrosian, not Armenia, leads the clause),
    and is indexed too; the index of the name's first word, else -1."""
    n = len(toks)
    if not (k + 3 < n and toks[k + 1].text in {"'s", "’s"} and toks[k + 2].cap
            and toks[k + 3].cap and not toks[k + 2].quoted):
        return -1
    x = k
    while x > 0 and toks[x - 1].cap and not toks[x - 1].quoted:
        x -= 1
    owner = " ".join(t.low for t in toks[x : k + 1])
    if owner not in ctx.lex.places:
        return -1
    e = k + 2
    while e < n and toks[e].cap and not toks[e].quoted:
        e += 1
    if not ctx.lex.org_words.isdisjoint(t.low for t in toks[k + 2 : e]):
        return -1  # ("Britain's Labour Party": a body)
    return k + 2


def _subject_after_roles(toks: list[Token], k: int, carried: int) -> tuple[bool, int]:
    """(is the run ending at toks[k] the subject, the index of the name that is instead):
    "Clinton campaign Chairman John Podesta said": the person after the lower-case role words
    is the subject, not the body before them."""
    n = len(toks)
    r = k + 1
    while r < n and r - k <= 3 and not toks[r].cap and role_head(toks[r].low):
        r += 1
    if r == k + 1 and (a := name_after_role(toks, k, n)) > 0:
        r = a  # ("Republican presidential candidate Donald Trump has": an adjective)
    if r > k + 1 and r < n and toks[r].cap and not toks[r].quoted:
        return False, r
    if r == k + 1 and owned_person(toks, k + 1):
        return False, k + 2  # "Fox News’ Bret Baier noticed"
    if r > k + 1:
        return False, carried  # "The AP report was ...": the name modifies the subject
    return True, carried


def _appositive_roles(ctx: ArticleContext, key: str, toks: list[Token], j: int, k: int,
                      text: str) -> None:
    """The roles an appositive gives the name toks[j:k+1]: after it ("Jens Stoltenberg,
    NATO's chief, ...") or before it ("The Democratic front-runner, Hillary Clinton, ...")."""
    n = len(toks)
    if k + 2 < n:
        f = k + 2
        while f < n and f - k < 12 and toks[f].text not in {",", ".", ";"} and not (
            toks[f].quoted
        ):
            f += 1
        if f < n and toks[f].text in {",", "."} and f > k + 2 and not any(
            is_cue(toks, x) for x in range(k + 2, f)
        ):
            first = toks[k + 2]
            if first.low in {"the", "a", "an"} or bare_role_appositive(toks[k + 2 : f]) or (
                first.cap and f < n and any(role_head(x.low) for x in toks[k + 2 : f])
            ):
                ctx.index.add_role(key, text[first.start : toks[f - 1].end])
                if ctx.sieves.on(person_role_names_person):
                    person_role_names_person(ctx, key, toks[k + 2 : f])
    if j >= 3 and toks[j - 1].text == ",":
        b = j - 2
        while b > 0 and j - b < 8 and toks[b - 1].text not in NP_STOP and not (
            toks[b - 1].quoted or toks[b - 1].low in CLAUSE_STOP
        ):
            b -= 1
        if toks[b].low in {"the", "a", "an"} and b < j - 2 and (
            not toks[j - 2].cap and role_head(toks[j - 2].low)
        ):
            ctx.index.add_role(key, text[toks[b].start : toks[j - 2].end])


_PERSON_KINDS = frozenset("person leader spokes".split())


def person_role_names_person(ctx: ArticleContext, key: str, appositive: list[Token]) -> bool:
    """A name with a person's role in apposition is a person even if its last word is also a
    place noun ("Ada Lane, leader of the council, said": Mrs Lane, not a lane)."""
    role_kind = ctx.lex.role_kind
    if any(role_kind.get(t.low) in _PERSON_KINDS for t in appositive if not t.cap):
        return ctx.index.person_with_place_surname(key)
    return False


def bare_role_appositive(words: list[Token]) -> bool:
    """Is an appositive without a determiner a role: lower-case words up to a role noun
    ("Ann Lee, senior adviser at Acme, said", "Ann Lee, chief executive, said"), not a clause
    or an aside ("Ann Lee, speaking in Leeds, said", "Ann Lee, however, said")?"""
    head = next((x for x, t in enumerate(words) if t.cap or t.low in _APPOSITIVE_ENDS), len(words))
    return head > 0 and words[0].low not in FUNCTION_WORDS and not words[0].low.endswith(
        ("ing", "ed")) and all(t.text.isalpha() or "-" in t.text for t in words[:head]) and (
        role_head(words[head - 1].low))


_APPOSITIVE_ENDS = frozenset("of at for on in with from to and who".split())


def according_ends_name(toks: list[Token], k: int) -> bool:
    """"According to" opens a phrase of its own: a capitalised run ends before it ("... at
    Acme & ¶Co According to the Post, she ...": "Co", not "Co According")."""
    return k + 2 < len(toks) and toks[k + 1].low == "according" and toks[k + 2].low == "to"


def _nickname_alias(ctx: ArticleContext, key: str, nick: list[Token]) -> None:
    """A nickname in marks inside a name stands for that name when written alone later (Lee
    “Big Al” Ode: a later “Big Al” alone is Lee Ode)."""
    words = [x.text for x in nick if x.text.isalnum()]
    ctx.index.add_alias(" ".join(words), key)


def demonym_before_full_name(ctx: ArticleContext, run: list[Token]) -> bool:
    """A nationality word before a first name and a surname describes the person, it is no
    part of the name ("Swede Lars Quill said": Lars Quill, the Swede); a body's name, whose
    last word the article also writes in lower case or is an organisation word, keeps it
    ("British Quill Industry", "Irish Ferries")."""
    lex = ctx.lex
    first = run[0].low
    return len(run) >= 3 and first in lex.demonyms and len(first) > 3 and not (
        first.endswith("s") and first[:-1] in lex.demonyms  # ("Thais Lee": no plural of one)
    ) and all(
        t.cap and t.text.isalpha() and t.low not in lex.org_words and t.low not in lex.demonyms
        and t.low not in lex.places and t.low.rstrip(".") not in lex.titles for t in run[1:]
    ) and not ctx.common_word(run[-1].text)  # ("Sri" of "Sri Lankan" is listed: > 3 letters)


def is_place(low: str) -> bool:
    """A country or a country's initials ("norway", "us")."""
    return low in lexicon().places or low in COUNTRY_INITIALS


def ampersand_joins_body(ctx: ArticleContext, toks: list[Token], i: int) -> bool:
    """An ampersand between capitalised words joins one body's name ("Quill & Brack said":
    the firm, not a Mr Brack), unless a first name follows it: two people ("Ann Lee & Tom
    Ode"). ``toks[i]`` is the word after the name's capitalised word so far."""
    return toks[i].text == "&" and i + 1 < len(toks) and toks[i + 1].cap and (
        toks[i + 1].low not in ctx.lex.first_name_gender
        and toks[i + 1].low not in FUNCTION_WORDS
    )


_OPENER_BEFORE = frozenset("\n.!?\"“”‘’'")


def opening_participle(ctx: ArticleContext, tok: Token) -> bool:
    """A capitalised -ing word opening a sentence, which the article never capitalises inside
    one, is a participle or gerund ("Having said that, ...", "Praising Ann Lee for her work,
    she said"), no name nor part of one ("Reading" written "at Reading" stays a name)."""
    if not tok.cap or not tok.low.endswith("ing") or len(tok.low) < 6 or (
        tok.low in ctx.lex.first_name_gender or ctx.index.by_last.get(tok.low)
    ):
        return False
    text = ctx.text
    i = tok.start - 1
    while i >= 0 and text[i] in " \u00a0":
        i -= 1
    if i >= 0 and text[i] not in _OPENER_BEFORE:
        return False  # (not opening a sentence)
    return re.search(r"[\w,;][ \u00a0]+" + re.escape(tok.text) + r"\b", text) is None


def _clause_goes_on(ctx: ArticleContext, toks: list[Token], j: int, k: int) -> bool:
    """Is the run toks[j:k+1] the -ing word alone, or a name after it that a lower-case word
    other than a verb follows ("Praising Ann Lee and ...", not "Downing Street said")?"""
    if j == k:
        return True
    nxt = _LOWER_NEXT.match(ctx.text, toks[k].end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return not (word.endswith(("ed", "s")) or word in ctx.lex.speech_forms or word in AUXILIARIES)


def ampersand_short_form(ctx: ArticleContext, key: str) -> None:
    """(of ampersand_joins_body) An ampersand name's first or last word alone, if it names no
    person, is the body's short form ("Quill insurer cuts jobs" over "Quill & Brack"; "Brack
    said"): what the article calls "Quill" or "Brack" it calls the body."""
    first, last = key.split(" & ", 1)[0], key.rsplit(" ", 1)[-1]
    for short in (first, last):
        ent = ctx.index.entities.get(short)
        if " " in short or ent is not None and ent.kind == "person":
            continue
        for role in ent.roles if ent is not None else ():
            ctx.index.add_role(key, role)
        ctx.index.aliases.setdefault(short, key)


def _run_end(ctx: ArticleContext, toks: list[Token], j: int, according_on: bool,
             amp_on: bool) -> tuple[int, tuple[int, int] | None]:
    """The last token of the capitalised run opening at toks[j], and the span of a nickname
    inside it (Juan “Chico” Manriquez), if any."""
    n, t, k = len(toks), toks[j], j
    nick: tuple[int, int] | None = None
    while True:
        if k + 1 < n and toks[k + 1].low == "according" and according_on and (
            according_ends_name(toks, k)
        ):
            break
        if k + 1 < n and (
            toks[k + 1].cap or (joins_name(toks[k].low, toks[k + 1].low) and k + 2 < n
                                and toks[k + 2].cap)
            or amp_on and toks[k + 1].text == "&" and ampersand_joins_body(ctx, toks, k + 1)
            or (toks[k + 1].text == "." and (is_initials(toks[k].text) or toks[k].low in
                                              lexicon().titles))  # "G.K. Norris"
        ):
            k += 1
        elif nick is None and k + 1 < n and toks[k + 1].quoted and not t.quoted and (
            after := after_nickname(toks, k + 1)
        ) > k + 1:
            nick = (k + 1, after)  # Juan “Chico” Manriquez: the name without it
            k = after
        else:
            break
    return k, nick


def _runs(ctx: ArticleContext, toks: list[Token], pi: int, base: int, text: str, only: int = -1,
    at_start: bool = False,
) -> None:
    n = len(toks)
    j = 0 if only < 0 else only
    carried = owned_at = -1
    according_on = ctx.sieves.on(according_ends_name)
    hyphen_on = ctx.sieves.on(hyphenated_description)
    demonym_on = ctx.sieves.on(demonym_before_full_name)
    participle_on = ctx.sieves.on(opening_participle)
    amp_on = pi >= 0 and ctx.sieves.on(ampersand_joins_body)  # (a headline: "Lee & Ode win")
    demonyms = ctx.lex.demonyms  # (the cheap half of demonym_before_full_name first)
    described = ""
    while j < n:
        t = toks[j]
        if not t.cap or t.low in FUNCTION_WORDS and not (j + 1 < n and toks[j + 1].cap):
            j += 1
            continue
        k, nick = _run_end(ctx, toks, j, according_on, amp_on)
        start = date_lead(toks, j, k)
        if start == j < k and hyphen_on and "-" in t.text and hyphenated_description(t) and not (
            is_place(" ".join(t.low for t in toks[j + 1 : k + 1]))
        ):
            start += 1  # ("Paris-based Euronext said": Euronext; not "Cash-strapped US firms")
        elif start == j and participle_on and toks[j].low.endswith("ing") and (
            _clause_goes_on(ctx, toks, j, k)
        ) and (
            opening_participle(ctx, toks[j])
        ):
            j = start = start + 1  # ("Praising Ann Lee for her work, she said": Ann Lee)
            if start > k and only >= 0:
                return
            if start > k:
                continue
        elif start == j and demonym_on and k - j >= 2 and t.low in demonyms and (
            demonym_before_full_name(ctx, toks[j : k + 1])
        ):
            start += 1
            described = toks[j].text  # ("the Swede" is still Lars Quill)
        run = toks[start : k + 1]
        if nick is not None:
            run = toks[start : nick[0]] + toks[nick[1] : k + 1]
        # lower-case role words before the run: "Democratic nominee Hillary Clinton"
        prefix = ""
        b = j
        while b - 1 >= 0 and j - b < 4 and not toks[b - 1].cap and role_head(toks[b - 1].low):
            b -= 1
        if b < j:
            prefix = _role_prefix(ctx, toks, b, j, text)
        if described:
            prefix, described = f"{prefix} {described}".strip(), ""
        pos = toks[start].start if pi >= 0 else -1
        subject = _opens_sentence(toks, j, k) if only < 0 else at_start
        if j == 0 and toks[0].low in SUBORDINATORS and len(run) > 1:
            subject = False  # the run swallowed the opening "If": "If Tom Alder loses, ..."
        if carried == j:
            subject = True
        if subject:
            subject, carried = _subject_after_roles(toks, k, carried)
        if k + 1 < n and toks[k + 1].text in _OWNS:
            subject, carried, owned_at = _past_possessive(ctx, toks, k, only >= 0, subject,
                                                          carried, owned_at)
        after_the = j > 0 and toks[j - 1].low == "the"
        key = ctx.index.add_run(run, pos, pi, subject=subject, prefix_role=prefix,
                                 after_the=after_the, text=text)
        if key:
            if amp_on and " & " in key:
                ampersand_short_form(ctx, key)
            _after_run(ctx, key, toks, run, j, k, subject, nick, text)
        if only >= 0 and max(carried, owned_at) <= k and not (
            amp_on and k + 1 < n and toks[k + 1].text == "&"  # ("Ann Lee & Tom Ode": both)
        ):
            return
        j = max(carried, owned_at, k + 1) if only >= 0 else k + 1  # (on to the owned person)


def _opens_sentence(toks: list[Token], j: int, k: int) -> bool:
    """Is the run toks[j:k+1] the sentence's subject: its first words, or after an opening
    "But" / "However," / "Just a few months ago," ("However, Ann Lee said")?"""
    n = len(toks)
    return (j == 0 or (toks[0].low in FUNCTION_WORDS and (
        j == 1 and toks[0].low not in SUBORDINATORS  # not "If Trump loses, he said"
        or toks[j - 1].text == "," and is_opener(toks, j - 1)))
        or j >= 2 and toks[j - 1].low in {"but", "and", "yet", "so"} and (
            toks[j - 2].text in {",", ";"}  # "..., but Christie wasn't having it"
        ) and k + 1 < n and toks[k + 1].text.isalpha()  # (not "..., and Ted Cruz.")
        or j >= 3 and toks[j - 1].text == "," and is_opener(toks, j - 1) and (
            not any(x.cap for x in toks[1 : j - 1])  # "Just a few months ago, X ..."
            or k + 1 < n and verb_like(toks[k + 1])  # "Filling in for Y, West landed"
            and toks[0].low.endswith("ing") or toks[0].low in PP_HEADS
        )
    )


def _after_run(ctx: ArticleContext, key: str, toks: list[Token], run: list[Token], j: int,
               k: int, subject: bool, nick: tuple[int, int] | None, text: str) -> None:
    """What the words around an indexed run toks[j:k+1] tell about its name: gender, team,
    nickname, appositive roles."""
    n = len(toks)
    if subject or not key.isascii():
        _what_the_run_says(ctx, key, toks, run, k, subject)
    if nick is not None and len(run) >= 2:
        _nickname_alias(ctx, key, toks[nick[0] : nick[1]])
    if k + 1 < n and toks[k + 1].text == ",":
        _appositive_roles(ctx, key, toks, j, k, text)


def _what_the_run_says(ctx: ArticleContext, key: str, toks: list[Token], run: list[Token],
                       k: int, subject: bool) -> None:
    """What a name's spelling and its verb tell about it (gender, a team)."""
    if not key.isascii() and ctx.sieves.on(accented_first_name):
        accented_first_name(ctx, key)
    if subject and ctx.sieves.on(plural_verb_names_body) and plural_verb_names_body(toks, run, k):
        ctx.index.plural_bodies.add(key)


def _title_case(toks: list[Token]) -> bool:
    """Is this a headline in Title Case, where capitals mark no names?"""
    words = [t for t in toks if t.text[:1].isalpha()]
    lower = sum(not t.cap for t in words)
    return len(words) >= 4 and lower <= len(words) // 5
