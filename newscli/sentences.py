"""Offline sentence splitter and word tokenizer.

The splitter applies the run-time decisions of Punkt (Kiss & Strunk 2006, "Unsupervised
Multilingual Sentence Boundary Detection"; the procedure of NLTK's ``nltk/tokenize/punkt.py``)
with tables that ship as plain text in ``newscli/data/`` -- no NLTK, no pickles:

* ``punkt_english.txt``: NLTK's English Punkt parameters (abbreviation types, collocations,
  frequent sentence starters, orthographic context), exported unchanged;
* ``punkt_english_newswire.txt``: our corrections for news text (titles, more abbreviations,
  number-only abbreviations, more sentence starters, attribution verbs).

A candidate boundary is a run of ``.?!…`` followed, after optional closing quotes or brackets,
by white space or the end of the text. The word before it and the word after it decide:

``?`` / ``!``
    a break unless the next word starts in lower case (``“Why?” she asked.``) or, after a
    closing quote, one to three capitalised words and an attribution verb follow
    (``“Why?” Smith asked.``).
ellipsis (``...``, ``…``, ``. . .``)
    a break only if the next word is a sentence starter (Punkt 4.1.1 / 4.1.3).
``.`` after
    * a known collocation (Punkt 4.1.2): no break;
    * a title (``Mr.``, ``Sen.``, ``Gov.``): no break;
    * an abbreviation (table types, dotted acronyms such as ``F.B.I.``, number-only ones such
      as ``No.`` before a digit): a break only if a closing quote follows and the next word is
      capitalised, or the next word is a sentence starter -- by the orthographic heuristic or
      by the frequent-starter list (Punkt 4.2), so "the U.S. The firm" splits and "the U.S.
      Treasury" does not;
    * an initial or a number (Punkt 4.3): no break when orthography says the next word does
      not start a sentence, or, after an initial, when the next word is never seen in lower case
      (``J. K. Rowling``); a number that opens a sentence is a list marker (``1. The ...``);
    * any other word: a break, unless the next word starts in lower case (``approx. five``).

A sentence glued to the next by a quote mark (``over."We``) is cut at the quote, and a
closing quote set off by a space (``year. " And``) stays with its sentence. A blank line
always ends a sentence. Everything runs in time linear in the text: the regular
expressions have no nested quantifiers that can backtrack.

The word tokenizer is a single regular expression (far cheaper than NLTK's Treebank
tokenizer): words, numbers, hyphenated words, contractions and dotted acronyms are kept whole,
possessive 's is dropped and punctuation-only tokens never appear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Orthographic context flags, as in NLTK's punkt.py.
_ORTHO_BEG_UC = 1 << 1
_ORTHO_MID_UC = 1 << 2
_ORTHO_UNK_UC = 1 << 3
_ORTHO_BEG_LC = 1 << 4
_ORTHO_MID_LC = 1 << 5
_ORTHO_UNK_LC = 1 << 6
_ORTHO_UC = _ORTHO_BEG_UC | _ORTHO_MID_UC | _ORTHO_UNK_UC
_ORTHO_LC = _ORTHO_BEG_LC | _ORTHO_MID_LC | _ORTHO_UNK_LC

NUMBER_TYPE = "##number##"


@dataclass(frozen=True)
class PunktTables:
    """Everything the splitter knows about English, loaded from ``newscli/data``."""

    abbrev: frozenset[str]
    collocations: frozenset[tuple[str, str]]
    sent_starters: frozenset[str]
    ortho: dict[str, int]
    titles: frozenset[str] = frozenset()
    numeric_abbrev: frozenset[str] = frozenset()
    attribution_verbs: frozenset[str] = frozenset()


def _read_sections(name: str) -> dict[str, list[str]]:
    """``[section]`` -> its non-comment lines, from a plain-text table in newscli/data."""
    text = (resources.files("newscli") / "data" / name).read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line == "#" or line.startswith("# "):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return sections


@lru_cache(maxsize=2)
def load_tables(newswire: bool = True) -> PunktTables:
    """The English tables; with ``newswire`` our corrections are merged in (cached)."""
    base = _read_sections("punkt_english.txt")
    abbrev = set(base.get("abbrev", []))
    collocations = set()
    for line in base.get("collocations", []):
        a, _, b = line.partition("\t")
        collocations.add((a, b))
    starters = set(base.get("sent_starters", []))
    ortho: dict[str, int] = {}
    for line in base.get("ortho", []):
        word, _, flags = line.rpartition("\t")
        ortho[word] = int(flags)
    titles: set[str] = set()
    numeric: set[str] = set()
    verbs: set[str] = set()
    if newswire:
        extra = _read_sections("punkt_english_newswire.txt")

        def words(section: str) -> set[str]:
            return {w for line in extra.get(section, []) for w in line.split()}

        titles = words("title")
        abbrev |= words("abbrev")
        numeric = words("numeric")
        starters |= words("sent_starters")
        verbs = words("attribution_verbs")
    return PunktTables(
        abbrev=frozenset(abbrev),
        collocations=frozenset(collocations),
        sent_starters=frozenset(starters),
        ortho=ortho,
        titles=frozenset(titles),
        numeric_abbrev=frozenset(numeric),
        attribution_verbs=frozenset(verbs),
    )


# --- sentence splitting ----------------------------------------------------------------------

_OPENERS = "\"'“‘«‹([{¿¡`*-–—"
# Terminal punctuation + closing quotes/brackets, then white space or the end. The pattern
# starts with a character class (fast to scan for); the look-behind stops a run of marks from
# being retried at each of its characters. A closing quote set off by a space ('... a year. "
# And then') belongs to the sentence before.
_CANDIDATE = re.compile(
    r"(?P<punct>[.?!…](?<![.?!…][.?!…])[.?!…]*+)"
    r"(?P<close>[\"'”’»›)\]}]*+(?:[^\S\n]++[\"'”’»›)\]}]++(?=\s|\Z))?)(?=\s|\Z)"
)
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)  # match(text, lo, hi): up to the last space
# sentences glued by a quote mark: 'the red carpet."It was ...', 'the challenge."Earlier ...'
_GLUED_QUOTE = re.compile(r"[.?!](?<=[^\W_][.?!])[.?!]*+(?=[\"“”][^\W\d_])")
_NEXT_CHUNK = re.compile(r"\s*+(\S+)")
_SPACES = re.compile(r"\s*+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*+[\n\u2029]|\u2029")
# the last character that separates tokens inside a chunk ("(Mr." -> "Mr.")
_LAST_SEP = re.compile(r".*[\"()\[\]{}“”«»;:*@/`]", re.DOTALL)
_NEXT_WORD = re.compile(r"[^\s,;:!?()\[\]{}\"“”‘’'«»…]+")
_NUMERIC = re.compile(r"-?[.,]?\d[\d,.-]*\.?")  # Punkt's number type (fullmatch)
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")  # u.s, f.b.i, e.g, ph.d
_INITIAL = re.compile(r"[^\W\d_]\.")
_PUNCTUATION = frozenset(";:,.!?")
_QUOTE_CLOSERS = frozenset("\"”’'")
_ATTRIBUTION = re.compile(r"\s++(?P<who>(?:[^\s,.]++\s++){1,3}?)(?P<verb>[^\W\d_]++)[,.]")


def _ortho_heuristic(word: str, typ: str, tables: PunktTables) -> bool | None:
    """Punkt 4.1.1: True = starts a sentence, False = does not, None = unknown."""
    if word in _PUNCTUATION:
        return False
    ctx = tables.ortho.get(typ, 0)
    first = word[:1]
    if first.isupper() and ctx & _ORTHO_LC and not ctx & _ORTHO_MID_UC:
        return True
    if first.islower() and (ctx & _ORTHO_UC or not ctx & _ORTHO_BEG_LC):
        return False
    return None


@dataclass(frozen=True)
class SplitOptions:
    """Switches for the rules newscli adds to Punkt (all on by default; the bench turns them
    off one at a time to measure them)."""

    lower_after_question: bool = True  # "?"/"!" then a lower-case word: no break
    lower_after_period: bool = True  # "." after an ordinary word, then lower case: no break


_DEFAULT_OPTIONS = SplitOptions()


class _Next:
    """The word after a candidate boundary, as Punkt sees it."""

    __slots__ = ("chunk", "opened", "word", "upper", "lower", "_typ")

    def __init__(self, chunk: str) -> None:
        self.chunk = chunk
        stripped = chunk.lstrip(_OPENERS)
        self.opened = len(stripped) != len(chunk)  # an opening quote or bracket came first
        m = _NEXT_WORD.match(stripped)
        word = self.word = m.group() if m else stripped
        first = word[:1]
        self.upper = first.isupper()
        # "iPod", "eBay": a lower-case start with capitals inside reads as a capitalised word
        self.lower = first.islower() and word[1:] == word[1:].lower()
        self._typ: str | None = None

    def typ(self, tables: PunktTables) -> str:
        """Punkt's ``type_no_sentperiod`` of the word."""
        if self._typ is None:
            typ = self.word.lower()
            if _NUMERIC.fullmatch(typ):
                typ = NUMBER_TYPE
            elif len(typ) > 1 and typ[-1] == "." and typ[:-1] not in tables.abbrev:
                typ = typ[:-1]
            self._typ = typ
        return self._typ

    def ortho(self, tables: PunktTables) -> bool | None:
        return _ortho_heuristic(self.word, self.typ(tables), tables) if self.word else None

    def starts_sentence(self, tables: PunktTables) -> bool:
        """Punkt 4.1.1 (orthography) or 4.1.3 (capitalised frequent sentence starter)."""
        if not self.word or _INITIAL.fullmatch(self.chunk):
            return False
        if self.ortho(tables) is True:
            return True
        return self.upper and self.typ(tables) in tables.sent_starters


