"""find_quotes: quote marks + speech cues + speaker resolution, one pass over an article."""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from dataclasses import dataclass

from newscli.article import DATELINE, Article
from newscli.quotes.lexicon import lexicon
from newscli.quotes.marks import Marked, find_marked
from newscli.quotes.speakers import (
    CONNECTORS,
    DETERMINERS,
    FUNCTION_WORDS,
    NUMERALS,
    ORG_HEADS,
    PERSON_TITLES,
    TIME_WORDS,
    EntityIndex,
    joins_name,
    split_title,
)
from newscli.quotes.text import Inside, Token, sentences, tokens


@dataclass
class Quote:
    speaker: str | None
    kind: str  # "direct" | "partial" | "indirect"
    text: str
    cue: str | None
    start: int
    end: int
    paragraph: int
    speaker_mention: str | None = None
    role: str | None = None
    # the reported content: the clause around a partial quote, the quotation with its marks
    content_start: int = 0
    content_end: int = 0


ADV_SKIP = frozenset(
    "also later then previously recently repeatedly often once has have had was is 've would will "
    "could did does do not n't never publicly privately reportedly already further again simply "
    "flatly just earlier allegedly still even now first initially separately since may might "
    "can should must been has had today yesterday tonight subsequently however meanwhile "
    "too instead though nonetheless yet".split()
)
_PERIODS = frozenset("week month year night morning afternoon evening weekend".split())
NOT_ADVERBS = frozenset("family ally rally assembly italy july only early belly bully".split())
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
DASH_ATTR = re.compile(
    r"\s*(?P<cue>[―—–-]{1,2})[ \t\u00a0]*(?P<name>(?:[A-Z][\w.’'-]*[ \t\u00a0]?){1,5})"
    r"(?=[.,\n]|$)"
)
# “...?” Hannity pressed.: a name and a past-tense verb the lexicon does not know, then the
# sentence ends
NAME_VERBED = re.compile(
    r"[ \t\u00a0]+(?!(?:I|We|He|She|They|It|You)\b)"
    r"(?P<name>(?:[A-Z][\w.’'-]*[ \t\u00a0]){1,4})(?P<cue>[a-z]+ed)(?=[.]|$)"
)
ADJUNCT_WORDS = frozenset(
    "statement interview speech letter conference press news briefing week month year morning "
    "afternoon evening night earlier later recently previously also repeatedly last this "
    "weekend call radio television tv rally hearing meeting event appearance email post "
    "podcast show".split()
)
_WORDS = re.compile(r"[a-z]+")
_VERB_NEXT = re.compile(r"[ \u00a0]+[a-z]+(?:ed|s)\b")
_COORDINATED = re.compile(r"[,;][ \u00a0]+(?:but|and|yet|so)$")
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;—–(]")  # (not the comma of "1,237")
_INTRODUCES_QUOTE = re.compile(r"[ \u00a0]?[:,]?[ \u00a0]?[\"“]")
_WORD = re.compile(r"\w")
_DASH_LABEL = re.compile(r" (?:-|—|–|--) [A-Z]")  # "... contests - Philip Bump: “...”"
_OPENS_QUOTE = re.compile(r"[ \u00a0]?[:,][ \u00a0]?[\"“‘]")
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)")
# a second act of the subject after a fragment ("... “third-rate” and boycotted ..."), not a
# participle describing the fragment's subject ("was “very modest” and designed to ...")
_AND_VERB = re.compile(
    r"[ \u00a0]and[ \u00a0]+(?:then[ \u00a0]+|also[ \u00a0]+)?"
    r"(?!(?:designed|aimed|intended|expected|based|used|supposed|meant|determined|committed|"
    r"prepared|concerned|interested|involved|related|focused)\b)[a-z]+ed\b"
    r"(?![ \u00a0]+(?:at|by|with)\b)"
    r"|[ \u00a0]and[ \u00a0]+(?:has|have|made|cast|took|gave|said|told)\b"
)
# "his comment Monday that “...”", "Trump's claim that “...”": words the owner said
_OWNED_WORDS = re.compile(
    r"\b(his|her|[A-Z][\w.-]*(?:[ \u00a0][A-Z][\w.-]*){0,2}['’]s)[ \u00a0]+"
    r"(?:[a-z-]+[ \u00a0]+)?(comments?|remarks?|claims?|assertions?|statements?|suggestion|"
    r"promises?|pledge|vow|warnings?|argument|insistence|contention|declaration|boast|"
    r"charges?|accusations?|quip|admission|assurances?|prediction|words)"
    r"(?:[ \u00a0]+(?:on[ \u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today|earlier))?[ \u00a0]+that[ \u00a0]+$"
)
_RELATIVE_NEXT = re.compile(r"[ \u00a0]+(?:who|whose|that)\b")  # "the man who built ..."
_EPITHET_ENDINGS = ("ed", "ing", "less", "ful", "ous", "ish", "ive", "al", "ic")  # adjectives
_GOES_ON = frozenset("because compared where even although though whereas unless".split())
_THREE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S")
_PREV_WORD = re.compile(r"([a-z][a-z-]*+)[ \u00a0]++$")  # possessive: no backtracking
_CAP_RUN = re.compile(
    # the look-behind after the first letter, so the scan can skip to capitals
    r"[A-Z](?<![\w’'].)[\w’'&-]*(?:\.[A-Z]\b)*(?:\.?(?:[ \u00a0]+(?:(?:de|van|von|der|den|bin|al|"
    r"el|la|le|du|da|del|della|di|dos|das)[ \u00a0]+)?)[A-Z][\w’'&-]*(?:\.[A-Z]\b)*)*"
)
NAMING = frozenset("call dub label brand term name read quote".split())
AUXILIARIES = frozenset(
    "is are was were be been being will would could should can may might must has have had "
    "did does do 's 're 've 'll 'd n't not won't can't isn't wasn't aren't weren't".split()
)
INDEFINITE = frozenset("a an one another some any several many".split())
QUANTITIES = frozenset(
    "array number group majority minority handful lot some many most all one two three four "
    "several dozens hundreds thousands half none few each both any either neither couple "
    "percent".split()
)
BARE_CLAUSE = frozenset(
    "say tell add argue insist warn note predict acknowledge admit contend assert concede reckon "
    "suggest stress according".split()
)
NUMBER_WORDS = NUMERALS | frozenset("dozen half third quarter majority minority".split())
GROUP_PRONOUNS = frozenset("many most some several others few both all".split())
PASSIVE = frozenset("is was were are been be being".split())
NOUN_DETS = DETERMINERS | frozenset("any no such every each".split())
OBJECT_PRONOUNS = frozenset("him her them us me you it".split())
CLAUSE_STOP = frozenset(
    "and but that which who whom whose as while when where if because or".split()
)
PREPS = frozenset(
    "to about of on in at for with by from into during after before over under as than".split()
)
_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# more prepositions, that end a noun phrase on its left ("without reporters asking")
_NP_PREPS = PREPS | frozenset(
    "without within against among amid between through via despite toward towards upon "
    "across".split()
)
NP_STOP = frozenset(",.;:!?()[]\"“”‘’'—–")
SUBJ_PRONOUNS = frozenset("he she they we i it".split())
INDIRECT_LEMMAS = frozenset(
    "say tell add note warn argue insist claim state explain announce declare assert stress "
    "emphasise emphasize acknowledge admit concede suggest maintain contend report confirm "
    "reveal disclose allege indicate reckon write testify point predict estimate caution "
    "according ask urge promise vow pledge deny make".split()
)


@dataclass
class Source:
    kind: str  # "name" | "pronoun" | "role" | "other"
    start: int
    end: int
    text: str
    toks: list[Token]
    appos: str | None = None
    of_toks: list[Token] | None = None


def _source(kind: str, run: list[Token], text: str, appos: str | None = None) -> Source:
    """A source over the tokens ``run``, its text as the article writes it."""
    return Source(kind, run[0].start, run[-1].end, text[run[0].start : run[-1].end], run, appos)


@dataclass
class Attr:
    cue_i: int
    cue_start: int
    cue_end: int
    cue: str
    lemma: str
    source: Source | None
    content: tuple[int, int] | None
    src_first: int  # token index where the source starts (or cue index)
    speaker: str | None = None
    mention: str | None = None
    role: str | None = None
    intro: bool = False  # "X said:" with nothing after


