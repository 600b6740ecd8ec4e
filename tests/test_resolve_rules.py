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
        "Norway's Ivar Stenlund won the bronze medal after a long appeal.",
        "He said: 'The judges took their time over the footage.'",
    )
    assert speakers(*paras) == ["Ivar Stenlund"]
    assert speakers(*paras, off="place_owns_person") != ["Ivar Stenlund"]


def test_a_name_with_a_plural_verb_is_a_team_not_he() -> None:
    """A one-word name leading its clause with "have"/"are"/"were" is a team or body
    ("Hull have refused"): a later "he added" means the person, not the team."""
    paras = (
        "Rowing secretary Tom Brandle said the crews were tired.",
        "Hull have since rejected a 'night race' on the river, a choice that Brandle says has"
        " upset the rowers.",
        "'Nobody trains in the dark,' he added.",
    )
    assert speakers(*paras)[-1] == "Tom Brandle"
    assert speakers(*paras, off="plural_verb_names_body")[-1] != "Tom Brandle"


def test_accented_first_name_has_the_gender_of_its_plain_spelling() -> None:
    """"Gérard" is a man's name like "Gerard": he is no antecedent of "she"."""
    paras = (
        "Ana Roble wrote the cookbook in Lyon. Gérard Lune took its photographs.",
        "'It was hard to finish,' she said.",
    )
    assert speakers(*paras) == ["Ana Roble"]
    assert speakers(*paras, off="accented_first_name") == ["Gérard Lune"]


def test_a_person_role_in_apposition_makes_a_place_surname_a_person() -> None:
    """"Torvald Lane, chairman of the allotment society" is a person although "lane" names
    streets: "Mr Lane" later is Torvald Lane."""
    paras = (
        "Torvald Lane, chairman of the allotment society, said the plots would stay open.",
        '"The waiting list is long," Mr Lane said.',
    )
    assert speakers(*paras) == ["Torvald Lane", "Torvald Lane"]
    assert speakers(*paras, off="person_role_names_person")[-1] == "Lane"


def test_a_street_after_a_possessive_is_no_speaker_nor_he() -> None:
    """"Miller's Lane" is a place: it is no speaker and no antecedent of "he"."""
    paras = (
        "Baker Sam Oduya opened his second shop on Monday.",
        "The mural by Sam on Miller's Lane says he always wanted a bakery.",
        "'Bread is my whole life,' he sang.",
    )
    assert speakers(*paras) == [None, "Sam Oduya"]
    assert speakers(*paras, off="place_after_possessive")[0] == "Lane"


def test_a_name_after_a_short_opener_leads_the_clause() -> None:
    """"Furious, Ms Ode went to the council": after one opening word and a comma the name is
    the subject, so "the 41-year-old" next is her."""
    paras = (
        "Ann Ode keeps bees in a garden next to Tom Lee's workshop.",
        "Worse still, Mr Lee began sawing timber at dawn.",
        "Furious, Ms Ode went to the council twice.",
        "Though told to wait, the 41-year-old says the sawing went on all spring.",
    )
    assert speakers(*paras) == ["Ann Ode"]
    assert speakers(*paras, off="short_opener_subject") != ["Ann Ode"]


def test_an_age_is_the_speaker_of_the_cueless_quote_before_it() -> None:
    """"The 62-year-old" after a quote without a cue is that quote's speaker, not a name in
    the picture caption before the quote."""
    paras = (
        "Lars Vint thanked the orchestra after the premiere.",
        "'We rehearsed for months,' Vint said.",
        "Violinist Kim Osta bows with cellist Jon Pell after the concert",
        "'The hall has never sounded better.'",
        "The 62-year-old also revealed that the tour will go to Japan in May.",
    )
    assert speakers(*paras)[-1] == "Lars Vint"
    assert speakers(*paras, off="age_after_floating")[-1] == "Kim Osta"


