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

Incremental form: `update_near_duplicates` takes the previous result, the
articles a run adds (with their `text_signature`) and removes, and a
`SignatureStore` over the stored signatures; it reads only the band buckets
and groups those articles touch, and returns what `find_near_duplicates`
over all stored articles would.
"""
from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Collection, Iterator, Mapping, Sequence
from itertools import chain
from operator import eq
from typing import Protocol

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


def _screened_out(count_a: int, count_b: int, sig_a: array, sig_b: array) -> bool:
    """Cheap screen: the share of equal MinHash values estimates the Jaccard.

    Only for bodies with at least one shingle per bin, where the estimate's
    standard error is ~0.02 at 0.15; shorter ones always get the exact check.
    """
    if min(count_a, count_b) < BINS:
        return False
    return sum(map(eq, sig_a, sig_b)) / BINS < SCREEN_THRESHOLD


def _bucket_pairs(members: Sequence) -> Iterator[tuple]:
    """Candidate pairs of one band bucket; `members` in article_id order."""
    if len(members) <= MAX_BUCKET_PAIRS:
        return ((a, b) for i, a in enumerate(members) for b in members[i + 1:])
    # a huge bucket: each member with the first and the next one only
    return chain(((members[0], b) for b in members[1:]), zip(members, members[1:]))


def _band_key(signature: array, start: int) -> int:
    return (signature[start] << 32) | signature[start + 1]


def _candidate_pairs(signatures: list[array | None]) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for start in range(0, BINS, ROWS_PER_BAND):
        buckets: dict[int, list[int]] = {}
        for index, signature in enumerate(signatures):
            if signature is not None:
                buckets.setdefault(_band_key(signature, start), []).append(index)
        for members in buckets.values():
            pairs.update(_bucket_pairs(members))
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
        if _screened_out(len(packed[a]), len(packed[b]), signatures[a], signatures[b]):
            continue
        if _are_near_duplicates(set(packed[a]), set(packed[b])):
            ra, rb = _find(parent, a), _find(parent, b)
            parent[max(ra, rb)] = min(ra, rb)
    return {ids[i]: ids[_find(parent, i)] for i in range(len(ids)) if _find(parent, i) != i}


# --- incremental form -------------------------------------------------------
# A run sees only the articles it adds or removes. Every candidate rule above
# depends on band buckets only, so the candidate pairs that change are those
# of the buckets holding an added or removed article ("touched" buckets):
# pairs they gain are checked and joined; a group that contains a removed
# article, or both ends of a pair a bucket no longer yields (a bucket grown
# past MAX_BUCKET_PAIRS, or a new neighbour in id order), is rebuilt from its
# surviving members' own buckets. Untouched groups stay as they are, so the
# result equals find_near_duplicates over all stored articles. The stored
# band keys are the whole MinHash signature, so the screen runs without
# bodies; only pairs that pass it need the two texts.

BandKey = tuple[int, int]  # (band number, the band's two MinHash values packed in 64 bits)
Signature = tuple[Sequence[int], int]  # (band keys in band order, number of distinct shingles)


class SignatureStore(Protocol):
    """Read access to the signatures as stored before the run, and to bodies after it."""

    def signatures_of(self, article_ids: Collection[str]) -> Mapping[str, Signature]:
        """Stored signatures of those ids that have one."""

    def members_of(self, keys: Collection[BandKey]) -> Mapping[BandKey, Collection[str]]:
        """Stored article_ids of each band bucket (absent keys: no member)."""

    def bodies_of(self, article_ids: Collection[str]) -> Mapping[str, str]:
        """Current body text of each id (new versions for articles added in the run)."""


def text_signature(text: str) -> Signature:
    """A body's LSH band keys (one per band; [] without shingles) and its shingle count."""
    hashes = shingles(text)
    if not hashes:
        return [], 0
    signature = minhash_signature(hashes)
    return [_band_key(signature, start) for start in range(0, BINS, ROWS_PER_BAND)], len(hashes)


def _unpacked(keys: Sequence[int]) -> array:
    # the 32-bit halves come out low-first; the screen only counts positions
    # where two signatures agree, so any one order for all of them will do
    return array("I", array("Q", keys).tobytes())


def _passing_screen(pairs: set[tuple[str, str]], signatures: Mapping[str, Signature]) -> list[tuple[str, str]]:
    """The pairs worth an exact check, judged on signatures alone (as in find_near_duplicates)."""
    unpacked = {a: _unpacked(signatures[a][0]) for a in {a for pair in pairs for a in pair}}
    return [(a, b) for a, b in sorted(pairs)
            if not _screened_out(signatures[a][1], signatures[b][1], unpacked[a], unpacked[b])]


