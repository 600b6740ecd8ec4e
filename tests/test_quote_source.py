"""How the speaker phrase is read at a cue (issue 14 section 2, source-phrase stage), each
rule stated with invented sentences that name no article of any corpus."""

from __future__ import annotations

from .conftest import quotes


def test_name_in_the_appositive_of_a_common_noun_speaks() -> None:
    """"Another diner, Bob Hale, commented:" - the appositive names the noun phrase that opens
    the clause, so the name speaks, whether or not the noun is a known role word."""
    paras = (
        "Tom Reed runs the cafe in Dover.",
        "Another diner, Bob Hale, commented: 'Welcome to the gang. Looks great.'",
        "One bystander, Sam Pike, told reporters that dozens had fled the square.",
    )
    found = quotes(*paras)
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Bob Hale"),
                                                    ("indirect", "Sam Pike")]
    off = quotes(*paras, disabled=frozenset({"noun_named_in_appositive"}))
    assert [q.speaker for q in off if q.kind == "direct"] == [None]
    assert not any(q.speaker == "Sam Pike" for q in off)
    # a phrase that does not open the clause is left alone: the name is the subject
    found = quotes("At another school, Ann Ode, a teacher, said the rules were 'far too strict'.")
    assert [q.speaker for q in found] == ["Ann Ode"]


def test_common_noun_before_a_dash_pair_speaks() -> None:
    """An aside between dashes is skipped like one between commas: the noun phrase before it
    is the subject ("The report – prepared by X – states that ..."), and a noun-like cue
    ("states", "claims") after the closing dash is a verb."""
    paras = (
        "The review was leaked on Monday.",
        "The report – prepared by the Budget Office, a body that advises ministers – states "
        "that the roads are likely to 'need more repairs' within a decade.",
        "The mayor – elected in May – said that the plan was 'far too costly'.",
    )
    found = quotes(*paras)
    assert [(q.kind, q.speaker, q.cue) for q in found] == [
        ("partial", "Budget Office", "states"), ("partial", None, "said")]
    off = quotes(*paras, disabled=frozenset({"common_noun_before_dash_pair"}))
    assert all(q.cue is None and q.speaker is None for q in off)



def test_plural_apostrophe_inside_a_single_quoted_quote_closes_nothing() -> None:
    """In a single-quoted article "players' union" inside a quotation is an apostrophe: the
    quotation runs on to its own closing mark, and its cue after it still speaks."""
    found = quotes(
        "Dora Venn chairs the league.",
        "'We back the players' union fully and we will meet them again,' said Dora Venn.",
        "'It is a fair deal for everyone,' she added.",
    )
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("direct", "We back the players' union fully and we will meet them again,", "Dora Venn"),
        ("direct", "It is a fair deal for everyone,", "Dora Venn"),
    ]
    # a name in marks before a possessive stays a name in marks
    found = quotes("The side were known as 'The Owls' after a win over the Rams' reserves.")
    assert not any(q.text.startswith("The Owls' after") for q in found)



def test_lone_comma_before_the_cue_leaves_the_subject_speaking() -> None:
    """"The dog's owner Ann Ode, said she only ...": a comma that opens no appositive stands
    between the subject and the cue; "she" opens the reported clause, it is no inverted
    speaker."""
    paras = (
        "Rex is a twelve-year-old terrier.",
        "The dog's owner Lynne Parr, said she only realised something was wrong when he "
        "refused his food.",
    )
    found = quotes(*paras)
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "Lynne Parr")]
    assert found[0].text.startswith("she only realised")
    off = quotes(*paras, disabled=frozenset({"subject_before_stray_comma"}))
    assert not any(q.text.startswith("she only realised") for q in off)


def test_agent_after_by_in_an_appositive_does_not_speak() -> None:
    """"The memo, edited by Ann Ode, the firm's analyst, says": the name after "edited by" is
    the participle's agent; the memo speaks (and through it the body that made it)."""
    paras = (
        "A report prepared by the Budget Office was leaked on Monday.",
        "The report, edited by Derek Mole, the office's chief analyst, says that the roads are "
        "'in a poor state'.",
    )
    assert [q.speaker for q in quotes(*paras)] == ["Budget Office"]
    off = quotes(*paras, disabled=frozenset({"agent_in_participle_appositive"}))
    assert [q.speaker for q in off] == ["Derek Mole"]



def test_relay_after_a_quote_continuing_the_line_before_leaves_it_to_that_subject() -> None:
    """A quotation that opens a paragraph, relayed only by "the Clarion reported", while the
    line before breaks off mid-sentence ("... with the comment"): the subject of that
    unfinished sentence speaks, not the outlet."""
    paras = (
        "Dora Venn is a guard at the jail.",
        "On the day before the rally she replied to a post about the march with the comment",
        "'See you all tomorrow boys!!! Bring your forks', the Clarion reported.",
    )
    assert [q.speaker for q in quotes(*paras)] == ["Dora Venn"]
    off = quotes(*paras, disabled=frozenset({"relay_continues_previous_line"}))
    assert [q.speaker for q in off] == ["Clarion"]
    # a finished line before: the outlet is all the article gives
    found = quotes("Dora Venn is a guard at the jail.", "She posted on the forum on Monday.",
                   "'See you all tomorrow boys!!! Bring your forks', the Clarion reported.")
    assert [q.speaker for q in found] == ["Clarion"]


