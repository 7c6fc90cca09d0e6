"""Sentence splitting, offsets and boilerplate removal."""

from pathlib import Path

import pytest

from factcheck.text import LineIndex, classify_line, fact_label, main_text, split_sentences

DATA = Path(__file__).parent / "data" / "text"


def test_boilerplate_lines_dropped_with_reasons():
    text = (DATA / "boilerplate.txt").read_text(encoding="utf-8")
    doc = main_text(text)
    kept = [s.text for s in doc.sentences]
    assert kept == [
        "Storm leaves thousands without power across the region",  # a headline in sentence case is prose
        "The storm cut power to 12,000 homes on Monday, the utility said.",
        "Crews from three states were sent to help.",
        "Residents queue for water in the town centre.",
        '"We will restore power to most homes by Friday," our correspondent was told by the utility\'s chief.',
    ]
    reasons = {d.line: d.reason for d in doc.dropped}
    assert reasons[1] == "heading or fragment"  # Advertisement
    assert reasons[2] == "heading or fragment"  # World news: too short for prose
    assert reasons[4] == "navigation"
    assert reasons[7] == "timestamp or page number"
    assert reasons[9] == "promo or footer"
    assert reasons[10] == "promo or footer"
    assert reasons[12] == "related-headlines heading"
    assert reasons[13] == "related-headlines list"
    assert reasons[14] == "related-headlines list"
    assert reasons[15] == "promo or footer"
    assert reasons[16] == "timestamp or page number"
    # the trailing photo credits are cut off the sentences they end
    assert any(d.reason == "photo credit" and d.text == "Photo: Reuters" for d in doc.dropped)


def test_sentence_offsets_index_the_article_text():
    text = (DATA / "boilerplate.txt").read_text(encoding="utf-8")
    for s in main_text(text).sentences:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("The U.S. said so. Then it left.", ["The U.S. said so.", "Then it left."]),
        ("J. Smith arrived. He left.", ["J. Smith arrived.", "He left."]),
        ("“It was good.” He said more.", ["“It was good.”", "He said more."]),
        ("It cost 1.5 million. Really?", ["It cost 1.5 million.", "Really?"]),
        # a clock time typed with a space after its dot ends no sentence; a count after one does
        ("By 8. 30am crews were there. They left.", ["By 8. 30am crews were there.", "They left."]),
        ("He left at 10. 15 people stayed.", ["He left at 10.", "15 people stayed."]),
        ("No end", ["No end"]),
    ],
)
def test_split_sentences(line, expected):
    assert [line[s:e] for s, e in split_sentences(line)] == expected


def test_line_index_positions():
    index = LineIndex("ab\ncd\n\nef")
    assert index.position(0) == (1, 1)
    assert index.position(1) == (1, 2)
    assert index.position(3) == (2, 1)
    assert index.position(7) == (4, 1)
    assert index.position(8) == (4, 2)


DEV = Path(__file__).resolve().parent.parent.parent / "shared"
MAX_GOLD_ANCHORS_DROPPED = 8
"""Gold anchors (claims a fact-checker compares) of the dev stories and the seed that lie wholly in
text dropped as boilerplate. The eight left are short title-case lines the gold counts (a book's
title on a line of its own, a headline's age at death, a dateline of a city, its country and a wire
service, a boxing card's name and record), indistinguishable from menu items by their form."""