def test_an_age_on_the_line_after_a_quote_follows_the_cueless_quote_before() -> None:
    """"...?'¶said the 45-year-old.": the cue on the next line is resolved once the cue-less
    quote before it has its speaker."""
    paras = (
        "Mia Torv has climbed six peaks this year.",
        "'I want one more,' she said.",
        "'My guides have been wonderful and I trust them.'",
        "So how close to the summit record does Torv feel?",
        "'There is always more. Could I have started earlier?'",
        "said the 45-year-old.",
    )
    assert speakers(*paras) == ["Mia Torv"] * 3  # (floating.age_role_in_turn agrees)


def test_he_after_cueless_quotes_is_their_speaker() -> None:
    """"He added" beyond the pronoun's reach, after a run of quotes without a cue, is the
    speaker of those quotes; after an unnamed spokesman's quote it stays unnamed."""
    paras = (
        "Chef Paulo Brenn was pleased with the new menu.",
        "Brenn said: 'We tasted every dish.'",
        "'The fish was the hardest.'",
        "'We changed it nine times.'",
        "'I am proud of the kitchen.'",
        "'We open again on Friday,' he added.",
    )
    assert speakers(*paras)[-1] == "Paulo Brenn"
    assert speakers(*paras, off="pronoun_after_floating")[-1] is None
    unnamed = (
        "Chef Paulo Brenn was pleased with the new menu.",
        "A restaurant spokesman said: 'We know about the queue.' He added: 'We will fix it.'",
    )
    assert speakers(*unnamed) == [None, None]


def test_a_name_after_an_opening_phrase_and_an_auxiliary_leads_the_clause() -> None:
    """"Having signed her contract, Vale will ...": Vale is the subject, so "she said" next is
    Vale, not the last name of a list later in the sentence."""
    paras = (
        "The theatre confirmed a new contract for director Rosa Vale on Monday.",
        "Having signed her contract, Vale will now cast the roles for next season — Ines"
        " Ode, Bea Marr and Kit Lund — whose parts are still open.",
        "'I wanted my own future settled first,' she said.",
    )
    assert speakers(*paras) == ["Rosa Vale"]
    assert speakers(*paras, off="opening_phrase_then_auxiliary") != ["Rosa Vale"]


def test_a_guard_is_a_role_before_a_name() -> None:
    """"Fellow guard Ivo Trask – ... – wrote": "guard" is a person's role, so the name after
    it leads the clause and is the "he" of the next quote."""
    paras = (
        "Another guard, Bo Lind, praised the museum's new alarm.",
        "Fellow guard Ivo Trask – who has worked nights for a decade – wrote a long letter"
        " about the lighting.",
        "'The east wing is far too dark,' he wrote.",
    )
    assert speakers(*paras)[-1] == "Ivo Trask"


def test_an_open_appositive_before_at_a_body_gives_the_name() -> None:
    """"Rhea Amis, a marine biologist at Kelso Aquarium said": the appositive is left open,
    the person before its comma speaks, not the description."""
    paras = (
        "The aquarium will add a second shark tank next year.",
        "Rhea Amis, a marine biologist at Kelso Aquarium said the tank is 'long overdue and"
        " well planned'.",
    )
    assert speakers(*paras) == ["Rhea Amis"]
    assert speakers(*paras, off="open_appositive_at") != ["Rhea Amis"]


def test_named_only_as_in_an_appositive_gives_the_name() -> None:
    """"A fisherman, named only as Tiago, told ...": the appositive names the person the
    description means; "He said" next is him too."""
    paras = (
        "The harbour was closed for a second day.",
        "A fisherman, named only as Tiago, told reporters that the boats had stayed in port.",
        "He said: 'Nobody goes out in this wind.'",
    )
    assert speakers(*paras) == ["Tiago", "Tiago"]
    assert speakers(*paras, off="named_as_in_appositive") == [None, None]


