"""One town given as another: a place named differently for the same slot (mentions of places).

Two articles naming two towns is no conflict in itself: a story moves from town to town. Two towns
are taken for one place named two ways only when everything else says they fill one slot:

- both are towns (cities of the gazetteer) of one country, neither containing the other, and not a
  city and a town a tenth its size or less within ``SUBURB_KM`` of it (``CITY``: maybe one of its
  suburbs or districts);
- no article gives both as places of one kind (both after "in", both as someone's home...): an
  article doing so tells them apart; unless the two are the homes of two people it tells apart
  (named, or of two stated ages: "Jane Doe, 40, of X" and "a 61-year-old Y man"), or the home of
  one person of one age it restates in another sentence, unnamed in its opening, or unnamed then
  named ("a 66-year-old X woman" ... "Jane Doe, 66, of Y") (``_restated``: one of the two is
  likely a slip; not when its sentence tells of a second: "Jane Doe, 66, of Y, was also killed");
  an age an article gives to two people of the two towns ties no one of that age in any two
  articles (``_ages_apart``);
- the articles report one event (``ArticleFacts``), or share facts enough as a pair;
- and the mentions fill the same slot: where one person lives or comes from ("Jane Doe, 36, of
  Springfield" / "Jane Doe of Shelbyville", even read as one name / "Jane Doe, who lived in
  Shelbyville" / "the Shelbyville woman" in an article naming Jane Doe most, Shelbyville in no
  other article, two others giving her home: ``_definite_homes``), or someone of
  the same stated age ("a 36-year-old Springfield woman" / "Jane Doe, 36, of Shelbyville"), or
  where
  a person named in both sentences was born ("Jane Doe was born in Springfield" / "Born in
  Shelbyville, Doe ...") or died ("Doe died on Monday in Springfield" / "Jane Doe passed away in
  Shelbyville": the subject of "died", ``_died_subject``; not "died after being shot in X", not
  when the clause tells of another time: "later died in X", "died in X in 2009"), or
  the town stands after the same preposition in alike sentences ("died in a Springfield
  hospital" / "died in a Shelbyville hospital"); failing those, after "in"
  beside the same thing ("a bank in Springfield" / "set fire to a bank in Shelbyville"; one event
  told by noun or verb: "the fight in X" / "fought in Y", ``SLOT_EVENTS``; no person, no hospital
  or school: ``PERSON_NOUNS``, ``MOVED_NOUNS``) or in sentences naming the same two people, the one
  doing the same to the other ("Doe beat Roe on Saturday in X" / "Doe floored Roe ... in Y",
  ``DEEDS``) and no year; neither when the town's clause tells of another time or another of its
  kind ("later", "a similar attack", "last month", "had knocked out": ``_APART``). (Where someone
  went, "drove to X" / "fled to Y", gives no slot but in alike sentences: a trip has many stops.)

Towns the gazetteer does not know (names read from the text alone, ``_named_here``: "in Quarnby")
are compared with each other the same way, never with a town it knows (either may be a part of the
other), and not when some article writes the name as holding another ("Quarnby, Dellmoor":
``_containers``) or before a part-of-town noun ("the Holtmere district": ``_parts``). One more slot
serves a town one article alone names against a town two or more name (``LONE_AGAINST``): the
same deed told of in both clauses before "in", two content words shared ("Shooting starts in
May in X" / "Shooting is due to start in May in Y": ``_Slot.deeds``, ``DEEDS_SHARED``);
not across two days named ("on Monday" / "on Tuesday"; "yesterday" is no day), other people or other
counts ("two men" / "a man", "200 jobs at its plant in X" / "60 jobs at its plant in Y": ``_Slot.who``),
"also" (``_ALSO``), nor in an article telling of a storm, a flood, a protest, a rally, a march, a
vote... that strikes many towns at once or of deeds "across the county" (``_spread``,
``SPREAD_WORDS``); for such names, neither for a deed nor in alike sentences nor for one thing, when
a window tells of one stop of several or of an evacuation ("the torch relay stopped in X", "were
evacuated in Y": ``_MANY_TOWNS``), the sentences name someone's other people ("Doe's co-accused":
``_Slot.kin``), other ordinals or years ("opened a new store in X" / "opened its first store in Y in
1998", "in a second raid": ``_Slot.marks``) or other parts of the day ("Monday morning" / "Monday
afternoon"), nor for one thing across other counts ("50 homes destroyed by the fire in X" / "150
homes ... in Y"); the deed word nearest the town must be shared
("injured pupils were treated in Y" shares the pupils, not the deed: ``_Slot.verb``), and the window
starts after an earlier "in" and its noun ("the teacher killed in the crash was held in Y", "opened
fire in a petrol station in Y").
No such name is a town when written "Xshire", before "county"/"region"/"province"/"state", as "X, a
suburb ... of Y" (``_areas_or_parts``) or after "speech in" (a language: ``_SPOKEN_IN``); a person's
name before a comma ("said Ana Doe, X council leader") or an Oxford-comma list makes no container.
Those guards measured: dev stories, seed, self-test, noise (3) and the invented sets (tuned conflict
recall 364/636, precision 375/420; held-out 140/342, 144/169) unchanged. The later guards (stops,
evacuations, kin, ordinals, years, parts of the day, other counts for one thing, rally/march/vote
words) measured: dev stories (conflict 90/98, 85/133), seed, noise (3) and the invented sets (tuned
366/636, 377/422; held-out 140/342, 144/168) unchanged; a sentence-wide year cost a filming town
("since it started in 2011" after the comma), so years are read from the town's clause alone.

The town most articles name is the story's; the finding names both, with the articles of each and
why they are taken for one slot. One named person's home given as a city and as a town a tenth its
size or less within ``DISTRICT_KM`` of it (near it, or part of it) is compatible instead
(``_home_in_district``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from factcheck.events import ArticleFacts
from factcheck.judge import dedupe, make_finding
from factcheck.judge_common import SENTENCE_DATELINE, PersonIdentity, articles_of
from factcheck.judge_common import arts_named as _arts
from factcheck.judge_roles import PERSON_OF_PLACE, _sentences_alike, _times_written, core_tokens
from factcheck.models import Claim, ClaimKind, Finding, Severity, Verdict

__all__ = ["place_conflicts"]

SLOT_ALIKE = (0.5, 6)
"""(similarity, shared words) two sentences need before towns after the same preposition in them
are taken for one place named two ways (``judge_roles._sentences_alike``: the overlap of their
content stems, place names left out); where one person lives needs no alike sentences."""
MENTIONS_COMPARED = 20
"""Mentions of one town compared, at most (a town every article repeats costs no more)."""
LOCATIVE = frozenset({"in", "at"})
"""Prepositions before a town that say where something is or happened ("near" and "outside" say
what it is close to, compared only with each other)."""
VICINITY = frozenset({"near", "outside"})
"""Prepositions before a town that say what something is close to."""
CITY = 100_000
"""Inhabitants from which a city has suburbs and districts the gazetteer lists as towns of their
own without saying the city contains them: a town of at most 1 / ``SUBURB_SHARE`` its size may be
one of them, and is not compared with it."""
SUBURB_SHARE = 10
"""See ``CITY``."""
SUBURB_KM = 50
"""Kilometres from a city beyond which a smaller town is no suburb or district of it, whatever the
sizes (a town of the same region across the state, a namesake far away): the two are compared.
Measured on the 24 dev stories (place mutations, --single): 7 -> 10 of 23 caught, from 30 km to
60 km alike, with no named conflict added on the unchanged stories."""
DISTRICT_KM = 5
"""Kilometres from a city within which a town a tenth its size or less, given as the home of someone
another article says lives in the city, is taken for a town near the city or part of it (compatible,
``_home_in_district``). The gazetteer's positions are rounded to a tenth of a degree (its distances
go 0, about 8, 11, 14 km...): 5 keeps the towns it places where the city is. Measured on the dev
stories: the one gold compatible home is 0 km from its city; a town 8 km away in the place mutations
is another town (a conflict), as is a town 34 km from a state capital."""
DESTINATION = frozenset({"to", "into"})
"""Prepositions before a town that say where someone went ("made them walk to X")."""
ORIGIN = frozenset({"of", "from"})
"""Prepositions before a town that say where someone lives or comes from ("Jane Doe, 36, of X")."""
PLACE_NOUNS = frozenset(
    "town city village suburb community area borough neighbourhood neighborhood county district province".split()
)
"""Nouns before "of X" that make it a locative ("the town of X": X is where it is)."""
DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split()
)
"""Words before "of X" that make it what something is close to ("30 miles south of X")."""
_DISTANCE = re.compile(r"\b(?:miles?|kilometres?|kilometers?|km)\s+(?:away\s+)?from\s+\Z")
RESIDENT_NOUNS = frozenset("man woman resident native couple boy girl teenager teen".split())
"""Nouns after a town that make it someone's home ("a 38-year-old X resident")."""
_RESIDENCE = re.compile(r"\A(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,)?\s*,?\s*(?:of|from)\s+(?:the\s+)?\Z")
"""Between a person's name and a town: "Jane Doe, 36, of", "Jane Doe from"."""
_LIVED = re.compile(r"\b(?:lived|lives|living|resided|resides|residing)(?:\s+[\w'’-]+){0,4}?\s+in\s+(?:the\s+)?\Z")
"""Before a town that is someone's home: "lived in", "who lived two doors down in"."""
_BORN = re.compile(r"\b(?:born|birthplace)\b(?:\s+[\w'’.,-]+){0,6}?\s+in\s+(?:the\s+)?\Z", re.IGNORECASE)
"""Before a town that is someone's birthplace: "was born on May 2, 1950, in", "born Ada Mae Lind in"."""
_DIED = re.compile(
    r"\b(?:died(?!\s+(?:down|out|away|off)\b)|passed\s+away)\b"
    r"(?:\s+(?!(?:after|following|when|being|shot|struck|stabbed|hit|suffered|sustained|received|complications|"
    r"wounds|fall|burns|beating|attack)\b)[\w'’.,-]+){0,6}?"
    r"\s+(?:in|at)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
"""Where someone died: "died" or "passed away", up to six words, then "in"/"at" right before the
town ("died peacefully in her sleep on Thursday in X"); the one its subject names died there
(``_died_subject``), once. Not "died down/out/away" (winds, a sound), and not across "after",
"following", "when", "being", "shot", "struck", "stabbed", "hit", nor what caused the death
("suffered", "sustained", "complications", "wounds", "fall", "burns", "beating" ...): "died
Tuesday after being shot in X", "died of wounds he suffered in X", "passed away from complications
of a fall in X" tell where the harm was done, not the death; "died of his injuries at a hospital in
X" and "died in a crash in X" tell where he died."""
_DIED_SUBJECT = re.compile(r"\A(?:\s*|\s*,\s*who\s+|(?:\s*,\s*(?:aged\s+)?\d{1,3})?(?:\s*,[^,]*)?\s*,\s*)(?:has\s+)?\Z")
"""Between the name of the one who died and "died": nothing, an age, one insert closed by a comma
(a clause or an apposition: "Jane Doe, 44, who was shot beside John Roe, died", "Jane Doe, a
pianist, died"; not "Jane Doe, whose husband died"), or "who" ("shot Jane Doe, who died"); the
first name so placed is the subject, not a name inside the insert."""
_NEXT_CLAUSE = re.compile(r"\b(?:after|following|when|before|while|because|as|and|but|where)\b")
"""Words after a town that open another clause, the end of its own (``_another_time``)."""
_LIVER = re.compile(r"\A\s*(?:,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?who\s+)?(?:had\s+|has\s+)?\Z")
"""Between a person's name and the verb saying where they live: "Jane Doe, who", "Jane Doe, 36,
who had", "Jane Doe"."""
_APPOSITION = re.compile(r"\A\s*,\s*(?:a|an|the)\s+(?:\d{1,3}-year-old\s+)?\Z")
"""Between a person's name and a town that a resident noun follows: "Jane Doe, a 36-year-old"."""
_AGE = re.compile(
    r"(?:\b(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}(?:(?:of|from)\s+(?:the\s+)?)?"
    r"|,\s*(?:aged\s+)?(\d{1,3})\s*,\s*(?:of|from)\s+(?:the\s+)?)\Z"
)
"""The age of the one whose home a town is, stated just before it: "a 38-year-old", "a 38-year-old
woman from", "Jane Doe, 38, of"."""
_ANOTHER = re.compile(r"\b(?:other|another|second|fellow)\b", re.IGNORECASE)
"""Words before an age that make its holder one of several ("the other, a 36-year-old from")."""
AGE_REACH = 60
"""Characters before a town searched for that age."""
_ROLE_BEFORE = re.compile(r"(?:[\w'’-]+\s*,\s*(?:an?\s+)?|\b(?:as|is|was|were|named|identified)\s+(?:an?\s+)?)\Z")
"""Before "a 38-year-old X man": an apposition or a predicate giving the person a role ("the driver,
a", "identified as a"), someone who may be another than the one the article opens with."""
_LEAD = re.compile(r"(\w+)\s+(?:(?:a|an|the)\s+)?\Z")
_THING = re.compile(r"\b(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){0,2}?([a-z][\w'’-]*)\s+(?:in|at)\s+(?:the\s+)?\Z")
"""A noun after an article right before "in"/"at" a town: the thing there ("a bank in X", "the
fight in X")."""
_EVENT_VERB = re.compile(r"\b([a-z]+)\s+(?:in|at)\s+(?:the\s+)?\Z")
"""A verb right before "in"/"at" a town, an event word of ``SLOT_EVENTS`` ("fought in X")."""
_OWNER = re.compile(r"(?:\b(?:his|her|their|its|my|our|your)|['’]s?)\s+\Z")
"""A possessive right before an event noun ("his fight", "Ayala's bout"): that one's own event."""
SLOT_EVENTS = {
    "fight": "fight", "fights": "fight", "fought": "fight", "bout": "fight", "bouts": "fight",
    "rematch": "fight", "showdown": "fight",
}  # fmt: skip
"""Event words (nouns and verbs) of one event class before "in X", beside ``words.EVENT_CLASSES``:
"the fight in X" and "fought in Y" name the place of one fight."""
AREA_NOUNS = PLACE_NOUNS | frozenset(
    "street streets road roads avenue highway area areas part parts region centre center outskirts heart".split()
)
"""Nouns before "in X" that say a stretch of it, not a thing in it ("the street in X"): many such
are in any town, so they give no slot."""
_APART = re.compile(
    r"\b(?:later|then|again|afterwards?|subsequently|transferred|moved|earlier|previous(?:ly)?|prior|"
    r"former(?:ly)?|ago|since|similar|another|other|second|third|separate|rematch|next|upcoming|planned|scheduled|proposed|future|"
    r"(?:last|this|that|next)\s+(?:week|month|year|spring|summer|fall|autumn|winter|season|night|time)|"
    r"had\s+(?!to\b)\w+)\b",
    re.IGNORECASE,
)
"""Words in a town's clause (its sentence up to the town and on to the next comma) that tell of
another time or another of its kind ("later transferred to a hospital in X", "a similar attack in
X last month", "had knocked out Y in X", "wants his next fight in X"): a story has many such
(banks robbed, hospitals, fights and rematches), so the clause gives neither a thing's slot nor
one of two people."""
_STATE_AFTER = re.compile(r"\A,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\b")
"""A state or country after a town ("X, Ohio"), not the end of its clause."""
PERSON_NOUNS = RESIDENT_NOUNS | frozenset(
    "men women person people child children boys girls suspect suspects victim victims driver student".split()
)
"""Nouns before "in X" that say someone, not a thing ("arrested a man in X", "questioned a man in
Y"): people are in many places, so they give no slot."""
MOVED_NOUNS = frozenset("hospital hospitals clinic school schools jail prison shelter hotel motel".split())
"""Nouns before "in X" of places people are moved between ("taken to a hospital in X", "flown to a
hospital in Y", "a current and a past school"): they give no slot."""
_COUNT = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\b", re.IGNORECASE
)
"""A count in a deed window ("cut 200 jobs", "arrested two men"): see ``_Slot.who``."""
_NO_THING = AREA_NOUNS | PERSON_NOUNS | MOVED_NOUNS
"""Nouns before "in X" that give no thing's slot (``_thing``)."""
DEEDS = dict.fromkeys(
    """beat beats stopped stops floored floors dropped drops dumped decked knocked knocks outpointed
    defeated defeats edged outboxed battered halted fought fights""".split(),
    "fight",
)
"""Verbs between two people's names that tell of one fight ("Doe stopped Roe" / "Doe floored Roe"),
by class; any other verb is its own class ("met" is not "married")."""
_DEED = re.compile(r"\A\s*([a-z]+)(?:\s+(?:out|down|up|off))?\s*\Z")
"""Between two people's names: one verb ("stopped", "knocked out")."""
_SEVERAL = re.compile(r"\b(?:also|too|other|another|both|two|three|second)\b", re.IGNORECASE)
"""See ``_Slot.several``: "Jane Doe, 66, of Y, was also killed"."""
_ALSO = re.compile(r"\b(?:also|too|another|other|both|as\s+well)\b", re.IGNORECASE)
"""Words of a town's deed window (``_Slot.window``) telling of one more place ("also damaged homes
in Y"): the town is not set against another for a deed or an alike sentence."""
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
"""A year in a sentence: it may tell of another time (an earlier fight of the same two people)."""
SHARED_PEOPLE = 2
"""People two sentences must both name for a town after "in" in each to be taken for the place of
one event of theirs ("X beat Y on Saturday in A" / "X floored Y ... in B"); one person is in many
places."""
_DEFINITE = re.compile(r"\bthe\s+(?:\d{1,3}-year-old\s+)?\Z", re.IGNORECASE)
"""Before a town a resident noun follows: "the", an age allowed between ("the 38-year-old X man")."""
_PLACE_NOUN_OF = re.compile(r"(\w+)\s+of\s+\Z")
_NOUN_AFTER = re.compile(r"\s*(\w+)")


