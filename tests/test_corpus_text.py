"""The package's words keep no run of a dev story's text.

Rules and thresholds must hold on stories nobody has seen, so ``factcheck/`` keeps no names,
numbers or phrases of the dev stories: examples in docstrings and comments are invented. A run of
eight words that one of the stories also writes is a sentence retold, not a generic phrase (the
longest generic runs found across the package were seven words: "the fire which broke out in the").
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev-corpora" / "ecb"
RUN = 8
"""Words in a row that a dev text and the package may not share."""
_WORD = re.compile(r"[a-z0-9]+")


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _texts_of(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every string literal (docstrings included) and comment of a module."""
    source = path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            yield tok.start[0], tok.string


def test_runs_finds_a_retold_sentence_and_not_a_short_phrase() -> None:
    story = _runs("Crews said the blaze at the old mill on Tarn Lane began shortly before dawn.")
    assert _runs("# the blaze at the old mill on Tarn Lane began late") & story
    assert not _runs("the blaze at the old mill burned for hours") & story


@pytest.mark.skipif(not DEV.is_dir(), reason="the dev stories are not beside the project")
def test_the_package_retells_no_dev_story() -> None:
    story: set[tuple[str, ...]] = set()
    for article in DEV.glob("*/*.txt"):
        story |= _runs(article.read_text(encoding="utf-8", errors="replace"))
    found = [
        f"{path.relative_to(ROOT)}:{line}: {' '.join(sorted(shared)[0])}"
        for path in sorted((ROOT / "factcheck").rglob("*.py"))
        for line, text in _texts_of(path)
        if (shared := _runs(text) & story)
    ]
    assert not found, "\n".join(found)
