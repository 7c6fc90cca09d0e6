"""Dates one report moves: the day of one event told otherwise is a conflict even where the
words around the dates or one article's other dates hid it (invented sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import check
from factcheck.date_events import event_and_word, told_by_verb
from factcheck.judge import value_classes
from factcheck.judge_dates import event_links
from factcheck.models import ClaimKind


class _Facts:
    def may_share(self, a: str, b: str) -> bool:
        return True


def test_let_go_with_police_as_the_source_is_a_dismissal() -> None:
    sentence = "A police spokesman said the baker had been let go from the Corner Mill on Tuesday."
    assert event_and_word(sentence, "Tuesday") == ("fire", "let")
    assert event_and_word("Police said the baker was let go by the bakery on May 3.", "May 3")[0] == "fire"


def test_let_go_told_by_police_with_no_job_named_is_a_release() -> None:
    sentence = "Ivo Dane, the truck driver in the crash, was let go on Sunday, police said."
    assert event_and_word(sentence, "Sunday")[0] != "fire"
    assert event_and_word("Police said the baker was let go on May 3.", "May 3")[0] != "fire"


def test_let_go_in_custody_is_no_dismissal() -> None:
    assert event_and_word("The driver was questioned by officers and let go on Tuesday.", "Tuesday")[0] != "fire"
    assert event_and_word("Police arrested the driver, who was let go on Tuesday.", "Tuesday")[0] != "fire"


def test_told_by_verb_wants_a_verb_of_the_lexicon_beside_the_date() -> None:
    assert told_by_verb("The clerk was charged Saturday with arson.", "Saturday")
    assert told_by_verb("Ruiz had been let go from the depot on Thursday.", "Thursday")
    assert not told_by_verb("A man facing charges in the depot shooting was in hospital Monday.", "Monday")
    assert not told_by_verb("The clerk left the depot on Thursday.", "Thursday")


def _links(tmp_path: Path, texts: dict[str, str]) -> dict:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    dates = [c for c in check([tmp_path]).claims if c.kind is ClaimKind.DATE]
    links: dict = {}
    event_links(value_classes(dates), links, _Facts())  # type: ignore[arg-type]
    return {k: v for k, v in links.items() if v.disjoint is not None}


def test_a_day_moved_onto_another_event_of_the_article_is_still_a_conflict(tmp_path: Path) -> None:
    """b.txt gives Saturday for the dismissal a.txt gives on Thursday, and a.txt gives Saturday for
    a death: its Saturday is another event's, so it does not hide the moved day."""
    links = _links(
        tmp_path,
        {
            "a.txt": "Inspector Vale said Ruiz had been let go from the Harbour Depot on Thursday. "
            "Staff at the depot were grieving Saturday over the loss of their manager.",
            "b.txt": "Inspector Vale said Ruiz had been let go from the Harbour Depot on Saturday.",
        },
    )
    (link,) = links.values()
    assert {c.surface for c in link.disjoint} == {"Thursday", "Saturday"}


def test_an_article_giving_the_other_day_for_the_same_event_hides_it(tmp_path: Path) -> None:
    """a.txt gives both days for a dismissal: two dismissals may be told, so no conflict."""
    links = _links(
        tmp_path,
        {
            "a.txt": "Inspector Vale said Ruiz had been let go from the Harbour Depot on Thursday. "
            "His deputy had been let go from the depot on Saturday.",
            "b.txt": "Inspector Vale said Ruiz had been let go from the Harbour Depot on Saturday.",
        },
    )
    assert not links


def test_a_court_appearance_is_the_event_of_its_day() -> None:
    sentence = "Dale Hume, 31, is due to appear before Brenton Magistrates' Court on Tuesday."
    assert event_and_word(sentence, "Tuesday") == ("court appearance", "appear")
    assert event_and_word("Hume made a brief appearance in county court Monday.", "Monday")[0] == "court appearance"
    assert event_and_word("Hume appeared on television on Monday.", "Monday")[0] != "court appearance"


def test_is_due_to_puts_a_weekday_after_publication() -> None:
    from datetime import date

    from factcheck.dates import find_dates

    (m,) = find_dates("Hume is due to appear before the county court on Tuesday.", date(2024, 1, 29))
    assert m.display == "2024-01-30"  # a Monday's report: the coming Tuesday, not the last one


