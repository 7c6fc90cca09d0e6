"""Interval arithmetic: the base of every verdict."""

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import Claim, ClaimKind, Interval, Location, Step, TitleForm, format_interval

P = Interval.point


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (P(46), P(45), False),
        (P(46), P(46), True),
        (Interval(100000, None, low_open=True), Interval(90000, 110000), True),
        (Interval(100000, None, low_open=True), P(100000), False),
        (Interval(20000, 100000, high_open=True), P(100000), False),
        (Interval(20000, 100000, high_open=True), Interval(90000, 110000), True),
        (Interval(None, 5), Interval(5, None), True),
        (Interval(None, 5, high_open=True), Interval(5, None), False),
    ],
)
def test_overlaps(a, b, overlap):
    assert a.overlaps(b) is overlap
    assert b.overlaps(a) is overlap


def test_contains():
    year = Interval(10, 20)
    assert year.contains(Interval(12, 13))
    assert year.contains(year)
    assert not Interval(10, 20, high_open=True).contains(year)
    assert Interval(None, None).contains(year)
    assert not year.contains(Interval(None, 12))


def test_gap_is_relative_and_symmetric():
    assert P(46).gap(P(45)) == pytest.approx(1 / 46)
    assert P(45).gap(P(46)) == pytest.approx(1 / 46)
    assert P(1).gap(Interval(0, 2)) == 0.0


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (P(46), "46"),
        (P(100000), "100,000"),
        (Interval(100000, None, low_open=True), ">100,000"),
        (Interval(24, None), ">=24"),
        (Interval(20000, 100000, high_open=True), "[20,000, 100,000)"),
        (Interval(None, 5, high_open=True), "<5"),
        (P(0.88), "0.88"),
    ],
)
def test_format(interval, text):
    assert format_interval(interval) == text


bounds = st.one_of(st.none(), st.floats(-1e9, 1e9, allow_nan=False))


@st.composite
def intervals(draw):
    lo, hi = draw(bounds), draw(bounds)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return Interval(lo, hi, draw(st.booleans()) and lo is not None, draw(st.booleans()) and hi is not None)


@given(intervals(), intervals())
def test_overlap_symmetric(a, b):
    assert a.overlaps(b) == b.overlaps(a)


@given(intervals())
def test_interval_contains_itself(a):
    assert a.contains(a)


@pytest.mark.parametrize("cls", [Step, Interval, Location, Claim])
def test_init_in_dict_builds_what_the_generated_init_builds(cls: type) -> None:
    # what dataclasses' generated __init__ of a frozen class does: object.__setattr__, field by field
    fields = dataclasses.fields(cls)
    values = {f.name: (f.default if f.default is not dataclasses.MISSING else f"<{f.name}>") for f in fields}
    required = [values[f.name] for f in fields if f.default is dataclasses.MISSING]
    expected = object.__new__(cls)
    for f in fields:
        object.__setattr__(expected, f.name, values[f.name])
    for built in (cls(*required), cls(**{f.name: values[f.name] for f in fields})):
        assert built == expected
        assert list(built.__dict__.items()) == list(expected.__dict__.items())
    with pytest.raises(dataclasses.FrozenInstanceError):
        cls(*required).__setattr__(fields[0].name, "changed")
    with pytest.raises(TypeError):
        cls(*required[:-1])


def _claim(**typed: object) -> Claim:
    location = Location("a.txt", 0, 1, 1, 1)
    return Claim(ClaimKind.QUANTITY, "worker", P(1), "1", "", location, "1 worker", "1", **typed)  # type: ignore[arg-type]


def test_matching_words_are_the_context_and_the_typed_values_under_their_old_markers() -> None:
    # the words similarity compares are those the ``context`` strings with markers were (ledger
    # schema factcheck.claims/3): scores, groups and verdicts are unchanged by the typed fields
    claim = _claim(
        context=("repair", "line"),
        names=("cairn", "ba"),
        modifiers=("new",),
        people=("reza alizadeh",),
        title="Tolvash Governor",
        title_form=TitleForm.DESCRIPTIVE,
    )
    assert claim.matching_words == {
        "repair",
        "line",
        "@cairn",
        "@ba",
        "+new",
        "@p:reza alizadeh",
        "title=Tolvash Governor",
        "descriptive",
    }
    assert _claim(context=("line",)).matching_words == {"line"}
    # a name is not the same word in the context, nor a person of that name
    assert _claim(context=("apple",)).matching_words.isdisjoint(_claim(names=("apple",)).matching_words)
    assert _claim(people=("apple",)).matching_words.isdisjoint(_claim(names=("apple",)).matching_words)
