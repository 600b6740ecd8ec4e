"""The command line as a user sees it: exit codes, stdout and stderr, formats, pipes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newscli.cli import app

from .conftest import ROOT, SAMPLES, SEED

LEVY = str(SAMPLES / "library-levy.txt")
BRIDGE = str(SAMPLES / "harbor-bridge-reopens.txt")
HTML = str(SAMPLES / "council-bike-lanes.html")


def run(*args: str, input: str | bytes | None = None, env: dict | None = None):
    return CliRunner().invoke(app, list(args), input=input, env=env)


# --- help and version ------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["summarize", "info", "quotes", "speakers"])
def test_every_command_has_help_with_examples(command):
    result = run(command, "-h")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert "--format" in result.stdout


def test_every_command_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    for command in ("summarize", "info", "quotes", "speakers"):
        assert f"newscli {command}" in readme


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("newscli ")


# --- summarize ---------------------------------------------------------------------------------


def test_summarize_piped_is_one_sentence_per_line():
    result = run("summarize", LEVY)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(line in " ".join(open(LEVY, encoding="utf-8").read().split()) for line in lines)
    assert result.stderr == ""


def test_summarize_blank_line_between_articles_in_input_order():
    result = run("summarize", "-n", "2", LEVY, BRIDGE)
    blocks = result.stdout.split("\n\n")
    assert len(blocks) == 2
    assert "Millbrook" in blocks[0]
    assert "bridge" in blocks[1].lower()


def test_summarize_jsonl_record_shape():
    result = run("summarize", "--jsonl", "-n", "2", LEVY, str(SEED))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == [LEVY, str(SEED)]
    for r in records:
        assert list(r) == ["path", "headline", "algorithm", "sentences"]
        assert r["algorithm"] == "news"
        assert len(r["sentences"]) == 2
    assert records[0]["headline"] == "Voters back library levy in Millbrook"


def test_summarize_sentences_are_in_article_order():
    text = " ".join(SEED.read_text("utf-8").split())
    for algorithm in ("news", "lead", "lexrank", "textrank"):
        result = run("summarize", "--json", "-n", "4", "-a", algorithm, str(SEED))
        assert result.exit_code == 0, result.stderr
        (record,) = json.loads(result.stdout)
        positions = [text.find(s) for s in record["sentences"]]
        assert -1 not in positions
        assert positions == sorted(positions)


def test_summarize_ratio():
    result = run("summarize", "--jsonl", "--ratio", "0.5", str(SEED))
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(record["sentences"]) == 9  # half of the seed's 18 body sentences


def test_summarize_csv_tsv_markdown():
    rows = list(csv.DictReader(io.StringIO(run("summarize", "--csv", LEVY).stdout)))
    assert [r["rank"] for r in rows] == ["1", "2", "3"]
    assert set(rows[0]) == {"path", "headline", "algorithm", "rank", "sentence"}
    tsv = run("summarize", "--tsv", "--fields", "rank,sentence", LEVY).stdout.splitlines()
    assert tsv[0] == "rank\tsentence" and len(tsv) == 4
    md = run("summarize", "--format", "markdown", LEVY).stdout
    assert md.startswith("## Voters back library levy in Millbrook")
    assert md.count("\n- ") == 3


def test_summarize_terminal_panel_and_highlight():
    result = run("summarize", "--format", "table", LEVY, env={"COLUMNS": "100"})
    assert "╭" in result.stdout and "Voters back library levy" in result.stdout
    whole = run("summarize", "--format", "table", "--highlight", LEVY, env={"COLUMNS": "100"})
    assert "first Sunday openings" in whole.stdout  # the whole article, not just the summary


def test_unknown_algorithm_is_a_one_line_error():
    result = run("summarize", "-a", "magic", LEVY)
    assert result.exit_code == 2
    assert result.stderr.startswith("newscli: error: unknown algorithm 'magic'")
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_unknown_field_is_an_error():
    result = run("summarize", "--jsonl", "--fields", "path,nope", LEVY)
    assert result.exit_code == 2
    assert "unknown field 'nope'" in result.stderr


def test_two_formats_conflict():
    result = run("summarize", "--json", "--csv", LEVY)
    assert result.exit_code == 2 and "choose one output format" in result.stderr


# --- stdin -------------------------------------------------------------------------------------


def test_stdin_dash_and_implicit_pipe():
    text = SEED.read_text("utf-8")
    a = run("summarize", "-", input=text)
    b = run("summarize", input=text)
    c = run("summarize", str(SEED))
    assert a.exit_code == b.exit_code == 0
    assert a.stdout == b.stdout == c.stdout


def test_stdin_jsonl_stream_of_articles():
    records = [
        {
            "title": "Ferry service resumes",
            "url": "https://example.org/a",
            "text": "The ferry service resumed on Monday.\nPassengers welcomed the news.",
        },
        {"title": "Museum reopens", "text": "The museum reopened after a year of work."},
    ]
    stream = "\n".join(json.dumps(r) for r in records) + "\n"
    result = run("info", "--jsonl", input=stream)
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["headline"] for r in out] == ["Ferry service resumes", "Museum reopens"]
    assert out[0]["url"] == "https://example.org/a"
    assert out[0]["path"] == "-:1"


# --- info --------------------------------------------------------------------------------------


def test_info_jsonl_fields_for_the_seed():
    result = run("info", "--jsonl", str(SEED))
    (r,) = [json.loads(line) for line in result.stdout.splitlines()]
    for key in (
        "path",
        "headline",
        "slug",
        "author",
        "caption",
        "credit",
        "date",
        "paragraphs",
        "sentences",
        "words",
        "text",
    ):
        assert key in r
    assert r["slug"] == "BELGIUM-NATO-DEFENCE"
    assert r["author"] == "Lili Bayer"
    assert r["credit"] == "François Walschaerts/AFP via Getty Images"
    assert r["paragraphs"] == 16
    assert r["text"] == SEED.read_text("utf-8")


def test_info_html_page():
    result = run("info", "--json", HTML)
    assert result.exit_code == 0, result.stderr
    (r,) = json.loads(result.stdout)
    assert r["headline"] == "Council approves protected bike lanes downtown"
    assert r["author"] == "Dana Whitfield"
    assert r["date"].startswith("2024-03-05")
    assert r["text"].count("Council approves protected bike lanes downtown") == 1
    assert "Home" not in r["text"]
    assert r["paragraphs"] == 6  # the newsletter prompt is not body


def test_info_terminal_table():
    result = run("info", "--format", "table", str(SEED), env={"COLUMNS": "120"})
    assert "BELGIUM-NATO-DEFENCE" in result.stdout and "Lili Bayer" in result.stdout


# --- quotes and speakers -------------------------------------------------------------------------


def test_quotes_piped_is_speaker_tab_kind_tab_text():
    result = run("quotes", str(SEED))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines
    for line in lines:
        speaker, kind, text = line.split("\t")
        assert kind in ("direct", "partial", "indirect")
        assert text


def test_quotes_jsonl_offsets_point_into_info_text():
    text = run("info", "--jsonl", HTML).stdout
    article_text = json.loads(text)["text"]
    result = run("quotes", "--jsonl", HTML)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for r in records:
        assert list(r) == [
                "path", "speaker", "kind", "text", "cue", "start", "end", "paragraph", "source"
            ]
        assert article_text[r["start"] : r["end"]] == r["text"]


def test_quotes_speaker_filter_is_case_and_accent_insensitive():
    a = run("quotes", "--jsonl", "--speaker", "stoltenberg", str(SEED))
    b = run("quotes", "--jsonl", "--speaker", "JENS", str(SEED))
    assert a.exit_code == 0 and a.stdout == b.stdout
    speakers = {json.loads(line)["speaker"] for line in a.stdout.splitlines()}
    assert speakers == {"Jens Stoltenberg"}


def test_quotes_nothing_found_exits_1():
    result = run("quotes", "--speaker", "Nobody Atall", str(SEED))
    assert result.exit_code == 1
    assert result.stdout == "" and result.stderr == ""


def test_quotes_kind_and_contains_filters():
    result = run("quotes", "--jsonl", "--kind", "direct", "--contains", "ZELENSKYY", str(SEED))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1 and records[0]["kind"] == "direct"
    bad = run("quotes", "--kind", "shouted", str(SEED))
    assert bad.exit_code == 2 and "unknown quote kind" in bad.stderr


def test_quotes_terminal_table_and_context():
    result = run("quotes", "--format", "table", "--context", str(SEED), env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert "Jens Stoltenberg" in result.stdout


def test_speakers_counts():
    result = run("speakers", "--jsonl", str(SEED), BRIDGE)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    top = records[0]
    assert top["speaker"] == "Jens Stoltenberg"
    assert top["total"] == top["direct"] + top["partial"] + top["indirect"]
    assert top["articles"] == 1
    totals = [r["total"] for r in records]
    assert totals == sorted(totals, reverse=True)


# --- errors in batches ----------------------------------------------------------------------------


def test_missing_file_reported_and_rest_processed():
    result = run("summarize", "--jsonl", "missing.txt", LEVY)
    assert result.exit_code == 2
    assert result.stderr == "newscli: error: missing.txt: no such file or directory\n"
    assert json.loads(result.stdout)["path"] == LEVY


def test_no_input_on_a_terminal_is_a_usage_error(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Tty())
    from newscli.cli import _common
    from newscli.errors import NewscliError
    from newscli.render import Format

    with pytest.raises(NewscliError, match="no input"):
        _common(
            None, Format.auto, False, False, False, False, None, False, 0, None, None, 20, False
        )


def test_directory_is_searched_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second story here.\n\nIt has a body.", "utf-8")
    (tmp_path / "a.txt").write_text("First story here.\n\nIt has a body too.", "utf-8")
    (tmp_path / "skip.csv").write_text("x,y\n1,2\n", "utf-8")
    result = run("info", "--jsonl", str(tmp_path))
    paths = [json.loads(line)["path"] for line in result.stdout.splitlines()]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]
    only = run("info", "--jsonl", "--glob", "*.csv", str(tmp_path))
    assert [json.loads(x)["path"] for x in only.stdout.splitlines()] == [str(tmp_path / "skip.csv")]


def test_parallel_jobs_keep_input_order(tmp_path):
    for i in range(40):
        (tmp_path / f"{i:03d}.txt").write_text(
            f"Story number {i}\n\nThe council met {i} times this year. Members agreed.\n", "utf-8"
        )
    one = run("summarize", "--jsonl", "-j", "1", str(tmp_path))
    two = run("summarize", "--jsonl", "-j", "2", str(tmp_path))
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 40


# --- the installed script -----------------------------------------------------------------------


def _script() -> list[str]:
    return [sys.executable, "-m", "newscli"]


def test_installed_script_head_is_quiet(tmp_path):
    for i in range(30):
        (tmp_path / f"{i:02d}.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    proc = subprocess.run(
        " ".join(_script()) + f" quotes {tmp_path} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert len(proc.stdout.splitlines()) == 1
    assert proc.stderr == ""


def test_help_imports_no_heavy_modules():
    code = (
        "import sys\nsys.argv = ['newscli', '--help']\nfrom newscli.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('nltk', 'sumy', 'numpy', 'trafilatura', 'lxml')\n"
        "heavy = [m for m in heavy if m in sys.modules]\n"
        "sys.stderr.write(repr(heavy))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr == "[]"


def test_no_color_env_and_flag():
    env = {"FORCE_COLOR": "1", "COLUMNS": "100"}
    coloured = run("summarize", "--format", "table", LEVY, env=env)
    assert "\x1b[" in coloured.stdout
    plain = run("summarize", "--format", "table", LEVY, env={**env, "NO_COLOR": "1"})
    flag = run("summarize", "--format", "table", "--no-color", LEVY, env=env)
    for result in (plain, flag):
        assert "Voters back library levy" in result.stdout
        assert "\x1b[3" not in result.stdout and ";3" not in result.stdout  # no colours


def test_machine_formats_are_never_wrapped():
    long = "Word " * 400
    text = f"Headline here\n\n{long.strip()}.\n"
    result = run("summarize", "--jsonl", "-", input=text, env={"COLUMNS": "40"})
    assert len(result.stdout.splitlines()) == 1
    assert os.linesep not in json.loads(result.stdout)["sentences"][0]


def _wait_until_idle(pid: int, timeout: float = 30.0) -> None:
    """Until the process sleeps with its CPU time unchanged (blocked reading stdin)."""
    import time

    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        state, cpu = fields[0], int(fields[11]) + int(fields[12])
        if state == "S" and cpu == last:
            return
        last = cpu
        time.sleep(0.3)


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs /proc")
def test_ctrl_c_exits_130_without_traceback():
    import signal

    proc = subprocess.Popen(
        [*_script(), "summarize", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_until_idle(proc.pid)  # started, and blocked reading stdin
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Traceback" not in err


def test_reader_closing_the_pipe_exits_141_quietly(tmp_path):
    # `newscli quotes ... | head -1`: no traceback, and not exit 1, which means "nothing found"
    for n in range(200):
        (tmp_path / f"{n:03}.txt").write_text(
            f"Headline {n}\n\n“We will build it,” Mayor Ann Lee said on day {n}.\n", "utf-8")
    proc = subprocess.Popen([*_script(), "quotes", str(tmp_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)  # (a hang fails the test, it does not stall it)
    assert proc.returncode == 141
    assert err == ""


def test_a_pool_that_cannot_stop_does_not_hang_the_batch():
    # Pool.terminate() can wait for ever on a lock a killed worker held (CPython #96995):
    # the batch gives up waiting and ends
    import threading
    import time

    from newscli.batch import stop_pool

    class StuckPool:
        def terminate(self) -> None:
            threading.Event().wait()

    started = time.monotonic()
    stop_pool(StuckPool(), wait=0.2)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("command", ["summarize", "info", "quotes", "speakers"])
def test_force_color_never_changes_what_a_pipe_receives(command):
    # CI systems set FORCE_COLOR: a pipe still gets the plain records, byte for byte
    piped = run(command, str(SEED), LEVY)
    forced = run(command, str(SEED), LEVY, env={"FORCE_COLOR": "1", "COLUMNS": "100"})
    assert forced.exit_code == piped.exit_code == 0
    assert forced.stdout == piped.stdout
    assert "\x1b" not in forced.stdout and "─" not in forced.stdout


# --- issue #16: signals, closed pipes, usage errors, progress display, completion ----------


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs /proc")
def test_sigterm_during_a_batch_ends_like_ctrl_c_with_143(tmp_path):
    import signal

    for n in range(300):
        (tmp_path / f"{n:03}.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    proc = subprocess.Popen(
        [*_script(), "quotes", "--jsonl", "-j", "2", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # the batch is under way, workers busy
    proc.send_signal(signal.SIGTERM)
    out, err = first + proc.stdout.read(), proc.stderr.read()
    assert proc.wait(timeout=60) == 143
    assert err == b""  # no "Process ForkPoolWorker-1:", no BrokenPipeError
    assert out.endswith(b"\n")
    for line in out.decode().splitlines():
        json.loads(line)  # every line written is whole
    assert len(out.splitlines()) < 300 * 15  # it did stop early


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["algorithms"], ["quotes", "-h"]])
def test_closed_pipe_exits_141_for_every_command(args):
    # `newscli --help | head -0`: 141 like the rest, not 1 ("nothing found")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(
            [*_script(), *args], stdout=write_end, stderr=subprocess.PIPE, timeout=60
        )
    finally:
        os.close(write_end)
    assert proc.returncode == 141, proc.stderr
    assert proc.stderr == b""


def test_help_version_and_algorithms_still_exit_0():
    for args in (["--help"], ["--version"], ["algorithms"]):
        proc = subprocess.run([*_script(), *args], capture_output=True, timeout=60)
        assert proc.returncode == 0 and proc.stdout and proc.stderr == b""


@pytest.mark.parametrize("ratio", ["0", "1.5", "-0.2"])
def test_ratio_out_of_range_is_one_usage_error_before_any_input(ratio):
    result = run("summarize", "--ratio", ratio, "no-such-file.txt", LEVY)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no-such-file" not in result.stderr  # no input was looked at
    assert result.stderr.count("--ratio") == 1 and "Usage:" in result.stderr


def test_error_lines_are_never_wrapped_under_the_progress_display(monkeypatch):
    import itertools
    import re
    from types import SimpleNamespace

    from newscli import cli

    class Tty(io.StringIO):
        def isatty(self):
            return True

    err = Tty()
    clock = itertools.count(0, 5)  # every look at the clock: 5 s later, so the display shows
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(cli, "_err_console", None)
    monkeypatch.setattr(cli, "time", SimpleNamespace(monotonic=lambda: float(next(clock))))
    monkeypatch.setenv("COLUMNS", "40")
    message = "/very/long/path/to/an/article.txt: not valid JSON (Expecting value: column 1)"
    for n, _ in enumerate(cli._with_progress(iter(range(3)))):
        if n == 1:
            cli._error(message)
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\r", "\n", err.getvalue())
    assert f"newscli: error: {message}" in shown.splitlines()


def test_shell_completion_script_and_completions():
    script = run("--show-completion", "bash")
    assert script.exit_code == 0 and "_NEWSCLI_COMPLETE" in script.stdout
    env = {**os.environ, "_NEWSCLI_COMPLETE": "complete_bash", "COMP_WORDS": "newscli qu",
           "COMP_CWORD": "1"}
    proc = subprocess.run(_script(), env=env, capture_output=True, text=True, timeout=60)
    assert proc.stdout.split() == ["quotes"]