def test_an_event_noun_opening_a_long_clause_is_its_event() -> None:
    sentence = (
        "An earthquake felt in three valleys toppled chimneys in the old town "
        "and cut power to two villages and closed the pass road on Tuesday."
    )
    assert event_and_word(sentence, "Tuesday") == ("quake", "earthquake")
    long_storm = sentence.replace("An earthquake", "A storm")
    assert event_and_word(long_storm, "Tuesday")[0] != "quake"


def test_the_second_of_two_events_is_not_the_first_told_otherwise(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Sunday's earthquake of magnitude 5.2 shook the island of Varo and its harbour.",
        "b.txt": "Monday's earthquake was the second of magnitude 5.2 to shake the island of Varo and its harbour.",
    }
    assert not _links(tmp_path, texts)
    texts["b.txt"] = "Monday's earthquake was the one of magnitude 5.2 to shake the island of Varo and its harbour."
    (tmp_path / "c").mkdir()
    assert _links(tmp_path / "c", texts)


def test_a_month_changed_in_the_same_words_is_a_conflict_beyond_half_a_year(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The members of the harbour board were elected in December 2008.",
        "b.txt": "The members of the harbour board were elected in April 2008.",
    }
    (link,) = _links(tmp_path, texts).values()
    assert {c.surface for c in link.disjoint} == {"December 2008", "April 2008"}
    texts["b.txt"] = "Crews elected the harbour board and its chair in April 2008."
    (tmp_path / "c").mkdir()
    assert not _links(tmp_path / "c", texts)  # other words: eight months apart are two events


