"""Two organisations or two named facilities given for one role (mentions of organisations, named
things and places).

Articles name many bodies; two of them are no conflict in themselves. A body is taken for the holder
of a role only where the words right beside its name say so (``_roles``):

- a deed done by it: "organised by X", "X, which runs the trams", "X organised the march", "X is
  leading the investigation", "X, which investigates accidents" (an investigation it leads or makes
  by trade, not "X is investigating": ``_held``);
- a role noun in apposition: "X, the contractor that maintains ...", "the organisers, X", "the IT
  contractor X" ("X, the supplier confirmed" is no apposition: ``_APPOSED_END``);
- for a named facility (its last word a hospital's, a hospice's, an airport's: ``FACILITY_WORDS``),
  where someone was taken or treated ("flown to X", "treated at X"), died ("died at X") or a flight
  was diverted ("diverted to X"); not in a sentence telling of a move ("later", "transferred":
  ``_MOVED``).

One role in a story is taken for one holder only when everything says so: the role is filled by
exactly two bodies across the articles (a third makes it a role of many), one named for it in two or
more articles; no article names both anywhere (a name of one word, a town in the other's name, is
not the body: ``_names``); neither is written in a list or beside many ("X and Y", "also", "together
with", "including", "other", "counter", "rival": ``_MANY``; a police force beside a body is not
many: ``_WITH_POLICE``); sentences telling of another time (a year, "last year", "former":
``_OTHER_TIME``) give no role; and for roles held for many (``SAME_WHOM``: the organiser, the
investigator, the owner, the operator, the supplier, the adviser, the hospital someone was taken
to...) the two bodies hold it for the same thing or person, a content word shared, days and times
aside ("which owns the quarry" / "which owns the land": two owners; "the march in X was organised
by" / "the rally in Y was organised by": two events; "investigation into the crash" / "into the
deaths": two investigations; "the driver was taken to X" / "a passenger was flown to Y": two
patients; "he" matches a name). Two names are one body when one's words hold the other's ("the Navy"
/ "the Indian Navy"), one is the other's initials, or they are spelled alike (``judge_mentions``
tells spellings). Police forces hold no investigation (they investigate beside everyone). The
finding names both, the role and the articles of each.

Measured: the 24 dev stories unchanged (conflict 90/98, 85/133; it raises no finding on them), leave
one story out unchanged (81/133, 86/93), seed unchanged, self-test unchanged (311/436), noise 3 ->
3, the BBC folder (2,225 unrelated articles in one folder) 661 -> 661 conflicts; the invented sets
conflict found 506 -> 512 of 978, right 521 -> 527 of 590 -> 596 (tuned 366 -> 372 of 636, precision
377/422 -> 383/428; held-out unchanged 140/342, 144/168): the organiser of a march, the owner of a
mine, the contractor whose login was used, the body leading an investigation, the hospital a guard
was flown to, the hospice where someone died. A regulator slot ("reported the breach to X", "X,
which regulates ...") was dropped: a firm reports to several regulators ("the data authority" / "the
financial conduct office, which regulates its lending") and the one invented regulator conflict it
found was not worth that.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from factcheck.judge import dedupe, make_finding
from factcheck.judge_common import articles_of
from factcheck.judge_common import arts_named as _arts
from factcheck.models import Claim, Finding, Severity, Verdict
from factcheck.places import fold

__all__ = ["slot_conflicts"]

FACILITY_WORDS = {
    "care": frozenset("hospital hospitals infirmary clinic hospice centre center institute sanatorium".split()),
    "airport": frozenset("airport airfield aerodrome".split()),
}
"""Last words of a named facility, by the kind of role it can hold (a "Medical Center" is care)."""

_ROLE_WORDS: dict[str, str] = {
    "investigator": r"investigat(?:es|ed|ing|ion|or|ors)|inquir(?:y|ies)",
    "operator": r"operat(?:or|ors|es|ed)|runs|ran",
    "supplier": r"suppl(?:ier|iers|ies|ied)|contractor|vendor|maintains|maintained",
    "organiser": r"organi[sz](?:er|ers|ed|es)",
    "adviser": r"advis(?:er|ers|or|ors|ed|es|ing)",
    "owner": r"own(?:er|ers|s|ed)",
    "insurer": r"insur(?:er|ers|es|ed)",
    "auditor": r"audit(?:or|ors|s|ed)",
}
"""Words of a role a body holds in a story, by the role: a deed verb or a role noun."""

_ANY_ROLE = "|".join(f"(?P<{k}>{v})" for k, v in _ROLE_WORDS.items())
_ROLE = re.compile(_ANY_ROLE, re.IGNORECASE)
_APPOSED_END = r"\b(?=\s*(?:[,.;:)]|that\b|which\b|who\b|of\b|for\b|to\b|at\b|\Z))"
"""After a role noun in apposition: the apposition ends ("X, the supplier, said"; not "X, the
supplier confirmed", where "the supplier" is the next clause's subject)."""
_AFTER = tuple(
    re.compile(r"\A\s*(?:\([A-Z]{2,8}\)\s*)?" + form, re.IGNORECASE)
    for form in (
        # "X, which regulates ...", "X, which is leading the investigation"
        r",\s*(?:which|that|who)\s+(?:(?:is|was|has|had|have|are|were|also)\s+)?(?:\w+\s+){0,2}?(?:"
        + _ANY_ROLE
        + r")\b",
        # "X, the data regulator,", "X, a contractor that supports"
        r",\s*(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _ANY_ROLE + ")" + _APPOSED_END,
        # "X, the company that supplies ..."
        r",\s*(?:the|a|an)\s+(?:company|firm|body|agency|group)\s+(?:that|which)\s+(?:" + _ANY_ROLE + r")\b",
        # "X is leading the investigation", "X has been investigating", "X organised the march"
        r"(?:(?:is|was|has|had|have|are|were)\s+(?:been\s+)?(?:leading\s+the\s+)?|leads\s+the\s+)(?:"
        + _ANY_ROLE
        + r")\b",
        r"(?=\w+ed\s+the\b)(?:" + _ANY_ROLE + r")\s+the\b",
    )
)
_BEFORE = tuple(
    re.compile(form + r"\s+(?:the\s+)?\Z", re.IGNORECASE)
    for form in (
        # "organised by the X", "regulated by X"
        r"\b(?:" + _ANY_ROLE + r")\s+by",
        # "the regulator, the X", "the organisers, X", "the IT contractor X"
        r"\bthe\s+(?:[\w'’-]+\s+){0,2}?(?:" + _ANY_ROLE + r")s?\s*,?",
    )
)
_CARE_BEFORE = re.compile(
    r"\b(?:taken|rushed|flown|airlifted|transported|brought|driven|admitted|treated|"
    r"hospitali[sz]ed)(?:\s+[\w'’-]+){0,2}?\s+(?:to|at|in|into)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_MOVED = re.compile(r"\b(?:later|transferred|moved|initially|first|discharged)\b", re.IGNORECASE)
"""A patient moved from one hospital to another: each holds the role at its time."""
_DIED_BEFORE = re.compile(r"\bdied(?:\s+[\w'’-]+){0,2}?\s+(?:at|in)\s+(?:the\s+)?\Z", re.IGNORECASE)
_DIVERTED_BEFORE = re.compile(
    r"\b(?:diverted|divert|diverting|rerouted)(?:\s+[\w'’-]+){0,3}?\s+(?:to|into)\s+(?:the\s+)?\Z", re.IGNORECASE
)
_OTHER_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|last\s+(?:year|month|week|time)|previous|former|formerly|in\s+the\s+past|"
    r"years?\s+ago|once)\b",
    re.IGNORECASE,
)
"""A sentence telling of another time: its bodies hold the role then, not now."""
_MANY = re.compile(
    r"\b(?:also|too|together\s+with|alongside|along\s+with|with\s+(?:its|their)\s+partners?|partners?|"
    r"including|includes|other|others|another|both|several|joint|jointly|among|second|third|counter|"
    r"rival|separate)\b",
    re.IGNORECASE,
)
"""A sentence telling of a role many hold: the body beside others in it."""
_WITH_POLICE = re.compile(
    r"\b(?:working\s+)?(?:together\s+with|alongside|along\s+with|with)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
    r"(?:police|constabulary|sheriff['’]?s?)\b",
    re.IGNORECASE,
)
"""A police force beside a body ("investigating together with the police"): police investigate beside
any body, which still holds its role alone."""
_LISTED_AFTER = re.compile(r"\A\s*(?:,|and|&|or)\s+(?:the\s+)?[A-Z]")
_LISTED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s*(?:,|and|&|or)\s+(?:the\s+)?\Z")
POLICE_WORDS = frozenset("police constabulary sheriff sheriff's gendarmerie".split())
"""Words of a police force's name: it investigates beside any other body, never in its place."""
WINDOW = 80
"""Characters of the sentence read on either side of a name for its role."""
ROLE_LABEL = {
    "care": "hospital the patient was taken to",
    "death": "place of death",
    "airport": "airport the flight was diverted to",
}


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("; ", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end), text.find("; ", end)) if i >= 0]
    return left + 1, min(right_candidates) if right_candidates else len(text)


