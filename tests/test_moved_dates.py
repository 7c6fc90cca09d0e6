"""Dates one report moves: the day of one event told otherwise is a conflict even where the
words around the dates or one article's other dates hid it (invented sentences)."""

from __future__ import annotations

from pathlib import Path

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
    assert event_and_word("Police said the baker was let go on May 3.", "May 3")[0] == "fire"


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
            "Staff at the depot were coping Saturday with the death of their manager.",
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
