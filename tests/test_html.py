"""The HTML report: its markup (escaping, no outside resources, the filters' rules) and, in a real
headless browser (Debian's chromium driven by playwright), that it loads without console errors,
loads nothing from anywhere, that its filters work and that an article's ``<script>`` stays inert.

The browser tests skip, saying why, only when no chromium is installed (``.ci/run`` installs it and
sets ``FACTCHECK_REQUIRE_BROWSER=1``, which turns that skip into a failure). Screenshots go to
``tests/output/`` (ignored by git), which CI keeps as an artefact.
"""

from __future__ import annotations

import os
import re
import shutil
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.api import Options, check
from factcheck.models import Verdict
from factcheck.report import Format, render
from factcheck.report.html import MATRIX_COLUMNS, web_url

GOLDEN = Path(__file__).parent / "data" / "golden"
OUTPUT = Path(__file__).parent / "output"
"""Screenshots of the pages the browser tests open (a CI artefact; ignored by git)."""
BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

HOSTILE = {
    "a.txt": """\
        Storm hits the valley

        The storm damaged 45 transmission towers <script>document.title='pwned';window.pwned=1</script> on Monday.

        About 12,000 homes lost power, <img src=x onerror="window.pwned=2"> officials said "</blockquote><b>x</b>".
        """,
    "b.txt": """\
        Storm review

        The storm brought down 46 transmission towers on Monday, the operator said.

        More than 12,000 homes lost power overnight.
        """,
    'c&<x>".txt': """\
        Third report

        The storm brought down 46 transmission towers on Monday, the grid operator said.
        """,
    "sources.toml": """\
        ["a.txt"]
        outlet = "<script>window.pwned=3</script>"
        url = "javascript:window.pwned=4"
        published = 2024-03-05

        ["b.txt"]
        outlet = "B & Sons"
        url = "https://example.com/b"
        published = 2024-03-06
        """,
}


