"""Loading articles: folders, metadata, encodings, bad files."""

from datetime import date
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.load import decode, load_paths, split_front_matter

CORPUS = Path(__file__).parent.parent / "corpus"


def test_seed_corpus_loads_with_metadata():
    loaded = load_paths([CORPUS])
    names = [a.name for a in loaded.articles]
    assert len(names) == 5
    assert names == sorted(names)
    assert loaded.problems == ()
    by_name = {a.name: a for a in loaded.articles}
    hkfp = by_name["hkfp-2024-01-29-talks-to-resume.txt"]
    assert hkfp.source.published == date(2024, 1, 29)
    assert hkfp.source.outlet == "AFP"
    assert len(hkfp.sha256) == 64


def test_folders_are_recursive_and_files_accepted(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("One sentence here.", encoding="utf-8")
    (tmp_path / "two.md").write_text("Another one.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    loaded = load_paths([tmp_path])
    assert [a.name for a in loaded.articles] == ["a/one.txt", "two.md"]
    single = load_paths([tmp_path / "two.md"])
    assert [a.name for a in single.articles] == ["two.md"]


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(FactcheckError, match="no such file"):
        load_paths([tmp_path / "nope"])


def test_bad_files_become_problems_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 owners said so.".encode("latin-1"))
    loaded = load_paths([tmp_path])
    assert sorted(a.name for a in loaded.articles) == ["good.txt", "latin.txt"]
    messages = {Path(p.path).name: p.message for p in loaded.problems}
    assert "empty" in messages["empty.txt"]
    assert "binary" in messages["binary.txt"]
    assert "cp1252" in messages["latin.txt"]
    latin = next(a for a in loaded.articles if a.name == "latin.txt")
    assert latin.text == "Café owners said so."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"plain", "plain"),
        ("\ufeffwith bom".encode(), "with bom"),
        ("utf16 text".encode("utf-16"), "utf16 text"),
        ("caf\u00e9".encode("cp1252"), "caf\u00e9"),
    ],
)
def test_decode(data, text):
    assert decode(data)[0] == text


def test_crlf_normalised(tmp_path):
    (tmp_path / "crlf.txt").write_bytes(b"Line one.\r\nLine two.\r\n")
    article = load_paths([tmp_path]).articles[0]
    assert article.text == "Line one.\nLine two.\n"


def test_front_matter_is_metadata_and_keeps_line_numbers():
    text = "---\ntitle: X\npublished: 2024-03-05\noutlet: Wire\n---\nBody line.\n"
    body, meta = split_front_matter(text)
    assert meta["published"] == "2024-03-05"
    assert meta["outlet"] == "Wire"
    assert body.split("\n")[5] == "Body line."


def test_sources_toml_malformed_is_a_problem(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "sources.toml").write_text("[broken", encoding="utf-8")
    loaded = load_paths([tmp_path])
    assert len(loaded.articles) == 1
    assert "malformed TOML" in loaded.problems[0].message