def _is_cue(toks: list[Token], i: int) -> tuple[int, str] | None:
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
        ))) or prev == "to" or prev == "'s" and not (
            j >= 1 and toks[j - 1].low in SUBJ_PRONOUNS  # "He's predicting": is, not possessive
        ):
            return None
        k = j
        while k >= 0 and toks[k].low in {"not", "n't", "also", "never", "reportedly"}:
            k -= 1
        if k >= 0 and toks[k].low in PASSIVE and not t.low.endswith("ing"):
            return None
    if t.low in {"state", "states", "post", "posts", "report", "answer", "comment", "brief",
                 "claims", "remarks", "comments", "answers", "reports", "signals", "charges",
                 "estimates", "demands", "promises", "warnings", "forecast", "forecasts",
                 "mention", "repeat", "counter", "contest", "joke", "vow", "thanks", "quotes",
                 "reads", "read", "calls", "credits", "terms", "echoes", "echo", "praise",
                 "blame", "quote", "call", "brands", "labels", "label", "term", "question",
                 "questions"}:
        # mostly nouns: only as a verb right after a subject pronoun or name ("the email
        # read" too)
        if last + 1 < len(toks) and (toks[last + 1].low in lex.speech_forms or (
            toks[last + 1].low in _FINITE_AUX and j >= 0 and toks[j].cap  # (not "he claims has")
        )) and not toks[last + 1].quoted:
            # "India's Andhra Pradesh state said", "Press reports have speculated": a noun
            return None
        if (j < 0 or not (toks[j].low in SUBJ_PRONOUNS or toks[j].cap or _document_reads(
            toks, i
        ))) and not _names_object(toks, last):
            return None
        if j >= 0 and toks[j].cap and last + 1 < len(toks):
            # ... and not a noun after a modifier, followed by its own verb: "the AP report was
            # misleading", "Trump's Virginia state director", "the 10-year Treasury note fell"
            f = _name_run_left(toks, j, 0)
            nxt = toks[last + 1]
            if (f > 0 and (toks[f - 1].low in DETERMINERS or toks[f - 1].text == "'s" or (
                not toks[f - 1].cap and any(c.isdigit() for c in toks[f - 1].text))
            ) or toks[j].low in TIME_WORDS) and not nxt.quoted and (
                _verb_like(nxt) or nxt.low in AUXILIARIES or _role_head(nxt.low)
                or nxt.text == "," or nxt.low.endswith("ing")
            ):
                return None
    if j >= 1 and toks[j - 1].low in DETERMINERS and not toks[j].cap and (
        toks[j].text.isalpha() and not _role_head(toks[j].low) and not toks[j].low.endswith("ly")
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
    if lemma in NAMING and (j < 0 or not (toks[j].low in SUBJ_PRONOUNS or toks[j].cap)) and not (
        _names_object(toks, last)
    ) and not (
        t.low.endswith("ing") and j >= 0 and toks[j].text in {",", "—"} and not toks[j].quoted
    ) and not (
        # "is labeling Obama's actions “...”", "has called it “...”" (not "is called")
        j >= 0 and (toks[j].low in {"has", "have", "had"} or (
            toks[j].low in PASSIVE and t.low.endswith("ing")))
    ) and not (
        # "Ms. Boxer, who ..., called what she saw “terrible”": an object before the quote
        # ("a film, called “Heat”," names)
        j >= 0 and (toks[j].text == "," or toks[j].low in {"who", "which"}) and not toks[j].quoted
        and last + 1 < len(toks) and not toks[last + 1].quoted and toks[last + 1].text.isalpha()
    ):
        # "a film called “Heat”" names; "Trump called it “a disaster”", "..., calling him
        # “a feminist”" quote
        return None
    return last, lemma


_PREV_WORD_ANY = re.compile(r"(\w+|['’]s)\W*$")
_WORKS = frozenset(
    "book books film films movie movies album albums song songs show shows programme program "
    "novel novels memoir memoirs play series documentary titled entitled".split()
)
_TITLE_LEADS = frozenset("on in of from at 's ’s".split())
_QUOTE_END_PUNCT = frozenset(",?!—–")  # “...,” X said: the quote ends on a comma
_OPENERS = frozenset("“\"‘'«")
_TIME_AFTER_CUE = _PERIODS | frozenset("on last this earlier late early later ago".split())
_PARTY_NOUNS = frozenset("republican democrat independent libertarian".split())  # one member
_MODALS = frozenset("would could might should will may can".split())
_BELIEFS = frozenset("think believe hope fear".split())  # attitudes, not speech
# cues whose own speaker keeps a fragment even inside another report ("X said Y told them ...")
_INNER_SPEECH = BARE_CLAUSE | NAMING | {"refer", "call on"}


def _document_reads(toks: list[Token], i: int) -> bool:
    """"the email read", "the sign reads": a document's words."""
    return toks[i].low in {"read", "reads"} and i > 0 and toks[i - 1].low.rstrip("s") in (
        _AUTHORED | {"sign", "banner", "headline", "caption", "note", "text", "message"}
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


_NAMING_FORMS = frozenset(
    "call calls called calling label labels labeled labelled labeling labelling brand brands "
    "branded branding term terms termed terming dub dubs dubbed dubbing".split()
)


_OPENS_CLAUSE = frozenset("because but and that while although though so since if".split())
_ANALYSTS = frozenset("analysts analyst researchers consultancy consultants firm group".split())
_KEEP_ON = frozenset("kept keeps keep continued continues began begins started starts".split())


def _skip_left(toks: list[Token], j: int) -> int:
    while j >= 0:
        t = toks[j]
        if t.quoted:
            return j
        low = t.low
        if low == "'s" and j >= 1 and toks[j - 1].low in SUBJ_PRONOUNS:
            j -= 1  # "He's saying": the auxiliary
            continue
        if low in _KEEP_ON and j + 1 < len(toks) and toks[j + 1].low.endswith("ing"):
            j -= 1  # "X kept asking", "X began saying"
            continue
        if low == "will" and t.cap and j > 0:
            return j  # “...,” Will wrote: George Will, not the modal opening a question
        if low in ADV_SKIP or (
            low.endswith("ly") and len(low) > 4 and not t.cap and low not in NOT_ADVERBS
        ):
            j -= 1
        elif low in _PERIODS and j >= 2 and toks[j - 1].low == "past" and (
            toks[j - 2].low in {"this", "the"}
        ):
            j -= 3  # "X, the GOP chairman, this past week announced"
        elif low in _PERIODS and j >= 1 and (
            toks[j - 1].low in {"last", "this", "that", "next", "late", "early"}
            or toks[j - 1].low in WEEKDAYS
        ):
            j -= 1 if toks[j - 1].low in WEEKDAYS else 2  # "X last week said", "on Tuesday night"
        elif low in WEEKDAYS:
            j -= 1
            if j >= 0 and toks[j].low in {"on", "last", "this", "late", "early"}:
                j -= 1
        elif t.text == ")":
            # "Harry M. Reid (D-Nev.) said": skip the parenthesis
            before = _before_paren(toks, j)
            if before == j:
                return j
            j = before
        else:
            return j
    return j


def _name_run_left(toks: list[Token], j: int, lo: int) -> int:
    """First index of the capitalised run ending at j."""
    k = j
    while k - 1 >= lo:
        p = toks[k - 1]
        if p.quoted:
            break
        if p.cap and (p.low not in FUNCTION_WORDS or p.low == "new"):  # "New York"
            k -= 1
        elif k - 2 >= lo and toks[k - 2].cap and joins_name(toks[k - 2].low, p.low):
            k -= 1
        elif p.text == "." and k - 2 >= lo and toks[k - 2].cap and (
            _initials(toks[k - 2].text) or toks[k - 2].low in lexicon().titles
        ):
            k -= 1
        else:
            break
        if j - k > 8:
            break
    return k


_LEAD_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*[ \u00a0]+){1,4}((?:[a-z][a-z-]*[ \u00a0]+){1,3})")


def _role_lead(lead: str) -> bool:
    """Is the sentence so far a name and lower-case role words ("Obama consultant "), so that
    the name after it is the subject?"""
    if len(lead) > 80 or not lead[:1].isupper():
        return False
    m = _LEAD_WORDS.fullmatch(lead + " ")
    return m is not None and _role_head(m.group(1).split()[-1])


def _before_quoted(toks: list[Token], k: int) -> int:
    """The index before a short quoted fragment whose closing mark is toks[k], else k."""
    if toks[k].text.isalnum() or k + 1 >= len(toks) or toks[k + 1].quoted:
        return k  # not a closing mark, or the quote goes on
    close = k - 1 if _double_apostrophe(toks, k) else k  # ('' ... '': the archive's marks)
    m = close - 1
    while m >= 0 and close - m <= 8 and toks[m].quoted and (
        toks[m].text.isalnum() or toks[m].text in {",", ".", "'s", "-", "!", "?"}
    ):
        m -= 1
    if m >= 1 and _double_apostrophe(toks, m):
        m -= 1
    if m >= 1 and close - m >= 2 and toks[m].quoted and not toks[m].text.isalnum() and (
        not toks[m - 1].quoted
    ):
        return m - 1
    return k


def _double_apostrophe(toks: list[Token], k: int) -> bool:
    """Are toks[k-1] and toks[k] the two apostrophes of a '' mark?"""
    return k >= 1 and toks[k].text == "'" and toks[k - 1].text == "'" and (
        toks[k - 1].end == toks[k].start
    )


def _before_group(toks: list[Token], j: int, opener: str, limit: int) -> int:
    """The index before a short group that toks[j] closes and `opener` opens, else j."""
    k = j - 1
    while k >= 0 and j - k < limit and toks[k].text != opener and not toks[k].quoted:
        k -= 1
    return k - 1 if k >= 0 and j - k > 1 and toks[k].text == opener else j


def _before_paren(toks: list[Token], j: int) -> int:
    """The token before a short parenthesis ending at toks[j] ("Ted Cruz (R-Tex.)"), else j."""
    return _before_group(toks, j, "(", 10) if j >= 0 and toks[j].text == ")" else j


def _nickname(toks: list[Token], m: int) -> int:
    """Index of the surname after a quoted nickname opening at toks[m] (`Juan “Chico”
    Manriquez`), else m."""
    if m + 3 < len(toks) and toks[m].quoted and not toks[m].text.isalnum():
        c = m + 1
        while c < len(toks) and c - m <= 3 and toks[c].quoted and toks[c].cap:
            c += 1
        if c > m + 1 and c + 1 < len(toks) and toks[c].quoted and not toks[c].text.isalnum() and (
            toks[c + 1].cap and not toks[c + 1].quoted
        ):
            return c + 1
    return m


def _initials(word: str) -> bool:
    """"F", "G.K", "J.R": initials before a full stop."""
    parts = word.split(".")
    return all(len(p) == 1 and p.isupper() for p in parts)


def _role_head(low: str) -> bool:
    lex = lexicon()
    if low in lex.role_kind or low.endswith(("man", "woman", "person", "people", "men")):
        return True
    return low.endswith("s") and low[:-1] in lex.role_kind


def _role_left(toks: list[Token], j: int, lo: int) -> int:
    k = j
    while k - 1 >= lo and j - k < 6:
        p = toks[k - 1]
        if p.low == "of" and k - 2 >= lo and toks[k - 2].low in QUANTITIES:
            k -= 1  # "a wide array of economists", "some of the officials"
            continue
        if p.quoted or p.text in NP_STOP or p.low in CLAUSE_STOP or p.low in PREPS or (
            p.low in _NP_PREPS and not p.cap  # ("Reporters Without Borders group said")
        ):
            break
        if p.low in lexicon().speech_forms and not p.cap:
            break
        k -= 1
        if p.low in DETERMINERS:
            break
    return k


def _left_source(toks: list[Token], i: int, text: str) -> tuple[Source, int] | None:
    j = _skip_left(toks, i - 1)
    if j < 0:
        return None
    t = toks[j]
    c = j - 2 if _double_apostrophe(toks, j) else j - 1
    if t.quoted and c >= 1 and toks[c].text == "," and toks[c].quoted and (
        (b := _before_quoted(toks, j)) != j and toks[b].low in _TITLE_LEADS | {"author", "of"}
        and all(x.cap for x in toks[b + 2 : c] if x.text.isalpha())
    ):
        # "As Akhil Amar, professor at Yale and author of “America's Unwritten Constitution,”
        # put it": the appositive's closing comma sits inside the title's marks
        found = _left_source(toks[: j + 1] + [Token(",", t.end, t.end, ",", False, False)],
                             j + 2, text)
        return found if found is not None and found[0].kind == "name" else None
    if t.quoted:
        return None
    if (pronoun := _pronoun(t)) is not None:
        return pronoun, j
    if t.low == "who" and j >= 1 and not toks[j - 1].quoted and not toks[j - 1].cap and (
        _role_head(toks[j - 1].low)
    ):
        # "critics who say ...": the people the restrictive clause picks out
        found = _left_source_np(toks, j - 1, text)
        return found if found is not None and found[0].kind == "role" else None
    if t.low == "who" and j >= 2 and toks[j - 1].text == "," and not toks[j - 1].quoted:
        # "backed by Ruth Meyer, who said ...": the relative pronoun's antecedent speaks
        # ("Sen. Ruth Meyer of Ohio, the ranking Democrat, who said": as "X, appos, said")
        found = _left_source(toks, j, text) or _left_source_np(toks, j - 2, text)
        return found if found is not None and found[0].kind in {"name", "role"} else None
    if t.text == "," and (p := _before_paren(toks, j - 1)) != j - 1:
        # "Gov. John Kasich (R-OH), said": the comma closes the parenthesis
        found = _left_source_np(toks, p, text)
        if found is not None and found[0].kind == "name" and not (
            found[1] > 0 and toks[found[1] - 1].low in {"of", "for", "at", "on"}
        ):  # (not "X, the High Commissioner for Refugees (UNHCR), said": an appositive)
            return found
    if t.text in {"—", "–"}:
        # "Gingrich — mentioned by Newsmax as a choice for running mate — told": the subject
        # before the parenthetical dash pair
        d = _before_group(toks, j, t.text, 30)
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
                back = _before_quoted(toks, k)
                if back == k:
                    break
                k = back
                continue
            if toks[k].text == ",":
                break
            k -= 1
        if k > 0 and toks[k].text == "," and not toks[k].quoted and j - k >= 2:
            base = _left_source_np(toks, _before_paren(toks, k - 1), text)  # "X (R-Tex.), ..."
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
                return _source("name", toks[m:c], text,
                               appos=text[toks[c + 1].start : toks[j - 1].end]), m
            if base is not None and base[0].kind in {"name", "role"}:
                src, first = base
                appos = toks[k + 1 : j]
                if src.kind == "role" and (titled := _titled_name(appos)):
                    # "The leader of the league, Jonathan Greenblatt, warned", "The other
                    # candidate, former Secretary of State Hillary Clinton, said"
                    return _source("name", titled, text, appos=src.text), first
                if src.kind == "name" and _title_words(src.toks) and (
                    titled := _titled_name(appos)
                ):
                    # "The Bishop of Durham, the Rt Rev Dr Tom Wright, described": the person
                    return _source("name", titled, text, appos=src.text), first
                if src.kind == "name" and _described_name(toks, src, first, appos):
                    # "The EU's Humanitarian Aid Commissioner, Louis Michel, said", "The UN
                    # programme tackling Aids, UNAIDS, said": the name, not the description
                    return _source("name", appos, text, appos=src.text), first
                tail = text[toks[k + 1].start : toks[j - 1].end]
                src.appos = f"{src.appos}, {tail}" if src.appos else tail
                return src, first
        if lead is not None and j - lead[1] > 20:
            # "Rich Heffley, a top operative who ... (more than 20 words) ..., said"
            m, c = lead
            rel = next((x for x in range(c + 1, j) if toks[x].low in {"who", "which", "whose"}), j)
            role = text[toks[c + 1].start : toks[rel - 1].end] if rel > c + 1 else None
            return _source("name", toks[m:c], text, appos=role), m
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
        named = _name_before_adjunct(toks, found[0], found[1], text)
        if named is not None:
            return named  # "Trump at the time said", "Sanders during a rally thanked"
    if found is None or found[0].kind != "name" or found[1] == 0:
        return found
    f = found[1]
    before = toks[f - 1].low
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
        k = _name_run_left(toks, at - 1, 0)
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
            return _source("name", run, text), k
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
            k = _name_run_left(toks, k - 2, 0)
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
            return _source("name", run, text, appos=text[toks[e].start : found[0].end]), k
    if before == "of" and f >= 3 and toks[f - 2].cap and not toks[f - 2].quoted and (
        found[0].text.lower() in lexicon().places
    ):
        # "Chairman G.K. Butterfield of North Carolina said": the person, not the place
        first = _name_run_left(toks, f - 2, 0)
        run = toks[first : f - 1]
        if len(run) >= 2 and run[0].low not in FUNCTION_WORDS:
            return _source("name", run, text), first
    if before == "of" and f >= 4:
        # "Anthony Anton, president and CEO of Washington Restaurant Association stated": the
        # appositive left open; the person before its comma opens the sentence
        k = f - 2
        while k > 0 and f - k < 8 and toks[k].text != "," and toks[k].text.isalpha() and not (
            toks[k].quoted
        ):
            k -= 1
        if toks[k].text == "," and not toks[k].quoted and k >= 2 and any(
            _role_head(t.low) for t in toks[k + 1 : f - 1]
        ):
            nk = _name_run_left(toks, k - 1, 0)
            name = toks[nk:k]
            if len(name) >= 2 and name[0].low not in FUNCTION_WORDS and (
                nk == 0 or toks[nk - 1].quoted
            ):
                return _source("name", name, text,
                               appos=text[toks[k + 1].start : found[0].end]), nk
    if before == "," and f >= 4 and toks[f - 2].cap:
        # "Stacy Baker of Columbia, South Carolina, says": the person before "of"
        o = f - 2
        while o > 0 and f - o < 5 and toks[o].cap:
            o -= 1
        if toks[o].low == "of" and o > 0 and toks[o - 1].cap and not toks[o - 1].quoted:
            first = _name_run_left(toks, o - 1, 0)
            run = toks[first:o]
            if run and run[0].low not in FUNCTION_WORDS:
                return _source("name", run, text), first
    return found


def _title_words(toks: list[Token]) -> list[str] | None:
    """The words of a capitalised title with no name in it ("Prime Minister", "Bishop of
    Durham" as "durham bishop": the title last), else None."""
    lex = lexicon()
    run = [t for t in toks if t.low != "the" and t.text != "."]
    of = next((x for x, t in enumerate(run) if t.low == "of"), len(run))
    head = run[:of]
    if not head or not all(t.cap for t in head) or any(
        t.low in lex.first_name_gender for t in run
    ):
        return None
    last = head[-1].low
    if last not in lex.titles and lex.role_kind.get(last) not in {
        "person", "leader"
    } or last == "executive" and (len(head) < 2 or head[-2].low != "chief"):
        return None  # ("the Scottish Executive" is a body)
    return [t.low for t in run[of + 1 :]] + [t.low for t in head]


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
    ) or any(_role_head(t.low) for t in appos):
        return False  # (not "Mitch McConnell, R-Ky.,")
    if _role_head(src.toks[-1].low):
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
        if t.quoted or t.low in _SUBJECT_STOP or t.text in {"-", "--"} or t.low in {
            "that", "said", "says"
        }:
            return -1
    return -1


def _after_opening_clause(toks: list[Token], last: int, text: str) -> Source | None:
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
            _verb_like(toks[e]) or toks[e].low in AUXILIARIES
        ):
            return _source("name", toks[k:e], text)
        return None
    return None


def _verb_like(t: Token) -> bool:
    """A lower-case word that can be a finite verb after a subject ("landed", "says")."""
    return not t.cap and not t.quoted and t.text.isalpha() and t.low.endswith(("ed", "s")) and (
        t.low not in FUNCTION_WORDS
    )


def _opener(toks: list[Token], comma: int) -> bool:
    """Is toks[:comma] one opening phrase ("In a speech on Tuesday night", "After the vote")
    with no comma of its own, so that the name after the comma is the subject?"""
    return comma < 25 and not any(t.text == "," or t.quoted for t in toks[:comma])


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
            _initials(toks[c - 1].text) or toks[c - 1].low in lexicon().titles)  # "Mr."
    )):
        c += 1
    if c >= j or toks[c].text != "," or sum(t.text != "." for t in toks[m:c]) > 6:
        return None  # (full stops not counted: "Vice President Joseph R. Biden Jr.,")
    if toks[c - 1].low in WEEKDAYS or toks[c - 1].low in TIME_WORDS:
        return None
    if c + 1 < j and not _person_run(toks[m:c]) and (nxt := _lead_name_at(toks, c + 1, j)) and (
        _person_run(toks[nxt[0] : nxt[1]])
    ):
        return nxt  # "In his new book, Lawless World, Philippe Sands, a QC, suggests"
    return m, c


def _left_source_np(toks: list[Token], j: int, text: str) -> tuple[Source, int] | None:
    found = _left_np(toks, j, text)
    if found is None or found[0].kind == "name" or found[0].kind == "pronoun":
        return found
    src, first = found
    if src.of_toks is None and first - 2 >= 0 and toks[first - 1].low in {"of", "for", "at"} and (
        _role_head(toks[first - 2].low) and not toks[first - 2].cap
    ):
        # "its minister for economic affairs"
        rk = _role_left(toks, first - 2, 0)
        src = Source("role", toks[rk].start, src.end, text[toks[rk].start : src.end],
                     toks[rk : first - 1], of_toks=src.toks)
        first = rk
    if first - 2 >= 0 and toks[first - 1].text == "," and toks[first - 2].cap and not (
        toks[first - 2].quoted
    ):
        # "Alois Rhiel, its minister for economic affairs added" (appositive left open)
        nk = _name_run_left(toks, first - 2, 0)
        name = toks[nk : first - 1]
        # only where the name opens the clause: after the quote or at the sentence start
        # (not "... nearby Ukraine, the military alliance chief said")
        if name and name[0].low not in FUNCTION_WORDS and (len(name) >= 2 or nk > 0) and (
            nk == 0 or toks[nk - 1].quoted or (
            toks[nk - 1].text == "," and nk >= 2 and toks[nk - 2].quoted
        )) and name[-1].low not in WEEKDAYS:
            return _source("name", name, text, appos=src.text), nk
    return src, first


