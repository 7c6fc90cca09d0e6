"""One town given as another (judge_place_conflicts): a conflict only when the towns fill one slot."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Verdict

_CRASH = (
    "Police said Margaret Ellison, 71, of {town}, was struck by a delivery van on Tuesday evening outside a pharmacy."
)
_BLAST = (
    "The explosion occurred Friday afternoon at a credit union branch in {town}, police said, "
    "and two bomb technicians were hurt while the building burned."
)


def _town_conflicts(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    from factcheck.api import check

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    return [f.explanation for f in report.by_verdict(Verdict.CONFLICT) if "two towns" in f.explanation]


def test_one_persons_home_given_as_two_towns_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": _CRASH.format(town="Dayton, Ohio"),
        "b.txt": _CRASH.format(town="Dayton, Ohio").replace("Tuesday evening", "Tuesday"),
        "c.txt": _CRASH.format(town="Akron, Ohio"),
    }
    assert _town_conflicts(tmp_path, texts) == [
        "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    ]


def test_an_events_town_in_alike_sentences_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": _BLAST.format(town="Dayton, Ohio"),
        "b.txt": _BLAST.format(town="Dayton, Ohio").replace("Friday afternoon", "Friday"),
        "c.txt": _BLAST.format(town="Akron, Ohio"),
    }
    (found,) = _town_conflicts(tmp_path, texts)
    assert found == "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"


def test_two_towns_legitimately_named_are_no_conflict(tmp_path: Path) -> None:
    # two people, each from a town of their own
    texts = {
        "a.txt": _CRASH.format(town="Dayton, Ohio"),
        "b.txt": _CRASH.format(town="Dayton, Ohio").replace("Tuesday evening", "Tuesday"),
        "c.txt": _CRASH.replace("Margaret Ellison, 71", "the driver, Tom Reyes, 44").format(town="Akron, Ohio"),
    }
    assert _town_conflicts(tmp_path, texts) == []
    # an article giving both towns as places tells them apart
    texts["c.txt"] = _BLAST.format(town="Akron, Ohio") + " A second device was found in Dayton."
    texts["a.txt"] = texts["b.txt"] = _BLAST.format(town="Dayton, Ohio")
    assert _town_conflicts(tmp_path, texts) == []
    # a town in unlike sentences: no one slot
    texts["c.txt"] = "The governor flew back to Columbus, Ohio, on Saturday for a budget vote in Akron."
    assert _town_conflicts(tmp_path, texts) == []


def test_a_metropolis_and_a_much_smaller_town_are_no_conflict(tmp_path: Path) -> None:
    # the smaller may be a district or a suburb of the city, which the gazetteer does not say
    texts = {
        "a.txt": _BLAST.format(town="Evanston, Illinois"),
        "b.txt": _BLAST.format(town="Evanston, Illinois").replace("Friday afternoon", "Friday"),
        "c.txt": _BLAST.format(town="Chicago, Illinois"),
    }
    assert _town_conflicts(tmp_path, texts) == []
    # a much smaller town across the state is no suburb of it: one place named two ways
    texts["a.txt"] = _BLAST.format(town="Carbondale, Illinois")
    texts["b.txt"] = _BLAST.format(town="Carbondale, Illinois").replace("Friday afternoon", "Friday")
    assert _town_conflicts(tmp_path, texts) == [
        "one place named as two towns? 'Chicago' (c.txt) vs 'Carbondale' (a.txt, b.txt)"
    ]


def _event_place_conflicts(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    from factcheck.api import check

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    return [f.explanation for f in report.by_verdict(Verdict.CONFLICT) if "different places" in f.explanation]


_HIT_AND_RUN = (
    "Police charged a driver on Saturday after a hit-and-run {crash} on Friday night that killed Mira Sandoval, 59, "
    "as she crossed near the bus shelter on 42nd Street."
)


def test_a_name_read_as_a_far_namesake_of_a_district_is_no_other_place(tmp_path: Path) -> None:
    # "the Richmond Hill crash": the gazetteer's most prominent Richmond Hill is in Ontario, but
    # another lies in New York beside Queens (2.3 million), which may hold it
    texts = {
        "a.txt": _HIT_AND_RUN.format(crash="crash in Queens"),
        "b.txt": _HIT_AND_RUN.format(crash="crash in Queens").replace("Saturday", "Saturday morning"),
        "c.txt": _HIT_AND_RUN.format(crash="Richmond Hill crash").replace("a hit-and-run", "the"),
    }
    assert _event_place_conflicts(tmp_path, texts) == []
    # a place the article pins down in another state is still another place
    texts["c.txt"] = _HIT_AND_RUN.format(crash="crash in Tulsa, Oklahoma")
    assert _event_place_conflicts(tmp_path, texts) == [
        "Queens vs Tulsa (both in United States): different places for the same crash"
    ]


def test_the_home_of_someone_of_one_age_given_as_two_towns_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The woman killed was a 71-year-old retiree from Dayton, Ohio, who had stopped for coffee.",
        "b.txt": "The victim, Margaret Ellison, 71, of Akron, Ohio, died at the scene, the coroner said on Wednesday.",
    }
    (found,) = _town_conflicts(tmp_path, texts)
    assert "'Akron' (b.txt)" in found and "'Dayton' (a.txt)" in found
    # another age: maybe another person
    texts["a.txt"] = texts["a.txt"].replace("71-year-old", "44-year-old")
    assert _town_conflicts(tmp_path, texts) == []


def test_one_persons_home_with_and_without_an_age_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": _CRASH.format(town="Dayton, Ohio"),
        "b.txt": _CRASH.format(town="Dayton, Ohio").replace("Tuesday evening", "Tuesday"),
        "c.txt": _CRASH.replace("Margaret Ellison, 71, of", "Margaret Ellison from").format(town="Akron, Ohio"),
    }
    assert _town_conflicts(tmp_path, texts) == [
        "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    ]


_ESCAPE = (
    "The prisoner made both warders drive to {town} on Monday, where he seized their radios, "
    "locked them in the van and fled on foot."
)


def test_where_someone_went_in_alike_sentences_is_one_slot(tmp_path: Path) -> None:
    texts = {
        "a.txt": _ESCAPE.format(town="Dayton, Ohio"),
        "b.txt": _ESCAPE.format(town="Dayton, Ohio").replace("on Monday", "on Monday morning"),
        "c.txt": _ESCAPE.format(town="the Akron area"),
    }
    assert _town_conflicts(tmp_path, texts) == [
        "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    ]


def test_another_person_of_the_same_age_is_no_slot(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Two men died in the crash on the motorway on Monday. One was a 36-year-old man from Dayton.",
        "b.txt": "Two men died in the crash on the motorway on Monday. The other was a 36-year-old man from Akron.",
    }
    assert _town_conflicts(tmp_path, texts) == []


def test_one_persons_home_said_as_where_they_lived_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": _CRASH.format(town="Dayton, Ohio"),
        "b.txt": _CRASH.format(town="Dayton, Ohio").replace("Tuesday evening", "Tuesday"),
        "c.txt": "Margaret Ellison, who lived a mile away in Akron, was rushed to hospital, where she died on Tuesday.",
    }
    assert _town_conflicts(tmp_path, texts) == [
        "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    ]
    # someone else's home
    texts["c.txt"] = texts["c.txt"].replace("Margaret Ellison, who lived", "Her son Paul Rourke, who lived")
    assert _town_conflicts(tmp_path, texts) == []


def test_the_homes_of_two_people_of_two_ages_tell_no_towns_apart(tmp_path: Path) -> None:
    texts = {
        "a.txt": "A 61-year-old Dayton man was charged on Saturday with killing his former boss at an office party.",
        "b.txt": "A 61-year-old Akron man was charged on Saturday with murder after an office party shooting. "
        "The victim, Ben Castell, 40, of Dayton, died at the scene.",
    }
    (found,) = _town_conflicts(tmp_path, texts)
    assert "'Akron' (b.txt)" in found and "'Dayton' (a.txt)" in found
    # the same age for both: the article may tell the two towns apart
    texts["b.txt"] = texts["b.txt"].replace("Castell, 40,", "Castell, 61,")
    assert _town_conflicts(tmp_path, texts) == []


def test_one_persons_birthplace_given_as_two_towns_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The actress died on Friday. Nora Vance was born on May 2, 1930, in Dayton, Ohio.",
        "b.txt": "The actress died on Friday at 91. Born in 1930 in Dayton, Ohio, Nora Vance left school at 15.",
        "c.txt": "The actress died on Friday, aged 91. Born in Akron, Nora Vance moved west in 1950.",
    }
    assert _town_conflicts(tmp_path, texts) == [
        "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    ]
    # someone else's birthplace
    texts["c.txt"] = "The actress died on Friday, aged 91. Her agent Tom Reyes was born in Akron in 1950."
    assert _town_conflicts(tmp_path, texts) == []


def test_a_home_read_inside_a_name_is_a_home(tmp_path: Path) -> None:
    texts = {
        "a.txt": _CRASH.format(town="Dayton, Ohio"),
        "b.txt": _CRASH.format(town="Dayton, Ohio").replace("Tuesday evening", "Tuesday"),
        "c.txt": "Margaret Ellison of Akron was struck by a delivery van on Tuesday evening outside a pharmacy.",
    }
    assert _town_conflicts(tmp_path, texts) == [
        "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    ]


def test_an_article_restating_an_unnamed_persons_home_as_another_town_tells_no_towns_apart(tmp_path: Path) -> None:
    texts = {
        "a.txt": "A 52-year-old Dayton woman was charged on Saturday with setting fire to her neighbour's barn.",
        "b.txt": "A 52-year-old Dayton woman was charged on Saturday with arson after a barn burned down overnight.",
        "c.txt": "52-year-old Dayton woman charged with arson\n"
        "A 52-year-old Akron woman was charged on Saturday with arson after a neighbour's barn burned down.",
    }
    (found,) = _town_conflicts(tmp_path, texts)
    assert "'Akron' (c.txt)" in found and "'Dayton' (a.txt, b.txt, c.txt)" in found
    # in one sentence, two people of one age
    texts["c.txt"] = (
        "A 52-year-old Akron woman and a 52-year-old Dayton woman were charged on Saturday with arson "
        "after a neighbour's barn burned down."
    )
    assert _town_conflicts(tmp_path, texts) == []


def test_an_unnamed_person_of_one_age_given_a_role_is_another_person(tmp_path: Path) -> None:
    # the man killed and the driver charged are two people of one age: the article tells the towns apart
    texts = {
        "a.txt": "A 19-year-old Dayton man was killed when the car hit a tree on Sunday. Police charged the"
        " driver, a 19-year-old Akron man, with drunken driving.",
        "b.txt": "A 19-year-old Dayton man died on Sunday when the car he was riding in hit a tree, police said.",
        "c.txt": "A 19-year-old Dayton man was killed in the crash on Sunday, police said.",
    }
    assert _town_conflicts(tmp_path, texts) == []


def test_a_restated_home_needs_the_same_noun_and_the_articles_opening(tmp_path: Path) -> None:
    base = {
        "a.txt": "A 52-year-old Dayton woman was charged on Saturday with setting fire to her neighbour's barn.",
        "b.txt": "A 52-year-old Dayton woman was charged on Saturday with arson after a barn burned down overnight.",
    }
    # a man and a woman of one age are two people
    texts = {
        **base,
        "c.txt": "52-year-old Dayton woman charged with arson\n"
        "A 52-year-old Akron man was charged on Saturday with arson after a neighbour's barn burned down.",
    }
    assert _town_conflicts(tmp_path, texts) == []
    # neither sentence opens the article
    texts["c.txt"] = (
        "Fire crews were called to a barn on Friday night.\nA 52-year-old Dayton woman was charged with arson.\n"
        "A 52-year-old Akron woman was charged on Saturday with arson after a neighbour's barn burned down."
    )
    (tmp_path / "x").mkdir()
    assert _town_conflicts(tmp_path / "x", texts) == []


def _compatible_homes(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    from factcheck.api import check

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f.explanation for f in check([tmp_path]).by_verdict(Verdict.COMPATIBLE) if "home" in f.explanation]


def test_one_persons_home_as_a_city_and_as_a_small_town_beside_it_is_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": _CRASH.format(town="Dayton, Ohio"),
        "b.txt": _CRASH.format(town="Dayton, Ohio").replace("Tuesday evening", "Tuesday"),
        "c.txt": "Margaret Ellison, who lived in Northridge, Ohio, was struck by a delivery van on Tuesday evening.",
    }
    (found,) = _compatible_homes(tmp_path, texts)
    assert found.startswith(
        "Margaret Ellison's home: 'Northridge' (c.txt) is a town near 'Dayton' (a.txt, b.txt), or part of it: "
        "said more precisely, not a different place"
    )
    assert _town_conflicts(tmp_path, texts) == []


def test_a_small_town_farther_from_the_city_is_no_district_of_it(tmp_path: Path) -> None:
    # a town of its own some 30 km from a state capital: the home is not given more precisely
    texts = {
        "a.txt": _CRASH.format(town="Columbus, Ohio"),
        "b.txt": _CRASH.format(town="Columbus, Ohio").replace("Tuesday evening", "Tuesday"),
        "c.txt": _CRASH.format(town="Delaware, Ohio"),
    }
    assert _compatible_homes(tmp_path, texts) == []


_HOLDUP = (
    "Two masked men held up a credit union in {town} on Friday afternoon and fled with the cash drawer, police said."
)
_HOLDUP_TOLD = (
    "Tellers were tied up and robbed at gunpoint when a credit union in {town} was hit, the sheriff's office said."
)


def test_the_same_thing_in_two_towns_in_unlike_sentences_is_one_slot(tmp_path: Path) -> None:
    texts = {
        "a.txt": _HOLDUP.format(town="Dayton, Ohio"),
        "b.txt": _HOLDUP.format(town="Dayton, Ohio").replace("Friday afternoon", "Friday"),
        "c.txt": _HOLDUP_TOLD.format(town="Akron, Ohio"),
    }
    (found,) = _town_conflicts(tmp_path, texts)
    assert found == "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    # another thing there is another slot
    texts["c.txt"] = _HOLDUP_TOLD.replace("a credit union", "a school").format(town="Akron, Ohio")
    assert _town_conflicts(tmp_path, texts) == []
    # a stretch of a town is in every town: no slot
    texts = {k: v.replace("credit union", "street").replace("school", "street") for k, v in texts.items()}
    assert _town_conflicts(tmp_path, texts) == []


_BOUT = "The champion kept his belt with a unanimous decision in the bout in {town}, where a record crowd watched."
_FOUGHT = "Judges scored it for the champion after the two men fought in {town} before a sellout crowd of fans."


def test_one_fight_told_by_noun_and_by_verb_is_one_slot(tmp_path: Path) -> None:
    texts = {
        "a.txt": _BOUT.format(town="Dayton, Ohio"),
        "b.txt": _BOUT.format(town="Dayton, Ohio").replace("a record crowd", "a crowd"),
        "c.txt": _FOUGHT.format(town="Akron, Ohio"),
    }
    (found,) = _town_conflicts(tmp_path, texts)
    assert found == "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    texts["c.txt"] = _FOUGHT.replace("fought", "trained").format(town="Akron, Ohio")
    assert _town_conflicts(tmp_path, texts) == []


_WON = "Tomas Reyes stopped Dmitri Oleksiuk in the fourth round on Saturday in {town} to keep his title."
_FLOORED = "Tomas Reyes dropped Dmitri Oleksiuk twice with left hooks before the referee waved it off in {town}."


def test_a_town_in_sentences_naming_the_same_two_people_is_one_slot(tmp_path: Path) -> None:
    texts = {
        "a.txt": _WON.format(town="Dayton, Ohio"),
        "b.txt": _WON.format(town="Dayton, Ohio").replace("to keep", "and kept"),
        "c.txt": _FLOORED.format(town="Akron, Ohio"),
    }
    (found,) = _town_conflicts(tmp_path, texts)
    assert found == "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    # one of the two only: one person is in many places
    texts["c.txt"] = _FLOORED.replace("Dmitri Oleksiuk", "a sparring partner").format(town="Akron, Ohio")
    assert _town_conflicts(tmp_path, texts) == []
    # a year: maybe another time the two met
    texts["c.txt"] = _FLOORED.replace("{town}", "{town} in 2009").format(town="Akron, Ohio")
    assert _town_conflicts(tmp_path, texts) == []


# Stories name two of a kind in two towns as a matter of course: none of these is one slot.
_TWO_OF_A_KIND = {
    # a fight planned elsewhere, and a brother's own fight
    "next fight": (
        "Okafor beat Reyes in their fight in {x} on Saturday, the promoter said.",
        "Okafor said he wants his next fight in {y} before the summer.",
    ),
    "his fight": (
        "Okafor beat Reyes in the fight in {x} on Saturday night, the promoter said.",
        "His brother, Emeka Okafor, won his fight in {y} on Friday night.",
    ),
    # two banks robbed by one man ("last week": another time)
    "banks": (
        "Investigators say Darnell Pruitt, 34, held up a bank in {x} on Monday and fled with about $4,000.",
        "Pruitt is accused of robbing a bank in {y} last week, police said.",
    ),
    # two hospitals: taken to one, moved to another (no slot from a hospital)
    "hospital": (
        "The teen was taken to a hospital in {x}, troopers said.",
        "The boy was flown to a hospital in {y}, where he remained in critical condition Monday.",
    ),
    # stops of one trip (no slot from a verb of going)
    "drove": (
        "Police said Corey Landis, 29, forced the woman into his truck and drove to {x}.",
        "Landis later drove to {y}, where officers found the woman unharmed.",
    ),
    "fled": (
        "Authorities said Corey Landis, 29, fled to {x} after the shooting.",
        "Landis fled to {y} on Friday, where he was arrested at a motel.",
    ),
    # a fight and the rematch: the same two people, another time and the other way round
    "rematch": (
        "Volkan beat Reggie Oyelaran on points in {x} before a crowd of 4,000.",
        "Oyelaran had knocked out Volkan in {y} last spring, and Volkan had sought the rematch since.",
    ),
    # two occasions of a couple: met is not married
    "couple": (
        "Ray Dunning met Lila Dunning in {x} when both worked at a pottery plant, their son said.",
        "Ray Dunning married Lila Dunning in {y} after he returned from the Army, relatives said.",
    ),
    # a similar attack is another
    "similar": (
        "Police said the attack in {x} was being investigated as a hate crime.",
        "Community leaders said they feared a repeat of a similar attack in {y}.",
    ),
    # two men (a person gives no slot)
    "man": (
        "Police arrested a man in {x} on Tuesday in the killing of a gas station clerk, officials said.",
        "Detectives also questioned a man in {y} who was seen with the suspect, police said.",
    ),
    # a current and a past school
    "school": (
        "A 16-year-old student was charged with bringing a loaded handgun to a school in {x}, police said.",
        "The teen came this winter from a school in {y}, where he was suspended, police said.",
    ),
}


def test_two_of_a_kind_in_two_towns_are_no_one_slot(tmp_path: Path) -> None:
    for case, (one, other) in _TWO_OF_A_KIND.items():
        texts = {
            "a.txt": one.format(x="Zanesville, Ohio"),
            "b.txt": one.format(x="Zanesville, Ohio").replace(" police said", " officers said"),
            "c.txt": other.format(y="Marietta, Ohio"),
        }
        (tmp_path / case).mkdir()
        assert _town_conflicts(tmp_path / case, texts) == [], case


def test_another_time_in_a_towns_clause_gives_no_slot(tmp_path: Path) -> None:
    # the same thing and the same two people fill one slot ...
    texts = {
        "a.txt": _HOLDUP.format(town="Dayton, Ohio"),
        "b.txt": _HOLDUP.format(town="Dayton, Ohio").replace("Friday afternoon", "Friday"),
        "c.txt": _HOLDUP_TOLD.format(town="Akron, Ohio"),
    }
    assert len(_town_conflicts(tmp_path, texts)) == 1
    # ... but not when the clause of either town tells of another time
    for apart in ("last month", "again", "earlier"):
        texts["c.txt"] = _HOLDUP_TOLD.format(town=f"Akron, Ohio {apart}")
        (tmp_path / apart).mkdir()
        assert _town_conflicts(tmp_path / apart, texts) == [], apart
    # (the next clause is another's: "and from then on" after a comma blocks nothing)
    texts["c.txt"] = _HOLDUP_TOLD.format(town="Akron, Ohio").replace(" was hit,", " was hit, and then")
    (tmp_path / "next").mkdir()
    assert len(_town_conflicts(tmp_path / "next", texts)) == 1


def test_two_people_fill_one_slot_only_when_one_did_the_same_to_the_other(tmp_path: Path) -> None:
    texts = {
        "a.txt": _WON.format(town="Dayton, Ohio"),
        "b.txt": _WON.format(town="Dayton, Ohio").replace("to keep", "and kept"),
        "c.txt": _FLOORED.format(town="Akron, Ohio"),
    }
    assert len(_town_conflicts(tmp_path, texts)) == 1
    # the other way round: the loser of one fight won another
    texts["c.txt"] = "Dmitri Oleksiuk dropped Tomas Reyes twice before the referee waved it off in Akron, Ohio."
    (tmp_path / "x").mkdir()
    assert _town_conflicts(tmp_path / "x", texts) == []
    # another deed: they trained together there
    texts["c.txt"] = "Tomas Reyes sparred Dmitri Oleksiuk for weeks in Akron, Ohio."
    (tmp_path / "y").mkdir()
    assert _town_conflicts(tmp_path / "y", texts) == []


def test_an_unnamed_persons_home_then_named_as_another_town_tells_no_towns_apart(tmp_path: Path) -> None:
    opening = "A delivery van struck and killed a 71-year-old Akron woman on Tuesday evening.\n"
    named = "Margaret Ellison, 71, of Dayton, Ohio, was crossing outside a pharmacy when she was hit."
    texts = {
        "a.txt": _CRASH.format(town="Dayton, Ohio"),
        "b.txt": _CRASH.format(town="Dayton, Ohio").replace("Tuesday evening", "Tuesday"),
        "c.txt": opening + named,
    }
    (found,) = _town_conflicts(tmp_path, texts)
    assert "'Akron' (c.txt)" in found and "'Dayton' (a.txt, b.txt, c.txt)" in found
    # someone given a role before the name may be another person of that age
    texts["c.txt"] = opening + "The victim, " + named
    assert _town_conflicts(tmp_path, texts) == []


_TWO_KILLED = (
    "MARIETTA, Ohio (AP) -- Two men were killed Sunday when their pickup trucks collided on State Route 7.\n"
    "A 66-year-old Zanesville man was driving north when his truck crossed the center line, troopers said. "
    "Harold Pike, 66, of Marietta, was {also}killed."
)


def test_a_second_person_of_one_age_is_no_restatement(tmp_path: Path) -> None:
    texts = {
        "a.txt": _TWO_KILLED.format(also="also "),
        "b.txt": "MARIETTA, Ohio (WTAP) -- Two men were killed Sunday in a head-on crash on State Route 7.\n"
        "A 66-year-old Zanesville man was pronounced dead at the scene. His name was not released.",
        "c.txt": "MARIETTA, Ohio (Times) -- A Marietta man was one of two people killed in a crash on State Route 7.\n"
        "Harold Pike, 66, of Marietta died at the scene, troopers said.",
    }
    # "also": two people of one age; a.txt tells the towns apart, and so the age ties b.txt to no one in c.txt
    assert _town_conflicts(tmp_path, texts) == []
    # without a word of a second one, the article restates one home (one of the two a likely slip)
    texts["a.txt"] = _TWO_KILLED.format(also="").replace("Two men were", "A man was").replace("their", "his")
    (tmp_path / "x").mkdir()
    (found,) = _town_conflicts(tmp_path / "x", texts)
    assert "'Zanesville' (a.txt, b.txt)" in found


def test_an_article_with_two_people_of_one_age_ties_that_age_to_no_one(tmp_path: Path) -> None:
    texts = {
        "a.txt": "MARIETTA, Ohio (AP) -- Two women died Sunday when a pickup truck struck their car on State Route 7.\n"
        "The driver of the car, a 66-year-old Zanesville woman, died at the scene. "
        "Helen Marsh, 66, of Marietta, a passenger, died later at a hospital.",
        "b.txt": "MARIETTA, Ohio (WTAP) -- Two women were killed Sunday in a head-on crash on State Route 7.\n"
        "The driver, a 66-year-old Zanesville woman, was pronounced dead at the scene.",
        "c.txt": "MARIETTA, Ohio (Times) -- A Marietta woman was among two people killed in a crash on State Route 7.\n"
        "Helen Marsh, 66, of Marietta died at Memorial Hospital, troopers said.",
    }
    assert _town_conflicts(tmp_path, texts) == []
    # no article gives both: the age is one person's
    del texts["a.txt"]
    (tmp_path / "x").mkdir()
    assert len(_town_conflicts(tmp_path / "x", texts)) == 1


def test_where_one_person_died_given_as_two_towns_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Nora Vance, the swimmer turned actress, died on Friday in Dayton, Ohio, her family said.",
        "b.txt": "Actress Nora Vance passed away in Dayton, Ohio. She was 91 and had retired in 1970.",
        "c.txt": "Nora Vance died peacefully in her sleep on Friday in Akron, her spokesman Tom Reyes announced.",
    }
    assert _town_conflicts(tmp_path, texts) == [
        "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    ]
    # someone else's death, and a death at another time, are other places
    texts["c.txt"] = "The actress was 91. Her agent Tom Reyes died in Akron in 2001."
    assert _town_conflicts(tmp_path, texts) == []
    texts["c.txt"] = "Nora Vance was 91. Nora Vance had a fall at home and later died in Toledo, her spokesman said."
    assert "'Toledo'" not in " ".join(_town_conflicts(tmp_path, texts))


_DEATH = (
    "DAYTON, Ohio, Aug. 5, 2025 (AP) -- A 33-year-old clerk shot during a robbery at a gas station on Monday night "
    "has died, police said.\n\nLena Holt died at Miami Valley Hospital in Dayton early Tuesday. "
    "The gunman took about $400 from the register, police said."
)


def test_where_someone_died_is_not_where_they_were_shot(tmp_path: Path) -> None:
    texts = {
        "a.txt": _DEATH,
        "b.txt": "AKRON, Ohio, Aug. 5, 2025 (WKYC) -- Lena Holt, 33, died early Tuesday after being shot in Akron "
        "during a gas station robbery on Monday night, police said.\n\nThe gunman took about $400 from the register.",
    }
    assert _town_conflicts(tmp_path, texts) == []
    # died there, at the scene or at a hospital: one place of death
    texts["b.txt"] = (
        "AKRON, Ohio, Aug. 5, 2025 (WKYC) -- A 33-year-old clerk shot during a gas station robbery on Monday night "
        "has died, police said. The gunman took about $400 from the register.\n\n"
        "Lena Holt, who was shot in the chest, died at the scene in Akron."
    )
    assert _town_conflicts(tmp_path, texts) == ["one place named as two towns? 'Akron' (b.txt) vs 'Dayton' (a.txt)"]


_OBITUARY = (
    "DAYTON, Ohio, April 8, 2025 (AP) -- Ruth Calder, a violinist who taught at the conservatory for 35 years, "
    "has died. She was 88.\n\nCalder died Sunday in Dayton, her daughter said. She recorded 14 albums of sonatas."
)


def test_a_death_of_another_of_the_family_or_another_year_is_no_slot(tmp_path: Path) -> None:
    other = (
        "DAYTON, Ohio, April 8, 2025 (Daily News) -- Ruth Calder, a violinist who recorded 14 albums and taught at "
        "the conservatory for 35 years, died Sunday. She was 88.\n\n{}"
    )
    texts = {"a.txt": _OBITUARY, "b.txt": other.format("Her husband, the painter Hugo Calder, died in Akron in 2009.")}
    assert _town_conflicts(tmp_path, texts) == []
    # her husband, even with no year: a surname alone is the one its article names in full
    texts["b.txt"] = other.format("Her husband, the painter Hugo Calder, died in Akron.")
    assert _town_conflicts(tmp_path, texts) == []
    # his death told in a clause about her: she is no subject of "died"
    texts["b.txt"] = other.format("Calder, whose husband died in Akron, taught until she was 80.")
    assert _town_conflicts(tmp_path, texts) == []
    # her own death given as another town
    texts["b.txt"] = (
        "DAYTON, Ohio, April 8, 2025 (Daily News) -- Ruth Calder, a violinist who recorded 14 albums and taught at "
        "the conservatory for 35 years, passed away peacefully on Sunday in Akron. She was 88."
    )
    assert _town_conflicts(tmp_path, texts) == ["one place named as two towns? 'Akron' (b.txt) vs 'Dayton' (a.txt)"]


def test_the_one_who_died_is_the_subject_of_died_not_a_name_beside_it(tmp_path: Path) -> None:
    texts = {
        "a.txt": "DAYTON, Ohio, Oct. 6, 2025 (AP) -- Two employees shot at a Dayton warehouse on Friday have died, "
        "police said.\n\nOtto Brandt, 58, died Saturday in Columbus, where he had been flown for surgery. "
        "The gunman, a former employee, was arrested at the scene.",
        "b.txt": "DAYTON, Ohio, Oct. 6, 2025 (WHIO) -- A second worker shot at a Dayton warehouse on Friday has died, "
        "police said. The gunman, a former employee, was arrested at the scene.\n\n"
        "Ida Moss, 44, who was shot alongside Otto Brandt, died at a hospital in Cincinnati on Sunday.",
    }
    assert _town_conflicts(tmp_path, texts) == []
    texts["b.txt"] = texts["b.txt"].replace("Ida Moss, 44, who was shot alongside Otto Brandt", "Otto Brandt, 58")
    assert _town_conflicts(tmp_path, texts) == [
        "one place named as two towns? 'Columbus' (a.txt) vs 'Cincinnati' (b.txt)"
    ]


def test_winds_that_died_down_are_no_death(tmp_path: Path) -> None:
    texts = {
        "a.txt": "DAYTON, Ohio, Aug. 19, 2025 (AP) -- A grass fire west of Dayton grew to 4,200 acres on Tuesday, "
        "officials said.\n\nFire Chief Ida Moss said the winds died down in Dayton by evening, letting crews "
        "build a line on the north flank.",
        "b.txt": "DAYTON, Ohio, Aug. 19, 2025 (WHIO) -- A grass fire that has burned 4,200 acres forced 900 homes to "
        "evacuate on Tuesday, officials said.\n\nIda Moss, the fire chief, said gusts that drove the flames all "
        "afternoon died down at Akron before sunset.",
    }
    assert _town_conflicts(tmp_path, texts) == []


_BAR_FIGHT = (
    "DAYTON, Ohio, May 12, 2025 (WHIO) -- Police arrested a man after a fight over a pool game outside a Main Street "
    "bar left another man dead early Sunday. Officers were called at 1:40 a.m.\n\n{}"
)


@pytest.mark.parametrize(
    "other",
    [
        # the victim's home and the suspect's
        "The Akron man, 24, was booked into the county jail on a charge of manslaughter.",
        # a second suspect of the same fight
        "An Akron man was charged with disorderly conduct after the fight, police said.",
        # a man of an earlier case
        "The bar lost its liquor license on Monday, when an Akron man was arrested after the brawl there.",
    ],
)
def test_two_unnamed_men_of_two_towns_are_two_men(tmp_path: Path, other: str) -> None:
    # "a Dayton man" and "the Akron man" with no name nor age: nothing tells they are one man
    texts = {
        "a.txt": "DAYTON, Ohio, May 12, 2025 (AP) -- Police said a Dayton man was arrested early Sunday after a fight "
        "over a pool game outside a Main Street bar left another man dead. Officers were called at 1:40 a.m.",
        "b.txt": _BAR_FIGHT.format(other),
    }
    assert _town_conflicts(tmp_path, texts) == []


@pytest.mark.parametrize(
    "death",
    [
        "Lena Holt died of wounds she suffered in Akron during the robbery, police said.",
        "Lena Holt passed away from complications of a fall in Akron, her family said.",
        "Lena Holt was named for her mother, Lena Holt, who died in Akron when the girl was five.",
    ],
)
def test_where_the_harm_was_done_or_a_relative_died_is_no_place_of_death(tmp_path: Path, death: str) -> None:
    texts = {"a.txt": _DEATH, "b.txt": f"AKRON, Ohio, Aug. 5, 2025 (WKYC) -- {death}"}
    assert "'Akron'" not in " ".join(_town_conflicts(tmp_path, texts))


@pytest.mark.parametrize(
    "death",
    [
        "Lena Holt died of her injuries at a hospital in Akron early Tuesday, police said.",
        "Tom Holt's wife, Lena Holt, died early Tuesday in Akron, police said.",
    ],
)
def test_where_someone_died_of_injuries_or_introduced_by_kin_is_still_a_place_of_death(
    tmp_path: Path, death: str
) -> None:
    texts = {"a.txt": _DEATH, "b.txt": f"AKRON, Ohio, Aug. 5, 2025 (WKYC) -- {death}"}
    assert "'Akron'" in " ".join(_town_conflicts(tmp_path, texts))


_CHAPEL = {
    "a.txt": "Police charged Kurt Malloy, 52, of Dayton, Ohio, on Monday with setting fire to the Grace Chapel on Elm "
    "Street.",
    "b.txt": "Kurt Malloy, 52, of Dayton, Ohio, appeared in court on Monday accused of burning down the Grace "
    "Chapel on Elm Street.",
    "c.txt": "A man was charged on Monday over the fire that destroyed the Grace Chapel on Elm Street. Kurt Malloy "
    "denies the charge, his lawyer said. Prosecutors said the Akron man bought fuel hours before the fire, and "
    "that Malloy was seen near the chapel. The case against Malloy is weak, the lawyer said.",
}


def test_the_home_of_someone_told_of_given_as_a_town_no_other_report_names_is_a_conflict(tmp_path: Path) -> None:
    # "the Akron man": someone the article told of, the one it names most, whose home two others give
    assert _town_conflicts(tmp_path, _CHAPEL) == [
        "one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt, b.txt)"
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("the Akron man", "an Akron man"),  # someone not told of before: maybe another
        ("Grace Chapel on Elm Street.", "Grace Chapel on Elm Street. Lena Roark of Akron saw the fire."),
        # another named as often: which of the two it means is not known
        ("Malloy was seen near the chapel", "Lena Roark saw him near the chapel, a statement Roark repeated"),
    ],
)
def test_a_definite_home_needs_one_person_named_most_and_a_town_no_other_report_names(
    tmp_path: Path, old: str, new: str
) -> None:
    texts = dict(_CHAPEL)
    target = "a.txt" if "Lena Roark of" in new else "c.txt"
    texts[target] = texts[target].replace(old, new)
    assert texts[target] != _CHAPEL[target]
    assert _town_conflicts(tmp_path, texts) == []


def test_a_definite_home_with_an_age_needs_one_report_giving_an_age_a_year_apart(tmp_path: Path) -> None:
    # one report alone gives Malloy's home; "the 53-year-old Akron man" ties to "Kurt Malloy, 52, of Dayton"
    texts = {"a.txt": _CHAPEL["a.txt"], "c.txt": _CHAPEL["c.txt"].replace("the Akron man", "the 53-year-old Akron man")}
    assert _town_conflicts(tmp_path, texts) == ["one place named as two towns? 'Akron' (c.txt) vs 'Dayton' (a.txt)"]


@pytest.mark.parametrize("man", ["the Akron man", "the 58-year-old Akron man"])
def test_a_definite_home_against_one_report_needs_an_age_a_year_apart(tmp_path: Path, man: str) -> None:
    # no age, or an age six years from the one given: a second report is needed, as before
    texts = {"a.txt": _CHAPEL["a.txt"], "c.txt": _CHAPEL["c.txt"].replace("the Akron man", man)}
    assert _town_conflicts(tmp_path, texts) == []
