"""The quote finder's sieve registry: every rule named, documented, switchable by name."""

from __future__ import annotations

import pytest

from newscli.quotes import Quote, find_quotes
from newscli.quotes.pipeline import SIEVE_NAMES, SIEVES

from .conftest import make


def _speakers(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in found]


def test_every_sieve_has_a_unique_name_and_a_principle_with_an_example() -> None:
    assert len(SIEVE_NAMES) == len(set(SIEVE_NAMES))
    for sieve in SIEVES:
        assert sieve.name.isidentifier() and not sieve.name.startswith("_"), sieve.name
        assert sieve.principle, f"{sieve.name} has no docstring"
        # an invented example, in quotes or in brackets
        assert any(c in sieve.principle for c in "\"“("), f"{sieve.name}: no example"


def test_disabling_an_unknown_sieve_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown sieve: no_such_rule"):
        find_quotes(make("Ann Lee said the plan works."), disabled={"no_such_rule"})


def test_every_sieve_can_be_switched_off_alone() -> None:
    article = make("“We will win the vote easily,” said Ann Lee, the mayor of Dunmore.")
    for name in SIEVE_NAMES:
        find_quotes(article, disabled={name})  # runs without the rule


def test_inverted_source_finds_the_speaker_after_the_cue() -> None:
    article = make("“We will win the vote easily,” said Ann Lee, the mayor of Dunmore.")
    assert _speakers(find_quotes(article)) == [("We will win the vote easily,", "Ann Lee")]
    off = find_quotes(article, disabled={"inverted_source"})
    assert [q.speaker for q in off] == [None]


def test_colon_label_gives_a_labelled_quote_its_speaker() -> None:
    article = make("Ann Lee: “The new bridge will open in the spring.”")
    assert [q.speaker for q in find_quotes(article)] == ["Ann Lee"]
    assert [q.speaker for q in find_quotes(article, disabled={"colon_label"})] == [None]


def test_scare_quotes_filter_drops_a_cueless_short_fragment() -> None:
    article = make("Ann Lee called the plan “brave”. The “experts” disagreed at once.")
    texts = [q.text for q in find_quotes(article)]
    assert "experts" not in texts
    off = [q.text for q in find_quotes(article, disabled={"scare_quotes",
                                                          "short_floating_fragment"})]
    assert "experts" in off


def test_last_speaker_carries_into_the_next_paragraph() -> None:
    article = make("“We will win the vote easily,” Ann Lee said on Monday.",
                       "“And then we will build the bridge over the river.”")
    assert [q.speaker for q in find_quotes(article)] == ["Ann Lee", "Ann Lee"]
    off = find_quotes(article, disabled={"last_speaker_carries"})
    assert [q.speaker for q in off] == ["Ann Lee", None]


def test_word_lists_are_plain_text_sections_each_used_by_the_code() -> None:
    from pathlib import Path

    from newscli.quotes.lexicon import DATA, word_set

    code = "".join(p.read_text(encoding="utf-8")
                   for p in (Path(__file__).resolve().parent.parent / "newscli").rglob("*.py"))
    for name in ("quote_words.txt", "name_words.txt", "org_words.txt"):
        text = (DATA / name).read_text(encoding="utf-8")
        sections = [line[1:-1] for line in text.splitlines() if line.startswith("[")]
        assert sections and len(sections) == len(set(sections))
        for section in sections:
            assert word_set(name, section), f"{name} [{section}] is empty"
            assert f'"{section}"' in code, f"{name} [{section}] is read by no module"


def _overlapping(found: list[Quote]) -> list[tuple[Quote, Quote]]:
    ordered = sorted(found, key=lambda q: (q.start, q.end))
    return [(a, b) for x, a in enumerate(ordered) for b in ordered[x + 1 :] if b.start < a.end]


def test_no_two_records_overlap_a_quote_in_marks_beats_an_indirect_one() -> None:
    # a quote running over a paragraph break: one direct record, not also an indirect one
    # whose text holds the quote marks
    article = make("Ann Lee, the mayor, spoke at the opening on Monday.",
                       "“We will open the new bridge in the spring.",
                       "“It has taken ten years of work,” said Ann Lee.")
    found = find_quotes(article)
    assert _overlapping(found) == []
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Ann Lee")]
    assert _overlapping(find_quotes(article, disabled={"no_overlapping_records"}))


def test_no_two_records_overlap_the_outer_report_stays() -> None:
    article = make("Ann Lee said the builders had told her that the bridge would open in "
                       "May.")
    found = find_quotes(article)
    assert _overlapping(found) == []
    assert [q.text for q in found] == [
        "the builders had told her that the bridge would open in May"]


def test_resident_of_place_the_person_speaks_not_the_place() -> None:
    article = make("Ann Ode, 32, of Leeds said the road floods every winter and nobody comes.")
    assert [q.speaker for q in find_quotes(article)] == ["Ann Ode"]
    assert [q.speaker for q in find_quotes(article, disabled={"resident_of_place"})] == ["Leeds"]


def test_age_description_is_the_person_in_view() -> None:
    article = make("Ann Ode has given £5m to the hospital in Leeds.",
                       "The 52-year-old said the new ward would open in the spring.")
    assert [q.speaker for q in find_quotes(article)] == ["Ann Ode"]
    assert [q.speaker for q in find_quotes(article, disabled={"age_person_in_view"})] == [None]


def test_study_speaks_for_the_body_named_before_it() -> None:
    article = make("According to a new Ode Polls study, most voters want the bridge rebuilt.")
    assert [q.speaker for q in find_quotes(article)] == ["Ode Polls"]
    assert [q.speaker for q in find_quotes(article, disabled={"study_owner"})] == [None]
