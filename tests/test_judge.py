"""Verdicts on small hand-made groups."""

import dataclasses
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from factcheck.api import check
from factcheck.judge import _one_part_apart, _says_value, _scope_words
from factcheck.models import Claim, ClaimKind, Location, Severity, Step, Verdict


def _corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_exact_figures_that_differ_are_a_high_conflict(tmp_path):
    report = check(
        [
            _corpus(
                tmp_path,
                {
                    "a.txt": "The ministry added 31 new chemicals to its list of banned substances on Friday.",
                    "b.txt": "On Friday the ministry added 30 new chemicals to the list of banned substances.",
                },
            )
        ]
    )
    conflicts = report.by_verdict(Verdict.CONFLICT)
    assert len(conflicts) == 1
    assert conflicts[0].severity.value == "high"
    assert {c.surface for c in conflicts[0].claims} == {"31 new chemicals", "30 new chemicals"}


def test_unlike_claims_with_one_key_stay_listed_as_single_source(tmp_path):
    report = check(
        [
            _corpus(
                tmp_path,
                {
                    "a.txt": "Rescuers pulled 12 survivors from the rubble of the collapsed mall.",
                    "b.txt": "A charity appeal has helped 40 survivors of last year's flood rebuild homes.",
                },
            )
        ]
    )
    assert not report.by_verdict(Verdict.CONFLICT)
    singles = {c.surface for f in report.by_verdict(Verdict.SINGLE_SOURCE) for c in f.claims}
    assert {"12 survivors", "40 survivors"} <= singles


def test_a_qualified_figure_is_compatible_with_the_plain_one(tmp_path):
    report = check(
        [
            _corpus(
                tmp_path,
                {
                    "a.txt": "The floods have displaced more than 200,000 people across the province, officials said.",
                    "b.txt": "Officials said floods across the province had displaced 200,000 people.",
                },
            )
        ]
    )
    # "more than 200,000" and "200,000" overlap but say it with different precision
    assert not report.by_verdict(Verdict.AGREE) and not report.by_verdict(Verdict.CONFLICT)
    (compatible,) = report.by_verdict(Verdict.COMPATIBLE)
    assert len(compatible.articles) == 2
    assert "differ only in precision" in compatible.explanation


def test_a_vague_amount_is_vaguer_than_the_figure_not_the_same(tmp_path):
    texts = {
        "a.txt": "Police seized three live shells from the car after the arrest, officers said.",
        "b.txt": "Officers said police seized several shells from the car after the arrest.",
        "c.txt": "After the arrest, officers said, police seized several shells from the car.",
    }
    report = check([_corpus(tmp_path, texts)])
    # "several" (3 to 9) starts at three, but does not state it: the two several agree, and they
    # are vaguer than the three
    (agree,) = report.by_verdict(Verdict.AGREE)
    assert {c.surface for c in agree.claims} == {"several shells"}
    (compatible,) = report.by_verdict(Verdict.COMPATIBLE)
    assert set(compatible.articles) == {"a.txt", "b.txt", "c.txt"}
    assert "is vaguer than" in compatible.explanation and not report.by_verdict(Verdict.CONFLICT)


def test_relative_tolerance_setting_narrows_rounded_figures(tmp_path):
    from factcheck.api import Options

    corpus = _corpus(
        tmp_path,
        {
            "a.txt": "The regional government said the floods displaced 100,000 people in the river delta.",
            "b.txt": "The regional government said floods in the river delta displaced 95,000 people.",
        },
    )
    loose = check([corpus])
    tight = check([corpus], Options(tolerances={"relative": 0.01}))
    assert [f.verdict for f in loose.findings if f.key == "people"] == [Verdict.COMPATIBLE]
    assert [f.verdict for f in tight.findings if f.key == "people"] == [Verdict.CONFLICT]


def _claims_stating(displays: list[str], steps: list[list[str]]):
    from factcheck.models import Claim, ClaimKind, Location, Step

    return [
        Claim(
            ClaimKind.QUANTITY,
            "thing",
            None,
            d,
            "",
            Location(f"a{i % 3}.txt", i, i + 1, 1, 1),
            "s",
            d,
            steps=tuple(Step(x, x, "rule") for x in s),
        )
        for i, (d, s) in enumerate(zip(displays, steps, strict=True))
    ]


def test_report_lines_are_each_given_once_in_the_order_first_seen() -> None:
    """normalisations, _values and stated list a value once, in first-seen order (as a list kept
    without repeats would), however many claims a group holds."""
    from hypothesis import given
    from hypothesis import strategies as st

    from factcheck.judge import _values, normalisations
    from factcheck.judge_common import stated

    words = st.sampled_from(["12", "12 m", "twelve", "13", "a dozen", "14"])

    @given(st.lists(st.tuples(words, st.lists(words, max_size=3)), max_size=12))
    def run(rows: list[tuple[str, list[str]]]) -> None:
        claims = _claims_stating([d for d, _ in rows], [s for _, s in rows])
        lines: list[str] = []
        shown: list[str] = []
        for c in claims:
            for step in c.steps:
                if f"{c.location.article}: {step}" not in lines:
                    lines.append(f"{c.location.article}: {step}")
            if c.display not in shown:
                shown.append(c.display)
        assert normalisations(claims) == tuple(lines)
        more = " ..." if len(shown) > 3 else ""
        assert _values(claims) == " / ".join(repr(s) if " " not in s else s for s in shown[:3]) + more
        assert stated(claims, "display", 2) == ", ".join(map(repr, shown[:2])) + (" ..." if len(shown) > 2 else "")

    run()


def test_a_span_in_decades_is_rounded_to_ten_years(tmp_path):
    texts = {
        "a.txt": "The old harbour master Ivo Marlen ran the port of Treskel for three decades until his retirement.",
        "b.txt": "Ivo Marlen ran the port of Treskel for 31 years until his retirement last spring.",
        "c.txt": "Ivo Marlen ran the port of Treskel for 31 years, the town council said.",
    }
    report = check([_corpus(tmp_path, texts)])
    # three decades is 27 to 33 years: one span, told roughly in one report
    (compatible,) = report.by_verdict(Verdict.COMPATIBLE)
    assert "told in decades rounded to ten years" in compatible.explanation
    assert report.by_verdict(Verdict.CONFLICT) == []


def test_a_figure_converted_from_another_unit_is_rounded_in_its_own(tmp_path):
    texts = {
        "a.txt": "Police chased the stolen van for 48km along the coast road before it stopped.",
        "b.txt": "The stolen van was chased by police for 30 miles along the coast road before it stopped.",
        "c.txt": "The stolen van was chased by police for 40 miles along the coast road before it stopped.",
    }
    report = check([_corpus(tmp_path, texts)])
    # 30 miles is 48.3 km: one distance, rounded in each unit; 40 miles (64 km) is another
    (compatible,) = report.by_verdict(Verdict.COMPATIBLE)
    assert set(compatible.articles) == {"a.txt", "b.txt"}
    assert "rounded after conversion (gap 0.6%)" in compatible.explanation
    conflicts = report.by_verdict(Verdict.CONFLICT)
    assert conflicts and all("c.txt" in f.articles for f in conflicts)


def test_a_bound_is_compared_only_with_figures_near_it(tmp_path):
    texts = {
        "a.txt": "At least one crew member of the tanker was hurt when the fire broke out on deck.",
        "b.txt": "The tanker, with 300 crew members on board, caught fire on deck, the owners said.",
        "c.txt": "The owners said more than 250 crew members were on board when the tanker caught fire on deck.",
    }
    report = check([_corpus(tmp_path, texts)])
    compatible = report.by_verdict(Verdict.COMPATIBLE)
    # "more than 250" and "300" are near enough to say something of each other; "at least one" is
    # no statement about 300
    assert [set(f.articles) for f in compatible] == [{"b.txt", "c.txt"}]
    assert not report.by_verdict(Verdict.CONFLICT)


_WARSHIP = (
    "A Danish frigate on {day} intercepted three skiffs carrying armed smugglers in the Strait of Otranto "
    "and drove them off from a convoy of cargo ships sailing through the transit corridor."
)


def test_a_date_said_in_nearly_the_same_words_is_a_conflict(tmp_path):
    # no event named beside the date ("on Thursday"), but the sentences are one report edited
    texts = {
        "a.txt": _WARSHIP.format(day="Thursday"),
        "b.txt": _WARSHIP.format(day="Thursday").replace("sailing", "travelling"),
        "c.txt": _WARSHIP.format(day="Saturday"),
    }
    conflicts = [f for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]
    assert [sorted(c.surface for c in f.claims) for f in conflicts] == [["Saturday", "Thursday", "Thursday"]]


def test_dates_of_two_named_events_in_alike_words_are_no_conflict(tmp_path):
    # the same sentence but for the deed: an arrest on Monday and a charge on Tuesday are two events
    line = "Dana Ames, Eli Boyd and Fran Cole were {deed} in connection with the fire at the Pell Street warehouse."
    texts = {"a.txt": line.format(deed="arrested Monday"), "b.txt": line.format(deed="charged Tuesday")}
    assert not [f for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]
    # one deed told on two days still is one
    (tmp_path / "b.txt").write_text(line.format(deed="arrested Tuesday"), encoding="utf-8")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]
    # the deeds as their clauses read them, a crime named after each date
    deed = "Police {deed}, 30, on {day} in the killing of Ann Roe outside a bar on Pell Street, a spokesman said."
    texts = {
        "c.txt": deed.format(deed="arrested Dan Fisk", day="Monday"),
        "d.txt": deed.format(deed="charged Dan Fisk", day="Tuesday"),
    }
    (tmp_path / "e").mkdir()
    found = check([_corpus(tmp_path / "e", texts)]).by_verdict(Verdict.CONFLICT)
    assert not [f for f in found if f.kind.value == "date"]


def test_dates_in_merely_alike_words_are_no_conflict(tmp_path):
    # the same setting, but most words differ: two moments of a story, not one date told two ways
    texts = {
        "a.txt": _WARSHIP.format(day="Thursday"),
        "b.txt": _WARSHIP.format(day="Thursday").replace("sailing", "travelling"),
        "c.txt": "On Saturday the navy said smugglers in the Strait of Otranto had fired at a ferry and fled.",
    }
    assert not [f for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


_QUAKE = "A magnitude {m} quake struck Vardo island off Norway on Sunday, injuring three people, officials said."


def test_a_figure_of_an_earlier_dated_event_is_no_conflict(tmp_path):
    texts = {
        "a.txt": _QUAKE.format(m="5.2"),
        "b.txt": _QUAKE.format(m="5.2") + " The same island was hit by a magnitude 6.1 quake in September.",
    }
    magnitudes = [f for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT) if f.key == "magnitude"]
    assert magnitudes == []
    # the same figure without the date of another event is a conflict
    (tmp_path / "c.txt").write_text(_QUAKE.format(m="6.1"), encoding="utf-8")
    magnitudes = [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.key == "magnitude"]
    assert [sorted(c.stated for c in f.claims) for f in magnitudes] == [[5.2, 5.2, 6.1]]


def test_a_date_of_a_clause_with_its_own_subject_is_not_the_figures(tmp_path):
    # "for the thefts he carried out on June 4": the date is of the thefts, not of the prison term
    texts = {
        "a.txt": "A judge sentenced Dale Ostrow on Saturday to 310 years in prison for the thefts he carried out "
        "on June 4, 2009, at the Varnby depot.",
        "b.txt": "A judge on Saturday sentenced Dale Ostrow to 540 years in prison for the thefts at the Varnby depot.",
    }
    terms = [f for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT) if f.key == "sentence"]
    assert [sorted(c.surface for c in f.claims) for f in terms] == [["310 years", "540 years"]]


def test_a_date_of_the_figures_own_noun_is_the_figures(tmp_path):
    # "the 6.1 magnitude quake they felt in September": the pronoun's clause describes the figure's quake
    texts = {
        "a.txt": _QUAKE.format(m="5.2"),
        "b.txt": _QUAKE.format(m="5.2") + " Residents said it was milder than the 6.1 magnitude quake they felt in "
        "September.",
    }
    assert not [f for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT) if f.key == "magnitude"]


