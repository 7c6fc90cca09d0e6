"""Syndicated copies: articles that are one story republished (identical or lightly edited).

A claim repeated by copies of one wire story is one source, not independent agreement. Two
articles are copies when their bytes are identical (same sha256) or when the Jaccard similarity
of their sets of word 5-grams ("shingles") is at least ``NEAR_DUPLICATE``. Small corpora compare
every pair exactly; from ``LSH_FROM`` articles on, candidate pairs come from MinHash LSH
(``datasketch``'s signatures and bands, imported only then) and are confirmed with the exact
Jaccard. Each band's bucket keeps at most ``BUCKET_SIZE`` articles and a pair already in one story
is not compared, so the cost stays linear in the number of articles even when every article
resembles every other (10,000 copies of one story), and so does memory.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np

from factcheck.models import Article, Story

NEAR_DUPLICATE = 0.5
"""Shingle Jaccard similarity at which two articles are copies of one story."""
SHINGLE = 5
"""Words per shingle."""
LSH_FROM = 200
"""Corpus size from which candidate pairs come from MinHash LSH instead of all pairs."""
_PERMUTATIONS = 64

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> np.ndarray:
    """Hashes of the article's overlapping word n-grams (lower-cased): a sorted array of distinct
    uint32 (4 bytes each, where a set of ints takes about 60).

    Each word is hashed once (CRC-32, the same in every process) and an n-gram's hash is the hash
    of its words' tuple (tuples of integers hash the same in every process too), with every
    per-word step done by ``map`` over built-ins, not by a Python loop.
    """
    ids = list(map(zlib.crc32, map(str.encode, _WORD.findall(text.lower()))))
    if not ids:
        return np.empty(0, dtype=np.uint32)
    if len(ids) < size:
        grams: Iterable[tuple[int, ...]] = [tuple(ids)]
    else:
        grams = zip(*(itertools.islice(ids, k, None) for k in range(size)), strict=False)
    hashes = np.sort(np.fromiter(map(hash, grams), dtype=np.int64).astype(np.uint32))
    distinct = np.empty(hashes.size, dtype=bool)
    distinct[0] = True
    np.not_equal(hashes[1:], hashes[:-1], out=distinct[1:])
    return hashes[distinct]


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two ``shingles`` arrays."""
    if not a.size or not b.size:
        return 0.0
    shared = np.intersect1d(a, b, assume_unique=True).size
    return shared / (a.size + b.size - shared)


def find_copies(
    articles: Sequence[Article],
    threshold: float = NEAR_DUPLICATE,
    progress: Callable[[str, int, int], None] | None = None,
) -> list[Story]:
    """Groups of two or more articles that are copies of one story, in a stable order
    (``progress`` hears of each article's shingles made)."""
    n = len(articles)
    parent = list(range(n))
    link: dict[int, float] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(i: int, j: int, score: float) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[rj] = ri
        root = find(i)
        link[root] = min(score, link.get(ri, 1.0), link.get(rj, 1.0))

    by_hash: dict[str, int] = {}
    repeated: set[int] = set()  # a file identical to an earlier one: its copy already, nothing to compare
    for i, a in enumerate(articles):
        if a.sha256 in by_hash:
            union(by_hash[a.sha256], i, 1.0)
            repeated.add(i)
        else:
            by_hash[a.sha256] = i
    if n < LSH_FROM:
        kept = []
        for i, article in enumerate(articles):
            kept.append(shingles(article.text))
            if progress:
                progress("find copies", i + 1, n)
        for i in range(n):
            for j in range(i + 1, n):
                if find(i) != find(j):
                    score = jaccard(kept[i], kept[j])
                    if score >= threshold:
                        union(i, j, score)
    else:
        for i, candidates, score_of in _banded(articles, repeated, progress):
            for j in candidates:
                if find(i) != find(j):
                    score = score_of(j)
                    if score >= threshold:
                        union(i, j, score)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    stories = []
    for root, members in groups.items():
        if len(members) < 2:
            continue
        names = tuple(sorted(articles[i].name for i in members))
        identical = len({articles[i].sha256 for i in members}) == 1
        stories.append(Story(names, 1.0 if identical else link.get(root, threshold), identical))
    return sorted(stories, key=lambda s: s.articles)


BUCKET_SIZE = 8
"""Articles kept per LSH bucket: an article is compared with at most this many per band of its
signature, so that a corpus whose every article resembles every other (one wire story republished
10,000 times) costs a bounded number of comparisons per article, not one per earlier article."""


def _banded(
    articles: Sequence[Article], skip: set[int], progress: Callable[[str, int, int], None] | None = None
) -> Iterator[tuple[int, list[int], Callable[[int], float]]]:
    """For each article in turn (but those in ``skip``), the earlier articles that may be its copies
    (MinHash LSH: those sharing a band of its signature; ``BUCKET_SIZE`` per band at most) and a
    function giving its exact Jaccard with one of them. An article is kept in a bucket only while
    the bucket has room: one that is full already holds as many articles alike in that band as
    any later article needs to find its story."""
    from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped]

    shape = MinHashLSH(threshold=NEAR_DUPLICATE * 0.8, num_perm=_PERMUTATIONS)  # (datasketch's bands)
    bands, rows = shape.b, shape.r
    empty = MinHash(num_perm=_PERMUTATIONS, hashfunc=int)  # shingles are hashes already
    buckets: list[dict[bytes, list[int]]] = [{} for _ in range(bands)]
    kept: dict[int, np.ndarray] = {}  # shingles of the articles in a bucket (no others are compared)
    n = len(articles)
    for i, article in enumerate(articles):
        if progress:
            progress("find copies", i + 1, n)
        if i in skip:
            continue
        grams = shingles(article.text)
        signature = empty.copy()
        signature.update_batch(grams.tolist())
        values = signature.hashvalues
        candidates: dict[int, None] = {}
        stored = False
        for band in range(bands):
            members = buckets[band].setdefault(values[band * rows : (band + 1) * rows].tobytes(), [])
            candidates.update(dict.fromkeys(members))
            if len(members) < BUCKET_SIZE:
                members.append(i)
                stored = True
        if stored:
            kept[i] = grams
        yield i, list(candidates), lambda j, grams=grams: jaccard(kept[j], grams)  # type: ignore[misc]


def story_of(stories: Sequence[Story]) -> dict[str, str]:
    """Article name -> the name standing for its story (itself when it has no copies)."""
    out: dict[str, str] = {}
    for story in stories:
        for name in story.articles:
            out[name] = story.articles[0]
    return out
