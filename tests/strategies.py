"""Hypothesis strategies shared by the tests (``from strategies import claims``)."""

from __future__ import annotations

from hypothesis import strategies as st

from factcheck.models import Claim, ClaimKind, Interval, Location, Step, TitleForm

FUZZED: dict[str, int] = {}
"""Inputs the fuzz tests (``test_fuzz.py``) fed to each reader in this run; printed at its end."""


def claims(text: st.SearchStrategy[str], bound: st.SearchStrategy[object]) -> st.SearchStrategy[Claim]:
    """Claims of any kind with every field drawn: strings from ``text``, interval bounds from ``bound``."""
    return st.builds(
        Claim,
        kind=st.sampled_from(ClaimKind),
        key=text,
        value=st.one_of(st.none(), st.builds(Interval, bound, bound, st.booleans(), st.booleans())),
        display=text,
        unit=text,
        location=st.builds(
            Location, text, st.integers(0, 10**9), st.integers(0, 10**9), st.integers(1), st.integers(1)
        ),
        sentence=text,
        surface=text,
        steps=st.lists(st.builds(Step, text, text, text), max_size=3).map(tuple),
        context=st.lists(text, max_size=4).map(tuple),
        names=st.lists(text, max_size=3).map(tuple),
        modifiers=st.lists(text, max_size=2).map(tuple),
        people=st.lists(text, max_size=2).map(tuple),
        title=text,
        title_form=st.one_of(st.none(), st.sampled_from(TitleForm)),
        scope_time=text,
        scope_place=text,
        qualifier=text,
        stated=st.one_of(st.none(), st.floats(allow_nan=False)),
        granularity=text,
        text_value=text,
        chain=st.lists(text, max_size=3).map(tuple),
        subject=text,
    )