def _left_np(toks: list[Token], j: int, text: str) -> tuple[Source, int] | None:
    if j < 0:
        return None
    t = toks[j]
    if not t.quoted and (pronoun := _pronoun(t)) is not None:
        return pronoun, j
    if t.quoted or t.low in WEEKDAYS or (not t.cap and t.low in FUNCTION_WORDS):
        return None  # "... a Vietnamese prison and says": "and" heads no noun phrase
    if t.cap and (j == 0 or toks[j - 1].text in {",", "—"}) and (
        t.low in lexicon().role_kind or t.low[:-1] in lexicon().role_kind
    ):
        # "Officials said", "Democrats say": a capitalised common noun opening the sentence
        return Source("role", t.start, t.end, t.text, [t]), j
    if t.cap and t.low not in FUNCTION_WORDS:
        k = _name_run_left(toks, j, 0)
        # lower-case role words before the name: "Democratic nominee Hillary Clinton"
        while k - 1 >= 0 and j - k < 10:
            p = toks[k - 1]
            if p.quoted:
                break
            if (not p.cap and _role_head(p.low)) or p.text == "'s" or (
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
            if not head.cap and _role_head(head.low):
                # "a spokesperson for the Kremlin"
                rk = _role_left(toks, first - 2, 0)
                return Source("role", toks[rk].start, t.end, text[toks[rk].start : t.end],
                              toks[rk : first - 1], of_toks=toks[k : j + 1]), rk
            hk = _name_run_left(toks, first - 2, 0)
            if head.cap and toks[first - 1].low in {"for", "at"} and hk >= 2 and (
                toks[hk - 1].low == "of" or toks[hk - 1].low == "the" and toks[hk - 2].low == "of"
            ):
                # "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies"
                f2 = hk - 1 if toks[hk - 1].low == "of" else hk - 2
                if f2 >= 1 and toks[f2 - 1].cap:
                    h2 = _name_run_left(toks, f2 - 1, 0)
                    if _person_run(toks[h2:f2]):
                        return Source("name", toks[h2].start, t.end, text[toks[h2].start : t.end],
                                      toks[h2:f2]), h2
            if head.cap and head.low not in FUNCTION_WORDS and toks[first - 1].low == "of" and (
                len(split_title(toks[k : j + 1])[1]) < 2 or _person_run(toks[hk : first - 1])
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
        k = _name_run_left(toks, j - 1, 0)
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
    if not t.cap and _role_head(t.low):
        k = _role_left(toks, j, 0)
        src = Source("role", toks[k].start, t.end, text[toks[k].start : t.end], toks[k : j + 1])
        if k - 2 >= 0 and toks[k - 1].low in {"of", "at"} and toks[k - 2].cap and not (
            toks[k - 2].quoted
        ) and toks[k].low in {"the", "a", "an"}:
            # "As Gavin Cox of the excellent buildyourown.org.uk website put it": the person
            h = _name_run_left(toks, k - 2, 0)
            if _person_run(toks[h : k - 1]):
                return _source("name", toks[h : k - 1], text,
                               appos=text[toks[k - 1].start : t.end]), h
        if k - 2 >= 0 and toks[k - 1].low in {"of", "for", "at"} and _role_head(toks[k - 2].low):
            rk = _role_left(toks, k - 2, 0)
            return Source("role", toks[rk].start, t.end, text[toks[rk].start : t.end],
                          toks[rk : k - 1], of_toks=toks[k : j + 1]), rk
        return src, k
    if not t.cap and t.text.isalpha():
        k = _role_left(toks, j, 0)
        if toks[k].low in {"the", "a", "an", "his", "her", "their", "its"} and j - k <= 4:
            return Source("role", toks[k].start, t.end, text[toks[k].start : t.end],
                          toks[k : j + 1]), k
    if not t.cap and t.low.endswith("s") and len(t.low) > 3 and t.text.isalpha():
        k = _role_left(toks, j, 0)
        return Source("other", toks[k].start, t.end, text[toks[k].start : t.end],
                      toks[k : j + 1]), k
    return None


def _person_run(run: list[Token]) -> bool:
    """A capitalised run that names a person: a first name and a surname, or a title."""
    title, name = split_title(run)
    lex = lexicon()
    return bool(name) and (
        len(name) >= 2 and name[0].low in lex.first_name_gender
        or any(t.low.rstrip(".") in PERSON_TITLES for t in title)
    )


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])")
_PARTY_ADJECTIVES = frozenset("republican democratic democrat conservative liberal".split())
SUBORDINATORS = frozenset(
    "if when while because although though since after before as unless until once whether "
    "whereas".split()
)
_PP_HEADS = frozenset(
    "during on in at after before since to with from about against into toward towards via "
    "among around near outside inside behind across through throughout beyond amid despite "
    "alongside".split()
)


_OBJECT_PREPS = _PP_HEADS | {"of", "by"}  # a name after these is no subject


_DASHES = frozenset("— – ― --".split())


def _main_subject(toks: list[Token], upto: int, text: str) -> Source | None:
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
        if (not t.cap or x == 0) and (pronoun := _pronoun(t)) is not None:
            return pronoun
        if t.cap and t.low not in FUNCTION_WORDS and t.low not in NUMERALS:
            if x == 0 and t.low.endswith("s") and t.low[:-1] in lexicon().role_kind and (
                upto > 1 and not toks[1].cap and (
                    toks[1].low in PREPS or toks[1].low in AUXILIARIES or _verb_like(toks[1]))
            ):
                return Source("role", t.start, t.end, t.text, [t])  # "Attorneys for X, saying"
            if x == 0 and (after_dateline := _dateline(toks, upto, text)):
                x = after_dateline
                continue
            if x == 0 and _opening_modifier(toks, upto):
                x = 1  # "Facing mounting criticism, ...", "Hastily politicizing ..."
                continue
            e = x
            while e + 1 < upto and (toks[e + 1].cap or (
                joins_name(toks[e].low, toks[e + 1].low) or toks[e + 1].low == "of"
                and toks[e].low in PERSON_TITLES  # "Former Secretary of State Hillary Clinton"
            ) and e + 2 < upto and toks[e + 2].cap or (
                toks[e + 1].text == "." and _initials(toks[e].text)
                or toks[e + 1].text == "." and toks[e].low in lexicon().titles
            )):
                e += 1
            nxt = toks[e + 1] if e + 1 < upto else None
            run = toks[x : e + 1]
            if (run[0].low in TIME_WORDS or x > 0 and toks[x - 1].low in _OBJECT_PREPS
                    or x > 1 and toks[x - 1].low in DETERMINERS
                    and toks[x - 2].low in _OBJECT_PREPS):
                x = e + 1  # "During Tuesday night's debate, Cruz ...": not the subject
                continue
            if _owned_person(toks[:upto], e + 1):
                x = e + 2  # "Fox News’ Bret Baier noticed": the owner's person leads
                continue
            if x > 0 and toks[x - 1].text == "'s" and nxt is not None and not nxt.cap and (
                nxt.text.isalpha() and not _verb_like(nxt) and nxt.low not in AUXILIARIES
                and nxt.low not in lexicon().speech_forms and not nxt.low.endswith("ly")
                and nxt.low not in PREPS and nxt.low not in FUNCTION_WORDS
            ):
                x = e + 1  # "Univision's Los Angeles affiliate": a modifier, not the subject
                continue
            if x > 0 and toks[x - 1].low == "the" and nxt is not None and not nxt.cap and (
                _role_head(nxt.low) and lexicon().role_kind.get(nxt.low) != "org"
            ):
                return _source("role", toks[x - 1 : e + 2], text)  # "The Vermont senator"
            opens = x == 0 and nxt is not None and nxt.text == "," and (
                len(run) >= 2 or run[0].low in lexicon().first_name_gender
                or _appositive_then_verb(toks, e + 1, upto)
                or e + 2 < upto and toks[e + 2].low in {  # "Clinton, who was speaking ..."
                    "who", "himself", "herself"}  # "Silverman, herself a supporter, ..."
            ) and run[-1].low not in TIME_WORDS
            if nxt is None or nxt.text not in {",", ".", ";", ":"} or opens:
                # "Michael J. Petrilli, president of ..., tied ...": an appositive follows
                r = _name_after_role(toks, e, upto)
                while r > 0:
                    # "Democratic front-runner Hillary Clinton was ...": the name after the role
                    # ("columnist and Fox News contributor George Will": after the last role)
                    x, e = r, r
                    while e + 1 < upto and (toks[e + 1].cap or joins_name(
                        toks[e].low, toks[e + 1].low) and e + 2 < upto and toks[e + 2].cap or (
                        toks[e + 1].text == "." and _initials(toks[e].text))):
                        e += 1
                    r = _name_after_role(toks, e, upto)
                run = toks[x : e + 1]
                return _source("name", run, text)
            if _named_in_apposition(toks, x, e, upto):
                return _source("name", run, text)
            x = e + 1
            continue
        x += 1
    return None


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
        _role_head(t.low) for t in toks[b + 1 : c]
    ) and (e > x or toks[x].low in lexicon().first_name_gender)


def _name_after_role(toks: list[Token], e: int, upto: int) -> int:
    """The index of a name after up to three lower-case words that end in a role noun
    ("Republican presidential candidate Donald Trump" from the index of "Republican"), else -1.
    """
    r = e + 1
    limit = 3
    while r < upto and r - e <= limit and not toks[r].cap and not toks[r].quoted and (
        toks[r].text.replace("-", "").isalpha() and not _verb_like(toks[r])
    ):
        if toks[r].low == "and" and r > e + 1 and _role_head(toks[r - 1].low):
            limit = r - e + 3  # "prosecutor and city mayor Ruth Lang": a second role
        r += 1
    role = r - 1
    if r - 2 > e and toks[r - 1].low == "and":
        role = r - 2  # "Former prosecutor and New York City Mayor Rudy Giuliani"
    elif r - 3 > e and toks[r - 2].low == "of" and _role_head(toks[r - 3].low):
        role = r - 3  # "Former US secretary of state Madeleine Albright"
    if r > e + 1 and r < upto and toks[r].cap and not toks[r].quoted and _role_head(
        toks[role].low
    ) and toks[r].low not in WEEKDAYS:  # (not "released a statement Thursday")
        return r
    return -1


def _opening_np(toks: list[Token], upto: int, text: str) -> Source | None:
    """A sentence-opening noun phrase headed by a role noun and followed by its verb ("The
    billionaire businessman began ..."), as a role source, else None."""
    if not toks or toks[0].low not in {"the", "a", "an", "his", "her", "their", "its"}:
        return None
    for h in range(1, min(upto - 1, 5)):
        t, verb = toks[h], toks[h + 1]
        if t.cap or not t.text.replace("-", "").isalpha() or t.low in FUNCTION_WORDS:
            return None
        if _role_head(t.low) and not _role_head(verb.low) and not verb.cap and (
            verb.text.isalpha() and verb.low not in FUNCTION_WORDS
        ):
            return _source("role", toks[: h + 1], text)  # the head, then its verb
    return None


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
        _role_head(t.low) for t in appos
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


def _right_source(toks: list[Token], i: int, text: str) -> tuple[Source, int] | None:
    k = i + 1
    n = len(toks)
    while k < n and (toks[k].low in WEEKDAYS or toks[k].low in {"on", "last"}) and not (
        toks[k].quoted
    ):
        k += 1
    if k >= n or toks[k].quoted:
        return None
    t = toks[k]
    if t.low in SUBJ_PRONOUNS:
        return Source("pronoun", t.start, t.end, t.text, [t]), k
    if not (t.cap or t.low in DETERMINERS):
        # "said farmer Ewan Doyle", "said campaign spokesman Ed Fox"
        m = k
        while m < n and m - k < 3 and not toks[m].cap and toks[m].text.isalpha() and (
            toks[m].low not in PREPS and toks[m].low not in CLAUSE_STOP and not toks[m].quoted
        ):
            m += 1
        if not (m < n and m > k and toks[m].cap and not toks[m].quoted):
            return None
    e = k
    while e + 1 < n and e - k < 10:
        nt = toks[e + 1]
        if nt.text == "." and (_initials(toks[e].text) or toks[e].low in
                                lexicon().abbreviations):
            e += 1
            continue
        if nt.low == "and" and not nt.quoted and _role_head(toks[e].low) and (
            _name_after_role(toks, e + 1, n) > 0
        ):
            e += 1  # "according to USA TODAY contributor and monetary historian David Marsh"
            continue
        if nt.quoted or nt.text in NP_STOP or nt.low in CLAUSE_STOP:
            break
        if nt.low in PREPS and nt.low not in {"of", "for"}:
            break
        if nt.cap and nt.low in {"the", "a", "an"}:
            break  # "said analyst Vadim Mitroshin The dispute ...": a full stop left out
        if nt.low in _AFTER_NAME and not nt.cap and toks[e].cap:
            break  # "said Gardener afterwards", "said Smith yesterday"
        if _is_cue(toks, e + 1) is not None and not nt.cap:
            break
        if nt.low in _FINITE_AUX and not nt.quoted:
            return None  # "..., said the police had a duty ...": the reported clause's subject
        e += 1
    np = toks[k : e + 1]
    appos = None
    appos_name: list[Token] | None = None
    if e + 2 < n and toks[e + 1].text == ",":
        f = e + 2
        while f < n and f - e < 14 and toks[f].text not in {",", ".", ";"} and not toks[f].quoted:
            f += 1
        if f < n and toks[f].text in {",", "."} and f > e + 2:
            first = toks[e + 2].low
            if first in DETERMINERS or toks[e + 2].cap or first in {"who", "whose"}:
                appos = text[toks[e + 2].start : toks[f - 1].end]
        g = e + 2
        while g < n and g - e < 8 and (toks[g].cap and not toks[g].quoted or toks[g].text == "."
                                       and _initials(toks[g - 1].text)):
            g += 1
        if g > e + 2 and (g == n or toks[g].text in {",", "."}) and not any(
            _role_head(t.low) or t.low in FUNCTION_WORDS for t in toks[e + 2 : g]
        ):
            appos_name = toks[e + 2 : g]  # "said the deputy campaign manager, Rich Beeson"
    # find the name: the last capitalised run in the NP
    caps = [x for x, tok in enumerate(np) if tok.cap]
    while len(np) > 1 and np[-1].text == ".":
        np = np[:-1]
    for_i = next((x for x, tok in enumerate(np) if tok.low in {"for", "of"}), None)
    if for_i is not None and for_i > 0 and np[for_i - 1].cap and np[0].cap:
        # "Representative Charles B. Rangel of New York": the name before "of"
        titles = lexicon().titles
        named = np[for_i - 1].low not in titles or any(  # "Rep. Peter T. King of New York"
            t.cap and t.low.rstrip(".") not in titles for t in np[: for_i - 1]
        )
        if len(split_title(np[:for_i])[1]) >= 1 and named and (
            np[for_i - 1].low not in ORG_HEADS  # "the Brennan Center for Justice" is one name
        ):
            np = np[:for_i]
    if np[-1].cap:
        start_run = len(np) - 1
        while start_run - 1 >= 0 and (np[start_run - 1].cap or np[start_run - 1].low in CONNECTORS
                                      or np[start_run - 1].text == "."):
            start_run -= 1
        for_i = next((x for x, tok in enumerate(np) if tok.low in {"for", "of"}), None)
        if for_i is not None and for_i > 0 and not np[0].cap and _role_head(np[for_i - 1].low):
            src = Source("role", np[0].start, np[-1].end, text[np[0].start : np[-1].end],
                         np[:for_i], appos, of_toks=np[start_run:])
            return src, k
        name = np[start_run:]
        src = Source("name", np[0].start, np[-1].end, text[np[0].start : np[-1].end], name, appos)
        return src, k
    head = next((x for x in range(len(np) - 1, -1, -1) if _role_head(np[x].low)), None)
    if head is not None and appos_name is not None:
        role = text[np[0].start : np[-1].end]
        return Source("name", appos_name[0].start, appos_name[-1].end,
                      text[appos_name[0].start : appos_name[-1].end], appos_name, role), k
    if head is not None:
        of_toks = None
        for_i = next((x for x, tok in enumerate(np) if tok.low in {"for", "of"}), None)
        if for_i is not None and caps and caps[-1] > for_i:
            of_toks = np[for_i + 1 :]
            np_head = np[: for_i]
        else:
            np_head = np[: head + 1]
        src = Source("role", np[0].start, np[-1].end, text[np[0].start : np[-1].end], np_head,
                     appos, of_toks)
        return src, k
    if np[0].low in INDEFINITE and len(np) >= 2 and not any(t.cap for t in np) and (
        np[-1].text.isalpha() and i >= 1 and toks[i - 1].quoted
        and toks[i - 1].text in _CLOSING_MARKS
    ):  # right after a quotation (not "..., suggests a degree of professionalism")
        # "..., wrote one reviewer in Rolling Stone": someone unnamed (not the last speaker)
        return Source("other", np[0].start, np[-1].end, text[np[0].start : np[-1].end], np), k
    return None


MAX_CLAUSE = 1500  # characters: a reported clause longer than this is a run-on, not news prose


def _trim_content(text: str, s: int, e: int, keep_end: bool = False) -> tuple[int, int]:
    if e - s > MAX_CLAUSE:
        if keep_end:
            s = e - MAX_CLAUSE
        else:
            e = s + MAX_CLAUSE
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:!?—–-"):
        e -= 1
    return s, e


_STORY = re.compile(r"(?:the|a)[ \u00a0]+(?:story|tale|stories|tales)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\w{4,}[.!?](?:\s|$)")
_QUOTE_MARK = re.compile("[\"“«]|''")
_NAMES_THING = re.compile(r"[ \u00a0]+(?:the|a|an|it|this|that|his|its|their)\b")
# cues whose next noun phrase is their object, never an inverted speaker
_OBJECT_FIRST = frozenset("tell thank praise blame accuse credit criticise criticize slam "
                          "attack label brand dub call describe".split())


