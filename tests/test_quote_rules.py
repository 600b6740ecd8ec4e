"""Quote-finder rules that hold on every corpus, each stated with invented sentences.

One test per principle (issue 14 section 2); none names an article of any corpus.
"""

from __future__ import annotations

from .conftest import quotes


def test_same_mark_nested_quote_keeps_the_outer_quote_open() -> None:
    """In a single-quoted article a quote inside a quote uses the same mark: the outer quote,
    carried over the next paragraph, is still one quote by its speaker."""
    found = quotes(
        "Asked about the result, Marta Quill said: 'I did not expect to win.",
        "'It was like 'wow'. The crowd was loud and the pitch was heavy.",
        "'We will train again on Monday.'",
    )
    direct = [q for q in found if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("I did not expect")
    assert direct[0].text.endswith("again on Monday.")
    assert direct[0].speaker == "Marta Quill"


def test_same_mark_nested_quote_closing_the_paragraph_closes_both() -> None:
    """A nested quote at the very end ('... think 'why me?'') closes the outer quote too."""
    found = quotes(
        "Tobias Wren is a careful man.",
        "'There are bad days. I sit and think 'why me? Why now?'",
        "The club declined to comment.",
    )
    direct = [q for q in found if q.kind == "direct"]
    assert [q.text for q in direct] == ["There are bad days. I sit and think 'why me? Why now?"]


def test_picture_caption_does_not_end_a_speakers_turn() -> None:
    """A line with no sentence end between two quote paragraphs is a picture caption: the
    cue-less quote after it still continues the speaker before it."""
    found = quotes(
        "The coach was in a good mood after training.",
        "'We are ready for the derby,' said Dario Velt.",
        "Dario Velt watches his players train at the club's ground on Monday",
        "'Nobody is injured and everyone wants to play.'",
    )
    direct = [q for q in found if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Dario Velt", "Dario Velt"]
    # a bulleted line is narrative (a list), not a caption: it ends the turn
    found = quotes(
        "'We are ready for the derby,' said Dario Velt.",
        "- the stadium opens at noon",
        "'Nobody is injured and everyone wants to play.'",
    )
    direct = [q for q in found if q.kind == "direct"]
    assert direct[1].speaker is None


def test_the_paragraphs_of_a_long_quote_keep_its_speaker_in_view() -> None:
    """The paragraphs of a quote running over several paragraphs hold no quote of their
    own, yet the speaker is still speaking: the next cue-less quote is theirs."""
    found = quotes(
        "Asked about the season, Ines Marbeck said: 'It has been long.",
        "'The team worked hard every week.",
        "'I am proud of them.",
        "Marbeck lifts the trophy in front of the fans",
        "'Next year we want more.'",
    )
    direct = [q for q in found if q.kind == "direct"]
    assert len(direct) == 2
    assert [q.speaker for q in direct] == ["Ines Marbeck", "Ines Marbeck"]


def test_a_hyphenated_role_before_the_name_after_said() -> None:
    """"said study co-author Mia Holt": a role of lower-case words, hyphenated or not, may
    stand between an inverted cue and the name; the name is the speaker, the cue is "said"
    (not the outlet that relayed it)."""
    found = quotes(
        "Scientists have a new theory about the planet.",
        "'We think that is quite likely,' said study co-author Mia Holt, reported the Clarion.",
    )
    assert [(q.speaker, q.cue) for q in found if q.kind == "direct"] == [("Mia Holt", "said")]


def test_a_place_of_residence_is_never_the_speaker() -> None:
    """"X, of/from PLACE, said": the phrase says where X lives; X speaks, not the place
    (with or without the closing comma, with an age or a county after it)."""
    found = quotes(
        "A boy copied a footballer's trick.",
        "His mother Wenna Trask, 32, of Brackwell, north Kent, said: 'He loves football.'",
        "Outside the court, Tobin Vale, of Marlow said the crash 'was not intentional'.",
        "Mr Ansty, from Lower Foxwood, Dorset said his dog dragged him indoors.",
    )
    assert [q.speaker for q in found] == ["Wenna Trask", "Tobin Vale", "Ansty"]


def test_according_to_only_relays_the_inner_speakers_words() -> None:
    """"X claims ... 'words', according to OUTLET": the outlet tells where the report comes
    from; the quoted words are still the words of the clause's own speaker."""
    found = quotes(
        "A singer has sued an actress over a hen.",
        "Vera Olsk claims a classmate had been 'envious' of her pet hen, according to the Clarion.",
    )
    partial = [q for q in found if q.kind == "partial"]
    assert [(q.text, q.speaker) for q in partial] == [("envious", "Vera Olsk")]


def test_claims_after_an_adverb_or_an_appositive_is_a_cue() -> None:
    """"claims" and "states" are mostly nouns, but after a subject they are verbs, also past
    an adverb ("She also claims") or a describing appositive ("Vera Olsk, now living in
    Oslo, claims"); not after an adverbial clause ("the Act, as it is known, calls ...")."""
    found = quotes(
        "A singer has sued an actress over a hen.",
        "Vera Olsk, now living in Oslo, claims the hen was stolen in 1990.",
        "She also claims the theft had traumatised her.",
    )
    assert [(q.kind, q.speaker, q.cue) for q in found] == [
        ("indirect", "Vera Olsk", "claims"), ("indirect", "Vera Olsk", "claims")]


def test_a_one_word_label_before_a_name_is_no_quote() -> None:
    """"'Singer' Vera Olsk says ...": one capitalised word in marks before a name labels the
    person; it is no speech (a nickname inside a name, Marcia 'Cia' Price, is left alone)."""
    found = quotes(
        "A singer has sued an actress over a hen.",
        "'Singer' Vera Olsk says the hen was stolen in 1990.",
    )
    assert [(q.kind, q.text) for q in found] == [("indirect", "the hen was stolen in 1990")]


def test_a_cue_on_the_next_line_in_lower_case_is_the_quotes() -> None:
    """A quote ending its paragraph mid-sentence ("...,'") takes the cue of the next line
    when that line opens in lower case: one sentence broken by a stray line break."""
    found = quotes(
        "The coach spoke after training on Friday.",
        "'We are ready for the derby,'",
        "said coach Dario Velt.",
    )
    assert [(q.speaker, q.cue) for q in found] == [("Dario Velt", "said")]


def test_the_n_year_old_is_the_person_in_view() -> None:
    """"said the 30-year-old" describes the person the article has just been writing about
    (the last person who led a clause or spoke), never a nationality ("the 24-year-old
    Swiss" names no one)."""
    found = quotes(
        "Tomas Brenner won the final in Basel on Sunday.",
        "'It was a hard match,' said the 30-year-old.",
        "Ines Halvor lost in the first round.",
        "'I was tired,' the 24-year-old Swiss added.",
    )
    assert found[0].speaker == "Tomas Brenner"
    assert found[1].speaker in {None, "Ines Halvor"}


def test_sung_words_are_quoted_words() -> None:
    """"'...,' Mr Velt sang": a singer's quoted words are a quote with the singer as its
    speaker, as with "said"."""
    found = quotes(
        "Dario Velt gave a speech at his brother's wedding.",
        "'You were always my hero,' Mr Velt sang.",
    )
    assert [(q.speaker, q.cue) for q in found] == [("Dario Velt", "sang")]


def test_a_study_speaks_for_the_body_named_before_it() -> None:
    """"according to a new Ode Polls study": a study, survey or poll speaks for the body
    named right before it (two words or more, or an acronym); not for a nationality or a
    word opening the sentence ("Revised figures suggest ..." names no one)."""
    found = quotes(
        "Air miles are worth less than travellers think.",
        "It depends on the route you fly, according to a new Ode Polls study of 70 million trips.",
        "Revised figures suggest the market grew by just 0.1% last year.",
    )
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "Ode Polls"),
                                                    ("indirect", None)]