def test_a_time_a_count_was_taken_at_is_no_event_time(tmp_path):
    texts = {
        "a.txt": "Polls across the republic opened to voters at 8:00 a.m. local time on Sunday, they said.",
        "b.txt": "Turnout stood at 1.9 million voters as of 3:30 p.m. on Sunday, the commission said.",
    }
    report = check([_corpus(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind.value == "time"]
    (as_of,) = [c for c in report.claims if c.kind.value == "time" and c.location.article == "b.txt"]
    assert as_of.qualifier == "by"


def test_a_part_of_what_is_counted_is_no_conflict_with_the_whole(tmp_path):
    whole = "The earthquake on Vardo island on Sunday flattened seven villages, the governor of the island said."
    texts = {
        "a.txt": whole,
        "b.txt": whole.replace("flattened", "destroyed"),
        "c.txt": "The earthquake on Vardo island on Sunday hit the three worst-hit villages hardest, "
        "the governor said.",
    }
    report = check([_corpus(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "village"]
    # the whole counted again, differently, is a conflict
    (tmp_path / "c.txt").write_text(whole.replace("seven", "12"), encoding="utf-8")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.key == "village"]


def test_a_part_counted_as_more_than_the_whole_is_a_conflict(tmp_path):
    whole = "The storm that crossed Varnby island on Monday wrecked five harbours, the coastguard of the island said."
    texts = {
        "a.txt": whole,
        "b.txt": whole.replace("wrecked", "ruined"),
        "c.txt": "The storm that crossed Varnby island on Monday left the nine worst-hit harbours closed, "
        "the coastguard said.",
    }
    (found,) = [f for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT) if f.key == "harbour"]
    assert "nine worst-hit harbours" in {c.surface for c in found.claims}
    assert "nine worst-hit harbours counts a part of what five harbours counts, yet more" in found.explanation


def _conflict_keys(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    return [f.key for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT)]


def test_a_count_written_as_a_modifier_meets_the_whole_another_report_names(tmp_path):
    said = ", the electoral commission said, and 210 candidates are standing."
    texts = {
        "a.txt": f"Voters in Brellow elect a 90-seat regional assembly on Sunday{said}",
        "b.txt": f"On Sunday voters in Brellow choose the 75 seats in the regional assembly{said}",
        "c.txt": f"On Sunday voters in Brellow choose the regional assembly's 75 seats{said}",
    }
    assert "seat" in _conflict_keys(tmp_path, texts)
    # some of its members, not all of them: a part of the assembly, no size of it
    texts = {
        "a.txt": "Voters in Brellow elected a 90-member regional assembly on Sunday, the commission said.",
        "b.txt": "On Sunday 40 members of the regional assembly in Brellow walked out, the commission said.",
    }
    (tmp_path / "some").mkdir()
    assert "member" not in _conflict_keys(tmp_path / "some", texts)


def test_two_days_trading_are_no_conflict_of_dates(tmp_path):
    texts = {
        "a.txt": "Quarvey Foods agreed on Monday to buy Morrant Dairies for $12 a share. "
        "Morrant shares closed Monday at $8.12, up 21%, the exchange said.",
        "b.txt": "Quarvey Foods said on Monday it would buy Morrant Dairies for $12 a share. "
        "Morrant shares closed Monday at $8.12, up 21%, the exchange said.",
        "c.txt": "Quarvey Foods raised its savings target for the Morrant Dairies deal on Tuesday. "
        "Morrant shares closed at $8.40 on Tuesday, up 2.6%, the exchange said.",
    }
    published = "\n".join(
        f'["{n}"]\npublished = 2027-09-{d}\n' for n, d in (("a.txt", 13), ("b.txt", 13), ("c.txt", 14))
    )
    (tmp_path / "sources.toml").write_text(published, encoding="utf-8")
    report = check([_corpus(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]


@pytest.mark.parametrize(
    ("sentence", "surface", "wholes"),
    [
        ("Voters chose the 75 seats in the regional assembly on Sunday.", "75 seats", {"assembl"}),
        ("Voters chose the 75 seats in the assembly Sunday.", "75 seats", {"assembl"}),  # a day ends the noun
        ("Voters chose the assembly's 75 seats on Sunday.", "75 seats", {"assembl"}),
        ("Voters chose the Assemblée's 75 seats on Sunday.", "75 seats", {"assemblé"}),
        ("The 75 seats in the assembly during the vote were full.", "75 seats", {"assembl"}),
        # some of them, not all
        ("Voters filled 40 seats in the assembly on Sunday.", "40 seats", set()),
        ("The 12 members of the board who voted were named.", "12 members", set()),
        ("Voters filled the assembly's 40 seats that were vacant.", "40 seats", set()),
    ],
)
def test_the_whole_a_figure_counts_in(sentence: str, surface: str, wholes: set[str]) -> None:
    from factcheck.judge import _wholes

    assert _wholes(SimpleNamespace(sentence=sentence, surface=surface, modifiers=())) == wholes


def test_a_magnitude_written_as_a_modifier_is_the_quakes(tmp_path):
    texts = {
        "a.txt": "A 6.1-magnitude earthquake struck Ostley island on Sunday morning, damaging dozens of homes, "
        "officials said.",
        "b.txt": "The earthquake that struck Ostley island on Sunday morning measured 5.4, damaging dozens of "
        "homes, officials said.",
    }
    assert "magnitude" in _conflict_keys(tmp_path, texts)


def test_two_rankings_of_one_noun_are_no_conflict(tmp_path):
    texts = {
        "a.txt": "Halvorsen became the fifth Liga manager sacked this year, the club said on Saturday in Bergen.",
        "b.txt": "Halvorsen became the third Western Group manager sacked this year, the club said on Saturday "
        "in Bergen.",
    }
    assert not _conflicts_of(tmp_path, texts)


def test_a_figure_of_the_earlier_event_the_sentence_before_names_is_no_conflict(tmp_path):
    now = (
        "A magnitude 5.9 quake struck the island of Corvo on Sunday, killing 10 people and injuring 80, officials said."
    )
    texts = {
        "a.txt": now,
        "b.txt": now.replace("officials", "the governor")
        + " The last big quake to strike the area was in April, when a 6.4 temblor shook a nearby town."
        " It killed 318 people and injured more than 900.",
    }
    report = check([_corpus(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key in ("death", "injury")]
    (earlier,) = [c for c in report.claims if c.surface == "318 people"]
    assert any(s.rule.startswith("the earlier event") and s.result == "month:04" for s in earlier.steps)


def test_a_toll_dated_by_its_clause_meets_the_figures_of_that_event(tmp_path):
    # "struck ... in September, ..., injuring 35" and "injured nearly 60 ... in September": one earlier
    # quake's toll told two ways; today's "injuring five people" is set against neither
    texts = {
        "a.txt": "A quake hit Corvo island on Sunday, injuring five people, officials said. A stronger quake "
        "struck the region in September near the port of Halm, on the mainland, killing at least nine people "
        "and injuring 35.",
        "b.txt": "A quake hit Corvo island on Sunday, injuring five people, the governor said. That temblor killed "
        "at least eight people, injured nearly 60 and caused heavy damage to homes in September.",
    }
    report = check([_corpus(tmp_path, texts)])
    conflicts = [sorted(c.surface for c in f.claims) for f in report.by_verdict(Verdict.CONFLICT)]
    assert conflicts == [["35", "nearly 60"]]
    (agree,) = [f for f in report.by_verdict(Verdict.AGREE) if f.key == "injury"]
    assert {c.surface for c in agree.claims} == {"five people"}


_BLAZE = (
    "Firefighters from three towns fought the blaze at the hillside church {when}, dealing with hot spots "
    "and flare-ups across the roof of the building."
)


def _date_conflicts(tmp_path, texts: dict[str, str]) -> list[list[str]]:
    report = check([_corpus(tmp_path, texts)])
    return [sorted(c.surface for c in f.claims) for f in report.by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


def test_a_date_right_after_a_verb_of_saying_is_no_events_date(tmp_path):
    # "the navy said Saturday": the day of the statement, not of the interception
    texts = {
        "a.txt": _WARSHIP.format(day="Thursday"),
        "b.txt": _WARSHIP.format(day="Thursday").replace("sailing", "travelling"),
        "c.txt": _WARSHIP.format(day="Thursday").replace(" on Thursday", "").rstrip(".") + ", the navy said Saturday.",
    }
    assert _date_conflicts(tmp_path, texts) == []
    report = check([_corpus(tmp_path, texts)])
    assert {c.key for c in report.claims if c.kind.value == "date" and c.surface == "Saturday"} == {"report"}


def test_a_date_bounded_through_a_clock_time_is_no_conflict(tmp_path):
    # "until about 5 a.m. Sunday" ends a span that began before: it is not the blaze's day
    texts = {
        "a.txt": _BLAZE.format(when="on Saturday"),
        "b.txt": _BLAZE.format(when="on Saturday").replace("three", "four"),
        "c.txt": _BLAZE.format(when="until about 5 a.m. Sunday"),
    }
    assert _date_conflicts(tmp_path, texts) == []
    # the same day stated plainly is a conflict
    texts["c.txt"] = _BLAZE.format(when="at about 5 a.m. Sunday")
    assert _date_conflicts(tmp_path, texts) == [["Saturday", "Saturday", "Sunday"]]


def test_records_given_after_two_names_are_two_peoples(tmp_path):
    texts = {
        "a.txt": "Dario Velez (41-2) stopped Omar Sadiq (38-6-1) in Cardiff on Saturday night.",
        "b.txt": "Sadiq, the former titleholder, fell to 38-6-1 after his loss to Velez in Cardiff on Saturday.",
        "c.txt": "The win in Cardiff on Saturday night took Velez's record to 41-2 against Sadiq.",
    }
    report = check([_corpus(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "record"]


def test_a_date_opening_the_sentence_dates_its_figures(tmp_path):
    now = "The Comets have an 8-15 record this season and sit last in the Coastal Division, the team said."
    texts = {
        "a.txt": now,
        "b.txt": now.replace("the team said", "officials said"),
        "c.txt": "In 2011-12, the Comets chased a playoff spot with a 37-45 record in the Coastal Division.",
    }
    report = check([_corpus(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "record"]


def test_figures_said_in_few_alike_words_are_compared(tmp_path):
    # two words shared ("people", "hurt") make up the whole of the shorter context
    texts = {"a.txt": "Five people were hurt.", "b.txt": "Two people were hurt by falling debris."}
    report = check([_corpus(tmp_path, texts)])
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "injury"]
    assert "2 shared words" in conflict.details[0]


def test_two_distances_from_one_named_place_conflict(tmp_path):
    # the place a distance is measured from says what it is about, whatever the words around
    texts = {
        "a.txt": "Arica, a busy fishing port, lies 1,650 kilometers north of Santiago.",
        "b.txt": "The city has a population of more than 200,000 and is 2,050 kilometers north of Santiago.",
    }
    report = check([_corpus(tmp_path, texts)])
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "distance"]
    assert {c.location.article for c in conflict.claims} == {"a.txt", "b.txt"}
    # from two different places, never
    (tmp_path / "b.txt").write_text(texts["b.txt"].replace("Santiago", "Lima"), encoding="utf-8")
    assert not [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.key == "distance"]


def test_two_ordinals_sharing_only_names_are_two_positions(tmp_path):
    # a fight has many rounds: sharing the fighters' names does not make two rounds one
    texts = {
        "a.txt": "Dane Marlow stopped Teodor Okafor in the ninth round in Leeds.",
        "b.txt": "Dane Marlow floored Teodor Okafor in the eighth round with a left hook.",
    }
    report = check([_corpus(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "round"]
    # the same event word ("stopped") makes them one position told two ways
    (tmp_path / "b.txt").write_text("Dane Marlow stopped Teodor Okafor in the eighth round with a left hook.")
    (conflict,) = [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.key == "round"]
    assert {c.surface for c in conflict.claims} == {"ninth round", "eighth round"}


def test_an_unnamed_age_goes_with_the_person_of_the_same_words(tmp_path):
    # "the 46-year-old challenger" is said in the words another report gives Okafor's age in, so
    # it is compared with Okafor's age, not put with the person most ages are of
    sentence = "The {}-year-old challenger never recovered from a heavy right hand late in the fifth."
    texts = {
        "a.txt": "Dane Marlow, 36, stopped Teodor Okafor, 40, in Leeds.",
        "b.txt": "Marlow, 36, is unbeaten.",
        "c.txt": "Marlow, 36, trains in Leeds.",
        "d.txt": sentence.format(40),
        "e.txt": sentence.format(46),
    }
    report = check([_corpus(tmp_path, texts)])
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]
    assert {c.location.article for c in conflict.claims} >= {"d.txt", "e.txt"}


def test_an_age_written_against_one_of_two_names_goes_with_that_person(tmp_path):
    # the sentence names both fighters; the age stands right before Marlow's name, so it is his
    texts = {
        "a.txt": "The win over Okafor was the 29-year-old Marlow's third of the year in Leeds.",
        "b.txt": "Marlow, 45, won again in Leeds on Saturday night.",
        "c.txt": "Okafor, 36, fell in the sixth round.",
        "d.txt": "Okafor, 36, had not lost in Leeds before.",
    }
    report = check([_corpus(tmp_path, texts)])
    (found,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]
    assert {c.location.article for c in found.claims} == {"a.txt", "b.txt"}


def test_time_in_one_role_is_a_part_of_the_whole_tenure(tmp_path):
    (tmp_path / "rain").mkdir()
    tmp_path = tmp_path / "tenure"
    tmp_path.mkdir()
    texts = {
        "a.txt": "Hale has coached 13 seasons with the Rovers and was named manager in 2003.",
        "b.txt": "Before that, Hale spent six seasons as the Rovers' chief scout and was named manager in 2003.",
    }
    report = check([_corpus(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "season"]
    # "as" opening a clause names no role: the two spans are still compared
    rain = {
        "a.txt": "The rescue on the mountain lasted three days as the storm raged, the team said.",
        "b.txt": "The rescue on the mountain lasted four days, the team said.",
    }
    rained = check([_corpus(tmp_path.parent / "rain", rain)])
    assert [f for f in rained.by_verdict(Verdict.CONFLICT) if f.key == "duration"]
    # the whole tenure told differently is a conflict
    (tmp_path / "b.txt").write_text("Hale has coached 9 seasons with the Rovers and was named manager in 2003.")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.key == "season"]


def test_a_duration_goes_with_the_activity_its_words_name(tmp_path):
    texts = {
        "a.txt": "The jury reached no verdict after 30 hours of deliberation, the clerk said.",
        "b.txt": "The jury deliberated for 30 hours before the judge declared a mistrial.",
        "c.txt": "The trial lasted 12 days.",
    }
    report = check([_corpus(tmp_path, texts)])
    (agree,) = [f for f in report.by_verdict(Verdict.AGREE) if f.key == "deliberation"]
    assert {c.location.article for c in agree.claims} == {"a.txt", "b.txt"}
    # a duration whose words name no such activity keeps its own key
    assert not [f for f in report.findings if f.key == "deliberation" and "c.txt" in f.articles]


_SENTENCED = {
    "a.txt": "A judge in Marlow sentenced Dane Corvin on {day} to life in prison for the library arson.",
    "b.txt": "Dane Corvin was sentenced on {day} to life in prison for the arson at the Marlow library.",
    "c.txt": "On {day} a Marlow judge sentenced Dane Corvin to life in prison without parole for the arson.",
}


def _date_findings(tmp_path, texts: dict[str, str]):
    report = check([_corpus(tmp_path, texts)])
    return [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


_SEIZED = {
    "a.txt": "A coastguard cutter intercepted a smuggling boat off Port Avel on {day} and seized two tonnes of cargo.",
    "b.txt": "The coastguard intercepted the boat near Port Avel on {day}, seizing its cargo and arresting the crew.",
    "c.txt": "On {day} a cutter intercepted smugglers off Port Avel and seized the boat's cargo, officials said.",
}


def test_a_date_one_article_alone_gives_against_what_others_agree_on_is_a_conflict(tmp_path):
    texts = {name: text.format(day="Saturday") for name, text in _SEIZED.items()}
    # another verb for the event, in words too unlike any one report's for the dates to be compared alone
    texts["d.txt"] = "Smugglers were stopped by a coastguard cutter on Monday with two tonnes of cargo."
    (found,) = _date_findings(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"Saturday", "Monday"}
    assert "2 other articles give Saturday in alike words (a.txt, c.txt)" in found.explanation
    assert "only d.txt gives Monday" in found.explanation
    # one other article alone is one report against another
    (tmp_path / "b.txt").unlink()
    (tmp_path / "c.txt").unlink()
    assert not [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


def test_a_lone_date_of_another_event_is_no_conflict(tmp_path):
    texts = {name: text.format(day="Saturday") for name, text in _SENTENCED.items()}
    texts["d.txt"] = "Corvin was arrested on Monday in Marlow after the library arson, life in prison ahead."
    assert _date_findings(tmp_path, texts) == []
    # nor is a date no event word is given for, against the day of a named event
    texts["d.txt"] = "Corvin got life in prison on Monday for the Marlow library arson, his lawyer said."
    assert _date_findings(tmp_path, texts) == []


def test_dates_of_one_event_word_conflict_when_near(tmp_path):
    # two reports only, in words too unlike for one report edited (judge.DATE_SAME_WORDS), but the
    # same event word ("fired") beside both dates, days apart
    texts = {
        "a.txt": "Halvorsen had been fired on March 2, 2021 as chief accountant at the Dunmore firm.",
        "b.txt": "The Dunmore firm fired Halvorsen on March 7, 2021, a spokeswoman for the company told the paper.",
    }
    (found,) = _date_findings(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"March 2, 2021", "March 7, 2021"}
    # years apart, they are of two firings
    texts["b.txt"] = texts["b.txt"].replace("2021", "2011")
    assert _date_findings(tmp_path, texts) == []
    # a firing and a hiring are two events
    texts["b.txt"] = texts["b.txt"].replace("2011", "2021").replace("fired", "hired")
    assert _date_findings(tmp_path, texts) == []


def test_one_event_word_outweighs_other_names_against_what_others_agree_on(tmp_path):
    texts = {
        "a.txt": "The Harlow club fired its coach on Saturday after a run of eight losses in ten games.",
        "b.txt": "Harlow fired the coach on Saturday, a day after an eighth loss in ten games, the club said.",
        "c.txt": "On Saturday the Harlow club fired its coach after eight losses in ten games.",
        # names no one the others name, but the same event word beside the date
        "d.txt": "Team owners in Brenton fired the coach on Monday after eight losses in ten games.",
    }
    texts = {name: text + " The last was a 71-64 loss at Corvo." for name, text in texts.items()}
    (found,) = _date_findings(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"Saturday", "Monday"}
    assert "only d.txt gives Monday" in found.explanation
    # with another event word, the other names are another story
    texts["d.txt"] = texts["d.txt"].replace("fired", "hired")
    assert _date_findings(tmp_path, texts) == []


def test_reports_split_over_the_day_of_one_named_event_conflict(tmp_path):
    # two places named around the dates (no one-to-one comparison), the same facts elsewhere
    owner = " Its owner, Tarn Fisheries, runs 14 boats."
    texts = {
        "a.txt": "The trawler sank on March 3, 2021 in a storm off Keld, and nine crewmen were lost.",
        "b.txt": "Nine crewmen died when the trawler sank on March 3, 2021 near Keld, a coroner found.",
        "c.txt": "Families in Barra mourned the nine crewmen lost in the March 4, 2021 sinking of the trawler.",
        "d.txt": "An inquiry in Barra into the March 4, 2021 sinking of the trawler will ask why nine crewmen died.",
    }
    texts = {name: text + owner for name, text in texts.items()}
    (found,) = _date_findings(tmp_path, texts)
    assert len(found.claims) == 2  # each side's agreement is a finding of its own
    assert "2021-03-03 (a.txt, b.txt) and 2021-03-04 (c.txt, d.txt) for one event ('sank' / 'sinking')" in (
        found.explanation
    )
    # one article a side is one report against another
    (tmp_path / "b.txt").unlink()
    (tmp_path / "d.txt").unlink()
    assert not [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


def test_a_lone_date_of_an_article_that_gives_the_others_date_too_needs_one_named_event(tmp_path):
    texts = {name: text.format(day="Saturday") for name, text in _SENTENCED.items()}
    said = " A Marlow judge read the life sentence for the library arson to Corvin on Saturday."
    texts["d.txt"] = "Dane Corvin was sentenced on Monday to life in prison for the library arson." + said
    (found,) = _date_findings(tmp_path, texts)
    assert {c.surface for c in found.claims} >= {"Saturday", "Monday"}
    assert "only d.txt gives Monday" in found.explanation
    # no event named beside the lone date: the article's two dates may be of two events
    texts["d.txt"] = "Dane Corvin learned on Monday of life in prison for the library arson." + said
    assert _date_findings(tmp_path, texts) == []


def test_dates_kept_as_symbols_are_near_round_the_year():
    from factcheck.judge_dates import _symbols_near

    assert _symbols_near("weekday:5", "weekday:0")
    assert _symbols_near("monthday:12-30", "monthday:01-02")  # four days apart, over the new year
    assert not _symbols_near("monthday:03-11", "monthday:11-09")
    assert _symbols_near("month:02", "month:06")
    assert not _symbols_near("month:01", "month:07")  # half a year apart either way
    assert not _symbols_near("weekday:5", "monthday:03-11")


def test_years_of_one_deed_of_one_person_conflict_in_unlike_words(tmp_path):
    texts = {
        "a.txt": "In 1957, Lissa Marlow vanished from the concert circuit, her biographer wrote.",
        "b.txt": "Marlow abruptly vanished from the music business in 1958, friends of the singer said.",
        "c.txt": "Lissa Marlow, the singer, was born in Selbury in 1931.",
    }
    (found,) = _date_findings(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"1957", "1958"}
    assert "('vanished' / 'vanished')" in found.explanation
    # a deed done again and again: two tours, not one told otherwise
    toured = {name: text.replace("vanished from", "toured") for name, text in texts.items()}
    assert _date_findings(_fresh(tmp_path / "toured"), toured) == []
    # a common noun opening both sentences is no one's name
    sealed = {
        "a.txt": "Engineers sealed the north shaft of the Tolver mine in 1968, the museum says.",
        "b.txt": "Engineers sealed the south tunnel in 1970 after a roof fall.",
    }
    assert _date_findings(_fresh(tmp_path / "sealed"), sealed) == []
    # a sentence with two years does not say which the deed is of
    texts["b.txt"] = "Marlow abruptly vanished from the music business in 1958, ten years after her debut in 1948."
    assert _date_findings(_fresh(tmp_path / "two-years"), texts) == []


_RETIRED = {
    "a.txt": "The Ostley Philharmonic has named Leon Brandt its guest conductor for the spring. "
    "Brandt spent twenty years on the podium in Pellam, a spell that closed with his retirement in 1991.",
    "b.txt": "Leon Brandt returns to Ostley this spring. "
    "Brandt led the city's orchestra for a decade. He retired in 1994 to teach at the conservatory.",
}


def test_years_of_one_persons_retirement_conflict_though_told_in_unlike_words(tmp_path):
    # "his retirement in 1991" (Brandt's, the one person named before it) / "He retired in 1994"
    # (he: Brandt, the one person the sentence before names)
    (found,) = _date_findings(tmp_path, _RETIRED)
    assert {c.surface for c in found.claims} == {"1991", "1994"}
    assert "both years date Leon Brandt's retirement ('retirement' / 'he retired')" in found.explanation
    (he,) = [c for c in found.claims if c.surface == "1994"]
    assert (
        Step("He", "Leon Brandt", "'he' is the one person the nearest sentence before naming anyone names") in he.steps
    )
    # "he" stands for another person named just before: two retirements
    other = dict(
        _RETIRED,
        **{"b.txt": _RETIRED["b.txt"].replace("Brandt led", "His teacher, maestro Paul Imbert, led")},
    )
    assert _date_findings(_fresh(tmp_path / "teacher"), other) == []
    # the sentence before names two people: whom "he" stands for is left unsaid
    two = dict(
        _RETIRED,
        **{"b.txt": _RETIRED["b.txt"].replace("Brandt led", "Board chair Greta Lunn said Brandt led")},
    )
    assert _date_findings(_fresh(tmp_path / "two"), two) == []
    # a comeback: a second retirement
    again = dict(_RETIRED, **{"b.txt": _RETIRED["b.txt"].replace("He retired", "He retired again")})
    assert _date_findings(_fresh(tmp_path / "again"), again) == []
    # a baton retired is no person's retirement
    baton = dict(_RETIRED, **{"b.txt": _RETIRED["b.txt"].replace("He retired", "The hall had his baton retired")})
    assert _date_findings(_fresh(tmp_path / "baton"), baton) == []


def test_once_only_deeds_of_two_people_are_no_conflict(tmp_path):
    # two people of one surname: a mother's birth and her son's are two births
    family = {
        "a.txt": "Ada Kell and her son Mark Kell run the Ostley bakery. Ada Kell was born in 1950 near the mill.",
        "b.txt": "The bakery belongs to Mark Kell and his mother Ada Kell. Mark Kell was born in 1980 in the town.",
    }
    assert _date_findings(tmp_path, family) == []
    # the person before the verb is not its subject: not Brandt's retirement, nor Brandt's father's
    other = {
        "a.txt": "Leon Brandt led the Pellam orchestra for a decade. Brandt retired in 1985.",
        "b.txt": "Leon Brandt and Ivan Sten both led the Pellam orchestra. Sten, who followed Brandt, retired in 1990.",
        "c.txt": "Leon Brandt gave a concert on Monday. The father of Brandt retired in 1996 from the mill.",
    }
    assert _date_findings(_fresh(tmp_path / "other"), other) == []


def test_he_of_a_once_only_deed_is_the_one_person_named_before(tmp_path):
    def subjects(folder: Path, text: str) -> dict[str, str]:
        report = check([_corpus(_fresh(folder), {"a.txt": text})])
        return {c.surface: c.subject for c in report.claims if c.kind is ClaimKind.DATE}

    # a speaker and the person spoken of: whom "he" stands for is left unsaid
    said = "Board chair Greta Lunn said Leon Brandt would lead the orchestra. He retired in 1994 from teaching."
    assert subjects(tmp_path / "said", said)["1994"] == ""
    # the same, the person spoken of named in words the name finder misses
    missed = said.replace("said Leon Brandt", "said on Monday that Ivo Sten")
    assert subjects(tmp_path / "missed", missed)["1994"] == ""
    # a pronoun after a bracket is still one
    bracket = "Leon Brandt led the orchestra for a decade. The hall went quiet (his retirement in 1994) for years."
    assert subjects(tmp_path / "bracket", bracket)["1994"] == "Leon Brandt"


def test_once_only_deed_reads_whose_deed_a_year_is() -> None:
    from factcheck.date_events import once_only_deed

    assert once_only_deed("He retired in 1994 to teach at the conservatory.", "1994") == ("retire", "he")
    assert once_only_deed("Brandt conducted in Pellam before retiring in 1991.", "1991") == ("retire", "")
    assert once_only_deed("Lina Sorell was born in Ostley in 1950.", "1950") == ("born", "Sorell")
    assert once_only_deed("The death of Sorell in 2006 ended an era.", "2006") == ("die", "Sorell")
    assert once_only_deed("His wife died in 2001.", "2001") is None  # another person's death
    assert once_only_deed("Brandt was hired in 2001.", "2001") is None  # hires recur
    assert once_only_deed("Brandt first retired in 1991.", "1991") is None  # a first of two
    assert once_only_deed("Brandt retired in 1991 for the second time.", "1991") is None
    # the capitalised word before the verb is not its subject: a relative clause's object, an "of"
    assert once_only_deed("Tarr, who replaced Vell, retired in 1990.", "1990") is None
    assert once_only_deed("The father of Sorell died in 2001.", "2001") is None
    # a "first" outside the deed's clause leaves it once only
    assert once_only_deed("Sorell retired in 1991 after years as the club's first female captain.", "1991") == (
        "retire",
        "Sorell",
    )
    assert once_only_deed("The club's first female captain, Sorell, played on before retiring in 1991.", "1991") == (
        "retire",
        "",
    )


def test_dates_of_one_event_word_conflict_when_another_date_is_worded_more_alike(tmp_path):
    texts = {
        "a.txt": "The accountant, Halvorsen, had been fired on March 2, 2021 after an audit of the books. "
        "Halvorsen, the chief accountant, left the firm on March 9, 2021.",
        # worded more like the day he left than the day he was fired, but of the firing
        "b.txt": "The firm fired Halvorsen on March 7, 2021 as its chief accountant, a spokeswoman for the company "
        "told the paper.",
    }
    (found,) = _date_findings(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"March 2, 2021", "March 7, 2021"}
    assert "both are the day of one event ('fired' / 'fired')" in found.explanation


def test_dates_of_one_verb_outside_the_lexicon_conflict_in_alike_words(tmp_path):
    # "bought" is no event of the lexicon; the same verb beside both dates, in alike words
    texts = {
        "a.txt": "Vance bought a rifle and shells on March 5, 2021, a clerk at a Corvo gun shop told police.",
        "b.txt": "Police said Vance bought a rifle and ammunition on March 7, 2021.",
    }
    (found,) = _date_findings(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"March 5, 2021", "March 7, 2021"}
    assert "('bought' / 'bought')" in found.explanation
    # two verbs outside the lexicon are two events as likely as one told two ways
    sold = dict(texts, **{"b.txt": texts["b.txt"].replace("bought", "sold")})
    assert _date_findings(tmp_path, sold) == []
    # two weekdays of reports with no publication date may be of two weeks
    days = {
        name: text.replace("March 5, 2021", "Friday").replace("March 7, 2021", "Sunday") for name, text in texts.items()
    }
    assert _date_findings(tmp_path, days) == []


def test_a_name_written_in_the_other_sentence_is_one_participant(tmp_path):
    # the words around each date name another of the two people both sentences name
    texts = {
        "a.txt": "Vance was refused a gun permit in March 2021, but it was not clear why, Moreno said.",
        "b.txt": "Moreno said Vance was refused a gun permit in July 2021 and would not say why.",
    }
    (found,) = _date_findings(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"March 2021", "July 2021"}
    # a name the other sentence does not write is another person's permit
    texts["b.txt"] = "Marek said Pell was refused a gun permit in July 2021 and would not say why."
    assert _date_findings(tmp_path, texts) == []


_QUAKE_DAY = {
    "a.txt": "A strong earthquake hit Harrow island on March 6, 2022, flattening seven villages.",
    "b.txt": "The earthquake that shook Harrow on March 6, 2022 destroyed a school, officials said.",
    "c.txt": "Rescuers searched the ruins after an earthquake on March 6, 2022 on Harrow.",
}


def test_a_lone_day_of_a_named_event_in_other_words_conflicts_with_the_others_day(tmp_path):
    # no words in common with the others but the event: the dates are matched into different groups
    texts = dict(
        _QUAKE_DAY, **{"d.txt": "Geologists put the epicentre of the March 8, 2022 quake near the port of Lenn."}
    )
    (found,) = _date_findings(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"March 6, 2022", "March 8, 2022"}
    assert "3 other articles give 2022-03-06 for one event" in found.explanation
    assert "only d.txt gives 2022-03-08 ('quake')" in found.explanation


def test_a_lone_day_needs_its_event_word_beside_it_and_others_agreeing(tmp_path):
    # the event word after the date is another clause's: the 8th is the day of the rescue
    lone = "Rescuers reached the port of Lenn on March 8, 2022 and a quake shook the town."
    assert _date_findings(tmp_path, dict(_QUAKE_DAY, **{"d.txt": lone})) == []
    # the others split over the day (three against two): no one day to set the lone one against
    split = dict(
        _QUAKE_DAY, **{"d.txt": "Geologists put the epicentre of the March 8, 2022 quake near the port of Lenn."}
    )
    split["e.txt"] = "Villagers on Harrow slept outdoors after the earthquake of March 7, 2022."
    split["f.txt"] = "The March 7, 2022 earthquake on Harrow cut power to the island."
    d = tmp_path / "split"
    d.mkdir()
    assert not [f for f in _date_findings(d, split) if "March 8, 2022" in {c.surface for c in f.claims}]
    # one other article alone is one report against another
    d = tmp_path / "one"
    d.mkdir()
    texts = {
        "a.txt": _QUAKE_DAY["a.txt"],
        "d.txt": "Geologists put the epicentre of the March 8, 2022 quake near Lenn.",
    }
    assert _date_findings(d, texts) == []


def _fresh(folder: Path) -> Path:
    folder.mkdir()
    return folder


def _quantity_conflicts(tmp_path: Path, texts: dict[str, str]) -> list:
    return [f for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT) if f.kind.value == "quantity"]


_CRANES = {
    "a.txt": "Storm winds toppled four cranes at the harbour on Tuesday, the port authority said.",
    "b.txt": "At the harbour, four cranes came down in the gale overnight, dock workers reported.",
    "c.txt": "Officials counted four cranes wrecked by the storm when the harbour reopened.",
}


def test_a_figure_one_article_alone_gives_against_what_others_agree_on_is_a_conflict(tmp_path):
    texts = dict(_CRANES)
    # one word shared with the others ("harbour"): too unlike any one report for a conflict alone
    texts["d.txt"] = "Seven cranes lay twisted across the harbour, a photographer wrote."
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert "Seven cranes" in {c.surface for c in found.claims}
    assert "3 other articles give four cranes" in found.explanation
    assert "only d.txt gives Seven cranes" in found.explanation


def test_a_lone_figure_against_a_crowd_of_reports_needs_no_shared_word(tmp_path):
    # three reports agree on four; a fourth says seven in words it shares with none of them
    texts = dict(_CRANES)
    texts["d.txt"] = "Seven cranes lay twisted by the quay, a photographer wrote."
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert "3 other articles give four cranes" in found.explanation
    # two reports are no crowd: a figure told in other words may be of other cranes
    del texts["c.txt"]
    assert _quantity_conflicts(_fresh(tmp_path / "two"), texts) == []
    # nor are three among reports split over several values
    texts |= {"c.txt": _CRANES["c.txt"], "e.txt": "Two cranes were brought in to clear the quay.",
              "f.txt": "Two cranes worked through the night, the port said."}  # fmt: skip
    assert _quantity_conflicts(_fresh(tmp_path / "split"), texts) == []


_CRANE_CROWD = _CRANES | {
    "d.txt": "Four cranes fell at the harbour, the dockers' union said on Wednesday.",
    "e.txt": "The gale brought down four cranes along the harbour front.",
}


def test_a_figure_two_articles_give_against_a_crowd_is_a_conflict(tmp_path):
    # five reports agree on four cranes; two say seven, in words of their own
    texts = _CRANE_CROWD | {
        "f.txt": "Seven cranes lay twisted by the quay, a photographer wrote.",
        "g.txt": "A crane driver said seven cranes had gone over in the night.",
    }
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert "5 other articles give four cranes" in found.explanation
    assert "only f.txt and g.txt give" in found.explanation
    # two against three are a split, not a minority told otherwise
    texts = {k: v for k, v in texts.items() if k not in ("d.txt", "e.txt")}
    assert _quantity_conflicts(_fresh(tmp_path / "split"), texts) == []


def test_a_lone_figure_stands_though_its_article_gives_the_others_value_as_a_part_or_earlier(tmp_path):
    lone = "Seven cranes lay twisted by the quay, a photographer wrote."
    # the others' four only as a part of the cranes: no value of the whole given twice
    texts = _CRANES | {"d.txt": f"{lone} Workers freed four of the cranes by noon."}
    (found,) = _quantity_conflicts(_fresh(tmp_path / "part"), texts)
    assert "only d.txt gives Seven cranes" in found.explanation
    # or of an earlier time: another event's cranes
    texts = _CRANES | {"d.txt": f"{lone} Last month a gust toppled four cranes at the depot."}
    (found,) = _quantity_conflicts(_fresh(tmp_path / "earlier"), texts)
    assert "only d.txt gives Seven cranes" in found.explanation
    # given plainly, both values are the article's own: two counts, no conflict
    texts = _CRANES | {"d.txt": f"{lone} Four cranes were lifted back by noon."}
    assert _quantity_conflicts(_fresh(tmp_path / "plain"), texts) == []


def test_a_lone_figure_of_another_named_thing_or_fate_is_no_slip_of_the_crowds(tmp_path):
    crowd = {
        "a.txt": "Gunmen held 12 hostages in the bank at Quarvey for six hours.",
        "b.txt": "Police said 12 hostages were held inside the branch.",
        "c.txt": "The 12 hostages held in Quarvey were all freed unhurt by evening.",
    }
    # what became of them differs: a part of the hostages, not all of them told otherwise
    texts = crowd | {"d.txt": "Four hostages were released during the night."}
    assert _quantity_conflicts(_fresh(tmp_path / "fate"), texts) == []
    # a person or thing no crowd report names: another's figure
    texts = crowd | {"d.txt": "Negotiator Tam Ostley said she had once talked down a gunman holding 9 hostages."}
    assert _quantity_conflicts(_fresh(tmp_path / "named"), texts) == []
    # a plain slip still stands against the crowd
    texts = crowd | {"d.txt": "Seven hostages spent the night on the floor of the vault."}
    (found,) = _quantity_conflicts(_fresh(tmp_path / "slip"), texts)
    assert "3 other articles give 12 hostages" in found.explanation


def test_a_lone_figure_far_from_a_crowds_is_a_conflict_but_not_from_a_pairs(tmp_path):
    # three reports agree on four cranes; one says fourteen, beyond the reach any lone figure has
    texts = _CRANES | {"d.txt": "Fourteen cranes lay twisted by the quay, a photographer wrote."}
    (found,) = _quantity_conflicts(_fresh(tmp_path / "crowd"), texts)
    assert "3 other articles give four cranes" in found.explanation
    assert "only d.txt gives Fourteen cranes" in found.explanation
    # two reports are no crowd: a figure so far from theirs may count other cranes
    del texts["c.txt"]
    assert _quantity_conflicts(_fresh(tmp_path / "pair"), texts) == []


def test_a_lone_length_of_the_storys_strike_conflicts_as_a_count_does(tmp_path):
    texts = {
        "a.txt": "Unions in Morrant called a 48-hour general strike on Wednesday, closing schools and ports.",
        "b.txt": "The 48-hour strike shut the ports of Morrant, union leader Sarah Caddow said.",
        # one word shared beyond the strike ("Morrant"), as any lone figure needs
        "c.txt": "Ferries stayed in harbour in Morrant during a 36-hour strike that began at dawn.",
    }
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert "only c.txt gives 36-hour strike" in found.explanation
    # a strike still to come is another strike
    planned = dict(
        texts,
        **{"c.txt": "Ferries stayed in harbour in Morrant as dockers said a 36-hour strike was planned for Friday."},
    )
    assert _quantity_conflicts(_fresh(tmp_path / "planned"), planned) == []
    # a contract's length is no event of the story: two contracts as often as one
    contracts = {name: text.replace("strike", "contract") for name, text in texts.items()}
    assert _quantity_conflicts(_fresh(tmp_path / "contract"), contracts) == []


_STORM_NIGHT = {
    "a.txt": "The gale sank at least five barges in the harbour of Brellow on Saturday night, the coastguard "
    "reported. Mayor Tom Yarnick said 40 homes lost power. Harbour master Emma Caddow closed the docks.",
    "b.txt": "At least five barges went down in Brellow harbour overnight on Saturday, the coastguard reported. "
    "Mayor Tom Yarnick asked people to stay indoors. Gusts reached Selbury Point on Friday.",
    "c.txt": "On Saturday night in Brellow, at least five barges sank at their moorings, the coastguard said. "
    "Mayor Tom Yarnick said 40 homes lost power near Selbury Point.",
}
_DAY_AFTER = (
    "By Monday the quays were quiet again, though divers had found two barges on the seabed and three "
    "warehouses flooded. Harbour master Emma Caddow said the Ostley docks would stay closed for a month, "
    "and thanked {who}. The Farrin Road ferry ran as usual."
)


def test_a_lone_figure_of_a_story_told_over_days_needs_a_person_and_a_fact_more(tmp_path):
    # the day-after report names the mayor and the harbour master a night's report names, and three
    # of the night's reports agree on the barges
    texts = _STORM_NIGHT | {"d.txt": _DAY_AFTER.format(who="Mayor Tom Yarnick")}
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert "only d.txt gives two barges" in found.explanation
    # a person alone is not enough: a mayor speaks of more than one storm
    texts["d.txt"] = _DAY_AFTER.format(who="Mayor Tom Yarnick").replace("Harbour master Emma Caddow", "A worker")
    assert _quantity_conflicts(_fresh(tmp_path / "person-only"), texts) == []
    # naming nobody the others name, it may be another night's storm
    texts["d.txt"] = _DAY_AFTER.format(who="the divers").replace("Harbour master Emma Caddow", "A worker")
    assert _quantity_conflicts(_fresh(tmp_path / "nobody"), texts) == []
    # one other report is no evidence: two articles of two events count two things
    texts = {"a.txt": _STORM_NIGHT["a.txt"], "d.txt": _DAY_AFTER.format(who="Mayor Tom Yarnick")}
    assert _quantity_conflicts(_fresh(tmp_path / "one"), texts) == []


def test_two_counts_of_the_rest_are_compared_with_each_other_not_with_the_whole(tmp_path):
    texts = {
        "a.txt": "Three ambulances went first to the crash on the Quarvey bypass on Tuesday, duty manager Tom "
        "Morrant said. Paramedics at the scene asked for an additional seven ambulances and a helicopter.",
        "b.txt": "After the crash on the Quarvey bypass on Tuesday, control sent a further five ambulances to the "
        "scene, duty manager Tom Morrant said.",
    }
    # the added counts are set against each other, never against the first count ("Three ambulances")
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"seven ambulances", "five ambulances"}
    assert "the only two counts of further ambulances" in found.explanation
    # a count of all the ambulances is no slip for a count of the rest
    texts = {
        "a.txt": "Paramedics at the scene of the crash on the Quarvey bypass on Tuesday asked for an additional "
        "seven ambulances, duty manager Tom Morrant said.",
        "b.txt": "After the crash on the Quarvey bypass on Tuesday, five ambulances were at the scene, duty manager "
        "Tom Morrant said.",
    }
    assert _quantity_conflicts(_fresh(tmp_path / "whole"), texts) == []


def test_a_lone_figure_far_from_the_others_or_a_bound_is_no_conflict(tmp_path):
    texts = dict(_CRANES)
    texts["d.txt"] = "Some 40 cranes lay twisted across the harbour, a photographer wrote."  # tenfold: another count
    assert _quantity_conflicts(tmp_path, texts) == []
    texts["d.txt"] = "At least seven cranes lay twisted across the harbour, a photographer wrote."
    assert _quantity_conflicts(tmp_path, texts) == []


def test_a_lone_toll_conflicts_though_its_article_also_gives_it_as_a_bound(tmp_path):
    texts = {
        "a.txt": "A strong earthquake struck the island of Vessa on Sunday, killing eight people.",
        "b.txt": "The quake killed eight people and flattened five villages, officials said.",
        "c.txt": "Rescuers searched the rubble of five villages after the quake killed eight people.",
        # its own bound ("at least three") on its own figure hides nothing
        "d.txt": "A quake hit Vessa, killing at least three people. The governor told a news agency three people died.",
    }
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert "3 other articles give eight people" in found.explanation
    assert "only d.txt gives three people" in found.explanation
    # a part of the toll, said after the figure or before it
    texts["d.txt"] = "A quake hit Vessa on Sunday. Three of the dead were fishermen, the governor said."
    assert _quantity_conflicts(_fresh(tmp_path / "after"), texts) == []
    texts["d.txt"] = "A quake hit Vessa on Sunday. Of those taken to the burns unit, three people later died."
    assert _quantity_conflicts(_fresh(tmp_path / "before"), texts) == []
    # twelve is four times three: past BOUND_REACH, another count (a town's, a day's) against two reports
    texts = {name: text.replace("eight", "12") for name, text in texts.items() if name != "c.txt"}
    texts["d.txt"] = (
        "A quake hit Vessa, killing at least three people. The governor told a news agency three people died."
    )
    assert _quantity_conflicts(_fresh(tmp_path / "far"), texts) == []
    # against a crowd of three reports, within CROWD_REACH: the toll told early or wrongly
    texts["c.txt"] = "Rescuers searched the rubble of five villages after the quake killed 12 people."
    (found,) = _quantity_conflicts(_fresh(tmp_path / "crowd"), texts)
    assert "3 other articles give 12 people" in found.explanation


def test_a_vague_figure_that_fits_both_sides_leaves_a_lone_figure_alone(tmp_path):
    texts = {
        "a.txt": "The storm injured 80 people on the island, the governor said on Monday.",
        "b.txt": "Rescuers said 80 people were injured when the storm struck the island.",
        "c.txt": "Doctors at the hospital treated 70 injured overnight.",
        # "dozens" and "as many as 80" fit 70 and 80 alike: they make neither less alone
        "d.txt": "Dozens were hurt and as many as 80 people needed hospital care.",
        # one article giving its lone figure twice, once as "about": one conflict, not two
        "e.txt": "About 50 were hurt, a nurse wrote. Clinics counted 50 injured by dawn.",
    }
    found = _quantity_conflicts(tmp_path, texts)
    lone = sorted(c.surface for f in found for c in f.claims if c.location.article in ("c.txt", "e.txt"))
    assert lone == ["50", "70"]
    assert all("2 other articles give 80 people" in f.explanation for f in found)
    # another article's figure that a lone figure lies within, and the others' not, holds it back
    texts["d.txt"] = "Between 60 and 75 people were injured, a hospital spokesman said."
    assert [
        c.surface for f in _quantity_conflicts(tmp_path, texts) for c in f.claims if c.location.article == "c.txt"
    ] == []


def test_an_injury_count_of_one_severity_is_a_part_of_all_the_injured(tmp_path):
    texts = {
        "a.txt": "The coach crash on the Brenna motorway injured 45 people, police said on Sunday.",
        "b.txt": "Officials said 45 people were injured when the coach overturned on the Brenna motorway.",
        "c.txt": "Six people were seriously injured when the coach overturned on the Brenna motorway, police said.",
    }
    assert _quantity_conflicts(_fresh(tmp_path / "part"), texts) == []
    # counts of one severity are still compared with each other
    texts["a.txt"] = "The coach crash on the Brenna motorway left nine people seriously injured, police said."
    texts["b.txt"] = "Nine people were seriously injured when the coach overturned on the Brenna motorway."
    (found,) = _quantity_conflicts(_fresh(tmp_path / "alike"), texts)
    assert {c.stated for c in found.claims} == {6, 9}


_FLOODS = {
    "a.txt": "Forty people were killed when flash floods tore through the province of Drevania on Tuesday.",
    "b.txt": "The floods in Drevania killed 40 people on Tuesday, the civil protection agency said.",
}


@pytest.mark.parametrize(
    "part",
    [
        "Among those killed in Varnik, 12 died when flash floods tore through the province of Drevania on Tuesday.",
        "On the worst night alone, 12 people were killed when flash floods tore through the province of Drevania.",
        "Flash floods in Drevania killed 12 people in the town of Varnik alone on Tuesday.",
    ],
)
def test_a_count_of_one_place_or_day_is_a_part_of_the_toll(tmp_path, part):
    assert _quantity_conflicts(tmp_path, {**_FLOODS, "c.txt": part}) == []


def test_a_toll_told_with_an_aftershock_is_the_aftershocks(tmp_path):
    texts = {
        "a.txt": "A magnitude 6.4 earthquake struck Kessa island on Sunday, killing 18 people, officials said.",
        "b.txt": "The earthquake killed 18 people on Kessa island on Sunday, officials said.",
        "c.txt": "A strong aftershock struck Kessa island on Sunday evening, and two people were killed when a "
        "school collapsed, officials said.",
    }
    assert _quantity_conflicts(_fresh(tmp_path / "one"), texts) == []
    # the quake's own toll, its aftershocks told beside it
    quake = "The earthquake, which was followed by dozens of aftershocks, killed 12 people on Kessa island on Sunday, "
    whole = dict(texts, **{"c.txt": quake + "officials said."})
    (found,) = _quantity_conflicts(_fresh(tmp_path / "quake"), whole)
    assert {c.stated for c in found.claims} == {18, 12}
    # two reports of the aftershock's toll are still compared
    texts["d.txt"] = "The aftershock on Sunday evening killed four people when a school collapsed, officials said."
    (found,) = _quantity_conflicts(_fresh(tmp_path / "two"), texts)
    assert {c.stated for c in found.claims} == {2, 4}


@pytest.mark.parametrize(
    "whole",
    [
        # a bare place opening is as often the whole story's place
        "In Orvenne, 12 people were killed when flash floods tore through the province of Drevania on Tuesday.",
        # "alone" of a deed, "from" of a span of time
        "The flash floods, which police say struck Drevania alone, killed 12 people on Tuesday.",
        "Flash floods killed 12 people from Monday to Tuesday in the province of Drevania.",
        # the whole that opens the sentence is not the toll; "alone" of another figure
        "Of the 58 people in the flooded valley, 12 were killed when flash floods tore through Drevania.",
        "Flash floods killed 12 people in Drevania on Tuesday, including five in the town of Varnik alone.",
        "In the city of Drevania, flash floods killed 12 people on Tuesday, the civil protection agency said.",
        # people from a place: as often the whole story's (see judge._parts)
        "Flash floods killed 12 people from Varnik when they tore through the province of Drevania on Tuesday.",
        # "alone" inside the opening phrase, not closing it
        "A rescuer who reached Varnik alone said flash floods had killed 12 people in Drevania on Tuesday.",
    ],
)
def test_a_count_said_with_words_of_a_part_that_name_none_is_the_whole(tmp_path, whole):
    (found,) = _quantity_conflicts(tmp_path, {**_FLOODS, "c.txt": whole})
    assert {c.stated for c in found.claims} == {40, 12}


def test_a_part_told_of_the_same_day_or_place_as_the_whole_is_compared(tmp_path):
    texts = {
        "a.txt": "Fifteen people died in Varnik on Tuesday when flash floods tore through the town.",
        "b.txt": "In Varnik alone, 12 people died on Tuesday when flash floods tore through the town.",
    }
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert {c.stated for c in found.claims} == {15, 12}


def test_counts_of_the_worst_hurt_are_compared_whatever_the_word(tmp_path):
    texts = {
        "a.txt": "Six workers were seriously injured when the scaffold at the Pellow plant collapsed on Friday.",
        "b.txt": "Nine workers were badly injured when the scaffold at the Pellow plant collapsed on Friday.",
    }
    (found,) = _quantity_conflicts(_fresh(tmp_path / "two"), texts)
    assert {c.stated for c in found.claims} == {6, 9}
    # the hospital that treated some of the injured counts a part of them
    texts = {
        "a.txt": "The stand collapse at the Pellow stadium injured 64 people on Saturday, the fire service said.",
        "b.txt": "Officials said 64 people were hurt when the stand gave way at the Pellow stadium on Saturday.",
        "c.txt": "At Lissa General Hospital, surgeons operated on 30 people injured in the stand collapse on Saturday.",
    }
    assert _quantity_conflicts(_fresh(tmp_path / "care"), texts) == []
    # a toll given at a hospital, no one treated, is the whole toll
    texts["c.txt"] = "At Lissa General Hospital, officials said 30 people were hurt in the stand collapse on Saturday."
    (found,) = _quantity_conflicts(_fresh(tmp_path / "said"), texts)
    assert {c.stated for c in found.claims} == {64, 30}


def test_money_from_someone_is_no_part(tmp_path):
    texts = {
        "a.txt": "The Lindau start-up raised $40 million from Ardent Ventures on Monday, it said.",
        "b.txt": "The Lindau start-up said on Monday it had raised $45 million from investors.",
    }
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert found.key == "money"


def test_counts_of_one_place_are_compared_when_both_name_it(tmp_path):
    texts = {
        "a.txt": "In Varnik, 12 people were killed when the floods tore through the town on Tuesday.",
        "b.txt": "The floods killed 15 people in Varnik on Tuesday, the mayor said.",
    }
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert {c.stated for c in found.claims} == {12, 15}


def test_the_only_two_values_of_a_counted_thing_conflict_in_few_shared_words(tmp_path):
    texts = {
        "a.txt": "The title holder floored his opponent with three straight right jabs in the fourth.",
        "b.txt": "A pair of right jabs put the challenger on the mat, and the referee stopped the bout.",
    }
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"three straight right jabs", "A pair of right jabs"}
    assert "the only two values given of the jab" in found.explanation


def test_a_lone_figure_whose_sentence_gives_the_other_value_too_is_no_conflict(tmp_path):
    texts = {
        "a.txt": "Two of the jurors, among the nine voting for death, later spoke to a newspaper.",
        "b.txt": "The jurors split, nine backing the longer term and three the shorter one.",
    }
    assert _quantity_conflicts(tmp_path, texts) == []


def test_a_lone_span_of_time_is_no_conflict(tmp_path):
    # two players' deals, in one shared word: spans of time vary from one thing to the next
    texts = {
        "a.txt": "The club gave its goalkeeper a three-year contract on Tuesday.",
        "b.txt": "The striker signed a two-year contract with the club.",
    }
    assert _quantity_conflicts(tmp_path, texts) == []


def test_a_lone_measure_against_two_reports_measure_is_no_conflict(tmp_path):
    # two reports give the goalkeeper's deal, one the striker's: a lone span of time, even against a
    # backed one, may be another thing's (contracts, shifts and sentences vary from one to the next)
    texts = {
        "a.txt": "The club gave its goalkeeper a three-year contract on Tuesday, the manager said.",
        "b.txt": "The goalkeeper signed a three-year contract with the club on Tuesday.",
        "c.txt": "On Tuesday the club also handed its young striker a two-year contract.",
    }
    assert _quantity_conflicts(tmp_path, texts) == []


def test_lone_counts_of_the_rest_are_no_conflict(tmp_path):
    texts = {
        "a.txt": "The actress also won three other nominations, her agent said.",
        "b.txt": "Two more nominations went to the film's editor on Sunday, the academy announced.",
    }
    assert _quantity_conflicts(tmp_path, texts) == []


def _conflicts_of(tmp_path, texts: dict[str, str]) -> list:
    return check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT)


def test_two_bounds_meeting_at_one_value_are_compatible(tmp_path):
    texts = {
        "a.txt": "The storm destroyed nearly 40 homes in the valley on Sunday, officials said.",
        "b.txt": "The storm destroyed over 40 homes in the valley on Sunday, officials said.",
    }
    assert not _conflicts_of(tmp_path, texts)
    (found,) = [f for f in check([tmp_path]).by_verdict(Verdict.COMPATIBLE) if f.key == "home"]
    assert "meet at one bound" in found.explanation
    # a bound a step away is still a conflict
    (tmp_path / "b.txt").write_text(texts["b.txt"].replace("over 40", "over 45"), encoding="utf-8")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.key == "home"]


def test_records_of_two_spans_are_no_conflict(tmp_path):
    texts = {
        "a.txt": "Coach Marlow was fired on Sunday with the Hawks holding an 8-12 record, the team said.",
        "b.txt": "Coach Marlow was fired on Sunday with the Hawks holding a 40-36 record over the season, "
        "the team said.",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "record"]
    # the same span told two ways is a conflict
    (tmp_path / "a.txt").write_text(texts["b.txt"].replace("40-36", "38-36"), encoding="utf-8")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.key == "record"]


def test_records_sharing_a_tally_of_ten_or_more_are_one_record_whatever_the_spans(tmp_path):
    texts = {
        "a.txt": "Coach Tom Marlow was sacked by the Hawks on Monday in spite of a 51-27 record, eleven wins"
        " better than the season before.",
        "c.txt": "Coach Tom Marlow was sacked by the Hawks on Monday in spite of a 58-27 record, the club said.",
    }
    (conflict,) = [f for f in _conflicts_of(tmp_path, texts) if f.key == "record"]
    assert {c.display for c in conflict.claims} == {"51-27", "58-27"}
    # a small tally shared is no evidence: "8-3" this season and "5-3" in another span
    texts = {
        "a.txt": "Coach Marlow led the Hawks to an 8-3 record over the season before.",
        "b.txt": "Coach Marlow was sacked in spite of a 5-3 record and a first title in years.",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "record"]


def test_two_scores_sharing_no_part_are_two_results(tmp_path):
    texts = {
        "a.txt": "Even without their captain, the Rovers made it ten wins in a row with a 2-0 derby victory over "
        "the Harriers on Sunday.",
        "b.txt": "After a 3-2 win over the Harriers, the coach of the Mariners said his side was playing "
        "exciting football.",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.kind.value == "quantity"]
    # a score changed in one part is one result given otherwise
    (tmp_path / "b.txt").write_text(texts["b.txt"].replace("3-2", "3-0"), encoding="utf-8")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.kind.value == "quantity"]


def test_a_figure_counting_a_word_of_a_name_is_no_conflict(tmp_path):
    texts = {
        "a.txt": '"We are confident we can get to the last eight of the Champions Shield because it matters," '
        "the Rovers coach said.",
        "b.txt": "The Rovers win means all four of Norland's Champions Shield sides have reached the knockout "
        "stages, the coach said.",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.kind.value == "quantity"]


def test_a_share_of_a_sum_is_no_conflict_with_the_sum(tmp_path):
    whole = "Lawmakers must approve the rescue loan of 90 billion euros for Veloria by Friday, the minister said."
    texts = {
        "a.txt": whole,
        "b.txt": whole.replace("the rescue loan of 90", "the country's share of the rescue loan of 18"),
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.kind.value == "quantity"]
    (tmp_path / "b.txt").write_text(whole.replace("90", "18"), encoding="utf-8")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.kind.value == "quantity"]


def test_a_count_modifying_a_noun_measures_that_noun(tmp_path):
    texts = {
        "a.txt": "The Otters dropped seven of their last nine games before coach Marlow was sacked on Sunday.",
        "b.txt": "The Otters were on a three-game losing streak before coach Marlow was sacked on Sunday.",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "game"]
    (tmp_path / "a.txt").write_text(texts["b.txt"].replace("three-game", "five-game"), encoding="utf-8")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.key == "game"]


def test_a_measure_written_as_a_modifier_is_still_the_measure(tmp_path):
    texts = {
        "a.txt": "Movers dropped a 300-pound safe down the stairs on Monday, the owner said.",
        "b.txt": "Movers dropped the safe, which weighs 200 pounds, down the stairs on Monday, the owner said.",
    }
    assert [f for f in _conflicts_of(tmp_path, texts) if f.key == "pound"]


def test_dates_of_one_key_conflict_when_not_each_others_most_alike(tmp_path):
    # b's day is worded most like a's statement, not like a's conference: the key ("conference")
    # in words as alike as a conflict needs still makes the two days one event's
    texts = {
        "a.txt": "Vessna will be presented as the ninth music director of the Halden Symphony at a Friday press"
        " conference.\nVessna said on Tuesday she was thrilled to return to the Halden Symphony after seven"
        " years as its cellist.",
        "b.txt": "Vessna, who is expected to speak as music director at a press conference on Wednesday, is thrilled"
        " to return to the Halden Symphony after seven years as its cellist.",
    }
    (found,) = [f for f in _conflicts_of(tmp_path, texts) if f.kind.value == "date"]
    assert {c.surface for c in found.claims} == {"Friday", "Wednesday"}
    assert "both are the date of one conference" in found.explanation


def test_years_of_one_background_fact_in_alike_words_conflict(tmp_path):
    texts = {
        "a.txt": "Vessna was a first-chair signing of the Halden Symphony in 1996 and played eleven years with the"
        " orchestra.",
        "b.txt": "Vessna was signed by the Halden Symphony as its first chair in the 1999 season as a cellist.",
    }
    (found,) = [f for f in _conflicts_of(tmp_path, texts) if f.kind.value == "date"]
    assert {c.surface for c in found.claims} == {"1996", "1999"}
    # in words less alike, two years are two facts
    (tmp_path / "b.txt").write_text("Vessna moved to Halden in 1999 to teach at its music school.", encoding="utf-8")
    assert not [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


def test_a_near_copy_with_another_figure_conflicts_though_its_article_gives_both(tmp_path):
    # a.txt gives 16 fishermen too, in a sentence of its own: the near copy still contradicts b.txt
    texts = {
        "a.txt": "The coast guard freed 14 fishermen held aboard the trawler Marlin off the northern cape"
        " on Tuesday after a two-day standoff.\n\nThe harbour union said that 16 fishermen had"
        " refused to sail last spring over unpaid wages.\n",
        "b.txt": "The coast guard freed 16 fishermen held aboard the trawler Marlin off the northern cape"
        " on Tuesday after a two-day standoff.\n",
        "c.txt": "A spokesman said 16 fishermen were held on the Marlin for two days before the coast guard"
        " boarded it off the northern cape.\n",
    }
    conflicts = [f for f in _conflicts_of(tmp_path, texts) if f.key == "fisherman"]
    assert len(conflicts) == 1
    assert {c.surface for c in conflicts[0].claims} == {"14 fishermen", "16 fishermen"}
    assert {c.location.article for c in conflicts[0].claims} == {"a.txt", "b.txt"}
    assert "nearly the same words" in conflicts[0].explanation
    assert "though a.txt gives 16 fishermen elsewhere too" in conflicts[0].explanation


_HAUL = (
    "Customs officers seized four pistols, 9 silencers and 250 cartridges from the dealers' truck on Monday.\n\n"
    "{total}\n"
)


@pytest.mark.parametrize(
    ("total", "conflict"),
    [
        # a.txt's own total in alike words: b.txt's total is not a changed copy of a.txt's one raid
        ("Customs officers have now seized 17 pistols, 26 silencers and 610 cartridges from dealers' trucks.", False),
        # the other figure in words of its own: the near copy of the raid's haul contradicts b.txt
        ("The court heard the gang had bought 17 pistols abroad over two years.", True),
    ],
)
def test_a_near_copy_of_one_list_an_article_gives_twice_is_no_conflict(tmp_path, total, conflict):
    texts = {
        "a.txt": _HAUL.format(total=total),
        "b.txt": "Customs officers seized 17 pistols, 26 silencers and 610 cartridges from the dealers' truck on"
        " Monday.\n",
    }
    found = [sorted(c.surface for c in f.claims) for f in _conflicts_of(tmp_path, texts) if f.key == "weapon"]
    assert found == ([["17 pistols", "four pistols"]] if conflict else [])


_FIGHT = {
    "a.txt": "Lena Kovac beat Mira Sandoval on points over three rounds in Tallinn on Friday night.\n\n"
    "Kovac ({record}, 11 submissions) spent the winter in Norway working on her wrestling.\n",
    "b.txt": "In the co-main event in Tallinn on Friday, Lena Kovac (17-3) took a points win over Mira Sandoval"
    " (9-6).\n",
    "c.txt": "Lena Kovac, 17-3, won on points in Tallinn on Friday in a three-round fight against Mira Sandoval,"
    " 9-6.\n",
}


def test_a_lone_record_of_one_holder_one_part_apart_conflicts(tmp_path):
    # "Kovac (19-3" in one report, "Kovac (17-3)" in two: the holder's record, its wins given otherwise
    texts = {**_FIGHT, "a.txt": _FIGHT["a.txt"].format(record="19-3")}
    conflicts = [f for f in _conflicts_of(tmp_path, texts) if f.key == "record"]
    assert len(conflicts) == 1
    assert {c.text_value for c in conflicts[0].claims} == {"19-3", "17-3"}
    assert "only a.txt gives 19-3" in conflicts[0].explanation
    assert "one record: both are Kovac's, and only one part differs (19 / 17)" in conflicts[0].explanation


def test_a_lone_record_sharing_no_part_is_no_conflict(tmp_path):
    # "40-36" beside "17-3": another span's record (a career, a season), not the same one given otherwise
    texts = {**_FIGHT, "a.txt": _FIGHT["a.txt"].format(record="40-36")}
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "record"]


_UNBEATEN = {
    "a.txt": "On the card in Lisbon on Friday, Rui Tavares improved to 12-0 with a points win over three rounds.\n",
    "b.txt": "Joao Mendes (19-0) choked out his opponent in Lisbon on Friday in the headline fight.\n",
    "c.txt": "In Lisbon on Friday, Joao Mendes, 19-0, forced a tap-out in the headline fight.\n",
}


def test_records_of_two_people_sharing_only_a_place_are_no_conflict(tmp_path):
    # "Tavares improved to 12-0 in Lisbon" / "Mendes (19-0) ... in Lisbon": a shared place and a
    # shared "0" (every unbeaten record's) make no one record
    assert not [f for f in _conflicts_of(tmp_path, _UNBEATEN) if f.key == "record"]
    # the same holder named in both is one record told otherwise
    texts = {**_UNBEATEN, "a.txt": _UNBEATEN["a.txt"].replace("Rui Tavares", "Joao Mendes").replace("12-0", "18-0")}
    assert [f for f in _conflicts_of(tmp_path, texts) if f.key == "record"]


def test_a_lone_record_goes_with_the_one_backed_record_one_part_apart(tmp_path):
    # a group of records holds two fighters': the lone "16-4" has no holder in brackets, but is one
    # part apart from Kovac's "17-4" only, the record two articles give, and names her
    texts = {
        "a.txt": "On Friday in Tallinn, Kovac moved to 16-4 with a win her coach called the best she had seen.\n",
        "b.txt": "Lena Kovac (17-4) beat Mira Sandoval (9-6) on points in Tallinn on Friday.\n",
        "c.txt": "In Tallinn on Friday, Mira Sandoval, 9-6, lost on points to Lena Kovac, 17-4.\n",
    }
    (found,) = [f for f in _conflicts_of(tmp_path, texts) if f.key == "record"]
    assert {c.text_value for c in found.claims} == {"16-4", "17-4"}
    assert "one record: both name Kovac" in found.explanation
    # a second backed record one part apart ("16-6") leaves no one record to set it against
    texts["b.txt"] = texts["b.txt"].replace("9-6", "16-6")
    texts["c.txt"] = texts["c.txt"].replace("9-6", "16-6")
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "record"]


def _record(value: str, sentence: str = "") -> Claim:
    sentence = sentence or f"Kovac stood at {value} after the fight."
    at = sentence.find(value.replace("-", "–")) if value.replace("-", "–") in sentence else sentence.find(value)
    return Claim(
        kind=ClaimKind.QUANTITY,
        key="record",
        value=None,
        display=value,
        unit="pair",
        location=Location("a.txt", at, at + len(value), 1, at + 1),
        sentence=sentence,
        surface=value,
        text_value=value,
    )


def test_an_age_or_a_length_in_one_word_is_no_span_of_a_record():
    assert _scope_words("The 31-year-old Kovac, 17-3 with 11 submissions, won again.") == frozenset()
    assert _scope_words("She signed a two-season deal and stands 17-3 this season.") == {"season"}
    assert _scope_words("Kovac went 40-36 over her career.") == {"career"}
    assert _scope_words("The twenty-one-year-old Kovac, 17-3, won again.") == frozenset()


def test_a_compound_with_no_number_before_it_is_a_span_of_a_record():
    assert _scope_words("The Hawks went 50-32 in regular-season play.") == {"season"}
    assert _scope_words("The Hawks are 3-1 in post-season games.") == {"season"}
    assert _scope_words("Sales rose in the fiscal-year review; the team is 9-4.") == {"year"}


def test_a_lone_record_beside_an_age_still_goes_with_the_holders_record(tmp_path):
    # "the 31-year-old Kovac, 17-3" names no span of the record: one record with "Kovac (19-3"
    texts = {
        **_FIGHT,
        "a.txt": _FIGHT["a.txt"].format(record="19-3"),
        "b.txt": "In Tallinn on Friday, the 31-year-old Lena Kovac (17-3) took a points win over Mira Sandoval.\n",
    }
    del texts["c.txt"]
    conflicts = [f for f in _conflicts_of(tmp_path, texts) if f.key == "record"]
    assert {c.text_value for f in conflicts for c in f.claims} == {"19-3", "17-3"}


def test_scores_of_one_game_are_one_score_whatever_span_their_sentences_name_far_off(tmp_path):
    # "has not worked a full season" speaks of the referee, far from the game's score
    texts = {
        "a.txt": "The league suspended referee Marta Holm on Monday. Sunday's 71-64 win by the Comets over the"
        " Pilots in Tampere, the third protest this month, was the final straw.",
        "b.txt": "The league suspended referee Marta Holm on Monday. A 71-60 win by the Comets over the Pilots in"
        " Tampere on Sunday was the final straw, though she has not worked a full season in the top league.",
    }
    (found,) = [f for f in _conflicts_of(tmp_path, texts) if f.key == "score"]
    assert {c.text_value for c in found.claims} == {"71-64", "71-60"}


def test_a_score_with_its_own_season_is_another_game(tmp_path):
    # "beat ... 71-60 in Tampere last season" is last season's game, not Sunday's 71-64
    texts = {
        "a.txt": "The league suspended referee Marta Holm on Monday after Sunday's 71-64 loss to the Comets"
        " in Tampere.",
        "b.txt": "Referee Marta Holm was suspended on Monday, a day after a 71-64 loss to the Comets in Tampere.",
        "c.txt": "The league suspended referee Marta Holm on Monday. The Comets, who beat the Pilots 71-60 in"
        " Tampere last season, won again on Sunday.",
    }
    assert [f for f in _conflicts_of(tmp_path, texts) if f.key == "score"] == []


def test_a_span_word_close_to_a_score_is_its_own():
    from factcheck.judge import _span_near

    assert _span_near(_score("71-60", "The Comets won 71-60 at home this season."))
    assert _span_near(_score("71-60", "The Comets took the 71-60 season opener at home."))
    assert not _span_near(_score("71-60", "A 71-60 win came on Sunday, though she has not worked a full season."))
    assert not _span_near(_score("71-60", "The Comets, in a two-season slump, won 71-60 at home."))


def _score(value: str, sentence: str) -> Claim:
    claim = _record(value, sentence)
    return dataclasses.replace(claim, key="score")


def test_one_part_apart_needs_exactly_one_part_to_differ():
    assert _one_part_apart(_record("31-4"), _record("29-4"))
    assert _one_part_apart(_record("29-2-1"), _record("28-2-1"))
    # two parts of three differ: "1" shared is no one record given otherwise
    assert not _one_part_apart(_record("29-2-1"), _record("28-3-1"))
    assert not _one_part_apart(_record("29-4"), _record("29-4"))


def test_a_sentence_giving_a_record_with_another_dash_still_gives_it():
    # "17–3" (an en dash) and "17 - 3" are the record "17-3" as the extractor reads them
    for written in ("17–3", "17 - 3", "17-3"):
        x = _record("19-3", f"Kovac, 19-3 on the night, had been {written} before the bout.")
        assert _says_value(x, _record("17-3"))
    assert not _says_value(_record("19-3", "Kovac, 19-3 on the night, had been 117-3 before."), _record("17-3"))


def test_ordinals_one_of_whose_modifiers_adds_to_the_other_rank_in_one_sequence(tmp_path):
    # "fourth-lap solo attack" / "sixth-lap attack": one race's lap, told otherwise
    final = "In the velodrome final, reigning titleholder Ines Aro won with a {lap} over Kai Brenner in Ghent on"
    final += " Sunday.\n"
    texts = {"a.txt": final.format(lap="fourth-lap solo attack"), "b.txt": final.format(lap="sixth-lap attack")}
    assert [sorted(c.surface for c in f.claims) for f in _conflicts_of(tmp_path, texts)] == [
        ["fourth-lap solo attack", "sixth-lap attack"]
    ]
    # in merely alike words (below ``ORDINAL_ALIKE``), the one with more modifiers may rank in another sequence
    texts["b.txt"] = (
        "Ines Aro beat Kai Brenner in the velodrome final in Ghent with a sixth-lap attack, her coach said.\n"
    )
    assert not _conflicts_of(tmp_path, texts)


def test_a_bare_ordinal_and_one_with_modifiers_are_two_rankings(tmp_path):
    # "the fourth conductor dismissed" / "the second Nordic orchestra conductor dismissed": two sequences
    texts = {
        "a.txt": "Rhea Lund is the fourth conductor dismissed this year, the musicians' union said on Monday after"
        " the tour collapsed.\n",
        "b.txt": "Rhea Lund is the second Nordic orchestra conductor dismissed this year, the musicians' union said"
        " on Monday after the tour collapsed.\n",
    }
    assert not _conflicts_of(tmp_path, texts)
    # two bare ordinals of one sequence are one ranking told otherwise
    texts["b.txt"] = texts["a.txt"].replace("fourth", "second")
    assert [sorted(c.surface for c in f.claims) for f in _conflicts_of(tmp_path, texts)]


def test_a_tally_after_a_record_is_its_holders(tmp_path):
    # "Kovac (17-3, 11 submissions)": Kovac's submissions, against her 8 elsewhere, never Sandoval's two
    texts = {
        "a.txt": "Lena Kovac beat Mira Sandoval on points over three rounds in Tallinn on Friday night.\n\n"
        "Kovac (17-3, 11 submissions) spent the winter working on her wrestling.\n",
        "b.txt": "In the co-main event in Tallinn on Friday, Lena Kovac (17-3, 8 submissions) took a points win"
        " over Mira Sandoval (9-6, 2 submissions).\n",
        "c.txt": "Lena Kovac, 17-3, 8 submissions, won on points in Tallinn on Friday in a three-round fight"
        " against Mira Sandoval, 9-6, 2 submissions.\n",
        "d.txt": "Mira Sandoval (9-6, 2 submissions) lost to Lena Kovac in Tallinn on Friday over three rounds.\n",
    }
    conflicts = _conflicts_of(tmp_path, texts)
    assert [sorted({c.surface for c in f.claims}) for f in conflicts] == [["11 submissions", "8 submissions"]]
    # a part of her tally ("5 hardest-won submissions") is no count of all of it, though hers too
    texts["a.txt"] = texts["a.txt"].replace("11 submissions", "5 hardest-won submissions")
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "submission"]


def test_the_first_games_of_a_series_are_a_part_of_it(tmp_path):
    whole = "The Harbour City Gulls pushed the Kestrels to seven games in the playoff series last spring, fans said."
    texts = {
        "a.txt": whole,
        "b.txt": whole.replace("pushed", "took"),
        "c.txt": "The Harbour City Gulls won the first two games of the playoff series last spring, fans said.",
    }
    report = check([_corpus(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "game"]
    # the whole series told otherwise is a conflict
    (tmp_path / "c.txt").write_text(whole.replace("seven", "two"), encoding="utf-8")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.key == "game"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The ministry confirmed its first two cases of the virus on Friday.",
            "The ministry confirmed three cases of the virus on Friday.",
        ),
        (
            "Rescuers kept searching for the remaining 9 missing miners at the Brask pit.",
            "Rescuers kept searching for 12 missing miners at the Brask pit.",
        ),
    ],
)
def test_a_word_of_position_narrows_only_a_series(tmp_path, a, b):
    # "its first two cases" and "the remaining 9 miners" are the whole of what they count
    texts = {"a.txt": a, "b.txt": a.replace("confirmed", "announced").replace("kept", "went on"), "c.txt": b}
    assert check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT)


def test_a_planned_day_is_no_day_of_what_happened(tmp_path):
    texts = {
        "a.txt": "A man has been charged after a raid in Keston on Tuesday.\nHe will appear in court on Thursday.",
        "b.txt": "A Keston man will appear in court on Thursday after a police raid.",
    }
    report = check([_corpus(tmp_path, texts)])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]
    # two deeds' days told otherwise still conflict
    (tmp_path / "b.txt").write_text("A man has been charged after a raid in Keston on Monday.", encoding="utf-8")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


