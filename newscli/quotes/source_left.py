"""The source phrase left of a cue ("Jens Stoltenberg, NATO's chief, said").

Two chains of sieves (pipeline.SIEVES): the "left" sieves look at the token before the cue (a
pronoun, a comma closing an appositive, a dash pair ...); when none decides, the noun phrase
ending there is the source, and the "left_found" sieves may refine it (the person at the head
of "X of the Y", the name before "in Iowa", the antecedent of a relative clause ...). A sieve
returns None to pass, NO_SOURCE for "no source", or the source and its first token.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newscli.quotes.antecedents import EPITHETS
from newscli.quotes.context import ArticleContext
from newscli.quotes.glued import glued_object_speaks
from newscli.quotes.left_np import (
    clause_lead_name,
    described_name,
    left_np,
    left_source_np,
    name_before_adjunct,
    open_relative,
    titled_name,
)
from newscli.quotes.lexicon import word_set
from newscli.quotes.model import Source, make_source
from newscli.quotes.names import DETERMINERS, FUNCTION_WORDS, TIME_PREPOSITIONS
from newscli.quotes.phrases import (
    before_group,
    before_paren,
    before_quoted,
    double_apostrophe,
    name_run_left,
    role_head,
    role_left,
    skip_left,
    subject_pronoun,
    title_only_words,
)
from newscli.quotes.text import Token
from newscli.quotes.words import PREPS, TITLE_LEADS

Left = tuple[Source, int]


class _NoSource:
    """A sieve's answer: this cue has no source on its left."""


NO_SOURCE = _NoSource()
Answer = Left | _NoSource | None


@dataclass(slots=True)
class LeftSite:
    ctx: ArticleContext
    toks: list[Token]
    i: int  # the cue
    j: int  # the token before it, adverbs skipped ("Lee also said")
    text: str
    found: Left | None = None  # the noun phrase ending at j (stages "left_found", "left_name")
    f: int = 0  # where a found name starts (stage "left_name": always after the first token)


def _kind(found: Left | None, kinds: set[str]) -> Answer:
    return found if found is not None and found[0].kind in kinds else NO_SOURCE


# --- stage "left": the token before the cue ------------------------------------------------------


def title_comma_inside_marks(s: LeftSite) -> Answer:
    """An appositive's closing comma may sit inside a title's marks ("Ann Lee, author of
    “Salt Roads,” put it")."""
    toks, j = s.toks, s.j
    t = toks[j]
    c = j - 2 if double_apostrophe(toks, j) else j - 1
    if t.quoted and c >= 1 and toks[c].text == "," and toks[c].quoted and (
        (b := before_quoted(toks, j)) != j and toks[b].low in TITLE_LEADS | {"author", "of"}
        and all(x.cap for x in toks[b + 2 : c] if x.text.isalpha())
    ):
        return _kind(left_source(s.ctx, toks[: j + 1] + [Token(",", t.end, t.end, ",", False,
                                                              False)], j + 2), {"name"})
    return None


def quote_before_cue(s: LeftSite) -> Answer:
    """Quoted words right before the cue are no source phrase (“... we won,” said)."""
    return NO_SOURCE if s.toks[s.j].quoted else None


def pronoun_before_cue(s: LeftSite) -> Answer:
    """A subject pronoun right before the cue speaks ("she said", "I'm told")."""
    pronoun = subject_pronoun(s.toks[s.j])
    return (pronoun, s.j) if pronoun is not None else None


def restrictive_who(s: LeftSite) -> Answer:
    """Role nouns a restrictive "who" picks out speak ("critics who say ...")."""
    toks, j = s.toks, s.j
    if toks[j].low == "who" and j >= 1 and not toks[j - 1].quoted and not toks[j - 1].cap and (
        role_head(toks[j - 1].low)
    ):
        return _kind(left_source_np(toks, j - 1, s.text), {"role"})
    return None


_MONTHS = frozenset(
    "january february march april may june july august september october november december"
    .split())


