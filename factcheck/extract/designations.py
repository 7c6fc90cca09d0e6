"""ORGANISATION claims: acronyms defined in the text, and named designations.

An acronym defined in the text ("Civil Aviation Authority (CAA)"): ``key`` = ``acronym:CAA``,
``text_value`` = the expansion's words folded and sorted (word order ignored). A named thing: a
vehicle, vessel or product model ("an Airbus A320neo", "Boeing 737-800"), a named vessel ("the
cargo ship Ever Given") or operation ("Operation Larkspur"): ``key`` = its class (``model:airbus``,
``vessel``, ``operation``), ``text_value`` = the designation folded. A designation with digits and
a hyphen is a name: ``designation_spans`` lists them so that number extraction can leave them alone.
A telephone number in a sentence that says so ("call police on 0800 555 0199"): ``key`` = ``phone``,
``text_value`` = its digits.
"""

from __future__ import annotations

import re

from factcheck import people
from factcheck.extract.named_context import NamedContext, context_of, in_text_order
from factcheck.extract.registry import ArticleText, extractor
from factcheck.models import Claim, ClaimKind, Step
from factcheck.places import fold
from factcheck.words import STOPWORDS, trie_pattern

__all__ = ["VESSEL_NOUNS", "designation_claims", "designation_spans"]

VEHICLE_MAKERS = frozenset(
    """airbus boeing embraer bombardier atr cessna sukhoi tupolev antonov ilyushin lockheed northrop
    mcdonnell douglas dassault comac fokker saab gulfstream learjet beechcraft pilatus piper sikorsky
    bell eurocopter leonardo agusta mil kamov tesla toyota ford volkswagen bmw mercedes audi nissan honda
    hyundai kia byd iphone galaxy pixel""".split()
)
"""Makers whose name before a model number makes it a designation ("Boeing 737-800"), not a count."""
VESSEL_NOUNS = (
    "ship", "vessel", "tanker", "freighter", "ferry", "yacht", "boat", "submarine", "carrier", "frigate", "destroyer",
    "trawler",
)  # fmt: skip
"""Nouns of a vessel named after them ("the cargo ship Ever Given")."""
VESSEL_WORDS = r"(?:cargo|container|cruise|fishing|research|naval|passenger|oil)?\s?(?:" + "|".join(VESSEL_NOUNS) + ")"
"""A vessel noun with the word of its trade, as a pattern."""
EXPANSION_REACH = 120
"""Characters before "(CAA)" searched for the words the acronym stands for."""
EXPANSION_WORDS_MAX = 12
"""Words of the longest expansion of an acronym tried."""
EXPANSION_SKIPPED = 3
"""Words more than letters an expansion may have when the acronym leaves words out
("Centers for Disease Control and Prevention (CDC)")."""


@extractor("designations", ClaimKind.ORGANISATION)
def designation_claims(text: ArticleText) -> list[Claim]:
    """Acronyms and their expansions; models, vessels and operations by name."""
    if not text.sentences:
        return []
    return in_text_order(_org_claims(context_of(text)))


_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Z&.]{1,9})\)")
_DESIGNATION = re.compile(
    r"(?P<maker>[A-Z](?<!\w[A-Z])[a-z]+)\s+(?P<model>[A-Z]{0,3}-?\d{2,4}(?:[-‑]\d{1,4})?[A-Za-z]{0,4}(?:\s+(?:MAX|Max|neo|Neo)(?:\s+\d{1,2})?)?)\b"
)
_VESSEL = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<cls>{VESSEL_WORDS})\s+(?P<name>(?:MV|MS|MT|HMS|USS|RMS)?\s?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})",
)
_PHONE = re.compile(
    r"(?<![\w.,/-])(?:\+\d{1,3}[ -]?)?(?:\(\d{2,5}\)\s?|\d{2,5}[ -])\d{2,6}(?:[ -]\d{2,4}){0,2}(?![\w/-]|[.,]\d)"
)
"""A telephone number as printed: groups of digits apart by spaces or hyphens ("0800 555 0199",
"555-010-4477", "(020) 7946 0000")."""
PHONE_DIGITS = (9, 13)
"""Digits a telephone number has, at least and at most (fewer: a score, a range of years)."""
_PHONE_WORDS = re.compile(r"\b(?:call|calls|phone|telephone|tel|hotline|helpline|dial|ring|contact|number)\b", re.I)
"""Words of a sentence that gives a telephone number ("call police on ...")."""
_OPERATION = re.compile(r"\bOperation\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")
_DIGIT = re.compile(r"\d")
"""Every designation has one: sentences without are not searched for designations."""
_HYPHEN_CODE = re.compile(r"\b[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Za-z]{0,3}\b")
"""Letter-digit codes with a hyphen: "F-16", "Su-27", "MH-17"."""