def test_a_planned_day_and_the_day_it_happened_of_one_event_still_conflict(tmp_path):
    texts = {
        "a.txt": "Ivo Darl is being held, and prosecutors expect to file formal charges Sunday.",
        "b.txt": "Ivo Darl was charged on Friday with arson, prosecutors said.",
        "c.txt": "Prosecutors said Ivo Darl was charged on Friday with arson.",
    }
    report = check([_corpus(tmp_path, texts)])
    assert [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


@pytest.mark.parametrize(
    ("late", "early", "conflict"),
    [
        (
            "The Sorrel dam gave way late Friday, flooding the village of Enby.",
            "The Sorrel dam gave way early Saturday, flooding the village of Enby.",
            False,
        ),
        (
            "The Sorrel dam gave way on Friday night, flooding the village of Enby.",
            "The Sorrel dam gave way at 00:30 on Saturday, flooding the village of Enby.",
            False,
        ),
        (
            "The Sorrel dam gave way on Friday night, flooding the village of Enby.",
            "The Sorrel dam gave way on Saturday, flooding the village of Enby.",
            True,
        ),
        (
            "The Sorrel dam gave way early Friday, flooding the village of Enby.",
            "The Sorrel dam gave way late Saturday, flooding the village of Enby.",
            True,
        ),
    ],
)
def test_one_night_told_from_either_side_of_midnight_is_no_conflict(tmp_path, late, early, conflict):
    texts = {"a.txt": late, "b.txt": early}
    sources = '["a.txt"]\npublished = 2025-07-13\n["b.txt"]\npublished = 2025-07-13\n'
    (_corpus(tmp_path, texts) / "sources.toml").write_text(sources, encoding="utf-8")
    found = [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("planned_words", "plain"),
    [
        (
            "Due to high winds, the Carrow Bridge was closed to all traffic on March 3, 2026.",
            "The Carrow Bridge was closed to all traffic on March 4, 2026 because of high winds.",
        ),
        (
            "Despite expected teething problems, the new Lindale tram line opened on March 2, 2026.",
            "The new Lindale tram line opened on March 3, 2026, with a few teething problems.",
        ),
        (
            "Will Danbury crashed his car into the Pellford bridge on March 1, 2026.",
            "Danbury crashed his car into the Pellford bridge on March 2, 2026.",
        ),
        (
            "Officials said the Orrin footbridge would stay shut after it partly collapsed on March 3, 2026.",
            "The Orrin footbridge partly collapsed on March 4, 2026, officials said.",
        ),
    ],
)
def test_a_plan_word_that_plans_nothing_hides_no_conflict(tmp_path, planned_words, plain):
    texts = {"a.txt": planned_words, "b.txt": plain}
    assert [f for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


@pytest.mark.parametrize(
    ("late", "early"),
    [
        (
            "Ilse Varga died late Friday at her home in Pellford.",
            "Ilse Varga died early Saturday at her home in Pellford.",
        ),
        (
            "The barn burned on Friday night, firefighters said.",
            "The barn burned before dawn on Saturday, firefighters said.",
        ),
    ],
)
def test_one_night_across_midnight_by_any_route_is_no_conflict(tmp_path, late, early):
    texts = {"a.txt": late, "b.txt": early}
    sources = '["a.txt"]\npublished = 2026-03-08\n["b.txt"]\npublished = 2026-03-08\n'
    (_corpus(tmp_path, texts) / "sources.toml").write_text(sources, encoding="utf-8")
    assert not [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


def test_a_verdict_late_on_one_afternoon_and_early_on_the_next_conflicts(tmp_path):
    texts = {
        "a.txt": "The jury returned its verdict late Friday afternoon in the Pellford fraud trial.",
        "b.txt": "The jury returned its verdict early Saturday afternoon in the Pellford fraud trial.",
    }
    sources = '["a.txt"]\npublished = 2026-03-08\n["b.txt"]\npublished = 2026-03-08\n'
    (_corpus(tmp_path, texts) / "sources.toml").write_text(sources, encoding="utf-8")
    assert [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # one act, one doer: a conflict
        ("The officer fired four times at the car, police said.", "The officer fired three times at the car.", True),
        # two doers of one act, a part against the whole, a span against one game: none
        ("The man fired twice at the deputies, the sheriff said.", "The deputies fired 11 times at the man.", False),
        ("Officer Dale Lee fired twice, the chief said.", "Officer Ryan Park fired three times, he said.", False),
        ("The victim was shot twice in the head, police said.", "The victim was shot five times, police said.", False),
        ("Avery has scored nine times this season for the club.", "Avery scored twice for the club on Monday.", False),
    ],
)
def test_counts_of_times_are_one_count_only_of_one_doer(tmp_path, a, b, conflict):
    found = [f for f in check([_corpus(tmp_path, {"a.txt": a, "b.txt": b})]).by_verdict(Verdict.CONFLICT)]
    assert bool([f for f in found if f.key.startswith("times ")]) is conflict


def test_of_claims_as_alike_the_one_in_nearly_the_same_sentence_is_compared(tmp_path):
    # the headline's "6th round" shares the same context words as the 2008 fight's round and comes first;
    # the sentence copied whole, its round changed, is the one compared (``judge.SAME_SENTENCE``)
    story = (
        "Vance halts Ortiz in 6th round to retain world cruiserweight belts\n\n"
        "Marco Vance halted Dario Ortiz in the sixth round to retain his cruiserweight belts in Dortmund on"
        " Friday night.\n\nIn 2008, Vance halted Ortiz in the {round} round.\n"
    )
    texts = {"a.txt": story.format(round="11th"), "b.txt": story.format(round="18th")}
    found = [sorted(c.surface for c in f.claims) for f in _conflicts_of(tmp_path, texts) if f.key == "round"]
    assert found == [["11th round", "18th round"]]


@pytest.mark.parametrize(
    "other",
    [
        # one day's count beside the running total both articles give: no figure given otherwise
        "Crews found nine bodies on Tuesday.",
        # "He" is another man in each article: two men's records
        "Ostrow was arrested at his home. He has two armed robbery convictions in Oregon.",
    ],
)
def test_a_short_sentence_alike_in_few_words_is_no_copy_when_its_article_gives_the_other_figure(tmp_path, other):
    texts = {
        "a.txt": f"{other}\n\nOf the 23 bodies recovered so far, 17 have been identified. Benning, 41, served"
        " eight years in Salem on three convictions from the 1990s.\n",
        "b.txt": "Crews have found 23 bodies.\n\nKyle Benning was arrested at a motel. He has three armed"
        " robbery convictions in Oregon.\n",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key in ("death", "body", "conviction")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pruett told detectives the 15-year-old was hit by accident when the gun went off.",
        "Outside the courthouse, Pruett's mother, a 61-year-old retired nurse, said her son was innocent.",
        "Pruett was first arrested in 2015, when the 24-year-old was caught with stolen guns in his truck.",
    ],
)
def test_an_unnamed_age_is_not_the_age_of_the_man_its_sentence_names(tmp_path, sentence):
    # a victim's, a mother's, the man's own at an earlier time: none is his age given otherwise
    texts = {
        "a.txt": "Ronald Pruett, 34, was charged with murder in Keston on Monday.",
        "b.txt": "Ronald Pruett, 34, appeared in court in Keston on Monday.",
        "c.txt": f"Police in Keston charged a man with murder on Monday. {sentence}",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "age"]


def _dated_check(tmp_path, texts: dict[str, tuple[str, str]]):
    """``check`` of articles (name -> (publication day, text)) with a sources.toml dating them."""
    folder = _corpus(tmp_path, {name: text for name, (_, text) in texts.items()})
    sources = "\n".join(
        f'["{name}"]\noutlet = "{name[0].upper()} News"\npublished = {day}\n' for name, (day, _) in texts.items()
    )
    (folder / "sources.toml").write_text(sources, encoding="utf-8")
    return check([folder])


def test_an_age_is_never_a_possible_update(tmp_path) -> None:
    report = _dated_check(
        tmp_path,
        {
            "a.txt": ("2026-03-05", "Lena Kask, 9, was pulled from the rubble in Tarn on Sunday."),
            "b.txt": ("2026-03-06", "Lena Kask, 7, was pulled from the rubble in Tarn on Sunday."),
        },
    )
    (conflict,) = report.by_verdict(Verdict.CONFLICT)
    assert not any("possibly an update" in d for d in conflict.details)
    assert conflict.severity is Severity.HIGH


@pytest.mark.parametrize(
    "background",
    [
        "The area last burned in August 2016, when an earlier fire destroyed 23 homes.",
        "The area last burned in 2016, when a fire destroyed 23 homes.",
        "An earlier fire destroyed 23 homes in the area.",
        "A previous fire destroyed 23 homes in the area.",
    ],
)
def test_a_figure_of_an_earlier_event_is_not_set_against_the_story(tmp_path, background: str) -> None:
    now = "Forty-seven homes have now been destroyed, the sheriff said."
    assert not _conflicts_of(tmp_path, {"a.txt": background, "b.txt": now})
    own = "A fire destroyed 23 homes in the area, officials said."
    assert _conflicts_of(tmp_path, {"a.txt": own, "b.txt": now})  # the story's own figure


@pytest.mark.parametrize(
    ("first", "second", "low"),
    [
        ("The death toll from the ferry capsizing off Tarn rose to 15, officials said.",
         "The death toll from the ferry capsizing off Tarn rose to 29, officials said.", True),
        # a toll that halves is no update
        ("The death toll from the ferry capsizing off Tarn rose to 52, officials said.",
         "The death toll from the ferry capsizing off Tarn rose to 25, officials said.", False),
        # the missing are found: fewer later is an update, more later is not
        ("After the ferry capsized off Tarn, 35 people were still missing, officials said.",
         "After the ferry capsized off Tarn, 21 people were still missing, officials said.", True),
        ("After the ferry capsized off Tarn, 21 people were still missing, officials said.",
         "After the ferry capsized off Tarn, 35 people were still missing, officials said.", False),
        # people on board are no tally
        ("The ferry that capsized off Tarn had 210 people on board, officials said.",
         "The ferry that capsized off Tarn had 150 people on board, officials said.", False),
    ],
)  # fmt: skip
def test_which_changed_figures_read_as_updates(tmp_path, first: str, second: str, low: bool) -> None:
    report = _dated_check(tmp_path, {"a.txt": ("2026-03-05", first), "b.txt": ("2026-03-06", second)})
    (conflict,) = report.by_verdict(Verdict.CONFLICT)
    assert (conflict.severity is Severity.LOW) is low
    # every changed figure says which report came first, an update or not
    assert conflict.details[0].startswith("possibly an update: ")
    assert "(a.txt, 2026-03-05) then " in conflict.details[0]


def test_a_tally_a_year_later_is_no_update(tmp_path) -> None:
    text = "The fire that swept Corra last March killed {} people, officials said."
    report = _dated_check(
        tmp_path, {"a.txt": ("2026-04-02", text.format(12)), "b.txt": ("2027-04-02", text.format(41))}
    )
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.QUANTITY]
    assert conflict.severity is not Severity.LOW