def _last_word(name: str) -> str:
    words = re.findall(r"[\w'’]+", name)
    return fold(words[-1]) if words else ""


def _other_time(c: Claim, text: str) -> bool:
    lo, hi = _sentence_bounds(text, c.location.start, c.location.end)
    return bool(_OTHER_TIME.search(text[lo:hi]))


_POSSESSIVE = re.compile(r"['’]s?\Z")


def _content(text: str) -> frozenset[str]:
    """The content words of a text (four letters or more, a possessive's "'s" left out), the words of
    days and times (``_STOP``) left out."""
    words = {_POSSESSIVE.sub("", fold(w)) for w in re.findall(r"[A-Za-z][\w'’-]{3,}", text)}
    return frozenset(words) - _STOP


def _subject(text: str) -> frozenset[str]:
    """The words of a clause's subject, a pronoun too ("He was" -> he), auxiliaries and articles left
    out; ``NAMED`` when it has a capitalised word not a pronoun's or an article's (someone's name)."""
    words = re.findall(r"[A-Za-z][\w'’-]+", text)
    named = any(w[0].isupper() and fold(w) not in _AUXILIARIES | PRONOUNS for w in words)
    return frozenset(fold(w) for w in words) - _AUXILIARIES | ({NAMED} if named else set())


NAMED = "\0named"
PRONOUNS = frozenset("he she his her".split())