def designation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of model designations and codes in ``text`` ("Boeing 737-800", "F-16", "A320neo"):
    names, not ranges or counts, for number extraction to skip."""
    spans = [(m.start("model"), m.end("model")) for m in _DESIGNATION.finditer(text) if _maker_ok(m["maker"])]
    spans += [(m.start(), m.end()) for m in _HYPHEN_CODE.finditer(text)]
    return sorted(set(spans))


_MAKER = re.compile(trie_pattern(w.capitalize() for w in VEHICLE_MAKERS))
"""A maker's name as `_DESIGNATION` finds it (a capital, then lower-case letters): an article without
one has no designation `_maker_ok` keeps."""


def _maker_ok(maker: str) -> bool:
    return fold(maker) in VEHICLE_MAKERS


def _org_key(words: str) -> tuple[str, tuple[str, ...]]:
    toks = [people._spell(w) for w in re.findall(r"[a-z0-9]+", fold(words)) if w not in STOPWORDS]
    return " ".join(sorted(toks)), tuple(toks)


def _expansion(before: list[str], acr: str) -> list[str] | None:
    """The shortest tail of capitalised words before "(ACR)" whose initials spell the acronym: in
    order, in another order ("Public Works Ministry (MPW)"), or with words the acronym leaves out
    ("Centers for Disease Control and Prevention (CDC)")."""
    tails = [before[-n:] for n in range(1, min(len(before), EXPANSION_WORDS_MAX) + 1) if before[-n][0].isupper()]
    for tail in tails:
        initials = _initials(tail)
        if initials == acr or sorted(initials) == sorted(acr):
            return tail
    for tail in tails:
        initials = _initials(tail)
        if initials.startswith(acr) and len(tail) <= len(acr) + EXPANSION_SKIPPED:
            return tail
    return None


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w and fold(w) not in ("of", "for", "and", "the", "on", "de", "&"))


def _org_claims(ctx: NamedContext) -> list[Claim]:
    claims: list[Claim] = []
    # words the whole article lacks, none of its sentences has: one search instead of one a sentence
    vessels = any(map(ctx.article.text.__contains__, VESSEL_NOUNS))
    makers = _MAKER.search(ctx.article.text) is not None
    operations = "Operation" in ctx.article.text
    for si, s in enumerate(ctx.sentences):
        text = s.text
        for m in _ACRONYM.finditer(text):
            acr = m["acr"].replace(".", "")
            before = re.findall(
                r"[A-Z][\w’'-]*|of|for|and|the|on|&", text[max(0, m.start() - EXPANSION_REACH) : m.start()]
            )
            expansion = _expansion(before, acr)
            if expansion is None:
                continue
            exp_text = " ".join(expansion)
            at = text.rfind(expansion[0], 0, m.start())
            while at > 0 and not text[at : m.start()].replace("’", "'").startswith(expansion[0]):
                at = text.rfind(expansion[0], 0, at)
            key_words, _ = _org_key(exp_text)
            claims.append(
                Claim(
                    kind=ClaimKind.ORGANISATION,
                    key=f"acronym:{acr}",
                    value=None,
                    display=f"{acr} = {exp_text}",
                    unit="acronym",
                    location=ctx.location(si, at, m.end()),
                    sentence=text,
                    surface=text[at : m.end()],
                    steps=(Step(exp_text, key_words, "expansion words folded, order ignored"),),
                    text_value=key_words,
                    chain=(acr, exp_text),
                    subject=acr,
                )
            )
        for m in _DESIGNATION.finditer(text) if makers and _DIGIT.search(text) else ():
            if not _maker_ok(m["maker"]):
                continue
            model = re.sub(r"[\s‑-]+", "", m["model"]).lower()
            claims.append(
                _thing(ctx, si, m.start(), m.end(), f"model:{fold(m['maker'])}", f"{m['maker']} {m['model']}", model)
            )
        for m in _VESSEL.finditer(text) if vessels and any(map(text.__contains__, VESSEL_NOUNS)) else ():
            name = m["name"].strip()
            if fold(name.split()[0]) in STOPWORDS:
                continue
            claims.append(_thing(ctx, si, m.start("cls"), m.end(), "vessel", name, fold(name)))
        for m in _PHONE.finditer(text) if _PHONE_WORDS.search(text) else ():
            digits = re.sub(r"\D", "", m.group(0))
            if PHONE_DIGITS[0] <= len(digits) <= PHONE_DIGITS[1]:
                claims.append(_thing(ctx, si, m.start(), m.end(), "phone", m.group(0), digits))
        for m in _OPERATION.finditer(text) if operations and "Operation" in text else ():
            claims.append(_thing(ctx, si, m.start(), m.end(), "operation", f"Operation {m['name']}", fold(m["name"])))
    return claims


def _thing(ctx: NamedContext, si: int, start: int, end: int, key: str, display: str, value: str) -> Claim:
    s = ctx.sentences[si]
    return Claim(
        kind=ClaimKind.ORGANISATION,
        key=key,
        value=None,
        display=display,
        unit="name",
        location=ctx.location(si, start, end),
        sentence=s.text,
        surface=s.text[start:end],
        steps=(Step(s.text[start:end], value, "designation folded (case, spaces, hyphens)"),),
        text_value=value,
        subject=key.split(":", 1)[-1],
    )