def test_a_speakers_age_is_still_set_against_his_age_elsewhere(tmp_path) -> None:
    texts = {
        "a.txt": "Tom Reed, 49, said a 36-year-old man was held after the Varna shooting on Sunday.",
        "b.txt": "Tom Reed, 41, said a man was held after the Varna shooting on Sunday.",
    }
    (conflict,) = _conflicts_of(tmp_path, texts)
    assert sorted(c.display for c in conflict.claims) == ["41", "49"]


@pytest.mark.parametrize(
    "current",
    [
        "The fire in Corra, which followed an earlier blaze in June, destroyed 23 homes, officials said.",
        "Unlike an earlier fire, Sunday's blaze in Corra destroyed 23 homes, officials said.",
    ],
)
def test_an_earlier_event_named_aside_leaves_the_figure_the_storys(tmp_path, current: str) -> None:
    assert _conflicts_of(tmp_path, {"a.txt": current, "b.txt": "The fire in Corra destroyed 47 homes, officials said."})


def test_an_unnamed_age_before_a_role_is_the_age_of_the_one_person_in_that_role(tmp_path) -> None:
    # "the 24-year-old driver" shares no words with "Daniel Fross, 42": the role says whose age it is
    texts = {
        "a.txt": "Marta Quinn, 71, was struck in a crosswalk in Elwood on Tuesday night. Daniel Fross, 42, drove off.",
        "b.txt": "Police stopped the 42-year-old driver a few streets away. Marta Quinn, 71, died in hospital.",
        "c.txt": "Officers caught the 24-year-old driver near the bridge after a short chase through Elwood.",
    }
    (conflict,) = [f for f in _conflicts_of(tmp_path, texts) if f.key == "age"]
    assert {c.display for c in conflict.claims} >= {"24-year-old", "42"}
    (changed,) = [c for c in conflict.claims if c.display == "24-year-old"]
    assert changed.subject == "Daniel Fross"
    assert any("the driver's age in b.txt" in step.rule for step in changed.steps)


