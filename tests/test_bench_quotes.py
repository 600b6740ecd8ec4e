"""The quote scorer's gold-name rules (bench/quotes.py): pure functions, no shared data."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("_bench_quotes", ROOT / "bench" / "quotes.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def att(source: str) -> dict:
    return {"source": [{"text": source}]}


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Rep. Ada Cole of Maryland", "Rep. Ada Cole"),
        ("Ben Fallon of the Clinton campaign", "Ben Fallon"),
        ("Former Secretary of State Ann Albright", "Former Secretary of State Ann Albright"),
        ("Speaker of the House Rep. Paul Ryan (R-WI)", "Speaker of the House Rep. Paul Ryan "),
        ("Director of the FBI", None),
        ("he", None),
        ("Several officials", None),
        ("Grayson's spokeswoman", None),
    ],
)
def test_gold_name_from_the_source_span(  # type: ignore[no-untyped-def]
    bench, source: str, name: str | None
) -> None:
    assert bench.span_name(att(source)) == name


@pytest.mark.parametrize(
    ("gold", "pred", "right"),
    [
        ("Stoltenberg", "Jens Stoltenberg", True),
        ("Mr. King", "Peter T. King", True),
        ("Former Secretary of State Madeleine Albright", "Madeleine Albright", True),
        ("Clinton", "he", False),
        ("Clinton", None, False),
        ("Sanders", "Hillary Clinton", False),
    ],
)
def test_speaker_right(  # type: ignore[no-untyped-def]
    bench, gold: str, pred: str | None, right: bool
) -> None:
    assert bench.speaker_right(gold, pred) is right


@pytest.mark.parametrize(
    ("content", "cue", "scare"),
    [
        ('Clinton "crooked"', "called", True),  # a two-word fragment, a naming cue
        ("the ''establishment'' candidate", "derisively known as", True),
        ('"Absolutely,"', "said", False),  # one word, but a speech cue
        ('he would "bomb the hell out of" them', "vowed", False),  # more than two words
        ('her "very weak" plan and "bad" ideas', "mocked", True),
    ],
)
def test_scare_quotes_as_issue_3_defines_them(  # type: ignore[no-untyped-def]
    bench, content: str, cue: str, scare: bool
) -> None:
    a = {"content": [{"text": content}], "cue": [{"text": cue}]}
    assert bench.is_scare_quote(a) is scare
