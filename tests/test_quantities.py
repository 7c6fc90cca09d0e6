"""What a number counts or measures: table-driven frames of factcheck.extract.quantities, and the
judging rules that keep two articles' different things apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.extract.numeric import extract_sentence
from factcheck.models import Claim, ClaimKind, Interval, Location, Sentence, Verdict
from factcheck.text import LineIndex


def _sentence_claims(sentence: str, published: date | None = None) -> list:
    """Every claim ``extract_sentence`` finds in one sentence, as the only one of article ``a.txt``
    (published on ``published``)."""
    return extract_sentence("a.txt", Sentence(0, len(sentence), sentence, 0), published, LineIndex(sentence))


def _quantities(sentence: str) -> list:
    """The quantity claims of one sentence (``_sentence_claims``)."""
    return [c for c in _sentence_claims(sentence) if c.kind is ClaimKind.QUANTITY]


# sentence, [(key, surface, subject or display)]
CASES = [
    ("A 64-year-old woman was charged with fraud.", [("age", "64-year-old", "")]),
    # the hour of a time told in words is no count
    ("The talks ended at five o'clock and resumed at a quarter to seven.", []),
    # a tally's value in apposition; a line of key facts that ends "so far"
    ("The number of layoffs, about 640, was unchanged.", [("job", "about 640", "")]),
    ("The death toll, 45, is expected to rise.", [("death", "45", "")]),
    ("The company cut jobs, 900, last year.", []),
    ("Homes flooded: about 830 so far", [("home", "about 830", "")]),
    # a casualty word in a fact line counts as the same figure in a sentence does
    ("- Dead: 4", [("death", "4", "")]),
    ("- Injured officers: 12", [("injury", "12", "")]),
    ("- Missing: 3", [("missing", "3", "")]),
    ("- Cars missing: 3", [("car", "3", "")]),
    # a span of time told as a noun of its own is a duration, met by "for 12 years"
    ("He leaves after a six-year stint as the inspector.", [("duration", "six-year stint", "")]),
    ("She had a two-year spell at the club.", [("duration", "two-year spell", "")]),
    ("Dorian Pratley, 36, of Muncie was arrested.", [("age", "36", "Dorian Pratley")]),
    ("The 38-year-old Dominic LaSorella was arrested.", [("age", "38-year-old", "Dominic LaSorella")]),
    ("Page died at 85 in Los Angeles.", [("age", "85", "")]),
    ("The poll covered people aged 18 to 49.", [("age", "18 to 49", "")]),
    ("A 5.4 magnitude tremor shook the valley.", [("magnitude", "5.4 magnitude", "")]),
    ("The tremor measured a magnitude of 5.7, the observatory said.", [("magnitude", "5.7", "")]),
    ("The agency called it a magnitude-6.3 tremor.", [("magnitude", "6.3", "")]),
    ("A 5.9 magnitude quake leveled seven villages.", [("magnitude", "5.9 magnitude", ""), ("village", "seven villages", "")]),  # noqa: E501
    ("No one was injured in the fire, the chief said.", [("injury", "No one was injured", "")]),
    ("Luckily no-one has been hurt.", [("injury", "no-one has been hurt", "")]),
    ("Nobody is thought to have been killed.", [("death", "Nobody is thought to have been killed", "")]),
    ("No one else was killed.", [("other death", "No one else was killed", "")]),  # others were: 0 more
    ("The blast killed two people, police said.", [("death", "two people", "")]),
    ("The two sides met on Friday.", []),  # the parties of a story, not a count
    ("The Ironclads are on a four-game losing streak.", [("game", "four-game", "")]),
    ("She had been in hospital for the past three weeks.", [("duration", "three weeks", "")]),  # how long
    ("Prices rose sharply in the past 20 years.", []),  # the window of another figure, not a measure
    ("He was away for four weeks due to illness.", [("duration", "four weeks", "")]),  # "due" counts nothing
    ("He went down from a pair of left hooks.", [("hook", "a pair of left hooks", "")]),
    ("The pair of them left early.", []),  # two people, but no count is stated
    ("She bought a pair of jeans.", []),  # one thing
    ("The professor, who holds two degrees, got a warm welcome.", [("degree", "two degrees", "")]),
    ("The coalition holds a one-seat majority.", [("seat", "one-seat", "")]),
    ("Crews worked in temperatures of minus 17 degrees.", [("temperature", "minus 17 degrees", "")]),
    # a word of size between a magnitude and the quake
    ("A 7.2-strength quake shook the coast.", [("magnitude", "7.2", "")]),
    ("The valley was hit by a 5.8 degree quake.", [("magnitude", "5.8", "")]),
    ("Three farmers were badly injured.", [("injury", "Three farmers", "")]),  # people by a wounding verb
    ("Police faced four days of rioting in the port.", [("riot", "four days of rioting", "")]),  # one class
    ("The sides met in three clashes this season.", [("clash", "three clashes", "")]),  # a game, no riot
    ("Four days of rioting followed the verdict.", [("riot", "Four days of rioting", "")]),
    ("Voters can use 14 voting booths.", [("polling station", "14 voting booths", "")]),
    ("The trade fair had 140 booths.", [("booth", "140 booths", "")]),  # no polling station
    ("Officials opened 14 polling stations abroad.", [("polling station", "14 polling stations", "")]),
    # a unit and a half, half a unit said "a half"
    ("The shelter stood a mile and a half away.", [("distance", "a mile and a half", "")]),
    ("The hearing lasted an hour and a half.", [("duration", "an hour and a half", "")]),
    ("The mill closed a half century ago.", [("duration ago", "a half century", "")]),
    ("The mill closed two centuries ago.", [("duration ago", "two centuries", "")]),
    # who gave an amount is not what it measures
    # the figure the clause opens on, whoever put it at that ("loss" is a business figure: METRIC_WORDS)
    ("Losses were put by the Harbour Traders Guild at $4 million.", [("loss", "$4 million", "")]),
    ("Analysts valued Acme at $3 billion.", [("acme", "$3 billion", "")]),  # what was valued: no "by"
    # a length beside a weight is someone's height
    ("Police sought a 5-foot, 150-pound woman.", [("height", "5-foot", ""), ("pound", "150-pound", "")]),
    ("The bloc sent 12 inspectors to monitor the count.", [("observer", "12 inspectors", "")]),  # sent to watch
    ("The club sent 900 fans to watch the final.", [("fan", "900 fans", "")]),  # no observers
    ("Organisers asked 2,000 people to observe a silence.", [("people", "2,000 people", "")]),  # not sent
    ("It was a 30-foot, 5,000-pound whale.", [("distance", "30-foot", ""), ("pound", "5,000-pound", "")]),
    ("By Monday Acme was valued at $3 billion.", [("acme", "$3 billion", "")]),  # "By" opens the sentence
    ("Acme was valued by analysts at $3 billion.", [("money", "$3 billion", "")]),  # who valued it
    ("The ramp turns 90 degrees.", [("degree", "90 degrees", "")]),  # no heat or cold: an angle
    ("It was a one-sided contest.", []),  # an idiom
    ("The vote is held on a two-party basis.", [("party", "two-party", "")]),  # counts, not "the two parties"
    ("It was a five-boat pirate attack.", [("vessel", "five-boat", "")]),
    ("It was a one-sided match.", []),
    ("She has an impressive 23 wins by knockout.", [("knockout", "23 wins", "")]),
    ("The team has 20 wins.", [("win", "20 wins", "")]),
    ("Ilsa Varn has 17 wins by way of knockout in her career.", [("knockout", "17 wins", "")]),  # as "17 knockouts"
    # keys that were a verb, a name or an adjective: the word after the figure is none of what it counts
    ("Four days of looting leave the harbour in ruins.", [("looting", "Four days of looting", "")]),  # not "leave"
    ("A late goal in the ninth ended Brandt's hopes.", []),  # no "9th hope": "ended" is a verb
    ("After the flood two years ago Tarnford council agreed to pay.", [("duration ago", "two years", "")]),
    ("He beat world number two Varn Orley in Tarnford.", []),  # a rank, no count of Orleys
    ("In round four Brandt kept his guard high.", []),
    ("It has been almost nine years now.", [("duration", "almost nine years", "")]),  # no key "now"
    ("Acme unveiled a two-legged robot.", []),  # an adjective, no count of "legged"
    ("Gunmen freed 12 kidnapped Tarvians on Friday.", [("tarvian", "12 kidnapped Tarvians", "")]),  # a participle
    ("It was a three-prong attack.", [("prong", "three-prong", "")]),  # a noun is still counted
    ("Tolvash island, home to 85,000 people, was flooded.", [("population", "85,000 people", "")]),
    ("The island has a population of more than 70,000.", [("population", "more than 70,000", "")]),
    ("The town has 20,000 inhabitants.", [("population", "20,000 inhabitants", "")]),
    ("A city of 500,000 people was jolted.", [("people", "500,000 people", "")]),  # no cue: people
    ("He is accused of robbing his three former co-workers.", [("employee", "three former co-workers", "")]),
    ("The Ironclads have a record of 11-17.", [("record", "11-17", "11-17")]),
    ("He dropped to 36-3 after the loss.", [("record", "36-3", "36-3")]),
    # a name and a verb of being before a pair: a record, not a range of a name's count
    ("Ardo is 301-296 lifetime, with four years in Tarnford.", [("record", "301-296", "301-296"), ("duration", "four years", "")]),  # noqa: E501
    ("Tarnford were 3-1 winners.", []),
    ("It is 3-1.", []),
    # a name and "is" alone say nothing: a height, a score, a poll, a range of temperatures
    ("Mendel is 52-3.", []),
    ("Tarnford are 3-1 in the series.", []),
    ("Ellwick were 245-6 at stumps.", []),
    ("Temperatures were 40-42 in the south.", [("temperature", "40-42", "")]),
    ("The Ironclads were 74-88 in 2026.", [("record", "74-88", "74-88")]),
    # a quarter or a half of a game is no clock
    ("They cut the deficit in the third quarter to 9 points.", [("point", "9 points", "")]),
    ("Dario Venn (41-2, 29 KOs) won.", [("record", "41-2", "41-2"), ("knockout", "29 KOs", "")]),
    ("They won 31-24 on Sunday.", [("score", "31-24", "31-24")]),
    ("Turnout was 88.4%.", [("turnout", "88.4%", "")]),
    # a share of the votes on one side is no value of the measure named before it
    ("Ballot: turnout 64%, 79% in favour.", [("turnout", "64%", "")]),
    ("Turnout was 57 percent, with 43 percent against.", [("turnout", "57 percent", "")]),
    ("The gunman killed 5 and wounded around 1,400.", [("death", "5", ""), ("injury", "around 1,400", "")]),
    # "shot to death" before the count is a killing, though a verb of wounding follows
    ("Officers said the attacker shot to death three people at the mall.", [("death", "three people", "")]),
    # "others" right after a verb of harm are people harmed ("injured two others")
    ("The driver injured two others.", [("injury", "two others", "")]),
    # words of a killing besides its verbs: "fatally", "shot dead", "to death" after the count, "murdered"
    ("A gunman fatally shot two people on Monday.", [("death", "two people", "")]),
    ("The gunman shot dead two people.", [("death", "two people", "")]),
    ("Two people were crushed to death.", [("death", "Two people", "")]),
    ("He murdered three people.", [("death", "three people", "")]),
    ("Two people drowned when the boat capsized.", [("death", "Two people", "")]),
    ("Police shot two people.", [("shot", "two people", "")]),
    ("A man was fatally stabbed and two people hurt.", [("injury", "two people", "")]),
    # the count's own verbs after it decide, when it is their subject
    ("Two men were shot and wounded.", [("injury", "Two men", "")]),
    ("Two men were shot and killed.", [("death", "Two men", "")]),
    ("A man was killed and three people were injured.", [("injury", "three people", "")]),
    (
        "The storm killed 38 people and injured more than 900.",
        [("death", "38 people", ""), ("injury", "more than 900", "")],
    ),
    ("Police chased him for 30 miles.", [("distance", "30 miles", "")]),
    ("The damage was estimated at $1 million.", [("damage", "$1 million", "")]),
    ("Damage in Lissa was estimated at $2 million.", [("damage", "$2 million", "")]),
    ("The club paid about £2.5 million because the deal ran on.", [("money", "about £2.5 million", "")]),
    ("They put the damages to the Tarn Baptist Church at $1 million.", [("damage", "$1 million", "")]),
    ("He robbed banks in three Texas counties.", [("county", "three Texas counties", "")]),
    ("Navy commandos caught 12 Finns on the boat.", [("finn", "12 Finns", "")]),
    # a house number is no count, but a count of what a street names is
    ("Police were called to 31 North Kessel Avenue on Friday.", []),
    ("Police evacuated 120 Park Avenue residents on Friday.", [("population", "120 Park Avenue residents", "")]),
    ("The store at 140 W. Lissa Blvd. was closed.", []),
    ("She lived at 12 Elm Street with her sister.", []),
    ("The tanker carried $100 million worth of oil.", [("oil", "$100 million worth of oil", "")]),
    ("He stole $2,000 worth of jewellery.", [("jewellery", "$2,000 worth of jewellery", "")]),
    ("Halbrook offered $38.50 a share in cash.", [("offer per share", "$38.50 a share", "")]),
    ("The ferry had a crew of 12.", [("crew member", "12", "")]),  # as "12 crew members"
    # "police" and "staff" modify the plural noun after them
    ("Two police officers stood at the door.", [("police officer", "Two police officers", "")]),
    ("Six police arrived at the scene.", [("police officer", "Six police", "")]),
    ("About 40 staff members were sent home.", [("staff member", "About 40 staff members", "")]),
    # the missing, hostages and what an amount is paid in are what is counted
    ("Two workers are still missing.", [("missing", "Two workers", "")]),
    ("Four killed, two missing after the blast.", [("death", "Four", ""), ("missing", "two", "")]),
    ("Three remain unaccounted for.", [("missing", "Three", "")]),
    ("A gunman held seven people hostage in the bank.", [("hostage", "seven people", "")]),
    ("He took two guards hostage.", [("guard", "two guards", "")]),  # the guards are counted
    ("The club owes him about £3m in compensation.", [("compensation", "about £3m", "")]),
    ("The firm paid $5 million in cash for the stake.", [("money", "$5 million", "")]),
    ("Compensation of around 1.8 million pounds was agreed.", [("compensation", "around 1.8 million pounds", "")]),
    # the others hurt, the people taken to hospital, a depth below ground
    ("Four people died and 73 others were injured.", [("death", "Four people", ""), ("injury", "73 others", "")]),
    ("Five people were taken to hospital with minor injuries.", [("injury", "Five people", "")]),
    ("Two people were released from hospital on Monday.", [("people", "Two people", "")]),
    # a bare number taken to hospital counts the hurt, as "38 people were taken to hospital" does
    ("Two people died and 38 were taken to hospital.", [("death", "Two people", ""), ("injury", "38", "")]),
    ("Three were hospitalised after the blast at Vellmoor.", [("injury", "Three", "")]),
    ("Four were rushed to Quarvey General Hospital.", [("injury", "Four", "")]),
    ("Several were taken to hospital.", []),  # no figure to compare
    ("Six were released from hospital.", []),  # out of hospital, not into it
    ("Nine were taken to the police station.", []),
    ("They are trapped some 1,380 feet underground.", [("depth", "some 1,380 feet", "")]),
    ("The euro rose to $1.3652 versus $1.3598.", [("money", "$1.3652", ""), ("money", "$1.3598", "")]),
    ("Damage was now put at £6 million.", [("damage", "£6 million", "")]),
    ("The ferry had a capacity of 50 passengers.", [("capacity", "50 passengers", "")]),
    ("The boat had a capacity of 40.", [("capacity", "40", "")]),
    # a place in a table, not a race's or a poll's
    ("The Reds sit 19th, three points clear of the drop zone.",
     [("table position", "19th", "19th table position"), ("point", "three points", "")]),
    ("Marlbeck are 19th in the First Division.", [("table position", "19th", "19th table position")]),
    ("Marlbeck axe their manager in 21st place", [("table position", "21st place", "21st table position")]),
    ("Sotherton finished fifth after two throws.", [("throw", "two throws", "")]),
    ("Gevaert was second in the final.", []),
    # a four-digit number hyphened to a noun is a count, not a year
    ("The 1000-member church was burned.", [("member", "1000-member", "")]),
    ("The 1500-seat hall was full.", [("seat", "1500-seat", "")]),
    ("The 2,000-strong crowd cheered.", [("crowd", "2,000-strong crowd", "")]),
    ("The firm has a staff of 40.", [("staff", "40", "")]),
    ("Halbrook is paying $36.50 per share in cash.", [("offer per share", "$36.50 per share", "")]),
    ("It reported earnings of $1.85 per share.", [("earnings per share", "$1.85 per share", "")]),
    ("It will pay a dividend of $0.40 per share.", [("dividend per share", "$0.40 per share", "")]),
    ("Each winner takes $250,000 a share of the jackpot.", [("money", "$250,000", "")]),
    ("The pirates came in three boats.", [("vessel", "three boats", "")]),
    ("Volny stopped Mendel in the seventh round.", [("round", "seventh round", "7th round")]),
    ("She was named the 14th head coach of the club.", [("coach", "14th head coach", "14th coach")]),
    # the Nth in a row is a run of N, as "N wins in a row" counts it
    ("Volny won his 13th straight fight.", [("fight", "13th straight fight", "")]),
    ("It was the fifth consecutive day of protests.", [("day", "fifth consecutive day", "")]),
    ("Volny lost his third fight in a row.", [("fight", "third fight", "")]),
    # one thing across the ways news says it (issue 19)
    ("Five were killed in the crash.", [("death", "Five", "")]),
    ("Officials said seven had been wounded.", [("injury", "seven", "")]),
    ("The flood claimed 9 lives.", [("death", "9 lives", "")]),
    ("The rescuers saved 9 lives.", [("life", "9 lives", "")]),
    ("Nine residents lost their lives.", [("death", "Nine residents", "")]),
    ("Police detained eleven people.", [("arrest", "eleven people", "")]),
    ("The tremor, which measured 6.3, woke the town.", [("magnitude", "6.3", "")]),
    ("The quake registered 6.3.", [("magnitude", "6.3", "")]),
    ("The quake measured 6 km below the sea.", [("depth", "6 km", "")]),  # as "6 km deep"
    ("Jane Doe (52) was charged.", [("age", "52", "Jane Doe")]),
    ("Under Section (5) the fine doubles.", []),
    ("The woman, 52, was charged.", [("age", "52", "")]),
    ("Doe, who is 52, was charged.", [("age", "52", "Doe")]),
    ("He was sentenced to a nine-year term.", [("sentence", "nine-year term", "")]),
    ("He began a four-year term as mayor.", [("term", "four-year term", "")]),
    ("No-one was injured.", [("injury", "No-one was injured", "")]),  # zero, not one
    # not claims: a span of time, a restated conversion, a rank of a span
    ("Prices rose in the first five days.", []),
    ("The tremor hit nine km (6 miles) west of the village.", [("distance", "nine km (6 miles) west of the village", "")]),  # noqa: E501
    ("They agreed a €90 billion ($121 billion) loan.", [("loan", "€90 billion ($121 billion) loan", "")]),
    # a sum whose currency was lost ("a \ufffd90 billion"): the sum in brackets is the only one with a currency
    ("They agreed a \ufffd90 billion ($121 billion) loan.", [("money", "$121 billion", "")]),
    ("They agreed a 90 billion ($121 billion) loan.", [("money", "$121 billion", "")]),
    # a currency's code before the sum, or brackets telling a part of it: no sign lost
    ("They signed the Rs 5 billion ($60 million) contract.", []),
    ("The appeal has raised 2 million ($1.5 million of it from abroad).", []),
    # what another source says a bare figure named before it is: the same measure, another value
    ("The observatory put the tremor's magnitude at 4.8, but the survey said it was 5.2.", [("magnitude", "4.8", ""), ("magnitude", "5.2", "")]),  # noqa: E501
    ("The firm had 300 staff; its founder said it was 15 when he started.", [("staff", "300 staff", "")]),
    # a bare figure that does not close its clause, or of another time, is no value of the measure
    ("The observatory put the quake's magnitude at 4.6; a resident said it was 4 in the morning.", [("magnitude", "4.6", "")]),  # noqa: E501
    ("Police put the crowd at 20,000; last year they put it at 18,000.", [("crowd", "20,000", "")]),
    ("For the first time, the two sides met.", []),
    # the verb nearest a count of people says what it counts; nationalities modify the noun after them
    ("He stabbed and killed a clerk and wounded two men on Monday.", [("injury", "two men", "")]),
    ("A receptionist died and two men underwent surgery.", [("man", "two men", "")]),
    ("He is suspected of shooting three people, killing one.", [("shot", "three people", ""), ("death", "one", "")]),
    ("The coastguard detained 17 Omani and Yemeni smugglers.", [("smuggler", "17 Omani and Yemeni smugglers", "")]),
    ("Pirates seized two Yemeni fishing boats.", [("vessel", "two Yemeni fishing boats", "")]),
    ("He won five rounds sooner than last time.", [("round sooner", "five rounds", "")]),
    ("The vote comes three years after the ruler died.", [("duration after", "three years", "")]),
    ("He ruled for 21 years.", [("duration", "21 years", "")]),
    ("She was dismissed nearly four weeks following the end of the tour.", [("duration after", "nearly four weeks", "")]),  # noqa: E501
    ("The standoff lasted two hours before the gunman gave up.", [("duration", "two hours", "")]),
    # a distance from a place, whatever the bearing says; an age before a surname; "N-plus"
    ("The epicentre was 37 miles southwest of Tabriz.", [("distance", "37 miles southwest of Tabriz", "")]),
    ("It struck about 60km (37 miles) south-west of Tabriz.", [("distance", "about 60km (37 miles) south-west of Tabriz", "")]),  # noqa: E501
    ("The 34-year-old Mendel, a former champion, looked tired.", [("age", "34-year-old", "Mendel")]),
    ("The 38-year-old Canadian won.", [("age", "38-year-old", "")]),
    ("Marlow was fired after four-plus seasons in Tacoma.", [("season", "four-plus seasons", "")]),
    # records said where a side stands, of three numbers; votes; not a record at another time
    ("The Herons sacked him with the team stumbling at 7-16.", [("record", "7-16", "7-16")]),
    ("The Herons, now standing at 7-16, lost again.", [("record", "7-16", "7-16")]),
    ("His record stands at 284-286.", [("record", "284-286", "284-286")]),
    ("The Herons have opened 7-16 this season.", [("record", "7-16", "7-16")]),
    ("She guided the club to a 143-128 record.", [("record", "143-128", "143-128")]),
    ("Venn fell to 38-6-1 after the loss.", [("record", "38-6-1", "38-6-1")]),
    ("He beat Jones (14-13-2, 12 KOs) in June.", [("record", "14-13-2", "14-13-2"), ("knockout", "12 KOs", "")]),
    ("The jury deadlocked at 10-2 on Friday.", [("vote", "10-2", "10-2")]),
    ("The jurors sent word of their 10-2 deadlock to the judge.", [("vote", "10-2", "10-2")]),
    ("The game was tied at 2-2 at halftime.", []),  # a score, said without a cue
    # wins and losses of a stretch of play: a record, never a range
    ("After a 12-20 start, the Herons won 15 of the next 19 games.", [("record", "12-20", "12-20"), ("game of 19", "15 of the next 19 games", ""), ("game", "19 games", "")]),  # noqa: E501
    ("The Herons put together a 12-3 run before the break.", [("record", "12-3", "12-3")]),
    ("Call the hotline at 800-555-0142.", []),
    # ages: "at N, she ..."
    ("She said that, at 34, her days as a model were over.", [("age", "34", "")]),
    ("At 5, the market closed.", []),
    # signs, currencies and decimal points written as words or glued on
    ("Outdoor temperatures were minus 14 while crews battled the blaze.", [("temperature", "minus 14", "")]),
    ("Crews worked in minus-14 degree temperatures.", [("temperature", "minus-14 degree temperatures", "")]),
    ("Ten minus three is seven.", [("three", "Ten minus three", "")]),  # a subtraction: no sign
    ("Damage to the hall was put at $US2 million ($2.6 million).", [("damage", "$US2 million", "")]),  # one sign
    # an amount in another currency in brackets: the writer's arithmetic, no claim; the amount before
    # it is keyed by the noun after the bracket
    ("The region gets a euro90 billion ($120 billion) loan package.", [("package", "euro90 billion ($120 billion) loan package", "")]),  # noqa: E501
    ("The club paid €40m (£35m) for the striker.", [("money", "€40m", "")]),  # no noun after the bracket to key it
    ("The riots caused 150 million euros ($190 million) of damage.", [("damage", "150 million euros ($190 million) of damage", "")]),  # noqa: E501
    ("The fine, 3,000 euros ($3,300), was paid.", [("money", "3,000 euros", "")]),  # no sign before: read as before
    # one unit of time as an adjective
    ("Police ended a weeklong search for the boy.", [("search", "weeklong search", "")]),
    ("Unions held a day-long strike on Monday.", [("strike", "day-long strike", "")]),
    ("The mayor gave an hour-long speech.", [("speech", "hour-long speech", "")]),  # "an hour": no rate
    ("Jurors sat through a two-week-long trial.", [("trial", "two-week-long trial", "")]),
    # one unit after a qualifier
    ("The hearing lasted nearly an hour.", [("duration", "nearly an hour", "")]),
    # one unit in words tied to another event, keyed by no noun: no bare "duration"
    ("He fired for about a minute before police arrived.", []),
    ("It was her first speech in more than a year.", [("speech", "first speech", "1st speech"), ("duration since", "more than a year", "")]),  # noqa: E501
    ("Divers ended a weeklong search.", [("search", "weeklong search", "")]),
    ("She left the firm more than a year ago.", [("duration ago", "more than a year", "")]),
    # magnitudes of aftershocks: not the main quake's
    ("Aftershocks came next, with magnitudes from 2.7 to 3.9.", [("aftershock magnitude", "from 2.7 to 3.9", "")]),
    ("A 4.6 magnitude aftershock hit the town.", []),  # one aftershock of many: not plainly another's
    ("The aftershock, measuring 4.6, hit the town.", []),
    ("A 4.8-magnitude foreshock shook the town.", []),  # a quake before the main one: never the main one's
    ("A 6.1-magnitude earthquake shook the town.", [("magnitude", "6.1-magnitude", "")]),
    ("The strongest aftershock measured 5.1.", [("largest aftershock magnitude", "5.1", "")]),
    ("The largest 5.1 aftershock hit the town.", [("largest aftershock magnitude", "5.1", "")]),
    ("Two aftershocks of around 4.0 hit the town.", [("aftershock", "Two aftershocks", ""), ("aftershock magnitude", "around 4.0", "")]),  # noqa: E501
    # the main quake's, though aftershocks are named in another clause or counted
    ("Hundreds of aftershocks have followed the magnitude 7.8 that struck the coast.", [("aftershock", "Hundreds of aftershocks", ""), ("magnitude", "7.8", "")]),  # noqa: E501
    ("The quake, which set off more than 100 aftershocks, had a magnitude of 7.8.", [("aftershock", "more than 100 aftershocks", ""), ("magnitude", "7.8", "")]),  # noqa: E501
    # "a year before", "a day after": a span, not a rate
    ("Exports fell to 4,000 tonnes, from 6,000 tonnes a year before.", [("weight", "4,000 tonnes", ""), ("weight", "6,000 tonnes", ""), ("duration before", "a year", "")]),  # noqa: E501
    ("A quake of 6.2 hit the town.", [("magnitude", "6.2", "")]),
    ("Officers said her blood-alcohol level was .23 at the time.", [("blood-alcohol level", ".23", "")]),
    ("Her blood-alcohol level was 0.23.", [("blood-alcohol level", "0.23", "")]),
    ("The level was 5.", []),  # a level of what
    # counts: taken into custody, others than those named, a hyphened count after "the", a crowd
    ("The cutter took 17 into custody.", [("arrest", "17", "")]),
    ("Officers took 17 of them into custody.", [("arrest", "17", "")]),
    ("He struck two other vehicles while fleeing.", [("other vehicle", "two other vehicles", "")]),
    ("Some 30 more people had to be led out to safety.", [("other people", "Some 30 more people", "")]),
    ("He got two more years in prison.", []),
    ("The two other officers were arrested.", []),  # the two refer
    ("Smoke poured from the three-story building.", [("story", "three-story", "")]),
    ("She led the crowd of 14,000 in a chant.", [("crowd", "14,000", "")]),
    # areas said as squares of a length; a verb after the counted noun
    ("The 60,000-square-foot building contains a number of labs.", [("building", "60,000-square-foot building", "")]),
    ("The park covers 40 square miles.", [("area", "40 square miles", "")]),
    ("Police cordoned off a five-square-block area.", [("square", "five-square", "")]),  # no length: not an area
    # half of a unit
    ("He had drunk a half-liter of vodka.", [("vodka", "half-liter of vodka", "")]),
    ("He admitted drinking a half-liter of vodka Wednesday.", [("vodka", "half-liter of vodka", "")]),
    ("Half the roof collapsed.", []),  # not half a unit; half of a thing needs its end (below)
    # a word after a number that is no counted noun: what the sentence counts instead
    ("Police said 10,000 gathered in the square.", [("people", "10,000", "")]),
    ("Two died and 2 hurt in the crash.", [("death", "Two", ""), ("injury", "2 hurt", "")]),
    ("Three Killed In Bank Fire", [("death", "Three", "")]),
    ("There were at least three aftershocks of about 4.2.", [("aftershock", "at least three aftershocks", ""), ("aftershock magnitude", "about 4.2", "")]),  # noqa: E501
    ("The 5.1 quakes were felt far away.", [("magnitude", "5.1", "")]),  # a magnitude of each
    ("The sixth aftershock shook the island.", [("aftershock", "sixth aftershock", "6th aftershock")]),
    ("It was first rocked by a quake.", []),
    ("After four days deliberating, the jury deadlocked.", [("duration", "four days", "")]),
    ("The riots went on for five days of rioting.", [("riot", "five days of rioting", "")]),
    ("The church is about 30 years old.", [("age", "about 30 years old", "")]),
    ("She signed a four-year deal worth almost $60 million.", [("contract", "four-year deal", ""), ("contract", "almost $60 million", "")]),  # noqa: E501
    ("They moved in 30 months ago.", [("duration ago", "30 months", "")]),
    ("He has $8 million left on the contract.", [("money left", "$8 million", "")]),
    ("Play resumed with about 20 seconds left.", [("duration left", "about 20 seconds", "")]),
    ("He won with two seconds remaining.", [("duration left", "two seconds", "")]),
    ("The ship was some 13 miles away.", [("distance", "some 13 miles", "")]),
    ("Police seized 13 fully loaded magazines.", [("magazine", "13 fully loaded magazines", "")]),
    ("He shot one man fatally.", [("man", "one man", "")]),
    ("There are 31 overseas booths.", [("booth", "31 overseas booths", "")]),
    ("She took her 11th straight fight tonight.", [("fight", "11th straight fight", "")]),  # a run of 11
    ("Two of them managed to escape.", [("manage", "Two", "")]),  # those who did: no noun to count
    ("She averaged 4.3 assists and 1.8 steals.", [("assist", "4.3 assists", ""), ("steal", "1.8 steals", "")]),
    ("He threw two hard lefts.", [("left", "two hard lefts", "")]),  # a noun here
    ("She lived with two grandkids.", [("grandchild", "two grandkids", "")]),
    ("The government's popularity was at 20.6 percent.", [("approval", "20.6 percent", "")]),
    # an age reached, not a count ("turned 90 degrees" is one)
    ("The crowd cheered the coach Marta Lind, who turned 70 on Monday.", [("age", "70", "Marta Lind")]),
    ("The ferry turned 90 degrees in the gale.", [("degree", "90 degrees", "")]),
    # a record and its knockouts in brackets: no amount converted to another unit
    ("The challenger fell to 27-4 (19 KOs).", [("record", "27-4", "27-4"), ("knockout", "19 KOs", "")]),
    # issue 19: quantities the extractor missed
    ("Sgt. Ann Vorel and Carl Berg, both 44, were hurt.", [("age", "both 44", "Ann Vorel"), ("age", "44", "Carl Berg")]),  # noqa: E501
    ("He shot Lind, 30, and Mora, 29.", [("age", "30", "Lind"), ("age", "29", "Mora")]),  # the last age of a list
    ("Mora died at the age of 131.", [("age", "131", "")]),  # stated as an age: an age, however unlikely
    ("Mora was 131.", []),  # no word says age beyond MAX_AGE
    ("Lind landed 41 of 160 jabs thrown.", [("jab of 160", "41 of 160 jabs", ""), ("jab", "160 jabs", "")]),
    ("The club won 12 of its next 15 games.", [("game of 15", "12 of its next 15 games", ""), ("game", "15 games", "")]),  # noqa: E501
    # ... and of a whole someone's: the part is of the whole counted, not of its owner
    ("Three of the firm's 12 depots will close.", [("depot of 12", "Three of the firm's 12 depots", ""), ("depot", "12 depots", "")]),  # noqa: E501
    ("Six of the tenants' 40 flats were damaged.", [("flat of 40", "Six of the tenants' 40 flats", ""), ("flat", "40 flats", "")]),  # noqa: E501
    # a rate a few words after a count's noun is the count's, unless another figure comes between
    ("About 200 homes will have to be built each month.", [("home", "About 200 homes will have to be built each month", "")]),  # noqa: E501
    ("About 900 lorries use one crossing each day.", [("lorry", "About 900 lorries use one crossing each day", "")]),
    ("The 14 depots will open only four days a week.", [("depot", "14 depots", ""), ("duration", "four days a week", "")]),  # noqa: E501
    ("About 900 people die on the roads each year.", [("people", "About 900 people die on the roads each year", "")]),
    ("Three of the five suspects were held.", [("suspect", "Three of the five suspects", "")]),  # read as before
    ("A shell hit the market, killing 9 and wounding other 40.", [("death", "9", ""), ("injury", "40", "")]),
    ("The rally was attended by an estimated 9,000.", [("crowd", "an estimated 9,000", "")]),
    ("He left Dayton, where he was 140-121 as head coach.", [("record", "140-121", "140-121")]),
    ("The coach led them to a 50-32 record-a big rise.", [("record", "50-32", "50-32")]),  # a hyphen joins the cue
    ("The suspect was 5-10 and slim.", []),  # feet and inches, not a record
    ("They were 3-1 up at the break.", []),  # the score of a game
    ("The bill lifts the pension age for civil servants to 68.", [("pension age", "68", "")]),  # not a person's
    ("The voting age was lowered to 17.", [("voting age", "17", "")]),
    ("Police pulled the 19-year-old rider over two blocks away.", [("age", "19-year-old", ""), ("block", "two blocks", "")]),  # noqa: E501
    ("The gang handed over 12 pistols.", [("weapon", "12 pistols", "")]),  # a verb's particle, not "more than"
    ("The march took over 3 hours.", [("duration", "over 3 hours", "")]),  # "more than" still
    ("Rebels pulled back over 20 miles.", [("distance", "over 20 miles", "")]),
    ("He is serving two 15-year terms.", [("term", "two 15-year terms", ""), ("term", "15-year terms", "")]),
    ("Half of the roof at the back fell.", [("percent of roof", "Half of the roof", "")]),  # 50 percent of it
    ("Half of its crew from the port quit.", [("percent of crew", "Half of its crew", "")]),
    ("Half the crew quit on Monday.", []),  # "crew quit" might be the thing: no claim
    ("Nearly half the crew quit.", []),  # a rough share: no plain half
    ("Approximately half the staff at the plant quit.", []),
    ("Up to half the staff at the plant quit.", []),
    ("It is half the size of the old one.", []),  # a comparison, no share
    ("She slept half the time.", []),  # an idiom: often
    ("The driver, who was in her 70s, was unhurt.", [("age", "70s", "")]),  # a decade of life
    ("Ana Ruiz, who is in her mid-30s, spoke.", [("age", "mid-30s", "Ana Ruiz")]),
    ("Kim Vale, who played here in his 20s, left.", []),  # a time of a life, not an age now
    ("Two men in their 20s were held.", [("man", "Two men", "")]),  # the ages of several
    ("A woman in her early 70s was hurt.", [("age", "early 70s", "")]),
    ("The pitcher made six All-Star teams.", [("team", "six All-Star teams", "")]),  # a modifier led by "all"
    ("Two off-duty officers were hurt.", [("injury", "Two off-duty officers", "")]),
    ("Viewers saw the channel's one-hour special.", [("special", "one-hour special", "")]),  # a number leads it
    ("The side finished second-from-bottom.", []),  # no rank of a "from-bottom"
    ("Cut a 2 3/4-inch strip of tape.", [("strip", "2 3/4-inch strip", "")]),  # a length of the strip
    ("Traffic stopped for the next ten-minute interval.", [("interval", "ten-minute interval", "")]),
    ("Over the next two-day period, prices fell.", [("period", "two-day period", "")]),  # a glued unit measures it
    ("In the next two days, prices fell.", []),  # a span of time
    # one unit of time said with "a", tied to another event
    ("The ferry sank a week after the storm.", [("duration after", "a week", "")]),
    ("The bridge stayed shut for a week following the flood.", [("duration after", "a week", "")]),
    ("The mayor resigned a year later.", [("duration later", "a year", "")]),
    ("The town rebuilt, and a week after week of storms the roads reopened.", []),  # the unit said again
    ("He spent a week in hospital.", []),  # no other event: "a week" is no figure to compare
    # an ordinal day of what goes on is a run of days, as "the fifth straight day"; not the first, nor the calendar's
    ("Rebels shelled the port on the fifth day of the siege.", [("day", "fifth day of the siege", "")]),
    ("On the first day of the trial, the court heard the case.", []),
    ("Rent is due on the third day of the month.", []),
    ("Storms cut short the second day of last year's festival.", []),  # no thing going on
    ("Delegates left on the third day of the two-day summit.", []),
    ("The museum was shelled in the second year of the war.", []),  # a year of it dates something else
    # a shirt number is a label of its own
    ("Her No. 23 jersey was retired in March.", [("shirt number", "No. 23 jersey", "")]),
    ("The striker took the number-9 shirt.", [("shirt number", "number-9 shirt", "")]),
    ("He wore the #14 jersey.", [("shirt number", "#14 jersey", "")]),
    # a scale glued on with a hyphen is the amount's, not a counted noun
    ("Lenders agreed a 90-billion rescue.", [("rescue", "90-billion rescue", "")]),
    # a dash typed without spaces before a new clause joins no counted noun
    ("The side suffered five losses-and still topped the table.", [("loss", "five losses", "")]),
    # the name of what is counted, after its common noun, is no counted noun
    ("Pirates seized a 40-metre cargo vessel Northern Star.", [("vessel", "40-metre cargo vessel", "")]),
    # an acronym or a capitalised plural after a common noun is what is counted, not a name
    ("Six opposition MPs walked out.", [("mps", "Six opposition MPs", "")]),
    ("The 30 coalition MEPs voted.", [("mep", "30 coalition MEPs", "")]),
    ("Nine opposition Senators objected.", [("senator", "Nine opposition Senators", "")]),
    ("Two government Ministers resigned.", [("minister", "Two government Ministers", "")]),
    ("A 4,000-tonne patrol frigate HMS Avalon docked.", [("frigate", "4,000-tonne patrol frigate", "")]),  # a prefix
    ("Gunmen held 12 heavily armed Freedonian fishermen.", [("fisherman", "12 heavily armed Freedonian fishermen", "")]),  # noqa: E501
    # the new value of a count "the number of" changes
    ("The plan lifts the number of branches from 14 to 22.", [("branch", "number of branches from 14 to 22", "")]),
    ("The number of confirmed cases climbed from 1,200 to 3,400.", [("case", "number of confirmed cases climbed from 1,200 to 3,400", "")]),  # noqa: E501
    # a scale after the new value: the figure alone is not the count
    ("The number of cases rose from 3 to 4 million.", []),
    ("The number of troops will go from 30 to 40 thousand.", []),
    # half of a unit written as a fraction
    ("She poured 1/2 litre of oil.", [("oil", "1/2 litre of oil", "")]),
    ("He waited 2-1/2 hours.", []),  # a mixed number: no half hour
    # a quarter of a unit
    ("A quarter-mile strip of beach was fenced off.", [("strip", "A quarter-mile strip", "")]),
    ("They reached the quarter-final.", []),
    # a vague number of a unit of time or length
    ("Repairs will take dozens of weeks.", [("duration", "dozens of weeks", "")]),
    ("The tomb lay untouched for hundreds of years.", [("duration", "hundreds of years", "")]),
    # a vote split in words is a vote, as "an 11-4 vote" is
    ("The board divided, with eleven in favour and four against.", [("vote", "eleven in favour and four against", "11-4")]),  # noqa: E501
    ("Twelve in favour of the motion, and two against.", [("vote", "Twelve in favour of the motion, and two against", "12-2")]),  # noqa: E501
    ("Some in favour and others against.", []),
    ("Shareholders cast 1,000 in favour and 200 against.", []),  # no split of "000" and 200
    ("Members cast 1.5 in favour and 2 against.", []),
    # a majority's size, with no noun after it
    ("The ruling bloc has a majority of 14 in the assembly.", [("majority", "14", "")]),
    # business figures: the sum and the change of the figure the clause opens on
    ("Revenue dropped 6.1% to €2.14 billion.", [("percent of revenue", "6.1%", ""), ("revenue", "€2.14 billion", "")]),
    ("Revenue was 6.1 percent lower at 2.14 billion euros.", [("percent of revenue", "6.1 percent", ""), ("revenue", "2.14 billion euros", "")]),  # noqa: E501
    ("The group reported a 6.1% decline in revenue.", [("percent of revenue", "6.1% decline", "")]),
    ("Net profit rose 12 percent to 118 million euros.", [("percent of net profit", "12 percent", ""), ("net profit", "118 million euros", "")]),  # noqa: E501
    ("Sales were up 3.2 percent at $4.1 billion.", [("percent of revenue", "3.2 percent", ""), ("revenue", "$4.1 billion", "")]),  # noqa: E501
    ("The programme is expected to cost €460 million.", [("cost", "€460 million", "")]),
    ("Its debt stands at $900 million.", [("debt", "$900 million", "")]),
    ("Shares in Halbrook finished 7.4% down at 41.20 euros.", [("percent of share price", "7.4%", ""), ("share price", "41.20 euros", "")]),  # noqa: E501
    ("Operating profit was 8 percent higher than a year ago.", [("percent of operating profit", "8 percent", ""), ("duration ago", "a year", "")]),  # noqa: E501
    # a change of nothing the clause names: a claim of its own, compared only in alike words
    ("It was the biggest faller on the index, which closed 0.3% lower.", [("percent change", "0.3%", "")]),
    ("Turnout was 5 percent lower than in 2008.", [("turnout lower", "5 percent", "")]),  # a measure's difference
    ("Halbrook stock finished 35.1pc higher on Monday.", [("percent of share price", "35.1pc", "")]),  # "pc": percent
    # a qualifier makes another figure: operating, pre-tax and same-store figures are not the plain one
    ("The airline made a pre-tax profit of £75m.", [("pre-tax profit", "£75m", "")]),
    ("Like-for-like sales rose 2%.", [("percent of same-store revenue", "2%", "")]),
    ("Net profit fell to €118 million.", [("net profit", "€118 million", "")]),  # a plain "profit" may be pre-tax
    # the price of a purchase of a business; less than a million is the price of a thing
    ("AMD agreed to buy ATI for $5.4 billion in cash and stock.", [("contract", "$5.4 billion", "")]),
    ("Brennmark will pay $2.8 billion for the coatings maker.", [("contract", "$2.8 billion", "")]),
    ("He bought a car for $20,000.", [("money", "$20,000", "")]),
    # pence are hundredths of a pound; a company that closes is its shares
    ("Brennmark will pay 612 pence per Osterlund share.", [("offer per share", "612 pence per Osterlund share", "")]),
    ("Holders get 612p for each share they own.", [("share price", "612p for each share", "")]),
    ("Osterlund closed up 31.5% at 583p.", [("percent of share price", "31.5%", ""), ("share price", "583p", "")]),
    ("The FTSE 100 closed 0.3% lower.", [("percent change", "0.3%", "")]),
    ("The video streams in 1080p.", []),
    # not a company's shares: an index, a commodity; a dividend or an offer per share is its own figure
    ("The S&P 500 closed 0.8% higher.", [("percent change", "0.8%", "")]),
    ("Gold closed 1.5% higher at the end of the session.", [("percent of gold", "1.5%", "")]),
    ("The dividend is 12p a share.", [("dividend per share", "12p a share", "")]),
    ("Online revenue rose 14% to €300 million.", [("percent of online revenue", "14%", ""), ("online revenue", "€300 million", "")]),  # noqa: E501
    ("The camera costs $1,299.", [("money", "$1,299", "")]),  # a thing's price, not a business's cost
    ("Tallis revenue grew 7% to £2.2bn.", [("percent of revenue", "7%", ""), ("revenue", "£2.2bn", "")]),  # whose
    ("Attendance at the Riverside Festival closed 9% higher.", [("percent of attendance", "9%", "")]),  # no shares
    ("Brenford bought a new training ground for £12 million.", [("contract", "£12 million", "")]),
    ("The firm sold 5 million shares for 20 million euros.", [("share", "5 million shares", ""), ("contract", "20 million euros", "")]),  # noqa: E501
    # a sum restated in another currency in brackets is the writer's arithmetic, not a claim
    ("Net profit was 400m euros ($527.61m; £274.73m) in 2004.", [("net profit", "400m euros", "")]),
    ("Officials said 4 million people ($2 each) got aid.", [("people", "4 million people", ""), ("money", "$2", "")]),
    # a sum said to be what the noun before its verb of being is
    ("Storm damage is an estimated $3 million, the council said.", [("damage", "an estimated $3 million", "")]),
    ("The cost of the repairs was $4 million.", [("cost", "$4 million", "")]),  # the cost, not the repairs
    ("The man was $2 million richer.", [("money", "$2 million", "")]),  # a person has no such value
    ("He was $20 short.", [("short", "$20 short", "")]),  # a pronoun neither
    ("The repair bill was $4 million.", [("cost", "$4 million", "")]),  # a bill is a cost
    ("The cost of the repairs to the roof of the depot was $400,000.", [("cost", "$400,000", "")]),
    ("The total was $2 million.", [("money", "$2 million", "")]),  # says nothing of what
    # a line of key facts: the label's head noun
    ("- Deaths: 3", [("death", "3", "")]),
    ("Jobs to be cut: 1,510", [("job", "1,510", "")]),
    ("- Films in competition: 21", [("film", "21", "")]),
    ("- Budget: 2.3 million euros", [("budget", "2.3 million euros", "")]),
    ("- Restructuring charges: about $85 million", [("cost", "about $85 million", "")]),
    ("- Jobs cut: 1,600", [("job", "1,600", "")]),  # the jobs, not the cut
    ("Brackwater blast: four dead as a gas main explodes", [("death", "four", "")]),  # a headline goes on
    ("- Comments: 212", []),  # a page's counter
    # an average, what a sum was earned over, a payroll
    ("The deal averages $31 million a year.", [("average", "$31 million a year", "")]),
    ("He will earn $33 million a year on average.", [("average", "$33 million a year", "")]),
    ("He had earned $72 million over the five-year contract.", [("contract", "$72 million", ""), ("contract", "five-year contract", "")]),  # noqa: E501
    ("The signing pushes the projected 2027 payroll to about $182 million.", [("payroll", "about $182 million", "")]),
    ("They paid $5 million over the summer.", [("money", "$5 million", "")]),
    # each age of a list; a toll told across a long subject, a quake's magnitude in it
    ("Police arrested two men, aged 24 and 31, at a flat.", [("arrest", "two men", ""), ("age", "24", ""), ("age", "31", "")]),  # noqa: E501
    ("A woman aged 45 and 3 children were unhurt.", [("age", "45", ""), ("child", "3 children", "")]),  # no age 3
    ("The death toll from the magnitude 6.5 earthquake that shook the island early on Sunday has risen to 11.", [("magnitude", "6.5", ""), ("death", "11", "")]),  # noqa: E501
    # a tally moved to its value, a workforce, a plural subject reaching a number
    ("The fire killed two people, raising the death toll to four.", [("death", "two people", ""), ("death", "four", "")]),  # noqa: E501
    ("The blast took the toll to 12 on Monday.", [("death", "12", "")]),
    ("Halden toll rises to five", [("death", "five", "")]),  # a headline: the toll's own verb
    ("It raised the price to 4.", []),  # no tally moved
    ("The operator is raising the toll on the Kessing bridge to 4 after the crash.", []),  # a road's toll: a price
    ("The firm is raising the toll for cars to 6.", []),
    ("The plant, which employs 870, will close next year.", [("worker", "870", "")]),
    ("The plant employs 870 people.", [("people", "870 people", "")]),  # whose workforce: left to "people"
    ("Final admissions reached 68,500, the organisers said.", [("admission", "68,500", "")]),
    ("Officials estimated admissions at about 62,000.", [("admission", "about 62,000", "")]),
    ("Shares rose to 4.50 on Monday.", []),  # a price, no count of shares
    # a percentage in apposition to the noun opening the sentence
    ("Turnout, at 60.9 percent, was the highest since 2011.", [("turnout", "60.9 percent", "")]),
    ("In the capital, at 40 percent, turnout was low.", []),  # no apposition to the capital
    ("Profits rose to 12 in the ranking of carmakers.", []),  # a business figure is a sum, no count
    # a glued "m" is metres going down or into, millions with a currency
    ("The coach fell 60m into a ravine.", [("distance", "60m", "")]),
    ("The firm put $60m into the fund.", [("money", "$60m", "")]),
    ("The government will pump 60m into road safety.", []),  # no fall: millions of no currency named
    ("Debt fell 10m below the league limit.", []),  # "below" is no cue of metres
    # people in a condition hospitals report; an adverb between a count and its verb
    ("Seven were in a critical condition.", [("critical condition", "Seven", "")]),
    ("Five people remain in a critical condition.", [("critical condition", "Five people", "")]),
    ("Two were in stable condition at the hospital.", [("stable condition", "Two", "")]),
    ("Three people were killed and seven were critically injured.", [("death", "Three people", ""), ("injury", "seven", "")]),  # noqa: E501
    ("Five people were in the car.", [("people", "Five people", "")]),  # no condition
    ("Seven were critical, the hospital said.", [("critical condition", "Seven", "")]),
    ("After the crash, two were critical of the hospital's response.", []),  # a view, no condition
    ("Five were in serious trouble with the law.", []),
    ("Three were only slightly hurt.", []),  # "only" is no adverb of how badly (a part of the injured)
    ("It is a $24 million drama co-starring Ivo Brandt.", [("drama", "$24 million drama", "")]),
    ("He has three prior drink-driving convictions.", [("conviction", "three prior drink-driving convictions", "")]),
    # "went" and a pair: a record, unless the game's score ("went 2-0 up")
    ("Kellerman went 112-53 in five seasons at Wexford.", [("record", "112-53", "112-53"), ("season", "five seasons", "")]),  # noqa: E501
    ("This season's team went 27-7.", [("record", "27-7", "27-7")]),
    ("United went 2-0 up before the break.", []),
    ("Kasperek, improving to 30-0, said he was ready.", [("record", "30-0", "30-0")]),
    ("He remains unbeaten at 29-0.", [("record", "29-0", "29-0")]),
    # an attendance and a crowd a fighter fought in front of are a crowd's size
    ("The official attendance was 18,412.", [("crowd", "18,412", "")]),
    ("Reese fought in front of more than 21,000 at the Corrigan Center.", [("crowd", "more than 21,000", "")]),
    ("Rovers won on penalties after the match went 1-1 into extra time.", []),
    ("Pell voters went 2-1 for the library levy on Tuesday.", []),
    # the last age of a list before a verb is an age, not a count of the dead
    ("A man aged 71 and women aged 34 and 42 died, police said.", [("age", "71", ""), ("age", "34", ""), ("age", "42", "")]),  # noqa: E501
    ("Of the 40 residents aged 65, 12 died, the health board said.", [("population", "40 residents", ""), ("age", "65", ""), ("death", "12", "")]),  # noqa: E501
    # a length in millimetres or inches spelled out; an irregular verb in the past ends what is counted
    ("The storm dumped 250 millimetres of rain on Quarvey.", [("rain", "250 millimetres of rain", "")]),
    ("Police found a 12-inch blade.", [("blade", "12-inch blade", "")]),
    ("The phone has a 6.1-inch display.", [("screen", "6.1-inch display", "")]),  # a screen, however called
    ("The phone has a 5.0-inch 1080p display.", [("screen", "5.0-inch 1080p display", "")]),  # a grade between
    ("The weather office said 312mm of rain fell at Quarvey overnight.", [("rain", "312mm of rain", "")]),
    ("Two fishing boats sank off the cape.", [("vessel", "Two fishing boats", "")]),
    # a toll moved to its value past a date ("the Oct. 16 shooting")
    ("His death raised the toll from the Oct. 16 shooting to five, police said.", [("death", "five", "")]),
    # a storm's category is a rating, not a count of storms; a category it passed through is none
    ("A category four cyclone crossed the coast at Ostley.", [("category", "four", "")]),
    ("The Category 5 hurricane hit at dawn.", [("category", "5", "")]),
    ("It weakened to a Category 1 hurricane by the afternoon.", []),
    ("Forecasters said the storm could become a Category 5 before landfall.", []),
    ("The shelter is built to withstand a Category 5 hurricane.", []),
    ("The stage ends with a Category 1 climb.", []),  # another kind of rating
    # an irregular past form before a noun modifies it; capitalised, it names
    ("Some 300 British fell runners took part.", [("runner", "Some 300 British fell runners", "")]),
    ("An 8-inch water main burst on Monday.", [("main", "8-inch water main", "")]),
    # a numbered tier named without "the" is a table too
    ("Varnley are 17th in League Two.", [("table position", "17th", "17th table position")]),
    # ... but not a place at another time
    ("Varnley were 3rd in League Two at Christmas.", []),
    ("About 60 Lower Rose Valley residents were evacuated.", [("population", "About 60 Lower Rose Valley residents", "")]),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_frames(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    claims = _sentence_claims(sentence)
    got = [
        (
            c.key,
            c.surface,
            c.subject if c.key == "age" else (c.normalised or c.display if c.unit in ("pair", "ordinal") else ""),
        )
        for c in claims
        if c.kind is ClaimKind.QUANTITY
    ]
    assert got == expected


def test_a_date_of_another_clause_is_no_scope_of_a_figure() -> None:
    (told,) = _quantities("He won 14 caps for Prenwick in August 1975.")
    assert told.scope_time == "1975-08"
    # "and in August 1975 joined ...": the joining's date
    (other,) = _quantities("He won 14 caps for Prenwick and in August 1975 joined Caddow.")
    assert other.scope_time == ""


def test_a_date_past_until_is_no_scope_of_a_span() -> None:
    # "for three decades until she retired in 1990": the span's end, not the time it is of
    (span,) = _quantities("Ada Dessel ran the orchard for three decades until she retired in 1990.")
    assert span.scope_time == ""


@pytest.mark.parametrize(
    "sentence",
    ["A majority of 3 in 4 voters said yes.", "A majority of two out of three members agreed."],
)
def test_share_is_no_majority_size(sentence: str) -> None:
    """ "3 in 4" is a share: no majority of 3 (a majority's size stays: "a majority of 14 in 2019")."""
    claims = _sentence_claims(sentence)
    assert [c for c in claims if c.key == "majority"] == []
    kept = "It won a majority of 14 in 2019."
    claims = _sentence_claims(kept)
    assert [c.value.low for c in claims if c.key == "majority"] == [14]


def _check(tmp_path: Path, texts: dict[str, str]):
    from factcheck.api import check

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([tmp_path])


def test_an_article_stating_both_values_is_about_two_things(tmp_path: Path) -> None:
    # b.txt gives both players' points: a.txt's 15.5 for Corliss is no conflict with Ostrander's five
    report = _check(
        tmp_path,
        {
            "a.txt": "Jalen Corliss led the team in scoring with 15.5 points a game this season.",
            "b.txt": "Corliss scored 15.5 points a game this season, while Ostrander added five points a game.",
        },
    )
    assert not report.by_verdict(Verdict.CONFLICT)
    (agree,) = [f for f in report.by_verdict(Verdict.AGREE) if f.kind is ClaimKind.QUANTITY]
    assert agree.articles == ("a.txt", "b.txt")


def test_a_bare_number_taken_to_hospital_meets_the_people_taken_there(tmp_path: Path) -> None:
    # "and 38 were taken to hospital" counts the people "45 people were taken to hospital" counts
    report = _check(
        tmp_path,
        {
            "a.txt": "Two people died and 38 were taken to hospital after the Quorlby bus crash on Friday.",
            "b.txt": "Two people died and 45 people were taken to hospital after the Quorlby bus crash on Friday.",
        },
    )
    conflicts = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "injury"]
    assert [sorted(c.surface for c in f.claims) for f in conflicts] == [["38", "45 people"]]