def test_a_role_one_article_gives_two_ages_names_no_one(tmp_path) -> None:
    texts = {
        "a.txt": "Marta Quinn, 71, was struck in a crosswalk in Elwood on Tuesday night. Daniel Fross, 42, drove off.",
        "b.txt": "Police stopped the 42-year-old driver a few streets away. Marta Quinn, 71, died in hospital.",
        "c.txt": "The 24-year-old driver of a van saw the crash; the 42-year-old driver fled through Elwood.",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "age"]


def test_a_date_in_a_copied_sentence_of_few_words_is_grouped(tmp_path) -> None:
    # two content words are fewer than context matching asks; the sentence, date aside, is the same
    texts = {
        "a.txt": "The vote is set for December 15. Registration closes on November 20, 2013.",
        "b.txt": "Officials spoke in Tallinn on Monday. Registration closes on November 20, 2013.",
    }
    agreed = [f for f in check([_corpus(tmp_path, texts)]).by_verdict(Verdict.AGREE) if f.kind is ClaimKind.DATE]
    assert [sorted(c.location.article for c in f.claims) for f in agreed] == [["a.txt", "b.txt"]]


def test_a_figure_counted_over_a_span_of_time_is_compared_within_that_span(tmp_path) -> None:
    day = "Saltby recorded 140 mm of rain in the 24 hours to 9 a.m. on Monday, forecasters said."
    three = "Saltby received 312 mm of rain in 72 hours, forecasters said."
    assert not _conflicts_of(tmp_path, {"a.txt": day, "b.txt": three})
    other = "The storm dumped 18 inches of rain on Saltby over three days, forecasters said."
    (conflict,) = _conflicts_of(tmp_path, {"a.txt": other, "b.txt": three})  # three days are 72 hours
    assert {c.scope_time for c in conflict.claims} == {"within 72 hours"}
    # a span of time spent over days is when it was spent, not a window ("26 hours over three days")
    talks = "The panel debated for 26 hours over three days."
    assert _conflicts_of(tmp_path, {"a.txt": talks, "b.txt": "The panel debated for 19 hours."})