def month_phrase_before_cue(s: LeftSite) -> Answer:
    """A date between the subject and its cue is no part of the subject ("Ann Lee in July
    said", "the mayor in March 2019 told": Lee, the mayor)."""
    toks, j = s.toks, s.j
    if j >= 2 and toks[j].text.isdigit() and len(toks[j].text) == 4:
        j -= 1  # the year after the month
    if j >= 2 and toks[j].low in _MONTHS and toks[j].cap and not toks[j].quoted and (
        toks[j - 1].low in TIME_PREPOSITIONS and not toks[j - 1].cap
    ):
        found = left_source(s.ctx, toks, j - 1)
        if found is not None and found[0].kind in {"name", "pronoun", "role"} and (
            found[1] == 0 or (prev := toks[found[1] - 1]).text in {",", ";", ":", "—"}
            or prev.quoted or prev.cap or prev.low in {"but", "and", "so", "yet", "then"}
            or found[0].kind == "name" and prev.text.isalpha() and not (  # "choir leader X"
                prev.low in PREPS or prev.low in DETERMINERS or prev.low.endswith(("ed", "ing")))
        ):
            return found  # (the subject opens its clause: not "control of the Senate")
    return None


def hyphenated_person_noun(s: LeftSite) -> Answer:
    """A person noun joined to "of two" or "to be" after a determiner heads a description as
    the noun does ("the mother-of-two said", "the father-to-be told"), for the epithet and
    role rules to resolve."""
    toks, j = s.toks, s.j
    t = toks[j]
    if t.cap or t.quoted or not t.text.replace("-", "").isalpha() or not (
        "-of-" in t.low or t.low.endswith("-to-be")
    ) or not (role_head(head := t.low.split("-")[0]) or head in EPITHETS):
        return None
    k = role_left(toks, j, 0)
    if k < j and toks[k].low in {"the", "a", "an", "his", "her", "their", "its"} and j - k <= 4:
        return Source("role", toks[k].start, t.end, s.text[toks[k].start : t.end],
                      toks[k : j + 1]), k
    return None


_SAY_FORMS = frozenset({"say", "says", "said", "saying", "tell", "tells", "told", "telling"})


def determiner_noun_before_who(s: LeftSite) -> Answer:
    """A common noun after a determiner before a restrictive "who say/tell" is a person, role
    noun or not: "who" stands for people ("a plumber who said he was owed money"); other cues
    may be plain verbs there ("pundits who maintain their own blogs")."""
    toks, j = s.toks, s.j
    if toks[j].low == "who" and j >= 2 and toks[j - 1].text.isalpha() and not toks[j - 1].cap and (
        not toks[j - 1].quoted and toks[s.i].low in _SAY_FORMS
    ):
        found = left_source_np(toks, j - 1, s.text)
        if found is not None and found[0].kind in {"role", "other"} and (
            toks[found[1]].low in DETERMINERS
        ) and not (
            s.ctx.sieves.on(author_of_named_words) and author_of_named_words(toks, found[1])
        ):
            return found
    return None


_OWNED = word_set("quote_words.txt", "owned_words")


def author_of_named_words(toks: list[Token], k: int) -> bool:
    """Who said words a sentence already names is no new source: the sentence reports them
    ("Lee disowned remarks made by a plumber who said ...": Lee's report, not the plumber's)."""
    return k >= 2 and toks[k - 1].low == "by" and any(
        t.low in _OWNED for t in toks[max(0, k - 4) : k - 1]
    )


def comma_who_antecedent(s: LeftSite) -> Answer:
    """The antecedent of ", who said" speaks ("backed by Ann Lee, who said ...")."""
    toks, j = s.toks, s.j
    if toks[j].low == "who" and j >= 2 and toks[j - 1].text == "," and not toks[j - 1].quoted:
        found = left_source(s.ctx, toks, j) or left_source_np(toks, j - 2, s.text)
        return _kind(found, {"name", "role"})
    return None


def name_before_parenthesis(s: LeftSite) -> Answer:
    """A name before a parenthesis and comma speaks ("Ann Lee (D-Ohio), said")."""
    toks, j = s.toks, s.j
    if toks[j].text == "," and (p := before_paren(toks, j - 1)) != j - 1:
        found = left_source_np(toks, p, s.text)
        if found is not None and found[0].kind == "name" and not (
            found[1] > 0 and toks[found[1] - 1].low in {"of", "for", "at", "on"}
        ):  # (not "X, the High Commissioner for Refugees (UNHCR), said": an appositive)
            return found
    return None


