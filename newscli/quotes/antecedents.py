"""Antecedents beyond the first resolution: rules that look further than the source phrase
(a place after a possessive, a pronoun whose reach holds only the other gender, a role in a
subordinate clause) or that resolve a cue again once the cue-less quotes before it have their
speakers (resolution interleaved with the paragraph loop)."""

from __future__ import annotations

import re

from newscli.quotes.context import ArticleContext
from newscli.quotes.lexicon import word_set
from newscli.quotes.model import Attr, Quote, Source
from newscli.quotes.names import SURNAME_PLACES
from newscli.quotes.text import Token
from newscli.quotes.words import PREV_WORD, SUBORDINATORS

_POSSESSIVE_BEFORE = re.compile(r"[A-Z][\w-]*['’]s[ \u00a0]\Z")


def place_after_possessive(ctx: ArticleContext, name: list[Token], title: list[Token]) -> bool:
    """A place noun after a name's possessive is a place, it names no one ("The mural on
    Poet's Lane says ...": no speaker "Lane")."""
    last = name[-1] if name else None
    return last is not None and last.low in SURNAME_PLACES and (
        _POSSESSIVE_BEFORE.search(ctx.text, max(0, last.start - 40), last.start) is not None)


_GENDER_REACH = 5  # paragraphs


