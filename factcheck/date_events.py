"""The event a date is given for, read from the words of its clause ("was dismissed Tuesday" ->
fire; "died Thursday", "his death on Tuesday" -> die; "the June 3 killing" -> kill).

Two reports that give different days for one event are a contradiction; two that give different
days for two events (a firing and a hiring, a death and a funeral) are not. ``date_event`` gives
the evidence the judge needs to tell them apart, in a word a user can check in the sentence:

- an event word of the lexicon (``words.event_class``, plus births, deaths, funerals, firings,
  hirings and the like: ``EVENT_WORDS``) in the date's clause, the nearest one first;
- else the nearest inflected verb before the date in its clause ("toppled", "sank", "named"), or
  just after it ("A court on Tuesday convicted ...");
- else, in a relative clause that only plans ("planned", "set", "scheduled", "slated", "due") the
  event of its pronoun ("the vote, which is set for June 9"), the event named just before the
  pronoun (``ANTECEDENT_WORDS``); a relative clause that reports or says nothing else names none;
- else "" (nothing says what happened that day: "Friday was quiet").

A clause ends at a comma, a bracket, a dash, a colon or a conjunction ("when", "as", "which"...),
but not at a comma of names when the words after it name no event ("died in Brenton, Ohio, on
Friday", "kept his IBF and WBC titles on Friday": ``_name_comma``), nor at an age or a weekday
in apposition ("Hale, 52,"; "died Thursday, May 11"); and the "as" of a role after a hiring,
firing, election, resignation or retirement opens none ("was appointed as coach on May 2":
``ROLE_EVENTS``; not "as a result of", "as part of", "as he left"). A crime an accusation names
right before the date ("charged with murder Monday") gives the accusation's event
(``ACCUSATIONS``: the charge); a crime told with its object ("convicted of robbing a bank in
2019") keeps the crime's.

Verbs of saying, being and planning ("said", "was", "planned for") are no event: the day of a
statement is ``dates.REPORT_KEY``'s business, and "planned for Thursday" is the day of what is
planned, named elsewhere in the clause. Everything is a pure function of the sentence and the
date's text, cached: the judge calls it for the pairs it compares, no extraction is changed.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from factcheck.dates import SPEECH_VERBS
from factcheck.times import PART_NAMES

if TYPE_CHECKING:
    from factcheck.models import Claim

__all__ = [
    "APPOINTMENT",
    "EVENTS",
    "EVENT_WORDS",
    "HE_OR_SHE",
    "PERSON_PRONOUNS",
    "WORD",
    "appointment",
    "date_event",
    "deeds",
    "event_and_word",
    "once_only_deed",
    "one_deed",
    "one_regime_end",
    "regime_end",
    "same_event",
    "told_by_verb",
]

# fmt: off
EVENT_WORDS: dict[str, str] = {
    "death": "die", "died": "die", "dies": "die", "dead": "die",
    "born": "born", "birth": "born",
    "funeral": "funeral", "burial": "funeral", "buried": "funeral", "memorial": "funeral",
    "fired": "fire", "firing": "fire", "sacked": "fire", "dismissed": "fire", "dismissal": "fire",
    "ousted": "fire", "ouster": "fire",
    "hired": "hire", "hiring": "hire", "appointed": "hire", "appointment": "hire",
    "killing": "kill", "killed": "kill", "murder": "kill", "murdered": "kill",
    "shooting": "shoot", "shot": "shoot", "shootings": "shoot",
    "sinking": "sink", "sank": "sink", "sunk": "sink",
    "sentenced": "sentence", "sentencing": "sentence",
    "arrested": "arrest", "arrest": "arrest", "detained": "arrest",
    "charged": "charge", "charges": "charge",
    "arraigned": "arraign", "arraignment": "arraign",
    "escaped": "escape", "escape": "escape",
    "released": "release", "release": "release",
    "married": "marry", "marriage": "marry", "wedding": "marry",
    "divorced": "divorce", "divorce": "divorce",
    "retired": "retire", "retirement": "retire",
    "resigned": "resign", "resignation": "resign",
    "elected": "elect", "election": "elect", "elections": "elect", "vote": "elect", "polls": "elect",
    "quake": "quake", "earthquake": "quake", "tremor": "quake", "temblor": "quake",
    "captured": "capture", "capture": "capture", "recaptured": "capture", "recapture": "capture",
    "surrendered": "surrender", "surrender": "surrender",
    "hijacked": "hijack", "hijacking": "hijack", "kidnapped": "kidnap", "kidnapping": "kidnap",
    "abducted": "kidnap", "abduction": "kidnap",
    "derailed": "derail", "derailment": "derail",
}
"""Words of events dates are given for -> one word per event (the verb and its noun as one).
A derailment's verb and noun ("derailed on Thursday" / "Wednesday's derailment"): on the invented
tuning sets one true conflict more (a derailment's weekday, 349 to 350 of 636), none wrong; the
dev stories, the held-out sets, the mutation self-test (311/436), bench/noise.py (3) and the
leave-one-story-out run unchanged. Not "march" (two true conflicts more on the invented sets, but
two marches of one campaign, "a smaller march on Sunday", were then one event), nor "capsized"
(a death toll's later day read as the capsizing's), "robbery" or "stabbed" (nothing gained)."""
EVENTS = frozenset(EVENT_WORDS.values()) | {"court appearance", "convict", "regime end"}
"""The events of the lexicon (``date_event`` gives one of these, or a verb's stem); a "court
appearance" is named by a phrase only (``_PHRASES``: "appeared in court", not "appeared on TV"), a
conviction by "convicted" right before the date (``_CONVICTED_BEFORE``)."""
# fmt: on

_SAYING = frozenset(
    """say says said tell told tells report reported announce announced confirm confirmed confirms
    state stated states note noted notes explain explained insist insisted quote quoted reveal
    revealed disclose disclosed""".split()
)
"""Verbs of saying and confirming (``NO_EVENT``; ``_NO_CONTENT`` leaves them out)."""
NO_EVENT = _SAYING | frozenset(
    """be is are was were been being am have has had do did does expect expected plan planned
    schedule scheduled set slate slated begin began begun start started continue continued come
    came go went get got make made take took give gave see saw will would shall should can could
    may might must""".split()
)
"""Verbs that name no event of their own (being, saying and confirming, planning, beginning;
modals): a date beside them is dated by the event named elsewhere in its clause, or by none.
Not "added" nor "claimed", which also tell deeds ("added a second goal", "claimed the title")."""

LEFT_WORDS = 16
"""Words before a date (in its clause) searched for its event; after it too when the date opens
its clause ("On Thursday, the board dismissed ..."). A clause may name its event far from the
date ("A tremor felt in three valleys and as far as the coast by most of the people of the region
shook the old town on Sunday"): on the dev stories 16 rather than 12 catches one moved date more,
and changes no finding."""
RIGHT_WORDS = 3
"""Words after a date (in its clause) searched for its event ("the June 3 killing")."""

_LEAD_WORDS = frozenset("on in at by during early late last this".split())
"""Words that may stand before a date that opens its clause."""
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
"""A word of a sentence as the event rules read it (letters, apostrophes, hyphens)."""
_BREAK = re.compile(r"[;:()\[\]—–]|,\s|\b(?:when|while|after|before|since|who|which|but|as)\b")


_THAT_AFTER = re.compile(r"\s*,?\s*that\b")
_CLAUSE_AFTER = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|this)\s+\w+(?:\s+\w+)?\s+"
    r"(?:had|has|have|was|were|is|are|would|will|could|may|might)\b"
)
"""What was said with its "that" left out ("told a vigil on May 9 the killing had been avoidable")."""
_SPEECH_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b",
    re.IGNORECASE,
)
"""A clause of what was said or found right after a date, after a verb of saying ("told the crowd on
May 9 that the killing ..."): its event words are not the date's. Without one, "that" opens a clause
of the date's own event ("the crash on Thursday that killed three")."""
_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*$")
"""A weekday in apposition right before a date ("died Thursday, December 11"), which is the same
day and ends no clause."""

_AGE_BETWEEN_COMMAS = re.compile(r",\s+\d{1,3},(?=\s)")
"""An age in apposition ("the shooting of Anna Berg, 15, on Saturday"), which ends no clause."""


_PREPOSITIONS = frozenset("in of with for over after about from".split())


def _verb_after_wins(before: list[str]) -> bool:
    """Whether the event word nearest before a date (``before``: nearest first) stands in a phrase of
    a preposition ("the suspect in the shooting of ...", "charged with killing ..."): then a verb
    right after the date is the sentence's own and the date its ("... on Monday pleaded not
    guilty"), while an event word heading the subject keeps it ("The shooting of ... on Saturday
    sparked riots": the shooting's day)."""
    at = next((i for i, w in enumerate(before) if _plain(w) in EVENT_WORDS), None)
    return at is not None and any(_plain(w) in _PREPOSITIONS for w in before[at + 1 : at + 3])


_GUNFIRE = re.compile(
    r"\b(?:fired|firing)\s+(?:at|into|upon|off|back|warning|shots?|rounds?|bullets?|rubber|tear[ -]?gas|teargas|water"
    r"|missiles?|rockets?|shells?|flares?|mortars?|volleys?|(?:a|the)\s+(?:gun|shot|"
    r"round|weapon|pistol|rifle)|(?:two|three|four|five|several|multiple|\d+)\s+(?:shots|rounds|times|bullets))\b",
    re.IGNORECASE,
)
""""fired" of a gun ("fired at police", "fired two shots", "firing warning shots", "fired tear gas"), not of a job."""
_MARKET_FALL = re.compile(
    r"\b(?:shares?|stocks?|prices?|index|indices|markets?|currency|bonds?|profits?|sales|revenues?|ratings?)"
    r"\s+(?:\w+\s+)?(?:sank|sunk|sink|sinks)\b"
    r"|\b(?:sank|sunk)\s+(?:by\s+)?(?:about\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|cents?)",
    re.IGNORECASE,
)
""""sank" of a price ("Baltra shares sank 12 percent"), not of a ship."""


def _nearest(word: str, sentence: str, at: int) -> int | None:
    """Where in ``sentence`` the word ``word`` stands nearest ``at`` (a date's start), or None."""
    spots = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", sentence)]
    return min(spots, key=lambda p: abs(p - at)) if spots else None


def _gunfire(word: str, sentence: str, at: int) -> bool:
    """Whether ``word`` ("fired"), where nearest the date at ``at``, is of a gun (``_GUNFIRE``): not
    "was fired on Monday after militants fired rockets"."""
    spot = _nearest(word, sentence, at)
    return spot is not None and _GUNFIRE.match(sentence, spot) is not None


def _price_fall(word: str, sentence: str, at: int) -> bool:
    """Whether ``word`` ("sank"), where nearest the date at ``at``, tells of a price falling
    (``_MARKET_FALL``), not of a ship: not the ferry's "sank" of "the ferry sank on Monday, and its
    operator's shares sank 9 percent"."""
    spot = _nearest(word, sentence, at)
    return spot is not None and any(m.start() <= spot < m.end() for m in _MARKET_FALL.finditer(sentence))


def date_event(sentence: str, surface: str) -> str:
    """The event the date ``surface`` of ``sentence`` is given for, as one word, or ""."""
    return event_and_word(sentence, surface)[0]


@functools.lru_cache(maxsize=1 << 14)
def event_and_word(sentence: str, surface: str) -> tuple[str, str]:
    """The event the date ``surface`` of ``sentence`` is given for, and the word of the sentence
    that names it ("fire", "fired"), or ("", "")."""
    at = sentence.find(surface)
    if at < 0 or not surface:
        return "", ""
    left, aged = _AGE_BETWEEN_COMMAS.subn("", sentence[:at])
    right = sentence[at + len(surface) :]
    left = _WEEKDAY_BEFORE.sub("", left)  # "died Thursday, December 11": the date of "died" too
    spans = [m.span() for phrase, _ in _PHRASES for m in phrase.finditer(left)]
    breaks = [  # not the "before" of "due to appear before the court": a phrase's own word
        b for b in _BREAK.finditer(left) if not _role_as(left, b) and not any(i < b.start() < j for i, j in spans)
    ]
    while breaks and _name_comma(left, breaks, len(breaks) - 1) and not _names_event(left[breaks[-1].end() :]):
        breaks.pop()  # "died in Brenton, Ohio, on Friday", "kept his IBF and WBC titles on Friday"
    if breaks:
        left = left[breaks[-1].end() :]
    before = WORD.findall(left)[-LEFT_WORDS:][::-1]
    reach = RIGHT_WORDS
    if all(w.lower() in _LEAD_WORDS for w in before):  # "On Thursday, the board dismissed ...": the clause after
        right, reach = _PART_OF_DAY.sub("", right).lstrip(" ,"), LEFT_WORDS  # "On Sunday afternoon, ..."
    right = _AGE_BETWEEN_COMMAS.sub("", right)  # "On Sunday, Jo Reyes, 19, drowned": the drowning's day
    stop = _BREAK.search(right)
    if stop:
        right = right[: stop.start()]
    if (_THAT_AFTER.match(right) or _CLAUSE_AFTER.match(right)) and _SPEECH_BEFORE.search(left):
        right = ""  # "told the crowd on May 9 that the killing had been avoidable": the telling's day
    after = WORD.findall(right)[:reach]
    if aged and after and _verb_after_wins(before):
        verb = "" if after[0][0].isupper() else _verb(_plain(after[0]))
        if verb:  # "The suspect in the shooting of Anna Berg, 15, on Monday pleaded ...": the plea's day
            return verb, after[0]
    if _CONVICTED_BEFORE.search(left):
        return "convict", "convicted"  # "was convicted in 2018 of killing a guard": the conviction's year
    phrases = {
        m.group(1).lower(): event
        for phrase, event in _PHRASES
        for m in phrase.finditer(left + surface + right)
        if event != "fire" or not _in_custody(sentence)
    }
    cause = _cause_after(after)
    for word in _nearest_first(before, after):
        if word is cause and any(EVENT_WORDS.get(_plain(w)) and _verbal(w) for w in before):
            continue  # "arrested Fisk on Monday in the killing of Ann Roe": the arrest's day
        found = phrases.get(word.lower()) or EVENT_WORDS.get(_plain(word))
        if found and _attributive(word, sentence):
            continue  # "On Monday morning a fired warehouse clerk walked in": a worker, no firing that day
        if found == "fire" and _gunfire(word, sentence, at):
            found = "shoot"  # "fired two shots Friday": a shooting, not a dismissal
        if found == "sink" and _price_fall(word, sentence, at):
            continue  # "On Monday, Baltra shares sank 12 percent": no ship's sinking
        if found and word in before and (word.lower() in phrases or _verbal(word)):
            predicate = _predicate(before[: before.index(word)])
            if predicate:
                return predicate  # "a clerk let go from her job set a fire on Friday": the firing's day
        if found:
            accusation = _accusation(left, word) if word in before else None
            return accusation or (found, word)
    subject = _event_subject(WORD.findall(left))
    if subject:
        return subject  # "An earthquake felt in three valleys ... toppled chimneys and closed the road on May 2"
    gerund = _gerund(breaks, before)
    if gerund:
        return gerund  # "died on Friday after suffering a stroke on May 3": the stroke's day
    for word in before + after:
        if _attributive(word, sentence):
            continue  # "a fired warehouse clerk": who he is
        verb = "" if word[0].isupper() else _verb(_plain(word))  # "Hale said": a name, no verb
        if verb and not (verb == "sink" and _price_fall(word, sentence, at)):
            return verb, word
    if (
        breaks
        and breaks[-1].group() in _RELATIVE
        and all(_plain(w) in _NO_CONTENT for w in before)
        and any(_plain(w) in _PLANNING for w in before)
    ):
        # "the talks, which are set for May 3": the clause names no event of its own but plans
        # one, so the day is of the event its relative pronoun stands for, named just before it
        antecedent = WORD.findall(sentence[: breaks[-1].start()])[-ANTECEDENT_WORDS:]
        for word in antecedent[::-1]:
            found = EVENT_WORDS.get(_plain(word))
            if found:
                return found, word
    return "", ""


_GERUND_BREAKS = frozenset("after before since while when".split())
"""Words opening a clause that may open with a gerund of its own event ("after suffering ...")."""


def _gerund(breaks: list[re.Match[str]], before: list[str]) -> tuple[str, str] | None:
    """The event of a clause opened by "after", "before", "since" and the like with a gerund
    (``_GERUND_BREAKS``: "died on Friday after suffering a stroke on May 3" -> suffer), when the
    clause names no event of the lexicon: the gerund is its verb, though the dictionary also reads
    it as a noun ("suffering", "bleeding"). ``before`` is the clause's words, nearest the date first.
    On the dev stories no finding changes; with ``judge_dates.pair_outliers`` the mutation self-test
    catches one moved day more (a heart attack's "after suffering"); invented sets, bench/noise.py
    and the 2,225 BBC reports unchanged."""
    if not breaks or breaks[-1].group() not in _GERUND_BREAKS or not before:
        return None
    first = before[-1]
    if not first.islower() or not first.endswith("ing") or len(first) < 6 or _PART_OF_DAY.match(first):
        return None  # not "after evening prayers"
    from factcheck.words import readings

    verbs = readings(first).get("VERB")
    if not verbs or verbs[0] == first or verbs[0] in NO_EVENT:
        return None  # "after being ...", "after having ...": no event of their own
    return str(verbs[0]), first


_ARTICLES = frozenset("a an the this".split())
_PART_OF_DAY = re.compile(rf"\A\s*(?:{PART_NAMES})\b")
"""A part of the day right after a date that opens a sentence ("On Sunday afternoon, ..."): the date's
own words, not the end of its clause."""


def _attributive(word: str, sentence: str) -> bool:
    """Whether a participle in -ed stands before a noun after an article wherever the sentence says it
    ("a fired warehouse clerk", "the arrested man"): an adjective of who someone is, not the verb of
    the day."""
    return word.lower().endswith("ed") and _attributive_everywhere(word, sentence)


@functools.lru_cache(maxsize=1024)
def _attributive_everywhere(word: str, sentence: str) -> bool:
    """``_attributive`` past its cheap test, once per word and sentence."""
    told = list(re.finditer(rf"\b{re.escape(word)}\b", sentence))
    return (
        bool(told)
        and all(
            re.search(r"\b(?:a|an|the|his|her|their)\s+\Z", sentence[: m.start()])  # not "that killed three"
            and re.match(r"\s+[a-z]", sentence[m.end() :])
            for m in told
        )
    )


def _event_subject(clause: list[str]) -> tuple[str, str] | None:
    """The event a clause too long for ``LEFT_WORDS`` opens with as its subject, a noun of the
    lexicon after an article ("An earthquake felt in three valleys toppled chimneys in the old town
    and cut power to two villages and closed the pass road on May 2": the quake's day), else None."""
    if len(clause) <= LEFT_WORDS or clause[0].lower() not in _ARTICLES:
        return None
    if any(w.lower() in _LATER_DEEDS for w in clause[2:]):
        return None  # "The earthquake ... was the subject of a debate held on Thursday": the debate's day
    found = EVENT_WORDS.get(_plain(clause[1]))
    return (found, clause[1]) if found and not _verbal(clause[1]) else None


_LATER_DEEDS = frozenset(
    "subject sparked prompted brought debated discussed triggered spurred inspired led marked commemorated".split()
)
"""Main verbs (and "was the subject of") whose own object is a later deed: after one, a clause's
opening event noun does not own the date ("The death of the singer prompted fans to gather on
Sunday": the gathering's day)."""


_VIOLENT = r"(?:shot|stabbed|beaten|struck|strangled|bludgeoned|gunned\s+down|hacked|clubbed|kicked|crushed|burned)"
_CAUSE_BEFORE = frozenset("in for over with".split())


def _cause_after(after: list[str]) -> str | None:
    """The event word after a date that a preposition makes the cause of a deed before it ("on
    Monday in the killing of", "Tuesday in connection with the shooting"), if any: the date is
    the deed's, not the cause's."""
    for k, word in enumerate(after):
        if EVENT_WORDS.get(_plain(word)):
            return word if any(w.lower() in _CAUSE_BEFORE for w in after[:k]) else None
    return None


_CONVICTED_BEFORE = re.compile(r"\bconvicted\s+(?:(?:in|on|last|this|early|late)\s+)?\Z", re.IGNORECASE)
""""convicted" right before a date ("convicted in 2018 of killing a guard", "convicted Friday of
murder"): the day of the conviction; "convicted of robbing a bank in 2019" dates the crime, and a
"convicted" after the date ("robbed a store in 2011 and was convicted in 2013") is another date's."""
REGIME_END = "regime end"
"""The end of a regime told in other words (``_PHRASES``): "the fall of the junta", "the end of the
dictatorship", "the dictatorship was brought down", one event a story's background dates."""
_REGIME_NOUN = r"(junta|dictatorship|regime)s?\b"
_REGIME = rf"(?:the\s+|its\s+|their\s+|[a-z]+['’]s\s+)?((?:[\w'’-]+\s+){{0,2}}?){_REGIME_NOUN}"
"""A regime as the object of its end ("the colonels' junta", "Varnost's army dictatorship"):
the words before its noun (the modifier ``regime_end`` compares) and the noun."""
_REGIME_BARE = r"\b(?:junta|dictatorship|regime)s?"
_REGIME_END_NOUNS = "fall|end|collapse|downfall|overthrow|ouster|toppling|demise"
_REGIME_END_VERBS = r"brought(?=\s+down)|toppled|overthrown|ousted|fell|collapsed|ended"
_PHRASES = (
    (re.compile(r"\b(let)\s+go\b(?!\s+of\b)", re.IGNORECASE), "fire"),
    (
        re.compile(
            r"\b(step(?:ped|s)?|stepping)\s+down\b(?!\s+(?:from|off)\s+(?:the|a)\s+"
            r"(?:podium|stage|stand|dais|platform|plane|bus|train|ladder)\b)",
            re.IGNORECASE,
        ),
        "resign",
    ),
    (
        re.compile(
            r"\b(appear(?:s|ed|ing)?|appearance)\s+(?:in|before|at)\s+(?:(?!food\b)[\w'’.-]+\s+){0,5}?"
            r"(?:court|magistrates['’]?|judge|tribunal)\b(?![\s-]+(?:theat(?:re|er)|house|yard|hotel)\b)",
            re.IGNORECASE,
        ),
        "court appearance",
    ),
    (
        re.compile(
            r"\b(gave|give|gives|giving|given|turned|turn|turns|turning)\s+(?:himself|herself|themselves)\s+"
            r"(?:up\b(?!\s+(?:for|to\s+(?:the\s+)?(?:lord|god|work|music))\b)|in\b(?!\s+(?:his|her|their)\s+sleep))",
            re.IGNORECASE,
        ),
        "surrender",
    ),
    # "ended her acting career in 1990": a retirement told otherwise (dev stories, self-test, noise,
    # invented sets and BBC unchanged: no report there words a retirement so)
    (re.compile(r"\b(end(?:ed|s|ing)?)\s+(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?career\b", re.IGNORECASE), "retire"),
    # "the fall of the colonels' junta in 1961" / "the dictatorship was brought down in 1961"
    (re.compile(rf"\b({_REGIME_END_NOUNS})\s+of\s+{_REGIME}", re.IGNORECASE), REGIME_END),
    (
        re.compile(rf"{_REGIME_BARE}\s+(?:was\s+|were\s+|had\s+been\s+)?({_REGIME_END_VERBS})\b", re.IGNORECASE),
        REGIME_END,
    ),
    (re.compile(rf"\b({_VIOLENT})\s+(?:to\s+death|dead)\b", re.IGNORECASE), "kill"),
    (re.compile(rf"\b{_VIOLENT}\s+(?:to\s+)?(death|dead)\b", re.IGNORECASE), "kill"),
)
"""Events named by a verb and the words after it, read from the verb: "was let go on Thursday" is
the day of a dismissal (not in a story of custody: "questioned and let go by police"); "stepped
down" of a resignation; "gave himself up", "turned herself in" of a surrender; "shot to
death", "stabbed to death", "was shot dead" on Monday of a killing; "is to appear before
the county court on May 9", "appeared in court on Friday" of a court appearance (a violent verb only:
"pronounced dead", "declared dead", "found dead" are a death, not a killing). Tried and left out:
"opened fire" as a shooting (on the dev stories it paired a right reading with a wrong one, "a
man held in a shooting was in hospital Monday": one false conflict, one moved date lost);
"passed away" as a death (right, but in the 2,225 unrelated reports of bench/bench_scale.py in one folder
``judge_dates.event_outliers`` then set the deaths of three people against each other: one false
date conflict, and nothing gained on the dev stories)."""
_CUSTODY = re.compile(
    r"\b(?:police|officers|custody|detain\w*|question\w*|arrest\w*|charge[ds]?|jail\w*)\b", re.IGNORECASE
)
"""Words of custody, beside which "let go" is a release, not a dismissal ("questioned and let go");
police who only tell it are not (``_ATTRIBUTION``)."""
_ATTRIBUTION = re.compile(
    r"\b(?:according\s+to\s+(?:the\s+)?(?:police|officers)|(?:police|officers)(?:\s+(?:spokes(?:wo)?man|spokesperson))?"
    r"\s+(?:said|say|says|told|reported|confirmed)|(?:said|say|says|told)\s+(?:the\s+)?(?:police|officers)|police\s+"
    r"spokes(?:wo)?man|police\s+spokesperson)\b",
    re.IGNORECASE,
)
"""Police named only as the source of what a sentence tells ("police said", "a police spokesman",
"according to police"): no custody beside "let go" ("the cook was let go on May 3, police said")."""


def _in_custody(sentence: str) -> bool:
    """Whether a sentence tells of custody (``_CUSTODY``), police named only as a source of it
    (``_ATTRIBUTION``) left out."""
    if _CUSTODY.search(_ATTRIBUTION.sub(" ", sentence)):
        return True
    # "was let go on Sunday, police said": police tell of a release unless a job is named
    return _ATTRIBUTION.search(sentence) is not None and _JOB.search(sentence) is None


_JOB = re.compile(
    r"\blet\s+go\s+(?:from\b|by\s+(?!(?:the\s+|a\s+)?(?:police|officers|detectives|authorities|judge|court|magistrates?|prosecutors|investigators|deputies)\b))"
    r"|\blet\s+go\s+(?:\w+\s+){0,3}?from\s+(?:his|her|their)\s+job\b",
    re.IGNORECASE,
)
"""A job tied to "let go" ("let go from the depot", "let go by his employer", "let go on Friday from
his job"): with it "let go" told by police is still a dismissal; a job word elsewhere in the sentence
("who was employed by the depot and held after the crash, was let go") is not."""


_NAME_END = re.compile(r"\b[A-Z][\w'’&.-]*$")
_NAME_START = re.compile(r"\s*([A-Z][\w'’&.-]*)")
_OPENERS = frozenset(
    """the a an he she it they we i you his her its their this that these those there but and or
    in on at by for from with when after before while as if police officials authorities""".split()
)
"""Capitalised words after a comma that open a clause rather than go on with a name ("Ohio, the
police said", "Friday, He ..."), so the comma ends the clause."""


def _name_comma(left: str, breaks: list[re.Match[str]], i: int) -> bool:
    """Whether the break ``breaks[i]`` of ``left`` is a comma of names rather than the end of a
    clause: between a place and its region ("Brenton, Ohio"), the items of a list ("his IBF, WBC
    and WBA titles"), or the comma that closes a name between commas ("Marl Hills, Calif., on
    Friday")."""
    found = breaks[i]
    if not found.group().startswith(","):
        return False
    start = _NAME_START.match(left, found.end())
    if _NAME_END.search(left[: found.start()]) and start and start.group(1).lower() not in _OPENERS:
        return True
    if i == 0 or not breaks[i - 1].group().startswith(",") or len(WORD.findall(left[found.end() :])) > 2:
        return False  # "in Brenton, Ohio, police met on Friday": a clause of its own after the name
    between = WORD.findall(left[breaks[i - 1].end() : found.start()])
    return 0 < len(between) <= 3 and all(w[0].isupper() for w in between) and _name_comma(left, breaks, i - 1)


def _names_event(clause: str) -> bool:
    """Whether the words of ``clause`` name an event or open a clause of their own (a word of the
    lexicon, an inflected verb, or a verb of being, saying or taking: "After the club fired Reed,
    Lou Meyer took over on Tuesday", "in Brenton, Ohio, police said Monday"): then a comma of names
    before it is not looked past."""
    if any(phrase.search(clause) for phrase, _ in _PHRASES):
        return True
    return any(
        EVENT_WORDS.get(_plain(w)) or (not w[0].isupper() and (w in NO_EVENT or _verb(_plain(w))))
        for w in WORD.findall(clause)
    )


def _verbal(word: str) -> bool:
    """Whether an event word of the lexicon is a verb's form ("sentenced", "shot"), not a noun's
    ("shooting", "quake", "death")."""
    return word.lower().endswith("ed") or word.lower() in ("shot", "sank", "sunk")


def _predicate(between: list[str]) -> tuple[str, str] | None:
    """The inflected verb outside the lexicon among the words ``between`` an event verb of the
    lexicon and a date (nearest the date first), and its event, when no "and" joins them: the
    lexicon's verb then tells who someone is ("a clerk let go from her job set a fire on Friday",
    "an inmate sentenced to life pulled a gun on Monday"), and the verb nearer the date what
    happened that day; "shot and killed a guard and wounded two clerks Monday" is one deed's."""
    if any(w.lower() in ("and", "or") for w in between):
        return None
    for k, word in enumerate(between):
        if k + 1 < len(between) and between[k + 1].lower() in _ATTRIBUTIVE_BEFORE:
            continue  # "in a parked car", "with aggravated assault": a participle as an adjective
        verb = "" if word[0].isupper() or word.lower().endswith("ing") else _verb(_plain(word))
        if verb:  # not "-ing": "in the parking lot", "youths throwing stones" tell no deed of the day
            return verb, word
    return None


_ATTRIBUTIVE_BEFORE = frozenset("a an the this that his her its their with in of for by from on into".split())
"""Words before a participle that make it an adjective ("a botched robbery"), not the verb of the day."""


def _role_as(left: str, found: re.Match[str]) -> bool:
    """Whether a break ``found`` is the "as" of a role right after an event of a role
    (``ROLE_EVENTS``: "was hired as the club's coach on May 2"), which opens no clause. The "as"
    of a clause ("arrested as he left") or of a phrase ("died as a result of injuries suffered
    in a fall on Friday": the fall's day) does."""
    if found.group() != "as":
        return False
    words, after = WORD.findall(left[: found.start()]), [w.lower() for w in WORD.findall(left[found.end() :])[:2]]
    if after and (after[0] in _SUBJECTS or after[0] in _AS_PHRASES or after == ["a", "result"]):
        return False  # "arrested as he left the bank", "as part of", "as a result of"
    if len(words) > 1 and words[-1].lower() in _OBJECTS:
        words = words[:-1]  # "until the Rovers hired him as coach on May 2": the hiring's day too
    return bool(words) and EVENT_WORDS.get(_plain(words[-1])) in ROLE_EVENTS


_OBJECTS = frozenset("him her them".split())
"""Object pronouns that may stand between a role's event and its "as" ("named her as captain").
On the dev stories, the mutation self-test, the invented sets, bench/noise.py and the BBC reports
nothing changes (a coach's moved hiring day is now read as a hiring, but the other report's day
is a "joined", another event)."""
ROLE_EVENTS = frozenset({"hire", "fire", "elect", "resign", "retire"})
"""Events of the lexicon an "as" of a role may follow ("appointed as", "elected as", "retired as")."""
_SUBJECTS = frozenset("i you he she it we they".split())
_AS_PHRASES = frozenset("part well soon long much far usual expected planned".split())
"""Words after "as" that make it no role's ("as part of", "as well as", "as soon as")."""


_RELATIVE = frozenset({"which", "who"})
ANTECEDENT_WORDS = 4
"""Words before a relative pronoun ("which", "who") searched for the event a date in the relative
clause is given for, when that clause names none ("the vote in two districts, which was set for
June 9"): only when it plans it (``_PLANNING``) and says nothing else but being and the like before
the date (``_NO_CONTENT``). "which sang of the 1950s" is about something else; "who on Friday was
still in hospital" dates no arrest named before it, nor "which was reported on Monday" a killing:
a report's day is not the event's."""
_PLANNING = frozenset("planned set scheduled slated due".split())
_NO_CONTENT = (NO_EVENT - _SAYING) | _LEAD_WORDS | _PLANNING | frozenset("for to not now still already also".split())

ACCUSATIONS: dict[str, str] = {
    "charged": "charge",
    "indicted": "charge",
    "accused": "charge",
    "convicted": "convict",
    "arrested": "arrest",
}
"""Verbs whose object names a crime rather than the event of the day ("charged with murder
Monday": the day of the charge, not of a killing) -> the event they name."""
_ACCUSED = re.compile(r"\b(" + "|".join(ACCUSATIONS) + r")\s+(?:with|of|for)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _accusation(left: str, word: str) -> tuple[str, str] | None:
    """For an event word of the lexicon that is the crime an accusation names, right before the
    date ("charged with second-degree murder Monday", "arrested for murder on Friday"), the
    accusation's event and verb; else None. A crime told with its object ("convicted of robbing
    a bank on May 3") dates the crime, not the conviction."""
    at = left.lower().rfind(word.lower())
    if at < 0 or not all(w.lower() in _LEAD_WORDS for w in WORD.findall(left[at + len(word) :])):
        return None
    m = _ACCUSED.search(left[:at])
    return (ACCUSATIONS[m.group(1).lower()], m.group(1)) if m else None


_REGIME_OF = re.compile(rf"\b(?:{_REGIME_END_NOUNS})\s+of\s+{_REGIME}", re.IGNORECASE)
_REGIME_ENDED = re.compile(
    rf"\b((?:[\w'’-]+\s+){{0,2}}?)(junta|dictatorship|regime)s?\s+(?:was\s+|were\s+|had\s+been\s+)?"
    rf"(?:{_REGIME_END_VERBS})\b",
    re.IGNORECASE,
)
_REGIME_FILLER = frozenset("the its their a an of since after before until".split())
"""Words before a regime's noun that say nothing of which regime it was."""


@functools.lru_cache(maxsize=1 << 12)
def regime_end(sentence: str, surface: str) -> frozenset[str] | None:
    """The words that say which regime ended (``REGIME_END``), when a date is given for the end of
    one right beside it ("the fall of the colonels' junta in 1961" -> {"colonels"}; "the junta" is a
    military one), else None: two such dates whose words do not differ are one regime's end, not
    "the fall of the Carlist regime" and "the end of the army dictatorship"."""
    event, word = event_and_word(sentence, surface)
    if event != REGIME_END or not beside(sentence, surface, word):
        return None
    at = sentence.find(surface)
    found = [m for r in (_REGIME_OF, _REGIME_ENDED) for m in r.finditer(sentence[:at])]
    if not found:
        return None
    m = max(found, key=lambda m: m.end())
    if len(WORD.findall(sentence[m.end() : at])) > 2:
        return None  # "the fall of the junta and the trials that followed in 1963": another deed's year
    words = {
        _plain(w)
        for w in WORD.findall(m.group(1) or "")
        if _plain(w) not in _REGIME_FILLER and not w.lower().endswith(("'s", "’s"))
    }
    if m.group(2).lower() == "junta":
        words.add("military")
    elif m.group(2).lower() == "regime" and words:
        words.add(_NAMED_REGIME)  # "the sanctions regime": maybe no government at all
    return frozenset(words)


_NAMED_REGIME = "~regime"
"""Marks a "regime" its words name (``regime_end``): a sanctions, tax or visa regime is no government,
so only the same words are its end (``one_regime_end``)."""


def one_regime_end(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Whether two dates' ``regime_end`` are of one regime: both ends of a regime, the words naming
    it the same, or named on one side only; a "regime" its words name ("the sanctions regime", maybe
    no government) only with the same words (a probe: its end stood against a dictatorship's fall)."""
    if a is None or b is None:
        return False
    if _NAMED_REGIME in a | b:
        return a == b  # "the sanctions regime ended in 1977" / "the fall of the dictatorship in 1975"
    return not a or not b or a == b


KIN = frozenset({frozenset({"kill", "die"}), frozenset({"kill", "shoot"})})
"""Events of the lexicon that one report may name where another names the other ("was killed" /
"died"; "the shooting" / "the killing"); not a death and a shooting (a victim may die days later)."""


def same_event(a: str, b: str) -> bool:
    """Whether two events ``date_event`` gives are one: the same word, or kin (``KIN``)."""
    return bool(a and b) and (a == b or frozenset({a, b}) in KIN)


def _plain(word: str) -> str:
    w = word.lower().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


def _nearest_first(before: list[str], after: list[str]) -> list[str]:
    """The words around a date, nearest first (a word before it first at equal distance)."""
    out = []
    for i in range(max(len(before), len(after))):
        out += before[i : i + 1] + after[i : i + 1]
    return out


@functools.lru_cache(maxsize=1 << 12)
def _verb(word: str) -> str:
    """The base form of an inflected verb that names an event ("toppled" -> "topple"), or ""."""
    if len(word) < 4 or word in NO_EVENT or not word.isalpha():
        return ""
    from lemminflect import getLemma  # type: ignore[import-untyped]

    from factcheck.words import readings

    lemmas = readings(word)
    if not lemmas and word.endswith("ed"):  # a verb the dictionary lacks ("capsized"): by rule
        return str(getLemma(word, upos="VERB")[0])
    verbs = lemmas.get("VERB")
    if not verbs or "NOUN" in lemmas or "ADJ" in lemmas or verbs[0] == word or verbs[0] in NO_EVENT:
        return ""
    return str(verbs[0])


NEAR_BEFORE = 8
"""Words before a date within which the word naming its event stands beside it (``beside``)."""


def beside(sentence: str, surface: str, word: str) -> bool:
    """Whether the word ``word`` that names a date's event (``event_and_word``) stands right beside
    the date: within ``NEAR_BEFORE`` words before it ("was sentenced on Tuesday"), or as the very
    next word after it ("the June 3 killing", "Tuesday's quake"). An event word further after the
    date is often another clause's ("towed a barge on June 11 and also sank a raft on June
    19": the 11th is no sinking's day)."""
    at = sentence.find(surface)
    if at < 0 or not word:
        return False
    before = [w.lower() for w in WORD.findall(sentence[:at])][-NEAR_BEFORE:]
    after = [w.lower() for w in WORD.findall(sentence[at + len(surface) :])][:1]
    if after and after[0] in ("s", "'s"):  # "Tuesday's quake": the possessive is split off
        after = [w.lower() for w in WORD.findall(sentence[at + len(surface) :])][1:2]
    return word.lower() in before or word.lower() in after


def told_by_verb(sentence: str, surface: str) -> bool:
    """Whether the event of the date ``surface`` is named by a verb of the lexicon right beside it
    (``beside``): "was indicted on May 4", "was let go in June", not a noun ("a clerk held over the
    fire at the mill was in hospital on May 4": May 4 is not the fire's day)."""
    event, word = event_and_word(sentence, surface)
    if event not in EVENTS or not beside(sentence, surface, word):
        return False
    return _verbal(word) or any(
        m.group(1).lower() == word.lower() for phrase, _ in _PHRASES for m in phrase.finditer(sentence)
    )


_DEED = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed)\b")
"""A capitalised name and the past-tense verb right after it, an adverb in "-ly" between at most
("Marlow vanished", "Marlow suddenly vanished")."""
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
RECURRING_DEEDS = frozenset(
    """won played visited returned appeared signed moved toured performed starred recorded scored
    defeated finished competed travelled traveled met attended worked served lived stayed joined opened
    hosted launched raced fought trained studied taught published exhibited directed produced injured
    suffered hospitalised hospitalized sued fined transferred loaned nominated awarded honoured honored
    promoted relocated""".split()
)
"""Deeds a person does again and again ("won in 2001" and "won in 2003" are two wins): no deed of
``deeds``."""


def deeds(c: Claim) -> frozenset[tuple[str, str, bool]]:
    """(name, verb, named) of a deed a year is the only date of: a name the claim's words hold
    (``named``), or the word opening its sentence, right before a past-tense verb outside the
    lexicon and no verb of being or saying (``NO_EVENT``) nor one done again and again
    (``RECURRING_DEEDS``), in a sentence with no other year ("In 1957, Marlow vanished from the
    stage"). The lexicon's events (``EVENT_WORDS``: "married", "retired") are judged as events;
    these are the deeds of one person a report may date otherwise. A word opening a sentence may be
    a common noun ("Engineers sealed"): two dates are of one deed only when one of them holds the
    name among its names (``one_deed``)."""
    return _deeds(c.sentence, tuple(c.names)) if c.granularity == "year" else frozenset()


@functools.lru_cache(maxsize=1 << 12)
def _deeds(sentence: str, names: tuple[str, ...]) -> frozenset[tuple[str, str, bool]]:
    """``deeds`` of a year's sentence and names, worked out once: the date grouping and the judge ask
    of every year, and again for each pair."""
    if len(_YEAR_WRITTEN.findall(sentence)) != 1:
        return frozenset()
    opening = sentence.split(maxsplit=1)[0].lower() if sentence.split() else ""
    return frozenset(
        (name.lower(), verb, name.lower() in names)
        for name, verb in _DEED.findall(sentence)
        if (name.lower() in names or name.lower() == opening)
        and verb not in NO_EVENT
        and verb not in EVENT_WORDS
        and verb not in RECURRING_DEEDS
    )


def one_deed(x: Claim, y: Claim) -> bool:
    """Whether two years are given for one deed of one person (``deeds``): the same name and verb,
    the name among the names of one of them at least."""
    ours = {(name, verb): named for name, verb, named in deeds(x)}
    return any((name, verb) in ours and (named or ours[(name, verb)]) for name, verb, named in deeds(y))


ONCE_ONLY_EVENTS = frozenset({"die", "born", "retire"})
"""Events of the lexicon a person goes through once (``once_only_deed``): two years of one person's
death, birth or retirement are one year, however the reports word it. Not hires, firings, arrests,
wins, marriages nor releases, which recur. On the dev stories no finding changes; the mutation
self-test catches one moved year more (a player's retirement); bench/noise.py, the invented sets
and the 2,225 unrelated BBC reports unchanged."""
_DOER_GAP = frozenset(
    """was were had has have is also later eventually then officially formally finally quietly reportedly
    subsequently""".split()
)
"""Words that may stand between a person and the verb of the deed ("Vell was born", "Vell later retired")."""
_GERUND_BEFORE = frozenset("before after upon on following until".split())
"""Words before the "-ing" form or the noun of a deed whose doer is the sentence's subject ("played in
Ostley before retiring in 1990")."""
HE_OR_SHE = frozenset({"he", "she"})
"""The pronouns that stand for one person as a verb's subject (the rules that resolve them share it)."""
PERSON_PRONOUNS = HE_OR_SHE | {"his", "her"}
"""Pronouns of one person, as subject or owner ("he retired", "his retirement")."""
_NOT_ONCE = re.compile(
    r"\b(?:again|second|third|first|comeback|briefly|temporarily|un-?retir\w*|out of retirement|nearly|almost)\b",
    re.IGNORECASE,
)
"""Words that make a deed one of several, or not done ("came out of retirement", "first retired",
"nearly died"): no once-only deed. Read in the deed's clause only (``_once``): "the club's first
captain" elsewhere in the sentence says nothing of the deed."""
NOT_ONCE_AFTER = 4
"""Words after the year, up to the end of its clause, read for ``_NOT_ONCE`` ("retired in 1991 for
the second time")."""
_OBJECT_BEFORE = frozenset("of by with".split())
"""Words after which a name is an object, not the subject of the verb after it ("The father of Vell died")."""


def _once(sentence: str, start: int, at: int, surface: str) -> bool:
    """Whether the deed told from ``start`` (its doer, or the word before it) to the year at ``at``
    and a few words after the year (``NOT_ONCE_AFTER``, within its clause) is once only: no word of
    ``_NOT_ONCE`` among them."""
    rest = sentence[at + len(surface) :]
    cut = _BREAK.search(rest)
    tail = " ".join(WORD.findall(rest[: cut.start()] if cut else rest)[:NOT_ONCE_AFTER])
    return not _NOT_ONCE.search(f"{sentence[start : at + len(surface)]} {tail}")


def _an_object(before: list[str]) -> bool:
    """Whether a name whose words before it are ``before`` is an object: past the name's other
    capitalised words, the word before it is "of", "by", "with" or an inflected verb ("The father
    of Vell", "who replaced Vell")."""
    rest = list(before)
    while rest and rest[-1][:1].isupper():
        rest.pop()
    if not rest:
        return False
    word = rest[-1].lower()
    return word in _OBJECT_BEFORE or (rest[-1].islower() and bool(_verb(word)))


def once_only_deed(sentence: str, surface: str) -> tuple[str, str] | None:
    """(event, doer) when a year is the date of a once-only deed (``ONCE_ONLY_EVENTS``) told right
    beside it (``beside``) of one person: ``doer`` is the capitalised word right before the verb
    ("Vell retired in 1990", "Vell was born in 1950"), "he" or "she" right before it ("He retired
    in 1990"), the name after "the death of" ("the death of Vell in 1990"), or "" for the
    sentence's subject ("played for Ostley before retiring in 1990", "his retirement in 1990").
    None when the verb's subject is a thing or another person ("had his shirt retired in 1995",
    "his wife died in 2001"), when the name before the verb is no subject (a comma between them:
    "Tarr, who replaced Vell, retired in 1990"; an object: "The father of Vell died in 2001":
    ``_an_object``) or the deed is not once only (``_NOT_ONCE`` in its clause: ``_once``)."""
    event, word = event_and_word(sentence, surface)
    if event not in ONCE_ONLY_EVENTS or not beside(sentence, surface, word):
        return None
    at = sentence.find(surface)
    found = list(WORD.finditer(sentence, 0, at))
    words = [m.group() for m in found]
    spot = max((i for i, w in enumerate(words) if w.lower() == word.lower()), default=None)
    if spot is None:
        return None
    if word.lower() in ("death", "birth") and len(words) > spot + 2 and words[spot + 1] == "of":
        doer = words[spot + 2]
        told = doer[:1].isupper() and spot > 0 and words[spot - 1].lower() == "the"
        return (event, doer) if told and _once(sentence, found[spot - 1].start(), at, surface) else None
    before = [i for i, w in enumerate(words[:spot]) if w.lower() not in _DOER_GAP and not w.lower().endswith("ly")]
    if not before or not _once(sentence, found[before[-1]].start(), at, surface):
        return None
    k = before[-1]
    prior = words[k]
    if _verbal(word) or word.lower() in ("born", "dies"):
        if prior.lower() in HE_OR_SHE:
            return event, prior.lower()
        named = _named_subject(sentence, prior, words[:k], found[k].end(), found[spot].start())
        return (event, prior) if named else None
    return (event, "") if prior.lower() in _GERUND_BEFORE | PERSON_PRONOUNS else None


def _named_subject(sentence: str, prior: str, earlier: list[str], start: int, end: int) -> bool:
    """Whether the word ``prior`` before a deed's verb (the verb at ``end``, the words between from
    ``start``) names its doer: capitalised, no opening word (``_LEAD_WORDS``), no comma between it
    and the verb ("Tarr, who replaced Vell, retired"), and no object of the ``earlier`` words ("The
    father of Vell died": ``_an_object``)."""
    return (
        prior[:1].isupper()
        and prior.lower() not in _LEAD_WORDS
        and "," not in sentence[start:end]
        and not _an_object(earlier)
    )


APPOINTMENT = "appointment"
"""A person's appointment to a post told in other words (``appointment``): "became assistant GM",
"was promoted to assistant general manager", "was named deputy mayor", "took over as head coach"."""
_APPOINTED = re.compile(
    r"\b(?:(?:was|were|is|be|been|being)\s+(?:named|appointed|promoted|elevated|installed)(?:\s+(?:to|as))?"
    r"|promoted\s+to|elevated\s+to|became|becomes|took\s+over\s+as)\s+",
    re.IGNORECASE,
)
"""The words of an appointment, right before the post ("was named", "promoted to", "became"): not the
active "named" ("the club named Vell coach": the post is after the person's name) nor "elected"
(a re-election is told in the same words)."""
_POST_LEAD = re.compile(r"^(?:(?:the|a|an|its|their|his|her)\s+|[A-Za-z0-9]+['’]s\s+)+")
_POST_TAIL = re.compile(
    r"\s+in(?:\s+(?:early|late|mid))?(?:\s+(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.?)?\s*$",
    re.IGNORECASE,
)
"""The words between a post and its date ("assistant GM in 2003", "director in September 2003")."""
_POST_SPLIT = re.compile(r"\s*/\s*|\s+and\s+|\s*,\s*|\s*&\s*", re.IGNORECASE)
POST_ABBREVIATIONS = {
    "gm": "general manager",
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "vp": "vice president",
    "svp": "senior vice president",
    "evp": "executive vice president",
    "md": "managing director",
    "asst": "assistant",
    "gen": "general",
    "dir": "director",
    "pres": "president",
}
"""Abbreviations of posts, written out ("assistant GM" is "assistant general manager")."""
_POST_SAME = {"chief executive officer": "chief executive", "chairwoman": "chairman", "chairperson": "chairman"}
"""Posts of one name written otherwise ("chief executive officer" is "chief executive")."""
POST_HEADS = frozenset(
    """manager director president chairman chairwoman chair chairperson executive officer coach secretary
    minister governor commissioner editor captain superintendent principal dean ambassador commander
    treasurer chancellor mayor chief head leader spokesman spokeswoman spokesperson administrator
    coordinator controller counsel inspector marshal prosecutor registrar scout""".split()
)
"""Nouns that end a post's name ("assistant general manager", "head coach", "deputy mayor")."""
POST_MAX_WORDS = 6
"""Words of one post at most ("senior vice president of basketball operations")."""
_NOT_POST_AFTER_OF = frozenset(
    "year years season seasons month week decade game match tournament series championship".split()
)
"""Words after "of" that make a "coach of the year" an award, not a post."""


def _post(words: list[str]) -> str | None:
    """A post's name from its words, abbreviations written out (``POST_ABBREVIATIONS``), when its head
    noun (the last word, or the word before "of") is one of ``POST_HEADS``, else None."""
    full = " ".join(POST_ABBREVIATIONS.get(w.lower().rstrip("."), w.lower()) for w in words).split()
    if not full or len(full) > POST_MAX_WORDS:
        return None
    if "of" in full:
        at = full.index("of")
        if at == 0 or full[at - 1] not in POST_HEADS or _NOT_POST_AFTER_OF & set(full[at + 1 :]):
            return None
    elif full[-1] not in POST_HEADS:
        return None
    name = " ".join(w for w in full if w != "the")
    for long, short in _POST_SAME.items():
        name = name.replace(long, short)
    return name


@functools.lru_cache(maxsize=1 << 12)
def appointment(sentence: str, surface: str) -> tuple[frozenset[str], str] | None:
    """(posts, doer) when a year is the date of a person's appointment to a post told right before it
    ("He became assistant GM in 2003" -> ({"assistant general manager"}, "he"); "Vell was promoted to
    senior VP/assistant GM in 2003" -> two posts, "Vell"; "before being named deputy mayor in 2003" ->
    the sentence's subject, ""). The posts are the words between the verb (``_APPOINTED``) and the
    date, split at "/", "and" or a comma, each a post's name (``_post``); the doer as for a once-only
    deed (``once_only_deed``). None when a word of ``_NOT_ONCE`` is in the clause ("became head coach
    again in 2003")."""
    at = sentence.find(surface)
    if at < 0:
        return None
    head = sentence[:at]
    verb = max(_APPOINTED.finditer(head), key=lambda m: m.start(), default=None)
    if verb is None:
        return None
    tail = _POST_TAIL.search(head, verb.end())
    if tail is None:
        return None
    text = _POST_LEAD.sub("", head[verb.end() : tail.start()])
    if not re.fullmatch(r"[A-Za-z][A-Za-z.\s/&,-]*", text) or not _once(sentence, verb.start(), at, surface):
        return None
    posts = [_post(part.split()) for part in _POST_SPLIT.split(text) if part.strip()]
    if not posts or None in posts:
        return None
    words = [m.group() for m in WORD.finditer(sentence, 0, verb.start())]
    before = [w for w in words if w.lower() not in _DOER_GAP and not w.lower().endswith("ly")]
    if not before:
        return None
    prior = before[-1]
    if prior.lower() in HE_OR_SHE:
        doer = prior.lower()
    elif prior.lower() in _GERUND_BEFORE | {"and"}:
        doer = ""
    elif _named_subject(sentence, prior, before[:-1], sentence.rfind(prior, 0, verb.start()), verb.start()):
        doer = prior
    else:
        return None
    return frozenset(p for p in posts if p), doer
