"""Hostile input: every case ends in a clear one-line error or a clean result, never a
traceback; nothing the tool does modifies its inputs."""

from __future__ import annotations

import builtins
import hashlib
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newscli.cli import app

from .conftest import SAMPLES

COMMANDS = ("summarize", "info", "quotes", "speakers")


def run(*args: str, input: str | bytes | None = None, env: dict | None = None):
    return CliRunner().invoke(app, list(args), input=input, env=env)


def assert_clean(result, allowed=(0, 1, 2)):
    assert result.exit_code in allowed, (result.exit_code, result.stderr, result.exception)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    for line in result.stderr.splitlines():
        assert line.startswith(("newscli: error: ", "newscli: note: ")), line


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("command", COMMANDS)
def test_empty_file(tmp_path, command):
    path = write(tmp_path, "empty.txt", b"")
    result = run(command, path)
    assert_clean(result, (2,))
    assert result.stderr == f"newscli: error: {path}: empty input, no article text\n"


@pytest.mark.parametrize(
    "payload", [b"abc\x00\x01\x02" * 100, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"]
)
def test_binary_file(tmp_path, payload):
    path = write(tmp_path, "blob.txt", payload)
    result = run("summarize", path)
    assert_clean(result, (2,))
    assert "binary file" in result.stderr


def test_invalid_utf8_is_decoded_with_a_note(tmp_path):
    path = write(
        tmp_path,
        "latin.txt",
        "Café owners welcome rule\n\nThe café on the corner said it would reopen.\n".encode(
            "cp1252"
        ),
    )
    result = run("summarize", path)
    assert_clean(result, (0,))
    assert "Café on the corner" in result.stdout.replace("café", "Café")
    assert result.stderr.startswith(f"newscli: note: {path}: not valid UTF-8; decoded as")


def test_encoding_override(tmp_path):
    path = write(
        tmp_path, "latin.txt", "Señor Ruiz said yes.\n\nHe said it twice.".encode("latin-1")
    )
    result = run("info", "--jsonl", "--encoding", "latin-1", path)
    assert_clean(result, (0,))
    assert result.stderr == ""
    assert "Señor" in json.loads(result.stdout)["text"]
    bad = run("info", "--encoding", "klingon", path)
    assert bad.exit_code == 2 and "unknown encoding" in bad.stderr


def test_fifty_megabyte_file_is_refused_clearly(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: cheap to make
    result = run("summarize", str(path))
    assert_clean(result, (2,))
    assert "file too large" in result.stderr and "--max-size" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_one_megabyte_single_line(tmp_path, command):
    line = ("The council said it would meet again. " * 27000)[:1_000_000]
    path = write(tmp_path, "line.txt", line.encode())
    result = run(command, path)
    assert_clean(result, (0, 1))


def test_unreadable_file_inside_directory(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("First story.\n\nIt has a body.", "utf-8")
    secret = tmp_path / "b.txt"
    secret.write_text("Second story.\n\nIt has a body.", "utf-8")
    (tmp_path / "c.txt").write_text("Third story.\n\nIt has a body.", "utf-8")
    if os.geteuid() == 0:  # root reads anything: simulate the permission error
        real_open = builtins.open

        def guarded(file, *args, **kwargs):
            if str(file) == str(secret):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", guarded)
    else:
        secret.chmod(0)
    result = run("info", "--jsonl", "-j", "1", str(tmp_path))
    assert_clean(result, (2,))
    assert result.stderr == f"newscli: error: {secret}: permission denied\n"
    assert len(result.stdout.splitlines()) == 2


def test_symlink_loops(tmp_path):
    (tmp_path / "ok.txt").write_text("A story.\n\nWith a body.", "utf-8")
    os.symlink(tmp_path / "loop_a.txt", tmp_path / "loop_b.txt")
    os.symlink(tmp_path / "loop_b.txt", tmp_path / "loop_a.txt")
    os.symlink(tmp_path, tmp_path / "self")  # a directory loop: not followed
    result = run("info", "--jsonl", str(tmp_path))
    assert_clean(result, (2,))
    assert "too many levels of symbolic links" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_rich_markup_in_articles_is_printed_literally(tmp_path):
    text = (
        "Markup [bold red]test[/] story\n\n"
        "The [link=http://x.example]site[/link] said [red]no[/red].\n"
    )
    path = write(tmp_path, "markup.txt", text.encode())
    result = run("summarize", "--format", "table", path, env={"COLUMNS": "200"})
    assert_clean(result, (0,))
    assert "[link=http://x.example]site[/link]" in result.stdout
    assert "[bold red]test[/]" in result.stdout


def test_control_sequences_are_stripped_before_the_terminal(tmp_path):
    text = (
        "Escape \x1b[31mred\x1b[0m story\n\nThe mayor \x1b]0;pwned\x07said \x1b[2Jyes\x08 today.\n"
    )
    path = write(tmp_path, "ansi.txt", text.encode())
    for args in (("--format", "table"), ("--format", "plain"), ("--tsv",), ("--csv",)):
        result = run("summarize", *args, path, env={"COLUMNS": "200"})
        assert_clean(result, (0,))
        assert "\x1b]" not in result.stdout and "\x1b[2J" not in result.stdout, args
        assert "\x08" not in result.stdout and "\x1b[31m" not in result.stdout, args
    exact = run("info", "--jsonl", path)
    assert json.loads(exact.stdout)["text"] == text  # JSON keeps the exact text, escaped
    assert "\x1b" not in exact.stdout


def test_html_external_entity_and_dtd_are_not_loaded(tmp_path):
    page = (
        '<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        '<!ENTITY remote SYSTEM "http://198.51.100.1/x.dtd">]>\n'
        "<html><head><title>Entity test</title></head><body><article>"
        "<p>The council met on Monday and agreed the budget for next year.</p>"
        "<p>Secret: &xxe; and &remote; end of story, officials said on Tuesday.</p>"
        "</article></body></html>"
    )
    path = write(tmp_path, "xxe.html", page.encode())
    result = run("info", "--jsonl", path)
    assert_clean(result)
    assert "root:" not in result.stdout


def test_html_billion_laughs(tmp_path):
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    page = (
        f"<!DOCTYPE html [{ents}]><html><body><article><p>&lol9; The council met on Monday "
        "and agreed the budget.</p></article></body></html>"
    )
    path = write(tmp_path, "lol.html", page.encode())
    result = run("info", "--jsonl", path)
    assert_clean(result)
    assert "lollollol" not in result.stdout


def test_html_ten_thousand_nested_tags(tmp_path):
    page = (
        "<html><body>" + "<div>" * 10000 + "<p>The council met on Monday and agreed the "
        "budget for the next year.</p>" + "</div>" * 10000 + "</body></html>"
    )
    path = write(tmp_path, "deep.html", page.encode())
    for command in ("info", "summarize", "quotes"):
        assert_clean(run(command, path))


def _digest(folder) -> dict[str, tuple[str, float]]:
    out = {}
    for name in sorted(os.listdir(folder)):
        p = os.path.join(folder, name)
        with open(p, "rb") as fh:
            out[name] = (hashlib.sha256(fh.read()).hexdigest(), os.stat(p).st_mtime)
    return out


def test_no_command_writes_to_its_inputs(tmp_path):
    for src in SAMPLES.iterdir():
        (tmp_path / src.name).write_bytes(src.read_bytes())
    before = _digest(tmp_path)
    for command in COMMANDS:
        assert_clean(run(command, "--jsonl", str(tmp_path)))
    assert _digest(tmp_path) == before
    assert sorted(os.listdir(tmp_path)) == sorted(before)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=400)
    | st.text(max_size=400).map(lambda s: s.encode("utf-8", "surrogatepass")),
    command=st.sampled_from(COMMANDS),
    suffix=st.sampled_from([".txt", ".html", ".jsonl"]),
)
def test_no_input_makes_any_command_raise(tmp_path, data, command, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    assert_clean(run(command, "--jsonl", str(path)))


# --- issue #16: mostly-UTF-8 bytes, JSON Lines streams with bad lines ---------------------------

MOSTLY_UTF8 = (
    "Ferry plan backed\n\n"
    "“We will sail again,” said Mayor Ann Lee. It’s the town’s first ferry since 1990.\n"
).encode()


def test_one_bad_byte_keeps_the_rest_utf8(tmp_path):
    at = MOSTLY_UTF8.index(b" It")
    path = write(tmp_path, "one-bad.txt", MOSTLY_UTF8[:at] + b"\xff" + MOSTLY_UTF8[at:])
    result = run("info", "--jsonl", path)
    assert_clean(result, (0,))
    assert result.stderr == f"newscli: note: {path}: 1 invalid UTF-8 byte replaced\n"
    text = json.loads(result.stdout)["text"]
    assert text == MOSTLY_UTF8.decode().replace(" It", "\ufffd It", 1)
    quotes = run("quotes", path)
    assert quotes.stdout.splitlines()[0].startswith("Ann Lee\tdirect\tWe will sail again")


def test_several_bad_bytes_are_counted(tmp_path):
    path = write(tmp_path, "bad.txt", MOSTLY_UTF8.replace(b"1990", b"\xc0\xff1990"))
    result = run("info", "--jsonl", path)
    assert result.stderr == f"newscli: note: {path}: 2 invalid UTF-8 bytes replaced\n"
    assert "\ufffd\ufffd1990" in json.loads(result.stdout)["text"]


def test_latin1_text_is_still_guessed_as_a_legacy_charset(tmp_path):
    # no valid multi-byte character at all: not UTF-8 with holes, a legacy charset
    data = "Ruiz backs plan\n\nSeñor Ruiz said “sí”.\n".encode("cp1252")
    path = write(tmp_path, "latin.txt", data)
    result = run("info", "--jsonl", path)
    assert "Señor Ruiz said “sí”." in json.loads(result.stdout)["text"]
    assert "decoded as cp1252" in result.stderr


def test_bbc_latin1_article_stays_latin1():
    from .conftest import shared_path

    path = shared_path("eval", "bbc-news-summary", "News Articles", "sport", "199.txt")
    result = run("info", "--jsonl", str(path))
    assert_clean(result, (0,))
    assert "decoded as cp1252" in result.stderr
    assert "\ufffd" not in json.loads(result.stdout)["text"]


STREAM = [
    {"title": "Ferry resumes", "text": "The ferry resumed on Monday, the harbour master said."},
    '{"title": "Broken", "text": "The museum',  # line 2: cut short
    {"title": "Museum reopens", "text": "The museum reopened.\u2028Visitors queued all day."},
    "[1, 2, 3]",  # line 4: JSON, but no article record
    {"title": "Odd separators", "text": "Line one\u0085still the same line, officials said."},
]


def _stream(items) -> str:
    return "".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n"
                   for x in items)