def test_boilerplate_never_drops_what_a_fact_checker_compares() -> None:
    from factcheck.evaluate import gold_files, load_gold
    from factcheck.load import load_paths

    if not (DEV / "dev-corpora").is_dir():
        pytest.skip(f"no dev corpora under {DEV}")
    dropped: list[tuple[str, str]] = []
    total = 0
    for path in gold_files([DEV / "dev-corpora", DEV / "gold" / "seed-findings.toml"]):
        gold = load_gold(path)
        articles = {a.name: a for a in load_paths([gold.corpus]).articles}
        kept = {name: [(s.start, s.end) for s in main_text(a.text).sentences] for name, a in articles.items()}
        anchors = {(c.article, c.anchor) for f in gold.findings for c in f.claims}
        anchors |= {(s.article, a) for s in gold.singles for a in s.anchors}
        for article, anchor in sorted(anchors):
            total += 1
            start = articles[article].text.find(anchor)
            end = start + len(anchor)
            if not any(s < end and start < e for s, e in kept[article]):
                dropped.append((article, anchor))
    assert total > 3_000
    assert len(dropped) <= MAX_GOLD_ANCHORS_DROPPED, dropped


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to the Courier for $4.99 a month.",
        "Listen to Radio Baltica on 98.4 FM in Tallinn.",
        "Copyright BNX. Market data delayed 15 minutes.",
        "Follow us on Twitter for the latest.",
        "Follow Harbour Radio on social media for the latest updates.",
        "Stay with Channel 9 Coast News for updates on the flood.",
        "Watch Sports 12 at 11 for reaction from fans at the ground.",
        "Radio Harbour will have more on this story in our breakfast bulletin from 6am.",
        "Watch the full report on Coast News at 6.",
        "Get the biggest Harbour stories delivered to your inbox every morning.",
        "Trade Review subscribers can download the full breakdown.",
        "Radio Harbour will have more on this story from 6am.",
        "Prices delayed at least 15 minutes | Not investment advice",
        "Harbour 9 News will have a special report on the flood tonight at 6.",
    ],
)
def test_a_call_to_the_reader_is_a_footer(line: str) -> None:
    assert classify_line(line, False) == "promo or footer"


def test_a_long_paragraph_speaking_to_the_reader_is_the_story_told() -> None:
    # three words for the reader in a short line make a promo; in a fan's long paragraph, a story
    assert classify_line("Tell us what you think and share our stories with your friends.", False) == "promo or footer"
    paragraph = (
        "For those of you who only know him as the statue by the main stand, here is the potted version. "
        "Born in Quarvey in 1947. Joined the club straight from school and made his debut at 17. "
        "Around 130 league goals for the club over 12 years, and five for his country, which shows how "
        "little the selectors cared for our end of the league. He came back to manage the side in 1986 and "
        "took it up two years later, the best team most of us ever saw in that old stand."
    )
    assert classify_line(paragraph, False) != "promo or footer"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Related: Harbour traders call for more patrols | Weather: rain by Thursday", "related-headlines list"),
        ("Most read on the Courier: Rail strike set for next week | Ten city breaks", "related-headlines list"),
        ("Courier News - World - Europe", "navigation"),
        ("Daily Sport > Baseball > Free agency", "navigation"),
        ("Global Dispatch | World news", "navigation"),
    ],
)
def test_a_list_of_headlines_on_its_marker_line_and_a_breadcrumb_are_boilerplate(line: str, reason: str) -> None:
    assert classify_line(line, False) == reason


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("- Depth 12 km", True),
        ("- Magnitude 6.2", True),
        ("• Time: 03:17 local (1917 GMT Saturday)", True),
        ("- Weather: 12°C", False),  # a widget: nothing the story speaks of
        ("- Budget: 2.3 million euros", True),  # a key fact's label, though the prose names no budget
        ("- Podcast: Episode 42", False),
        ("- 5 things to know today", False),
        ("- Home", False),  # a menu item: no figure
        ("- 12", False),  # a page number: no word
    ],
)
def test_a_bulleted_key_fact_is_main_text_when_the_story_speaks_of_it(line: str, kept: bool) -> None:
    text = (
        "A magnitude 6.2 quake struck at a depth of 12 km at 03:17 local time on Sunday, killing seven.\n\n"
        f"Quake hits island\n{line}\n\nOfficials said 146 people were injured.\n"
    )
    doc = main_text(text)
    assert (line in [s.text for s in doc.sentences]) is kept
    assert [s.paragraph for s in doc.sentences] == sorted({s.paragraph for s in doc.sentences})
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text


def test_bullets_under_a_heading_of_key_facts_are_main_text() -> None:
    text = (
        "Three people died in the blast on Friday, and others were treated in hospital.\n\n"
        "Key points\n- 3 dead, 14 injured\n- Cordon of 200 metres in place\n\nMenu\n- 5 things to know today\n"
    )
    assert [s.text for s in main_text(text).sentences][1:] == [
        "- 3 dead, 14 injured",
        "- Cordon of 200 metres in place",
    ]


