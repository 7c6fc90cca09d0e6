"""Judging quotes (QUOTE claims of ``extract.quotations``).

Quotes of one person across articles: ``quotes.compare_quotes``; fragments and equal wording are
**agree**; the same words reordered, or a whole sentence quoted trimmed of some of its words,
**compatible**; a passage worded differently a **conflict** whose explanation is the word diff.
Sentences of one quotation over several lines that the same articles print alike are one
agreement, not one per line; when one of its lines is quoted compatibly (trimmed, reordered, a
number written another way), that finding also holds the lines around it printed alike (one
article eliding words of a quotation the other prints whole).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from factcheck.judge import dedupe, make_finding, normalisations
from factcheck.judge_common import PersonIdentity, articles_of
from factcheck.models import Claim, ClaimKind, Finding, Severity, Verdict
from factcheck.places import fold
from factcheck.quotes import SPEECH_VERBS, WITNESS_WORDS, WORD, QuoteComparison, compare_quotes, spelling

__all__ = ["UNNAMED_SPEAKER", "judge_quotes"]


def _finder(parent: list[int]):  # type: ignore[no-untyped-def]
    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    return find


def _diff_text(cmp: QuoteComparison) -> str:
    if cmp.diff:
        return ", ".join(cmp.diff[:DIFF_SHOWN]) + (" ..." if len(cmp.diff) > DIFF_SHOWN else "")
    return f"-{cmp.only_first} +{cmp.only_second}".strip(" +-")


SHARED_RUN = 3
"""Words in a row two quotes must share to be compared at all (fewer are common phrases)."""
DIFF_SHOWN = 8
"""Edits of a word diff shown in a finding's explanation (the details show both quotes)."""


SHORT_PHRASE = 5
"""Quotes of at most this many words are also paired by their first and last words: a phrase
quoted with a word put into it ("a fair deal" / "a fair and open deal") shares no SHARED_RUN
words in a row."""


def _candidate_pairs(texts: list[str]) -> set[tuple[int, int]]:
    """Pairs of texts sharing a SHARED_RUN-word sequence, or short ones (SHORT_PHRASE) sharing their
    first and last words (an inverted index keeps this near-linear)."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for ti, text in enumerate(texts):
        words = text.split()
        for k in {tuple(words[i : i + SHARED_RUN]) for i in range(max(1, len(words) - SHARED_RUN + 1))}:
            index[k].append(ti)
        if 2 <= len(words) <= SHORT_PHRASE:
            index[("", words[0], words[-1])].append(ti)
    pairs: set[tuple[int, int]] = set()
    for ids in index.values():
        for pos, a in enumerate(ids):
            for b in ids[pos + 1 :]:
                pairs.add((a, b))
    return pairs


UNNAMED_SCORE = 90
"""rapidfuzz partial_ratio two differently worded quotes need to be taken for one passage when no
article names a speaker for either (two residents may both say "people ran out of their houses")."""
UNNAMED_RUN = 8
"""...or words in a row they share: so long a run is one passage, not two remarks alike ("it was
better than sorting letters at the depot" with "much" put in before "better"). Measured on the 24
dev stories: from 6 to 9 alike, one gold conflict more (one sentence quoted with a word put in,
each article giving the speaker as "she") and no false one; at 5 words a remark sharing "crowds
spilled into the road" with another would pass."""
UNNAMED_SPEAKER = "an unnamed speaker"
"""How a quote's speaker is named when no article of its group names one."""


def _longest_run(a: str, b: str) -> int:
    """Words in a row two quotes share (``quotes.quote_words``)."""
    import difflib

    from factcheck.quotes import quote_words

    wa, wb = quote_words(a), quote_words(b)
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb)).size