def test_a_capitalised_run_holding_a_pronoun_is_a_title_not_a_name() -> None:
    """"You Will Find Yourself" is a book title: a capitalised run with "you", "me" or
    "our" in it names no one, so "he" is not resolved to it (nor "Will" a first name)."""
    found = quotes(
        "Historian Anton Brecke has written a new book.",
        "You Will Find Yourself, which examines the years after the war, is out now.",
        "'Readers keep asking me about my own family,' he told the newspaper.",
    )
    assert [q.speaker for q in found] == ["Anton Brecke"]


def test_picture_captions_do_not_put_a_name_out_of_a_pronouns_view() -> None:
    """Caption lines between a name and "he said" are no narrative: "he" still finds the
    name written before them."""
    found = quotes(
        "Tomas Brenner won the final in Basel on Sunday.",
        "The trophy is lifted in front of the home crowd",
        "Fans in Basel celebrate the win in the main square",
        "The tournament director presents the prize money",
        "A coach watches from the stands",
        "'It was the hardest match of my life,' he said.",
    )
    assert [q.speaker for q in found] == ["Tomas Brenner"]


def test_a_first_name_alone_is_the_full_name_given_earlier() -> None:
    """"Ilka said" after "fellow chef Ilka Mareno": a first name alone, even one no name
    list holds, is the one person the article named in full with it."""
    found = quotes(
        "A celebrity chef has filed for divorce.",
        "He was said to be close to fellow chef Ilka Mareno.",
        "Ilka said any suggestion of a romance was false.",
    )
    assert [q.speaker for q in found] == ["Ilka Mareno"]


