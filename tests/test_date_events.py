"""Tests for factcheck.date_events: the event a date is given for, read from its clause."""

from __future__ import annotations

import pytest

from factcheck.date_events import date_event, same_event


@pytest.mark.parametrize(
    ("sentence", "surface", "event"),
    [
        ("The club fired its coach Marlow on Saturday after a run of losses.", "Saturday", "fire"),
        ("On Saturday, the club fired its coach after a run of losses.", "Saturday", "fire"),
        # "fired" of a gun is a shooting
        ("The gunman fired two shots on Friday, police said.", "Friday", "shoot"),
        ("Police fired at the crowd on Saturday.", "Saturday", "shoot"),
        ("On Monday, riot police fired tear gas at marchers outside the governor's office.", "Monday", "shoot"),
        # "sank" of a price is no ship's sinking
        ("The ferry sank on Sunday off the island with 40 passengers aboard.", "Sunday", "sink"),
        ("On Monday, the ferry line's shares sank 12 percent.", "Monday", ""),
        # a birthday is marked every year: its day is no birth's
        ("Fans marked the singer's 70th birthday on Saturday.", "Saturday", ""),
        # a date opening a sentence: a part of the day and an age in apposition end no clause
        ("On Sunday afternoon, Tam Ostley, 19, drowned when his car was swept off a causeway.", "Sunday", "drown"),
        ("On Friday night, police arrested two men in Quarvey.", "Friday", "arrest"),
        # a participle before a noun after an article says who someone is, not what happened that day
        ("On Monday morning a fired forklift operator walked into the depot.", "Monday", "walk"),
        ("The arrested man appeared in court on Friday.", "Friday", "court appearance"),
        ("The singer died Thursday at a hospital in Brenton.", "Thursday", "die"),
        ("His death on Tuesday shocked the town.", "Tuesday", "die"),
        ("Crowds marched against the June 3 killing of a shopkeeper.", "June 3", "kill"),
        ("A magistrate on Friday sentenced the forger to ten years in jail.", "Friday", "sentence"),
        ("The family's funeral for the skipper is set for Thursday.", "Thursday", "funeral"),
        ("A strong tremor jolted the island on Sunday, officials said.", "Sunday", "quake"),
        # a capture named right before its day, not the escape further back in the sentence
        ("The inmate who made a daring escape during a transfer was captured Monday in a motel.", "Monday", "capture"),
        # a verb read from its inflection when the lexicon names nothing
        ("The ferry capsized on Monday near the harbour.", "Monday", "capsize"),
        # verbs of saying, being and planning name no event; nor does a name ("Hale")
        ("That was on Monday.", "Monday", ""),
        ("It is planned for Monday.", "Monday", ""),
        ("Constable Ray Hale said the intruder came in near 3 p.m.", "near 3 p.m.", ""),
        ("Police confirmed on Monday that the ferry had been found.", "Monday", ""),
        ("It was revealed in 2004 that the mayor owned the quarry.", "2004", ""),
        # what was said after "that" is not the day's event
        ("Varga told the crowd in Tartu on May 9 that the killing had been avoidable.", "May 9", ""),
        ("The chief told reporters on Monday that the fire had been set deliberately.", "Monday", ""),
        ("Varga told a vigil in Tartu on May 9 the killing had been avoidable.", "May 9", ""),
        # without a verb of saying, "that" opens a clause of the date's own event
        ("The crash on the ring road on Thursday that killed three people was caused by fog.", "Thursday", "kill"),
        # the clause of the date only: the event of another clause is not its own
        ("Before he was hired in 2004, he coached in Ohio for a decade in 2001.", "2001", "coach"),
        # the "as" of a role opens no clause; the "as" of a time does
        ("Marlow was appointed as head gardener of the estate on May 2 and planted a maze.", "May 2", "hire"),
        ("Marlow was arrested as he boarded a train on Friday.", "Friday", "board"),
        # ... nor the "as" after an event that is no role, nor "as a result of", "as part of"
        ("Vale died as a result of injuries suffered in a fall on Saturday.", "Saturday", "suffer"),
        ("Vale was killed as he crossed the road on Saturday.", "Saturday", "cross"),
        ("Vale was hired as part of a deal signed on Saturday.", "Saturday", "sign"),
        # a relative clause that names no event but plans one: the day of the event its pronoun
        # stands for
        ("A snap election in Ostrava, which is due on May 3, has split the council.", "May 3", "elect"),
        ("The town's elections, which are slated for May 3, may be put off.", "May 3", "elect"),
        # ... only when that clause says nothing but being or planning before the date
        ("A song came out in 2006, which was about life in the 1950s.", "1950s", ""),
        ("Police arrested the driver, who on Friday was still in hospital.", "Friday", ""),
        # a report's day is not the event's
        ("The storm killed three people, which was reported on Monday.", "Monday", ""),
        # an age in apposition ends no clause: the day is the shooting's, not the protests'
        ("The fatal shooting of Anna Berg, 15, on Saturday sparked two days of protests.", "Saturday", "shoot"),
        ("Tom Hale, 52, was arrested on Friday after the raid.", "Friday", "arrest"),
        # a death declared is no killing; a comma before a new clause's subject still ends the clause
        ("The man, who was shot outside a bar, was pronounced dead at a hospital on Monday.", "Monday", "die"),
        ("The boy shot near the pool was declared dead on Sunday.", "Sunday", "die"),
        ("After the Hawks fired Reed, Lou Meyer took over practice Tuesday as interim coach.", "Tuesday", ""),
        ("Two days after the club traded Ty Reed to Dallas, Lou Meyer made his first start Tuesday.", "Tuesday", ""),
        ("Hale was killed in Brenton, Ohio, police said Monday.", "Monday", ""),
        ("The superintendent stepped down on Tuesday amid an inquiry.", "Tuesday", "resign"),
        # a crime after the date, through a preposition, is the cause of the deed before it
        ("Police arrested Dan Fisk, 30, on Monday in the killing of Ann Roe.", "Monday", "arrest"),
        ("A quake struck on Sunday, killing 12.", "Sunday", "quake"),
        ("The officer stepped down from the podium on Tuesday.", "Tuesday", "step"),
        # giving oneself up is a surrender; giving oneself up to a cause or dying in one's sleep is not
        ("The gunman gave himself up to police on Tuesday.", "Tuesday", "surrender"),
        ("The suspect turned herself in at a station on Friday.", "Friday", "surrender"),
        ("She gave herself up for her children on Friday.", "Friday", ""),
        # "let go" by police is a release; a participle after "a" or "with" is an adjective
        ("The driver was questioned and let go by police on Monday.", "Monday", "question"),
        ("The club let go its manager on Monday.", "Monday", "fire"),
        ("He was killed in a botched robbery Monday.", "Monday", "kill"),
        ("She was charged with aggravated assault Monday.", "Monday", "charge"),
        ("He was found shot to death in a parked car Monday.", "Monday", "kill"),
        # ... but an event word inside a phrase of a preposition leaves the date to the verb after it
        ("The suspect in the shooting of Anna Berg, 15, on Monday pleaded not guilty.", "Monday", "plead"),
        ("The man charged with killing Anna Berg, 15, on Tuesday asked a judge for bail.", "Tuesday", "ask"),
        # the crime an accusation names is not the event of the day: the charge is
        ("A 52-year-old woman was charged with second-degree murder Monday after the attack.", "Monday", "charge"),
        ("The driver was arrested for murder on Friday, police said.", "Friday", "arrest"),
        # ... not a crime told with its object: its day is the crime's
        ("Vale was convicted of robbing a bank on May 3, 2019.", "May 3, 2019", "rob"),
        ("Vale was convicted of killing a guard on May 3, 2019.", "May 3, 2019", "kill"),
        # a comma of names ends no clause: a place and its region, a list, a name between commas
        ("The painter died in Marl Hills, Calif., on Friday at 90.", "Friday", "die"),
        ("The painter died in a Brenton, Ohio, hospital Friday, her agent said.", "Friday", "die"),
        ("Vale sank the ketch off Porto, Portugal on Friday.", "Friday", "sink"),
        ("The crew kept their FIS, WBX and RTA titles on Friday.", "Friday", "keep"),
        # ... but a clause after the name is one of its own, and a clause after a comma
        ("After the shooting in Brenton, Ohio, police met on Monday.", "Monday", ""),
        ("When Vale died, Hale took over on Monday.", "Monday", ""),
        # events told by a verb and the words after it
        ("The clerk was let go from the bakery on Thursday.", "Thursday", "fire"),
        ("Vale let go of the rope on Friday.", "Friday", ""),
        ("A gunman shot to death a guard and wounded two others Monday.", "Monday", "kill"),
        # an event verb of the lexicon that tells who someone is, before a verb of the day
        ("A clerk let go from the bakery opened fire at a party on Friday.", "Friday", "open"),
        ("A prisoner jailed for arson pulled a knife on a warder on Monday.", "Monday", "pull"),
        # ... not one joined to it by "and", nor a noun of the lexicon that is its subject
        ("The gunman shot and killed a guard and wounded two men Monday.", "Monday", "kill"),
        ("The quake struck the island on Sunday.", "Sunday", "quake"),
        ("Vale was killed in the parking lot on Friday.", "Friday", "kill"),
        # a weekday in apposition is the same day: the event before it is the date's
        ("The painter died Friday, May 11, at age 85.", "May 11", "die"),
        ("On Friday, May 11, the club fired its coach.", "May 11", "fire"),
        # a conviction dated right after its verb; a crime told with its object keeps the crime's
        ("Reed was convicted in 2019 of killing a store clerk.", "2019", "convict"),
        ("Reed was convicted Friday of murder.", "Friday", "convict"),
        ("Reed was convicted of robbing a bank in 2019.", "2019", "rob"),
        ("Reed robbed the Toland Bank in 2014 and was convicted in 2016.", "2014", "rob"),  # another date's
        ("Reed, who was convicted in Ohio of robbing a bank in 2015, was freed.", "2015", "rob"),
    ],
)
def test_date_event(sentence: str, surface: str, event: str) -> None:
    assert date_event(sentence, surface) == event