def judge_quotes(claims: list[Claim], ident: PersonIdentity) -> list[Finding]:
    """Quotes of one passage across articles. Two quotes are compared when their speakers are the
    same person or when one article does not name the speaker (a quote printed without its
    attribution, or attributed to "a spokesman"): the words then tell whether it is the same
    passage. Quotes of two different named speakers are never compared.

    Quotes with the same words (or one a fragment of the other) form one group, with at most one
    named speaker; two groups of one passage worded differently are one finding holding both
    groups' claims: **conflict** (with the word diff), or **compatible** when only the order of the
    words or the way a number or time is written differs, or when one quotes a sentence trimmed of
    words the other quotes (``quotes.compare_quotes``: ``trimmed``).
    """
    reported = [c for c in claims if c.unit == REPORTED]
    claims = [c for c in claims if c.unit != REPORTED]
    # the same words (syndicated copies) are compared once
    # (a police spokesman and a fire service spokesman giving the same words are two speakers)
    same: dict[tuple[str, str, frozenset[Description]], list[Claim]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: (c.location.article, c.location.start)):
        speaker = ident.id(c.subject) if c.subject else ""
        same[(speaker, c.text_value, _described([c]))].append(c)
    keys = list(same)
    parent = list(range(len(keys)))
    find = _finder(parent)
    voice = [speaker for speaker, _, _ in keys]  # per group root: its named speaker, if any
    described = [d for _, _, d in keys]  # each group's claims share one description
    told = list(described)  # per group root: the descriptions of its unnamed quotes
    attributions = _attributions(claims, ident) if any(described) else {}
    differ: list[tuple[int, int, QuoteComparison]] = []
    for i, j in sorted(_candidate_pairs([text for _, text, _ in keys])):
        (sa, _, _), (sb, _, _) = keys[i], keys[j]
        if sa and sb and sa != sb:
            continue
        if (sa and not all(_linked(d, attributions[sa]) for d in described[j])) or (
            sb and not all(_linked(d, attributions[sb]) for d in described[i])
        ):
            continue  # "a witness said" / "said Dana Reyes": someone else, unless an article links them
        if not _one_speaker(described[i], described[j]):
            continue  # "a witness said" / "one resident said": not known to be one person
        a, b = same[keys[i]], same[keys[j]]
        if articles_of(a) == articles_of(b) and len(articles_of(a)) == 1:
            continue
        cmp = compare_quotes(a[0].display, b[0].display)
        if cmp is None:
            continue
        if cmp.verdict != "agree":
            if sa or sb or cmp.score >= UNNAMED_SCORE or _longest_run(a[0].display, b[0].display) >= UNNAMED_RUN:
                differ.append((i, j, cmp))
            continue
        ri, rj = find(i), find(j)
        if ri != rj and not (voice[ri] and voice[rj] and voice[ri] != voice[rj]) and _one_speaker(told[ri], told[rj]):
            parent[rj] = ri  # one speaker per group
            voice[ri] = voice[ri] or voice[rj]
            told[ri] = told[ri] | told[rj]
    groups: dict[int, list[Claim]] = defaultdict(list)
    for i, key in enumerate(keys):
        groups[find(i)].extend(same[key])
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    agreeing = [comp for comp in groups.values() if len(articles_of(comp)) >= 2]
    for i, j, cmp in differ:
        ri, rj = find(i), find(j)
        pair_key = (min(ri, rj), max(ri, rj))
        if ri == rj or pair_key in seen or (voice[ri] and voice[rj] and voice[ri] != voice[rj]):
            continue
        if not _one_speaker(told[ri], told[rj]):
            continue
        if articles_of(groups[ri]) == articles_of(groups[rj]) and len(articles_of(groups[ri])) == 1:
            continue
        seen.add(pair_key)
        claims = groups[ri] + groups[rj]
        rest = _rest_of_quotation(claims, agreeing) if cmp.verdict in COMPATIBLE_VERDICTS else []
        out.append(_differently_worded(same[keys[i]][0], same[keys[j]][0], claims, cmp, ident, rest))
    out.extend(_reported_findings(reported, list(groups.values()), ident))
    for comp in _whole_quotations(agreeing, ident):
        speaker = _speaker_name(comp, ident)
        named = sorted({ident.id(c.subject) for c in comp if c.subject})
        out.append(
            make_finding(
                Verdict.AGREE,
                Severity.NONE,
                ClaimKind.QUOTE,
                speaker,
                dedupe(comp),
                f"{len(articles_of(comp))} articles quote {speaker} with the same words "
                "(or one quotes a fragment of the other)",
                (
                    _grouped_by(named[0] if named else "", "", speaker),
                    *(f"{c.location.article}: {c.display}" for c in dedupe(comp)),
                    *ident.explain(c.subject for c in comp if c.subject),
                ),
            )
        )
    return out


_WITNESS = frozenset(WORD.findall(WITNESS_WORDS))
_SPOKES = frozenset("spokesman spokeswoman spokesperson spokespeople statement representative".split())
Description = tuple[str, frozenset[str]]
"""How an unnamed speaker is described: ("witness", the witness words) or ("spokes", the body's words)."""


def _described(group: list[Claim]) -> frozenset[Description]:
    """Who a group of quotes (one wording, no named speaker) is given to by description, when every
    quote of it has one that tells of someone apart: a witness ("a witness", "one resident", words
    ``WITNESS_WORDS``) or the spokesman or statement of a named body ("a city spokesman", "a spokesman
    for the health department"). A body alone ("police said", "the ministry said") or a bare "a
    spokesman" describes no one apart: empty, compared with a named speaker's words as before."""
    if any(c.subject or not c.chain or c.qualifier not in ("unnamed", "org") for c in group):
        return frozenset()
    out: set[Description] = set()
    for c in group:
        words = WORD.findall(fold(c.chain[0]))
        body = _body(c)
        if _WITNESS & set(words):
            out.add(("witness", frozenset(_WITNESS & set(words))))
        elif body and (_SPOKES & set(words) or words[0] in ("for", "from")):
            out.add(("spokes", body))
        else:
            return frozenset()
    return frozenset(out)


