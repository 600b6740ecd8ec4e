"""The source phrase left of a cue ("Jens Stoltenberg, NATO's chief, said")."""

from __future__ import annotations

from newscli.quotes.lexicon import lexicon
from newscli.quotes.model import Source, make_source
from newscli.quotes.phrases import (
    before_group,
    before_paren,
    before_quoted,
    double_apostrophe,
    is_initials,
    name_run_left,
    person_run,
    role_head,
    role_left,
    skip_left,
    subject_pronoun,
    title_only_words,
)
from newscli.quotes.speakers import (
    CONNECTORS,
    FUNCTION_WORDS,
    PERSON_TITLES,
    TIME_WORDS,
    split_title,
)
from newscli.quotes.text import Token
from newscli.quotes.words import (
    GROUP_PRONOUNS,
    NUMBER_WORDS,
    PREPS,
    SUBJECT_STOP,
    TITLE_LEADS,
    WEEKDAYS,
)

_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def left_source(toks: list[Token], i: int, text: str) -> tuple[Source, int] | None:
    j = skip_left(toks, i - 1)
    if j < 0:
        return None
    t = toks[j]
    c = j - 2 if double_apostrophe(toks, j) else j - 1
    if t.quoted and c >= 1 and toks[c].text == "," and toks[c].quoted and (
        (b := before_quoted(toks, j)) != j and toks[b].low in TITLE_LEADS | {"author", "of"}
        and all(x.cap for x in toks[b + 2 : c] if x.text.isalpha())
    ):
        # "As Akhil Amar, professor at Yale and author of “America's Unwritten Constitution,”
        # put it": the appositive's closing comma sits inside the title's marks
        found = left_source(toks[: j + 1] + [Token(",", t.end, t.end, ",", False, False)],
                             j + 2, text)
        return found if found is not None and found[0].kind == "name" else None
    if t.quoted:
        return None
    if (pronoun := subject_pronoun(t)) is not None:
        return pronoun, j
    if t.low == "who" and j >= 1 and not toks[j - 1].quoted and not toks[j - 1].cap and (
        role_head(toks[j - 1].low)
    ):
        # "critics who say ...": the people the restrictive clause picks out
        found = _left_source_np(toks, j - 1, text)
        return found if found is not None and found[0].kind == "role" else None
    if t.low == "who" and j >= 2 and toks[j - 1].text == "," and not toks[j - 1].quoted:
        # "backed by Ruth Meyer, who said ...": the relative pronoun's antecedent speaks
        # ("Sen. Ruth Meyer of Ohio, the ranking Democrat, who said": as "X, appos, said")
        found = left_source(toks, j, text) or _left_source_np(toks, j - 2, text)
        return found if found is not None and found[0].kind in {"name", "role"} else None
    if t.text == "," and (p := before_paren(toks, j - 1)) != j - 1:
        # "Gov. John Kasich (R-OH), said": the comma closes the parenthesis
        found = _left_source_np(toks, p, text)
        if found is not None and found[0].kind == "name" and not (
            found[1] > 0 and toks[found[1] - 1].low in {"of", "for", "at", "on"}
        ):  # (not "X, the High Commissioner for Refugees (UNHCR), said": an appositive)
            return found
    if t.text in {"—", "–"}:
        # "Gingrich — mentioned by Newsmax as a choice for running mate — told": the subject
        # before the parenthetical dash pair
        d = before_group(toks, j, t.text, 30)
        if d != j:
            found = _left_source_np(toks, d, text)
            if found is not None and found[0].kind in {"name", "pronoun"} and (
                found[1] == 0 or toks[found[1] - 1].text in {",", ";", ":"}
                or toks[found[1] - 1].quoted  # the name opens the clause (not "in New York —")
            ):
                return found
        return None
    if t.text == ",":
        # "X, NATO's chief, said" / "X, who ..., said"
        lead = _clause_lead_name(toks, j)  # "Cecelia Purner, 67, a retired teacher, ..., said"
        k = j - 1
        while k >= 0 and j - k <= 20:
            if toks[k].quoted:
                # a short quoted title inside the appositive ("a contestant on “The
                # Apprentice,”", "wearing “Ted Cruz” pins"): step over it
                back = before_quoted(toks, k)
                if back == k:
                    break
                k = back
                continue
            if toks[k].text == ",":
                break
            k -= 1
        if k > 0 and toks[k].text == "," and not toks[k].quoted and j - k >= 2:
            base = _left_source_np(toks, before_paren(toks, k - 1), text)  # "X (R-Tex.), ..."
            if base is not None and (resident := _resident(toks, base[1], text)) is not None:
                return resident  # "Lucy Dorne, 32, of Upminster, east London, said"
            if base is not None and base[0].kind != "name":
                # "Hans Reckers, a board member of Germany's central bank, the Bundesbank, said"
                k2 = k - 1
                while k2 >= 0 and j - k2 <= 30 and toks[k2].text != "," and not toks[k2].quoted:
                    k2 -= 1
                if k2 > 0 and toks[k2].text == ",":
                    far = _left_source_np(toks, k2 - 1, text)
                    if far is not None and far[0].kind == "name":
                        base, k = far, k2
            if lead is not None and (base is None or base[1] > lead[0]):
                m, c = lead
                return make_source("name", toks[m:c], text,
                               appos=text[toks[c + 1].start : toks[j - 1].end]), m
            if base is not None and base[0].kind in {"name", "role"}:
                src, first = base
                appos = toks[k + 1 : j]
                if src.kind == "role" and (titled := _titled_name(appos)):
                    # "The leader of the league, Jonathan Greenblatt, warned", "The other
                    # candidate, former Secretary of State Hillary Clinton, said"
                    return make_source("name", titled, text, appos=src.text), first
                if src.kind == "name" and title_only_words(src.toks) and (
                    titled := _titled_name(appos)
                ):
                    # "The Bishop of Durham, the Rt Rev Dr Tom Wright, described": the person
                    return make_source("name", titled, text, appos=src.text), first
                if src.kind == "name" and _described_name(toks, src, first, appos):
                    # "The EU's Humanitarian Aid Commissioner, Louis Michel, said", "The UN
                    # programme tackling Aids, UNAIDS, said": the name, not the description
                    return make_source("name", appos, text, appos=src.text), first
                tail = text[toks[k + 1].start : toks[j - 1].end]
                src.appos = f"{src.appos}, {tail}" if src.appos else tail
                return src, first
        if lead is not None and j - lead[1] > 20:
            # "Rich Heffley, a top operative who ... (more than 20 words) ..., said"
            m, c = lead
            rel = next((x for x in range(c + 1, j) if toks[x].low in {"who", "which", "whose"}), j)
            role = text[toks[c + 1].start : toks[rel - 1].end] if rel > c + 1 else None
            return make_source("name", toks[m:c], text, appos=role), m
        return None
    found = _left_source_np(toks, j, text)
    if found is not None and found[0].kind == "name" and (
        toks[i].low.endswith(("s", "ed")) or toks[i].low in {"said", "told", "wrote"}
    ) and (w := _open_relative(toks, found[1])) > 0:
        # "Katie Packer, who is chairman of Our Principles Pac said", "The man who hired Tom
        # Vance said": the name is inside a relative clause; its antecedent speaks
        ante = _left_source_np(toks, w - 2 if toks[w - 1].text == "," else w - 1, text)
        return ante if ante is not None and ante[0].kind != "pronoun" else None
    if found is not None and found[0].kind in {"role", "other"}:
        named = name_before_adjunct(toks, found[0], found[1], text)
        if named is not None:
            return named  # "Trump at the time said", "Sanders during a rally thanked"
    if found is None or found[0].kind != "name" or found[1] == 0:
        return found
    f = found[1]
    before = toks[f - 1].low
    if (resident := _resident(toks, f, text)) is not None:
        return resident  # "Tom Vale, of Salford said"
    if before == "," and f >= 4 and toks[f - 2].cap:
        o = f - 2
        while o > 0 and f - o < 5 and toks[o].cap:
            o -= 1
        if (resident := _resident(toks, o + 1, text)) is not None:
            return resident  # "Mr Cooper, from Curry Rivel, Somerset said"
    if j == i - 1 and before in {"a", "an"}:
        return None  # "a Twitter comment", "a Fox interview": the name modifies the noun
    if before in {"in", "from", "at"} and f >= 2 and (not toks[f - 2].cap or f == 2) and not (
        toks[f - 2].quoted
    ):
        # "Officials in New Hampshire said": the people, not the place
        alt = _left_np(toks, f - 2, text)
        if alt is not None and alt[0].kind in {"role", "other"}:
            return alt
    at = f - 2 if before == "the" else f - 1
    if at >= 1 and toks[at].low in {"in", "at"} and toks[at - 1].cap and not toks[at - 1].quoted:
        # "Clinton in Iowa said", "Tom Vance at the Treasury said", "The BBC's David Willey in
        # Rome says": the person, not the place
        k = name_run_left(toks, at - 1, 0)
        run = toks[k:at]
        lex = lexicon()
        place = found[0].text.lower() in lex.places
        if run and run[0].low not in FUNCTION_WORDS and all(
            t.cap or t.text == "." for t in run
        ) and (
            len(run) >= 2 and lex.org_words.isdisjoint(t.low for t in run)  # (not "Centre")
            or len(run) == 1 and place and not run[0].low.endswith("s")  # (not "Authorities")
        ) and (k == 0 or toks[k - 1].text in {"'s", ",", ";"} or toks[k - 1].low in {
            "and", "but", "while"
        }):
            return make_source("name", run, text), k
    if before in {"to", "against"} and f >= 2 and not toks[f - 2].cap and not (
        toks[f - 2].quoted
    ) and not any(t.low.rstrip(".") in lexicon().titles for t in found[0].toks[1:]):
        # "A letter sent to Martin Mubanga said", "a source close to Clinton said": the name
        # is an object; the noun phrase before it speaks, if any
        k = f - 2
        if toks[k].low.endswith(("ed", "en")) or toks[k].low in {"sent", "close", "near"}:
            k -= 1
        alt = _left_np(toks, k, text)
        return alt if alt is not None and alt[0].kind in {"role", "other"} else None
    if before in {"of", "the", "from"} and f >= 3:
        # "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told", "Nigel
        # McCune from the Musicians' Union said": the person at the head of the chain speaks,
        # not the body
        k = f - 1 if before == "the" else f
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
        if e < f and len(run) >= 2 and run[-1].low not in lexicon().titles and any(
            t.low in lexicon().first_name_gender or t.low.rstrip(".") in lexicon().titles
            for t in run
        ):
            return make_source("name", run, text, appos=text[toks[e].start : found[0].end]), k
    if before == "of" and f >= 3 and toks[f - 2].cap and not toks[f - 2].quoted and (
        found[0].text.lower() in lexicon().places
    ):
        # "Chairman G.K. Butterfield of North Carolina said": the person, not the place
        first = name_run_left(toks, f - 2, 0)
        run = toks[first : f - 1]
        if len(run) >= 2 and run[0].low not in FUNCTION_WORDS:
            return make_source("name", run, text), first
    if before == "of" and f >= 4:
        # "Anthony Anton, president and CEO of Washington Restaurant Association stated": the
        # appositive left open; the person before its comma opens the sentence
        k = f - 2
        while k > 0 and f - k < 8 and toks[k].text != "," and toks[k].text.isalpha() and not (
            toks[k].quoted
        ):
            k -= 1
        if toks[k].text == "," and not toks[k].quoted and k >= 2 and any(
            role_head(t.low) for t in toks[k + 1 : f - 1]
        ):
            nk = name_run_left(toks, k - 1, 0)
            name = toks[nk:k]
            if len(name) >= 2 and name[0].low not in FUNCTION_WORDS and (
                nk == 0 or toks[nk - 1].quoted
            ):
                return make_source("name", name, text,
                               appos=text[toks[k + 1].start : found[0].end]), nk
    if before == "," and f >= 4 and toks[f - 2].cap:
        # "Stacy Baker of Columbia, South Carolina, says": the person before "of"
        o = f - 2
        while o > 0 and f - o < 5 and toks[o].cap:
            o -= 1
        if toks[o].low == "of" and o > 0 and toks[o - 1].cap and not toks[o - 1].quoted:
            first = name_run_left(toks, o - 1, 0)
            run = toks[first:o]
            if run and run[0].low not in FUNCTION_WORDS:
                return make_source("name", run, text), first
    return found


