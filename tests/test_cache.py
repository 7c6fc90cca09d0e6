"""The result cache: a check of unchanged inputs loads the last result (identical to judging afresh);
any change to an input that may change the result judges afresh; a broken cache is a miss."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import factcheck.api as api
from factcheck import cache
from factcheck.api import Options, check, extract
from factcheck.models import ClaimKind
from factcheck.report import Format, render

GOLDEN_CORPUS = Path(__file__).parent / "data" / "golden" / "corpus"
WIRE = "wire-2024-03-05-storm-grid.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    shutil.copytree(GOLDEN_CORPUS, tmp_path / "corpus")
    extract([tmp_path / "corpus"], tmp_path / "claims")
    return tmp_path / "corpus"


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the runs that judged afresh (missed the cache)."""
    calls: list[int] = []
    real = api._compute

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "_compute", counting)
    return calls


def _options(corpus: Path, folder: Path, **kw) -> Options:
    return Options(ledger=corpus.parent / "claims", cache=folder, **kw)


def test_an_unchanged_corpus_loads_the_same_report(corpus: Path, tmp_path: Path, computed: list[int]) -> None:
    options = _options(corpus, tmp_path / "cache")
    first = check([corpus], options)
    second = check([corpus], options)
    assert len(computed) == 1, "the second check loads the cached result"
    assert second.findings == first.findings and second.claims == first.claims
    assert second.stories == first.stories and second.ledger == first.ledger
    assert render(second, Format.JSON) == render(first, Format.JSON)
    assert render(check([corpus], Options(ledger=options.ledger)), Format.JSON) == render(first, Format.JSON)
    assert len(computed) == 2, "without a cache folder every check judges"


def _edit_article(corpus: Path) -> None:
    with (corpus / WIRE).open("a", encoding="utf-8") as f:
        f.write("\nThe operator said that 41 crews were working on the lines.\n")


def _edit_metadata(corpus: Path) -> None:
    sources = corpus / "sources.toml"
    sources.write_text(sources.read_text(encoding="utf-8").replace("2024-03-05", "2024-03-04"), encoding="utf-8")


def _edit_ledger(corpus: Path) -> None:
    entry = corpus.parent / "claims" / f"{WIRE}.json"
    entry.write_text(entry.read_text(encoding="utf-8") + "\n", encoding="utf-8")


def _add_article(corpus: Path) -> None:
    (corpus / "extra-2024-03-07.txt").write_text(
        "Officials said that 12 substations were repaired.\n", encoding="utf-8"
    )


@pytest.mark.parametrize("edit", [_edit_article, _edit_metadata, _edit_ledger, _add_article])
def test_a_changed_input_is_judged_afresh(edit, corpus: Path, tmp_path: Path, computed: list[int]) -> None:
    options = _options(corpus, tmp_path / "cache")
    check([corpus], options)
    edit(corpus)
    after = check([corpus], options)
    assert len(computed) == 2
    fresh = check([corpus], replace(options, cache=None))
    assert render(after, Format.JSON) == render(fresh, Format.JSON)


@pytest.mark.parametrize(
    "change",
    [
        {"disabled_kinds": frozenset({ClaimKind.DATE})},
        {"tolerances": {"relative": 0.2}},
        {"aliases": {"Grid Co": "The Grid Company"}},
    ],
)
def test_changed_settings_are_judged_afresh(change, corpus: Path, tmp_path: Path, computed: list[int]) -> None:
    options = _options(corpus, tmp_path / "cache")
    check([corpus], options)
    other = check([corpus], replace(options, **change))
    assert len(computed) == 2
    if "disabled_kinds" in change:
        assert not [c for c in other.claims if c.kind is ClaimKind.DATE]