def test_a_nickname_given_inside_a_name_stands_for_the_person() -> None:
    """Lee 'Big Al' Ode: the nickname in marks inside the name, written alone later, is the
    same person."""
    found = quotes(
        "A reality TV family is in turmoil.",
        "Lee 'Big Al' Ode said he would take a lie detector test.",
        "'I have nothing to hide,' Big Al told the website.",
    )
    assert [q.speaker for q in found] == ["Lee Ode", "Lee Ode"]


def test_the_style_that_opens_more_quotes_is_the_articles() -> None:
    """A single-quoted article that once quotes a sign in double marks is still a
    single-quoted article: its quotes, multi-paragraph ones too, are found."""
    found = quotes(
        "Nora Velt moved into the flat in May.",
        "'On the first morning, I was woken by a noise at 6am.",
        "'The TV was on at full blast right above my bed.'",
        "'He shouted at me,' she said.",
        "A sign on his door read \"Keep out\".",
        "'It was the worst year of my life,' she added.",
    )
    direct = [q for q in found if q.kind == "direct"]
    assert [q.text[:12] for q in direct] == ["On the first", "He shouted a", "It was the w"]
    assert {q.speaker for q in direct[1:]} == {"Nora Velt"}


def test_a_next_line_that_is_only_a_speaker_and_a_cue_attributes_the_quote() -> None:
    """"'...,'¶Velt said.": a short line holding only a speaker and a cue, after a quote
    that ended on a comma, is that quote's attribution; a reaction after a question is not
    ("'Do we throw them out?'¶The crowd cheered.")."""
    found = quotes(
        "The coach spoke after training on Friday.",
        "'We are ready for the derby,'",
        "Dario Velt said.",
    )
    assert [(q.speaker, q.cue) for q in found] == [("Dario Velt", "said")]
    found = quotes(
        "Dario Velt spoke to the fans after training on Friday.",
        "'Do we give up or do we fight?'",
        "The crowd applauded.",
    )
    assert [q.cue for q in found] == [None]


def test_the_latter_and_the_former_are_the_two_names_joined_by_and() -> None:
    """"The latter" is the second and "the former" the first of two names a sentence just
    joined with "and"; "the former coach" is a role, not this reference."""
    found = quotes(
        "Critics Ann Ode and Bo Lee were unimpressed by the show.",
        "Of the lead actor, the latter said that he had been 'a bit wooden' all night.",
        "The former said the music was too loud.",
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("partial", "Bo Lee"), ("indirect", "Ann Ode")]


def test_a_capitalised_plural_of_a_thing_names_no_speaker() -> None:
    """A capitalised plural opening a sentence, whose singular the article writes in lower
    case, is a thing, not a name ("Videos revealed ..." after "a video"); an acronym ending
    in s ("ONS") and a plural for people ("Pollsters") are left alone."""
    found = quotes(
        "A video of the otter went viral last week on the news.",
        "Videos revealed that the otter sings when it is hungry.",
        "ONS said on Monday that factory output fell sharply in May.",
    )
    assert [(q.text[:9], q.speaker) for q in found] == [
        ("the otter", None), ("factory o", "ONS")]


def test_a_quote_opening_with_a_word_that_starts_like_an_elision_is_a_quote() -> None:
    """An apostrophe before a word is an elision only when the whole word is one ('em,
    'til, 'cause): "'Employees ...'" and "'Emergency ...'" open quotes."""
    found = quotes(
        "The holiday was cancelled on Friday.",
        "'Employees will feel cheated by this,' said Ann Ode, the boss of Acme.",
        "'We love 'em all, but they want a day off,' she added.",
    )
    assert [(q.text[:12], q.speaker) for q in found] == [
        ("Employees wi", "Ann Ode"), ("We love 'em ", "Ann Ode")]