def test_unbulleted_lines_under_a_heading_of_key_facts_are_main_text() -> None:
    text = (
        "Three people died in the blast on Friday, and others were treated in hospital.\n\n"
        "Key facts\nPlant: Prenwick Chemicals, Hadleigh\nDead: 3\nInjured: 14 (2 seriously)\n"
        "Cordon: 200 metres\n\nUpdated: 10:42\nTel: 0800 123 456\n"
    )
    assert [s.text for s in main_text(text).sentences][1:] == [
        "Dead: 3",
        "Injured: 14 (2 seriously)",
        "Cordon: 200 metres",
    ]


def test_a_box_line_with_an_aside_in_its_label_does_not_end_the_box() -> None:
    text = (
        "Five firms were fined for fixing the price of a heart drug, the court ruled on Tuesday.\n\n"
        "Key facts\nPrice per pack (28 tablets): 3.10 pounds\nPatients: about 140,000\n"
    )
    assert [s.text for s in main_text(text).sentences][1:] == [
        "Price per pack (28 tablets): 3.10 pounds",
        "Patients: about 140,000",
    ]


def test_rows_of_a_table_of_key_facts_are_main_text() -> None:
    text = (
        "Four people were hurt when the stand collapsed at Harlow Park on Saturday.\n\n"
        "Stat | Figure\nInjured | 4\nCapacity | 12,500\n\n"
        "| Measure | Count |\n|---|---|\n| Tickets sold | 11,900 |\n\n"
        "Stewards\t120\nPolice officers\t45\n\n"
        "Sport | News | Weather 12\nStand | 2\n\n"
        "| Ground | Story |\n|---|---|\n| Harlow Park | a stand collapsed there in 2019, hurting 12 |\n"
    )
    kept = [s.text for s in main_text(text).sentences][1:]
    # a navigation bar above a row is no table's header; a cell of words is no figure's
    assert kept == [
        "Injured | 4",
        "Capacity | 12,500",
        "| Tickets sold | 11,900 |",
        "Stewards\t120",
        "Police officers\t45",
    ]


def test_a_heading_in_figures_opens_a_box() -> None:
    text = "The club sacked its manager on Sunday after six defeats.\n\nTHE SEASON IN FIGURES\nWins: 4\nDefeats: 12\n"
    assert [s.text for s in main_text(text).sentences][1:] == ["Wins: 4", "Defeats: 12"]


def test_page_widgets_addresses_earlier_events_and_parts_are_no_table_of_key_facts() -> None:
    text = (
        "Four people were hurt when the stand collapsed at Harlow Park on Saturday.\n\n"
        "Photos | 12\nReading time | 4 min\n\nPound | $1.27\nHigh | 14°C\n\n"
        "Unit   7\nMarket Street   14\n\n"
        "Key points\n5 - things to know about the stand\n\n"
        "The 2019 collapse in numbers\nInjured | 9\nStands closed | 2\n\n"
        "North stand\nInjured | 3\nStewards | 40\n\n"
        "| Stat | 2019 |\n|---|---|\n| Homes flooded | 410 |\n\n"
        "By Ana Reed | 12 May 2028\nTomorrow | 1°C\n\n"
        "| Item | £m |\n|---|---|\n| Repair bill | 2.4 |\n\n"
        "What we know\n06.42 - first call to the fire service\n11.30 - fire under control\n\n"
        "The week in figures\n40,000 - runners in the city marathon\n"
    )
    assert [s.text for s in main_text(text).sentences][1:] == []


def test_a_tables_header_late_in_the_page_is_no_navigation_bar() -> None:
    text = (
        "Four people were hurt when the stand collapsed at Harlow Park on Saturday.\n\n"
        "Stewards said the stand had been inspected in May.\n\nStat | Figure\nInjured | 4\nStewards | 120\n"
    )
    assert [s.text for s in main_text(text).sentences][2:] == ["Injured | 4", "Stewards | 120"]


def test_a_short_sentence_above_a_table_is_no_heading_of_a_part() -> None:
    text = (
        "Four people were hurt when the stand fell.\n\nThe council gave these figures.\nInjured | 4\nStewards | 120\n"
    )
    assert [s.text for s in main_text(text).sentences][2:] == ["Injured | 4", "Stewards | 120"]


def test_a_lone_row_is_no_table() -> None:
    text = "Four people were hurt when the stand collapsed at Harlow Park on Saturday.\n\nTickets | 2 for 1\n"
    assert [s.text for s in main_text(text).sentences][1:] == []


