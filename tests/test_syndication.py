"""Syndicated copies: identical files and near-duplicates are one story."""

import hashlib
from pathlib import Path

import pytest

from factcheck import syndication
from factcheck.models import Article
from factcheck.syndication import find_copies, story_of

WIRE = (
    "Flooding along the river forced 3,200 people from their homes on Sunday, officials said. "
    "The water rose two metres overnight after days of heavy rain across the northern valleys. "
    "Emergency crews evacuated two hospitals and a school, and the regional governor asked the "
    "army for help with sandbags and boats. Forecasters expect more rain until Wednesday."
)


def art(name: str, text: str) -> Article:
    return Article(Path(name), name, hashlib.sha256(text.encode()).hexdigest(), text)


def test_identical_and_near_duplicates_are_one_story():
    edited = WIRE.replace("officials said", "local officials said").replace("Wednesday", "Thursday")
    other = "A different story about a football match in which the home side won three goals to one."
    stories = find_copies([art("a.txt", WIRE), art("b.txt", WIRE), art("c.txt", edited), art("d.txt", other)])
    assert len(stories) == 1
    story = stories[0]
    assert story.articles == ("a.txt", "b.txt", "c.txt")
    assert not story.identical
    assert 0.5 <= story.similarity < 1.0
    assert "copies of one story" in story.describe()
    assert story_of(stories) == {"a.txt": "a.txt", "b.txt": "a.txt", "c.txt": "a.txt"}


def test_identical_files_only():
    stories = find_copies([art("x.txt", WIRE), art("y.txt", WIRE)])
    assert stories[0].identical and stories[0].similarity == 1.0


def test_rewrites_sharing_a_sentence_are_independent():
    rewrite = (
        "Officials said on Sunday that 3,200 people had left their homes. Rescue teams worked through "
        "the night while the governor appealed for the army's help. More rain is forecast."
    )
    assert find_copies([art("a.txt", WIRE), art("b.txt", rewrite)]) == []


@pytest.mark.parametrize("threshold", [0.5])
def test_lsh_path_agrees_with_exact_path(monkeypatch, threshold):
    edited = WIRE.replace("officials said", "local officials said")
    fillers = [
        art(f"f{i}.txt", f"Unrelated filler article number {i} about topic {i * 7} and nothing else.") for i in range(6)
    ]
    corpus = [art("a.txt", WIRE), art("c.txt", edited), *fillers]
    exact = find_copies(corpus, threshold)
    monkeypatch.setattr(syndication, "LSH_FROM", 2)
    approx = find_copies(corpus, threshold)
    assert [s.articles for s in exact] == [s.articles for s in approx] == [("a.txt", "c.txt")]


def test_agreement_among_copies_counts_one_source(tmp_path):
    from factcheck.api import check

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(WIRE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "The flood forced 3,200 people from their homes, the regional governor's office confirmed.",
        encoding="utf-8",
    )
    report = check([tmp_path])
    assert [s.articles for s in report.stories] == [("a.txt", "b.txt")]
    agree = [f for f in report.findings if f.verdict.value == "agree" and f.key == "people"]
    assert agree, [f.explanation for f in report.findings]
    assert "[2 independent sources]" in agree[0].explanation
    assert any("copies of one story" in d for d in agree[0].details)


def test_reports_do_not_depend_on_the_hash_seed(tmp_path) -> None:
    """Set and dict orders of strings change with PYTHONHASHSEED: no finding may follow them."""
    import os
    import shutil
    import subprocess
    import sys

    golden = Path(__file__).parent / "data" / "golden" / "corpus"
    corpus = tmp_path / "corpus"
    shutil.copytree(golden, corpus)
    for article in sorted(corpus.glob("*.txt")):  # two stories with two copies each
        shutil.copy(article, corpus / f"copy-{article.name}")
    outputs = set()
    for seed in ("0", "1", "2"):  # seeds that ordered sets apart (tests/test_hash_seed.py)
        done = subprocess.run(  # --no-cache: a cached result would be loaded whatever the seed
            [
                sys.executable,
                "-m",
                "factcheck",
                "check",
                str(corpus),
                "--no-ledger",
                "--no-cache",
                "--format",
                "json",
                "--exit-zero",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