def test_a_narrative_paragraph_led_by_the_last_speaker_keeps_their_turn() -> None:
    """A paragraph of narrative in which the last speaker leads a clause and no other
    person is named does not end their turn; one naming another person does."""
    found = quotes(
        "The trainer spoke on Friday.",
        "'We won the race easily,' said Ann Ode.",
        "Ode moved to Leeds in 2010 with three horses.",
        "'It was hard at first.'",
        "Bo Lee bought the stables in 2012 with Ode.",
        "'Nobody thought it would work.'",
    )
    assert [(q.text[:9], q.speaker) for q in found] == [
        ("We won th", "Ann Ode"), ("It was ha", "Ann Ode"), ("Nobody th", None)]


def test_an_unintroduced_statement_is_the_body_that_spoke_last() -> None:
    """"The statement said", with no statement mentioned before, is the body that spoke or
    led a clause last, in this or the previous paragraph."""
    found = quotes(
        "The ship was stuck at sea on Friday.",
        "Acme Cruise Lines officials confirmed that the ship was late.",
        "'The ship is waiting off the coast,' the statement said.",
    )
    assert [(q.text[:9], q.speaker) for q in found] == [
        ("the ship ", "Acme Cruise Lines"), ("The ship ", "Acme Cruise Lines")]


def test_cited_document_speaks_for_the_owner_it_was_introduced_with() -> None:
    """"According to the survey" and bare "research" are the document the article introduced
    with its owner ("a survey by Harlow Metrics"); a later "a new survey" with no owner
    stops that ("according to the survey" is then nobody's)."""
    found = quotes(
        "Rents rose by a third, according to a survey by Harlow Metrics.",
        "Tenants in the north moved most, according to the survey.",
        "Pet owners pay more, according to research by Quenby Analytics.",
        "Cat owners pay most, according to research.",
        "A new survey was published on Friday.",
        "Landlords are leaving, according to the survey.",
    )
    by_text = {q.text.split()[0]: q.speaker for q in found}
    assert by_text["Tenants"] == "Harlow Metrics"
    assert by_text["Cat"] == "Quenby Analytics"
    assert by_text["Landlords"] is None


def test_it_after_a_sentence_about_a_document_speaks_for_its_owner() -> None:
    """"It" opening the sentence after one about an owned document is that document ("A
    study released last year by Harlow Metrics found ... It estimated ...")."""
    found = quotes(
        "A study released last year by Harlow Metrics found that rents rose.",
        "It estimated that tenants paid $2 billion more.",
    )
    est = next(q for q in found if q.cue == "estimated")
    assert est.speaker == "Harlow Metrics"


def test_a_document_edited_by_someone_is_not_theirs() -> None:
    """The editor after a document's appositive is not its owner ("The memo, edited by Ann
    Ode, says": the memo speaks, not Ode; so a later "It states" is not Ode's either)."""
    found = quotes(
        "The memo, edited by Ann Ode, says that the plan is late.",
        "It also states that the plan will cost more.",
    )
    states = next(q for q in found if q.cue == "states")
    assert states.speaker is None


def test_words_on_an_owners_website_are_theirs() -> None:
    """A statement on someone's website, or what "it states" on a body's website, is theirs;
    "the Quill Brain website" is the Quill Brain Project's."""
    found = quotes(
        "The drone is built by the Quill Brain Project, a team from two universities.",
        "On the Quill Brain website it states: 'The team has built ten robots.'",
        "The bill bans late procedures unless \"needed to save a life,\" according to a "
        "statement on Ann Tolliver's website.",
    )
    site = next(q for q in found if q.text.startswith("The team"))
    assert site.speaker == "Quill Brain Project"
    bill = next(q for q in found if q.text.startswith("needed"))
    assert bill.speaker == "Ann Tolliver"


def test_a_narrative_line_naming_no_one_keeps_the_speakers_turn() -> None:
    """A one-sentence narrative paragraph naming no one else, before a paragraph that is all
    quotation, does not end the speaker's turn; one naming someone else does."""
    found = quotes(
        "'We moved in on a Monday,' said Ann Tolliver.",
        "Then the hammering began.",
        "'It started at six every morning and went on until noon.'",
        "'Nobody answered the door,' she said.",
        "Bo Quenby lives next door.",
        "'He is never at home before midnight.'",
    )
    six = next(q for q in found if q.text.startswith("It started"))
    assert six.speaker == "Ann Tolliver"
    never = next(q for q in found if q.text.startswith("He is never"))
    assert never.speaker is None