@pytest.mark.parametrize("name", ["-", "stream.jsonl"])
def test_bad_json_lines_are_reported_and_the_good_ones_processed(tmp_path, name):
    data = _stream(STREAM)
    if name == "-":
        result = run("info", "--jsonl", "-", input=data)
    else:
        name = write(tmp_path, name, data.encode())
        result = run("info", "--jsonl", name)
    assert_clean(result, (2,))
    assert result.stderr.splitlines() == [
        f"newscli: error: {name}: line 2: not valid JSON "
        "(Unterminated string starting at: column 29)",
        f'newscli: error: {name}: line 4: a record needs a "text" string',
    ]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in records] == [f"{name}:1", f"{name}:3", f"{name}:5"]
    assert [r["headline"] for r in records] == ["Ferry resumes", "Museum reopens", "Odd separators"]
    assert "\u2028" in records[1]["text"] and "\u0085" in records[2]["text"]


def test_a_broken_first_line_of_stdin_is_an_error_not_an_article():
    data = _stream(['{"title": "Cut", "text": "The ferry', STREAM[0]])
    result = run("info", "--jsonl", input=data)
    assert_clean(result, (2,))
    assert result.stderr.startswith("newscli: error: -: line 1: not valid JSON")
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["path"] == "-:2" and record["headline"] == "Ferry resumes"
    alone = run("info", "--jsonl", input='{"text": "The ferry\n')
    assert_clean(alone, (2,))
    assert alone.stdout == "" and "line 1: not valid JSON" in alone.stderr