def _same_whom(role: str, x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two roles' words tell of one holder: a word shared, or "he"/"she" and a name."""
    if (x & y) - {NAMED} or ((not x or not y) and role == "investigator"):
        return True
    return bool((NAMED in x and y & PRONOUNS) or (NAMED in y and x & PRONOUNS))


_AUXILIARIES = frozenset("the an is was are were has had have been being later then and but who a".split())
_STOP = frozenset(
    """into onto about over cause causes which that with from this their there they said have been were also
    will would today yesterday tonight morning afternoon evening night week month year monday tuesday
    wednesday thursday friday saturday sunday""".split()
)
OBJECT_WORDS = 30
"""Characters after a deed word ("which owns the mine") read for what it is done to."""
SUBJECT_WORDS = 50
"""Characters before a deed word ("the march in Port Elm was organised by") read for what it was
done to."""


def _roles(c: Claim, text: str) -> dict[str, frozenset[str]]:
    """The roles the words beside a mention give its body (see the module docstring), each with the
    words telling of whom or what it holds the role for (``SAME_WHOM``)."""
    start, end = c.location.start, c.location.end
    if c.surface not in text[start:end]:
        return {}
    lo, hi = _sentence_bounds(text, start, end)
    sentence = text[lo:hi]
    if _OTHER_TIME.search(sentence) or _MANY.search(_WITH_POLICE.sub(" ", sentence)):
        return {}
    before, after = text[max(lo, start - WINDOW) : start], text[end : min(hi, end + WINDOW)]
    if _LISTED_AFTER.match(after) or _LISTED_BEFORE.search(before):
        return {}
    last = _last_word(c.display)
    out: dict[str, frozenset[str]] = {}
    if last in FACILITY_WORDS["care"] or last in FACILITY_WORDS["airport"]:
        if _MOVED.search(sentence):
            return out
        for role, deed in (("care", _CARE_BEFORE), ("death", _DIED_BEFORE), ("airport", _DIVERTED_BEFORE)):
            if (role == "airport") == (last in FACILITY_WORDS["airport"]) and (m := deed.search(before)):
                out[role] = _subject(text[lo : start - len(m.group(0))])  # who was taken, who died
        return out
    for m in [p.match(after) for p in _AFTER]:
        if m:
            whom = _content(after[m.end() : m.end() + OBJECT_WORDS])
            if "investigator" in m.groupdict() and m.group("investigator"):
                into = _INTO.match(after[m.end() :])
                whom = _content(into.group(0)) if into else frozenset()
            out.update((k, whom) for k, v in m.groupdict().items() if v and _held(k, m.group(0)))
    for m in [p.search(before) for p in _BEFORE]:
        if m:
            whom = frozenset(
                w for w in _content(before[max(0, m.start() - SUBJECT_WORDS) : m.end()]) if not _ROLE.fullmatch(w)
            )
            out.update((k, whom) for k, v in m.groupdict().items() if v and _held(k, m.group(0)))
    if POLICE_WORDS & {fold(w) for w in c.display.split()}:
        out.pop("investigator", None)
    return out


_INTO = re.compile(r"\s+(?:into|of)\s+(?:the\s+)?(?:[\w'’-]+\s*){1,5}")
"""What an investigation is into ("the investigation into the crash"): two bodies leading
investigations into different things ("the crash" / "the deaths") lead two."""
_LEADS = re.compile(r"\blead|\bled\b|investigates\b", re.IGNORECASE)


def _held(role: str, words: str) -> bool:
    """Whether the words give the role to one body: an investigation it leads or investigations it
    makes by trade ("X, which investigates accidents"), not one of several ("X is investigating")."""
    return role != "investigator" or bool(_LEADS.search(words))


SAME_WHOM = frozenset(
    {"investigator", "organiser", "owner", "operator", "supplier", "adviser", "insurer", "auditor", "care", "death"}
)
"""Roles held for many ("which owns the mine" / "which owns the hotel"; "the driver was taken to X" /
"a passenger was flown to Y"): the two bodies' words of what or whom they hold them for must share a
word."""


def _words(name: str) -> tuple[str, ...]:
    words = [fold(w) for w in re.findall(r"[\w'’&]+", name)]
    return tuple(w for w in words if w not in ("the", "of", "and", "for", "&"))


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words)