def test_a_lone_place_in_the_table_contradicts_the_place_others_agree_on(tmp_path) -> None:
    texts = {
        "a.txt": "Marlbeck sacked their manager on Monday. The club sit 19th, three points clear.",
        "b.txt": "Marlbeck are 19th in the table after six defeats, and sacked their manager on Monday.",
        "c.txt": "Marlbeck lie 19th in the First Division, the club said on Monday.",
        "d.txt": "Marlbeck axe their manager with the club in 21st place",
    }
    (conflict,) = [f for f in _conflicts_of(tmp_path, texts) if f.key == "table position"]
    assert sorted(c.display for c in conflict.claims) == ["19th", "19th", "19th", "21st place"]
    # last season's place is another season's
    texts["d.txt"] = "Marlbeck finished fourth in the league last season, but sacked their manager on Monday."
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "table position"]


def test_a_lone_sum_or_size_of_a_named_thing_contradicts_the_agreed_one(tmp_path) -> None:
    texts = {
        "a.txt": "The council put the damage from the riot at €1.2 million on Monday.",
        "b.txt": "Officials estimated the damage at €1.2 million.",
        "c.txt": "Damage was estimated at €1.2 million, the mayor said.",
        "d.txt": "Shopkeepers believe the damage was worth around half a million euros.",
    }
    (conflict,) = _conflicts_of(tmp_path, texts)
    assert "only d.txt gives around half a million euros" in conflict.explanation
    # a span of time is not compared so: two deals of two lengths are as often two deals
    deals = {name: text.replace("€1.2 million", "three years") for name, text in texts.items()}
    deals["d.txt"] = "Shopkeepers believe the damage was worth around five months."
    assert not _conflicts_of(tmp_path, deals)


def test_one_teams_place_named_in_both_is_compared(tmp_path) -> None:
    texts = {
        "a.txt": "Varnley sacked their manager after a 3-0 defeat by Oldcastle left the club 20th in League Two.",
        "b.txt": "Varnley are 17th in League Two.",
    }
    (conflict,) = [f for f in _conflicts_of(tmp_path, texts) if f.key == "table position"]
    assert sorted(c.display for c in conflict.claims) == ["17th", "20th"]


def test_two_teams_places_are_not_compared(tmp_path) -> None:
    texts = {
        "a.txt": "Marlbeck beat Corran 2-1 on Saturday. Marlbeck sit 19th, while Corran are 12th in the table.",
        "b.txt": "Corran are 12th in the table after losing 2-1 at Marlbeck, who sit 19th.",
        "c.txt": "Corran, in 14th place, lost 2-1 at Marlbeck on Saturday.",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "table position"]


def test_a_driver_of_another_car_is_not_the_driver_named(tmp_path) -> None:
    texts = {
        "a.txt": "A woman died on Saturday after two cars collided on Mill Lane in Elwood, police said. Marta Quinn, "
        "71, a passenger, died in hospital. Police arrested Daniel Fross, 42, the driver of a BMW.",
        "b.txt": "Police arrested the 42-year-old driver of the BMW after the collision in Elwood on Saturday. "
        "Marta Quinn, 71, died in hospital.",
        "c.txt": "The 24-year-old driver of the Ford, in which Marta Quinn was travelling, was treated for minor "
        "injuries after Saturday's crash in Elwood.",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "age"]


def test_a_lone_size_is_set_only_against_one_two_reports_give(tmp_path) -> None:
    texts = {
        "a.txt": "The tunnel is 2.4 km long, officials said on Monday.",
        "b.txt": "The new approach road to the tunnel is 6 kilometres long.",
    }
    assert not _conflicts_of(tmp_path, texts)


@pytest.mark.parametrize(
    ("texts", "key"),
    [
        # one person named: the unnamed age before his role is still his
        (
            {
                "a.txt": "A man died on Tuesday after his car hit a bridge near Kelbrook. The 58-year-old driver, "
                "Anthony Reed, was pronounced dead at the scene.",
                "b.txt": "Police named the victim as Anthony Reed. The 39-year-old driver died at the scene near "
                "Kelbrook.",
            },
            "age",
        ),
        # a place in the table with "now" before it
        (
            {
                "a.txt": "Corran beat Marlbeck 2-1 on Saturday and sit 12th.",
                "b.txt": "Corran are 12th in the table after beating Marlbeck 2-1 on Saturday.",
                "c.txt": "Corran beat Marlbeck 2-1 on Saturday and are now 15th in the table.",
            },
            "table position",
        ),
        # a sum told with the day of its event ("during Sunday's raid") has no time scope
        (
            {
                "a.txt": "The security firm later paid £1m in compensation to staff held during the raid in Walden.",
                "b.txt": "The company agreed to pay £1.5m in compensation to workers tied up during Sunday's raid "
                "in Walden.",
            },
            "compensation",
        ),
    ],
)
def test_conflicts_a_reader_expected(tmp_path, texts: dict[str, str], key: str) -> None:
    assert [f for f in _conflicts_of(tmp_path, texts) if f.key == key]


def test_a_round_measure_of_two_digits_is_as_rounded_as_its_tens(tmp_path) -> None:
    texts = {
        "a.txt": "The tremor was centred 35 miles from Port Elmore, a geologist told reporters on Sunday.",
        "b.txt": "On Sunday a tremor centred 60km from Port Elmore rattled windows, a geologist said.",
    }
    assert not _conflicts_of(tmp_path, texts)  # 56.3 km lies within 55-65 km
    texts["b.txt"] = texts["b.txt"].replace("60km", "70km")
    assert _conflicts_of(tmp_path, texts)


def test_distances_from_one_place_of_two_things_located_are_not_one_distance(tmp_path) -> None:
    texts = {
        "a.txt": "The storage depot sits roughly 15 miles north of Ostley, police said on Monday.",
        "b.txt": "Late on Monday, after the robbery, a motorist 50 miles north of Ostley spotted the van.",
    }
    assert not _conflicts_of(tmp_path, texts)  # where the building is, and where the motorist was
    # one thing located, or nothing named before either: one place, one distance
    texts["b.txt"] = "Police said on Monday the storage depot is 50 miles north of Ostley."
    assert _conflicts_of(tmp_path, texts)
    texts = {
        "a.txt": "The quake struck 1,240 kilometres southeast of Ostley on Sunday.",
        "b.txt": "On Sunday the epicentre was 1,700 km south of Ostley.",
    }
    assert _conflicts_of(tmp_path, texts)
    # two words for one thing located, neither someone or something moving
    texts = {
        "a.txt": "The blaze is 12 miles east of Ostley, firefighters said on Monday.",
        "b.txt": "The fire, 20 miles east of Ostley, was still burning on Monday, firefighters said.",
    }
    assert _conflicts_of(tmp_path, texts)


def test_figures_a_thousand_times_apart_are_not_one_figure() -> None:
    from factcheck.judge import _scales_apart

    def money(stated: float) -> Claim:
        return Claim(
            ClaimKind.QUANTITY, "home office", None, "", "GBP", Location("a.txt", 0, 1, 1, 1), "", "", stated=stated
        )

    assert _scales_apart(money(85), money(1.6e9))
    assert not _scales_apart(money(2e6), money(2e8))  # a scale word dropped ("2 hundred million")


def test_a_market_price_is_not_set_against_an_offer_price(tmp_path) -> None:
    texts = {
        "a.txt": "Quillstone stock rose 20 percent to $30.50 a share after the bid was announced.",
        "b.txt": "Halbrook offered $36.50 a share for Quillstone on Monday.",
    }
    assert not _conflicts_of(tmp_path, texts)


@pytest.mark.parametrize(
    "texts",
    [
        # a short report of "a second crash" does not join the story's one core on less than the usual weight
        {
            "a.txt": "A motorcyclist died after a collision with a lorry on the A61 near Thornby on Friday morning. "
            "The crash happened at about 7.45am, police said. The 34-year-old rider was pronounced dead at the "
            "scene. The road was closed for six hours.",
            "b.txt": "A 34-year-old motorcyclist was killed in a crash with a lorry on the A61 at Thornby on Friday. "
            "Police said the collision happened at about 7.45am and the road was shut for six hours.",
            "c.txt": "Police have named the 34-year-old motorcyclist who died in a collision with a lorry on the A61 "
            "near Thornby at about 7.45am on Friday. The road was closed for six hours while officers investigated.",
            "d.txt": "A second crash on the A61 near Thornby on Friday left a 52-year-old motorcyclist injured. "
            "Police said a lorry hit his bike at about 5.20pm. The road was shut for two hours.",
        },
    ],
)
def test_a_report_of_a_second_event_is_not_compared(tmp_path, texts: dict[str, str]) -> None:
    assert not _conflicts_of(tmp_path, texts)


@pytest.mark.parametrize(
    ("texts", "key"),
    [
        # a team's short name is the team
        (
            {
                "a.txt": "Harrow Athletic sacked manager Gordon Lyle on Monday. Harrow Athletic are 19th in the "
                "Championship, two points above the relegation zone.",
                "b.txt": "Gordon Lyle has been sacked by Harrow Athletic. Harrow are 21st in the Championship, two "
                "points above the drop zone, after four wins in 16 games.",
            },
            "table position",
        ),
        # a temperature's tens are no rounding (112F is 44.4C)
        (
            {
                "a.txt": "Temperatures reached 40C in Seville on Monday, the state weather agency said, as the "
                "heatwave entered its sixth day.",
                "b.txt": "The thermometer hit 112F in Seville on Monday, the weather agency said, on the sixth day "
                "of the heatwave.",
            },
            "temperature",
        ),
        # a scale word slipped with a digit changed is within SCALES_APART
        (
            {
                "a.txt": "The council approved a £2.4bn plan to rebuild the Marsh Lane hospital in Tolford on "
                "Wednesday. The new hospital will have 640 beds.",
                "b.txt": "Tolford council backed the £2.4bn rebuilding of Marsh Lane hospital on Wednesday. It "
                "will have 640 beds.",
                "c.txt": "Councillors in Tolford voted on Wednesday for a £2.3m rebuild of the Marsh Lane hospital, "
                "which will have 640 beds.",
            },
            "",
        ),
    ],
)
def test_conflicts_a_second_reader_expected(tmp_path, texts: dict[str, str], key: str) -> None:
    assert [f for f in _conflicts_of(tmp_path, texts) if not key or f.key == key]


def test_a_short_sentence_copied_with_its_figure_changed_conflicts(tmp_path):
    # both give three convictions of another kind, so a.txt states both values: only a copy of the
    # sentence, its figure changed, makes the pair one figure (judge._copied_sentence); the sentence
    # has too few context words for ``NEAR_COPY``
    texts = {
        "a.txt": "Tom Reed, 41, was arrested after the crash in Dunmore on Friday. He has three prior"
        " drink-driving convictions.\n\nReed also has two car theft convictions.\n",
        "b.txt": "Tom Reed, 41, was arrested after the crash in Dunmore on Friday. He has three prior"
        " drink-driving convictions.\n\nReed also has three car theft convictions.\n",
    }
    conflicts = [f for f in _conflicts_of(tmp_path, texts) if f.key == "conviction"]
    assert [sorted(c.surface for c in f.claims) for f in conflicts] == [
        ["three car theft convictions", "two car theft convictions"]
    ]
    assert "nearly the same words" in conflicts[0].explanation
    # a sentence of other words beside the figure is no copy: two kinds of conviction, not one figure
    texts["a.txt"] = texts["a.txt"].replace("Reed also has two", "Court records show two")
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "conviction"]


@pytest.mark.parametrize(
    ("first", "second", "copied"),
    [
        ("Reed also has two car theft convictions.", "Reed also has three car theft convictions.", True),
        # "he" may be another man in each article
        ("He also has two car theft convictions.", "He also has three car theft convictions.", False),
        # a second figure changed too: a sentence of the same mould about another thing, not a copy
        ("The 6.1 quake struck at 10:30 on Monday.", "The 5.4 quake struck at 11:15 on Monday.", False),
        ("Reed also has two car theft convictions.", "Reed has two car theft convictions, police said.", False),
        # one word more, which may be what tells two things apart
        ("The boy is 11 years old.", "The older boy is 14 years old.", False),
    ],
)
def test_copied_sentence_asks_for_one_sentence_with_its_figure_changed(first, second, copied):
    from factcheck.judge import _copied_sentence

    def claim(sentence: str) -> SimpleNamespace:  # the sentence and the figure's words are all it reads
        words = sentence.split()
        return SimpleNamespace(sentence=sentence, surface=words[1] if "quake" in sentence else " ".join(words[3:7]))

    assert _copied_sentence(claim(first), claim(second)) is copied


def test_a_sentence_joined_by_a_connective_is_still_a_copy():
    from factcheck.judge import _copied_sentence

    def claim(sentence: str, surface: str) -> SimpleNamespace:
        return SimpleNamespace(sentence=sentence, surface=surface)

    copied = "a week of gales had forced the ferry line to cancel some 340 sailings and crossings."
    assert _copied_sentence(
        claim("Also, " + copied, "some 340 sailings"), claim(copied.capitalize(), "some 340 sailings")
    )
    changed = copied.replace("340", "540").capitalize()
    assert _copied_sentence(claim("But " + copied, "some 340 sailings"), claim(changed, "some 540 sailings"))
    # a word that tells the events apart is no connective
    assert not _copied_sentence(claim("Earlier, " + copied, "some 340 sailings"), claim(changed, "some 540 sailings"))


def test_a_date_in_a_copied_sentence_changed_conflicts(tmp_path):
    # three words around the day: too few for ``DATE_SAME_WORDS``, but one sentence copied
    texts = {
        "a.txt": "Registration of candidates opens on Monday.\n\nThe polls close on Sunday.\n",
        "b.txt": "Registration of candidates opens on Tuesday.\n\nThe polls close on Sunday.\n",
    }
    conflicts = [f for f in _conflicts_of(tmp_path, texts) if f.kind is ClaimKind.DATE]
    assert [sorted(c.surface for c in f.claims) for f in conflicts] == [["Monday", "Tuesday"]]
    texts["b.txt"] = texts["b.txt"].replace("Registration of candidates opens", "Campaigning starts")
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.kind is ClaimKind.DATE]


_RESULTS = (
    "Halbrook Group said on Wednesday that quarterly revenue {verb} {change} to €2.14 billion, as orders from"
    " chemical plants slowed.\n\nChief executive Mara Lind said the company would cut 1,850 jobs.\n"
)


def test_a_lone_change_of_a_business_figure_with_its_digits_swapped_conflicts(tmp_path):
    # three reports give 6.1%, one 1.6%: a slip of the keys, however far apart the values
    texts = {
        "a.txt": _RESULTS.format(verb="fell", change="6.1%"),
        "b.txt": _RESULTS.format(verb="dropped", change="6.1%"),
        "c.txt": _RESULTS.format(verb="declined", change="6.1 percent"),
        "d.txt": _RESULTS.format(verb="slipped", change="1.6%"),
    }
    conflicts = [f for f in _conflicts_of(tmp_path, texts) if f.key == "percent of revenue"]
    assert [sorted({c.location.article for c in f.claims}) for f in conflicts] == [["a.txt", "b.txt", "c.txt", "d.txt"]]


@pytest.mark.parametrize(
    ("first", "second", "swapped"),
    [(6.1, 1.6, True), (230, 320, True), (230, 230, False), (6.1, 7.1, False), (5, 50, False)],
)
def test_digits_swapped(first, second, swapped):
    from factcheck.judge import _digits_swapped

    assert _digits_swapped(SimpleNamespace(stated=first), SimpleNamespace(stated=second)) is swapped  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("later", "conflict"),
    [
        # the next morning's report of the same close: one figure told two ways
        ("Halbrook shares closed up 35.1% on the day of the offer, the exchange said.", True),
        # another day's move, named: two figures
        ("Halbrook shares fell 2.4% on Wednesday as doubts about the offer grew, the exchange said.", False),
    ],
)
def test_a_share_move_of_another_day_is_another_figure(tmp_path, later, conflict):
    texts = {
        "a.txt": "Halbrook shares closed up 31.5% on the day of the offer, the exchange said.\n",
        "b.txt": "Halbrook shares closed up 31.5% on the day of the offer, traders said.\n",
        "c.txt": later + "\n",
    }
    (tmp_path / "sources.toml").write_text(
        '["a.txt"]\npublished = 2026-11-09\n["b.txt"]\npublished = 2026-11-09\n["c.txt"]\npublished = 2026-11-11\n',
        encoding="utf-8",
    )
    found = [f for f in _conflicts_of(tmp_path, texts) if f.key == "percent of share price"]
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("later", "published", "conflict"),
    [
        # a morning paper's "yesterday" is the day of the first reports: one close told two ways
        ("Ostry's shares ended 2.4% lower yesterday at 21.70 euros.", "2026-11-10", True),
        # a sentence naming two days: the move is the nearest one's, another day's
        ("Ostry shares rose 0.7% on Wednesday, recovering a little of Monday's fall.", "2026-11-11", False),
        # a day named two days after the first reports: the follow-up's own day's move
        ("Ostry shares rose 0.7% on Wednesday to 21.85 euros.", "2026-11-11", False),
    ],
)
def test_a_share_move_is_of_the_day_its_sentence_names_nearest(tmp_path, later, published, conflict):
    texts = {
        "a.txt": "Ostry shares closed down 4.2% at 21.70 euros after the profit warning.\n",
        "b.txt": "Ostry shares closed down 4.2% at 21.70 euros, the exchange said.\n",
        "c.txt": later + "\n",
    }
    (tmp_path / "sources.toml").write_text(
        f'["a.txt"]\npublished = 2026-11-09\n["b.txt"]\npublished = 2026-11-09\n["c.txt"]\npublished = {published}\n',
        encoding="utf-8",
    )
    found = [f for f in _conflicts_of(tmp_path, texts) if f.key == "percent of share price"]
    assert bool(found) is conflict, [f.explanation for f in found]