def _is_break(
    text: str,
    word: str,
    punct: str,
    close: str,
    start: int,
    end: int,
    nxt: _Next,
    tables: PunktTables,
    opts: SplitOptions,
    sentence_initial: bool = False,
) -> bool:
    """Does the candidate (``word`` + ``punct`` + ``close``, from ``start`` to ``end``) end a
    sentence? ``sentence_initial``: nothing but white space between the last cut and it."""
    if "?" in punct or "!" in punct:
        if nxt.lower and opts.lower_after_question:
            return False
        if nxt.upper and opts.lower_after_question and _QUOTE_CLOSERS.intersection(close):
            return not _attribution_follows(text, end, tables)
        return True
    if punct != ".":  # ellipsis
        return nxt.starts_sentence(tables)
    ordinary = not (nxt.lower and opts.lower_after_period)
    if not word:
        # a lone "." -- part of a spaced ellipsis ". . ." or stray punctuation
        if nxt.chunk[0] == ".":
            return False
        if text.endswith(". ", 0, start):
            return nxt.starts_sentence(tables)
        return ordinary
    sep = _LAST_SEP.match(word)
    tok = (word[sep.end() :] if sep else word).lstrip("-–—'‘’")
    if not tok:  # 'said).' or 'players’.'
        return ordinary
    typ = tok.lower()
    if typ[-1].isdigit() and _NUMERIC.fullmatch(typ):
        typ = NUMBER_TYPE
    if not nxt.opened and (typ, nxt.typ(tables)) in tables.collocations:
        return False
    if typ in tables.titles and not (tok.isupper() and len(tok) > 1):  # "Ms." but not "MS."
        return False
    is_initial = len(tok) == 1 and tok.isalpha()
    abbrev = (
        typ in tables.abbrev
        or ("-" in typ and typ.rpartition("-")[2] in tables.abbrev)
        or ("." in typ and bool(_DOTTED.fullmatch(typ)))
        or (typ in tables.numeric_abbrev and nxt.word[:1].isdigit())
    )
    if not (abbrev or is_initial or typ == NUMBER_TYPE):
        return ordinary
    quote_closed = bool(_QUOTE_CLOSERS.intersection(close))
    if abbrev and not is_initial:
        return (quote_closed and nxt.upper) or nxt.starts_sentence(tables)
    if sentence_initial and typ == NUMBER_TYPE:  # a list marker: "1. The first point"
        return False
    # initials and numbers (Punkt 4.3)
    ortho = nxt.ortho(tables)
    if ortho is False:
        return False
    if (
        ortho is None
        and is_initial
        and nxt.upper
        and not tables.ortho.get(nxt.typ(tables), 0) & _ORTHO_LC
    ):
        return False
    if abbrev:  # single letters listed as abbreviations ("e.", "w."): Punkt keeps them; we
        # break before a capitalised frequent starter only ("Vitamin E. The ...")
        return nxt.upper and (quote_closed or nxt.typ(tables) in tables.sent_starters)
    return True


