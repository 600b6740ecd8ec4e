"""How the speaker phrase is read at a cue (issue 14 section 2, source-phrase stage), each
rule stated with invented sentences that name no article of any corpus."""

from __future__ import annotations

from newscli.quotes import Quote, find_quotes

from .conftest import make


def quotes(*paragraphs: str, disabled: frozenset[str] = frozenset()) -> list[Quote]:
    article = make(*paragraphs)
    found = find_quotes(article, disabled=disabled)
    for q in found:
        assert q.text == article.text[q.start : q.end]
    return found


def test_name_in_the_appositive_of_a_common_noun_speaks() -> None:
    """"Another guard, Bob Hale, commented:" - the appositive names the noun phrase that opens
    the clause, so the name speaks; also when it only names ("named only as Sam")."""
    paras = (
        "Tom Reed runs the jail in Dover.",
        "Another guard, Bob Hale, commented: 'Welcome to the gang. Looks great.'",
        "One resident, named only as Sam Pike, told reporters that dozens had fled the city.",
    )
    found = quotes(*paras)
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Bob Hale"),
                                                    ("indirect", "Sam Pike")]
    off = quotes(*paras, disabled=frozenset({"noun_named_in_appositive"}))
    assert [q.speaker for q in off] == [None, None]
    # a phrase that does not open the clause is left alone: the name is the subject
    found = quotes("At another school, Ann Ode, a teacher, said the rules were 'far too strict'.")
    assert [q.speaker for q in found] == ["Ann Ode"]