def test_counted_nouns_of_one_class_are_compared(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "The pirates attacked the merchant ship in three speedboats, the navy said on Saturday.",
            "b.txt": "The pirates attacked the merchant ship in two boats, the navy said on Saturday.",
        },
    )
    (conflict,) = report.by_verdict(Verdict.CONFLICT)
    assert conflict.key == "vessel"
    assert {c.surface for c in conflict.claims} == {"three speedboats", "two boats"}
    assert any("a counted noun of one class" in d for d in conflict.details)


def test_different_records_of_one_boxer_conflict(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Radek Volny improved his record to 27-1 with the win in Lindau on Saturday.",
            "b.txt": "Radek Volny improved his record to 26-1 with the win in Lindau on Saturday.",
        },
    )
    (conflict,) = report.by_verdict(Verdict.CONFLICT)
    assert {c.display for c in conflict.claims} == {"27-1", "26-1"}


def test_a_projection_is_not_a_count() -> None:
    sentence = "The storm could kill up to 30 people, officials warned."
    (claim,) = _sentence_claims(sentence)
    assert (claim.key, claim.scope_time) == ("death", "projection")
    assert any(s.rule == "a projection of what may come, not a count" for s in claim.steps)


def test_an_earlier_event_named_by_its_year_is_its_own_scope() -> None:
    from datetime import date

    sentence = "The 1999 flood killed 40 people."
    found = _sentence_claims(sentence, date(2024, 5, 1))
    (claim,) = [c for c in found if c.kind is ClaimKind.QUANTITY]
    assert (claim.key, claim.scope_time) == ("death", "1999")
    assert any("earlier event" in s.rule for s in claim.steps)
    sentence = "The 2024 flood killed 40 people."  # the year of the report: the event reported
    found = _sentence_claims(sentence, date(2024, 5, 1))
    assert [c.scope_time for c in found if c.kind is ClaimKind.QUANTITY] == [""]


