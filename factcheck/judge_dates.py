"""Judging dates and clock times: when two different dates are of one event, and so a conflict.

Two reports that give different days for one event contradict each other; two that give days of
two events (a firing and a hiring) do not, and most different dates in a story are of different
events. ``judge.conflict_candidate`` compares two dates only on strong evidence that they are of
one event; this module adds two kinds of it, each with an explanation a reader can check:

- ``one_event_told_otherwise``: the clauses of both dates name the same event
  (``date_events.date_event``: "was fired Monday" / "fired him on Saturday"), in alike words, the
  dates near enough to be one event's (``DATE_REACH``);
- ``outlier_links``: a date one article alone gives, against the date two or more other articles
  give in alike words for no other event ("3 other articles give Saturday ...; only d.txt gives
  Monday");
- ``split_links``: two dates, each given by two or more articles for one named event ("2021-03-03
  (a.txt, b.txt) and 2021-03-04 (c.txt, d.txt) for one event ('sank' / 'sinking')").
"""

from __future__ import annotations

from factcheck.date_events import EVENT_WORDS, date_event, event_and_word, same_event
from factcheck.dates import REPORT_KEY
from factcheck.events import ArticleFacts
from factcheck.judge import OPEN_TIME_QUALIFIERS, _Link, values_overlap
from factcheck.match import similarity
from factcheck.models import Claim, ClaimKind

__all__ = [
    "DATE_REACH",
    "EVENT_WORD_LINK",
    "OUTLIER_BACKING",
    "OUTLIER_LINK",
    "SPLIT_BACKING",
    "event_reason",
    "one_event_told_otherwise",
    "outlier_links",
    "split_links",
    "within_reach",
]

EVENT_WORD_LINK = (0.3, 3)
"""(similarity, shared words) from which two dates whose clauses name the same event ("was fired
Monday" / "fired him on Saturday": ``date_events.date_event``) are of one event: words as alike
as dates of different precision need to be compatible (``judge.COMPATIBLE_LINK``), the event word
being the evidence a conflict needs beyond that. On the dev stories it adds no conflict and no
false alarm from 0.2 to 0.5 (the pairs of one event word there are held apart by ``DATE_REACH`` or
by their names: a player's retirement and his shirt's); on the mutation self-test it catches 7
moved dates more (at 0.5: 4)."""
DATE_REACH = {"day": 7, "range": 7, "month": 183, "year": 3 * 366}
"""Days between two dates of one event told otherwise, at most, by the coarser granularity: a
week for days, half a year for months, three years for years. Dates further apart are of two
events (a coach named in one year, fired in another); weeks ("last week") and decades are too
vague to contradict a date. On the dev stories, twice these reaches add a false alarm (a month
read in the year of each report's publication) and catch nothing more."""


def one_event_told_otherwise(x: Claim, y: Claim) -> bool:
    """Whether two disjoint dates are of one event by the words of their clauses: the same event
    word (``date_events.date_event``: "fired", "died", "sentenced"), words alike enough
    (``EVENT_WORD_LINK``), no bound ("since", "until"), both or neither the day of a statement, the
    same names (or none on both sides), and no further apart than ``DATE_REACH``."""
    if x.qualifier or y.qualifier or (x.key == REPORT_KEY) != (y.key == REPORT_KEY):
        return False
    if not same_event(date_event(x.sentence, x.surface), date_event(y.sentence, y.surface)):
        return False
    score, shared = similarity(x, y)
    if score < EVENT_WORD_LINK[0] or shared < EVENT_WORD_LINK[1]:
        return False
    names_x, names_y = set(x.names), set(y.names)
    return (bool(names_x & names_y) or not (names_x or names_y)) and within_reach(x, y)


def within_reach(x: Claim, y: Claim) -> bool:
    """Whether two dates are close enough to be one event's (``DATE_REACH``). Two days kept as
    symbols (weekdays of undated reports) are; a symbol and a resolved date are not known to be."""
    if x.value is None or y.value is None:
        return x.value is None and y.value is None and {x.granularity, y.granularity} <= {"day", "weekday"}
    reach_x, reach_y = DATE_REACH.get(x.granularity), DATE_REACH.get(y.granularity)
    (xl, xh), (yl, yh) = (x.value.low, x.value.high), (y.value.low, y.value.high)
    if reach_x is None or reach_y is None or xl is None or xh is None or yl is None or yh is None:
        return False  # a week, a decade, an open span
    return max(xl - yh, yl - xh) <= max(reach_x, reach_y)