def test_a_new_version_of_factcheck_is_judged_afresh(
    corpus: Path, tmp_path: Path, computed: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    options = _options(corpus, tmp_path / "cache")
    check([corpus], options)
    monkeypatch.setattr(cache, "_code_digest", lambda: "another factcheck")
    check([corpus], options)
    assert len(computed) == 2


def test_a_broken_cache_file_is_a_miss_and_is_replaced(corpus: Path, tmp_path: Path, computed: list[int]) -> None:
    folder = tmp_path / "cache"
    options = _options(corpus, folder)
    first = check([corpus], options)
    (file,) = folder.glob("*" + cache.SUFFIX)
    for garbage in (b"", b"not a pickle", file.read_bytes()[:100]):
        file.write_bytes(garbage)
        again = check([corpus], options)
        assert again.findings == first.findings
    assert len(computed) == 4
    check([corpus], options)
    assert len(computed) == 4, "the last miss stored a readable result again"


def test_a_result_file_others_can_write_is_never_loaded(corpus: Path, tmp_path: Path, computed: list[int]) -> None:
    folder = tmp_path / "cache"
    options = _options(corpus, folder)
    check([corpus], options)
    (file,) = folder.glob("*" + cache.SUFFIX)
    file.chmod(0o666)
    check([corpus], options)
    assert len(computed) == 2, "a file anyone may have written is a miss"
    check([corpus], options)
    assert len(computed) == 2, "and is replaced by a private one"
    assert file.stat().st_mode & 0o777 == 0o600


def test_an_unwritable_cache_does_not_fail_the_check(corpus: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    report = check([corpus], _options(corpus, blocked / "cache"))
    assert report.findings


def test_each_corpus_has_one_file(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    options = _options(corpus, folder)
    check([corpus], options)
    _edit_article(corpus)
    check([corpus], options)
    assert len(list(folder.glob("*" + cache.SUFFIX))) == 1, "the corpus's file was replaced"
    check([corpus / WIRE], options)
    assert len(list(folder.glob("*" + cache.SUFFIX))) == 2
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def _name(i: int | str) -> str:
    """A result file's name (32 hex digits), numbered."""
    return f"{str(i).rjust(32, '0')}{cache.SUFFIX}"


def test_the_least_recently_used_files_are_evicted(tmp_path: Path) -> None:
    names = [_name(i) for i in range(cache.MAX_FILES + 3)]
    for i, name in enumerate(names):
        f = tmp_path / name
        f.write_bytes(b"x")
        os.utime(f, ns=(i * 10**9, i * 10**9))
    cache._evict(tmp_path, keep=tmp_path / _name(0))
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert len(kept) == cache.MAX_FILES
    assert _name(0) in kept, "the file just written is never evicted"
    assert [_name(i) for i in (1, 2, 3)] == sorted(set(names) - set(kept))


def test_temporary_files_left_by_a_killed_run_are_deleted_once_stale(tmp_path: Path) -> None:
    import time

    old, fresh = tmp_path / f".{_name(1)}.a1b2_c3d.tmp", tmp_path / f".{_name(2)}.x9y8z7w6.tmp"
    for f in (old, fresh):
        f.write_bytes(b"half a pickle")
    hour_ago = time.time() - cache.STALE_TMP - 60
    os.utime(old, (hour_ago, hour_ago))
    (tmp_path / ".notes").write_text("not ours")
    cache._evict(tmp_path, keep=tmp_path / _name(0))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".notes", fresh.name])


def test_files_that_are_not_factchecks_are_never_deleted(tmp_path: Path) -> None:
    """FACTCHECK_CACHE_DIR may name a folder the user shares with other programs."""
    import time

    hour_ago = time.time() - cache.STALE_TMP - 60
    theirs = [
        "mydata.pickle",
        ".other.tmp",
        ".abc.pickle.tmp",
        f"{'f' * 31}{cache.SUFFIX}",
        f"{'F' * 32}{cache.SUFFIX}",
    ]
    for i, name in enumerate(theirs):
        (tmp_path / name).write_bytes(b"x" * 1000)
        os.utime(tmp_path / name, (hour_ago - i, hour_ago - i))
    (tmp_path / _name(0)).write_bytes(b"x")
    cache._evict(tmp_path, keep=tmp_path / _name(0), limit=1, max_bytes=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*theirs, _name(0)])


def test_the_cache_stays_under_its_size(tmp_path: Path) -> None:
    for i, size in enumerate([400, 300, 200, 100]):  # oldest first
        f = tmp_path / _name(i)
        f.write_bytes(b"x" * size)
        os.utime(f, ns=(i * 10**9, i * 10**9))
    new = tmp_path / _name("a")
    new.write_bytes(b"x" * 250)
    cache._evict(tmp_path, keep=new, max_bytes=600)
    assert sorted(p.name for p in tmp_path.iterdir()) == [_name(2), _name(3), new.name], (
        "250 + 100 + 200 <= 600 < 250 + 100 + 200 + 300"
    )
    cache._evict(tmp_path, keep=new, max_bytes=10)
    assert [p.name for p in tmp_path.iterdir()] == [new.name], "the result just stored is kept whatever its size"


def test_default_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.default_folder() == tmp_path / "xdg" / "factcheck"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.default_folder() == tmp_path / "mine"
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    assert cache.default_folder() is None
    monkeypatch.delenv("FACTCHECK_NO_CACHE")
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # no home folder
    assert cache.default_folder() is None, "never a cache folder relative to where the check runs"
    monkeypatch.undo()
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "mine"))
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    assert cache.default_folder() is None
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "0")
    assert cache.default_folder() == tmp_path / "mine"


