"""Every ```console example in README.md, run and compared with what the README shows.

Each ``$ newscli ...`` line (pipes to head, jq, wc, cut, ... included) is run through the
shell, with this environment's ``newscli`` first on PATH, from a scratch directory that mirrors
the repository root (a symlink to each of its top-level entries, so ``sample_articles/...``
resolves as in the README while a command such as ``newscli index`` writes its ``newscli.db``
there, not into the checkout). The commands of one block run in order in the same directory,
so a later ``search`` or ``--db`` sees the index an earlier line built. stdout is a pipe,
stderr goes to the same pipe (a user sees both: ``index`` prints its closing line on stderr),
``NO_COLOR=1``, ``FORCE_COLOR`` unset, ``COLUMNS=96`` (the width the README's tables were
made at), ``NEWSCLI_DB`` unset.

Piped output must equal the README lines exactly. Examples that show the terminal rendering
(a Rich panel or table: listed in ``TERMINAL`` below) are run with ``--format table`` added
after the subcommand, at the same fixed width and with no colour: Rich's rendering is then
deterministic, so it too is compared line for line, exactly, but for the trailing spaces Rich
pads each line with and the blank line it prints after a table (the README cannot keep them).

An example is skipped, saying why, only when it needs what a test cannot have (``NEEDS`` below:
``../shared`` when it is absent, Spark, the network, an interactive shell, an index built
somewhere else, a tool such as ``jq`` that is not installed). A failure prints the command, its
README line and a unified diff (README above, actual below), so the README can be updated.

One number in prose is checked the same way: a count given for an inline example,
"`newscli quotes --jsonl sample_articles/ | wc -l` (37 here".
"""

from __future__ import annotations

import difflib
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED

README = ROOT / "README.md"
COLUMNS = "96"

# Examples whose README output is the terminal rendering (run with `--format table`), by the
# command exactly as the README writes it after `$ `.
TERMINAL = {
    "newscli summarize sample_articles/nato-eastern-flank.txt",
    "newscli speakers sample_articles/",
    "newscli info sample_articles/nato-eastern-flank.txt",
}

# What an example may need that a test cannot have: (pattern in the command, reason to skip).
# `../shared` is handled apart: it is run when ../shared is there.
NEEDS: list[tuple[str, str]] = [
    (r"\bspark-submit\b|examples/spark_quotes\.py", "needs Spark and Java"),
    (r"https?://|\bcurl\b|\bwget\b", "needs the network"),
    (r"--install-completion|--show-completion", "needs an interactive shell"),
    (r"\bsqlite3\b", "needs the sqlite3 shell"),
]

# Box-drawing characters: output holding them is a terminal rendering.
_BOX = re.compile(r"[\u2500-\u257f]")
_SUBCOMMAND = re.compile(r"^(newscli\s+[a-z]+)(?=\s|$)")


@dataclass
class Example:
    """One `$ command` line of a ```console block and the lines shown under it."""

    block: int  # README line of the block's opening fence
    line: int  # README line of the `$ ` command
    command: str
    expected: list[str] = field(default_factory=list)

    @property
    def terminal(self) -> bool:
        return self.command in TERMINAL


def parse_console_blocks(markdown: str) -> list[Example]:
    """Every `$ ` command of every ```console block, with the output lines under it.

    >>> [e.expected for e in parse_console_blocks("```console\\n$ echo hi\\nhi\\n```\\n")]
    [['hi']]
    """
    examples: list[Example] = []
    block: int | None = None
    for no, text in enumerate(markdown.splitlines(), start=1):
        if block is None:
            if text.strip() == "```console":
                block = no
            continue
        if text.strip() == "```":
            block = None
        elif text.startswith("$ "):
            examples.append(Example(block, no, text[2:].strip()))
        elif examples and examples[-1].block == block:
            examples[-1].expected.append(text)
        else:
            examples.append(Example(block, no, "", [text]))  # output before any command
    return examples