@pytest.mark.parametrize(
    ("sentence", "published", "dated"),
    [
        # a toll told by a participle of a clause dated by an earlier month: that event's
        ("A quake struck the coast in March near a port, killing 12 people and injuring 31.", (2024, 6, 1), "2024-03"),
        ("A quake struck the coast in March near a port, killing 12 people and injuring 31.", None, "month:03"),
        # the report's own month, a day, or no participle: the reported event's figure
        ("A quake struck the coast in May near the port, killing 12 people and injuring 31.", (2024, 5, 20), ""),
        ("A quake struck the coast on Sunday near the port, killing 12 people and injuring 31.", (2024, 5, 20), ""),
        ("The town was rebuilt in March; 40 people were injured by the quake.", (2024, 5, 20), ""),
        # a month just past may be the reported event's own: "in April" of a report of 2 May
        ("A quake struck the coast in April near a port, killing 12 people and injuring 31.", (2024, 5, 2), ""),
    ],
)
def test_a_toll_of_a_clause_dated_earlier_is_that_events(sentence: str, published, dated: str) -> None:
    from datetime import date

    from factcheck.extract.quantities import EARLIER_CLAUSE

    day = date(*published) if published else None
    found = _sentence_claims(sentence, day)
    (injured,) = [c for c in found if c.kind is ClaimKind.QUANTITY and c.key == "injury"]
    assert injured.scope_time == ""  # its group is kept; the judge and the matcher read the step
    assert [s.result for s in injured.steps if s.rule == EARLIER_CLAUSE] == ([dated] if dated else [])


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Police have arrested 40 people since 2011.", "since 2011"),
        ("The company cut 300 jobs in 2021.", "2021"),
        # the day of the event is no span the figure is counted over
        ("Civic Renewal won 38 seats in Sunday's election.", ""),
        ("Police arrested 12 people in Saturday's protest and 30 in Sunday's march.", "Saturday"),  # two days
        # another day the sentence names is when the news came, not a rival scope ("On Friday")
        ("On Friday, two guards involved in Monday's breakout at Fenwick jail were suspended.", ""),
        ("On Friday the sheriff said 14 people were detained in Monday's protest and 30 in Tuesday's march.", "Monday"),
        ("The fire has burned 17,200 acres since Monday.", "since Monday"),  # all since, not one day's
        # an aside after the figure is the aside's: "the highest since 2011" scopes no turnout
        ("Turnout was 63.8 percent, the highest since 2011, the commission said.", ""),
        # a price of a day is that day's, and a count as of a day
        ("Oil fell to $53.09 a barrel in Monday's trading.", "Monday"),
        ("Some 487,939 people had returned their ballot papers by Wednesday.", "Wednesday"),
    ],
)
def test_the_time_a_figure_is_counted_over(sentence: str, scope: str) -> None:
    (claim,) = _quantities(sentence)
    assert claim.scope_time == scope


