"""Tests for ``match._alike_differing``: a sum or length one report gives under a general key
("money", "distance") goes with the differing figure other reports give of the same thing under a
named key, when its words are alike theirs, so the change is judged (invented texts)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.match import _alike_differing, _other_deed, _relation_after
from factcheck.models import Claim, ClaimKind, Interval, Location, Report


def _check(folder: Path, texts: dict[str, str]) -> Report:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return check([folder])


def _conflicts(report: Report, surface: str) -> list[set[str]]:
    """The articles of each quantity conflict holding a claim whose surface holds ``surface``."""
    return [
        {c.location.article for c in f.claims}
        for f in report.findings
        if f.kind is ClaimKind.QUANTITY
        and f.verdict.value == "conflict"
        and any(surface in c.surface for c in f.claims)
    ]


BUYOUT = {
    "a.txt": "Harbourside United sack coach Ennis Dorrow\n\nHarbourside United dismissed head coach Ennis Dorrow"
    " on Monday after nine defeats.\nThe club owes Dorrow $3.7 million under his contract,"
    " which ran until 2031.\n",
    "b.txt": "United part ways with Dorrow\n\nHarbourside United fired Ennis Dorrow on Monday.\nThe club owes"
    " Dorrow $3.7 million under his contract, a club spokesman said.\n",
    "c.txt": "Dorrow out at Harbourside\n\nHarbourside United let Ennis Dorrow go on Monday.\nPaying off"
    " Dorrow's contract will cost the club about $2.6 million, the spokesman said.\n",
}


def test_a_lone_differing_sum_meets_the_sum_others_agree_on(tmp_path: Path) -> None:
    report = _check(tmp_path, BUYOUT)
    lone = next(c for c in report.claims if c.surface.endswith("$2.6 million"))
    assert lone.key == "money"  # a general key: before, compared with nothing
    conflicts = _conflicts(report, "$2.6 million")
    assert conflicts and conflicts[0] == {"a.txt", "b.txt", "c.txt"}
    group = next(f for f in report.findings if any(c is lone for c in f.claims))
    assert any("c.txt's about $2.6 million joins" in line for line in group.details)  # the grouping says why


def test_a_sum_of_another_deed_is_not_joined(tmp_path: Path) -> None:
    """ "spent £7 million" is no telling of the "£4 million" fine, however alike the words."""
    report = _check(
        tmp_path,
        {
            "a.txt": "Regulator fines Norvale Water\n\nThe water regulator fined Norvale Water £4 million on"
            " Tuesday over sewage spills into the River Coldbeck.\n",
            "b.txt": "Norvale Water fined\n\nNorvale Water was handed a penalty of £4 million by the water"
            " regulator on Tuesday for sewage spills into the River Coldbeck.\n",
            "c.txt": "Norvale Water and the river\n\nNorvale Water said on Tuesday it had spent £7 million"
            " cleaning the River Coldbeck after the sewage spills the regulator punished.\n",
        },
    )
    assert any(c.surface == "£7 million" for c in report.claims)
    assert not _conflicts(report, "£7 million")


def test_a_distance_is_not_joined_to_a_size(tmp_path: Path) -> None:
    """ "170 metres from the station" is no size of "the 35-metre footbridge"."""
    report = _check(
        tmp_path,
        {
            "a.txt": "Footbridge closed\n\nThe Saltings footbridge, a 35-metre span over the River Coldbeck near"
            " Oldgate station, was closed on Monday after engineers found cracks.\n",
            "b.txt": "Bridge shut\n\nThe 35-metre Saltings footbridge over the River Coldbeck near Oldgate station"
            " was shut on Monday after engineers found cracks.\n",
            "c.txt": "Crossing closed\n\nThe Saltings footbridge over the River Coldbeck, 170 metres from Oldgate"
            " station, was closed on Monday after engineers found cracks.\n",
        },
    )
    assert any(c.surface == "170 metres" for c in report.claims)
    assert not _conflicts(report, "170 metres")


def _claim(sentence: str, surface: str, unit: str, key: str, article: str = "a.txt", stated: float = 1.0) -> Claim:
    import re

    from factcheck.words import stem

    at = sentence.index(surface)
    context = tuple(stem(w) for w in re.findall(r"[A-Za-z]+\d*", sentence) if len(w) > 3 and w.lower() != "said")
    return Claim(
        ClaimKind.QUANTITY,
        key,
        Interval(stated, stated),
        surface,
        unit,
        Location(article, at, at + len(surface), 1, at),
        sentence,
        surface,
        stated=stated,
        context=context,
    )


def test_relation_after_a_length() -> None:
    assert (
        _relation_after(_claim("It stood 170 metres from the station.", "170 metres", "kilometer", "distance"))
        == "from"
    )
    below = _claim("A tunnel fell in 380 metres (1,250 feet) below ground.", "380 metres", "kilometer", "distance")
    assert _relation_after(below) == "below"
    assert _relation_after(_claim("A surge of 11 feet flooded the quay.", "11 feet", "kilometer", "surge")) == ""
    assert _relation_after(_claim("It cost $5 from the fund.", "$5", "USD", "money")) == ""  # lengths only


def test_other_deed_of_a_sum() -> None:
    spent = _claim("The firm had spent £7 million on the clean-up.", "£7 million", "GBP", "money", "c.txt")
    fined = _claim("The regulator fined the firm £4 million.", "£4 million", "GBP", "fine", "a.txt")
    also_spent = _claim("The firm spent £4 million on the clean-up.", "£4 million", "GBP", "clean-up", "b.txt")
    assert _other_deed(spent, [fined])
    assert not _other_deed(spent, [fined, also_spent])
    cost = _claim("The buyout will cost the club £2 million.", "£2 million", "GBP", "money", "c.txt")
    assert not _other_deed(cost, [fined])


def test_nothing_to_join_without_two_reports_of_the_named_key() -> None:
    said = "The settlement of the coach's contract will cost the club {}, he said."
    x = _claim(said.format("about $2.6 million"), "$2.6 million", "USD", "money", "c.txt", 2.6e6)
    y = _claim(said.format("$3.7 million"), "$3.7 million", "USD", "contract", "a.txt", 3.7e6)
    z = _claim(said.format("$3.7 million"), "$3.7 million", "USD", "contract", "b.txt", 3.7e6)
    block = {x.id: "money", y.id: "contract", z.id: "contract"}
    assert not _alike_differing([x, y], block, {})  # one report of the contract: no figure others agree on
    assert _alike_differing([x, y, z], block, {})[x.id][0] == "contract"
    far = _claim(said.format("$37 million"), "$37 million", "USD", "money", "c.txt", 37e6)  # tenfold: another sum
    assert not _alike_differing([far, y, z], {**block, far.id: "money"}, {})


def test_a_large_bucket_compares_only_pairs_sharing_a_rare_word() -> None:
    """Past MAX_POSTING sums of one unit, candidates come from the shared-word index (near-linear)."""
    claims = [
        _claim(
            f"Donor number{i} gave towards the hall{i} roof a sum of $8 million.",
            "$8 million",
            "USD",
            "money",
            f"{i}.txt",
        )
        for i in range(300)
    ]
    x = _claim(
        "The repair of the church tower will cost about $2.6 million, he said.", "$2.6 million", "USD", "money", "x.txt"
    )
    towers = [
        _claim(
            "The repair of the church tower will cost $3.7 million, he said.",
            "$3.7 million",
            "USD",
            "repair",
            f"t{i}.txt",
        )
        for i in range(2)
    ]
    every = [*claims, x, *towers]
    block = {c.id: c.key for c in every}
    out = _alike_differing(every, block, {})
    assert set(out) == {x.id} and out[x.id][0] == "repair"
