"""RealPaths resolves as os.path.realpath does: through links to files and folders, "..", missing files."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from factcheck.realpaths import RealPaths


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """real/{a.txt, sub/b.txt}, other/c.txt; links: real/link-to-other -> ../other,
    real/l.txt -> sub/b.txt, other/up -> ../real/sub, real/dangling -> nowhere."""
    (tmp_path / "real" / "sub").mkdir(parents=True)
    (tmp_path / "other").mkdir()
    (tmp_path / "real" / "a.txt").write_text("a")
    (tmp_path / "real" / "sub" / "b.txt").write_text("b")
    (tmp_path / "other" / "c.txt").write_text("c")
    (tmp_path / "real" / "link-to-other").symlink_to("../other")
    (tmp_path / "real" / "l.txt").symlink_to("sub/b.txt")
    (tmp_path / "other" / "up").symlink_to("../real/sub")
    (tmp_path / "real" / "dangling").symlink_to("nowhere")
    return tmp_path


NAMES = ["a.txt", "l.txt", "c.txt", "b.txt", "missing.txt", "dangling", ".", "..", "sub", "up"]
FOLDERS = [
    "",
    "real",
    "real/sub",
    "real/link-to-other",
    "real/link-to-other/up",
    "real/link-to-other/..",
    "other/up/..",
    "real/missing/..",  # the system cannot look these up; realpath reads their ".." as text
    "real/a.txt/..",
    "real/dangling/..",
]


def paths() -> list[str]:
    return [os.path.join(f, n) if f else n for f, n in itertools.product(FOLDERS, NAMES)]


def test_same_as_realpath_absolute(tree: Path) -> None:
    real = RealPaths()
    for p in paths() * 2:  # the second round answers from the remembered folders
        path = tree / p
        assert real.resolve(path) == path.resolve(), p
        assert real.real(str(path)) == os.path.realpath(path), p


def test_same_as_realpath_relative(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree / "real" / "link-to-other")
    real = RealPaths()
    for p in [*paths(), "../real/a.txt", "../../real/l.txt", "./c.txt", "up/../c.txt"] * 2:
        assert real.resolve(p) == Path(p).resolve(), p


def test_a_link_is_followed_even_in_a_remembered_folder(tree: Path) -> None:
    real = RealPaths()
    assert real.resolve(tree / "real" / "a.txt") == tree / "real" / "a.txt"
    assert real.resolve(tree / "real" / "l.txt") == tree / "real" / "sub" / "b.txt"
    assert real.resolve(tree / "real" / "link-to-other" / "c.txt") == tree / "other" / "c.txt"
