"""Extractive summaries: an algorithm registry, sumy adapters and the news-tuned default.

``summarize(article, algorithm, sentences=3)`` returns a ``Summary`` whose ``sentences`` are
``Span``s of ``article.text`` in article order, so callers can print, highlight or quote them
with exact offsets.

Algorithms:
  news       our default (pure Python, no sumy/nltk/numpy import). Short summaries (k/n <= 0.2):
             a lead prior plus position-aware directed centrality (PACSUM, Zheng & Lapata 2019)
             over TF-IDF cosines, a penalty for very long sentences and MMR redundancy control.
             Long summaries (k/n >= 0.4): undirected word-overlap centrality (what most of the
             article is about). In between, a linear mix. Credits, captions, bylines, calls to
             action and sentences under 6 words are skipped.
  lead       the first k sentences.
  lexrank, textrank, lsa, luhn, kl, sumbasic, reduction, edmundson
             sumy's summarisers, fed our offline tokenizer, the Snowball stemmer and sumy's
             stop words; the document is built from the article's own sentences and the
             chosen ones are mapped back by index, so offsets stay exact.
"""

from __future__ import annotations

import math
import re
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newscli.article import Article, Span
from newscli.errors import NewscliError
from newscli.sentences import tokenize_words

# A selector gets the article, its body sentences and k (1 <= k <= len(sentences)) and returns
# the indices of the chosen sentences (any order; duplicates and extras are dropped).
Selector = Callable[[Article, list[Span], int], list[int]]


MAX_SENTENCES = 600


@dataclass(frozen=True)
class Algorithm:
    name: str
    description: str
    select: Selector


@dataclass
class Summary:
    path: str
    headline: str | None
    algorithm: str
    sentences: list[Span]  # article order


def summarize(
    article: Article,
    algorithm: str = "news",
    sentences: int | None = 3,
    ratio: float | None = None,
    spans: list[Span] | None = None,
) -> Summary:
    """Pick ``sentences`` body sentences (or ``ceil(ratio * n)`` when ratio is given).
    ``spans``: ``article.sentences()`` (at least its first MAX_SENTENCES), when the caller
    has split them already."""
    algo = ALGORITHMS.get(algorithm)
    if algo is None:
        raise NewscliError(
            f"unknown algorithm {algorithm!r}. Choose one of: {', '.join(ALGORITHMS)}"
        )
    # Graph methods are quadratic in sentences: a very long input (a book, a 1 MB line) is
    # summarised from its first MAX_SENTENCES sentences, far beyond any news article.
    if spans is None:
        spans = article.sentences(limit=MAX_SENTENCES)
    else:
        spans = spans[:MAX_SENTENCES]
    k = summary_length(len(spans), sentences, ratio)
    summary = Summary(article.path, article.headline, algo.name, [])
    if k == 0:
        return summary
    chosen = [i for i in dict.fromkeys(algo.select(article, spans, k)) if 0 <= i < len(spans)]
    chosen = chosen[:k]
    if len(chosen) < k:  # a summariser came up short (e.g. duplicate sentences): pad from the lead
        taken = set(chosen)
        chosen += [i for i in range(len(spans)) if i not in taken][: k - len(chosen)]
    summary.sentences = [spans[i] for i in sorted(chosen)]
    return summary


def summary_length(n_sentences: int, sentences: int | None = 3, ratio: float | None = None) -> int:
    """How many of ``n_sentences`` to keep: ``ratio`` (0 < r <= 1) wins over a count."""
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise NewscliError(f"ratio must be in (0, 1], not {ratio}. Try e.g. 0.2")
        k = math.ceil(ratio * n_sentences - 1e-9)  # 0.3 * 10 is 3.0000000000000004
    elif sentences is None:
        k = 3
    else:
        if sentences < 0:
            raise NewscliError(f"sentence count must be 0 or more, not {sentences}")
        k = sentences
    return min(k, n_sentences)


# --- lead --------------------------------------------------------------------------------------


def _lead(article: Article, spans: list[Span], k: int) -> list[int]:
    return list(range(k))


# --- words: light stemming and stop words (pure Python) ---------------------------------------


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "stopwords_en.txt"
    words = path.read_text(encoding="utf-8").split("\n")
    return frozenset(w.strip() for w in words if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=4096)  # small: memory stays flat however many articles pass
