"""Clock times a report gives otherwise: a lone time against the time the others agree on, in
whatever group the words around each put it (``judge_times.time_outliers``), and two times of one
sentence whose names beside them differ but are written in both sentences. Invented sentences."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import ClaimKind, Finding, Verdict

STORY = (
    "A cyclist died after he was struck by a delivery van on the canal towpath in Dunmore on Tuesday. "
    "The driver, a 44-year-old man, stopped and was later arrested on suspicion of careless driving. "
    "Paramedics treated the cyclist at the scene but he died in hospital. "
    "The towpath was closed for several hours while officers examined the van. "
)
LONE = {
    "a.txt": STORY + "The cyclist was riding beside the lock at about 7 p.m. on Tuesday, a witness said.",
    "b.txt": STORY + "He was cycling near the old lock gates at around 7 p.m. when the delivery van came off the lane.",
    "c.txt": STORY + "Witnesses said the crash happened around 7 p.m. as the light faded.",
    "d.txt": STORY + "Police said the cyclist was passing the lock around 10 p.m. when the van hit him.",
    "e.txt": "The council said on Wednesday it would review lighting on 12 miles of the path.",
    "f.txt": "Friends described the cyclist, 31, as a keen club rider.",
    "g.txt": "The van driver, 44, was released on bail on Wednesday pending further inquiries.",
}
"""Three of seven articles write "lock": not a word of the whole story ("delivery", "towpath": four
articles' of seven)."""


def _time_findings(folder: Path, articles: dict[str, str]) -> list[Finding]:
    from factcheck.api import check

    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [f for f in check([folder]).findings if f.kind is ClaimKind.TIME]


def test_a_lone_time_in_other_words_conflicts_with_the_time_the_others_give(tmp_path: Path) -> None:
    # the words right around "around 10 p.m." are not those around the others' "7 p.m.", so the
    # times fall in two groups; the sentences still share "cyclist" and "lock" (a), "lock" and "van" (b)
    times = _time_findings(tmp_path, LONE)
    (conflict,) = [f for f in times if f.verdict is Verdict.CONFLICT]
    assert "d.txt" in {c.location.article for c in conflict.claims}
    assert {c.display for c in conflict.claims if c.location.article == "d.txt"} == {"about 22:00"}
    assert "in sentences alike" in conflict.explanation and "cyclist, lock" in conflict.explanation
    assert "only d.txt gives about 22:00" in conflict.explanation


def test_a_lone_time_of_an_article_giving_the_others_time_too_is_another_moment(tmp_path: Path) -> None:
    both = dict(LONE)
    both["d.txt"] = STORY + (
        "Police said the van reached the lock around 7 p.m. The cyclist was passing the lock around 10 p.m. "
        "when the van hit him."
    )
    assert not [f for f in _time_findings(tmp_path, both) if f.verdict is Verdict.CONFLICT]


def test_a_lone_time_against_one_other_article_is_left_alone(tmp_path: Path) -> None:
    two = {name: text for name, text in LONE.items() if name not in ("b.txt", "c.txt")}
    assert not [f for f in _time_findings(tmp_path, two) if f.verdict is Verdict.CONFLICT]


def test_a_lone_time_sharing_only_the_story_s_words_is_another_moment(tmp_path: Path) -> None:
    # every article writes "firefighters" and "warehouse": leaving it at 9 a.m. is not being called at 6
    fire = (
        "A fire destroyed a furniture warehouse on the edge of Dunmore on Monday. Nobody was hurt. The cause "
        "is not yet known, the fire service said. Roads near the industrial estate were closed for the day. "
    )
    articles = {
        "a.txt": fire + "Firefighters were called to the warehouse at 6 a.m. on Monday.",
        "b.txt": fire + "Six crews of firefighters were called to the burning warehouse at 6 a.m.",
        "c.txt": fire + "Firefighters left the warehouse at 9 a.m. after damping down.",
    }
    assert not [f for f in _time_findings(tmp_path, articles) if f.verdict is Verdict.CONFLICT]


def test_a_time_whose_names_differ_but_are_in_both_sentences_conflicts(tmp_path: Path) -> None:
    # the names beside the times differ (store, street / town), but the town is in both sentences
    articles = {
        "a.txt": "The fire service was called at 09:00 BST to the Grainger store in Mill Street, Dunmore, on Sunday.",
        "b.txt": "The fire service was called at approximately 06:00 BST to the store on Dunmore's main street.",
    }
    (conflict,) = [f for f in _time_findings(tmp_path, articles) if f.verdict is Verdict.CONFLICT]
    assert {c.display for c in conflict.claims} == {"09:00 BST", "about 06:00 BST"}
    # no name of one sentence in the other: two stores, maybe two fires
    other = dict(articles, **{"b.txt": articles["b.txt"].replace("Dunmore's main street", "Kelso's main road")})
    assert not [f for f in _time_findings(tmp_path / "other", other) if f.verdict is Verdict.CONFLICT]
