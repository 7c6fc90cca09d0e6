"""Hostile text: processing time stays linear in the input's size.

Generous bounds: a quadratic step would take minutes on these inputs (one did: 230 s for the
1 MB text without sentence breaks before sentences were bounded and tokens bisected).
"""

import hashlib
import time
from pathlib import Path

import pytest

from factcheck.extract import extract_article
from factcheck.models import Article

WORDS = "officials said the storm killed people in the region and more than 300 homes were damaged on Tuesday "


def _article(text: str) -> Article:
    return Article(Path("h.txt"), "h.txt", hashlib.sha256(text.encode()).hexdigest(), text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("digits and commas, 1 MB line", "1," * 500_000),
        ("repeated qualifiers", "more than " * 50_000 + "5 people died."),
        ("1 MB without a sentence break", WORDS * (1_000_000 // len(WORDS))),
    ],
)
def test_hostile_text_is_processed_in_bounded_time(name, text):
    start = time.perf_counter()
    extraction = extract_article(_article(text))
    elapsed = time.perf_counter() - start
    assert elapsed < 30, f"{name}: {elapsed:.1f} s"
    assert all(len(s.text) <= 1000 for s in extraction.document.sentences)
