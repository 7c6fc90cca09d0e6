"""Tests for factcheck.judge_dates on claims read from small hand-made articles."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.judge import value_classes
from factcheck.judge_dates import event_links
from factcheck.models import ClaimKind, Verdict


class _Facts:
    """Articles of two events as the run is split, that still share facts enough as a pair."""

    def may_share(self, a: str, b: str) -> bool:
        return True


def test_dates_of_one_event_word_conflict_between_articles_that_share_facts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "A 52-year-old woman was charged with second-degree murder Monday after the attack at the mill in Brenton.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Police said the 52-year-old woman was charged Saturday with second-degree murder over the attack in Brenton.",
        encoding="utf-8",
    )
    dates = [c for c in check([tmp_path]).claims if c.kind is ClaimKind.DATE]
    classes = value_classes(dates)
    links: dict = {}
    event_links(classes, links, _Facts())  # type: ignore[arg-type]
    (link,) = links.values()
    assert link.disjoint is not None
    assert {c.surface for c in link.disjoint} == {"Monday", "Saturday"}


def test_same_year_of_one_event_in_other_words_is_one_agreement(tmp_path: Path) -> None:
    """Without ``match._same_date_links`` the two years share too few words to be grouped."""
    (tmp_path / "a.txt").write_text(
        "Doran coached the Harbour Gulls for six seasons before retiring in 1987.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("He retired in 1987 and moved to the coast.", encoding="utf-8")
    report = check([tmp_path])
    agree = [f for f in report.findings if f.kind is ClaimKind.DATE and f.verdict.value == "agree"]
    assert len(agree) == 1
    assert {c.location.article for c in agree[0].claims} == {"a.txt", "b.txt"}


def test_same_year_of_two_events_is_not_grouped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Doran coached the Harbour Gulls for six seasons before retiring in 1987.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("She was born in 1987 and moved to the coast.", encoding="utf-8")
    report = check([tmp_path])
    assert not [f for f in report.findings if f.kind is ClaimKind.DATE and f.verdict.value == "agree"]


def test_event_reason_names_the_granularity_the_dates_share(tmp_path: Path) -> None:
    """Two years of one event are "the year of one event", two days "the day of one event"."""
    from factcheck.judge_dates import event_reason

    (tmp_path / "a.txt").write_text("The dam was opened in 1961 after years of work.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said the dam was opened in 1964 by the governor.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("The dam was opened on Tuesday after years of work.", encoding="utf-8")
    (tmp_path / "d.txt").write_text("Officials said the dam was opened on Thursday by the governor.", encoding="utf-8")
    dates = {c.location.article: c for c in check([tmp_path]).claims if c.kind is ClaimKind.DATE}
    assert event_reason(dates["a.txt"], dates["b.txt"]) == "both are the year of one event ('opened' / 'opened')"
    assert event_reason(dates["c.txt"], dates["d.txt"]) == "both are the day of one event ('opened' / 'opened')"


def _dated_folder(tmp_path: Path, texts: dict[str, tuple[str, str]]) -> Path:
    """A folder of articles (name -> (text, publication day)) with its sources.toml."""
    for name, (text, _) in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    sources = "".join(f'["{name}"]\npublished = {day}\n' for name, (_, day) in texts.items())
    (tmp_path / "sources.toml").write_text(sources, encoding="utf-8")
    return tmp_path


_CHECKED_IN = "The actress Mira Holloway has checked into a clinic in Arizona for treatment, her publicist said {day}."


def test_a_follow_ups_statement_after_the_others_were_published_is_a_second_statement(tmp_path: Path) -> None:
    texts = {f"{k}.txt": (_CHECKED_IN.format(day="on Wednesday"), "2027-06-09") for k in "abc"}
    texts["d.txt"] = (
        "Mira Holloway will extend her stay at the Arizona clinic for treatment, her publicist said on Friday.",
        "2027-06-11",
    )
    report = check([_dated_folder(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]


def test_one_sentence_with_its_statement_day_changed_still_conflicts(tmp_path: Path) -> None:
    texts = {
        "a.txt": (_CHECKED_IN.format(day="Wednesday"), "2027-02-03"),
        "b.txt": (_CHECKED_IN.format(day="on Friday"), "2027-02-06"),  # the same statement, its day misdated
    }
    report = check([_dated_folder(tmp_path, texts)])
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]
    assert {c.surface for c in conflict.claims} == {"Wednesday", "Friday"}


def test_a_follow_up_misdating_the_statement_before_it_still_conflicts(tmp_path: Path) -> None:
    texts = {f"{k}.txt": (_CHECKED_IN.format(day="on Wednesday"), "2027-06-09") for k in "abc"}
    texts["d.txt"] = (_CHECKED_IN.format(day="on Tuesday"), "2027-06-11")
    report = check([_dated_folder(tmp_path, texts)])
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]
    assert {c.surface for c in conflict.claims} == {"Wednesday", "Tuesday"}


def test_one_quotation_with_tonight_retold_the_next_day_is_one_night(tmp_path: Path) -> None:
    said = "This is a tragedy for Wexcombe and for every family that came here tonight to enjoy the harbour festival"
    texts = {
        "a.txt": (
            f'"{said}," Assistant Chief Constable Ruth Pellow told reporters near the scene shortly before midnight.',
            "2027-07-24",
        ),
        "b.txt": (f'Assistant Chief Constable Ruth Pellow: "{said}."', "2027-07-25"),
    }
    report = check([_dated_folder(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]
    tonight = sorted(c.display for c in report.claims if c.surface == "tonight")
    assert tonight == ["2027-07-24", "2027-07-25"]  # each still read against its own report's day


def test_a_day_a_state_still_held_is_no_other_day_of_an_event(tmp_path: Path) -> None:
    texts = {
        "a.txt": (
            "Guard Tom Reyes was flown to Marlow General Hospital in Marlow, where he was in serious but stable"
            " condition on Monday, a hospital spokeswoman said.",
            "2027-10-19",
        ),
        "b.txt": (
            "Guard Tom Reyes, who was flown to Marlow General Hospital in Marlow, remained there on Tuesday with"
            " a fractured skull, a hospital spokeswoman said.",
            "2027-10-20",
        ),
    }
    report = check([_dated_folder(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]


def test_a_state_after_an_event_keeps_the_events_day() -> None:
    from factcheck.judge_dates import _state_day
    from factcheck.models import Claim, Location

    def claim(sentence: str, surface: str) -> Claim:
        at = sentence.index(surface)
        return Claim(ClaimKind.DATE, "event", None, surface, "", Location("a.txt", 1, at + 1, at, at + len(surface)),
                     sentence, surface)  # fmt: skip

    assert _state_day(claim("He remained in hospital on Tuesday.", "Tuesday"))
    assert _state_day(claim("Reyes, 46, remained at St. Brendan Medical Center in Marlow on Wednesday.", "Wednesday"))
    assert _state_day(claim("Homes were still without power on Saturday.", "Saturday"))
    assert not _state_day(claim("Rescuers were still digging yesterday after Sunday's quake.", "after Sunday"))
    assert not _state_day(claim("Rescuers were still digging after the quake on Sunday.", "Sunday"))
    # a noun, or a state word of another verb than the date's
    assert not _state_day(claim("Human remains were found on Tuesday near Hollis.", "Tuesday"))
    assert not _state_day(claim("A judge granted a stay on Monday for the inmate.", "Monday"))
    assert not _state_day(claim("Police still have not said why officers arrested him on Thursday.", "Thursday"))
    assert not _state_day(claim("Guests who stayed at the hotel were evacuated on Monday.", "Monday"))
    assert not _state_day(claim("The bridge that still carries traffic was built in 1932.", "1932"))


_CROWD = {
    "a.txt": "A cyclist was struck by a lorry on Merrow Lane around 8 a.m. Tuesday, police said.",
    "b.txt": "She was hit at the junction about 8 a.m., a police spokesman said.",
    "c.txt": "The cyclist, 34, was struck by a gravel lorry around 8 a.m. outside the depot.",
    "d.txt": "She was knocked down on Merrow Lane at about 8 a.m., the county sheriff said.",
    "e.txt": "Witnesses said the lorry struck the cyclist near the depot around 8 a.m. Tuesday.",
}
_LONE = "Officers said the rider was at the junction around 11 a.m. as the truck hit her."


def _time_conflicts(folder: Path, texts: dict[str, str]) -> list[set[str]]:
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return [
        {f"{c.location.article}: {c.surface}" for c in f.claims}
        for f in check([folder]).by_verdict(Verdict.CONFLICT)
        if f.kind is ClaimKind.TIME
    ]


def test_a_time_one_report_alone_gives_conflicts_with_the_moment_a_crowd_gives(tmp_path: Path) -> None:
    """The lone time shares two words with one report's and too few to be grouped with any."""
    (found,) = _time_conflicts(tmp_path / "one", {**_CROWD, "f.txt": _LONE})
    assert "f.txt: around 11 a.m." in found
    assert "b.txt: about 8 a.m." in found