def subject_before_dash_pair(s: LeftSite) -> Answer:
    """The subject before a parenthetical dash pair speaks ("Lee — tipped as a running mate —
    told")."""
    toks, j = s.toks, s.j
    t = toks[j]
    if t.text not in {"—", "–"}:
        return None
    d = before_group(toks, j, t.text, 30)
    if d != j:
        found = left_source_np(toks, d, s.text)
        if found is not None and (
            found[1] == 0 or toks[found[1] - 1].text in {",", ";", ":"}
            or toks[found[1] - 1].quoted  # the name opens the clause (not "in New York —")
        ) and (found[0].kind in {"name", "pronoun"} or s.ctx.sieves.on(common_noun_before_dash_pair)
               and common_noun_before_dash_pair(toks, found)):
            return found
    return NO_SOURCE


def common_noun_before_dash_pair(toks: list[Token], found: Left) -> bool:
    """A common noun phrase before a dash pair speaks like a name does: the dashes set off an
    aside, as commas would ("The report – prepared by Acme – states that ...", "The mayor –
    elected in May – said")."""
    src, first = found
    return src.kind in {"role", "other"} and toks[first].low in DETERMINERS


def _appositive_start(toks: list[Token], j: int) -> int:
    """The comma opening the appositive that the comma toks[j] closes (short quoted titles
    stepped over: "a contestant on “The Apprentice,”"), else where the search stopped."""
    k = j - 1
    while k >= 0 and j - k <= 20:
        if toks[k].quoted:
            back = before_quoted(toks, k)
            if back == k:
                break
            k = back
            continue
        if toks[k].text == ",":
            break
        k -= 1
    return k


def _appositive_base(s: LeftSite, base: Left | None, k: int) -> tuple[Left | None, int]:
    """The noun phrase ``base`` before the appositive opening at the comma toks[k], reaching
    over a second appositive to a name ("Hans Reckers, a board member of Germany's central
    bank, the Bundesbank, said")."""
    toks, j, text = s.toks, s.j, s.text
    if base is not None and base[0].kind != "name":
        k2 = k - 1
        while k2 >= 0 and j - k2 <= 30 and toks[k2].text != "," and not toks[k2].quoted:
            k2 -= 1
        if k2 > 0 and toks[k2].text == ",":
            far = left_source_np(toks, k2 - 1, text)
            if far is not None and far[0].kind == "name":
                return far, k2
    return base, k


def _named_in_appositive(s: LeftSite, base: Left, k: int) -> Left:
    """The source of "BASE, APPOSITIVE, said": the name the appositive gives for a role or a
    title, else BASE with the appositive as its role."""
    toks, j, text = s.toks, s.j, s.text
    src, first = base
    appos = toks[k + 1 : j]
    if s.ctx.sieves.on(named_as_in_appositive) and (
        named := named_as_in_appositive(appos)
    ) is not None:
        return make_source("name", named, text, appos=src.text), first
    if src.kind == "role" and (titled := titled_name(appos)):
        # "The leader of the league, Jonathan Greenblatt, warned"
        return make_source("name", titled, text, appos=src.text), first
    if src.kind == "name" and title_only_words(src.toks) and (titled := titled_name(appos)):
        # "The Bishop of Durham, the Rt Rev Dr Tom Wright, described": the person
        return make_source("name", titled, text, appos=src.text), first
    if src.kind == "name" and described_name(toks, src, first, appos):
        # "The EU's Humanitarian Aid Commissioner, Louis Michel, said": the name
        return make_source("name", appos, text, appos=src.text), first
    tail = text[toks[k + 1].start : toks[j - 1].end]
    src.appos = f"{src.appos}, {tail}" if src.appos else tail
    return src, first


def place_then_country(s: LeftSite) -> Answer:
    """"in Town, Country," before the cue locates a place; inside a relative clause the
    antecedent speaks ("the team, who worked with a lab in Leeds, England, warned")."""
    toks, j = s.toks, s.j
    if toks[j].text != ",":
        return None
    k = _appositive_start(toks, j)
    places = s.ctx.lex.places
    if not (k >= 2 and toks[k].text == "," and j - k >= 2 and all(
        t.cap for t in toks[k + 1 : j]
    ) and " ".join(t.low for t in toks[k + 1 : j]) in places and toks[k - 1].cap):
        return None
    b = name_run_left(toks, k - 1, 0)
    if b < 1 or toks[b - 1].low not in _LOCATING:
        return None
    w = open_relative(toks, b)
    if w < 1:
        return None
    ante = left_source_np(toks, w - 2 if toks[w - 1].text == "," else w - 1, s.text)
    return ante if ante is not None and ante[0].kind != "pronoun" else NO_SOURCE


