"""One person given, by one report alone, an office that cannot be held with the office two or more
other reports give (``judge_roles.office_conflicts``), and the title before a name that a
possessive and a comma frame ("the trust's medical director, Jo Marsh": ``persons.owned_title_before``).
Invented texts."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Finding, Verdict

_STORY = (
    "The Larkfield bridge in Bexcombe was closed on Tuesday 4 March 2031 after engineers found 14 cracks "
    "in its main span.\n\n{line}\n\nAbout 23,000 vehicles cross the 310-metre bridge every day. Repairs "
    "are expected to cost 8.5 million euros and take six weeks.\n"
)


def _offices(folder: Path, lines: list[str], published: list[str] | None = None) -> list[Finding]:
    from factcheck.api import Options, check

    folder.mkdir()
    for i, line in enumerate(lines):
        (folder / f"0{i + 1}.txt").write_text(_STORY.format(line=line), encoding="utf-8")
    if published:
        toml = "".join(f'["0{i + 1}.txt"]\npublished = {d}\n\n' for i, d in enumerate(published))
        (folder / "sources.toml").write_text(toml, encoding="utf-8")
    report = check([folder], Options(jobs=1, cache=None))
    return [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind.value == "person-role"]


def test_two_departments_given_one_minister_are_a_conflict(tmp_path: Path) -> None:
    found = _offices(
        tmp_path / "x",
        [
            "Finance Minister Hal Brooke said the money would be found.",
            "Finance Minister Hal Brooke promised funds.",
            "The repairs will be paid for, Finance Minister Hal Brooke said.",
            "Trade Minister Hal Brooke said the money would be found.",
        ],
    )
    assert [f.explanation for f in found] == [
        "Hal Brooke is 'Finance Minister' in 3 articles but 'Trade Minister' in 04.txt: two government "
        "departments, which one minister does not head at once"
    ]
    assert {c.location.article for c in found[0].claims} == {"01.txt", "02.txt", "03.txt", "04.txt"}


def test_an_owned_title_before_a_name_is_read_and_compared(tmp_path: Path) -> None:
    # "the operator's medical director, Hal Brooke,": the title is read though a comma follows it
    found = _offices(
        tmp_path / "x",
        [
            "Hal Brooke, chief executive of the operator, said the money would be found.",
            "The operator's chief executive, Hal Brooke, promised funds.",
            "The operator's medical director, Hal Brooke, said the money would be found.",
        ],
    )
    assert len(found) == 1
    assert '"operator\'s medical director" in 03.txt' in found[0].explanation
    assert "chief executive does not also hold its other executive posts" in found[0].explanation


def test_a_mayor_given_another_office_by_one_report(tmp_path: Path) -> None:
    found = _offices(
        tmp_path / "x",
        [
            "Hal Brooke, the mayor of Bexcombe, said the money would be found.",
            "Hal Brooke, the mayor of Bexcombe, promised funds.",
            "Transport Commissioner Hal Brooke said the money would be found.",
        ],
    )
    assert [f.explanation.split(": ")[-1] for f in found] == ["one person is not both a mayor and a commissioner"]


def test_the_head_of_a_public_body_called_a_mayor_by_one_report(tmp_path: Path) -> None:
    found = _offices(
        tmp_path / "x",
        [
            "Hal Brooke, head of civil protection, said the bridge was sealed.",
            "Hal Brooke, the head of civil protection, said officers guarded it.",
            "Hal Brooke, mayor of Tressel, said the bridge was sealed.",
        ],
    )
    assert [f.explanation.split(": ")[-1] for f in found] == [
        "one person is not both the head of a public body and a mayor"
    ]


def test_a_police_chief_called_a_prosecutor_by_one_report(tmp_path: Path) -> None:
    lines = [
        "Bexcombe Police Chief Hal Brooke said the bridge was sealed.",
        "Police Chief Hal Brooke said officers guarded it.",
    ]
    found = _offices(tmp_path / "x", [*lines, "Chief prosecutor Hal Brooke said the bridge was sealed."])
    assert [f.explanation.split(": ")[-1] for f in found] == [
        "one person is not both the head of a police force and a prosecutor"
    ]
    # a police commissioner is the police's head too
    assert _offices(tmp_path / "y", [*lines, "Police Commissioner Hal Brooke said the bridge was sealed."]) == []


def test_offices_held_together_or_in_turn_are_no_conflict(tmp_path: Path) -> None:
    majority = [
        "Finance Minister Hal Brooke said the money would be found.",
        "Finance Minister Hal Brooke promised funds.",
    ]
    cases = {
        # one department known by two names
        "home": [
            "Home Minister Hal Brooke said so.",
            "Home Minister Hal Brooke promised funds.",
            "Interior Minister Hal Brooke spoke.",
        ],
        # both departments given together by one report
        "both": [
            *majority,
            "Trade Minister Hal Brooke said so.",
            "Hal Brooke, the Minister for Finance and Trade, spoke.",
        ],
        # a change of office told
        "new": [*majority, "The newly appointed Trade Minister Hal Brooke said so."],
        # a past office
        "former": [*majority, "Former governor Hal Brooke said so."],
        # a deputy of the same department
        "deputy": [*majority, "Deputy Finance Minister Hal Brooke said so."],
        # a committee post beside an office, and a company's president beside its chief executive
        "chair": [*majority, "Finance committee chair Hal Brooke said so."],
        "president": [
            "Chief executive Hal Brooke said so.",
            "Chief executive Hal Brooke spoke.",
            "Company president Hal Brooke said so.",
        ],
        # a lone surname may be another person
        "surname": [*majority, "Trade Minister Brooke said so."],
        # an office of a union or a school, not of a government or a city
        "union": [*majority, "Hal Brooke, the union's education secretary, said so."],
        "school": [
            "Hal Brooke, the mayor of Bexcombe, said so.",
            "Hal Brooke, the mayor of Bexcombe, spoke.",
            "Hal Brooke, a school governor, said so.",
        ],
        # a committee a mayor may head besides, and the head of a trust who is its chief executive
        "committee": [
            "Hal Brooke, the mayor of Bexcombe, said so.",
            "Hal Brooke, the mayor of Bexcombe, spoke.",
            "Hal Brooke, head of the crisis committee, said so.",
        ],
        "trust": [
            "Chief executive Hal Brooke said so.",
            "Chief executive Hal Brooke spoke.",
            "Hal Brooke, head of the trust, said so.",
        ],
        # two reports against two: no majority
        "even": [*majority, "Trade Minister Hal Brooke said so.", "Trade Minister Hal Brooke spoke."],
    }
    for name, lines in cases.items():
        assert _offices(tmp_path / name, lines) == [], name


def test_an_owned_title_is_not_read_when_the_name_starts_a_clause() -> None:
    from factcheck.extract.persons import owned_title_before

    text = "The trust's medical director, Jo Marsh, said so."
    at = text.index("Jo")
    assert owned_title_before(text, at, at + len("Jo Marsh")) == (text.index("trust's"), text.index(","))
    # "after meeting the trust's chief executive, Jo Marsh said": Marsh is someone else
    text = "After meeting the trust's chief executive, Jo Marsh said so."
    at = text.index("Jo")
    assert owned_title_before(text, at, at + len("Jo Marsh")) is None
    # no office noun: "the shop's owner, Jo Marsh,"
    text = "The shop's owner, Jo Marsh, said so."
    at = text.index("Jo")
    assert owned_title_before(text, at, at + len("Jo Marsh")) is None


def test_titles_that_name_no_single_office_of_the_person_are_no_conflict(tmp_path: Path) -> None:
    medical = [
        "Hal Brooke, the operator's medical director, said no one was hurt.",
        "Hal Brooke, medical director of Elm Crossings, said no one was hurt.",
    ]
    mayor = ["Hal Brooke, the mayor of Bexcombe, said so.", "Hal Brooke, the mayor of Bexcombe, spoke."]
    cases = {
        # an office named after the person's, not the person's own
        "wife": [*medical, "Hal Brooke, the chief executive's wife, said no one was hurt."],
        "adviser": [*medical, "Hal Brooke, the adviser to the chief executive, said no one was hurt."],
        "staff": [*mayor, "Hal Brooke, the governor's chief of staff, said so."],
        # one of several: a bank's rank, no single post
        "rank": [
            "Hal Brooke, the chief financial officer of Elm Capital, said so.",
            "Hal Brooke, chief financial officer at Elm Capital, said so.",
            "Hal Brooke, a managing director at Elm Capital, said so.",
        ],
        # two bodies: a post at each
        "owners": [
            "Hal Brooke, the operator's chief executive, said so.",
            "Hal Brooke, chief executive of the operator, spoke.",
            "Hal Brooke, the charity's finance director, said so.",
        ],
        "union": [*mayor, "Hal Brooke, the union's transport commissioner, said so."],
        # a jail's governor is no province's
        "jail": [*mayor, "Hal Brooke, the jail's governor, said so."],
        # a public safety commissioner may head the police
        "safety": [
            "Public Safety Commissioner Hal Brooke said so.",
            "Hal Brooke, the public safety commissioner, spoke.",
            "Police Chief Hal Brooke said so.",
        ],
    }
    for name, lines in cases.items():
        assert _offices(tmp_path / name, lines) == [], name
    # "the operator" and "the firm": one company named two ways
    firm = "Hal Brooke, the firm's chief medical officer, said so."
    assert len(_offices(tmp_path / "firm", [*cases["owners"][:2], firm])) == 1


def test_two_offices_told_held_together_or_by_another_person_are_no_conflict(tmp_path: Path) -> None:
    defence = ["Defence Minister Hal Brooke said so.", "Hal Brooke, the defence minister, spoke."]
    cases = {
        # the other office's portfolio named in the lone sentence
        "portfolio": [
            "Finance Minister Hal Brooke said so.",
            "Hal Brooke, the finance minister, spoke.",
            "Hal Brooke, the trade minister, who holds the finance portfolio too, said so.",
        ],
        # one office held for a while
        "standing in": [*defence, "Foreign Minister Hal Brooke, standing in for the ailing Jo Marsh, said so."],
        "also": [*defence, "Hal Brooke, the foreign minister, who is also in charge of the army, said so."],
        # a name spelled otherwise: maybe another person
        "spelling": [
            "Mayor Anna Velt said so.",
            "Anna Velt, the mayor of Bexcombe, said so.",
            "Bexcombe mayor Anna Velt spoke.",
            "Ana Velt, the province's governor, said so.",
        ],
    }
    for name, lines in cases.items():
        assert _offices(tmp_path / name, lines) == [], name
    # "also said" tells of no second office
    said = "Foreign Minister Hal Brooke also said the army would help."
    assert len(_offices(tmp_path / "said", [*defence, said])) == 1


def test_an_office_given_months_later_may_be_a_new_one(tmp_path: Path) -> None:
    lines = [
        "Transport Minister Hal Brooke said the bridge would reopen.",
        "Hal Brooke, the transport minister, promised a quick fix.",
        "Finance Minister Hal Brooke said the final bill was paid.",
    ]

    # a reshuffle between: months apart; days apart, one office is wrong
    assert _offices(tmp_path / "later", lines, ["2031-03-05", "2031-03-06", "2032-01-20"]) == []
    assert len(_offices(tmp_path / "days", lines, ["2031-03-05", "2031-03-06", "2031-03-09"])) == 1
