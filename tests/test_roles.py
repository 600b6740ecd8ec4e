"""Roles and speakers as `newscli speakers` shows them: the role is the noun phrase the article
gives the person, the speaker a person or a body, each stated with invented sentences."""

from __future__ import annotations

from newscli.quotes import Quote, tally_speakers
from newscli.quotes.roles import clean_role

from .conftest import quotes


def spoken(found: list[Quote], words: str) -> Quote:
    return next(q for q in found if words in q.text)


def test_a_sentence_adverb_opening_a_role_is_not_part_of_it() -> None:
    found = quotes('Meanwhile Green Party leader Ann Kestrel said: "We will win the seat."')
    q = spoken(found, "win the seat")
    assert (q.speaker, q.role) == ("Ann Kestrel", "Green Party leader")


def test_an_honorific_closing_a_role_belongs_to_the_name() -> None:
    found = quotes('Rovers coach Sir Alan Fenwick said: "The lads were superb today."')
    q = spoken(found, "lads were superb")
    assert (q.speaker, q.role) == ("Alan Fenwick", "Rovers coach")


def test_an_honorific_alone_is_no_role() -> None:
    found = quotes('Lord Pellow said: "The bill is a mistake and will fail."')
    q = spoken(found, "bill is a mistake")
    assert q.role is None
    assert clean_role("Lady") is None
    assert clean_role("Lord Chancellor") == "Lord Chancellor"  # an office, not an honorific


def test_a_possessive_role_keeps_its_owner() -> None:
    found = quotes("The vote will be close, the party's campaign chief Tom Arkwright has said.")
    q = spoken(found, "vote will be close")
    assert (q.speaker, q.role) == ("Tom Arkwright", "the party's campaign chief")
    assert clean_role("'s campaign chief") == "campaign chief"  # owner unknown: the ending goes


def test_a_word_after_a_subject_pronoun_is_its_verb_not_a_role() -> None:
    found = quotes(
        "The club is ready to spend as they eye captain Rob Haddon, a source said.",
        '"I am happy here," Haddon said.',
    )
    q = spoken(found, "happy here")
    assert (q.speaker, q.role) == ("Rob Haddon", "captain")


def test_a_month_after_a_time_preposition_is_no_first_name() -> None:
    found = quotes(
        "Until December Vantor said the software would be free.",
        "Sales fell, and in March Vantor said it would cut jobs.",
    )
    assert {q.speaker for q in found} == {"Vantor"}
    paper = quotes("The Sunday Herald said the minister would resign soon.")
    assert [q.speaker for q in paper] == ["Sunday Herald"]  # no time preposition: a name


def test_a_group_described_by_a_plural_common_noun_is_no_speaker() -> None:
    found = quotes(
        "MPs said the prisons were badly run.",
        "Senior Whigs said the leader should go.",
        "The Whigs said the tax would be cut next year.",
    )
    by_text = {q.text.split()[1]: q for q in found}
    assert (by_text["prisons"].speaker, by_text["prisons"].speaker_mention) == (None, "MPs")
    # a capitalised plural names a party: the picker before it is no first name
    assert (by_text["leader"].speaker, by_text["leader"].speaker_mention) == (
        "Whigs", "Senior Whigs")
    assert by_text["tax"].speaker == "Whigs"


def test_a_peer_known_by_title_and_surname_keeps_the_title() -> None:
    found = quotes(
        'Lord Pellow said: "The bill is a mistake and will fail."',
        '"It cannot pass," Pellow added.',
    )
    assert {q.speaker for q in found} == {"Lord Pellow"}
    named = quotes('Lord Alan Pellow said: "The bill is a mistake and will fail."')
    assert [q.speaker for q in named] == ["Alan Pellow"]  # a first name: the name as usual


def test_a_one_word_body_is_not_folded_into_a_longer_name() -> None:
    def said(speaker: str) -> Quote:
        return Quote(text="it will rise", start=0, end=12, kind="indirect", speaker=speaker,
                     cue="said", paragraph=0)

    stats = tally_speakers([
        ("a.txt", [said("Whigs"), said("Whigs")]),
        ("b.txt", [said("New Whigs")]),
        ("c.txt", [said("Fenwick")]),
        ("d.txt", [said("Alan Fenwick")]),
    ])
    names = {s.speaker: s.total for s in stats}
    assert names == {"Whigs": 2, "New Whigs": 1, "Alan Fenwick": 2}


def test_a_common_noun_owner_is_no_word_of_the_role() -> None:
    found = quotes(
        "Late singer Rob Varney once turned down the part.",
        "The singer's friend Ann Tressel told a magazine that the agent sent him the script. "
        'The singer refused, saying: "I will never play a gangster."',
    )
    q = spoken(found, "never play a gangster")
    assert q.speaker != "Ann Tressel"  # a friend of the singer, not the singer


def test_a_bare_appositive_up_to_a_role_noun_is_a_role() -> None:
    found = quotes('"People want style," said Dr Anton Brisk, senior adviser on media at Zentrix.')
    q = spoken(found, "want style")
    assert (q.speaker, q.role) == ("Anton Brisk", "senior adviser on media at Zentrix")
    aside = quotes('Ann Tressel, speaking in Leeds, said the plan was "a total shambles now".')
    assert [q.role for q in aside] == [None]


def test_a_role_shown_ends_with_its_noun() -> None:
    assert clean_role("a spokesman for Mrs") == "a spokesman"


def test_a_possessive_pronoun_opening_a_role_is_not_part_of_it() -> None:
    """"Her coach Ann Lee": shown alone, "Her coach" means nothing; the role is "coach"."""
    found = quotes("Ivy Marsh won again. Her coach Tom Pell said the race had been hard.")
    q = spoken(found, "race had been hard")
    assert (q.speaker, q.role) == ("Tom Pell", "coach")
    assert clean_role("its chief executive") == "chief executive"
    assert clean_role("His") == "His"  # (a lone word is left to the other cleaners)


def test_a_function_word_opening_a_title_is_part_of_the_role() -> None:
    """"First Minister Ann Lee": "First" is no sentence opener here but the title's first word,
    so the role is "First Minister", not "Minister"."""
    text = 'First Minister Ann Kestrel said: "The ban will come in spring."'
    q = spoken(quotes(text), "ban will come")
    assert (q.speaker, q.role) == ("Ann Kestrel", "First Minister")
    off = spoken(quotes(text, disabled=frozenset({"title_word_opens_title"})), "ban will come")
    assert off.role == "Minister"