def test_a_figure_on_the_events_day_conflicts_with_one_that_names_no_day(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {"a.txt": "Civic Renewal won 38 seats in Sunday's election.", "b.txt": "Civic Renewal grabbed 36 seats."},
    )
    assert [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "seat"]
    assert not report.by_verdict(Verdict.DISTINCT)


def test_a_count_of_the_events_day_told_on_a_later_day_meets_the_others(tmp_path: Path) -> None:
    texts = {
        "a.txt": "On Friday, three guards involved in Monday's breakout at Fenwick jail were suspended.",
        "b.txt": "It emerged as two guards suspended over the breakout at Fenwick jail faced a hearing.",
    }
    report = _check(tmp_path, texts)
    assert [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "guard"]
    assert not [f for f in report.by_verdict(Verdict.DISTINCT) if f.key == "guard"]


def test_a_lone_turnout_conflicts_with_the_one_the_others_give(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Turnout in Sunday's vote in Tarn was 63.8 percent, the electoral commission said.",
        "b.txt": "The commission put turnout at 63.8 percent as counting ended in Tarn on Monday.",
        "c.txt": "Voters in Tarn turned out in numbers: turnout was 63.8 percent, up from 2022.",
        "d.txt": "Turnout reached 68.3 percent in Sunday's vote, the electoral commission in Tarn said.",
    }
    report = _check(tmp_path, texts)
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "turnout"]
    assert "68.3 percent" in conflict.explanation and "d.txt" in {c.location.article for c in conflict.claims}
    # a share is said of many things: a lone one is not set against the others'
    texts = {
        "a.txt": "The Greens won a share of 30 percent in Sunday's vote in Tarn, the commission said.",
        "b.txt": "The commission put the Greens' share at 30 percent as counting ended in Tarn on Monday.",
        "c.txt": "Voters in Tarn gave the Greens a share of 30 percent, up from 2022.",
        "d.txt": "The Greens' share reached 40 percent in Sunday's vote, the commission in Tarn said.",
    }
    report = _check(tmp_path, texts)
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if "only d.txt" in f.explanation]


def _dir(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def test_two_precise_turnouts_of_one_election_conflict_in_unlike_words(tmp_path: Path) -> None:
    a = "Some 1.2 million people, some 81.47 percent of the eligible voters of Tarn, cast ballots in Sunday's vote."
    b = "The electoral commission said turnout reached 86.12 percent."
    report = _check(_dir(tmp_path, "plain"), {"a.txt": a, "b.txt": b})
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "turnout"]
    assert "one measure of the event" in conflict.explanation
    # a round figure may be either rounded
    report = _check(_dir(tmp_path, "round"), {"a.txt": a, "b.txt": b.replace("86.12", "85")})
    assert not report.by_verdict(Verdict.CONFLICT)
    # an article giving its own figure fitting the other's too: a count under way beside the final one
    report = _check(_dir(tmp_path, "own"), {"a.txt": f"{a} By evening turnout had reached 86.12 percent.", "b.txt": b})
    assert not report.by_verdict(Verdict.CONFLICT)
    # of another event: the last election's turnout
    other = "The last election had a turnout of 86.12 percent."
    report = _check(_dir(tmp_path, "other"), {"a.txt": a, "b.txt": other})
    assert not report.by_verdict(Verdict.CONFLICT)


def test_wordings_of_one_toll_agree_and_other_counts_stay_apart(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "A mudslide in the hill town of Varno on Friday killed 8 people, the mayor said.",
            "b.txt": "Eight people lost their lives in the Varno mudslide on Friday, the mayor said.",
            "c.txt": "The Varno mudslide on Friday claimed 8 lives, the mayor said. Another 8 were injured.",
            "d.txt": "In the Varno mudslide on Friday, 8 were killed, the mayor said.",
        },
    )
    deaths = [f for f in report.by_verdict(Verdict.AGREE) if f.key == "death"]
    assert [f.articles for f in deaths] == [("a.txt", "b.txt", "c.txt", "d.txt")]
    assert not any(c.key == "death" for f in report.findings if f.key == "injury" for c in f.claims)
    assert not report.by_verdict(Verdict.CONFLICT)


def test_the_value_of_a_toll_is_what_it_counts(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "A mudslide in the hill town of Varno on Friday killed 8 people, the mayor said.",
            "b.txt": "The death toll from the Varno mudslide on Friday stood at 8, the mayor said.",
            "c.txt": "The number of dead in the Varno mudslide on Friday rose to 11, the mayor said.",
            "d.txt": "The injury toll of the Varno mudslide on Friday reached 20, the mayor said.",
        },
    )
    (agree,) = [f for f in report.by_verdict(Verdict.AGREE) if f.key == "death"]
    assert agree.articles == ("a.txt", "b.txt")
    assert any("the value of 'death toll'" in d for d in agree.details)
    (conflict,) = report.by_verdict(Verdict.CONFLICT)
    assert conflict.key == "death" and "c.txt" in conflict.articles and "d.txt" not in conflict.articles
    assert [c.key for c in report.claims if c.location.article == "d.txt" and c.surface == "20"] == ["injury"]


def test_ages_of_two_people_do_not_agree(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Mary Fenn, 33, was questioned by detectives in Lorton on Sunday about the fire.",
            "b.txt": "Detectives in Lorton on Sunday questioned Paul Grey, 33, about the blaze at the mill.",
        },
    )
    assert not [f for f in report.by_verdict(Verdict.AGREE) if f.key == "age"]
    (distinct,) = [f for f in report.by_verdict(Verdict.DISTINCT) if f.key == "age"]
    assert "person" in distinct.explanation