def skip_reason(example: Example, earlier: list[Example], shared: Path = SHARED) -> str | None:
    """Why this example cannot run in a test, or None when it can.

    An invented example: ``newscli quotes ../shared/x.txt`` without ../shared gives
    "needs ../shared (absent: ...)".
    """
    cmd = example.command
    if not cmd:
        return "output shown with no `$ ` command above it"
    if not cmd.startswith("newscli "):
        return f"not a newscli command: {cmd.split()[0]}"
    if "../shared" in cmd and not shared.exists():
        return f"needs ../shared (absent: {shared}); evaluation data is not in this checkout"
    for pattern, reason in NEEDS:
        if re.search(pattern, cmd):
            return reason
    built_here = any(re.match(r"newscli index\b", e.command) for e in earlier)
    if re.search(r"--db\b|\bNEWSCLI_DB=", cmd) and not built_here:
        return "needs an index built elsewhere (no `newscli index` earlier in its block)"
    for stage in cmd.split("|")[1:]:
        words = stage.split()
        if words and shutil.which(words[0]) is None:
            return f"needs `{words[0]}`, which is not installed"
    return None


def table_command(command: str) -> str:
    """The command with `--format table` after its subcommand.

    >>> table_command("newscli info a.txt")
    'newscli info --format table a.txt'
    """
    return _SUBCOMMAND.sub(r"\1 --format table", command, count=1)


def normalise_terminal(lines: list[str]) -> list[str]:
    """Rich pads table lines with spaces and ends a table with a blank line: drop both."""
    out = [line.rstrip() for line in lines]
    while out and not out[-1]:
        out.pop()
    return out


def _environment() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"FORCE_COLOR", "CLICOLOR_FORCE", "TTY_COMPATIBLE", "TTY_INTERACTIVE"}
        and not k.startswith("NEWSCLI_")
    }
    bindir = str(Path(sys.executable).parent)
    env.update(
        PATH=bindir + os.pathsep + env.get("PATH", ""),
        NO_COLOR="1",
        COLUMNS=COLUMNS,
        PYTHONIOENCODING="utf-8",
        TERM="dumb",
    )
    return env


def _mirror_root(into: Path) -> None:
    """A symlink in ``into`` to every top-level entry of the repository but its build state."""
    for entry in ROOT.iterdir():
        if entry.name in {".git", ".venv", "newscli.db"}:
            continue
        (into / entry.name).symlink_to(entry)


@dataclass
class Outcome:
    skipped: str | None = None
    command: str = ""
    returncode: int = 0
    lines: list[str] = field(default_factory=list)


README_TEXT = README.read_text("utf-8")
EXAMPLES = parse_console_blocks(README_TEXT)


@functools.cache
def run_block(block: int) -> dict[int, Outcome]:
    """Run the commands of one console block in order, in one scratch directory."""
    env = _environment()
    outcomes: dict[int, Outcome] = {}
    earlier: list[Example] = []
    with tempfile.TemporaryDirectory(prefix="newscli-readme-") as tmp:
        _mirror_root(Path(tmp))
        for ex in (e for e in EXAMPLES if e.block == block):
            reason = skip_reason(ex, earlier)
            if reason is None and any(o.skipped for o in outcomes.values()):
                reason = "follows a skipped example of the same block, whose state it may need"
            if reason:
                outcomes[ex.line] = Outcome(skipped=reason)
                continue
            command = table_command(ex.command) if ex.terminal else ex.command
            proc = subprocess.run(
                command,
                shell=True,
                cwd=tmp,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=60,
            )
            lines = proc.stdout.decode("utf-8", errors="replace").splitlines()
            outcomes[ex.line] = Outcome(None, command, proc.returncode, lines)
            earlier.append(ex)
    return outcomes


def _diff(ex: Example, actual: list[str]) -> str:
    return "\n".join(
        difflib.unified_diff(
            ex.expected,
            actual,
            fromfile=f"README.md (under line {ex.line})",
            tofile="actual output",
            lineterm="",
        )
    )


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: f"L{e.line}:{e.command[:60]}")
def test_readme_example_prints_what_the_readme_shows(ex: Example) -> None:
    outcome = run_block(ex.block)[ex.line]
    if outcome.skipped:
        pytest.skip(f"README.md:{ex.line} `{ex.command}`: {outcome.skipped}")
    expected, actual = ex.expected, outcome.lines
    if ex.terminal:
        expected, actual = normalise_terminal(expected), normalise_terminal(actual)
    shows_error = any(line.startswith("newscli: error:") for line in expected)
    header = (
        f"README.md:{ex.line}: `$ {ex.command}` no longer prints what the README shows"
        + (f"\n(run as `{outcome.command}`, COLUMNS={COLUMNS}, NO_COLOR=1)" if ex.terminal else "")
        + f"\nexit code {outcome.returncode}\n"
    )
    if actual != expected:
        pytest.fail(header + _diff(ex, actual), pytrace=False)
    if (outcome.returncode != 0) != shows_error:
        shown = "an error" if shows_error else "no error"
        pytest.fail(f"{header}but the README shows {shown} for it", pytrace=False)


