"""Two people given one single post of one body (``judge_roles.holder_conflicts``): one by two or
more reports, the other by one report alone. Invented texts."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding, Verdict

_STORY = (
    "A fire at the Larkfield bottling plant in Bexcombe injured 14 workers on Tuesday 4 March 2031."
    "\n\n{line}\n\nAbout 230 people work at the plant. Repairs are expected to cost 8.5 million euros "
    "and take six weeks.\n"
)


def _holders(folder: Path, lines: list[str]) -> list[Finding]:
    from factcheck.api import Options, check

    folder.mkdir()
    for i, line in enumerate(lines):
        (folder / f"0{i + 1}.txt").write_text(_STORY.format(line=line), encoding="utf-8")
    report = check([folder], Options(jobs=1, cache=None))
    return [f for f in report.by_verdict(Verdict.CONFLICT) if f.key.endswith(": holder")]


def test_two_people_given_one_general_manager_post_are_a_conflict(tmp_path: Path) -> None:
    found = _holders(
        tmp_path / "x",
        [
            "The plant's general manager, Edda Aastrand, said the blaze began in a storage hall.",
            "The plant's general manager, Edda Aastrand, praised the firefighters.",
            "The plant's general manager, Tomas Colverd, said the blaze began in a storage hall.",
        ],
    )
    assert len(found) == 1
    assert found[0].explanation.startswith(
        'the general manager is Edda Aastrand in 2 articles (01.txt, 02.txt: "plant\'s general manager") '
        "but Tomas Colverd in 03.txt"
    )
    assert {c.location.article for c in found[0].claims} == {"01.txt", "02.txt", "03.txt"}
    # the claims carry the holder's name: what the articles disagree on
    assert {c.text_value for c in found[0].claims} == {"edda aastrand", "tomas colverd"}


def test_two_expedition_leaders_are_a_conflict(tmp_path: Path) -> None:
    found = _holders(
        tmp_path / "x",
        [
            "Expedition leader Rurik Selvaag said the team had turned back.",
            "The expedition's leader, Rurik Selvaag, said the team had turned back.",
            "The expedition's leader, Oona Thistlewode, said the team had turned back.",
        ],
    )
    assert len(found) == 1
    assert "Rurik Selvaag" in found[0].explanation and "Oona Thistlewode" in found[0].explanation


def _quiet(tmp_path: Path, lone: str, majority: str = "The plant's general manager, Edda Aastrand, said so.") -> None:
    assert _holders(tmp_path / "x", [majority, majority, lone]) == []


def test_a_post_of_another_named_body_is_no_conflict(tmp_path: Path) -> None:
    _quiet(
        tmp_path,
        "Harlow Logistics general manager Tomas Colverd said the depot was evacuated.",
        "Larkfield Bottling general manager Edda Aastrand said the blaze began in a hall.",
    )


def test_a_post_of_another_common_body_is_no_conflict(tmp_path: Path) -> None:
    _quiet(
        tmp_path,
        "The bank's chief financial officer, Tomas Colverd, said lenders were calm.",
        "The company's chief financial officer, Edda Aastrand, said insurance would pay.",
    )


def test_a_bare_title_in_the_lone_report_is_no_conflict(tmp_path: Path) -> None:
    # "chief executive Tom Pike": of which body? a story may tell of a buyer and the bought
    _quiet(
        tmp_path,
        "Chief executive Tomas Colverd said the purchase would double the business.",
        "The company's chief executive, Edda Aastrand, said staff had been told.",
    )


def test_a_successor_or_an_acting_holder_is_no_conflict(tmp_path: Path) -> None:
    _quiet(tmp_path, "Tomas Colverd, who replaced Edda Aastrand as the plant's general manager, spoke.")
    assert (
        _holders(
            tmp_path / "y",
            [
                "The plant's general manager, Edda Aastrand, said so.",
                "The plant's general manager, Edda Aastrand, said so.",
                "The plant's acting general manager, Tomas Colverd, said so.",
            ],
        )
        == []
    )


def test_a_lone_report_naming_both_people_is_no_conflict(tmp_path: Path) -> None:
    _quiet(tmp_path, "The plant's general manager, Tomas Colverd, thanked Edda Aastrand for her help.")


def test_one_name_spelled_two_ways_is_left_to_the_name_rules(tmp_path: Path) -> None:
    _quiet(tmp_path, "The plant's general manager, Edda Aastrant, said so.")


def test_a_part_of_the_named_body_is_no_conflict(tmp_path: Path) -> None:
    _quiet(
        tmp_path,
        "Tomas Colverd, chief executive for Larkfield's bottling arm, said so.",
        "Larkfield chief executive Edda Aastrand said the blaze began in a storage hall.",
    )