def light_stem(word: str) -> str:
    """A small suffix stripper: plurals, -ing, -ed, -ly; enough to match word forms."""
    w = word.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "xes", "ches", "shes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ingly", "edly", "ing", "ed", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # running -> run
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]  # rate/rated/rating -> rat
    return w


def content_terms(text: str) -> list[str]:
    """Stemmed, lower-cased content words of ``text`` (stop words and numbers-only dropped)."""
    return terms_of_tokens(tokenize_words(text))


def terms_of_tokens(tokens: Sequence[str]) -> list[str]:
    """``content_terms`` of an already tokenised text: ["The", "mayors", "said", "2024"] ->
    ["mayor"] (the news summariser tokenises each sentence once and shares the tokens)."""
    return [term for term in map(content_term, tokens) if term is not None]


@lru_cache(maxsize=16384)  # bounded: memory stays flat however many articles pass
def content_term(token: str) -> str | None:
    """One token's stemmed content term, or None for a stop word or a token with no letter:
    "Mayors" -> "mayor", "the" -> None, "2024" -> None."""
    low = token.lower().replace("’", "'")
    if low in stop_words() or not any(c.isalpha() for c in low):
        return None
    return light_stem(low)


# --- news: the news-tuned default ----------------------------------------------------------------


@dataclass(frozen=True)
class NewsParams:
    """Hyper-parameters of the news summariser (tuned on CNN/DM-125 and BBC, see bench/rouge.py).

    The summary fraction f = k / n picks the regime: short summaries (f <= blend_from) use the
    lead prior plus directed centrality; long ones (f >= blend_to) plain undirected centrality;
    in between the two scores are mixed linearly.
    """

    beta: float = 0.1  # directed graph: edges below min + beta * (max - min) are dropped
    forward: float = 1.0  # weight of edges to later sentences (PACSUM lambda2)
    backward: float = -0.3  # weight of edges to earlier sentences (PACSUM lambda1)
    lead_weight: float = 5.0  # lead prior: lead_weight / (1 + i) ** lead_decay
    lead_decay: float = 0.5
    long_words: int = 35  # sentences longer than this lose long_penalty per extra long_words
    long_penalty: float = 0.3
    min_words: int = 6  # shorter sentences are taken only when nothing else is left
    redundancy: float = 0.3  # MMR penalty * max cosine to a chosen sentence (short regime)
    blend_from: float = 0.2
    blend_to: float = 0.4


NEWS = NewsParams()

# Non-story sentences that slip into the body: credits, calls to action, captions, sign-offs.
_JUNK = re.compile(
    r"contributed to this (?:report|story)|\b(?:additional )?reporting by\b|\bediting by\b|"
    r"\bclick here\b|\bfollow (?:us|@)|\bfollow \S+(?: \S+)? on (?:twitter|facebook|instagram)\b|"
    r"\bread more\b|\bscroll down\b|\bsign up\b|\bnewsletter\b|\ball rights reserved\b|©|"
    r"^\s*\(?(?:pictured|photo|picture|image|video|watch|source|credit|caption|related"
    r"|advertisement|file photo)s?\b\s*[:|)]|"
    r"^\s*(?:by|from)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*$|"
    r"^\s*(?:updated|published|posted|last updated)\b|https?://|www\.\w",
    re.IGNORECASE,
)


# Every _JUNK alternative needs one of these in the lower-cased text (or a _JUNK_HEADS word at
# its start): a sentence with none of them cannot match, and skips the regex.
_JUNK_HINTS = (
    "contributed to this",
    "reporting by",
    "editing by",
    "click here",
    "follow ",
    "read more",
    "scroll down",
    "sign up",
    "newsletter",
    "all rights reserved",
    "©",
    "http",
    "www.",
)
_JUNK_HEADS = (
    "(",
    "pictured",
    "photo",
    "picture",
    "image",
    "video",
    "watch",
    "source",
    "credit",
    "caption",
    "related",
    "advertisement",
    "file photo",
    "by",
    "from",
    "updated",
    "published",
    "posted",
    "last updated",
)
# letters that IGNORECASE matches to an ASCII letter but str.lower() does not lower to one
_CASE_ODD = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K (Kelvin)