def _date_conflicts(tmp_path: Path, a: tuple[str, str], b: tuple[str, str]) -> list[set[str]]:
    """The date conflicts of two invented reports, each (published, text), by the values' surfaces."""
    from factcheck.models import Verdict

    toml = ""
    for name, (published, text) in (("a.txt", a), ("b.txt", b)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        toml += f'["{name}"]\noutlet = "{name[0].upper()}"\npublished = {published}\n\n'
    (tmp_path / "sources.toml").write_text(toml, encoding="utf-8")
    report = check([tmp_path])
    return [{c.surface for c in f.claims} for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]


_NO_CONFLICT = {
    "due to as a cause (a month)": (
        (
            "2025-05-12",
            "Prices at Kesta petrol stations rose 9% this week. The rise is due to a pay deal agreed "
            "in March with tanker drivers, the Kesta fuel association said.",
        ),
        (
            "2025-05-13",
            "The Kesta fuel association said the pay deal agreed in March with tanker drivers had "
            "pushed up pump prices.",
        ),
    ),
    "due to as a cause (a weekday)": (
        (
            "2025-05-16",
            "Fuel deliveries to the coastal town remain short. The shortage is due to a fire at the "
            "Selvik depot on Monday, officials said.",
        ),
        (
            "2025-05-14",
            "A fire at the Selvik fuel depot on Monday has left petrol stations in Torvik short of "
            "fuel, the town council said.",
        ),
    ),
    "a plan in a relative clause without commas": (
        (
            "2025-05-07",
            "A man who is due to stand trial for the Brenton Mill fire was arrested on Monday after "
            "breaching his bail, police said.",
        ),
        (
            "2025-05-06",
            "Dale Hume, 31, awaiting trial for the Brenton Mill fire, was arrested on Monday at a "
            "house in Rask for breaching his bail, police said.",
        ),
    ),
    "two court appearances": (
        ("2025-05-06", "Hume appeared at Brenton Magistrates' Court on Monday and was remanded in custody."),
        ("2025-05-10", "Hume appeared before the judge at Brenton Crown Court on Friday by video link from prison."),
    ),
    "a planned hearing and a later one held": (
        (
            "2025-05-04",
            "Dale Hume, 31, has been charged with arson over the fire that destroyed the Brenton Mill. "
            "He is due to appear before Brenton magistrates on Monday.",
        ),
        (
            "2025-05-10",
            "The former foreman accused of burning down the Brenton Mill was refused bail when he "
            "appeared before Brenton magistrates on Friday.",
        ),
    ),
    "two people dismissed on two days": (
        (
            "2025-06-12",
            "Depot manager Rui Sala was dismissed by the Harbour Depot in Kesta on Monday, the company "
            "said.\n\nTwo drivers killed in the crash were buried on Wednesday in Kesta.",
        ),
        (
            "2025-06-12",
            "The Harbour Depot's safety officer was dismissed on Wednesday, a week after two of its "
            "drivers were killed in a crash near Kesta, the company said.",
        ),
    ),
    "a debate about a quake": (
        (
            "2025-06-10",
            "A magnitude 5.8 earthquake struck the Orla valley on Monday, destroying more than 300 "
            "homes, the civil protection agency said.",
        ),
        (
            "2025-06-13",
            "The earthquake of magnitude 5.8 that destroyed more than 300 homes in the Orla valley was "
            "the subject of an emergency debate that the regional assembly held on Thursday.",
        ),
    ),
    "let go by police": (
        (
            "2025-06-12",
            "Harbour Depot in Kesta fired truck driver Ivo Dane on Friday, two days after the crash on "
            "the Rask bypass that killed a cyclist.",
        ),
        (
            "2025-06-12",
            "Ivo Dane, the Harbour Depot truck driver in the crash on the Rask bypass that killed a "
            "cyclist, was let go on Sunday, police said.",
        ),
    ),
    "the second quake in near-identical words": (
        ("2025-06-12", "Sunday's earthquake of magnitude 5.2 shook the island of Varo and its harbour."),
        (
            "2025-06-12",
            "Monday's earthquake was the second of magnitude 5.2 to shake the island of Varo and its harbour.",
        ),
    ),
    "in court again": (
        ("2025-05-06", "Dale Hume, 31, appeared in court on Monday over the Brenton Mill fire."),
        (
            "2025-05-10",
            "Hume appeared in court again on Friday, when a judge refused him bail over the Brenton Mill fire.",
        ),
    ),
    "a second man in court": (
        ("2025-05-06", "Dale Hume, 31, appeared in court on Monday over the Brenton Mill fire."),
        ("2025-05-08", "A second man, Carl Hume, 28, appeared in court on Wednesday over the Brenton Mill fire."),
    ),
}


@pytest.mark.parametrize("case", sorted(_NO_CONFLICT))
def test_two_events_of_the_review_are_no_date_conflict(tmp_path: Path, case: str) -> None:
    a, b = _NO_CONFLICT[case]
    assert _date_conflicts(tmp_path, a, b) == []


def test_a_day_moved_in_near_identical_words_is_still_a_conflict(tmp_path: Path) -> None:
    """The control of the cases above: the same court appearance with only its day changed."""
    a = ("2025-05-06", "Dale Hume, 31, appeared in court on Monday over the Brenton Mill fire.")
    b = ("2025-05-10", "Dale Hume, 31, appeared in court on Friday over the Brenton Mill fire.")
    assert _date_conflicts(tmp_path, a, b) == [{"Monday", "Friday"}]


def test_due_to_is_a_plan_only_before_a_verb() -> None:
    from factcheck.dates import is_future_sentence, planned

    assert is_future_sentence("Hume is due to appear before magistrates on Monday.")
    assert is_future_sentence("The report is due to be published on Monday.")
    assert not is_future_sentence("The rise is due to a pay deal agreed in March.")
    assert not is_future_sentence("The delay is due to flooding on Monday.")
    assert not planned("The suspension is due to damage in the storm on May 3.", "May 3")


def test_a_court_appearance_is_not_a_theatre_or_a_food_court() -> None:
    assert event_and_word("The actor appeared at the Royal Court Theatre on Monday.", "Monday")[0] != "court appearance"
    assert event_and_word("The band appeared at a food court on Monday.", "Monday")[0] != "court appearance"


def test_an_opening_event_noun_does_not_own_a_later_deed() -> None:
    sentence = (
        "The death of the singer in a crash on the coast road prompted hundreds of fans to gather "
        "outside the hall on Sunday."
    )
    assert event_and_word(sentence, "Sunday")[0] != "die"


_D = "2025-06-12"


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # "due to" before a word that is often a noun ("land sales", "take-up") is a cause, not a plan
        (
            "The fall in council income is due to land sales agreed in March with two developers, officials said.",
            "Kesta council agreed land sales in March with two developers, officials said.",
            False,
        ),
        (
            "The rise in applications is due to take-up of the insulation grant launched in March, officials said.",
            "Kesta council launched the insulation grant in March, officials said.",
            False,
        ),
        # a job word elsewhere in the sentence does not make a release by police a dismissal
        (
            "Harbour Depot in Kesta fired truck driver Ivo Dane on Friday, two days after the crash on the Rask "
            "bypass.",
            "Ivo Dane, who was employed by Harbour Depot and held after the crash on the Rask bypass, was let go on "
            "Sunday, police said.",
            False,
        ),
        # a first appearance, then the crown court: two hearings
        (
            "Lena Roe appeared in court in Kesta on Monday over the fraud at the Harbour Depot.",
            "Lena Roe appeared at Kesta Crown Court on Friday over the fraud at the Harbour Depot.",
            False,
        ),
        # "County" and "District" of a prosecutor's office name no court: one hearing told otherwise
        (
            "Lena Roe appeared in court in Kesta on Monday over the fraud at the Harbour Depot, the Harlow County "
            "District Attorney's office said.",
            "Lena Roe appeared in court in Kesta on Tuesday over the fraud at the Harbour Depot, the district "
            "attorney said.",
            True,
        ),
        # "is due to return to court": a plan, not a cause
        (
            "Lena Roe appeared in court in Kesta on Monday over the fraud at the Harbour Depot and is due to return "
            "to court on June 30.",
            "Lena Roe will appear in court in Kesta again on June 30 over the fraud at the Harbour Depot.",
            False,
        ),
    ],
)
def test_a_second_review_of_the_moved_dates(tmp_path: Path, a: str, b: str, conflict: bool) -> None:
    assert bool(_date_conflicts(tmp_path, (_D, a), (_D, b))) is conflict


