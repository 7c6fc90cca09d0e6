"""Extraction's fast paths give exactly what the plain way gives.

Cheap tests that let extraction skip a regex search must never skip a text the search matches:
each is checked against its pattern on generated text built from the words the pattern looks
for, in mixed case, with the letters ``re.IGNORECASE`` folds specially (ſ, İ, ı, K). Tokenising by
running sums of lengths is checked against tokenising by match offsets.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import dates, numbers, people, quotes, text, times
from factcheck.extract import designations, event_places, mentions, name_tokens, numeric, persons, quantities, roles
from factcheck.places import PlaceResolver, fold, gazetteer
from factcheck.words import TOKEN, Token, ascii_lowered, tokens, trie_pattern

SEPARATORS = [" ", "  ", ",", ", ", "-", ":", ".", "(", ")", "’s", "'", "\t", "_", "1", "42", "x"]
ODD_LETTERS = ["ſ", "İ", "ı", "K", "é", "Ö"]


def _cases(words: list[str]) -> list[str]:
    return sorted({v for w in words for v in (w, w.upper(), w.capitalize(), w.swapcase())})


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    """Text around one of ``words`` (in some case), or any text."""
    pieces = st.lists(st.sampled_from(_cases(words) + SEPARATORS + ODD_LETTERS), max_size=6).map("".join)
    around = st.tuples(pieces, st.sampled_from(SEPARATORS[:3] + [""]), st.sampled_from(_cases(words)), pieces)
    return around.map("".join) | st.text(max_size=40)


def _with_odd_letters(words: list[str]) -> list[str]:
    """Each word once more with an ASCII letter swapped for one IGNORECASE matches to it."""
    swaps = {"s": "ſ", "i": "ı", "k": "K"}
    out = []
    for w in words:
        for ascii_letter, odd in swaps.items():
            if ascii_letter in w:
                out.append(w.replace(ascii_letter, odd, 1))
    return out


NUMBER_WORDS = sorted(numbers._ANCHOR_WORDS) + ["fewer", "tent", "oneself", "Ten", "$", "€", "7"]


@settings(max_examples=600, deadline=None)
@given(_texts(NUMBER_WORDS + _with_odd_letters(NUMBER_WORDS)))
def test_number_prefilter_is_the_pattern(s: str) -> None:
    assert numbers._may_have_number(s) == (numbers._MAY_HAVE_NUMBER.search(s) is not None)


def test_number_prefilter_on_odd_letters() -> None:
    # "ſix" is "six" to a case-insensitive search, and must stay a possible number
    assert numbers._MAY_HAVE_NUMBER.search("about ſix people")
    assert numbers._may_have_number("about ſix people")
    assert not numbers._may_have_number("sixtyish peoples, oneself, often")


CREDIT_WORDS = ["photo", "photos", "picture", "image", "video", "graphic", "illustration", "file photo",
                "courtesy of", "credit", "getty images", "afp via getty images", "(ap)", "reuters"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_texts(CREDIT_WORDS + _with_odd_letters(CREDIT_WORDS)))
def test_credit_prefilter_never_skips_a_credit(s: str) -> None:
    if text._CREDIT.search(s):
        assert text._may_match(s, text._CREDIT_KEYS)


@pytest.mark.parametrize("word", [w for w in CREDIT_WORDS if w not in ("courtesy of", "credit", "reuters")])
def test_every_credit_word_passes_the_prefilter(word: str) -> None:
    lines = [f"The minister spoke. {word.capitalize()}: Jo Smith/Reuters", f"The minister spoke {word.upper()}"]
    credits = [line for line in lines if text._CREDIT.search(line)]
    assert credits
    for line in credits:
        assert text._may_match(line, text._CREDIT_KEYS), line


PROMO_WORDS = [
    "subscribe", "subscription", "subscriber", "newsletter", "download our app", "download the news app",
    "our mobile app", "our app", "follow us", "sign up", "log in", "click here", "advertisement", "sponsored",
    "copyright", "all rights reserved", "originally appeared", "donate", "donation", "patron", "patrons",
    "press freedom", "support us", "support independent", "whatsapp channel", "breaking news alerts", "cookie",
    "cookies", "privacy policy", "terms of use", "terms of service", "get the answers", "please visit",
    "learn more", "©", "(c)", "you", "your",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_texts(PROMO_WORDS + _with_odd_letters(PROMO_WORDS)))
def test_promo_prefilter_never_skips_a_promo(s: str) -> None:
    if text._PROMO_WORDS.search(s):
        assert text._may_match(s, text._PROMO_KEYS)


def test_every_promo_phrase_has_its_literal_prefix() -> None:
    for phrase in PROMO_WORDS[:-2]:
        assert text._PROMO_WORDS.search(phrase), phrase
        assert any(k in phrase for k in text._PROMO_KEYS), phrase


def test_literal_prefixes() -> None:
    assert text._literal_prefixes(r"patrons?|download (?:our|the) app|Sign Up|cookies*|a\.m") == (
        "patron",
        "download ",
        "sign up",
        "cookie",
        "a",
    )
    with pytest.raises(ValueError, match="no literal prefix"):
        text._literal_prefixes(r"(?:x|y)z")


def test_ascii_lowered() -> None:
    assert ascii_lowered("Photo by KATE") == "photo by kate"
    assert ascii_lowered("Kelvin K") == "kelvin k"  # the Kelvin sign lowers to k
    for odd in ("ſ", "İ", "ı"):
        assert ascii_lowered(f"Photo {odd}") is None


ORG_WORDS = ["Boeing", "Airbus", "737", "A320", "-800", "neo", "MAX", "the", "The", "an", "cargo", "ship", "oil",
             "tanker", "ferry", "Ever", "Given", "MV", "HMS"]  # fmt: skip


def _phrases(*slots: list[str]) -> st.SearchStrategy[str]:
    """A phrase of one choice per slot, between random pieces of text."""
    filler = st.lists(st.sampled_from(SEPARATORS + ["word", "Word"]), max_size=4).map("".join)
    parts = [filler, *(st.sampled_from(slot) for slot in slots), filler]
    return st.tuples(*parts).map("".join)


VESSELS = _phrases(
    ["the ", "The ", "a ", "An ", "THE ", "the  "], ["", "cargo ", "oil ", "research", "Cargo "],
    [*designations.VESSEL_NOUNS, *_cases(list(designations.VESSEL_NOUNS))], [" ", "  ", ""],
    ["Ever Given", "MV Maersk", "HMS Victory", "ever", "7"],
)  # fmt: skip
DESIGNATIONS = _phrases(["Boeing", "Airbus", "Cessna"], [" ", "  ", "\t"], ["737", "A320", "-800", "MAX", "neo", "x"])


@settings(max_examples=400, deadline=None)
@given(VESSELS | DESIGNATIONS | _texts(ORG_WORDS))
def test_designation_and_vessel_prefilters(s: str) -> None:
    if designations._DESIGNATION.search(s):
        assert designations._DIGIT.search(s)
    if designations._VESSEL.search(s):
        assert any(noun in s for noun in designations.VESSEL_NOUNS)


def test_designation_and_vessel_phrases_are_found() -> None:
    # the generated phrases above do reach the patterns
    assert designations._VESSEL.search("the cargo ship Ever Given")
    assert designations._DESIGNATION.search("a Boeing 737-800")
    # a pre-check on exact nouns holds only while the pattern is case-sensitive
    assert not designations._VESSEL.search("the cargo SHIP Ever Given")


@settings(max_examples=300, deadline=None)
@given(
    _phrases(["the Ministry of Water", "the Agency"], [", ", ",  "], ["which", "that", "Which", "WHICH"],
             [" is ", " was "], ["headed", "led", "run"], [" by Ana Lima"])
)  # fmt: skip
def test_headed_by_needs_which(s: str) -> None:
    if roles._HEADED_BY.search(s):
        assert "which" in s
    assert roles._HEADED_BY.search("the Ministry of Water, which is headed by Ana Lima")


def _places_brute_force(article: str) -> set[str]:
    """Every place id named by any part of any capitalised run, run by run (the old loop)."""
    gaz = gazetteer()
    out: set[str] = set()
    for m in PlaceResolver._CAP_RUN.finditer(article):
        words = m.group().replace("’s", "").replace("'s", "").split()
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                out.update(gaz.by_name.get(fold(" ".join(words[i : i + n])), ()))
    return out


@pytest.mark.parametrize(
    "article",
    [
        "Police in New York and Paris’s mayor met. Nothing Here.",
        "Officials in Springfield, Illinois said the Lagos State Government and Kent County were told.",
        "NEW DELHI: The Mumbai and New Delhi offices. New York Police. York.",
        "",
    ],
)
def test_places_of_a_run_are_every_part_of_it(article: str) -> None:
    mentioned = PlaceResolver(article).mentioned
    assert mentioned == _places_brute_force(article)
    for name in ("new york", "illinois"):
        if name in article.lower():
            assert set(gazetteer().by_name[name]) <= mentioned


def test_token_facts_memo_matches_direct_computation() -> None:
    sentence = "Dr. Ana Lima’s team, led by J. R. Smith Jr., met the U.S. envoy at 10.30 a.m. in Saint-Étienne."
    again = name_tokens.tokens(sentence)
    assert name_tokens.tokens(sentence) == again
    for tok in again:
        if tok.text == "." or tok.text == sentence[tok.start : tok.end]:
            assert tok[3:] == name_tokens._token_facts(tok.text)
    assert [t.text for t in again][:4] == ["Dr.", "Ana", "Lima’s", "team"]
    assert re.sub(r"\s", "", sentence) == "".join(t.text for t in again)


def _tokens_by_offsets(text: str) -> list[name_tokens.Tok]:
    """Name-finding tokens the plain way: each match with its own offsets."""
    out = []
    for m in name_tokens._TOKEN.finditer(text):
        t, (s, e) = m.group(), m.span()
        if t[-1] == "." and len(t) > 2 and "." not in t[:-1] and t[:-1].lower() not in people.HONORIFICS:
            out += [name_tokens._tok(t[:-1], s, e - 1), name_tokens._tok(".", e - 1, e)]
        else:
            out.append(name_tokens._tok(t, s, e))
    return out


SENTENCE_PIECES = [
    "Dr.", "Ana", "Lima’s", "J.", "U.S.", "10.30", "3,400", "a.m.", "Saint-Étienne", "étoile", "x", "—", "“", "”",
    "日本", "Ⅻ", "٣", "_", "…", ".", " ", "  ", "\t", "\n", "\u00a0", "\u2009",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=20).map("".join) | st.text(max_size=60))
def test_tokens_by_running_sums_are_tokens_by_offsets(sentence: str) -> None:
    assert name_tokens.tokens(sentence) == _tokens_by_offsets(sentence)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCE_PIECES + ["12", "1,200.5", "3:30", "1/2", "$", "%", "-"]), max_size=20).map(
        "".join
    )
    | st.text(max_size=60)
)
def test_number_tokens_by_running_sums_are_tokens_by_offsets(sentence: str) -> None:
    by_offsets = [
        numbers._Tok(m.lastgroup or "p", m.group(), m.group().lower(), *m.span())
        for m in numbers._TOKEN.finditer(sentence)
    ]
    assert numbers._tokens(sentence) == by_offsets


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCE_PIECES + ["12", "1,200.5", "x_y", "日本語", "'s", "’"]), max_size=20).map("".join)
    | st.text(max_size=60),
    st.integers(0, 500),
)
def test_word_tokens_by_running_sums_are_tokens_by_offsets(sentence: str, offset: int) -> None:
    by_offsets = [Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN.finditer(sentence)]
    assert tokens(sentence, offset) == by_offsets


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([".", "!", "?", "…", '"', "'", "”", "’", ")", "]", " ", "\t", "a", "B", "\u2009"]), max_size=8
    ).map("".join)
)
def test_sentence_end_without_a_search_is_the_pattern(line: str) -> None:
    assert text._ends_like_a_sentence(line) == (text._TERMINAL.search(line) is not None)


READER_WORDS = ["you", "your", "yours", "our", "us", "ours", "youth", "bus", "usa", "four", "US", "Us"]


@settings(max_examples=500, deadline=None)
@given(_texts(READER_WORDS + _with_odd_letters(READER_WORDS)))
def test_reader_words_counted_in_lowered_text(line: str) -> None:
    lowered = ascii_lowered(line)
    if lowered is not None and "US" not in line:  # "US" is the country, never the reader
        assert len(text._READER_LOWER.findall(lowered)) == len(text._READER.findall(line))


HINT_WORDS = ["led", "headed", "by", "head", "leader", "chief", "of", "led by ", "head of ", "chief of\n"]


@settings(max_examples=500, deadline=None)
@given(_texts(HINT_WORDS + _with_odd_letters(HINT_WORDS)))
def test_role_hints_in_any_case(sentence: str) -> None:
    for hint in (roles._LED_BY_HINT, roles._HEAD_OF_HINT):
        expected = re.search(hint.pattern, sentence, re.IGNORECASE) is not None
        assert roles._hinted(sentence, hint) == expected


def _numbers_trying_every_lead(sentence: str) -> list[numbers.NumberMatch]:
    """find_numbers the plain way: parse_at tried at every token up to _LEAD before each anchor
    (then one unit said in words, "more than a year", as find_numbers adds it)."""
    if not numbers._may_have_number(sentence):
        return numbers._with_one_units(sentence, [])
    scanner = numbers._Scanner(sentence)
    anchors = [
        k
        for k, t in enumerate(scanner.toks)
        if t.kind == "n" or t.low in numbers._ANCHOR_WORDS or t.text in numbers._CURRENCY_SYMBOLS
    ]
    out, i = [], 0
    for k in anchors:
        i = max(i, k - numbers._LEAD)
        while i <= k and i < scanner.n:
            match, nxt = scanner.parse_at(i)
            if match is not None:
                out.append(match)
            i = max(nxt, i + 1)
    return numbers._with_one_units(sentence, out)


NUMBER_PIECES = [
    "12", "3,400", "1.5", "1990", "2,000-3,000", "−4", "-", "–", "$", "€", "£", "US", "A", "USD", "%", "per cent",
    "percent", "million", "billion", "thousand", "hundred", "a", "an", "few", "a few", "several", "dozens", "of",
    "tens", "half", "zero", "one", "twenty", "five", "fifteen", "and", "to", "between", "from", "more", "than",
    "more than", "about", "up to", "nearly", "at least", "no", "over", "around", "some", "~", "≈", "<", ">", "people",
    "the", "in", "year", "first", "third", ".", ",", " ", " ", " ", "  ",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(NUMBER_PIECES), st.sampled_from([" ", " ", ""])), max_size=25).map(
        lambda pieces: "".join(piece + space for piece, space in pieces)
    )
)
def test_numbers_skip_only_tokens_nothing_starts_at(sentence: str) -> None:
    assert numbers.find_numbers(sentence) == _numbers_trying_every_lead(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "They said between 12 and 15 people died.",
        "Prices rose from 12 to 15 percent.",
        "More than 12 people, up to 3,400 homes and about 40 cars.",
        "It cost US$ 12 million, or USD 12 million, or $12m, or €12.",
        "Temperatures fell to −4 or -4 degrees.",
        "A few hundred, several thousand, dozens of people, tens of thousands and half a million.",
        "Zero casualties; twenty-five injured; one hundred and five missing; a dozen arrested.",
        "No more than a dozen, in excess of 5 and at least 7.",
    ],
)
def test_numbers_skip_keeps_every_kind_of_start(sentence: str) -> None:
    assert numbers.find_numbers(sentence) == _numbers_trying_every_lead(sentence)
    assert numbers.find_numbers(sentence)


# Patterns rewritten to start with a character the search can skip to (a capital, a letter, a digit),
# their assertions tested after it: each against the pattern as it was written before, on every
# match (span and groups) of generated text.
CAPITAL_PIECES = [
    "A", "Ab", "New", "York", "Illinois", "O'Brien", "Lima’s", "ali-Zadeh", "al-Assad", "MV", "J.", "U.S.",
    "of", "the", "de", "van", "&", "x", "a", "1", "42", "_", "é", "É", "Ö", "Boeing", "737", "A320neo", "-",
    "Max", "’", "'", ".", ",", ";", ":", " ", "  ", "\n", "\t", "\u00a0", "5th", "21st", "Street", "St.", "Avenue",
]  # fmt: skip
_CAPITAL_TEXTS = st.lists(st.sampled_from(CAPITAL_PIECES), max_size=16).map("".join) | st.text(max_size=40)

BEFORE_REWRITE = [
    (PlaceResolver._CAP_RUN, r"\b[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"),
    (
        event_places._PAIR,
        r"\b(?P<a>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+(?P<b>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\b",
    ),
    (
        designations._DESIGNATION,
        r"\b(?P<maker>[A-Z][a-z]+)\s+(?P<model>[A-Z]{0,3}-?\d{2,4}(?:[-‑]\d{1,4})?[A-Za-z]{0,4}"
        r"(?:\s+(?:MAX|Max|neo|Neo)(?:\s+\d{1,2})?)?)\b",
    ),
    (
        mentions.NAME_RUN,
        r"(?<![\w’'])(?:[A-Z][\w’'.&-]*|[A-Z]\.)(?:\s(?:(?:of|the|for|de|del|della|da|di|du|van|von|der|den|al|el|"
        r"bin|ibn|la|le|y)\s){0,2}(?:[A-Z][\w’'.&-]*|[a-z]{1,4}-[A-Z][\w’'-]*|&))*",
    ),
    (mentions._MID_CAPITAL, r"(?<=[a-z,;:] )[A-Z][\w’'-]*"),
    (mentions._NUMBERED_STREET, r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard)"),
]  # fmt: skip


def _matches(pattern: re.Pattern[str], s: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(s)]


@pytest.mark.parametrize(("pattern", "before"), BEFORE_REWRITE, ids=lambda p: getattr(p, "pattern", p)[:24])
@settings(max_examples=400, deadline=None)
@given(s=_CAPITAL_TEXTS)
def test_patterns_skipping_to_capitals_are_the_patterns_before(pattern: re.Pattern[str], before: str, s: str) -> None:
    assert _matches(pattern, s) == _matches(re.compile(before, pattern.flags), s)


ORDINAL_PIECES = ["first", "second", "third", "th", "st", "nd", "rd", "1", "42", "-", "–", " ", "fifth", "x", "teenth",
                  "seventeenth", "_", "twentieth", "é"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_texts(ORDINAL_PIECES + _with_odd_letters(ORDINAL_PIECES)))
def test_ordinal_prefilter_is_the_pattern(sentence: str) -> None:
    assert numeric._may_have_ordinal(sentence) == (numeric._MAY_HAVE_ORDINAL.search(sentence) is not None)


ORDINAL_WORDS = ["first", "Second", "TWENTIETH", "21st", "2nd", "103rd", "4th", "a", "round", "-", " ", "x"]


@settings(max_examples=500, deadline=None)
@given(_texts(ORDINAL_WORDS + _with_odd_letters(ORDINAL_WORDS)))
def test_ordinals_found_in_lowered_text(sentence: str) -> None:
    lowered = ascii_lowered(sentence)
    if lowered is not None:
        found = [
            (m.span(), {k: v and v.lower() for k, v in m.groupdict().items()})
            for m in quantities._ORDINAL.finditer(sentence)
        ]
        assert _matches(quantities._ORDINAL_LOWER, lowered) == found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abc", min_size=1, max_size=4), min_size=1, max_size=6), st.text("abc _", max_size=12))
def test_trie_pattern_matches_exactly_its_words(words: list[str], s: str) -> None:
    trie = re.compile(r"\b" + trie_pattern(words) + r"\b")
    flat = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True)) + r")\b")
    assert _matches(trie, s) == _matches(flat, s)
    assert all(trie.fullmatch(w) for w in words)


RECORD_PIECES = ORDINAL_WORDS + ["9-14", "31 – 24", "36-3", "1,200-3", "won", "record", "th", "with"]


@settings(max_examples=500, deadline=None)
@given(_texts(RECORD_PIECES + _with_odd_letters(RECORD_PIECES)))
def test_ordinal_and_record_precheck_never_skips_one(sentence: str) -> None:
    # what _MAY_HAVE_ORDINAL lets through and the patterns match is never skipped
    if numeric._may_have_ordinal(sentence) and (
        quantities._ORDINAL.search(sentence) or quantities._PAIR.search(sentence)
    ):
        assert numeric._may_have_ordinal_or_record(sentence)


TIME_PIECES = [
    "10:30", "4.30", "7", "p.m.", "am", " a. m", "PM", "1100", "hours", "hrs", "GMT", "Z", "noon", "Midday",
    "MIDNIGHT", "6 o'clock", "o’clock", "12", "2045", ":", ".", "(", "local time", "x", "-", "9-14", "31 – 24",
    "1st", "second", "TWENTIETH", "21st-century", "3rd ", "s", "n", "r", "t", ", ", ",\n", "Paris", "Texas",
    "quarter past", "Quarter to", "half past", "five", " in the afternoon", " Pacific time", " Central",
]  # fmt: skip
_PATTERN_AND_PRECHECK = [
    (times._CLOCK_RE, lambda s: times._CLOCK_HINT.search(s) is not None),
    (times._FOUR_RE, lambda s: times._FOUR_HINT.search(s) is not None),
    (times._WORD_RE, times._may_have_word_time),
    (quantities._PAIR, lambda s: quantities._PAIR_HINT.search(s) is not None),
    (quantities._ORDINAL_LOWER, lambda s: quantities._ORDINAL_END.search(s) is not None),
    (event_places._PAIR, lambda s: event_places._COMMA_CAPITAL.search(s) is not None),
]


@pytest.mark.parametrize(("pattern", "precheck"), _PATTERN_AND_PRECHECK, ids=lambda p: getattr(p, "pattern", "")[:24])
@settings(max_examples=400, deadline=None)
@given(s=_texts(TIME_PIECES + _with_odd_letters(TIME_PIECES)))
def test_prechecks_never_skip_a_match(pattern: re.Pattern[str], precheck, s: str) -> None:  # type: ignore[no-untyped-def]
    if pattern is quantities._ORDINAL_LOWER:
        s = s.lower()  # searched in lowered text only
    if pattern.search(s):
        assert precheck(s)


@settings(max_examples=500, deadline=None)
@given(_texts(TIME_PIECES + _with_odd_letters(TIME_PIECES)))
def test_time_precheck_is_the_pattern(sentence: str) -> None:
    found = times._ANY_DIGIT.search(sentence) is not None or times._may_have_time_word(sentence)
    assert found == (times._MAY_HAVE_TIME.search(sentence) is not None)


def test_word_parts_are_in_every_word() -> None:
    words = ["Noon", "noon", "Midday", "midday", "Midnight", "midnight", "o'clock", "o’clock", "NOON", "MIDNIGHT"]
    words += ["quarter past", "quarter to", "Quarter past", "Quarter to", "half past", "Half past"]
    assert all(times._TIME_WORDS.fullmatch(w) and any(p in w for p in times._TIME_WORD_PARTS) for w in words)
    for word in numeric._ORDINAL_WORD_LIST:
        for w in (word, word.capitalize()):
            assert numeric._ORDINAL_WORDS.fullmatch(w) and any(p in w for p in numeric._ORDINAL_WORD_PARTS)


DATE_PIECES = [
    "January", "Jan.", "Sept", "May", "Mon", "Monday", "sunday", "2019", "1990s", "12", "3rd", " ", ",", "-", "of",
    "last", "Last week", "this", "next", "today", "Tonight", "yesterday", "ago", "two", "days", "x", "Street", "5th",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_texts(DATE_PIECES), st.sampled_from([None, date(2024, 3, 5)]))
def test_dates_precheck_skips_only_sentences_without_dates(sentence: str, published: date | None) -> None:
    assert dates.find_dates(sentence, published) == dates._find_dates(sentence, published)


@settings(max_examples=300, deadline=None)
@given(_texts(DATE_PIECES))
def test_street_precheck_never_skips_a_street(sentence: str) -> None:
    if mentions._NUMBERED_STREET.search(sentence):
        assert any(w in sentence for w in mentions._STREET_WORDS)


@settings(max_examples=300, deadline=None)
@given(_texts(["Boeing", "737", "Airbus", "A320neo", "boeing", "BOEING", "Tesla", "Model", "3", " ", "-", "x"]))
def test_maker_precheck_never_skips_a_designation(sentence: str) -> None:
    if any(designations._maker_ok(m["maker"]) for m in designations._DESIGNATION.finditer(sentence)):
        assert designations._MAKER.search(sentence)


@settings(max_examples=400, deadline=None)
@given(_texts(["said", "says", "Said", "unsaid", "sayso", "told", "2said", "_said", "é", "added", " ", ",", "say"]))
def test_speech_verbs_found_directly(text: str) -> None:
    plain = [m.span() for m in persons._LOWER_WORD.finditer(text) if m.group() in quotes.SPEECH_VERBS]
    assert [m.span() for m in persons.speech_verbs(text)] == plain


@pytest.mark.parametrize(
    "folder", ["tests/data/golden/corpus", "tests/data/locations", "corpus"], ids=["golden", "markup", "seed"]
)
def test_located_is_dataclasses_replace(folder: str) -> None:
    # text.located moves claims with a replacer reading every field at once; dataclasses.replace is
    # the plain way (Markdown and HTML articles take the source-map branch)
    from dataclasses import replace

    from factcheck.extract import extract_claims
    from factcheck.load import load_paths
    from factcheck.text import located

    for article in load_paths([Path(folder)]).articles:
        claims = extract_claims(article)
        plain = []
        for claim in claims:
            loc, source_map = claim.location, article.source_map
            if source_map is None:
                moved = replace(loc, end_line=loc.line, end_column=loc.column + loc.end - loc.start)
            else:
                (line, column), (end_line, end_column) = (
                    source_map.position(loc.start),
                    source_map.end_position(loc.start, loc.end),
                )
                moved = replace(loc, line=line, column=column, end_line=end_line, end_column=end_column)
            plain.append(replace(claim, location=moved))
        fast = located(article, claims)
        assert fast == tuple(plain)
        assert [type(c.location) for c in fast] == [type(c.location) for c in plain]
        assert [list(vars(c)) for c in fast] == [list(vars(c)) for c in plain]  # same fields, same order


def test_claim_kinds_sort_as_their_values() -> None:
    # the extractors sort claims by `kind` itself, not `kind.value` (a Python-level descriptor)
    from factcheck.models import ClaimKind

    kinds = list(ClaimKind)
    for a in kinds:
        for b in kinds:
            assert (a < b) == (a.value < b.value) and (a == b) == (a.value == b.value)
    assert sorted(kinds) == sorted(kinds, key=lambda k: k.value)


def test_replacer_takes_only_consecutive_fields() -> None:
    from factcheck.models import Location
    from factcheck.text import _Replacer

    loc = Location("a.txt", 3, 7, 2, 4)
    assert _Replacer(Location, "column", "end_line")(loc, 9, 5) == Location("a.txt", 3, 7, 2, 9, 5)
    with pytest.raises(ValueError):
        _Replacer(Location, "line", "end_line")


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["said", "told", "a", "z", "Said", "A", "1", "_", "é", "ß", "ǅ", " ", "  ", "\t", "\n"])
        | st.sampled_from(["\u00a0", "\u2003", "\x1c", ",", ".", "’", "-", "²"]),
        max_size=12,
    ).map("".join),
    st.integers(min_value=0, max_value=40),
)
def test_word_before_is_the_speech_before_pattern(text: str, end: int) -> None:
    end = min(end, len(text))
    m = persons._SPEECH_BEFORE.search(text, 0, end)
    assert persons._word_before(text, end) == (m.group(1) if m else None)


NOBODY_WORDS = [
    "no one was injured",
    "no-one had been hurt",
    "no – one was killed",
    "nobody was hurt",
    "none were wounded",
]


@given(_texts(NOBODY_WORDS + _with_odd_letters(NOBODY_WORDS)))
def test_nobody_prefilter_never_skips_a_count_of_zero(s: str) -> None:
    if quantities._NOBODY.search(s):
        assert numeric._may_say_nobody(s)


def test_nobody_prefilter_skips_sentences_with_no_but_no_nobody() -> None:
    assert not numeric._may_say_nobody("He did not know what now happened to another economy in November.")
    assert all(numeric._may_say_nobody(s) for s in NOBODY_WORDS)


RESET_WORDS = ["second time", "third place", "2nd half", "fourth quarter", "fifth times", "sixth-place", "time"]


@settings(max_examples=400, deadline=None)
@given(_texts(RESET_WORDS + _with_odd_letters(RESET_WORDS)))
def test_period_reset_prefilter_is_the_pattern(s: str) -> None:
    from factcheck.models import Sentence

    found = quantities.period_resets(Sentence(0, len(s), s, 0))
    assert found == [m.start() for m in quantities.PERIOD_RESET.finditer(s)]


@given(_texts(["an additional ", "a further ", "another ", "extra ", "the extra "]))
@settings(max_examples=300, deadline=None)
def test_added_count_prefilter_never_skips_a_rest_word(s: str) -> None:
    from factcheck.judge import _REST_BEFORE, _REST_BEFORE_PARTS

    if _REST_BEFORE.search(s):
        assert any(map(s.__contains__, _REST_BEFORE_PARTS))