def test_a_role_opening_a_subordinate_clause_is_not_the_subject() -> None:
    """"Lee studied under Ode when the professor announced ...": the writer would say "he"
    for Lee, so the professor is Ode, the other person named before it."""
    paras = (
        "Researcher Tom Lee will run the laboratory until the summer.",
        "Lee had been working as a student under Ian Ode when the professor announced in March"
        " that he would retire.",
    )
    assert speakers(*paras) == ["Ian Ode"]
    assert speakers(*paras, off="role_is_not_the_subject") == ["Tom Lee"]


def test_she_with_only_men_in_reach_is_the_woman_who_spoke_before() -> None:
    """"She added" when only men are in the pronoun's reach is the last woman who spoke a
    little further back."""
    paras = (
        "Inspector Mrs Ana Rulfo published her findings on the bridge on Friday.",
        "Mrs Rulfo said: 'My task was to test the cables, not the design.",
        "'Nor was I asked about the budget.'",
        "Tom Carle said the builders had worked through the winter.",
        "His engineer, Ben Marr, who left the firm in May, denied cutting corners.",
        "Concluding the cables were sound, she added: 'They will last fifty years.'",
    )
    assert speakers(*paras)[-1] == "Ana Rulfo"
    assert speakers(*paras, off="gender_reaches_back")[-1] is None


def test_a_persons_name_after_any_possessive_is_indexed() -> None:
    """"At the fair Lisbon Porto's Mayor Ravi Sen has ...": the person after the possessive
    is a name of the article even when the owner is no known place, so "he" later finds him;
    a title or a first name marks the person ("Lee's Wolf Brother" is no one)."""
    paras = (
        "Food and wine: At the fair Lisbon Porto's Mayor Ravi Sen has opened a new market hall.",
        "He has visited the stalls twice since the spring.",
        "On Sunday, in his weekly address, he said traders needed to 'open earlier'.",
    )
    assert speakers(*paras) == ["Ravi Sen"]
    assert speakers(*paras, off="window_reads_past_possessive") != ["Ravi Sen"]


def test_an_opening_ly_adverb_is_no_speaker() -> None:
    """"Usually, the harvest starts in May, said farmer Bo Tran": the opening adverb is no
    name with an appositive; the speaker follows the cue and "he" next is him."""
    paras = (
        "Ann Lee bought the orchard on Monday.",
        "Usually, the cherry harvest in the valley begins in the second week of May, said"
        " farmer Bo Tran, who has grown fruit here for forty years.",
        '"This year the rain came late," he said.',
    )
    found = find_quotes(make(*paras))
    assert [q.speaker for q in found] == ["Bo Tran", "Bo Tran"]
    assert found[0].text.startswith("Usually, the cherry harvest")
    assert speakers(*paras, off="sentence_adverb_is_no_name")[0] is None


def test_an_epithet_of_feat_or_family_is_the_person_in_view() -> None:
    """"The 9-time regatta winner" or "the proud father", a description the article ties to
    no name, is the person in view, as an age is; an anonymous source noun ("a judge") and a
    described one ("the father of the cox") are not."""
    paras = (
        "Tom Stram took the single sculls at the lake on Sunday.",
        "'The wind was brutal,' the nine-time regatta winner said.",
        "Paul Oskar watched his son row from the bank.",
        "'I could not breathe,' the proud father said.",
        "Ada Rell beat the favourite by a length.",
        "'I did not expect it,' the video maker added.",
    )
    assert speakers(*paras) == ["Tom Stram", "Paul Oskar", "Ada Rell"]
    assert speakers(*paras, off="epithet_person_in_view") == [None, None, None]
    assert speakers(
        "Tom Stram took the single sculls at the lake on Sunday.",
        "'It was close,' the father of the cox said.",
    ) == [None]