def test_the_cli_caches_outside_the_corpus_and_no_cache_skips_it(
    corpus: Path, cli, _own_result_cache: Path, computed: list[int]
) -> None:
    before = sorted(p.relative_to(corpus.parent) for p in corpus.parent.rglob("*"))
    first = cli("check", "corpus", cwd=corpus.parent)
    second = cli("check", "corpus", cwd=corpus.parent)
    assert len(computed) == 1
    assert (first.code, first.stdout) == (second.code, second.stdout)
    assert sorted(p.relative_to(corpus.parent) for p in corpus.parent.rglob("*")) == before
    assert len(list(_own_result_cache.glob("*" + cache.SUFFIX))) == 1
    assert cli("check", "corpus", "--no-cache", cwd=corpus.parent).stdout == first.stdout
    assert len(computed) == 2


def test_the_cache_folder_is_private(corpus: Path, tmp_path: Path) -> None:
    check([corpus], _options(corpus, tmp_path / "new" / "cache"))
    assert (tmp_path / "new" / "cache").stat().st_mode & 0o777 == 0o700


def test_reviews_apply_to_a_cached_result(corpus: Path, cli, computed: list[int]) -> None:
    assert cli("check", "corpus", cwd=corpus.parent).code == 1, "the golden corpus has conflicts"
    failing = check([corpus], Options(ledger=corpus.parent / "claims")).failing()
    assert failing
    for finding in failing:
        assert cli("review", finding.id, "corpus", "--note", "checked by hand", cwd=corpus.parent).code == 0
    assert cli("check", "corpus", cwd=corpus.parent).code == 0
    assert len(computed) == 2, "the CLI judged once (check, then review and check from the cache)"


def test_a_result_depends_on_the_files_it_looked_up(corpus: Path, tmp_path: Path, computed: list[int]) -> None:
    """An article the ledger records but that was not loaded (emptied: skipped) is orphaned only
    once it is gone: deleting it changes the result although no loaded input changed."""
    options = _options(corpus, tmp_path / "cache")
    (corpus / WIRE).write_text("", encoding="utf-8")
    first = check([corpus], options)
    assert not [i for i in first.ledger if i.state.value == "orphaned"]
    (corpus / WIRE).unlink()
    second = check([corpus], options)
    assert len(computed) == 2
    assert [i.article for i in second.ledger if i.state.value == "orphaned"] == [WIRE]


def _stale(report) -> list[tuple[str, str]]:
    return sorted((i.article, i.state.value) for i in report.ledger)


def test_a_result_depends_on_where_a_linked_article_leads(corpus: Path, tmp_path: Path, computed: list[int]) -> None:
    """An article that is a symbolic link, pointed at an identical copy elsewhere: same name, same
    bytes, but the ledger recorded the file it led to before, so its entry is now missing. (The
    copies are in hidden folders of the corpus: a link leading out of the paths checked is skipped.)"""
    stores = [corpus / ".store1", corpus / ".store2"]
    for store in stores:
        store.mkdir()
        shutil.copy(corpus / WIRE, store / WIRE)
    (corpus / WIRE).unlink()
    (corpus / WIRE).symlink_to(stores[0] / WIRE)
    shutil.rmtree(corpus.parent / "claims")
    extract([corpus], corpus.parent / "claims")  # records the file the link leads to
    options = _options(corpus, tmp_path / "cache")
    assert _stale(check([corpus], options)) == []
    (corpus / WIRE).unlink()
    (corpus / WIRE).symlink_to(stores[1] / WIRE)
    after = check([corpus], options)
    assert len(computed) == 2, "judged afresh"
    assert _stale(after) == _stale(check([corpus], replace(options, cache=None))) == [(WIRE, "missing")]


def test_a_result_depends_on_where_a_recorded_article_leads(corpus: Path, tmp_path: Path, computed: list[int]) -> None:
    """A file outside the corpus that the ledger records becomes a link to one of the corpus's
    articles: its entry now records that article too (a duplicate), though no byte changed."""
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(corpus / WIRE, other / "ghost.txt")
    extract([other / "ghost.txt"], corpus.parent / "claims")
    options = _options(corpus, tmp_path / "cache")
    assert _stale(check([corpus], options)) == []
    (other / "ghost.txt").unlink()
    (other / "ghost.txt").symlink_to(corpus / WIRE)
    after = check([corpus], options)
    assert len(computed) == 2, "judged afresh"
    assert _stale(after) == _stale(check([corpus], replace(options, cache=None)))
    assert (WIRE, "duplicate") in _stale(after) or ("ghost.txt", "duplicate") in _stale(after)


