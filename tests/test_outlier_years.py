"""A lone report's year or day against the one other reports agree on (``judge_dates.outlier_links``):
years of a story's background told by one verb, or in near-identical words, and digits swapped."""

from pathlib import Path

from factcheck.api import check
from factcheck.models import Verdict


def _corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _date_conflicts(tmp_path: Path, texts: dict[str, str]):
    report = check([_corpus(tmp_path, texts)])
    return [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind.value == "date"]


_MILL = {
    "a.txt": "The Harrow Lane mill in Kelby, which opened in {a} and employs 300 people, will close in the spring.",
    "b.txt": "Owners said the Harrow Lane mill in Kelby, which opened in {b}, will shut its doors in the spring.",
    "c.txt": "The Kelby site on Harrow Lane opened in {c} as a cotton mill, and will close in the spring.",
    "d.txt": "Angry workers heard on local radio that the old mill, opened in {d} by a Kelby family, had no future.",
}


def test_a_lone_year_told_by_the_same_verb_as_the_others_conflicts(tmp_path):
    # "opened" is no event of the lexicon, but the same verb beside every year, backed by three reports
    texts = {name: text.format(a=1958, b=1958, c=1958, d=1956) for name, text in _MILL.items()}
    (found,) = _date_conflicts(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"1958", "1956"}
    assert "only d.txt gives 1956" in found.explanation


def test_a_lone_year_with_its_digits_swapped_conflicts(tmp_path):
    # 1985 is decades from 1958, beyond the reach of one event's years, but a slip of the pen
    texts = {name: text.format(a=1958, b=1958, c=1958, d=1985) for name, text in _MILL.items()}
    (found,) = _date_conflicts(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"1958", "1985"}
    # a digit replaced is no slip: two dates decades apart stay unjudged
    texts = {name: text.format(a=1958, b=1958, c=1958, d=1988) for name, text in _MILL.items()}
    assert _date_conflicts(tmp_path, texts) == []


_ALBUM = {
    "a.txt": "Her earlier albums are Salt Roads (2009) and Low Tide ({a}), both made in Ardley.",
    "b.txt": "Dunmore made Salt Roads (2009) and Low Tide ({b}) in Ardley.",
    "c.txt": "The singer has toured every year since her breakthrough in {c}.",
    "d.txt": "Dunmore, whose albums include Low Tide ({d}), was raised in Ardley.",
}


def test_a_lone_year_told_in_the_same_words_as_the_others_conflicts(tmp_path):
    texts = {name: text.format(a=2011, b=2011, c=2011, d=2013) for name, text in _ALBUM.items()}
    # too few words for one report's year against another's (judge.DATE_SAME_WORDS), no verb, but the
    # same words around the year in two reports
    (found,) = _date_conflicts(tmp_path, texts)
    assert {c.surface for c in found.claims} == {"2011", "2013"}
    assert "2 other articles give 2011 in alike words (a.txt, b.txt)" in found.explanation


_CUP = {
    "a.txt": "The Verrin Cup starts on {a} June 2031 in Castelmoor, with sixteen teams taking part.",
    "b.txt": "Sixteen teams will take part in the Verrin Cup, which starts on {b} June 2031 in Castelmoor.",
    "c.txt": "The Verrin Cup in Castelmoor starts on {c} June 2031 and runs for three weeks.",
    "d.txt": "Castelmoor hosts the Verrin Cup, which starts on {d} June 2031, for the first time.",
}


def test_a_lone_day_with_its_digits_swapped_conflicts(tmp_path):
    texts = {name: text.format(a=12, b=12, c=12, d=21) for name, text in _CUP.items()}
    (found,) = _date_conflicts(tmp_path, texts)
    assert {c.surface for c in found.claims} >= {"12 June 2031", "21 June 2031"}
    # days of one month a digit apart are no slip: a week and more apart, maybe two events
    texts = {name: text.format(a=12, b=12, c=12, d=22) for name, text in _CUP.items()}
    assert _date_conflicts(tmp_path, texts) == []


_FIRM = {
    "a.txt": "Dunmore Foods will cut 300 jobs. The company was founded in {a} by baker Owen Dunmore in Harwell.",
    "b.txt": "Dunmore Foods said 300 jobs would go. The firm was founded in {b} by Owen Dunmore.",
    "c.txt": "Dunmore Foods, founded in {c}, will cut 300 jobs in Harwell.",
    "d.txt": "Dunmore Foods will cut 300 jobs. Its American arm, Dunmore Foods USA, was founded in {d}.",
}


def test_a_year_with_digits_swapped_of_another_named_subject_is_no_slip(tmp_path):
    # the American arm's founding, decades later, is another fact: a name the others lack, no slip of the pen
    texts = {name: text.format(a=1958, b=1958, c=1958, d=1985) for name, text in _FIRM.items()}
    assert _date_conflicts(tmp_path, texts) == []
