"""Name tables and the analysis of a capitalised run: function words, titles, connectors,
organisation heads, roles, split_title and the per-run cache (what EntityIndex builds on)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from newscli.quotes.lexicon import lexicon, title_expansions, titles_with, word_set
from newscli.quotes.roles import clean_role
from newscli.quotes.text import Token

FUNCTION_WORDS = word_set("name_words.txt", "function_words")
CONNECTORS = word_set("name_words.txt", "connectors")
# "of"/"for"/"on" inside an organisation's name: "Brennan Center for Justice", "Bank of America"
ORG_LINKS = frozenset("of for on".split())
ORG_HEADS = word_set("org_words.txt", "heads")


DOCUMENTS = frozenset("statement report study survey".split())  # they speak for a body


NUMERALS = word_set("name_words.txt", "numerals")  # no names ("Thirteen years earlier, she ...")

# place and time words that are also surnames ("Kristen Day", "Ryan Park", "Arsenio Hall")
SURNAME_PLACES = frozenset(
    "day street hall park bay bridge tower post beach hill field lane".split())
_SURNAME_PLACES = SURNAME_PLACES


def joins_name(before: str, link: str) -> bool:
    """Does the lower-case word ``link`` continue a name whose previous word is ``before``
    (both lower case)? "van", "de", ..., or "of"/"for"/"on" after an organisation head."""
    return link in CONNECTORS or (link in ORG_LINKS and before in ORG_HEADS)


DETERMINERS = word_set("name_words.txt", "determiners")
PERSON_TITLES = titles_with("person")
TIME_WORDS = word_set("name_words.txt", "time_words")
HONORIFICS = titles_with("courtesy")
PERSON_TITLES_SHORT = titles_with("not-surname")
FEMALE_TITLES = titles_with("f")
MALE_TITLES = titles_with("m")



# prepositions that make a following month or weekday a date ("until December"); not "by", the
# agent's ("a book by Sunday Telegraph journalist Ann Lee")
TIME_PREPOSITIONS = frozenset("on in until till since after before during last next this".split())


def date_lead(toks: list[Token], j: int, k: int) -> int:
    """Where the name in the capitalised run toks[j:k+1] starts: after a month or weekday that a
    time preposition makes a date ("Until December Acme said", "in March Acme said": Acme). A
    day or month is a name's first word only without one ("the Sunday Telegraph")."""
    d = j + 1 if toks[j].low in TIME_PREPOSITIONS and j < k else j
    if d == j and not (j >= 1 and toks[j - 1].low in TIME_PREPOSITIONS):
        return j
    if d < k and toks[d].low in TIME_WORDS and toks[d].text[:1].isupper():
        return d + 1
    return j


TITLE_ABBREVIATIONS = title_expansions()  # "sen" -> "senator"


# a rank below the title, or a past holder: a role with one of these fits only a mention
# with it ("the chancellor" is not former chancellor Ken Clarke)
_RANKS = frozenset("deputy vice assistant shadow under former ex".split())
# words a holder's role may lack: "the Republican senator" for "Sen. Ted Cruz"
LOOSE = word_set("name_words.txt", "loose")


def role_fits(role: set[str], content: set[str]) -> bool:
    """Can a mention with the role words ``content`` mean someone holding ``role``? Not one
    of a lower rank or a former holder: "the prime minister" is not the deputy prime
    minister, "the president" not the vice president nor a former one."""
    return not (role & _RANKS) - content


def role_words(text: str) -> set[str]:
    """The content words of a role, its abbreviations spelt out. A common noun before a
    possessive ending names someone else, no word of the role: "the actor's friend" is a
    friend, not an actor."""
    words: set[str] = set()
    for raw in text.replace("’", "'").split():
        if raw[:1].islower() and raw.endswith(("'s", "s'")):
            continue
        w = raw.lower().replace("'s", " ").strip(".,;:()' ")
        if not w or w in FUNCTION_WORDS:
            continue
        w = TITLE_ABBREVIATIONS.get(w, w)  # "Sen. Ted Cruz" ... "the senator"
        words.add(w)
        if "-" in w:
            words.update(p for p in w.split("-") if p and p not in FUNCTION_WORDS)
    return words


# title-table words that are adjectives or name parts, no role alone ("Presidential", "Jr.")
_NOT_ROLE_ALONE = titles_with("modifier")
_CLAUSE_OPENERS = word_set("name_words.txt", "clause_openers")