def _content_after(
    toks: list[Token], last: int, lemma: str, sent_end: int, text: str, subordinate: bool = False
) -> tuple[int, int] | None:
    lex = lexicon()
    n = len(toks)
    a = last + 1
    # "told reporters (at a press conference) that ...": find "that" nearby
    telling = toks[last].low in lex.tell_forms
    limit = min(n, a + (10 if telling else 8))
    that = None
    in_pp = False
    for x in range(a, limit):
        tx = toks[x]
        if tx.quoted or tx.text in {",", ";", ":", "."}:
            break
        if tx.low == "that":
            that = x
            break
        in_pp = in_pp or tx.low in PREPS
        if not (telling or in_pp or tx.cap or tx.low in DETERMINERS
                or tx.low in WEEKDAYS or tx.low in ADJUNCT_WORDS):
            break  # (inside a prepositional phrase: "declared in a heated argument that")
    if that is not None:
        a = that + 1
    else:
        if toks[last].low in lex.tell_forms and a < n and not toks[a].quoted:
            if toks[a].low in OBJECT_PRONOUNS or toks[a].low in {"reporters", "journalists"}:
                a += 1
            else:
                b = a
                if toks[b].low in DETERMINERS:
                    b += 1
                while b < n and not toks[b].cap and _role_head(toks[b].low):
                    b += 1
                if b < n and toks[b].cap:
                    while b < n and (toks[b].cap or toks[b].text == "'s") and not toks[b].quoted:
                        b += 1
                    a = b
        while a < n and not toks[a].quoted and (
            toks[a].low in WEEKDAYS or toks[a].low in _TIME_AFTER_CUE
        ):
            a += 1  # "said late last month", "said on Tuesday"
        if a < n and toks[a].text == "," and not toks[a].quoted:
            close = next((x for x in range(a + 1, min(n - 1, a + 10)) if toks[x].text == ","
                          or toks[x].quoted), None)
            if close is not None and not toks[close].quoted and toks[close + 1].low == "that":
                a = close + 1  # "said, apparently for the first time, that ..."
            elif not (a + 1 < n and toks[a + 1].quoted):
                return None  # "said Wednesday, previewing ...": no reported clause after
        while a < n and toks[a].text in {",", ":"} and not toks[a].quoted:
            a += 1
    if a >= n:
        return None
    s = toks[a].start
    e = sent_end
    # stop before ", adding ..." / ", according to ..." / ", while ..."
    for x in range(a + 1, min(n - 1, a + 80)):
        if (toks[x].low == "and" and not toks[x].quoted and toks[x + 1].low in lex.speech_forms
                and not toks[x + 1].quoted):
            e = toks[x].start  # "called it “shameful” and called on leaders ...": two acts
            break
        if toks[x].text != ",":
            continue
        cut = toks[x].start
        y = x + 1
        if toks[x].quoted:
            # 'at “less advanced schools,” Trump said': the comma inside the closing mark
            if not (x + 2 < n and toks[y].quoted and toks[y].text in _CLOSING_MARKS
                    and not toks[y + 1].quoted):
                continue
            cut, y = toks[y].end, y + 1
        nx = toks[y]
        if subordinate or nx.low in {"according", "but"} or (
            nx.low.endswith("ing") and nx.low in lex.speech_forms
        ):
            e = cut  # "While X says CONTENT, MAIN CLAUSE"
            break
    s, e = _trim_content(text, s, e)
    return (s, e) if e > s else None


_CLOSING_MARKS = frozenset("\"”’'»")
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
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
# after an inverted cue's name ("said Gardener afterwards"; weekdays only in lower case)
_AFTER_NAME = WEEKDAYS | frozenset("afterwards later earlier recently then too also again".split())
_QUANTITY_WORDS = frozenset("almost around roughly just only half fewer less".split())
_COUNTRY_CODES = frozenset("US USA UK UAE".split())
_FINITE_AUX = frozenset("is are was were has have had will would".split())
_AGENTS = frozenset(
    "official officials aide aides adviser advisers staffer staffers representative "
    "representatives".split()
)
_BUT = re.compile(r",?\s+but\b")
_SECOND_ACT = re.compile(r"[\s,]*(?:and|but)\s+([a-z]+)(?:\s+(?:on|for|to|up|out|back)\b)?\s*")


# what a body or person issues, and that "says" things in their name
_AUTHORED = frozenset(
    "statement email e-mail memo letter release post tweet ad advertisement website lawsuit "
    "suit complaint filing report editorial affidavit message video".split()
)
_ANY_AUTHORED = re.compile(r"\b(?:" + "|".join(sorted(_AUTHORED)) + r")s?\b", re.IGNORECASE)


_AUTHORED_RE = {n: re.compile(rf"\b{re.escape(n)}s?\b", re.IGNORECASE) for n in _AUTHORED}


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
        if not (spokes or toks[-1].low in _AUTHORED):
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


_ADJUNCT_PREPS = frozenset("at during".split())  # ("Partisans on both sides warn": no name)


def _name_before_adjunct(
    toks: list[Token], np: Source, f: int, text: str
) -> tuple[Source, int] | None:
    """A name that opens the clause, followed by a time or place phrase the left scan took for
    the subject ("Trump at the time said", "Sanders during a rally thanked"), else None."""
    if np.toks and np.toks[0].cap and np.toks[0].low not in FUNCTION_WORDS:
        k = 0
        while k < len(np.toks) and np.toks[k].cap:
            k += 1
        if 0 < k < len(np.toks) and np.toks[k].low in _ADJUNCT_PREPS:
            return _source("name", np.toks[:k], text), f
        return None
    if f >= 2 and (toks[f - 1].low in _ADJUNCT_PREPS or toks[f - 1].low == "in") and (
        toks[f - 2].cap and not (toks[f - 2].quoted or toks[f - 2].low in FUNCTION_WORDS)
    ):
        k = _name_run_left(toks, f - 2, 0)
        while k < f - 2 and toks[k].low in FUNCTION_WORDS:
            k += 1
        if toks[f - 1].low == "in" and (f - 1 - k < 2 or toks[k].low in FUNCTION_WORDS):
            return None  # "Jeb Bush in a Medium post said"; not "Partisans in ...": a full name
        if k == 0 or toks[k - 1].low in {"that", ",", "and", "but", "while"} or toks[k - 1].quoted:
            return _source("name", toks[k : f - 1], text), k
    return None


_CONTRACTED = frozenset("m re ve ll d".split())


def _pronoun(t: Token) -> Source | None:
    """A subject pronoun, also contracted ("I'm", "They’re": the pronoun alone), else None."""
    if t.low in SUBJ_PRONOUNS:
        return Source("pronoun", t.start, t.end, t.text, [t])
    for mark in "'’":
        head, sep, tail = t.low.partition(mark)
        if sep and head in SUBJ_PRONOUNS and tail in _CONTRACTED:
            return Source("pronoun", t.start, t.start + len(head), t.text[: len(head)], [t])
    return None