def test_an_article_opening_with_a_brace_is_still_an_article():
    result = run("info", "--jsonl", input="{Updated} Ferry resumes\n\nThe ferry resumed today.\n")
    assert_clean(result, (0,))
    assert json.loads(result.stdout)["path"] == "-"


_sentence = st.sampled_from([
    "The ferry resumed on Monday.", "“We will sail,” said Ann Lee.", "Officials said it was safe.",
])
_separator = st.sampled_from(["\u2028", "\u0085", "\u2029", "\x1c", " "])


@settings(max_examples=30, deadline=None)
@given(
    texts=st.lists(st.tuples(_sentence, _separator, _sentence), min_size=1, max_size=5),
    broken=st.lists(st.booleans(), min_size=5, max_size=5),
)
def test_jsonl_streams_with_broken_lines_and_odd_separators(texts, broken):
    lines, good = [], []
    for n, (a, sep, b) in enumerate(texts, 1):
        line = json.dumps({"text": f"{a}{sep}{b}"}, ensure_ascii=False)
        if broken[n - 1]:
            line = line[: len(line) // 2]
        else:
            good.append((f"-:{n}", f"{a}{sep}{b}"))
        lines.append(line)
    result = run("info", "--jsonl", "-", input="\n".join(lines) + "\n")
    assert_clean(result, (2,) if len(good) < len(texts) else (0,))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["path"], r["text"]) for r in records] == good
    errors = result.stderr.splitlines()
    assert len(errors) == len(texts) - len(good)
    assert all(e.startswith("newscli: error: -: line ") for e in errors)


@settings(max_examples=30, deadline=None)
@given(
    words=st.lists(st.sampled_from(["ferry", "’s", "café", "“no”", "said", "Lee", "—"]),
                   min_size=8, max_size=40),
    bad=st.lists(st.sampled_from([b"\xff", b"\xc0", b"\xfe", b"\xe2\x80"]), min_size=1,
                 max_size=3),
)
def test_mostly_utf8_bytes_keep_every_valid_character(words, bad):
    text = "Headline here\n\n" + " ".join(words) + ".\n"
    data = text.encode()
    n = sum(len(b) for b in bad)
    if n >= sum(ord(c) > 127 for c in text):
        return  # not "mostly UTF-8" (no more valid characters than bad bytes): a charset guess
    cut = data.index(b"\n\n") + 2
    broken = data[:cut] + b"".join(bad) + data[cut:]
    result = run("info", "--jsonl", "-", input=broken)
    assert_clean(result, (0,))
    out = json.loads(result.stdout)["text"]
    assert out.replace("\ufffd", "") == text
    assert out.count("\ufffd") == n
    assert result.stderr.endswith(f"{n} invalid UTF-8 byte{'s' if n > 1 else ''} replaced\n")
