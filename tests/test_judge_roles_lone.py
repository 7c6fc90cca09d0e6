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