@dataclass(frozen=True)
class _Slot:
    """What a town mention is the place of."""

    holder: str
    """Identity of the person whose home it is ("Jane Doe, 36, of X"), else ""."""
    lead: str
    """What the preposition before it says: "in" (in, at, the town of), "near" (near, outside),
    "of" (of, from, a Springfield man), "to" (to, into: where someone went), else ""."""
    towns: int = 1
    """Towns its sentence gives a slot of this lead."""
    age: str = ""
    """For a home ("of"): the age of the one who lives there, as stated beside it ("a 38-year-old X
    man", "Jane Doe, 38, of X"), else ""."""
    named: frozenset[str] = frozenset()
    """For a birthplace ("born"): the surnames of the people its sentence names; for a place of
    death ("died"): the identity of the one who died (``_died_subject``)."""
    noun: str = ""
    """For a home of someone of a stated age: the noun after the town ("man" in "a 38-year-old X man")
    when nothing before the age gives the person a role ("the driver, a 38-year-old X man"), else ""."""
    first: bool = False
    """Whether its sentence opens the article (its first sentence, or on the file's first line)."""
    thing: str = ""
    """For a place ("in"): what is there, the noun before the preposition ("bank" in "a bank in X")
    or the class of an event word there ("fight" in "the bout in X", "fought in X"), else "" (and
    when its clause tells of another time, ``_APART``)."""
    at: int = 0
    """Where it is in its article (the offset of the town)."""
    several: bool = False
    """Whether its sentence tells of more than one ("also", "other", "two", ``_SEVERAL``): a home
    it gives is no restatement of another (``_restated``)."""
    roled: bool = False
    """For a named holder: whether a role or a clause stands before the name ("the victim, Jane Doe,
    52, of X"), someone who may be another than the one the article opens with."""
    people: frozenset[str] = frozenset()
    """For a place ("in"): the identities of the people its sentence names, when it states no year
    (``_YEAR``), else none."""
    deed: str = ""
    """For a place ("in") whose sentence names people: the first two and what the one did to the
    other, by class ("Doe stopped Roe": Doe, Roe, "fight"; ``DEEDS``), else "" (two people in two
    sentences fill one slot only when one did the same to the other in both)."""
    deeds: frozenset[str] = frozenset()
    """For a place ("in") given as no one's home, its clause telling of no other time or other one
    (``_APART``) nor of several ("also": ``_SEVERAL``): the stems of the words of its clause before
    the preposition, which may tell what happened there ("Shooting starts in May in X": shoot,
    begin; ``_deed_words``), else none."""
    window: str = ""
    """The words those stems were read from, as written ("Shooting starts in May")."""
    who: frozenset[str] = frozenset()
    """The nouns of people in those words as written, and their counts ("arrested two men in X": men,
    #two; "cut 200 jobs": #200; ``PERSON_NOUNS``, ``_COUNT``): two windows with some each and none
    shared tell of other people or other things ("two men" / "a man": not singularised, a count
    apart is someone else; "200 jobs at its plant in X" / "60 jobs at its plant in Y": two sites)."""
    verb: str = ""
    """The stem of the deed word nearest the preposition ("were treated in Y": treat): two towns are
    set against each other for a deed only when it is among the shared ones (the injured pupils
    "treated in Y" share the subject, not the deed, with "pupils were injured in X")."""
    kin: frozenset[str] = frozenset()
    """The nouns of people said to be someone's before the town ("Doe's co-accused", "his lawyer":
    ``_KIN``): two towns' sentences with other such are of other people (a town the gazetteer does
    not know is set against another only when they are the same)."""
    marks: frozenset[str] = frozenset()
    """The ordinals of its sentence and the years of its clause ("opened its first store in Y in
    1998": first, 1998; "... in a second raid"): two towns' sentences with other such tell of two
    deeds (a town the gazetteer does not know is set against another only when they are the same)."""
    definite: bool = False
    """For an unnamed home: whether "the" stands before it ("the 38-year-old X man", "the X
    woman"): someone the article has already told of (``_definite_homes``)."""


