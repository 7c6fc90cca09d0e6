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
    # a part of the day modifying a noun, "the early hours" of something else, a name, a speaker's tonight
    ("In the early hours of the rescue, engineers drilled a shaft.", []),
    ("The crash led the Tuesday night football broadcast.", []),
    ("The Saturday morning market stalls would close.", []),
    ("Fans held a silence at the Sunday evening kick-off.", []),
    ("Members enjoyed a rare Friday night out before the vote.", []),
    ("The story led the late Friday edition of the Courier.", []),
    ("It was discussed on The Tonight Show.", []),
    ("\"Tonight we can finally sleep,\" said the miner's sister.", []),
    ("The vote came in the early hours of the morning.", [("the early hours of the morning", "early hours", 0, 359)]),
    ("Two people died on Friday night when a tree fell.", [("Friday night", "night", 1080, 1439)]),
    # a participle, an adverb, "local time" after a part of the day: still a time; an -ing noun: a thing
    ("The actor died Thursday night surrounded by her family.", [("Thursday night", "night", 1080, 1439)]),
    ("The quake struck late Sunday local time.", [("late Sunday", "late", 900, 1439)]),
    ("The dam burst on Monday night sending water into the valley.", [("Monday night", "night", 1080, 1439)]),
    ("The roof fell on Friday evening shortly after the alarm.", [("Friday evening", "evening", 1020, 1439)]),
    ("Troops moved in on Saturday night following reports of looting.", [("Saturday night", "night", 1080, 1439)]),
    ("He missed the Tuesday night meeting of the council.", []),
    ("Crowds left the Sunday morning service early.", []),
    ("She caught the Friday night train home.", []),
    ("Shares fell in early Monday trading in Oslo.", []),
    # "all"/"each" inside a word is no habit ("town hall", "beach", "rainfall")
    ("Crowds filled the town hall on Monday evening.", [("Monday evening", "evening", 1020, 1439)]),
    ("Bodies washed up on the beach Sunday morning.", [("Sunday morning", "morning", 300, 719)]),
    ("Roads flooded after heavy rainfall Friday night.", [("Friday night", "night", 1080, 1439)]),
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
    assert compatible.explanation == (
        "'7:20 p.m.' falls within 'Thursday evening' (17:00-23:59): a part of the day is less precise"
    )
    (part,) = [c for c in compatible.claims if c.granularity == PART_OF_DAY]
    assert [(s.source, s.result, s.rule) for s in part.steps] == [
        ("Thursday evening", "17:00-23:59", "part of the day: evening"),
        ("Thursday", "weekday:3", "the day of the time: the date in it"),
    ]
    assert part.display == "evening of Thursday (17:00-23:59)"
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


def _times(tmp_path: Path, articles: dict[str, str], published: dict[str, str] | None = None) -> list:
    from factcheck.api import check

    tmp_path.mkdir(exist_ok=True)
    _write(tmp_path, articles)
    if published:
        (tmp_path / "sources.toml").write_text(
            "".join(f'["{name}"]\npublished = {day}\n' for name, day in published.items()), encoding="utf-8"
        )
    found = check([tmp_path]).findings
    return [f for f in found if f.kind is ClaimKind.TIME and f.verdict is not Verdict.SINGLE_SOURCE]


def test_the_day_of_a_time_is_kept_and_shown() -> None:
    from datetime import date

    from factcheck.extract.numeric import extract_sentence
    from factcheck.models import Sentence
    from factcheck.text import LineIndex
    from factcheck.times import time_day

    def days(sentence: str, published: date | None) -> list[tuple[str, str, str]]:
        found = extract_sentence("a.txt", Sentence(0, len(sentence), sentence, 0), published, LineIndex(sentence))
        return [(c.surface, time_day(c), c.display) for c in found if c.kind is ClaimKind.TIME]

    saturday = date(2025, 5, 10)
    assert days("Crews were called to the mill at 9:15 p.m. on Thursday, the service said.", saturday) == [
        ("9:15 p.m.", "2025-05-08", "21:15 on Thursday 8 May")
    ]
    assert days("The mayor resigned last night after an audit.", saturday) == [
        ("last night", "2025-05-09", "night of Friday 9 May (18:00-23:59)")
    ]
    # "overnight Friday" is the small hours of Saturday; "overnight into Saturday" too
    assert days("A blast tore through the block overnight Friday, the brigade said.", None)[0][1] == "weekday:5"
    assert days("Homes lost power overnight into Saturday, the grid operator said.", None)[0][1] == "weekday:5"
    assert days("The vote came at 3:05 a.m. after a long session.", saturday) == [("3:05 a.m.", "", "03:05")]
    # a "will"/"would" of a relative clause (or of the main clause beside one) is not the tense of the time
    assert days("A cook, who was detained at 8 p.m. on Monday, will face a judge next week.", saturday) == [
        ("8 p.m.", "2025-05-05", "20:00 on Monday 5 May")
    ]
    assert days("The pilot, who would have turned 50 next month, died at 2 a.m. on Friday.", saturday) == [
        ("2 a.m.", "2025-05-09", "02:00 on Friday 9 May")
    ]
    # a future sentence read the day ahead, but the verb beside the time is past: no day rather than a wrong one
    assert days("A wake will be held for the baker killed at 6 p.m. on Thursday.", saturday) == [
        ("6 p.m.", "", "18:00")
    ]
    assert days("The minister will resign after the vote at 4 p.m. on Tuesday.", saturday)[0][1] == "2025-05-13"
    assert days("The mayor is expected to quit after the vote at 4 p.m. on Tuesday.", saturday)[0][1] == "2025-05-13"


