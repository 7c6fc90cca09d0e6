"""Towns the gazetteer does not know set against each other for one deed (judge_place_conflicts):
not when the sentences tell of two deeds (an ordinal or a year in one alone, two parts of the day),
of another person ("Doe's co-accused"), of a rally, a march or a vote held in many towns, of one
stop of a relay or a tour, or of people evacuated from many towns."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Verdict


def _town_conflicts(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    from factcheck.api import Options, check

    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    report = check([tmp_path], Options(jobs=1))
    return [f.explanation for f in report.by_verdict(Verdict.CONFLICT) if "two towns" in f.explanation]


def _lone(line: str, other: str) -> dict[str, str]:
    """Two articles giving ``line`` in Quarnby, a third giving ``other`` in Dellmoor."""
    return {
        "a.txt": line.format(town="Quarnby"),
        "b.txt": line.format(town="Quarnby"),
        "c.txt": other.format(town="Dellmoor"),
    }


def test_an_ordinal_or_a_year_in_one_sentence_alone_tells_another_deed(tmp_path: Path) -> None:
    line = "The bakery chain opened a new shop in {town} on Friday, it said."
    first = "The bakery chain opened its first shop in {town}, it said."
    assert _town_conflicts(tmp_path / "first", _lone(line, first)) == []
    year = "The bakery chain opened a shop in {town} in 1987, it said."
    assert _town_conflicts(tmp_path / "year", _lone(line, year)) == []
    both = first.replace("its first", "its first new")
    assert len(_town_conflicts(tmp_path / "both", _lone(first, both))) == 1  # the same first shop


def test_two_parts_of_a_day_or_a_second_raid_are_two_deeds(tmp_path: Path) -> None:
    line = "Masked men held up a post office in {town} on Friday morning, police said."
    other = "Masked men held up a post office in {town} on Friday evening, police said."
    assert _town_conflicts(tmp_path / "day", _lone(line, other)) == []
    second = "Masked men held up a post office in {town} on Friday, police said, in the second such raid."
    assert _town_conflicts(tmp_path / "second", _lone(line.replace(" morning", ""), second)) == []


def test_someones_person_is_another_person(tmp_path: Path) -> None:
    line = "Brin Osterly appeared in court in {town} on Friday charged with arson."
    other = "Osterly's brother appeared in court in {town} on Friday charged with arson."
    assert _town_conflicts(tmp_path, _lone(line, other)) == []


def test_rallies_marches_and_votes_are_in_many_towns(tmp_path: Path) -> None:
    for name, line in {
        "rally": "Thousands rallied in {town} on Saturday against the pit closure.",
        "march": "Marchers gathered in {town} on Saturday against the pit closure.",
        "protesters": "Protesters blocked a road in {town} on Saturday against the pit closure.",
        "vote": "Voting began in {town} on Saturday on the pit closure.",
    }.items():
        assert _town_conflicts(tmp_path / name, _lone(line, line)) == [], name


def test_a_stop_of_a_tour_or_an_evacuation_is_one_of_several(tmp_path: Path) -> None:
    for name, line in {
        "relay": "The charity cycle convoy halted in {town} on Sunday, organisers said.",
        "stop": "The prime minister's bus stopped in {town} on Sunday, aides said.",
        "evacuated": "Dozens of families were evacuated in {town} on Sunday as the river rose.",
    }.items():
        assert _town_conflicts(tmp_path / name, _lone(line, line)) == [], name


def test_other_counts_give_no_things_slot(tmp_path: Path) -> None:
    texts = {
        "a.txt": "More than 40 homes were destroyed by the fire in Quarnby, officials said.",
        "b.txt": "More than 140 homes were destroyed by the fire in Dellmoor, officials said.",
    }
    assert _town_conflicts(tmp_path, texts) == []


def test_words_that_tell_no_other_deed_leave_the_conflict(tmp_path: Path) -> None:
    """A third review's probes: each guard above read too widely and hid a true conflict."""
    line = "Masked men robbed a jewellery shop in {town} on Tuesday night, police said."
    others = {
        # an ordinal after the town, of which thing, or in "for the first time"
        "after": "Masked men robbed a jewellery shop in {town} on Tuesday night, the first robbery at the shop.",
        "idiom": "Masked men robbed a jewellery shop in {town} for the first time on Tuesday night, police said.",
        # a person's own kin is no other person of the deed
        "kin": "Masked men robbed a jewellery shop owned by his brother in {town} on Tuesday night, police said.",
        # "overnight" may be "Tuesday night"; "through the night" tells no time of the deed
        "overnight": "Masked men robbed a jewellery shop in {town} overnight, police said.",
        "through": "Masked men robbed a jewellery shop in {town} on Tuesday, and police searched through the night.",
    }
    for name, other in others.items():
        assert len(_town_conflicts(tmp_path / name, _lone(line, other))) == 1, name
    # a vote told elsewhere in the article is no vote of the deed
    voted = _lone(line, line)
    voted["c.txt"] = "Councillors voted last year to close the arcade.\n" + voted["c.txt"]
    assert len(_town_conflicts(tmp_path / "voted", voted)) == 1