@pytest.mark.parametrize(
    "other",
    [
        "Vardona's Class A shares fell 7.4% on Monday after the warning.",
        "Vardona's Frankfurt-listed shares fell 7.4% on Monday after the warning.",
        "Following the warning, investors sent the shares down 7.4% on Monday.",
    ],
)
def test_one_companys_move_told_otherwise_conflicts_whatever_words_name_it(tmp_path, other):
    texts = {
        "a.txt": "Vardona shares fell 5.2% on Monday after the warning, the exchange said.\n",
        "b.txt": "Vardona shares fell 5.2% on Monday after the warning, traders said.\n",
        "c.txt": other + "\n",
    }
    assert [f for f in _conflicts_of(tmp_path, texts) if f.key == "percent of share price"]


def test_undated_moves_of_two_weekdays_are_two_figures(tmp_path):
    texts = {
        "a.txt": "Vardona shares fell 4.2% on Monday after the warning, the exchange said.\n",
        "b.txt": "Vardona shares fell 4.2% on Monday after the warning, traders said.\n",
        "c.txt": "Vardona shares rose 1.1% on Tuesday after the warning, traders said.\n",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "percent of share price"]


def test_the_moves_of_two_companies_in_one_sentence_are_two_figures(tmp_path):
    texts = {
        "a.txt": "Vardona shares fell 2.9% to $71.20 on Monday after the bid.\n",
        "b.txt": "Vardona closed down 2.9% at $71.20 on Monday after the bid.\n",
        "c.txt": "Shares of Kelsworth closed up 17% on Monday, while Vardona's stock fell nearly 3%.\n",
    }
    found = [f for f in _conflicts_of(tmp_path, texts) if f.key == "percent of share price"]
    assert not found, [f.explanation for f in found]


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        # one company's move told otherwise: a conflict
        ("Shares in Crestford Mobile closed 2.9% lower at 148p on Tuesday.", True),
        # another company's move, the bid for the shares, a move over the year: none is the same figure
        ("Halvern shares closed 2.9% lower at 212p on Tuesday.", False),
        ("Halvern offered 212p a share for Crestford on Tuesday.", False),
        ("Crestford stock has fallen 40% this year, and it closed at 148p on Tuesday.", False),
    ],
)
def test_share_moves_of_one_company_and_one_day_are_compared(tmp_path, other, conflict):
    common = (
        "\n\nCrestford, a mobile network operator based in Tarnbury, employs 4,200 people, chief executive"
        " Ines Varga said.\n"
    )
    texts = {
        "a.txt": "Crestford shares fell 1.9% to 151p on Tuesday, the exchange said." + common,
        "b.txt": "Crestford shares fell 1.9% to 151p on Tuesday as investors took profits." + common,
        "c.txt": other + common,
    }
    keys = ("share price", "percent of share price")
    found = [
        f for f in _conflicts_of(tmp_path, texts) if f.key in keys and "c.txt" in {c.location.article for c in f.claims}
    ]
    assert bool(found) is conflict


def test_two_purchases_of_one_buyer_are_two_deals(tmp_path):
    # a player and a training ground bought for sums of a million or more: what was bought tells them apart
    texts = {
        "a.txt": "Brenford City bought Tomi Okafor for £35 million on Monday, the club said. Brenford also"
        " bought a new training ground for £12 million.\n",
        "b.txt": "Brenford City bought Tomi Okafor for £35 million on Monday, the club said. The club paid £12m"
        " for a training ground.\n",
        "c.txt": "Brenford City paid £40 million for Tomi Okafor on Monday, the club said.\n",
    }
    conflicts = [f for f in _conflicts_of(tmp_path, texts) if f.key == "contract"]
    assert [sorted(c.display for c in f.claims) for f in conflicts] == [["£35 million", "£35 million", "£40 million"]]


@pytest.mark.parametrize(
    ("sentence", "surface", "state"),
    [
        ("About 1,300 houses were damaged and 210 destroyed.", "About 1,300 houses", "damaged"),
        ("Around 210 houses are completely destroyed.", "Around 210 houses", "destroyed"),
        ("The quake damaged about 1,300 homes.", "about 1,300 homes", "damaged"),
        ("It left 210 destroyed homes.", "210 destroyed homes", "destroyed"),
        ("In all 1,500 homes were damaged or destroyed.", "1,500 homes", "damaged or destroyed"),
        ("The storm destroyed or damaged 1,500 homes.", "1,500 homes", "damaged or destroyed"),
        ("At least 1,200 homes were destroyed or badly damaged.", "At least 1,200 homes", "damaged or destroyed"),
        ("About 300 homes were left without power.", "About 300 homes", "without power"),
        ("Around 30,000 homes remained without power.", "Around 30,000 homes", "without power"),
        ("- Homes damaged: 700", "700", "damaged"),  # a key fact's label
        ("The storm hit 300 homes.", "300 homes", ""),
    ],
)
def test_what_became_of_the_things_counted(sentence, surface, state):
    from factcheck.judge import _state

    assert _state(sentence, surface) == state


def test_counts_of_damaged_and_destroyed_homes_are_two_counts(tmp_path):
    texts = {
        "a.txt": "The quake struck Orvenne on Sunday. About 1,300 houses were damaged, officials said on Sunday.",
        "b.txt": "The quake struck Orvenne on Sunday. Around 210 houses were destroyed, officials said on Sunday.",
        "c.txt": "The quake struck Orvenne on Sunday. About 1,800 houses were damaged, officials said on Sunday.",
    }
    conflicts = [f for f in _conflicts_of(tmp_path, texts) if f.key == "home"]
    assert [sorted({c.location.article for c in f.claims}) for f in conflicts] == [["a.txt", "c.txt"]]


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("The island was hit in August 2011 by a magnitude 6.8 earthquake that killed 43 people.", True),
        ("It is well below that of the August 2011 quake on Kalinaw, which killed 43 people.", True),
        ("In 2005 he bought a house that cost 43 people their savings.", False),  # a house is no event
    ],
)
def test_a_figure_in_a_relative_clause_of_a_dated_event_is_of_that_date(sentence, dated):
    from factcheck.judge import _figure_dates

    assert bool(_figure_dates(sentence, "43 people", date(2026, 6, 14))) is dated


@pytest.mark.parametrize(
    ("whole", "part", "conflict"),
    [
        ("damaged or destroyed 1,200 homes", "damaged 1,500 homes", True),  # a part larger than its whole
        ("damaged or destroyed 1,200 homes", "destroyed 400 homes", False),  # a part of it
        ("damaged or destroyed 1,200 homes", "destroyed or damaged 1,500 homes", True),  # one state
    ],
)
def test_a_whole_and_its_part_conflict_only_when_the_part_is_larger(tmp_path, whole, part, conflict):
    texts = {
        "a.txt": f"Cyclone Imara {whole} on Vanu island, officials said on Monday.",
        "b.txt": f"Cyclone Imara {part} on Vanu island, officials said on Monday.",
    }
    assert bool([f for f in _conflicts_of(tmp_path, texts) if f.key == "home"]) is conflict


def test_counts_of_two_states_are_not_compatible(tmp_path):
    texts = {
        "a.txt": "Some 450 homes were flooded on Vanu island, the disaster agency said on Monday.",
        "b.txt": "Cyclone Imara destroyed 400 homes on Vanu island, the disaster agency said on Monday.",
    }
    assert not [
        f
        for f in check([_corpus(tmp_path, texts)]).findings
        if f.key == "home" and f.verdict in (Verdict.COMPATIBLE, Verdict.CONFLICT)
    ]


def test_a_month_without_a_year_does_not_date_an_event_clause():
    from factcheck.judge import _figure_dates

    assert not _figure_dates("Vanu was struck in March by a cyclone that killed 11 people.", "11 people", None)


def test_previous_convictions_are_no_count_of_them_all(tmp_path):
    # the previous ones leave out the one the court has just added
    texts = {
        "a.txt": "Colm Ferris, who has 11 previous convictions, was found guilty of burglary in Marlow on Monday.",
        "b.txt": "Colm Ferris was found guilty of burglary in Marlow on Monday and now has 12 convictions.",
        "c.txt": "Colm Ferris, found guilty of burglary in Marlow on Monday, has 14 previous convictions.",
    }
    surfaces = sorted(sorted(c.surface for c in f.claims) for f in _conflicts_of(tmp_path, texts))
    # 14 previous ones are more than 12 in all: a part larger than the whole
    assert surfaces == [
        ["11 previous convictions", "14 previous convictions"],
        ["12 convictions", "14 previous convictions"],
    ]


def test_a_dated_toll_meets_the_toll_scoped_to_its_month_in_dated_reports(tmp_path):
    # November reports: "struck ... in September, killing nine" is dated September by its clause,
    # "killed 11 people in September" is scoped to it: one quake's toll told two ways
    texts = {
        "a.txt": "A quake struck Orvella province in September, killing nine people, officials said.",
        "b.txt": "An earthquake killed 11 people in Orvella province in September, officials said.",
    }
    (tmp_path / "sources.toml").write_text(
        '["a.txt"]\noutlet = "A"\npublished = 2027-11-10\n\n["b.txt"]\noutlet = "B"\npublished = 2027-11-10\n',
        encoding="utf-8",
    )
    surfaces = [sorted(c.surface for c in f.claims) for f in _conflicts_of(tmp_path, texts)]
    assert surfaces == [["11 people", "nine people"]]


_EARLY_TOLL = (
    "Three patients were killed when fire swept through a hospital in Dunhaven on Tuesday.",
    "A fire at the Dunhaven hospital killed three patients early on Tuesday, officials said.",
)
_LATER_TOLL = (
    "Three patients died on the night of the fire. A fourth patient has died after Tuesday's fire at "
    "the Dunhaven hospital, raising the death toll to four, officials said on Thursday."
)


def test_a_tally_changed_to_a_new_figure_is_an_update_of_the_old(tmp_path) -> None:
    """A later report that gives the old toll and what it rose to still contradicts the earlier
    reports' toll, in however unlike words: the change explains itself."""
    report = _dated_check(
        tmp_path,
        {
            "a.txt": ("2026-11-17", _EARLY_TOLL[0]),
            "b.txt": ("2026-11-17", _EARLY_TOLL[1]),
            "c.txt": ("2026-11-19", _LATER_TOLL),
        },
    )
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "death"]
    assert {c.display.lower() for c in conflict.claims if c.location.article == "c.txt"} >= {"four"}
    assert "gives three patients too as the figure before the change" in conflict.explanation
    assert "c.txt tells four as a change ('raising the death toll to four')" in conflict.explanation
    assert conflict.details[0].startswith("possibly an update: ")


def test_a_tally_changed_on_the_same_day_or_of_another_count_is_no_update(tmp_path) -> None:
    # published on the day of the others: the article's two figures may be two counts of that day
    (tmp_path / "same").mkdir()
    (tmp_path / "run").mkdir()
    same_day = _dated_check(
        tmp_path / "same",
        {
            "a.txt": ("2026-11-17", _EARLY_TOLL[0]),
            "b.txt": ("2026-11-17", _EARLY_TOLL[1]),
            "c.txt": ("2026-11-17", _LATER_TOLL),
        },
    )
    assert not [f for f in same_day.by_verdict(Verdict.CONFLICT) if f.key == "death"]
    # a run that was extended is no tally: another team's run, not the story's count
    games = (
        "Marlbeck have 31 points from their 30 games this season.",
        "With only 31 points from 30 games, Marlbeck face a fight.",
        "Crayford moved up to fourth, extending their unbeaten run to 12 games.",
    )
    run = _dated_check(
        tmp_path / "run",
        {"a.txt": ("2026-11-17", games[0]), "b.txt": ("2026-11-17", games[1]), "c.txt": ("2026-11-19", games[2])},
    )
    assert not [f for f in run.by_verdict(Verdict.CONFLICT) if f.key.startswith("game")]


@pytest.mark.parametrize(
    "later",
    [
        # another town's arrests, another day's: no change of the figure the others give
        "Police made nine arrests in Kellan on Saturday. In Sarnow, where a second march was held, arrests rose to 15.",
        "Police made nine arrests on Saturday. Daily arrests rose to 15 on Sunday as the protests grew.",
    ],
)
def test_a_count_that_rose_elsewhere_is_no_change_of_the_tally(tmp_path, later: str) -> None:
    report = _dated_check(
        tmp_path,
        {
            "a.txt": ("2026-02-08", "Police made nine arrests in Kellan on Saturday, a spokeswoman said."),
            "b.txt": ("2026-02-09", later),
        },
    )
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "arrest"]


def test_a_toll_that_climbed_the_same_day_says_so(tmp_path) -> None:
    report = _dated_check(
        tmp_path,
        {
            "a.txt": ("2026-02-06", "Six people were killed in the Perrow blast on Friday, police said."),
            "b.txt": ("2026-02-06", "Six people died in the explosion at Perrow, officials said."),
            "c.txt": ("2026-02-06", "The toll from the Perrow blast climbed to seven late on Friday."),
        },
    )
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "death"]
    assert "c.txt tells seven as a change ('toll from the Perrow blast climbed to seven')" in conflict.explanation
    assert conflict.severity is Severity.LOW


def test_a_toll_said_to_rise_to_less_than_another_report_gives_is_no_change(tmp_path) -> None:
    """The change waiver holds for a tally that rose to more than the others give, not less: a
    toll that "rose to 11" in a neighbouring province is no update of 30 dead, in unlike words."""
    texts = {
        "a.txt": ("2026-04-02", "The earthquake near Tavi killed 30 people, rescuers said on Tuesday."),
        "b.txt": ("2026-04-02", "Thirty people died when the quake struck villages around Tavi."),
        "c.txt": (
            "2026-04-03",
            "In neighbouring Orsk province, where a smaller quake struck last month, the death toll rose to 11.",
        ),
    }
    report = _dated_check(tmp_path, texts)
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "death"]


def test_a_run_in_a_row_is_no_part_that_outnumbers_the_whole(tmp_path) -> None:
    texts = {
        "a.txt": "The blaze on Kell Street destroyed three houses, firefighters said.",
        "b.txt": "Three houses were destroyed by the fire on Kell Street.",
        "c.txt": "The blaze gutted six houses in a row on Kell Street, firefighters said.",
    }
    for f in _conflicts_of(tmp_path, texts):
        assert "counts a part of what" not in f.explanation


def test_a_toll_told_as_risen_is_compared_far_above_the_early_one(tmp_path) -> None:
    """A later report's "raising the death toll to nine" meets the early reports' two dead, though
    nine is more than three times two (``TALLY_REACH``); a smaller lone figure that far off ("six
    bodies recovered so far" against 40 dead) is another count and stays apart (``BOUND_REACH``)."""
    (tmp_path / "rise").mkdir()
    (tmp_path / "bodies").mkdir()
    rise = _dated_check(
        tmp_path / "rise",
        {
            "a.txt": ("2026-05-04", "Two people were killed when a landslide buried houses in Tolmar on Monday."),
            "b.txt": ("2026-05-04", "The landslide in Tolmar left two people dead, officials said."),
            "c.txt": (
                "2026-05-06",
                "Rescuers found seven more victims in the mud, raising the death toll to nine, officials said.",
            ),
        },
    )
    (conflict,) = [f for f in rise.by_verdict(Verdict.CONFLICT) if f.key == "death"]
    assert "c.txt tells nine as a change ('raising the death toll to nine')" in conflict.explanation
    bodies = _dated_check(
        tmp_path / "bodies",
        {
            "a.txt": ("2026-05-04", "The landslide in Tolmar killed 40 people, officials said on Monday."),
            "b.txt": ("2026-05-04", "Forty people died when the hillside above Tolmar collapsed."),
            "c.txt": ("2026-05-05", "Rescuers digging through mud in Tolmar have so far recovered six bodies."),
        },
    )
    assert not [f for f in bodies.by_verdict(Verdict.CONFLICT) if f.key in ("death", "body")]


@pytest.mark.parametrize(
    ("b", "conflict"),
    [
        # who says the figure is no subject of it
        ("Coastguard spokeswoman Ana Reed said 44 people had been taken to hospital after the crash.", True),
        # a named subject of its own: another hospital's count
        ("Harlow Royal Hospital treated 44 people after the crash, Ana Reed said.", False),
    ],
)
def test_the_speaker_of_a_figure_is_no_subject_of_it(tmp_path, b, conflict):
    texts = {"a.txt": "Forty-one people were taken to Quarvey General Hospital after the crash.\n", "b.txt": b + "\n"}
    assert bool([f for f in _conflicts_of(tmp_path, texts) if f.key == "injury"]) is conflict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two speakers and no other name: nothing says both figures are of one town
        ("Harlow had 40 flooded homes, Mayor Ana Reed said.", "Tolver had 55 flooded homes, Tom Farrin said."),
        # a title or a town before the speaker's name stays a name of the sentence
        (
            "On Wednesday Harlow MP Ana Reed said 40 homes in the town were flooded.",
            "On Wednesday Tolver councillor Tom Farrin said 46 homes in the town were flooded.",
        ),
        # a speaker's own words: "we" may be the subject
        (
            '"We have 40 flooded homes," Mayor Ana Reed said of Harlow.',
            '"Our town has 48 flooded homes," Tom Farrin said.',
        ),
    ],
)
def test_speakers_of_two_towns_figures_keep_them_apart(tmp_path, a, b):
    lead = "Storm Ana swept through the Wend valley on Tuesday, flooding streets in Harlow and Tolver.\n\n"
    texts = {"a.txt": lead + a + "\n", "b.txt": lead + b + "\n"}
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "home"]


def test_a_share_price_change_is_no_share_of_anything(tmp_path):
    texts = {
        "a.txt": "Shares in Morrant Group closed down 31 percent on Thursday after the firm cut its forecast.\n",
        "b.txt": "Morrant Group's share price tumbled 28% on Thursday after the firm lowered its guidance.\n",
    }
    assert [f.key for f in _conflicts_of(tmp_path, texts)] == ["percent of share price"]


@pytest.mark.parametrize(
    ("sentence", "surface", "dated"),
    [
        # a second predicate in the present tense: the figure is of now, not of the date
        ("Ardwick Colliery opened in 1987 and employs 410 people, the company said.", "410 people", False),
        ("The firm was founded in 1902 and now has 38 branches.", "38 branches", False),
        # a past one tells of the date's event; a noun after "and" opens no predicate
        ("The quake struck in 2005 and killed 3 people.", "3 people", True),
        ("The mine opened in 1987 and workers dug 40 tunnels.", "40 tunnels", True),
        ("The Tolver mine closed in 2009 and its 300 miners lost their jobs.", "300 miners", True),
        ("The river burst its banks in 2019 and was 4.31 metres deep.", "4.31 metres", True),
    ],
)
def test_a_present_predicate_after_a_date_is_not_of_the_date(sentence, surface, dated):
    from factcheck.judge import _figure_dates

    assert bool(_figure_dates(sentence, surface)) is dated