@pytest.fixture(scope="module")
def golden_report():
    return check([GOLDEN / "corpus"], Options(reviews=GOLDEN / "claims" / "reviews.toml"))


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in HOSTILE.items():
        (corpus / name).write_text(textwrap.dedent(text), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return corpus


class _Elements(HTMLParser):
    """Every start tag with its attributes, as a browser's parser would read them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _elements(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser.tags


# -- the markup -----------------------------------------------------------------------------------


def test_page_is_one_file_with_no_script_and_nothing_from_outside(golden_report) -> None:
    page = render(golden_report, Format.HTML)
    tags = _elements(page)
    names = [t for t, _ in tags]
    assert "script" not in names and "link" not in names and "img" not in names and "iframe" not in names
    assert all(not attrs.get("src") for _, attrs in tags)
    assert all(not (attrs.get("href") or "").startswith(("http:", "https:", "//")) for _, attrs in tags)
    csp = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and csp.startswith("default-src 'none'; style-src 'sha256-")
    assert "script-src" not in csp, "default-src 'none' forbids every script"


def test_page_has_the_report(golden_report) -> None:
    page = render(golden_report, Format.HTML, base=GOLDEN)
    ids = {a.get("id") for _, a in _elements(page)}
    for finding in golden_report.findings:
        if finding.verdict is not Verdict.SINGLE_SOURCE:
            assert finding.id in ids, finding.id
        for claim in finding.claims:
            loc = claim.location
            assert f"/corpus/{loc.article}:{loc.line}:{loc.column}</a>" in page
    assert '<a href="corpus/wire-2024-03-05-storm-grid.txt">' in page
    assert "<mark>120 workers</mark>" in page
    assert "(reviewed)" in page and "Invented discrepancy kept on purpose" in page
    assert "Example Wire" in page and "2024-03-05" in page


def test_every_article_string_is_escaped(hostile: Path) -> None:
    report = check([hostile], Options())
    page = render(report, Format.HTML)
    tags = _elements(page)
    assert [t for t, _ in tags if t in ("script", "img", "b")] == []
    assert all(not any(k.startswith("on") for k in attrs) for _, attrs in tags)
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;" in page
    assert "&lt;script&gt;window.pwned=3&lt;/script&gt;" in page  # the outlet
    assert "javascript:" not in page  # a url that is not a web address is not linked
    assert '<a href="https://example.com/b" rel="noreferrer">original</a>' in page
    assert "c%26%3Cx%3E%22.txt" in page and "c&amp;&lt;x&gt;&quot;.txt" in page  # a file name, in a link and as text


def test_links_start_from_the_folder_the_page_is_written_to(golden_report, tmp_path: Path) -> None:
    from factcheck.report.html import render_html

    page = render_html(golden_report, base=GOLDEN / "corpus" / "sub")
    assert '<a href="../wire-2024-03-05-storm-grid.txt">' in page


def test_web_url() -> None:
    assert web_url("https://example.com/a?b=1") == "https://example.com/a?b=1"
    assert web_url("HTTP://example.com") == "HTTP://example.com"
    assert web_url("javascript:alert(1)") is None
    assert web_url("data:text/html,<script>") is None
    assert web_url(None) is None


def test_large_report_keeps_the_matrix_bounded(tmp_path: Path) -> None:
    """Many stories in one run: the matrix has at most MATRIX_COLUMNS columns, conflicts first,
    and rows only for the articles in them; the findings beyond are folded."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(MATRIX_COLUMNS + 10):
        for side, count in (("a", 40 + n), ("b", 40 + n), ("c", 41 + n)):
            (corpus / f"{n:03d}{side}.txt").write_text(
                f"Report {n}\n\nThe flood in town {n} destroyed {count} bridges{n} last week.\n", encoding="utf-8"
            )
    report = check([corpus], Options())
    judged = [f for f in report.findings if f.verdict is not Verdict.SINGLE_SOURCE]
    assert len(judged) > MATRIX_COLUMNS
    page = render(report, Format.HTML)
    matrix = page[page.index('<table class="m">') : page.index("</table>", page.index('<table class="m">'))]
    assert matrix.count("<col class=") == MATRIX_COLUMNS
    assert f"the first {MATRIX_COLUMNS} of {len(judged)}" in page
    assert page.count("<details open>") == len([f for f in judged if f.verdict is Verdict.CONFLICT])


# -- in a browser ---------------------------------------------------------------------------------


def _chromium() -> str | None:
    return os.environ.get("FACTCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    if executable is None:
        if os.environ.get("FACTCHECK_REQUIRE_BROWSER") == "1":
            pytest.fail("FACTCHECK_REQUIRE_BROWSER=1 but no chromium is installed (apt-get install chromium)")
        pytest.skip("no chromium installed: apt-get install -y chromium (or set FACTCHECK_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=BROWSER_FLAGS)
        yield browser
        browser.close()


class _Visit:
    """A page opened in a fresh browser context, with what it logged and asked for."""

    def __init__(self, browser, path: Path) -> None:  # type: ignore[no-untyped-def]
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
        self.page = self.context.new_page()
        self.console: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url, wait_until="load")

    def close(self) -> None:
        self.context.close()


def _page_of(cli, args: list[str], cwd: Path, out: Path) -> Path:
    run = cli("check", *args, "--format", "html", "--output", out, "--exit-zero", cwd=cwd)
    assert run.code == 0, run.stderr
    return out


def test_browser_loads_the_page_without_errors_and_filters_work(browser, cli, tmp_path: Path) -> None:
    out = _page_of(cli, ["corpus", "--no-ledger"], GOLDEN, tmp_path / "report.html")
    visit = _Visit(browser, out)
    page = visit.page
    try:
        assert visit.console == []
        assert visit.requests == [visit.url], "the page loads nothing but itself"
        assert page.title().startswith("factcheck: 1 unreviewed conflict")
        OUTPUT.mkdir(exist_ok=True)
        page.screenshot(path=str(OUTPUT / "html-report.png"), full_page=True)

        conflict = page.locator("section.f.vc").first
        agree = page.locator("section.f.va").first
        conflict_column = page.locator("table.m thead th.vc").first
        assert conflict.is_visible() and agree.is_visible() and conflict_column.is_visible()
        # the first screen: the summary and the matrix
        assert page.locator("#summary-h").bounding_box()["y"] < 900
        assert page.locator("table.m").bounding_box()["y"] < 900

        page.uncheck("#show-c")
        assert not conflict.is_visible() and agree.is_visible()
        assert conflict_column.bounding_box()["width"] == 0, "the matrix's conflict columns collapse"
        assert page.locator("table.u tr.vc").first.is_hidden()
        page.check("#show-c")
        assert conflict.is_visible() and conflict_column.bounding_box()["width"] > 0

        date_box = page.locator("#filters label", has_text="date").locator("input")
        date_box.uncheck()
        assert page.locator("section.f.vp").first.is_hidden(), "the one compatible finding is about a date"
        assert conflict.is_visible()
        date_box.check()

        # findings fold: a conflict is open, an agreement shows its claims only when opened
        assert page.locator("section.f.vc .claim").last.is_visible()
        assert agree.locator(".claim").first.is_hidden()
        agree.locator("summary").first.click()
        assert agree.locator(".claim").first.is_visible()
        assert visit.console == []
    finally:
        visit.close()


def test_browser_runs_no_script_from_an_article(browser, cli, hostile: Path, tmp_path: Path) -> None:
    out = _page_of(cli, ["corpus", "--no-ledger"], hostile.parent, tmp_path / "hostile.html")
    visit = _Visit(browser, out)
    page = visit.page
    try:
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert "pwned" not in page.title()
        assert page.locator("script").count() == 0 and page.locator("img").count() == 0
        assert visit.console == [], "a blocked script would have logged a CSP violation"
        assert visit.requests == [visit.url]
        text = page.locator("body").text_content() or ""
        assert "<script>document.title='pwned';window.pwned=1</script>" in text
        assert '<img src=x onerror="window.pwned=2">' in text
        page.hover("text=<script>window.pwned=3</script>")
        assert page.evaluate("typeof window.pwned") == "undefined"
        OUTPUT.mkdir(exist_ok=True)
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true })")
        page.screenshot(path=str(OUTPUT / "html-hostile.png"), full_page=True)
    finally:
        visit.close()


def test_browser_opens_a_large_report(browser, cli, tmp_path: Path) -> None:
    """Every story of the shared development corpus at once (279 real articles), when it is there."""
    corpus = Path(__file__).parent.parent.parent / "shared" / "dev-corpora" / "ecb"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not there")
    out = _page_of(cli, [str(corpus), "--no-ledger"], tmp_path, tmp_path / "large.html")
    size = out.stat().st_size
    judged = len(re.findall(r'<section class="f ', out.read_text(encoding="utf-8")))
    assert size < 200_000 + 3_500 * judged, f"{size:,} bytes for {judged} findings"
    visit = _Visit(browser, out)
    try:
        timing = visit.page.evaluate(
            "(() => { const t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime })()"
        )
        assert visit.console == []
        assert timing < 10_000, f"{timing:.0f} ms"
        visit.page.screenshot(path=str(OUTPUT / "html-large.png"))
        assert re.search(r"\d+ articles", visit.page.locator("header").inner_text())
    finally:
        visit.close()
