"""Markup -> text with the file's lines and columns kept: Markdown reduced to its text, HTML pages'
text traced back to their markup (``factcheck.markup``), and claims located in the file itself."""

from __future__ import annotations

import html
import json
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.api import check
from factcheck.load import load_paths
from factcheck.markup import html_source_map, markdown_text, visible
from factcheck.models import Claim, SourceMap

LOCATIONS = Path(__file__).parent / "data" / "locations"


def _at(source: str, line: int, column: int) -> int:
    """The offset of 1-based (line, column) in ``source``."""
    lines = source.split("\n")
    return sum(len(x) + 1 for x in lines[: line - 1]) + column - 1


def _char_at(source: str, offset: int) -> str:
    """The character a reader sees at ``offset``: an entity's character at its ``&``."""
    if source[offset] == "&":
        end = source.find(";", offset)
        return html.unescape(source[offset : end + 1])[:1]
    return source[offset]


def _claims(name: str) -> list[Claim]:
    report = check([LOCATIONS])
    return [c for c in report.claims if c.location.article == name]


@pytest.mark.parametrize("name", ["storm.html", "storm.md"])
def test_every_claim_starts_and_ends_where_the_file_has_it(name: str) -> None:
    source = (LOCATIONS / name).read_text(encoding="utf-8")
    claims = _claims(name)
    assert len(claims) >= 9
    for claim in claims:
        loc = claim.location
        start = _at(source, loc.line, loc.column)
        assert _char_at(source, start) == claim.surface[0], (claim.surface, loc)
        end_line, end_column = loc.end_position()
        last = _at(source, end_line, end_column) - 1
        assert source[last] == claim.surface[-1] or source[last] == ";", (claim.surface, loc)


def test_html_locations_are_the_pages_lines_not_the_extracted_texts() -> None:
    by_surface = {c.surface: c.location for c in _claims("storm.html")}
    towers = by_surface["46 transmission towers"]
    # <p>The storm brought down <strong>46 transmission towers</strong> on Monday night,  (line 14)
    assert (towers.line, towers.column, towers.end_line, towers.end_column) == (14, 35, 14, 57)
    cost = by_surface["£3 million"]  # &pound;3&nbsp;million
    assert (cost.line, cost.column, cost.end_column) == (17, 63, 84)
    # the third paragraph shares line 17 with the second
    assert (by_surface["120 workers"].line, by_surface["120 workers"].column) == (17, 146)
    assert by_surface["9 hours"].line == 20  # a list item ("- The motorway..." in the text)


def test_markdown_is_read_as_its_text() -> None:
    article = next(a for a in load_paths([LOCATIONS]).articles if a.name == "storm.md")
    assert "*" not in article.text.replace("AT&T*", "")  # (an escaped star is text)
    assert "[" not in article.text and "](" not in article.text and "`" not in article.text
    assert "\nA week after the storm\n" in article.text  # the heading's marker gone
    assert "AT&T* an estimated" in article.text  # entity and escape read
    claims = _claims("storm.md")
    assert not [c for c in claims if "**" in c.sentence or "](" in c.sentence]
    by_surface = {c.surface: c for c in claims}
    assert by_surface["March 2024"].kind.value == "date"  # **March 2024**
    assert by_surface["46 transmission towers"].location.column == 65  # *46* transmission towers
    quote = by_surface['"We had 120 workers out there,"']
    assert (quote.location.line, quote.location.column, quote.location.end_column) == (10, 3, 38)