def test_a_nationality_renames_the_person_quoted_before_when_unambiguous() -> None:
    """"The Swede" is the person in view whom the article quoted before, when no one else
    was named after them; someone only described so far, or another name in between,
    leaves it unnamed."""
    paras = (
        "'The ice was soft,' said Ann Voss after the race.",
        "Voss finished second in the relay. 'We will win next year,' the Swede said.",
    )
    assert speakers(*paras) == ["Ann Voss", "Ann Voss"]
    assert speakers(*paras, off="demonym_person_in_view") == ["Ann Voss", None]
    never_quoted = ("Ann Voss finished second in the relay.", "'We will win,' the Swede said.")
    assert speakers(*never_quoted) == [None]
    other_named = (
        "'The ice was soft,' said Ann Voss after the race.",
        "Voss later met coach Tom Baird. 'We will win next year,' the Swede said.",
    )
    assert speakers(*other_named)[-1] is None


def test_a_kinship_source_is_the_person_introduced_in_that_relation() -> None:
    """"His mother said" is the person the article introduced as his mother ("His mother,
    Claire Ode, ..." / "Ann Ode, his wife, ..."), not the possessor; a mother introduced for
    someone else is not his."""
    paras = (
        "Tom Ode, 12, was hurt when the bus left the road on Friday.",
        "His mother, Claire Ode, was at work in the town at the time.",
        "'He is a brave boy,' his mother said.",
    )
    assert speakers(*paras) == ["Claire Ode"]
    assert speakers(*paras, off="kin_introduced_in_relation") != ["Claire Ode"]
    wife = (
        "Bo Marr was rescued from the ice. Ann Marr, his wife, drove him home.",
        "'He is very tired,' his wife told the paper.",
    )
    assert speakers(*wife) == ["Ann Marr"]
    assert speakers(*wife, off="kin_introduced_in_relation") != ["Ann Marr"]
    someone_elses = (
        "Ann Ode's mother, Claire Ode, runs the bakery. Tom Ode was hurt on Friday.",
        "'He is a brave boy,' his mother said.",
    )
    assert speakers(*someone_elses) == [None]
    no_one = ("Tom Lee was rescued from the ice on Sunday.", "'He is tired,' Lee's wife said.")
    assert speakers(*no_one) == [None]  # (not Tom Lee)


def test_a_trade_noun_is_the_body_introduced_with_it() -> None:
    """"The airline said" is the body the article introduced as an airline ("budget airline
    Flyco"), or the one body in view that spoke; never the place a description ends in, nor
    the words of a description before the noun ("the High Street retailer")."""
    intro = (
        "Budget airline Flyco has cancelled forty flights after a strike by its pilots.",
        "The airline said the pilots had rejected a 3% pay offer.",
    )
    assert speakers(*intro) == ["Flyco"]
    assert speakers(*intro, off="trade_noun_names_body") != ["Flyco"]
    in_view = (
        "Grenmark Insurance said claims had doubled after the floods.",
        "The insurer said it would raise premiums next year.",
    )
    assert speakers(*in_view) == ["Grenmark Insurance", "Grenmark Insurance"]
    assert speakers(*in_view, off="trade_noun_names_body")[-1] is None
    place = (
        "Cash-poor US firms have lobbied hard for the tax break.",
        "The airline said the break would save jobs.",
    )
    assert speakers(*place) == [None]
    description = ("The High Street retailer said sales fell by 4% over Christmas.",)
    assert speakers(*description) == [None]


def test_a_kinship_source_after_its_verb_is_read_as_the_source() -> None:
    """"..., said his mother" is a kinship source like "his mother said": the person introduced
    as his mother, or no one (never the possessor, never the last speaker)."""
    paras = (
        "Tom Ode, 12, was hurt when the bus left the road on Friday.",
        "His mother, Claire Ode, was at work in the town at the time.",
        "'He is a brave boy,' said his mother.",
    )
    assert speakers(*paras) == ["Claire Ode"]
    assert speakers(*paras, off="inverted_kin_source") != ["Claire Ode"]
    no_one = (
        "'The ice was thin,' said Tom Lee, a guide.",
        "Lee's son was rescued on Sunday. 'We are proud of him,' said the boy's father.",
    )
    found = find_quotes(make(*no_one))
    assert [q.speaker for q in found] == ["Tom Lee", None]
    assert found[-1].speaker_mention == "the boy's father"
    off = find_quotes(make(*no_one), disabled={"inverted_kin_source"})
    assert off[-1].speaker_mention != "the boy's father"


