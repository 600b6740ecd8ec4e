"""Golden outputs: every command, in every streamed format, on every sample article.

A change in output shows up here as a diff. To accept intended changes, regenerate with
``NEWSCLI_UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
import re

import pytest
from typer.testing import CliRunner

from newscli.cli import app

from .conftest import ROOT, SAMPLES

FIXTURES = ROOT / "tests" / "fixtures" / "golden"
COMMANDS = ("summarize", "info", "quotes", "speakers")
FORMATS = ("plain", "jsonl", "csv", "tsv", "markdown")
SAMPLE_FILES = sorted(p.name for p in SAMPLES.iterdir() if p.is_file())


def _output(command: str, sample: str, fmt: str) -> str:
    # relative path, so the golden files do not depend on where the checkout lives
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        args = [command, "--format", fmt, f"sample_articles/{sample}"]
        if command == "info" and fmt in ("jsonl",):
            args += [
                "--fields",
                "path,headline,slug,author,caption,credit,date,dateline,paragraphs,sentences,words",
            ]
        result = CliRunner().invoke(app, args)
    finally:
        os.chdir(cwd)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


@pytest.mark.parametrize("sample", SAMPLE_FILES)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS)
def test_golden(command, fmt, sample):
    got = _output(command, sample, fmt)
    name = f"{re.sub(r'[^a-z0-9]+', '-', sample)}.{command}.{fmt}"
    path = FIXTURES / name
    if os.environ.get("NEWSCLI_UPDATE_GOLDENS"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, "utf-8")
    if not path.exists():
        pytest.fail(f"no golden file {path.name}; run with NEWSCLI_UPDATE_GOLDENS=1")
    assert got == path.read_text("utf-8")