def test_lines_giving_the_figure_first_under_a_heading_of_numbers_are_main_text() -> None:
    text = (
        "The river burst its banks at Hadleigh on Friday and crews rescued dozens of people.\n\n"
        "BY THE NUMBERS\n4.62 metres - peak at the town gauge, 11:00 Friday\n4.31 metres - the previous record\n"
        "340 - homes flooded\n"
        "1,200 — people evacuated; 180 stayed overnight\n60km/h: speed limit on the bridge\n"
        "£2.4m: estimated repair bill\n\n"
        "06:42 - first emergency call\n"
        "Most read\n5 - things to know today\n"
    )
    assert [s.text for s in main_text(text).sentences][1:] == [
        "4.62 metres - peak at the town gauge, 11:00 Friday",
        "340 - homes flooded",
        "1,200 — people evacuated; 180 stayed overnight",
        "60km/h: speed limit on the bridge",
        "£2.4m: estimated repair bill",
    ]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("| Tickets sold | 11,900 |", "Tickets sold"),
        ("Injured | 4", "Injured"),
        ("Stewards\t120", "Stewards"),
        ("340 - homes flooded", "homes flooded"),
        ("14,000 — people evacuated", "people evacuated"),
        ("Dead: 3", "Dead"),
        # a clock time first is a timeline's line, a sentence no line of key facts
        ("06:42 - first emergency call", ""),
        ("In 2019, 340 homes were flooded.", ""),
    ],
)
def test_the_label_of_a_line_of_key_facts(line: str, label: str) -> None:
    assert fact_label(line) == label


def test_a_teaser_among_headlines_does_not_end_their_list() -> None:
    text = (
        "Related:\nMinister resigns over housing row\n"
        "The former minister had denied any wrongdoing for several months.\n"
        "Council tax to rise by 5% next year\n\n"
        "The mayor of Harlow Bay on Monday unveiled a plan to build 1,200 homes on former dock land.\n\n"
        "The plan would cost £340 million, the mayor said at the town hall.\n"
    )
    kept = [s.text for s in main_text(text).sentences]
    assert kept[0].startswith("The mayor of Harlow Bay") and len(kept) == 2


def test_a_sentence_with_its_full_stop_ends_a_list_of_headlines() -> None:
    text = (
        "Related: Minister quits\nAna Duret, 52, stepped down on Thursday over the contract.\n"
        "The auditor said no tender was held for the 40 million euro deal.\n"
    )
    assert [s.text for s in main_text(text).sentences] == text.strip().split("\n")[1:]


def test_a_list_marker_opens_a_list_of_headlines() -> None:
    text = (
        "The club signed the striker on a three-year deal worth $12 million, officials said on Monday.\n\n"
        "ALSO IN SPORTS\nHigh school football: Friday night playoff scores\n"
        "College hoops: Three takeaways from the weekend\n"
    )
    doc = main_text(text)
    assert [s.text for s in doc.sentences] == [text.split("\n")[0]]
    assert {d.reason for d in doc.dropped} >= {"related-headlines list"}


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters watch the fire spread over 2,000 acres north of the town.",
        "Listening to the tapes, the jury heard the officer shout twice.",
        "Join the queue, officials told the 300 people waiting outside the clinic.",
        "Watch for falling debris, police warned Varna residents after the quake destroyed 40 homes.",
        "Listen to the warnings, the mayor told residents as 14 people remained missing.",
        "Register for evacuation buses by noon, officials told residents as 300 homes flooded.",
        "Like for like, sales at Varna Foods fell 4.1 percent in February, the company said.",
        "Market data provided by the central bank showed inflation at 4.2 percent in February.",
        "Related charges were filed on Friday against the two men, police said.",
        "The 2-1 win - their third in a row - came on Monday at the Harbour Ground.",
        "Watch for updates from the port authority, the mayor told 300 residents on Monday.",
        "Police said the gunman will have to appear in court on Monday, 300 metres from the scene.",
        "Reporting by the local paper in 2019 showed the bridge was unsafe, the council said.",
        "Police will have more than 200 officers on patrol from 6am on Saturday, the chief constable said.",
        "The council will have more to say about road closures on Thursday, a spokeswoman said.",
        "Netlane subscribers can download a free mobile data pass until Friday, the chief executive said.",
    ],
)
def test_a_sentence_of_the_story_is_no_footer(line: str) -> None:
    assert classify_line(line, False) is None


