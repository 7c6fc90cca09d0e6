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


def test_sources_toml_unquoted_file_name_is_a_problem_that_says_how_to_quote_it(tmp_path):
    # [a.txt] is TOML for table "a" holding table "txt": the article would silently get no metadata
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "sources.toml").write_text("[a.txt]\npublished = 2024-03-05\n", encoding="utf-8")
    loaded = load_paths([tmp_path])
    (problem,) = loaded.problems
    assert problem.path.endswith("sources.toml")
    assert '["a.txt"]' in problem.message


def test_articles_of_two_roots_with_one_name_keep_distinct_names(tmp_path):
    for folder, count in (("A", 12), ("B", 15), ("C/B", 17)):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "a.txt").write_text(f"Officials said {count} people were hurt.", encoding="utf-8")
    loaded = load_paths([tmp_path / "A", tmp_path / "B", tmp_path / "C" / "B"])
    assert [a.name for a in loaded.articles] == ["a.txt", "B/a.txt", "B~2/a.txt"]
    assert loaded.problems == ()
    backwards = load_paths([tmp_path / "C" / "B", tmp_path / "B", tmp_path / "A"])
    assert [a.name for a in backwards.articles] == ["B~2/a.txt", "B/a.txt", "a.txt"], "whatever the order given"


def test_a_folder_inside_another_given_folder_adds_nothing_and_renames_nothing(tmp_path, monkeypatch):
    (tmp_path / "inner" / "deep").mkdir(parents=True)
    for name in ("top.txt", "inner/a.txt", "inner/deep/b.txt"):
        (tmp_path / name).write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "inner")
    expected = ["inner/a.txt", "inner/deep/b.txt", "top.txt"]
    for paths in ([".."], ["..", "."], [".", ".."], ["deep", "..", "."], ["deep/b.txt", ".."]):
        loaded = load_paths(paths)
        assert sorted(a.name for a in loaded.articles) == expected, paths
        assert loaded.problems == ()
    assert [a.name for a in load_paths(["deep", "."]).articles] == ["a.txt", "deep/b.txt"]
    (tmp_path / "inner" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "inner" / "lost.txt").symlink_to(tmp_path / "nowhere.txt")
    for paths in ([".."], ["..", "."], [".", ".."]):
        problems = load_paths(paths).problems
        assert [(Path(p.path).name, p.message) for p in problems] == [
            ("gone.txt", "broken symbolic link; skipped"),
            ("lost.txt", "broken symbolic link; skipped"),
        ], "each link once, whatever the paths"


def test_a_file_named_alone_that_a_folder_given_holds_too_is_the_folders(tmp_path, monkeypatch):
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "news" / "sub" / "a.txt").write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    (tmp_path / "news" / "sub" / "sources.toml").write_text(
        '["a.txt"]\noutlet = "Wire"\npublished = 2024-01-29\n', encoding="utf-8"
    )
    (tmp_path / "alias.txt").symlink_to(tmp_path / "news" / "sub" / "a.txt")
    monkeypatch.chdir(tmp_path)
    for paths in (["news/sub", "alias.txt"], ["alias.txt", "news/sub"]):
        (article,) = load_paths(paths).articles
        assert (article.name, article.source.outlet, str(article.source.published)) == ("a.txt", "Wire", "2024-01-29")


def test_names_that_differ_only_in_case_are_told_apart_on_every_system(tmp_path):
    for name in ("X/Report.txt", "Y/report.txt", "Z/Notes.txt", "Z/notes.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    loaded = load_paths([tmp_path / "X", tmp_path / "Y", tmp_path / "Z"])
    assert [a.name for a in loaded.articles] == ["Report.txt", "Y/report.txt", "Notes.txt", "Z/notes.txt"]


def test_a_file_reached_through_a_link_too_is_named_by_its_own_path(tmp_path, monkeypatch):
    for folder in ("A", "B"):
        (tmp_path / folder).mkdir()
    (tmp_path / "B" / "x.txt").write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    (tmp_path / "B" / "sources.toml").write_text('["x.txt"]\noutlet = "Wire"\n', encoding="utf-8")
    (tmp_path / "A" / "link.txt").symlink_to(Path("..") / "B" / "x.txt")
    (tmp_path / "A" / "own.txt").write_text("Officials said 15 people were hurt.\n", encoding="utf-8")
    (tmp_path / "A" / "linked").symlink_to(Path("..") / "B")  # B/x.txt again, through a linked folder
    monkeypatch.chdir(tmp_path)
    for paths in (["A", "B"], ["B", "A"], ["."]):
        named = {a.name: a.source.outlet for a in load_paths(paths).articles}
        assert named == (
            {"A/own.txt": None, "B/x.txt": "Wire"} if paths == ["."] else {"own.txt": None, "x.txt": "Wire"}
        )


def test_a_conflict_between_articles_of_one_name_in_two_roots_is_found(tmp_path, cli):
    for folder, count in (("A", 12), ("B", 15)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    run = cli("check", "A", "B", "--no-ledger", cwd=tmp_path)
    assert run.code == 1
    assert "A/a.txt:1:16  12 people  (= 12 injury)" in run.stdout
    assert "B/a.txt:1:16  15 people  (= 15 injury)" in run.stdout
    assert "1 conflict" in run.stdout


def test_files_named_on_the_command_line_that_are_not_articles_are_skipped(tmp_path):
    import os

    (tmp_path / "a.txt").write_text("Officials said 12 people were hurt.", encoding="utf-8")
    (tmp_path / "notes.toml").write_text("x = 1", encoding="utf-8")
    (tmp_path / "sources.toml").write_text("", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would wait for a writer forever
    loaded = load_paths(sorted(tmp_path.iterdir()))
    assert [a.name for a in loaded.articles] == ["a.txt"]
    assert [(Path(p.path).name, p.message.split(" (")[0].split(";")[0]) for p in loaded.problems] == [
        ("notes.toml", "not an article"),
        ("pipe.txt", "not a regular file"),
    ]


def test_a_broken_link_in_a_folder_is_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said 12 people were hurt.", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "gone-notes").symlink_to(tmp_path / "deleted")  # not an article's name: not a word
    loaded = load_paths([tmp_path])
    assert [a.name for a in loaded.articles] == ["a.txt"]
    assert [(Path(p.path).name, p.message) for p in loaded.problems] == [("gone.txt", "broken symbolic link; skipped")]
    named = load_paths(sorted(tmp_path.iterdir()))  # check corpus/*: the same warning, not an error
    assert [a.name for a in named.articles] == ["a.txt"]
    assert [(Path(p.path).name, p.message) for p in named.problems] == [
        ("gone-notes", "broken symbolic link; skipped"),
        ("gone.txt", "broken symbolic link; skipped"),
    ]
