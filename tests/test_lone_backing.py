"""A lone figure against the crowd's when a part told by more reports outvotes the whole, and a date
that opens the next deed of a sentence (``judge.lone_value_links``, ``judge._figure_dates``)."""

from __future__ import annotations

from folder_check import quantity_conflicts

from factcheck.judge import _figure_dates

_HELD = {
    "a.txt": "A man who kept eight people hostage in a Brackwell post office gave himself up on Monday.\n"
    "He freed two hostages at noon, then surrendered in the evening.",
    "b.txt": "All eight hostages, clerks and customers alike, came out unhurt, police said.",
    "c.txt": "Eight hostages walked free in Brackwell when the siege ended at dusk.",
    "d.txt": "Two hostages were freed around midday.",
    "e.txt": "Two of the hostages were let out at midday.",
    "f.txt": "Police said two hostages have been freed.",
}
_LONE = {"g.txt": "Eleven hostages were stuck in the sorting room while marksmen took up positions outside."}


def test_a_part_told_by_more_reports_does_not_outvote_the_whole_a_lone_figure_contradicts(tmp_path):
    # four reports tell of the two freed (a part), three of the eight held: the lone eleven is set against
    # the eight, though more reports give two
    found = quantity_conflicts(tmp_path / "lone", _HELD | _LONE)
    assert any("only g.txt gives Eleven hostages" in f.explanation for f in found)


def test_a_part_not_told_as_one_still_outvotes(tmp_path):
    # the two are told plainly, not freed nor "of the": no part, so no value backs the whole alone
    texts = {
        k: v.replace("released", "seen").replace("freed", "seen").replace("Two of the", "Two") for k, v in _HELD.items()
    }
    texts |= _LONE
    found = quantity_conflicts(tmp_path / "plain", texts)
    assert not any("only g.txt gives Eleven hostages" in f.explanation for f in found)


def test_a_date_opening_the_next_deed_is_not_the_figures():
    sentence = "He won 22 caps for Arland and in March 1981 joined Dunmore Rovers for a record fee."
    assert _figure_dates(sentence, "22 caps") == frozenset()
    # a date of the figure's own clause still dates it
    assert _figure_dates("He won 22 caps for Arland in 1981.", "22 caps") != frozenset()


_AGES = {
    "a.txt": "Harbour pilot Orla Fenwick, 47, was named as the new head of the Quillby port authority.",
    "b.txt": "Fenwick, 47, takes over from a predecessor who retired in the spring, Quillby officials said.",
    "c.txt": "The port authority said Orla Fenwick, 47, would start in her new post next month.",
}


def test_a_lone_age_against_a_crowds_age_of_one_person_is_a_conflict(tmp_path):
    texts = _AGES | {"d.txt": "The 52-year-old has piloted ships into Quillby harbour since she was a teenager."}
    found = quantity_conflicts(tmp_path / "lone", texts)
    assert any("only d.txt gives" in f.explanation and "52" in f.explanation for f in found)


def test_a_lone_age_of_kin_or_an_average_or_beside_another_age_is_no_conflict(tmp_path):
    for name, line in {
        "kin": "Fenwick lives in Quillby with her 19-year-old nephew.",
        "two": "She has two children, a 14-year-old son and a 19-year-old daughter.",
        "average": "The harbour pilots of Quillby have an average age of 52.",
    }.items():
        found = quantity_conflicts(tmp_path / name, _AGES | {"d.txt": line})
        assert not any("only d.txt gives" in f.explanation for f in found), name


_KILLED = {
    "a.txt": "Mira Kestane, 34, a reporter, was killed in Osk on Friday.",
    "b.txt": "Reporter Mira Kestane, 34, died in Osk on Friday, her paper said.",
    "c.txt": "An attack in Osk on Friday killed reporter Mira Kestane, 34.",
    "d.txt": "Mira Kestane, 34, was shot dead in Osk on Friday.",
}


def test_a_lone_age_of_another_time_or_of_someone_brought_in_is_no_conflict(tmp_path):
    for name, line in {
        "then": "Mira Kestane was killed in Osk on Friday. Kestane won her first prize when she was 25.",
        "to_come": "Mira Kestane was killed in Osk on Friday. Kestane would have turned 35 next week, her editor said.",
        "introduced": "A 19-year-old has been charged with the murder of Mira Kestane in Osk.",
    }.items():
        found = quantity_conflicts(tmp_path / name, _KILLED | {"e.txt": line})
        assert not any("only e.txt gives" in f.explanation for f in found), name
