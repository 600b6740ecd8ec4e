"""A role as shown (``Entity.display_role``): the noun phrase the article gives the person,
without the sentence's adverb before it, the honorific of the name after it, or a possessive
whose owner was cut off or is not in it. Each rule is one small function over the role's words."""

from __future__ import annotations

from newscli.quotes.lexicon import titles_with, word_set

SENTENCE_ADVERBS = word_set("name_words.txt", "sentence_adverbs")
NAME_HONORIFICS = titles_with("courtesy") | titles_with("styled")


def _bare(word: str) -> str:
    return word.strip(".,;:()\"'“”‘’").lower()


def drop_sentence_adverb(words: list[str]) -> list[str]:
    """A sentence adverb or connective opening the phrase belongs to the sentence, not the role:
    "Meanwhile party leader" (of "Meanwhile party leader Ann Lee said") -> "party leader"."""
    while len(words) > 1 and _bare(words[0]) in SENTENCE_ADVERBS:
        words = words[1:]
    return words


def drop_honorifics(words: list[str]) -> list[str]:
    """An honorific closing (or alone making) the phrase belongs to the name: "City coach Sir"
    (of "City coach Sir Ann Lee") -> "City coach"; "Lord" (of "Lord Lee") -> no role. One
    opening a longer phrase is an office ("Lord Chancellor")."""
    while words and _bare(words[-1]) in NAME_HONORIFICS:
        words = words[:-1]
    return words


def drop_bare_possessive(words: list[str]) -> list[str]:
    """A phrase opening with a bare possessive ending lost its owner, and the ending means
    nothing alone: "'s campaign chief" -> "campaign chief"."""
    if words and words[0] in {"'s", "’s", "'", "’"}:
        return words[1:]
    return words


_OWNER_PRONOUNS = frozenset("his her its their our my your".split())


def drop_owner_pronoun(words: list[str]) -> list[str]:
    """A possessive pronoun opening the phrase points to an owner the role does not name, so
    it means nothing where the role is shown alone: "Her coach" (of "Her coach Ann Lee said")
    -> "coach"; "its chief executive" -> "chief executive"."""
    if len(words) > 1 and _bare(words[0]) in _OWNER_PRONOUNS:
        return words[1:]
    return words


# words that link a role to what follows, never its last word
_LINKS = frozenset("for to of with under at by and or who whom which".split())


def drop_dangling_link(words: list[str]) -> list[str]:
    """A role ends with its noun, not with a word that linked it to a name cut off after it:
    "a spokesman for" (of "a spokesman for Mrs. Lee") -> "a spokesman"."""
    while len(words) > 1 and _bare(words[-1]) in _LINKS:
        words = words[:-1]
    return words


ROLE_CLEANERS = (drop_bare_possessive, drop_sentence_adverb, drop_owner_pronoun, drop_honorifics,
                 drop_dangling_link)


def clean_role(role: str) -> str | None:
    """The role with every cleaner applied, or None when nothing is left: "Meanwhile City coach
    Sir" -> "City coach"."""
    words = role.split()
    for cleaner in ROLE_CLEANERS:
        words = cleaner(words)
    return " ".join(words) or None