# Per-process caches, emptied when full. Small enough to fill within a few hundred articles,
# so a long batch uses no more memory than a short one. A larger cap saves little: over half
# the BBC set, runs miss the cache 38% of the time with 5,000 entries, 33% with 20,000.
CACHE_SIZE = 5_000
_ROLE_CACHE: dict[str, bool] = {}


def looks_like_role(role: str) -> bool:
    """Cached :func:`_looks_like_role` (roles recur across quotes and articles)."""
    found = _ROLE_CACHE.get(role)
    if found is None:
        if len(_ROLE_CACHE) >= CACHE_SIZE:
            _ROLE_CACHE.clear()
        found = _ROLE_CACHE[role] = _looks_like_role(role)
    return found


def _looks_like_role(role: str) -> bool:
    """A title or a job/office phrase ("NATO Secretary-General", "Rev.", "a lawyer at X"),
    not an age ("25"), punctuation, a lone common word ("rival") or a relative clause."""
    words = [w.strip(".,;:()\"'“”‘’") for w in role.replace("’s", " ").replace("'s", " ").split()]
    words = [w for w in words if w]
    if not words or not words[0][0].isalpha() or words[0].lower() in _CLAUSE_OPENERS:
        return False
    lex = lexicon()
    low = [w.lower() for w in words]
    content = [w for w in low if w not in DETERMINERS]
    if not content:
        return False
    if len(content) == 1:
        w = content[0]
        return w in lex.titles and w not in _NOT_ROLE_ALONE or w in TITLE_ABBREVIATIONS
    return any(
        (w in lex.titles and w not in _NOT_ROLE_ALONE) or w in TITLE_ABBREVIATIONS
        or w in lex.role_kind or (w.endswith("s") and w[:-1] in lex.role_kind)
        or any(p in lex.role_kind for p in w.split("-"))
        or w.endswith(("man", "woman", "person"))
        for w in content
    )


@dataclass(slots=True)
class Entity:
    name: str
    kind: str  # "person" | "org" | "unknown" | "nobody" (an unnamed person: add_unnamed)
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    count: int = 0
    first: int = 0
    titled: bool = False  # once "Mr. Obama" or "Hillary Clinton", "the Obama team" is no body
    peer: str | None = None  # "Lord" of "Lord Falconer": see filters.peer_keeps_title

    def role_words(self) -> set[str]:
        out: set[str] = set()
        for r in self.roles:
            out |= role_words(r)
        return out

    def described_as_body(self) -> bool:
        """Does a role the article gives this name describe a body ("United Technologies, a
        company with revenue of $56 billion", "research firm Informa Media")? Then it is no
        "he" or "she"."""
        return any(_body_role(r) for r in self.roles)

    def display_role(self) -> str | None:
        """The first role that reads as a title or a job ("House Speaker", "a nursing home
        owner"), for showing, cleaned (:func:`roles.clean_role`: "Meanwhile City coach Sir" ->
        "City coach"); ages, lone adjectives and relative clauses are not roles."""
        for role in self.roles:
            shown = clean_role(role)
            if shown and looks_like_role(shown):
                return shown
        return None


def _body_role(role: str) -> bool:
    """Is the role a body noun phrase ("a company with ...", "research firm"; not a headline's
    "Fiorina earned ...")? Its head is the last word before "with", "of", ..."""
    if not role[:1].islower():
        return False
    head = None
    for w in role.lower().split():
        if w in _PHRASE_ENDS or not w.isalpha():
            break
        head = w
    return head is not None and lexicon().role_kind.get(head) == "org"


_PHRASE_ENDS = frozenset("with of in for at from that which who whose based".split())


PEER_TITLES = titles_with("peer")  # ("Viscount", "Earl" are no title words)


def peer_title(run: list[Token], surname_low: str) -> str | None:
    """The peer's title right before a one-word name in the run: "Lord" of "the Lord Chancellor
    Lord Pellow" (name "Pellow")."""
    for i in range(len(run) - 1, 0, -1):
        if run[i].low == surname_low:
            before = run[i - 1]
            return before.text if before.low in PEER_TITLES else None
    return None


ACRONYM_PLURAL = re.compile(r"[A-Z]+s$")  # "MPs", "DJs": people
# words that pick some of a group ("Senior Whigs", "Several Democrats"): no first name
GROUP_PICKERS = frozenset(
    "senior several many some leading top other most few junior rebel backbench".split())


def picks_from_group(words: list[str]) -> bool:
    """Do the words (as written) pick some of a group named by a capitalised plural: "Senior
    Whigs", "Several Democrats"? The first is no first name."""
    return len(words) >= 2 and words[0].lower() in GROUP_PICKERS and (
        words[-1].endswith("s") and words[-1][:1].isupper())