def _one_body(a: str, b: str) -> bool:
    """Whether two names may be one body: one's words hold the other's, one is the other's
    initials, or they are spelled alike."""
    from rapidfuzz import fuzz

    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return True
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    if (len(wa) == 1 and wa[0] == _initials(wb)) or (len(wb) == 1 and wb[0] == _initials(wa)):
        return True
    return fuzz.ratio(" ".join(wa), " ".join(wb)) >= SPELLED_ALIKE


SPELLED_ALIKE = 90
"""rapidfuzz ratio from which two names are one spelled two ways (``judge_mentions.ORG_CUTOFF``:
that judge tells them)."""


def _names(c: Claim, body: list[Claim]) -> bool:
    """Whether a mention names a body: a name of it, or one that may be it not shorter than two words."""
    return any(
        fold(c.display) == fold(o.display) or (_one_body(c.display, o.display) and len(_words(c.display)) > 1)
        for o in body
    )


def _bodies(mentions: Sequence[Claim]) -> list[list[Claim]]:
    """The mentions grouped into bodies: names that may be one body (``_one_body``) join."""
    groups: list[list[Claim]] = []
    for c in sorted(mentions, key=lambda c: (-len(c.display), c.display)):
        for g in groups:
            if any(_one_body(c.display, o.display) for o in g):
                g.append(c)
                break
        else:
            groups.append([c])
    return groups


BODY_WORDS = frozenset("alliance coalition brigade movement campaign data digital".split())
"""Last words of a body's name besides ``mentions.ORG_WORDS`` and ``COMPANY_WORDS``, for a name an
article reads as a person's on its shape alone ("the Fair Wage Alliance said")."""


def _body_named(c: Claim) -> bool:
    """Whether a mention may name a body: any but a person's, or a person's ending like a body's."""
    from factcheck.extract.mentions import COMPANY_WORDS, ORG_WORDS

    return c.key != "person" or _last_word(c.display) in ORG_WORDS | COMPANY_WORDS | BODY_WORDS


def slot_conflicts(mentions: Sequence[Claim], texts: Mapping[str, str]) -> list[Finding]:
    """Two organisations or named facilities given for one role (see the module docstring): a
    conflict naming both, the role and the articles of each. Measured in the module docstring."""
    candidates = [c for c in mentions if c.location.article in texts and _body_named(c)]
    by_role: dict[str, list[Claim]] = defaultdict(list)
    whom: dict[tuple[str, str], frozenset[str]] = {}
    for c in candidates:
        for role, words in _roles(c, texts[c.location.article]).items():
            by_role[role].append(c)
            whom[role, c.id] = words
    out: list[Finding] = []
    now = [c for c in candidates if not _other_time(c, texts[c.location.article])]
    for role, held in sorted(by_role.items()):
        bodies = _bodies(held)
        if len(bodies) != 2:
            continue
        many, few = sorted(bodies, key=lambda g: (-len(articles_of(g)), g[0].display))
        if len(articles_of(many)) < 2:
            continue
        if role in SAME_WHOM and not any(
            _same_whom(role, whom[role, x.id], whom[role, y.id]) for x in many for y in few
        ):
            continue
        # an article naming both anywhere tells them apart (a shorter name of one word, a town in
        # either's name, is not the body's)
        if articles_of(c for c in now if _names(c, many)) & articles_of(c for c in now if _names(c, few)):
            continue
        a, b = many[0].display, few[0].display
        label = ROLE_LABEL.get(role, f"the {role}")
        out.append(
            make_finding(
                Verdict.CONFLICT,
                Severity.MEDIUM,
                few[0].kind,
                f"{role}: {a}",
                dedupe(many + few),
                f"two bodies named as {label}: {b!r} ({_arts(few)}) vs {a!r} ({_arts(many)}), where one holds it",
                (
                    f"each named for the role by the words beside it ({few[0].sentence[:90]!r} / "
                    f"{many[0].sentence[:90]!r}); no article names both, none names a third",
                ),
            )
        )
    return out