def _one_speaker(a: frozenset[Description], b: frozenset[Description]) -> bool:
    """Whether two descriptions may be one speaker: either describes no one apart, or they share a
    description, or a spokesman's body words meet ("a police spokesman" / "a spokeswoman for Orrick
    police") or one gives only the kind of the other's body ("a company spokesman" / "a spokesman
    for Harwick Foods", ``_of_its_kind``)."""
    if not a or not b or a & b:
        return True
    return any(
        ka == kb == "spokes" and (_meet(wa, wb) or _of_its_kind(wa, wb) or _of_its_kind(wb, wa))
        for ka, wa in a
        for kb, wb in b
    )


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _attributions(claims: list[Claim], ident: PersonIdentity) -> dict[str, list[tuple[frozenset[str], frozenset[str]]]]:
    """Person id -> per sentence quoting them, the words of its attribution, never of the quoted words
    ("Police spokesman Dan Ortiz said", "said Reyes, who urged any witness ...": not "witness"), and
    those of them naming a body (past the person's own name, speech verbs and function words)."""
    out: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = defaultdict(list)
    for c in claims:
        if not c.subject:
            continue
        said = _QUOTED.sub(" ", c.sentence)
        words = frozenset(WORD.findall(fold(said)))
        own = frozenset(WORD.findall(fold(c.subject)))
        if re.search(rf"\b(?:for|from|of|at)\s+(?:the\s+)?{re.escape(c.subject)}", said):
            own = frozenset()  # "a spokesman for Harwick Foods": the subject is the body
        rest = frozenset(w for w in words - own if w not in _STOP and w not in SOURCE_WORDS)
        rest -= SPEECH_VERBS
        out[ident.id(c.subject)].append((words, rest))
    return out


