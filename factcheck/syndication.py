"""Syndicated copies: articles that are one story republished (identical or lightly edited).

A claim repeated by copies of one wire story is one source, not independent agreement. Two
articles are copies when their bytes are identical (same sha256) or when the Jaccard similarity
of their sets of word 5-grams ("shingles") is at least ``NEAR_DUPLICATE``. Small corpora compare
every pair exactly; from ``LSH_FROM`` articles on, candidate pairs come from MinHash LSH
(``datasketch``, imported only then) and are confirmed with the exact Jaccard, so the cost stays
near-linear in the number of articles.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Callable, Iterable, Sequence

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
    for i, a in enumerate(articles):
        if a.sha256 in by_hash:
            union(by_hash[a.sha256], i, 1.0)
        else:
            by_hash[a.sha256] = i
    pairs, score_of = _candidates(articles, progress)
    for i, j in pairs:
        if find(i) == find(j):
            continue
        score = score_of(i, j)
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


def _candidates(
    articles: Sequence[Article], progress: Callable[[str, int, int], None] | None = None
) -> tuple[list[tuple[int, int]], Callable[[int, int], float]]:
    """Pairs of articles that may be copies (i < j), and the function giving a pair's exact Jaccard:
    every pair below ``LSH_FROM`` articles, else the pairs MinHash LSH proposes."""
    n = len(articles)
    lsh = empty = None
    if n >= LSH_FROM:
        from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped]

        lsh = MinHashLSH(threshold=NEAR_DUPLICATE * 0.8, num_perm=_PERMUTATIONS)
        empty = MinHash(num_perm=_PERMUTATIONS, hashfunc=int)  # shingles are hashes already
    kept: list[np.ndarray] = []
    pairs: set[tuple[int, int]] = set()
    for i, article in enumerate(articles):
        grams = shingles(article.text)
        kept.append(grams)
        if lsh is not None and empty is not None:
            signature = empty.copy()
            signature.update_batch(grams.tolist())
            pairs.update((j, i) for j in lsh.query(signature))
            lsh.insert(i, signature)
        if progress:
            progress("find copies", i + 1, n)
    if lsh is None:
        pairs = {(i, j) for i in range(n) for j in range(i + 1, n)}
    return sorted(pairs), lambda i, j: jaccard(kept[i], kept[j])


def story_of(stories: Sequence[Story]) -> dict[str, str]:
    """Article name -> the name standing for its story (itself when it has no copies)."""
    out: dict[str, str] = {}
    for story in stories:
        for name in story.articles:
            out[name] = story.articles[0]
    return out