_LEADS = (
    ("in", LOCATIVE),
    ("near", VICINITY),
    ("of", ORIGIN),
    ("to", DESTINATION),
    ("born", {"born"}),
    ("died", {"died"}),
)
"""Each lead of a slot and the words before a town that give it, tried in order."""


def _town(c: Claim) -> bool:
    ids = c.text_value.split("|")
    return (len(ids) >= 2 and ids[0].startswith("P:")) or _named_here(c)


AREA_ENDINGS = frozenset(
    """county counties region province district state territory valley coast coastline peninsula island islands
    mountains hills sea ocean bay gulf river lake desert forest park parish borough township neighbourhood
    neighborhood area street st st. avenue ave ave. road rd rd. lane drive boulevard highway way square plaza
    bridge""".split()
)
"""Last words of names the gazetteer does not know that make them no town ("Quarvey County",
"Tarn Valley", "Mill Street"): an area holding towns, or a stretch of one."""


def _folded(c: Claim) -> str:
    from factcheck.places import fold

    return fold(c.chain[0]) if c.chain else ""


PART_NOUNS = frozenset("district districts neighbourhood neighborhood area quarter estate ward suburb suburbs".split())
"""Nouns after a name the gazetteer does not know that make it a part of a town ("the X district"):
such a name anywhere in the story is not set against a town."""
_NOUN_NEXT = re.compile(r"\s+([a-z]+)")


def _parts(mentions: list[Claim]) -> set[str]:
    """Folded names of places some sentence writes before a part-of-town noun (``PART_NOUNS``)."""
    out: set[str] = set()
    for c in mentions:
        if c.key != "place" or not c.text_value.startswith("A:"):
            continue
        at = c.sentence.find(c.surface)
        while at >= 0:
            after = _NOUN_NEXT.match(c.sentence, at + len(c.surface))
            if after is not None and after.group(1) in PART_NOUNS:
                out.add(_folded(c))
            at = c.sentence.find(c.surface, at + 1)
    return out


def _named_here(c: Claim) -> bool:
    """Whether a place mention is a town the gazetteer does not know, read from the text alone
    (``A:`` with at most the region or country the article places it in): one word or two, the
    last no area's (``AREA_ENDINGS``). Measured on the invented sets (tuned stories A-M, R, S, U,
    V, X): conflict recall 349 -> 351 of 636, both new findings true (an appeal court's city given
    as another, alike sentences; where a firefighter died, "near"); held-out sets 140 of 342
    unchanged (one true and one false finding came and went with ``_containers``); dev stories,
    self-test and noise unchanged (their towns are the gazetteer's)."""
    from factcheck.places import DEMONYMS

    ids = c.text_value.split("|")
    words = c.chain[0].split() if c.chain else []
    return (
        ids[0].startswith("A:")
        and 1 <= len(words) <= 2
        and words[-1].lower() not in AREA_ENDINGS
        and not words[-1].lower().endswith("shire")  # a county ("Xshire")
        and " ".join(words).lower() not in DEMONYMS  # a nationality or its language
        and not _SPOKEN_IN.search(c.sentence[: max(c.sentence.find(c.surface), 0)])
        and all(w[:1].isupper() for w in words)
    )


_SPOKEN_IN = re.compile(
    r"\b(?:speech|speeches|spoke|speak|speaks|speaking|spoken|written|wrote|write|writes|sang|sung|sings|"
    r"interview|message|remarks|address|statement|broadcast|dubbed|subtitled|translated|fluent|fluently)\s+in\s+\Z",
    re.IGNORECASE,
)
"""Words before "in X" that make X a language ("delivered her speech in X"), no town."""


