"""A lone measure set against a crowd's figure (``judge.lone_value_links`` with ``judge._crowd_measure``)."""

from __future__ import annotations

from folder_check import quantity_conflicts

_KNEE = {
    "a.txt": "Dunmore Athletic said their captain Pell Orvik was expected to be out for six to eight weeks "
    "after a knee injury.",
    "b.txt": "Pell Orvik is expected to be out for six to eight weeks, Dunmore Athletic said on Sunday.",
    "c.txt": "The Dunmore Athletic captain hurt his knee in training and is expected to be out for six to eight weeks.",
}
_KNEE_LONE = {
    "d.txt": "Dunmore Athletic captain Pell Orvik hurt his knee in training.\n"
    "He is expected to be sidelined for three to four weeks."
}


def test_a_lone_span_of_a_general_key_is_still_left_alone(tmp_path):
    # a span of a general key ("duration") stands against no crowd: such spans are of many things
    found = quantity_conflicts(tmp_path / "crowd", _KNEE | _KNEE_LONE)
    assert not any("only d.txt gives" in f.explanation for f in found)


_JAILED = {
    "a.txt": "Former Corvale treasurer Hal Brennick was jailed for nine years on Friday for stealing from the town's "
    "pension fund.\nThe judge said he had shown no remorse.",
    "b.txt": "Hal Brennick, who ran the Corvale pension fund, was jailed for nine years at Estley Crown Court.\n"
    "He had denied all charges.",
    "c.txt": "A former council treasurer who stole from Corvale's pension fund has been jailed for nine years.\n"
    "Hal Brennick, 58, wept in the dock.",
}


def test_a_lone_measure_stands_against_a_crowds(tmp_path):
    # "must now serve 12 years" against three reports' "jailed for nine years": a span, not a plain count
    texts = _JAILED | {
        "d.txt": "Brennick, 58, must now serve 12 years behind bars.\nThe Corvale fund lost most of its savings."
    }
    found = quantity_conflicts(tmp_path / "span", texts)
    assert any("only d.txt gives 12 years" in f.explanation for f in found)


def test_a_lone_measure_against_two_reports_is_no_conflict(tmp_path):
    # two reports are no crowd: a lone measure needs one to stand out from
    texts = {k: v for k, v in _JAILED.items() if k != "c.txt"}
    texts |= {"d.txt": "Brennick, 58, must now serve 12 years behind bars.\nThe Corvale fund lost most of its savings."}
    found = quantity_conflicts(tmp_path / "two", texts)
    assert not any("only d.txt gives" in f.explanation for f in found)


def test_a_span_told_as_a_moment_on_the_way_is_no_length(tmp_path):
    # "about 20 minutes into the crossing" is when something happened, not how long the crossing takes
    texts = {
        "a.txt": "The Gullhaven ferry left Orm Bay at 5pm with 40 people aboard. "
        "The crossing normally takes 35 minutes.",
        "b.txt": "The Gullhaven ferry had 40 people aboard. The crossing normally takes 35 minutes.",
        "c.txt": "Forty people were aboard the Gullhaven ferry. The crossing takes 35 minutes.",
        "d.txt": "The Gullhaven ferry left Orm Bay at 5pm. It lost power about 2km off Sorrel Head around 20 minutes "
        "into the crossing.",
    }
    found = quantity_conflicts(tmp_path / "moment", texts)
    assert not any("only d.txt gives" in f.explanation for f in found)


def test_a_part_of_a_term_served_is_no_lone_measure(tmp_path):
    # "will serve six years in custody and the rest on licence": the part served, not the whole term
    for i, lone in enumerate(
        (
            "Brennick will serve six years in custody and the rest on licence.",
            "Brennick must spend six years in prison before he can be considered for release.",
            "Brennick, 58, will serve six years behind bars, with the rest suspended.",
        )
    ):
        found = quantity_conflicts(tmp_path / f"part{i}", _JAILED | {"d.txt": lone})
        assert not any("only d.txt gives" in f.explanation for f in found), lone