def test_a_sign_off_is_cut_off_the_sentence_it_ends() -> None:
    text = "Rescuers were still searching for four missing residents on Tuesday. Reporting by Tom Reed.\n"
    doc = main_text(text)
    assert [s.text for s in doc.sentences] == ["Rescuers were still searching for four missing residents on Tuesday."]
    assert [d.reason for d in doc.dropped] == ["sign-off"]
    outlet = main_text("Valley 6 News. Reporting by Tom Reed and Ann Lee.\n")
    assert not outlet.sentences and {d.reason for d in outlet.dropped} == {"sign-off"}


def test_a_kept_bullet_is_not_also_listed_as_dropped() -> None:
    text = "Three people died in the blast on Friday.\n\nKey points\n- 3 dead, 14 injured\n"
    doc = main_text(text)
    assert "- 3 dead, 14 injured" in [s.text for s in doc.sentences]
    assert "- 3 dead, 14 injured" not in [d.text for d in doc.dropped]


@pytest.mark.parametrize(
    "line",
    [
        "Weather: Quarvey tonight -6C, clear, winds NW 20 km/h",
        "Friday 18 September 2009 | Local News",
        "More World News: Floods leave 80,000 homeless | Storm: 12 more deaths",
    ],
)
def test_widgets_page_dates_and_more_news_are_no_story(line: str) -> None:
    assert classify_line(line, False) is not None


def test_sentences_opening_on_a_widget_word_are_the_story() -> None:
    assert classify_line("Weather forecasters said the storm would reach Quarvey on Friday.", False) is None
    assert classify_line("Traffic was heavy on the coast road, police said.", False) is None


def test_reader_comments_under_a_story_are_dropped() -> None:
    text = (
        "Storm hits Quarvey\n"
        "The storm killed two people in Quarvey on Friday, police said, the worst in twenty years.\n"
        "Comments (9)\n"
        "Seamus K: Good piece. Same branch was hit in 2009 too, nobody ever caught.\n"
        "Dee says: Fair play to the crews. 5 staff went through hell.\n"
        "Reply\n"
        "Most read\n"
        "1. Council approves road levy of 2 cents\n"
    )
    document = main_text(text)
    assert [s.text for s in document.sentences] == [
        "The storm killed two people in Quarvey on Friday, police said, the worst in twenty years."
    ]
    assert {d.reason for d in document.dropped if d.line in (3, 4, 5, 6)} == {"reader comments"}


def test_a_headline_alone_under_a_date_stamp_is_main_text() -> None:
    # a page of a date stamp and its headline, no prose: the headline states the story
    text = "March 3, 2021\nAna Duret, harpist of Ostley, dies at 88\n"
    assert [s.text for s in main_text(text).sentences] == ["Ana Duret, harpist of Ostley, dies at 88"]
    # with short lines after it, it is a menu's line still
    menu = "Ana Duret, harpist of Ostley, dies at 88\nHome\nSport\n"
    assert main_text(menu).sentences == ()


def test_rows_aligned_with_spaces_under_a_status_heading_are_main_text() -> None:
    text = (
        "A grass fire near Oldmere burned through the night and crews worked until dawn.\n\n"
        "FIRE STATUS - 0600 MONDAY\nEngines on scene          11\nPeak wind gusts           40 mph\n\n"
        "Unit   7\nMarket Street   14\n"
    )
    # an address set in columns under no heading of key facts stays out
    assert [s.text for s in main_text(text).sentences][1:] == [
        "Engines on scene          11",
        "Peak wind gusts           40 mph",
    ]


def test_rows_aligned_with_spaces_under_a_readers_account_status_are_no_main_text() -> None:
    text = (
        "A wildfire near Harwell has burned 4,200 hectares and destroyed 12 homes.\n\n"
        "Account status\nRenews              12 March 2027\nSaved articles      14\nDevices             3\n"
    )
    # a web page's panel of the reader's subscription, not an incident's status
    assert [s.text for s in main_text(text).sentences] == [
        "A wildfire near Harwell has burned 4,200 hectares and destroyed 12 homes."
    ]
