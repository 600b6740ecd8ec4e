"""Mention -> speaker: a source phrase resolved to a name of the article (pronoun, role,
body, document author)."""

from __future__ import annotations

import re

from newscli.quotes import antecedents as an
from newscli.quotes import coordination, documents, kin
from newscli.quotes import descriptions as ds
from newscli.quotes.context import ArticleContext
from newscli.quotes.describing import (
    common_word_no_name,
    demonym_holder,
    member_title_holder,
    party_member,
    title_holder,
    title_names_no_one,
)
from newscli.quotes.lexicon import lexicon, word_set
from newscli.quotes.mentions import demonym_before_full_name, opening_participle
from newscli.quotes.model import Attr, Source
from newscli.quotes.names import (
    DETERMINERS,
    FUNCTION_WORDS,
    ORG_HEADS,
    TIME_WORDS,
    acronym_then_word_is_body,
    hyphenated_description,
    nationalities,
    split_title,
)
from newscli.quotes.phrases import name_run_left, role_head
from newscli.quotes.source_right import cap_tail
from newscli.quotes.subject import main_subject
from newscli.quotes.text import Token, tokens
from newscli.quotes.words import (
    ANALYSTS,
    AUTHORED,
    GROUP_PRONOUNS,
    INDEFINITE,
    NAMING,
    NOUN_DETS,
    NUMBER_WORDS,
    PARTY_ADJECTIVES,
    POSSESSIVES,
    WEEKDAYS,
)

_RELATIVE_NEXT = re.compile(r"[ \u00a0]+(?:who|whose|that)\b")  # "the man who built ..."


_QUOTE_MARK = re.compile("[\"“«]|''")


_NAMES_THING = re.compile(r"[ \u00a0]+(?:the|a|an|it|this|that|his|its|their)\b")


_COUNTRY_CODES = frozenset("US USA UK UAE".split())


_DETERMINERS = NOUN_DETS | INDEFINITE  # before a body's name: "a Labour", "the BBC"
_AGENTS = frozenset(
    "official officials aide aides adviser advisers staffer staffers representative "
    "representatives".split()
)


_ANY_AUTHORED = re.compile(r"\b(?:" + "|".join(sorted(AUTHORED)) + r")s?\b", re.IGNORECASE)


_AUTHORED_RE = {n: re.compile(rf"\b{re.escape(n)}s?\b", re.IGNORECASE) for n in AUTHORED}


_SENTENCE_LEFT = frozenset(["", ".", ",", "\n", '"', "”"])  # what may precede a clause subject


_OWNED_BODIES = frozenset("campaign camp office team staff administration".split())


def _body_owner(toks: list[Token], spokes: bool = False) -> list[Token] | None:
    """The name owning a campaign or office ("the Sanders campaign", "Ryan’s office"), or,
    with a possessive, a document or spokesperson ("Mr Kok's report", "Mr Blair's official
    spokesman": ``spokes`` says the head is a spokesperson noun), else None."""
    if len(toks) < 2:
        return None
    e = len(toks) - 2
    if toks[-1].low not in _OWNED_BODIES:
        if not (spokes or toks[-1].low in AUTHORED):
            return None
        while e > 0 and not toks[e].cap and toks[e].text.isalpha():
            e -= 1  # ("official", "latest")
        if toks[e].text != "'s":
            return None
    if toks[e].text == "'s":
        e -= 1
    b = e
    while b >= 0 and toks[b].cap and toks[b].low not in FUNCTION_WORDS:
        b -= 1
    if b == e:
        return None
    _title, name = split_title(toks[b + 1 : e + 1])
    if len(name) == 1 and (name[0].low in WEEKDAYS or name[0].text[:-1].isupper() and (
        name[0].text.endswith("s")
    )):
        return None  # "Wednesday's statement", "a new MPs' report": no owner
    return name or None


# --- rules of stage "resolve": a source phrase -> the name of the person or body ----------------