def _resident(toks: list[Token], f: int, text: str) -> tuple[Source, int] | None:
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
    found = _left_source_np(toks, k, text)
    if found is None or found[0].kind not in {"name", "role"}:
        return None
    return found


def _titled_name(appos: list[Token]) -> list[Token] | None:
    """The name an appositive gives, after lower-case modifiers and a title ("Jonathan
    Greenblatt", "former Secretary of State Hillary Clinton"), else None."""
    m = 1 if appos and appos[0].low == "the" else 0  # ("the Rt Rev Dr Tom Wright")
    while m < len(appos) and not appos[m].cap and appos[m].text.isalpha() and (
        appos[m].low not in FUNCTION_WORDS
    ):
        m += 1  # ("former", "longtime")
    run = appos[m:]
    if not run or len(run) > 7 or (m and len(run) < 2):
        return None
    for x, t in enumerate(run):
        if not (t.cap or t.text == "." or t.low == "of" and 0 < x < len(run) - 1 and (
            run[x - 1].low in PERSON_TITLES
        )):
            return None
    titles = lexicon().titles
    untitled = [t for t in run if t.low.rstrip(".") not in titles and t.text != "."]
    return run if (len(untitled) <= 4 or any(t.low == "of" for t in run)) else None


def _described_name(toks: list[Token], src: Source, first: int, appos: list[Token]) -> bool:
    """Is ``appos`` a name (a capitalised run of at most four words) that the capitalised
    description before it ("The EU's Humanitarian Aid Commissioner") introduces?"""
    if not appos or len(appos) > 4 or not all(
        t.cap and t.text.isalpha() or t.text == "." for t in appos
    ) or any(role_head(t.low) for t in appos):
        return False  # (not "Mitch McConnell, R-Ky.,")
    if role_head(src.toks[-1].low):
        return True
    before = toks[first - 1] if first > 0 else None
    return before is not None and not before.quoted and (before.text in {"'s", "’s"} or (
        before.text.isalpha() and not before.cap and before.low not in PREPS
    ))


