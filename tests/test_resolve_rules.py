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


def test_accented_first_name_has_the_gender_of_its_plain_spelling() -> None:
    """"Gérard" is a man's name like "Gerard": he is no antecedent of "she"."""
    paras = (
        "Ana Roble wrote the book in Lyon. Gérard Lune wrote its foreword.",
        "'It was hard to finish,' she said.",
    )
    assert speakers(*paras) == ["Ana Roble"]
    assert speakers(*paras, off="accented_first_name") == ["Gérard Lune"]


def test_a_person_role_in_apposition_makes_a_place_surname_a_person() -> None:
    """"Torvald Lane, leader of the group" is a person although "lane" names streets: "Mr
    Lane" later is Torvald Lane."""
    paras = (
        "Torvald Lane, leader of the Labour group on the council, said the party was split.",
        '"We lost people," Mr Lane said.',
    )
    assert speakers(*paras) == ["Torvald Lane", "Torvald Lane"]
    assert speakers(*paras, off="person_role_names_person")[-1] == "Lane"


def test_a_street_after_a_possessive_is_no_speaker_nor_he() -> None:
    """"Poet's Lane" is a place: it is no speaker and no antecedent of "he"."""
    paras = (
        "Singer Dan Bucco toasted his brother at their wedding.",
        "The speech performed by Dan at Poet's Lane in Sherbrooke has been viewed 1,000 times"
        " online and says he always looked up to his brother.",
        "'You were my hero,' he sang.",
    )
    assert speakers(*paras) == [None, "Dan Bucco"]
    assert speakers(*paras, off="place_after_possessive")[0] == "Lane"


def test_a_name_after_a_short_opener_leads_the_clause() -> None:
    """"Incensed, Ms Ode got in touch ...": after one opening word and a comma the name is
    the subject, so "the 28-year-old" next is her."""
    paras = (
        "Ann Ode lives next door to Tom Lee in a quiet street.",
        "Worse still, Mr Lee began to play loud music at night.",
        "Incensed, Ms Ode got in touch with the council.",
        "Although warned, the 28-year-old says the noise went on for weeks.",
    )
    assert speakers(*paras) == ["Ann Ode"]
    assert speakers(*paras, off="short_opener_subject") != ["Ann Ode"]


def test_an_age_is_the_speaker_of_the_cueless_quote_before_it() -> None:
    """"The 55-year-old" after a quote without a cue is that quote's speaker, not a name in
    the picture caption before the quote."""
    paras = (
        "Coach Rafa Molde praised his players after the win.",
        "'We were patient and we deserved it,' Molde said.",
        "Striker Kim Osta celebrates with team-mate Jon Pell after the game",
        "'The crowd was fantastic and we will enjoy this.'",
        "The 55-year-old also revealed that the squad is fully fit for the final.",
    )
    assert speakers(*paras)[-1] == "Rafa Molde"
    assert speakers(*paras, off="age_after_floating")[-1] == "Kim Osta"


def test_an_age_on_the_line_after_a_quote_follows_the_cueless_quote_before() -> None:
    """"...?'¶said the 30-year-old.": the cue on the next line is resolved once the cue-less
    quote before it has its speaker."""
    paras = (
        "Lia Varn has won four races this year.",
        "'I want more,' she said.",
        "'The team has been brilliant and I trust them.'",
        "So how close to perfect does Varn feel?",
        "'There is always more. Could I have braked later?'",
        "said the 30-year-old.",
    )
    assert speakers(*paras) == ["Lia Varn"] * 3
    assert speakers(*paras, off="age_after_floating")[-1] is None


def test_he_after_cueless_quotes_is_their_speaker() -> None:
    """"He added" beyond the pronoun's reach, after a run of quotes without a cue, is the
    speaker of those quotes; after an unnamed spokesman's quote it stays unnamed."""
    paras = (
        "Rafa Molde was pleased with the win.",
        "Molde said: 'We were patient.'",
        "'The crowd was fantastic.'",
        "'We deserved it in the end.'",
        "'I am proud of them all.'",
        "'We go again on Saturday,' he added.",
    )
    assert speakers(*paras)[-1] == "Rafa Molde"
    assert speakers(*paras, off="pronoun_after_floating")[-1] is None
    unnamed = (
        "Rafa Molde was pleased with the win.",
        "A club spokesman said: 'We are aware of the problem.' He added: 'We will fix it.'",
    )
    assert speakers(*unnamed) == [None, None]


def test_a_name_after_an_opening_phrase_and_an_auxiliary_leads_the_clause() -> None:
    """"Having settled his future, Lee will now ...": Lee is the subject, so "he said" next is
    Lee, not the last name of a list later in the sentence."""
    paras = (
        "The club confirmed a new deal for coach Tom Lee on Monday.",
        "Having settled his future, Lee will now look at the contracts of his players — Ian"
        " Ode, Bo Marr and Kit Vale — who are out of contract in the summer.",
        "'I said I would sort it out first,' he said.",
    )
    assert speakers(*paras) == ["Tom Lee"]
    assert speakers(*paras, off="opening_phrase_then_auxiliary") != ["Tom Lee"]


