"""A nation's currency, market or economy, named by its nationality, moves in that nation.

Market news names a country's money, shares and economy by its nationality ("the Indonesian
currency has lost 26 percent", "the value of the Thai stock market fell", "the Indian economy
slowed"), often in a report set elsewhere: a round-up of the region filed from Hong Kong, a
story of one capital's markets that glances at its neighbours'. The figure is the country's,
so the change happened in that country, not in the story's setting, dateline or lead.

events.homes places a nation's economy only when the story names the country itself, so the
event joins a place the map already shows. A currency or a stock market has no other point to
stand at, and round-ups name the neighbours' markets by nationality alone; so here, when the
story does not name the country, the event carries the gazetteer's country entry (as
events.seats carries a capital the text never names). Only the market's own change counts: a
verb of rising or falling (`CHANGE_VERBS`) whose subject is the currency, market or economy, or
the value or price of one; what the economy does besides ("slowed, hurting exporters") is done
where its objects are. A "market" is a nation's only as a financial one ("the Thai stock
market", "the German car market"): "the German Christmas market", "the Italian market on Ninth
Street" are stalls in a town. A noun of several nations ("Thai and Indonesian shares") or of a
continent ("Asian markets") has no one country.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.offices import name_words
from stories.extraction.events.seats import implied_place
from stories.extraction.mentions import PlaceMention
from stories.geocoding.places import GazetteerEntry

ECONOMY_CONFIDENCE = 0.5
# A nation's economy and the figures of it counted for the whole country ("Chinese growth"):
# shared with events.homes and events.national_measures, which add their own.
ECONOMY_FIGURES = frozenset({"economy", "growth", "inflation", "unemployment", "gdp"})
# What a country's money and markets are called: the thing whose value changes.
_MARKETS = ECONOMY_FIGURES | {"currency", "bourse"}
# Currencies by their own names, which a nationality ties to one country: "the Malaysian
# ringgit", "the Australian dollar" (not the euro, which no nationality names).
_CURRENCIES = frozenset(
    {
        "dollar", "pound", "ringgit", "rupiah", "baht", "peso", "won", "yen", "yuan", "rupee",
        "lira", "rouble", "ruble", "franc", "krona", "krone", "zloty", "forint", "rand",
        "shekel", "dinar", "real", "mark",
    }
)  # fmt: skip
# What makes a "market" a nation's financial one rather than a street's: "the Thai stock market".
_FINANCIAL = frozenset(
    {
        "stock",
        "bond",
        "equity",
        "currency",
        "money",
        "property",
        "housing",
        "labour",
        "labor",
        "car",
    }
)
# The verbs of rising and falling that a nation's market and a share's price share: "fell",
# "climbed", "eased", "plunged". events.markets reads them too, with its own words of prices.
RISES_AND_FALLS = frozenset(
    {
        "rise", "fall", "gain", "lose", "climb", "drop", "ease", "edge", "decline", "jump",
        "surge", "soar", "rally", "rebound", "dip", "sink", "slide", "slump", "tumble",
        "plunge", "plummet",
    }
)  # fmt: skip
# A market's own change: its value or size rises or falls.
CHANGE_VERBS = RISES_AND_FALLS | frozenset(
    {
        "slow", "shrink", "grow", "weaken", "strengthen", "contract", "expand", "recover",
        "accelerate", "stagnate", "collapse", "crash", "depreciate", "appreciate", "increase",
        "decrease", "double", "hit", "reach",
    }
)  # fmt: skip
# "the value of the X currency", "the price of X stocks": the change is the market's own.
_MEASURES_OF = frozenset({"value", "price", "worth"})


def market_of(actor: Token) -> Token | None:
    """The market noun an actor names: the actor itself ("the Indonesian currency") or the
    noun its value or price is of ("the value of the Indonesian stock market")."""
    if actor.lemma_.lower() in _MEASURES_OF:
        of = next((c for c in actor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        actor = next((c for c in of.children if c.dep_ == "pobj"), actor) if of else actor
    if actor.lemma_.lower() in _MARKETS or actor.lower_ in _CURRENCIES:
        return actor
    if actor.lemma_.lower() == "market" and any(
        c.dep_ == "compound" and c.lemma_.lower() in _FINANCIAL for c in actor.children
    ):
        return actor  # "the Thai stock market", not "the German Christmas market"
    return None


def economy_country(
    anchor: Token,
    actor: Token,
    index: MentionIndex,
    countries: dict[str, PlaceMention],
    nation_of: Callable[[Token], str | None],
) -> PlaceMention | None:
    """The country whose currency, market or economy the verb's subject is, named by a
    nationality: the story's own mention of it, else the gazetteer's country entry carried by
    the event at the nationality's words. `nation_of(word)` reads the country a nationality
    word names. A country the text writes by name ("the U.S. stock market", "Japan's economy")
    is left to events.homes and the market rules (events.markets, events.exchanges)."""
    if anchor.pos_ not in ("VERB", "AUX") or anchor.lemma_.lower() not in CHANGE_VERBS:
        return None  # "the economy slowed, hurting exporters": only the change is the market's
    market = market_of(actor)
    if market is None:
        return None
    if any(c.dep_ == "poss" and c.i not in index.place_at for c in market.children):
        return None  # "the company's market": a firm's, not a nation's
    found = {}
    for word in name_words(market)[1:]:
        code = nation_of(word)
        if code is not None:
            found.setdefault(code, word)
    if len(found) != 1:
        return None  # no nationality, or several: no one country
    ((code, word),) = found.items()
    if code in countries:
        return countries[code]
    return implied_country(code, word)


def country_entry(code: str) -> GazetteerEntry | None:
    """The gazetteer's entry for the country with this ISO code."""
    # Imported here, like every events module's gazetteer: defaults loads the Django models.
    from stories.geocoding.defaults import get_gazetteer

    return get_gazetteer().index.country(code)


def implied_country(code: str, word: Token) -> PlaceMention | None:
    """The gazetteer's country with this ISO code as a place no mention in the text says,
    carried by the event at the nationality word that names it ("the Indonesian currency"),
    or None when the gazetteer has no such country."""
    entry = country_entry(code)
    if entry is None:
        return None
    start = word.idx
    return implied_place(
        entry,
        start,
        start + len(word.text),
        confidence=ECONOMY_CONFIDENCE,
        reason="a nation's market named by its nationality",
    )
