"""Plain-text word tables from newscli/data/, loaded once and cached: the one reader of the quote
finder's word lists. One list per concept: the titles (titles.txt, a table of words and their
properties: titles_with, title_expansions), the organisation words (org_words.txt, with the
organisation heads as its [heads] section), the name connectors (name_words.txt [connectors]).
Concepts that look alike but are measured to be different stay separate lists, and each data
file's header says why: every title is not a person title (titles.txt), every organisation
word is not an organisation head (org_words.txt), a time word is no organisation word
(org_words.txt)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def _lines(name: str) -> list[str]:
    out = []
    for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for line in _lines(name) for w in line.split())


@cache
def _sections(name: str) -> dict[str, frozenset[str]]:
    """The word lists of a sectioned data file: a line "[name]" opens a section, the words
    after it (as written, case kept) belong to it."""
    out: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in _lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = out.setdefault(line[1:-1], set())
        elif current is None:
            raise ValueError(f"{name}: words before the first [section]")
        else:
            current.update(line.split())
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _table(name: str) -> dict[str, frozenset[str]]:
    """Word -> its properties, from a table whose lines read "WORDS | PROPERTIES" (a line
    without a bar lists words with none), words lower-cased, each listed once."""
    out: dict[str, frozenset[str]] = {}
    for line in _lines(name):
        words, _, props = line.partition("|")
        for w in words.lower().split():
            if w in out:
                raise ValueError(f"{name}: {w!r} listed twice")
            out[w] = frozenset(props.split())
    return out


def titles_with(prop: str) -> frozenset[str]:
    """The titles with a property of titles.txt: titles_with("peer") holds "lord", "baroness"."""
    found = frozenset(w for w, props in _table("titles.txt").items() if prop in props)
    if not found:
        raise ValueError(f"titles.txt: no title is {prop!r}")
    return found


def title_expansions() -> dict[str, str]:
    """Each title written short or for another -> the word it stands for ("sen" -> "senator",
    "congressman" -> "representative"), from the "=WORD" properties of titles.txt."""
    return {w: p[1:] for w, props in _table("titles.txt").items() for p in props
            if p.startswith("=")}


def word_set(name: str, section: str) -> frozenset[str]:
    """One word list of a sectioned data file ("quote_words.txt", "adv_skip")."""
    return _sections(name)[section]


@dataclass(frozen=True)
class Lexicon:
    speech_forms: frozenset[str]  # single-word cue forms: "said", "warns", ...
    speech_lemma: dict[str, str]  # form -> lemma
    phrasal: dict[str, tuple[str, ...]]  # first word -> second words ("pointed" -> ("out",))
    tell_forms: frozenset[str]
    titles: frozenset[str]
    pronoun_gender: dict[str, str]
    role_kind: dict[str, str]  # head noun -> "leader" | "spokes" | "person" | "org" | ""
    abbreviations: frozenset[str]
    first_name_gender: dict[str, str]
    org_words: frozenset[str]
    cue_words: frozenset[str]  # every word that can start a cue (a cheap pre-filter)
    single_cue_words: frozenset[str]  # cue words that are a cue alone (not "went" of "went on")
    phrasal_re: re.Pattern[str]  # "went on", "pointed out" in lower-case text
    phrasal_heads: frozenset[str]  # first words of phrasal cues that are no cue alone
    places: frozenset[str]  # whole names that are places ("north korea")
    demonyms: frozenset[str]  # nationality words ("german", "britons"): no one's name


@cache
def lexicon() -> Lexicon:
    forms: set[str] = set()
    lemma: dict[str, str] = {}
    phrasal: dict[str, set[str]] = {}
    for line in _lines("speech_verbs.txt"):
        words = line.lower().split()
        if len(words) >= 4 and len(words) % 2 == 0 and len(set(words[1::2])) == 1 and (
            words[1] not in words[::2]
        ):  # phrasal: "point out points out ...": every form followed by the same particle
            for i in range(0, len(words) - 1, 2):
                phrasal.setdefault(words[i], set()).add(words[i + 1])
                lemma.setdefault(words[i], words[0])
            continue
        for w in words:
            forms.add(w)
            lemma.setdefault(w, words[0])
    pronouns: dict[str, str] = {}
    for line in _lines("pronouns.txt"):
        word, gender, *_ = line.split()
        pronouns[word.lower()] = gender
    roles: dict[str, str] = {}
    for line in _lines("role_nouns.txt"):
        parts = line.lower().split()
        roles[parts[0]] = parts[1] if len(parts) > 1 else ""
    for trade in word_set("org_words.txt", "trades"):
        roles.setdefault(trade, "org")  # "the airline said": the body the article named
    names: dict[str, str] = {}
    for line in _lines("first_names.txt"):
        name, gender = line.lower().split()[:2]
        names.setdefault(name, gender)
    return Lexicon(
        speech_forms=frozenset(forms),
        speech_lemma=lemma,
        phrasal={k: tuple(sorted(v)) for k, v in phrasal.items()},
        tell_forms=_words("tell_verbs.txt"),
        titles=frozenset(_table("titles.txt")),
        pronoun_gender=pronouns,
        role_kind=roles,
        abbreviations=_words("abbreviations.txt"),
        first_name_gender=names,
        org_words=frozenset(w.lower() for section in ("heads", "bodies", "not_people")
                            for w in word_set("org_words.txt", section)),
        cue_words=frozenset(forms) | frozenset(phrasal) | {"according"},
        single_cue_words=frozenset(forms) | {"according"},
        phrasal_heads=frozenset(phrasal) - frozenset(forms),
        phrasal_re=re.compile(
            r"\b(?:" + "|".join(
                f"{re.escape(head)}\\s+(?:it\\s+)?(?:{'|'.join(map(re.escape, sorted(tails)))})"
                for head, tails in sorted(phrasal.items())
            ) + r")\b"
        ),
        places=_places(),
        demonyms=_words("demonyms.txt"),
    )


def _places() -> frozenset[str]:
    return frozenset(w.replace("_", " ") for w in _words("places.txt"))
