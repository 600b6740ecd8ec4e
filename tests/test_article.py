"""The plain-text article parser: layouts, header/footer fields, boilerplate, offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.article import parse_text

from .conftest import SEED


def test_seed_fields_match_gold(seed_gold):
    art = parse_text(SEED.read_text("utf-8"), str(SEED))
    gold = seed_gold["article_fields"]
    assert art.slug == gold["slug"]
    assert art.caption == gold["caption"]
    assert art.credit == gold["credit"]
    assert art.headline == gold["headline"]
    assert art.author == gold["author"]
    assert len(art.paragraphs) == gold["paragraphs"]


def test_seed_body_has_no_boilerplate():
    art = parse_text(SEED.read_text("utf-8"))
    body = " ".join(p.text for p in art.paragraphs)
    assert "Getty Images" not in body
    assert "More from" not in body
    assert "BELGIUM-NATO-DEFENCE" not in body
    assert art.paragraphs[0].text.startswith("NATO is preparing")


def test_bbc_layout_headline_then_paragraphs():
    text = (
        "Shipyard wins navy contract\n\n"
        "A Clyde shipyard has won a contract to build three patrol vessels.\n\n"
        "The deal is worth about £300m, the company said.\n\n"
        "Work will start next year.\n"
    )
    art = parse_text(text)
    assert art.headline == "Shipyard wins navy contract"
    assert [p.text for p in art.paragraphs] == [
        "A Clyde shipyard has won a contract to build three patrol vessels.",
        "The deal is worth about £300m, the company said.",
        "Work will start next year.",
    ]


def test_one_paragraph_per_line_without_blank_lines():
    text = "First paragraph is a full sentence here.\nSecond paragraph also ends properly.\n"
    art = parse_text(text)
    assert len(art.paragraphs) == 2


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "The committee met on Monday to discuss the budget for the next\n"
        "fiscal year, which begins in July, and agreed on most items.\n\n"
        "A second paragraph follows after a blank line and is short.\n"
    )
    art = parse_text(text)
    assert len(art.paragraphs) == 2
    assert art.paragraphs[0].text.endswith("agreed on most items.")


def test_wire_datelines_are_fields_not_body():
    cases = {
        "WASHINGTON (Reuters) - The Senate voted on Tuesday.": "WASHINGTON (Reuters)",
        "(CNN)Officials said the road would close.": "(CNN)",
        "PORTLAND, Maine (AP) — A storm knocked out power.": "PORTLAND, Maine (AP)",
        "LONDON — Britain said it would act.": "LONDON",
    }
    for line, dateline in cases.items():
        art = parse_text(f"A headline for the story\n\n{line}\n\nAnother paragraph here.")
        assert art.dateline == dateline, line
        assert not art.paragraphs[0].text.startswith(dateline)


def test_hyphenated_opening_is_not_a_dateline():
    art = parse_text("US-China trade talks resume in Geneva.\n\nOfficials met on Monday.")
    assert art.dateline is None
    assert art.paragraphs[0].text.startswith("US-China")


def test_bylines_dates_and_trailers():
    text = (
        "Harbor bridge reopens\n\nBy Maria Keller\n\nPublished: March 14, 2025\n\n"
        "The bridge reopened on Friday after repairs.\n\n"
        "Read more: Bridge closures this year\n\n"
        "Sign up for our newsletter\n\n"
        "(Reporting by Maria Keller; Editing by Tom Reyes)\n"
    )
    art = parse_text(text)
    assert art.headline == "Harbor bridge reopens"
    assert art.author == "Maria Keller"
    assert art.date == "March 14, 2025"
    assert [p.text for p in art.paragraphs] == ["The bridge reopened on Friday after repairs."]


def test_daily_mail_header():
    text = (
        "By . Jane Doe . PUBLISHED: . 12:03 EST, 3 January 2014 . | . UPDATED: . "
        "12:25 EST, 3 January 2014 . A woman was found safe on Friday.\n\nShe was unhurt."
    )
    art = parse_text(text)
    assert art.author == "Jane Doe"
    assert art.paragraphs[0].text == "A woman was found safe on Friday."


def test_caption_with_credit_anywhere_and_label_captions_dropped():
    text = (
        "Storm hits coast\n\n"
        "Waves broke over the sea wall on Sunday morning.\n\n"
        "A lifeguard watches the surf | Photo: Sam Lee/Getty Images\n\n"
        "Haul: The boats tied up in the harbour after the storm\n\n"
        "Residents were told to stay indoors.\n"
    )
    art = parse_text(text)
    assert art.caption == "A lifeguard watches the surf"
    assert art.credit == "Photo: Sam Lee/Getty Images"
    assert [p.text for p in art.paragraphs] == [
        "Waves broke over the sea wall on Sunday morning.",
        "Residents were told to stay indoors.",
    ]


def test_offsets_point_into_text():
    text = "\ufeffHeadline here\r\n\r\n  Body one is here.  \r\n\r\nBody two is here.\r\n"
    art = parse_text(text)
    for p in art.paragraphs:
        assert text[p.start : p.end] == p.text
    for s in art.sentences():
        assert text[s.start : s.end] == s.text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=600))
def test_any_text_parses_with_exact_offsets(text):
    art = parse_text(text)
    last = 0
    for p in art.paragraphs:
        assert text[p.start : p.end] == p.text
        assert p.start >= last and p.end > p.start
        last = p.end
    for s in art.sentences():
        assert text[s.start : s.end] == s.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Headline",
                "By Jo Bloggs",
                "BELGIUM-NATO",
                "A | Getty Images",
                "(CNN)",
                "Read more",
                "He said: “Yes.”",
                "PARIS — It rained.",
                "",
                "\n",
                "June 8, 2022",
                "More from ... X",
            ]
        ),
        max_size=12,
    )
)
def test_newsy_fragments_never_break_the_parser(parts):
    text = "\n".join(parts)
    art = parse_text(text)
    for p in art.paragraphs:
        assert text[p.start : p.end] == p.text


def test_markdown_title_is_the_headline():
    art = parse_text("# Ferry fares to rise\n\nFares will rise in April, the operator said.\n")
    assert art.headline == "Ferry fares to rise"
    assert [p.text for p in art.paragraphs] == ["Fares will rise in April, the operator said."]