def test_times_of_two_days_are_never_linked(tmp_path: Path) -> None:
    # successive evenings of a protest; a clock time on Thursday and a night on Friday (the date
    # finding tells the difference); "this afternoon" in reports of two days
    assert not _times(
        tmp_path / "evenings",
        {
            "a.txt": "Thousands of protesters gathered outside the Vell parliament on Monday evening, police said.",
            "b.txt": "Thousands of protesters gathered outside the Vell parliament on Tuesday evening, police said.",
        },
        {"a.txt": "2025-05-13", "b.txt": "2025-05-14"},
    )
    assert not _times(
        tmp_path / "wrongday",
        {
            "a.txt": "Fire crews were called to the Ostrander warehouse at 9:15 p.m. on Thursday, the county said.",
            "b.txt": "Fire crews were called to the Ostrander warehouse on Friday night, the county said.",
        },
    )
    assert not _times(
        tmp_path / "relative",
        {
            "a.txt": "The Kessing mayor held a press conference about the audit this afternoon, his office said.",
            "b.txt": "The Kessing mayor held a press conference about the audit this afternoon, his office said.",
        },
        {"a.txt": "2025-06-02", "b.txt": "2025-06-03"},
    )


def test_no_part_of_the_day_for_what_will_happen_nor_in_unlike_words(tmp_path: Path) -> None:
    assert not _times(
        tmp_path / "presser",
        {
            "a.txt": "Two men were wounded in a shooting on the Velk bridge at 1:15 p.m. on Tuesday, police said.",
            "b.txt": "Police said they would give details of the Velk bridge shooting, in which two men were wounded, "
            "this afternoon.",
        },
    )
    # one event named beside both (the key), no word in common, the clause of the part of the day
    # telling another event: not compared
    assert not _times(
        tmp_path / "unlike",
        {
            "a.txt": "Two men were wounded in a shooting on the Velk bridge at 1:15 p.m., police said.",
            "b.txt": "The shooting left the old town in shock, and officers cordoned it off this afternoon.",
        },
    )


def test_an_event_after_after_is_not_the_key_of_a_part_of_the_day() -> None:
    from factcheck.extract.numeric import extract_sentence
    from factcheck.models import Sentence
    from factcheck.text import LineIndex

    def keys(sentence: str) -> list[str]:
        found = extract_sentence("a.txt", Sentence(0, len(sentence), sentence, 0), None, LineIndex(sentence))
        return [c.key for c in found if c.kind is ClaimKind.TIME]

    assert keys("Fans gathered outside the stadium on Monday evening, hours after the arrest of the coach.") != [
        "arrest"
    ]
    assert keys("The coach was arrested on Monday evening at his home.") == ["arrest"]


def test_a_part_of_the_day_left_with_no_day_still_names_a_dated_day(tmp_path: Path) -> None:
    # b's "next" reads its Friday ahead, "ended" is past: the part has no day, but it names Friday,
    # and the same "Friday evening" of one dated day adds nothing to the date finding
    assert not _times(
        tmp_path,
        {
            "a.txt": "The Tolber derby ended in a 1-1 draw at Quarry Lane on Friday evening, police said.",
            "b.txt": "The Tolber derby ended in a 1-1 draw at Quarry Lane on Friday evening, with the cup tie "
            "next on the fixture list.",
        },
        {"a.txt": "2025-08-24", "b.txt": "2025-08-24"},
    )


def test_a_future_relative_clause_leaves_a_past_part_of_the_day() -> None:
    from factcheck.extract.numeric import _told_ahead

    def ahead(sentence: str) -> bool:
        return _told_ahead(sentence, find_day_parts(sentence)[0].start)

    assert not ahead("The barge, which the owners say will be refloated in spring, sank on Monday evening.")
    assert not ahead("The clerk, who will retire next year, was robbed at her desk on Tuesday evening.")
    assert not ahead("A memorial will be held for the two hikers killed in a rockfall on Sunday night.")
    assert ahead("Police would give details of the raid, in which two men were hurt, this afternoon.")
    assert ahead("The minister will visit the flooded village on Sunday morning.")


def test_a_part_of_the_day_of_another_event_is_not_compared(tmp_path: Path) -> None:
    assert not _times(
        tmp_path,
        {
            "a.txt": "A gunman opened fire at Lutterby secondary school at 8:10 a.m. on Monday, wounding two "
            "teachers, police said.",
            "b.txt": "A 19-year-old former pupil was detained at a house near Lutterby secondary school on Monday "
            "morning, wounding no one, police said.",
        },
    )


