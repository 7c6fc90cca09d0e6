"""Bad input: each bad file gets a one-line warning naming it (an error and exit 2 under
--strict), and the rest of the corpus is still checked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOOD_A = "Officials said the fire destroyed 120 homes in the valley on Monday.\n"
GOOD_B = "The fire destroyed 120 homes, officials said on Monday.\n"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (corpus / "b.txt").write_text(GOOD_B, encoding="utf-8")
    return corpus


def _bad_files(corpus: Path) -> dict[str, str]:
    """Writes one bad file per case; returns file name -> words its warning must contain."""
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.md").write_text("  \n\t\n", encoding="utf-8")
    (corpus / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (corpus / "paper.md").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\n\x00\x00endobj\n")
    (corpus / "mixed.txt").write_bytes("Caf\u00e9 owners said 12 shops closed.".encode("cp1252") + b"\x81")
    (corpus / "huge.txt").touch()
    os.truncate(corpus / "huge.txt", 50 * 1024 * 1024)
    (corpus / "loop").mkdir()
    (corpus / "loop" / "again").symlink_to(corpus / "loop")
    return {
        "empty.txt": "empty",
        "blank.md": "empty",
        "picture.txt": "binary",
        "paper.md": "binary",
        "mixed.txt": "not valid UTF-8",
        "huge.txt": "too large",
        "again": "symlink loop",
    }


def test_each_bad_file_is_one_warning_and_the_rest_is_checked(tmp_path: Path, cli) -> None:
    corpus = _corpus(tmp_path)
    expected = _bad_files(corpus)
    run = cli("check", corpus, "--no-ledger", cwd=tmp_path)
    assert run.code == 0, run.stderr
    warnings = [line for line in run.stderr.splitlines() if line.startswith("warning: ")]
    for name, words in expected.items():
        mine = [w for w in warnings if f"{name}:" in w]
        assert len(mine) == 1, (name, warnings)
        assert words in mine[0]
    assert "Traceback" not in run.stderr
    assert "2 articles agree" in run.stdout or "articles agree" in run.stdout
    assert "corpus/mixed.txt" not in run.stdout or "12 shop" in run.stdout


def test_a_file_name_with_a_newline_is_one_line_of_warning(tmp_path: Path, cli) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "bad\nname.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "a.txt").write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    run = cli("check", str(corpus), "--no-ledger")
    (warning,) = [line for line in run.stderr.splitlines() if "name.txt" in line]
    assert warning.startswith("warning: ") and "bad\\nname.txt: " in warning


def test_strict_makes_them_errors_with_exit_2_but_still_reports(tmp_path: Path, cli) -> None:
    corpus = _corpus(tmp_path)
    _bad_files(corpus)
    run = cli("check", corpus, "--no-ledger", "--strict", cwd=tmp_path)
    assert run.code == 2
    assert any(line.startswith("error: ") and "empty.txt" in line for line in run.stderr.splitlines())
    assert "Agreements" in run.stdout


def test_unreadable_file_is_a_warning(tmp_path: Path, cli, monkeypatch) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "locked.txt").write_text("Locked away.", encoding="utf-8")
    import factcheck.load

    real = factcheck.load.read_regular

    def read_regular(path: Path, limit: int | None = None) -> bytes:
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(path, limit)

    monkeypatch.setattr(factcheck.load, "read_regular", read_regular)
    run = cli("check", corpus, "--no-ledger", cwd=tmp_path)
    assert run.code == 0
    assert "warning: " in run.stderr and "locked.txt: cannot read (Permission denied)" in run.stderr


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-16 with BOM", GOOD_B.encode("utf-16")),
        ("utf-8 with BOM", "\ufeff".encode() + GOOD_B.encode()),
        ("latin-1", GOOD_B.replace("officials", "the caf\u00e9's officials").encode("latin-1")),
        ("CRLF", GOOD_B.replace("\n", "\r\n").encode()),
    ],
)
def test_encodings_are_read(tmp_path: Path, cli, encoding: str, data: bytes) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "b.txt").write_bytes(data)
    run = cli("check", corpus, "--no-ledger", cwd=tmp_path)
    assert run.code == 0
    assert "b.txt:1:" in run.stdout, encoding
    assert "articles agree" in run.stdout, encoding


def test_folder_without_articles_is_an_error(tmp_path: Path, cli) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    run = cli("check", tmp_path / "empty", "--no-ledger", cwd=tmp_path)
    assert run.code == 2
    assert run.stderr.startswith("error: ") and "no articles found" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_missing_path_is_one_line_exit_2(tmp_path: Path, cli) -> None:
    run = cli("check", tmp_path / "nowhere", cwd=tmp_path)
    assert run.code == 2
    assert run.stderr.strip() == f"error: {tmp_path / 'nowhere'}: no such file or folder"


def test_single_article_says_there_is_nothing_to_compare(tmp_path: Path, cli) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "b.txt").unlink()
    run = cli("check", corpus, "--no-ledger", cwd=tmp_path)
    assert run.code == 0
    assert "note: only one article (a.txt)" in run.stderr
    # the report wraps its lines to the terminal, and where depends on the length of the temporary path
    assert "120 homes (= [115, 125] home)" in " ".join(run.stdout.split())
    assert run.stdout.splitlines()[-1].startswith("1 article, ")
    run = cli("check", corpus, "--no-ledger", "--format", "json", cwd=tmp_path)
    assert run.stderr.splitlines()[-1].startswith("1 article, ")


def test_very_long_line(tmp_path: Path, cli) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "long.txt").write_text("word " * 200_000 + "and 120 homes were destroyed.", encoding="utf-8")
    run = cli("check", corpus, "--no-ledger", cwd=tmp_path)
    assert run.code == 0
    assert "long.txt" not in run.stderr


HTML = """<!doctype html><html><head><title>Valley fire</title>
<meta property="article:published_time" content="2024-07-02"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Valley fire</h1>
<p>Officials said the fire destroyed 120 homes in the valley on Monday.</p>
<p>Crews from four counties fought the blaze through the night, and 300 residents were moved to shelters.</p>
</article><footer>Copyright 2024 Example News. Subscribe to our newsletter.</footer></body></html>
"""
PLAIN = """Valley fire