def test_a_named_possessors_kin_before_the_cue_is_the_subject() -> None:
    """"Tom Ode's mother said": the subject is the mother, not the name that owns her, so the
    kinship sieve gives the person introduced as Tom Ode's mother, or no one."""
    paras = (
        "Tom Ode, 12, was hurt when the bus left the road on Friday.",
        "Tom Ode's mother, Claire Ode, was at work in the town at the time.",
        "The boy had cycled to school for years, Tom Ode's mother said.",
    )
    assert speakers(*paras) == ["Claire Ode"]
    assert speakers(*paras, off="named_possessor_kin_subject") == ["Tom Ode"]
    no_one = ("Tom Ode, 12, was hurt when the bus left the road on Friday.",
              "The boy had cycled to school for years, Tom's father said.")
    found = find_quotes(make(*no_one))
    assert [(q.speaker, q.speaker_mention) for q in found] == [(None, "Tom's father")]


def test_bare_lowercase_body_noun_is_the_body_named_with_it() -> None:
    """"police say" with no determiner is the force the article named with "police" in its
    name; a document noun ("report said") is no body, and a phrase cut by a quoted word
    ("the 'failing' agency noting") names no one."""
    paras = (
        "The Acme County Police Department said on Friday that Bob Ode faces eight counts.",
        "Ode was charged in May, after which police say the man fled the country.",
    )
    assert speakers(*paras) == ["Acme County Police Department"] * 2
    assert speakers(*paras, off="bare_body_noun")[-1] is None
    cut = (
        "The Lane Child Support Agency has a new chief.",
        "MPs published a report into the “failing” agency noting the old chief “has now "
        "left” his post.",
    )
    assert speakers(*cut)[-2:] == [None, None]


def test_name_and_body_noun_is_the_body_named_in_full() -> None:
    """"Acme County police" is the one body the article names with both ("the Acme County
    Police Department"), not the county the name before the noun alone would give."""
    paras = (
        "The Acme County Police Department said on Friday that Bob Ode faces eight counts.",
        "According to Acme County police, the 26-year-old fled the country.",
    )
    assert speakers(*paras) == ["Acme County Police Department"] * 2
    assert speakers(*paras, off="body_named_in_full")[-1] == "Acme County"


def test_document_cited_before_its_maker_is_named() -> None:
    """"The memo warns ..." before "The document – prepared by Acme – says ..." is Acme's: a
    definite document described with its maker is the one already cited, when Acme is the
    one owner the article's documents have; a second owner leaves the early memo to no one."""
    paras = (
        "The memo also warns that the firm faces turmoil if the vote is lost.",
        "The document – prepared by the Acme Research Service – states that profits will fall.",
    )
    assert speakers(*paras) == ["Acme Research Service"] * 2
    assert speakers(*paras, off="document_described_later") == [None, "Acme Research Service"]
    two = (*paras, "A survey by Ode Polls found that most staff agree.")
    assert speakers(*two)[0] is None


def test_the_couple_are_the_two_people_joined_with_and() -> None:
    """"The couple" are the two people an earlier sentence joined with "and" (also "X and his
    wife, Y"), not no one."""
    paras = (
        "Tom Ode and his wife, Ann Ode, say he is innocent of the charge.",
        "He was jailed last week.",
        "But the couple call it 'an accident', not abuse.",
    )
    assert speakers(*paras)[-1] == "Tom Ode and Ann Ode"
    assert speakers(*paras, off="couple_is_the_pair")[-1] is None


def test_hyphenated_family_description_heads_the_source() -> None:
    """"The mother-of-two said" has a source as "the mother said" has: the hyphenated
    description is its head noun, and as an epithet it is the person in view."""
    paras = (
        "Singer Ann Ode, 34, was arrested on Monday after a row at a bar.",
        "The mother-of-two said she was innocent and would prove it.",
    )
    assert speakers(*paras) == ["Ann Ode"]
    assert speakers(*paras, off="hyphenated_person_noun") == []