_LOCATING = frozenset("in at from near of".split())


_NAMED_AS = frozenset("named identified known".split())


def named_as_in_appositive(appos: list[Token]) -> list[Token] | None:
    """"Named as", "identified as" or "known as" a name in an appositive names the person it
    describes ("One resident, named only as Ode, told ...": Ode); the name, else None."""
    if len(appos) < 3 or appos[0].low not in _NAMED_AS:
        return None
    x = 1
    if appos[x].low in {"only", "locally", "simply"}:
        x += 1
    if x + 1 >= len(appos) or appos[x].low != "as":
        return None
    name = appos[x + 1 :]
    return name if name and all(t.cap for t in name) else None


def sentence_adverb_is_no_name(s: LeftSite) -> Answer:
    """A lone -ly word opening the sentence before a comma is an adverb, no speaker with an
    appositive ("Typically, a contract settles it, said Dr Ann Lee": Lee, after the cue);
    no source on the left."""
    toks, j = s.toks, s.j
    if toks[j].text != "," or j < 3 or toks[1].text != "," or _appositive_start(toks, j) != 1:
        return None
    word = toks[0]
    ent = s.ctx.index.entities.get(word.text)
    if word.cap and word.low.endswith("ly") and word.low not in s.ctx.lex.first_name_gender and (
        ent is None or ent.count <= 1
    ):
        return NO_SOURCE
    return None


def noun_named_in_appositive(s: LeftSite) -> Answer:
    """A common noun phrase opening the clause, then an appositive that only names it: the
    name speaks ("Another guard, Bob Hale, said", "One resident, named only as Sam, told")."""
    toks, j = s.toks, s.j
    if toks[j].text != ",":
        return None
    k = _appositive_start(toks, j)
    if not (k >= 2 and toks[k].text == "," and not toks[k].quoted and j - k >= 2):
        return None
    head = toks[k - 1]
    if head.cap or head.quoted or not head.text.isalpha() or head.low in FUNCTION_WORDS:
        return None
    d = k - 2
    if toks[d].low not in DETERMINERS and not toks[d].cap and toks[d].text.isalpha() and (
        toks[d].low not in FUNCTION_WORDS
    ):
        d -= 1  # one adjective: "Another young guard"
    if d < 0 or toks[d].low not in DETERMINERS or toks[d].quoted or not (
        d == 0 or toks[d - 1].text in {",", ";", ":"} or toks[d - 1].quoted
        or toks[d - 1].low in {"and", "but"}
    ):
        return None  # (the phrase opens the clause: not "At another school, ...")
    appos = toks[k + 1 : j]
    name = (s.ctx.sieves.on(named_as_in_appositive) and named_as_in_appositive(appos)
            or titled_name(appos))
    if not name or not all(t.cap or t.text == "." for t in name):
        return None
    return make_source("name", name, s.text, appos=s.text[toks[d].start : head.end]), d


def subject_before_stray_comma(s: LeftSite) -> Answer:
    """A lone comma between the sentence's subject and the cue, when a subject pronoun opens
    the reported clause after it ("The dog's owner Ann Ode, said she only saw it later"): the
    subject speaks; the pronoun is the clause's, not an inverted speaker (not "it": "made it
    clear" is one cue)."""
    toks, i, j = s.toks, s.i, s.j
    n = len(toks)
    if not (toks[j].text == "," and j == i - 1 and i + 2 < n and not toks[i + 1].quoted and (
        toks[i + 1].low in {"he", "she", "they", "we", "i"} and toks[i + 2].text.isalpha()
        and not toks[i + 2].cap and not toks[i + 2].quoted
    )):
        return None
    if _appositive_start(toks, j) >= 0:
        return None  # a comma, a quote or more than 20 words before: no lone comma
    found = left_source_np(toks, j - 1, s.text)
    if found is None or found[0].kind not in {"name", "role"}:
        return None
    return found