def _slots(mentions: list[Claim], ident: PersonIdentity) -> dict[str, _Slot]:
    """Claim id -> slot of every town mention."""
    people: dict[tuple[str, str], list[Claim]] = defaultdict(list)  # (article, sentence) -> people
    seen: dict[tuple[str, str, str], int] = defaultdict(int)  # (article, sentence, surface) -> mentions so far
    out: dict[str, _Slot] = {}
    everyone: dict[tuple[str, str], list[Claim]] = defaultdict(list)  # (article, sentence) -> people
    by_article: dict[str, list[Claim]] = defaultdict(list)  # article -> people
    for c in mentions:
        if c.key == "person":
            everyone[(c.location.article, c.sentence)].append(c)
            by_article[c.location.article].append(c)
    for c in sorted(mentions, key=lambda c: (c.location.article, c.location.start)):
        where = (c.location.article, c.sentence)
        if c.key == "person":
            people[where].append(c)
        start = _nth(c.sentence, c.surface, seen[(*where, c.surface)])
        seen[(*where, c.surface)] += 1
        if c.key != "place" or not _town(c) or start < 0:
            continue
        before = c.sentence[:start]
        holder = ""
        roled = False
        sentence_start = c.location.start - start
        after = _NOUN_AFTER.match(c.sentence, start + len(c.surface))
        resident = bool(after) and after.group(1).lower() in RESIDENT_NOUNS  # type: ignore[union-attr]
        lead = _LEAD.search(before)
        word = lead.group(1).lower() if lead else ""
        noun = _PLACE_NOUN_OF.search(before)
        if noun is not None and noun.group(1).lower() in PLACE_NOUNS:
            word = "in"  # "the town of X"
        elif (noun is not None and noun.group(1).lower() in DIRECTIONS) or _DISTANCE.search(before):
            word = "near"  # "30 miles south of X", "a mile from X"
        elif resident:
            word = "of"  # "a Springfield man"
        lived = _LIVED.search(before)
        if lived is not None:
            word = "of"  # "who lived in X": a home
        born = _BORN.search(before)
        if born is not None:
            word = "born"  # "was born on May 2, 1950, in X": a birthplace
        died = _DIED.search(before)
        if died is not None and not _another_time(c.sentence, start + len(c.surface), died.start()):
            word = "died"  # "died peacefully on Thursday in X": where someone died
        if not holder:
            for p in people.get((c.location.article, c.sentence), ()):
                end = p.location.end - sentence_start
                if 0 < end <= len(before) and (
                    _RESIDENCE.match(before[end:])
                    or (resident and _APPOSITION.match(before[end:]))
                    or (lived is not None and end <= lived.start() and _LIVER.match(before[end : lived.start()]))
                ):
                    holder = ident.id(p.subject)
                    roled = bool(_ROLE_BEFORE.search(before[: max(0, p.location.start - sentence_start)]))
        word = next((lead for lead, words in _LEADS if word in words), "")
        named: frozenset[str] = frozenset()
        if word == "born":
            named = frozenset(toks[-1] for p in everyone.get(where, ()) if (toks := core_tokens(p.subject)))
        elif word == "died" and died is not None:
            who = _died_subject(before, died.start(), everyone.get(where, []), sentence_start)
            named = frozenset({_identity(who, by_article[c.location.article], ident)}) if who else frozenset()
        age = _AGE.search(before[-AGE_REACH:])
        if age and _ANOTHER.search(before[-AGE_REACH:][: age.start()]):
            age = None  # "the other was a 36-year-old man from": a second person of that age
        stated = (age.group(1) or age.group(2)) if age and word == "of" else ""
        person_noun = ""
        ahead = before[: len(before) - len(before[-AGE_REACH:]) + age.start()] if age is not None else ""
        definite = word == "of" and resident and not holder and bool(_DEFINITE.search(before))
        if stated and age is not None and resident and age.group(1) and not _ROLE_BEFORE.search(ahead):
            person_noun = after.group(1).lower()  # type: ignore[union-attr]
        first = sentence_start <= 2 or c.location.line == 1
        thing, present, deed = "", frozenset[str](), ""
        if word == "in" and not holder and not _APART.search(_clause(c.sentence, start + len(c.surface))):
            thing = _thing(before)
            if not _YEAR.search(c.sentence):
                people_here = everyone.get(where, [])
                present = frozenset(ident.id(p.subject) for p in people_here)
                deed = _deed(c.sentence, people_here, sentence_start, ident)
        deeds, window, persons, verb = frozenset[str](), "", frozenset[str](), ""
        if word == "in" and not holder and not _APART.search(_clause(c.sentence, start + len(c.surface))):
            window = _deed_window(before)
            names = {w for p in everyone.get(where, []) for w in p.surface.split()}
            if not _ALSO.search(window):  # "flood water also damaged homes in X": one of several places
                deeds = _deed_words(" ".join(w for w in window.split() if w.strip(".,;:'’") not in names))
            persons = frozenset(w for w in re.findall(r"[a-z]+", window) if w in PERSON_NOUNS)
            persons |= {"#" + m.lower() for m in _COUNT.findall(window)}
            verb = _last_deed(" ".join(w for w in window.split() if w.strip(".,;:'’") not in names))
        out[c.id] = _Slot(
            holder,
            word,
            deeds=deeds,
            window=window,
            who=persons,
            verb=verb,
            age=stated,
            named=named,
            noun=person_noun,
            first=first,
            thing=thing,
            people=present,
            deed=deed,
            several=bool(_SEVERAL.search(c.sentence)),
            at=c.location.start,
            roled=roled,
            definite=definite,
            kin=frozenset(m.lower() for m in _KIN.findall(before)),
            marks=_marks(c.sentence, start, start + len(c.surface)),
        )
    per_sentence: dict[tuple[str, str, str], int] = defaultdict(int)  # (article, sentence, lead) -> towns
    for c in mentions:
        slot = out.get(c.id)
        if slot is not None and slot.lead:
            per_sentence[(c.location.article, c.sentence, slot.lead)] += 1
    return {
        c.id: replace(s, towns=per_sentence[(c.location.article, c.sentence, s.lead)])
        for c in mentions
        if (s := out.get(c.id)) is not None
    }


_WINDOW_START = re.compile(
    r"(?:[,;:—()\"“”]|\b(?:and|but|or|when|where|which|who|after|before|while|because|as|said|says)\b)\s*",
    re.IGNORECASE,
)
"""What opens the clause a town's deed is read from: a comma or another clause's word."""
_LEAD_PREP = re.compile(
    r"(?:\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:village|town|city|hamlet|suburb|port|harbour|coastal|"
    r"market|fishing|small|seaside|mining|industrial)\s+){0,3}(?:of\s+(?:the\s+)?)?)\Z",
    re.IGNORECASE,
)
"""The preposition before a town ("in", "near the village of"), left out of its deed's words."""
DEED_REACH = 8
"""Words before a town's preposition, at most, its deed is read from ("The train derailed on a bend
near X": train, derail, bend)."""
NO_DEED = frozenset(
    """say said says tell told report reported according also just about around some local nearby
    morning afternoon evening night day week weekend hour hours today yesterday tonight earlier
    time place area part""".split()
)
"""Words of a town's clause that tell of no deed (speech, time of day, vague places)."""


SPREAD_CLASSES = frozenset({"flood", "storm", "earthquake", "protest", "strike", "outbreak", "election"})
"""Classes of events (``words.EVENT_CLASSES``) that strike many towns at once: an article telling of
one gives its deeds no one place ("the storm brought down power lines in X" / "... in Y": both
true). Fires and attacks may have one site ("a fire at a warehouse in X") and are compared."""


def _spread(texts: Mapping[str, str]) -> set[str]:
    """Articles that name an event of a class striking many towns (``SPREAD_CLASSES``), or tell of
    deeds across an area (``_ACROSS``): the places of their deeds are not compared (``_Slot.deeds``)."""
    from factcheck.words import EVENT_CLASSES

    words = [w for w, cls in EVENT_CLASSES.items() if cls in SPREAD_CLASSES]
    spread = re.compile(r"\b(?:" + "|".join(sorted(words + SPREAD_WORDS.split())) + r")\b", re.IGNORECASE)
    return {a for a, text in texts.items() if spread.search(text) or _MARCH.search(text) or _ACROSS.search(text)}


SPREAD_WORDS = """rallied rallies rallying marched marchers marching protesters protestors demonstrators
demonstrated"""
"""Words of protests ``words.EVENT_CLASSES`` lacks: rallies and marches are held in many towns at
once (``_spread``)."""
_VOTES = re.compile(r"\b(?:vote|votes|voted|voting|voters|polls|polling)\b", re.IGNORECASE)
"""Words of a vote, held in many towns at once: read in the two towns' sentences only, not the whole
article ("Councillors voted last year to ..." in a fire's report hid a reviewer's true conflict)."""
_MARCH = re.compile(r"\b(?:march|marches)\b(?!\s+\d)")
""""march" in lower case, not the month ("March 5")."""


_ACROSS = re.compile(
    r"\bacross\s+the\s+(?:[\w-]+\s+)?(?:county|counties|region|province|state|country|area)\b", re.IGNORECASE
)
"""Deeds told of across an area ("searched a house in Y and were checking CCTV across the county"):
a hunt, a search, a sweep in many towns, so a lone town's deed is one of several."""


def _deed_window(before: str) -> str:
    """The words of a town's clause before its preposition: back to the last comma or word opening
    a clause (``_WINDOW_START``), at most ``DEED_REACH`` words."""
    lead = _LEAD_PREP.search(before)
    head = before[: lead.start()] if lead else before
    cut = 0
    for m in _WINDOW_START.finditer(head):
        cut = m.end()
    for m in _IN_THING.finditer(head):  # "the teacher killed in the crash was held in Y": "was held"
        if m.group(1).lower() not in _WHEN:
            cut = max(cut, m.end())
    return " ".join(head[cut:].split()[-DEED_REACH:])