def may_be_junk(text: str) -> bool:
    """A fast pre-check for ``is_junk_sentence``: False only when the junk pattern cannot
    match (no hint word anywhere, no junk head word at the start). "Rain fell on Monday." ->
    False; "Reporting by Ann Lee" -> True (the regex then decides)."""
    if not _CASE_ODD.isdisjoint(text):
        return True
    low = text.lower()
    if any(hint in low for hint in _JUNK_HINTS):
        return True
    return low.lstrip().startswith(_JUNK_HEADS)


def is_junk_sentence(text: str) -> bool:
    """Captions, credits, bylines, calls to action: never summary material."""
    return may_be_junk(text) and bool(_JUNK.search(text))


def _min_max(values: list[float]) -> list[float]:
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    return [(v - lo) / span for v in values]


def cosine_matrix(terms: Sequence[Sequence[str]]) -> list[list[float]]:
    """TF-IDF cosine similarities between sentences (IDF counted within the article)."""
    n = len(terms)
    df: Counter[str] = Counter()
    for ts in terms:
        df.update(set(ts))
    idf = {w: math.log(1.0 + n / d) for w, d in df.items()}
    vectors: list[dict[str, float]] = []
    for ts in terms:
        vec = {w: (1.0 + math.log(c)) * idf[w] for w, c in Counter(ts).items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})
    holders: dict[str, list[int]] = {}  # term -> the sentences that have it
    for i, vec in enumerate(vectors):
        for w in vec:
            holders.setdefault(w, []).append(i)
    sim = [[0.0] * n for _ in range(n)]
    for i in range(n):
        vi = vectors[i]
        sharing: set[int] = set()  # only pairs with a term in common have a non-zero cosine
        for w in vi:
            sharing.update(holders[w])
        for j in sorted(j for j in sharing if j > i):
            vj = vectors[j]
            small, big = (vi, vj) if len(vi) < len(vj) else (vj, vi)
            sim[i][j] = sim[j][i] = sum(v * big[w] for w, v in small.items() if w in big)
    return sim


def overlap_matrix(terms: Sequence[Sequence[str]]) -> list[list[float]]:
    """Shared word occurrences over summed log lengths (the similarity of sumy's Reduction)."""
    n = len(terms)
    counts = [Counter(ts) for ts in terms]
    logs = [math.log(len(ts)) if ts else 0.0 for ts in terms]
    sim = [[0.0] * n for _ in range(n)]
    for i in range(n):
        ci = counts[i]
        for j in range(i + 1, n):
            cj = counts[j]
            denominator = logs[i] + logs[j]
            if denominator > 0:
                shared = sum(c * cj[w] for w, c in ci.items() if w in cj)
                sim[i][j] = sim[j][i] = shared / denominator
    return sim


def directed_centrality(sim: list[list[float]], params: NewsParams = NEWS) -> list[float]:
    """PACSUM: edges to later sentences count ``forward``, to earlier ones ``backward``."""
    n = len(sim)
    values = [sim[i][j] for i in range(n) for j in range(i + 1, n)]
    if not values:
        return [0.0] * n
    lo, hi = min(values), max(values)
    threshold = lo + params.beta * (hi - lo)
    centrality = [0.0] * n
    forward, backward = params.forward, params.backward
    for i, row in enumerate(sim):
        total = 0.0  # summed in j order, as one += per edge would
        for j, value in enumerate(row):
            edge = value - threshold
            if edge > 0 and i != j:
                total += edge * (forward if j > i else backward)
        centrality[i] = total
    return _min_max(centrality)


