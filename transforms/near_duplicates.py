"""Find articles that are near-copies of another (one wire story, edited).

Similarity is the Jaccard index of two bodies' *content-word 3-gram*
shingles: text casefolded, split into words, English function words
dropped, then every run of three remaining words. Dropping function words
makes the usual wire edits ("toward"/"towards", "the"/"all", tense) cost
little, while names, places and numbers carry the match.

Two articles are near-duplicates when that Jaccard is >= 0.15 and they share
at least 10 shingles. Measured on the sample (raw text, site chrome left
in): versions 001 and 003 of one AFP story score 0.23, 001 and 004 0.17
(0.24 once 004's chrome is removed), 003 and 004 only 0.10 (0.13), so 004
joins 003 through 001; a different outlet's story of the same day that
quotes two of the same wire paragraphs (002) scores 0.08 with 004 (0.10);
other same-topic stories score 0.00-0.04. A copy with small edits scores
far above (0.5-0.9); a heavy paraphrase of the same facts scores ~0.1 and
is not linked (event resolution still merges the events it reports).

Duplicates are grouped transitively (A~B and B~C puts C with A even if
A and C fall under the threshold: a chain of edits of one story). Each
group's canonical article is its smallest article_id (we are not given
publication dates); every other member maps to it.

Scaling: no all-pairs comparison. Each body gets a 256-value MinHash by
one-permutation hashing (one CRC-32 per shingle, split into 256 bins, empty
bins filled from the next non-empty bin), cut into 128 bands of 2 values.
Articles sharing a band are candidates (P >= 0.94 for Jaccard 0.15, 0.99 at
0.2); candidates are checked exactly, except that long bodies whose
signatures agree on under 7% of values (4 standard errors below 0.15) are
dropped unchecked. A band bucket with more than 50 articles (a common
phrase, or one story copied many times) yields only the pairs of each
member with the bucket's first and next article in article_id order.
Everything is ordered by article_id, so the result does not depend on input
order and hashing is deterministic across runs (no Python `hash`).
"""
from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Sequence
from operator import eq

SHINGLE_WORDS = 3
SIMILARITY_THRESHOLD = 0.15
MIN_SHARED_SHINGLES = 10
SCREEN_THRESHOLD = 0.07  # estimated Jaccard below this is never checked exactly
BINS = 256
ROWS_PER_BAND = 2  # _candidate_pairs packs a band's two values into one int key
MAX_BUCKET_PAIRS = 50
_EMPTY = 0xFFFFFFFF
WORD_RE = re.compile(r"\w+")
STOPWORDS = frozenset("""
a about above after again against all also am an and any are around as at be because been
before being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers him his how i if in into is it its itself
just more most much my no nor not now of off on once only or other our ours out over own
said same says she should since so some such than that the their theirs them then there these
they this those through to too toward towards under until up upon very was we were what when
where which while who whom why will with would you your
""".split())


def shingles(text: str) -> set[int]:
    """CRC-32 hashes of the content-word 3-grams of `text`."""
    words = [w for w in WORD_RE.findall(text.casefold()) if w not in STOPWORDS]
    n = SHINGLE_WORDS
    return {zlib.crc32(" ".join(words[i:i + n]).encode("utf-8")) for i in range(len(words) - n + 1)}


def minhash_signature(hashes: set[int]) -> array:
    """One-permutation MinHash with densification: BINS values, each < 2**32."""
    mins = [_EMPTY] * BINS
    for h in hashes:
        b, v = h & (BINS - 1), h >> 8
        if v < mins[b]:
            mins[b] = v
    signature = array("I", mins)
    if _EMPTY not in mins or all(v == _EMPTY for v in mins):
        return signature
    # borrow each empty bin's value from the next non-empty bin (circularly),
    # marked with the distance so borrowed values only match values borrowed
    # the same way; one right-to-left sweep over the bins twice round
    next_filled = 0
    for i in range(2 * BINS - 1, -1, -1):
        if mins[i % BINS] != _EMPTY:
            next_filled = i
        elif i < BINS:
            signature[i] = ((next_filled - i) << 24) | mins[next_filled % BINS]
    return signature


def jaccard(a: set[int], b: set[int]) -> float:
    """|a & b| / |a | b| (0.0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _are_near_duplicates(a: set[int], b: set[int]) -> bool:
    return len(a & b) >= MIN_SHARED_SHINGLES and jaccard(a, b) >= SIMILARITY_THRESHOLD


def _screened_out(hashes_a: array, hashes_b: array, sig_a: array, sig_b: array) -> bool:
    """Cheap screen: the share of equal MinHash values estimates the Jaccard.

    Only for bodies with at least one shingle per bin, where the estimate's
    standard error is ~0.02 at 0.15; shorter ones always get the exact check.
    """
    if min(len(hashes_a), len(hashes_b)) < BINS:
        return False
    return sum(map(eq, sig_a, sig_b)) / BINS < SCREEN_THRESHOLD


def _candidate_pairs(signatures: list[array | None]) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for start in range(0, BINS, ROWS_PER_BAND):
        buckets: dict[int, list[int]] = {}
        for index, signature in enumerate(signatures):
            if signature is not None:
                key = (signature[start] << 32) | signature[start + 1]
                buckets.setdefault(key, []).append(index)
        for members in buckets.values():
            if len(members) < 2:
                continue
            if len(members) <= MAX_BUCKET_PAIRS:
                pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
            else:
                pairs.update((members[0], b) for b in members[1:])
                pairs.update(zip(members, members[1:]))
    return pairs


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def find_near_duplicates(articles: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Map each near-duplicate article_id to its group's canonical (smallest) article_id.

    `articles` holds (article_id, body_text) pairs in any order; articles
    that are no one's near-copy are absent from the result. A repeated
    article_id is read once (its smallest text).
    """
    texts = dict(sorted(articles, reverse=True))  # smallest text per id wins
    ids = sorted(texts)
    # arrays, not sets: 4 bytes a shingle keeps 100k articles in memory
    packed: list[array] = []
    signatures: list[array | None] = []
    for article_id in ids:
        hashes = shingles(texts[article_id])
        packed.append(array("I", hashes))
        signatures.append(minhash_signature(hashes) if hashes else None)
    parent = list(range(len(ids)))
    for a, b in sorted(_candidate_pairs(signatures)):
        if _screened_out(packed[a], packed[b], signatures[a], signatures[b]):
            continue
        if _are_near_duplicates(set(packed[a]), set(packed[b])):
            ra, rb = _find(parent, a), _find(parent, b)
            parent[max(ra, rb)] = min(ra, rb)
    return {ids[i]: ids[_find(parent, i)] for i in range(len(ids)) if _find(parent, i) != i}