def gender_reaches_back(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """A "he" or "she" with only people of the other gender in reach is the last speaker known
    to be of its gender further back, when no unnamed person of that gender came between
    ("Mrs Ode said: ... ¶Tom Lee said ... ¶His producer, Bo Marr, denied it. ¶... she
    added": Ode)."""
    gender = ctx.lex.pronoun_gender.get(src.text.lower())
    if gender not in {"m", "f"}:
        return None
    idx = ctx.index
    other = False  # someone of the other gender in the pronoun's usual reach
    for steps, m in enumerate(idx._backwards(src.start)):
        if m.paragraph < pi - _GENDER_REACH or steps > 150:
            break
        ent = idx.entities.get(m.name)
        if m.quoted or ent is None or ent.gender is None:
            continue
        if ent.gender != gender:
            other = other or ent.kind == "person" and m.paragraph >= pi - 3
            continue
        if ent.kind == "nobody":
            return None  # ("A spokeswoman said ... she added": the unnamed one)
        if ent.kind == "person" and m.paragraph >= pi - 3:
            return None  # (one in reach: the resolver passed them over for a reason)
        if ent.kind == "person" and m.speaker:
            return idx.fullest(m.name, gender) if other else None
    return None


_SENTENCE_END = re.compile(r"[.?!][\"'’”]?[ \u00a0]+(?=[A-Z\"'‘“])")


def role_is_not_the_subject(ctx: ArticleContext, src: Source, pi: int, speaker: str,
                            words: list[str]) -> str | None:
    """A role noun opening a subordinate clause is not the sentence's subject (the writer
    would say "he"): it is the last other person named before it in the sentence, when the
    subject does not hold the role ("Lee worked under Ode when the manager quit": Ode)."""
    before = PREV_WORD.search(ctx.text, max(0, src.start - 30), src.start)
    if before is None or before.group(1).lower() not in SUBORDINATORS or (
        ctx.lex.role_kind.get(words[-1]) not in {"person", "leader"}
    ):
        return None  # (a role opening the main clause may well be its subject)
    idx = ctx.index
    lo = ctx.paras[pi][0]
    for m in _SENTENCE_END.finditer(ctx.text, lo, src.start):
        lo = m.end()
    here = [m for m in idx.mentions_in(lo, src.start) if not m.quoted]
    subj = next((m for m in here if m.subject), None)
    ent = idx.entity(speaker)
    if subj is None or ent is None or idx.fullest(subj.name) != speaker or words[-1] in (
        ent.role_words()
    ):
        return None
    others = [m for m in here if m.pos > subj.pos and idx.fullest(m.name) != speaker and (
        (e := idx.entity(m.name)) is not None and e.kind == "person")]
    return idx.fullest(others[-1].name) if others else None


def after_floating(ctx: ArticleContext, all_attrs: list[list[list[Attr]]], pi: int,
                   out: list[Quote]) -> None:
    """Before paragraph ``pi`` is read: its cues, and the next line's ("...'¶said the
    30-year-old"), resolved again now that the quotes before have their speakers."""
    if not out or out[-1].paragraph < pi - 2:
        return  # (no quote in view: nothing to learn)
    on = ctx.sieves.on
    for ai in range(pi, min(pi + 2, len(all_attrs))):
        if on(age_after_floating):
            age_after_floating(ctx, all_attrs[ai], pi, out)
        if on(pronoun_after_floating):
            pronoun_after_floating(ctx, all_attrs[ai], pi, out)


def age_after_floating(ctx: ArticleContext, rows: list[list[Attr]], pi: int,
                       out: list[Quote]) -> None:
    """An age description is the person who spoke last, a quote without a cue too, when that
    quote is nearer than anyone who led a clause ("Ann Ode won. ¶'It was hard.' ¶The
    30-year-old said ...": whoever the cue-less quote's speaker is)."""
    for row in rows:
        for a in row:
            src = a.source
            if src is None or src.kind != "role" or len(src.toks) < 2 or (
                src.toks[0].low != "the" or not src.toks[-1].low.endswith("-year-old")
            ):
                continue
            q = next((q for q in reversed(out) if q.end <= src.start), None)
            if q is None or q.speaker is None or q.speaker == a.speaker or q.paragraph < pi - 2:
                continue
            ent = ctx.index.entity(q.speaker)
            found = ctx.index.last_person_at(src.start, pi)
            if ent is None or ent.kind != "person" or found is not None and found.pos > q.start:
                continue
            ctx.index.replace_speaker(src.start, a.speaker, q.speaker, pi)
            a.speaker, a.role = q.speaker, ent.display_role()


def pronoun_after_floating(ctx: ArticleContext, rows: list[list[Attr]], pi: int,
                           out: list[Quote]) -> None:
    """A "he" or "she" left unresolved is the speaker of the last quote in view whose gender
    fits when that quote has no cue (its speaker, found later, was not in the index: "Ann
    Ode said: ¶'We won.' ¶'It was hard,' she added.": Ode)."""
    for row in rows:
        for a in row:
            src = a.source
            if src is None or a.speaker is not None or src.kind != "pronoun" or (
                a.cue.endswith("ing")
            ):
                continue  # (a participle's "she" is its clause's: "She hangs up, smiling")
            gender = ctx.lex.pronoun_gender.get(src.text.lower())
            if gender not in {"m", "f"}:
                continue
            for q in reversed(out):
                if q.paragraph < pi - 2:
                    break
                ent = ctx.index.entity(q.speaker)
                if q.end > src.start or ent is None or ent.gender not in {None, gender} or (
                    ent.kind != "person" and not (
                        ent.kind == "unknown" and ctx.sieves.on(speaking_name_is_person)
                        and speaking_name_is_person(ent.name)
                    )
                ):
                    continue
                if q.cue is not None or any(
                    ctx.index.entities[m.name].kind == "nobody"
                    for m in ctx.index.mentions_in(q.start, src.start)
                ):
                    break  # (the resolver saw that speaker; or "a spokesman" came between)
                ctx.index.replace_speaker(src.start, None, ent.name, pi)
                a.speaker, a.role = ent.name, ent.display_role()
                break


def speaking_name_is_person(name: str) -> bool:
    """A name of two words or more of unknown kind that speaks a quote is a person, for a
    later "he" ("Abu Ode ¶one of its founders, wrote: '...' ¶'...,' he wrote.": Abu Ode)."""
    return " " in name


# epithet head -> the gender it fixes ("" for none): "the 14-time major winner", "the father"
EPITHETS = {w: g for g, section in (("", "epithet_heads"), ("", "epithet_caps"),
                                     ("m", "epithet_heads_m"), ("f", "epithet_heads_f"))
            for w in word_set("quote_words.txt", section)}
_CAPS = word_set("quote_words.txt", "epithet_caps")
_RELATIVE_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]+(?:who|whose|that|of)\b")