def _linked(d: Description, attributions: list[tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Whether a sentence quoting a named person gives them the description ``d``: the witness word
    ("Ana Ruiz, a witness, said"), or a spokesman's word with the same body ("police spokesman Dan
    Ortiz"), or with no body at all ("said Dan Ortiz, a spokesman"); "a spokesman for Harwick Foods"
    is not "a city spokesman"."""
    kind, words = d
    for said, rest in attributions:
        if kind == "witness" and _WITNESS & said:
            return True  # "a witness" / "said Omar Reese, a neighbour who saw it": witness words all
        if (
            kind == "spokes"
            and _SPOKES & said
            and (words & said or _meet(words, rest) or not rest or _of_its_kind(words, rest))
        ):
            return True
    return False


SHORT_FORM = 3
"""Letters at least of a word that is the start of another, its short form ("Met" / "Metropolitan")."""


def _meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of a body's words share one, or one's short form ("met" / "metropolitan")."""
    return bool(a & b) or any(
        (len(x) >= SHORT_FORM and y.startswith(x)) or (len(y) >= SHORT_FORM and x.startswith(y)) for x in a for y in b
    )


_BODY_KINDS = {
    "company": "company companies firm firms business corporation corp group ltd limited plc inc llc holdings",
    "council": "council councils authority borough",
    "ministry": "ministry ministries department",
    "hospital": "hospital hospitals clinic infirmary trust",
    "airline": "airline airlines airways",
    "school": "school schools academy college university",
    "club": "club",
    "agency": "agency",
    "emergency": "police constabulary fire brigade ambulance coastguard rescue sheriff",
}
_BODY_KIND = {w: kind for kind, words in _BODY_KINDS.items() for w in words.split()}
GENERIC_BODIES = frozenset(w for kind, words in _BODY_KINDS.items() if kind != "emergency" for w in words.split())
"""Nouns that say a body only by its kind ("a company spokesman", "a hospital spokeswoman"): such a
spokesman may be the spokesman of a named body of that kind ("a spokesman for Orrick General
Hospital"), or of any named body whose kind its name does not tell ("a spokesman for Harwick Foods")."""


def _of_its_kind(words: frozenset[str], rest: frozenset[str]) -> bool:
    """Whether a description's body words, all generic (``GENERIC_BODIES``), fit the body named in an
    attribution (``rest``): of the same kind, or of a kind its name does not tell."""
    if not words or not words <= GENERIC_BODIES:
        return False
    told = {_BODY_KIND[w] for w in rest if w in _BODY_KIND}
    return not told or bool(told & {_BODY_KIND[w] for w in words})


REPORTED = "reported"
"""The unit of a claim of reported speech (``extract.quotations``: "X said the store would be rebuilt")."""
REPORTED_SHARED = (2, 0.5)
"""(stems, share of the shorter's) a reported clause and a quote of the same named speaker must share
to be one statement, told in other words and quoted."""
REPORTED_SHARED_UNNAMED = (3, 0.6)
"""The same when either names no person (a company's statement, "a spokesman"): more words, since
nothing else says it is one speaker."""
_STOP = frozenset(
    """a an the of to in on at for and or but nor so is are was were be been being am would will shall
    should could can may might must that this these those it its he she they them his her their we
    our us i me my you your him has have had do does did not no by with as from there here than then
    who whom which what when where while if into onto about up out over also just very""".split()
)
STEM = 5
"""Letters of a word kept to compare a paraphrase with a quote ("rebuilt" / "rebuild")."""


def _stems(text_value: str) -> frozenset[str]:
    return frozenset(w[:STEM] for w in text_value.split() if w not in _STOP and not w.isdigit())


_NEGATION = frozenset(
    """not no never nor none nothing nobody neither without cannot cant dont doesnt didnt isnt wasnt arent
    werent wont wouldnt couldnt hasnt havent hadnt shouldnt""".split()
)
"""Words of a negation, as ``quotes.quote_words`` folds them ("didn't" -> didnt)."""
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    million billion dozen dozens""".split()
)
"""Number words ("one" and "half" are left out: "no one", "one of them" count nothing)."""
_ORDINALS = {
    w: f"{v}th" for v, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), start=2)
} | {"2nd": "2th", "3rd": "3th", **{f"{v}th": f"{v}th" for v in range(4, 21)}}
"""Ordinals, read as numbers ("the second floor" / "the 2nd floor" / "the fourth floor"); "first"
is left out ("at first", "first responders" count nothing)."""
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][a-z][\w'’-]*")


_HEDGES = frozenset(
    "probably possibly perhaps likely unlikely might may could allegedly reportedly apparently maybe".split()
)
"""Words that make a statement a guess: kept or left out, the paraphrase says something else."""
_NUMBER_VALUE = {
    w: str(v)
    for v, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"dozen": "12", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100"}


def _cues(c: Claim) -> tuple[bool, bool, frozenset[str], frozenset[str]]:
    """What a paraphrase must keep of what it reports: whether it is negated, whether it is hedged,
    its numbers (words read as digits: "three" is "3"), and the names it gives (capitalised words
    past the first)."""
    words = c.text_value.split()
    negated = any(w in _NEGATION for w in words)
    hedged = any(w in _HEDGES for w in words)
    numbers = frozenset(_NUMBER_VALUE.get(w, w) for w in words if w.isdigit() or (w in _NUMBER_WORDS and w != "one"))
    numbers |= frozenset(
        _ORDINALS[w] for i, w in enumerate(words) if w in _ORDINALS and not _again(w, words[i + 1 : i + 2])
    )
    names = frozenset(fold(m.group()) for m in _CAPITALISED.finditer(c.display))
    return negated, hedged, numbers, names


def _again(ordinal: str, after: list[str]) -> bool:
    """ "the second time" says "again", not a count."""
    return ordinal in ("second", "2nd") and after in (["time"], ["times"])


def _differs(reported: Claim, quoted: Claim) -> str:
    """Why a reported clause and a quote cannot be one statement told two ways, or "": one is negated
    and the other not, they give different numbers, or the clause names a place or person the quote
    does not (a paraphrase keeps what it reports; "12 shots" / "3 shots" is a contradiction); a noun
    in the place of another ("in the kitchen" / "in the garage", ``_slot_swap``); who does what to
    whom turned round ("officers shot the man" / "the man shot at officers", ``_roles_flipped``)."""
    rn, rh, rnum, rnames = _cues(reported)
    qn, qh, qnum, qnames = _cues(quoted)
    if rn != qn:
        return "one is negated"
    if rh != qh:
        return "one is hedged"
    if rnum != qnum:
        return "different numbers"
    if rnames - qnames:
        return "a name only one gives"
    ra, qa = reported.text_value.split(), quoted.text_value.split()
    shared = _stems(reported.text_value) & _stems(quoted.text_value)
    swapped = _slot_swap(ra, qa, shared)
    if swapped:
        return f"another word in the same place: {swapped}"
    flipped = _roles_flipped(ra, qa, shared) or _roles_flipped(qa, ra, shared)
    if flipped:
        return f"the words around {flipped!r} in the other order"
    return ""


_DETERMINERS = frozenset("the a an his her its their our this that these those my your".split())
"""Words before a noun: a content word right after one (past a shared word) names a thing."""


def _content(w: str) -> bool:
    return w not in _STOP and not w.isdigit()


def _slots(words: list[str], shared: frozenset[str]) -> dict[tuple[str, ...], set[str]]:
    """The nouns of a clause that the other side does not give, by their place: (the shared word
    before, the function words between, determiners as "the") -> the last word of each run of such
    words ("set fire to a police car": car). A run right before a shared word only qualifies it ("the
    fire service" / "the emergency services"), unless it tells a side or an order (``_QUALIFIERS``:
    "the back bedroom" / "the front bedroom"): then the key ends with that shared word."""
    out: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for i, w in enumerate(words):
        if not _content(w) or w[:STEM] in shared:
            continue
        j = i - 1
        while j >= 0 and not _content(words[j]):
            j -= 1
        gap = tuple("the" if g in _DETERMINERS else g for g in words[j + 1 : i])
        if j < 0 or not gap or gap[-1] != "the" or words[j][:STEM] not in shared:
            continue
        k = i
        while k + 1 < len(words) and _content(words[k + 1]) and words[k + 1][:STEM] not in shared:
            k += 1
        after = words[k + 1] if k + 1 < len(words) else ""
        if after and _content(after) and after[:STEM] in shared:
            told = _QUALIFIERS.intersection(words[i : k + 1])
            if told:
                out[(words[j][:STEM], *gap, after[:STEM])] |= told
            continue
        out[(words[j][:STEM], *gap)].add(words[k])
    return out


def _slot_swap(a: list[str], b: list[str], shared: frozenset[str]) -> str:
    """ "kitchen / garage" when each side has a noun the other lacks after the same shared word and
    the same function words ("started in the kitchen" / "started in the garage") and the two tell
    things apart (``_tells_apart``), or another side or order before the same noun ("the back bedroom"
    / "the front bedroom"), else ""."""
    sa, sb = _slots(a, shared), _slots(b, shared)
    for key in [k for k in sa if k in sb]:  # in the clause's order, not a set's (the hash seed's)
        if any(_tells_apart(x, y) for x in sa[key] for y in sb[key]):
            return f"{'/'.join(sorted(sa[key]))} / {'/'.join(sorted(sb[key]))}"
    return ""


_QUALIFIERS = frozenset(
    """back front rear left right north south east west northern southern eastern western upper lower
    top bottom inner outer first second third fourth fifth sixth seventh eighth ninth tenth""".split()
)
"""Words before a noun that tell which one of its kind: a side or an order ("the front door", "the
second floor"); another such word before the same noun is another thing."""
_KINDS = {
    "room": """room rooms kitchen bedroom bathroom garage basement cellar attic loft hallway lounge lobby
    stairwell staircase roof garden yard porch balcony corridor""",
    "building": """building buildings house home warehouse shop store factory school church mosque temple
    hotel restaurant bar pub apartment flat barn shed hospital office bank cafe supermarket mall
    library museum stadium theatre theater property premises structure facility""",
    "vehicle": """vehicle vehicles car cars truck lorry van bus coach train tram motorcycle motorbike bike
    bicycle taxi cab suv jeep tractor ambulance""",
}
_KIND = {w: kind for kind, words in _KINDS.items() for w in words.split()}
"""Nouns of a kind whose members are told apart ("in the kitchen" / "in the garage", "a car" / "a
building"): another noun of no kind here in the same place may be the same thing in other words
("the suspect" / "the man", "the weapon" / "the gun"), so it is never taken for a swap."""
GENERIC_NOUNS = frozenset("room rooms building buildings property premises structure facility vehicle vehicles".split())
"""Nouns that say any thing of their kind: one in the place of another noun of that kind is the same
thing told more broadly ("destroyed the warehouse" / "destroyed the building"), not another; in the
place of a noun of another kind ("a police car" / "a building") it is another thing."""
_SAME_THING = [
    frozenset(g.split())
    for g in (
        "truck lorry",
        "house home",
        "motorcycle motorbike bike",
        "taxi cab",
        "shop store",
        "bike bicycle",
        "flat apartment",
        "home flat",
        "home apartment",
        "car taxi",
        "car cab",
        "cellar basement",
    )
]
"""Nouns that name one thing (British and American words, a short form), or a narrower noun and the
broader one that stands in for it ("his home" / "his flat", "the car" / "the taxi"): "house" /
"flat" stay two things."""
_SAME_SIDE = [
    frozenset(g.split())
    for g in (
        "back rear", "front fore", "top upper", "bottom lower",
        "north northern", "south southern", "east eastern", "west western",
    )
]  # fmt: skip
"""Words for one side ("the back door" / "the rear door")."""


def _tells_apart(x: str, y: str) -> bool:
    """Whether two nouns in one place are two things: both of a kind (``_KIND``) and of two kinds, or
    of one kind and neither the kind's generic word nor the same thing in other words."""
    if x in _QUALIFIERS or y in _QUALIFIERS:
        both = x in _QUALIFIERS and y in _QUALIFIERS
        return both and x != y and not any({x, y} <= g for g in _SAME_SIDE)
    kx, ky = _KIND.get(x), _KIND.get(y)
    if kx is None or ky is None:
        return False
    if kx != ky:
        return True
    return not ({x, y} & GENERIC_NOUNS or any({x, y} <= g for g in _SAME_THING))


_PASSIVE_AUX = frozenset("was were is are be been being got get gets getting".split())


def _roles_flipped(a: list[str], b: list[str], shared: frozenset[str]) -> str:
    """A shared word (a verb) whose nearest shared neighbours before and after it in ``a`` stand
    the other way round in ``b`` ("officers shot the man" / "the man shot at officers"), unless
    one side says it in the passive ("the man was shot by officers"): the word, else ""."""

    def order(words: list[str]) -> list[tuple[str, int]]:
        seen: dict[str, int] = {}
        for i, w in enumerate(words):
            if _content(w) and w[:STEM] in shared:
                seen.setdefault(w[:STEM], i)
        return sorted(seen.items(), key=lambda kv: kv[1])

    oa, ob = order(a), order(b)
    at_b = {stem: k for k, (stem, _) in enumerate(ob)}
    for k in range(1, len(oa) - 1):
        p, v, q = oa[k - 1][0], oa[k][0], oa[k + 1][0]
        kv = at_b[v]
        turned = 0 < kv < len(ob) - 1 and ob[kv - 1][0] == q and ob[kv + 1][0] == p
        if turned and not _passive(a, oa[k][1], oa[k + 1][1]) and not _passive(b, ob[kv][1], ob[kv + 1][1]):
            return b[ob[kv][1]]
    return ""


PASSIVE_GAP = 2
"""Words at most between the auxiliary and the verb of a passive ("was fatally shot by", "was later
arrested by")."""


def _passive(words: list[str], at: int, until: int) -> bool:
    """Whether the verb ``words[at]`` is said in the passive: "was shot by", "was fatally shot by",
    "got hit by" (the agent before ``until``)."""
    aux = words[max(0, at - 1 - PASSIVE_GAP) : at]
    return any(w in _PASSIVE_AUX for w in aux) and "by" in words[at + 1 : until]


def _shown(display: str, stems: frozenset[str]) -> list[str]:
    """The words of ``display``, as written, whose stems are among ``stems``, once each, in order."""
    out = []
    for w in re.findall(r"[\w'’-]+", display):
        folded = [spelling(x) for x in WORD.findall(fold(w))]
        if folded and folded[0] not in _STOP and folded[0][:STEM] in stems:
            out.append(w)
    return list(dict.fromkeys(out))


SOURCE_WORDS = frozenset(
    """statement spokesman spokeswoman spokesperson spokespeople official officials source sources
    representative release report""".split()
)
"""Words of an unnamed source that say nothing of whose it is ("a statement from", "a spokesman for")."""


def _body(c: Claim) -> frozenset[str]:
    """The words naming the body an unnamed source speaks for ("a spokesman for Harwick Foods" -> harwick, foods;
    "police" -> police)."""
    if not c.chain:
        return frozenset()
    return frozenset(w for w in WORD.findall(fold(c.chain[0])) if w not in _STOP and w not in SOURCE_WORDS)


def _source(c: Claim, ident: PersonIdentity) -> str:
    """Who a claim's words are given to: the person's id, else the organisation or unnamed source
    folded ("police", "a statement from harwick foods"), else ""."""
    if c.subject:
        return "person:" + ident.id(c.subject)
    return "other:" + fold(c.chain[0]) if c.chain else ""


def _reported_findings(reported: list[Claim], groups: list[list[Claim]], ident: PersonIdentity) -> list[Finding]:
    """Each statement reported in an article's own words (``REPORTED``) beside the quotes of it in
    other articles: **compatible**, one finding per group of quotes and speaker, holding every article
    reporting it alike. The reported words must share stems enough with the quote: ``REPORTED_SHARED``
    when both name one person, else ``REPORTED_SHARED_UNNAMED``; a person on one side and an
    organisation or unnamed source on the other ("police said" / "said Roe, a witness") are two
    sources, never compared (a quote printed with no attribution at all may be anyone's); two bodies
    must share a word of their names. Nothing that one side says and the other contradicts or leaves
    out: negation, numbers, names (``_differs``). Never a conflict: a paraphrase is worded otherwise
    by nature. Quote groups are found through an index of stems, so the cost
    grows with the pairs that share words, not with every pair."""
    if not reported or not groups:
        return []
    by_words: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in sorted(reported, key=lambda c: (c.location.article, c.location.start)):
        by_words[(_source(c, ident), c.text_value)].append(c)
    stems = [_stems(g[0].text_value) for g in groups]
    voices = [{ident.id(c.subject) for c in g if c.subject} for g in groups]
    others = [any(c.chain and not c.subject for c in g) for g in groups]  # an organisation or unnamed source
    bodies = [frozenset().union(*(_body(c) for c in g if c.chain and not c.subject)) for g in groups]
    index: dict[str, list[int]] = defaultdict(list)
    for k, theirs in enumerate(stems):
        for stem in theirs:
            index[stem].append(k)
    joined: dict[tuple[int, str], list[Claim]] = defaultdict(list)  # (quote group, speaker) -> reported
    why: dict[tuple[int, str], tuple[Claim, frozenset[str]]] = {}
    for (source, words), told in by_words.items():
        mine = _stems(words)
        person = source[len("person:") :] if source.startswith("person:") else ""
        hits: Counter[int] = Counter(k for stem in mine for k in index.get(stem, ()))
        best: tuple[tuple[int, float, int], int, frozenset[str]] | None = None
        for k, count in hits.items():
            if count < REPORTED_SHARED[0]:
                continue
            if person and voices[k] and person not in voices[k]:
                continue  # two people
            if (person and not voices[k] and others[k]) or (source.startswith("other:") and voices[k]):
                continue  # a person on one side, an organisation or unnamed source on the other
            if source.startswith("other:") and others[k] and not _body(told[0]) & bodies[k]:
                continue  # two bodies ("police said" / "the ministry said")
            need = REPORTED_SHARED if person and voices[k] else REPORTED_SHARED_UNNAMED
            group = groups[k]
            if articles_of(group) <= articles_of(told):
                continue
            shared = mine & stems[k]
            share = len(shared) / min(len(mine), len(stems[k]))
            if len(shared) < need[0] or share < need[1] or _differs(told[0], group[0]):
                continue
            rank = (len(shared), share, -k)
            if best is None or rank > best[0]:
                best = (rank, k, shared)
        if best is not None:
            _, k, shared = best
            joined[(k, source)].extend(told)
            why.setdefault((k, source), (told[0], shared))
    out = []
    for (k, _), told in sorted(joined.items()):
        group = groups[k]
        x, shared = why[(k, _)]
        quoted = group[0]
        claims = dedupe([*group, *told])
        speaker = _speaker_name(claims, ident)
        if speaker == UNNAMED_SPEAKER and x.chain:
            speaker = x.chain[0]
        reporters = sorted(articles_of(told))
        reporting = ", ".join(reporters) + (" report" if len(reporters) > 1 else " reports")
        out.append(
            make_finding(
                Verdict.COMPATIBLE,
                Severity.NONE,
                ClaimKind.QUOTE,
                speaker,
                claims,
                f"{speaker}: {reporting} in {'their' if len(reporters) > 1 else 'its'} own words what "
                f"{quoted.location.article} quotes (sharing {', '.join(_shown(x.display, shared))})",
                (
                    f"{quoted.location.article} quotes: {quoted.display}",
                    *(f"{c.location.article} reports: {c.display}" for c in dedupe(told)),
                    *ident.explain(c.subject for c in claims if c.subject),
                ),
            )
        )
    return out


QUOTATION_GAP = 2
"""Characters at most between two quotes that are lines of one quotation: the line break (and a
blank line) between a line left open and the next."""


def _whole_quotations(comps: list[list[Claim]], ident: PersonIdentity) -> list[list[Claim]]:
    """Groups of quotes with the same words joined when, in every article they are in (the same
    articles), one group's quote is the line after the other's in one quotation (a quotation of
    several sentences, a line each, printed alike by several articles is one agreement)."""
    ends: dict[tuple[str, int], int] = {}
    for k, comp in enumerate(comps):
        for c in comp:
            ends[(c.location.article, c.location.end)] = k
    parent = list(range(len(comps)))
    find = _finder(parent)
    voice = [{ident.id(c.subject) for c in comp if c.subject} for comp in comps]
    for k, comp in enumerate(comps):
        arts = articles_of(comp)
        before: set[int] | None = None
        for art in sorted(arts):
            here = {
                ends[(art, c.location.start - gap)]
                for c in comp
                if c.location.article == art
                for gap in range(1, QUOTATION_GAP + 1)
                if (art, c.location.start - gap) in ends
            }
            before = here if before is None else before & here
        for j in sorted(before or ()):
            rj, rk = find(j), find(k)
            if rj != rk and articles_of(comps[j]) == arts and len(voice[rj] | voice[rk]) <= 1:
                parent[rk] = rj
                voice[rj] |= voice[rk]
    joined: dict[int, list[Claim]] = defaultdict(list)
    for k, comp in enumerate(comps):
        joined[find(k)].extend(comp)
    return list(joined.values())


COMPATIBLE_VERDICTS = frozenset({"trimmed", "reorder", "notation"})
"""Comparisons (``quotes.compare_quotes``) that make one passage quoted two ways compatible."""


def _rest_of_quotation(claims: list[Claim], agreeing: list[list[Claim]]) -> list[Claim]:
    """The other lines of the quotation two compatible renderings belong to: groups printed alike by
    exactly the same articles whose quote, in each of them, is the line right before or after one of
    ``claims`` (or of a line already taken), within QUOTATION_GAP characters."""
    arts = articles_of(claims)
    taken: list[Claim] = list(claims)
    rest: list[Claim] = []
    left = [comp for comp in agreeing if articles_of(comp) == arts]
    grew = True
    while grew and left:
        grew = False
        for comp in list(left):
            if all(any(_adjacent(c, t) for c in comp if c.location.article == art for t in taken) for art in arts):
                left.remove(comp)
                taken += comp
                rest += comp
                grew = True
    return rest


def _adjacent(a: Claim, b: Claim) -> bool:
    """Whether two quotes of one article are consecutive lines of one quotation."""
    if a.location.article != b.location.article:
        return False
    return (
        0 < b.location.start - a.location.end <= QUOTATION_GAP or 0 < a.location.start - b.location.end <= QUOTATION_GAP
    )


def _differently_worded(
    x: Claim,
    y: Claim,
    claims: list[Claim],
    cmp: QuoteComparison,
    ident: PersonIdentity,
    rest: list[Claim] | None = None,
) -> Finding:
    """One passage quoted with other words (conflict) or another word order or notation (compatible);
    ``x`` and ``y`` are the two quotes compared, ``claims`` both groups' quotes, ``rest`` the other
    lines of their quotation that the same articles print alike (shown with a compatible finding)."""
    rest = rest or []
    speaker = _speaker_name(claims, ident)
    who = ident.explain(c.subject for c in claims if c.subject)
    grouped = _grouped_by(ident.id(x.subject) if x.subject else "", ident.id(y.subject) if y.subject else "", speaker)
    pair = dedupe(claims + rest)
    alike = (
        [f"the rest of the quotation, printed alike: {' / '.join(dict.fromkeys(c.display for c in rest))}"]
        if rest
        else []
    )
    first, second = sorted((x, y), key=lambda c: (c.location.article, c.location.start))

    def compatible(explanation: str, lines: Iterable[str]) -> Finding:
        return make_finding(
            Verdict.COMPATIBLE, Severity.NONE, ClaimKind.QUOTE, speaker, pair, explanation, (*lines, *alike)
        )

    if cmp.verdict == "reorder":
        return compatible(
            f"{speaker}: the same words in another order ({first.display!r} / {second.display!r})",
            (f"{grouped}; partial_ratio {cmp.score:.0f}", *who),
        )
    cmp = compare_quotes(first.display, second.display) or cmp
    details = [
        f"{grouped}; rapidfuzz partial_ratio {cmp.score:.0f}",
        f"{first.location.article}: {first.display}",
        f"{second.location.article}: {second.display}",
    ]
    if cmp.only_first:
        details.append(f"only in {first.location.article}: {cmp.only_first}")
    if cmp.only_second:
        details.append(f"only in {second.location.article}: {cmp.only_second}")
    if cmp.verdict == "trimmed":
        fuller, cut = (first, cmp.only_first) if cmp.only_first else (second, cmp.only_second)
        shorter = second if fuller is first else first
        return compatible(
            f"{speaker}: the same words, {shorter.location.article} quoting them trimmed "
            f"(without {cut!r}, which {fuller.location.article} quotes)",
            (*details, *who),
        )
    if cmp.verdict == "notation":
        return compatible(
            f"{speaker}: the same words, with a number or time written another way: {_diff_text(cmp)}",
            (*details, *who),
        )
    return make_finding(
        Verdict.CONFLICT,
        Severity.MEDIUM,
        ClaimKind.QUOTE,
        speaker,
        pair,
        f"{speaker} quoted with different wording: {_diff_text(cmp)}",
        (*details, *who, *normalisations(pair)),
    )


def _speaker_name(claims: Iterable[Claim], ident: PersonIdentity) -> str:
    """The speaker the articles name (the most often named, then the first), else UNNAMED_SPEAKER."""
    named = Counter(ident.id(c.subject) for c in claims if c.subject)
    if not named:
        return UNNAMED_SPEAKER
    best = max(named.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return ident.name(best)


def _grouped_by(a: str, b: str, speaker: str) -> str:
    """Why two quotes were compared: one speaker, or the words when an article names none."""
    if a and b:
        return f"grouped by speaker {speaker}"
    if a or b:
        return f"grouped by the words quoted: one article names {speaker}, the other no speaker"
    return "grouped by the words quoted (no article names the speaker)"