def group_description(words_text: str) -> bool:
    """Is the phrase a group described by a plural common noun, no one's name: "MPs", "Labour
    MPs", "the DJs" (a plural acronym: its people)? A capitalised plural names a party or a
    people ("the Whigs", "Americans"), a name."""
    words = words_text.split()
    last = words[-1] if words else ""
    return len(last) > 2 and ACRONYM_PLURAL.fullmatch(last) is not None


class Mention(NamedTuple):
    """A name (or a speaker) at an offset. A NamedTuple: immutable, and cheap to create for
    every name in an article."""

    pos: int
    name: str
    paragraph: int
    subject: bool
    speaker: bool
    quoted: bool = False  # inside quote marks: "Rubio is not going to be the one," he said


SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())  # name suffixes: "Harris Jr"


STATE = frozenset("government administration country state".split())


PLAIN_PEOPLE = frozenset("man woman boy girl person men women boys girls people".split())


def surname(words: tuple[str, ...]) -> str:
    """The word a full name is found by: its last, before a suffix ("Harris" of "Harry B.
    Harris Jr")."""
    return words[-2] if words[-1] in SUFFIXES and len(words) > 2 else words[-1]


def people(name: str) -> bool:
    """Does the name end in a people's plural ("Young Latinos", "Asian Americans")?"""
    last = name[name.rfind(" ") + 1 :].lower()
    return last.endswith("s") and last in lexicon().demonyms


def nationalities(name: str) -> bool:
    """Is the name a country code or nationalities and countries joined by hyphens
    ("German-US", "Anglo-Dutch")?"""
    lex = lexicon()
    parts = name.lower().split("-")
    if name in {"US", "UK", "USA", "UAE"}:
        return True  # ("the US economy ... the firm said")
    return len(parts) > 1 and all(
        p in lex.demonyms or p in lex.places or p in {"us", "uk", "eu", "anglo", "franco"}
        for p in parts)


ROYAL = titles_with("royal")


def split_title(
    tokens: list[Token], acronym_body: bool = False
) -> tuple[list[Token], list[Token]]:
    """("NATO Secretary-General", "Jens Stoltenberg") from the tokens of a capitalised run;
    ``acronym_body``: the sieve acronym_then_word_is_body is on."""
    end = len(tokens)
    while end > 1 and (tokens[end - 1].low in SUFFIXES or tokens[end - 1].text == "." and (
        end > 2 and tokens[end - 2].low in SUFFIXES
    )):
        end -= 1
    if end < len(tokens):
        # "Harry B. Harris Jr.": the suffix follows the name, whatever the title before it
        title, name = split_title(tokens[:end])
        suffix = [t for t in tokens[end:] if t.text != "."]
        return (title, name + suffix) if name else (title, name)
    lex = lexicon()
    lead = next((t.low for t in tokens if t.low.rstrip(".") not in lex.titles), "")
    if len(tokens) > 1 and tokens[-1].low in ORG_HEADS and lead not in lex.first_name_gender:
        # "State Department", "San Francisco Police Department": a body's whole name (but
        # "Margaret Court" is a person)
        return [], tokens
    if len(tokens) > 2 and tokens[-1].low in lex.org_words and tokens[0].low not in lex.titles and (
        all(t.cap and t.low not in lex.first_name_gender for t in tokens)
    ):
        return [], tokens  # "Fairford Coach Action", "SITE Intelligence Group": no person
    k = len(tokens)
    while k > 0:
        t = tokens[k - 1]
        low = t.low.rstrip(".")
        if t.text == "." and k >= 2 and _initials(tokens[k - 2].text):
            k -= 1  # "John F. Kerry"
            continue
        if t.text in {".", "'s"} and k < len(tokens):
            break
        if k < len(tokens) and (low in lex.titles or (
            t.text.isupper() and len(t.text) > 1 and not _initials(t.text)  # "G.K." is no acronym
        ) or lex.role_kind.get(low) in {"person", "leader", "spokes"} and (
            low not in lex.first_name_gender  # "Donor Adelson", "Pollster Frank Luntz"
            and tokens[-1].low not in ORG_HEADS and tokens[-1].low != "party"  # "Democrat Party"
        )):
            # a title word last is a surname: "Amy Pope", "Mr. King"
            break
        if not (t.cap or t.text == "." or k >= 2 and joins_name(tokens[k - 2].low, t.low) or (
            t.text == "&" and k >= 2 and tokens[k - 2].cap  # (ampersand_joins_body's runs)
        ) or (
            t.text.isdigit() and k == len(tokens) > 1  # "Channel 4", "Transport 2000"
        )):
            break
        k -= 1
    if 0 < k < len(tokens) and (acronym_branch(tokens, k) or country_initials_body(tokens, k)
                                or acronym_body and acronym_then_word_is_body(tokens, k)):
        b = k - 1
        while b > 0 and tokens[b - 1].cap and tokens[b - 1].low.rstrip(".") not in lex.titles:
            b -= 1  # the body's name is the capitalised run ending in the acronym
        return tokens[:b], tokens[b:]
    if k == len(tokens) - 1 and k > 0 and tokens[k].text.isdigit():
        k -= 1  # "ABC 7": the number alone names nothing
    first_names = lex.first_name_gender
    if len(tokens) - k > 2 and tokens[k].low not in first_names:
        # "Senate Intelligence Ranking Democrat Dianne Feinstein": the name starts at the first
        # known first name
        f = next((x for x in range(k + 1, len(tokens) - 1) if tokens[x].low in first_names), k)
        if f > k and not any(t.text == "." for t in tokens[k:f]):
            k = f
    name = [t for t in tokens[k:] if t.text != "."]
    while name and name[0].low in CONNECTORS:
        name = name[1:]
    if not name:
        # only title words: "King said", "Mr. Prince said" -> the last one is the surname
        caps = [t for t in tokens if t.cap and t.low.rstrip(".") not in PERSON_TITLES_SHORT
                and t.low not in _NOT_ROLE_ALONE]  # ("Former" alone names no one)
        if caps:
            return tokens[: tokens.index(caps[-1])], [caps[-1]]
    return tokens[:k], name