def test_a_distinct_finding_says_which_scope_its_groups_differ_in() -> None:
    from factcheck.match import Scope, _scope_difference

    # the figures of an earlier event are grouped by its date though none of them states it: the first
    # claims of two groups may state the same (no) time, the groups' scopes do not
    first = Claim(ClaimKind.QUANTITY, "death", None, "", "", Location("a.txt", 0, 1, 1, 1), "", "")
    assert _scope_difference(first, first, Scope("", "", "ostley"), Scope("", "2029-02", "")) == (
        "different scope: time unstated vs 2029-02; place ostley vs unstated"
    )
    assert (
        _scope_difference(first, first, Scope("", "", ""), Scope("USD", "", "")) == "different scope: unit count vs USD"
    )


@pytest.mark.parametrize("story", ["ecb20_ecbplus", "ecb05_ecbplus"])
def test_every_distinct_finding_of_a_dev_story_names_the_scope(story: str) -> None:
    from factcheck.api import check

    folder = Path(__file__).resolve().parent.parent.parent / "shared" / "dev-corpora" / "ecb" / story
    if not folder.is_dir():
        pytest.skip(f"no dev corpus at {folder}")
    found = check([folder]).by_verdict(Verdict.DISTINCT)
    assert found
    assert all(f.explanation != "related but not comparable: different scope" for f in found)


def test_workers_and_employees_are_one_counted_class(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "The gunman shot at a dozen co-workers at the office party in Lorton on Friday.",
            "b.txt": "At the office party in Lorton on Friday the gunman shot at 12 employees.",
        },
    )
    (agree,) = [f for f in report.by_verdict(Verdict.AGREE) if f.key == "employee"]
    assert agree.articles == ("a.txt", "b.txt")


def test_vulnerabilities_cves_and_security_holes_are_one_counted_class(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Korvel's monthly update, out on Tuesday, fixes 43 security vulnerabilities in its products.",
            "b.txt": "Korvel's monthly update, out on Tuesday, fixes 43 CVEs in its products.",
            "c.txt": "Korvel's monthly update, out on Tuesday, closes 41 security holes in its products.",
        },
    )
    (agree,) = [f for f in report.by_verdict(Verdict.AGREE) if f.key == "vulnerability"]
    assert agree.articles == ("a.txt", "b.txt")
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "vulnerability"]
    assert "41 security holes" in {c.surface for c in conflict.claims}


def test_a_walkout_and_a_strike_are_one_counted_class(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Bus drivers in Orrin began a 72-hour strike over pay on Monday, their union said.",
            "b.txt": "The union said the 72-hour walkout by Orrin's bus drivers started on Monday.",
        },
    )
    (agree,) = [f for f in report.by_verdict(Verdict.AGREE) if f.key == "strike" and f.kind.value == "quantity"]
    assert agree.articles == ("a.txt", "b.txt")


def test_people_someone_meant_to_kill_are_no_toll(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "The shooting in Rosslea killed 14 people, police said on Friday.",
            "b.txt": "Officials in Rosslea said 14 people were killed in the shooting on Friday.",
            "c.txt": "In a post before the Rosslea shooting, the gunman wrote that he wanted to kill 100 people.",
        },
    )
    deaths = [c for c in report.claims if c.key == "death"]
    assert sorted(c.location.article for c in deaths) == ["a.txt", "b.txt"]
    assert not report.by_verdict(Verdict.CONFLICT)


def test_box_score_abbreviations_count_points_and_rebounds(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Okafor, traded to Lindau on Friday, is averaging 14.2 points and 9.1 rebounds.",
            "b.txt": "Lindau acquired Okafor (14.2 ppg, 9.1 rpg) on Friday.",
        },
    )
    agreed = {f.key for f in report.by_verdict(Verdict.AGREE) if f.kind.value == "quantity"}
    assert agreed == {"point", "rebound"}


def test_two_ages_of_one_named_person_conflict(tmp_path: Path) -> None:
    # the ages are grouped by the person, so their words need not be alike
    report = _check(
        tmp_path,
        {
            "a.txt": "Radek Volny stopped Dario Mendel, 33, in the seventh round in Lindau on Saturday.",
            "b.txt": "The 33-year-old Mendel looked tired against Radek Volny in Lindau on Saturday.",
            "c.txt": "Radek Volny beat the 51-year-old Mendel, who has not won a title fight since 2011, in "
            "Lindau on Saturday.",
        },
    )
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]
    assert sorted(c.stated for c in conflict.claims) == [33, 33, 51]


def test_one_reports_other_age_of_a_named_person_in_unlike_words_conflicts(tmp_path: Path) -> None:
    # a lone age of a person the others name too, a week's dates apart in the sentences
    report = _check(
        tmp_path,
        {
            "a.txt": "Anton Varga, 16, was shot by a police officer in Lissa on May 2.",
            "b.txt": "The death of 16-year-old Anton Varga set off protests across the country.",
            "c.txt": "Students marched for Anton Varga, 16, outside the ministry.",
            "d.txt": "Fresh protests broke out on May 9 over the killing by police of a "
            "19-year-old boy, Anton Varga, a week ago.",
        },
    )
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]
    assert {c.stated for c in conflict.claims} == {16, 19}
    assert "d.txt" in conflict.articles


def _age_of(sentence: str, name: str):
    found = extract_sentence(name, Sentence(0, len(sentence), sentence, 0), None, LineIndex(sentence))
    (claim,) = [c for c in found if c.key == "age"]
    return claim


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a victim and a suspect, a boy and a man, a woman and a man: two people
        ("A 17-year-old boy was stabbed outside a shop in Tartu on Friday night, police said.",
         "Police in Tartu arrested a 45-year-old man after a stabbing outside a shop on Friday night.", False),
        ("A 34-year-old woman was stabbed outside a shop in Tartu on Friday night, police said.",
         "A 36-year-old man was stabbed outside a shop in Tartu on Friday night, police said.", False),
        ("A 38-year-old local man was stabbed outside a shop in Tartu on Friday night, police said.",
         "A 16-year-old youth was stabbed outside a shop in Tartu on Friday night, police said.", False),
        ("A 38-year-old woman was stabbed outside a shop in Tartu on Friday night, police said.",
         "Her 12-year-old daughter was stabbed outside a shop in Tartu on Friday night, police said.", False),
        # one man shot by police is a suspect and a victim; a slip of swapped digits is to be shown
        ("The 34-year-old suspect was shot dead by police outside a shop in Tartu on Friday night.",
         "The 36-year-old victim was shot dead by police outside a shop in Tartu on Friday night.", True),
        ("A 61-year-old woman was stabbed outside a shop in Tartu on Friday night, police said.",
         "A 16-year-old girl was stabbed outside a shop in Tartu on Friday night, police said.", True),
        # one person told two ways: a boy in one report, a man in the other, two years apart
        ("A 17-year-old boy was stabbed outside a shop in Tartu on Friday night, police said.",
         "A 19-year-old man was stabbed outside a shop in Tartu on Friday night, police said.", True),
        # the same man and driver
        ("The 36-year-old man was arrested outside a shop in Tartu on Friday night, police said.",
         "The 38-year-old driver was arrested outside a shop in Tartu on Friday night, police said.", True),
    ],
)  # fmt: skip
def test_ages_before_nouns_of_two_people_do_not_conflict(tmp_path: Path, a: str, b: str, conflict: bool) -> None:
    report = _check(tmp_path, {"a.txt": a, "b.txt": b})
    assert bool([f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]) is conflict


def test_a_surname_alone_is_the_one_person_of_that_surname_named_in_full(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Anton Varga, 16, was stabbed outside a shop in Tartu.",
            "b.txt": "A neighbour, Peter Varga, was also hurt in the attack.\nVarga, 48, was treated in hospital.",
        },
    )
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]
    (age,) = [c for c in report.claims if c.key == "age" and c.location.article == "b.txt"]
    assert age.subject == "Peter Varga"
    assert any(s.source == "Varga" and s.result == "Peter Varga" for s in age.steps)


@pytest.mark.parametrize(
    "text",
    [
        # two people of the surname: "Price, 26" may be either
        "Ryan Price and Lewis Price admitted robbery.\nPrice, 26, of Ely, was jailed for eight years.",
        # the one named is a relative: the surname may be the victim's, named by no full name
        "His mother, Linda Harlow, said he was kind.\nHarlow, 27, died at the scene.",
        "His father Neville Keating said he was kind.\nKeating, 17, died at the scene.",
    ],
)
def test_a_surname_alone_stays_a_surname_when_the_article_names_no_one_person_for_it(text: str, tmp_path: Path) -> None:
    report = _check(tmp_path, {"a.txt": text})
    (age,) = [c for c in report.claims if c.key == "age"]
    assert " " not in age.subject


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a word before the name, where another report gives the name alone
        (
            "Striker Marco Bellini, 24, scored twice in Turin on Sunday.",
            "Marco Bellini, 25, scored twice in Turin on Sunday.",
        ),
        # a title before a given name the dataset knows
        ("Finance Minister Anna Lind, 47, resigned in Oslo on Sunday.", "Anna Lind, 49, resigned in Oslo on Sunday."),
    ],
)
def test_a_word_before_a_name_is_no_part_of_whose_age_it_is(tmp_path: Path, a: str, b: str) -> None:
    report = _check(tmp_path, {"a.txt": a, "b.txt": b})
    assert [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]


def test_a_name_after_father_of_is_not_whom_a_surname_then_means(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {"a.txt": "The father of Anton Varga has handed a petition to parliament.\nVarga, 48, spoke in Tallinn."},
    )
    (age,) = [c for c in report.claims if c.key == "age"]
    assert age.subject == "Varga"


def test_a_surname_alone_may_be_a_relatives_age(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Anton Varga, 16, was stabbed outside his school in Lissa.",
            "b.txt": "In May, Varga, 48, watched as his son was carried into an ambulance in Lissa.",
        },
    )
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]


def test_ages_of_one_named_person_are_dated_apart_only_by_years() -> None:
    from factcheck.judge import _dated_apart

    shot = _age_of("On May 2, 2019, Anton Varga, 16, was shot by an officer in Lissa.", "a.txt")
    riots = _age_of("On May 9, 2019, protests broke out over a 19-year-old boy, Anton Varga.", "b.txt")
    debut = _age_of("In March 2023, Anton Varga, 20, made his debut.", "c.txt")
    other = _age_of("On May 9, 2019, Pal Varga, 45, spoke at a vigil.", "d.txt")
    assert not _dated_apart(shot, riots, {})  # a week apart: one boy, one age
    # an age beside a name is his age when the report was written: a follow-up a year later
    later = _age_of("In May 2019, Anton Varga, 17, was stabbed outside his school.", "e.txt")
    assert _dated_apart(shot, later, {"a.txt": date(2019, 5, 3), "e.txt": date(2020, 5, 4)})
    # a year older in a later report of the same year: a birthday may lie between
    older = _age_of("Anton Varga, 17, spoke to reporters.", "f.txt")
    assert _dated_apart(shot, older, {"a.txt": date(2019, 1, 3), "f.txt": date(2019, 11, 4)})
    assert not _dated_apart(shot, older, {"a.txt": date(2019, 11, 4), "f.txt": date(2019, 1, 3)})  # younger later
    # a day or a week apart, one year more is one report wrong, not a birthday
    assert not _dated_apart(shot, older, {"a.txt": date(2019, 5, 3), "f.txt": date(2019, 5, 4)})
    assert not _dated_apart(shot, older, {"a.txt": date(2019, 5, 3), "f.txt": date(2019, 5, 10)})
    # two days apart, across a new year: no birthday makes 16 and 26
    much = _age_of("Anton Varga, 26, spoke to reporters.", "g.txt")
    assert not _dated_apart(shot, much, {"a.txt": date(2019, 12, 31), "g.txt": date(2020, 1, 2)})
    assert _dated_apart(shot, debut, {})  # years apart: he was older
    assert _dated_apart(shot, other, {})  # another Varga: the dates still tell two events


def test_an_unnamed_age_a_year_on_is_a_birthday_not_a_conflict() -> None:
    from factcheck.judge import _dated_apart

    shooting = _age_of("Police arrested a 38-year-old Lissa man at the scene.", "a.txt")
    trial = _age_of("The prosecutor said the 39-year-old Lissa man shot his co-workers.", "b.txt")
    published = {"a.txt": date(2007, 4, 10), "b.txt": date(2008, 4, 11)}
    assert _dated_apart(shooting, trial, published)
    assert not _dated_apart(shooting, trial, {"a.txt": date(2008, 4, 11), "b.txt": date(2007, 4, 10)})  # younger later
    assert not _dated_apart(shooting, trial, {"a.txt": date(2007, 4, 10), "b.txt": date(2007, 4, 11)})  # a day on
    later = _age_of("The prosecutor said the 40-year-old Lissa man shot his co-workers.", "c.txt")
    assert _dated_apart(shooting, later, {"a.txt": date(2007, 4, 10), "c.txt": date(2009, 4, 11)})
    assert not _dated_apart(shooting, later, {"a.txt": date(2007, 4, 10), "c.txt": date(2007, 4, 12)})  # two days on


def test_a_lone_age_of_another_person_of_the_surname_is_no_conflict(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Anton Varga, 16, was shot by a police officer in Lissa on May 2.",
            "b.txt": "The death of 16-year-old Anton Varga set off protests across the country.",
            "c.txt": "Students marched for Anton Varga, 16, outside the ministry.",
            "d.txt": "His father, Pal Varga, 45, asked for calm at a vigil in Lissa.",
        },
    )
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]


def test_ages_of_two_brothers_do_not_conflict(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Radek Volny, 32, defended his title in Lindau on Saturday night.",
            "b.txt": "Pavel Volny, 37, watched his brother defend the title in Lindau on Saturday night.",
        },
    )
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]


def test_a_surname_with_an_age_is_the_one_of_two_namesakes_of_that_age(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Tim Marsh, 31, was charged with arson, burglary and theft, police said on Monday.",
            "b.txt": "Ron Marsh, 58, was arrested at his home in Leeds on Saturday.\n"
            "Marsh, 58, was charged with arson and burglary, police said on Monday.",
        },
    )
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]


def test_ages_of_one_person_named_in_full_are_compared_whatever_their_words(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Anton Varga, 37, was found guilty of murder in Lissa last month.",
        "b.txt": "Anton Varga, 37, told the court in Lissa he was sorry.",
        "c.txt": "Where Anton Varga, 59, will serve his time is not yet known.",
    }
    report = _check(tmp_path, texts)
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]
    assert "c.txt" in {c.location.article for c in conflict.claims}
    texts["c.txt"] = texts["c.txt"].replace("59", "37")
    report = _check(tmp_path, texts)
    assert not report.by_verdict(Verdict.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed said a 36-year-old was held.",
        "Tom Reed said: a 36-year-old was held.",
        "Tom Reed told reporters a 36-year-old was held.",
        "Tom Reed alleged that the 36-year-old was held.",
        "Tom Reed told Lissa Crown Court that a 36-year-old man was held.",
    ],
)
def test_a_speaker_is_not_whose_age_he_tells(tmp_path: Path, text: str) -> None:
    report = _check(tmp_path, {"a.txt": text})
    (age,) = [c for c in report.claims if c.key == "age"]
    assert age.subject == ""
    # nor is the age set against the speaker's own
    report = _check(tmp_path, {"a.txt": text, "b.txt": "Tom Reed, 49, led the raid in Lissa on Tuesday."})
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]


def test_the_age_said_with_no_name_is_the_one_persons_named_before_it(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Tom Varga, 37, was found guilty of murder in Lissa last month.",
        "b.txt": "Tom Varga, 37, told the court in Lissa he was sorry.",
        "c.txt": "Now that Tom Varga has been convicted, the court must decide where the 59-year-old will be held.",
    }
    report = _check(tmp_path, texts)
    (age,) = [c for c in report.claims if c.key == "age" and c.location.article == "c.txt"]
    assert age.subject == "Tom Varga"
    assert "the one person named before it" in " ".join(s.rule for s in age.steps)
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]
    assert "c.txt" in {c.location.article for c in conflict.claims}
    # in the sentence after the one naming him, it may be anyone's (the victim's, the coach's)
    texts["c.txt"] = "Tom Varga was sentenced in Lissa on Friday. The 59-year-old will serve his time there."
    report = _check(tmp_path, texts)
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Morrant admired the 27-year-old's poise.",  # the one named does the admiring
        "Tom Varga, the coroner, said the 27-year-old had drowned.",  # a speaker is not whom he tells of
        "Tom Varga stabbed a man, and the 27-year-old was treated in Lissa.",  # a noun of another person
        "Tom Varga met Tom Reed, and the 27-year-old was arrested.",  # two people
        "Tom Varga leads the choir, and the 27-year-old congregation sang.",  # no person's age
        "Tom Varga, 45, was held, and the 27-year-old boy was treated in Lissa.",  # someone new
        "Tom Varga was punched by Grace Ostley, and the 27-year-old was arrested.",  # a name the data lacks
        "Sarah Varga's nephew was held, and the 27-year-old was released on bail.",  # a possessive's
        "The Herons, coached by Tom Varga, won, and the 27-year-old scored twice.",  # after "by"
        "A 27-year-old man was charged. Now that Tom Varga has been freed, the 27-year-old was held.",
        "Tom Varga was sentenced. The 27-year-old will serve his time in Lissa.",  # the sentence before
    ],
)
def test_the_age_said_with_no_name_stays_nobodys_when_whose_is_unclear(tmp_path: Path, text: str) -> None:
    report = _check(tmp_path, {"a.txt": text})
    assert not [c for c in report.claims if c.key == "age" and c.value and c.value.low == 27 and c.subject]