def _resolve_name(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    idx, on = ctx.index, ctx.sieves.on
    title, name = split_title(src.toks, on(acronym_then_word_is_body))
    if name and on(hyphenated_description) and hyphenated_description(name[0]) or (
        on(demonym_before_full_name) and demonym_before_full_name(ctx, name)
    ):
        title, name = title + name[:1], name[1:]  # ("Lisbon-based Acme": Acme)
    speaker = idx.canonical(name, title)
    the = src.text[:4].lower() == "the " or (
        ctx.text[max(0, src.start - 4) : src.start].lower() == "the ")
    if on(title_holder) and (words := title_holder(ctx, src)):
        held = idx.resolve_role(words, src.start, pi, definite=False)
        if held is None and on(title_names_no_one) and title_names_no_one(name, words):
            speaker = None
        speaker = held or speaker
    if on(member_title_holder) and member_title_holder(ctx, name):
        speaker = idx.holder_of(name[-1].low, src.start)
    if on(party_member) and party_member(ctx, name):
        speaker = idx.recent_person(src.start, pi) if the else None
    elif on(demonym_holder) and demonym_holder(ctx, name, title, speaker):
        speaker = idx.holder_of(name[0].low, src.start) if the and not (
            name[0].low.endswith("s") and name[0].low[:-1] in ctx.lex.demonyms
        ) else None
        if speaker is not None and speaker.lower() == name[0].low:
            speaker = None  # ("the 24-year-old Swiss": the word itself names no one)
    elif on(common_word_no_name) and common_word_no_name(ctx, name, title, speaker):
        speaker = None
    elif len(name) == 1 and not title and on(opening_participle) and (
        opening_participle(ctx, name[0])
    ):
        speaker = None  # ("Having said that, ...": no one)
    elif on(an.place_after_possessive) and an.place_after_possessive(ctx, name, title):
        speaker = None
    if the and (speaker is None or speaker.lower() in ctx.lex.demonyms) and (
        on(an.demonym_person_in_view)
    ):
        speaker = an.demonym_person_in_view(
            ctx, [t for t in src.toks if t.low != "the"], src.start, pi) or speaker
    if the and on(family_by_surname) and (family := family_by_surname(ctx, name)):
        speaker = family
    if src.appos:
        idx.add_role(speaker or "", src.appos)
        if any(role_head(w) and lexicon().role_kind.get(w, "person") != "org"
               for w in src.appos.lower().split()):
            idx.mark_person(speaker)  # "Hans Reckers, a board member of ..."
    elif title and any(t.low.rstrip(".") in lexicon().titles for t in title):
        idx.mark_person(speaker)
    return speaker


def family_by_surname(ctx: ArticleContext, name: list[Token]) -> str | None:
    """"The Odes" are the people of the article with the surname Ode, two or three of them
    ("The Odes said ..." after Ann Ode and Tom Ode: "Ann Ode and Tom Ode")."""
    if len(name) != 1 or not name[0].low.endswith("s") or name[0].low[:-1] in ctx.lex.demonyms:
        return None
    idx = ctx.index
    people = [n for n in idx.by_last.get(name[0].low[:-1], [])
              if (ent := idx.entity(n)) is not None and ent.kind == "person"]
    return " and ".join(people) if 2 <= len(people) <= 3 else None


def it_document_author(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """"It said" opening its clause, with no antecedent, is whoever issued the statement the
    article mentioned ("Acme issued a statement. It said ...")."""
    if src.text.lower() == "it" and ctx.text[
        max(0, src.start - 3) : src.start
    ].rstrip()[-1:] in _SENTENCE_LEFT:  # (its sentence's subject, not "after it said")
        return _author(ctx, _ANY_AUTHORED, src.start, pi)
    return None


def _resolve_pronoun(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    idx = ctx.index
    speaker = idx.fullest(idx.resolve_pronoun(src.text, src.start, pi, ctx.common_word),
                          ctx.lex.pronoun_gender.get(src.text.lower()))
    if speaker is None and ctx.sieves.on(an.gender_reaches_back):
        speaker = an.gender_reaches_back(ctx, src, pi)
    if speaker is None and ctx.sieves.on(it_document_author):
        speaker = it_document_author(ctx, src, pi)
    return speaker


def possessive_owner(ctx: ArticleContext, src: Source) -> str | None:
    """The owner of the words speaks ("according to Lee's memoir": Lee)."""
    owner = next((x for x, t in enumerate(src.toks) if t.text == "'s" and x > 0), None)
    if owner is not None and src.toks[owner - 1].cap:
        first = name_run_left(src.toks, owner - 1, 0)
        _t, name = split_title(src.toks[first:owner])
        return ctx.index.canonical(name)
    return None


_PAIR_JOIN = re.compile(r"[^.;:!?\n\"“”]{1,60}?[ \u00a0](?:and|&)[ \u00a0]+\Z")  # "Ann Ode and "


def latter_of_a_pair(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """"The latter" is the second, "the former" the first of the two names an earlier
    sentence joined with "and" ("Ann Ode and Bo Lee spoke. The latter said ...": Lee)."""
    words = [t.low for t in src.toks]
    if len(words) != 2 or words[0] != "the" or words[1] not in {"latter", "former"}:
        return None
    later = None
    for steps, m in enumerate(ctx.index._backwards(src.start)):
        if m.paragraph < pi - 2 or steps > 40:
            return None
        if m.speaker or m.quoted:
            continue  # (a speaker record repeats a mention; a name in quotes is no antecedent)
        if later is not None and later.pos > m.pos and _PAIR_JOIN.match(
            ctx.text, m.pos, later.pos
        ):
            pair = (m, later) if words[1] == "former" else (later, m)
            return ctx.index.fullest(pair[0].name)
        later = m
    return None


def _resolve_other(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    # "The Democratic front-runner and former secretary of state said": a role noun
    words = [t.low for t in src.toks if t.text.isalpha()]
    if "of" in words:
        words = words[: words.index("of")]  # "former secretary of state"
    heads = [x for x, w in enumerate(words) if role_head(w)]
    speaker = None
    if heads:
        definite = words[0] in {"the", "his", "her", "its", "their"}
        speaker = ctx.index.resolve_role(words[: heads[-1] + 1], src.start, pi, definite)
    if speaker is None and ctx.sieves.on(study_owner):
        speaker = study_owner(ctx, src)  # "according to a new Ode Polls study"
    if speaker is None and ctx.sieves.on(possessive_owner):
        speaker = possessive_owner(ctx, src)
    return speaker


def owner_speaks(ctx: ArticleContext, src: Source, pi: int, words: list[str],
                 definite: bool, spokes: bool) -> tuple[str | None, bool]:
    """A body, document or spokesperson speaks for its owner ("his campaign said", "the Lee
    campaign said", "Lee's spokesman said": the spokesman the article names, else Lee);
    (speaker, whether it applied)."""
    idx = ctx.index
    first_word = src.toks[0].low if src.toks else ""
    body_owner = _body_owner(src.toks, spokes)
    possessor = POSSESSIVES.get(first_word)
    if len(src.toks) < 2 or not (
        src.toks[-1].low in _OWNED_BODIES or src.toks[-1].low in AUTHORED or spokes
    ):
        possessor = None  # (only a body, document or spokesperson speaks for its owner)
    if possessor is None and body_owner is None:
        return None, False
    speaker = idx.resolve_role(words, src.start, pi, definite) if spokes else None
    if speaker is None and possessor is not None:
        speaker = idx.fullest(idx.resolve_pronoun(possessor, src.start, pi, ctx.common_word),
                              ctx.lex.pronoun_gender.get(possessor))
    elif speaker is None and body_owner is not None:
        speaker = idx.fullest(idx.canonical(body_owner))
    return speaker, True


def org_named_before(ctx: ArticleContext, src: Source) -> str | None:
    """A body noun after a name is that body ("the Acme news agency said": Acme)."""
    if ctx.lex.role_kind.get(src.toks[-1].low) == "org" and not src.of_toks:
        named = _named_before_role(ctx, src.toks)
        if named is not None and ctx.sieves.on(ds.body_named_in_full):
            return ds.body_named_in_full(ctx, named, src.toks[-1].low) or named
        return named
    return None


def role_antecedent(ctx: ArticleContext, src: Source, pi: int, words: list[str],
                    definite: bool) -> str | None:
    """A role noun is the person the article gave that role ("the mayor said" after "Mayor
    Ann Lee"); not "one official" nor "another aide"."""
    toks = src.toks
    first_word = toks[0].low if toks else ""
    plain = first_word == "the" or len(toks) > 2 and toks[1].text in {
        "'s", "’s"} and toks[0].low in ctx.lex.places  # "Russia's president"
    described = _RELATIVE_NEXT.match(ctx.text, src.end) is not None
    return ctx.index.resolve_role(words, src.start, pi, definite, plain, described)


def name_after_of(ctx: ArticleContext, src: Source) -> str | None:
    """A role "of" or "for" a name is that name's when no person holds it ("a spokesman for
    Acme Bank said": Acme Bank)."""
    if not src.of_toks:
        return None
    _t, name = split_title([t for t in src.of_toks if t.low != "the"])
    return ctx.index.canonical(name)


def capitalised_body(ctx: ArticleContext, src: Source, pi: int, words: list[str],
                     speaker: str | None) -> str | None:
    """A capitalised body noun alone is the force or body the article names ("Police said"
    after "Leeds Police"), else itself."""
    first_word = src.toks[0].low
    if len(src.toks) == 1 and src.text == src.toks[0].text and src.toks[0].cap and (
        ctx.lex.role_kind.get(first_word) == "org"
    ):
        named = ctx.index.resolve_role(words, src.start, pi, True)
        return named if named and first_word in named.lower().split() else src.toks[0].text
    if speaker is None and len(src.toks) == 1 and ctx.sieves.on(ds.bare_body_noun) and (
        ctx.lex.role_kind.get(first_word) == "org"
    ):
        return ds.bare_body_noun(ctx, src, pi)
    return speaker


def body_the_article_names(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """A spokesperson or source "for the company" speaks for the company the article has
    been naming ("a source at the club said")."""
    body = [t.low for t in (src.of_toks or src.toks[-4:])]
    role_kind = ctx.lex.role_kind
    if role_kind.get(body[-1] if body else "") == "org" and (
        src.of_toks and body[:-1] == ["the"] or len(body) == 4 and body[1:3] == [
            "for", "the"] and (role_kind.get(body[0]) == "spokes" or body[0] in _AGENTS)
    ):
        return ctx.index.resolve_role(body[-1:], src.start, pi, True)
    return None


def spokesperson_for_recent(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """"A spokesperson said" with no body speaks for whoever just spoke ("Acme denied it. A
    spokesperson said ...")."""
    return ctx.index.recent_speaker(src.start, pi)


def spokesperson_carries(ctx: ArticleContext, pi: int) -> str | None:
    """"The spokesman" is the spokesperson met last, for the same body ("said an Acme
    spokesman ... the spokesman added")."""
    if ctx.spokes_for is not None and ctx.spokes_for[1] >= pi - 2:
        return ctx.spokes_for[0]
    return None


def _resolve_role(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    on = ctx.sieves.on
    words = [t.low for t in src.toks if t.low not in DETERMINERS and t.text != "'s"]
    first_word = src.toks[0].low if src.toks else ""
    definite = first_word in {"the", "his", "her", "its", "their"} or (
        len(src.toks) > 1 and src.toks[0].cap and first_word not in INDEFINITE
    )  # ("Russia's president"; not "Officials said": some of a group)
    spokes = bool(src.toks) and ctx.lex.role_kind.get(src.toks[-1].low) == "spokes"
    speaker: str | None = None
    applied = False
    if on(owner_speaks):
        speaker, applied = owner_speaks(ctx, src, pi, words, definite, spokes)
    if applied:
        pass
    elif src.toks and src.toks[-1].low in TRADES:
        return trade_noun_names_body(ctx, src, pi, words, definite) if on(
            trade_noun_names_body) else None
    elif on(org_named_before) and (named := org_named_before(ctx, src)) is not None:
        speaker = named
    elif first_word not in {"one", "another"} and first_word not in NUMBER_WORDS and (
        on(role_antecedent)
    ):
        speaker = role_antecedent(ctx, src, pi, words, definite)
        if speaker is not None and definite and on(an.role_is_not_the_subject):
            speaker = an.role_is_not_the_subject(ctx, src, pi, speaker, words) or speaker
    if speaker is None and definite and on(age_person_in_view):
        speaker = age_person_in_view(ctx, src, pi)
    if speaker is None and on(an.epithet_person_in_view):
        speaker = an.epithet_person_in_view(ctx, src, pi)
    if speaker is None and on(name_after_of):
        speaker = name_after_of(ctx, src)
    if on(capitalised_body):
        speaker = capitalised_body(ctx, src, pi, words, speaker)
    if speaker is None and on(body_the_article_names):
        speaker = body_the_article_names(ctx, src, pi)
    if speaker is None and on(body_before_role):
        speaker = body_before_role(ctx, src)
    if speaker is None and on(study_owner):
        speaker = study_owner(ctx, src)  # "a new Ode Polls study found"
    if speaker is None and spokes and not definite and len(words) == 1 and not src.of_toks and (
        on(spokesperson_for_recent)
    ):
        speaker = spokesperson_for_recent(ctx, src, pi)
    if speaker is None and spokes and definite and on(spokesperson_carries) and (
        ctx.spokes_for is not None and ctx.spokes_for[1] >= pi - 2
    ):
        speaker = spokesperson_carries(ctx, pi)
    elif spokes:
        # the spokesperson a later "the spokesman" means (none: "a Tory spokeswoman")
        ctx.spokes_for = (speaker, pi) if speaker is not None else None
    return speaker


TRADES = word_set("org_words.txt", "trades")


def trade_noun_names_body(ctx: ArticleContext, src: Source, pi: int, words: list[str],
                          definite: bool) -> str | None:
    """A trade noun ("the airline", "the insurer") is the body the article introduced with it
    or named before it and elsewhere, else the one body in view that spoke or led a clause;
    never a place ("Budget airline Flyco cut fares. 'Sorry,' the airline said.": Flyco)."""
    if not definite or src.of_toks:
        return None  # ("one airline", "an insurer": some body)
    idx = ctx.index
    speaker = _named_before_role(ctx, src.toks)  # "the Flyco airline"
    if speaker is not None and ((ent := idx.entity(speaker)) is None or ent.count < 2):
        speaker = None  # a description, not a name: "the High Street retailer"
    speaker = speaker or idx.resolve_role(words, src.start, pi, True)
    if speaker is None:
        return None
    last = speaker.split()[-1]
    if nationalities(last) or last.lower() in ctx.lex.places or (
        speaker.lower() in ctx.lex.places or speaker.lower() in ctx.lex.demonyms
    ):
        return None  # a place or a description ending in one: "Cash-strapped US"
    return speaker


def body_before_role(ctx: ArticleContext, src: Source) -> str | None:
    """A body named before a role noun speaks through it ("an Acme Bank spokesman said")."""
    return _named_before_role(ctx, src.toks)


def age_person_in_view(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """A definite age description is the person named last who led a clause or spoke in this
    or the two paragraphs before ("Ann Ode has given £5m. The 52-year-old said ...": Ode)."""
    if src.toks and src.toks[-1].low.endswith("-year-old"):
        return ctx.index.last_person(src.start, pi)
    return None


def study_owner(ctx: ArticleContext, src: Source) -> str | None:
    """A study, survey or poll speaks for the body named right before it, a name of two words
    or more or an acronym ("according to a new Ode Polls study", "the ONS figures")."""
    return _study_owner(ctx, src.toks)


def nationality_names_no_one(ctx: ArticleContext, speaker: str) -> bool:
    """A nationality word is never a speaker ("the 24-year-old Swiss added")."""
    return speaker.lower() in ctx.lex.demonyms


def surname_that_is_a_common_word(ctx: ArticleContext, src: Source) -> str | None:
    """A capitalised word the article gave as a person's surname names that person, though
    it is also a common word ("Rex Early ... Early described it as ...": Rex Early)."""
    if len(src.toks) != 1 or not src.toks[0].cap or src.toks[0].quoted:
        return None
    people = [n for n in ctx.index.by_last.get(src.toks[0].low, [])
              if (ent := ctx.index.entity(n)) is not None and ent.kind == "person"]
    return people[0] if len(people) == 1 else None


def time_word_names_no_one(ctx: ArticleContext, src: Source, speaker: str) -> str | None:
    """A day or month alone names no one: a phrase whose only capitalised word is a day is a
    description whose named owner speaks, if any ("Lee in July said": not July; "according
    to data released Friday": no one; "an Ode Polls survey released Monday": Ode Polls)."""
    low = speaker.lower()
    if low not in TIME_WORDS or low == "may" or ctx.index.by_last.get(low) or any(
        len(n.split()) == 2 and n.split()[0].lower() in ctx.lex.first_name_gender
        and n.lower().endswith(" " + low) for n in ctx.index.entities
    ):
        return speaker  # ("Mike Friday", "Ann May": a surname)
    toks = tokens(ctx.text, src.start, src.end, ctx.inside_marks)
    return _study_owner(ctx, toks) if len(toks) > 1 else None


def author_after_by(ctx: ArticleContext, src: Source) -> str | None:
    """The author after "by" or "from" speaks ("according to a post from Ann Lee", "a report
    by analysts Acme")."""
    by = next((x for x, t in enumerate(src.toks) if t.low in {"from", "by"}), None)
    return _author_named(ctx, src.toks[by + 1 :]) if by is not None else None


def document_issuer(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """"The statement said" is the body named before it or whoever issued the statement ("the
    Acme report said", "Lee issued a statement ... the statement said")."""
    if len(src.toks) >= 2 and (
        src.toks[0].low in {"the", "this", "that"} and src.toks[-1].low in AUTHORED
    ):
        return _named_before_role(ctx, src.toks) or _author(
            ctx, _AUTHORED_RE[src.toks[-1].low], src.start, pi)
    return None


def statement_of_last_body(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """"The statement said", no statement mentioned before, is the body that spoke or led a
    clause last, in this or the previous paragraph ("Acme officials confirmed the delay.
    ¶'We are sorry,' the statement said.": Acme)."""
    if [t.low for t in src.toks] == ["the", "statement"] and _AUTHORED_RE["statement"].search(
        ctx.text, ctx.paras[max(0, pi - 2)][0], src.start
    ) is None:
        return ctx.index.recent_speaker(src.start, pi)
    return None


def naming_is_no_speech(ctx: ArticleContext, a: Attr) -> bool:
    """A naming verb with an object and no quote is no speech a later "he said" continues
    ("Lee, who has called the plan a hoax, ...")."""
    return a.lemma in NAMING and _NAMES_THING.match(ctx.text, a.cue_end) is not None and not (
        _QUOTE_MARK.search(ctx.text, a.cue_end, a.content[1] if a.content else a.cue_end + 200)
    )


_BY_KIND = {"name": _resolve_name, "pronoun": _resolve_pronoun, "other": _resolve_other,
            "role": _resolve_role}


def resolve(ctx: ArticleContext, a: Attr, pi: int, salient: bool = True) -> None:
    """Set the attribution's speaker, mention and role from its source phrase; a salient
    speaker becomes an antecedent for later pronouns."""
    src = a.source
    if src is None:
        return
    on = ctx.sieves.on
    idx = ctx.index
    a.mention = src.text
    speaker = None
    if src.kind in {"role", "other"} and on(latter_of_a_pair):
        speaker = latter_of_a_pair(ctx, src, pi)
    if speaker is None and src.kind in {"role", "other"} and on(ds.couple_is_the_pair):
        speaker = ds.couple_is_the_pair(ctx, src, pi)
    kinship = src.kind in {"role", "other"} and on(kin.kin_introduced_in_relation) and (
        kin.kin_phrase(src) is not None)
    if kinship:
        speaker = kin.kin_introduced_in_relation(ctx, src, pi)  # (else no one, not the owner)
    if speaker is None and not kinship:
        speaker = _BY_KIND[src.kind](ctx, src, pi)
    if src.kind in {"role", "other"}:
        if speaker is None and on(author_after_by):
            speaker = author_after_by(ctx, src)
        if speaker is None and on(document_issuer):
            speaker = document_issuer(ctx, src, pi)
        if speaker is None and on(documents.cited_document_owner):
            speaker = documents.cited_document_owner(ctx, src)
        if speaker is None and on(documents.document_described_later):
            speaker = documents.document_described_later(ctx, src)
        if speaker is None and on(documents.words_on_owners_site):
            speaker = documents.words_on_owners_site(ctx, src)
        if speaker is None and on(statement_of_last_body):
            speaker = statement_of_last_body(ctx, src, pi)
        if speaker is None and on(ds.body_named_with_head):
            speaker = ds.body_named_with_head(ctx, src)
    if speaker is None and src.kind == "other" and on(surname_that_is_a_common_word):
        speaker = surname_that_is_a_common_word(ctx, src)
    if speaker is None and src.kind == "pronoun" and on(documents.it_continues_document):
        speaker = documents.it_continues_document(ctx, src, pi)
        if speaker is None and on(documents.words_on_owners_site):
            speaker = documents.words_on_owners_site(ctx, src)
    if speaker is not None and ctx.spokes_for is not None and (
        speaker != ctx.spokes_for[0]
    ):
        ctx.spokes_for = None  # someone else spoke since
    if speaker is not None and on(nationality_names_no_one) and nationality_names_no_one(
        ctx, speaker
    ):
        speaker = None
    if speaker is not None and on(time_word_names_no_one):
        speaker = time_word_names_no_one(ctx, src, speaker)
    ent = idx.entity(speaker)
    role = ent.display_role() if ent is not None else None
    if speaker and salient and not (on(naming_is_no_speech) and naming_is_no_speech(ctx, a)):
        idx.add_speaker(src.start, speaker, pi)
    a.speaker, a.role = speaker, role
    if speaker and src.kind == "name" and on(coordination.people_joined_by_and) and (
        joint := coordination.people_joined_by_and(ctx, src, speaker, pi)
    ):
        a.speaker, a.role = joint, None


def _named_before_role(ctx: ArticleContext, toks: list[Token]) -> str | None:
    """Whom "a Labour Party spokesman", "a White House aide", "a UKIP spokesman" speak for,
    whose "the ADB report" is: the name before the role or document noun, when it is two
    words or more, an acronym, or a name the article uses more than once or that spoke
    before (not "a Conservative spokeswoman", "a German official", "a US company")."""
    h = len(toks)
    if not h or ctx.lex.role_kind.get(toks[-1].low) not in {"spokes", "org"} and (
        toks[-1].low not in _AGENTS and toks[-1].low not in AUTHORED
    ):
        return None  # ("a New Hampshire voter", "a Twitter user": they speak for no one)
    if h == 1 or not toks[-1].cap:
        h -= 1  # the head noun ("Police said"; but "Federal Election Commission" is a name)
    while h > 0 and not toks[h - 1].cap and role_head(toks[h - 1].low):
        h -= 1
    r = h
    while r > 0 and toks[r - 1].cap and toks[r - 1].low not in _DETERMINERS:
        r -= 1
    run = toks[r:h]
    if not run or r > 1 or r == 1 and toks[0].low not in _DETERMINERS:
        return None
    idx = ctx.index
    while run and run[0].low in {"former", "ex", "then"}:
        run = run[1:]  # ("Former Carson advisers")
    while run and run[0].low.endswith("-based"):
        run = run[1:]  # "The Florida-based Falic group"
    if not run or " ".join(t.low for t in run) in ctx.lex.places or (
        run[0].text in _COUNTRY_CODES or all(t.low in ctx.lex.demonyms for t in run)
    ):
        return None  # "the New York company", "the US firm", "a South Korean official"
    name = idx.canonical(run)
    if len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1:
        return run[0].text  # "a UKIP spokesman": UKIP, not "Suffolk Coastal UKIP"
    if len(run) == 1 and (
        run[0].low in PARTY_ADJECTIVES or ctx.common_word(run[0].text) or not (
            # (the name as written and the fuller name it stands for: "Quill" of "Quill & Co")
            sum(e.count for n in {name, run[0].text} if (e := idx.entity(n)) is not None) >= 2
            or any(m.name == name and m.pos < toks[0].start for m in idx.speakers)
        )
    ):
        # (one word: a name the article uses more than once, or someone who spoke
        # before: "a Google spokesperson"; not "a Conservative spokeswoman")
        return None
    return idx.only_longer(name) if name else None


def _author_named(ctx: ArticleContext, toks: list[Token]) -> str | None:
    """The name after "by"/"from" ("Arianna Huffington", "analysts Forrester", "the
    consultancy Gartner"), when the words end in one."""
    k = 0
    while k < len(toks) and not toks[k].cap and (
        toks[k].low in DETERMINERS or role_head(toks[k].low) or toks[k].low in ANALYSTS
        or k < 3 and toks[k].text.isalpha() and toks[k].low not in FUNCTION_WORDS
    ):
        k += 1  # ("by telecoms giant BT")
    run = toks[k:]
    while run and run[0].low.endswith("-based"):
        run = run[1:]  # ("UK-based analysts ...")
    if len(run) >= 3 and run[0].cap and not run[1].cap and "-" in run[1].text and (
        run[0].low in ctx.lex.demonyms or run[0].text in _COUNTRY_CODES
        or run[0].low in ctx.lex.places
    ):
        run = run[2:]  # ("by UK think-tank Demos": a place before a hyphenated role noun)
    if not run or not all(t.cap for t in run) or any(role_head(t.low) for t in run):
        return None
    lex = ctx.lex
    if all(t.low in lex.demonyms or t.text in _COUNTRY_CODES
           or t.low.rstrip("s") in lex.demonyms for t in run) or (
        len(run) == 1 and run[0].low in ORG_HEADS
    ):
        return None  # "by the British", "by UK ...", "from the Institute": no name
    _t, name = split_title(run)
    return ctx.index.canonical(name)


_STUDIES = word_set("quote_words.txt", "studies")


def _study_owner(ctx: ArticleContext, toks: list[Token]) -> str | None:
    """A study, survey or poll speaks for the body named right before it, a name of two
    words or more or an acronym ("according to a new Ode Polls study", "Ode Polls'
    calculations", "the ONS figures"); not a place or nationality ("a British study")."""
    h = next((x for x, t in enumerate(toks) if x > 0 and t.low in _STUDIES and not t.cap), None)
    if h is None or any(t.low in {"of", "in", "among"} for t in toks[:h]) or (
        toks[0].low in GROUP_PRONOUNS
    ):
        return None  # ("20 percent of people in a CNN poll said", "some GOP figures": people)
    if h + 1 < len(toks) and toks[h + 1].low not in _AFTER_STUDY:
        return None  # the study noun is no head ("a GOP data expert")
    k = h - 1
    if toks[k].text in {"'", "’", "'s", "’s"}:
        k -= 1
    e = k + 1
    while k >= 0 and not toks[k].quoted and (toks[k].cap or toks[k].text == "/" and k > 0 and (
        toks[k - 1].cap
    )):
        k -= 1  # ("a CNN/ORC poll": one name)
    run = toks[k + 1 : e]
    if not run or run[0].low in FUNCTION_WORDS or " ".join(t.low for t in run) in (
        ctx.lex.places
    ) or run[-1].low in ctx.lex.demonyms:
        return None
    if len(run) == 1 and not (run[0].text.isupper() and len(run[0].text) >= 3):
        return None  # ("Revised figures", "Opinion polls", "a US survey": no body named)
    written = ctx.text[run[0].start : run[-1].end]
    if any(t.text == "/" for t in run):
        return written
    _title, name = split_title(run)
    found = ctx.index.canonical(name) if name else None
    # the indexed form when it keeps every word ("CBS News", not "News")
    return found if found and {t.text for t in name} <= set(found.split()) else written


_AFTER_STUDY = word_set("quote_words.txt", "after_study")


def _author(ctx: ArticleContext, nouns: re.Pattern[str], pos: int, pi: int) -> str | None:
    """Who issued the statement (email, memo ...) a later "the statement said" or "it said"
    quotes: the named subject of the sentence that first mentioned it ("issued a
    statement"), in this or the previous paragraph ("Fox News issued a statement ...
    “...,” the statement said")."""
    text = ctx.text
    lo = ctx.paras[max(0, pi - 1)][0]
    mentions = [lo + m.start() for m in nouns.finditer(text[lo:pos])]
    for at in reversed(mentions[-4:]):
        para = next(s for s, e in reversed(ctx.paras) if s <= at)
        stop = text.rfind(". ", para, at)
        start = stop + 2 if stop >= 0 else para
        toks = tokens(text, start, at, ctx.inside_marks)
        if not toks or toks[-1].quoted or len(toks) > 40:
            return None
        det = next((t for t in reversed(toks[-5:]) if t.low in {
            "a", "an", "the", "its", "his", "her", "their", "this", "that"}), None)
        if det is None:
            return None
        noun = nouns.match(text, at)
        after = [] if noun is None else tokens(
            text, noun.end(), min(len(text), noun.end() + 80), ctx.inside_marks)
        if after and after[0].low in {"by", "from"} and (
            named := _author_named(ctx, cap_tail(after[1:]))
        ) is not None:
            return named  # "a report by analysts Forrester ... the report predicted"
        if det.low not in {"a", "an"}:
            continue  # "the email read": back to where it was first mentioned
        d = toks.index(det)
        if d > 0 and toks[d - 1].low in ctx.lex.speech_forms:
            # "..., said a World Bank report": the report spoke first, for the body it
            # names ("Users are an odd mix, suggests a report": no one)
            end = noun.end() if noun is not None else at
            return _named_before_role(ctx, tokens(text, det.start, end, ctx.inside_marks))
        if toks[0].quoted:
            # "“...,” Fox News said in a statement": whoever spoke in that sentence
            return next((m.name for m in reversed(ctx.index.speakers)
                         if start <= m.pos < at), None)
        subj = main_subject(toks, len(toks), text)
        if subj is None or subj.kind != "name" or any(
            t.cap or t.low == "that" for t in toks if t.start >= subj.end
        ):
            return None  # ("The Times said Cook provided a statement": not the Times')
        title, name = split_title(subj.toks)
        return ctx.index.fullest(ctx.index.canonical(name, title))
    return None


def subject_speaker(ctx: ArticleContext, sent: tuple[int, int], upto: int, pi: int) -> Attr | None:
    toks = tokens(ctx.text, sent[0], upto, ctx.inside_marks)
    if not toks or len(toks) > 60:
        return None
    src = main_subject(toks, len(toks), ctx.text)
    if src is None or src.kind not in {"name", "pronoun"}:
        return None
    low = src.text.lower()
    if src.kind == "name" and len(src.toks) == 1 and (ctx.common_word(src.text) or (
        low.endswith("s") and not ctx.index.by_last.get(low)
        and (low[:-1] in ctx.lex.role_kind or ctx.common_word(low[:-1]))
    )):
        return None  # "Audiences can expect him ...": a common noun opening the sentence
    a = Attr(0, src.start, src.end, "", "", src, None, 0)
    resolve(ctx, a, pi)
    return a if a.speaker else None