_IN_THING = re.compile(r"\bin\s+(?:(?:the|a|an|its|his|her|their)\s+)?([A-Za-z]+|\d+)", re.IGNORECASE)
"""An earlier "in" and the word after it in a town's clause: the deed it tells of has its place
there ("opened fire in a petrol station in Y"), so the town's deed window starts after it."""
_WHEN = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday spring summer autumn fall winter morning afternoon evening
    night recent past future""".split()
)
"""Words after "in" that tell a time, not a place: the window is not cut there ("Shooting starts in
May in X")."""


def _last_deed(window: str) -> str:
    """The stem of the deed word of a window nearest its town (``_deed_words``), else ""."""
    for raw in reversed(window.split()):
        found = _deed_words(raw)
        if found:
            return next(iter(found))
    return ""


def _deed_words(window: str) -> frozenset[str]:
    """Stems of the content words of a deed window (``_deed_window``, people's names taken out by
    the caller); no month, weekday, person, area or moved-to noun (``_NO_THING``), nor any of
    ``NO_DEED``."""
    from factcheck.extract.persons import MONTHS, WEEKDAYS
    from factcheck.words import STOPWORDS, stem

    out: set[str] = set()
    for raw in window.split():
        w = raw.strip(".,;:'’\"“”()")
        low = w.lower()
        if not w.isalpha() or low in STOPWORDS or low in NO_DEED:
            continue
        if low in MONTHS or low in WEEKDAYS or low in _NO_THING or len(low) < 3:
            continue
        out.add(stem(low))
    return frozenset(out)


def _another_time(sentence: str, end: int, year_from: int = 0) -> bool:
    """Whether a town's clause (``_clause``, but ending also at a word opening another clause:
    ``_NEXT_CLAUSE``) tells of another time or another of its kind (``_APART``) or states a year
    from offset ``year_from`` on (``_YEAR``; not the year of a dateline opening the sentence): "died
    in X in 2009", "was convicted in X last year"; not "was arrested in X after a fight left another
    man dead"."""
    clause = _clause(sentence, end)
    clause = clause[:end] + _NEXT_CLAUSE.split(clause[end:])[0]
    return bool(_APART.search(clause) or _YEAR.search(SENTENCE_DATELINE.sub("", clause[year_from:])))


def _died_subject(before: str, died: int, present: list[Claim], sentence_start: int) -> Claim | None:
    """The mention of the one who died: the first person named right before "died" (at offset
    ``died`` of the sentence), with nothing between but an age, one insert between commas, or
    "who" (``_DIED_SUBJECT``); None when no name is so placed."""
    for p in sorted(present, key=lambda p: p.location.start):
        end = p.location.end - sentence_start
        if 0 < end <= died and _DIED_SUBJECT.match(before[end:died]):
            start = p.location.start - sentence_start
            return None if _KIN_BEFORE.search(before[: max(0, start)]) else p
    return None


_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:late\s+)?(?:father|mother|son|daughter|brother|sister|husband|wife|grandfather|grandmother|grandson|"
    r"granddaughter|uncle|aunt|cousin|nephew|niece|parents?|widow|widower)\s*,\s*(?:the\s+[\w-]+\s+)?\Z",
    re.IGNORECASE,
)
"""A kin noun after "his/her/their" just before the name of the one who died ("named for his father,
Jonas Doe, who died in X"): a relative's death, told beside the story's own person, maybe his
namesake; not "Karen Doe's husband, Tom Doe, died in X", the story's own person so introduced."""


def _identity(p: Claim, article: list[Claim], ident: PersonIdentity) -> str:
    """A person's identity; a surname alone is the one full name its article gives that surname, if
    one ("Doe died" after "Jane Doe, a pianist"), not any other of that family."""
    toks = core_tokens(p.subject)
    if len(toks) == 1:
        full = {ident.id(q.subject) for q in article if len(t := core_tokens(q.subject)) >= 2 and t[-1] == toks[0]}
        if len(full) == 1:
            return full.pop()
    return ident.id(p.subject)


def _clause(sentence: str, end: int) -> str:
    """A town's clause: its sentence up to the town's end (``end``) and on to the next comma,
    semicolon or full stop, a state or country after the town skipped ("X, Ohio")."""
    rest = _STATE_AFTER.sub("", sentence[end:])
    return sentence[:end] + re.split(r"[,;.]", rest)[0]


def _deed(sentence: str, present: list[Claim], sentence_start: int, ident: PersonIdentity) -> str:
    """``_Slot.deed`` of a sentence and the mentions of people in it."""
    if not present:
        return ""
    order = sorted(present, key=lambda p: p.location.start)
    first = ident.id(order[0].subject)
    second = next((p for p in order if ident.id(p.subject) != first), None)
    if second is None:
        return ""
    first_claim = order[0]
    verb = _DEED.match(sentence[first_claim.location.end - sentence_start : second.location.start - sentence_start])
    if verb is None:
        return ""
    return f"{first}|{ident.id(second.subject)}|{DEEDS.get(verb.group(1), verb.group(1))}"


def _thing(before: str) -> str:
    """What is at a town after "in"/"at" (``_Slot.thing``), from the words before the preposition."""
    from factcheck.words import STOPWORDS, event_class

    verb = _EVENT_VERB.search(before)
    if verb is not None and verb.group(1) in SLOT_EVENTS:
        if _OWNER.search(before, 0, verb.start(1)):
            return ""  # "his brother won his fight in X": someone's own fight, not the one reported
        return SLOT_EVENTS[verb.group(1)]
    noun = _THING.search(before)
    if noun is None or noun.group(1) in STOPWORDS or noun.group(1) in _NO_THING:
        return ""
    word = noun.group(1)
    return SLOT_EVENTS.get(word) or event_class(word) or word


def _homes_in_names(mentions: list[Claim]) -> dict[str, tuple[Claim, Claim, Claim]]:
    """A person's name and their town read as one named thing ("Ada Lind of Springfield", when no
    comma parts them) as a mention of the person and one of the town, for the town to be their
    home like "Ada Lind, 36, of Springfield"; only when the town is one the gazetteer knows. Each
    made mention's id -> (the person's mention, the town's, the mention they were read from)."""
    from factcheck.places import PlaceResolver

    out: dict[str, tuple[Claim, Claim, Claim]] = {}
    for c in mentions:
        if c.key == "place" or not PERSON_OF_PLACE.match(c.subject) or not c.surface.endswith(c.subject):
            continue
        cut = c.subject.rindex(" of ")
        person, town = c.subject[:cut], c.subject[cut + 4 :]
        resolved = PlaceResolver(c.sentence).resolve(town)
        if not resolved.chain or not resolved.chain[0].id.startswith("P:") or len(resolved.chain) < 2:
            continue
        at = c.location.start + len(c.surface) - len(c.subject)
        who = _part_of(c, ClaimKind.PERSON_ROLE, "person", person, at)
        where = _part_of(
            c,
            ClaimKind.PLACE,
            "place",
            town,
            at + cut + 4,
            text_value="|".join(resolved.ids),
            chain=tuple(p.name for p in resolved.chain),
        )
        out[who.id] = out[where.id] = (who, where, c)
    return out


def _part_of(c: Claim, kind: ClaimKind, key: str, words: str, start: int, **more: Any) -> Claim:
    """A mention of ``words``, a part of mention ``c`` starting at article offset ``start``."""
    where = replace(c.location, start=start, end=start + len(words))
    return replace(c, kind=kind, key=key, display=words, surface=words, subject=words, location=where, **more)


def _nth(text: str, part: str, n: int) -> int:
    """Offset of the ``n``-th (from 0) occurrence of ``part`` in ``text``, -1 when there is none."""
    at = -1
    for _ in range(n + 1):
        at = text.find(part, at + 1)
        if at < 0:
            break
    return at


_PLACED_IN = re.compile(
    r"(?<!,\s)(?<!,)\b[A-Z][\w’'.-]*,\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\b"
    r"(?!\s*,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*(?:,|and\b|or\b))(?!\s*,?\s+(?:and|or|&)\b)"
)
"""A name after another and a comma, not in a list ("MARISBURG, Quarvia, Nov 20", "Ashby,
Quarvia"; not "Ashby, Vennick and Tarn"): the place holding the one before it."""


def _containers(mentions: list[Claim], texts: Mapping[str, str]) -> set[str]:
    """Folded names some article writes as the place holding another (``_PLACED_IN``: "X, Y"): a
    region or country the gazetteer does not know, no town to set against one inside it."""
    from factcheck.places import fold

    sources = list(texts.values()) or list({c.sentence for c in mentions})
    persons = {" ".join(c.surface.split()) for c in mentions if c.key == "person" and len(c.surface.split()) >= 2}
    longest = max((len(p.split()) for p in persons), default=0)

    def after_person(text: str, at: int) -> bool:  # "said Ana Doe, X council leader"
        words = text[max(0, at - 120) : at].rstrip(", ").split()
        return any(" ".join(words[-k:]) in persons for k in range(2, min(longest, len(words)) + 1))

    placed = (m for text in sources for m in _PLACED_IN.finditer(text) if not after_person(text, m.start(1)))
    return {fold(m.group(1)) for m in placed}


_AREA_AFTER = "county|counties|region|province|state"
_PART_OF = (
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:suburb|village|district|neighbou?rhood|quarter|estate|ward|hamlet|"
    r"part|area)\b[^.;]{0,60}?\bof\s+[A-Z]"
)


def _areas_or_parts(name: str, texts: _Writings) -> bool:
    """Whether some article writes a name the gazetteer does not know before an area's noun
    ("across the X region": an area holding towns) or as a part of another place ("X, a suburb on the
    northern edge of Y")."""
    pattern = re.compile(rf"\b{re.escape(name)}(?:\s+(?i:{_AREA_AFTER})\b|{_PART_OF})")
    return any(pattern.search(texts.texts[a]) for a in texts.writing(name))