def _open_relative(toks: list[Token], f: int) -> int:
    """The index of "who"/"which" opening a subject relative clause that holds the name at
    ``f`` with a word between them ("who is chairman of X", not "which Trump said"), else -1."""
    for k in range(f - 1, max(-1, f - 16), -1):
        t = toks[k]
        if t.low in {"who", "which"} and not t.quoted:
            # a subject relative: a verb follows ("which Bush tells us": Bush is its subject)
            nxt = toks[k + 1]
            return k if k < f - 1 and not nxt.cap and nxt.text.isalpha() else -1
        if t.quoted or t.low in SUBJECT_STOP or t.text in {"-", "--"} or t.low in {
            "that", "said", "says"
        }:
            return -1
    return -1


def _clause_lead_name(toks: list[Token], j: int) -> tuple[int, int] | None:
    """(first, comma) when the clause ending at the comma toks[j] opens with a name followed by
    a comma: the name of a long appositive chain, else None."""
    m = j - 1
    while m >= 0 and j - m <= 40 and not toks[m].quoted and toks[m].text not in {";", ":"}:
        m -= 1
    if j - m > 40:
        return None
    m += 1
    found = _lead_name_at(toks, m, j)
    if found is None:
        # after an opening phrase: "Just last week, J.J. Goldberg, editor of ..., wrote"
        c0 = next((x for x in range(m, min(j, m + 12)) if toks[x].text == ","), None)
        if c0 is not None and not toks[m].quoted:
            found = _lead_name_at(toks, c0 + 1, j)
    return found


