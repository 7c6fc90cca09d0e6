"""Reviews (claims/reviews.toml), `factcheck show` and `factcheck review`, and stable finding ids."""

from __future__ import annotations

import codecs
import json
import re
import shutil
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.api import check
from factcheck.errors import FactcheckError
from factcheck.ledger import LOCK_FILE
from factcheck.models import Review, ReviewStatus, Verdict
from factcheck.reviews import HEADER, dumps, load_reviews, parse_reviews, record

GOLDEN_CORPUS = Path(__file__).parent / "data" / "golden" / "corpus"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(GOLDEN_CORPUS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _conflicts() -> list[str]:
    return [f.id for f in check([GOLDEN_CORPUS]).by_verdict(Verdict.CONFLICT)]


# --- The file ------------------------------------------------------------------------------------------

reviews = st.builds(
    Review,
    id=st.from_regex(r"FC-[0-9a-f]{8}", fullmatch=True),
    status=st.sampled_from(ReviewStatus),
    note=st.text(min_size=1),
    verdict=st.text(),
    about=st.text(),
    articles=st.lists(st.text(min_size=1), max_size=3).map(tuple),
)


@given(st.lists(reviews, max_size=4, unique_by=lambda r: r.id))
def test_reviews_round_trip_through_toml(items: list[Review]) -> None:
    text = dumps(items)
    tomllib.loads(text)  # valid TOML, whatever the notes contain
    assert parse_reviews(text, "reviews.toml") == tuple(sorted(items, key=lambda r: r.id))
    assert dumps(reversed(items)) == text, "deterministic: sorted by id"


def test_the_file_reads_well() -> None:
    text = dumps(
        [
            Review("FC-00000002", ReviewStatus.FALSE_POSITIVE, 'Two "events"\nnot one', "conflict", "date: visit"),
            Review("FC-00000001", ReviewStatus.ACCEPTED, "Known.", articles=("a.txt", "b.txt")),
        ]
    )
    assert text.endswith(
        "\n[FC-00000001]\n"
        'status = "accepted"\n'
        'note = "Known."\n'
        'articles = ["a.txt", "b.txt"]\n'
        "\n[FC-00000002]\n"
        'status = "false-positive"\n'
        'note = "Two \\"events\\"\\nnot one"\n'
        'verdict = "conflict"\n'
        'about = "date: visit"\n'
    )
    assert text.startswith("# Reviewed findings")


def test_record_adds_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "claims" / "reviews.toml"
    assert record(path, Review("FC-00000001", ReviewStatus.ACCEPTED, "first")) is False
    assert record(path, Review("FC-00000002", ReviewStatus.ACCEPTED, "other")) is False
    assert record(path, Review("FC-00000001", ReviewStatus.FALSE_POSITIVE, "second")) is True
    got = load_reviews(path)
    assert [(r.id, r.status, r.note) for r in got] == [
        ("FC-00000001", ReviewStatus.FALSE_POSITIVE, "second"),
        ("FC-00000002", ReviewStatus.ACCEPTED, "other"),
    ]
    assert sorted(p.name for p in path.parent.iterdir()) == [LOCK_FILE, "reviews.toml"]  # (the lock: filelock keeps it)


@pytest.mark.parametrize(
    "text, message",
    [
        ("[FC-1\nnote = 1", r"reviews\.toml: invalid TOML"),
        ('FC-1 = "x"', r"reviews\.toml: FC-1: expected a table"),
        ('[FC-1]\nnote = "x"\nnotes = "y"', r"reviews\.toml: \[FC-1\] notes: unknown key"),
        ("[FC-1]\nnote = 3", r"reviews\.toml: \[FC-1\] note: expected a string, got int"),
        ('[FC-1]\nnote = "x"\nstatus = "fine"', r"reviews\.toml: \[FC-1\] status: 'fine' is not one of"),
        ('[FC-1]\nstatus = "accepted"', r"reviews\.toml: \[FC-1\] has no note"),
        ('[FC-1]\nnote = "x"\narticles = "a.txt"', r"reviews\.toml: \[FC-1\] articles: expected a list"),
    ],
)
def test_invalid_reviews_name_the_file_and_key(text: str, message: str) -> None:
    with pytest.raises(FactcheckError, match=message):
        parse_reviews(text, "claims/reviews.toml")


def test_unknown_key_suggests_the_nearest() -> None:
    with pytest.raises(FactcheckError) as e:
        parse_reviews('[FC-1]\nnote = "x"\nstatis = "accepted"', "reviews.toml")
    assert e.value.hint == "did you mean 'status'?"


# --- The commands ---------------------------------------------------------------------------------------


def test_reviewed_conflicts_show_but_do_not_fail(project: Path, cli) -> None:
    first, second = _conflicts()
    assert cli("check", "corpus").code == 1
    run = cli("review", first, "corpus", "--note", "Known discrepancy between the two reports.")
    assert run.code == 0
    assert f"recorded review of {first} (accepted) in claims/reviews.toml" in run.stderr
    run = cli("check", "corpus")
    assert run.code == 1
    assert f"1 conflict not reviewed: {second}" in run.stderr
    run = cli("review", second, "corpus", "-m", "The tool compares two estimates.", "--status", "false-positive")
    assert run.code == 0
    run = cli("check", "corpus")
    assert run.code == 0, run.stderr
    assert run.stdout.count("(reviewed)") == 2
    assert "reviewed (false-positive): The tool compares two estimates." in run.stdout
    data = json.loads(cli("check", "corpus", "--format", "json").stdout)
    by_id = {f["id"]: f for f in data["findings"]}
    assert by_id[first]["reviewed"] is True
    assert by_id[first]["review"] == {"status": "accepted", "note": "Known discrepancy between the two reports."}
    assert all(f["reviewed"] is False for f in data["findings"] if f["id"] not in (first, second))
    run = cli("review", first, "corpus", "--note", "Checked again.")
    assert f"updated review of {first}" in run.stderr
    assert cli("check", "corpus", "--fail-on", "any").code == 1, "the compatible finding is not reviewed"


def test_review_of_an_unknown_finding_is_a_one_line_error(project: Path, cli) -> None:
    first = _conflicts()[0]
    typo = first[:-1] + ("0" if first[-1] != "0" else "1")
    run = cli("review", typo, "corpus", "--note", "x")
    assert run.code == 2
    assert run.stderr.splitlines()[0] == f"error: {typo}: no such finding in the articles checked"
    assert f"hint: did you mean {first}" in run.stderr
    assert not (project / "claims").exists()
    run = cli("review", first, "corpus", "--note", "   ")
    assert run.code == 2 and "a review needs a note" in run.stderr


def test_orphaned_reviews_are_warnings(project: Path, cli) -> None:
    (project / "claims").mkdir()
    (project / "claims" / "reviews.toml").write_text(
        '[FC-deadbeef]\nnote = "An old conflict."\nabout = "quantity: tower"\n'
        'articles = ["wire-2024-03-05-storm-grid.txt", "daily-2024-03-06-storm-repairs.txt"]\n'
        '[FC-feedf00d]\nnote = "Of another article."\narticles = ["wire-2024-03-05-storm-grid.txt", "x/other.txt"]\n',
        encoding="utf-8",
    )
    (project / "corpus" / "x").mkdir()
    (project / "corpus" / "x" / "other.txt").write_text("Nothing to see here at all.\n", encoding="utf-8")
    run = cli("check", "corpus", "--fail-on", "none")
    assert run.code == 0
    orphaned = [line for line in run.stderr.splitlines() if "is orphaned" in line and "review" in line]
    assert len(orphaned) == 2
    assert orphaned[0].startswith("warning: claims/reviews.toml: review of FC-deadbeef is orphaned: no finding has")
    run = cli("check", "corpus/wire-2024-03-05-storm-grid.txt", "--fail-on", "none")
    assert "FC-deadbeef" not in run.stderr, "an article left out of the run: the review cannot be judged"
    (project / "corpus" / "x" / "other.txt").unlink()
    run = cli("check", "corpus", "--fail-on", "none")
    assert "FC-feedf00d is orphaned" in run.stderr, "an article that is gone: the review is orphaned"
    other = project / "elsewhere"
    other.mkdir()
    (other / "note.txt").write_text("An unrelated article about 12 new bridges.\n", encoding="utf-8")
    run = cli("check", "elsewhere", "--fail-on", "none")
    assert "review of" not in run.stderr, "reviews of another corpus are not judged"


def test_corrupt_reviews_file_fails_the_check(project: Path, cli) -> None:
    (project / "claims").mkdir()
    (project / "claims" / "reviews.toml").write_text("[FC-1\n", encoding="utf-8")
    run = cli("check", "corpus")
    assert run.code == 2
    assert run.stderr.startswith("error: claims/reviews.toml: invalid TOML")
    run = cli("review", _conflicts()[0], "corpus", "--note", "x")
    assert run.code == 2
    assert (project / "claims" / "reviews.toml").read_text(encoding="utf-8") == "[FC-1\n", "never overwritten"


def test_show_prints_the_full_evidence(project: Path, cli) -> None:
    report = check(["corpus"])
    finding = report.by_verdict(Verdict.CONFLICT)[0]
    run = cli("show", finding.id, "corpus")
    assert run.code == 0
    assert run.stdout.startswith(f"CONFLICT {finding.severity.value}  {finding.id}")
    flat = " ".join(run.stdout.split())  # long lines wrap, indented

    def shown(text: str) -> bool:
        return " ".join(text.split()) in flat

    for claim in finding.claims:
        loc = claim.location
        assert shown(f"corpus/{loc.article}:{loc.line}:{loc.column}")
        assert shown(claim.sentence)
        assert shown(claim.display)
        for step in claim.steps:
            assert shown(str(step))
    for line in finding.details:
        assert shown(line)
    data = json.loads(cli("show", finding.id, "corpus", "--format", "json").stdout)
    assert data["id"] == finding.id and len(data["claims"]) == len(finding.claims)
    run = cli("show", "FC-00000000", "corpus")
    assert run.code == 2 and "no such finding" in run.stderr
    typed = "fc-" + finding.id[3:].upper()  # ids are read whatever their case
    assert cli("show", typed, "corpus").stdout == cli("show", finding.id, "corpus").stdout


# --- Stable ids --------------------------------------------------------------------------------------------

UNRELATED = """A bakery in the old town won first prize at the regional bread fair this weekend.
The judges praised its rye loaf, and the owners said they would now bake 200 loaves every morning.
"""


def test_finding_ids_do_not_change_when_an_unrelated_article_is_added(project: Path) -> None:
    before = {f.id: f for f in check(["corpus"]).findings}
    (project / "corpus" / "bakery-2024-03-07.txt").write_text(UNRELATED, encoding="utf-8")
    after = check(["corpus"])
    assert len(after.articles) == 4
    assert set(before) <= {f.id for f in after.findings}
    assert any("bakery" in f.articles[0] for f in after.findings), "the new article has findings of its own"


def test_finding_ids_do_not_depend_on_line_numbers(project: Path) -> None:
    before = {f.id for f in check(["corpus"]).findings}
    for path in (project / "corpus").glob("*.txt"):
        path.write_text("\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert {f.id for f in check(["corpus"]).findings} == before


def test_reviews_of_a_kind_left_out_of_the_run_are_not_orphaned(project: Path, cli) -> None:
    (project / "claims").mkdir()
    (project / "claims" / "reviews.toml").write_text(
        '[FC-deadbeef]\nnote = "An old conflict."\nabout = "date: storm"\n'
        'articles = ["wire-2024-03-05-storm-grid.txt", "daily-2024-03-06-storm-repairs.txt"]\n',
        encoding="utf-8",
    )
    assert "FC-deadbeef is orphaned" in cli("check", "corpus", "--fail-on", "none").stderr
    assert "FC-deadbeef" not in cli("check", "corpus", "--fail-on", "none", "--disable", "date").stderr
    (project / "factcheck.toml").write_text('disabled-kinds = ["date"]\n', encoding="utf-8")
    assert "FC-deadbeef" not in cli("check", "corpus", "--fail-on", "none").stderr
    text = (project / "claims" / "reviews.toml").read_text(encoding="utf-8")
    (project / "claims" / "reviews.toml").write_text(text.replace('about = "date: storm"\n', ""), encoding="utf-8")
    assert "FC-deadbeef" not in cli("check", "corpus", "--fail-on", "none").stderr, "of unknown kind: not judged"
    (project / "factcheck.toml").unlink()
    assert "FC-deadbeef is orphaned" in cli("check", "corpus", "--fail-on", "none").stderr


def _review(fid: str, note: str = "Seen.") -> Review:
    return Review(fid, ReviewStatus.ACCEPTED, note, "conflict", "quantity: tower", ("a.txt", "b.txt"))


def test_recording_a_review_keeps_the_rest_of_the_file_and_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "reviews.toml"
    for fid in ("FC-00000004", "FC-00000002", "FC-00000003", "FC-00000004"):
        record(path, _review(fid))
        assert path.read_text(encoding="utf-8") == dumps(load_reviews(path)), "a file of its own: as dumps writes it"
    path.write_text(dumps([_review("FC-00000002"), _review("FC-00000004")]), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    text = text.replace("[FC-00000004]", "# team note: keep until July\n[FC-00000004]")
    text = text.replace('note = "Seen."\n', 'note = "Seen."  # checked twice\n', 1)
    path.write_text(text + "# the end\n", encoding="utf-8")

    assert record(path, _review("FC-00000003")) is False  # added between the two, in id order
    assert record(path, _review("FC-00000001")) is False  # before all
    assert record(path, _review("FC-00000004", "Seen again.")) is True  # replaced
    assert record(path, _review("FC-00000005")) is False  # after all
    text = path.read_text(encoding="utf-8")
    for kept in ("# team note: keep until July\n[FC-00000004]", '"Seen."  # checked twice', "# the end", HEADER):
        assert kept in text
    assert [r.id for r in load_reviews(path)] == [f"FC-0000000{i}" for i in range(1, 6)]
    assert [m for m in re.findall(r"^\[(FC-\d+)\]", text, re.M)] == [f"FC-0000000{i}" for i in range(1, 6)]
    assert {r.id: r.note for r in load_reviews(path)}["FC-00000004"] == "Seen again."


def test_a_file_laid_out_otherwise_is_kept_or_written_afresh(tmp_path: Path) -> None:
    path = tmp_path / "reviews.toml"
    inline = '"FC-00000001" = {note = "Inline.", status = "accepted"}\n'
    path.write_text(inline, encoding="utf-8")
    record(path, _review("FC-00000002"))
    assert path.read_text(encoding="utf-8").startswith(inline), "read as it is: the new table after it"
    assert [r.note for r in load_reviews(path)] == ["Inline.", "Seen."]

    tricky = '[FC-00000001]\nnote = """Looks like a table:\n[FC-00000003]\nbut is not."""\n'
    path.write_text("# ours\n" + tricky, encoding="utf-8")
    record(path, _review("FC-00000003"))  # the line in the note is not taken for a table
    assert path.read_text(encoding="utf-8").startswith("# ours\n" + tricky)
    assert [r.id for r in load_reviews(path)] == ["FC-00000001", "FC-00000003"]
    assert load_reviews(path)[0].note == "Looks like a table:\n[FC-00000003]\nbut is not."


def test_a_file_that_cannot_be_edited_in_place_is_written_afresh_with_a_note(tmp_path: Path, monkeypatch) -> None:
    from factcheck import reviews

    path = tmp_path / "reviews.toml"
    path.write_text("# ours\n" + dumps([_review("FC-00000001")]), encoding="utf-8")
    monkeypatch.setattr(reviews, "_edited", lambda text, put, remove: None)
    notes: list[str] = []
    record(path, _review("FC-00000002"), notes)
    assert path.read_text(encoding="utf-8") == dumps(load_reviews(path))
    assert notes == [f"{path}: written afresh in factcheck's layout; its comments were not kept"]
    record(path, _review("FC-00000003"), notes)
    assert len(notes) == 1, "no comments, nothing lost: no note"


def test_a_review_of_articles_of_one_name_in_two_folders(tmp_path: Path, cli) -> None:
    for folder, count in (("A", 12), ("B", 15)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    assert cli("extract", "A", "B", cwd=tmp_path).code == 0
    (conflict,) = check(["A", "B"]).by_verdict(Verdict.CONFLICT)
    assert cli("review", conflict.id, "A", "B", "--note", "Known.").code == 0
    for order in (["A", "B"], ["B", "A"]):  # the same names whatever the order: still reviewed
        assert cli("check", *order).code == 0
    for alone in ("A", "B"):  # the other article is left out of the run, not gone
        assert "orphaned" not in cli("check", alone).stderr
    (tmp_path / "B" / "story.txt").unlink()
    assert f"review of {conflict.id} is orphaned" in cli("check", "A", "B").stderr


def _stories(root: Path, counts: dict[str, int]) -> None:
    for name, count in counts.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")


def test_a_review_named_after_a_folder_is_not_orphaned_beside_a_subfolder_of_that_name(tmp_path: Path, cli) -> None:
    _stories(tmp_path, {"A/story.txt": 12, "B/story.txt": 15})
    (tmp_path / "A" / "B").mkdir()  # A has a subfolder called B too, without a story.txt
    (tmp_path / "A" / "B" / "other.txt").write_text("Nothing to see here at all.\n", encoding="utf-8")
    assert cli("extract", "A", "B", cwd=tmp_path).code == 0
    (conflict,) = check([tmp_path / "A", tmp_path / "B"]).by_verdict(Verdict.CONFLICT)
    assert conflict.articles == ("B/story.txt", "story.txt")
    assert cli("review", conflict.id, "A", "B", "--note", "Known.").code == 0
    assert "review of" not in cli("check", "A").stderr, "B/story.txt is B's (the ledger says), left out of the run"
    (tmp_path / "B" / "story.txt").unlink()
    assert f"review of {conflict.id} is orphaned" in cli("check", "A").stderr, "gone (the ledger says)"


def test_a_review_of_another_folders_article_and_one_checked_is_not_judged(tmp_path: Path, cli) -> None:
    _stories(tmp_path, {"B/a.txt": 12, "C/c.txt": 15})
    (tmp_path / "A2").mkdir()  # its a.txt keeps the plain name: B's is B/a.txt
    (tmp_path / "A2" / "a.txt").write_text("Nothing to see here at all.\n", encoding="utf-8")
    assert cli("extract", "A2", "B", "C", cwd=tmp_path).code == 0
    (conflict,) = check([tmp_path / d for d in ("A2", "B", "C")]).by_verdict(Verdict.CONFLICT)
    assert conflict.articles == ("B/a.txt", "c.txt")
    assert cli("review", conflict.id, "A2", "B", "C", "--note", "Known.").code == 0
    for alone in ("C", "C/c.txt"):
        assert "review of" not in cli("check", alone).stderr, alone


def test_a_review_of_an_article_in_a_deleted_subfolder_is_orphaned(tmp_path: Path, cli) -> None:
    _stories(tmp_path, {"corpus/story.txt": 12, "corpus/sub/other.txt": 15})
    assert cli("extract", "corpus", cwd=tmp_path).code == 0
    (conflict,) = check([tmp_path / "corpus"]).by_verdict(Verdict.CONFLICT)
    assert cli("review", conflict.id, "corpus", "--note", "Known.").code == 0
    shutil.rmtree(tmp_path / "corpus" / "sub")
    assert f"review of {conflict.id} is orphaned" in cli("check", "corpus").stderr


def test_a_review_of_a_deleted_article_of_a_subfolder_is_orphaned_without_a_ledger(tmp_path: Path, cli) -> None:
    _stories(tmp_path, {"A/c.txt": 12, "A/sub/x.txt": 15})
    (tmp_path / "A" / "x.txt").write_text("Nothing to see here at all.\n", encoding="utf-8")  # a top-level x.txt
    (conflict,) = check([tmp_path / "A"]).by_verdict(Verdict.CONFLICT)
    assert conflict.articles == ("c.txt", "sub/x.txt")
    assert cli("review", conflict.id, "A", "--note", "Known.", cwd=tmp_path).code == 0  # no ledger files
    (tmp_path / "A" / "sub" / "x.txt").unlink()
    assert f"review of {conflict.id} is orphaned" in cli("check", "A", "--no-ledger").stderr


def test_a_review_of_an_article_extracted_under_another_name_and_deleted_is_orphaned(tmp_path: Path, cli) -> None:
    _stories(tmp_path, {"news/x/a.txt": 12, "news/b.txt": 15})
    assert cli("extract", "news/x/a.txt", cwd=tmp_path).code == 0  # its entry says "a.txt"
    assert cli("extract", "news").code == 0  # fresh: kept as it is
    (conflict,) = check([tmp_path / "news"]).by_verdict(Verdict.CONFLICT)
    assert conflict.articles == ("b.txt", "x/a.txt")
    assert cli("review", conflict.id, "news", "--note", "Known.").code == 0
    shutil.rmtree(tmp_path / "news" / "x")
    assert f"review of {conflict.id} is orphaned" in cli("check", "news").stderr


def test_a_deleted_article_of_the_same_name_does_not_make_a_live_review_orphaned(tmp_path: Path, cli) -> None:
    _stories(tmp_path, {"corpus/B/a.txt": 20, "corpus/c.txt": 30})
    assert cli("extract", "corpus", cwd=tmp_path).code == 0
    (tmp_path / "corpus" / "B" / "a.txt").unlink()  # an orphaned entry: "B/a.txt"
    _stories(tmp_path, {"A/a.txt": 12, "B/a.txt": 15})
    (conflict,) = check([tmp_path / "A", tmp_path / "B"]).by_verdict(Verdict.CONFLICT)
    assert conflict.articles == ("B/a.txt", "a.txt")
    assert cli("review", conflict.id, "A", "B", "--note", "Known.").code == 0
    assert "review of" not in cli("check", "A").stderr


_NOTE = st.text(alphabet=st.sampled_from(list("ab [FC-01]#'\"\n\u2028=")), min_size=1, max_size=30).filter(
    lambda t: t.strip() and '"""' not in t and "'''" not in t and not t.endswith(("'", '"'))
)


@given(st.lists(st.tuples(_NOTE, st.booleans()), min_size=1, max_size=4), _NOTE)
def test_hand_written_notes_of_any_text_keep_the_files_comments(notes, new_note) -> None:
    """Multi-line basic and literal strings whose lines look like tables or comments."""
    import tempfile

    tables = []
    for k, (note, literal) in enumerate(notes):
        quote = "'''" if literal else '"""'
        tables.append(f"# about review {k}\n[FC-0000000{2 * k + 1}]\nnote = {quote}{note}{quote}\n")
    text = "# kept\n" + "\n".join(tables)
    expected = {r.id: r.note for r in parse_reviews(text, "")}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reviews.toml"
        path.write_text(text, encoding="utf-8")
        notes_heard: list[str] = []
        record(path, Review("FC-00000002", ReviewStatus.ACCEPTED, new_note.strip()), notes_heard)
        after = path.read_text(encoding="utf-8")
    assert notes_heard == []
    assert {r.id: r.note for r in parse_reviews(after, "")} == {**expected, "FC-00000002": new_note.strip()}
    for k in range(len(notes)):
        assert f"# about review {k}\n[FC-0000000{2 * k + 1}]" in after
    assert after.startswith("# kept\n")


def test_the_comments_of_a_replaced_table_are_kept_where_they_were(tmp_path: Path) -> None:
    path = tmp_path / "reviews.toml"
    path.write_text(
        "[FC-00000001]  # from the March audit\n"
        "# who decided\n"
        'status = "accepted"  # by the desk\n'
        'note = """Two lines\n'
        'of note."""  # long\n'
        "# trailing, inside the table\n"
        'articles = ["a.txt"]\n'
        "# about the next one\n"
        "[FC-00000002]\n"
        'note = "Other."\n',
        encoding="utf-8",
    )
    notes: list[str] = []
    assert record(path, _review("FC-00000001", "Replaced."), notes) is True
    assert notes == []
    assert path.read_text(encoding="utf-8") == (  # (tomlkit: keys new to the table go after its last one)
        "[FC-00000001]  # from the March audit\n"
        "# who decided\n"
        'status = "accepted"  # by the desk\n'
        'note = "Replaced."  # long\n'
        "# trailing, inside the table\n"
        'articles = ["a.txt", "b.txt"]\n'
        'verdict = "conflict"\n'
        'about = "quantity: tower"\n'
        "# about the next one\n"
        "[FC-00000002]\n"
        'note = "Other."\n'
    )


def test_comments_of_quoted_keys_and_of_array_items_stay_with_them(tmp_path: Path) -> None:
    path = tmp_path / "reviews.toml"
    path.write_text(
        "[FC-00000001]\n"
        "# before status\n"
        "'status' = 'accepted'  # eol status\n"
        '"no\\u0074e" = "Old."  # eol note\n'
        "articles = [  # the two\n"
        '  "a.txt",  # first\n'
        '  "b.txt",  # second\n'
        "]  # after the array\n",
        encoding="utf-8",
    )
    assert load_reviews(path)[0].note == "Old."
    record(path, _review("FC-00000001", "Replaced."))
    assert path.read_text(encoding="utf-8") == (  # unchanged values keep their form, and their comments
        "[FC-00000001]\n"
        "# before status\n"
        "'status' = 'accepted'  # eol status\n"
        '"no\\u0074e" = "Replaced."  # eol note\n'
        "articles = [  # the two\n"
        '  "a.txt",  # first\n'
        '  "b.txt",  # second\n'
        "]  # after the array\n"
        'verdict = "conflict"\n'
        'about = "quantity: tower"\n'
    )


def test_a_table_of_a_file_out_of_id_order_is_replaced_in_place(tmp_path: Path) -> None:
    path = tmp_path / "reviews.toml"
    text = '# ours\n[FC-00000003]\nnote = "Three."  # kept\n\n[FC-00000001]\nnote = "One."\n'
    path.write_text(text, encoding="utf-8")
    notes: list[str] = []
    assert record(path, _review("FC-00000001", "Replaced."), notes) is True
    assert notes == [] and path.read_text(encoding="utf-8").startswith('# ours\n[FC-00000003]\nnote = "Three."  # kept')
    assert {r.id: r.note for r in load_reviews(path)} == {"FC-00000001": "Replaced.", "FC-00000003": "Three."}


def test_a_line_of_a_multi_line_note_that_starts_with_a_hash_is_not_a_comment(tmp_path: Path) -> None:
    path = tmp_path / "reviews.toml"
    tables = '[FC-00000001]\nnote = """Ends on a line\n#that starts with a hash"""\n[FC-00000003]\nnote = "Three."\n'
    path.write_text("# ours\n" + tables, encoding="utf-8")
    notes: list[str] = []
    record(path, _review("FC-00000002"), notes)  # added after the note, not inside it
    first = tables.split("[FC-00000003]")[0]
    assert path.read_text(encoding="utf-8").startswith("# ours\n" + first + "\n[FC-00000002]")
    assert notes == []
    record(path, _review("FC-00000001", "Replaced."), notes)  # the note's last line goes with it
    text = path.read_text(encoding="utf-8")
    assert "#that starts" not in text and notes == []
    assert [r.note for r in load_reviews(path)] == ["Replaced.", "Seen.", "Three."]


def test_end_of_line_comments_lost_in_a_file_written_afresh_are_noted(tmp_path: Path, monkeypatch) -> None:
    from factcheck import reviews

    path = tmp_path / "reviews.toml"
    path.write_text(dumps([_review("FC-00000001")]).replace('"Seen."', '"Seen."  # ours'), encoding="utf-8")
    monkeypatch.setattr(reviews, "_edited", lambda text, put, remove: None)
    notes: list[str] = []
    record(path, _review("FC-00000002"), notes)
    assert notes == [f"{path}: written afresh in factcheck's layout; its comments were not kept"]


_COMMENT = st.one_of(
    st.none(), st.text(alphabet=st.sampled_from(list("ab #'\"=[]")), max_size=8).map(lambda t: "# " + t)
)


@given(
    st.lists(st.tuples(_NOTE, st.booleans(), st.lists(_COMMENT, min_size=4, max_size=4)), min_size=1, max_size=4),
    st.integers(min_value=1, max_value=9),
)
def test_recording_keeps_every_comment_of_any_file(tables, recorded) -> None:
    """Comments before tables, on their headers and keys, and between keys, of tables replaced or not."""
    import tempfile
    from collections import Counter

    from factcheck.reviews import comments as _comments

    def eol(comment: str | None) -> str:
        return f"  {comment}" if comment else ""

    text = ""
    for k, (note, literal, (above, on_header, inside, on_note)) in enumerate(tables):
        quote = "'''" if literal else '"""'
        text += f"{above}\n" if above else ""
        text += f"[FC-0000000{2 * k + 1}]{eol(on_header)}\n" + (f"{inside}\n" if inside else "")
        text += f"note = {quote}{note}{quote}{eol(on_note)}\n"
    fid = f"FC-0000000{recorded}"
    expected = {r.id: r.note for r in parse_reviews(text, "")} | {fid: "New."}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reviews.toml"
        path.write_text(text, encoding="utf-8")
        heard: list[str] = []
        record(path, Review(fid, ReviewStatus.ACCEPTED, "New."), heard)
        after = path.read_text(encoding="utf-8")
    assert heard == []
    assert {r.id: r.note for r in parse_reviews(after, "")} == expected
    assert not Counter(_comments(text)) - Counter(_comments(after)), "every comment kept"


def test_a_file_with_windows_line_ends_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "reviews.toml"
    path.write_bytes(("# ours\n" + dumps([_review("FC-00000001")])).replace("\n", "\r\n").encode())
    record(path, _review("FC-00000002"))
    raw = path.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n") > 10
    assert raw.startswith(b"# ours\r\n")
    assert [r.id for r in load_reviews(path)] == ["FC-00000001", "FC-00000002"]


def test_a_file_with_a_byte_order_mark_is_read_and_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "reviews.toml"
    path.write_bytes(codecs.BOM_UTF8 + ("# ours\n" + dumps([_review("FC-00000001")])).encode())
    assert [r.id for r in load_reviews(path)] == ["FC-00000001"]
    record(path, _review("FC-00000002"))
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8 + b"# ours\n") and raw.count(codecs.BOM_UTF8) == 1
    assert [r.id for r in load_reviews(path)] == ["FC-00000001", "FC-00000002"]


@given(st.lists(st.booleans(), min_size=9, max_size=9), st.sampled_from(["FC-00000000", "FC-00000002", "FC-00000009"]))
def test_a_file_of_mixed_line_ends_is_written_with_the_most_usual_one(crlf: list[bool], fid: str) -> None:
    import tempfile

    lines = [
        "# kept",
        "[FC-00000001]",
        'note = """one',
        'line more"""  # closing',
        "",
        "# about three",
        "[FC-00000003]  # three",
        'status = "accepted"',
        'note = "Three."',
    ]
    text = "".join(line + ("\r\n" if wide else "\n") for line, wide in zip(lines, crlf, strict=True))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reviews.toml"
        path.write_bytes(text.encode())
        record(path, Review(fid, ReviewStatus.ACCEPTED, "New."))
        after = path.read_bytes().decode()
    eol = "\r\n" if sum(crlf) * 2 > len(crlf) else "\n"
    assert after.count("\n") == after.count(eol) if eol == "\r\n" else "\r" not in after
    kept = iter(after.replace("\r\n", "\n").split("\n"))
    assert all(line in kept for line in lines), "every line, in order"
    assert [r.id for r in parse_reviews(after, "")] == sorted({"FC-00000001", "FC-00000003", fid})


# --- Reviews that follow their findings ---------------------------------------------------------------


def _workers_conflict(project: Path, cli) -> str:
    """Review the golden corpus's conflict over the workers sent (150 vs 120); its id."""
    (conflict,) = [f for f in check([project / "corpus"]).by_verdict(Verdict.CONFLICT) if f.key == "worker"]
    assert cli("review", conflict.id, "corpus", "--note", "Two counts of the crews.").code == 0
    return conflict.id


def _edit(project: Path, old: str, new: str) -> None:
    path = project / "corpus" / "daily-2024-03-06-storm-repairs.txt"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("figure", ["160", "some 160"])  # the same span, or a longer one
def test_a_review_follows_its_finding_when_a_value_changes(project: Path, cli, figure: str) -> None:
    old_id = _workers_conflict(project, cli)
    recorded = load_reviews(project / "claims" / "reviews.toml")[0]
    assert [(c.article, c.surface) for c in recorded.claims] == [
        ("daily-2024-03-06-storm-repairs.txt", "150 workers"),
        ("wire-2024-03-05-storm-grid.txt", "120 workers"),
    ]
    _edit(project, "sent 150 workers", f"sent {figure} workers")
    (conflict,) = [f for f in check([project / "corpus"]).by_verdict(Verdict.CONFLICT) if f.key == "worker"]
    assert conflict.id != old_id, "a value changed: so did the id"

    run = cli("check", "corpus", "--format", "json", "--fail-on", "conflict")
    assert conflict.id not in run.stderr.split("not reviewed")[-1], "still reviewed: it does not fail"
    assert f"review of {old_id} follows its finding, now {conflict.id}" in run.stderr
    (finding,) = [f for f in json.loads(run.stdout)["findings"] if f["id"] == conflict.id]
    assert finding["reviewed"] is True and finding["review"]["note"] == "Two counts of the crews."
    assert "orphaned" not in run.stderr

    pruned = cli("review", "--prune", "corpus")
    assert pruned.code == 0, pruned.stderr
    assert f"moved review of {old_id} to {conflict.id}" in pruned.stderr
    after = load_reviews(project / "claims" / "reviews.toml")
    assert [(r.id, r.note) for r in after] == [(conflict.id, "Two counts of the crews.")]
    assert f"{figure} workers" in [c.surface for c in after[0].claims]
    assert "follows" not in cli("check", "corpus").stderr


def test_an_orphaned_review_is_reported_and_pruned(project: Path, cli) -> None:
    old_id = _workers_conflict(project, cli)
    path = project / "claims" / "reviews.toml"
    path.write_text("# our team's reviews\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    _edit(project, "sent 150 workers", "sent 120 workers")  # the reports agree now: no conflict left
    run = cli("check", "corpus", "--fail-on", "none")
    assert f"warning: claims/reviews.toml: review of {old_id} is orphaned" in run.stderr
    assert "`factcheck review --prune` removes it" in run.stderr
    pruned = cli("review", "--prune", "corpus")
    assert pruned.code == 0 and f"removed review of {old_id}" in pruned.stderr
    assert load_reviews(path) == ()
    assert path.read_text(encoding="utf-8").startswith("# our team's reviews\n")
    assert "orphaned" not in cli("check", "corpus", "--fail-on", "none").stderr
    assert "nothing to prune" in cli("review", "--prune", "corpus").stderr


def test_a_finding_is_followed_by_one_review_at_most_and_only_by_its_claims() -> None:
    from factcheck.reviews import follow, review_of

    report = check([GOLDEN_CORPUS])
    (workers,) = [f for f in report.findings if f.key == "worker" and f.verdict is Verdict.CONFLICT]
    mine = replace(review_of(workers, ReviewStatus.ACCEPTED, "Seen."), id="FC-00000001")
    twin = replace(mine, id="FC-00000002")
    followed = follow([mine, twin], report.findings)
    assert [(r.id, r.recorded_as) for r in followed] == [(workers.id, "FC-00000001"), ("FC-00000002", "")]
    other_sentence = replace(
        mine, claims=(replace(mine.claims[0], start=0, sentence="Another sentence."), mine.claims[1])
    )
    assert follow([other_sentence], report.findings)[0].id == "FC-00000001", (
        "a claim at another span, in another sentence"
    )
    legacy = replace(mine, claims=())
    assert follow([legacy], report.findings)[0].id == workers.id, "recorded without claims: the one finding about it"
    assert follow([replace(legacy, verdict="")], report.findings)[0].id == "FC-00000001", "too little to go by"
    exact = review_of(workers, ReviewStatus.ACCEPTED, "Seen.")
    by_id = {r.recorded_as or r.id: r for r in follow([exact, mine], report.findings)}
    assert by_id[workers.id] == exact and by_id["FC-00000001"] == mine, "its own id first: the other follows nothing"


def test_review_writes_reviews_toml_only_and_no_check_calls_the_ledger_stale(project: Path, cli) -> None:
    assert not (project / "claims").exists()
    assert "nothing to prune" in cli("review", "--prune", "corpus").stderr
    assert not (project / "claims").exists(), "--prune with no reviews: nothing written"
    _workers_conflict(project, cli)
    assert sorted(p.name for p in (project / "claims").iterdir()) == [LOCK_FILE, "reviews.toml"]  # no ledger entry
    run = cli("check", "corpus")
    assert "ledger" not in run.stderr and "stale" not in run.stderr, run.stderr
    assert cli("extract", "corpus").code == 0  # with a ledger, a stale one is said to be
    (project / "corpus" / "new.txt").write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    assert "the ledger claims/ is stale (1 missing)" in cli("check", "corpus").stderr


def test_reviews_toml_keeps_its_comments_and_formatting_through_record_and_prune(project: Path, cli) -> None:
    old_id = _workers_conflict(project, cli)
    path = project / "claims" / "reviews.toml"
    hand = (
        "# Reviews of the storm corpus. Ask Ana before removing one.\n"
        "\n"
        "# kept since March, see the desk's notes\n"
        "[FC-00000001]\n"
        "status   = 'false-positive'   # aligned by hand\n"
        "note     = '''Not a conflict:\n"
        "two counts of different crews.'''\n"
        "\n"
    )
    path.write_text(hand + path.read_text(encoding="utf-8"), encoding="utf-8")
    (towers,) = [f for f in check([project / "corpus"]).by_verdict(Verdict.CONFLICT) if f.key == "tower"]
    assert cli("review", towers.id, "corpus", "--note", "Known.").code == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith(hand), "the hand-written table and comments as they were"
    assert [r.id for r in load_reviews(path)] == sorted(["FC-00000001", old_id, towers.id])
    _edit(project, "sent 150 workers", "sent 120 workers")  # the workers' review is orphaned
    assert cli("review", "--prune", "corpus").code == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith(hand) and old_id not in text
    assert [r.id for r in load_reviews(path)] == sorted(["FC-00000001", towers.id])
