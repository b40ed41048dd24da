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

A move is a price's only when its figure is one: a bare figure ("fell 5 to 286"), points,
pence, cents, a percentage or a sum of money, not a count of things ("added 2,500 workers");
and its subject is a stock, not a person ("Johnson added 12 points") nor a team ("The
Yankees lost 5 to 3"). A market holds only within its report's run: until another market is
named, and while market news keeps coming, each move or trade no more than ``RUN_GAP``
paragraphs after the last paragraph of market news (a word of the trade, a move, a trade); a
market named in one paragraph claims no move told after several paragraphs of other news.

Besides moves and trades, a market's acts are a share or index closing at a price ("Acme
closed at $28.25": a sum of money when the subject is a name), a share listed, delisted or its
trading halted or resumed, and an index moved or left by a figure ("leaving the index within
70 points"). An exchange or index named without a city ("the Big Board") is a market too
(events.exchanges).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import event_word
from stories.extraction.events.national_economies import RISES_AND_FALLS
from stories.extraction.events.sentence_places import pinned
from stories.extraction.mentions import EventCandidate, PlaceMention

# A market report lists its movers in a run of paragraphs of market news, now and then with
# one of other comment between them ("He blamed fears of nationalisation."): two paragraphs
# after the last market news a move is still in the run; further off it is other news.
RUN_GAP = 2

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
# Verbs a price moves by, the common vocabulary of market reports: "fell 5 to 286", "shed 8.5
# pence", "eased 1 to 416", "edged up 2 points".
MOVES = RISES_AND_FALLS | frozenset(
    {"slip", "add", "shed", "advance", "firm", "sag", "skid", "retreat"}
)
# A share's or an index's session ending at a price: "closed at $71.75", "ended at 1,234".
_SETTLES = frozenset({"close", "open", "end", "finish", "settle"})
# A share put onto or taken off an exchange, its trading stopped or restarted.
_LISTINGS = frozenset({"list", "delist", "halt", "suspend", "resume", "relist"})
# Of these, the ones said of a company itself, put on or off an exchange ("Acme was delisted").
_LISTED = frozenset({"list", "delist", "relist"})
# What an index is called when a verb moves it: "pushed the index up", "the Dow average".
_INDEXES = frozenset({"index", "average", "market"})
# Who trades on an exchange, and what they do there: "investors sold", "traders bought";
# placing or filling orders is trading too ("Brokers placed buy orders").
_TRADERS = frozenset({"dealer", "trader", "broker", "investor"})
_TRADES = frozenset({"buy", "sell", "trade", "dump", "unload"})
_ORDERS = frozenset({"order"})
# Words of the trade that keep a market report's run going between its movers: "Volume was
# 840 million shares", "Dealers said the turnover was heavy". Not "price", "market" or
# "issue", common in any news.
_MARKET_TALK = frozenset(
    {"share", "stock", "index", "exchange", "bourse", "trading", "equity", "turnover", "volume"}
    | _TRADERS
)
# What a price figure counts: "shed 47.3 points", "fell 8.5 pence", "rose 3%".
_PRICE_UNITS = frozenset({"point", "pence", "penny", "cent", "percent", "%"})
_PRICE_ENTITIES = frozenset({"MONEY", "PERCENT"})
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


def market_moves(
    events: list[EventCandidate], index: MentionIndex, markets: list[tuple[int, PlaceMention]]
) -> dict[int, PlaceMention]:
    """The exchange each price move or trade happened on, by its event's start: the market the
    report named last before it, while the report's run lasts."""
    placed: dict[int, PlaceMention] = {}
    if not markets:
        return placed
    talk = _market_paragraphs(index)
    named = [(start, index.paragraph_number(start), place) for start, place in markets]
    following = 0
    current: tuple[int, PlaceMention] | None = None  # the market and its paragraph
    for event in sorted(events, key=lambda e: e.start):
        while following < len(named) and named[following][0] <= event.start:
            current = named[following][1:]
            following += 1
        if current is None:
            continue
        anchor = event_word(event, index)
        if anchor is None or not market_act(anchor, index):
            continue
        paragraph = index.paragraph_number(event.start)
        if _in_the_run(current[0], paragraph, talk):
            placed[event.start] = current[1]
    return placed


def _market_paragraphs(index: MentionIndex) -> set[int]:
    """The paragraphs that tell market news: a word of the trade ("shares", "index",
    "turnover", "dealers") or a price move or a trade."""
    return {
        index.paragraph_number(token.idx)
        for token in index.doc
        if (token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in _MARKET_TALK)
        or market_act(token, index)
    }


def _in_the_run(start: int, paragraph: int, talk: set[int]) -> bool:
    """Is ``paragraph`` in the run of market news from ``start``: no more than ``RUN_GAP``
    paragraphs between one paragraph of market news and the next?"""
    last = start
    for number in range(start + 1, paragraph + 1):
        if number in talk or number == paragraph:
            if number - last > RUN_GAP:
                return False
            last = number
    return True


def market_act(verb: Token, index: MentionIndex | None = None) -> bool:
    """What happens on an exchange: a price move, a trade, a close at a price ("Acme closed at
    $28.25"), a share's listing or its trading's halt ("delisted", "trading was halted"), or
    the index moved by a figure ("pushed the index up 72 points")."""
    return (
        price_move(verb, index)
        or trading(verb)
        or _settles_at(verb, index)
        or _listing(verb)
        or _index_moved(verb)
    )


def _settles_at(verb: Token, index: MentionIndex | None) -> bool:
    """A share or an index ending its session at a price: "Acme closed Friday at $71.75", "the
    index ended at 1,234.5" (a sum of money for a share: a person or a race finishes at a
    count or a time, not at a price)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _SETTLES:
        return False
    subject = _subject(verb)
    if subject is None or not (subject.pos_ == "PROPN" or _market_noun(subject)):
        return False
    figures = [
        t
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ == "at"
        for t in child.subtree
        if price_figure(t)
    ]
    if _market_noun(subject) and not _a_player(subject, index):
        return bool(figures)
    return any(t.ent_type_ == "MONEY" for t in figures)


def _listing(verb: Token) -> bool:
    """A share taken onto or off an exchange, or its trading stopped or started again: "the
    shares were to be delisted", "trading was halted", "Acme resumed trading", "Acme was
    delisted". What is listed, halted or resumed must be a share or its trading (a market
    noun), or a company put on or off a list ("was delisted"): a company halting its own work
    ("Acme suspended deliveries") or a person listing things is no act of the market."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _LISTINGS:
        return False
    subject = _subject(verb)
    if subject is not None and (_market_noun(subject) or subject.lower_ == "trading"):
        return True  # "trading in Acme was halted": the parser reads the gerund as a verb
    if any(c.dep_ == "dobj" and _market_noun(c) for c in verb.children):
        return True
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return (
        passive
        and verb.lemma_.lower() in _LISTED
        and subject is not None
        and subject.pos_ == "PROPN"
    )


def _subject(verb: Token) -> Token | None:
    """The verb's subject, through the verbs it completes ("were to be delisted") and a
    relative pronoun's noun ("Nordbank stock, which ended the day at $12": the stock)."""
    word = verb
    for _ in range(4):
        subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.tag_ in ("WDT", "WP") and word.dep_ == "relcl":
                return word.head
            return subject
        if word.dep_ not in ("xcomp", "ccomp") or word.head is word:
            return None
        word = word.head
    return None


def _index_moved(verb: Token) -> bool:
    """An index or a market moved, or left, by a figure: "pushing the index up 72.24 points",
    "leaving the index within 70 points of its record"."""
    if verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _INDEXES for c in verb.children):
        return False
    return any(
        price_figure(t)
        for child in verb.children
        if child.dep_ in ("prep", "advmod", "prt", "npadvmod", "oprd", "ccomp")
        for t in child.subtree
    )