def test_a_date_not_in_its_sentence_has_no_event() -> None:
    assert date_event("The club fired its coach.", "Saturday") == ""


def test_same_event_needs_the_same_word_or_kin() -> None:
    assert same_event("fire", "fire")
    assert same_event("shoot", "kill")
    assert not same_event("", "")
    assert not same_event("fire", "hire")
    assert not same_event("shoot", "die")  # a victim may die days after the shooting
    assert same_event("kill", "die")  # "was killed" and "died": one death told two ways


def test_a_modal_names_no_event() -> None:
    assert date_event("The concert would be held on Monday, officials said.", "Monday") == "hold"
    assert date_event("The club would on Monday name a coach.", "Monday") == ""


@pytest.mark.parametrize(
    ("sentence", "surface", "event"),
    [
        # the "fired" beside the date, not another one of the sentence
        ("The minister was fired on Monday after militants fired rockets at a border post.", "Monday", "fire"),
        # a ship that sank some miles off a cape, not a price
        ("The trawler sank 20 miles off the cape on Tuesday.", "Tuesday", "sink"),
        ("The ferry sank on Monday, and its operator's shares sank 9 percent.", "Monday", "sink"),
    ],
)
def test_a_word_sense_is_read_where_the_date_is(sentence: str, surface: str, event: str) -> None:
    assert date_event(sentence, surface) == event


