"""Where a share's price moves: on the exchange the market report is covering.

A market round-up names an exchange by its city ("London share prices closed lower", "the
Tokyo stock index fell", "In Frankfurt, stocks rose") and then lists the day's movers with
figures and no place ("Norsk Steel slipped 1.7 to 123.5", "Nordbank eased 1 to 416") and
what its traders did ("dealers placed buy orders"). Each move happened on that exchange, until
the report turns to another market. The clause's own place, or one its sentence states, still
decides first (events.placing); a mover's nationality ("British Steel") says nothing of where
it trades. A move is a verb of rising or falling whose subject is a name or a market noun (not
"sales" or "profit") with a figure (not a year) among its objects or prepositions ("lost out on
the listing in 2013" is none); a market is a pinned place below a country that names a market
noun ("London shares", "the Tokyo stock price index") or is where one trades ("stocks closed
lower in Tokyo"), and not a list of several ("closed lower in Paris, Zurich").
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import event_word
from stories.extraction.events.sentence_places import pinned
from stories.extraction.mentions import EventCandidate, PlaceMention

# What trades on an exchange, or the exchange itself: "London shares", "the Tokyo market".
_MARKET_NOUNS = frozenset(
    {
        "share",
        "stock",
        "price",
        "market",
        "index",
        "exchange",
        "bourse",
        "trading",
        "equity",
        "issue",
    }
)
# Verbs a price moves by: "fell 5 to 286", "shed 8.5 pence", "eased 1 to 416".
_MOVES = frozenset(
    {
        "fall",
        "rise",
        "drop",
        "ease",
        "skid",
        "shed",
        "gain",
        "slip",
        "climb",
        "advance",
        "decline",
        "add",
        "lose",
        "jump",
        "tumble",
        "plunge",
        "slide",
        "edge",
        "firm",
        "soar",
        "sink",
        "retreat",
        "rally",
    }
)
# Who trades on an exchange, and what they do there: "Dealers placed heavy buy orders".
_TRADERS = frozenset({"dealer", "trader", "broker", "investor"})
_TRADES = frozenset({"buy", "sell", "place", "trade", "dump", "unload"})
_NAME_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
_FIGURE_DEPS = frozenset({"dobj", "npadvmod", "prep", "advmod", "nummod", "quantmod"})


def market_places(index: MentionIndex) -> list[tuple[int, PlaceMention]]:
    """The story's mentions of an exchange by its city, as (character offset, place), in text
    order."""
    found: list[tuple[int, PlaceMention]] = []
    for position, place in sorted(index.place_roots.items()):
        if not pinned(place) or place.kind == "country" or place.start < index.dateline_end:
            continue
        root = index.doc[position]
        if any(c.dep_ == "conj" for c in root.children) or root.dep_ == "conj":
            continue  # "closed lower in Paris, Zurich and Milan": no one market
        if _names_a_market(root) or _where_one_trades(root):
            found.append((place.start, place))
    return found


def market_of(
    event: EventCandidate, index: MentionIndex, markets: list[tuple[int, PlaceMention]]
) -> PlaceMention | None:
    """The exchange a price move happened on: the market the report named last before it."""
    if not markets:
        return None
    anchor = event_word(event, index)
    if anchor is None or not (price_move(anchor) or trading(anchor)):
        return None
    last = bisect_right([start for start, _ in markets], event.start) - 1
    return markets[last][1] if last >= 0 else None


def price_move(verb: Token) -> bool:
    """A share's or an index's price rising or falling by a figure: "Nordbank fell 5 to 286",
    "the index shed 47.3 points" (a year or an hour is no figure: "lost out in 2013"; a
    company's profit or sales that rose is no price: "sales fell 5% to $3 billion")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _MOVES:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or _market_noun(subject)):
        return False
    return any(
        t.tag_ == "CD" and t.ent_type_ not in ("DATE", "TIME")
        for child in verb.children
        if child.dep_ in _FIGURE_DEPS
        for t in child.subtree
    )


def trading(verb: Token) -> bool:
    """A market's traders buying or selling: "dealers placed buy orders", "investors sold"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TRADES:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _TRADERS for c in verb.children)


def _names_a_market(word: Token) -> bool:
    """A place naming a market noun: "London shares", "London share prices", "the Tokyo
    stock price index", "London's stock exchange"."""
    while word.dep_ in _NAME_DEPS and word.head is not word:
        word = word.head
        if _market_noun(word):
            return True
    return False


def _where_one_trades(word: Token) -> bool:
    """A place a market noun is in, or a market noun's verb happens in: "trading in Tokyo",
    "In Tokyo, stocks closed lower"."""
    if word.dep_ != "pobj" or word.head.lower_ not in ("in", "on"):
        return False
    holder = word.head.head
    if _market_noun(holder):
        return True
    return any(c.dep_ == "nsubj" and _market_noun(c) for c in holder.children)


def _market_noun(word: Token) -> bool:
    return word.pos_ in ("NOUN", "PROPN") and word.lemma_.lower() in _MARKET_NOUNS