def test_a_guard_is_a_role_before_a_name() -> None:
    """"Fellow guard Ivo Trask – ... – posted": "guard" is a person's role, so the name after
    it leads the clause and is the "he" of the next quote."""
    paras = (
        "Another guard, Beau Lind, commented on the photo.",
        "Fellow guard Ivo Trask – whose profile has now been deleted – posted messages about"
        " the shops.",
        "'Do not buy these products,' he posted.",
    )
    assert speakers(*paras)[-1] == "Ivo Trask"


def test_an_open_appositive_before_at_a_body_gives_the_name() -> None:
    """"Robert Amis, a psychiatrist at Leeds General said": the appositive is left open, the
    person before its comma speaks, not the description."""
    paras = (
        "The home plans to expand the scheme next year.",
        "Robert Amis, a geriatric psychiatrist at Leeds General Hospital said the pilot is"
        " 'both innovative and thoughtful'.",
    )
    assert speakers(*paras) == ["Robert Amis"]
    assert speakers(*paras, off="open_appositive_at") != ["Robert Amis"]


def test_named_only_as_in_an_appositive_gives_the_name() -> None:
    """"One resident, named only as Jassim, told ...": the appositive names the person the
    description means; "He said" next is him too."""
    paras = (
        "The group posted pictures of the queues.",
        "One resident, named only as Jassim, told the group how dozens of people had fled.",
        "He said: 'Freedom of expression has become a crime.'",
    )
    assert speakers(*paras) == ["Jassim", "Jassim"]
    assert speakers(*paras, off="named_as_in_appositive") == [None, None]


def test_a_role_opening_a_subordinate_clause_is_not_the_subject() -> None:
    """"Lee worked under Ode when the manager announced ...": the writer would say "he" for
    Lee, so the manager is Ode, the other person named before it."""
    paras = (
        "Assistant Tom Lee has been put in charge of the club until the summer.",
        "Lee had been working as No 2 under Ian Ode when the manager announced in March that he"
        " would leave the club.",
    )
    assert speakers(*paras) == ["Ian Ode"]
    assert speakers(*paras, off="role_is_not_the_subject") == ["Tom Lee"]


def test_she_with_only_men_in_reach_is_the_woman_who_spoke_before() -> None:
    """"She added" when only men are in the pronoun's reach is the last woman who spoke a
    little further back; with a woman in reach it is left to the usual resolution."""
    paras = (
        "Judge Mrs Ana Rulfo ruled on the case on Friday.",
        "Mrs Rulfo said: 'It is not up to me to judge the decision.",
        "'Nor is it my job to weigh the reaction of citizens.'",
        "Tom Carle said an angry mob had targeted the team in their hotel.",
        "His producer, Ben Marr, who resigned on Wednesday, denied using the plate on purpose.",
        "Concluding the team had not acted in bad faith, she added: 'They had to change it.'",
    )
    assert speakers(*paras)[-1] == "Ana Rulfo"
    assert speakers(*paras, off="gender_reaches_back")[-1] is None


def test_a_persons_name_after_any_possessive_is_indexed() -> None:
    """"Aid in Nepal India's Prime Minister Ravi Sen has made ...": the person after the
    possessive is a name of the article even when the owner is no known place, so "he" later
    finds him; a title or a first name marks the person ("Lee's Wolf Brother" is no one)."""
    paras = (
        "On the ground: Aid in Nepal India's Prime Minister Ravi Sen has made a special effort"
        " over Nepal.",
        "He has visited the country twice in his first year in office.",
        "On Sunday, in his radio address, he said Indians needed to 'stand with them'.",
    )
    assert speakers(*paras) == ["Ravi Sen"]
    assert speakers(*paras, off="window_reads_past_possessive") != ["Ravi Sen"]


def test_an_opening_ly_adverb_is_no_speaker() -> None:
    """"Typically, a contract settles it, said Dr Bo Tran": the opening adverb is no name with
    an appositive; the speaker follows the cue and "he" next is him."""
    paras = (
        "Ann Lee sued the clinic on Monday.",
        "Typically, a prior legal agreement between a couple spells out who has ultimate"
        " authority, said fertility specialist Dr. Bo Tran, who is not involved in this case.",
        '"Usually the couple signs a form," he said.',
    )
    found = find_quotes(make(*paras))
    assert [q.speaker for q in found] == ["Bo Tran", "Bo Tran"]
    assert found[0].text.startswith("Typically, a prior legal agreement")
    assert speakers(*paras, off="sentence_adverb_is_no_name")[0] is None