def test_emphasised_year_is_a_date(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("The mill opened in *1963* and closed in **2001**.\n", encoding="utf-8")
    claims = check([tmp_path]).claims
    assert {(c.kind.value, c.surface, c.location.column) for c in claims if c.kind.value == "date"} == {
        ("date", "1963", 21),
        ("date", "2001", 43),
    }


def test_github_annotation_points_at_the_html_sentence(tmp_path: Path, cli) -> None:
    shutil.copy(LOCATIONS / "storm.html", tmp_path / "a.html")
    (tmp_path / "b.txt").write_text(
        "Storm report\n\nThe storm brought down 38 transmission towers on Monday night, the grid operator said.\n",
        encoding="utf-8",
    )
    run = cli("check", tmp_path, "--no-ledger", "--format", "github", "--fail-on", "none")
    (towers,) = [line for line in run.stdout.splitlines() if "FC101" in line]
    assert towers.startswith(f"::error file={tmp_path / 'a.html'},line=14,col=35,endColumn=57,"), towers
    assert f"{tmp_path / 'a.html'}:14:35  46 transmission towers" in towers
    sarif = json.loads(cli("check", tmp_path, "--no-ledger", "--format", "sarif", "--exit-zero").stdout)
    regions = [
        loc["physicalLocation"]["region"]
        for result in sarif["runs"][0]["results"]
        for loc in result["locations"] + result.get("relatedLocations", [])
        if loc["physicalLocation"]["artifactLocation"]["uri"].endswith("a.html")
    ]
    assert {"startLine": 14, "startColumn": 35, "endLine": 14, "endColumn": 57} in [
        {k: v for k, v in r.items() if k != "snippet"} for r in regions
    ]


def test_a_dateline_is_dated_by_its_line_in_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.load

    read = factcheck.load.html_main_text
    monkeypatch.setattr(factcheck.load, "html_main_text", lambda page: (read(page)[0], {}))  # (no date in metadata)
    page = (
        "<!doctype html>\n<html>\n<head><title>Mill closes</title></head>\n<body>\n<article>\n"
        "<p>Posted: May 24, 2005</p>\n"
        "<p>The mill that opened in 1963 closed on Monday, and 240 workers lost their jobs, the owners said.</p>\n"
        "</article>\n</body>\n</html>\n"
    )
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (article,) = load_paths([tmp_path]).articles
    assert article.source.dated_by == "line 6: 'Posted: May 24, 2005'"


def test_html_text_not_in_the_markup_is_placed_after_what_was_found() -> None:
    page = "<html><body>\n<p>First line here.</p>\n<p>Second line of the page.</p>\n</body></html>"
    text = "First line here.\nZebras quietly vanish.\nSecond line of the page."
    source_map, traced = html_source_map(page, text)
    assert (traced.lines, traced.whole, traced.lost) == (3, 2, len("Zebrasquietlyvanish."))
    assert source_map.position(text.index("Second")) == (3, 4)
    assert source_map.position(text.index("Zebras")) == (2, 21)  # just after "First line here."


def test_html_pieces_of_a_line_are_found_apart() -> None:
    page = "<p>Crews from <a href='/x'>four</a> counties\n worked <b>through</b> the night.</p> <p>Copy</p>"
    text = "- Crews from four counties worked through the night. [link]"
    source_map, traced = html_source_map(page, text)
    assert traced.by_pieces == 1
    assert source_map.position(text.index("four")) == (1, 28)
    assert source_map.position(text.index("worked")) == (2, 2)


def test_visible_leaves_out_markup_and_keeps_where_each_character_is() -> None:
    page = (
        '<p title="a > b">A&amp;B</p><!-- x --><script>if (a < b) {}</script>'
        "<style>p{}</style> x < y <?php ?> &unknown; &#x41;"
    )
    seen, where = visible(page)
    assert seen == "A&Bx<y&unknown;A"
    assert [page[i] for i in where] == list("A&Bx<y&unknown;&")


def test_source_map_positions() -> None:
    source = "ab\n**cd**\n"
    text, source_map = markdown_text(source)
    assert text == "ab\ncd\n"
    assert source_map.position(3) == (2, 3)
    assert source_map.end_position(3, 5) == (2, 5)  # after the d, not after the closing **
    assert SourceMap((0,), (0,), (0,)).end_position(2, 2) == (1, 3)


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("## Heading ##", "Heading"),
        ("> > nested *quote*", "nested quote"),
        ("1. first\n2. second", "first\nsecond"),
        ("A sentence that wraps in\n2019. The year after", "A sentence that wraps in\n2019. The year after"),
        ("snake_case_name and 5 * 3 * 2", "snake_case_name and 5 * 3 * 2"),
        ("**bold *and italic***", "bold and italic"),
        ("~~struck~~ and ~100", "struck and ~100"),
        ("`a *b* c` and ``x ` y``", "a *b* c and x ` y"),
        ("![photo](p.jpg) [text][ref] and [plain]", " text and [plain]"),
        ("[ref]: https://example.com/", ""),
        ("<span>held</span> <!-- note --> <https://a.b/c>", "held  https://a.b/c"),
        ("```\ncode *kept*\n```", "\ncode *kept*\n"),
        ("Title\n=====\n***", "Title\n\n"),
        ("\\*not\\* emphasis", "*not* emphasis"),
        ("unclosed **bold and [link", "unclosed **bold and [link"),
    ],
)
def test_markdown_reduction(markdown: str, text: str) -> None:
    assert markdown_text(markdown)[0] == text


_PIECES = st.sampled_from([*"ab 1\n*_~`[]()!<>&#;\\-=>.", "&amp;", "**", "<b>", "](x)", "# ", "> ", "- "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_markdown_text_is_the_files_characters_line_for_line(source: str) -> None:
    text, source_map = markdown_text(source)
    assert text.count("\n") == source.count("\n")
    for i, ch in enumerate(text):
        at = source_map.source_offset(i)
        assert source[at] == ch or source[at] == "&", (source, text, i)
        if ch == "\n":
            assert source_map.position(i)[0] == text.count("\n", 0, i) + 1


@pytest.mark.parametrize(
    "source",
    [
        "*a " * 100_000,
        "[" * 100_000 + "](" * 100_000,
        "`" * 1000 + " x " + "``" * 50_000,
        "<!--" * 100_000,
        "<a " * 100_000,
        "&amp" * 100_000,
        "_a_" * 100_000,
        "\\" * 200_000,
    ],
)
def test_markup_readers_take_linear_time_on_hostile_input(source: str) -> None:
    begin = time.perf_counter()
    markdown_text(source)
    visible(source)
    html_source_map(source, "a b c\n" * 100 + "nothing of the page " * 1000)
    assert time.perf_counter() - begin < 5