def epithet_skips_other_gender(gender: str, person_gender: str | None) -> bool:
    """A gendered epithet looks past a person of the other gender named since ("Ann Ode spoke.
    Calling Mr Lee kind, the mother-of-two said ...": Ode, not Lee)."""
    return bool(gender) and person_gender not in {None, gender}


def _person_in_view(ctx: ArticleContext, word: str, pos: int, pi: int, gender: str,
                    shared: bool) -> str | None:
    """Whom an epithet means: the person whose role has ``word``, else the person named last
    who led a clause or spoke in this or the two paragraphs before. A ``shared`` epithet (a
    nationality, a cap: many in a story hold one) renames someone quoted before, and only
    when no one else was named after them ("Tom Lee met Bo Marr. The American said": either).
    None when their gender is not ``gender``."""
    idx = ctx.index
    found = idx.holder_of(word, pos)
    for steps, m in enumerate(() if found else idx._backwards(pos)):
        if m.paragraph < pi - 2 or steps > 60:
            break
        ent = idx.entities.get(m.name)
        if m.quoted or ent is None or ent.kind == "org" or ent.kind == "unknown" and not (
            m.subject or m.speaker
        ):
            continue  # (a place, a club, a name in a quote)
        if ent.kind == "person" and (m.subject or m.speaker):
            if not shared and ctx.sieves.on(epithet_skips_other_gender) and (
                epithet_skips_other_gender(gender, ent.gender)
            ):
                continue
            found = idx.fullest(m.name)
            if shared and not any(idx.fullest(sp.name) == found for sp in idx.speakers
                                  if sp.pos < pos):
                found = None  # (described so far, never quoted: "The American" is not them)
            break
        if shared:
            break  # (someone else named last: whose nationality it is is unclear)
    ent = idx.entity(found)
    if ent is None or ent.kind != "person" or gender and ent.gender not in {None, gender}:
        return None
    return found


def epithet_person_in_view(ctx: ArticleContext, src: Source, pi: int) -> str | None:
    """An epithet, "the" and a feat, craft, cap or family tie the article gives no one, is
    the person in view, as an age is ("Ann Ode won the sculls. 'I am tired,' the relieved
    mother said.": Ode); not "the mother of the boy" nor "the winner who ..." (described)."""
    toks = src.toks
    if len(toks) < 2 or toks[0].low != "the" or src.of_toks or (
        _RELATIVE_AFTER.match(ctx.text, src.end) is not None
    ):
        return None
    head = toks[-1].low.split("-of-")[0]  # ("the father-of-two")
    gender = EPITHETS.get(head)
    return None if gender is None else _person_in_view(
        ctx, head, src.start, pi, gender, head in _CAPS)


def demonym_person_in_view(ctx: ArticleContext, name: list[Token], pos: int,
                           pi: int) -> str | None:
    """"The Swede", one of a nationality the article gives no one, is the person quoted
    before who is in view, when no one else was named after them ("'I was tired,' said Ann
    Ode. ¶Ode lost the final. 'It hurts,' the Swede said.": Ode); words before may give an
    age ("the 24-year-old Swede")."""
    word = name[-1].low if name else ""
    if word not in ctx.lex.demonyms or word.endswith("men") or (
        word.endswith("s") and word[:-1] in ctx.lex.demonyms or any(t.cap for t in name[:-1])
    ):
        return None  # ("the Britons", "the Frenchmen", "the Buenos Aires Argentine")
    gender = "f" if word.endswith("woman") else "m" if word.endswith("man") else ""
    return _person_in_view(ctx, word, pos, pi, gender, True)
