"""Quote finder quality and speed, scored with the protocol in ../shared/README.md.

    python bench/quotes.py [--split dev|train] [--limit N] [--no-bbc] [--json PATH]
    python bench/quotes.py --split train --no-bbc --errors 50   (list errors, see ErrorList)
    python bench/quotes.py --ablate   (bench/ablate.py: each sieve switched off, per corpus)

Protocol: both sides normalised (NFKC, curly quotes to straight, white space collapsed) and
compared as character spans of the article text; a prediction matches a gold quote when
overlap/union >= 0.5, one-to-one, largest overlap first. P/R/F1 per kind; speaker accuracy on
matched quotes (titles, possessive 's and punctuation dropped, lower case; right when the gold
surname is among the predicted name's words; a pronoun or no speaker is always wrong). A title
word that ends a name is its surname and stays ("Mr. King", "Charlie King").

Seed gold: spans are Quote.start/end (the text inside the marks), the gold's own convention.

PolNeAR (one record per article x annotator): deduplicated by doc_id, keeping the FIRST record
of each article in file order. PolNeAR's content span of a mixed attribution is the whole
reported clause, so predictions are scored with Quote.content_start/content_end (for direct
quotes that is the quotation with its marks, as PolNeAR's direct content spans are). PolNeAR
gives `"A," X said. "B."` as ONE attribution with two content spans (also across
paragraphs); before scoring, a floating quote (no cue of its own) or a quote sharing the
previous quote's cue ("A," she said, "B": the first part is direct and the cue stands between
the two parts) in the same paragraph, or a cue-less direct quote opening the paragraph after
one by the same speaker, is merged into it, and fragments that share one reported clause
count once. (Two separate "X said that ... 'A'" sentences are two attributions even when
their cue words are equal.) Gold content spans are scored as the union of their characters.
The article's first line (its title) is the headline; paragraphs are the following lines.
  - quote-marked  = gold quote_marks in {direct, mixed}  vs  predicted kind in {direct, partial}
    (the headline figure; kind-agnostic). Per kind: gold direct vs predicted direct, gold mixed
    vs predicted partial.
  - qm (issue §1), secondary: quote-marked without the gold attributions issue 3 section 1
    calls scare quotes, not quotes (every quotation in the content one or two words, no speech
    verb in the cue: "called Clinton “crooked”"); predictions matched to those gold are left
    out of both sides. The headline figure stays the line above.
  - indirect: recall over gold with quote_marks == "none" whose cue contains a speech verb
    (the communication verbs of SPEECH_CUES below, or "according to"), since PolNeAR also
    annotates beliefs, perceptions and other non-speech attributions that are not reported
    speech; precision over all quote_marks == "none" gold (a prediction that matches a belief
    attribution is an attribution, not a false alarm).
  - PolNeAR's quote_marks label is a heuristic that misses the archive convention ''...''
    (two apostrophes for a double quote mark, common in its NYT articles): gold "none"
    attributions whose content holds '' are relabelled direct (content starts with
    '') or mixed, since they are quote-marked and the finder reads '' as a quote mark.
  - speaker accuracy where the gold source is a name or resolvable to one: the source span
    when it is a name (cut before an appositive or "of ...", except after a title word when a
    first name follows: "Former Secretary of State Madeleine Albright"; not a name: a pronoun, a
    "The/A ..." description, a lone common noun like "Officials", a phrase opened by a
    quantifier ("Several", "Another person", "One Clinton spokesman"), a phrase headed by a
    common noun ("Grayson's spokeswoman", "Clinton supporters"; a reflexive as in "Cruz
    himself" is skipped) or an all-capitals heading the annotators marked as a source), else
    `source_name_auto` (dev only), the silver name automatic coreference resolved a pronoun or
    description to; otherwise the quote is not scored. The gold surname is the last word, so a
    description-headed span would demand e.g. "spokeswoman" as the speaker's surname.
Throughput: find_quotes over the BBC corpus (parsing excluded and reported separately).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _data  # noqa: E402

from newscli.article import Article, Span  # noqa: E402
from newscli.quotes import Quote, find_quotes  # noqa: E402

SEED = "000_73b5c36f6099129b"
SPEECH_CUES = frozenset(
    """say says said saying tell tells told telling add adds added adding note notes noted noting
    warn warns warned warning argue argues argued arguing insist insists insisted insisting
    claim claims claimed claiming state states stated explain explains explained explaining
    announce announces announced announcing declare declared declares assert asserted asserts
    stress stressed stresses emphasize emphasized emphasised acknowledge acknowledged admits
    admitted admit concede conceded suggest suggested suggests maintain maintained contend
    contended report reported reports reply replied respond responded answer answered ask
    asked write wrote writes written tweet tweeted testify testified confirm confirmed deny
    denied predict predicted promise promised vow vowed recall recalled remark remarked
    comment commented complain complained caution cautioned urge urged reveal revealed
    disclose disclosed allege alleged according indicate indicated repeated reiterated
    explain pointed""".split()
)
TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady sen senator rep gov governor president
    secretary-general secretary general minister prime chancellor mayor judge justice gen col
    capt lt rev former vice chief chairman director ambassador king queen prince pope""".split()
)
REFLEXIVES = frozenset("himself herself themselves itself".split())  # "Sanders himself"
PRONOUNS = frozenset("he she they it we i you him her them".split())
QUANTIFIERS = frozenset(
    "another one some several many most all both each every from these those other two three "
    "four five multiple few about at".split()
)
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                         "‘": "'", "’": "'", "‚": "'", "‹": "'", "›": "'"})