def _join_near_pairs(pairs: list[tuple[str, str]], bodies: Mapping[str, str], parent: dict[str, str]) -> None:
    """Union-find over article_ids: join each pair whose bodies are near-duplicates."""
    hashes: dict[str, set[int]] = {}
    for a, b in pairs:
        ra, rb = _root(parent, a), _root(parent, b)
        if ra == rb:  # already linked: connectivity is all the groups need
            continue
        for article_id in (a, b):
            if article_id not in hashes:
                hashes[article_id] = shingles(bodies[article_id])
        if _are_near_duplicates(hashes[a], hashes[b]):
            parent[max(ra, rb)] = min(ra, rb)


def _root(parent: dict[str, str], article_id: str) -> str:
    parent.setdefault(article_id, article_id)  # every value is also a key
    while parent[article_id] != article_id:
        parent[article_id] = parent[parent[article_id]]
        article_id = parent[article_id]
    return article_id


def update_near_duplicates(groups: Mapping[str, str], removed: Collection[str],
                           added: Mapping[str, Signature], store: SignatureStore) -> dict[str, str]:
    """The near-duplicate map after a run, from the map before it and the run's changes.

    `groups` is the previous result (article_id -> canonical id); `removed`
    holds ids whose stored signature leaves (retracted, changed, no longer
    usable); `added` maps each new or changed article to its
    `text_signature` (a changed article is both removed and added). Equals
    `find_near_duplicates` over the stored articles after the run.
    """
    removed = set(removed) | set(added)
    added = {a: sig for a, sig in added.items() if sig[0]}
    old_signatures = store.signatures_of(sorted(removed))
    new_members: dict[BandKey, list[str]] = {}
    for article_id, (keys, _) in added.items():
        for band, key in enumerate(keys):
            new_members.setdefault((band, key), []).append(article_id)
    touched = {(band, key) for keys, _ in old_signatures.values() for band, key in enumerate(keys)}
    touched |= set(new_members)
    before = {t: sorted(m) for t, m in store.members_of(touched).items()}

    def members_after(key: BandKey, stored: Collection[str]) -> list[str]:
        return sorted({a for a in stored if a not in removed} | set(new_members.get(key, ())))

    gained: set[tuple[str, str]] = set()
    lost: set[tuple[str, str]] = set()
    for key in touched:
        if key not in before:  # only new members: most keys, and all of a first run
            if len(new_members[key]) > 1:
                gained.update(_bucket_pairs(sorted(new_members[key])))
            continue
        old_pairs = set(_bucket_pairs(before[key]))
        new_pairs = set(_bucket_pairs(members_after(key, before[key])))
        gained |= new_pairs - old_pairs
        lost |= old_pairs - new_pairs
    canonicals = set(groups.values())
    damaged = {groups.get(a, a) for a in removed if a in groups or a in canonicals}
    damaged |= {groups.get(a, a) for a, b in lost if groups.get(a, a) == groups.get(b, b)}
    survivors = sorted(({a for a, c in groups.items() if c in damaged} | damaged) - removed)
    parent = {a: c for a, c in groups.items() if c not in damaged}
    parent.update((c, c) for c in set(parent.values()))

    signatures = dict(store.signatures_of(survivors))
    inner = _pairs_within(signatures, store, before, members_after)
    needed = {a for pair in inner | gained for a in pair} - set(signatures) - set(added)
    signatures.update(store.signatures_of(sorted(needed)))
    signatures.update(added)
    inner_checks, gained_checks = _passing_screen(inner, signatures), _passing_screen(gained, signatures)
    bodies = store.bodies_of(sorted({a for pair in inner_checks + gained_checks for a in pair}))
    _join_near_pairs(inner_checks, bodies, parent)  # first rebuild the damaged groups, then add
    _join_near_pairs(gained_checks, bodies, parent)
    roots = {a: _root(parent, a) for a in list(parent)}
    return {a: r for a, r in sorted(roots.items()) if a != r}


def _pairs_within(survivors: Mapping[str, Signature], store: SignatureStore,
                  before: Mapping[BandKey, list[str]], members_after) -> set[tuple[str, str]]:
    """Candidate pairs (after the run) between surviving members of rebuilt groups."""
    if not survivors:
        return set()
    keys = {(band, key) for keys, _ in survivors.values() for band, key in enumerate(keys)}
    stored = dict(before)
    stored.update((k, sorted(m)) for k, m in store.members_of(keys - set(before)).items())
    pairs: set[tuple[str, str]] = set()
    for key in keys:
        pairs.update(p for p in _bucket_pairs(members_after(key, stored.get(key, [])))
                     if p[0] in survivors and p[1] in survivors)
    return pairs
