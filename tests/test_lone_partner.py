"""A lone figure set against the one other report's value told of the person it names, in a group of
several values (``judge._named_partner``, ``judge._undated_beside``)."""

from __future__ import annotations

from folder_check import quantity_conflicts

from factcheck.api import check
from factcheck.judge import _undated_beside

_HEAD = (
    "Yarnfold Herons fire coach Tilde Maravek\n\n"
    "The Yarnfold Herons fired head coach Tilde Maravek on Sunday after a 8-13 start to the season.\n\n"
)
_SACKED = {
    "a.txt": _HEAD + "General manager Lorcan Feist said assistant Wendel Ostry will coach the team for the rest "
    "of the season.\n\nMaravek took over in 2029 from Osric Pellham. The Herons had hired Pellham, who lasted "
    "41 games in charge.\n",
    "b.txt": "Herons dismiss Maravek after poor start\n\n"
    "The Yarnfold Herons dismissed coach Tilde Maravek on Sunday with the team at 9-14.\n\n"
    "Assistant Wendel Ostry takes over for the rest of the season, general manager Lorcan Feist said.\n\n"
    "Assistant Osric Pellham was promoted and fired 26 games into the 2027-28 season before he was "
    "replaced by Ansel Brook.\n\nTicket sales for all 82 home and away games of the schedule rose.\n",
    "c.txt": "Maravek out as Herons coach\n\n"
    "The Yarnfold Herons fired coach Tilde Maravek on Sunday after a 8-13 start.\n\n"
    "Wendel Ostry will coach the team for the rest of the season, general manager Lorcan Feist said. "
    "Fans have booed the side at its last six games.\n",
}


def test_a_lone_figure_meets_the_one_value_told_of_the_person_it_names(tmp_path):
    # three values of games: only b.txt's 26 is told of Pellham, whom a.txt's lone 41 names; b.txt's season
    # date does not keep apart a.txt's sentence, which names no date
    found = quantity_conflicts(tmp_path / "named", _SACKED)
    assert any("only a.txt gives 41 games" in f.explanation and "26 games" in f.explanation for f in found)


def test_only_an_undated_lone_figure_meets_a_dated_partner(tmp_path):
    # b.txt's season date does not keep a.txt's undated 41 from its 26; a lone figure told with a date of
    # its own ("In 2026 ...") is a look back at another time, which the other reports leave out
    folder = tmp_path / "dated"
    folder.mkdir()
    for name, text in _SACKED.items():
        (folder / name).write_text(text, encoding="utf-8")
    claims = check([folder]).claims
    lone = next(c for c in claims if c.surface == "41 games")
    dated = next(c for c in claims if c.surface == "26 games")
    assert _undated_beside(lone, dated, {})
    assert not _undated_beside(dated, lone, {})


def test_a_name_that_is_no_persons_ties_no_partner(tmp_path):
    # both sentences name the club, no person: the two figures may be anyone's
    texts = dict(_SACKED)
    texts["a.txt"] = texts["a.txt"].replace("The Herons had hired Pellham, who", "The Yarnfold Herons' first coach")
    texts["b.txt"] = texts["b.txt"].replace(
        "Assistant Osric Pellham was promoted and fired", "The Yarnfold Herons' assistant was promoted and fired"
    )
    found = quantity_conflicts(tmp_path / "club", texts)
    assert not any("41 games" in f.explanation for f in found)