def agent_in_participle_appositive(s: LeftSite) -> Answer:
    """A name after "VERBed by" in an appositive is the participle's agent, not the subject:
    the noun phrase before the appositive speaks ("The memo, edited by Ann Ode, the firm's
    analyst, says": the memo)."""
    toks, j, text = s.toks, s.j, s.text
    if toks[j].text != ",":
        return None
    k = _appositive_start(toks, j)
    if not (k > 0 and toks[k].text == "," and not toks[k].quoted):
        return None
    base = left_source_np(toks, k - 1, text)
    if base is None or base[0].kind != "name":
        return None
    b = base[1]
    if not (b >= 4 and toks[b - 1].low == "by" and toks[b - 3].text == "," and (
        toks[b - 2].low.endswith(("ed", "en")) and not toks[b - 2].cap
        and not toks[b - 3].quoted
    )):
        return None
    np = left_source_np(toks, b - 4, text)
    if np is None or np[0].kind not in {"role", "other"} or not (
        np[1] == 0 or toks[np[1] - 1].quoted or toks[np[1] - 1].text in {",", ";", ":"}
    ):
        return None
    np[0].appos = text[toks[b - 2].start : toks[j - 1].end]
    return np


def person_of_body_in_appositive(s: LeftSite) -> Answer:
    """A person's full name "of" or "from" a place or body, in the appositive of a description,
    speaks ("One nurse backing the plan, Ann Lee of Leeds General, said": Lee, not the plan;
    "The union's head, Ann Lee of Leeds, said")."""
    toks, j = s.toks, s.j
    if toks[j].text != ",":
        return None
    k = _appositive_start(toks, j)
    if not (k >= 2 and toks[k].text == "," and not toks[k].quoted and j - k >= 5):
        return None
    e = k + 1
    while e < j and toks[e].cap and toks[e].text.isalpha():
        e += 1
    name, lex = toks[k + 1 : e], s.ctx.lex
    if not (2 <= len(name) <= 3 and toks[e].low in {"of", "from"} and toks[e + 1].cap and (
        name[0].low in lex.first_name_gender or not any(
            t.low in lex.org_words or t.low in lex.places or t.low in FUNCTION_WORDS
            for t in name)
    )):
        return None
    base = left_source_np(toks, k - 1, s.text)
    if base is not None and base[0].kind == "name" and (
        base[1] == 0 or not toks[base[1] - 1].text.isalpha() or toks[base[1] - 1].cap
    ):
        return None  # ("Ann Lee, Tom Ode of Acme, said": a name opening the clause)
    appos = base[0].text if base is not None and base[0].kind != "name" else s.text[
        toks[e].start : toks[j - 1].end]  # (the description, else "of Leeds General")
    return make_source("name", name, s.text, appos=appos), k + 1


def appositive_before_cue(s: LeftSite) -> Answer:
    """A name and its appositive before the cue: the name speaks, the appositive is its role
    ("Ann Lee, the mayor, said", "Ann Lee, 67, a retired nurse, said")."""
    toks, j, text = s.toks, s.j, s.text
    if toks[j].text != ",":
        return None
    lead = clause_lead_name(toks, j)  # "Cecelia Purner, 67, a retired teacher, ..., said"
    k = _appositive_start(toks, j)
    if k > 0 and toks[k].text == "," and not toks[k].quoted and j - k >= 2:
        base = left_source_np(toks, before_paren(toks, k - 1), text)  # "X (R-Tex.), ..."
        if base is not None and s.ctx.sieves.on(resident_of_place) and (
            resident := _resident(toks, base[1], text)
        ) is not None:
            return resident  # "Ann Ode, 32, of Upminster, east London, said"
        base, k = _appositive_base(s, base, k)
        if lead is not None and (base is None or base[1] > lead[0]):
            m, c = lead
            return make_source("name", toks[m:c], text,
                               appos=text[toks[c + 1].start : toks[j - 1].end]), m
        if base is not None and base[0].kind in {"name", "role"}:
            return _named_in_appositive(s, base, k)
    if lead is not None and j - lead[1] > 20:
        # "Rich Heffley, a top operative who ... (more than 20 words) ..., said"
        m, c = lead
        rel = next((x for x in range(c + 1, j) if toks[x].low in {"who", "which", "whose"}), j)
        role = text[toks[c + 1].start : toks[rel - 1].end] if rel > c + 1 else None
        return make_source("name", toks[m:c], text, appos=role), m
    return NO_SOURCE


# --- stages "left_found", then "left_name" (a name after the clause's first word): refining
# the noun phrase before the cue ---------------------------------------------------------------