# --- normalisation and matching ---------------------------------------------------------------
class Normalised:
    """The article text normalised, with a map from original offsets to normalised ones."""

    def __init__(self, text: str) -> None:
        out: list[str] = []
        self.map = [0] * (len(text) + 1)
        n = 0
        prev_space = False
        for i, ch in enumerate(text):
            self.map[i] = n
            piece = unicodedata.normalize("NFKC", ch).translate(_QUOTES)
            if piece.isspace() or not piece:
                if piece and not prev_space:
                    out.append(" ")
                    n += 1
                prev_space = bool(piece)
                continue
            prev_space = False
            out.append(piece)
            n += len(piece)
        self.map[len(text)] = n
        self.text = "".join(out)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.map[start], self.map[end]


def norm_string(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).translate(_QUOTES)
    return " ".join(s.split())


def chars(spans: list[tuple[int, int]]) -> frozenset[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return frozenset(out)


def match(pred: list[frozenset[int]], gold: list[frozenset[int]]) -> list[tuple[int, int]]:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if not p or not g:
                continue
            inter = len(p & g)
            if inter and inter / len(p | g) >= 0.5:
                pairs.append((inter, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _inter, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def name_words(name: str) -> list[str]:
    s = norm_string(name).lower()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"\([^)]*\)", " ", s)
    words = [w.strip(".,;:!?\"'()[]—–") for w in s.split()]
    words = [w for w in words if w and w not in REFLEXIVES]
    # titles go, but not a last word: "Mr. King", "Charlie King" keep "king"
    return [w for x, w in enumerate(words) if w not in TITLES or x == len(words) - 1]


def speaker_right(gold: str, pred: str | None) -> bool:
    if not pred or pred.lower() in PRONOUNS:
        return False
    gw = name_words(gold)
    if not gw:
        return False
    return gw[-1] in name_words(pred)


class Tally:
    def __init__(self) -> None:
        self.pred = self.gold = self.matched = 0
        self.spk_total = self.spk_right = 0

    def add(self, n_pred: int, n_gold: int, n_matched: int) -> None:
        self.pred += n_pred
        self.gold += n_gold
        self.matched += n_matched

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def row(self, label: str) -> str:
        p, r, f = self.prf()
        spk = f"{self.spk_right / self.spk_total:.3f} ({self.spk_right}/{self.spk_total})" if (
            self.spk_total) else "-"
        return (f"{label:<14} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   pred {self.pred:5d}  "
                f"gold {self.gold:5d}  matched {self.matched:5d}   speaker acc {spk}")

    def as_dict(self) -> dict[str, float | int | None]:
        p, r, f = self.prf()
        acc = self.spk_right / self.spk_total if self.spk_total else None
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "pred": self.pred, "gold": self.gold, "matched": self.matched,
                "speaker_accuracy": None if acc is None else round(acc, 4),
                "speaker_scored": self.spk_total}


# --- seed -------------------------------------------------------------------------------------
def seed_article(base: Path) -> Article:
    text = (base / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    return _data._parse(text, f"seeds/{SEED}.txt")


def score_seed(base: Path) -> dict[str, dict[str, float | int | None]]:
    article = seed_article(base)
    gold = json.loads((base / "gold" / f"{SEED}.quotes.json").read_text(encoding="utf-8"))
    norm = Normalised(article.text)
    quotes = find_quotes(article)
    results = {}
    for kinds, label in ((("direct",), "direct"), (("partial",), "partial"),
                         (("direct", "partial"), "quote-marked"), (("indirect",), "indirect")):
        g_items = [g for g in gold["quotes"] if g["kind"] in kinds]
        g_sets = []
        for g in g_items:
            gt = norm_string(g["text"])
            body = norm.map[article.paragraphs[0].start] if article.paragraphs else 0
            at = norm.text.find(gt, body)  # in the body, not the caption that repeats it
            g_sets.append(frozenset(range(at, at + len(gt))) if at >= 0 else frozenset())
        preds = [q for q in quotes if q.kind in kinds]
        p_sets = [chars([norm.span(q.start, q.end)]) for q in preds]
        t = Tally()
        pairs = match(p_sets, g_sets)
        t.add(len(preds), len(g_items), len(pairs))
        for i, j in pairs:
            t.spk_total += 1
            t.spk_right += speaker_right(g_items[j]["speaker"], preds[i].speaker)
        print(t.row(label))
        results[label] = t.as_dict()
    return results


# --- PolNeAR ----------------------------------------------------------------------------------
def polnear_article(rec: dict) -> Article:
    text = rec["text"]
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            paragraphs.append(Span(start, start + len(stripped), stripped))
        pos += len(line) + 1
    headline = paragraphs[0].text if paragraphs else None
    return Article(rec["doc_id"], text, paragraphs[1:], headline=headline)


def merge_continuations(quotes: list[Quote], text: str | None = None
                        ) -> list[tuple[Quote, list[tuple[int, int]]]]:
    out: list[tuple[Quote, list[tuple[int, int]]]] = []
    for q in quotes:
        span = (q.content_start, q.content_end)
        if out:
            prev, spans = out[-1]
            if span == spans[-1]:
                continue  # two fragments of one reported clause: one attribution
            same = prev.paragraph == q.paragraph and prev.speaker == q.speaker
            # "A," she said, "B": one cue shared by the two parts of a quote
            between = text[prev.end : q.start] if text is not None else ""
            split = q.cue is not None and q.cue == prev.cue and q.start - prev.end < 200 and (
                q.speaker_mention == prev.speaker_mention) and (
                text is None or (q.cue in between and prev.kind == "direct"))
            # a cue-less quote opening the next paragraph continues the previous speaker's quote
            follows = (q.cue is None and prev.speaker == q.speaker and prev.kind == "direct"
                       and q.kind == "direct" and prev.paragraph == q.paragraph - 1)
            if follows and q.speaker is not None:
                spans.append(span)
                continue
            if same and (q.cue is None or split):
                spans.append(span)
                continue
        out.append((q, [span]))
    return out


def gold_name(att: dict) -> str | None:
    """The source span when it is a name; otherwise (a pronoun, "the senator") the silver
    name `source_name_auto` that automatic coreference resolved it to (dev only)."""
    span = span_name(att)
    if span is not None:
        return span
    auto = att.get("source_name_auto")
    return str(auto) if auto else None


def span_name(att: dict) -> str | None:
    src = " ".join(s["text"] for s in att.get("source") or [])
    src = re.split(r",|\(| who | whose | [—–-] ", src)[0]
    cut = re.split(r" of the | at the ", src)[0]
    if not (_title_last(cut) and _first_name_after(src, cut)):
        src = cut  # "Brian Fallon of the campaign" (not "Speaker of the House Paul Ryan")
    head = src.split(" of ")[0]
    if sum(w[:1].isupper() for w in head.split()) >= 2 and not (
        _title_last(head) and _first_name_after(src, head)
    ):
        src = head  # "Rep. Elijah Cummings of Maryland" (not "Secretary of State John Kerry")
    words = src.split()
    if not words or not words[0][:1].isupper():
        return None
    if words[0].lower() in PRONOUNS or words[0].lower() in {"the", "a", "an", "this", "that"}:
        return None
    if words[0].lower() in QUANTIFIERS:
        return None  # "Several", "Another person", "One Clinton spokesman"
    head = [w for w in words if w.lower().strip(".,;:") not in REFLEXIVES]
    if head and not head[-1][:1].isupper():
        return None  # "Grayson's spokeswoman", "Clinton supporters": headed by a common noun
    if len(words) > 1 and all(w.isupper() for w in words if w.isalpha()):
        return None  # "HOW CHINA'S DECLINE AFFECTS ...": a heading the annotators marked
    if len(words) == 1 and _common_noun(words[0]):
        return None  # "Officials", "Democrats": a description, not a name
    return src


def _title_last(words: str) -> bool:
    """Does the phrase end with a title word ("Former Secretary", "Speaker")? Then "of ..."
    is part of the title and the name follows it."""
    last = re.sub(r"[’']s$", "", words.split()[-1].lower()).strip(".,") if words.split() else ""
    return last in TITLES or last in {"secretary", "speaker"}


def _first_name_after(src: str, head: str) -> bool:
    """Is there a known first name after ``head`` in ``src`` (a person named after the title)?"""
    from newscli.quotes.lexicon import lexicon

    names = lexicon().first_name_gender
    return any(w.lower() in names for w in src[len(head) :].split())


def _common_noun(word: str) -> bool:
    from newscli.quotes.lexicon import lexicon

    low = word.lower().strip(".,;:")
    roles = lexicon().role_kind
    return low in roles or (low.endswith("s") and low[:-1] in roles)


def is_speech_cue(att: dict) -> bool:
    cue = " ".join(c["text"] for c in att.get("cue") or []).lower()
    return any(w.strip(".,") in SPEECH_CUES for w in cue.split())


_QUOTED = re.compile(r"[\"“”]([^\"“”]+)[\"“”]|''(.+?)''")


def is_scare_quote(att: dict) -> bool:
    """Issue 3, section 1: "scare quotes (one or two words in marks, no speech cue) are not
    quotes". True when every quotation in the content is one or two words and the cue holds
    no speech verb."""
    content = " ".join(c["text"] for c in att["content"])
    inner = [a or b for a, b in _QUOTED.findall(norm_string(content))]
    longest = max((len(x.split()) for x in inner), default=len(content.split()))
    return longest <= 2 and not is_speech_cue(att)


def _tally_issue_1(t: Tally, preds: list[tuple[Quote, list[tuple[int, int]]]],
                   golds: list[dict], pairs: list[tuple[int, int]]) -> None:
    """The quote-marked tally restricted to what issue 3 section 1 calls quotes."""
    scare = {j for j, a in enumerate(golds) if is_scare_quote(a)}
    kept = [(i, j) for i, j in pairs if j not in scare]
    t.add(len(preds) - (len(pairs) - len(kept)), len(golds) - len(scare), len(kept))
    for i, j in kept:
        gname = gold_name(golds[j])
        if gname is not None:
            t.spk_total += 1
            t.spk_right += speaker_right(gname, preds[i][0].speaker)


def _gold_text(text: str, att: dict, key: str) -> str:
    return " ".join(" ".join(text[c["start"]:c["end"]].split()) for c in att.get(key) or [])


class ErrorList:
    """Up to ``limit`` errors of each kind (--errors N): speaker errors on matched quotes
    (quote-marked, partial, indirect) and missed quote-marked gold, one line each: kind,
    article id, quote text, gold source span (and the name scored), predicted speaker, cue."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.counts: dict[str, int] = {}

    def add(self, kind: str, doc: str, quote: str, gold: str, pred: str) -> None:
        n = self.counts.get(kind, 0)
        self.counts[kind] = n + 1
        if n < self.limit:
            print(f"  {kind:<8} {doc}\t{quote[:200]!r}\tgold={gold}\tpred={pred}")

    def summary(self) -> None:
        print("  errors: " + ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items())))


def _speaker_error(errors: ErrorList, label: str, rec: dict, article: Article,
                   pred: Quote, att: dict, gname: str) -> None:
    kind = {"quote-marked": "SPK-QM", "partial": "SPK-PART", "indirect": "SPK-IND"}.get(label)
    if kind is None:
        return
    text = article.text
    src = _gold_text(text, att, "source")
    errors.add(kind, rec["doc_id"], text[pred.content_start:pred.content_end],
               f"{src!r} ({gname!r})",
               f"{pred.speaker!r} mention={pred.speaker_mention!r} cue={pred.cue!r}")


def score_polnear(path: Path, limit: int | None, verbose: bool = False,
                  errors: ErrorList | None = None
                  ) -> dict[str, dict[str, float | int | None]]:
    seen: set[str] = set()
    recs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["doc_id"] in seen:
                continue
            seen.add(rec["doc_id"])
            recs.append(rec)
    if limit:
        recs = recs[:limit]
    relabelled = 0
    for rec in recs:
        for att in rec["attributions"]:
            content = " ".join(c["text"] for c in att["content"])
            if att["quote_marks"] == "none" and "''" in content:
                att["quote_marks"] = "direct" if content.startswith("''") else "mixed"
                relabelled += 1
    tallies = {k: Tally() for k in ("quote-marked", "qm-issue-1", "direct", "partial",
                                    "indirect")}
    for rec in recs:
        article = polnear_article(rec)
        norm = Normalised(article.text)
        quotes = find_quotes(article)
        atts = rec["attributions"]

        def gset(a: dict, norm: Normalised = norm) -> frozenset[int]:
            return chars([norm.span(c["start"], c["end"]) for c in a["content"]])

        marked_q = merge_continuations([q for q in quotes if q.kind != "indirect"], article.text)
        indirect_q = [(q, [(q.content_start, q.content_end)]) for q in quotes
                      if q.kind == "indirect"]
        setups = {
            "quote-marked": (marked_q, [a for a in atts if a["quote_marks"] != "none"], None),
            "direct": ([x for x in marked_q if x[0].kind == "direct"],
                       [a for a in atts if a["quote_marks"] == "direct"], None),
            "partial": ([x for x in marked_q if x[0].kind == "partial"],
                        [a for a in atts if a["quote_marks"] == "mixed"], None),
            "indirect": (indirect_q, [a for a in atts if a["quote_marks"] == "none"],
                         is_speech_cue),
        }
        for label, (preds, golds, recall_filter) in setups.items():
            p_sets = [chars([norm.span(s, e) for s, e in spans]) for _q, spans in preds]
            g_sets = [gset(a) for a in golds]
            pairs = match(p_sets, g_sets)
            t = tallies[label]
            if label == "quote-marked":
                _tally_issue_1(tallies["qm-issue-1"], preds, golds, pairs)
            if recall_filter is None:
                t.add(len(preds), len(golds), len(pairs))
                scored_pairs = pairs
            else:
                # precision over all gold of this kind, recall over the speech-cue subset
                wanted = {j for j, a in enumerate(golds) if recall_filter(a)}
                t.pred += len(preds)
                t.matched += 0
                matched_wanted = [(i, j) for i, j in pairs if j in wanted]
                t.gold += len(wanted)
                t.matched += len(matched_wanted)
                t.extra_matched = getattr(t, "extra_matched", 0) + len(pairs)  # type: ignore
                scored_pairs = pairs
            for i, j in scored_pairs:
                gname = gold_name(golds[j])
                if gname is None:
                    continue
                t.spk_total += 1
                ok = speaker_right(gname, preds[i][0].speaker)
                t.spk_right += ok
                if errors is not None and not ok:
                    _speaker_error(errors, label, rec, article, preds[i][0], golds[j], gname)
                if verbose and not ok and label == "quote-marked":
                    print(f"  SPK {rec['doc_id'][:30]} gold={gname!r} pred={preds[i][0].speaker!r}"
                          f" mention={preds[i][0].speaker_mention!r}")
            if errors is not None and label == "quote-marked":
                mg = {j for _, j in pairs}
                for j, a in enumerate(golds):
                    if j not in mg:
                        errors.add("MISS-QM", rec["doc_id"], _gold_text(article.text, a,
                                   "content"), repr(_gold_text(article.text, a, "source")),
                                   f"cue={_gold_text(article.text, a, 'cue')!r}")
            if verbose and label == "quote-marked":
                mp = {i for i, _ in pairs}
                mg = {j for _, j in pairs}
                for i, (q, _spans) in enumerate(preds):
                    if i not in mp:
                        print(f"  FP  {rec['doc_id'][:30]} {q.kind}: "
                              f"{article.text[q.content_start:q.content_end][:150]!r}")
                for j, a in enumerate(golds):
                    if j not in mg:
                        cs = min(c["start"] for c in a["content"])
                        ce = max(c["end"] for c in a["content"])
                        print(f"  FN  {rec['doc_id'][:30]} {a['quote_marks']}: "
                              f"{article.text[cs:ce][:150]!r}")
    if errors is not None:
        errors.summary()
    results = {}
    for label, t in tallies.items():
        if label == "qm-issue-1":
            print(t.row("qm (issue §1)")
                  + "\n    (secondary: quote-marked without the gold attributions whose quoted "
                  "words are only one- or two-word fragments and whose cue holds no speech "
                  "verb, which issue 3 section 1 defines as scare quotes, not quotes; "
                  "predictions matched to those are left out too)")
            results[label] = t.as_dict()
        elif label == "indirect":
            # precision counts a match against any "none" gold
            em = getattr(t, "extra_matched", 0)
            p = em / t.pred if t.pred else 0.0
            r = t.matched / t.gold if t.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            spk = (f"{t.spk_right / t.spk_total:.3f} ({t.spk_right}/{t.spk_total})"
                   if t.spk_total else "-")
            print(f"{label:<14} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   pred {t.pred:5d}  "
                  f"gold {t.gold:5d}  matched {t.matched:5d} (any-none matched {em})   "
                  f"speaker acc {spk}")
            d = t.as_dict()
            d.update(precision=round(p, 4), recall=round(r, 4), f1=round(f, 4))
            results[label] = d
        else:
            print(t.row(label))
            results[label] = t.as_dict()
    print(f"({len(recs)} articles, one record per doc_id; {relabelled} gold attributions quoted "
          "with '' ... '' relabelled from none to direct/mixed; speakers scored where the gold "
          "source span is a name (not a pronoun, description, quantifier- or common-noun-headed "
          "phrase, or heading) or, dev only, source_name_auto names it; \"A,\" X said, \"B\" "
          "merged only when the shared cue stands between the parts)")
    return results


# --- throughput -------------------------------------------------------------------------------
def throughput(limit: int | None) -> dict[str, float | int]:
    t0 = time.perf_counter()
    items = list(_data.load_bbc(limit))
    t1 = time.perf_counter()
    n_quotes = 0
    for item in items:
        n_quotes += len(find_quotes(item.article))
    t2 = time.perf_counter()
    rate = len(items) / (t2 - t1) if t2 > t1 else 0.0
    print(f"BBC: {len(items)} articles, {n_quotes} quotes; find_quotes {t2 - t1:.2f} s = "
          f"{rate:.0f} articles/s (parsing {t1 - t0:.2f} s, excluded)")
    return {"articles": len(items), "quotes": n_quotes, "seconds": round(t2 - t1, 3),
            "articles_per_second": round(rate, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--limit", type=int, default=None, help="PolNeAR articles (default all)")
    ap.add_argument("--bbc-limit", type=int, default=None)
    ap.add_argument("--no-bbc", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="list PolNeAR errors")
    ap.add_argument("--errors", type=int, default=None, metavar="N",
                    help="list up to N PolNeAR errors of each kind: speaker errors "
                    "(SPK-QM, SPK-PART, SPK-IND) and missed quote-marked gold (MISS-QM)")
    ap.add_argument("--json", type=Path, default=None, help="also write results as JSON")
    ap.add_argument("--ablate", action="store_true",
                    help="switch each sieve off in turn and score (bench/ablate.py)")
    args = ap.parse_args(argv)
    if args.ablate:
        import ablate

        return ablate.main([])
    base = _data.shared_dir()
    if base is None:
        print("bench/quotes.py: ../shared not found; skipping the quote benchmark.")
        return 0
    results: dict[str, object] = {}
    print("== seed gold (spans: Quote.start/end, text inside the marks)")
    results["seed"] = score_seed(base)
    print(f"== PolNeAR {args.split} (spans: Quote.content_start/content_end)")
    results[f"polnear_{args.split}"] = score_polnear(
        base / "eval" / "polnear" / f"polnear_{args.split}.jsonl", args.limit, args.verbose,
        None if args.errors is None else ErrorList(args.errors))
    if not args.no_bbc:
        print("== throughput")
        results["bbc_throughput"] = throughput(args.bbc_limit)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