def _lead_name_at(toks: list[Token], m: int, j: int) -> tuple[int, int] | None:
    if m >= j or not toks[m].cap or toks[m].low in FUNCTION_WORDS:
        return None
    c = m
    while c < j and (toks[c].cap or toks[c].low in CONNECTORS or (
        toks[c].text == "." and c > m and (
            is_initials(toks[c - 1].text) or toks[c - 1].low in lexicon().titles)  # "Mr."
    )):
        c += 1
    if c >= j or toks[c].text != "," or sum(t.text != "." for t in toks[m:c]) > 6:
        return None  # (full stops not counted: "Vice President Joseph R. Biden Jr.,")
    if toks[c - 1].low in WEEKDAYS or toks[c - 1].low in TIME_WORDS:
        return None
    if c + 1 < j and not person_run(toks[m:c]) and (nxt := _lead_name_at(toks, c + 1, j)) and (
        person_run(toks[nxt[0] : nxt[1]])
    ):
        return nxt  # "In his new book, Lawless World, Philippe Sands, a QC, suggests"
    return m, c


def _left_source_np(toks: list[Token], j: int, text: str) -> tuple[Source, int] | None:
    found = _left_np(toks, j, text)
    if found is None or found[0].kind == "name" or found[0].kind == "pronoun":
        return found
    src, first = found
    if src.of_toks is None and first - 2 >= 0 and toks[first - 1].low in {"of", "for", "at"} and (
        role_head(toks[first - 2].low) and not toks[first - 2].cap
    ):
        # "its minister for economic affairs"
        rk = role_left(toks, first - 2, 0)
        src = Source("role", toks[rk].start, src.end, text[toks[rk].start : src.end],
                     toks[rk : first - 1], of_toks=src.toks)
        first = rk
    if first - 2 >= 0 and toks[first - 1].text == "," and toks[first - 2].cap and not (
        toks[first - 2].quoted
    ):
        # "Alois Rhiel, its minister for economic affairs added" (appositive left open)
        nk = name_run_left(toks, first - 2, 0)
        name = toks[nk : first - 1]
        # only where the name opens the clause: after the quote or at the sentence start
        # (not "... nearby Ukraine, the military alliance chief said")
        if name and name[0].low not in FUNCTION_WORDS and (len(name) >= 2 or nk > 0) and (
            nk == 0 or toks[nk - 1].quoted or (
            toks[nk - 1].text == "," and nk >= 2 and toks[nk - 2].quoted
        )) and name[-1].low not in WEEKDAYS:
            return make_source("name", name, text, appos=src.text), nk
    return src, first