def relative_clause_antecedent(s: LeftSite) -> Answer:
    """A name inside a relative clause does not speak; its antecedent does ("The man who hired
    Ann Lee said", "Ann Lee, who chairs the board said")."""
    toks, i, found = s.toks, s.i, s.found
    if found is not None and found[0].kind == "name" and i < len(toks) and (
        toks[i].low.endswith(("s", "ed")) or toks[i].low in {"said", "told", "wrote"}
    ) and (w := open_relative(toks, found[1])) > 0:
        ante = left_source_np(toks, w - 2 if toks[w - 1].text == "," else w - 1, s.text)
        return ante if ante is not None and ante[0].kind != "pronoun" else NO_SOURCE
    return None


def thing_for_someone(s: LeftSite) -> Answer:
    """"The memo for members of Acme states": what is made for someone speaks, not the people
    it is for (a spokesperson "for" a body is a role noun, left to the role rules)."""
    toks, found = s.toks, s.found
    if found is None or found[0].kind == "pronoun":
        return None
    f = found[1]
    if f >= 1 and toks[f - 1].low in _THING_DETERMINERS:
        f -= 1  # ("The report for the Senate says")
    if not (f >= 3 and toks[f - 1].low == "for" and not toks[f - 2].cap):
        return None
    head = toks[f - 2]
    if not head.text.isalpha() or role_head(head.low) or head.low in FUNCTION_WORDS:
        return None
    d = f - 3
    if toks[d].low not in _THING_DETERMINERS:
        d -= 1  # one adjective: "the new memo for"
    if d < 0 or toks[d].low not in _THING_DETERMINERS or (d > 0 and not toks[d - 1].quoted):
        return None  # (the phrase opens the clause)
    return make_source("other", toks[d : f - 1], s.text), d


_THING_DETERMINERS = frozenset("the a an this that".split())


def name_then_adjunct(s: LeftSite) -> Answer:
    """A name opening the clause speaks over a time or place phrase after it ("Lee at the
    time said", "Lee during a rally thanked")."""
    found = s.found
    if found is not None and found[0].kind in {"role", "other"}:
        return name_before_adjunct(s.toks, found[0], found[1], s.text)
    return None


def resident_of_place(s: LeftSite) -> Answer:
    """A place after ", of" or ", from" says where the person before the comma lives: that
    person speaks, not the place ("Tom Ode, of Salford said", "Mr Ode, from Curry Rivel,
    Somerset said"; also "Ann Ode, 32, of Leeds, east Yorkshire, said")."""
    toks, f, text = s.toks, s.f, s.text
    if (resident := _resident(toks, f, text)) is not None:
        return resident
    if toks[f - 1].low == "," and f >= 4 and toks[f - 2].cap:
        o = f - 2
        while o > 0 and f - o < 5 and toks[o].cap:
            o -= 1
        return _resident(toks, o + 1, text)
    return None


def _resident(toks: list[Token], f: int, text: str) -> Left | None:
    """A place after "of"/"from" that follows a comma says where the person before the comma
    lives: that person speaks, not the place ("Ann Ode, 32, of Leeds said", "Mr Ode, from
    Hove, Sussex said"). ``f`` is the place's first token; None when this is no such phrase."""
    if f < 3 or toks[f - 1].low not in {"of", "from"} or toks[f - 2].text != "," or (
        toks[f - 1].quoted or toks[f - 2].quoted or not toks[f].cap
    ):
        return None
    k = f - 3
    if toks[k].text.isdigit() and k >= 2 and toks[k - 1].text == ",":
        k -= 2  # ("Ann Ode, 32, of Leeds": the age)
    found = left_source_np(toks, k, text)
    if found is None or found[0].kind not in {"name", "role"}:
        return None
    return found


def name_modifies_noun(s: LeftSite) -> Answer:
    """A name after "a" modifies the noun, it does not speak ("a Twitter comment said")."""
    return NO_SOURCE if s.j == s.i - 1 and s.toks[s.f - 1].low in {"a", "an"} else None


def people_in_place(s: LeftSite) -> Answer:
    """People "in" or "from" a place speak, not the place ("Officials in Leeds said")."""
    toks, f = s.toks, s.f
    if f >= 2 and toks[f - 1].low in {"in", "from", "at"} and (
        not toks[f - 2].cap or f == 2
    ) and not toks[f - 2].quoted:
        alt = left_np(toks, f - 2, s.text)
        if alt is not None and alt[0].kind in {"role", "other"}:
            return alt
    return None


