"""Clock times: table-driven cases of find_times, and time claims compared across articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import ClaimKind, Verdict
from factcheck.times import find_times

# sentence, [(surface, display, low minute, high minute)]
CASES = [
    ("The quake struck at 15:22 hours local time (11:52 GMT) on Sunday.",
     [("15:22 hours local time", "15:22", 922, 922), ("11:52 GMT", "11:52 GMT", 712, 712)]),
    ("It hit at 15:22 pm (1152 GMT).", [("15:22 pm", "15:22", 922, 922), ("1152 GMT", "11:52 GMT", 712, 712)]),
    ("He was hit around 7 p. m., police said.", [("around 7 p. m.", "about 19:00", 1125, 1155)]),
    ("By about 08:50 BST the blaze was mostly under control.", [("about 08:50 BST", "about 08:50 BST", 525, 535)]),
    ("The message came at 1100 hours.", [("1100 hours", "11:00", 660, 660)]),
    ("It was reopened by 4.30pm on Saturday.", [("by 4.30pm", "by 16:30", 930, 990)]),
    ("The crew reached it at about 1100 hrs IST.", [("about 1100 hrs IST", "about 11:00 IST", 655, 665)]),
    ("She passed away at 6:41 last night.", [("6:41", "18:41", 1121, 1121)]),
    ("The ferry capsized at 5:40 in the afternoon.", [("5:40", "17:40", 1060, 1060)]),
    ("The ferry left at 5:40 in the morning.", [("5:40", "05:40", 340, 340)]),
    ("Firefighters arrived just after 6am.", [("just after 6am", "just after 06:00", 360, 375)]),
    ("Gunfire was heard around 10:30 a. m.", [("around 10:30 a. m.", "about 10:30", 625, 635)]),
    ("The call came at 11: 41am.", [("11: 41am", "11:41", 701, 701)]),
    # a space typed after the dot (newswire text): one time, never its minutes read as an hour
    ("By 8. 30am crews were using cameras.", [("By 8. 30am", "by 08:30", 450, 510)]),
    ("The blaze started at 10. 15pm on Friday.", [("10. 15pm", "22:15", 1335, 1335)]),
    ("It began at 7. 45 p. m. Friday.", [("7. 45 p. m.", "19:45", 1185, 1185)]),
    ("He left at 10. 15 people stayed.", []),
    ("The fire started shortly before 9pm.", [("shortly before 9pm", "shortly before 21:00", 1230, 1260)]),
    ("The service starts at noon.", [("noon", "12:00", 720, 720)]),
    ("He was released at 12 a.m. and seen at 12 p.m.", [("12 a.m.", "00:00", 0, 0), ("12 p.m.", "12:00", 720, 720)]),
    # not times: a score, a decimal, durations
    ("The score was 3:2 and the ratio 4.30 today.", []),
    ("They searched for 40 hours over the past 24 hours.", []),
    ("Won 31-24 in 2:56.", []),
    # the United States' zones after a clock; four digits before them are a year
    ("The game ended at 9:40 p.m. ET on Sunday.", [("9:40 p.m. ET", "21:40 ET", 1300, 1300)]),
    ("Kickoff was at 6:40 p.m. PT.", [("6:40 p.m. PT", "18:40 PT", 1120, 1120)]),
    ("In 2015 CT scans showed the damage.", []),
    ("Recruits began a 6 a.m. PT session.", [("6 a.m.", "06:00", 360, 360)]),  # physical training
    # zones spelled out; not a name that goes on ("Central Park")
    ("The fixes came out at 11 a.m. Pacific time.", [("11 a.m. Pacific time", "11:00 PT", 660, 660)]),
    ("They were published at 2 p.m. Eastern on Tuesday.", [("2 p.m. Eastern", "14:00 ET", 840, 840)]),
    ("It aired at 9 p.m. Eastern Standard Time.", [("9 p.m. Eastern Standard Time", "21:00 EST", 1260, 1260)]),
    ("The fixes arrived at 7pm UK time.", [("7pm UK time", "19:00 UK", 1140, 1140)]),
    ("They met at 10 a.m. Central Park West.", [("10 a.m.", "10:00", 600, 600)]),
    # times told in words, read only when the words say morning or evening
    ("He surrendered at a quarter to three in the afternoon.", [("a quarter to three", "14:45", 885, 885)]),
    ("The shop opened at half past ten this morning.", [("half past ten", "10:30", 630, 630)]),
    ("They met at 6 o'clock in the evening.", [("6 o'clock", "18:00", 1080, 1080)]),
    ("He gave up at half past four.", []),
    ("He gave up at five o'clock.", []),
    ("The vote closes at noon Eastern time.", [("noon Eastern time", "12:00 ET", 720, 720)]),
    ("They met at noon Central Park.", [("noon", "12:00", 720, 720)]),
    ("The 6:30 p.m. Central line service was cancelled.", [("6:30 p.m.", "18:30", 1110, 1110)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_find_times(sentence: str, expected: list[tuple[str, str, int, int]]) -> None:
    found = find_times(sentence)
    got = [(sentence[t.start : t.end], t.display, t.value.low, t.value.high) for t in found]
    assert got == expected


def test_times_are_compared_within_one_zone(tmp_path: Path) -> None:
    from factcheck.api import check

    articles = {
        "a.txt": "The earthquake struck the island at 17:06 local time (13:36 GMT), the institute said.",
        "b.txt": "The institute said the earthquake struck the island at 17:06 local time (1336 GMT).",
        "c.txt": "The institute said the earthquake struck the island at 17:16 local time.",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    times = [f for f in report.findings if f.kind is ClaimKind.TIME]
    agree = [f for f in times if f.verdict is Verdict.AGREE]
    assert {tuple(c.display for c in f.claims) for f in agree} == {("17:06", "17:06"), ("13:36 GMT", "13:36 GMT")}
    (conflict,) = [f for f in times if f.verdict is Verdict.CONFLICT]
    assert {c.display for c in conflict.claims} == {"17:06", "17:16"}  # never against the GMT time
    assert conflict.articles == ("a.txt", "b.txt", "c.txt")


def test_overlapping_times_worded_apart_are_compatible(tmp_path: Path) -> None:
    from factcheck.api import check

    articles = {
        "a.txt": "A pedestrian was struck just after 7 p.m. on the avenue, according to a witness.",
        "b.txt": "Officers said the crash happened around 7 p.m. near the bus shelter.",
        "c.txt": "The market closed at 5 p.m. on the same avenue.",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    times = [f for f in report.findings if f.kind is ClaimKind.TIME]
    # the two sentences share hardly a word, but the two times overlap: one moment, told with
    # different precision; 5 p.m. overlaps neither and stays apart, on its own
    (compatible,) = [f for f in times if f.verdict is Verdict.COMPATIBLE]
    assert {c.display for c in compatible.claims} == {"just after 19:00", "about 19:00"}
    (single,) = [f for f in times if f.verdict is Verdict.SINGLE_SOURCE]
    assert [c.display for c in single.claims] == ["17:00"]
    assert not [f for f in times if f.verdict is Verdict.CONFLICT]


def test_times_of_one_event_in_few_shared_words_conflict(tmp_path: Path) -> None:
    from factcheck.api import check

    # the words around the two times are too few and too unlike for a conflict of context
    # (``judge.CONFLICT_LINK``), but both clauses name one event ("arrested") and share a word more
    articles = {
        "a.txt": "The driver was arrested near the depot at 6 a.m. on Sunday, a spokesman said.",
        "b.txt": "Neighbours told reporters that the driver had been arrested at 9 a.m.",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    (conflict,) = [f for f in report.findings if f.kind is ClaimKind.TIME and f.verdict is Verdict.CONFLICT]
    assert {c.display for c in conflict.claims} == {"06:00 on Sunday", "09:00"}  # the day its sentence gives
    assert "time of one event ('arrested' / 'arrested')" in conflict.explanation


def test_times_of_one_event_word_alone_do_not_conflict(tmp_path: Path) -> None:
    from factcheck.api import check

    # one event word and no other word in common: a report of a later tremor gives its own time
    articles = {
        "a.txt": "A radio station reports the tremor rattled windows in the valley at 4:20 p.m.",
        "b.txt": "Seismologists at the university recorded the temblor at 18:05 hours.",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    assert not [f for f in report.findings if f.kind is ClaimKind.TIME and f.verdict is Verdict.CONFLICT]


def test_times_of_one_verb_outside_the_lexicon_do_not_conflict(tmp_path: Path) -> None:
    from factcheck.api import check

    # "shown", "trading": verbs told of many moments (a programme, a price), not one event's time
    articles = {
        "a.txt": "The awards will be shown on the main channel at 8 p.m. on Sunday.",
        "b.txt": "A special on the floods will be shown on the main channel at 9 p.m.",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    assert not [f for f in report.findings if f.kind is ClaimKind.TIME and f.verdict is Verdict.CONFLICT]


def _time_findings(tmp_path: Path, articles: dict[str, str]) -> list:
    from factcheck.api import check

    tmp_path.mkdir(exist_ok=True)
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in check([tmp_path]).findings if f.kind is ClaimKind.TIME]


def test_times_with_no_zone_are_read_in_the_only_zone_given(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Firefighters were called to the blaze in the old warehouse at 18:15 GMT on Monday.",
        "b.txt": "Firefighters were called to a blaze in the old warehouse at 6.15pm.",
    }
    (agree,) = [f for f in _time_findings(tmp_path, articles) if f.verdict is Verdict.AGREE]
    assert {c.location.article for c in agree.claims} == {"a.txt", "b.txt"}
    assert any("read in GMT" in d for d in agree.details)
    assert [c.display for c in agree.claims if c.location.article == "b.txt"] == ["18:15 (no zone; read as GMT)"]


def test_times_said_local_or_converted_keep_their_own_zone(tmp_path: Path) -> None:
    # "local time" tells the story's zone apart from the reader's; a conversion shows the offset
    local = {
        "a.txt": "Firefighters were called to the blaze in the old warehouse at 18:15 GMT on Monday.",
        "b.txt": "Firefighters were called to a blaze in the old warehouse at 6.15pm local time.",
    }
    assert not [f for f in _time_findings(tmp_path, local) if f.verdict is Verdict.AGREE]
    converted = {
        "a.txt": "Firefighters were called to the blaze in the old warehouse at 18:15 GMT on Monday.",
        "b.txt": "Firefighters were called to a blaze in the old warehouse at 6.15pm.",
        "c.txt": "The siren sounded at 21:15 (18:15 GMT), residents said.",
    }
    agree = [f for f in _time_findings(tmp_path, converted) if f.verdict is Verdict.AGREE]
    assert all(len({c.unit for c in f.claims}) == 1 for f in agree)
    assert not [f for f in agree if {"a.txt", "b.txt"} <= {c.location.article for c in f.claims}]


def test_times_read_in_the_story_zone_never_conflict(tmp_path: Path) -> None:
    # a report from the place itself gives its local clock with no zone: read as GMT it would
    # contradict the GMT report, but the zone is a guess
    articles = {
        "a.txt": "The storm made landfall at 03:40 GMT on Tuesday, forecasters said.",
        "b.txt": "The storm made landfall on the island at 11:40 a.m. on Tuesday, forecasters said.",
    }
    times = _time_findings(tmp_path, articles)
    assert not [f for f in times if f.verdict is Verdict.CONFLICT]
    # the note goes only on groups with a time read so
    assert not [f for f in times if any("read in GMT" in d for d in f.details) and f.verdict is Verdict.AGREE]


def test_times_of_two_moments_of_one_event_do_not_conflict(tmp_path: Path) -> None:
    # shot at one hour, died at another: the event word itself, not its family ("die" / "shoot")
    shot = {
        "a.txt": "The guard was shot outside the bank at 10 p.m., police said on Sunday.",
        "b.txt": "The guard died in hospital at 11:30 p.m., police said.",
    }
    assert not [f for f in _time_findings(tmp_path / "shot", shot) if f.verdict is Verdict.CONFLICT]
    # a second arrest, a time told against the event
    second = {
        "a.txt": "Police said the arrest at 5 a.m. took place at the farm.",
        "b.txt": "Police said a second man was arrested at 10 a.m. at a petrol station.",
    }
    assert not [f for f in _time_findings(tmp_path / "second", second) if f.verdict is Verdict.CONFLICT]
    against = {
        "a.txt": "Witnesses said the shooting began at 6:05 p.m. near the stadium.",
        "b.txt": "Police said a gunman was shot by officers at 8:50 p.m., hours after the shooting near the stadium.",
    }
    assert not [f for f in _time_findings(tmp_path / "against", against) if f.verdict is Verdict.CONFLICT]


def test_an_article_giving_two_times_of_one_event_conflicts_with_neither(tmp_path: Path) -> None:
    articles = {
        "a.txt": "Police said the driver was arrested at 5 a.m. A cyclist was arrested at 10 a.m., police said.",
        "b.txt": "Neighbours told reporters that the driver had been arrested at 7 a.m.",
    }
    times = _time_findings(tmp_path, articles)
    assert not [f for f in times if f.verdict is Verdict.CONFLICT and "time of one event" in f.explanation]


def test_times_of_one_event_are_judged_whatever_the_file_order(tmp_path: Path) -> None:
    # each time is linked to its bucket's first time whatever its article (``match._clock_event_links``)
    texts = [
        "Police said the driver was arrested at 5 a.m. near the bridge. A cyclist was arrested at 10 a.m. at a "
        "hotel, police said.",
        "The driver was arrested at 7 a.m. near the bridge, neighbours said.",
    ]
    seen = []
    for first in ("a.txt", "z.txt"):
        folder = tmp_path / first
        folder.mkdir()
        for name, text in zip((first, "b.txt"), texts, strict=True):
            (folder / name).write_text(text, encoding="utf-8")
        times = _time_findings(folder, {})
        seen.append(sorted((f.verdict.value, sorted(c.display for c in f.claims)) for f in times))
    assert seen[0] == seen[1]


def test_a_zone_given_elsewhere_leaves_times_with_no_zone_as_they_are(tmp_path: Path) -> None:
    # one report gives an unrelated time in GMT: the ferry's two departures, neither zoned, still
    # contradict each other (their group holds no zoned time, so nothing is read in GMT)
    articles = {
        "a.txt": "The ferry left the harbour at 5 a.m. on Thursday, the operator said.",
        "b.txt": "The ferry left the harbour at 8 a.m. on Thursday, the operator said.",
        "c.txt": "Shares in the operator closed lower at 16:30 GMT on Thursday.",
    }
    times = _time_findings(tmp_path, articles)
    (conflict,) = [f for f in times if f.verdict is Verdict.CONFLICT]
    assert {c.location.article for c in conflict.claims} == {"a.txt", "b.txt"}
    assert not any("read as" in c.display for c in conflict.claims)


def test_a_time_read_in_the_story_zone_keeps_the_conflict_of_two_zoned_times(tmp_path: Path) -> None:
    # b's zone-less time equals a's: a and c, both in GMT, still contradict each other
    said = "The ferry left the harbour at {} on Thursday, the operator said."
    articles = {"a.txt": said.format("04:10 GMT"), "b.txt": said.format("4.10am"), "c.txt": said.format("06:10 GMT")}
    times = _time_findings(tmp_path, articles)
    (conflict,) = [f for f in times if f.verdict is Verdict.CONFLICT]
    assert {"a.txt", "c.txt"} <= {c.location.article for c in conflict.claims}


def test_clocks_of_two_us_zones_are_never_compared(tmp_path: Path) -> None:
    # 9:40 p.m. Eastern is 6:40 p.m. Pacific: one moment; read as two local clocks, it was a conflict
    from factcheck.api import check

    lead = (
        "KESTON, Pa., Jan 13, 2026{ap} -- A power cut left about 40,000 homes in western Keston County without"
        " electricity on Tuesday night, the utility Amberline said."
    )
    articles = {
        "a.txt": lead.format(ap=" (AP)") + " The lights went out at 9:40 p.m. ET across the county's western towns.",
        "b.txt": lead.format(ap="") + " The lights went out at 9:40 p.m. ET, Amberline said.",
        "c.txt": lead.format(ap="")
        + " The lights went out across the western towns at 6:40 p.m. PT, an Amberline engineer in Oregon said.",
        "d.txt": lead.format(ap="") + " Power was restored to most homes by Wednesday morning.",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    times = [f for f in check([tmp_path]).findings if f.kind is ClaimKind.TIME]
    assert {"21:40 ET", "18:40 PT"} <= {c.display for f in times for c in f.claims}
    assert not [f for f in times if f.verdict is Verdict.CONFLICT]


_LEAD = (
    "ARDLEY, May 5, 2026{ap} -- Voters in Ardley County choose a new sheriff on Tuesday in a race between"
    " Carl Dunmore and Rita Achebe, and about 38,000 people are registered to vote."
)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # two moments of one event: a start and an end, a plan and what happened
        ("Polling stations across the county open at 7 a.m.", "Polling stations close at 8 p.m.", False),
        ("The count begins at 9 p.m. in the county hall.", "The count ends at 11 p.m. in the county hall.", False),
        (
            "The first results had been set for 9 p.m. in the county hall.",
            "The first results came at 11 p.m. in the county hall.",
            False,
        ),
        (
            "The recount hearing began at 9:30 a.m. in the county hall.",
            "The recount hearing adjourned at 4:30 p.m. in the county hall.",
            False,
        ),
        # two events of the lexicon named beside the times
        (
            "A poll worker was shot outside the county hall at 10:30 p.m.",
            "Police arrested a man outside the county hall at 11:45 p.m.",
            False,
        ),
        # one moment told otherwise is still a conflict
        ("Polling stations across the county open at 7 a.m.", "Polling stations open at 8 a.m.", True),
        (
            "Polling stations across the county open at 7 a.m.",
            "Polling stations across the county take voters at 8 a.m.",
            True,
        ),
    ],
)
def test_two_moments_of_one_event_are_never_one_time(tmp_path: Path, first: str, second: str, conflict: bool) -> None:
    from factcheck.api import check

    articles = {
        "a.txt": f"{_LEAD.format(ap=' (AP)')} {first}",
        "b.txt": f"{_LEAD.format(ap='')} Turnout is expected to be low. {first}",
        "c.txt": f"{_LEAD.format(ap='')} {second}",
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    times = [f for f in check([tmp_path]).findings if f.kind is ClaimKind.TIME]
    assert bool([f for f in times if f.verdict is Verdict.CONFLICT]) is conflict


@pytest.mark.parametrize(
    ("sentence", "surface", "moment"),
    [
        ("Polling stations open at 7 a.m.", "7 a.m.", ("start", False)),
        ("Polling stations are due to open at 7 a.m.", "7 a.m.", ("start", True)),
        ("Polling stations are scheduled to close at 9 p.m.", "9 p.m.", ("end", True)),
        ("The launch had been set for 6:10 a.m.", "6:10 a.m.", ("", True)),
        # a verb and its particle
        ("The rocket lifted off at 9:10 p.m.", "9:10 p.m.", ("start", False)),
        ("Rescuers called off the search at 6 p.m.", "6 p.m.", ("end", False)),
        ("The ferry set sail at 7:30 a.m.", "7:30 a.m.", ("start", False)),
        # an adjective or a cause is no plan
        ("The planned march by farmers began at 2 p.m.", "2 p.m.", ("start", False)),
        ("A freight train derailed due to a broken rail at 7:05 a.m.", "7:05 a.m.", ("", False)),
        ("The roof collapsed due to heavy snow at 4:20 p.m.", "4:20 p.m.", ("", False)),
        ("The storm made landfall earlier than expected at 6 a.m.", "6 a.m.", ("", False)),
        ("A fire set at 2 a.m. destroyed the barn.", "2 a.m.", ("", False)),
        # the verb nearest the time governs it, not a participle of its subject
        ("A footbridge closed for repairs collapsed at 5:40 p.m.", "5:40 p.m.", ("", False)),
        ("The search was suspended at 6 p.m.", "6 p.m.", ("end", False)),
        ("The sentencing hearing adjourned at 4:30 p.m.", "4:30 p.m.", ("end", False)),
    ],
)
def test_the_moment_of_an_event_a_clock_time_is_given_for(sentence: str, surface: str, moment: tuple) -> None:
    from factcheck.judge import _moment_in

    assert _moment_in(sentence, surface) == moment


def test_zones_of_known_offset_are_read_by_the_day() -> None:
    from datetime import date

    from factcheck.times import gmt_offset

    assert gmt_offset("PT", date(2028, 6, 13)) == -7 * 60  # daylight saving
    assert gmt_offset("PT", date(2028, 1, 13)) == -8 * 60
    assert gmt_offset("UK", date(2028, 6, 13)) == 60
    assert gmt_offset("EST", date(2028, 7, 11)) == -4 * 60  # "EST" in July: Eastern time, as news writes it
    assert gmt_offset("JST", None) == 9 * 60  # one offset all year
    assert gmt_offset("ET", None) is None  # no day to tell daylight saving by
    assert gmt_offset("IST", date(2028, 6, 13)) is None  # India's or Ireland's
    assert gmt_offset("CST", date(2028, 6, 13)) is None  # the United States' or China's
    # a publication date a few days from a clock change tells nothing of a time with no day of its own
    assert gmt_offset("UK", date(2028, 10, 27), own_day=False) is None
    assert gmt_offset("UK", date(2028, 10, 27)) == 60


def _dated_time_findings(tmp_path: Path, articles: dict[str, str], published: str) -> list:
    """The time findings of ``articles``, each published on ``published``."""
    from factcheck.api import check

    for name, text in articles.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    sources = "".join(f'["{name}"]\noutlet = "O{k}"\npublished = {published}\n\n' for k, name in enumerate(articles))
    (tmp_path / "sources.toml").write_text(sources, encoding="utf-8")
    return [f for f in check([tmp_path]).findings if f.kind is ClaimKind.TIME]


def test_clocks_of_two_zones_meet_as_one_moment(tmp_path: Path) -> None:
    articles = {
        "a.txt": "The company published the security updates at 11 a.m. Pacific time, it said.",
        "b.txt": "The company published its security updates at 7pm UK time, it said.",
        "c.txt": "The company published the security updates at 11 a.m. Eastern time, it said.",
    }
    times = _dated_time_findings(tmp_path, articles, "2028-06-13")
    (agree,) = [f for f in times if f.verdict is Verdict.AGREE]
    assert {c.location.article for c in agree.claims} == {"a.txt", "b.txt"}
    # read on one clock (of the zones given once each, the first by name), the offsets of the day named
    assert "PT is GMT-7, ET GMT-4 on 2028-06-13" in " ".join(agree.details)
    (conflict,) = [f for f in times if f.verdict is Verdict.CONFLICT]
    assert "11:00 PT (= 14:00 ET)" in conflict.explanation
    assert "11:00 ET" in conflict.explanation


def test_a_standard_time_abbreviation_in_summer_is_its_regions_clock(tmp_path: Path) -> None:
    # news writes "EST" all year; 9 p.m. Eastern is 01:00 GMT the next day, but 6 p.m. on the Pacific clock
    articles = {
        "a.txt": "The debate between the two candidates starts at 9 p.m. Eastern Standard Time on Tuesday.",
        "b.txt": "The debate between the two candidates starts at 9 p.m. Eastern on Tuesday, organisers said.",
        "c.txt": "The debate between the two candidates starts at 6 p.m. Pacific on Tuesday.",
    }
    times = _dated_time_findings(tmp_path, articles, "2028-07-31")
    (agree,) = [f for f in times if f.verdict is Verdict.AGREE]
    assert {c.location.article for c in agree.claims} == {"a.txt", "b.txt", "c.txt"}
    assert not [f for f in times if f.verdict is Verdict.CONFLICT]
