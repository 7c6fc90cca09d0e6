"""The claims ledger: lossless claims, deterministic files, atomic writes, staleness, the CLI."""

from __future__ import annotations

import dataclasses
import json
import math
import os
import shutil
from pathlib import Path

import pytest
import strategies
from hypothesis import given
from hypothesis import strategies as st

import factcheck.api
import factcheck.ledger
from factcheck.api import Options, check, extract
from factcheck.errors import FactcheckError
from factcheck.ledger import (
    SCHEMA,
    Ledger,
    decode_claim,
    encode_claim,
    sealed,
    settings_digest,
    write_atomic,
)
from factcheck.models import Claim, ClaimKind, Interval, LedgerState
from factcheck.report import Format, render

GOLDEN_CORPUS = Path(__file__).parent / "data" / "golden" / "corpus"
WIRE = "wire-2024-03-05-storm-grid.txt"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (the current folder) with the golden corpus in corpus/ and no ledger."""
    shutil.copytree(GOLDEN_CORPUS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- Claims survive the ledger --------------------------------------------------------------------


def test_real_claims_round_trip() -> None:
    report = check([GOLDEN_CORPUS])
    assert report.claims
    for claim in report.claims:
        data = json.loads(json.dumps(encode_claim(claim), allow_nan=False))
        assert decode_claim(data) == claim


_text = st.text(max_size=20)
_bound = st.one_of(st.none(), st.integers(-(10**9), 10**9), st.floats(allow_nan=False))
claims = strategies.claims(_text, _bound)


@given(claims)
def test_any_claim_round_trips_through_json(claim: Claim) -> None:
    text = json.dumps(encode_claim(claim), allow_nan=False, sort_keys=True)
    back = decode_claim(json.loads(text))
    assert back == claim
    assert list(vars(back).items()) == list(vars(claim).items())  # built as __init__ builds it, in order
    if claim.value is not None:  # ints stay ints, floats floats (the JSON report prints them as found)
        assert type(back.value.low) is type(claim.value.low)
        assert type(back.value.high) is type(claim.value.high)


def test_infinite_bounds_are_plain_json() -> None:
    claim = decode_claim(encode_claim(next(iter(check([GOLDEN_CORPUS]).claims))))
    odd = Claim(**{**claim.__dict__, "value": Interval(-math.inf, math.inf, True, False), "stated": math.inf})
    data = encode_claim(odd)
    assert data["value"]["low"] == "-inf" and data["stated"] == "inf"
    assert decode_claim(json.loads(json.dumps(data, allow_nan=False))) == odd


def test_fields_left_out_take_their_defaults_in_field_order() -> None:
    claim = next(iter(check([GOLDEN_CORPUS]).claims))
    data = encode_claim(claim)
    optional = [f.name for f in dataclasses.fields(Claim) if f.default is not dataclasses.MISSING]
    for name in optional:
        del data[name]
    del data["value"]["high_open"]
    back = decode_claim(data)
    expected = Claim(**{k: v for k, v in vars(claim).items() if k not in optional and k in data})
    assert back == dataclasses.replace(expected, value=dataclasses.replace(claim.value, high_open=False))
    assert list(vars(back)) == [f.name for f in dataclasses.fields(Claim)]


def test_decode_names_the_bad_field() -> None:
    data = encode_claim(next(iter(check([GOLDEN_CORPUS]).claims)))
    data["location"]["line"] = "three"
    with pytest.raises(ValueError, match=r"claim\.location\.line: expected an integer"):
        decode_claim(data)
    data = encode_claim(next(iter(check([GOLDEN_CORPUS]).claims)))
    data["kind"] = "rumour"
    with pytest.raises(ValueError, match="unknown ClaimKind 'rumour'"):
        decode_claim(data)
    data = encode_claim(next(iter(check([GOLDEN_CORPUS]).claims)))
    data["context"] = ["fine", 3]
    with pytest.raises(ValueError, match=r"claim\.context\[1\]: expected a string, got a number"):
        decode_claim(data)


# --- extract writes, check reads --------------------------------------------------------------------


def test_extract_writes_one_deterministic_file_per_article(project: Path, cli) -> None:
    (project / "corpus" / "sub").mkdir()
    shutil.copy(project / "corpus" / WIRE, project / "corpus" / "sub" / "copy.txt")
    run = cli("extract", "corpus")
    assert run.code == 0, run.stderr
    names = sorted(str(p.relative_to(project / "claims")) for p in (project / "claims").rglob("*.json"))
    assert names == [
        "daily-2024-03-06-storm-repairs.txt.json",
        "sub/copy.txt.json",
        "weekly-2024-03-09-storm-review.md.json",
        f"{WIRE}.json",
    ]
    text = (project / "claims" / f"{WIRE}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert data["schema"] == SCHEMA
    assert data["extractor"] == factcheck.EXTRACTOR_VERSION
    assert data["article"] == WIRE and data["path"] == f"corpus/{WIRE}"
    assert len(data["sha256"]) == 64 and data["claims"]
    assert data["source"]["published"] == "2024-03-05"
    assert "4 written, 0 unchanged" in run.stderr
    before = _files(project / "claims")
    again = cli("extract", "corpus")
    assert "0 written, 4 unchanged" in again.stderr
    assert _files(project / "claims") == before


def test_check_with_the_ledger_gives_the_same_report(project: Path, cli, monkeypatch) -> None:
    fresh = render(check(["corpus"]), Format.JSON)
    assert cli("extract", "corpus").code == 0

    def refuse(*args, **kwargs):
        raise AssertionError("extracted although the ledger is fresh")

    monkeypatch.setattr(factcheck.api, "extract_claims", refuse)
    report = check(["corpus"], Options(ledger=Path("claims")))
    assert report.ledger == ()
    assert render(report, Format.JSON) == fresh


def test_check_re_extracts_only_changed_articles(project: Path, cli, monkeypatch) -> None:
    assert cli("extract", "corpus").code == 0
    path = project / "corpus" / WIRE
    path.write_text(path.read_text(encoding="utf-8").replace("46 transmission", "47 transmission"), encoding="utf-8")
    seen = []
    real = factcheck.api.extract_claims

    def spy(article, *args):
        seen.append(article.name)
        return real(article, *args)

    monkeypatch.setattr(factcheck.api, "extract_claims", spy)
    before = _files(project / "claims")
    report = check(["corpus"], Options(ledger=Path("claims")))
    assert seen == [WIRE]
    assert any("47" in c.surface for c in report.claims)
    assert [(i.state, i.reason) for i in report.ledger] == [(LedgerState.OUTDATED, "the article changed")]
    assert _files(project / "claims") == before, "check never writes the ledger"


def test_extract_extracts_only_articles_whose_entry_is_not_fresh(project: Path, cli, monkeypatch) -> None:
    assert cli("extract", "corpus").code == 0
    path = project / "corpus" / WIRE
    path.write_text(path.read_text(encoding="utf-8").replace("46 transmission", "47 transmission"), encoding="utf-8")
    corrupt = project / "claims" / "daily-2024-03-06-storm-repairs.txt.json"
    corrupt.write_text("{", encoding="utf-8")
    seen: list[str] = []
    real = factcheck.api.extract_claims

    def spy(article, *args):
        seen.append(article.name)
        return real(article, *args)

    monkeypatch.setattr(factcheck.api, "extract_claims", spy)
    run = cli("extract", "corpus")
    assert run.code == 0, run.stderr
    assert sorted(seen) == ["daily-2024-03-06-storm-repairs.txt", WIRE]
    assert "2 written, 1 unchanged" in run.stderr
    assert "47" in (project / "claims" / f"{WIRE}.json").read_text(encoding="utf-8")
    assert check(["corpus"], Options(ledger=Path("claims"))).ledger == ()

    seen.clear()
    run = cli("extract", "corpus", "--force")
    assert run.code == 0, run.stderr
    assert len(seen) == 3 and "0 written, 3 unchanged" in run.stderr


def test_a_ledger_read_through_another_folder_still_applies(project: Path, cli) -> None:
    assert cli("extract", "corpus").code == 0
    report = check([f"corpus/{WIRE}"], Options(ledger=Path("claims")))
    assert report.ledger == ()
    assert {c.location.article for c in report.claims} == {WIRE}


@pytest.mark.parametrize(
    "change, reason",
    [
        ("extractor", "extractor version"),
        ("metadata", "its metadata"),
        ("settings", "extraction settings"),
    ],
)
def test_outdated_entries(project: Path, cli, monkeypatch, change: str, reason: str) -> None:
    assert cli("extract", "corpus").code == 0
    options = Options(ledger=Path("claims"))
    if change == "extractor":
        monkeypatch.setattr(factcheck.ledger, "EXTRACTOR_VERSION", "999")
    elif change == "metadata":
        sources = project / "corpus" / "sources.toml"
        sources.write_text(sources.read_text().replace("2024-03-05", "2024-03-04"), encoding="utf-8")
    else:
        options = Options(ledger=Path("claims"), boilerplate=("^The operator has sent",))
    issues = check(["corpus"], options).ledger
    assert issues and all(i.state is LedgerState.OUTDATED and reason in i.reason for i in issues)
    if change == "metadata":
        assert [i.article for i in issues] == [WIRE]


def test_settings_digest_ignores_disabled_kinds() -> None:
    assert settings_digest(Options()) == settings_digest(Options(disabled_kinds=frozenset({ClaimKind.DATE})))
    assert settings_digest(Options()) != settings_digest(Options(aliases={"Jen": "Jennifer"}))


def test_removed_articles_are_orphans_until_pruned(project: Path, cli) -> None:
    assert cli("extract", "corpus").code == 0
    (project / "corpus" / WIRE).unlink()
    report = check(["corpus"], Options(ledger=Path("claims")))
    assert [(i.path, i.state) for i in report.ledger] == [(f"claims/{WIRE}.json", LedgerState.ORPHANED)]
    run = cli("extract", "corpus")
    assert f"orphaned: claims/{WIRE}.json" in run.stderr
    assert (project / "claims" / f"{WIRE}.json").exists()
    run = cli("extract", "corpus", "--prune")
    assert f"removed claims/{WIRE}.json" in run.stderr
    assert not (project / "claims" / f"{WIRE}.json").exists()
    assert check(["corpus"], Options(ledger=Path("claims"))).ledger == ()


def test_an_unreadable_article_is_not_an_orphan(project: Path, cli) -> None:
    assert cli("extract", "corpus").code == 0
    (project / "corpus" / WIRE).write_bytes(b"")  # empty: a problem, not a removal
    report = check(["corpus"], Options(ledger=Path("claims")))
    assert all(i.state is not LedgerState.ORPHANED for i in report.ledger)


def test_check_ledger_fails_on_a_stale_ledger_with_one_line_per_file(project: Path, cli) -> None:
    run = cli("check", "corpus", "--check-ledger", "--fail-on", "none")
    assert run.code == 1
    assert run.stderr.count("stale: claims/") == 3
    assert "missing (not extracted)" in run.stderr
    assert "run `factcheck extract corpus` and commit claims/" in run.stderr
    assert cli("extract", "corpus").code == 0
    run = cli("check", "corpus", "--check-ledger", "--fail-on", "none")
    assert run.code == 0, run.stderr
    assert "stale" not in run.stderr
    (project / "corpus" / "new.txt").write_text("The storm brought down 46 transmission towers.\n", encoding="utf-8")
    run = cli("check", "corpus", "--check-ledger", "--fail-on", "none")
    assert run.code == 1
    assert "stale: claims/new.txt.json: missing (not extracted)" in run.stderr


def test_without_check_ledger_a_stale_ledger_is_a_note(project: Path, cli) -> None:
    assert cli("extract", "corpus").code == 0
    (project / "corpus" / WIRE).unlink()
    run = cli("check", "corpus", "--fail-on", "none")
    assert run.code == 0
    assert "note: the ledger claims/ is stale (1 orphaned)" in run.stderr


def test_no_ledger_folder_no_note(project: Path, cli) -> None:
    run = cli("check", "corpus", "--fail-on", "none")
    assert run.code == 0
    assert "ledger" not in run.stderr


def test_custom_ledger_folder(project: Path, cli) -> None:
    assert cli("extract", "corpus", "--ledger", "store").code == 0
    assert (project / "store" / f"{WIRE}.json").is_file()
    assert not (project / "claims").exists()
    run = cli("check", "corpus", "--ledger", "store", "--check-ledger", "--fail-on", "none")
    assert run.code == 0, run.stderr


def test_articles_of_one_name_in_two_folders_get_a_ledger_file_each(project: Path, cli) -> None:
    other = project / "other"
    other.mkdir()
    shutil.copy(project / "corpus" / WIRE, other / WIRE)
    assert cli("extract", "corpus", "other").code == 0
    assert (project / "claims" / f"{WIRE}.json").is_file()
    assert (project / "claims" / "other" / f"{WIRE}.json").is_file()
    run = cli("check", "corpus", "other", "--check-ledger")
    assert "stale" not in run.stderr and "missing" not in run.stderr
    assert f"other/{WIRE}" in run.stdout


def test_an_entry_named_otherwise_moves_to_its_own_name_to_make_room(project: Path, cli) -> None:
    sub = project / "corpus" / "sub"
    sub.mkdir()
    shutil.copy(project / "corpus" / WIRE, sub / "y.txt")
    assert cli("extract", "corpus/sub/y.txt").code == 0  # named alone: its name is y.txt
    moving = json.loads((project / "claims" / "y.txt.json").read_text(encoding="utf-8"))["claims"]
    (project / "corpus" / "y.txt").write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    run = cli("extract", "corpus")  # now named sub/y.txt, and corpus/y.txt is y.txt
    assert run.code == 0, run.stderr
    move, new = run.stderr.index("wrote claims/sub/y.txt.json"), run.stderr.index("wrote claims/y.txt.json")
    assert move < new, "the move is written first"
    moved = json.loads((project / "claims" / "sub" / "y.txt.json").read_text(encoding="utf-8"))
    assert moved["path"] == "corpus/sub/y.txt" and moved["article"] == "sub/y.txt"
    assert len(moved["claims"]) == len(moving) and all(c["location"]["article"] == "sub/y.txt" for c in moved["claims"])
    assert json.loads((project / "claims" / "y.txt.json").read_text(encoding="utf-8"))["path"] == "corpus/y.txt"
    run = cli("check", "corpus", "--check-ledger")
    assert "stale" not in run.stderr and "missing" not in run.stderr and "orphan" not in run.stderr


@pytest.mark.parametrize("order", [("news", "0"), ("0", "news")])
def test_a_folder_added_to_the_run_that_takes_an_articles_name(tmp_path: Path, cli, order: tuple[str, str]) -> None:
    for folder, count in (("news", 12), ("0", 15)):  # "0" sorts first: its story.txt keeps the plain name
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    assert cli("extract", "news", cwd=tmp_path).code == 0
    run = cli("check", *order, "--check-ledger")
    assert "claims/story.txt.json: missing (not extracted; the file holds news/story.txt)" in run.stderr
    run = cli("extract", *order)
    assert run.code == 0, run.stderr
    recorded = {
        str(f.relative_to(tmp_path / "claims")): json.loads(f.read_text(encoding="utf-8"))["path"]
        for f in (tmp_path / "claims").rglob("*.json")
    }
    assert recorded == {"story.txt.json": "0/story.txt", "news/story.txt.json": "news/story.txt"}
    assert cli("extract", *order).stderr.strip().endswith("0 written, 2 unchanged")
    run = cli("check", *order, "--check-ledger")
    assert "missing" not in run.stderr and "outdated" not in run.stderr and "stale" not in run.stderr
    assert run.code == 1 and "news/story.txt" in run.stdout  # the two stories conflict, and both are checked


def test_entries_move_down_a_chain_the_last_first(tmp_path: Path, cli, monkeypatch) -> None:
    for name, count in (("news/x/a.txt", 12), ("news/y/x/a.txt", 15), ("news/a.txt", 17)):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    assert cli("extract", "news/x/a.txt", cwd=tmp_path).code == 0  # claims/a.txt.json
    assert cli("extract", "news/y").code == 0  # claims/x/a.txt.json
    run = cli("extract", "news")  # a.txt takes a.txt.json, x/a.txt's entry x/a.txt.json, y/x/a.txt's its own
    assert run.code == 0, run.stderr
    assert [line.split()[1] for line in run.stderr.splitlines() if line.startswith("wrote")] == [
        "claims/y/x/a.txt.json",
        "claims/x/a.txt.json",
        "claims/a.txt.json",
    ], "each file is written after the entry it held has moved out"
    recorded = {
        f.relative_to(tmp_path / "claims").as_posix(): json.loads(f.read_text(encoding="utf-8"))["path"]
        for f in (tmp_path / "claims").rglob("*.json")
    }
    assert recorded == {"a.txt.json": "news/a.txt", "x/a.txt.json": "news/x/a.txt", "y/x/a.txt.json": "news/y/x/a.txt"}
    assert cli("check", "news", "--check-ledger").stderr.count("stale") == 0


def test_a_move_stopped_half_way_leaves_a_duplicate_said_to_be_one(tmp_path: Path, cli, monkeypatch) -> None:
    for folder, count in (("news", 12), ("0", 15)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    assert cli("extract", "news", cwd=tmp_path).code == 0
    write = factcheck.ledger.write_atomic

    def full_after_one(path: Path, text: str) -> None:
        if any((tmp_path / "claims" / "news").glob("*.json")):
            raise OSError(28, "No space left on device")
        write(path, text)

    monkeypatch.setattr(factcheck.ledger, "write_atomic", full_after_one)
    run = cli("extract", "news", "0")  # the entry of news/story.txt moved, 0/story.txt not written
    assert run.code == 2 and "claims/story.txt.json: cannot write (No space left on device)" in run.stderr
    monkeypatch.setattr(factcheck.ledger, "write_atomic", write)
    run = cli("extract", "news")
    # (the entry read is the first file in sorted order: news/story.txt.json)
    assert "duplicate: claims/story.txt.json: claims/news/story.txt.json records the same article" in run.stderr
    assert "orphaned" not in run.stderr and run.stderr.strip().endswith("0 written, 1 unchanged, 1 duplicate")
    run = cli("check", "news", "--check-ledger")
    assert "stale: claims/story.txt.json: duplicate (claims/news/story.txt.json records the same article)" in run.stderr
    assert "(--prune removes duplicate files)" in run.stderr
    assert "removed claims/story.txt.json" in cli("extract", "news", "--prune").stderr
    assert "stale" not in cli("check", "news", "--check-ledger").stderr
    assert cli("extract", "news", "0").code == 0 and "stale" not in cli("check", "news", "0", "--check-ledger").stderr


def test_ledger_files_are_told_apart_whatever_their_case(tmp_path: Path, cli) -> None:
    """A ledger kept in git is checked out on macOS and Windows too, where Report.txt.json and
    report.txt.json are one file."""
    for name, count in (("X/Report.txt", 12), ("Y/report.txt", 15)):
        (tmp_path / name).parent.mkdir()
        (tmp_path / name).write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    assert cli("extract", "X", cwd=tmp_path).code == 0
    run = cli("extract", "Y")  # not claims/report.txt.json, the same file as X's there: by its path
    assert run.code == 0 and "wrote claims/Y/report.txt.json" in run.stderr
    files = sorted(f.relative_to(tmp_path / "claims").as_posix() for f in (tmp_path / "claims").rglob("*.json"))
    assert files == ["Report.txt.json", "Y/report.txt.json"]
    assert cli("extract", "X", "Y").stderr.strip().endswith("0 written, 2 unchanged")  # together: the same files


def test_entries_of_names_that_differ_only_in_case_written_before_are_kept(tmp_path: Path, cli) -> None:
    for name, count in (("c/Report.txt", 12), ("c/report.txt", 15)):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    assert cli("extract", "c", cwd=tmp_path).code == 0
    claims = tmp_path / "claims"
    assert (claims / "c" / "report.txt.json").is_file()  # named after its folder
    (claims / "c" / "report.txt.json").rename(claims / "report.txt.json")  # as a ledger of before
    run = cli("extract", "c")
    assert run.code == 0 and run.stderr.strip().endswith("0 written, 2 unchanged"), run.stderr


def _write(root: Path, counts: dict[str, int]) -> None:
    for name, count in counts.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")


def _recorded(claims: Path) -> dict[str, str]:
    """Ledger file -> the path of the article it records."""
    return {
        f.relative_to(claims).as_posix(): json.loads(f.read_text(encoding="utf-8"))["path"]
        for f in claims.rglob("*.json")
        if f.is_file()
    }


def test_pruning_an_emptied_folder_says_what_it_removed(tmp_path: Path, cli) -> None:
    _write(tmp_path, {"c/a.txt": 12, "c/b.txt": 15})
    assert cli("extract", "c", cwd=tmp_path).code == 0
    for name in ("a.txt", "b.txt"):
        (tmp_path / "c" / name).unlink()
    run = cli("extract", "c", "--prune")
    assert run.code == 2 and "removed claims/a.txt.json" in run.stderr and "removed claims/b.txt.json" in run.stderr
    assert not list((tmp_path / "claims").glob("*.json"))


def test_a_path_taken_by_another_folders_entry_is_never_overwritten(tmp_path: Path, cli) -> None:
    _write(tmp_path, {"other/news/a.txt.json/b.txt": 12, "news/a.txt": 15, "news/a.txt.json/b.txt": 17})
    assert cli("extract", "other", cwd=tmp_path).code == 0
    theirs = (tmp_path / "claims" / "news" / "a.txt.json" / "b.txt.json").read_bytes()
    run = cli("extract", "news")  # b.txt's own file lies under a.txt's, its path's is other's
    assert run.code == 0, run.stderr
    assert (tmp_path / "claims" / "news" / "a.txt.json" / "b.txt.json").read_bytes() == theirs
    assert sorted(_recorded(tmp_path / "claims").values()) == sorted(
        ["other/news/a.txt.json/b.txt", "news/a.txt", "news/a.txt.json/b.txt"]
    )
    for folder in ("other", "news"):
        assert "stale" not in cli("check", folder, "--check-ledger").stderr, folder


def test_a_file_taken_whatever_its_case_is_written_as_spelled_leaving_no_duplicate(tmp_path: Path, cli) -> None:
    _write(tmp_path, {"B/A.txt": 12, "x/x/a.txt": 15, "0/a.txt": 17})
    assert cli("extract", "x/x/a.txt", "B", cwd=tmp_path).code == 0
    assert _recorded(tmp_path / "claims")["A.txt.json"] == "B/A.txt"
    paths = ["x/x/a.txt", "B/A.txt", "0/a.txt"]  # 0/a.txt is a.txt now: B/A.txt's entry moves to B/A.txt.json
    assert cli("extract", *paths).code == 0
    assert _recorded(tmp_path / "claims") == {
        "A.txt.json": "0/a.txt",
        "B/A.txt.json": "B/A.txt",
        "x/a.txt.json": "x/x/a.txt",
    }
    run = cli("check", *paths, "--check-ledger")
    assert "stale" not in run.stderr and "duplicate" not in run.stderr


def test_a_move_whose_own_file_lies_under_its_old_one_is_written_first(tmp_path: Path, cli, monkeypatch) -> None:
    _write(tmp_path, {"news/a.txt.json/a.txt": 12, "news/story.txt": 15})
    assert cli("extract", "news/a.txt.json", cwd=tmp_path).code == 0  # claims/a.txt.json
    _write(tmp_path, {"news/a.txt": 17})  # takes the name a.txt
    write = factcheck.ledger.write_atomic
    written: list[Path] = []

    def stopped_after_one(path: Path, text: str) -> None:
        if written:
            raise KeyboardInterrupt
        written.append(path)
        write(path, text)

    monkeypatch.setattr(factcheck.ledger, "write_atomic", stopped_after_one)
    assert cli("extract", "news").code == 130
    assert "news/a.txt.json/a.txt" in _recorded(tmp_path / "claims").values(), "never lost"
    monkeypatch.setattr(factcheck.ledger, "write_atomic", write)
    assert cli("extract", "news", "--prune").code == 0
    recorded = _recorded(tmp_path / "claims")
    assert sorted(recorded.values()) == ["news/a.txt", "news/a.txt.json/a.txt", "news/story.txt"]
    assert "stale" not in cli("check", "news", "--check-ledger").stderr


def _case_twins(claims: Path) -> list[str]:
    """Paths under ``claims`` that differ from another only in case."""
    seen: dict[str, str] = {}
    twins = []
    for path in sorted(p.relative_to(claims).as_posix() for p in claims.rglob("*")):
        if seen.setdefault(path.casefold(), path) != path:
            twins.append(path)
    return twins


def _stopped_anywhere_nothing_is_lost(tmp_path: Path, cli, monkeypatch, args: list[str], writes: int) -> None:
    """``extract ARGS`` stopped (KeyboardInterrupt) after each of its first ``writes`` writes, from
    the same ledger each time, keeps every entry; run to the end with --prune, it leaves nothing stale."""
    claims = tmp_path / "claims"
    before = set(_recorded(claims).values())
    saved = {p: p.read_bytes() for p in claims.rglob("*.json") if p.is_file()}
    write = factcheck.ledger.write_atomic
    for stop in range(1, writes + 1):
        for extra in {p for p in claims.rglob("*.json") if p.is_file()} - set(saved):
            extra.unlink()
        for path, data in saved.items():
            path.write_bytes(data)
        written: list[Path] = []

        def stopped(path: Path, text: str, written: list[Path] = written, stop: int = stop) -> None:
            if len(written) == stop:
                raise KeyboardInterrupt
            written.append(path)
            write(path, text)

        monkeypatch.setattr(factcheck.ledger, "write_atomic", stopped)
        cli("extract", *args)
        assert before <= set(_recorded(claims).values()), f"an entry lost, stopped after {stop}"
    monkeypatch.setattr(factcheck.ledger, "write_atomic", write)
    assert cli("extract", *args, "--prune").code == 0
    assert "stale" not in cli("check", *args, "--check-ledger").stderr
    assert _case_twins(claims) == []


def test_moves_of_two_chains_are_written_each_after_the_entry_leaving_its_file(
    tmp_path: Path, cli, monkeypatch
) -> None:
    _write(tmp_path, {"O/a.txt": 1, "top/news/a.txt": 2, "Q/top/news/a.txt": 3})
    for folder in ("O", "top", "Q"):
        assert cli("extract", folder, cwd=tmp_path).code == 0
    _write(tmp_path, {"P/top/news/a.txt": 4, "Y/news/a.txt": 5})
    _stopped_anywhere_nothing_is_lost(tmp_path, cli, monkeypatch, ["Y", "top/news", "Q", "P"], writes=5)


def test_a_folder_of_another_case_is_the_same_folder(tmp_path: Path, cli) -> None:
    _write(tmp_path, {"P/B/a.txt": 3, "Q/b/a.txt": 4})
    assert cli("extract", "P", cwd=tmp_path).code == 0  # claims/B/a.txt.json
    assert cli("extract", "Q").code == 0  # not claims/b/a.txt.json: P's entry there on macOS
    assert _recorded(tmp_path / "claims") == {"B/a.txt.json": "P/B/a.txt", "Q/b/a.txt.json": "Q/b/a.txt"}
    assert _case_twins(tmp_path / "claims") == []


def test_a_folder_named_like_a_ledger_file_inside_the_folder_extracted(tmp_path: Path, cli) -> None:
    _write(tmp_path, {"news/a.txt": 3, "news/a.txt.json/b.txt": 4})
    run = cli("extract", ".", cwd=tmp_path / "news")  # a.txt's own file and its path's are b.txt's folder
    assert run.code == 0, run.stderr
    assert _recorded(tmp_path / "news" / "claims") == {
        "a.txt.json/b.txt.json": "a.txt.json/b.txt",
        "a.txt~2.json": "a.txt",
    }


def test_an_entry_whose_files_under_its_names_are_blocked_moves_to_its_name_without_folders(
    tmp_path: Path, cli
) -> None:
    _write(tmp_path, {"a.txt": 1, "news/a.txt": 4, "news/a.txt.json/story.txt": 2, "News/story.txt": 3})
    for path in ("a.txt", "news/a.txt", "news/a.txt.json/story.txt"):
        assert cli("extract", path, cwd=tmp_path).code == 0
    paths = ["news/a.txt.json/story.txt", "News/story.txt"]  # the first is a.txt.json/story.txt now
    run = cli("extract", *paths)
    assert run.code == 0, run.stderr
    recorded = _recorded(tmp_path / "claims")
    assert recorded["a.txt.json~story.txt.json"] == "news/a.txt.json/story.txt", "claims/a.txt.json is a file"
    assert recorded["story.txt.json"] == "News/story.txt" and _case_twins(tmp_path / "claims") == []
    assert "stale" not in cli("check", *paths, "--check-ledger").stderr


def test_an_entry_with_nowhere_to_move_stays_and_the_newcomer_looks_on(tmp_path: Path, cli, monkeypatch) -> None:
    _write(tmp_path, {"news/story.txt": 1, "0/story.txt": 2})
    assert cli("extract", "news", cwd=tmp_path).code == 0  # claims/story.txt.json
    place = factcheck.ledger._Places.file

    def all_taken_for_moves(self, k, article, *, required=True):  # (as when every candidate is taken)
        return None if not required else place(self, k, article, required=required)

    monkeypatch.setattr(factcheck.ledger._Places, "file", all_taken_for_moves)
    assert cli("extract", "news", "0").code == 0  # 0/story.txt is story.txt now
    assert _recorded(tmp_path / "claims") == {"story.txt.json": "news/story.txt", "0/story.txt.json": "0/story.txt"}


def test_two_moves_never_swap_files_so_an_interrupt_loses_nothing(tmp_path: Path, cli, monkeypatch) -> None:
    _write(tmp_path, {"d/b.txt": 1, "a/r/q/b.txt": 2, "r/q/b.txt": 3})
    for folder in ("d", "a", "r"):
        assert cli("extract", folder, cwd=tmp_path).code == 0
    _write(tmp_path, {"nn/r/q/b.txt": 14})
    _stopped_anywhere_nothing_is_lost(tmp_path, cli, monkeypatch, ["a/r", "r/q", "nn"], writes=4)


def test_folders_given_out_in_one_run_are_one_whatever_their_case(tmp_path: Path, cli) -> None:
    _write(tmp_path, {"A/x.txt": 11, "a/y.txt": 12})
    assert cli("extract", ".", cwd=tmp_path).code == 0
    assert _recorded(tmp_path / "claims") == {"A/x.txt.json": "A/x.txt", "A/y.txt.json": "a/y.txt"}
    assert _case_twins(tmp_path / "claims") == []


def test_an_article_under_a_folder_named_like_an_entrys_file_goes_by_its_name_without_folders(
    tmp_path: Path, cli
) -> None:
    _write(tmp_path, {"a.txt": 11, "a.txt.json/b.txt": 12})
    assert cli("extract", "a.txt", cwd=tmp_path).code == 0  # claims/a.txt.json: a file where b.txt needs a folder
    run = cli("extract", ".")
    assert run.code == 0, run.stderr
    assert _recorded(tmp_path / "claims") == {"a.txt.json": "a.txt", "a.txt.json~b.txt.json": "a.txt.json/b.txt"}
    assert "stale" not in cli("check", ".", "--check-ledger").stderr


def _with_case_twin(tmp_path: Path, cli, kept: str, twin: str) -> Path:
    """Extract the folders of ``kept`` and ``twin`` (``p/B.txt``, ``q/b.txt``), then move the
    twin's entry beside the kept one's (``claims/b.txt.json`` by ``claims/B.txt.json``), as a
    Linux checkout may hold; returns the ledger folder."""
    _write(tmp_path, {kept: 1, twin: 2})
    for path in (kept, twin):
        assert cli("extract", str(Path(path).parent), cwd=tmp_path).code == 0
    claims = tmp_path / "claims"
    moved = claims / Path(twin).parent.name / (Path(twin).name + ".json")
    moved.rename(claims / moved.name)
    moved.parent.rmdir()
    return claims


def test_a_name_is_taken_when_any_of_its_case_twins_holds_a_live_entry(tmp_path: Path, cli) -> None:
    claims = _with_case_twin(tmp_path, cli, "p/B.txt", "q/b.txt")
    (tmp_path / "q" / "b.txt").unlink()  # and the entry of b.txt.json an orphan
    theirs = (claims / "B.txt.json").read_bytes()
    _write(tmp_path, {"r/b.txt": 9})
    assert cli("extract", "r").code == 0
    assert (claims / "B.txt.json").read_bytes() == theirs and _recorded(claims)["r/b.txt.json"] == "r/b.txt"


def test_a_linked_folder_in_the_ledger_is_never_written_through(tmp_path: Path, cli) -> None:
    _write(tmp_path, {"corpus/news/a.txt": 1, "corpus/b.txt": 2})
    (tmp_path / "claims").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "claims" / "news").symlink_to(tmp_path / "outside")
    assert cli("extract", "corpus", cwd=tmp_path).code == 0
    assert not list((tmp_path / "outside").iterdir())
    assert _recorded(tmp_path / "claims")["corpus/news/a.txt.json"] == "corpus/news/a.txt"
    assert "stale" not in cli("check", "corpus", "--check-ledger").stderr


def test_a_path_taken_too_goes_without_folders(tmp_path: Path, cli) -> None:
    _write(tmp_path, {"B/a.txt": 1, "X/A/a.txt": 2, "A/a.txt": 3})
    for folder in ("B", "X"):  # claims/a.txt.json, claims/A/a.txt.json
        assert cli("extract", folder, cwd=tmp_path).code == 0
    assert cli("extract", "A").code == 0
    assert _recorded(tmp_path / "claims")["A~a.txt.json"] == "A/a.txt"


def test_no_entry_moves_out_of_a_file_a_live_case_twin_keeps_taken(tmp_path: Path, cli) -> None:
    claims = _with_case_twin(tmp_path, cli, "s/r/x.txt", "q/X.txt")  # claims/x.txt.json, claims/X.txt.json
    _write(tmp_path, {"s/x.txt": 3})
    assert cli("extract", "s").code == 0
    assert "stale" not in cli("check", "s", "--check-ledger").stderr
    assert _recorded(claims)["X.txt.json"] == "q/X.txt"


def test_case_twins_that_both_move_leave_no_duplicate(tmp_path: Path, cli) -> None:
    claims = _with_case_twin(tmp_path, cli, "p/b.txt", "q/B.txt")
    _write(tmp_path, {"b.txt": 3})
    assert cli("extract", "p", "q", "b.txt").code == 0
    run = cli("check", "p", "q", "b.txt", "--check-ledger")
    assert "stale" not in run.stderr and "duplicate" not in run.stderr
    assert sorted(_recorded(claims).values()) == ["b.txt", "p/b.txt", "q/B.txt"] and _case_twins(claims) == []


def test_a_fallback_name_too_long_for_a_file_system_is_skipped(tmp_path: Path, cli) -> None:
    deep = f"corp/{'d' * 120}/{'e' * 120}"
    _write(tmp_path, {"B/a.txt": 1, f"{deep}/a.txt": 2})
    assert cli("extract", "B", cwd=tmp_path).code == 0
    (tmp_path / "claims" / "corp").write_text("x", encoding="utf-8")  # blocks the path's file
    assert cli("extract", deep).code == 0
    assert _recorded(tmp_path / "claims")["a.txt~2.json"] == f"{deep}/a.txt"


def test_a_file_a_link_in_the_ledger_leads_to_is_never_taken(tmp_path: Path, cli) -> None:
    _write(tmp_path, {"B/w.txt": 1, "A/w.txt": 2})
    assert cli("extract", "B", cwd=tmp_path).code == 0  # claims/w.txt.json
    claims = tmp_path / "claims"
    (claims / "v.txt.json").symlink_to("w.txt.json")  # read first: w.txt.json is B's second entry
    theirs = (claims / "w.txt.json").read_bytes()
    assert cli("extract", "A").code == 0
    assert (claims / "w.txt.json").read_bytes() == theirs and _recorded(claims)["A/w.txt.json"] == "A/w.txt"


def test_a_fallback_name_whose_temporary_file_would_be_too_long_is_skipped(tmp_path: Path, cli) -> None:
    deep = f"corp/{'d' * 120}/{'e' * 111}"  # its name without folders: 248 bytes, its temporary file's 262
    _write(tmp_path, {"B/a.txt": 1, f"{deep}/a.txt": 2})
    assert cli("extract", "B", cwd=tmp_path).code == 0
    (tmp_path / "claims" / "corp").write_text("x", encoding="utf-8")
    assert cli("extract", deep).code == 0
    assert _recorded(tmp_path / "claims")["a.txt~2.json"] == f"{deep}/a.txt"


def test_an_entry_whose_own_name_and_path_are_another_folders_goes_by_its_name_without_folders(
    tmp_path: Path, cli
) -> None:
    for folder, count in (("news", 12), ("0", 15), ("top/news", 17)):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "story.txt").write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    assert cli("extract", "news", cwd=tmp_path).code == 0
    assert cli("extract", "top").code == 0  # its news/story.txt has claims/news/story.txt.json
    theirs = (tmp_path / "claims" / "news" / "story.txt.json").read_bytes()
    run = cli("extract", "news", "0")  # news/story.txt's own file and its path's are top's
    assert run.code == 0, run.stderr
    assert run.stderr.index("wrote claims/news~story.txt.json") < run.stderr.index("wrote claims/story.txt.json")
    assert (tmp_path / "claims" / "news" / "story.txt.json").read_bytes() == theirs, "never overwritten"
    for paths in (["news", "0"], ["top"]):
        assert "stale" not in cli("check", *paths, "--check-ledger").stderr, paths


def test_corrupt_ledger_file_check_fails_clearly_and_leaves_it(project: Path, cli) -> None:
    assert cli("extract", "corpus").code == 0
    bad = project / "claims" / f"{WIRE}.json"
    bad.write_text('{"schema": "factcheck.claims/1", ', encoding="utf-8")
    run = cli("check", "corpus")
    assert run.code == 2
    assert run.stderr.startswith(f"error: claims/{WIRE}.json: corrupt ledger file (invalid JSON at line 1")
    assert "hint: run `factcheck extract` to rewrite it" in run.stderr
    assert "Traceback" not in run.stderr
    assert bad.read_text(encoding="utf-8") == '{"schema": "factcheck.claims/1", '
    run = cli("extract", "corpus")
    assert run.code == 0
    assert f"warning: claims/{WIRE}.json: corrupt ledger file" in run.stderr and "rewritten" in run.stderr
    assert json.loads(bad.read_text(encoding="utf-8"))["article"] == WIRE
    assert cli("check", "corpus", "--check-ledger", "--fail-on", "none").code == 0


def test_a_corrupt_claim_makes_its_entry_outdated_and_extract_mends_it(project: Path, cli) -> None:
    """O1 of issue 21: a hand-edited claim no longer matches the entry's digest: check extracts the
    article afresh and says the entry is outdated; extract rewrites it (no --force needed)."""
    assert cli("extract", "corpus").code == 0
    path = project / "claims" / f"{WIRE}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["claims"][0]["value"] = "many"
    path.write_text(json.dumps(data), encoding="utf-8")
    run = cli("check", "corpus", "--check-ledger", "--fail-on", "none")
    assert run.code == 1
    assert f"stale: claims/{WIRE}.json: outdated (the file does not match its digest" in run.stderr
    run = cli("extract", "corpus")
    assert run.code == 0 and f"wrote claims/{WIRE}.json" in run.stderr
    assert cli("check", "corpus", "--check-ledger", "--fail-on", "none").code == 0


def test_a_json_file_without_a_ledger_header_is_not_a_ledger_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt.json").write_text('{"claims": []}', encoding="utf-8")
    (tmp_path / "b.txt.json").write_text('{"schema": "factcheck.claims/2", "claims": []}', encoding="utf-8")
    with pytest.raises(FactcheckError, match=r"b\.txt\.json: corrupt ledger file \(no 'extractor'\)"):
        Ledger.open(tmp_path, settings_digest(None))
    ledger = Ledger.open(tmp_path, settings_digest(None), strict=False)
    assert list(ledger.corrupt) == [tmp_path / "b.txt.json"]
    assert ledger.foreign == {tmp_path / "a.txt.json"}


# --- Atomic writes -----------------------------------------------------------------------------------


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "a.json"
    write_atomic(target, "one\n")
    write_atomic(target, "two\n")
    assert target.read_text(encoding="utf-8") == "two\n"
    assert [p.name for p in target.parent.iterdir()] == ["a.json"]


def test_write_atomic_failure_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "a.json"
    target.write_text("old\n", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "new and much longer\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_write_atomic_failure_in_rename_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "a.json"
    target.write_text("old\n", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_extract_write_failure_is_a_one_line_error(project: Path, cli, monkeypatch) -> None:
    def broken_replace(src, dst):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", broken_replace)
    run = cli("extract", "corpus")
    assert run.code == 2
    assert run.stderr.startswith("error: claims/") and "cannot write (Permission denied)" in run.stderr
    assert not any((project / "claims").rglob("*.tmp"))


def test_two_files_recording_one_article_by_odd_paths_are_one_entry_and_a_duplicate(project: Path) -> None:
    """A hand-edited ledger may spell an article's path through a missing folder and '..' (read
    as text, as realpath does), and the article may be a symbolic link: both files still name
    that one article, the second is reported as a duplicate (and nothing fails)."""
    extract([project / "corpus"], project / "claims")
    (project / "corpus" / "link.txt").symlink_to(WIRE)
    first = project / "claims" / f"{WIRE}.json"
    data = json.loads(first.read_text(encoding="utf-8"))
    for name, path in (("a.json", "corpus/missing/../link.txt"), ("b.json", "corpus/./link.txt")):
        (project / "claims" / name).write_text(sealed({**data, "path": path}), encoding="utf-8")
    first.unlink()
    ledger = Ledger.open(project / "claims", data["settings"])
    articles = check([project / "corpus"]).articles
    target = (project / "corpus" / WIRE).resolve()
    assert ledger.entries[target].file.name == "a.json"
    assert [e.file.name for e in ledger.duplicates] == ["b.json"]
    issues = ledger.issues(articles, [project / "corpus"])
    assert [(Path(i.path).name, i.state) for i in issues] == [("b.json", LedgerState.DUPLICATE)]
    assert "a.json records the same article" in issues[0].reason


def test_a_ledger_file_of_another_folders_article_is_never_overwritten(tmp_path: Path, cli) -> None:
    for folder, count in (("A", 12), ("B", 15)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    assert cli("extract", "B", cwd=tmp_path).code == 0
    before = (tmp_path / "claims" / "story.txt.json").read_bytes()
    run = cli("extract", "A")  # A's story.txt goes by its path: claims/A/story.txt.json
    assert run.code == 0 and "wrote claims/A/story.txt.json" in run.stderr
    assert (tmp_path / "claims" / "story.txt.json").read_bytes() == before
    for folder in ("A", "B"):
        run = cli("check", folder, "--check-ledger")
        assert "stale" not in run.stderr and "missing" not in run.stderr, folder
    assert cli("extract", "A").stderr.strip().endswith("0 written, 1 unchanged")
    (tmp_path / "B" / "story.txt").unlink()  # an orphan's file may be taken
    shutil.rmtree(tmp_path / "claims" / "A")
    assert cli("extract", "A").code == 0
    assert json.loads((tmp_path / "claims" / "story.txt.json").read_text(encoding="utf-8"))["path"] == "A/story.txt"


def test_an_article_whose_ledger_file_would_be_a_folder_goes_by_its_path(tmp_path: Path, cli) -> None:
    for name, count in (("news/a.txt", 12), ("news/a.txt.json/b.txt", 15)):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    run = cli("extract", "news", cwd=tmp_path)  # a.txt's own file is b.txt's folder: claims/a.txt.json/b.txt.json
    assert run.code == 0, run.stderr
    claims = tmp_path / "claims"
    files = sorted(f.relative_to(claims).as_posix() for f in claims.rglob("*.json") if f.is_file())
    assert files == ["a.txt.json/b.txt.json", "news/a.txt.json"], "a.txt goes by its path"
    assert cli("extract", "news").stderr.strip().endswith("0 written, 2 unchanged")
    assert "stale" not in cli("check", "news", "--check-ledger").stderr


def test_an_article_named_alone_beside_one_of_its_name_goes_by_its_path(tmp_path: Path, cli) -> None:
    for name, count in (("news/a.txt", 12), ("news/b.txt", 15)):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Officials said {count} people were hurt.\n", encoding="utf-8")
    assert cli("extract", "news", cwd=tmp_path).code == 0
    (tmp_path / "news" / "x").mkdir()
    (tmp_path / "news" / "x" / "a.txt").write_text("Officials said 17 people were hurt.\n", encoding="utf-8")
    run = cli("check", "news/x/a.txt", "--check-ledger")
    assert "run `factcheck extract news/x/a.txt`" in run.stderr
    run = cli("extract", "news/x/a.txt")  # as check says
    assert run.code == 0 and "wrote claims/news/x/a.txt.json" in run.stderr, run.stderr
    for paths in (["news/x/a.txt"], ["news"]):
        assert "stale" not in cli("check", *paths, "--check-ledger").stderr, paths


def test_an_entry_of_the_previous_schema_is_outdated_never_decoded(project: Path, cli) -> None:
    """A ``factcheck.claims/3`` entry (names, modifiers, people and titles as markers in
    ``context``, no typed fields) is extracted afresh by check and rewritten by extract."""
    assert cli("extract", "corpus").code == 0
    fresh = check(["corpus"], Options(ledger=Path("claims")))
    file = project / "claims" / f"{WIRE}.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    typed = ("names", "modifiers", "people", "title", "title_form")
    for claim in data["claims"]:
        claim["context"] += ["@" + w for w in claim["names"]] + ["+" + w for w in claim["modifiers"]]
        for name in typed:
            del claim[name]
    data["schema"] = "factcheck.claims/3"
    file.write_text(sealed(data), encoding="utf-8")
    report = check(["corpus"], Options(ledger=Path("claims")))
    assert [(i.path, i.state) for i in report.ledger] == [(f"claims/{WIRE}.json", LedgerState.OUTDATED)]
    assert "ledger schema 'factcheck.claims/3'" in report.ledger[0].reason
    assert report.claims == fresh.claims and report.findings == fresh.findings
    assert cli("extract", "corpus").code == 0
    assert json.loads(file.read_text(encoding="utf-8"))["schema"] == SCHEMA == "factcheck.claims/4"
    assert all(set(typed) <= set(c) for c in json.loads(file.read_text(encoding="utf-8"))["claims"])
    assert check(["corpus"], Options(ledger=Path("claims"))).ledger == ()