def hyphenated_description(tok: Token) -> bool:
    """A capitalised word joined by a hyphen to a lower-case part describes; it names no one
    and starts no name ("Lisbon-based Acme said", "Off-colour Lee lost": Acme, Lee)."""
    text = tok.text
    if not tok.cap or "-" not in text:
        return False
    first, _, rest = text.partition("-")
    return first.isalpha() and any(p.isalpha() and p.islower() for p in rest.split("-"))


def acronym_branch(tokens: list[Token], k: int) -> bool:
    """An acronym followed by a place only names a body's branch, one organisation ("ACME
    Wales", "Ipsum MORI Scotland"), not a title and a name."""
    before = tokens[k - 1].text
    return before.isupper() and len(before) > 1 and not _initials(before) and (
        " ".join(t.low for t in tokens[k:]) in lexicon().places)


# a country's or union's initials, as the first word of a body's name ("US Airways", "UK Coal")
COUNTRY_INITIALS = frozenset({"us", "uk", "eu", "usa", "uae"})


def country_initials_body(tokens: list[Token], k: int) -> bool:
    """A country's initials followed by one capitalised word that is no title and no first name
    are one body's name, for bare initials never introduce a person by surname alone ("UK
    Widgets said": the company, not a Mr Widgets of the UK)."""
    lex = lexicon()
    word = tokens[k].low
    return k == len(tokens) - 1 and tokens[k - 1].text.isupper() and (
        tokens[k - 1].low in COUNTRY_INITIALS) and word.rstrip(".") not in lex.titles and (
        word not in lex.first_name_gender and tokens[k].cap)


def acronym_then_word_is_body(tokens: list[Token], k: int) -> bool:
    """An acronym right before the one last capitalised word of a run, that word no title and
    no first name, is one body's name with it ("QXR Holdings said": the company, not a Mr
    Holdings of QXR); after a capitalised word it may be a post ("Labour MP Quill"), and two
    letters may be initials ("AL Quill") unless an organisation word follows ("QX Group")."""
    lex = lexicon()
    word, before = tokens[k], tokens[k - 1].text
    return k == len(tokens) - 1 and (k == 1 or not tokens[k - 2].cap) and (
        before.isupper() and before.isalpha() and not _initials(before)
        and (len(before) > 2 or word.low in lex.org_words)  # (two letters: initials, "AL Lee")
        and before.lower() not in lex.titles and word.cap and not word.text.isupper()
        and word.low.rstrip(".") not in lex.titles and word.low not in lex.first_name_gender)


def name_text(tokens: list[Token]) -> str:
    """"John F. Kerry": initials keep their full stop; "Women's Institute", "Musicians'
    Union": a possessive joins the word before it."""
    out = " ".join(t.text + "." if _initials(t.text) else t.text for t in tokens)
    if "'s" in out:
        for t in tokens:
            if t.text == "'s":
                out = out.replace(" 's", "'" if t.end - t.start == 1 else "'s", 1)
    return out