def test_a_general_paper_word_means_the_only_owned_document() -> None:
    """"The memo" or "the document" with no memo introduced is the one document the article
    gave an owner ("The dossier – compiled by the Quill Policy Unit – ... The memo also
    warns": the unit's); not when two owned documents could be meant."""
    found = quotes(
        "The dossier – compiled by the Quill Policy Unit, a body that advises ministers – "
        "was leaked on Friday.",
        "The memo also warns that the ports are full.",
    )
    assert next(q for q in found if q.cue == "warns").speaker == "Quill Policy Unit"
    found = quotes(
        "The dossier – compiled by the Quill Policy Unit – was leaked on Friday.",
        "A letter from Harlow Metrics disputes it.",
        "The memo also warns that the ports are full.",
    )
    assert next(q for q in found if q.cue == "warns").speaker is None


def test_a_question_ending_its_paragraph_takes_the_speaker_on_the_next_line() -> None:
    """A quoted question that ends its paragraph belongs to a next line that is only a
    person and a cue ("...guess what?"¶Ann Ode recalled.); a group reacting on the next line
    ("The crowd applauded.") does not take it."""
    found = quotes(
        "Ann Ode was a paperboy when he saw the news of the crash.",
        "\"The next day I went to school in shock and guess what?\"",
        "Ann Ode recalled.",
    )
    assert found[0].speaker == "Ann Ode"
    found = quotes(
        "Bo Lee spoke for an hour in the rain.",
        "\"Do we throw them out or do we work with them?\"",
        "The crowd applauded.",
    )
    assert found[0].cue is None


def test_an_age_role_with_no_one_in_view_is_the_speaker_in_turn() -> None:
    """"Said the 30-year-old" naming no person in view is whoever holds the turn; the
    cue-less quote after it stays theirs."""
    found = quotes(
        "'We won,' said Ann Tolliver.",
        "So how close to perfection does Tolliver feel?",
        "'There are always areas. Could I have braked later?'",
        "said the 30-year-old.",
        "'I feel I am doing the best I can.'",
    )
    assert [q.speaker for q in found] == ["Ann Tolliver"] * 3


def test_a_lower_case_line_takes_the_name_that_ends_the_line_before() -> None:
    """A paragraph opening in lower case continues the line before, broken mid-sentence: the
    full name ending that line is the subject of its cue; a line ending in a sentence is no
    such break."""
    found = quotes(
        "The photos were shared by a campaign group. Bleak picture: Omar Quill Tamsin",
        "one of the group's founders, wrote the caption: 'Lines for bread. Hunger everywhere.'",
    )
    assert found[0].speaker == "Omar Quill Tamsin"
    found = quotes(
        "The photos were shared by a campaign group led by Omar Quill Tamsin.",
        "one of the group's founders, wrote the caption: 'Lines for bread. Hunger everywhere.'",
    )
    assert found[0].speaker is None


def test_a_document_subject_with_its_owner_in_an_appositive_speaks_for_them() -> None:
    """"The dossier, prepared by X, says" is X's (a maker's participle), as "a dossier by X"
    is."""
    found = quotes(
        "The dossier, prepared by the Quill Research Service, says that Ruritania is likely "
        "to \"remain a key partner\".",
    )
    assert found[0].speaker == "Quill Research Service"


def test_a_hyphenated_description_is_no_part_of_a_name() -> None:
    """A capitalised word with a lower-case part after its hyphen ("Lisbon-based",
    "Off-colour") describes the name after it and names no one alone; a double-barrelled
    name ("Tamsin Vale-Quill") keeps both parts."""
    found = quotes(
        "Lisbon-based Ostrava Holdings said it would bid again next year.",
        "Off-colour Tamsin Vale-Quill said she was tired after the heat.",
    )
    assert [q.speaker for q in found] == ["Ostrava Holdings", "Tamsin Vale-Quill"]
    alone = "Later the Lisbon-based think tank said it saw growth returning."
    assert quotes(alone)[0].speaker is None
    off = frozenset({"hyphenated_description"})
    assert quotes(alone, disabled=off)[0].speaker == "Lisbon-based"
    assert quotes("Lisbon-based Ostrava Holdings said it would bid.",
                  disabled=off)[0].speaker != "Ostrava Holdings"


def test_a_title_whose_holder_is_not_in_view_names_no_one() -> None:
    """"The Trade Secretary said" with no secretary named in the article gives no speaker,
    not the title's words; with the holder named earlier it is the holder, and a body named
    by a role noun ("the Observer") still speaks."""
    text = "The Trade Secretary said the talks with the unions had failed."
    assert quotes(text)[0].speaker is None
    assert quotes(text, disabled=frozenset({"title_names_no_one"}))[0].speaker == (
        "Trade Secretary")
    named = quotes("Trade Secretary Nell Quarry met the unions.", text)
    assert named[0].speaker == "Nell Quarry"
    assert quotes("The Observer said the talks had failed.")[0].speaker == "Observer"