@pytest.mark.parametrize(
    ("sentence", "key", "count"),
    [
        ("The blast at the depot killed a night guard and a delivery driver, police said.", "death", 2),
        ("The gunman entered the office, wounding a guard, a nurse and one visitor before he fled.", "injury", 3),
        ("The blast killed a cow and a horse in the field.", "", 0),  # no people
        ("He was killed a year and a half ago.", "", 0),  # no list of people
    ],
)
def test_people_named_one_by_one_after_a_verb_of_killing_are_counted(sentence: str, key: str, count: int) -> None:
    listed = [c for c in _quantities(sentence) if c.key in ("death", "injury")]
    assert [(c.key, c.stated) for c in listed] == ([(key, float(count))] if key else [])


@pytest.mark.parametrize(
    ("headline", "subject"),
    [
        ("Legendary Swimming Star Tom Ostley Dies At 91", "Tom Ostley"),
        ("Actress Sarah Quarvey Dies At Age 88", "Sarah Quarvey"),
        ("Swimmer And Actress Emma Brellow Dies Aged 90", "Emma Brellow"),
        ("Screen Legend Dies At Age 91", ""),  # a title: whose the age is the story tells
    ],
)
def test_a_headlines_dies_at_gives_an_age(headline: str, subject: str) -> None:
    (age,) = [c for c in _quantities(headline) if c.key == "age"]
    assert age.subject == subject and age.value is not None and age.value.low == age.stated


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Seven students were in the gym, but escaped unharmed, the head teacher said.", "injury"),
        ("A choir was rehearsing upstairs as the smoke spread, and they all got out safely.", "injury"),
        ("The other passengers managed to walk away without a scratch, the owner said.", "other injury"),
        ("Tom Varga has no children, his sister said.", "child"),
    ],
)
def test_a_count_of_zero_said_in_words(sentence: str, key: str) -> None:
    (zero,) = [c for c in _quantities(sentence) if c.stated == 0]
    assert zero.key == key and zero.value == Interval(0.0, 0.0)
    assert "count of zero" in zero.steps[-1].rule


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver escaped unharmed after the crash on the bypass.",  # one of several, maybe
        "The company had no comment on the fire.",  # no count a report gives
        "The horses escaped unharmed when the stable roof fell in.",  # no people
        "Not everyone escaped unharmed from the Lissa hotel.",  # some did not
        "Most of the guests escaped unharmed from the Lissa hotel.",  # a part
        "All the passengers escaped unharmed, but the driver suffered a broken leg.",  # someone was hurt
        "Families should plan how they would get out safely if a fire broke out.",  # no event
        "The school had no children inside when the alarm went off.",  # no one's children
        "Detectives in Lissa do not have any suspects yet.",  # a state an inquiry changes
    ],
)
def test_no_count_of_zero_when_it_may_be_one_persons(sentence: str) -> None:
    assert not [c for c in _quantities(sentence) if c.stated == 0]


def test_everyone_unharmed_conflicts_with_injuries_counted(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Seven students were in the gym at the Lissa school as the smoke spread, but all escaped unharmed.",
        "b.txt": "Seven students were in the gym at the Lissa school as the smoke spread, and two were injured.",
    }
    report = _check(tmp_path, texts)
    assert [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "injury"]


@pytest.mark.parametrize(
    "text", ["Anton Varga, a 36-year-old plumber, was held.", "Anton Varga was a 36-year-old plumber."]
)
def test_a_name_then_a_or_was_gives_the_age_its_person(text: str) -> None:
    assert _age_of(text, "a.txt").subject == "Anton Varga"


def test_a_count_and_a_position_of_one_noun_are_not_related_scopes(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The team has lost six games in a row, the coach said after the defeat.",
        "b.txt": "After the defeat, the coach said the team had lost six games.",
        "c.txt": "The team lost its fifth game in a row on Sunday, the coach said.",
    }
    report = _check(tmp_path, texts)
    assert not [f for f in report.by_verdict(Verdict.DISTINCT) if f.key == "game"]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The nearest comparison is Cyclone Tolver in 1996, a category 3 that crossed further south.", "1996"),
        ("It recalled Cyclone Tolver in 1996, which killed 12 people.", "1996"),
        ("It was the worst since the earthquake in 1999, which killed 1,700 people.", "1999"),  # an event's noun
        ("The plant saw a rise in 2029, which added 40 jobs.", ""),  # a noun of no event
        ("Cyclone Quarvey crossed the coast at Ostley as a category 4 system.", ""),  # the story's own storm
        ("Ostley, flooded in 2031, a town of 4,000 people, was hit again.", ""),  # no event named before the year
        ("Jo Reyes, who signed for Caddow in 2019, a club that has won 12 titles, scored.", ""),  # what it is now
        ("He moved to Prenwick in 2020, a town of 9,000 people.", ""),  # a place, not an event
        ("Cyclone Ostra struck Ostley in 2033, a category 4 storm.", ""),  # last year's: a follow-up's own
    ],
)
def test_a_figure_in_apposition_to_a_named_earlier_event_is_of_its_year(
    tmp_path: Path, sentence: str, scope: str
) -> None:
    report = _check(tmp_path, {"a.txt": f"Storm report\nFebruary 17, 2034\n{sentence}\n"})
    (figure,) = [c for c in report.claims if c.kind is ClaimKind.QUANTITY]
    assert figure.scope_time == scope


def test_runs_of_days_counted_on_the_days_their_reports_came_out_agree(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Hunger strike goes on\nFebruary 14, 2031\nFarrin Tolver refused food in Ostley jail on the 12th "
        "day of his hunger strike, his lawyer said.",
        "b.txt": "Hunger striker weakens\nFebruary 20, 2031\nFarrin Tolver refused food in Ostley jail on the 18th "
        "day of his hunger strike, his lawyer said.",
    }
    report = _check(tmp_path, texts)
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "day"]
    # a smaller count in the later report is no count moved on: a conflict
    texts["b.txt"] = texts["b.txt"].replace("18th", "ninth")
    report = _check(tmp_path, texts)
    assert [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "day"]


def test_days_of_two_things_going_on_are_not_set_against_each_other(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Dock workers in Brellow marched on Saturday, the ninth day of their strike over pay.",
        "b.txt": "Dock workers in Brellow marched on Saturday, the fourth day of protests over pay.",
    }
    report = _check(tmp_path, texts)
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "day"]


def test_an_ordinal_day_of_protests_is_set_against_a_run_of_straight_days(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Youths fought police in Brellow late on Saturday as protests over the shooting went on for the "
        "third straight day.",
        "b.txt": "Youths fought police in Brellow on Saturday, the fourth day of protests over the shooting.",
    }
    report = _check(tmp_path, texts)
    (finding,) = [f for f in report.findings if f.key == "day"]
    assert finding.verdict is Verdict.CONFLICT
    assert {c.display for c in finding.claims} == {"third straight day", "fourth day of protests"}


_MARKET = {
    "a.txt": "The mayor said {n} stalls stood at the harbour market on Sunday.",
    "b.txt": "On Sunday the mayor said {n} stalls lined the harbour market.",
}


@pytest.mark.parametrize(
    ("n", "lone", "joined"),
    [
        # "kiosks" is no class of "stalls": only the repeated value in alike words joins them
        (240, "The mayor counted {n} kiosks at the harbour market on Sunday.", True),
        # two of anything is said of too many things for the value alone to join them
        (2, "The mayor counted {n} kiosks at the harbour market on Sunday.", False),
        # the same value in unlike words (below ``REPEATED_ALIKE``) is another figure
        (240, "Vendors from the valley rented {n} kiosks for the autumn fair, its organisers said.", False),
    ],
)
def test_a_lone_figure_repeating_a_value_joins_it_only_in_alike_words(
    tmp_path: Path, n: int, lone: str, joined: bool
) -> None:
    texts = {name: text.format(n=n) for name, text in _MARKET.items()} | {"c.txt": lone.format(n=n)}
    (agree,) = [f for f in _check(tmp_path, texts).by_verdict(Verdict.AGREE) if f.key == "stall"]
    assert sorted(c.location.article.rsplit("/", 1)[-1] for c in agree.claims) == ["a.txt", "b.txt"] + (
        ["c.txt"] if joined else []
    )
    assert any(f"c.txt's {n} kiosks joins" in d and "in alike words" in d for d in agree.details) == joined


def test_a_repeated_figure_joins_it_in_a_bucket_of_many_claims(tmp_path: Path, monkeypatch) -> None:
    # a value many figures share is still compared, through the words around few of them, never dropped
    import factcheck.match

    monkeypatch.setattr(factcheck.match, "MAX_POSTING", 2)
    texts = {name: text.format(n=240) for name, text in _MARKET.items()}
    texts["c.txt"] = "The mayor said 240 kiosks stood at the harbour market on Sunday."  # "stood": a's only
    (agree,) = [f for f in _check(tmp_path, texts).by_verdict(Verdict.AGREE) if f.key == "stall"]
    assert len(agree.claims) == 3


_LEDGE = "Firemen in Dorvane lifted {n} other tellers off the ledge of the burning bank on Friday."


@pytest.mark.parametrize(
    ("n", "other", "joined"),
    [
        # each figure the only report of its key: the same value in alike words is one figure
        ("seven", "A fire crew in Dorvane lifted another seven people off the ledge of the bank on Friday.", True),
        # the same value in unlike words (below ``LONE_ALIKE``) is another figure
        ("seven", "Seven people were hurt in a crash on the ring road near Mellick on Sunday.", False),
        # a vague amount says the same word, not one figure
        ("several", "A fire crew in Dorvane lifted several people off the ledge of the bank on Friday.", False),
        # two of anything is said of too many things for the value alone to join them
        ("two", "A fire crew in Dorvane lifted another two people off the ledge of the bank on Friday.", False),
    ],
)
def test_two_lone_figures_of_one_value_join_only_in_alike_words(
    tmp_path: Path, n: str, other: str, joined: bool
) -> None:
    report = _check(tmp_path, {"a.txt": _LEDGE.format(n=n), "b.txt": other})
    agreed = [f for f in report.by_verdict(Verdict.AGREE) if f.kind is ClaimKind.QUANTITY]
    assert bool(agreed) == joined
    if joined:
        (agree,) = agreed
        assert {c.location.article.rsplit("/", 1)[-1] for c in agree.claims} == {"a.txt", "b.txt"}
        assert any("each the only report of its figure" in d for d in agree.details)


def test_intensity_is_no_magnitude() -> None:
    # the intensity of shaking is another scale than a quake's magnitude
    for sentence, magnitudes in (("A 6 intensity quake hit.", 0), ("A 6.2-strength quake hit.", 1)):
        claims = _sentence_claims(sentence)
        assert sum(c.key == "magnitude" for c in claims) == magnitudes


def test_a_weeklong_span_is_about_one_week(tmp_path: Path) -> None:
    """ "weeklong" is about a week: eight days is within it (vaguer: compatible), three weeks is not."""
    report = _check(
        tmp_path,
        {
            "a.txt": "Police ended a weeklong search for the missing hiker near Dornbach on Friday.",
            "b.txt": "Police ended an eight-day search for the missing hiker near Dornbach on Friday.",
            "c.txt": "Police ended a three-week search for the missing hiker near Dornbach on Friday.",
        },
    )
    found = {
        (f.verdict, frozenset(c.surface for c in f.claims)) for f in report.findings if f.kind is ClaimKind.QUANTITY
    }
    assert (Verdict.COMPATIBLE, frozenset({"weeklong search", "eight-day search"})) in found
    assert (Verdict.CONFLICT, frozenset({"weeklong search", "three-week search"})) in found
    weeklong = next(c for f in report.findings for c in f.claims if c.surface == "weeklong search")
    assert any("about one week" in st.rule for st in weeklong.steps)


def test_an_amount_converted_in_brackets_is_no_claim(tmp_path: Path) -> None:
    """The dollars in "a €90 billion ($97 billion) loan" are the writer's arithmetic: another
    article's conversion at another rate is no conflict, nor is a loan told in dollars; the euros
    stay with the euros."""
    report = _check(
        tmp_path,
        {
            "a.txt": "Lenders agreed a €90 billion ($97 billion) rescue loan for Varnia on Sunday.",
            "b.txt": "Lenders agreed a €90 billion ($105 billion) rescue loan for Varnia on Sunday.",
            "c.txt": "Lenders agreed a $150 billion rescue loan for Varnia on Sunday.",
        },
    )
    assert [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.QUANTITY] == []
    assert not [c for c in report.claims if c.surface in ("$97 billion", "$105 billion")]
    agree = [f for f in report.by_verdict(Verdict.AGREE) if f.kind is ClaimKind.QUANTITY]
    assert [sorted(c.location.article for c in f.claims) for f in agree] == [["a.txt", "b.txt"]]
    assert all(c.surface.startswith("€90 billion") for f in agree for c in f.claims)


def test_a_conversion_is_not_compared_with_an_amount_told(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Floods in Varnia caused 150 million euros ($190 million) of damage to farms.",
            "b.txt": "Floods in Varnia caused $160 million of damage to farms.",
        },
    )
    assert [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.QUANTITY] == []


def test_aftershock_magnitudes_never_meet_the_main_quakes() -> None:
    text = "A 5.7 magnitude quake shook the coast, then aftershocks with magnitudes from 2.9 to 3.8 followed."
    claims = _sentence_claims(text)
    got = {c.key: (c.value.low, c.value.high) for c in claims if "magnitude" in c.key}
    assert got == {"magnitude": (5.7, 5.7), "aftershock magnitude": (2.9, 3.8)}


def _quantity_conflicts(report) -> list[set[str]]:
    return [{c.surface for c in f.claims} for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.QUANTITY]


def test_one_unit_with_a_qualifier_is_as_wide_as_the_unit(tmp_path: Path) -> None:
    """ "nearly a week" and "about a week" fit "six days"; "daylong" fits "a 12-hour strike"."""
    report = _check(
        tmp_path,
        {
            "a.txt": "The 14 miners trapped in the Dorn mine were freed on Friday after nearly a week underground.",
            "b.txt": "The 14 miners trapped in the Dorn mine were freed on Friday after six days underground.",
            "c.txt": "The 14 miners trapped in the Dorn mine were freed on Friday after about a week underground.",
        },
    )
    assert _quantity_conflicts(report) == []
    report = _check(
        _folder(tmp_path, "strike"),
        {
            "a.txt": "Unions staged a daylong general strike in Velmar on Wednesday.",
            "b.txt": "A 12-hour general strike in Velmar on Wednesday halted the trains.",
        },
    )
    assert _quantity_conflicts(report) == []


def test_magnitudes_of_different_aftershocks_never_conflict(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": "Two aftershocks of around 4.0 hit Torvik on Monday, a day after the magnitude 6.4 earthquake "
            "that killed 12 people.",
            "b.txt": "Torvik was shaken on Monday by an aftershock of magnitude 4.3. Sunday's 6.4 earthquake killed "
            "12 people.",
            "c.txt": "The aftershock, measuring 4.6, came a day after the deadly 6.4 quake, which killed 12 people.",
        },
    )
    assert _quantity_conflicts(report) == []


def test_the_main_quake_near_counted_aftershocks_is_the_main_quake(tmp_path: Path) -> None:
    """Counted aftershocks in another clause do not make the main quake's 7.8 an aftershock's: its
    conflict with 7.3 is found."""
    report = _check(
        tmp_path,
        {
            "a.txt": "Hundreds of aftershocks have followed the magnitude 7.8 that struck Velmar on Saturday. "
            "Officials said 900 people had died.",
            "b.txt": "A magnitude 7.3 earthquake struck Velmar on Saturday, killing 900 people.",
            "c.txt": "The earthquake that struck Velmar on Saturday, which set off more than 100 aftershocks, "
            "had a magnitude of 7.8, officials said. The toll rose to 900.",
        },
    )
    conflicts = _quantity_conflicts(report)
    assert conflicts and all("7.8" in " ".join(found) and "7.3" in " ".join(found) for found in conflicts)


