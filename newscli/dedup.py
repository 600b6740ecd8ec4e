"""Near-duplicate articles (wire copies, updated versions) by MinHash and LSH, with datasketch.

An article's text becomes a set of word 3-shingles ("the mayor said", "mayor said on", ...);
datasketch's ``MinHash`` condenses it to ``NUM_PERM`` numbers whose agreement estimates the
Jaccard similarity of two sets, and ``MinHashLSH``'s banding for ``THRESHOLD`` (its bands and
rows, chosen for recall) cuts each signature into band keys: two articles sharing a band key
are candidates, and they are near-duplicates when their signatures agree on >= ``THRESHOLD``
of the positions. The index keeps signatures and band keys as plain numbers in SQLite, so
clustering is incremental and memory stays flat. datasketch (and numpy/scipy with it) loads
on first use.
"""

from __future__ import annotations

import hashlib
import re
import struct
from functools import lru_cache
from typing import Any

THRESHOLD = 0.8
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
SHINGLE = 3
# LSH banding tuned for recall: a pair at the threshold becomes a candidate 95% of the time
# (99% at 0.85); candidates are then checked on the full signature, so false ones cost little
WEIGHTS = (0.05, 0.95)  # datasketch's (false positive, false negative) weights
MINHASH_PARAMS = f"{SCHEME}/{NUM_PERM}/{SEED}/{SHINGLE}/{THRESHOLD}/{WEIGHTS[0]}"

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Lower-cased word n-grams: "The mayor said no." -> {"the mayor said", "mayor said no"};
    a text shorter than ``size`` words is one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(gram) for gram in zip(*(words[i:] for i in range(size)), strict=False)}


@lru_cache(maxsize=1)
def _hashranges() -> tuple[tuple[int, int], ...]:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, weights=WEIGHTS)
    return tuple((int(a), int(b)) for a, b in lsh.hashranges)


@lru_cache(maxsize=1)
def _permutations() -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def shingle_hashes(text: str) -> list[int]:
    """datasketch's default 32-bit hash (the first 4 bytes of SHA-1, little-endian) of each
    shingle of ``text``, computed in one pass: what ``MinHash.update_batch`` would compute
    one Python call at a time. "a b c" -> [the hash of b"a b c"]."""
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s.encode("utf-8")).digest()[:4] for s in shingles(text)])
    return list(struct.unpack(f"<{len(digests) // 4}I", digests))


def _same(value: int) -> int:
    """The hash function for values hashed already (``shingle_hashes``)."""
    return value


def signature(text: str) -> tuple[bytes, list[int]]:
    """The MinHash signature of a text (NUM_PERM little-endian uint32) and its LSH band keys
    (signed 64-bit ints, one per band, ready for SQLite)."""
    from datasketch import MinHash

    mh = MinHash(
        num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations(), hashfunc=_same
    )
    mh.update_batch(shingle_hashes(text))
    blob = mh.hashvalues.astype("<u4").tobytes()
    bands = [
        int.from_bytes(
            hashlib.blake2b(blob[4 * a : 4 * b], digest_size=8).digest(), "little", signed=True
        )
        for a, b in _hashranges()
    ]
    return blob, bands


def jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures (datasketch's estimate)."""
    from datasketch import MinHash

    left = MinHash(
        scheme=SCHEME,
        seed=SEED,
        hashvalues=struct.unpack(f"<{len(a) // 4}I", a),
        permutations=_permutations(),
    )
    right = MinHash(
        scheme=SCHEME,
        seed=SEED,
        hashvalues=struct.unpack(f"<{len(b) // 4}I", b),
        permutations=_permutations(),
    )
    return float(left.jaccard(right))


def similar(a: bytes, b: bytes) -> bool:
    """Whether two stored signatures are near-duplicates (estimated Jaccard >= THRESHOLD)."""
    return len(a) == len(b) and jaccard(a, b) >= THRESHOLD
