"""The text report on large findings: a bounded number of claims, every stated value among them."""

from __future__ import annotations

import textwrap
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.judge import make_finding
from factcheck.models import Claim, ClaimKind, Interval, Location, Report, Severity, Verdict
from factcheck.report.text import CLAIM_LIMIT, DETAIL_LIMIT, render_text, shown_claims, wrap


def _claim(n: int, value: float) -> Claim:
    surface = f"{value:g} towers"
    sentence = f"Article {n} says the storm felled {surface}."
    start = sentence.index(surface)
    return Claim(
        kind=ClaimKind.QUANTITY,
        key="tower",
        value=Interval.point(value),
        display=f"{value:g} tower",
        unit="tower",
        location=Location(f"a{n:02d}.txt", start, start + len(surface), 1, start + 1),
        sentence=sentence,
        surface=surface,
    )


def test_shown_claims_keep_every_value_and_the_order() -> None:
    claims = tuple(_claim(n, 45.0) for n in range(10)) + (_claim(10, 46.0), _claim(11, 46.0))
    shown = shown_claims(claims, 8)
    assert len(shown) == 8
    assert [c.display for c in shown].count("46 tower") == 2
    assert shown == sorted(shown, key=claims.index)
    assert shown_claims(claims[:3], 8) == list(claims[:3])


def test_a_large_finding_shows_some_claims_and_says_how_to_see_all() -> None:
    claims = tuple(_claim(n, 45.0) for n in range(11)) + (_claim(11, 46.0),)
    details = tuple(f"detail {i}" for i in range(DETAIL_LIMIT + 3))
    finding = make_finding(Verdict.CONFLICT, Severity.HIGH, ClaimKind.QUANTITY, "tower", claims, "45 vs 46", details)
    text = render_text(Report(articles=(), claims=claims, findings=(finding,)))
    assert text.count("Article ") == CLAIM_LIMIT  # each shown claim prints its sentence once
    assert "a11.txt:1:" in text  # the lone other value is shown
    assert f"… and {len(claims) - CLAIM_LIMIT} more claims: factcheck show {finding.id}" in text
    assert f"detail {DETAIL_LIMIT - 1}" in text and f"detail {DETAIL_LIMIT}" not in text
    assert "… and 3 more lines" in text


@settings(max_examples=500)
@given(
    st.text(alphabet=st.sampled_from(list("ab  c-d\t\n\xa0\u2009é")), min_size=1, max_size=300)
    | st.lists(st.text(alphabet="xyz", min_size=1, max_size=30), min_size=1, max_size=40).map(" ".join)
    | st.lists(  # the fast path's own cases: words, runs of spaces, a word longer than the width
        st.tuples(st.text(alphabet="xyz", min_size=1, max_size=12), st.sampled_from([" ", "  ", "   "])),
        min_size=1,
        max_size=40,
    ).map(lambda pieces: "".join(w + gap for w, gap in pieces).rstrip(" ")),
    st.integers(min_value=1, max_value=100),
)
def test_wrap_is_textwrap(line: str, width: int) -> None:
    expected = textwrap.wrap(line, width, expand_tabs=False, replace_whitespace=False, break_on_hyphens=False)
    assert wrap(line, width) == expected


def test_colour_output_is_the_plain_text_with_styles() -> None:
    """Plain output is laid out without rich; colour output is drawn by rich from the same lines:
    the same text once the escape codes are stripped, with the verdicts' styles."""
    import re
    from pathlib import Path

    from factcheck.api import Options, check

    report = check([Path(__file__).parent / "data" / "golden" / "corpus"], Options())
    plain = render_text(report, color=False, width=100)
    colour = render_text(report, color=True, width=100)
    assert "\x1b[" not in plain
    assert "\x1b[1;31m" in colour, "conflicts in bold red"
    assert "\x1b[4m" in colour or "\x1b[4;" in colour or ";4m" in colour, "underlined titles"
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", colour)
    assert "\n".join(line.rstrip() for line in stripped.splitlines()) == plain.rstrip("\n")


@given(
    st.text(alphabet=st.sampled_from(list("ab \x07\x08\x0b\x0c\r\t\n\x1b\x7f\x9b\xa0é[3")), max_size=40),
    st.sampled_from(["", "bold"]),
)
def test_lines_drop_every_control_character_but_tab_and_newline(text: str, style: str) -> None:
    """Plain lines are built without rich and hold the text rich draws; neither holds an
    article's control characters (ESC, CSI and the like would reach the terminal)."""
    import unicodedata

    from factcheck.report.text import _Line

    line = _Line(text, style).append(text, style) + _Line(text)
    kept = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\t\n")
    assert line.plain == kept * 3 == line.rich().plain


def _report_with_escapes() -> Report:
    """A conflict whose first sentence holds ESC, OSC, BEL and C1 CSI sequences."""
    claims = (_claim(1, 45.0), _claim(2, 46.0))
    sentence = "Article 1 says \x1b[2J\x1b]0;pwned\x07the storm felled 45 towers\x9b31m."
    start = sentence.index("45 towers")
    claims = (replace(claims[0], sentence=sentence, location=replace(claims[0].location, start=start)), claims[1])
    finding = make_finding(Verdict.CONFLICT, Severity.HIGH, ClaimKind.QUANTITY, "tower", claims, "45 vs 46", ())
    return Report(articles=(), claims=claims, findings=(finding,))


def test_an_articles_escape_sequences_never_reach_the_terminal() -> None:
    report = _report_with_escapes()
    plain, colour = render_text(report), render_text(report, color=True)
    assert "\x1b" not in plain and "\x9b" not in plain and "\x07" not in plain
    assert "Article 1 says [2J]0;pwnedthe storm felled 45 towers31m." in plain
    assert "[2J" in colour and "\x1b[2J" not in colour and "\x1b]0" not in colour and "\x9b" not in colour


def test_no_human_format_passes_an_articles_control_characters() -> None:
    from factcheck.report import Format, render

    report = _report_with_escapes()
    for fmt in (Format.MARKDOWN, Format.GITHUB):
        out = render(report, fmt)
        assert "pwned" in out and not any(ch in out for ch in "\x1b\x07\x9b"), fmt


@given(st.text(max_size=60))
def test_inert_drops_exactly_the_control_characters_but_tab_and_newline(text: str) -> None:
    import unicodedata

    from factcheck.terminal import inert

    assert inert(text) == "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\t\n")