def price_move(verb: Token, index: MentionIndex | None = None) -> bool:
    """A share's or an index's price rising or falling by a figure: "Nordbank fell 5 to 286",
    "the index shed 47.3 points" (a year or an hour is no figure: "lost out in 2013"; a
    company's profit or sales that rose is no price: "sales fell 5% to $3 billion"; nor is a
    count of things, "added 2,500 workers", or what a person or a team scored)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in MOVES:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or _market_noun(subject)):
        return False
    if _a_player(subject, index):
        return False
    return any(
        price_figure(t)
        for child in verb.children
        if child.dep_ in _FIGURE_DEPS
        for t in child.subtree
    )


def _a_player(subject: Token, index: MentionIndex | None) -> bool:
    """One of the story's people ("Johnson added 12 points") or a team, a plural name after
    "the" ("The Yankees lost 5 to 3"): they score, they have no price."""
    if index is not None and subject.i in index.person_at:
        return True
    return subject.tag_ == "NNPS" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children
    )


def price_figure(token: Token) -> bool:
    """A number that is a price or a price's change: bare ("fell 5 to 286"), a sum of money or
    a percentage, or a count of points, pence or cents; not a date or a time, and not a count
    of things ("2,500 workers")."""
    if token.tag_ != "CD" or token.ent_type_ in ("DATE", "TIME"):
        return False
    if token.ent_type_ in _PRICE_ENTITIES:
        return True
    number = token
    while number.dep_ in ("quantmod", "compound") and number.head.tag_ == "CD":
        number = number.head  # "11 million shares": the whole number counts the noun
    if number.dep_ != "nummod" or number.head.pos_ not in ("NOUN", "PROPN"):
        return True
    return number.head.lemma_.lower() in _PRICE_UNITS or number.head.lower_ in _PRICE_UNITS


def trading(verb: Token) -> bool:
    """A market's traders buying or selling: "investors sold", "dealers placed buy orders"."""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() not in _TRADES and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ORDERS for c in verb.children
    ):
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
