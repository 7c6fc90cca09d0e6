"""One named thing given two colours, one vessel two classes (judge_colours)."""

from __future__ import annotations

from pathlib import Path

_CRASH = "Police said the woman was struck on Friday night on Elm Street in Leeds by a {colour} Ford Focus that fled."
_SEEN = (
    "A {colour} Ford Focus hit a woman on Elm Street in Leeds on Friday night and drove off, witnesses told reporters."
)
_SOUGHT = (
    "Police in Leeds seek the driver of a {colour} Ford Focus after the woman was struck on Elm Street on Friday night."
)


def _colour_findings(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str]]:
    from factcheck.api import check

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    return sorted((f.verdict.value, f.explanation) for f in report.findings if f.key.startswith(("colour:", "class:")))


def test_one_thing_given_two_colours_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": _CRASH.format(colour="grey"),
        "b.txt": _SEEN.format(colour="gray 2013"),
        "c.txt": _SOUGHT.format(colour="silver"),
    }
    assert _colour_findings(tmp_path, texts) == [
        ("agree", "2 articles agree: the Ford Focus is grey"),
        ("conflict", "the Ford Focus is grey (a.txt, b.txt) vs silver (c.txt): one thing, one colour"),
    ]


def test_shades_of_one_colour_or_two_things_of_one_name_are_no_conflict(tmp_path: Path) -> None:
    texts = {"a.txt": _CRASH.format(colour="dark blue"), "b.txt": _SEEN.format(colour="blue")}
    assert _colour_findings(tmp_path, texts) == [("agree", "2 articles agree: the Ford Focus is blue")]
    # an article colouring the thing two ways speaks of two of them
    texts["b.txt"] = _SEEN.format(colour="red") + " A white Ford Focus was parked nearby."
    assert _colour_findings(tmp_path, texts) == []
    # a colour word inside a name is the name's
    texts = {"a.txt": _CRASH.format(colour="Red Cross"), "b.txt": _SEEN.format(colour="White Star")}
    assert [v for v, _ in _colour_findings(tmp_path, texts)] == []


def test_one_vessel_given_two_classes_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The frigate HMS Kestrel seized a pirate skiff off the coast on Monday.",
        "b.txt": "Sailors from the stealth frigate HMS Kestrel boarded the skiff and seized rifles.",
        "c.txt": "Patrol vessel HMS Kestrel intercepted three pirate boats in the gulf on Monday.",
        "d.txt": "The warship HMS Kestrel later sailed on to port.",
    }
    assert _colour_findings(tmp_path, texts) == [
        ("agree", "2 articles agree: the HMS Kestrel is called a frigate"),
        (
            "conflict",
            "the HMS Kestrel is called a frigate (a.txt, b.txt) vs patrol vessel (c.txt): one thing, one class",
        ),
    ]
