"""Who is who in an article: names, their fullest form, the roles tied to them, and
resolution of pronouns and role nouns ("the secretary-general") to a named speaker."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from operator import attrgetter

from newscli.quotes.lexicon import lexicon
from newscli.quotes.names import (
    ACRONYM_PLURAL,
    CACHE_SIZE,
    CONNECTORS,
    DOCUMENTS,
    HONORIFICS,
    LOOSE,
    PLAIN_PEOPLE,
    ROYAL,
    RUN_CACHE,
    STATE,
    SUFFIXES,
    SURNAME_PLACES,
    Entity,
    Mention,
    analyse_run,
    name_text,
    nationalities,
    peer_title,
    people,
    role_fits,
    role_words,
    surname,
)
from newscli.quotes.text import Token

_tuple_new = tuple.__new__


class EntityIndex:
    """Every capitalised name in the caption, headline and body, indexed for resolution."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.headline_subject: str | None = None  # the name the headline opens with
        self.with_roles: list[Entity] = []
        self.by_last: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        self.addressed: set[str] = set()  # words after an honorific: surnames ("Mr Flight")
        self.mentions: list[Mention] = []
        self._mention_pos: list[int] = []
        self.speakers: list[Mention] = []
        self._speaker_pos: list[int] = []
        self._positions: dict[str, list[int]] = {}
        # per paragraph, how many narrative paragraphs precede it (caption lines do not
        # count): how far back a pronoun looks (see resolve_pronoun)
        self.narrative_rank: list[int] | None = None
        self.rank_paragraphs: Callable[[], list[int]] | None = None  # computes the above
        self.aliases: dict[str, str] = {}  # a nickname given inside a name -> that name
        self.plural_bodies: set[str] = set()  # names with a plural verb: "Leeds have"
        self.title_opener = False  # the sieve names.title_word_opens_title is on

    # -- building --------------------------------------------------------------------------
    def add_run(
        self,
        run: list[Token],
        pos: int,
        paragraph: int,
        subject: bool,
        prefix_role: str = "",
        after_the: bool = False,
        text: str = "",
    ) -> str | None:
        """Index a capitalised run; ``text`` (the article text the tokens point into) lets the
        title before the name be kept as written ("Retired Lt. Gen.")."""
        cache_key = (tuple([t.text for t in run]), after_the, self.title_opener)
        if cache_key in RUN_CACHE:
            found = RUN_CACHE[cache_key]
        else:
            found = analyse_run(run, after_the, self.title_opener)
            if len(RUN_CACHE) >= CACHE_SIZE:
                RUN_CACHE.clear()
            RUN_CACHE[cache_key] = found
        if found is None:
            return None
        key, words, kind, after_the, gender, span, two_words = found
        if len(run) >= 2 and run[0].low in HONORIFICS and run[-1].text.isalpha():
            if len(run) == 2 or len(run) == 3 and run[1].text == ".":
                self.addressed.add(run[-1].low)  # ("Mr Flight", "Mr. Lou")
        role = ""
        if span is not None:
            first, last = run[span[0]], run[span[1]]
            role = (text[first.start : last.end] if text
                    else " ".join(t.text for t in run[span[0] : span[1] + 1]))
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key, kind, first=pos)
            self.entities[key] = ent
            if kind != "org" and two_words and sum(w not in CONNECTORS for w in words) <= 4:
                # (not a quoted title: "Why Electing Hillary Is More Important Than Electing
                # Obama"; "Luiz Inacio Lula da Silva" is one name)
                self.by_last.setdefault(surname(words), []).append(key)
                self.by_first.setdefault(words[0], []).append(key)
        elif ent.kind == "unknown" and kind != "unknown":
            ent.kind = kind
        if ent.kind == "unknown" and prefix_role and two_words and " & " not in key and any(
            lexicon().role_kind.get(w) == "person" or w.endswith(("man", "woman", "person"))
            for w in prefix_role.lower().split()
        ):
            ent.kind = "person"  # "Florida developer Mel Sembler": a person-role noun before it
        elif ent.kind == "person" and kind == "org" and after_the and not ent.titled:
            ent.kind = "org"
        if kind == "person":
            ent.titled = True
        if len(words) == 1 and ent.peer is None and len(run) > 1:  # (a title needs 2 tokens)
            ent.peer = peer_title(run, words[0])
        ent.count += 1
        if ent.gender is None:
            ent.gender = gender
        if prefix_role:
            role = f"{prefix_role} {role}".strip()
        if role and role not in ent.roles:
            if not ent.roles:
                self.with_roles.append(ent)
            ent.roles.append(role)
        if pos >= 0:
            # (tuple.__new__: the NamedTuple without its Python __new__, for every name)
            self.mentions.append(_tuple_new(Mention, (pos, key, paragraph, subject, False,
                                                      run[0].quoted)))
        return key

    def add_alias(self, nickname: str, name: str) -> None:
        """A nickname in marks inside a name (Lee “Big Al” Ode) stands for the person when
        written alone later ("Big Al said")."""
        if nickname and nickname != name:
            self.aliases.setdefault(nickname, name)

    def add_unnamed(self, pos: int, paragraph: int, gender: str, spokes: bool = False) -> None:
        """Someone the article leaves unnamed leads a clause ("A 29-year-old Berlin woman
        received ...", "A BBC spokeswoman said"): a later "she" is her, not the last woman
        named."""
        key = f"(unnamed-{'spokes-' if spokes else ''}{gender})"
        if key not in self.entities:
            self.entities[key] = Entity(key, "nobody", gender)
        self.mentions.append(Mention(pos, key, paragraph, True, False))

    def forget_full_name(self, name: str) -> None:
        """Let no surname or first name find ``name`` ("Fuming Robinson": a headline's
        epithet, not Andy Robinson's full name)."""
        words = tuple(name.lower().split())
        for table, key in ((self.by_last, surname(words)), (self.by_first, words[0])):
            names = table.get(key)
            if names and name in names:
                names.remove(name)

    def mark_person(self, name: str | None) -> None:
        ent = self.entities.get(name) if name else None
        if ent is not None and ent.kind == "unknown":
            ent.kind = "person"

    def person_with_place_surname(self, name: str) -> bool:
        """Make a two-word name read as a place or body only for its last word ("Ada
        Lane": a lane) a person, found by its surname ("Mrs Lane"); did it apply?"""
        ent = self.entities.get(name)
        words = tuple(name.lower().split())
        if ent is None or ent.kind != "org" or len(words) != 2 or words[1] not in SURNAME_PLACES:
            return False
        if not lexicon().org_words.isdisjoint(words[:1]) or words[0] in lexicon().places:
            return False
        ent.kind = "person"
        ent.titled = True
        self.by_last.setdefault(words[1], []).append(name)
        self.by_first.setdefault(words[0], []).append(name)
        return True

    def add_role(self, name: str, role: str) -> None:
        ent = self.entities.get(name)
        if ent is not None and role and role not in ent.roles:
            if not ent.roles:
                self.with_roles.append(ent)
            ent.roles.append(role)

    def add_speaker(self, pos: int, name: str, paragraph: int) -> None:
        """Speakers arrive in text order (appended); kept apart from the name mentions."""
        if self._speaker_pos and pos < self._speaker_pos[-1]:
            i = bisect_left(self._speaker_pos, pos)
            self.speakers.insert(i, Mention(pos, name, paragraph, True, True))
            self._speaker_pos.insert(i, pos)
            return
        self.speakers.append(Mention(pos, name, paragraph, True, True))
        self._speaker_pos.append(pos)

    def finish(self) -> None:
        # a name also used by its last word alone ("Clara Furse" ... "Furse said") is a person
        places = lexicon().places
        first_names = lexicon().first_name_gender
        for key, ent in self.entities.items():
            if " " not in key and (ent.kind != "org" or key.lower() not in places and any(
                self.entities[f].kind == "person" for f in self.by_last.get(key.lower(), [])
            )):
                # ("the Sanders campaign" made "Sanders" look like a body, but "Bernie
                # Sanders" is a person)
                # (an ampersand name is a body's: "Bell & Co" is no person for "Co")
                fulls = [f for f in self.by_last.get(key.lower(), []) if " & " not in f]
                for full in fulls:
                    if self.entities[full].kind == "unknown":
                        self.entities[full].kind = "person"
                if fulls:
                    # ... and the surname alone stands for that person: "Trump" is "he"
                    ent.kind = "person"
                    genders = {self.entities[f].gender for f in fulls}
                    if ent.gender is None and len(genders) == 1:
                        ent.gender = genders.pop()
            if " " not in key and ent.gender is None and not self.by_last.get(key.lower()):
                # a first name alone, no one's surname here ("husband Bill"): its usual gender
                gender = first_names.get(key.lower())
                if gender in {"m", "f"}:
                    ent.gender = gender
        self.mentions.sort(key=attrgetter("pos"))
        self._mention_pos = [m.pos for m in self.mentions]
        self.speakers = []
        self._speaker_pos = []
        self._positions = {}
        for m in self.mentions:
            self._positions.setdefault(m.name, []).append(m.pos)

    def _backwards(self, pos: int) -> Iterator[Mention]:
        """Name mentions and speakers before ``pos``, most recent first."""
        i = bisect_left(self._mention_pos, pos) - 1
        j = bisect_left(self._speaker_pos, pos) - 1
        while i >= 0 or j >= 0:
            if j >= 0 and (i < 0 or self.speakers[j].pos >= self.mentions[i].pos):
                yield self.speakers[j]
                j -= 1
            else:
                yield self.mentions[i]
                i -= 1

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The name mentions from ``start`` up to ``end``, in article order."""
        return self.mentions[bisect_left(self._mention_pos, start):
                             bisect_left(self._mention_pos, end)]

    def _last_pos(self, name: str, pos: int) -> int:
        positions = self._positions.get(name, [])
        k = bisect_left(positions, pos) - 1
        return positions[k] if k >= 0 else -1

    # -- resolution ------------------------------------------------------------------------
    def canonical(self, name_tokens: list[Token], title: list[Token] | None = None) -> str | None:
        """The article's fullest form of the name. After an honorific a lone word is a surname
        ("Mr. Lou" of "Lou Jiwei"), not the first name of someone the article addresses by
        another surname ("Mr Howard" is not "Howard Flight" after "Mr Flight")."""
        if not name_tokens:
            return None
        words = [t.low for t in name_tokens]
        key = name_text(name_tokens)
        if key in self.aliases:
            return self.aliases[key]  # ("Big Al said" after Lee “Big Al” Ode)
        cands = self.by_last.get(words[-1], [])
        best = None
        for c in cands[:50]:
            cw = [w.rstrip(".") for w in c.lower().split()]
            if cw[-1] in SUFFIXES and words[-1] not in SUFFIXES:
                cw = cw[:-1]  # "Harris" for "Harry B. Harris Jr"
            if len(cw) > len(words) and cw[-len(words):] == words:
                if best is None or self.entities[c].count > self.entities[best].count:
                    best = c
        if best is not None:
            ent = self.entities[best]
            if ent.kind == "unknown" and len(words) == 1:
                ent.kind = "person"  # "Furse said" after "Clara Furse": people go by surname
            return best
        if len(words) == 1 and title and any(t.low in HONORIFICS for t in title) and any(
            c.split()[-1].lower() in self.addressed for c in self.by_first.get(words[0], [])
        ):
            return key  # "Mr Howard" after "Howard Flight ... Mr Flight": someone else
        if len(words) == 1:
            firsts = self.by_first.get(words[0], [])
            if firsts and key not in self.entities:
                return firsts[0]
            return self._first_name_of(key) or key
        return key

    def _first_name_of(self, name: str) -> str | None:
        """The one person named in full with this first name ("Sir John", "Jamie heads to
        Poland": John Bourn, Jamie Costin; "Ilka said" after the person Ilka Mareno, a first
        name the lexicon lacks), unless the article calls the name Prince, Queen, Pope ...
        ("Prince Charles" is not Charles Kennedy)."""
        low = name.lower()
        firsts = self.by_first.get(low, [])
        if len(firsts) != 1 or low not in lexicon().first_name_gender and (
            self.by_last.get(low) or not self._described_person(firsts[0])
        ):
            return None  # (a first name the lexicon lacks: only for someone known as a person)
        ent = self.entities.get(name)
        if ent is not None and any(r.split()[-1].lower() in ROYAL for r in ent.roles if r.strip()):
            return None
        return firsts[0]

    def _described_person(self, name: str) -> bool:
        """Is the entity a person the article describes: a person-role before or after the
        name ("fellow chef Ilka Mareno", "Ilka Mareno, 44, a singer"), or a title?"""
        ent = self.entities[name]
        return ent.kind == "person" and (ent.titled or any(
            lexicon().role_kind.get(w) in {"person", "leader", "spokes"}
            for r in ent.roles for w in r.lower().split()
        ))

    def fullest(self, name: str | None, gender: str | None = None) -> str | None:
        """The fullest form of a one-word name the article uses ("Jamieson" -> "Cathy
        Jamieson"): the most frequent longer name ending with it, of the pronoun's ``gender``
        when one is given ("she" and "Clinton" -> "Hillary Clinton", not "Bill Clinton")."""
        if not name or " " in name:
            return name
        ent = self.entities.get(name)
        if ent is not None and ent.kind == "org":
            return name
        best = None
        for c in self.by_last.get(name.lower(), [])[:50]:
            g = self.entities[c].gender
            if gender in {"m", "f"} and g is not None and g != gender:
                continue
            if best is None or self.entities[c].count > self.entities[best].count:
                best = c
        return best or self._first_name_of(name) or name

    def only_longer(self, name: str) -> str:
        """The longer name a one-word name stands for when the article has exactly one
        ("Saakashvili" -> "Mikhail Saakashvili"; "Bush" stays with Jeb and George W. Bush)."""
        if " " in name:
            return name
        ent = self.entities.get(name)
        gender = ent.gender if ent is not None else None
        longer = [c for c in self.by_last.get(name.lower(), [])[:50] if " " in c and (
            gender is None or self.entities[c].gender in {None, gender})]  # ("Mr." not Michelle)
        return longer[0] if len(longer) == 1 else name

    def entity(self, name: str | None) -> Entity | None:
        return self.entities.get(name) if name else None

    def resolve_pronoun(
        self, pronoun: str, pos: int, paragraph: int, common: Callable[[str], bool] | None = None
    ) -> str | None:
        """The most recent compatible speaker or subject; ``common`` tells capitalised common
        words ("Nobody", "Cost") that are no antecedent."""
        gender = lexicon().pronoun_gender.get(pronoun.lower())
        if gender not in {"m", "f", "x", "n"}:
            return None
        fallback = known = None
        # most recent first: name mentions and speakers merged (the loop of _backwards, inline)
        mentions, speakers = self.mentions, self.speakers
        i = bisect_left(self._mention_pos, pos) - 1
        j = bisect_left(self._speaker_pos, pos) - 1
        entities = self.entities
        person = gender in {"m", "f"}
        for _step in range(60):
            if j >= 0 and (i < 0 or speakers[j].pos >= mentions[i].pos):
                m = speakers[j]
                j -= 1
            elif i >= 0:
                m = mentions[i]
                i -= 1
            else:
                break
            if m.paragraph < paragraph - 3 and self._narrative_gap(m.paragraph, paragraph) > 3:
                break
            if m.quoted:
                continue
            ent = entities.get(m.name)
            if ent is None:
                continue
            if person:
                if ent.kind == "nobody":
                    if ent.gender == gender:
                        # the unnamed person who led a clause, unless someone named since
                        # ("A woman ... identified herself as ... Caroline") is nearer; a
                        # spokesperson is not named later ("A BBC spokeswoman said Andi
                        # Peters would stay. She said ...": the spokeswoman)
                        return None if "spokes" in m.name else known or fallback
                    continue
                if ent.kind == "org" or (ent.kind != "person" and ent.described_as_body()) or (
                    ent.gender is not None and ent.gender != gender
                ):
                    continue
                if common is not None and ent.kind == "unknown" and " " not in m.name and (
                    common(m.name)
                ):
                    continue
                if ent.kind == "unknown" and not (m.speaker or (m.subject and " " in m.name)):
                    continue  # an unknown name is a person once it speaks or leads a clause
                if people(m.name) or m.name in self.plural_bodies:
                    continue  # ("Young Latinos and Asian Americans ...": no "she")
                if m.speaker or m.subject:
                    return m.name
                if fallback is None:
                    fallback = m.name  # the nearest candidate
                if known is None and ent.gender == gender:
                    known = m.name  # the nearest one known to be of the pronoun's gender
            elif m.speaker and m.paragraph >= paragraph - 1 and (
                ent.kind == "org" or gender == "n" and m.paragraph == paragraph
                and self._body_like(m.name, ent, common)
            ):
                return m.name  # ("In a statement Google said ... It said:")
        return known or fallback

    def _narrative_gap(self, earlier: int, paragraph: int) -> int:
        """Narrative paragraphs from ``earlier`` to ``paragraph``: picture captions between a
        name and "he said" do not put the name out of view ("Ode won. ¶Ode lifts the cup ¶Fans
        cheer ¶Rain fell ¶'Great,' he said.")."""
        if self.narrative_rank is None:  # worked out on first use: most articles never ask
            self.narrative_rank = self.rank_paragraphs() if self.rank_paragraphs else []
        rank = self.narrative_rank
        if earlier < 0 or paragraph >= len(rank):
            return paragraph - earlier
        return rank[paragraph] - rank[earlier]

    def _body_like(
        self, name: str, ent: Entity, common: Callable[[str], bool] | None
    ) -> bool:
        """Is this name of unknown kind more likely a body than a person ("Google", "T-Mobile";
        not "Serge Troeber", "MPs", "Creditors")?"""
        words = name.split()
        if ent.kind != "unknown" or ent.gender is not None or len(words) > 1 and not (
            lexicon().org_words.intersection(w.lower() for w in words)
        ):
            return False
        low = name.lower()
        if low in lexicon().first_name_gender or ACRONYM_PLURAL.match(name) or (
            common is not None and common(name)
        ):
            return False
        return not any(self.entities[f].kind == "person" for f in self.by_last.get(low, []))

    def resolve_role(
        self, words: list[str], pos: int, paragraph: int, definite: bool, plain: bool = False,
        described: bool = False,
    ) -> str | None:
        """Who holds the role ``words`` ("the NATO chief"); ``plain``: the mention is "the
        ROLE" or "Country's ROLE", which may mean the person the headline names; ``described``:
        a relative clause follows ("the man who built his career on ...")."""
        lex = lexicon()
        if not words:
            return None
        head = words[-1]
        kind = lex.role_kind.get(head)
        if kind is None:
            if head.endswith(("man", "woman", "person")):
                kind = "person"
            else:
                return None
        content = role_words(" ".join(words))
        # the words a holder's role must all have ("the Florida senator": the place may be
        # missing from "Sen. Marco Rubio")
        required = content - LOOSE - lex.places
        head_gender = "f" if head.endswith("woman") else "m" if head.endswith("man") else None
        best, best_score, best_pos = None, 0.0, -2
        for ent in self.with_roles[-100:]:
            if kind == "org" and ent.kind != "org":
                continue
            if kind != "org" and ent.kind != "person":
                continue
            rw = set().union(*(r for r in map(role_words, ent.roles)
                               if role_fits(r, content)))
            if not definite and head not in rw:
                continue  # "a UKIP spokesman": not whoever else the article ties to UKIP
            if head_gender is not None and ent.gender not in {None, head_gender}:
                continue  # "a spokeswoman" is not David Willetts
            if kind == "person" and not required <= rw:
                continue  # "the home secretary": not a Home Office minister nor a welfare one
            score = float(len(content & rw - PLAIN_PEOPLE))  # ("Man Utd boss": not "man")
            if kind == "leader" and any(lex.role_kind.get(w) == "leader" for w in rw):
                score += 0.5
            if score <= 0:
                continue
            p = self._last_pos(ent.name, pos)
            if score > best_score or (score == best_score and p > best_pos):
                best, best_score, best_pos = ent.name, score, p
        if best is not None and best_score >= 1:
            return self.only_longer(best)  # "President Saakashvili": "Mikhail Saakashvili"
        if best is not None and kind == "leader":
            # a leader who shares no word with the mention ("the chancellor" and "Acme chief
            # executive Tom Lang"): only when no one nearby is speaking or leading a clause
            return (self.recent_person(pos, paragraph) if definite else None) or (
                self.only_longer(best))
        if definite and kind == "org" and head not in DOCUMENTS:
            return self._recent_org(head, pos, paragraph)
        if not definite or kind in {"org", "spokes"} or (
            words == [head] and head in PLAIN_PEOPLE and not described
        ):
            return None  # ("He said the man shouted": someone unnamed, not the last person)
        found = self.recent_person(pos, paragraph)
        lead = self.headline_subject
        if found is None and plain and paragraph <= 1 and lead is not None and (
            self.entities[lead].kind == "person" and lead.lower() not in lexicon().demonyms
        ):
            # "Goldsmith: 'I was not leant on'" / "The attorney general has again denied ...":
            # before anyone is named, the person the headline opens with
            return self.fullest(lead)
        return found

    def holder_of(self, word: str, pos: int) -> str | None:
        """The person mentioned last before ``pos`` among those whose role has ``word``
        ("Argentine David Nalbandian" for "the Argentine")."""
        best, best_pos = None, -1
        for ent in self.with_roles[-100:]:
            if ent.kind != "org" and word in ent.role_words():
                p = self._last_pos(ent.name, pos)
                if p > best_pos:
                    best, best_pos = ent.name, p
        return best

    def recent_person(self, pos: int, paragraph: int) -> str | None:
        """Whom "the senator said" means when no one holds the role: the most recent named
        speaker, else the most recent person who led a clause ("Rubio sought ... the senator
        said")."""
        subject = None
        for steps, m in enumerate(self._backwards(pos)):
            if m.paragraph < paragraph - 2 or steps > 60:
                break
            cand = self.entities.get(m.name)
            if cand is None or cand.kind != "person":
                continue
            if m.speaker:
                return m.name
            if subject is None and m.subject and not m.quoted:
                subject = m.name
        return self.fullest(subject)

    def last_person(self, pos: int, paragraph: int) -> str | None:
        """Whom "the 52-year-old said" means: the person named last before ``pos`` who led a
        clause or spoke, in this or the two paragraphs before ("Mr Ode has given £5m. The
        52-year-old said ...": Ode)."""
        found = self.last_person_at(pos, paragraph)
        return self.fullest(found.name) if found is not None else None

    def last_person_at(self, pos: int, paragraph: int) -> Mention | None:
        """The mention :meth:`last_person` finds, else None."""
        for steps, m in enumerate(self._backwards(pos)):
            if m.paragraph < paragraph - 2 or steps > 60:
                break
            cand = self.entities.get(m.name)
            if cand is not None and cand.kind == "person" and (m.subject or m.speaker) and (
                not m.quoted
            ):
                return m
        return None

    def replace_speaker(self, pos: int, old: str | None, new: str, paragraph: int) -> None:
        """The speaker at ``pos`` is ``new``, not ``old`` (a cue resolved again)."""
        i = bisect_left(self._speaker_pos, pos)
        if old is not None and i < len(self.speakers) and self.speakers[i].pos == pos and (
            self.speakers[i].name == old
        ):
            del self.speakers[i]
            del self._speaker_pos[i]
        self.add_speaker(pos, new, paragraph)

    def recent_speaker(self, pos: int, paragraph: int) -> str | None:
        """The last body (no person) that spoke or led a clause before ``pos``, in this or the
        previous paragraph ("Sky denied the claim. A spokesperson said": Sky's spokesperson)."""
        for steps, m in enumerate(self._backwards(pos)):
            if m.paragraph < paragraph - 1 or steps > 40:
                break
            ent = self.entities.get(m.name)
            if m.quoted or ent is None or ent.gender is not None or ent.kind not in {
                "org", "unknown"
            } or m.name.lower() in lexicon().first_name_gender:
                continue
            if m.speaker or m.subject and (ent.kind == "org" or " " in m.name):
                return m.name  # (a subject: "The Justice Department refused to say ...")
        return None

    def _recent_org(self, head: str, pos: int, paragraph: int) -> str | None:
        """"The group said": the organisation named most recently nearby, and first one whose
        name or role holds the head noun ("the committee" -> "Republican National Committee",
        "the magazine" -> "magazine Mobile PC")."""
        places, first_names = lexicon().places, lexicon().first_name_gender
        fallback = None
        for steps, m in enumerate(self._backwards(pos)):
            if m.paragraph < paragraph - 2 or steps > 40:
                break
            ent = self.entities.get(m.name)
            if ent is None or m.quoted or ent.gender is not None or ent.kind == "person" or (
                m.name.lower() in places or nationalities(m.name) and head not in STATE
            ):
                continue  # (not "the German-US carmaker"; "the government" may be the UK's)
            if head in m.name.lower().split() or head in ent.role_words():
                return m.name  # ("by US magazine Mobile PC ... the magazine said")
            if fallback is None and (m.speaker or m.subject) and (
                ent.kind == "org" or " " in m.name or m.speaker and ent.kind == "unknown" and (
                    not m.name.endswith("s") and m.name.lower() not in first_names)
            ):  # (a one-word name that spoke and is no person: "Sina said ... The board said";
                # not "MPs", not "Ozzy")
                fallback = m.name
        if fallback is not None and self.entities[fallback].kind == "unknown":
            self.entities[fallback].kind = "org"  # "the company" said it: no "he" or "she"
        return fallback
