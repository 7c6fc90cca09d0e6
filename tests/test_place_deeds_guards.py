"""What keeps a town one article names from being set against the others' (judge_place_conflicts):
other counts, a deed placed earlier in the clause, a shared subject without a shared deed, areas and
parts of towns written as such, languages; and what no longer hides a true conflict (a person's
name before a comma, a list with an Oxford comma, "yesterday")."""

from __future__ import annotations

from pathlib import Path

from factcheck.judge_place_conflicts import _days_apart, _deed_window
from factcheck.models import Verdict


def _town_conflicts(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    from factcheck.api import Options, check

    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    report = check([tmp_path], Options(jobs=1))
    return [f.explanation for f in report.by_verdict(Verdict.CONFLICT) if "two towns" in f.explanation]


def _lone(other: str, line: str = "") -> dict[str, str]:
    return {"a.txt": line.format(town="Quarnby"), "b.txt": line.format(town="Quarnby"), "c.txt": other}


def test_other_counts_are_other_people_or_other_sites(tmp_path: Path) -> None:
    cut = "Brennor Foods will cut 200 jobs at its meat plant in Quarnby, the company said on Wednesday."
    other = "The union said Brennor Foods would cut 60 jobs at its packing plant in Dellmoor on Wednesday."
    assert _town_conflicts(tmp_path / "sites", _lone(other, cut)) == []
    arrest = "Police arrested two men in Quarnby on Friday over a string of cash machine thefts."
    other = "Police arrested a man in Dellmoor over the cash machine thefts, and seek a fourth suspect."
    assert _town_conflicts(tmp_path / "people", _lone(other, arrest)) == []


def test_a_deed_placed_earlier_in_the_clause_is_not_the_towns(tmp_path: Path) -> None:
    assert _deed_window("A funeral for the teacher killed in the crash was held ") == "was held"
    assert _deed_window("Shooting starts in May ") == "Shooting starts in May"
    killed = "Police named the teacher killed in Quarnby on Monday as Ellen Ardry, 41."
    other = "A funeral for the teacher killed in the crash was held in Dellmoor, her home village."
    assert _town_conflicts(tmp_path / "funeral", _lone(other, killed)) == []
    shot = "Two people were killed when a gunman opened fire in a supermarket in Quarnby on Sunday."
    other = "Detectives believe the man opened fire in a petrol station in Dellmoor an hour before the killings."
    assert _town_conflicts(tmp_path / "earlier", _lone(other, shot)) == []


def test_a_shared_subject_without_a_shared_deed_is_no_slot(tmp_path: Path) -> None:
    hurt = "Four pupils were injured in Quarnby on Wednesday when part of a school gym roof collapsed."
    other = "The four injured pupils were treated in Dellmoor, and two were sent home on Wednesday night."
    assert _town_conflicts(tmp_path, _lone(other, hurt)) == []


def test_areas_and_parts_written_as_such_are_no_towns(tmp_path: Path) -> None:
    fire = "A fire broke out at a furniture warehouse in {town} on Monday night, fire officials said."
    assert _town_conflicts(tmp_path / "shire", _lone(fire.format(town="Dellshire"), fire)) == []
    region = fire.format(town="Varnia") + " Fires have risen across the Varnia region this year."
    assert _town_conflicts(tmp_path / "region", _lone(region, fire)) == []
    part = fire.format(town="Holtmere") + " Holtmere, a suburb on the northern edge of Quarnby, was covered in smoke."
    assert _town_conflicts(tmp_path / "part", _lone(part, fire)) == []


def test_a_language_is_no_town(tmp_path: Path) -> None:
    speech = "Lidia Mors delivered her speech in {town} on Friday and pledged aid to fishermen."
    assert _town_conflicts(tmp_path, _lone(speech.format(town="Tagalog"), speech)) == []


_DERAIL = "A tanker train derailed in {town} on Thursday, the rail operator said."


def test_a_persons_name_or_an_oxford_comma_list_holds_no_town(tmp_path: Path) -> None:
    person = 'Crews worked overnight on the spill. "We are watching," said Ana Pirek, Dellmoor council leader.'
    texts = {**_lone(_DERAIL.format(town="Dellmoor"), _DERAIL), "d.txt": person}
    assert len(_town_conflicts(tmp_path / "person", texts)) == 1
    listed = "Services between Quarnby, Dellmoor, and Ashby were suspended on Thursday."
    texts = {**_lone(_DERAIL.format(town="Dellmoor"), _DERAIL), "d.txt": listed}
    assert len(_town_conflicts(tmp_path / "list", texts)) == 1


def test_a_relative_day_is_no_day_apart(tmp_path: Path) -> None:
    assert not _days_apart("An officer was stabbed in X yesterday.", "An officer was stabbed in Y on Sunday.")
    stab = "A prison officer was stabbed in {town} on Sunday by an inmate, the prison service said."
    other = "Published: Monday, March 5, 2029\n\n" + stab.replace("on Sunday", "yesterday").format(town="Dellmoor")
    assert len(_town_conflicts(tmp_path, _lone(other, stab))) == 1


def test_deeds_across_an_area_are_in_many_towns(tmp_path: Path) -> None:
    search = "Detectives searched a house in {town} on Tuesday in the hunt for the gunman, police said."
    other = search.format(town="Dellmoor").replace(" in the hunt", " and were checking CCTV across the county")
    assert _town_conflicts(tmp_path, _lone(other, search)) == []