def _folder(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def test_a_rate_before_tax_or_on_average_stays_a_rate_and_a_span_since_is_no_duration() -> None:
    for text, rated in (
        ("Nurses in Lorn will earn £40,000 a year before tax under the deal.", True),
        ("The mine produced 6,000 tonnes a year on average.", True),
        ("The mine produced 6,000 tonnes a year before it closed.", False),
    ):
        claims = _sentence_claims(text)
        assert any("/ year" in c.unit for c in claims) is rated, text
    text = "Coach Ana Varga won her first title in more than 10 years on Sunday in Brno."
    claims = _sentence_claims(text)
    assert [c.key for c in claims if "duration" in c.key] == ["duration since"]


def test_the_biggest_of_the_aftershocks_is_no_main_quake() -> None:
    text = "Aftershocks shook Oran on Tuesday, the biggest measuring 5.2, a day after the deadly quake."
    claims = _sentence_claims(text)
    assert [c.key for c in claims if "magnitude" in c.key] == ["largest aftershock magnitude"]


def test_pay_before_and_after_tax_and_spans_in_years_that_are_no_since() -> None:
    text = "A senior nurse will earn £40,000 a year before tax."
    claims = _sentence_claims(text)
    assert [c.key for c in claims] == ["money before tax"]
    for text in ("The bridge will be finished in 10 years, the council said.", "Prices have doubled in 10 years."):
        claims = _sentence_claims(text)
        assert "duration since" not in [c.key for c in claims], text
    text = "More than 40 aftershocks followed, the strongest of which measured 5.2."
    claims = _sentence_claims(text)
    assert [c.key for c in claims if "magnitude" in c.key] == ["largest aftershock magnitude"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Fire crews rescued 12 people in Salt Lake City on Monday.", "salt lake city"),
        ("Fire crews rescued 12 people in southern Iran on Monday.", "iran"),
        ("Floods damaged 48,000 homes in Northern Ireland on Monday.", "northern ireland"),
        ("The storm killed 11 people in South Korea.", "south korea"),
        ("Shelling killed 18 people in Khan Younis in southern Gaza.", "khan younis"),  # unknown to the gazetteer
        ("Police arrested 95 people in Paris's suburbs overnight.", "paris's"),  # a part of Paris
        ("Fire crews rescued 12 people in the Gulf of Aden.", "gulf of aden"),
        ("Fire crews rescued 12 people in the Republic of the Congo.", "republic of the congo"),
        ("Fire crews rescued 12 people in the US on Monday.", "united states"),
        ("Fire crews rescued 12 people in Athens Saturday night.", "athens"),
        ("NINE PEOPLE WERE KILLED WHEN A FIRE SWEPT THROUGH A WAREHOUSE.", ""),
        ("Fire crews rescued 12 people in Monday's storm.", ""),
        # a title-case headline's capitals up to a function word, event nouns aside: a place the gazetteer knows
        ("Coast Guard Boards Two Smuggling Boats In A Dawn Raid", ""),
        ("Three Dead In Oslo Tram Crash", ""),
        ("Two Killed In Brannock Heights As Storms Sweep Kentucky", ""),
        ("Two Killed In Oslo Shooting", "oslo"),
        ("Quake Leaves Five Dead In Northern Ireland", "northern ireland"),
    ],
)
def test_a_count_is_scoped_to_the_whole_name_of_a_place(sentence: str, place: str) -> None:
    (claim,) = _quantities(sentence)
    assert claim.scope_place == place


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Ireland handed England their third straight Six Nations defeat.", []),
        ("She later joined the Seven Sisters of the valley.", []),
        ("Wales won away in the RBS Six Nations for the first time in years.", []),
        ("England have lost three Six Nations games in a row.", []),
        ("He missed the 19-13 Six Nations loss.", []),
        ('"Five Britons were among the dead," the ministry said.', ["Five Britons"]),
        ("The nationalities of the dead: Six Germans and three Austrians.", ["Six Germans", "three Austrians"]),
        ("Update 14:05 — Three Britons were among the dead.", ["Three Britons"]),
        ("Police said Two Israeli soldiers were hurt.", ["Two Israeli soldiers"]),
        ("Quake Leaves Five Dead In Coastal Town", ["Five"]),  # a headline's capitals still count
        ("Five Wounded by Quake in Southern Iran", ["Five"]),
        ("The storm left six villagers dead.", ["six villagers"]),
    ],
)
def test_a_capitalised_number_word_that_opens_a_name_counts_nothing(sentence: str, counted: list[str]) -> None:
    found = _sentence_claims(sentence)
    assert [c.surface for c in found if c.kind is ClaimKind.QUANTITY] == counted


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The film star Vera Holm has died in Lisbon, aged 79.", ""),
        ("A witness outside the Harbour Mall told the 44-year-old driver to pull over.", ""),
        ("Brian Brennan, aged 37, was charged on Monday.", "Brian Brennan"),
    ],
)
def test_a_place_before_an_age_is_not_whose_age_it_is(sentence: str, subject: str) -> None:
    found = _sentence_claims(sentence)
    (claim,) = [c for c in found if c.kind is ClaimKind.QUANTITY and c.key == "age"]
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Protests followed the killing by police of a 16-year-old boy, Anton Varga, last week.", "Anton Varga"),
        ("Protests followed the killing of a 16-year-old Lissan boy, Anton Varga.", "Anton Varga"),
        ("Protests followed the death of 16-year-old Anton Varga.", "Anton Varga"),
        ("Police said a 40-year-old man, Jefferson County, was the scene.", ""),
        ("He made his debut against New Zealand as a 20-year-old, aged just out of school.", ""),
        ("She was attacked by a 40-year-old man, Anna Berg has told the court.", ""),
        ("The suspect is a 38-year-old man, Detective Inspector Liis Kask, who leads the inquiry, said.", ""),
        ("Her daughter Georgia (8) was at home.", "Georgia"),
        # an age closing its sentence, after a person's full name
        ("The club named Holm to replace Tom Reed, 60.", "Tom Reed"),
        # a surname after an age, then a preposition or a possessive; after a noun of what the person is
        ("Varga stopped the 40-year-old Mendel with two seconds left.", "Mendel"),
        ("The win was the 32-year-old Varga's third of the year.", "Varga"),
        ("The 36-year-old champion Varga, unbeaten since 2004, won again.", "Varga"),
        ("A 15-year-old boy in Lissa, police said, was hurt.", ""),
        ("A 38-year-old Lissa resident was held.", ""),
        ("The 33-year-old Brazilian southpaw never got up.", ""),
        ("The 29-year-old striker Tallinn was bought in May.", ""),  # a place, not a surname
        ("The 24-year-old midfielder Kowal, who joined in May, scored.", "Kowal"),
        # a verb's object, a nationality, a title: no surname
        ("The 19-year-old became Marlbeck's youngest captain.", ""),
        ("The 31-year-old beat Mendel in straight sets.", ""),
        ("The 19-year-old joined Marlbeck in June.", ""),
        ("It was the 30-year-old Spaniard's first title.", ""),
        ("The 33-year-old Dutchman with a bad knee won.", ""),
        ("The 61-year-old Senator's bill failed.", ""),
    ],
)
def test_whose_an_age_is_after_it(sentence: str, subject: str) -> None:
    """A name in apposition to the noun after an age is whose it is, without the sentence's full
    stop; a county or a country is no one."""
    found = _sentence_claims(sentence)
    (claim,) = [c for c in found if c.kind is ClaimKind.QUANTITY and c.key == "age"]
    assert claim.subject == subject


def test_a_number_closing_a_sentence_after_a_team_is_no_age() -> None:
    sentence = "They beat Leeds United, 60."
    found = _sentence_claims(sentence)
    assert not [c for c in found if c.key == "age"]


def test_a_country_of_two_words_ranked_in_brackets_has_no_age() -> None:
    # one word may be a girl's name ("Georgia (8)"), so "Scotland (8)" stays an age
    sentence = "The seeds are New Zealand (1), South Africa (4) and Tonga."
    found = _sentence_claims(sentence)
    assert not [c for c in found if c.key == "age"]


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("Turnout was 63.8 percent.", True),  # one named measure: a lone one may contradict
        ("The Greens won a share of 30 percent.", False),  # a share of what: said of many things
        ("Four cranes toppled in the storm.", True),
        ("The deal is worth $4 million.", True),  # a sum of a named thing, as a count
        ("He signed a one-year deal.", False),  # a span of time: two deals as often as one
        ("Officials said they paid $4 million.", False),  # money of nothing named
        ("The programme is expected to cost $4 million.", True),  # a cost: a business figure
    ],
)
def test_which_lone_figures_may_contradict_the_others(sentence: str, plain: bool) -> None:
    from factcheck.judge import _plain

    (claim,) = _quantities(sentence)
    assert _plain(claim) is plain


def test_millions_of_pounds_are_sterling_but_a_weight_of_goods_is_not() -> None:
    def units(sentence: str) -> list[str]:
        claims = _sentence_claims(sentence)
        return [c.unit for c in claims if c.kind is ClaimKind.QUANTITY]

    assert units("The settlement was worth 1.8 million pounds.") == ["GBP"]
    assert units("The plant shipped 2 million pounds of beef.") == [""]
    assert units("He weighed 200 pounds.") == [""]


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        ("Net profit fell to €118 million from €171 million a year earlier.", ["", "a year earlier"]),
        ("Revenue was 2.14 billion euros, down from 2.28 billion euros a year earlier.", ["", "a year earlier"]),
        ("Profit was €12m, up from €9m in the same period last year.", ["", "a year earlier"]),
    ],
)
def test_a_year_earlier_figure_is_scoped_to_that_year(sentence: str, scopes: list[str]) -> None:
    claims = _sentence_claims(sentence)
    assert [c.scope_time for c in claims if c.kind is ClaimKind.QUANTITY and not c.key.startswith("duration")] == scopes


def _figure_of(sentence: str, name: str, key: str):
    found = extract_sentence(name, Sentence(0, len(sentence), sentence, 0), None, LineIndex(sentence))
    (claim,) = [c for c in found if c.key == key]
    return claim


@pytest.mark.parametrize(
    ("sentence", "way", "shown"),
    [
        ("Revenue fell 5% to €2.1 billion in the quarter.", "fall", "fell 5%"),
        ("Revenue declined by nearly 5 percent in the quarter.", "fall", "declined by nearly 5 percent"),
        ("Revenue was 5 percent lower at €2.1 billion.", "fall", "5 percent lower"),
        ("The group reported a 5% decline in revenue.", "fall", "5% decline"),
        ("Sales were up 3.2 percent at $4.1 billion.", "rise", "up 3.2 percent"),
        ("Revenue rose 5% to €2.1 billion in the quarter.", "rise", "rose 5%"),
        ("Total revenues added 4% to 142bn euros.", "rise", "added 4%"),
        # the level a figure rose to, not the change: no direction
        ("Unemployment rose to 5 percent in March.", "", "5 percent"),
        # particles, a down payment, a result of two figures, a move during the day: no change
        ("First-time buyers make up 40% of sales.", "", "40% of sales"),
        ("Buyers made a 10% down payment on the homes.", "", "10%"),
        ("He put down 10% on the flat.", "", "10%"),
        ("Lammers lost 46% to 54% in the runoff.", "", "46% to 54%"),
        ("Tolland shares rose 6% in early trading on Tuesday before reversing course.", "", "6%"),
        ("Tolland shares closed 2% higher on Tuesday, after gaining 8% in early trade.", "rise", "2% higher"),
    ],
)
def test_a_percentage_change_says_which_way_it_goes(sentence: str, way: str, shown: str) -> None:
    from factcheck.extract.quantities import DIRECTION_RULE

    claim = next(c for c in _sentence_claims(sentence) if c.unit == "percent")
    assert [s.result for s in claim.steps if s.rule == DIRECTION_RULE] == ([way] if way else [])
    assert claim.display == shown


def test_a_rise_and_a_fall_of_one_figure_conflict(tmp_path: Path) -> None:
    line = "Halbrook Group said on Wednesday that quarterly revenue {} 5% to €2.14 billion, as orders slowed.\n"
    texts = {"a.txt": line.format("rose"), "b.txt": line.format("fell"), "c.txt": line.format("dropped")}
    report = _check(tmp_path, texts)
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "percent of revenue"]
    assert sorted({c.location.article for c in conflict.claims}) == ["a.txt", "b.txt", "c.txt"]
    assert "rise, the other a fall" in conflict.explanation or "fall, the other a rise" in conflict.explanation
    # two falls of 5% agree
    (agree,) = [f for f in report.by_verdict(Verdict.AGREE) if f.key == "percent of revenue"]
    assert sorted({c.location.article for c in agree.claims}) == ["b.txt", "c.txt"]


def test_a_change_and_a_level_are_not_one_value(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Inflation fell 2.1% in January, the statistics office said on Tuesday.\n",
        "b.txt": "Inflation eased to 2.1% in January, the statistics office said on Tuesday.\n",
    }
    report = _check(tmp_path, texts)
    assert not [f for f in report.findings if f.key == "inflation" and f.verdict is not Verdict.SINGLE_SOURCE]


def test_a_year_another_figure_of_the_sentence_has_does_not_date_it() -> None:
    from factcheck.judge import _dated_apart

    now = _figure_of("Marlin sales were $4.5 billion, compared with $3.9 billion in 2022.", "a.txt", "revenue")
    then = _figure_of("Marlin sales in 2022 were $4.1 billion, the company said.", "b.txt", "revenue")
    assert _dated_apart(now, then, {})


def test_a_figure_dated_by_a_year_is_of_the_day_the_other_sentence_names_in_it() -> None:
    from factcheck.judge import _dated_apart

    yearly = _figure_of("He went on a shooting rampage at a warehouse in 2005, killing four people.", "a.txt", "death")
    daily = _figure_of("He was sentenced for the June 4, 2005, rampage that left six people dead.", "b.txt", "death")
    other = _figure_of("He was sentenced for the June 4, 2003, rampage that left six people dead.", "c.txt", "death")
    undated = _figure_of("He was sentenced for the rampage that left six people dead.", "d.txt", "death")
    assert not _dated_apart(yearly, daily, {})  # June 4, 2005 is in 2005: one event
    assert not _dated_apart(daily, yearly, {})
    assert _dated_apart(yearly, other, {})  # 2003 is not 2005
    assert _dated_apart(yearly, undated, {})  # only one dated: an earlier event's figure, maybe


def test_a_line_labelled_as_an_outlook_gives_projections() -> None:
    sentence = "- 2027 outlook: revenue growth 1-3%, EBIT margin 7.5-8%"
    claims = _sentence_claims(sentence)
    assert [(c.key, c.scope_time) for c in claims if c.kind is ClaimKind.QUANTITY] == [
        ("growth", "projection"),
        ("percent of margin", "projection"),
    ]


def test_a_lone_average_a_year_conflicts_with_the_one_three_reports_give(tmp_path: Path) -> None:
    line = "The Harbourside Ironclads signed pitcher Dario Velden, whose deal averages $31 million a year.\n"
    texts = {f"{k}.txt": line for k in "abc"}
    texts["d.txt"] = (
        "The Harbourside Ironclads signed pitcher Dario Velden to a six-year, $186 million deal on Tuesday.\n\n"
        "Key facts:\n- $33 million a year on average\n"
    )
    report = _check(tmp_path, texts)
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "average"]
    assert sorted({c.location.article for c in conflict.claims}) == ["a.txt", "b.txt", "c.txt", "d.txt"]


def test_ages_of_a_list_are_never_set_against_another_reports(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Three men, aged 19, 24 and 31, have been charged over the raid, police said on Friday.\n",
        "b.txt": "A 19-year-old man has been charged over the raid, police said on Friday.\n",
        "c.txt": "Two of the men, aged 19 and 31 respectively, appeared in court over the raid on Friday.\n",
    }
    report = _check(tmp_path, texts)
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "age"]
    lone = next(c for c in report.claims if c.key == "age" and c.location.article == "b.txt")
    from factcheck.extract.quantities import LISTED_AGE

    assert not any(s.rule == LISTED_AGE for s in lone.steps)  # one age alone is no list


@pytest.mark.parametrize(
    "sentence",
    ["Velmar beat expectations: revenue rose 4% to 4.2 billion euros.", "Economic outlook: Velmar revenue grew 4%."],
)
def test_a_kicker_or_a_clause_before_a_colon_is_no_forecast_label(sentence: str) -> None:
    claims = _sentence_claims(sentence)
    assert [c.scope_time for c in claims if c.key == "percent of revenue"] == [""]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The court heard that the accused has nine previous convictions.", "conviction"),
        ("The club lost its two previous finals.", "final"),
        # a span of time stays a span: no count of years
        ("Sales fell in the two previous years.", None),
    ],
)
def test_previous_ones_are_counted_not_a_span(sentence: str, key: str | None) -> None:
    found = _sentence_claims(sentence)
    keys = [c.key for c in found if c.kind is ClaimKind.QUANTITY]
    assert keys == ([key] if key else [])


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("In Britain the tablets will cost from 799 pounds.", "GBP"),
        ("He was fined 500 pounds by the magistrates.", "GBP"),
        ("The new plant is worth 2.4 million pounds.", "GBP"),
        # a weight stays a weight; a weight of goods in millions too
        ("The baby weighed 8 pounds at birth.", ""),
        ("The ship carried 2 million pounds of beef.", ""),
        ("Her pumpkin took the top prize at 1,214 pounds.", ""),
        ("She raised 405 pounds in the deadlift.", ""),
    ],
)
def test_pounds_after_a_word_of_money_are_sterling(sentence: str, unit: str) -> None:
    (claim,) = _quantities(sentence)
    assert (claim.unit == "GBP") == (unit == "GBP")