def test_a_lone_time_needs_four_other_reports_of_the_moment(tmp_path: Path) -> None:
    three = {k: v for k, v in _CROWD.items() if k in ("a.txt", "b.txt", "c.txt")}
    assert not _time_conflicts(tmp_path / "three", {**three, "f.txt": _LONE})


def test_a_lone_time_of_a_report_giving_the_crowds_time_too_is_another_moment(tmp_path: Path) -> None:
    """The report gives the crowd's time in zones of its own: still the crowd's moment, whatever
    group of zones its times are read in."""
    both = f"The cyclist was knocked down near 8 a.m. ET (1200 GMT) on Merrow Lane. {_LONE}"
    assert not _time_conflicts(tmp_path / "both", {**_CROWD, "f.txt": both})


def test_a_time_that_names_a_thing_is_no_moment_of_the_event(tmp_path: Path) -> None:
    thing = "Officers said the rider at the junction was hit by the 11 a.m. bus."
    assert not _time_conflicts(tmp_path / "thing", {**_CROWD, "f.txt": thing})


def test_a_lone_time_told_in_words_the_crowd_does_not_share_is_left_alone(tmp_path: Path) -> None:
    """One word in common with one report is no evidence that it is the crowd's moment."""
    unlike = "Officers said the rider's phone rang around 11 a.m. and she was told the truck had hit her sister."
    assert not _time_conflicts(tmp_path / "unlike", {**_CROWD, "f.txt": unlike})


