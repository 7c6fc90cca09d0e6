"""A full name one report alone gives where three reports of the same event give another with the
same given name, its surname the other's without a particle (``judge_roles._lone_against_many``).
Invented texts."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding, Verdict

_DEPOT = (
    "A fire destroyed the Elmford grain depot on Tuesday, killing 4 workers and injuring 12, officials said. "
    "Damage was put at $3 million by the county. {line}"
)
_OWNER = "The depot had been bought in 1998 by Aldo LaRosa, who rebuilt its silos."


def _depot(lone: str, owner: str = _OWNER) -> dict[str, str]:
    return {
        "a.txt": _DEPOT.format(line=owner),
        "b.txt": _DEPOT.format(line=owner).replace("officials said", "officials told reporters"),
        "c.txt": _DEPOT.format(line=owner).replace("the county", "the county council"),
        "d.txt": _DEPOT.format(line=lone),
    }


def _named_two_ways(folder: Path, texts: dict[str, str]) -> list[Finding]:
    from factcheck.api import Options, check

    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = check([folder], Options(jobs=1, cache=None))
    return [f for f in report.by_verdict(Verdict.CONFLICT) if "named two ways" in f.explanation]


def test_a_name_one_report_alone_gives_against_three_reports_is_a_conflict(tmp_path: Path) -> None:
    # one report of the event names "Aldo Rosa" where three name "Aldo LaRosa", in unlike
    # sentences, and never writes "LaRosa": the surname likely given without its particle
    found = _named_two_ways(tmp_path / "x", _depot("Photographs of the ruins were sent to Aldo Rosa on Wednesday."))
    assert [f.explanation for f in found] == [
        "one person named two ways? 'Aldo Rosa' (1 article) vs 'Aldo LaRosa' (3 articles)"
    ]
    assert "d.txt never writes 'LaRosa'" in found[0].details[0]
    # two reports against one are not enough
    texts = _depot("Photographs of the ruins were sent to Aldo Rosa on Wednesday.")
    texts["c.txt"] = texts["c.txt"].replace(_OWNER, "The silos were rebuilt in 2001.")
    assert _named_two_ways(tmp_path / "y", texts) == []


def test_a_lone_name_in_a_list_or_given_another_office_is_no_conflict(tmp_path: Path) -> None:
    # a name in a list of names is one of several people
    listed = "Photographs were sent to Mel Roe, Aldo Rosa and Tom Reed on Wednesday."
    assert _named_two_ways(tmp_path / "x", _depot(listed)) == []
    # "spokesman" and "mayor": two offices, two people
    office = _OWNER.replace("by Aldo", "by mayor Aldo")
    assert _named_two_ways(tmp_path / "y", _depot("Photographs were sent to spokesman Aldo Rosa.", office)) == []
    # the report writes the other surname too: it knows both people
    named = "Photographs were sent to Aldo Rosa on Wednesday. LaRosa declined to comment."
    assert _named_two_ways(tmp_path / "z", _depot(named)) == []


def test_a_lone_name_whose_surname_is_unlike_is_another_person(tmp_path: Path) -> None:
    # a neighbour, a spokesman, a goalkeeper who shares a given name with the man three reports name
    for i, lone in enumerate(
        [
            "Photographs of the ruins were sent to Aldo Whitaker on Wednesday.",
            '"It went up in minutes," said Aldo Whitaker, who lives across the street.',
            '"We lost everything," said Aldo Whitaker, a spokesman for the county fire department.',
        ]
    ):
        assert _named_two_ways(tmp_path / f"x{i}", _depot(lone)) == []


_BOUT = (
    "Ivo Kessler beat Dan Morrow on points in Elmford on Saturday night, keeping his 3 heavyweight belts "
    "before 14,000 fans. After the bout Kessler thanked his trainer Milo Brandt, who turned 61 on Friday. "
    '"Dan was hard to hit," Brandt said.'
)
_EARLIER = (
    "Ivo Kessler stopped Lou Ferrand in the ninth round in Dunmore on March 4, 2009, {rest} 9,500 fans. "
    "Ferrand, 27, had won all 22 of his fights."
)


def test_a_lone_name_beside_the_others_surname_in_a_report_of_another_day_is_a_conflict(tmp_path: Path) -> None:
    # three reports of one bout name the trainer "Milo Brandt"; a report of an earlier bout (another
    # event, two reports of its own) names "Milo Tarvey" and calls him "Brandt" alone further on
    tarvey = " Between rounds trainer Milo Tarvey told Kessler to keep pressing."
    lone = " Before the eighth, Brandt urged Kessler to throw more jabs, and Kessler did."
    texts = {
        "a.txt": _BOUT,
        "b.txt": _BOUT.replace("before 14,000", "in front of 14,000"),
        "c.txt": _BOUT.replace("on points", "by unanimous decision"),
        "d.txt": _EARLIER.format(rest="to win the vacant belt before") + tarvey + lone,
        "e.txt": _EARLIER.format(rest="taking the vacant belt in front of"),
    }
    found = _named_two_ways(tmp_path / "x", texts)
    assert [f.explanation for f in found] == [
        "one person named two ways? 'Milo Tarvey' (1 article) vs 'Milo Brandt' (3 articles)"
    ]
    assert "calls someone 'Brandt', the other's surname, alone, read as the other" in found[0].details[0]
    # without the lone surname, the report of the other bout may name another trainer
    texts["d.txt"] = texts["d.txt"].replace(lone, "")
    assert _named_two_ways(tmp_path / "y", texts) == []


def test_a_party_word_stands_for_an_elected_office(tmp_path: Path) -> None:
    # "the state's senator, Ezrin Kalloway" in two reports, "Democrat Ezrin Brundage" in one: a party
    # member for the senator, as a third report would; with no party word, two reports are no crowd
    owner = "The depot had been bought in 1998 by the state's senator, Ezrin Kalloway, who rebuilt its silos."
    texts = _depot("The silos were rebuilt by prominent Democrat Ezrin Brundage, who was not hurt.", owner)
    texts["c.txt"] = texts["c.txt"].replace(owner, "The silos were rebuilt in 2001.")
    assert len(_named_two_ways(tmp_path / "x", texts)) == 1
    bare = dict(texts, **{"d.txt": texts["d.txt"].replace("prominent Democrat ", "")})
    assert _named_two_ways(tmp_path / "y", bare) == []