def _left_np(toks: list[Token], j: int, text: str) -> tuple[Source, int] | None:
    if j < 0:
        return None
    t = toks[j]
    if not t.quoted and (pronoun := subject_pronoun(t)) is not None:
        return pronoun, j
    if t.quoted or t.low in WEEKDAYS or (not t.cap and t.low in FUNCTION_WORDS):
        return None  # "... a Vietnamese prison and says": "and" heads no noun phrase
    if t.cap and (j == 0 or toks[j - 1].text in {",", "—"}) and (
        t.low in lexicon().role_kind or t.low[:-1] in lexicon().role_kind
    ):
        # "Officials said", "Democrats say": a capitalised common noun opening the sentence
        return Source("role", t.start, t.end, t.text, [t]), j
    if t.cap and t.low not in FUNCTION_WORDS:
        k = name_run_left(toks, j, 0)
        # lower-case role words before the name: "Democratic nominee Hillary Clinton"
        while k - 1 >= 0 and j - k < 10:
            p = toks[k - 1]
            if p.quoted:
                break
            if (not p.cap and role_head(p.low)) or p.text == "'s" or (
                p.cap and p.low not in FUNCTION_WORDS and k - 1 < j
                and k < len(toks) and (not toks[k].cap or toks[k].text == "'s")
            ):
                k -= 1
            else:
                break
        while k < j and toks[k].low in FUNCTION_WORDS and not (
            toks[k].low == "new" and toks[k + 1].cap  # "New York Daily News"
        ):
            k += 1
        first = k
        if k - 1 >= 0 and toks[k - 1].low == "the":
            first = k - 1
        src = Source("name", toks[first].start, t.end, text[toks[first].start : t.end],
                     toks[k : j + 1])
        if first - 2 >= 0 and toks[first - 1].low in {"for", "of", "at"}:
            head = toks[first - 2]
            if not head.cap and role_head(head.low):
                # "a spokesperson for the Kremlin"
                rk = role_left(toks, first - 2, 0)
                return Source("role", toks[rk].start, t.end, text[toks[rk].start : t.end],
                              toks[rk : first - 1], of_toks=toks[k : j + 1]), rk
            hk = name_run_left(toks, first - 2, 0)
            if head.cap and toks[first - 1].low in {"for", "at"} and hk >= 2 and (
                toks[hk - 1].low == "of" or toks[hk - 1].low == "the" and toks[hk - 2].low == "of"
            ):
                # "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies"
                f2 = hk - 1 if toks[hk - 1].low == "of" else hk - 2
                if f2 >= 1 and toks[f2 - 1].cap:
                    h2 = name_run_left(toks, f2 - 1, 0)
                    if person_run(toks[h2:f2]):
                        return Source("name", toks[h2].start, t.end, text[toks[h2].start : t.end],
                                      toks[h2:f2]), h2
            if head.cap and head.low not in FUNCTION_WORDS and toks[first - 1].low == "of" and (
                len(split_title(toks[k : j + 1])[1]) < 2 or person_run(toks[hk : first - 1])
            ):
                # "Rep. Elijah Cummings of Maryland", "Joel Pollak of Breitbart California":
                # the person, not the place or the body
                return Source("name", toks[hk].start, t.end, text[toks[hk].start : t.end],
                              toks[hk : first - 1]), hk
        return src, first
    if t.text.isdigit() and j > 0 and toks[j - 1].cap and not toks[j - 1].quoted and (
        toks[j - 1].low not in FUNCTION_WORDS and toks[j - 1].low not in TIME_WORDS
        and toks[j - 1].low.rstrip(".") not in _MONTH_ABBR
        and not toks[j - 1].low.endswith("ing") and text[t.end : t.end + 1] != ","
    ):
        # "Channel 4 said", "Transport 2000 said": a number that ends a name
        k = name_run_left(toks, j - 1, 0)
        return Source("name", toks[k].start, t.end, text[toks[k].start : t.end],
                      toks[k : j + 1]), k
    if t.low in NUMBER_WORDS or t.text.isdigit() or t.low in {"percent", "%"} or (
        t.low in GROUP_PRONOUNS and (j == 0 or toks[j - 1].text in {",", "—"})
    ):
        # survey shares and groups: "46 percent said", "About three in 10 said", "Many said"
        k = j
        while k - 1 >= 0 and j - k < 6 and not toks[k - 1].quoted and (
            toks[k - 1].low in NUMBER_WORDS or toks[k - 1].text.isdigit()
            or toks[k - 1].low in {"in", "of", "about", "nearly", "roughly", "almost", "than",
                                   "more", "fewer", "less", "just", "only", "some", "%"}
        ):
            k -= 1
        return Source("other", toks[k].start, t.end, text[toks[k].start : t.end],
                      toks[k : j + 1]), k
    if not t.cap and role_head(t.low):
        k = role_left(toks, j, 0)
        src = Source("role", toks[k].start, t.end, text[toks[k].start : t.end], toks[k : j + 1])
        if k - 2 >= 0 and toks[k - 1].low in {"of", "at"} and toks[k - 2].cap and not (
            toks[k - 2].quoted
        ) and toks[k].low in {"the", "a", "an"}:
            # "As Gavin Cox of the excellent buildyourown.org.uk website put it": the person
            h = name_run_left(toks, k - 2, 0)
            if person_run(toks[h : k - 1]):
                return make_source("name", toks[h : k - 1], text,
                               appos=text[toks[k - 1].start : t.end]), h
        if k - 2 >= 0 and toks[k - 1].low in {"of", "for", "at"} and role_head(toks[k - 2].low):
            rk = role_left(toks, k - 2, 0)
            return Source("role", toks[rk].start, t.end, text[toks[rk].start : t.end],
                          toks[rk : k - 1], of_toks=toks[k : j + 1]), rk
        return src, k
    if not t.cap and t.text.isalpha():
        k = role_left(toks, j, 0)
        if toks[k].low in {"the", "a", "an", "his", "her", "their", "its"} and j - k <= 4:
            return Source("role", toks[k].start, t.end, text[toks[k].start : t.end],
                          toks[k : j + 1]), k
    if not t.cap and t.low.endswith("s") and len(t.low) > 3 and t.text.isalpha():
        k = role_left(toks, j, 0)
        return Source("other", toks[k].start, t.end, text[toks[k].start : t.end],
                      toks[k : j + 1]), k
    return None


