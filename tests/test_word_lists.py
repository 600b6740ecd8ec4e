"""The quote finder's word lists: one list per concept, read by newscli/quotes/lexicon.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newscli.quotes import find_quotes
from newscli.quotes.lexicon import (
    DATA,
    _table,
    lexicon,
    title_expansions,
    titles_with,
    word_set,
)

from .conftest import make

_CODE = "".join(p.read_text(encoding="utf-8")
                for p in (Path(__file__).resolve().parent.parent / "newscli").rglob("*.py"))


def test_a_peer_given_with_full_name_is_named_by_it_not_by_the_title() -> None:
    # "Baroness" is a title like "Sir": the name after it is the person's
    article = make("Baroness Ann Lee, a former minister, spoke on Monday.",
                   "“The bill will fail,” Baroness Lee said.")
    assert [(q.speaker, q.role) for q in find_quotes(article)] == [("Ann Lee", "a former minister")]


def test_a_peer_given_only_by_title_and_surname_keeps_the_title() -> None:
    # "Wales" alone would read as the country
    article = make("“The bill will fail,” said Home Office minister Baroness Wales.")
    assert [q.speaker for q in find_quotes(article)] == ["Baroness Wales"]


def test_every_title_property_is_read_by_the_code() -> None:
    props = {p for ps in _table("titles.txt").values() for p in ps if not p.startswith("=")}
    assert props == {"person", "courtesy", "styled", "peer", "not-surname", "f", "m",
                     "modifier", "royal"}
    for prop in props:
        assert titles_with(prop) <= lexicon().titles
        assert f'titles_with("{prop}")' in _CODE, f"titles.txt property {prop} is read by no module"


def test_a_title_is_listed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "t.txt").write_text("sen | person\nsenator sen\n", encoding="utf-8")
    monkeypatch.setattr("newscli.quotes.lexicon.DATA", tmp_path)
    with pytest.raises(ValueError, match="listed twice"):
        _table("t.txt")
    _table.cache_clear()


def test_a_short_title_stands_for_a_title() -> None:
    expansions = title_expansions()
    assert expansions["sen"] == "senator" and expansions["congressman"] == "representative"
    assert set(expansions) <= lexicon().titles


def test_organisation_heads_are_organisation_words() -> None:
    heads = word_set("org_words.txt", "heads")
    assert {"bank", "department", "museum"} <= heads
    assert heads <= lexicon().org_words
    # a time word that is a surname is no organisation word ("Theresa May")
    assert "may" not in lexicon().org_words


def test_no_data_file_lists_a_word_twice_in_one_section() -> None:
    for name in ("org_words.txt", "name_words.txt", "quote_words.txt"):
        section = ""
        seen: dict[str, set[str]] = {}
        for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip()
            if re.fullmatch(r"\[\w+\]", line):
                section = line
                continue
            for w in line.split():
                assert w not in seen.setdefault(section, set()), f"{name} {section}: {w} twice"
                seen[section].add(w)