def test_end_of_a_regime_in_other_words() -> None:
    from factcheck.date_events import one_regime_end, regime_end

    fall = regime_end("Riots were the worst since the fall of the military junta in 1961.", "1961")
    end = regime_end("It was the worst since the country's military dictatorship was brought down in 1961.", "1961")
    other = regime_end("It was the worst since the end of the tax regime in 1961.", "1961")
    assert fall == end == frozenset({"military"})
    assert one_regime_end(fall, end)
    assert not one_regime_end(fall, other)
    assert regime_end("The junta held power in 1961.", "1961") is None
    # "the sanctions regime" may be no government: only the same words are its end, not a bare one
    bare = regime_end("It was the biggest march since the fall of the dictatorship in 1961.", "1961")
    sanctions = regime_end("Trade had suffered since the sanctions regime ended in 1963.", "1963")
    assert bare == frozenset() and sanctions is not None
    assert one_regime_end(bare, end)
    assert not one_regime_end(bare, sanctions)


def test_ended_her_career_is_a_retirement() -> None:
    assert date_event("Vell ended her singing career in 1990 after a tour of Ostley.", "1990") == "retire"


@pytest.mark.parametrize(
    ("sentence", "surface", "posts", "doer"),
    [
        ("He became assistant GM in 2003.", "2003", {"assistant general manager"}, "he"),
        (
            "Pell was promoted to senior VP/assistant GM in 2003.",
            "2003",
            {"senior vice president", "assistant general manager"},
            "Pell",
        ),
        ("Pell ran the depot and was named deputy mayor in 2003.", "2003", {"deputy mayor"}, ""),
        ("Anna Pell took over as head coach in 2003.", "2003", {"head coach"}, "Pell"),
    ],
)
def test_an_appointment_in_other_words(sentence: str, surface: str, posts: set[str], doer: str) -> None:
    from factcheck.date_events import appointment

    assert appointment(sentence, surface) == (frozenset(posts), doer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pell was named coach of the year in 2003.",  # an award, not a post
        "Pell became head coach again in 2003.",  # one appointment of several
        "The club named Pell coach in 2003.",  # the active "named": the post after the person
        "Pell became a grandmother in 2003.",  # no post
    ],
)
def test_no_appointment(sentence: str) -> None:
    from factcheck.date_events import appointment

    assert appointment(sentence, "2003") is None


def test_a_gerund_opening_an_after_clause_is_its_event() -> None:
    """ "after suffering a stroke on May 3": the stroke's day, though "suffering" reads as a noun too;
    "after being ..." and a part of the day ("after evening prayers") name no event."""
    assert date_event("Orla Fenn died at home on Friday after suffering a stroke on May 3.", "May 3") == "suffer"
    assert date_event("The ferry left Harwick after evening prayers on May 3.", "May 3") == ""
    assert date_event("He died after being struck by a tram on May 3.", "May 3") == "strike"


def test_the_as_of_a_role_after_a_hiring_and_its_object_opens_no_clause() -> None:
    """ "hired him as manager on May 2": the hiring's day, the object pronoun between."""
    sentence = "Dorn stayed for five seasons until the Kelby Owls hired him as manager on May 2, 2015."
    assert date_event(sentence, "May 2, 2015") == "hire"
