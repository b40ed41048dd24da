"""Where a share trades when the report names its exchange or index, not a city.

Business news names the market by its exchange or its index ("delisted from the New York
Stock Exchange", "closed at $71.75 in Big Board composite trading", "pushed the Nikkei up 2%",
"the FTSE 100 fell 30 points") and seldom says the city it is in; the recogniser reads the
name as an organisation, so no place mention stands for it. The exchanges' and indexes' cities
are facts of the world: a short table (`EXCHANGES`) gives them. A name the exchange shares
with other things is taken only where it stands for the market: "Amex" is mostly American
Express (only "American Stock Exchange" counts), "Dow Jones" only before "industrial(s)",
"average" or "index" (not "Dow Jones Newswires"), "Nikkei" not before "newspaper", "business
daily", "Asia(n)", "Shimbun" or "reported" (the newspaper). Such a name is a market as
"London shares" is one (events.markets): the price moves and trades told after it, in the
report's run, happened there. An act of the market that the clause tells of the exchange
itself, in the sentence naming it and no other market (listed, delisted, halted, resumed,
closed at a price, a move of the index), happened there, as a place the clause states: an
analyst's city in the same sentence is not where the share closed. A company's other news
that merely mentions where it is listed ("Acme, whose shares trade on Nasdaq, said profit
rose") is no market act and takes nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import event_word
from stories.extraction.events.markets import market_act
from stories.extraction.events.seats import gazetteer_entry, implied_place
from stories.extraction.events.share_dealings import dealt_securities
from stories.extraction.mentions import EventCandidate, PlaceMention
from stories.literal_gate import fold, may_match, required_strings

EXCHANGE_CONFIDENCE = 0.5
# As sure as the owner it replaces: the clause names the index (events.placing's "owner").
OWNED_CONFIDENCE = 0.6
_NEW_YORK, _LONDON, _TOKYO, _PARIS = 5128581, 2643743, 1850147, 2988507
# The major exchanges and share indexes by the names news writes them with, and the GeoNames
# id of the city each trades in (a fact of the world, not of any one story).
EXCHANGES: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        re.compile(
            r"\b(?:New York Stock Exchange|NYSE|Big Board|Nasdaq|NASDAQ"
            r"|American Stock Exchange"
            r"|Dow Jones (?:[Ii]ndustrial|[Tt]ransportation|[Uu]tility) [Aa]verage"
            r"|Dow Jones(?= (?:[Ii]ndustrials?|[Aa]verage|[Ii]ndex)\b)"
            r"|Dow [Ii]ndustrials|Standard (?:&|and) Poor's 500|S&P 500)\b"
        ),
        _NEW_YORK,
    ),
    (
        re.compile(
            r"\b(?:Tokyo Stock Exchange|Topix|TOPIX"
            r"|Nikkei(?! (?:newspaper|[Bb]usiness [Dd]aily|Asia|Shimbun|report)))\b"
        ),
        _TOKYO,
    ),
    (
        re.compile(
            r"\b(?:London Stock Exchange|FTSE(?: 100)?|FT-SE(?: 100)?"
            r"|Financial Times-Stock Exchange)\b"
        ),
        _LONDON,
    ),
    (re.compile(r"\b(?:Paris (?:Bourse|[Ss]tock [Ee]xchange)|CAC[- ]40)\b"), _PARIS),
    (re.compile(r"\b(?:Frankfurt (?:[Ss]tock )?[Ee]xchange|DAX)\b"), 2925533),
    (re.compile(r"\b(?:Hong Kong Stock Exchange|Hang Seng)\b"), 1819729),
    (re.compile(r"\b(?:Toronto Stock Exchange|TSX)\b"), 6167865),
    (re.compile(r"\bShanghai (?:Composite|[Ss]tock [Ee]xchange)\b"), 1796236),
    (re.compile(r"\bShenzhen (?:Component|[Ss]tock [Ee]xchange)\b"), 1795565),
    (re.compile(r"\b(?:Kospi|KOSPI|Korea Exchange)\b"), 1835848),
    (re.compile(r"\b(?:Sensex|Bombay Stock Exchange|National Stock Exchange of India)\b"), 1275339),
    (re.compile(r"\b(?:S&P/ASX 200|Australian Securities Exchange)\b"), 2147714),
    (re.compile(r"\b(?:Straits Times Index|Singapore Exchange)\b"), 1880252),
    (re.compile(r"\b(?:Zurich Stock Exchange|Swiss Market Index)\b"), 2657896),
    (
        re.compile(r"\b(?:Chicago (?:Mercantile Exchange|Board (?:of Trade|Options Exchange)))\b"),
        4887398,
    ),
)


# What each name's pattern cannot match without (stories/literal_gate.py): most stories name
# no exchange, and one pass for a word is cheaper than a pattern tried at every character.
_EXCHANGE_NEEDS = [required_strings(pattern) for pattern, _ in EXCHANGES]


def exchange_places(index: MentionIndex) -> list[tuple[int, PlaceMention]]:
    """The story's mentions of an exchange or index by its name, as (character offset, the
    city it trades in), in text order; a name whose city the story already mentions as a
    place ("the Tokyo Stock Exchange") is left to events.markets."""
    found: list[tuple[int, PlaceMention]] = []
    folded = fold(index.text)
    for (pattern, geonames_id), need in zip(EXCHANGES, _EXCHANGE_NEEDS, strict=True):
        if not may_match(need, folded):
            continue  # the name cannot be in the text: the scan would find nothing
        for match in pattern.finditer(index.text):
            if match.start() < index.dateline_end:
                continue
            span = index.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in index.place_at for t in span):
                continue
            entry = gazetteer_entry(geonames_id)
            if entry is None:
                continue
            place = implied_place(
                entry,
                match.start(),
                match.end(),
                confidence=EXCHANGE_CONFIDENCE,
                reason="the city of the exchange or index the article names",
            )
            found.append((match.start(), place))
    return sorted(found, key=lambda found_at: found_at[0])


def exchange_acts(
    events: list[EventCandidate], index: MentionIndex, exchanges: list[tuple[int, PlaceMention]]
) -> dict[int, PlaceMention]:
    """The exchange each market act happened on whose sentence names that exchange ("delisted
    from the New York Stock Exchange", "closed at $71.75 in Big Board trading"), by its event's
    start; a sentence naming two markets says of neither."""
    placed: dict[int, PlaceMention] = {}
    for event in events:
        anchor = event_word(event, index)
        if anchor is None:
            continue
        dealt = dealt_securities(anchor)
        if dealt is not None and not market_act(anchor, index):
            # "bought all shares tendered on the Paris Stock Exchange": the shares' own phrase
            named = [p for start, p in exchanges if any(a <= start < b for a, b in dealt)]
            if len({p.geonames_id for p in named}) == 1:
                placed[event.start] = named[0]
            continue
        if not market_act(anchor, index):
            continue
        # The act's sentence: "closed at $41.50, down 25 cents, in Big Board composite
        # trading" runs past the event's span, and its phrase hangs where the parser puts it.
        sentence = anchor.sent
        first = min(event.start, sentence.start_char)
        last = max(event.end, sentence.end_char)
        named = [p for start, p in exchanges if first <= start < last]
        if len({p.geonames_id for p in named}) == 1:
            placed[event.start] = named[0]
    return placed


def over_owners(
    events: list[EventCandidate], acts: dict[int, PlaceMention]
) -> list[EventCandidate]:
    """Market acts whose own place is only the country owning the index ("Japan's Nikkei
    fell 0.5%", "China's Shanghai Composite slumped") moved on that country's exchange: its city
    (`acts`, from exchange_acts) is where, the owner country only whose market it is."""
    moved = []
    for event in events:
        city, own = acts.get(event.start), event.place
        source = event.provenance.get("place", {}).get("source")
        if (
            city is not None
            and own is not None
            and source == "owner"
            and own.kind == "country"
            and own.country_code == city.country_code
        ):
            place = {"source": "exchange", "confidence": OWNED_CONFIDENCE, "text": city.text}
            event = replace(event, place=city, provenance={**event.provenance, "place": place})
        moved.append(event)
    return moved