def news_scores(
    texts: Sequence[str],
    k: int,
    params: NewsParams = NEWS,
    tokens: Sequence[Sequence[str]] | None = None,
) -> tuple[list[float], list[list[float]] | None]:
    """Salience of each sentence, and the cosine matrix used for redundancy (short regime).
    ``tokens``: each text's ``tokenize_words``, when the caller has them already."""
    n = len(texts)
    if tokens is None:
        tokens = [tokenize_words(t) for t in texts]
    terms = [terms_of_tokens(ts) for ts in tokens]
    fraction = k / n if n else 1.0
    width = (params.blend_to - params.blend_from) or 1e-9
    mix = min(1.0, max(0.0, (fraction - params.blend_from) / width))  # 0 short .. 1 long
    scores = [0.0] * n
    cosine: list[list[float]] | None = None
    if mix < 1.0:  # lead prior + directed centrality, sentences that run long lose a little
        cosine = cosine_matrix(terms)
        centrality = directed_centrality(cosine, params)
        for i in range(n):
            words = len(tokens[i])
            score = centrality[i] + params.lead_weight / (1.0 + i) ** params.lead_decay
            score -= params.long_penalty * max(0.0, words / params.long_words - 1.0)
            scores[i] += (1.0 - mix) * score
    if mix > 0.0:  # undirected centrality: what most of the article is about
        overlap = overlap_matrix(terms)
        centrality = _min_max([sum(row) for row in overlap])
        for i in range(n):
            scores[i] += mix * centrality[i]
    return scores, (cosine if mix < 1.0 else None)


def news_select(texts: Sequence[str], k: int, params: NewsParams = NEWS) -> list[int]:
    """Indices of the k sentences the news summariser picks (sorted)."""
    n = len(texts)
    k = min(k, n)
    if k <= 0:
        return []
    tokens = [tokenize_words(t) for t in texts]
    scores, cosine = news_scores(texts, k, params, tokens)
    eligible = [
        i
        for i, t in enumerate(texts)
        if len(tokens[i]) >= params.min_words and not is_junk_sentence(t)
    ]
    if len(eligible) < k:  # tiny article: fall back to the best of the rest
        rest = sorted(set(range(n)) - set(eligible), key=lambda i: (-scores[i], i))
        eligible += rest[: k - len(eligible)]

    def redundancy(i: int, chosen: list[int]) -> float:
        if cosine is None or not chosen:
            return 0.0
        return params.redundancy * max(cosine[i][j] for j in chosen)

    chosen: list[int] = []
    candidates = set(eligible)
    while len(chosen) < k and candidates:
        best = max(candidates, key=lambda i: (scores[i] - redundancy(i, chosen), -i))
        chosen.append(best)
        candidates.discard(best)
    return sorted(chosen)


def _news(article: Article, spans: list[Span], k: int) -> list[int]:
    return news_select([s.text for s in spans], k)


# --- sumy adapters -----------------------------------------------------------------------------