class _Writings:
    """The articles' texts and, per run of word characters, the articles that write it: the articles
    that may write a name (each of its runs written in them) without reading every text for each
    town, which a folder of thousands of reports and thousands of towns cannot afford."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        self._by_run: dict[str, set[str]] = defaultdict(set)
        for article, text in texts.items():
            for run in set(_RUN.findall(text)):
                self._by_run[run].add(article)

    def writing(self, name: str) -> set[str]:
        """The articles that may write ``name`` between word boundaries (a superset, to be searched)."""
        runs = _RUN.findall(name)
        if not runs:
            return set(self.texts)
        return set.intersection(*(self._by_run.get(r, set()) for r in runs))


_RUN = re.compile(r"\w+")


def place_conflicts(
    mentions: list[Claim],
    ident: PersonIdentity,
    facts: ArticleFacts | None,
    texts: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Two towns of one country named for one slot by articles reporting one event, no article
    naming both (see the module docstring)."""
    homes = _homes_in_names(mentions)
    mentions = mentions + list({id(c): c for who, where, _ in homes.values() for c in (who, where)}.values())
    slots = _slots(mentions, ident)
    slots.update(_definite_homes(mentions, slots, ident, facts, texts or {}))
    spread = _spread(texts or {})
    writings = _Writings(texts or {})
    by_town: dict[str, list[Claim]] = defaultdict(list)
    # (article, lead) -> slots given, with their towns and sentences
    placed: dict[tuple[str, str], list[tuple[_Slot, set[str], str]]] = defaultdict(list)
    for c in mentions:
        slot = slots.get(c.id)
        if slot is not None and slot.lead:
            placed[(c.location.article, slot.lead)].append((slot, set(c.text_value.split("|")), c.sentence))
            by_town[c.text_value.split("|", 1)[0]].append(c)

    def told_apart(c: Claim, other: str) -> bool:
        """Whether the article of ``c`` gives the town ``other`` as a place of the same kind, but
        for the home of someone it tells apart from the one whose home ``c`` is, or one it restates
        (``_restated``)."""
        mine = slots[c.id]
        return any(
            other in ids and not _other_people(mine, theirs) and not _restated(mine, theirs, c.sentence != sentence)
            for theirs, ids, sentence in placed[(c.location.article, mine.lead)]
        )

    wide = _containers(mentions, texts or {}) | _parts(mentions)
    for town in [
        t
        for t in by_town
        if t.startswith("A:")
        and by_town[t]
        and (_folded(by_town[t][0]) in wide or _areas_or_parts(by_town[t][0].chain[0], writings))
    ]:
        del by_town[town]  # a region or country the articles place a town in, or a part of a town
    towns = sorted(by_town)
    naming: dict[str, int] = {}  # town -> articles writing its name (``_naming``)
    out: list[Finding] = []
    for i, x in enumerate(towns):
        chain_x = by_town[x][0].text_value.split("|")
        for y in towns[i + 1 :]:
            chain_y = by_town[y][0].text_value.split("|")
            if (len(chain_x) > 1 and len(chain_y) > 1 and chain_x[-1] != chain_y[-1]) or x in chain_y or y in chain_x:
                continue  # other countries, or one town inside the other
            if x[:2] != y[:2] or (x.startswith("A:") and (len(chain_x) == 1) != (len(chain_y) == 1)):
                continue  # a town the gazetteer knows and one it does not (maybe a part of it): not known apart
            suburb = _maybe_suburb(by_town[x][0], by_town[y][0])
            only_x = [c for c in by_town[x] if not told_apart(c, y)]
            only_y = [c for c in by_town[y] if not told_apart(c, x)]
            if not only_x or not only_y:
                continue
            if suburb:
                home = _one_home(only_x[:MENTIONS_COMPARED], only_y[:MENTIONS_COMPARED], slots, facts)
                if home is not None:
                    who = ident.name(home.holder)
                    near = _home_in_district(_in_slot(only_x, slots, home), _in_slot(only_y, slots, home), who, homes)
                    if near is not None:
                        out.append(near)
                continue
            apart = _ages_apart(by_town[x], by_town[y], slots)
            for t in (x, y):
                if t not in naming:
                    naming[t] = _naming(by_town[t], writings)
            named = sorted((naming[x], naming[y]))
            lone = named[0] == 1 and named[1] >= LONE_AGAINST  # one article's town against the others'
            link = _one_slot(
                only_x[:MENTIONS_COMPARED], only_y[:MENTIONS_COMPARED], slots, ident, facts, apart, lone, spread
            )
            if link is not None:
                why, slot = link
                out.append(_finding(_in_slot(only_x, slots, slot), _in_slot(only_y, slots, slot), why, homes))
    return out


HOME_CROWD = 2
"""Other articles, at least, that must give one named person's home as one town before an unnamed
home "the X man" one article alone gives is read as that person's (``_definite_homes``). On the 24
dev stories one of the two homes so caught has two such articles: 3 would catch one."""
HOME_CROWD_AGED = 1
"""As ``HOME_CROWD``, when the unnamed home carries an age and each article counted gives the named
person's home with an age a year apart at most beside it ("the 39-year-old X man" against "Jane
Doe, 38, of Y"): the age ties the two as a second article would. On the 24 dev stories'
self-test, place 17 -> 18 of 23 caught; dev findings, invented sets, noise and BBC unchanged."""


def _definite_homes(
    mentions: list[Claim],
    slots: dict[str, _Slot],
    ident: PersonIdentity,
    facts: ArticleFacts | None,
    texts: Mapping[str, str],
) -> dict[str, _Slot]:
    """Unnamed homes read as a named person's: "the [38-year-old] X man" (``_Slot.definite``) tells
    of someone the article has already told of, most likely the one it names most. When one person
    is written more often than anyone else in the article (``judge_roles._times_written``: "said
    Doe", "Doe's" too), ``HOME_CROWD`` or more other articles that may share its facts give their
    home as a town, none as X, no other article names X at all, and the ages stated beside the homes
    differ by a year at most (a later report may give the next birthday), the home is taken for
    theirs, to be compared as any home of a named person: "Jane Doe was charged ... said Doe ...
    the 41-year-old Shelbyville woman", where two other reports say "Jane Doe, 40, of Springfield".
    A town another report names too may be another person's home; a town one article alone gives,
    as the home of someone it told of before, is a slip or tells of no one else. Claim id -> the
    slot with its holder. Measured on the 24 dev stories (place mutations, --single): 16 -> 18 of 23
    caught (a suspect's home given as another town: "the Y man" for the one the article is about),
    no conflict added on the unchanged stories, nor in the invented sets or folders of unrelated
    reports."""
    towns: dict[str, set[str]] = defaultdict(set)  # town -> articles naming it
    homes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # holder -> town -> articles
    ages: dict[str, set[int]] = defaultdict(set)  # holder -> ages stated beside their home
    aged: dict[tuple[str, str], set[int]] = defaultdict(set)  # (holder, article) -> ages beside their home
    for c in mentions:
        if c.key == "place" and _town(c):
            town = c.text_value.split("|", 1)[0]
            towns[town].add(c.location.article)
            slot = slots.get(c.id)
            if slot is not None and slot.holder and slot.lead == "of":
                homes[slot.holder][town].add(c.location.article)
                if slot.age:
                    ages[slot.holder].add(int(slot.age))
                    aged[(slot.holder, c.location.article)].add(int(slot.age))
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in mentions:
        if c.key == "person":
            by_article[c.location.article].append(c)
    named_most: dict[str, str] = {}  # article -> the one person it writes most ("" for a tie or no one)

    def most_written(article: str) -> str:
        if article not in named_most:
            people, text = by_article[article], texts.get(article, "")
            written = Counter(
                {
                    who: _times_written(text, toks)
                    for p in people
                    for who in (_identity(p, people, ident),)
                    if len(toks := core_tokens(ident.name(who))) >= 2
                }
            )
            ranked = written.most_common(2)
            tied = not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1])
            named_most[article] = "" if tied else ranked[0][0]
        return named_most[article]

    out: dict[str, _Slot] = {}
    for c in mentions:
        slot = slots.get(c.id)
        if slot is None or not slot.definite or slot.holder:
            continue
        article, town = c.location.article, c.text_value.split("|", 1)[0]
        if towns[town] != {article}:
            continue
        who = most_written(article)
        if not who:
            continue
        given = {
            t: {a for a in arts - {article} if facts is None or facts.may_share(article, a)}
            for t, arts in homes.get(who, {}).items()
        }
        if town in given:
            continue
        # "the 39-year-old X man" where one other report says "Jane Doe, 38, of Y": the age stands
        # in for a second report
        near = {
            a
            for arts in given.values()
            for a in arts
            if slot.age and any(abs(int(slot.age) - age) <= 1 for age in aged[(who, a)])
        }
        if max(map(len, given.values()), default=0) < HOME_CROWD and len(near) < HOME_CROWD_AGED:
            continue
        if slot.age and ages[who] and min(abs(int(slot.age) - a) for a in ages[who]) > 1:
            continue
        out[c.id] = replace(slot, holder=who)
    return out


def _ages_apart(cx: list[Claim], cy: list[Claim], slots: dict[str, _Slot]) -> set[str]:
    """The ages some article gives to a person of each town, two people it tells apart (not
    ``_restated``: "the driver, a 66-year-old X woman ... Jane Doe, 66, of Y, a passenger"): an age
    so given is no one person's in any two articles (two people of that age are in the story)."""
    out: set[str] = set()
    aged_x = {(x.location.article, slots[x.id].age) for x in cx if slots[x.id].age}
    if not aged_x or not aged_x & {(y.location.article, slots[y.id].age) for y in cy if slots[y.id].age}:
        return out  # most pairs of towns: no article gives an age to a person of each
    for x in cx:
        for y in cy:
            sx, sy = slots[x.id], slots[y.id]
            if (
                x.location.article == y.location.article
                and sx.age
                and sx.age == sy.age
                and not _restated(sx, sy, x.sentence != y.sentence)
            ):
                out.add(sx.age)
    return out