def event_reason(x: Claim, y: Claim) -> str:
    """For two dates given for one event word, what says so ("both for 'fired' / 'fired'"), else ""."""
    (ex, wx), (ey, wy) = event_and_word(x.sentence, x.surface), event_and_word(y.sentence, y.surface)
    return f"both are the day of one event ({wx!r} / {wy!r})" if same_event(ex, ey) else ""


OUTLIER_BACKING = 2
"""Other articles that must give one date (or clock time) of alike words for a lone article's other
date to be a conflict with it (``outlier_links``). On the dev stories, 2 and 3 add no conflict and
no false alarm; 2 catches two moved dates of the mutation self-test more."""
OUTLIER_LINK = (0.3, 3)
"""(similarity, shared words) each of those pairs needs: as alike as compatible dates
(``judge.COMPATIBLE_LINK``), looser than ``judge.DATE_SAME_WORDS`` since several articles back the
other date. On the dev stories (0.2, 2) adds four false conflicts (all false alarms) and no true
one, for one moved date more caught; (0.3, 3) and (0.4, 3) add none."""


def outlier_links(
    classes: list[list[Claim]], links: dict[tuple[int, int], _Link], facts: ArticleFacts | None = None
) -> None:
    """Add conflicts of a date (or clock time) that one article alone gives against the date that
    ``OUTLIER_BACKING`` or more other articles give in alike words ("sentenced Monday" where three
    reports say "sentenced Saturday"): the others agree on the day of one event, so the lone
    article's day is of that event too, told otherwise. Pairs are those ``_outlier_pair`` allows;
    a lone date already in conflict with another class is left as it is. When the lone article
    gives the others' date too (elsewhere, maybe of another event), only pairs with one event of
    the lexicon beside both dates count (``_named_alike``): on the dev stories, counting every pair
    then adds three false conflicts; these, none (and the mutation self-test catches 1-2 more)."""
    stated_by = [{c.location.article for c in cls} for cls in classes]
    need_score, need_shared = OUTLIER_LINK
    for w, lone in enumerate(classes):
        if len(stated_by[w]) != 1:
            continue
        best: tuple[int, int, tuple[Claim, Claim], list[str]] | None = None
        for v, many in enumerate(classes):
            if v == w or len(stated_by[v] - stated_by[w]) < OUTLIER_BACKING:
                continue
            both = bool(stated_by[w] & stated_by[v])  # the lone article gives the others' date too
            key = (min(v, w), max(v, w))
            if key in links and links[key].disjoint is not None:
                best = None
                break
            backing: dict[str, tuple[float, int, Claim, Claim]] = {}
            for x in lone:
                for y in many:
                    if not _outlier_pair(x, y, facts) or (both and not _named_alike(x, y)):
                        continue
                    score, shared = similarity(x, y)
                    if score < need_score or shared < need_shared:
                        continue
                    art = y.location.article
                    if art not in backing or (score, shared) > backing[art][:2]:
                        backing[art] = (score, shared, x, y)
            if len(backing) < OUTLIER_BACKING:
                continue
            top = max(backing.values(), key=lambda t: (t[0], t[1]))
            pair = (top[2], top[3])
            if best is None or len(backing) > best[0]:
                best = (len(backing), v, pair, sorted(backing))
        if best is None:
            continue
        count, v, (x, y), arts = best
        key = (min(v, w), max(v, w))
        link = links.setdefault(key, _Link())
        link.disjoint = (x, y) if w < v else (y, x)
        shown = ", ".join(arts[:3]) + (" ..." if len(arts) > 3 else "")
        link.reason = (
            f"{count} other articles give {y.display} in alike words ({shown}); "
            f"only {x.location.article} gives {x.display}"
        )


def _named_alike(x: Claim, y: Claim) -> bool:
    """Whether the same event of the lexicon stands beside two dates ("sentenced Monday" /
    "sentenced on Saturday")."""
    ex = date_event(x.sentence, x.surface)
    return ex in _NAMED and same_event(ex, date_event(y.sentence, y.surface))