_ENROL = (
    "The harbour board of Tessly has opened places on its new apprentice scheme for young welders. "
    "{other} Enrolment will run from {start} to April 20."
)


def test_one_short_sentence_copied_with_its_date_changed_conflicts(tmp_path: Path) -> None:
    """The copied sentence shares too few context words for ``judge._class_links`` to compare its dates
    (``judge_dates.copied_links``)."""
    texts = {
        "a.txt": (_ENROL.format(other="Twelve places are on offer.", start="March 3"), "2031-02-20"),
        "b.txt": (_ENROL.format(other="The scheme pays a wage.", start="March 8"), "2031-02-21"),
    }
    report = check([_dated_folder(tmp_path, texts)])
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]
    assert {c.location.article for c in conflict.claims} == {"a.txt", "b.txt"}
    assert "one sentence in both, its date changed" in conflict.explanation


def test_thing_moment_reads_the_subject_of_a_moments_verb_past_a_relative_clause() -> None:
    from factcheck.judge_dates import thing_moment

    assert thing_moment("Staff were sent home after the barn blaze broke out about 7.10pm.", "about 7.10pm") == (
        "fire",
        "broke",
        "blaze",
    )
    relative = (
        "The fire, which investigators think was set deliberately, broke out in the loading bay at 7.25pm on Tuesday."
    )
    assert thing_moment(relative, "7.25pm") == ("fire", "broke", "fire")
    assert thing_moment("The storm broke up over the hills at 6pm.", "6pm")[1] == "broke up"
    # no event as the subject, or another verb nearer the time
    assert thing_moment("It broke out in the loading bay at 7.25pm.", "7.25pm") == ("", "", "")
    assert thing_moment("Crews were called to the warehouse at 7.25pm.", "7.25pm") == ("", "", "")
    assert thing_moment("A fire that broke out in a shed reached the roof at 7.40pm.", "7.40pm") == ("", "", "")


_BLAZE = (
    "A fire destroyed the Harlow Road paint warehouse in Dornley on Tuesday night. Staff were sent to a church hall "
    "after the barn blaze broke out in the loading bay about 7.10pm."
)
_FIRE = (
    "The Harlow Road paint warehouse in Dornley was destroyed on Tuesday night. The fire, which investigators "
    "think was set deliberately, broke out in the loading bay at 7.25pm and spread quickly."
)