def test_the_ledger_path_as_typed_is_part_of_the_key(
    corpus: Path, tmp_path: Path, computed: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ledger issues name the ledger's files the way the folder was given."""
    monkeypatch.chdir(tmp_path)
    _add_article(corpus)  # not in the ledger: a stale entry to report
    relative = check([Path("corpus")], Options(ledger=Path("claims"), cache=tmp_path / "cache"))
    absolute = check([Path("corpus")], Options(ledger=tmp_path / "claims", cache=tmp_path / "cache"))
    assert len(computed) == 2
    assert [i.path for i in relative.ledger] == ["claims/extra-2024-03-07.txt.json"]
    assert [i.path for i in absolute.ledger] == [str(tmp_path / "claims" / "extra-2024-03-07.txt.json")]


def test_a_ledger_changed_while_the_check_ran_is_not_cached(
    corpus: Path, tmp_path: Path, computed: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key hashes the ledger before the check reads it: when the files differ by then (an
    extract running meanwhile), the result is not stored under the old files' key."""
    real = api._compute

    def ledger_rewritten_first(*args, **kwargs):
        _edit_ledger(corpus)
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "_compute", ledger_rewritten_first)
    check([corpus], _options(corpus, tmp_path / "cache"))
    assert not list((tmp_path / "cache").glob("*" + cache.SUFFIX))


def test_a_ledger_file_added_while_the_check_ran_is_not_cached(
    corpus: Path, tmp_path: Path, computed: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A result computed from other ledger files than the key's is not stored under that key."""
    real = api._compute
    entry = corpus.parent / "claims" / f"{WIRE}.json"

    def ledger_grown_first(*args, **kwargs):
        shutil.copy(entry, entry.parent / "a-copy.json")  # read by the check, not by the key
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "_compute", ledger_grown_first)
    check([corpus], _options(corpus, tmp_path / "cache"))
    assert not list((tmp_path / "cache").glob("*" + cache.SUFFIX))


def test_a_cache_folder_others_may_enter_is_never_read(corpus: Path, tmp_path: Path, computed: list[int]) -> None:
    """A folder checked out from a repository (mode 755) could hold anyone's results."""
    folder = tmp_path / "cache"
    options = _options(corpus, folder)
    check([corpus], options)
    folder.chmod(0o755)
    stored = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    check([corpus], options)
    assert len(computed) == 2
    assert folder.stat().st_mode & 0o777 == 0o755, "a folder open to others is never made private"
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == stored, "nor written"
    folder.chmod(0o700)
    check([corpus], options)
    assert len(computed) == 2, "made private by its user, it is read again"


def test_a_cache_folder_open_to_others_is_said_to_turn_the_cache_off(tmp_path: Path, cli, monkeypatch) -> None:
    folder = tmp_path / "mine"
    folder.mkdir(mode=0o755)  # as mkdir makes it with the usual umask
    folder.chmod(0o755)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    note = f"note: {folder}: the result cache is off: the folder is open to others (chmod 700 {folder} to use it)"
    assert note in cli("check", "c", cwd=tmp_path).stderr.splitlines()
    assert "result cache" not in cli("check", "c", "--no-cache").stderr
    folder.chmod(0o700)
    assert "result cache" not in cli("check", "c").stderr and list(folder.glob("*" + cache.SUFFIX))


@pytest.mark.skipif(os.getuid() != 0, reason="giving a folder to another user needs root")
def test_someone_elses_cache_folder_is_never_written(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o755)
    os.chown(folder, 4321, -1)
    check([corpus], _options(corpus, folder))
    assert list(folder.iterdir()) == []
    assert folder.stat().st_mode & 0o777 == 0o755


def test_the_code_digest_covers_files_and_installed_libraries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pkg" / "data").mkdir(parents=True)
    (tmp_path / "pkg" / "judge.py").write_text("A = 1\n", encoding="utf-8")
    (tmp_path / "pkg" / "data" / "names.txt").write_text("Bob\n", encoding="utf-8")
    before = cache._files_digest(tmp_path / "pkg")
    (tmp_path / "pkg" / "judge.cpython-311.pyc").write_bytes(b"compiled")
    assert cache._files_digest(tmp_path / "pkg") == before, "bytecode is left out"
    (tmp_path / "pkg" / "data" / "names.txt").write_text("Rob\n", encoding="utf-8")
    assert cache._files_digest(tmp_path / "pkg") != before, "data files count"

    site = tmp_path / "site"
    (site / "justext-3.0.2.dist-info").mkdir(parents=True)
    (site / "README.txt").write_text("not a distribution\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [str(site), str(tmp_path / "gone"), str(tmp_path / "site" / "README.txt")])
    assert cache._installed() == [f"{site}/justext-3.0.2.dist-info"]
    cache._code_digest.cache_clear()
    try:
        ours = cache._code_digest()
        (site / "justext-3.0.2.dist-info").rename(site / "justext-3.1.0.dist-info")
        cache._code_digest.cache_clear()
        upgraded = cache._code_digest()
        assert upgraded != ours, "a library upgraded (here one that trafilatura reads HTML with)"
        (site / "legacy-1.0.egg-info").mkdir()
        cache._code_digest.cache_clear()
        assert cache._code_digest() != upgraded, "a library installed"
    finally:
        monkeypatch.undo()
        cache._code_digest.cache_clear()