@pytest.mark.parametrize(
    ("prose", "box", "conflict"),
    [
        # a line of key facts whose label names only what it counts: the story's figure of it
        ("Police arrested 43 people during the march on Saturday, a spokesman said.", "People detained: 52", True),
        ("Every one of our 8,100 staff has now been trained, the director said.", "Staff: 2,700", True),
        # a label that narrows what is counted: a part, which a figure of the whole does not contradict
        ("Every one of our 8,100 staff has now been trained, the director said.", "Staff affected: 2,700", False),
        # a figure of another event needs its words: the box's figure is the story's
        ("Seven people died in a similar blast at a plant in the same town.", "Dead: 3", False),
    ],
)
def test_a_figure_against_a_line_of_key_facts_needs_no_alike_words(tmp_path, prose, box, conflict):
    texts = {
        "a.txt": prose + "\n",
        "b.txt": f"Hackers took the records of the hospital group on Saturday.\n\nKey facts\n{box}\nRoute: 4 km\n",
        "c.txt": f"The group called the theft a crime.\n\nKey facts\n{box}\nRoute: 4 km\n",
    }
    found = [f for f in _conflicts_of(tmp_path, texts) if f.key in ("arrest", "staff", "death")]
    assert bool(found) is conflict, [f.explanation for f in found]


@pytest.mark.parametrize(
    ("prose", "box", "conflict"),
    [
        # a label that says what became of what it counts, which the prose tells too: one figure
        ("Some 340 homes were flooded in Caddow after heavy rain on Sunday.", "In figures\n390 - homes flooded", True),
        ("Some 340 homes were flooded in Caddow after heavy rain on Sunday.", "Key facts\nHomes flooded: 390", True),
        (
            "Some 340 homes were flooded in Caddow after heavy rain on Sunday.",
            "Stat | Figure\nHomes flooded | 390",
            True,
        ),
        # a label narrowed as the prose's figure is ("rest centres"), of a state it tells too ("opened")
        (
            "The council opened seven rest centres in Caddow after heavy rain on Sunday.",
            "BY THE NUMBERS\nNine — rest centres opened",
            True,
        ),
        # how badly they were hurt, told on both sides
        (
            "Seven people were seriously injured in the crash on Sunday.",
            "Key facts\nSeriously injured: 11",
            True,
        ),
        # the prose counts every injured person: the box counts a part
        ("Some 40 passengers were injured in the crash on Sunday.", "Key facts\nSeriously injured: 11", False),
        # the prose tells of another state: another count
        ("Some 340 homes were damaged in Caddow after heavy rain on Sunday.", "Key facts\nHomes flooded: 390", False),
        # the state is said of something else in the sentence, not of the figure
        ("Some 340 homes were insured against floods in Caddow on Sunday.", "Key facts\nHomes flooded: 390", False),
        (
            "New flood walls protected 340 homes from flooding in Caddow on Sunday.",
            "Key facts\nHomes flooded: 390",
            False,
        ),
    ],
)
def test_a_box_label_of_a_state_the_prose_tells_too_is_one_figure(tmp_path, prose, box, conflict):
    texts = {"a.txt": prose + "\n", "b.txt": f"The clean-up began in Caddow after the rain on Sunday.\n\n{box}\n"}
    found = [f for f in _conflicts_of(tmp_path, texts) if f.key in ("home", "injury", "centre")]
    assert bool(found) is conflict, [f.explanation for f in found]


def test_a_lone_figure_on_a_narrowing_box_line_needs_alike_words(tmp_path):
    texts = {
        "a.txt": "Hackers took the records of the hospital group on Saturday.\n\nKey facts\nStaff affected: 2,700\n",
        "b.txt": "Every one of the group's 8,100 staff has now been trained, the director said.\n",
        "c.txt": "The group employs 8,100 staff across four hospitals, its report says.\n",
    }
    assert not [f for f in _conflicts_of(tmp_path, texts) if f.key == "staff"]


def test_a_figure_told_of_another_place_does_not_hold_a_lone_figure_back(tmp_path):
    # "more than five cranes" in Portugal fits the lone seven and not the others' four: a figure of
    # somewhere else, which says nothing of this harbour's count
    texts = dict(_CRANES)
    texts["d.txt"] = "Seven cranes lay twisted across the harbour, a photographer wrote."
    texts["e.txt"] = "Elsewhere, more than five cranes toppled in Portugal."
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert "only d.txt gives Seven cranes" in found.explanation
    # told of no place, the same figure fits the lone seven only: seven is less precise, not alone
    texts["e.txt"] = "Elsewhere, more than five cranes toppled."
    assert _quantity_conflicts(_fresh(tmp_path / "unplaced"), texts) == []


def test_measures_in_units_of_their_own_ten_times_apart_are_two_measures(tmp_path) -> None:
    texts = {
        "a.txt": "Divers found the cable cut about 85 metres from the landing station, the operator said.",
        "b.txt": "The operator said the cable was cut about 26 miles from the landing station.",
    }
    assert _conflicts_of(tmp_path, texts) == []
    # in one unit, a slip of a digit or a zero: still one measure told wrongly
    texts["b.txt"] = "The operator said the cable was cut about 850 metres from the landing station."
    assert _conflicts_of(_fresh(tmp_path / "one-unit"), texts)
    # in two units but near each other: one measure told otherwise
    texts["b.txt"] = "The operator said the cable was cut about 0.1 miles from the landing station."
    assert _conflicts_of(_fresh(tmp_path / "near"), texts)


def test_years_in_alike_words_far_apart_are_two_deeds_unless_one_digit_slipped(tmp_path) -> None:
    texts = {
        "a.txt": "The Tollby mill was listed as a protected county monument in 1983.",
        "b.txt": "The Tollby mill was raised in 1871 and is listed as a protected county monument.",
    }
    assert _date_conflicts(tmp_path, texts) == []
    # one digit changed in a copied sentence: one year told wrongly, however far apart
    texts["b.txt"] = "The Tollby mill was listed as a protected county monument in 1988."
    assert _date_conflicts(_fresh(tmp_path / "slip"), texts)


def test_a_conflict_over_a_named_persons_age_shows_every_report_of_that_age(tmp_path) -> None:
    # c.txt and d.txt tell of a vigil days later, in words of their own: still the age of the one person named
    texts = {
        "a.txt": "Lena Kask, 15, was shot dead by a police officer in Tarn on Saturday night, and riots broke out.",
        "b.txt": "Riots spread through Tarn after a police officer shot Lena Kask, 24, on Saturday night.",
        "c.txt": "Hundreds of mourners marched in silence to the school of Lena Kask, 15, in Velm on Monday.",
        "d.txt": "Students of a school in Velm held a vigil on Monday for Lena Kask, 15.",
    }
    (conflict,) = [f for f in _conflicts_of(tmp_path, texts) if f.key == "age"]
    shown = sorted((c.location.article, c.display) for c in conflict.claims)
    assert shown == [("a.txt", "15"), ("b.txt", "24"), ("c.txt", "15"), ("d.txt", "15")]


def test_a_figure_above_a_vague_amount_of_a_scale_word_is_no_conflict(tmp_path) -> None:
    texts = {
        "a.txt": "Thousands of fans queued outside the Tollby arena on Friday for the final, police said.",
        "b.txt": "Police said 12,400 fans queued outside the Tollby arena on Friday for the final.",
    }
    assert _conflicts_of(tmp_path, texts) == []
    # below the floor: "thousands" is not 1,200
    texts["b.txt"] = "Police said 1,200 fans queued outside the Tollby arena on Friday for the final."
    assert _conflicts_of(_fresh(tmp_path / "below"), texts)


def test_two_figures_one_sentence_compares_are_two_figures(tmp_path) -> None:
    texts = {
        "a.txt": "Turnout in the Marsh ward was 47.3%, under the national rate of 52.6%, the returning officer said.",
        "b.txt": "Turnout in the Marsh ward was 52.6%, the returning officer said.",
    }
    assert _conflicts_of(tmp_path, texts) == []
    # one figure changed ("up from"): still one figure told two ways
    texts["a.txt"] = "Turnout in the Marsh ward was 47.3%, up from 52.6%, the returning officer said."
    assert _conflicts_of(_fresh(tmp_path / "changed"), texts)


def test_what_is_left_after_a_peak_is_no_conflict_with_the_peak(tmp_path) -> None:
    texts = {
        "a.txt": (
            "About 3,100 households in Tollby remained without water on Monday, down from Friday's peak,"
            " the water board said."
        ),
        "b.txt": "Over 9,000 households in Tollby lost water on Friday, the water board said.",
    }
    assert _conflicts_of(tmp_path, texts) == []
    # two figures of what is left: one figure told two ways
    texts["b.txt"] = "Over 9,000 households in Tollby remained without water on Monday, the water board said."
    assert _conflicts_of(_fresh(tmp_path / "both-left"), texts)


def _quantities_of(tmp_path: Path, texts: dict[str, str]) -> dict[str, Claim]:
    report = check([_corpus(tmp_path, texts)])
    return {c.location.article: c for c in report.claims if c.kind.value == "quantity"}


def test_a_lone_size_against_one_reports_needs_one_named_thing_in_both(tmp_path):
    from factcheck.judge import _lone_pair

    texts = {
        "a.txt": "The Kestrel, a 40-tonne trawler, sank off Port Avel on Tuesday after striking rocks.",
        "b.txt": "Skipper Ian Dorr had owned the 32-tonne trawler Kestrel for years, his brother said.",
    }
    sizes = _quantities_of(tmp_path, texts)
    # both name the Kestrel: one boat's tonnage told otherwise
    assert _lone_pair([sizes["a.txt"]], [sizes["b.txt"]], None, {}, named=True) is not None
    # another boat's tonnage ("the Osprey"): one report's size may be another thing's
    texts["b.txt"] = texts["b.txt"].replace("Kestrel", "Osprey")
    sizes = _quantities_of(_fresh(tmp_path / "other"), texts)
    assert _lone_pair([sizes["a.txt"]], [sizes["b.txt"]], None, {}, named=True) is None


def test_the_only_two_values_of_reports_kept_apart_need_one_person_and_alike_words(tmp_path):
    from factcheck.judge import _one_person_told

    texts = {
        "a.txt": "Mayor Tom Yarnick's alliance keeps a three-seat lead on the town council of Brellow.",
        "b.txt": "Mayor Tom Yarnick's alliance, with its five-seat lead on the town council, met on Monday.",
    }
    seats = _quantities_of(tmp_path, texts)
    one_person = SimpleNamespace(name_one_person=lambda x, y: True)
    # the group's only two values, in words as alike as a conflict needs, with one person named
    assert _one_person_told(seats["a.txt"], seats["b.txt"], one_person, backed=False, two=True)
    # no person both name: the run's events keep them apart
    nobody = SimpleNamespace(name_one_person=lambda x, y: False)
    assert not _one_person_told(seats["a.txt"], seats["b.txt"], nobody, backed=False, two=True)
    # one of several values, backed by no second report: no evidence the two count one thing
    assert not _one_person_told(seats["a.txt"], seats["b.txt"], one_person, backed=False, two=False)
    # in unlike words ("seat" shared and no more), the only two values are not enough
    texts["b.txt"] = "Opposition leaders said a five-seat edge was thin."
    seats = _quantities_of(_fresh(tmp_path / "unlike"), texts)
    assert not _one_person_told(seats["a.txt"], seats["b.txt"], one_person, backed=False, two=True)


def test_a_count_held_and_one_holding_are_compared(tmp_path):
    # "holding" and "are still being held": one verb, so the two counts share words enough to conflict
    texts = {
        "a.txt": "Smugglers holding roughly a dozen barges and nearly 200 deckhands in coves off the Varnmouth coast.",
        "b.txt": "At least 15 of the seized barges and their crews are still being held in a cove for ransom.",
    }
    (found,) = check([_corpus(tmp_path, texts)]).by_verdict(Verdict.CONFLICT)
    assert {c.surface for c in found.claims} == {"roughly a dozen barges", "At least 15 of the seized barges"}


def test_the_only_two_shirt_numbers_of_a_player_conflict_in_no_shared_words(tmp_path):
    texts = {
        "a.txt": "The Dunmore Hawks fired coach Marlo Venning on Tuesday after a bad run of results. "
        "His No. 14 jersey was raised to the arena roof.",
        "b.txt": "The Dunmore Hawks fired coach Marlo Venning on Tuesday, the club said. "
        "A fixture who played nine seasons there, Venning had his number-21 jersey retired.",
    }
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert {c.stated for c in found.claims} == {14, 21}
    assert "the only two values given of the shirt number" in found.explanation


def test_the_only_two_counts_beside_one_other_figure_conflict_in_no_shared_words(tmp_path):
    texts = {
        "a.txt": "Quarrie came to Tarnby from Ostley, where she went 88-61 and reached two cup finals.",
        "b.txt": "The former midfielder began managing on the coast, leaving with an 88-61 mark and three "
        "domestic finals.",
    }
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert {c.stated for c in found.claims} == {2, 3}


def test_the_only_two_counts_told_with_no_other_figure_in_common_are_not_set_against_each_other(tmp_path):
    texts = {
        "a.txt": "Crews cut open three wagons that tipped over near Pellbrook to reach the trapped drivers.",
        "b.txt": "The freight train was nearly home when five of its wagons left the rails at the junction.",
    }
    assert not _quantity_conflicts(tmp_path, texts)


def test_two_figures_beside_one_other_figure_conflict_in_few_shared_words(tmp_path):
    texts = {
        "a.txt": "Aldermen in Varnholt passed a $720 million budget on Monday that lifts water rates by 2.6 percent.",
        "b.txt": "The $770 million budget, carried 6-3 late at night, puts charges up 2.6 per cent.",
    }
    (found,) = _quantity_conflicts(tmp_path, texts)
    assert {c.stated for c in found.claims} == {720e6, 770e6}


def test_a_shared_figure_glued_to_a_unit_is_no_shared_setting(tmp_path):
    texts = {
        "a.txt": "Ilse Marrow ran a season's best of 54.82 seconds to take the 400m hurdles title.",
        "b.txt": "The Pellbrook runner, whose best this year is 49.96 seconds over 400m, sat the race out.",
    }
    assert not _quantity_conflicts(tmp_path, texts)


def test_of_claims_as_alike_the_one_not_dated_apart_is_compared(tmp_path):
    # b's March quake is worded as much like a's Sunday quake (listed first) as like a's March quake:
    # the figure of March is the one it is set against, and they differ
    texts = {
        "a.txt": "A 4.8 magnitude earthquake rocked an atoll off the northern shore on Sunday, hurting four people"
        " and damaging homes, officials said.\n\nRelief teams reached the atoll by ferry.\n\nA strong quake"
        " with a magnitude of 6.6 struck the north in March near the harbour town of Ostley, on the mainland"
        " near Varno atoll, killing three people.\n",
        "b.txt": "An earthquake of magnitude 4.8 hit Varno atoll on Sunday, hurting four"
        " people.\n\nThe same atoll was shaken by a 7.1 quake in March.\n",
    }
    found = [sorted(c.surface for c in f.claims) for f in _conflicts_of(tmp_path, texts) if f.key == "magnitude"]
    assert found == [["6.6", "7.1"]]


def test_a_copied_sentence_whose_record_became_anothers_still_conflicts(tmp_path):
    # the loser's record changed in one copy to the winner's own (41-3): its class holds the winner's
    # records, yet the copied sentence is still the loser's
    winner = "Dario Velez (41-3) stopped Omar Sadiq in the ninth round in Cardiff on Saturday night."
    loser = "Sadiq, cut above the left eye in the fourth, now stands at {} as a professional."
    texts = {
        "a.txt": f"{winner} {loser.format('38-3')}",
        "b.txt": f"{winner} {loser.format('38-3')}",
        "c.txt": f"{winner} Sadiq (38-3) never found his range.",
        "d.txt": f"{winner} {loser.format('41-3')}",
    }
    report = check([_corpus(tmp_path, texts)])
    (found,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "record"]
    assert {c.location.article for c in found.claims} >= {"d.txt"}
    assert "nearly the same words" in found.explanation


def test_an_ordinals_name_opening_the_other_sentence_is_shared(tmp_path):
    # "Varga" opens one sentence (no name there for ``Claim.names``) and is named in the other
    texts = {
        "a.txt": "On Tuesday, Ines Varga became the fourth mayor to step down in the county since the floods.",
        "b.txt": "Varga is the seventh mayor to step down in Brackley County since the spring floods.",
        "c.txt": "Ines Varga was the fourth mayor to step down in the county since the floods.",
    }
    report = check([_corpus(tmp_path, texts)])
    (found,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "mayor"]
    assert {c.surface for c in found.claims} == {"fourth mayor", "seventh mayor"}
    assert "b.txt" in {c.location.article for c in found.claims}


def test_one_estimators_two_counts_of_a_crowd_are_a_conflict(tmp_path):
    # the police's count of one march, told in words that share none: one body's figure told two ways,
    # the finding saying why the two are compared
    texts = {
        "a.txt": "About 6,000 people joined the rally in Dunmore, police said, as shops shut early.",
        "b.txt": "According to police, roughly 9,000 people marched along the harbour road by noon.",
    }
    report = check([_corpus(tmp_path, texts)])
    (found,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "people"]
    assert "count of the gathering by the police" in found.explanation
    # the police's count against the organisers': two estimates, not one figure
    texts = {
        "a.txt": "About 6,000 people joined the rally in Dunmore, police said, as shops shut early.",
        "b.txt": "According to organisers, roughly 9,000 people marched along the harbour road by noon.",
    }
    (tmp_path / "two").mkdir()
    assert "people" not in _conflict_keys(tmp_path / "two", texts)


def test_one_estimators_figures_not_of_the_gathering_itself_are_apart(tmp_path):
    # each figure's own clause must name the gathering as what it counts: a counter-protest, people moved
    # kept back from the parade, a march of another city are other counts, whoever gives them
    rally = "About 6,000 people joined the rally in the capital, police said."
    for k, other in enumerate(
        (
            "Police said about 300 people took part in a counter-protest near the station.",
            "Police said 2,000 people were kept back from the parade route.",
            "In the second city, 900 people marched to the town hall, police said.",
            "Shares rallied in March as 2,000 people bought the stock, police said.",
        )
    ):
        folder = tmp_path / str(k)
        folder.mkdir()
        assert "people" not in _conflict_keys(folder, {"a.txt": rally, "b.txt": other}), other


class _EventsApartCoresTogether:
    """Facts whose run's events keep two reports apart while the cores (facts every report states
    weighing a little) hold them together: a short report that gives only the story's common facts."""

    def __init__(self) -> None:
        self.facts: dict[str, set[tuple[str, ...]]] = {}

    def one_event(self, x: Claim, y: Claim) -> bool:
        return False

    def name_one_person(self, x: Claim, y: Claim) -> bool:
        return False

    def cores(self) -> "_EventsApartCoresTogether":
        view = _EventsApartCoresTogether()
        view.one_event = lambda x, y: True  # type: ignore[method-assign]
        return view


def test_a_lone_figure_against_a_crowd_is_of_its_event_when_the_cores_say_so(tmp_path):
    from factcheck.judge import _lone_pair

    texts = {
        "a.txt": "Seven cranes were wrecked at the port of Kelby, officials said.",
        "b.txt": "Four cranes were wrecked at the port of Kelby, officials said.",
    }
    cranes = _quantities_of(tmp_path, texts)
    facts = _EventsApartCoresTogether()
    # against a crowd of reports, the cores' event is enough
    assert _lone_pair([cranes["a.txt"]], [cranes["b.txt"]], facts, {}, crowd=True) is not None  # type: ignore[arg-type]
    # against one or two reports, the run's events still decide
    assert _lone_pair([cranes["a.txt"]], [cranes["b.txt"]], facts, {}) is None  # type: ignore[arg-type]
