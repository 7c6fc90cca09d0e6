"""Date claims are linked by numpy exactly as the walk over the inverted index links them."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import match
from factcheck.match import COMMON_FRACTION, DATE_LINK, MAX_POSTING, MIN_SHARED, _context_links


def _walk(words: list[frozenset[str]], articles: list[str]) -> list[tuple[int, int]]:
    """The definition, in plain Python: the loop matching ran before numpy did it."""
    n = len(words)
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            index[w].append(i)
    limit = min(MAX_POSTING, max(20, int(COMMON_FRACTION * n)))
    seen: set[tuple[int, int]] = set()
    links = []
    for _word, ids in sorted(index.items()):
        if len(ids) > limit:
            continue
        for pos, i in enumerate(ids):
            for j in ids[pos + 1 :]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                if articles[i] == articles[j]:
                    continue
                shared = len(words[i] & words[j])
                if shared >= MIN_SHARED and shared / min(len(words[i]), len(words[j])) >= DATE_LINK:
                    links.append((i, j))
    return links


def _common_words(words: list[frozenset[str]]) -> int:
    counts: dict[str, int] = defaultdict(int)
    for ws in words:
        for w in ws:
            counts[w] += 1
    limit = min(MAX_POSTING, max(20, int(COMMON_FRACTION * len(words))))
    return sum(c > limit for c in counts.values())


VOCABULARY = [f"w{k}" for k in range(14)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.frozensets(st.sampled_from(VOCABULARY), max_size=10), st.sampled_from("abcde")),
        max_size=70,
    )
)
def test_links_are_the_walks(claims):
    words = [w for w, _ in claims]
    articles = [a for _, a in claims]
    assert _context_links(words, articles) == _walk(words, articles)


def _zipf_claims(rng: random.Random, n: int, vocabulary: int, articles: int) -> tuple[list, list]:
    weights = [1 / (k + 1) for k in range(vocabulary)]
    words = [frozenset(rng.choices(range(vocabulary), weights, k=rng.randint(1, 12))) for _ in range(n)]
    return [frozenset(f"w{k}" for k in ws) for ws in words], [f"a{rng.randrange(articles)}" for _ in range(n)]


def test_links_are_the_walks_with_many_common_words_and_the_posting_cap():
    words, articles = _zipf_claims(random.Random(7), 2_000, 400, 300)
    assert _common_words(words) > 16  # bit sets of more than two bytes; lists capped at MAX_POSTING
    links = _context_links(words, articles)
    assert len(links) > 100
    assert links == _walk(words, articles)


def test_common_words_are_counted_the_same_in_steps_of_any_size(monkeypatch):
    words, articles = _zipf_claims(random.Random(11), 300, 60, 40)
    assert _common_words(words) > 0
    whole = _context_links(words, articles)
    monkeypatch.setattr(match, "_CHUNK_BYTES", 1)
    assert _context_links(words, articles) == whole == _walk(words, articles)


def test_a_shared_common_word_can_tip_a_pair_over():
    # 21 other claims make "said" common (limit 20); the pair shares 2 indexed words and "said"
    words = [frozenset({"said", "storm", "coast"}), frozenset({"said", "storm", "coast", "x", "y"})]
    words += [frozenset({"said", f"filler{k}"}) for k in range(21)]
    articles = ["a", "b"] + [f"c{k}" for k in range(21)]
    assert (0, 1) in _context_links(words, articles)
    without = [frozenset({"storm", "coast"}), frozenset({"storm", "coast", "x", "y"}), *words[2:]]
    assert (0, 1) not in _context_links(without, articles)


def test_no_links_without_shared_words():
    assert _context_links([], []) == []
    assert _context_links([frozenset({"a"}), frozenset({"b"})], ["x", "y"]) == []


def test_keys_holding_different_numbers_are_never_merged():
    # "game of 23" and "game of 28" are as alike as spellings go (rapidfuzz ratio 90), but the
    # parts of two different wholes; a spelling variant ("aftershock" / "aftershocks") still merges
    rep = match.merge_keys(["game of 23", "game of 28", "aftershock", "aftershocks"])
    assert rep["game of 23"] != rep["game of 28"]
    assert rep["aftershock"] == rep["aftershocks"]


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        ("percent of profit", "percent of point", False),  # alike only in the words they open on
        ("percent of revenue", "percent of revenues", True),
        ("fire engine", "fire engines", True),
    ],
)
def test_keys_are_merged_when_spelled_alike_beyond_their_opening_words(a, b, merged):
    from factcheck.match import merge_keys

    rep = merge_keys([a, b])
    assert (rep[a] == rep[b]) is merged