# A count given in prose for an inline example, e.g. "`newscli quotes --jsonl DIR | wc -l` (37
# here": the same check, on the one number.
_INLINE_COUNT = re.compile(r"`(newscli [^`]*\| wc -l)`\s+\((\d+) here", re.S)
INLINE_COUNTS = [
    (README_TEXT.count("\n", 0, m.start()) + 1, " ".join(m[1].split()), m[2])
    for m in _INLINE_COUNT.finditer(README_TEXT)
]


@pytest.mark.parametrize("line, command, shown", INLINE_COUNTS, ids=lambda v: str(v)[:40])
def test_readme_inline_count_is_what_the_command_prints(line: int, command: str, shown: str):
    ex = Example(0, line, command, [shown])
    reason = skip_reason(ex, [])
    if reason:
        pytest.skip(f"README.md:{line} `{command}`: {reason}")
    with tempfile.TemporaryDirectory(prefix="newscli-readme-") as tmp:
        _mirror_root(Path(tmp))
        proc = subprocess.run(
            command,
            shell=True,
            cwd=tmp,
            env=_environment(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
        )
    got = proc.stdout.strip()
    if got != shown:
        pytest.fail(
            f"README.md:{line}: `{command}` prints {got}, the README says ({shown} here)",
            pytrace=False,
        )


# --- the checker itself, on invented examples ------------------------------------------------


def test_readme_has_console_examples_and_every_terminal_entry_is_one_of_them() -> None:
    commands = {e.command for e in EXAMPLES}
    assert len(EXAMPLES) >= 8, "fewer README console examples found than the README holds"
    assert TERMINAL <= commands, f"TERMINAL lists commands not in README: {TERMINAL - commands}"


def test_output_with_box_drawing_is_listed_as_terminal_rendering() -> None:
    """A shown table that is not in TERMINAL would be compared with piped output: say so."""
    unlisted = [e.command for e in EXAMPLES if not e.terminal and _BOX.search("".join(e.expected))]
    assert not unlisted, f"add these terminal renderings to TERMINAL: {unlisted}"


def test_parser_splits_a_block_into_commands_and_their_output() -> None:
    text = (
        "Intro.\n\n```console\n$ newscli index docs/\nindexed 2 articles\n"
        "$ newscli search 'owl'\ndocs/a.txt\t2020\tOwls return\n```\n\n```sh\n$ not me\n```\n"
    )
    got = [(e.command, e.expected) for e in parse_console_blocks(text)]
    assert got == [
        ("newscli index docs/", ["indexed 2 articles"]),
        ("newscli search 'owl'", ["docs/a.txt\t2020\tOwls return"]),
    ]


def test_examples_needing_what_a_test_lacks_are_skipped_with_a_reason(tmp_path: Path) -> None:
    absent = tmp_path / "shared"
    shared_cmd = Example(1, 2, "newscli quotes ../shared/eval/some.jsonl")
    reason = skip_reason(shared_cmd, [], shared=absent)
    assert reason and "../shared" in reason
    absent.mkdir()
    assert skip_reason(shared_cmd, [], shared=absent) is None
    db_query = Example(1, 3, "newscli quotes --db elsewhere.db --speaker Owl")
    assert "index built elsewhere" in (skip_reason(db_query, []) or "")
    built = [Example(1, 1, "newscli index docs/")]
    assert skip_reason(db_query, built) is None
    assert skip_reason(Example(1, 4, "sqlite3 newscli.db"), []) == "not a newscli command: sqlite3"
    missing_tool = Example(1, 5, "newscli quotes a.txt | no-such-tool-xyz -r .text")
    assert "no-such-tool-xyz" in (skip_reason(missing_tool, []) or "")


def test_terminal_examples_get_table_format_and_lose_only_padding() -> None:
    assert table_command("newscli speakers docs/ | head") == (
        "newscli speakers --format table docs/ | head"
    )
    assert normalise_terminal(["Owls   ", "  a  b  ", "", ""]) == ["Owls", "  a  b"]