def _initials(word: str) -> bool:
    if len(word) > 1 and word[1] != ".":
        return False  # most words: no full stop after the first letter
    parts = word.split(".")
    return all(len(p) == 1 and p.isupper() for p in parts)


_RunInfo = tuple[str, tuple[str, ...], str, bool, str | None, tuple[int, int] | None, bool]
# a run's analysis depends only on its words: cached across articles (names recur)
RUN_CACHE: dict[tuple[tuple[str, ...], bool, bool], _RunInfo | None] = {}


# pronouns in a capitalised run make it a title ("US" is a country: "us" is left out)
_TITLE_PRONOUNS = frozenset("you your yourself yourselves me my myself we our ourselves".split())


def title_word_opens_title(run: list[Token]) -> bool:
    """A word that is both a function word and a title's modifier, before a title, opens the
    title ("First Minister Ann Lee": the role "First Minister", not "Minister")."""
    titles = lexicon().titles
    return len(run) > 2 and run[0].low in titles and run[1].low.rstrip(".") in titles


def analyse_run(run: list[Token], after_the: bool, title_opener: bool = False) -> _RunInfo | None:
    """(key, name words, kind, after "the", gender, role from the title as (first, last)
    token indices into ``run``, 2+ words) of a capitalised run, or None when it holds no name;
    ``title_opener``: the sieve title_word_opens_title is on."""
    lex = lexicon()
    skipped = 0
    while run and (run[0].low in FUNCTION_WORDS or run[0].text in {".", "'s"} or (
        picks_from_group([t.text for t in run])  # "Senior Whigs": the Whigs
    )) and not (
        run[0].low == "new" and len(run) > 1 and run[1].cap  # "New York", "New Hampshire"
    ) and not (title_opener and title_word_opens_title(run)):
        after_the = run[0].low == "the"
        run = run[1:]
        skipped += 1
    if not run:
        return None
    title, name = split_title(run)
    if not name or (len(name) == 1 and (name[0].low in TIME_WORDS or name[0].low in NUMERALS
                                         or name[0].low.split("-")[0] in NUMERALS)):
        return None  # ("Thirteen years earlier, she ...", "Three-quarters said": no name)
    words = tuple(t.low for t in name)
    if not _TITLE_PRONOUNS.isdisjoint(words):
        return None  # "You Will Shoot Yourself", "Love Me Do": a title, not a name
    title_words = [t.low.rstrip(".") for t in title]
    if " ".join(words) in lex.places:
        kind = "org"  # a place: it can speak ("Germany has indicated") but is never "he"
    elif title_words and title_words[-1] in PERSON_TITLES and len(name) == 2 and (
        words[0] in lex.first_name_gender and not name[1].text.isupper()
    ) or len(name) == 2 and words[0] in lex.first_name_gender and words[1] in _SURNAME_PLACES:
        # "Mayor Don Guardian", "Kristen Day": a first name beats an org word that is also a
        # surname
        kind = "person"
    elif not lex.org_words.isdisjoint(words) or (
        len(name) == 1 and name[0].text.isupper() and len(name[0].text) > 1
    ) or len(name) == 2 and country_initials_body(name, 1):
        kind = "org"  # ("US Airways" is a body, so a bare "Airways" is not its surname)
    elif not PERSON_TITLES.isdisjoint(title_words):
        kind = "person"
    elif words[0] in lex.first_name_gender:
        kind = "person"
    elif after_the:
        kind = "org"  # "the Boerse", "the Bundesbank": people do not take "the"
    else:
        kind = "unknown"  # "Deutsche Boerse" or "Clara Furse": decided by later mentions
    gender: str | None = None
    if not FEMALE_TITLES.isdisjoint(title_words):
        gender = "f"
    elif not MALE_TITLES.isdisjoint(title_words):
        gender = "m"
    elif len(name) >= 2:
        gender = lex.first_name_gender.get(words[0])
        if gender not in {"m", "f"}:
            gender = None  # "u": a first name given to men and women alike ("Lee", "Kim")
    # the title as a slice of the text, honorifics and stray full stops trimmed from its ends
    lo, hi = 0, len(title)
    while lo < hi and (title[lo].low.rstrip(".") in HONORIFICS or title[lo].text in {".", "'s"}):
        lo += 1
    while hi > lo and title[hi - 1].low.rstrip(".") in HONORIFICS:
        hi -= 1
    role = (skipped + lo, skipped + hi - 1) if hi > lo else None
    return name_text(name), words, kind, after_the, gender, role, len(name) >= 2
