"""Speaker-resolution rules (issue 14 section 2): who "he", "she" or a role means, each
stated with invented sentences. Each test also checks that the rule is what decides, by
switching its sieve off."""

from __future__ import annotations

from newscli.quotes import Quote, find_quotes

from .conftest import make


def speakers(*paragraphs: str, off: str | None = None) -> list[str | None]:
    found: list[Quote] = find_quotes(make(*paragraphs), disabled={off} if off else set())
    return [q.speaker for q in found]


def test_name_after_a_places_possessive_leads_the_clause() -> None:
    """"Norway's Ivar Stenlund" names a person from Norway: he, not the country, is the
    antecedent of the next "he said"."""
    paras = (
        "The protest was lodged in the fourth round by the opponent, Norway's Ivar Stenlund.",
        "He said: 'The phone was hidden in the bathroom.'",
    )
    assert speakers(*paras) == ["Ivar Stenlund"]
    assert speakers(*paras, off="place_owns_person") != ["Ivar Stenlund"]


def test_a_name_with_a_plural_verb_is_a_team_not_he() -> None:
    """A one-word name leading its clause with "have"/"are"/"were" is a team or body
    ("Hull have refused"): a later "he added" means the person, not the team."""
    paras = (
        "Club secretary Tom Brandle said the fans were upset.",
        "Hull have also rejected a 'beam back' of the game, a decision that Brandle says has"
        " left his club frustrated.",
        "'We feel let down,' he added.",
    )
    assert speakers(*paras)[-1] == "Tom Brandle"
    assert speakers(*paras, off="plural_verb_names_body")[-1] != "Tom Brandle"