def _outlier_pair(x: Claim, y: Claim, facts: ArticleFacts | None) -> bool:
    """Whether a lone article's date ``x`` and another's ``y`` may be of one event: disjoint values,
    neither a bound ("since 2009", "by 4 p.m."), both or neither the day of a statement, no two
    events named, no two different sets of names unless one event word stands beside both (as
    outweighing capitalised words around: two moved dates more caught, no false conflict on the dev
    stories), dates within reach (``DATE_REACH``), and articles that report one event or share
    facts enough as a pair (``ArticleFacts.may_share``: the other articles' agreement is the
    evidence here, so a split of the run into events is not needed: with ``same_event``, five moved
    dates fewer are caught and no false conflict less on the dev stories)."""
    if x.location.article == y.location.article or values_overlap(x, y) is not False:
        return False
    if x.kind is ClaimKind.DATE and (x.qualifier or y.qualifier):
        return False
    if x.kind is ClaimKind.TIME and {x.qualifier, y.qualifier} & OPEN_TIME_QUALIFIERS:
        return False
    if (x.key == REPORT_KEY) != (y.key == REPORT_KEY):
        return False
    ex, ey = date_event(x.sentence, x.surface), date_event(y.sentence, y.surface)
    if (ex in _NAMED or ey in _NAMED) and not same_event(ex, ey):
        return False  # two events, one of them named ("arrested Monday" / "sentenced Saturday")
    names_x, names_y = set(x.names), set(y.names)
    if names_x and names_y and not names_x & names_y and not same_event(ex, ey):
        return False  # other names, and no one event word to outweigh them
    if x.kind is ClaimKind.DATE and not within_reach(x, y):
        return False
    return facts is None or facts.may_share(x.location.article, y.location.article)


_NAMED = frozenset(EVENT_WORDS.values())
"""Events of the lexicon. Two event words tell two events only when one of them is of it and the
other is not that event, nor kin ("was arrested Monday" / "sentenced Saturday"): two verbs outside
it are two wordings as likely as two events ("foiled an attack" / "prevented an attack"). On the
dev stories, reading any two different event words as two events catches four moved dates fewer
and no false conflict less."""


SPLIT_BACKING = 2
"""Articles on each side of a split over one named event's date (``split_links``). On the dev
stories, 2 adds one true conflict (a sinking dated a day apart by two reports against two) and no
false one; 1 adds three false conflicts more; 3 none."""


def split_links(
    classes: list[list[Claim]], links: dict[tuple[int, int], _Link], facts: ArticleFacts | None = None
) -> None:
    """Add conflicts of two dates each given by ``SPLIT_BACKING`` or more articles for one named
    event of the lexicon ("sank on March 3" / "the March 4 sinking"), within reach and between
    articles that may report one event (``_outlier_pair``): the reports are split over the day of
    one event, whatever other words they use. The conflict shows the pair that decides it; each
    side's agreement is a finding of its own, and the explanation names the articles of each."""
    stated_by = [{c.location.article for c in cls} for cls in classes]
    for w, first in enumerate(classes):
        if len(stated_by[w]) < SPLIT_BACKING:
            continue
        for v in range(w + 1, len(classes)):
            second = classes[v]
            if len(stated_by[v]) < SPLIT_BACKING or stated_by[w] & stated_by[v]:
                continue
            if (w, v) in links and links[(w, v)].disjoint is not None:
                continue
            side_w: set[str] = set()
            side_v: set[str] = set()
            pick: tuple[Claim, Claim] | None = None
            for x in first:
                for y in second:
                    ex = date_event(x.sentence, x.surface)
                    if ex not in _NAMED or date_event(y.sentence, y.surface) != ex:
                        continue
                    if not _outlier_pair(x, y, facts):
                        continue
                    side_w.add(x.location.article)
                    side_v.add(y.location.article)
                    pick = pick or (x, y)
            if pick is None or len(side_w) < SPLIT_BACKING or len(side_v) < SPLIT_BACKING:
                continue
            link = links.setdefault((w, v), _Link())
            link.disjoint, link.pair_only = pick, True
            x, y = pick
            wx, wy = event_and_word(x.sentence, x.surface)[1], event_and_word(y.sentence, y.surface)[1]
            link.reason = (
                f"{x.display} ({', '.join(sorted(side_w))}) and {y.display} ({', '.join(sorted(side_v))}) "
                f"for one event ({wx!r} / {wy!r})"
            )