def test_a_role_keeps_its_modifiers_back_to_the_phrase_opening() -> None:
    """A role's lower-case modifiers run back to the possessive, determiner or acronym that
    opens the noun phrase ("Quillco's chief operating officer", not "officer"); after a
    verb ("met") no boundary opens them and the role stays the post's own words."""
    found = quotes("Quillco's chief operating officer Pia Vane said the firm was kicking the "
                   "tyres of every rival.")
    assert found[0].speaker == "Pia Vane"
    assert found[0].role == "Quillco's chief operating officer"
    off = quotes("Quillco's chief operating officer Pia Vane said the firm "
                 "was kicking the tyres of every rival.",
                 disabled=frozenset({"role_modifiers_from_boundary"}))
    assert off[0].role == "officer"
    met = quotes("Tom Reed met farm trade minister Bo Stein, who said it was good.")
    assert met[0].role == "trade minister"
    won = quotes("Reed won the vote, beating rival candidate Bo Stein, who said it was fair.")
    assert won[0].role == "rival candidate"  # (a participle after a comma opens no role)


def test_an_acronym_and_one_word_after_it_name_one_body() -> None:
    """"QXR Holdings said" is the company, not a Mr Holdings of QXR; after a capitalised word
    the acronym may be a post ("Labour MP Quill"), and two letters may be initials ("AL
    Quill") unless an organisation word follows ("QX Group")."""
    text = "Mining firm QXR Holdings said it would not raise its offer."
    assert quotes(text)[0].speaker == "QXR Holdings"
    assert quotes(text, disabled=frozenset({"acronym_then_word_is_body"}))[0].speaker == (
        "Holdings")
    assert quotes("QX Group said it would sell the unit.")[0].speaker == "QX Group"
    assert quotes("Labour MP Quill said the plan was wrong.")[0].speaker == "Quill"
    assert quotes("AL Quill told a news conference the banks would wait.")[0].speaker == "Quill"


def test_a_nationality_before_a_full_name_is_no_part_of_it() -> None:
    """"Swede Lars Quist said" is Lars Quist, still "the Swede" later; a body's name whose last
    word the article also writes in lower case keeps its nationality word."""
    found = quotes(
        "Swede Lars Quist said he would play on Sunday.",
        "The Swede added that the crowd had been fair.",
    )
    assert [q.speaker for q in found] == ["Lars Quist", "Lars Quist"]
    off = quotes("Swede Lars Quist said he would play on Sunday.",
                 disabled=frozenset({"demonym_before_full_name"}))
    assert off[0].speaker == "Swede Lars Quist"
    body = quotes("British Widget Industry said sales fell, as the widget industry shrank.")
    assert body[0].speaker == "British Widget Industry"


def test_a_fragment_in_a_narrative_sentence_is_its_subjects() -> None:
    """A quoted fragment with no cue inside a narrative sentence is the words of the person
    that sentence is about, not of the last speaker; said *of* someone ("is described as")
    it stays with whoever spoke."""
    story = (
        "\"We trained hard all week,\" Nils Ambrose said after the match.",
        "At half-time, Petra Quayle coached her players to \"stay calm, keep going.\"",
    )
    found = [q for q in quotes(*story) if q.kind == "partial"]
    assert [q.speaker for q in found] == ["Petra Quayle"]
    off = quotes(*story, disabled=frozenset({"fragment_of_narrative_subject"}))
    assert [q.speaker for q in off if q.kind == "partial"] == ["Nils Ambrose"]
    found = quotes(
        "\"We trained hard all week,\" Nils Ambrose said after the match.",
        "Petra Quayle, the new captain, is described as \"a born leader.\"",
    )
    assert [q.speaker for q in found if q.kind == "partial"] != ["Petra Quayle"]


def test_a_day_or_month_alone_names_no_one() -> None:
    """A weekday or month is never a speaker: a phrase whose only capitalised word is a day
    is a description (its named owner speaks, if any); a person whose surname is a day or
    month keeps it."""
    found = quotes(
        "Most farmers back the scheme, according to figures released Friday.",
        "Most voters back the plan, according to a new Quill Polls survey released Monday.",
    )
    assert [q.speaker for q in found] == [None, "Quill Polls"]
    off = quotes(
        "Most farmers back the scheme, according to figures released Friday.",
        disabled=frozenset({"time_word_names_no_one"}),
    )
    assert [q.speaker for q in off] == ["Friday"]
    found = quotes(
        "Tomas Friday, the coach, was upbeat before the game.",
        "The squad is ready, Friday said on the eve of the final.",
    )
    assert found[0].speaker is not None and found[0].speaker.endswith("Friday")