def person_in_place(s: LeftSite) -> Answer:
    """A person "in" or "at" a place speaks, not the place ("Lee in Iowa said", "Ann Lee at
    the Treasury said")."""
    toks, f, found = s.toks, s.f, s.found
    assert found is not None
    at = f - 2 if toks[f - 1].low == "the" else f - 1
    if at >= 1 and toks[at].low in {"in", "at"} and toks[at - 1].cap and not toks[at - 1].quoted:
        k = name_run_left(toks, at - 1, 0)
        run = toks[k:at]
        lex = s.ctx.lex
        place = found[0].text.lower() in lex.places
        if run and run[0].low not in FUNCTION_WORDS and all(
            t.cap or t.text == "." for t in run
        ) and (
            len(run) >= 2 and lex.org_words.isdisjoint(t.low for t in run)  # (not "Centre")
            or len(run) == 1 and place and not run[0].low.endswith("s")  # (not "Authorities")
        ) and (k == 0 or toks[k - 1].text in {"'s", ",", ";"} or toks[k - 1].low in {
            "and", "but", "while"
        }):
            return make_source("name", run, s.text), k
    return None


def name_as_object(s: LeftSite) -> Answer:
    """A name after "to" is an object; the noun phrase before it speaks, if any ("a letter
    sent to Ann Lee said", "a source close to Lee said")."""
    toks, f, found = s.toks, s.f, s.found
    if not (f >= 2 and toks[f - 1].low in {"to", "against"}):
        return None
    assert found is not None
    if not toks[f - 2].cap and not toks[f - 2].quoted and not any(
        t.low.rstrip(".") in s.ctx.lex.titles for t in found[0].toks[1:]
    ):
        k = f - 2
        if toks[k].low.endswith(("ed", "en")) or toks[k].low in {"sent", "close", "near"}:
            k -= 1
        alt = left_np(toks, k, s.text)
        if alt is not None and alt[0].kind in {"role", "other"} and s.ctx.sieves.on(
            glued_object_speaks
        ) and glued_object_speaks(s.ctx, alt[0], found[0].toks):
            last = found[0].toks[-1]  # ("the match against Leeds Ode said": Ode speaks)
            return make_source("name", [last], s.text), toks.index(last, f)
        return alt if alt is not None and alt[0].kind in {"role", "other"} else NO_SOURCE
    return None


def person_heads_of_chain(s: LeftSite) -> Answer:
    """The person at the head of "X of the Y" speaks, not the body ("Bishop Ann Lee of the
    Diocese of Leeds told", "Ann Lee from the Nurses' Union said")."""
    toks, f, found = s.toks, s.f, s.found
    if not (f >= 3 and toks[f - 1].low in {"of", "the", "from"}):
        return None
    assert found is not None
    lex = s.ctx.lex
    k = f - 1 if toks[f - 1].low == "the" else f
    while k >= 2 and toks[k - 1].low in {"of", "from"} and toks[k - 2].cap and not (
        toks[k - 2].quoted
    ):
        k = name_run_left(toks, k - 2, 0)
        if k >= 1 and toks[k - 1].low == "the":
            k -= 1
    while k < f and toks[k].low in FUNCTION_WORDS:
        k += 1  # ("As Archbishop ...")
    e = k
    while e < f and toks[e].cap:
        e += 1
    run = toks[k:e]
    if e < f and len(run) >= 2 and run[-1].low not in lex.titles and any(
        t.low in lex.first_name_gender or t.low.rstrip(".") in lex.titles for t in run
    ):
        return make_source("name", run, s.text, appos=s.text[toks[e].start : found[0].end]), k
    return None


def person_of_place(s: LeftSite) -> Answer:
    """A person "of" a place speaks, not the place ("Chairman Ann Lee of North Carolina
    said")."""
    toks, f, found = s.toks, s.f, s.found
    if f >= 3 and toks[f - 1].low == "of" and toks[f - 2].cap and not toks[f - 2].quoted and (
        found is not None and found[0].text.lower() in s.ctx.lex.places
    ):
        first = name_run_left(toks, f - 2, 0)
        run = toks[first : f - 1]
        if len(run) >= 2 and run[0].low not in FUNCTION_WORDS:
            return make_source("name", run, s.text), first
    return None


def open_appositive_of(s: LeftSite) -> Answer:
    """An appositive left open ("Ann Lee, president and CEO of Acme Foods stated"): the person
    before its comma, opening the sentence, speaks."""
    if not (s.f >= 4 and s.toks[s.f - 1].low == "of"):
        return None
    return _open_appositive(s, lambda words: any(role_head(t.low) for t in words))


