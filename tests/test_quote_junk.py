"""Junk speakers (issue 14 section 2): a place, a modifier, a caption fragment or an outlet
that only relays is never a speaker. Each principle stated with invented sentences."""

from __future__ import annotations

from .conftest import quotes


def test_name_modifying_a_noun_in_an_object_is_no_subject() -> None:
    """"As a Dunmore player he ...": the name modifies "player" inside a preposition's
    object; the clause's subject is "he". Opening the sentence, the name's body speaks."""
    found = quotes(
        "Cal Brody was in court on Monday.",
        "As a Dunmore player he was fined last year after admitting hitting a steward.",
    )
    assert [q.speaker for q in found if q.cue == "admitting"] == ["Cal Brody"]
    found = quotes(
        "The board met on Monday.",
        "The memo voices worry about a possible Velaria exit from the pact, saying the "
        "costs would be high.",
    )
    assert all(q.speaker != "Velaria" for q in found)
    found = quotes("A Dunmore club spokesman was asked about it on Monday, saying the "
                   "ground would reopen in May.")
    assert [q.speaker for q in found] == ["Dunmore"]


def test_acronym_then_place_is_one_body() -> None:
    """An acronym followed by a place names a body's branch ("ACME Wales"), not the place."""
    found = quotes("Polling firm ACME Wales said most voters were happy with the council.")
    assert [q.speaker for q in found] == ["ACME Wales"]


def test_country_initials_then_one_word_is_one_body() -> None:
    """A country's initials before one capitalised word that is no title or first name start a
    body's name ("UK Widgets"); before a title or a first name they stay an affiliation."""
    found = quotes("Workers walked out on Monday.",
                   "UK Widgets said the dispute would end soon.")
    assert [q.speaker for q in found] == ["UK Widgets"]
    found = quotes("Talks began on Monday.",
                   "US envoy Tom Ode said the dispute would end soon.")
    assert [q.speaker for q in found] == ["Tom Ode"]


def test_name_title_body_the_person_speaks() -> None:
    """"Name, Title, Body said": the appositive is left open; the person opening it speaks."""
    found = quotes("Tom Ode, Director, Acme Polls Wales said: 'This is a remarkable result.'")
    assert [q.speaker for q in found] == ["Tom Ode"]


def test_name_owned_inside_a_prepositional_phrase_is_no_subject() -> None:
    """"... at Miller's Barn ...": the owned name belongs to the object of "at", as its owner
    does; it is neither the clause's subject nor a later "he"."""
    found = quotes(
        "Dan Rossi sang at the wedding of his brother.",
        "The song performed by Dan at Miller's Barn in Leeds has been viewed 1,000 times and "
        "says he always loved his brother.",
        "'It was Sarah this and Sarah that,' he sang.",
    )
    assert "Barn" not in [q.speaker for q in found]
    assert [q.speaker for q in found if q.kind == "direct"] == ["Dan Rossi"]


def test_town_and_country_in_a_relative_clause_leave_the_antecedent_speaking() -> None:
    """"in Town, Country," before the cue only locates a place; the relative clause's
    antecedent speaks, not the town."""
    found = quotes(
        "However, the scientists, who also included Li Wen from the Forest University in "
        "Dali, China, warned that the frog may be under threat."
    )
    assert [(q.speaker, q.cue) for q in found] == [(None, "warned")]


def test_what_is_made_for_someone_speaks_not_the_people_it_is_for() -> None:
    """"The memo for members of the Velarian Senate states ...": the memo is the source, the
    people it is for are not."""
    found = quotes(
        "The memo for members of the Velarian Senate states that 'the pact may not hold'."
    )
    assert [(q.speaker, q.cue) for q in found] == [(None, "states")]


def test_according_to_ends_a_capitalised_run() -> None:
    """A caption cut mid-name glues "Co" to "According to ...": "According" is no name word,
    so "she" is the woman the article is about, not "Co According"."""
    found = quotes(
        "Ann Ode, 51, a director at finance firm Bell Rowe & Co, quit her job this week.",
        "Ann Ode has quit her position at finance firm Bell Rowe &",
        "Co According to the Clarion, she had told colleagues that her leaving would help "
        "her husband.",
    )
    assert [q.speaker for q in found] == ["Ann Ode"]


def test_the_plural_surname_is_the_people_of_that_name() -> None:
    """"The Odes said" after Tom Ode and Ann Ode are named: both of them, not "Odes"."""
    found = quotes(
        "Governor Tom Ode and his wife Ann Ode were at the rally.",
        "Earlier this month the Odes said they were undecided about her job.",
    )
    assert [q.speaker for q in found] == ["Tom Ode and Ann Ode"]


def test_verb_of_another_clause_makes_no_reported_clause() -> None:
    """"can claim all of the county, though the Reds are popular": the only verb belongs to
    the though-clause, so "claim" takes an object (it means "win"), not a reported clause. A
    verb after an aside in commas still counts."""
    found = quotes(
        "The Dunmore Jays can also claim almost all of the county, though the Leeds Reds "
        "are also popular.",
        "Ann Lee claimed the plan, which cost a lot, was a failure.",
    )
    assert [(q.speaker, q.cue) for q in found] == [("Ann Lee", "claimed")]