def test_author_after_a_place_and_hyphenated_role_noun_speaks() -> None:
    """"according to a report by UK think-tank Paxwell": the hyphenated role noun belongs to
    the author's phrase, and the place before it names no one, so Paxwell speaks."""
    found = quotes("A quarter of broadband users regularly upload their own films, according "
                   "to a report by UK think-tank Paxwell.")
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "Paxwell")]


def test_participle_after_an_object_relative_clause_goes_to_the_subject() -> None:
    """"Lee fired an artist who said he was blamed unfairly, saying, '...'": the cue in the
    relative clause on the object is the artist's, the participle is the subject's."""
    paras = (
        "Ann Lee brushed off questions about firing an artist who said he was blamed unfairly "
        "for the dry lawns, saying, \"He knew the rules and he chose to ignore them.\"",
    )
    direct = [q for q in quotes(*paras) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Ann Lee"]
    off = quotes(*paras, disabled=frozenset({"participle_after_object_relative"}))
    assert [q.speaker for q in off if q.kind == "direct"] == [None]


def test_noun_after_a_determiner_before_a_restrictive_who_speaks() -> None:
    """"who" stands for people, so "a plumber who said ..." gives the plumber as the source
    whether or not the noun is a known role word; a lone determiner ("those who said") is no
    noun phrase and gives no source."""
    paras = (
        "Police questioned a plumber who said he was owed money by the firm.",
        "\"I was never paid for the work,\" said the young gardener who said the firm had "
        "lied to him.",
    )
    found = quotes(*paras)
    assert [(q.kind, q.speaker_mention) for q in found] == [
        ("indirect", "a plumber"), ("direct", "the young gardener"),
        ("indirect", "the young gardener")]
    off = quotes(*paras, disabled=frozenset({"determiner_noun_before_who"}))
    assert not any(q.speaker_mention in {"a plumber", "the young gardener"} for q in off)
    assert quotes("Police questioned those who said they were owed money.") == []
    # only "say" and "tell" there: other cues may be plain verbs ("maintain" a blog)
    assert quotes("Blogs helped because many pundits who maintain their own blogs were able "
                  "to air their views.") == []


def test_who_clause_naming_the_author_of_reported_remarks_is_no_new_source() -> None:
    """When the sentence already reports the words ("disavowing remarks made by a plumber who
    said ..."), the author inside "by ... who said" is no source of its own: the quote stays
    with the sentence's report; a "by ... who said" after any other verb still speaks."""
    para = ("Republican presidential candidate Ann Lee is disavowing remarks made by a campaign "
            "plumber who said voters shouldn’t “continue to elect corporate Democratic crooks” "
            "during a large rally.")
    assert [(q.speaker, q.cue) for q in quotes(para)] == [("Ann Lee", None)]
    off = quotes(para, disabled=frozenset({"author_of_named_words"}))
    assert [(q.speaker_mention, q.cue) for q in off] == [("a campaign plumber", "said")]
    sued = quotes("The firm is being sued by a plumber who said he was “never paid for the work” "
                  "last year.")
    assert [q.speaker_mention for q in sued] == ["a plumber"]


def test_document_opening_the_sentence_is_the_subject_of_its_participle() -> None:
    """"The memo voices concern ..., saying: '...'" is the memo's, which speaks for whoever
    the article said made it; the memo is no role noun, yet a document speaks."""
    paras = (
        "A memo by the Acme Research Service was leaked to reporters on Monday.",
        "The memo also voices concern about a possible exit from the union, saying: 'Both "
        "the positive and the negative aspects are more difficult to foresee.'",
    )
    found = [q for q in quotes(*paras) if q.kind == "direct"]
    assert [(q.speaker, q.speaker_mention, q.cue) for q in found] == [
        ("Acme Research Service", "The memo", "saying")]
    off = quotes(*paras, disabled=frozenset({"document_opens_participle_clause"}))
    assert [q.cue for q in off if q.kind == "direct"] == [None]


def test_caption_glued_to_a_surname_after_against_speaks() -> None:
    """"... the match against Leeds Ode said:" is a caption ending in a name glued to "Ode
    said": after a phrase that cannot speak (a match), a run ending in the surname of the
    one person the article names in full is that person, not the match."""
    paras = (
        "Club boss Tom Ode has urged his side to focus on the league.",
        "The visit of Leeds is next on Saturday.",
        "Bo Lee has been ruled out of his side's league match against Leeds Ode said: 'We "
        "are only thinking about the visit of Leeds.'",
    )
    found = [q for q in quotes(*paras) if q.kind == "direct"]
    assert [(q.speaker, q.speaker_mention) for q in found] == [("Tom Ode", "Ode")]
    off = quotes(*paras, disabled=frozenset({"glued_object_speaks"}))
    assert [q.speaker for q in off if q.kind == "direct"] == [None]