def open_appositive_at(s: LeftSite) -> Answer:
    """An appositive with an article left open before "at", "for" or "with" a body ("Ann Lee,
    a surgeon at Leeds General said"): the person before its comma, opening the sentence,
    speaks, not the body nor the description."""
    if not (s.f >= 5 and s.toks[s.f - 1].low in {"at", "for", "with"}):
        return None
    return _open_appositive(s, lambda words: words[0].low in {"a", "an", "the"} and all(
        not t.cap for t in words))


def _open_appositive(s: LeftSite, is_role: Callable[[list[Token]], bool]) -> Answer:
    """The name before the comma opening an appositive that ends at toks[s.f - 1], when
    ``is_role`` accepts the appositive's words and the name opens the sentence."""
    toks, f, found = s.toks, s.f, s.found
    assert found is not None
    k = f - 2
    while k > 0 and f - k < 8 and toks[k].text != "," and toks[k].text.isalpha() and not (
        toks[k].quoted
    ):
        k -= 1
    if toks[k].text == "," and not toks[k].quoted and k >= 2 and k + 1 < f - 1 and is_role(
        toks[k + 1 : f - 1]
    ):
        nk = name_run_left(toks, k - 1, 0)
        name = toks[nk:k]
        if len(name) >= 2 and name[0].low not in FUNCTION_WORDS and (
            nk == 0 or toks[nk - 1].quoted
        ):
            return make_source("name", name, s.text,
                               appos=s.text[toks[k + 1].start : found[0].end]), nk
    return None


def name_title_body_list(s: LeftSite) -> Answer:
    """In "Name, Title, Body said" (an appositive left open), the person opening the sentence
    speaks, not the body ("Ann Lee, Director, Acme Polls Wales said")."""
    toks, f, found = s.toks, s.f, s.found
    if not (f >= 4 and toks[f - 1].text == "," and not toks[f - 1].quoted):
        return None
    assert found is not None
    k = f - 2
    while k > 0 and f - k <= 5 and toks[k].text not in {",", "."} and toks[k].text[:1].isalpha():
        k -= 1
    title = toks[k + 1 : f - 1]
    if not (toks[k].text == "," and not toks[k].quoted and k >= 2 and title) or not any(
        role_head(t.low) for t in title
    ):
        return None
    nk = name_run_left(toks, k - 1, 0)
    name = toks[nk:k]
    if len(name) >= 2 and all(t.cap for t in name) and name[0].low not in FUNCTION_WORDS and (
        nk == 0 or toks[nk - 1].quoted
    ):
        return make_source("name", name, s.text,
                           appos=s.text[toks[k + 1].start : found[0].end]), nk
    return None


def person_of_town_comma_state(s: LeftSite) -> Answer:
    """A person "of Town, State," speaks ("Ann Lee of Columbia, South Carolina, says")."""
    toks, f = s.toks, s.f
    if not (f >= 4 and toks[f - 1].low == "," and toks[f - 2].cap):
        return None
    o = f - 2
    while o > 0 and f - o < 5 and toks[o].cap:
        o -= 1
    if toks[o].low == "of" and o > 0 and toks[o - 1].cap and not toks[o - 1].quoted:
        first = name_run_left(toks, o - 1, 0)
        run = toks[first:o]
        if run and run[0].low not in FUNCTION_WORDS:
            return make_source("name", run, s.text), first
    return None


def left_source(ctx: ArticleContext, toks: list[Token], i: int) -> Left | None:
    """The source phrase left of the cue toks[i] and its first token, else None."""
    j = skip_left(toks, i - 1)
    if j < 0:
        return None
    site = LeftSite(ctx, toks, i, j, ctx.text)
    for sieve in ctx.sieves.chain("left"):
        answer = sieve(site)
        if answer is not None:
            return None if answer is NO_SOURCE else answer  # type: ignore[return-value]
    found = site.found = left_source_np(toks, j, ctx.text)
    for sieve in ctx.sieves.chain("left_found"):
        answer = sieve(site)
        if answer is not None:
            return None if answer is NO_SOURCE else answer  # type: ignore[return-value]
    if found is None or found[0].kind != "name" or found[1] == 0:
        return found
    site.f = found[1]
    for sieve in ctx.sieves.chain("left_name"):
        answer = sieve(site)
        if answer is not None:
            return None if answer is NO_SOURCE else answer  # type: ignore[return-value]
    return found