def test_a_running_total_since_an_earlier_month_is_no_toll_of_that_month() -> None:
    from datetime import date

    from factcheck.extract.quantities import EARLIER_CLAUSE

    sentence = "Since the truce collapsed in August, militia have shelled the town almost daily, killing 40 civilians."
    found = _sentence_claims(sentence, date(2024, 11, 5))
    assert found and not [s for c in found for s in c.steps if s.rule == EARLIER_CLAUSE]


def test_leaving_tells_no_toll_of_an_earlier_event() -> None:
    from datetime import date

    from factcheck.extract.quantities import EARLIER_CLAUSE

    sentence = "The government raised fuel prices in March, leaving 2 million households facing higher bills."
    found = _sentence_claims(sentence, date(2024, 8, 1))
    assert found and not [s for c in found for s in c.steps if s.rule == EARLIER_CLAUSE]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The bill needed 60 votes to pass the senate.", "threshold"),
        ("The side needs 12 runs to win the match.", "threshold"),
        ("The party is a long way from the 76 seats it needs to win a majority.", "threshold"),
        ("It fell short of the 218 votes required to pass.", "threshold"),
        ("The club needs 40 points to be sure of staying up.", "threshold"),
        # a count of what was needed and given, or an obligation met
        ("He needed 12 stitches after the fall.", ""),
        ("He needed 12 stitches to close a cut.", ""),
        ("Rescuers needed nine hours to reach the climbers.", ""),
        ("Fourteen people needed to be rescued.", ""),
        ("The party won the 76 seats it needed to win a majority.", ""),
        ("The bill passed with 71 votes to 29.", ""),
    ],
)
def test_a_number_needed_for_something_is_a_threshold(sentence: str, scope: str) -> None:
    found = _sentence_claims(sentence)
    assert [c.scope_time for c in found if c.kind is ClaimKind.QUANTITY][:1] == [scope]


@pytest.mark.parametrize("published", [(2024, 3, 3), (2024, 6, 3)])
def test_a_count_in_a_month_keeps_the_months_scope(published) -> None:
    # the month just past may be the reported event's, but "has killed 14 people in March" is also
    # no total since an outbreak began: the month stays the figure's scope either way
    from datetime import date

    sentence = "The fever has killed 14 people in February, officials said."
    day = date(*published)
    found = _sentence_claims(sentence, day)
    (claim,) = [c for c in found if c.kind is ClaimKind.QUANTITY]
    assert claim.scope_time == "2024-02"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The singer has entered rehab for the fourth time, her agent said.", ("times entered", 4)),
        ("The champion retained his title for the 5th time on Saturday.", ("times retained", 5)),
        # a streak, which a later one resets, and a first time: no count
        ("They won for the third time in a row.", None),
        ("She voted for the first time.", None),
    ],
)
def test_an_act_done_for_the_nth_time_is_n_times(sentence: str, expected) -> None:
    found = _sentence_claims(sentence)
    counts = [(c.key, c.stated) for c in found if c.kind is ClaimKind.QUANTITY and c.key.startswith("times ")]
    assert counts == ([expected] if expected else [])


def test_the_nth_in_a_row_is_a_run_of_n() -> None:
    """The Nth in a row ("his 13th straight fight") counts one run, as "13 fights in a row" does."""
    sentence = "Volny won his 13th straight fight."
    (claim,) = _quantities(sentence)
    assert (claim.unit, claim.stated, claim.normalised) == ("", 13.0, "a run of 13 fight")
    assert claim.steps[0].rule == "the Nth in a row: a run of N"


@pytest.mark.parametrize(
    ("sentence", "key", "surface"),
    [
        # a verb of estimating puts a tally, a number of things or a crowd at a figure
        ("Police put the death toll at 45 on Monday.", "death", "45"),
        ("Officials put the number of protesters at 5,000.", "protester", "5,000"),
        ("Police estimated the crowd at about 12,000.", "crowd", "about 12,000"),
        ("Police put the size of the crowd at 12,000.", "crowd", "12,000"),
    ],
)
def test_a_figure_a_tally_or_crowd_is_put_at(sentence: str, key: str, surface: str) -> None:
    assert [(c.key, c.surface) for c in _quantities(sentence)] == [(key, surface)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Estimated the crowd at 9,000, said police.",  # no subject: no one's estimate
        "Police put the crowd, they said, at 9,000.",  # a clause break between
        "He put the ball at 40.",  # no tally, number or crowd
        "Union officials put the number of jobs at risk at 3,000.",  # more than the thing counted: a part
    ],
)
def test_a_figure_put_at_without_a_tally_or_crowd_is_not_one(sentence: str) -> None:
    assert not [c for c in _quantities(sentence) if c.key in ("crowd", "death", "job")]


def test_crowd_estimates_keep_who_made_them(tmp_path: Path) -> None:
    # police and organisers give two estimates of one crowd, not one figure told two ways
    (tmp_path / "a.txt").write_text("Police put the crowd at 12,000 on Saturday in the capital.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Organisers put the size of the crowd at 40,000 on Saturday in the capital.\n", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text("Police put the crowd at 30,000 on Saturday in the capital.\n", encoding="utf-8")
    report = _check(tmp_path, {})
    crowds = {c.location.article: c.subject for c in report.claims if c.key == "crowd"}
    assert crowds == {"a.txt": "police", "b.txt": "organisers", "c.txt": "police"}
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT and f.key == "crowd"]
    assert [sorted(c.location.article for c in f.claims) for f in conflicts] == [["a.txt", "c.txt"]]


@pytest.mark.parametrize(
    ("line", "key", "surface"),
    [
        # the first item of a line of key facts is the label's, an aside or more items after it
        ("Fine: 2.2 million euros, announced on Thursday", "fine", "2.2 million euros"),
        ("Patients affected: 187,000 (mental-health notes of 6,300)", "patient", "187,000"),
        ("Crowd: 14,000 (police); 45,000 (organisers)", "crowd", "14,000"),
    ],
)
def test_the_first_figure_of_a_line_of_key_facts_is_the_labels(line: str, key: str, surface: str) -> None:
    assert (key, surface) in [(c.key, c.surface) for c in _quantities(line)]


@pytest.mark.parametrize(
    ("line", "key", "surface"),
    [
        # a table's row: the label in the cell before the figure
        ("| Tickets sold | 11,900 |", "ticket", "11,900"),
        ("Injured | 4", "injury", "4"),
        ("Stewards\t120", "steward", "120"),
        # a line that gives the figure first: what it counts after the dash, up to an aside
        ("340 - homes flooded", "home", "340"),
        ("1,200 — people evacuated; 180 stayed overnight", "people", "1,200"),
        ("3: schools closed", "school", "3"),
        # a label ends before a clause of time; a state after the noun is not the noun
        ("8 - fire engines sent after the first call at 06:42", "fire engine", "8"),
        ("Injured after the blast: 12", "injury", "12"),
        # a percentage the label measures; a figure in words; a dash with no spaces
        ("Turnout: 29%", "turnout", "29%"),
        ("29% - turnout", "turnout", "29%"),
        ("Nine — rest centres opened", "centre", "Nine"),
        ("1,200—people evacuated", "people", "1,200"),
    ],
)
def test_the_figure_of_a_row_or_a_figure_first_line_is_the_labels(line: str, key: str, surface: str) -> None:
    assert (key, surface) in [(c.key, c.surface) for c in _quantities(line)]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # a change of the share price, no share of anything
        ("The share price tumbled 28% on Thursday.", "percent of share price"),
        ("By the end of the day its shares had collapsed to 148p.", "share price"),
        ("Labour's share of the vote rose to 41%.", "share"),
        # taken to a hospital the sentence names: the injured
        ("Forty-one people were taken to Quarvey General Hospital.", "injury"),
        ("Six people were rushed to Harlow Royal Hospital on Friday.", "injury"),
        ("Some 200 people were taken to the Town Hall to wait for news.", "people"),
        ("The bodies of three people were taken to Harlow General Hospital.", "people"),
        # how badly the people a label or a verb of suffering counts were hurt: still injuries
        ("Seriously injured | 11", "injury"),
        ("Seriously injured: 11", "injury"),
        ("Of those taken to hospital, 17 had serious injuries.", "injury"),
        # people a verb counts as rescued, in a sentence or a box label, as "170 were rescued"
        ("Rescuers saved 167 people.", "rescue"),
        ("Firefighters rescued 57 people by boat.", "rescue"),
        ("People rescued: 57", "rescue"),
    ],
)
def test_share_price_changes_and_people_taken_to_a_named_hospital(sentence: str, key: str) -> None:
    assert [c.key for c in _quantities(sentence)] == [key]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # two modifiers of one noun: one count of both kinds
        ("Records of 3,100 current and former employees were taken.", "employee"),
        ("Officers seized 20 old and rusty guns.", "weapon"),
        # two nouns: the first is counted
        ("The crowd included 12 men and women.", "man"),
        # "and" after a noun phrase of more words joins two things
        ("She pulled on one guard's blue uniform and brown gloves.", "uniform"),
    ],
)
def test_two_modifiers_joined_by_and_modify_the_noun_after_them(sentence: str, key: str) -> None:
    assert [c.key for c in _quantities(sentence)][:1] == [key]


@pytest.mark.parametrize("line", ["• Passengers on board: 214", "| Passengers on board | 214 |", "- Passengers: 214"])
def test_a_box_lines_first_word_is_no_name(line: str) -> None:
    assert [c.names for c in _quantities(line)] == [()]


def test_a_share_price_closed_to_is_the_share_price() -> None:
    keys = [(c.key, c.surface) for c in _quantities("Its shares plunged 31% to close at 184p after the warning.")]
    assert keys == [("percent of share price", "31%"), ("share price", "184p")]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Injured\t45", "45"),
        # a name's number; columns aligned with spaces are not read (addresses: "Unit   7")
        ("Injured Boeing 737 lands", ""),
        ("Unit   7", ""),
    ],
)
def test_a_figure_in_the_next_column_is_no_names_number(sentence: str, number: str) -> None:
    assert [c.surface for c in _quantities(sentence)] == ([number] if number else [])


def test_a_line_that_goes_on_after_its_figure_is_no_label_and_value() -> None:
    # a headline: the figure counts what follows it, not the words before the colon
    assert [(c.key, c.surface) for c in _quantities("Caddow blast: four dead as fire spreads")] == [("death", "four")]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The regulator fined the trust 2.2 million euros over the breach.", "fine"),
        ("The group has been fined 6.1 million euros.", "fine"),
        ("He was fined £500 and banned from driving.", "fine"),
        # the sum of another thing the fine was for
        ("The firm was fined for a breach that cost $2 million.", "cost"),
    ],
)
def test_a_sum_someone_was_fined_is_a_fine(sentence: str, key: str) -> None:
    assert [c.key for c in _quantities(sentence)] == [key]


@pytest.mark.parametrize(
    ("line", "key"),
    [
        # a tally's label counts what a sentence's tally does
        ("Death toll: 45", "death"),
        ("Injury toll: 12", "injury"),
    ],
)
def test_what_a_labels_figure_counts(line: str, key: str) -> None:
    assert [c.key for c in _quantities(line)] == [key]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Vardan stopped Kell with a ninth-round stoppage in Ostley.", "knockout"),
        ("Vardan beat Kell by a ninth-round knockout in Ostley.", "knockout"),
        ("It was the Harlow Rovers' 40th victory of the decade.", "win"),
    ],
)
def test_an_ordinal_is_keyed_by_its_nouns_class(sentence: str, key: str) -> None:
    # "a ninth-round stoppage" ranks what "a ninth-round knockout" does; "40th victory" what "40th win" does
    ranked = [c for c in _quantities(sentence) if c.unit == "ordinal"]
    assert [c.key for c in ranked] == [key]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time taken, read whole, keyed by what it is the time of
        ("Tovan Reyes won the Kellburn half marathon in 1:01:37.", [("time taken", "1:01:37")]),
        ("Reyes won in 1 hour 1 minute 37 seconds.", [("time taken", "1:01:37")]),
        ("Halfway: 0:30:12", [("split time", "30:12")]),
        ("Her personal best of 2:27:15 dates from 2027.", [("best time", "2:27:15")]),
        ("The old course record of 2:09:15 had stood since 2020.", [("old record time", "2:09:15")]),
        ("Mira Okondu won the women's race in 2:29:05.", [("women's time taken", "2:29:05")]),
        ("The ferry crossing took 3 hours and 12 minutes.", [("duration", "3:12")]),  # as "a 3-hour crossing"
        # a clock, a page's time stamp, a ratio: no time taken
        ("The blast happened at 9:32:15 local time.", []),
        ("The first explosion struck at precisely 4:12:39 on Sunday.", []),  # a clock word, then an adverb
        ("At the 1:02:15 mark of the livestream, the councillor swears.", []),  # a place in a recording
        ("The footage, timestamped 2:14:07, shows the van turning.", []),
        ("Updated 18:07:15 03/04/2029", []),
        ("Mix sand, cement and water at 1:2:3.", []),
    ],
)
def test_a_time_taken_is_one_claim(sentence: str, expected: list[tuple[str, str]]) -> None:
    claims = [c for c in _quantities(sentence) if c.unit == "day"]
    assert [(c.key, c.display) for c in claims] == expected


def test_two_times_of_one_race_conflict_and_a_record_stays_apart(tmp_path: Path) -> None:
    # the winner's time differs; the course record each report also gives is another figure
    report = _check(
        tmp_path,
        {
            "a.txt": "Tovan Reyes won the Kellburn half marathon in 1:01:37, outside the course record of 1:00:58.",
            "b.txt": "Tovan Reyes won the Kellburn half marathon in 1:01:52, outside the course record of 1:00:58.",
        },
    )
    conflicts = [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.QUANTITY]
    assert [sorted(c.display for c in f.claims) for f in conflicts] == [["1:01:37", "1:01:52"]]
    assert any(f.key == "record time" for f in report.by_verdict(Verdict.AGREE))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was hurt in Saturday's 1-1 draw with Corbury Town.", ["1-1"]),
        ("The sides drew 2-2 at Strathen Park.", ["2-2"]),
        ("The fair is expected to draw 300-400 visitors.", []),  # not level: a range, no score
    ],
)
def test_a_level_pair_beside_a_draw_is_a_score(sentence: str, expected: list[str]) -> None:
    assert [c.display for c in _quantities(sentence) if c.key == "score"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The agency rated the flaw 6.4 out of 10 for severity.", [("6.4/10", "out of 10")]),
        ("Reviewers gave the phone a severity score of 6.3 out of 10.", [("6.3/10", "out of 10")]),
        ("Critics gave the play 4 out of 5 stars.", [("4/5", "out of 5")]),
        ("It scored 9 out of 10 in the test.", [("9/10", "out of 10")]),
        ("Nine out of 10 residents said no.", []),  # a share of residents, no rating
        ("Only 3 out of 10 passed.", []),
        ("The hotline runs 24/7.", []),
    ],
)
def test_a_rating_on_a_scale(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.display, c.unit) for c in _quantities(sentence) if c.key.endswith("rating")] == expected


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Critics rated the thriller 6.4 out of 10 on the Screenboard site.", "critics' rating"),
        ("The thriller opened on Friday: cinemagoers rated it 8.1 out of 10.", "audience rating"),
        ("The agency rated the flaw 6.4 out of 10 for severity.", "rating"),
    ],
)
def test_a_rating_is_keyed_by_who_gave_it(sentence: str, key: str) -> None:
    # critics' 6.4 and audiences' 8.1 out of 10 are two ratings of one film, not one told two ways
    assert [c.key for c in _quantities(sentence) if c.unit.startswith("out of")] == [key]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Six out of 10 voters back the plan, a poll for the Quorlby Gazette found.", []),
        ("One in five adults in Strathen now works from home.", []),
        ("Police said 12 people were arrested in 3 raids on Tuesday.", ["12 people", "3 raids"]),
        ("Ada Brill went 61-40 in five seasons at Strathen.", ["five seasons"]),
    ],
)
def test_the_whole_of_a_share_is_no_count(sentence: str, counted: list[str]) -> None:
    # "six out of 10 voters": two reports of six and of seven would otherwise agree on "10 voters"
    claims = [c.surface for c in _quantities(sentence)]
    assert [s for s in claims if s in counted or "10 voters" in s or "five adults" in s] == counted