def test_a_date_between_the_subject_and_its_cue_is_skipped() -> None:
    """"Lee in July said": the date is no part of the subject, the name before it speaks;
    a name inside a phrase before the date ("control of the Council in May") does not."""
    line = "But choir leader Ivo Brenn in July said he was tired of the town's \"empty promises\"."
    found = quotes(line)
    assert [q.speaker for q in found] == ["Ivo Brenn"]
    off = quotes(line, disabled=frozenset({"month_phrase_before_cue"}))
    assert [q.speaker for q in off] != ["Ivo Brenn"]
    found = quotes("Farmers trying to win control of the Council in November say the vote is "
                   "theirs to lose.")
    assert [q.speaker for q in found] == [None]


def test_a_person_of_a_body_in_a_descriptions_appositive_speaks() -> None:
    """"DESCRIPTION, Name of Place, said": the person the appositive names speaks, not a name
    inside the description; a name opening the clause keeps its own appositive."""
    line = ("One farmer backing Mr. Dove, Ruth Amble of Hill Farm, said she had written to "
            "every neighbour.")
    assert [q.speaker for q in quotes(line)] == ["Ruth Amble"]
    off = quotes(line, disabled=frozenset({"person_of_body_in_appositive"}))
    assert [q.speaker for q in off] != ["Ruth Amble"]
    found = quotes("The head of the union, Ruth Amble of Hill Farm, said the strike was over.")
    assert [q.speaker for q in found] == ["Ruth Amble"]
    found = quotes("Tom Dove, Ruth Amble of Hill Farm, said the strike was over.")
    assert [q.speaker for q in found] != ["Ruth Amble"]


def test_a_surname_that_is_a_common_word_still_names_its_person() -> None:
    """A capitalised word the article gave as a person's surname names that person even where
    it is also a common word ("Early", "Still", "Back")."""
    story = (
        "Rex Early, a former party chairman, said he would stand for the board.",
        "Voters turned out early on Tuesday in the town.",
        "Told of the count, Early described it as \"news to me and to my staff.\"",
    )
    assert [q.speaker for q in quotes(*story)] == ["Rex Early", "Rex Early"]
    off = quotes(*story, disabled=frozenset({"surname_that_is_a_common_word"}))
    assert [q.speaker for q in off] == ["Rex Early", None]


def test_making_the_case_that_reports_speech() -> None:
    """"X made the case that ...", "makes the point that ..." report what X argued, as
    "argued that" does; "made a point of visiting" reports nothing."""
    line = "Ann Lee made the case that the new tax is unfair to the farmers of the valley."
    found = quotes(line)
    assert [(q.kind, q.speaker, q.text) for q in found] == [
        ("indirect", "Ann Lee", "the new tax is unfair to the farmers of the valley")]
    assert quotes(line, disabled=frozenset({"case_made_that"})) == []
    assert quotes("Tom Ode made a point of visiting every farm in the valley that spring.") == []


def test_state_between_a_place_and_a_noun_is_no_cue() -> None:
    """"Ohio state director", "Texas state lawmakers": "state" after a place name and before
    a noun is the noun, not the verb; "the Quillians state in a letter" is still a cue."""
    line = "Dan Ode, Ohio state director of the Quill Fund, was unsure why the fight started."
    assert quotes(line) == []
    off = quotes(line, disabled=frozenset({"state_before_noun"}))
    assert [q.cue for q in off] == ["state"]
    found = quotes("\"The road is too narrow,\" the Quillians state in a letter to the council.")
    assert [q.cue for q in found] == ["state"]


def test_people_joined_by_and_speak_together() -> None:
    """People joined by "and" as the subject of one cue speak together, the first opening
    the clause; a name that is the object of a clause before them is not one of them."""
    line = ("Sen. Ann Lee (D-Ore.) and former governor Tom Ode suggested that the mayor was "
            "too ready to fight.")
    assert [q.speaker for q in quotes(line)] == ["Ann Lee and Tom Ode"]
    off = quotes(line, disabled=frozenset({"people_joined_by_and"}))
    assert [q.speaker for q in off] == ["Tom Ode"]
    found = quotes("Ann Lee, Tom Ode and Kim Wu say they are no longer taking calls.")
    assert [q.speaker for q in found] == ["Ann Lee, Tom Ode and Kim Wu"]
    found = quotes("After meeting Ann Lee and Tom Ode said he would vote against the plan.")
    assert [q.speaker for q in found] == ["Tom Ode"]