_ADJUNCT_PREPS = frozenset("at during".split())  # ("Partisans on both sides warn": no name)


def name_before_adjunct(
    toks: list[Token], np: Source, f: int, text: str
) -> tuple[Source, int] | None:
    """A name that opens the clause, followed by a time or place phrase the left scan took for
    the subject ("Trump at the time said", "Sanders during a rally thanked"), else None."""
    if np.toks and np.toks[0].cap and np.toks[0].low not in FUNCTION_WORDS:
        k = 0
        while k < len(np.toks) and np.toks[k].cap:
            k += 1
        if 0 < k < len(np.toks) and np.toks[k].low in _ADJUNCT_PREPS:
            return make_source("name", np.toks[:k], text), f
        return None
    if f >= 2 and (toks[f - 1].low in _ADJUNCT_PREPS or toks[f - 1].low == "in") and (
        toks[f - 2].cap and not (toks[f - 2].quoted or toks[f - 2].low in FUNCTION_WORDS)
    ):
        k = name_run_left(toks, f - 2, 0)
        while k < f - 2 and toks[k].low in FUNCTION_WORDS:
            k += 1
        if toks[f - 1].low == "in" and (f - 1 - k < 2 or toks[k].low in FUNCTION_WORDS):
            return None  # "Jeb Bush in a Medium post said"; not "Partisans in ...": a full name
        if k == 0 or toks[k - 1].low in {"that", ",", "and", "but", "while"} or toks[k - 1].quoted:
            return make_source("name", toks[k : f - 1], text), k
    return None
