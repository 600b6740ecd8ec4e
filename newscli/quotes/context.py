"""ArticleContext: what every stage of the quote finder shares about one article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newscli.article import Article
from newscli.quotes.lexicon import Lexicon, lexicon
from newscli.quotes.phrases import role_head
from newscli.quotes.sieve import Active
from newscli.quotes.speakers import EntityIndex
from newscli.quotes.text import Inside
from newscli.quotes.words import PARTY_ADJECTIVES

if TYPE_CHECKING:
    from newscli.quotes.documents import DocumentIndex

_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])")
_QUANTITY_WORDS = frozenset("almost around roughly just only half fewer less".split())


@dataclass
class ArticleContext:
    """The article, its mention index and the little state the stages hand on (the last
    spokesperson's employer), in place of a finder object's attributes."""

    article: Article
    text: str = ""
    paras: list[tuple[int, int]] = field(default_factory=list)
    index: EntityIndex = field(default_factory=EntityIndex)
    lex: Lexicon = field(default_factory=lexicon)
    inside_marks: Inside = field(default_factory=lambda: Inside([]))
    lower_words: set[str] | None = None
    common: dict[str, bool] = field(default_factory=dict)
    spokes_for: tuple[str, int] | None = None  # whom the last spokesperson spoke for
    # the latest speaker (speaker, paragraph, role, mention), whom a floating quote continues
    last_speaker: tuple[str | None, int, str | None, str | None] | None = None
    sieves: Active = field(default_factory=lambda: Active(()))  # the rules switched on
    # the sentence spans of each paragraph (paragraphs.tokenise)
    sentence_spans: list[list[tuple[int, int]]] = field(default_factory=list)
    # where the article writes document nouns (documents.document_index), found once
    documents: DocumentIndex | None = None

    def __post_init__(self) -> None:
        self.text = self.article.text
        self.paras = [(p.start, p.end) for p in self.article.paragraphs]

    def common_word(self, word: str) -> bool:
        """A capitalised word that is no name: the article also writes it in lower case
        ("Hastily", "Inside", "Cost"), or a party adjective ("Republican")."""
        low = word.lower()
        if low.endswith("s") and word.isupper():
            return False  # an acronym ("ONS"), not a plural
        known = self.common.get(low)
        if known is None:
            known = self.common[low] = self._is_common(low)
        return known

    def _is_common(self, low: str) -> bool:
        if low in self.lex.first_name_gender or self.index.by_last.get(low) or (
            low in self.lex.org_words
        ):
            return False
        if low.endswith("s"):  # "State", "Pollsters": bodies, unless a thing's plural
            return self._plural_of_thing(low)
        if low in PARTY_ADJECTIVES or low.endswith("ly") or low in _QUANTITY_WORDS:
            return True  # (opening a sentence: "Nearly 60% said", "Finally", "Almost half")
        return self._writes_lower(low)

    def _plural_of_thing(self, low: str) -> bool:
        """A capitalised plural whose singular the article writes in lower case and which is
        no word for people names no one ("Videos show ..." when the article says "a video")."""
        single = low[:-1]
        return self._writes_lower(single) and not role_head(single)

    def _writes_lower(self, word: str) -> bool:
        """Does the article write ``word`` as a lower-case word? An article's text is searched
        for the word; a longer text, or a word found often inside others, makes the set of
        all its lower-case words once (given already to a text run in windows)."""
        if self.lower_words is None:
            if word not in self.text:  # (a fast substring test settles most names: "smith")
                return False
            if len(self.text) <= _SEARCH_LIMIT and (
                found := writes_lower(self.text, word)
            ) is not None:
                return found
            self.lower_words = lower_words(self.text)
        return word in self.lower_words


_LOWER_ONLY = re.compile(r"[a-z][a-z]+")
_SEARCH_LIMIT = 100_000  # characters: an article's text is searched word by word
_SEARCH_TRIES = 16  # occurrences inside other words looked at before giving up


def writes_lower(text: str, word: str) -> bool | None:
    """Is ``word`` one of :func:`lower_words` of ``text``, found without listing them all: an
    occurrence of it with no word character, apostrophe or hyphen on either side ("the mayor
    Said": "mayor" yes; "said", "may", "ma" no)? None when it occurs inside other words more
    than ``_SEARCH_TRIES`` times (undecided: a search that would grow with the text)."""
    if _LOWER_ONLY.fullmatch(word) is None:
        return False
    n = len(word)
    pos = text.find(word)
    for _ in range(_SEARCH_TRIES):
        if pos < 0:
            return False
        if not (pos and _joins_word(text[pos - 1])) and not (
            pos + n < len(text) and _joins_word(text[pos + n])
        ):
            return True
        pos = text.find(word, pos + 1)
    return None


def _joins_word(c: str) -> bool:
    """A character that continues a word for :data:`_LOWER_WORD` (\\w, apostrophes, hyphen)."""
    return c.isalnum() or c in "_'’-"


def lower_words(text: str, chunk: int = 1 << 20) -> set[str]:
    """The lower-case words of ``text`` ("the mayor Said" -> {"the", "mayor"}), found a
    megabyte at a time (cut at a space, which no word holds), so a huge text is never a list
    of all its words."""
    out: set[str] = set()
    pos = 0
    while pos < len(text):
        end = text.find(" ", pos + chunk)
        end = len(text) if end < 0 else end
        out.update(_LOWER_WORD.findall(text, pos, end))
        pos = end
    return out