def test_a_participle_belongs_to_the_nearest_clause_before_it() -> None:
    """A participle with no cue of its own belongs to the subject of the nearest clause before
    it, not to the subject of an earlier clause ("While the rivals called for more, Lee held
    back, noting ..."); inside a report it keeps the reporter ("Lee said that ... and Ode
    backed it, adding ...": Lee)."""
    line = ("In the debate, while most of the rivals called for more troops, Ann Lee held back, "
            "noting that the two armies are enemies.")
    assert [q.speaker for q in quotes(line)] == ["Ann Lee"]
    off = quotes(line, disabled=frozenset({"participle_takes_nearest_clause"}))
    assert [q.speaker for q in off] != ["Ann Lee"]
    found = quotes("Ann Lee said that the council and Tom Ode backed the plan, adding that it "
                   "was late.")
    assert [q.speaker for q in found] == ["Ann Lee", "Ann Lee"]


def test_a_sentence_opening_speech_verb_is_no_part_of_the_role() -> None:
    """"Said Harbour Town assistant coach Tom Brack: ..." is an inverted report: "Said" is its
    cue, and the role after it is "Harbour Town assistant coach"; without the colon after the
    name an opening participle may describe the person ("Noted historian")."""
    text = 'Said Harbour Town assistant coach Tom Brack: "We were lucky in the end."'
    found = quotes(text)
    assert found[0].speaker == "Tom Brack"
    assert found[0].role == "Harbour Town assistant coach"
    off = quotes(text, disabled=frozenset({"opening_cue_is_no_role"}))
    assert off[0].role == "Said Harbour Town assistant coach"
    noted = quotes("Noted historian Tom Brack said the war was long.")
    assert noted[0].role == "Noted historian"  # (no colon: a participle describing him)


def test_an_ampersand_joins_one_body_name() -> None:
    """"Shares in Quill & Brack fell" names one firm: "Brack said" or "Quill said" later is the
    firm, not a Mr Brack; a first name after the ampersand starts a second person ("Ann Lee &
    Tom Ode")."""
    text = ("Shares in Quill & Brack fell on Monday.", "Brack said it would cut costs.")
    assert quotes(*text)[0].speaker == "Quill & Brack"
    assert quotes(*text, disabled=frozenset({"ampersand_joins_body"}))[0].speaker == "Brack"
    pair = quotes("The comedy pair Ann Lee & Tom Ode have split.", "Ode said it was sad.")
    assert pair[0].speaker == "Tom Ode"
    short = ("Shares in insurance broker Quill & Brack fell on Monday.",
             "Quill said it would cut costs.", "A Quill spokeswoman said it would recover.")
    assert [q.speaker for q in quotes(*short)] == ["Quill & Brack", "Quill & Brack"]


def test_a_member_title_alone_is_the_member_named_or_no_one() -> None:
    """"The Harbury MP said" is the MP the article named ("Labour MP Ann Quill"); with no MP
    named it is no one, never the words "Harbury MP"."""
    named = ("Labour MP Ann Quill voted against the bill.", "The Harbury MP said it was wrong.")
    assert quotes(*named)[0].speaker == "Ann Quill"
    alone = ("The vote was close.", "The Harbury MP said the plan was wrong.")
    assert quotes(*alone)[0].speaker is None
    off = quotes(*alone, disabled=frozenset({"member_title_holder"}))
    assert off[0].speaker == "Harbury MP"


def test_an_opening_ing_word_is_no_name() -> None:
    """A capitalised -ing word opening a sentence, never capitalised inside one, is a
    participle: "Having said that" has no speaker "Having", and "Praising Harbour Town ...,
    she said" is the woman named before; "Reading" that the article also writes "at Reading"
    stays a name."""
    off = frozenset({"opening_participle"})
    having = ("Tom Reed ran well.", "Having said that, Ann Lee is in much better shape.")
    assert quotes(*having)[0].speaker is None
    assert quotes(*having, disabled=off)[0].speaker == "Having"
    praising = ("Ann Lee spoke at the hall.", "Praising Harbour Town and Rovers for their "
                "work, she said: \"We have seen real change.\"")
    assert quotes(*praising)[0].speaker == "Ann Lee"
    assert quotes(*praising, disabled=off)[0].speaker == "Praising Harbour Town"
    club = ("Tom Reed scored twice at Reading on Saturday.", "Reading said the ground was full.")
    assert quotes(*club)[0].speaker == "Reading"