def _attribution_follows(text: str, pos: int, tables: PunktTables) -> bool:
    """After '“Why?”': one to three capitalised words and a speech verb, then a comma or full
    stop ('Smith asked.', 'Jane Doe replied, ...')."""
    m = _ATTRIBUTION.match(text, pos)
    if not m or m.group("verb").lower() not in tables.attribution_verbs:
        return False
    return all(w[0].isupper() for w in m.group("who").split())


def _glued_quote_cuts(text: str) -> list[int]:
    """Cuts where a full stop and a quote mark are followed by a word with no space: before an
    opening quote ('carpet."It was'), after a closing one ('challenge."Earlier'). A straight
    quote opens when an even number of straight quotes precede it."""
    cuts = []
    quotes = 0
    pos = 0
    for m in _GLUED_QUOTE.finditer(text):
        quotes += text.count('"', pos, m.end())
        pos = m.end()
        if not text[pos + 1].isupper():
            continue
        mark = text[pos]
        opens = mark == "“" or (mark == '"' and quotes % 2 == 0)
        cuts.append(pos if opens else pos + 1)
    return cuts


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` into ``text``, in order, white space trimmed."""
    return split_with(text, load_tables(), _DEFAULT_OPTIONS)


def split_with(text: str, tables: PunktTables, opts: SplitOptions) -> list[tuple[int, int]]:
    """:func:`split_sentences` with explicit tables and rule switches."""
    cuts: list[int] = []
    prev_end = last_cut = 0
    next_chunk = _NEXT_CHUNK.match
    last_space = _LAST_SPACE.match
    spaces = _SPACES.match
    for m in _CANDIDATE.finditer(text):
        start, end = m.span()
        nm = next_chunk(text, end)
        if nm is None:  # end of text
            break
        # the word before: from the last white space since the previous candidate
        sp = last_space(text, prev_end, start)
        word_start = sp.end() if sp else prev_end
        word = text[word_start:start]
        prev_end = end
        punct, close = m.group("punct", "close")
        lead = spaces(text, last_cut, word_start)
        initial = lead is not None and lead.end() == word_start
        nxt = _Next(nm.group(1))
        if _is_break(text, word, punct, close, start, end, nxt, tables, opts, initial):
            cuts.append(end)
            last_cut = end
    if '"' in text or "“" in text or "”" in text:
        cuts.extend(_glued_quote_cuts(text))
        cuts.sort()
    if "\n" in text or "\u2029" in text:
        cuts.extend(m.start() for m in _BLANK_LINE.finditer(text))
        cuts.sort()
    cuts.append(len(text))
    out: list[tuple[int, int]] = []
    start = 0
    for end in cuts:
        if end <= start:
            continue
        seg = text[start:end]
        s = start + (len(seg) - len(seg.lstrip()))
        e = end - (len(seg) - len(seg.rstrip()))
        if e > s:
            out.append((s, e))
        start = end
    return out


# --- words -----------------------------------------------------------------------------------

# dotted acronyms (U.S., e.g.), then runs of letters/digits joined by - ' ’ & ("don't",
# "well-known", "AT&T") or by a decimal point or thousands comma between digits ("464,000",
# "1.13bn"; but "said.The" is two words). The joiners are not word characters, so nothing
# can backtrack.
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:(?:[-'’&]|(?<=\d)[.,](?=\d))[^\W_]+)*")
_POSSESSIVE = ("'s", "’s", "'S", "’S")


def tokenize_words(text: str) -> list[str]:
    """Word tokens of ``text``: no punctuation-only tokens, possessive 's dropped."""
    words = _WORD.findall(text)
    for i, w in enumerate(words):
        if w.endswith(_POSSESSIVE) and len(w) > 2:
            words[i] = w[:-2]
    return words


class Tokenizer:
    """What sumy expects of a tokenizer, without NLTK's data files."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        # like sumy's own tokenizer, keep only tokens with a letter in them
        return tuple(w for w in tokenize_words(sentence) if _has_letter(w))


def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)