def test_two_times_of_one_things_moment_told_with_one_verb_conflict_though_keyed_apart(tmp_path: Path) -> None:
    """The fire stands too far before the second time to key it, and no event of the lexicon names
    either: one thing and one verb in both clauses make them one moment."""
    (found,) = _time_conflicts(tmp_path / "one", {"a.txt": _BLAZE, "b.txt": _FIRE})
    assert found == {"a.txt: about 7.10pm", "b.txt: 7.25pm"}


def test_a_moments_verb_of_no_named_thing_is_no_moment_of_one_thing(tmp_path: Path) -> None:
    unnamed = _FIRE.replace("The fire, which investigators think was set deliberately, broke out", "It broke out")
    assert not _time_conflicts(tmp_path / "unnamed", {"a.txt": _BLAZE, "b.txt": unnamed})


_SHOTS_CROWD = {
    "a.txt": "A gunman walked into the Fenwick Road surgery in Ostley around 9 a.m. Tuesday, police said.",
    "b.txt": "The man entered the waiting room about 9 a.m. and opened fire, a police spokesman said.",
    "c.txt": "The gunman, 41, arrived at the surgery around 9 a.m. carrying a rifle.",
    "d.txt": "He came into the Fenwick Road surgery at about 9 a.m., the county sheriff said.",
    "e.txt": "Witnesses said the gunman strode into the surgery in Ostley around 9 a.m. Tuesday.",
}
_GUNFIRE = "Neighbours told a local radio station they heard bursts of gunfire around 9:40 a.m."


def test_a_lone_time_of_gunfire_conflicts_with_a_crowd_whose_time_of_shots_is_told_otherwise(tmp_path: Path) -> None:
    """The lone time shares no word with any of the crowd's: both clauses telling of shots fired
    stand for alike words."""
    (found,) = _time_conflicts(tmp_path / "shots", {**_SHOTS_CROWD, "f.txt": _GUNFIRE})
    assert "f.txt: around 9:40 a.m." in found
    assert "b.txt: about 9 a.m." in found


def test_a_lone_time_of_gunfire_against_a_crowd_telling_no_shots_is_left_alone(tmp_path: Path) -> None:
    crowd = {**_SHOTS_CROWD, "b.txt": "The man entered the waiting room about 9 a.m., a police spokesman said."}
    assert not _time_conflicts(tmp_path / "no_shots", {**crowd, "f.txt": _GUNFIRE})


class _Cores:
    """Facts whose cores put two articles apart, and whose joined events put them together."""

    def one_event(self, x: object, y: object) -> bool:
        return False

    def joined(self) -> _Joined:
        return _Joined()


class _Joined:
    def one_event(self, x: object, y: object) -> bool:
        return True


def test_a_crowds_time_is_of_the_lone_reports_event_as_the_runs_joined_events_tell(tmp_path: Path) -> None:
    from factcheck.events import ArticleFacts
    from factcheck.judge_dates import _crowd_pair

    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "a.txt").write_text(_SHOTS_CROWD["a.txt"] + "\n", encoding="utf-8")
    (folder / "f.txt").write_text(_GUNFIRE + "\n", encoding="utf-8")
    report = check([folder])
    x, y = sorted((c for c in report.claims if c.kind is ClaimKind.TIME), key=lambda c: c.location.article)
    assert _crowd_pair(y, x, _Cores())  # type: ignore[arg-type]
    facts = ArticleFacts(report.claims)
    assert facts.joined() is facts
    assert facts.cores().joined() is facts


_STREET_CROWD = {
    "a.txt": "Ivo Marsh, 61, was crossing Alder Street near Kemp Avenue about 6 p.m. when a lorry struck him.",
    "b.txt": "Marsh was hit on Alder Street at Kemp Avenue in Wexby around 6 p.m. by a delivery lorry.",
    "c.txt": "Police say the pensioner had left a bakery and was crossing Alder Street around 6 p.m. Friday.",
    "d.txt": "The lorry, which did not stop, hit the pensioner outside the bakery at about 6 p.m., officers said.",
    "e.txt": "Detectives in Wexby said the delivery lorry hit Marsh on Kemp Avenue at around 6 p.m.",
}


def test_a_lone_time_whose_sentence_tells_the_crowds_moment_conflicts(tmp_path: Path) -> None:
    """The words beside the lone time ("a wet and windy evening") are alike to none of the crowd's;
    its sentence shares three words or more with those of two reports of the crowd
    (``judge_dates._told_alike``), which the conflict shows."""
    lone = (
        "At approximately 9 p.m. on a wet and windy evening, the retired teacher, who lived alone, "
        "was crossing Alder Street near Kemp Avenue in Wexby."
    )
    (found,) = _time_conflicts(tmp_path / "street", {**_STREET_CROWD, "f.txt": lone})
    assert "f.txt: approximately 9 p.m." in found
    assert "a.txt: about 6 p.m." in found


