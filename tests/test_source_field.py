"""The quote record's ``source``: who spoke as the article words it at the cue (issue #14 §3)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newscli.article import parse_text
from newscli.cli import app
from newscli.quotes import find_quotes, quote_matches_speaker, quote_source

# invented: an unnamed aide, a named mayor, a pronoun, and a cue-less follow-on paragraph
ARTICLE = (
    "Council approves budget\n\n"
    "The council approved the budget on Monday after a long debate.\n\n"
    '"We will rebuild the pool first," one aide said.\n\n'
    '"Taxes stay flat this year," said Mayor Ann Lee. "Nobody should pay more."\n\n'
    "Lee spoke outside the town hall.\n\n"
    '"The roads come next," she said.\n'
)


def _run(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def _records(*args: str) -> list[dict]:
    result = _run("quotes", "--jsonl", *args, "-", input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_unnamed_speaker_keeps_its_description_as_source():
    aide = next(r for r in _records() if r["text"].startswith("We will rebuild"))
    assert aide["speaker"] is None
    assert aide["source"] == "one aide"


def test_pronoun_is_the_source_and_the_name_is_the_speaker():
    roads = next(r for r in _records() if r["text"].startswith("The roads"))
    assert roads["speaker"] == "Ann Lee"
    assert roads["source"] == "she"


def test_a_cueless_quote_has_no_source_of_its_own():
    article = parse_text(ARTICLE)
    quotes = find_quotes(article)
    cueless = [q for q in quotes if q.cue is None]
    assert cueless, "the second sentence after 'said Mayor Ann Lee.' has no cue"
    assert all(quote_source(q) is None for q in cueless)
    assert all(quote_source(q) for q in quotes if q.cue is not None)


def test_speaker_filter_falls_back_to_the_source_only_when_unresolved():
    records = _records("--speaker", "aide")
    assert [r["source"] for r in records] == ["one aide"]
    # a resolved speaker is matched by name, never by the pronoun at its cue
    assert _run("quotes", "--speaker", "she", "-", input=ARTICLE).exit_code == 1
    q = next(q for q in find_quotes(parse_text(ARTICLE)) if q.speaker_mention == "she")
    assert quote_matches_speaker("Lee", q)


def test_plain_output_shows_the_source_in_parentheses_when_no_speaker():
    result = _run("quotes", "--format", "plain", "-", input=ARTICLE)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "(one aide)\tdirect\tWe will rebuild the pool first," in lines
    assert all(not line.startswith("(she)") for line in lines)


def test_table_shows_the_source_when_no_speaker():
    result = _run("quotes", "--format", "table", "--no-color", "-", input=ARTICLE)
    assert result.exit_code == 0
    assert "(one aide)" in result.stdout