def _other_people(a: _Slot, b: _Slot) -> bool:
    """Whether two homes are two people's: of two people named, or of two ages stated ("Jane Doe,
    40, of X" and "a 61-year-old Y man" in one article tell X and Y apart as no one slot)."""
    return bool((a.holder and b.holder and a.holder != b.holder) or (a.age and b.age and a.age != b.age))


def _restated(a: _Slot, b: _Slot, apart: bool) -> bool:
    """Whether two homes one article gives, in two sentences (``apart``), are one person's home said
    twice: both of someone of one stated age, and either neither named, called by the same noun
    with no role before the age (``_Slot.noun``), one of them in the sentence that opens the
    article ("52-year-old X woman charged" as the headline, "a 52-year-old Y woman was charged"
    below), or the first of them unnamed so and the other named with no role before the name
    (``_Slot.roled``: "killed a 66-year-old X woman", then "Jane Doe, 66, of Y was killed"). Two
    towns so given do not tell the towns apart: the other reports say which the article meant.
    (Someone given a role may be another person of that age: "a 19-year-old X man was killed ...
    the driver, a 19-year-old Y man"; a named holder too: "the victim, Jane Doe, 52, of Y"; and one
    whose sentence tells of more than one: "Jane Doe, 66, of Y, was also killed", ``_Slot.several``.)"""
    if not (apart and a.age and a.age == b.age) or a.several or b.several:
        return False
    if not a.holder and not b.holder:
        return bool(a.noun) and a.noun == b.noun and (a.first or b.first)
    unnamed, named = (a, b) if not a.holder else (b, a)
    return not unnamed.holder and bool(unnamed.noun) and unnamed.at < named.at and not named.roled


def _maybe_suburb(a: Claim, b: Claim) -> bool:
    """Whether one town is a city and the other a tenth its size or less (``CITY``), and not
    farther from it than a suburb can be (``SUBURB_KM``)."""
    from factcheck.places import distance_km, gazetteer

    gaz = gazetteer()
    sizes = []
    ids = [c.text_value.split("|", 1)[0] for c in (a, b)]
    for c, pid in zip((a, b), ids, strict=True):
        sizes.append(max((p.population for p in gaz.lookup(c.chain[0]) if p.id == pid), default=0))
    small, large = sorted(sizes)
    if not (large >= CITY and small * SUBURB_SHARE <= large):
        return False
    km = distance_km(*ids)
    return km is None or km <= SUBURB_KM


def _one_slot(
    cx: list[Claim],
    cy: list[Claim],
    slots: dict[str, _Slot],
    ident: PersonIdentity,
    facts: ArticleFacts | None,
    ages_apart: set[str] | frozenset[str] = frozenset(),
    lone: bool = False,
    spread: set[str] | frozenset[str] = frozenset(),
) -> tuple[str, _Slot] | None:
    """Why two towns' mentions fill one slot, and the slot: one person's home, or the same
    preposition in alike sentences (the best pair explains), in reports of one event; None when
    they do not."""
    best: tuple[float, int] | None = None
    found: tuple[str, _Slot] | None = None
    narrower: tuple[str, _Slot] | None = None  # the first pair of one thing or of two people, if none is alike
    deeded: tuple[str, _Slot] | None = None  # the first pair told of by the same words, if none else
    need_score, need_shared = SLOT_ALIKE
    for x in cx:
        for y in cy:
            ax, ay = x.location.article, y.location.article
            if facts is not None and not facts.may_share(ax, ay):
                continue
            sx, sy = slots[x.id], slots[y.id]
            if sx.holder and sx.holder == sy.holder:
                who = ident.name(sx.holder)
                why = f"both say where {who} is from ({ax}: {x.surface!r}, {ay}: {y.surface!r})"
                told = [(a, t) for a, t, s in ((ax, x.surface, sx), (ay, y.surface, sy)) if s.definite]
                for a, t in told[:1]:
                    why += f"; {a} gives {t!r} after 'the', of someone it told of: read as {who}, named most there"
                return why, sx
            if sx.lead == sy.lead in ("born", "died") and sx.named & sy.named and sx.towns == sy.towns == 1:
                one = min(sx.named & sy.named)
                who, what = (one.capitalize(), "was born") if sx.lead == "born" else (ident.name(one), "died")
                why = f"both say where {who} {what} ({ax}: {x.surface!r}, {ay}: {y.surface!r})"
                return why, sx
            if sx.age and sx.age == sy.age and sx.towns == sy.towns == 1 and sx.age not in ages_apart:
                why = f"both say where someone aged {sx.age} is from ({ax}: {x.surface!r}, {ay}: {y.surface!r})"
                return why, _Slot("", "of", age=sx.age)
            named_here = x.text_value.startswith("A:")
            if named_here and (ax in spread or ay in spread or _VOTES.search(x.sentence) or _VOTES.search(y.sentence)):
                continue  # a storm's or a flood's deeds: many towns at once (``_spread``)
            if named_here and (_MANY_TOWNS.search(sx.window) or _MANY_TOWNS.search(sy.window)):
                continue  # "the relay stopped in X", "were evacuated in Y": one stop of several
            if named_here and (sx.kin != sy.kin or sx.marks != sy.marks or _parts_of_day_apart(x.sentence, y.sentence)):
                continue  # "Doe's co-accused"; "its first store ... in 1998"; "in a second raid"
            others = bool(sx.who and sy.who) and sx.who.isdisjoint(sy.who)  # "two men" / "a woman"
            shared_deeds = sx.deeds & sy.deeds
            if (
                lone
                and deeded is None
                and len(shared_deeds) >= DEEDS_SHARED
                and sx.verb in shared_deeds
                and sy.verb in shared_deeds
                and not others
                and not _days_apart(x.sentence, y.sentence)
            ):
                why = (
                    f"both say where the same happened: {sx.window!r} ({ax}: {x.surface!r}) / "
                    f"{sy.window!r} ({ay}: {y.surface!r})"
                )
                deeded = why, replace(sx, thing="", people=frozenset(), deeds=shared_deeds)
            if sx.holder or sy.holder or sx.lead != sy.lead or sx.towns > 1 or sy.towns > 1:
                continue  # (which of a sentence's towns answers the other's is not known)
            if narrower is None and sx.thing and sx.thing == sy.thing and not (others and named_here):
                why = f"both say where the {sx.thing} is ({ax}: {x.surface!r}, {ay}: {y.surface!r})"
                narrower = why, replace(sx, people=frozenset(), deeds=frozenset())
            shared = sx.people & sy.people
            if narrower is None and len(shared) >= SHARED_PEOPLE and sx.deed and sx.deed == sy.deed:
                who = " and ".join(sorted(ident.name(p) for p in shared)[:3])
                why = f"both sentences name {who} and a town after 'in' ({ax}: {x.surface!r}, {ay}: {y.surface!r})"
                narrower = why, replace(sx, thing="", people=shared, deeds=frozenset())
            score = _sentences_alike(x, y)
            if _ALSO.search(sx.window) or _ALSO.search(sy.window):
                continue  # "also ... in Y": one more place, not another name for the place
            if others:
                continue  # what was done to other people ("arrested two men in X" / "arrested a woman in Y")
            if score[0] >= need_score and score[1] >= need_shared and (best is None or score > best):
                best = score
                why = (
                    f"both after {sx.lead!r} in alike sentences "
                    f"(similarity {score[0]:.2f}, {score[1]} shared words: {ax}, {ay})"
                )
                found = why, replace(sx, thing="", people=frozenset(), deeds=frozenset())
    return found or narrower or deeded


_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2})\b",
    re.IGNORECASE,
)


def _days_apart(a: str, b: str) -> bool:
    """Whether two sentences each name a day and no day of one is the other's ("on Monday in X" /
    "on Tuesday in Y": two nights, maybe two deeds). Days told relative to a publication date
    ("yesterday", "today") are no day here: "yesterday" published on Monday is Sunday."""
    da, db = {m.lower() for m in _DAY.findall(a)}, {m.lower() for m in _DAY.findall(b)}
    return bool(da and db and not da & db)


_PART_OF_DAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|this|last|early|late|yesterday|tomorrow)\s+"
    r"(morning|afternoon|evening|night)\b|\b(overnight|midnight|noon|midday|dawn|dusk)\b",
    re.IGNORECASE,
)
"""A part of the day a deed is told at ("on Monday morning", "late evening", "at dawn", "overnight"); not
"crews worked through the night" after it (a reviewer's true conflict was hidden)."""
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth)\b", re.IGNORECASE)
"""An ordinal in a sentence: which one of several deeds ("opened its first store in Y", "in a second
raid"; ``_Slot.marks``)."""


_PERIODS = {
    "dawn": {"morning", "night"}, "morning": {"morning"}, "noon": {"midday"}, "midday": {"midday"},
    "afternoon": {"afternoon"}, "dusk": {"evening"}, "evening": {"evening", "night"}, "night": {"night", "evening"},
    "midnight": {"night"}, "overnight": {"night", "evening", "morning"},
}  # fmt: skip
"""The periods each part of the day may fall in: "Tuesday night" and "overnight" are one time (a
reviewer's true conflict was hidden when any two words were apart)."""