def test_a_lone_time_whose_sentence_shares_few_words_with_the_crowds_is_left_alone(tmp_path: Path) -> None:
    lone = "At approximately 9 p.m. on a wet and windy evening, his daughter in Lisford heard that Marsh was hurt."
    assert not _time_conflicts(tmp_path / "phone", {**_STREET_CROWD, "f.txt": lone})


_PUPILS_SENT_HOME = {
    "a.txt": (
        "A fire broke out at a timber yard on Mill Lane in Pellby on Friday. "
        "Pupils at Wexham Primary, next to the timber yard on Mill Lane, were sent home early at 1:15 p.m. "
        "and collected by their parents at the gates."
    ),
    "b.txt": (
        "A fire broke out at a timber yard on Mill Lane in Pellby on Friday afternoon. "
        "Pupils at Wexham Primary, next to the yard on Mill Lane where the blaze started, "
        "were sent home at 2:15 p.m. from the school gates."
    ),
}


def test_one_sentence_retold_with_its_time_changed_conflicts(tmp_path: Path) -> None:
    """The words right beside the two times share little ("sent home early at" / "sent home at ...
    from the school gates"), and the second is keyed to the blaze: the sentences, one retold, say one
    moment."""
    (found,) = _time_conflicts(tmp_path / "retold", _PUPILS_SENT_HOME)
    assert found == {"a.txt: 1:15 p.m.", "b.txt: 2:15 p.m."}


def test_a_retold_sentence_with_a_bound_is_no_conflict(tmp_path: Path) -> None:
    """ "by 2:15 p.m." is the state at that time, not when the pupils were sent home."""
    bound = {**_PUPILS_SENT_HOME, "b.txt": _PUPILS_SENT_HOME["b.txt"].replace("home at 2:15 p.m.", "home by 2:15 p.m.")}
    assert not _time_conflicts(tmp_path / "bound", bound)


def test_sentences_sharing_a_few_words_are_no_retold_sentence() -> None:
    from factcheck.match import retold_sentence
    from factcheck.models import Claim, ClaimKind, Location

    def time(article: str, sentence: str, surface: str) -> Claim:
        at = sentence.index(surface)
        return Claim(
            ClaimKind.TIME,
            "event",
            None,
            surface,
            "local",
            Location(article, at, at + len(surface), 1, at + 1),
            sentence,
            surface,
        )

    one = time(
        "a.txt",
        "Pupils at Wexham Primary, next to the timber yard on Mill Lane, were sent home early at 1:15 p.m.",
        "1:15 p.m.",
    )
    two = time(
        "b.txt",
        "Pupils at Wexham Primary, next to the yard on Mill Lane where it began, were sent home at 2:15 p.m.",
        "2:15 p.m.",
    )
    other = time("c.txt", "Workers at the yard were sent home at 2:15 p.m., police said.", "2:15 p.m.")
    assert retold_sentence(one, two)
    assert not retold_sentence(one, other)


def test_a_retold_sentence_closed_then_reopened_is_no_conflict(tmp_path: Path) -> None:
    """ "was closed to traffic at" / "reopened to traffic at": one sentence retold, but of two moments
    (``judge.OPPOSITE_MOMENTS``), not one time changed."""
    road = "The coast road between Pellby and Wexham, the main route to the harbour for lorries,"
    texts = {
        "a.txt": f"{road} was closed to traffic at 1:15 p.m.",
        "b.txt": f"{road} reopened to traffic at 6:30 p.m.",
    }
    assert not _time_conflicts(tmp_path / "road", texts)
    crews = "Fire crews from Pellby {} the timber yard on Mill Lane at {} after a call from a neighbour."
    texts = {"a.txt": crews.format("reached", "1:15 p.m."), "b.txt": crews.format("left", "6:40 p.m.")}
    assert not _time_conflicts(tmp_path / "crews", texts)


