"""Parts of the day as time claims: "Thursday evening", "early Sunday", "this morning" (invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import ClaimKind, Verdict
from factcheck.times import DAY_PARTS, PART_OF_DAY, find_day_parts

# sentence, [(surface, part, low minute, high minute)]
CASES = [
    ("The singer died Thursday evening at a clinic.", [("Thursday evening", "evening", 1020, 1439)]),
    ("The mayor visited the school this morning.", [("this morning", "morning", 300, 719)]),
    ("A tremor shook the valley early Sunday afternoon.", [("early Sunday afternoon", "early afternoon", 720, 899)]),
    ("The dam gave way late on Friday.", [("late on Friday", "late", 900, 1439)]),
    ("The barn burned early Saturday.", [("early Saturday", "early", 0, 539)]),
    ("The roof fell in during the early hours of Sunday morning.",
     [("the early hours of Sunday morning", "early hours", 0, 359)]),
    ("He was seen last night near the pier.", [("last night", "night", 1080, 1439)]),
    ("The ferry leaves tonight.", [("tonight", "night", 1080, 1439)]),
    ("An overnight blaze Friday gutted the depot.", [("overnight", "overnight", 0, 359)]),
    ("The vote ended late Friday night.", [("late Friday night", "late night", 1260, 1439)]),
    ("She was freed yesterday afternoon.", [("yesterday afternoon", "afternoon", 720, 1079)]),
    # not parts of the day: no day named, a kind of thing, a name, a habit, a day told from another
    ("Good morning, said the host.", []),
    ("Sign up for our morning newsletter.", []),
    ("He read it in the morning newspaper.", []),
    ("She hosted Saturday Night Live twice.", []),
    ("He worked the Friday night shift for years.", []),
    ("She wore an evening gown.", []),
    ("They swim every morning before work.", []),
    ("Every Sunday morning the choir sings.", []),
    ("The night before, the guards had left.", []),
    ("On the morning of the race, it rained.", []),
    ("He was a late addition to the team.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_find_day_parts(sentence: str, expected: list[tuple[str, str, int, int]]) -> None:
    got = [
        (sentence[t.start : t.end], t.steps[0].rule.removeprefix("part of the day: "), t.value.low, t.value.high)
        for t in find_day_parts(sentence)
    ]
    assert got == expected
    assert all(t.granularity == PART_OF_DAY and t.zone == "local" for t in find_day_parts(sentence))


def test_every_part_stays_in_one_day() -> None:
    for name, (low, high) in DAY_PARTS.items():
        assert 0 <= low < high <= 24 * 60 - 1, name


def _write(tmp_path: Path, articles: dict[str, str]) -> None:
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")


def test_a_clock_time_in_a_part_of_the_day_is_compatible_and_says_why(tmp_path: Path) -> None:
    from factcheck.api import check

    _write(
        tmp_path,
        {
            "a.txt": "The retired harpist died at 7:20 p.m. at a clinic in Norwood, her nephew told reporters.",
            "b.txt": "The retired harpist died Thursday evening at a clinic in Norwood, her nephew told reporters.",
        },
    )
    report = check([tmp_path])
    times = [f for f in report.findings if f.kind is ClaimKind.TIME]
    (compatible,) = [f for f in times if f.verdict is Verdict.COMPATIBLE]
    assert {c.surface for c in compatible.claims} == {"7:20 p.m.", "Thursday evening"}
    assert "'19:20' is in the evening (17:00-23:59)" in compatible.explanation
    (part,) = [c for c in compatible.claims if c.granularity == PART_OF_DAY]
    assert [(s.source, s.result, s.rule) for s in part.steps] == [
        ("Thursday evening", "17:00-23:59", "part of the day: evening")
    ]
    assert not [f for f in times if f.verdict is Verdict.CONFLICT]


def test_the_same_part_of_the_day_agrees(tmp_path: Path) -> None:
    from factcheck.api import check

    _write(
        tmp_path,
        {
            "a.txt": "The old mill on the river burned down Friday night, the fire brigade said.",
            "b.txt": "The old mill on the river burned down last night, the fire brigade said.",
        },
    )
    times = [f for f in check([tmp_path]).findings if f.kind is ClaimKind.TIME]
    assert [f.verdict for f in times] == [Verdict.AGREE]
    assert {c.surface for c in times[0].claims} == {"Friday night", "last night"}


def test_parts_of_the_day_never_conflict(tmp_path: Path) -> None:
    from factcheck.api import check

    # a part of the day outside a clock time, or two parts apart, in words alike enough for a
    # conflict of two clock times: still no conflict (an attack in the morning, an arrest in the
    # afternoon; a writer's "Friday night" for a shooting at 4 p.m.)
    _write(
        tmp_path,
        {
            "a.txt": "Gunmen attacked the convoy near the border crossing on Monday morning, officials said.",
            "b.txt": "Gunmen attacked the convoy near the border crossing on Monday afternoon, officials said.",
            "c.txt": "Gunmen attacked the convoy near the border crossing at 4 p.m., officials said.",
        },
    )
    times = [f for f in check([tmp_path]).findings if f.kind is ClaimKind.TIME]
    assert times  # the parts of the day are claims
    assert not [f for f in times if f.verdict is Verdict.CONFLICT]
    (compatible,) = [f for f in times if f.verdict is Verdict.COMPATIBLE]
    assert {c.surface for c in compatible.claims} == {"Monday afternoon", "4 p.m."}


def test_a_part_of_the_day_beside_a_clock_time_is_no_claim(tmp_path: Path) -> None:
    from factcheck.api import check

    _write(tmp_path, {"a.txt": "The ferry sank at 9:25 on Thursday morning off the cape.", "b.txt": "Nothing here."})
    claims = [c for f in check([tmp_path]).findings for c in f.claims if c.kind is ClaimKind.TIME]
    assert [c.surface for c in claims] == ["9:25"]