def _parts_of_day_apart(a: str, b: str) -> bool:
    """Whether two sentences each name a part of the day and none of one can be the other's ("on
    Monday morning" / "on Monday afternoon": two deeds; ``_PERIODS``)."""
    pa, pb = (set().union(*(_PERIODS[(x or y).lower()] for x, y in _PART_OF_DAY.findall(t))) for t in (a, b))
    return bool(pa and pb and not pa & pb)


def _marks(sentence: str, start: int, end: int) -> frozenset[str]:
    """``_Slot.marks``: the ordinals of a town's sentence before it ("opened its first store in Y"),
    not of "for the first time" nor after the town ("robbed a shop in Y, the first robbery there":
    a reviewer's true conflicts were hidden) but "a second raid" (``_ORDINAL_SUCH``), and the years of its clause
    (``_clause``, ending at ``end``; a dateline's year left out)."""
    years = _YEAR.findall(SENTENCE_DATELINE.sub("", _clause(sentence, end)))
    head = _FOR_THE_TIME.sub("", sentence[:start])
    such = [a or b for a, b in _ORDINAL_SUCH.findall(sentence[start:])]  # "... in Y, in a second raid"
    return frozenset(m.lower() for m in [*_ORDINAL.findall(head), *such]) | frozenset(years)


_ORDINAL_SUCH = re.compile(
    r"\b(?:(second|third|fourth|fifth|sixth)\s+such|an?\s+(second|third|fourth|fifth|sixth))\b", re.IGNORECASE
)
"""An ordinal after a town that tells one more deed ("in the second such raid", "in a second raid"), not
which one of a thing ("the first robbery at the shop")."""


_FOR_THE_TIME = re.compile(r"\bfor\s+the\s+\w+\s+time\b", re.IGNORECASE)


_KIN = re.compile(
    r"[A-Za-z]['’]s\s+(?:[a-z-]+\s+)?"
    r"(co-accused|co-defendants?|accomplices?|brothers?|sisters?|sons?|daughters?|fathers?|mothers?|wife|husband|"
    r"partners?|girlfriend|boyfriend|lawyers?|attorneys?|solicitors?|friends?|relatives?|cousins?|colleagues?|"
    r"associates?|aides?|parents|family|spokes(?:man|woman|person)|widow|uncle|aunt|nephew|niece)\b",
    re.IGNORECASE,
)
"""A named person's person before a town ("Doe's co-accused appeared in court in Y"): another person
than the one another sentence tells of (``_Slot.kin``). Not "his brother": "a shop owned by his
brother in Y" is still the robbed shop's town (a reviewer's true conflicts were hidden)."""
_MANY_TOWNS = re.compile(
    r"\b(?:evacuat\w*|stop|stops|stopped|stopping|visit|visits|visited|visiting|toured|touring|"
    r"passe[sd]\s+through|passing\s+through|relay|relays|motorcade|procession|convoy|parade|caravan|tour)\b",
    re.IGNORECASE,
)
"""Deed words of a town's window that tell of one stop of several ("the torch relay stopped in X",
"the royal train stopped in Y", "hundreds were evacuated in Z"): a relay, a tour, a train calls at
many towns, and people are evacuated from many: the town is set against no other for the deed."""


def _naming(claims: list[Claim], texts: _Writings) -> int:
    """Articles that write a town's name, read as a mention or not ("the X site")."""
    names = {c.surface for c in claims}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")
    maybe = set().union(*(texts.writing(n) for n in names))
    return len(articles_of(claims) | {a for a in maybe if pattern.search(texts.texts[a])})


LONE_AGAINST = 2
"""Articles, at least, that must name the other town (as a mention or not: ``_naming``) before a
town one article alone names is set against it for a shared deed (``_Slot.deeds``): one report's
slip against the others'."""
DEEDS_SHARED = 2
"""Stems two towns' deed windows (``_Slot.deeds``) must share before the towns are taken for the
place of one deed ("Shooting starts in May in X" / "Shooting is due to start in May in Y":
shoot, start). Measured on the invented tuned sets: conflict recall 351 -> 353 of 636 (a filming
town; a warehouse's town, "delays at its new depot in X" / "delays at a new freight
depot in Y"), precision 362/406 -> 364/408, no false one; held-out sets, dev stories,
self-test and noise unchanged. Read after "near" too, it joined a derailment's towns in a headline
and a report (a village and the city beside it, both "near"): one false conflict; the slot takes
"in" alone."""


def _one_home(cx: list[Claim], cy: list[Claim], slots: dict[str, _Slot], facts: ArticleFacts | None) -> _Slot | None:
    """The home of one named person that two articles reporting one event give, one as each town;
    None when none does."""
    for x in cx:
        for y in cy:
            ax, ay = x.location.article, y.location.article
            if ax == ay or (facts is not None and not facts.may_share(ax, ay)):
                continue
            if slots[x.id].holder and slots[x.id].holder == slots[y.id].holder:
                return slots[x.id]
    return None


def _home_in_district(
    cx: list[Claim], cy: list[Claim], who: str, homes: Mapping[str, tuple[Claim, Claim, Claim]]
) -> Finding | None:
    """One person's home given as a city by some articles and as a town beside it a tenth its size
    or less by others (``_maybe_suburb``), no farther from it than ``DISTRICT_KM``: compatible, the
    town the more precise (a town near the city, or part of it). None when the town is farther: a
    town of its own, neither compared nor compatible. A town read inside a name
    (``_homes_in_names``) is shown as the mention it was read from."""
    from factcheck.places import distance_km, gazetteer

    def size(c: Claim) -> int:
        pid = c.text_value.split("|", 1)[0]
        return max((p.population for p in gazetteer().lookup(c.chain[0]) if p.id == pid), default=0)

    def people(c: Claim) -> str:
        return f"{size(c):,} inhabitants" if size(c) else "inhabitants not known"

    small, large = sorted((cx, cy), key=lambda cs: size(cs[0]))
    km = distance_km(small[0].text_value.split("|", 1)[0], large[0].text_value.split("|", 1)[0])
    if km is not None and km > DISTRICT_KM:
        return None
    apart = "near it" if km is None else f"{km:.0f} km from it" if km >= 1 else "under 1 km from it"
    return make_finding(
        Verdict.COMPATIBLE,
        Severity.NONE,
        ClaimKind.PLACE,
        f"place: {large[0].chain[0]}",
        dedupe([homes[c.id][2] if c.id in homes else c for c in large + small]),
        f"{who}'s home: {small[0].chain[0]!r} ({_arts(small)}) is a town near {large[0].chain[0]!r} "
        f"({_arts(large)}), or part of it: said more precisely, not a different place",
        (
            f"{large[0].chain[0]} is a city ({people(large[0])}); {small[0].chain[0]} ({people(small[0])}) "
            f"is {apart} (gazetteer)",
        ),
    )


def _in_slot(claims: list[Claim], slots: dict[str, _Slot], slot: _Slot) -> list[Claim]:
    """The mentions of one slot: those giving the home of its person, or those after its
    preposition, alone of their kind in their sentence and given as no one's home."""
    if slot.holder:
        return [c for c in claims if slots[c.id].holder == slot.holder]
    if slot.age:
        return [c for c in claims if slots[c.id].age == slot.age]
    alone = [c for c in claims if not slots[c.id].holder and slots[c.id].lead == slot.lead and slots[c.id].towns == 1]
    if slot.thing:
        return [c for c in alone if slots[c.id].thing == slot.thing]
    if slot.people:
        return [c for c in alone if slot.people <= slots[c.id].people]
    if slot.deeds:
        return [c for c in claims if slots[c.id].lead == slot.lead and slot.deeds & slots[c.id].deeds]
    return alone


def _finding(cx: list[Claim], cy: list[Claim], link: str, homes: Mapping[str, tuple[Claim, Claim, Claim]]) -> Finding:
    """The conflict; a town read inside a name (``_homes_in_names``) is shown as the mention it was
    read from."""
    many, few = (cx, cy) if len(articles_of(cx)) >= len(articles_of(cy)) else (cy, cx)
    n_many, n_few = len(articles_of(many)), len(articles_of(few))
    town_many, town_few = many[0].chain[0], few[0].chain[0]
    where = f"both towns are in {many[0].chain[-1]}, neither contains the other"
    if len(many[0].chain) == 1 or len(few[0].chain) == 1:
        where = "neither town is one the gazetteer knows, no article writes one as holding the other ('X, Y')"
    return make_finding(
        Verdict.CONFLICT,
        Severity.MEDIUM,
        ClaimKind.PLACE,
        f"place: {town_many}",
        dedupe([homes[c.id][2] if c.id in homes else c for c in many + few]),
        f"one place named as two towns? {town_few!r} ({_arts(few)}) vs {town_many!r} ({_arts(many)})",
        (
            f"{where}, {_gives_both(many, few)}, and {link}",
            f"{n_few} article{'s' if n_few != 1 else ''} vs {n_many}",
        ),
    )


def _gives_both(many: list[Claim], few: list[Claim]) -> str:
    """Which articles give both towns so: none, or those restating one person's home (``_restated``)."""
    both = sorted(articles_of(many) & articles_of(few))
    if not both:
        return "no article gives both so"
    return f"{', '.join(both)} gives both as the home of one person of one age (one of them likely a slip)"