@pytest.mark.parametrize(
    ("lone", "conflict"),
    [
        # one more of the event, told by the subject that opens the sentence: no moved day
        ("A second cyclist, Tom Varga, was hit outside the Birch Road depot around 8 a.m. Friday.", False),
        ("Another cyclist, Tom Varga, was hit outside the Birch Road depot around 8 a.m. Friday.", False),
        # a share of the event, or one more witness of it: its day moved is still a conflict
        ("A third of the cyclists hit outside the Birch Road depot were hurt around 8 a.m. Friday.", True),
        ("Another witness said Lena Orr was hit outside the Birch Road depot around 8 a.m. Friday.", True),
        # the same cyclist's day moved is still a conflict
        ("Lena Orr was hit outside the Birch Road depot around 8 a.m. Friday by a delivery van.", True),
    ],
)
def test_one_more_of_an_event_opening_its_sentence_is_no_moved_day(tmp_path: Path, lone: str, conflict: bool) -> None:
    head = "Posted: June 7, 2025\n\n"
    texts = {
        "a.txt": head
        + "Lena Orr was hit by a delivery van outside the Birch Road depot around 8 a.m. Wednesday, and the"
        " driver was charged Friday.\n",
        "b.txt": head + "Police said Lena Orr was hit outside the Birch Road depot around 8 a.m. Wednesday; the driver"
        " was charged Friday.\n",
        "c.txt": head
        + "Lena Orr was hit outside the Birch Road depot around 8 a.m. Wednesday, and the van's driver was"
        " charged Friday, prosecutors said.\n",
        "d.txt": head + f"Cyclists in the town are demanding a bike lane after the crash. {lone}\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = [
        f
        for f in check([tmp_path]).findings
        if f.verdict.value == "conflict" and f.kind is ClaimKind.DATE and "d.txt" in f.articles
    ]
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        ("ARDLE, Ireland, Dec 2, 2026 (AP) -- A second pedestrian, Tom Varga, was hit on Monday.", True),
        ("ARDLE, Ireland, Dec 2, 2026 (AP) -- A third of Ardle was flooded on Monday.", False),  # a share
        ("A third of Ardle was flooded on Monday when the river burst its banks.", False),
        ("Another witness said the van hit Tom Varga on Monday.", False),  # what someone said
    ],
)
def test_one_more_of_an_event_after_a_dateline_and_not_a_share(sentence: str, another: bool) -> None:
    from factcheck.judge_dates import _another_in

    assert _another_in(sentence, "Monday", False, 3) is another


def test_two_spans_told_by_both_ends_that_differ_in_one_are_a_conflict(tmp_path: Path) -> None:
    """A span told by both its ends is exact: a moved start is no vaguer span of the same one."""
    a = ("2031-02-20", "Applications for the Tollan river grant will be taken from March 3 to April 14.")
    b = ("2031-02-20", "Applications for the Tollan river grant will be taken from March 8 to April 14.")
    assert _date_conflicts(tmp_path, a, b) == [{"from March 3 to April 14", "from March 8 to April 14"}]


def test_a_span_against_a_single_day_keeps_its_from_a_bound(tmp_path: Path) -> None:
    """Only two spans close each other's "from": against a day, a span's "from" still bounds it."""
    a = ("2031-02-20", "The union named a second strike at the Tollan depot from March 17 to March 21.")
    b = ("2031-02-20", "The union named a second strike at the Tollan depot on March 25.")
    assert _date_conflicts(tmp_path, a, b) == []