def test_the_explanation_uses_the_articles_words_and_day(tmp_path: Path) -> None:
    (compatible,) = _times(
        tmp_path,
        {
            "a.txt": "An explosion tore through an apartment block on Gorne Street in Tessaly at 00:30 on Saturday, "
            "the fire brigade said.",
            "b.txt": "An explosion tore through an apartment block on Gorne Street in Tessaly early Saturday, "
            "the fire brigade said.",
        },
    )
    assert compatible.explanation == (
        "'00:30' (Saturday) falls within 'early Saturday' (00:00-08:59): a part of the day is less precise"
    )


def test_two_parts_of_the_day_of_equal_width_overlap_and_a_night_names_its_small_hours(tmp_path: Path) -> None:
    # afternoon and evening share 17:00-17:59 (a late afternoon is an early evening): both may be true,
    # neither is the more precise; an "overnight Friday" is shown in its words, its day in brackets
    (overlap,) = _times(
        tmp_path / "overlap",
        {
            "a.txt": "A gas main exploded under Harrow Lane in Pellick on Monday afternoon, the fire service said.",
            "b.txt": "A gas main exploded under Harrow Lane in Pellick on Monday evening, the fire service said.",
        },
    )
    assert overlap.verdict is Verdict.COMPATIBLE
    assert "less precise" not in overlap.explanation
    assert "overlap from 17:00 to 17:59: both may be true" in overlap.explanation
    (night,) = _times(
        tmp_path / "night",
        {
            "a.txt": "A gas main exploded under Harrow Lane in Pellick at 2:30 a.m. on Saturday, firemen said.",
            "b.txt": "A gas main exploded under Harrow Lane in Pellick overnight Friday, firemen said.",
        },
        {"a.txt": "2025-07-12", "b.txt": "2025-07-12"},
    )
    assert night.explanation == (
        "'2:30 a.m.' (Saturday 12 July) falls within 'overnight' (small hours of Saturday 12 July) "
        "(00:00-05:59): a part of the day is less precise"
    )


def test_parts_of_the_day_on_dated_days_do_not_repeat_the_date(tmp_path: Path) -> None:
    from factcheck.api import check

    articles = {
        "a.txt": "The red warning for the Caslin coast was lifted on Saturday evening, the weather office said.",
        "b.txt": "The weather office lifted its red warning for the Caslin coast on Saturday evening.",
    }
    _write(tmp_path, articles)
    findings = check([tmp_path]).findings
    times = [f for f in findings if f.kind is ClaimKind.TIME]
    assert times
    assert {f.verdict for f in times} == {Verdict.SINGLE_SOURCE}
    assert Verdict.AGREE in {f.verdict for f in findings if f.kind is ClaimKind.DATE}


def test_a_clock_time_of_one_event_in_other_words_falls_within_its_part_of_the_day(tmp_path: Path) -> None:
    # one event named beside both (the fire), one day, no other event named in either clause: the
    # words around them need not be alike
    (found,) = _times(
        tmp_path,
        {
            "a.txt": "Crews were called to the fire at the Harlow Road depot at 9:40 p.m. on Friday.",
            "b.txt": "The depot blaze broke out on Friday night, gutting two sheds, neighbours said.",
        },
    )
    assert found.verdict is Verdict.COMPATIBLE
    assert "falls within 'Friday night'" in found.explanation


def test_a_clock_time_told_of_it_falls_within_the_part_of_the_day_of_the_event(tmp_path: Path) -> None:
    # "It struck at 2:10 p.m.": the pronoun stands for the report's event, so the time is compared
    # with the part of the day another report gives for the storm, in unlike words
    (found,) = _times(
        tmp_path,
        {
            "a.txt": "Roofs were torn off in Kelby by a fierce storm early Tuesday afternoon, the mayor said.",
            "b.txt": "Fallen trees blocked the coast road out of Kelby.\n"
            "It struck at 2:10 p.m. and was followed by heavy rain.",
        },
    )
    assert found.verdict is Verdict.COMPATIBLE
    assert "'2:10 p.m.' falls within 'early Tuesday afternoon'" in found.explanation


@pytest.mark.parametrize("verb", ["closed", "said", "docked", "published"])
def test_a_clock_time_told_of_it_with_a_verb_not_of_the_event_is_not_compared(tmp_path: Path, verb: str) -> None:
    # "It closed at 2:10 p.m.": the end of something; "It said at ...", "It docked at ...": an office, a
    # ferry, not the storm happening
    assert not _times(
        tmp_path,
        {
            "a.txt": "Roofs were torn off in Kelby by a fierce storm early Tuesday afternoon, the mayor said.",
            "b.txt": "The coast road out of Kelby was blocked by fallen trees.\n"
            f"It {verb} at 2:10 p.m. and was followed by heavy rain.",
        },
    )