def _sumy_document(article: Article, spans: list[Span], with_heading: bool = False) -> object:
    """sumy's document model built from our own sentences (one sumy Paragraph per paragraph)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    from newscli.sentences import Tokenizer

    tokenizer = Tokenizer()
    groups: list[list[object]] = []
    bounds = [(p.start, p.end) for p in article.paragraphs]
    current = -1
    para = 0
    for span in spans:
        while para < len(bounds) - 1 and span.start >= bounds[para][1]:
            para += 1
        if para != current or not groups:
            groups.append([])
            current = para
        groups[-1].append(Sentence(span.text, tokenizer))
    if with_heading and article.headline and groups:
        groups[0].insert(0, Sentence(article.headline, tokenizer, is_heading=True))
    return ObjectDocumentModel([Paragraph(g) for g in groups])


def _sumy_selector(
    factory: Callable[[], Callable[..., Sequence[object]]], heading: bool = False
) -> Selector:
    def select(article: Article, spans: list[Span], k: int) -> list[int]:
        document = _sumy_document(article, spans, with_heading=heading)
        order = {id(s): i for i, s in enumerate(document.sentences)}  # type: ignore[attr-defined]
        by_text: dict[str, list[int]] = {}
        for n, span in enumerate(spans):
            by_text.setdefault(span.text.strip(), []).append(n)
        summarizer = factory()
        result = _run_sumy(summarizer, document, k)
        picked: list[int] = []
        for sentence in result:
            index = order.get(id(sentence))
            if index is None:  # a summariser that returns equal-but-not-identical sentences
                index = next((j for j in by_text.get(str(sentence), []) if j not in picked), None)
            if index is not None and index not in picked:
                picked.append(index)
        return picked

    return select


def _run_sumy(
    summarizer: Callable[..., Sequence[object]], document: object, k: int
) -> Sequence[object]:
    from numpy.linalg import LinAlgError

    with warnings.catch_warnings():  # numpy warns on degenerate (word-less) documents
        warnings.simplefilter("ignore", RuntimeWarning)
        for attempt in range(2):  # LAPACK's SVD very rarely fails to converge; once more
            try:
                return summarizer(document, k)
            except LinAlgError as exc:
                if attempt:
                    raise NewscliError(
                        f"this summariser failed on the article ({exc}). Try another --algorithm"
                    ) from exc
    raise AssertionError("unreachable")


def _sumy_factory(name: str) -> Callable[[], Callable[..., Sequence[object]]]:
    def make() -> Callable[..., Sequence[object]]:
        from sumy.nlp.stemmers import Stemmer
        from sumy.utils import get_stop_words

        stemmer = Stemmer("english")
        stops = get_stop_words("english")
        summarizer: object
        if name == "edmundson":
            from sumy.summarizers.edmundson import EdmundsonSummarizer

            edmundson = EdmundsonSummarizer(
                stemmer, cue_weight=0.0, key_weight=0.0, title_weight=1.0, location_weight=1.0
            )
            edmundson.null_words = stops  # title words minus stop words; no bonus/stigma lists
            return edmundson  # type: ignore[no-any-return]
        if name == "lexrank":
            from sumy.summarizers.lex_rank import LexRankSummarizer as cls
        elif name == "textrank":
            from sumy.summarizers.text_rank import TextRankSummarizer as cls  # type: ignore[assignment]
        elif name == "lsa":
            cls = _sorted_lsa()  # type: ignore[assignment]
        elif name == "luhn":
            from sumy.summarizers.luhn import LuhnSummarizer as cls  # type: ignore[assignment]
        elif name == "kl":
            from sumy.summarizers.kl import KLSummarizer as cls  # type: ignore[assignment]
        elif name == "sumbasic":
            from sumy.summarizers.sum_basic import SumBasicSummarizer as cls  # type: ignore[assignment]
        elif name == "reduction":
            from sumy.summarizers.reduction import ReductionSummarizer as cls  # type: ignore[assignment]
        else:  # pragma: no cover - registry and factory are defined together
            raise ValueError(name)
        summarizer = cls(stemmer)
        summarizer.stop_words = stops  # type: ignore[attr-defined]
        return summarizer  # type: ignore[return-value]

    return make


def _sorted_lsa() -> type:
    """sumy's LSA with its term rows numbered in sorted order, so a summary is the same on
    every run: sumy numbers them in ``frozenset`` order, which changes with the interpreter's
    hash seed, and the SVD's rounding (and so a close tie between two sentences) follows the
    row order. "markets fell" and "fell markets" give rows 0 = "fell", 1 = "market"."""
    from sumy.summarizers.lsa import LsaSummarizer

    class SortedLsaSummarizer(LsaSummarizer):  # type: ignore[misc]
        def _create_dictionary(self, document: object) -> dict[str, int]:
            words = map(self.normalize_word, document.words)  # type: ignore[attr-defined]
            unique = {self.stem_word(w) for w in words if w not in self._stop_words}
            return {w: i for i, w in enumerate(sorted(unique))}

    return SortedLsaSummarizer


_SUMY = {
    "lexrank": "sumy LexRank: eigenvector centrality over TF-IDF cosine similarities",
    "textrank": "sumy TextRank: PageRank over word-overlap similarities",
    "lsa": "sumy LSA: sentences strongest in the top latent topics (SVD)",
    "luhn": "sumy Luhn: clusters of significant (frequent) words",
    "kl": "sumy KL-Sum: greedily minimise KL divergence to the article's word distribution",
    "sumbasic": "sumy SumBasic: average word probability, down-weighting words already used",
    "reduction": "sumy Reduction: sum of word-overlap similarities to all other sentences",
    "edmundson": "sumy Edmundson: headline words + position (title and location methods)",
}

ALGORITHMS: dict[str, Algorithm] = {
    "news": Algorithm(
        "news",
        "news-tuned default: lead prior + directed centrality for short summaries, "
        "centrality for long ones",
        _news,
    ),
    "lead": Algorithm("lead", "the first sentences of the article", _lead),
}
for _name, _description in _SUMY.items():
    ALGORITHMS[_name] = Algorithm(
        _name, _description, _sumy_selector(_sumy_factory(_name), heading=_name == "edmundson")
    )