_ALARM = {
    "b.txt": "The alarm was raised at 2:40 a.m. when smoke poured from the Tolvey mill. "
    "Firefighters declared the blaze out at about 9 a.m.",
    "c.txt": "Neighbours raised the alarm at 2:40 a.m. as smoke rose over the Tolvey mill. "
    "The fire was declared out around 9 a.m.",
    "d.txt": "Smoke was seen over the Tolvey mill and the alarm was raised at 2:40 a.m., the brigade said.",
    "e.txt": "The brigade said the alarm was raised at 2:40 a.m. by a night guard at the Tolvey mill.",
}


def test_a_lone_time_is_set_against_a_crowd_whose_rivals_are_moments_of_another_event(tmp_path: Path) -> None:
    """Four reports give the alarm's time, two the time the fire was declared out: a rival moment
    of the story, but of another event, no rival of the alarm's."""
    lone = "Smoke over the Tolvey mill was first reported to the brigade at 3:50 a.m. by a passing driver."
    found = _time_conflicts(tmp_path / "alarm", {**_ALARM, "f.txt": lone})
    assert any("f.txt: 3:50 a.m." in f and "b.txt: 2:40 a.m." in f for f in found)


def test_a_lone_time_of_another_event_than_the_crowds_is_left_alone(tmp_path: Path) -> None:
    """The lone time names an event the crowd's moment names not (the mill's reopening)."""
    lone = "The Tolvey mill reopened at 3:50 p.m. after the alarm, the brigade said."
    assert not _time_conflicts(tmp_path / "other", {**_ALARM, "f.txt": lone})


def test_end_of_one_regime_told_in_other_words_is_a_year_conflict(tmp_path: Path) -> None:
    """The fall of a junta and the end of a dictatorship are one deed (``date_events.regime_end``)."""
    (tmp_path / "a.txt").write_text(
        "Crowds marched in Varnost on Sunday. The clashes were the worst since students rose up before the "
        "fall of the military junta in 1961.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Police fired tear gas in Varnost overnight. Shops were looted, the worst unrest since the end of "
        "the military dictatorship in 1964.",
        encoding="utf-8",
    )
    report = check([tmp_path])
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT and f.kind is ClaimKind.DATE]
    assert [sorted(c.surface for c in f.claims) for f in conflicts] == [["1961", "1964"]]


def test_end_of_two_regimes_is_no_conflict(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Crowds marched in Varnost on Sunday, the worst unrest since the fall of the monarchist regime in 1961.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Police fired tear gas in Varnost, the worst unrest since the end of the military dictatorship in 1964.",
        encoding="utf-8",
    )
    report = check([tmp_path])
    assert not [f for f in report.findings if f.verdict is Verdict.CONFLICT and f.kind is ClaimKind.DATE]


def _year_conflicts(folder: Path, texts: dict[str, str]) -> list[list[str]]:
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = check([folder])
    found = [f for f in report.findings if f.verdict is Verdict.CONFLICT and f.kind is ClaimKind.DATE]
    return [sorted(c.surface for c in f.claims) for f in found]


_PELL = "The Tolvey Rovers sacked their coach on Sunday. Anna Pell will lead the side for now. "


def test_one_appointment_told_in_other_words_is_a_year_conflict(tmp_path: Path) -> None:
    """ "became assistant GM" / "was promoted to senior VP/assistant general manager": one post of one
    person (``judge_dates.one_appointment``), though a person is promoted again and again."""
    texts = {
        "a.txt": _PELL + "Pell has spent 14 seasons with the club. She became assistant GM in 2004.",
        "b.txt": _PELL
        + "Pell joined the club as a scout. She was promoted to senior VP/assistant general manager in 2001.",
    }
    assert _year_conflicts(tmp_path / "one", texts) == [["2001", "2004"]]


def test_two_posts_or_two_people_are_no_appointment_conflict(tmp_path: Path) -> None:
    """Another post ("general manager", not "assistant general manager"), or another person."""
    other_post = {
        "a.txt": _PELL + "Pell has spent 14 seasons with the club. She became assistant GM in 2004.",
        "b.txt": _PELL + "Pell joined the club as a scout. She was promoted to general manager in 2001.",
    }
    assert not _year_conflicts(tmp_path / "post", other_post)
    other_person = {
        "a.txt": _PELL + "Pell has spent 14 seasons with the club. She became assistant GM in 2004.",
        "b.txt": _PELL
        + "Peter Marsk joined the club as a scout. He was promoted to assistant general manager in 2001.",
    }
    assert not _year_conflicts(tmp_path / "person", other_person)