def _owned_person(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a possessive followed by a person's first name and surname ("The
    Blaze’s Matt Walsh")?"""
    return k + 2 < len(toks) and toks[k].text == "'s" and toks[k + 2].cap and (
        toks[k + 1].low in lexicon().first_name_gender and not toks[k + 1].quoted
    )


def _verb_after_name(src: Source) -> bool:
    """Does a left "noun phrase" hold a name and its verb ("Sanders emailed supporters")?"""
    toks = src.toks
    return any((a.cap or _role_head(a.low)) and not b.cap and b.low.endswith("ed") and (
        b.text.isalpha()) for a, b in zip(toks, toks[1:], strict=False))


def _find_attrs(toks: list[Token], text: str, sent: tuple[int, int]) -> list[Attr]:
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
        hit = _is_cue(toks, i)
        if hit is None:
            i += 1
            continue
        last, lemma = hit
        if (i > 0 and toks[i - 1].low in _MODALS or lemma in _BELIEFS) and attrs and (
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
            rs = _right_source(toks, last, text)
            if rs is None:
                # "according to some on Twitter": an attribution to an unnamed source
                e = last + 1
                while e < n and e - last <= 8 and toks[e].text not in NP_STOP and not (
                    toks[e].quoted
                ):
                    e += 1
                if e > last + 1:
                    np_toks = toks[last + 1 : e]
                    rs = (_source("other", np_toks, text), last + 1)
            if rs is not None:
                rs = _with_author(toks, rs, text)  # "according to a report by analysts Forrester"
                src = rs[0]
                np_end = src.end
                leads = i == 0 or toks[i - 1].text in {"—", "–"}
                if leads or i > 1 and toks[i - 1].text == "," and toks[i - 2].low in _OPENS_CLAUSE:
                    # "According to X, CONTENT", "..., because, according to X, CONTENT"
                    comma = next((t for t in toks[last + 1 : last + 40]
                                  if t.start >= np_end and t.text == ","), None)
                    if comma is not None:
                        content = _trim_content(text, comma.end, sent[1])
                if content is None and not leads:
                    content = _trim_content(text, sent[0], toks[i].start, keep_end=True)
        else:
            prev = toks[i - 1] if i > 0 else None
            participle = (
                toks[i].low.endswith("ing") and prev is not None and (not prev.quoted and (
                    prev.text in {",", "—"} or prev.low in {"before", "after", "while", "by",
                                                           "when", "and", "upon"}
                ) or prev.quoted and prev.text in _CLOSING_MARKS and toks[i - 2].text == ",")
            )  # ('... “win this race,” adding that ...': the comma inside the closing mark)
            left = None if participle else _left_source(toks, i, text)
            if left is not None and left[0].kind in {"role", "other"} and prev is not None and (
                prev.text == "," and last + 1 < n and toks[last + 1].cap and lemma != "tell"
            ) and (rs := _right_source(toks, last, text)) is not None and rs[0].kind == "name":
                left = None  # "..., forcing her to ..., said Brad Bannon": the name after speaks
            inverted_ok = prev is None or prev.text in {",", "—"} or (
                prev.quoted and (prev.text in _CLOSING_MARKS or (
                    # a closing mark typeset the wrong way round: “It's unusual,“ said X
                    prev.text in "“‘" and prev.start > 0 and not text[prev.start - 1].isspace()
                ))
            )
            if i == 0 and toks[0].low.endswith("ing") and (
                opener := _after_opening_clause(toks, last, text)
            ) is not None:
                # "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did
                # suggest ...": the subject of the main clause after the participle's
                src, first = opener, i
            elif participle:
                if attrs and attrs[-1].source is not None:
                    src = attrs[-1].source  # ", adding that ..." inherits the subject
                else:
                    src = _main_subject(toks, i, text)  # "On Tuesday, X endorsed Y, citing ..."
                    if src is None:
                        src = _opening_np(toks, i, text)  # "The businessman began ..., saying"
                first = i
            elif left is not None and toks[i].low.endswith("ing") and (left[0].kind in {
                "role", "other"
            } and left[1] > 0 and left[0].toks[0].low in DETERMINERS | {"a", "an", "the"} or (
                left[0].kind == "name" and left[1] > 0 and toks[left[1] - 1].low in _OBJECT_PREPS
                and toks[left[1] - 1].low not in {"with", "without"}  # "with X saying": X does
            )):  # (or "wrote in a statement to Wired explaining ...": not Wired)
                # "Trump and Ryan issued a statement describing ...": the subject speaks
                src = _main_subject(toks, left[1], text) or (
                    attrs[-1].source if attrs and attrs[-1].source else left[0])
                first = i
            elif left is not None and left[1] == 0 and left[0].kind in {"role", "other"} and (
                toks[i].low.endswith("ing") and _verb_after_name(left[0])
            ):
                # "Sanders emailed supporters saying ...": the name and its verb are no phrase
                src = _main_subject(toks, i, text) or _opening_np(toks, i, text) or left[0]
                first = i
            elif left is not None:
                src, first = left
            elif (pk := _skip_left(toks, i - 1)) >= 0 and (toks[pk].low in {"and", "but"} or (
                toks[pk].text == "," and toks[pk + 1].low == "then"  # "X paused, then said"
            )) and not toks[pk].quoted:  # (also "... and then tweeted")
                # "Rubio thanked Miami and said it was great to be home": the subject of the
                # clause before "and" ("When told X ..., Bush thought a moment and said")
                seg = pk - 1 if pk > 0 and toks[pk - 1].text == "," else pk
                lo = seg - 1
                while lo >= 0 and toks[lo].text not in {",", ";", "—"} and not toks[lo].quoted:
                    lo -= 1
                near = _main_subject(toks[lo + 1 : seg], seg - lo - 1, text) if (
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
                    src = attrs[-1].source if attrs and attrs[-1].source else _main_subject(
                        toks, i, text)
                first = i
            elif toks[i].low.endswith("ing") and prev is not None and not prev.cap and (
                prev.text.isalpha() and prev.low not in AUXILIARIES
                and prev.low not in FUNCTION_WORDS and any(t.quoted for t in toks[i + 1 : i + 10])
            ) and (ms := _main_subject(toks, i, text)) is not None and ms.kind in {
                "name", "pronoun"
            }:
                src = ms  # "Trump placed ads calling the deal a “mistake”": the subject's
                first = i
            elif inverted_ok and lemma not in _OBJECT_FIRST:
                # ("..., told BBC Wales", "..., thanked Obama for ...": the listener)
                rs = _right_source(toks, last, text)
                if rs is not None:
                    src = _with_author(toks, rs, text)[0]  # "..., predicts the report by BT"
            if src is None and not participle and prev is not None:
                other = _other_subject(toks, i, text)  # "Several said", "those surveyed said"
                if other is not None:
                    src, first = _name_before_adjunct(toks, other[0], other[1], text) or other
            if src is None:
                i = last + 1
                continue
            if src.start >= toks[last].end:
                # inverted: CONTENT, said X
                cut = toks[i - 1].start if i > 0 and toks[i - 1].text == "," else toks[i].start
                content = _trim_content(text, sent[0], cut, keep_end=True) if i > 0 else None
            else:
                before_src = first - 1
                w = _skip_left(toks, i - 1)
                sub = (first > 0 and toks[first - 1].low in SUBORDINATORS) or (
                    bool(toks) and toks[0].low in SUBORDINATORS and first < 12
                ) or (w >= 1 and toks[w].low == "who" and toks[w - 1].text == ",")
                # (", who said ..., ": the relative clause ends at its comma)
                after = _content_after(toks, last, lemma, sent[1], text, sub)
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
                    content = _trim_content(text, sent[0], cut, keep_end=True)
                    # parenthetical "..., he noted, the alliance will ..."
                    k = last + 1
                    while k < n and toks[k].low in WEEKDAYS:
                        k += 1
                    if k + 1 < n and toks[k].text == "," and not toks[k + 1].quoted and not (
                        toks[k + 1].low.endswith("ing") or toks[k + 1].low == "according"
                    ):
                        content = _trim_content(text, sent[0], sent[1])
                    elif k + 1 < n and toks[k].text == "," and toks[k + 1].quoted:
                        content = _trim_content(text, sent[0], sent[1])
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
            a.content = _trim_content(text, a.content[0], toks[cut].start)
    return attrs


_SUBJECT_STOP = CLAUSE_STOP | SUBORDINATORS | frozenset("; : — – ( ) [ ] ,".split())


def _other_subject(toks: list[Token], i: int, text: str) -> tuple[Source, int] | None:
    """The subject of a finite speech verb that is neither a name, a pronoun nor a role noun
    ("Several said", "most said", "those surveyed said"): the words back to the clause start.
    The speaker stays unknown, but the words are an attribution."""
    t = toks[i]
    prev = toks[i - 1]
    finite = t.low.endswith("ed") or t.low in {"said", "says", "told", "tells", "wrote", "writes"}
    if t.low not in lexicon().speech_forms or not finite or (
        prev.quoted or not prev.text.isalpha() or prev.low in _SUBJECT_STOP
        or prev.low in PREPS or prev.low in {"the", "a", "an"}
        or prev.low in AUXILIARIES  # "detours that had added up to 40 minutes"
    ):
        return None
    k = i - 1
    while k > 0 and i - k < 12 and not toks[k - 1].quoted and toks[k - 1].low not in (
        _SUBJECT_STOP
    ):
        k -= 1
    span = toks[k:i]
    if k > 0 and toks[k - 1].quoted and not (  # (but "“...,” one user commented")
        (span[0].low in INDEFINITE or span[0].low in NUMBER_WORDS) and len(span) <= 4
    ):
        return None
    caps = [x for x, tok in enumerate(span) if tok.cap and (x > 0 or tok.low not in FUNCTION_WORDS)]
    modifier = bool(caps) and caps[-1] + 1 < len(span) and _role_head(span[caps[-1] + 1].low)
    if caps and not modifier and all(  # (not "an FBI official": the name modifies the noun)
        span[x].cap or span[x].low in CONNECTORS for x in range(caps[0], caps[-1])
    ):
        # "The State Department less than two weeks ago said": the name inside
        return _source("name", span[caps[0] : caps[-1] + 1], text), k + caps[0]
    return _source("other", span, text), k


def _label_name(toks: list[Token]) -> list[Token] | None:
    """The tokens of a name that is all there is before a colon (a dash or bullet and a
    parenthesis like "(R-S.C.)" allowed), else None."""
    dashes = [x for x, t in enumerate(toks) if t.text in {"-", "—", "–", "*", "•"}]
    if dashes:
        toks = toks[dashes[-1] + 1 :]  # "- Jeffrey M. Jones:", "A HEADING - Carl Bialik:"
    if toks and toks[-1].text == ")":
        k = len(toks) - 1
        while k > 0 and toks[k].text != "(":
            k -= 1
        toks = toks[:k]
    if not 1 <= len(toks) <= 10 or not toks[0].cap or not toks[-1].cap:
        return None
    if toks[0].low in FUNCTION_WORDS or any(t.quoted for t in toks):
        return None
    if not all(t.cap or t.text == "." or t.low in CONNECTORS for t in toks):
        # "Former secretary of state Hillary Rodham Clinton:": the name after the role
        b = len(toks) - 1
        while b > 0 and (toks[b - 1].cap or toks[b - 1].text == "."):
            b -= 1
        if len(toks) - b >= 2 and toks[b].low in lexicon().first_name_gender and all(
            t.text.isalpha() for t in toks[:b]
        ):
            return toks[b:]
        return None
    if len(toks) > 6:
        return None
    if all(t.text.isupper() for t in toks if t.text.isalpha()) and len(toks) > 1:
        return None  # "WHAT'S BREWING:" a heading
    return toks


_TITLE_SMALL = frozenset(
    "a an the of and or in on at to for with by from vs is are was be into not as but nor so "
    "up".split()
)


def _one_capitalised_word(quoted: str) -> bool:
    word = quoted.strip(" ,.")
    return word[:1].isupper() and word.isalpha()


def _looks_like_title(quoted: str, cued: bool = True, longest: int = 8) -> bool:
    words = quoted.rstrip(",.").split()
    # US style puts the full stop inside the marks: “The Art of the Deal.” is still a title
    # when no speech cue introduces it
    end = quoted.rstrip(",") if cued else quoted.rstrip(",.")
    if not words or len(words) > longest or end.endswith((".", "!", "?")):
        return False
    alpha = [w for w in words if w[:1].isalpha()]
    return bool(alpha) and alpha[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _TITLE_SMALL for w in alpha
    ) and sum(w[0].isupper() for w in alpha) >= 2


def _indirect_ok(attr: Attr, text: str, toks: list[Token], starts: list[int]) -> bool:
    if attr.content is None or attr.source is None:
        return False
    if attr.lemma not in INDIRECT_LEMMAS and attr.lemma not in {"point out"}:
        return False
    s, e = attr.content
    words: list[Token] = []
    first = bisect_left(starts, s)
    for x in range(first, len(toks)):
        t = toks[x]
        if t.start >= e or len(words) >= 12:
            break
        if t.text[0].isalnum() or t.text == "'s":
            words.append(t)
    if len(words) < 3:
        return False
    # "In 2014, ..., according to the FBI", "After ..., the office said, ...": any opening
    before = e <= attr.cue_start or s < attr.source.start
    if (words[0].low in PREPS and not before) or words[0].low in {
        "so", "yes", "no", "nothing", "something", "and", "or", "but", "goodbye", "hello"
    }:
        return False
    that = first > 0 and toks[first - 1].low == "that"
    if attr.lemma == "add" and not (before or that) and words[0].low in {"a", "an", "another"}:
        return False  # "Joe Cole added a second", "she added another layer": an object
    if that or before:
        return True  # a that-clause, or the clause before "..., X said"
    if attr.lemma in BARE_CLAUSE:
        return True
    # other verbs take objects too ("wrote the letter"): a bare clause needs a verb
    return any(w.low in AUXILIARIES or (w.low.endswith("ed") and not w.cap) for w in words[1:])


class _Finder:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.paras = [(p.start, p.end) for p in article.paragraphs]
        self.index = EntityIndex()
        self.lex = lexicon()
        self._lower_words: set[str] | None = None
        self._common: dict[str, bool] = {}
        self._spokes_for: tuple[str, int] | None = None  # whom the last spokesperson spoke for

    def _common_word(self, word: str) -> bool:
        """A capitalised word that is no name: the article also writes it in lower case
        ("Hastily", "Inside", "Cost"), or a party adjective ("Republican")."""
        low = word.lower()
        known = self._common.get(low)
        if known is None:
            known = self._common[low] = self._is_common(low)
        return known

    def _is_common(self, low: str) -> bool:
        if low in self.lex.first_name_gender or self.index.by_last.get(low) or (
            low in self.lex.org_words or low.endswith("s")  # "State", "Pollsters": bodies
        ):
            return False
        if low in _PARTY_ADJECTIVES or low.endswith("ly") or low in _QUANTITY_WORDS:
            return True  # (opening a sentence: "Nearly 60% said", "Finally", "Almost half")
        if low not in self.text:  # a fast substring test settles most names ("smith")
            return False
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD.findall(self.text))
        return low in self._lower_words

    def run(self) -> list[Quote]:
        text = self.text
        marked = find_marked(text, self.paras)
        inside_marks = Inside([(q.open_mark, q.close_end) for q in marked])
        self.inside_marks = inside_marks
        inside_content = Inside([(q.start, q.end) for q in marked])
        # sentences and tokens of every paragraph
        # only sentences with a quote or a possible cue are tokenised in full
        single = self.lex.single_cue_words
        heads = self.lex.phrasal_heads
        phrasal_re = self.lex.phrasal_re
        q_starts = sorted(q.open_mark for q in marked)
        sents: list[list[tuple[tuple[int, int], list[Token]]]] = []
        for p_start, p_end in self.paras:
            row = []
            for s, e in sentences(text, p_start, p_end, inside_content):
                k = bisect_left(q_starts, s)
                if k < len(q_starts) and q_starts[k] < e:
                    cue = True  # a quote in the sentence
                else:
                    low = text[s:e].lower()
                    words = _WORDS.findall(low)
                    cue = not single.isdisjoint(words) or (
                        not heads.isdisjoint(words) and phrasal_re.search(low) is not None
                    )
                if cue:
                    row.append(((s, e), tokens(text, s, e, inside_marks)))
                else:
                    row.append(((s, e), []))
            sents.append(row)
        self._build_index(sents, inside_marks)
        by_para: dict[int, list[Marked]] = {}
        any_double = any(q.double for q in marked)
        for q in marked:
            if any_double and not q.double and q.paragraph == q.last_paragraph:
                p_start, p_end = self.paras[q.paragraph]
                if not text[p_start : q.open_mark].strip() and not text[
                    q.close_end : p_end
                ].strip(" .\t"):
                    continue  # a paragraph that is a single-quoted line: a subheading
            by_para.setdefault(q.paragraph, []).append(q)
        out: list[Quote] = []
        last_speaker: tuple[str | None, int, str | None, str | None] | None = None
        intro_speaker: tuple[str | None, str | None, str | None, str | None] | None = None
        all_attrs: list[list[list[Attr]]] = []
        for pi, row in enumerate(sents):
            all_attrs.append([])
            for (s, e), toks in row:
                attrs = _find_attrs(toks, text, (s, e))
                for x, a in enumerate(attrs):
                    # a speaker inside another attribution's reported clause ("X said the
                    # paper's Y had reported ...") is no antecedent for a later "he"; only
                    # nearby cues are looked at, so a run-on sentence stays linear
                    nested = any(b is not a and b.content is not None
                                 and b.content[0] <= a.cue_start < b.content[1]
                                 for b in attrs[max(0, x - 8) : x + 8]) and not (
                        _INTRODUCES_QUOTE.match(text, a.cue_end)
                    )  # ("..., to which O'Malley interjected: “...”" speaks, nested or not)
                    self._resolve(a, pi, salient=not nested)
                all_attrs[pi].append(attrs)
        for pi, row in enumerate(sents):
            para_quotes = by_para.get(pi, [])
            para_out: list[tuple[Quote, bool]] = []  # (quote, floating)
            pending_intro = intro_speaker
            intro_speaker = None
            opens = [q.open_mark for q in para_quotes]
            closes = [q.close_mark for q in para_quotes]
            spoken: list[tuple[int, int, Attr]] = []  # (sentence end, start, attribution)
            dropped: set[int] = set()  # quotation marks that hold no quote (titles)
            for si, ((s, e), toks) in enumerate(row):
                attrs = all_attrs[pi][si]
                spoken.extend((e, s, a) for a in attrs)
                sq = para_quotes[bisect_left(opens, s) : bisect_left(opens, e)]
                starts = [t.start for t in toks] if attrs else []
                for q in sq:
                    q_attrs = attrs
                    if q.last_paragraph > pi:  # multi-paragraph: the cue may follow the close
                        for (cs_, ce_), c_attrs in zip(
                            (span for span, _t in sents[q.last_paragraph]),
                            all_attrs[q.last_paragraph], strict=True
                        ):
                            if cs_ <= q.close_mark < ce_:
                                q_attrs = attrs + [a for a in c_attrs if a.cue_start > q.close_mark]
                    made = self._quote(q, (s, e), q_attrs, pi)
                    if made is not None:
                        para_out.append(made)
                    else:
                        dropped.add(q.open_mark)
                last_sentence = si == len(row) - 1
                if last_sentence and not sq and text[e - 1 : e] == ":" and not any(
                    a.intro for a in attrs
                ):
                    # "President Clinton released the following statement:" then the quote
                    subj = self._subject_speaker((s, e), e, pi)
                    if subj is not None and subj.source is not None and (
                        subj.source.kind == "name"
                    ):
                        intro_speaker = (subj.speaker, ":", subj.mention, subj.role)
                for a in attrs:
                    reported = _indirect_ok(a, text, toks, starts)
                    if a.intro or (last_sentence and a.speaker and not reported and not sq
                                   and a.lemma not in _BELIEFS):
                        # "X said:", "Howard continued his remarks." or "Schoen elaborated in
                        # an op-ed that ..." (no indirect quote of ours) before a quote paragraph
                        intro_speaker = (a.speaker, a.cue, a.mention, a.role)
                    if not reported or self._tells_story(a):
                        continue
                    assert a.content is not None
                    cs, ce = a.content
                    k = bisect_left(closes, cs)  # the first quote closing at or after cs
                    while k < len(para_quotes) and para_quotes[k].open_mark in dropped and (
                        _with_complementizer(text, cs) < cs
                    ):
                        k += 1  # "claimed that the “Smithsonian Museum” had ...": a title
                    if k < len(para_quotes) and para_quotes[k].open_mark < ce:
                        continue
                    para_out.append((Quote(a.speaker, "indirect", text[cs:ce], a.cue, cs, ce, pi,
                                           a.mention, a.role, _with_complementizer(text, cs),
                                           ce), False))
            # floating quotes: the speaker of the adjacent quote
            para_out.sort(key=lambda x: x[0].start)
            marked_q = [(qt, fl) for qt, fl in para_out if qt.kind != "indirect"]
            next_cued: list[Quote | None] = [None] * len(marked_q)
            upcoming: Quote | None = None
            for idx in range(len(marked_q) - 1, -1, -1):
                next_cued[idx] = upcoming
                if not marked_q[idx][1]:
                    upcoming = marked_q[idx][0]
            # a multi-paragraph quote of an earlier paragraph that ends in this one is the
            # quote a floating one after it follows ("¶“... game.¶“I have said ... us. “I felt")
            previous: Quote | None = next((
                c for c in reversed(out) if c.kind != "indirect"
            ), None) if out and out[-1].end > self.paras[pi][0] else None
            for idx, (qt, floating) in enumerate(marked_q):
                if not floating:
                    previous = qt
                    continue
                told = _told_before(spoken, qt, previous) if (
                    qt.kind == "direct" or self._opens_sentence(qt.start)
                ) else None
                donor = previous if previous is not None else next_cued[idx]
                if donor is not None and donor is not previous and qt.kind == "direct" and (
                    last_speaker is not None and last_speaker[1] == pi - 1
                    and not text[self.paras[pi][0] : qt.start].strip(" \u00a0\"'“‘")
                ) and _SENTENCE_END.search(
                    self._outside_quotes(qt.end, donor.start, para_quotes)
                ):
                    # '¶“A.” Hewitt played down his defeat ... “B,” said Hewitt': a sentence of
                    # narrative between them; A continues the last paragraph's speaker
                    donor = None
                if told is not None:
                    qt.speaker, qt.role, qt.speaker_mention = told.speaker, told.role, told.mention
                elif donor is not None:
                    qt.speaker, qt.role = donor.speaker, donor.role
                    qt.speaker_mention = donor.speaker_mention
                elif pending_intro is not None and idx == 0:
                    qt.speaker, qt.cue, qt.speaker_mention, qt.role = pending_intro
                elif last_speaker is not None and last_speaker[1] >= pi - 1:
                    qt.speaker, qt.role = last_speaker[0], last_speaker[2]
                    qt.speaker_mention = last_speaker[3]
                elif pi == 0 and qt.kind == "direct" and (lead := self._headline_person()):
                    # "Cecile Richards: 'I'm sick of ...'" then the quote, before anyone speaks
                    qt.speaker = lead
                if qt.speaker:
                    previous = qt
            kept: list[Quote] = []
            for fq, floating in para_out:
                if floating and fq.kind == "partial" and (
                    len(fq.text.split()) < (3 if fq.speaker else 6)
                ):
                    continue
                kept.append(fq)
            for kq in kept:
                # the latest speaker, reported or quoted: a quote that floats in the next
                # paragraph most often continues them
                if kq.speaker:
                    last_speaker = (kq.speaker, pi, kq.role, kq.speaker_mention)
                elif kq.kind != "indirect":
                    last_speaker = None
            if not para_quotes and not kept:
                last_speaker = None
            out.extend(kept)
        out.sort(key=lambda q: (q.start, q.end))
        return out

    # ---------------------------------------------------------------------------------------
    def _build_index(
        self, sents: list[list[tuple[tuple[int, int], list[Token]]]], inside: Inside
    ) -> None:
        idx = self.index
        for extra in (self.article.caption, self.article.headline):
            if extra:
                known = set(idx.entities) if extra is self.article.headline else None
                toks = tokens(extra, 0, len(extra), Inside([]))
                if extra is self.article.headline and _title_case(toks):
                    # "Bernie Sanders Beats Hillary Clinton In Oklahoma": only first name +
                    # surname pairs are names
                    first_names = self.lex.first_name_gender
                    for x in range(len(toks) - 1):
                        pair = toks[x : x + 2]
                        if pair[0].low in first_names and pair[1].cap and (
                            pair[1].low not in FUNCTION_WORDS and pair[1].text.isalpha()
                        ):
                            idx.add_run(pair, -1, -1, subject=False, text=extra)
                else:
                    self._runs(toks, -1, -1, extra)
                if known is not None and toks and toks[0].cap and not any(
                    t.text in {"'s", "’s"} for t in toks[:4]
                ):
                    # the headline's subject: the name it opens with ("Goldsmith: 'I was not
                    # leant on'", "Putin backs state grab"; not "Howard's unfinished business")
                    lead = toks[0].low
                    idx.headline_subject = next((n for n in idx.entities if n not in known
                                                 and lead in n.lower().split()), None)
        text = self.text
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
                    self._runs(toks, pi, 0, text)
                    continue
                # untokenised sentence: tokenise a small window around each capitalised run
                for m in _CAP_RUN.finditer(text, s, e):
                    ws, we = m.start(), m.end()
                    if we - ws < 12 and text[ws:we].lower() in FUNCTION_WORDS:
                        continue  # "The", "But", "In": no name
                    before = _PREV_WORD.search(text, max(s, ws - 30), ws)
                    if before is not None and _role_head(before.group(1)) or text[
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
                    self._runs(window, pi, 0, text, only=j, at_start=not lead or (
                        lead.strip(" ,").lower() in FUNCTION_WORDS) or (
                        lead.endswith(",") and first_word in FUNCTION_WORDS
                        and lead.count(",") == 1 and len(lead) < 120)
                        or _COORDINATED.search(lead) is not None  # "..., but Christie was"
                        or _role_lead(lead)  # "Obama consultant Cornell Bell picked up"
                        or lead.endswith(",") and lead.count(",") == 1 and len(lead) < 150 and (
                            first_word.endswith("ing") or first_word in _PP_HEADS
                        ) and _VERB_NEXT.match(text, m.end()) is not None)  # "Filling in, X met"
        self._drop_epithets()
        idx.finish()

    def _drop_epithets(self) -> None:
        """A headline's "Fuming Robinson", "Understated Perez", "Prodigy Monfils": an
        adjective or common noun before a surname is no first name, so the surname in the body
        must not find that "full name"."""
        for name, ent in self.index.entities.items():
            if ent.first >= 0 or " " not in name:
                continue
            first = name.split(" ", 1)[0]
            low = first.lower()
            if low not in self.lex.first_name_gender and (
                low.endswith(_EPITHET_ENDINGS) or low in self.lex.places
                or self._common_word(first)
            ):
                self.index.forget_full_name(name)

    def _runs(
        self, toks: list[Token], pi: int, base: int, text: str, only: int = -1,
        at_start: bool = False,
    ) -> None:
        n = len(toks)
        j = 0 if only < 0 else only
        carried = -1
        while j < n:
            t = toks[j]
            if not t.cap or t.low in FUNCTION_WORDS and not (j + 1 < n and toks[j + 1].cap):
                j += 1
                continue
            k = j
            nick: tuple[int, int] | None = None
            while True:
                if k + 1 < n and (
                    toks[k + 1].cap or (joins_name(toks[k].low, toks[k + 1].low) and k + 2 < n
                                        and toks[k + 2].cap)
                    or (toks[k + 1].text == "." and (_initials(toks[k].text) or toks[k].low in
                                                      lexicon().titles))  # "G.K. Norris"
                ):
                    k += 1
                elif nick is None and k + 1 < n and toks[k + 1].quoted and not t.quoted and (
                    after := _nickname(toks, k + 1)
                ) > k + 1:
                    nick = (k + 1, after)  # Juan “Chico” Manriquez: the name without it
                    k = after
                else:
                    break
            run = toks[j : k + 1]
            if nick is not None:
                run = toks[j : nick[0]] + toks[nick[1] : k + 1]
            # lower-case role words before the run: "Democratic nominee Hillary Clinton"
            prefix = ""
            b = j
            while b - 1 >= 0 and j - b < 4 and not toks[b - 1].cap and _role_head(toks[b - 1].low):
                b -= 1
            if b < j:
                b2 = b
                if b2 >= 1 and (w := toks[b2 - 1]).text.isalpha() and not w.cap and not (
                    w.low in FUNCTION_WORDS or w.low in self.lex.speech_forms
                    or w.low.endswith(("ly", "ed", "ing"))
                ):
                    b2 -= 1  # the post's own word: "said economy minister Heizo Takenaka"
                while b2 - 1 >= 0 and b - b2 < 4 and (
                    toks[b2 - 1].cap or toks[b2 - 1].text == "'s"
                    or toks[b2 - 1].low in lexicon().titles  # "presidential nominee"
                ):
                    b2 -= 1
                prefix = text[toks[b2].start : toks[j - 1].end]
            pos = t.start if pi >= 0 else -1
            # the subject: the sentence's first words, or after an opening "But" / "However,"
            subject = (j == 0 or (toks[0].low in FUNCTION_WORDS and (
                j == 1 and toks[0].low not in SUBORDINATORS  # not "If Trump loses, he said"
                or toks[j - 1].text == "," and _opener(toks, j - 1)))
                or j >= 2 and toks[j - 1].low in {"but", "and", "yet", "so"} and (
                    toks[j - 2].text in {",", ";"}  # "..., but Christie wasn't having it"
                ) and k + 1 < n and toks[k + 1].text.isalpha()  # (not "..., and Ted Cruz.")
                or j >= 3 and toks[j - 1].text == "," and _opener(toks, j - 1) and (
                    not any(x.cap for x in toks[1 : j - 1])  # "Just a few months ago, X ..."
                    or k + 1 < n and _verb_like(toks[k + 1])  # "Filling in for Y, West landed"
                    and toks[0].low.endswith("ing") or toks[0].low in _PP_HEADS
                )
            ) if only < 0 else at_start
            if j == 0 and toks[0].low in SUBORDINATORS and len(run) > 1:
                subject = False  # the run swallowed the opening "If": "If Tom Alder loses, ..."
            if carried == j:
                subject = True
            if subject:
                # "Clinton campaign Chairman John Podesta said": the person after the
                # lower-case role words is the subject, not the body before them
                r = k + 1
                while r < n and r - k <= 3 and not toks[r].cap and _role_head(toks[r].low):
                    r += 1
                if r == k + 1 and (a := _name_after_role(toks, k, n)) > 0:
                    r = a  # ("Republican presidential candidate Donald Trump has": an adjective)
                if r > k + 1 and r < n and toks[r].cap and not toks[r].quoted:
                    subject, carried = False, r
                elif r == k + 1 and _owned_person(toks, k + 1):
                    subject, carried = False, k + 2  # "Fox News’ Bret Baier noticed"
                elif r > k + 1:
                    subject = False  # "The AP report was ...": the name modifies the subject
            after_the = j > 0 and toks[j - 1].low == "the"
            key = self.index.add_run(list(run), pos, pi, subject=subject, prefix_role=prefix,
                                     after_the=after_the, text=text)
            # appositive: "Jens Stoltenberg, NATO's chief, ..."
            if key and k + 2 < n and toks[k + 1].text == ",":
                f = k + 2
                while f < n and f - k < 12 and toks[f].text not in {",", ".", ";"} and not (
                    toks[f].quoted
                ):
                    f += 1
                if f < n and toks[f].text in {",", "."} and f > k + 2 and not any(
                    _is_cue(toks, x) for x in range(k + 2, f)
                ):
                    first = toks[k + 2]
                    if first.low in {"the", "a", "an"} or (
                        first.cap and f < n and any(_role_head(x.low) for x in toks[k + 2 : f])
                    ):
                        self.index.add_role(key, text[first.start : toks[f - 1].end])
            if key and j >= 3 and toks[j - 1].text == "," and k + 1 < n and (
                toks[k + 1].text == ","
            ):
                # the role before the name: "The Democratic front-runner, Hillary Clinton, ..."
                b = j - 2
                while b > 0 and j - b < 8 and toks[b - 1].text not in NP_STOP and not (
                    toks[b - 1].quoted or toks[b - 1].low in CLAUSE_STOP
                ):
                    b -= 1
                if toks[b].low in {"the", "a", "an"} and b < j - 2 and (
                    not toks[j - 2].cap and _role_head(toks[j - 2].low)
                ):
                    self.index.add_role(key, text[toks[b].start : toks[j - 2].end])
            if only >= 0 and carried <= k:
                return
            j = carried if only >= 0 else k + 1  # (a window goes on to the owned person)

    def _resolve(self, a: Attr, pi: int, salient: bool = True) -> None:
        src = a.source
        if src is None:
            return
        idx = self.index
        a.mention = src.text
        speaker: str | None = None
        role: str | None = None
        if src.kind == "name":
            title, name = split_title(src.toks)
            speaker = idx.canonical(name, title)
            the = src.text[:4].lower() == "the " or (
                self.text[max(0, src.start - 4) : src.start].lower() == "the ")
            if the and (words := _title_words(src.toks)):
                # "the Bishop said", "the Prime Minister said": the person who holds the title
                speaker = idx.resolve_role(words, src.start, pi, definite=False) or speaker
            if name and name[-1].low in _PARTY_NOUNS and not any(
                t.low in self.lex.first_name_gender for t in name
            ):
                # "a South Carolina Republican said": a description, no name; "the Republican
                # said": the person the article has been reporting
                speaker = idx.recent_person(src.start, pi) if the else None
            elif len(name) == 1 and not title and speaker == name[0].text and (
                name[0].low in self.lex.demonyms
            ):
                # "the Argentine said": the person the article calls Argentine ("Argentine
                # David Nalbandian"), else no one; "Britons said", "Russian officials": no one
                speaker = idx.holder_of(name[0].low, src.start) if the and not (
                    name[0].low.endswith("s") and name[0].low[:-1] in self.lex.demonyms
                ) else None
            elif len(name) == 1 and not title and speaker == name[0].text and (
                self._common_word(speaker) or name[0].low in GROUP_PRONOUNS
                or name[0].low.split("-")[0] in NUMERALS
            ):
                speaker = None  # "Several said", "Hastily ...", "Three-quarters said": no name
            if src.appos:
                idx.add_role(speaker or "", src.appos)
                if any(_role_head(w) and lexicon().role_kind.get(w, "person") != "org"
                       for w in src.appos.lower().split()):
                    idx.mark_person(speaker)  # "Hans Reckers, a board member of ..."
            elif title and any(t.low.rstrip(".") in lexicon().titles for t in title):
                idx.mark_person(speaker)
        elif src.kind == "pronoun":
            speaker = idx.fullest(idx.resolve_pronoun(src.text, src.start, pi, self._common_word),
                                  self.lex.pronoun_gender.get(src.text.lower()))
            if speaker is None and src.text.lower() == "it" and self.text[
                max(0, src.start - 3) : src.start
            ].rstrip()[-1:] in _SENTENCE_LEFT:  # (its sentence's subject, not "after it said")
                speaker = self._author(_ANY_AUTHORED, src.start, pi)  # "It stated that ..."
        elif src.kind == "other":
            # "The Democratic front-runner and former secretary of state said": a role noun
            words = [t.low for t in src.toks if t.text.isalpha()]
            if "of" in words:
                words = words[: words.index("of")]  # "former secretary of state"
            heads = [x for x, w in enumerate(words) if _role_head(w)]
            if heads:
                definite = words[0] in {"the", "his", "her", "its", "their"}
                speaker = idx.resolve_role(words[: heads[-1] + 1], src.start, pi, definite)
            owner = next((x for x, t in enumerate(src.toks) if t.text == "'s" and x > 0), None)
            if speaker is None and owner is not None and src.toks[owner - 1].cap:
                # "according to Axelrod's memoir": the owner of the words
                first = _name_run_left(src.toks, owner - 1, 0)
                _t, name = split_title(src.toks[first:owner])
                speaker = idx.canonical(name)
        elif src.kind == "role":
            words = [t.low for t in src.toks if t.low not in DETERMINERS and t.text != "'s"]
            first_word = src.toks[0].low if src.toks else ""
            definite = first_word in {"the", "his", "her", "its", "their"} or (
                len(src.toks) > 1 and src.toks[0].cap and first_word not in INDEFINITE
            )  # ("Russia's president"; not "Officials said": some of a group)
            spokes = bool(src.toks) and self.lex.role_kind.get(src.toks[-1].low) == "spokes"
            body_owner = _body_owner(src.toks, spokes)
            possessor = _POSSESSIVES.get(first_word)
            if len(src.toks) < 2 or not (
                src.toks[-1].low in _OWNED_BODIES or src.toks[-1].low in _AUTHORED or spokes
            ):
                possessor = None  # (only a body, document or spokesperson speaks for its owner)
            if possessor is not None or body_owner is not None:
                # "his report said", "her campaign said", "the Sanders campaign said", "Mr
                # Kok's report said": the owner; "his spokesman", "Mr Blair's spokesman": the
                # spokesman the article names, else the owner
                speaker = idx.resolve_role(words, src.start, pi, definite) if spokes else None
                if speaker is None and possessor is not None:
                    speaker = idx.fullest(
                        idx.resolve_pronoun(possessor, src.start, pi, self._common_word),
                        self.lex.pronoun_gender.get(possessor))
                elif speaker is None and body_owner is not None:
                    speaker = idx.fullest(idx.canonical(body_owner))
            elif self.lex.role_kind.get(src.toks[-1].low) == "org" and not src.of_toks and (
                named := self._named_before_role(src.toks)
            ) is not None:
                speaker = named  # "the Reuters news agency said": the body it names
            elif first_word not in {"one", "another"} and first_word not in NUMBER_WORDS:
                # ("one former staffer", "another official": someone the article does not name)
                plain = first_word == "the" or len(src.toks) > 2 and src.toks[1].text in {
                    "'s", "’s"} and src.toks[0].low in self.lex.places  # "Russia's president"
                described = _RELATIVE_NEXT.match(self.text, src.end) is not None
                speaker = idx.resolve_role(words, src.start, pi, definite, plain, described)
            if speaker is None and src.of_toks:
                _t, name = split_title([t for t in src.of_toks if t.low != "the"])
                speaker = idx.canonical(name)
            if len(src.toks) == 1 and src.text == src.toks[0].text and src.toks[0].cap and (
                self.lex.role_kind.get(first_word) == "org"
            ):
                # "Police said": the force the article names ("Greater Manchester Police"),
                # else the police
                named = idx.resolve_role(words, src.start, pi, True)
                speaker = named if named and first_word in named.lower().split() else (
                    src.toks[0].text)
            body = [t.low for t in (src.of_toks or src.toks[-4:])]
            if speaker is None and self.lex.role_kind.get(body[-1] if body else "") == "org" and (
                src.of_toks and body[:-1] == ["the"] or len(body) == 4 and body[1:3] == [
                    "for", "the"] and (self.lex.role_kind.get(body[0]) == "spokes"
                                       or body[0] in _AGENTS)
            ):
                # "a spokesman for the company", "a source at the club": the company or club
                # the article has been naming
                speaker = idx.resolve_role(body[-1:], src.start, pi, True)
            if speaker is None:
                # "A Labour Party spokesman said": the body speaks through them
                speaker = self._named_before_role(src.toks)
            if speaker is None and spokes and not definite and len(words) == 1 and (
                not src.of_toks
            ):
                # "Sky denied the claim. A spokesperson said: ...": for whoever just spoke
                speaker = idx.recent_speaker(src.start, pi)
            if speaker is None and spokes and definite and self._spokes_for is not None and (
                self._spokes_for[1] >= pi - 2
            ):
                speaker = self._spokes_for[0]  # "said a Home Office spokesman ... the spokesman"
            elif spokes:
                # the spokesperson a later "the spokesman" means (none: "a Tory spokeswoman")
                self._spokes_for = (speaker, pi) if speaker is not None else None
        by = next((x for x, t in enumerate(src.toks) if t.low in {"from", "by"}), None) if (
            src.kind in {"role", "other"}) else None
        if speaker is None and by is not None:
            # "according to a post from Arianna Huffington", "a report by analysts Forrester":
            # the author of the words
            speaker = self._author_named(src.toks[by + 1 :])
        if speaker is None and src.kind in {"role", "other"} and len(src.toks) >= 2 and (
            src.toks[0].low in {"the", "this", "that"} and src.toks[-1].low in _AUTHORED
        ):
            # "the ADB report said": the body named before it; "the statement said": its issuer
            speaker = self._named_before_role(src.toks) or self._author(
                _AUTHORED_RE[src.toks[-1].low], src.start, pi)
        if speaker is not None and self._spokes_for is not None and (
            speaker != self._spokes_for[0]
        ):
            self._spokes_for = None  # someone else spoke since
        ent = idx.entity(speaker)
        if ent is not None:
            role = ent.display_role()
        if speaker:
            if salient and not (a.lemma in NAMING and _NAMES_THING.match(
                self.text, a.cue_end
            ) and not _QUOTE_MARK.search(
                self.text, a.cue_end, a.content[1] if a.content else a.cue_end + 200
            )):
                # ("Donald Trump, who has called the notion a hoax": naming, not speech that a
                # later "he said" continues; "Capellas called with an offer" phoned)
                idx.add_speaker(src.start, speaker, pi)
        a.speaker, a.role = speaker, role

    def _named_before_role(self, toks: list[Token]) -> str | None:
        """Whom "a Labour Party spokesman", "a White House aide", "a UKIP spokesman" speak for,
        whose "the ADB report" is: the name before the role or document noun, when it is two
        words or more, an acronym, or a name the article uses more than once or that spoke
        before (not "a Conservative spokeswoman", "a German official", "a US company")."""
        h = len(toks)
        if not h or self.lex.role_kind.get(toks[-1].low) not in {"spokes", "org"} and (
            toks[-1].low not in _AGENTS and toks[-1].low not in _AUTHORED
        ):
            return None  # ("a New Hampshire voter", "a Twitter user": they speak for no one)
        if h == 1 or not toks[-1].cap:
            h -= 1  # the head noun ("Police said"; but "Federal Election Commission" is a name)
        while h > 0 and not toks[h - 1].cap and _role_head(toks[h - 1].low):
            h -= 1
        r = h
        while r > 0 and toks[r - 1].cap and toks[r - 1].low not in NOUN_DETS | INDEFINITE:
            r -= 1
        run = toks[r:h]
        if not run or r > 1 or r == 1 and toks[0].low not in NOUN_DETS | INDEFINITE:
            return None
        idx = self.index
        while run and run[0].low in {"former", "ex", "then"}:
            run = run[1:]  # ("Former Carson advisers")
        while run and run[0].low.endswith("-based"):
            run = run[1:]  # "The Florida-based Falic group"
        if not run or " ".join(t.low for t in run) in self.lex.places or (
            run[0].text in _COUNTRY_CODES or all(t.low in self.lex.demonyms for t in run)
        ):
            return None  # "the New York company", "the US firm", "a South Korean official"
        name = idx.canonical(run)
        if len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1:
            return run[0].text  # "a UKIP spokesman": UKIP, not "Suffolk Coastal UKIP"
        if len(run) == 1 and (
            run[0].low in _PARTY_ADJECTIVES or self._common_word(run[0].text) or not (
                (ent := idx.entity(name)) is not None and ent.count >= 2
                or any(m.name == name and m.pos < toks[0].start for m in idx.speakers)
            )
        ):
            # (one word: a name the article uses more than once, or someone who spoke
            # before: "a Google spokesperson"; not "a Conservative spokeswoman")
            return None
        return idx.only_longer(name) if name else None

    def _author_named(self, toks: list[Token]) -> str | None:
        """The name after "by"/"from" ("Arianna Huffington", "analysts Forrester", "the
        consultancy Gartner"), when the words end in one."""
        k = 0
        while k < len(toks) and not toks[k].cap and (
            toks[k].low in DETERMINERS or _role_head(toks[k].low) or toks[k].low in _ANALYSTS
            or k < 3 and toks[k].text.isalpha() and toks[k].low not in FUNCTION_WORDS
        ):
            k += 1  # ("by telecoms giant BT")
        run = toks[k:]
        while run and run[0].low.endswith("-based"):
            run = run[1:]  # ("UK-based analysts ...")
        if not run or not all(t.cap for t in run) or any(_role_head(t.low) for t in run):
            return None
        lex = self.lex
        if all(t.low in lex.demonyms or t.text in _COUNTRY_CODES
               or t.low.rstrip("s") in lex.demonyms for t in run) or (
            len(run) == 1 and run[0].low in ORG_HEADS
        ):
            return None  # "by the British", "by UK ...", "from the Institute": no name
        _t, name = split_title(run)
        return self.index.canonical(name)

    def _author(self, nouns: re.Pattern[str], pos: int, pi: int) -> str | None:
        """Who issued the statement (email, memo ...) a later "the statement said" or "it said"
        quotes: the named subject of the sentence that first mentioned it ("issued a
        statement"), in this or the previous paragraph ("Fox News issued a statement ...
        “...,” the statement said")."""
        text = self.text
        lo = self.paras[max(0, pi - 1)][0]
        mentions = [lo + m.start() for m in nouns.finditer(text[lo:pos])]
        for at in reversed(mentions[-4:]):
            para = next(s for s, e in reversed(self.paras) if s <= at)
            stop = text.rfind(". ", para, at)
            start = stop + 2 if stop >= 0 else para
            toks = tokens(text, start, at, self.inside_marks)
            if not toks or toks[-1].quoted or len(toks) > 40:
                return None
            det = next((t for t in reversed(toks[-5:]) if t.low in {
                "a", "an", "the", "its", "his", "her", "their", "this", "that"}), None)
            if det is None:
                return None
            noun = nouns.match(text, at)
            after = [] if noun is None else tokens(
                text, noun.end(), min(len(text), noun.end() + 80), self.inside_marks)
            if after and after[0].low in {"by", "from"} and (
                named := self._author_named(_cap_tail(after[1:]))
            ) is not None:
                return named  # "a report by analysts Forrester ... the report predicted"
            if det.low not in {"a", "an"}:
                continue  # "the email read": back to where it was first mentioned
            d = toks.index(det)
            if d > 0 and toks[d - 1].low in self.lex.speech_forms:
                # "..., said a World Bank report": the report spoke first, for the body it
                # names ("Users are an odd mix, suggests a report": no one)
                end = noun.end() if noun is not None else at
                return self._named_before_role(tokens(text, det.start, end, self.inside_marks))
            if toks[0].quoted:
                # "“...,” Fox News said in a statement": whoever spoke in that sentence
                return next((m.name for m in reversed(self.index.speakers)
                             if start <= m.pos < at), None)
            subj = _main_subject(toks, len(toks), text)
            if subj is None or subj.kind != "name" or any(
                t.cap or t.low == "that" for t in toks if t.start >= subj.end
            ):
                return None  # ("The Times said Cook provided a statement": not the Times')
            title, name = split_title(subj.toks)
            return self.index.fullest(self.index.canonical(name, title))
        return None

    def _headline_person(self) -> str | None:
        """The person the headline opens with, when it opens with a label ("Name: ...")."""
        idx, head = self.index, self.article.headline or ""
        lead = idx.headline_subject
        if lead is None or idx.entities[lead].kind != "person" or ":" not in head[:60]:
            return None
        return idx.fullest(lead)

    def _label_speaker(self, q: Marked, sent: tuple[int, int]) -> Attr | None:
        """`Name: “...”`: "Rep. Trey Gowdy (R-S.C.): “...”", "- Jeffrey M. Jones: “...”", a
        name as the label of the quote."""
        colon = self.text.rfind(":", sent[0], q.open_mark)
        toks = tokens(self.text, sent[0], colon, self.inside_marks)
        label = _label_name(toks)
        if label is None:
            return None
        named = _source("name", label, self.text)
        a = Attr(len(toks) - 1, toks[-1].start, toks[-1].end, ":", "say", named, None, 0)
        self._resolve(a, q.paragraph)
        return a

    def _colon_speaker(self, q: Marked, sent: tuple[int, int]) -> Attr | None:
        """`Name verb: “...”` with a verb the lexicon does not know: the name speaks."""
        labelled = self._label_speaker(q, sent)
        if labelled is not None:
            return labelled
        colon = self.text.rfind(":", sent[0], q.open_mark)
        toks = tokens(self.text, sent[0], colon, self.inside_marks)
        if len(toks) < 2 or len(toks) > 40:
            return None
        verb = toks[-1]
        if not verb.cap and verb.text.isalpha() and verb.low.endswith(("ed", "s")):
            src = _main_subject(toks, len(toks) - 1, self.text)
            if src is not None and src.kind == "name" and src.end == toks[-2].end:
                a = Attr(len(toks) - 1, verb.start, verb.end, verb.text, verb.low, src, None, 0)
                self._resolve(a, q.paragraph)
                return a
        # "Here's Clinton in December 1992: “...”", "President Clinton released the following
        # statement: “...”": the named subject of the clause before the colon
        subj = self._subject_speaker((sent[0], colon), colon, q.paragraph)
        if subj is not None and subj.source is not None and subj.source.kind == "name":
            subj.cue = ":"
            return subj
        return None

    def _verb_comma_speaker(self, q: Marked, sent: tuple[int, int]) -> Attr | None:
        """`Name verbed, “...”` with a verb the lexicon does not know ("Hillary Clinton
        cracked, “...”"): the name, right before the verb, speaks."""
        comma = self.text.rfind(",", sent[0], q.open_mark)
        toks = tokens(self.text, sent[0], comma, self.inside_marks)
        if len(toks) < 2 or len(toks) > 40 or q.end - q.start < 20:
            return None
        verb = toks[-1]
        if verb.cap or not verb.text.isalpha() or not verb.low.endswith("ed") or (
            verb.low in FUNCTION_WORDS
        ):
            return None
        if not toks[-2].cap or toks[-2].quoted:
            return None
        first = _name_run_left(toks, len(toks) - 2, 0)
        run = toks[first : len(toks) - 1]
        if not run or run[0].low in FUNCTION_WORDS or first > 0 and toks[first - 1].text not in {
            ",", "-", "—", "–", ";"
        }:
            return None  # the name opens its clause ("..., Hillary Clinton cracked, “...”")
        src = _source("name", run, self.text)
        a = Attr(len(toks) - 1, verb.start, verb.end, verb.text, verb.low, src, None, 0)
        self._resolve(a, q.paragraph)
        return a

    def _clause_start(self, q: Marked, sent: tuple[int, int]) -> int:
        """The clause of a fragment starts after the last clause break (or "that") before its
        marks, else at the sentence start."""
        lo = max(sent[0], q.open_mark - 400)
        seg = self.text[lo : q.open_mark]
        comma = seg.rfind(",")
        while 0 < comma < len(seg) - 1 and seg[comma - 1].isdigit() and seg[comma + 1].isdigit():
            comma = seg.rfind(",", 0, comma)  # (not the comma of "1,237")
        cut = max(comma, seg.rfind(";"), seg.rfind(":"), seg.rfind("—"),
                  seg.lower().rfind(" that "))
        if cut < 0:
            return sent[0]
        start = lo + cut + 1
        while start < q.open_mark and self.text[start] in "”\"’' \u00a0":
            start += 1  # ("“A,” the senator ...": the comma's closing mark is no content)
        return start

    def _clause_end(self, q: Marked, ce: int) -> int:
        """The reported clause of a fragment ends at the first clause break after its marks."""
        text = self.text
        after = min(q.close_end, len(text))
        if ce <= after or text[q.end - 1 : q.end] == ";" or (
            text[q.end - 1 : q.end] == "," and not self._goes_on(after)
        ) or (
            text[q.end - 2 : q.end] in {",'", ",’"}  # "at 'independence,''' X wrote"
        ):
            return max(after, q.end)
        for m in _CLAUSE_BREAK.finditer(text, after, min(ce, after + 400)):
            if not self.inside_marks(m.start()):
                ce = m.start()
                break
        for m in _AND_VERB.finditer(text, after, ce):
            if not self.inside_marks(m.start()):
                return m.start()  # "called her “third-rate” and boycotted one of the debates"
        return ce

    def _goes_on(self, after: int) -> bool:
        m = _NEXT_WORD.match(self.text, after)
        if m is None:
            return False
        w = m.group(1)
        if w == "and":
            return self.text.startswith(" that ", m.end())
        if w == "while":  # "while his opponent did not", not "while trying to explain"
            nxt = _NEXT_WORD.match(self.text, m.end())
            return nxt is not None and not nxt.group(1).endswith("ing")
        return w in _GOES_ON

    def _quote(
        self, q: Marked, sent: tuple[int, int], attrs: list[Attr], pi: int
    ) -> tuple[Quote, bool] | None:
        text = self.text
        best: Attr | None = None
        best_d = 10**9
        if len(attrs) > 16:  # a huge sentence: only the cues nearest the quote
            lo, hi = 0, len(attrs)
            while lo < hi:  # bisect on cue_start without building a key list
                mid = (lo + hi) // 2
                if attrs[mid].cue_start < q.open_mark:
                    lo = mid + 1
                else:
                    hi = mid
            attrs = attrs[max(0, lo - 8) : lo + 8]
        following: Attr | None = None
        own_report = len(text)
        for a in attrs:
            if a.source is None or a.cue_start >= own_report:
                continue
            if a.cue_start >= q.open_mark and a.cue_end <= q.close_mark:
                continue
            begin = min(a.cue_start, a.source.start)
            if begin >= q.close_end and not text[q.close_end : begin].strip(" ,\u00a0"):
                if text[a.cue_end : a.cue_end + 2].strip().startswith(":"):
                    continue  # “B.” He added: “C.”: the cue introduces what follows
                if begin == a.cue_start and a.cue.endswith("ing") or _introduces(best, q, text):
                    following = a  # “...,” claiming ...: unless a cue before holds the quote
                    continue
                if text[q.end - 1] in ".!?" and a.content is not None and (
                    a.content[0] >= a.cue_end
                ) and (a.lemma == "tell" or text[a.cue_end : a.content[0]].strip() in {
                    "", "that", ","}) and (
                    _reported_clause(text[a.content[0] : a.content[1]])
                ):
                    # “... this result.” Gerrard admitted he thought ...: its own report, and
                    # so are the cues after it
                    own_report = min(own_report, begin)
                    continue
                best = a  # “...,” asked Dunn / “...,” Stoltenberg said: right after the quote
                break
            if begin >= q.close_end and text[q.end - 1] in ".!?" and _introduces_next(a, text):
                continue  # “A.” Of Carson, Levine said, “B.”: the cue is B's, not A's
            if (held := _held_by(a, q)) is not None:
                d = (held[1] - held[0]) - 10**8  # the innermost clause wins
            else:
                d = min(abs(a.cue_start - q.close_mark), abs(q.open_mark - a.cue_end))
            if d < best_d:
                best, best_d = a, d
        if following is not None and not (best is not None and (
            _held_by(best, q) is not None
            or best.cue_end <= q.open_mark and q.open_mark - best.cue_end < 4
        )):
            best = following  # (not "insisted that he has “...,” claiming" / "said, “...,” adding")
        colon = text[max(sent[0], q.open_mark - 3) : q.open_mark].strip().endswith(":")
        if best is None and colon:
            best = self._colon_speaker(q, sent)  # "And Mr. Christie gloated: “...”"
        elif best is None and text[max(sent[0], q.open_mark - 3) : q.open_mark].strip().endswith(
            ","
        ):
            best = self._verb_comma_speaker(q, sent)  # "Hillary Clinton cracked, “...”"
        elif colon and best is not None and best.cue_end <= q.open_mark and _DASH_LABEL.search(
            text, best.cue_end, q.open_mark
        ):
            # "... important for Republican contests - Philip Bump: “...”": the name the dash
            # sets off as the label, not a cue before it
            best = self._label_speaker(q, sent) or best
        dash = None
        if best is None:  # “...” ― Christina Lastra / "..." -Commissioner Ann Lee
            dash = DASH_ATTR.match(text, q.close_end, min(len(text), q.close_end + 90))
            if dash is None and text[q.end - 1 : q.end] in {",", "?", "!"}:
                dash = NAME_VERBED.match(text, q.close_end, min(len(text), q.close_end + 60))
        pre = text[max(sent[0], q.open_mark - 300) : q.open_mark].strip()
        lead = q.start
        while lead < q.end - 1 and text[lead] in "….\u00a0 ":
            lead += 1  # "… they are so not like him": the words after an opening ellipsis
        first = text[lead]
        cap = first.isupper() or first.isdigit() or first in "[(\"'“‘" or (
            lead > q.start and first.isalpha())
        direct = cap and (pre == "" or pre.endswith((":", "—", "–", " -", "--", "(")) or (
            pre.endswith(",") and best is not None and best.cue_end <= q.open_mark
            and best.source is not None and best.content is None
        ))
        if not direct and cap and best is not None and best.cue_end <= q.open_mark and (
            q.open_mark - best.cue_end < 4
        ) and (pre.endswith(",") or q.end >= sent[1] - 2):
            direct = True  # X said, “...”  /  X said “We ...” (the quote ends the sentence)
        if not direct and best is not None and best.cue_end <= q.open_mark and (
            pre.endswith(",") and text[sent[0] : sent[0] + 1] in _OPENERS
            and q.open_mark > sent[0] + 1 and q.end >= sent[1] - 2
        ):
            direct = True  # “A,” Smith said, “but B.”: the second part of a split quote
        if not direct and cap and best is not None and best.cue_end <= q.open_mark and (
            pre.endswith(",") and q.end >= sent[1] - 2
        ):
            between = text[best.cue_end : q.open_mark]
            if len(between.split()) <= 12 and not any(m in between for m in _OPENERS):
                direct = True  # "Beck joked, again using a drawl, “Amen, brother!”"
        if direct and text[q.end - 1].isalnum():
            nxt = q.close_end
            while nxt < sent[1] and text[nxt] in " \u00a0":
                nxt += 1
            if nxt < sent[1] and text[nxt].islower():
                direct = False  # “Boots on the ground” would be appropriate: the clause goes on
        words = len(text[q.start : q.end].split())
        if best is None and dash is None and words <= 2:
            return None  # scare quotes
        nickname = best is not None and best.lemma in NAMING and best.cue_end < q.open_mark and (
            _WORD.search(text, best.cue_end, q.open_mark) is not None
            and text[best.cue_start - 1 : best.cue_start] == " "
            and _subject_before(text, best.cue_start)
        )  # "he called Rubio “Little Marco”": a name the speaker gives, not a title
        if (not direct or (best is None and dash is None)) and not nickname and (
            _looks_like_title(text[q.start : q.end], best is not None)
        ):
            return None  # “Saturday Night Live”, “The Art of the Deal”: a title, not speech
        lead_word = _PREV_WORD_ANY.search(pre[-40:]) if not direct else None
        if lead_word is not None and lead_word.group(1).lower() in _TITLE_LEADS and (
            _looks_like_title(text[q.start : q.end], False)
            or _one_capitalised_word(text[q.start : q.end])
        ):
            # "said on ABC's “This Week.”", "star of television's “Scandal,”", "in charge of
            # “Today”": a show's or work's name after "on", "of" or "'s"
            return None
        work = _PREV_WORD_ANY.search(pre[-40:])
        if work is not None and work.group(1).lower() in _WORKS and (
            _looks_like_title(text[q.start : q.end], False, longest=16)
        ):
            return None  # "in his 2012 book, ''An American Son.''": the work's title
        kind = "direct" if direct else "partial"
        if direct:
            # the reported content of a direct quote is the quotation with its marks (as in
            # PARC and PolNeAR; `start`/`end` stay the words inside)
            cs = q.open_mark if q.open_mark < q.start else q.start
            ce = q.close_end if q.close_mark >= q.end and q.close_end > q.close_mark and (
                not text[q.close_mark].isalnum()
            ) else q.end
            if best is not None and best.content and best.cue_end <= best.content[0] < cs <= (
                best.content[1]
            ) and (that := _with_complementizer(text, best.content[0])) < best.content[0]:
                cs = that  # "adds that Muslims have two choices: “...”": one reported clause
        elif best is not None and (held := _held_by(best, q)) is not None:
            cs, ce = held
            outer = _outer_clause(best, attrs, q, text)
            if outer is not None:
                cs, ce = outer  # "said she must reach voters in what he called a “mood”"
            ce = self._clause_end(q, ce)
        elif best is not None:
            lo = max(sent[0], q.open_mark - MAX_CLAUSE)
            lo = max(lo, self._clause_start(q, sent))
            if best.cue_end <= q.open_mark:
                lo = max(lo, best.cue_end)  # "“A,” the senator said his ... “B.”": after the cue
            ended = best.content is not None and best.cue_end <= best.content[1] <= q.open_mark
            if ended and best.content is not None:
                # "called it “shameful” and called on leaders “not to ...”": the second act's
                after = _SECOND_ACT.match(text, best.content[1], q.open_mark)
                if after is not None and after.group(1).lower() in self.lex.speech_forms:
                    lo = max(lo, after.end())
            cs, ce = _trim_content(text, lo, sent[1])
            if ended and best.content is not None and _BUT.match(
                text, best.content[1], q.open_mark
            ) is not None:
                cs = best.content[0]  # "said that A, but “B”": the quoted contrast is theirs too
            cs, ce = min(cs, q.start), self._clause_end(q, max(ce, q.end))
        else:
            # no reported clause ("X blasted Disney for its “outrageous practices”", or no
            # cue at all): the quoted words are the content
            cs, ce = q.start, q.end
            if not direct:
                # the clause around the fragment: from the last clause break before it
                cs = self._clause_start(q, sent)
                ce = self._clause_end(q, sent[1])
                cs, _e = _trim_content(text, cs, ce)
                cs = min(cs, q.start)
        if kind == "partial":
            cs = _with_complementizer(text, cs)
        qt = Quote(None, kind, text[q.start : q.end], None, q.start, q.end, pi, None, None, cs, ce)
        if kind == "partial" and (owned := self._owned_words(q, sent)) is not None:
            # "Trump stood by his comment that “Islam hates us”", "mocked her remark that
            # “...”": the owner of the words said them
            qt.speaker, qt.cue, qt.speaker_mention = owned
            return qt, False
        if best is not None:
            if kind == "partial" and best.lemma not in _INNER_SPEECH and _held_by(best, q) and (
                best.source is not None and best.source.end <= best.cue_start
            ):
                # an act the outer speaker reports ("Meeks said Clinton reassured them that
                # Democrats “were not ...”"): the outer speaker's words
                reporter = next((b for b in attrs if b is not best and b.content and b.source
                                 and b.content[0] <= best.cue_start < b.content[1]), None)
                if reporter is not None and reporter.speaker not in {None, best.speaker}:
                    best = reporter
            qt.speaker, qt.cue, qt.speaker_mention, qt.role = (
                best.speaker, best.cue, best.mention, best.role
            )
            if best.speaker is None and best.source is not None and best.source.kind == "pronoun":
                qt.speaker_mention = best.mention
        elif dash is not None:
            title, name = split_title(
                tokens(text, dash.start("name"), dash.end("name"), Inside([])))
            qt.speaker = self.index.canonical(name, title)
            qt.cue, qt.speaker_mention = dash.group("cue"), dash.group("name").strip()
            ent = self.index.entity(qt.speaker)
            qt.role = ent.display_role() if ent is not None else None
            return qt, False
        elif kind == "partial" and words >= 6:
            # no speech cue: a fragment quoted in a sentence about someone is theirs
            # ("Donald Trump has delivered an impassioned defense of “New York values,”")
            subj = self._subject_speaker(sent, q.open_mark, pi)
            if subj is not None and subj.source is not None and not text[
                subj.source.end : q.open_mark
            ].strip():
                subj = None  # "Biden “kind of misspoke.”": the quote says it of him
            if subj is not None:
                qt.speaker, qt.speaker_mention, qt.role = subj.speaker, subj.mention, subj.role
                return qt, False
        return qt, best is None

    def _owned_words(self, q: Marked, sent: tuple[int, int]) -> tuple[str, str, str] | None:
        """(speaker, noun, owner) when the quotation follows "his comment that", "her remark",
        "Trump's claim that" and the owner resolves to a name."""
        if not self.text[max(0, q.open_mark - 6) : q.open_mark].rstrip().endswith("that"):
            return None  # (the cheap test first: the pattern ends with "that")
        lo = max(sent[0], q.open_mark - 160)
        m = _OWNED_WORDS.search(self.text[lo : q.open_mark])
        if m is None:
            return None
        owner = m.group(1)
        pos = lo + m.start(1)
        low = owner.lower()
        if low in {"his", "her"}:
            pronoun = _POSSESSIVES[low]
            gender = self.lex.pronoun_gender.get(pronoun)
            subj = self._subject_speaker(sent, pos, q.paragraph)  # the clause's own subject
            ent = self.index.entity(subj.speaker) if subj is not None else None
            if subj is not None and ent is not None and ent.kind == "person" and (
                ent.gender in {None, gender}
            ):
                speaker = subj.speaker
            else:  # as "his report said" finds its owner
                speaker = self.index.fullest(
                    self.index.resolve_pronoun(pronoun, pos, q.paragraph, self._common_word),
                    gender)
        else:
            run = tokens(self.text, pos, pos + len(owner) - 2, Inside([]))
            title, words = split_title(run)
            speaker = self.index.canonical(words, title) if words else None
            if speaker is not None and self._common_word(speaker):
                speaker = None
        if speaker is None:
            return None
        return speaker, m.group(2), owner

    def _tells_story(self, a: Attr) -> bool:
        """"Wolf Brother tells the story of Torak", "The film tells the tale of ...": a book or
        film narrates; that is no reported speech (a person telling a story is)."""
        if a.lemma != "tell" or a.content is None or not _STORY.match(self.text, a.content[0]):
            return False
        if a.source is None or a.source.text.lower() == "it":
            return True
        if a.source.kind == "pronoun":
            return False  # "he told the story of ..."
        ent = self.index.entity(a.speaker)
        return ent is None or ent.kind != "person"

    def _outside_quotes(self, start: int, end: int, quotes: list[Marked]) -> str:
        """The text between ``start`` and ``end`` without the quotations in it."""
        parts = []
        for q in quotes:
            if q.close_end <= start or q.open_mark >= end:
                continue
            if q.open_mark > start:
                parts.append(self.text[start : q.open_mark])
            start = max(start, q.close_end)
        parts.append(self.text[start:end])
        return " ".join(parts)

    def _opens_sentence(self, start: int) -> bool:
        """Does the quotation starting at ``start`` (after its mark) open a sentence ("...
        violence. “The government is alleging ...” were provoking violence")?"""
        k = start - 1
        while k > 0 and (self.text[k] in _OPENERS or self.text[k] in " \u00a0"):
            k -= 1
        return k <= 0 or self.text[k] in ".!?\n"

    def _subject_speaker(self, sent: tuple[int, int], upto: int, pi: int) -> Attr | None:
        toks = tokens(self.text, sent[0], upto, self.inside_marks)
        if not toks or len(toks) > 60:
            return None
        src = _main_subject(toks, len(toks), self.text)
        if src is None or src.kind not in {"name", "pronoun"}:
            return None
        low = src.text.lower()
        if src.kind == "name" and len(src.toks) == 1 and (self._common_word(src.text) or (
            low.endswith("s") and not self.index.by_last.get(low)
            and (low[:-1] in self.lex.role_kind or self._common_word(low[:-1]))
        )):
            return None  # "Audiences can expect him ...": a common noun opening the sentence
        a = Attr(0, src.start, src.end, "", "", src, None, 0)
        self._resolve(a, pi)
        return a if a.speaker else None


def _told_before(
    spoken: list[tuple[int, int, Attr]], qt: Quote, previous: Quote | None
) -> Attr | None:
    """Who a floating quote continues: the speaker of a sentence before it that reports
    someone, when it is the paragraph's first quote ("Lau said in a statement. “...”"), or
    after the previous quote ("“A,” said X. Y says the goal is ... “B.”"); not someone
    reported inside another report ("adding that Smith told him"). ``spoken`` holds
    (sentence end, sentence start, attribution)."""
    for end, begin, a in reversed(spoken):
        if not a.speaker or end > qt.start:
            continue
        if previous is None:
            return a
        if (begin > previous.end or previous.cue is None and a.cue_start > previous.end) and (
            not any(c.content and c.content[0] <= a.cue_start < c.content[1]
                    for _e, _b, c in spoken)
        ):
            return a
    return None


def _subject_before(text: str, pos: int) -> bool:
    """Is the word before ``pos`` a name, a subject pronoun or an auxiliary (the cue is a verb,
    not "a film called")?"""
    m = _PREV_WORD.search(text, max(0, pos - 30), pos)
    return m is None or m.group(1) in SUBJ_PRONOUNS or m.group(1) in AUXILIARIES


def _held_by(a: Attr | None, q: Marked) -> tuple[int, int] | None:
    """The attribution's reported clause when it holds the quote, else None."""
    if a is None or a.content is None or not a.content[0] <= q.start <= q.end <= a.content[1] + 1:
        return None
    return a.content


def _introduces(a: Attr | None, q: Marked, text: str) -> bool:
    """Does the attribution end right before the quote with a comma or colon ("X shouted,
    “Cruz,” Beck joked")?"""
    if a is None or a.source is None:
        return False
    end = max(a.cue_end, a.source.end)
    return end <= q.open_mark and text[end : q.open_mark].strip() in {",", ":"}


def _reported_clause(content: str) -> bool:
    """Is this a reported clause of three words or more, not an adjunct ("on Twitter on
    Monday")?"""
    words = content.split(None, 3)
    return len(words) >= 3 and words[0].lower() not in PREPS


def _cap_tail(toks: list[Token]) -> list[Token]:
    """The words up to the end of the first capitalised run ("analysts Forrester")."""
    e = 0
    while e < len(toks) and e < 8 and not toks[e].quoted and (
        toks[e].cap or toks[e].low in DETERMINERS or toks[e].low in _ANALYSTS
        or e < 3 and toks[e].text.isalpha() and toks[e].low not in FUNCTION_WORDS
    ):
        e += 1  # ("by telecoms giant BT")
    while e > 0 and not toks[e - 1].cap:
        e -= 1
    return toks[:e]


# what is written "by" or "from" its author ("a report by analysts Forrester")
_WRITTEN = _AUTHORED | frozenset("study survey poll analysis research".split())


def _with_author(toks: list[Token], rs: tuple[Source, int], text: str) -> tuple[Source, int]:
    """A document's source extended over "by/from [analysts] Name" after it ("a report by
    analysts Forrester"); any other source as it is."""
    src, first = rs
    if src.kind not in {"role", "other"} or src.toks[-1].low.rstrip("s") not in _WRITTEN:
        return rs
    j = next((x for x, t in enumerate(toks) if t.start >= src.end), len(toks))
    if j >= len(toks) or toks[j].low not in {"by", "from"} or toks[j].quoted:
        return rs
    e = j + 1 + len(_cap_tail(toks[j + 1 :]))
    if e == j + 1:
        return rs
    ext = src.toks + toks[j:e]
    return Source(src.kind, src.start, toks[e - 1].end, text[src.start : toks[e - 1].end],
                  ext), first


def _introduces_next(a: Attr, text: str) -> bool:
    """Does the attribution end with a comma or colon and an opening mark ("said, “")?"""
    end = a.cue_end if a.source is None else max(a.cue_end, a.source.end)
    return _OPENS_QUOTE.match(text, end) is not None


def _outer_clause(best: Attr, attrs: list[Attr], q: Marked, text: str) -> tuple[int, int] | None:
    """The reported clause that holds a naming relative clause ("what he called “...”", "which
    she called “...”"): the fragment is part of the outer report."""
    if best.lemma not in NAMING or best.source is None:
        return None
    lead = text[max(0, best.source.start - 7) : best.source.start].lower().split()
    if not lead or lead[-1] not in {"what", "which"}:
        return None
    outer = [a for a in attrs if a is not best and a.content is not None
             and a.content[0] <= best.cue_start and q.end <= a.content[1] + 1]
    return max((a.content for a in outer if a.content), key=lambda c: c[1] - c[0], default=None)


def _title_case(toks: list[Token]) -> bool:
    """Is this a headline in Title Case, where capitals mark no names?"""
    words = [t for t in toks if t.text[:1].isalpha()]
    lower = sum(not t.cap for t in words)
    return len(words) >= 4 and lower <= len(words) // 5


def _with_complementizer(text: str, cs: int) -> int:
    """The reported clause with its "that" (PARC/PolNeAR content spans include it)."""
    k = cs
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    if k >= 5 and text[k - 4 : k].lower() == "that" and not text[k - 5].isalnum():
        return k - 4
    return cs


def find_quotes(article: Article) -> list[Quote]:
    """Every quotation in the article body, in article order."""
    if not article.paragraphs:
        return []
    # Many small acyclic objects (tokens): pausing the cyclic collector roughly halves the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        found = _Finder(article).run()
    finally:
        if collecting:
            gc.enable()
    pronouns = lexicon().pronoun_gender
    for q in found:
        if q.speaker is not None and (q.speaker.lower() in pronouns or not q.speaker.strip()):
            q.speaker = None  # a pronoun is never an answer
    return found