Officials said the fire destroyed 120 homes in the valley on Monday.
Crews from four counties fought the blaze through the night, and 300 residents were moved to shelters.
"""


def test_html_main_text_gives_the_claims_of_the_plain_text(tmp_path: Path) -> None:
    from factcheck.api import check

    (tmp_path / "html").mkdir()
    (tmp_path / "plain").mkdir()
    (tmp_path / "html" / "page.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "plain" / "page.txt").write_text(PLAIN, encoding="utf-8")
    from_html = check([tmp_path / "html"])
    from_plain = check([tmp_path / "plain"])
    assert from_html.articles[0].source.published is not None
    assert from_html.articles[0].source.published.isoformat() == "2024-07-02"
    assert [c.surface for c in from_html.claims if c.kind.value == "quantity"] == [
        c.surface for c in from_plain.claims if c.kind.value == "quantity"
    ]
    assert "Subscribe" not in from_html.articles[0].text


def test_markdown_front_matter_gives_the_date(tmp_path: Path) -> None:
    from factcheck.api import check

    (tmp_path / "a.md").write_text(
        "---\ntitle: Fire\npublished: 2024-07-02\n---\nThe fire destroyed 120 homes on Monday.\n", encoding="utf-8"
    )
    report = check([tmp_path])
    dates = [c for c in report.claims if c.kind.value == "date"]
    assert report.articles[0].source.published.isoformat() == "2024-07-02"
    assert [d.display for d in dates] == ["2024-07-01"]
    assert dates[0].location.line == 5


def test_output_to_a_pipe_writes_into_it_and_leaves_it_a_pipe(tmp_path: Path, cli) -> None:
    """``-o /dev/null`` or a named pipe: written in place, never replaced by a regular file."""
    import json
    import stat
    import threading

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The storm felled 45 towers on Monday.\n")
    (corpus / "b.txt").write_text("The storm felled 46 towers on Monday.\n")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text()), daemon=True)
    reader.start()
    result = cli("check", corpus, "--no-ledger", "--format", "json", "-o", pipe, "--exit-zero")
    reader.join(timeout=30)
    assert result.code == 0
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert json.loads(received[0])["summary"]["articles"] == 2


def test_check_ledger_with_no_ledger_is_a_usage_error(tmp_path: Path, cli) -> None:
    run = cli("check", _corpus(tmp_path), "--no-ledger", "--check-ledger", cwd=tmp_path)
    assert run.code == 2
    assert run.stderr.startswith("error: --check-ledger checks the ledger that --no-ledger leaves out")