def test_gendered_epithet_looks_past_the_other_gender() -> None:
    """A gendered epithet ("the mother-of-nine") looks past a man who led a clause since, to
    the woman in view, instead of giving up."""
    paras = (
        "Tom Lee, 46, denies the charge. His mother Kay Ode told reporters on Sunday that her "
        "son was innocent. 'I know his character,' she said. Describing Mr Lee as 'a good "
        "man', the mother-of-nine said she feared he would not get a fair trial.",
    )
    assert speakers(*paras)[-1] == "Kay Ode"
    assert speakers(*paras, off="epithet_skips_other_gender")[-1] is None


def test_cueless_quote_of_an_unknown_full_name_feeds_a_later_pronoun() -> None:
    """A name of two words the lexicon does not know as a person, whose quote has no cue of
    its own, is still a person once it speaks: a later "he wrote" is theirs."""
    paras = (
        "Queues for food in the besieged city",
        "This is not the picture the group's PR machine would like the world to see Abu "
        "Ibrahim Qasimi",
        "one of the group's founders, wrote the message: 'Lines waiting for some food.'",
        "For those lucky enough to have a home, he paints a bleak picture.",
        "'The city has no power for 21 hours a day,' he wrote in another post.",
    )
    assert speakers(*paras)[-1] == "Abu Ibrahim Qasimi"
    assert speakers(*paras, off="speaking_name_is_person")[-1] is None


def test_the_noun_ending_one_body_name_is_that_body() -> None:
    """"The hospital said" is the one body whose name ends in "Hospital"; not when the phrase
    is an object ("staff at the hospital said": the staff), nor for a document ("the
    report"), whose words are its issuer's."""
    paras = (
        "Hospital rejects ward plan",
        "Staff at Leeds General Hospital met on Monday to discuss the plan.",
        "The meeting ran late.",
        "In a statement the hospital said the plan was wrong.",
    )
    assert speakers(*paras)[-1] == "Leeds General Hospital"
    assert speakers(*paras, off="body_named_with_head")[-1] is None
    obj = (*paras[:3], "Some nurses at the hospital said the plan was wrong.")
    assert speakers(*obj)[-1] != "Leeds General Hospital"


def test_family_noun_after_the_cue_is_the_source() -> None:
    """"..., said the mother" has a source as "the mother said" has: the family noun or epithet
    is the person in view of its gender, or no one, never a person of the other gender."""
    paras = (
        "Ann Ode, 34, lost her home when the river rose on Friday.",
        "“We will build it again,” said the mother.",
    )
    found = find_quotes(make(*paras))
    assert [(q.speaker, q.speaker_mention) for q in found] == [("Ann Ode", "the mother")]
    off = find_quotes(make(*paras), disabled={"inverted_family_source"})
    assert [q.speaker_mention for q in off] != ["the mother"]
    other_gender = (
        "Tom Ode, 8, was hurt when the bus left the road on Friday.",
        "“He is a brave boy,” said the mother.",
    )
    found = find_quotes(make(*other_gender))
    assert [(q.speaker, q.speaker_mention) for q in found] == [(None, "the mother")]


def test_family_noun_with_a_count_of_children_heads_the_source() -> None:
    """"The mother of two said" has a source as "the mother-of-two said" has: the family noun
    heads it (the count is no source of its own), for the epithet rules to resolve."""
    paras = (
        "Ann Ode, 34, lost her home when the river rose on Friday.",
        "The mother of two said she would build it again.",
    )
    found = find_quotes(make(*paras))
    assert [(q.speaker, q.speaker_mention) for q in found] == [("Ann Ode", "The mother of two")]
    off = find_quotes(make(*paras), disabled={"family_of_count_before_cue"})
    assert [q.speaker for q in off] != ["Ann Ode"]
