"""A nation's economy, told from its capital, is measured across the country.

Economic news filed from a capital ("WASHINGTON — The economy created jobs at a robust pace in
January", "the unemployment rate declined to 4.6 percent") reports a figure of the whole
country: the jobs were created, and the rate fell, across the nation, not in the city the
reporter files from. An event whose acting word is such a measure, owned by no place of its
own ("Chinese growth", "Ohio's jobless rate" are placed by events.homes) nor by anyone ("the
company's exports" are a firm's), takes the country of the capital the dateline names, when
the story names that country itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import (
    ECONOMY,
    StoryHomes,
    actor_of,
    event_word,
    nationality_code,
)
from stories.extraction.events.national_economies import CHANGE_VERBS, implied_country, market_of
from stories.extraction.events.offices import name_words
from stories.extraction.mentions import EventCandidate, PlaceMention

# An economy and the measures of it a government counts for the whole country.
MEASURES = ECONOMY | {
    "joblessness",
    "employment",
    "payroll",
    "payrolls",
    "deficit",
    "surplus",
}
# The rates a government counts or the nation's market sets: "the jobless rate", "interest
# rates". A rate by another name ("the graduation rate", "the infection rate") is an
# institution's or a town's, counted where it is.
NATIONAL_RATES = frozenset(
    {
        "unemployment",
        "jobless",
        "interest",
        "inflation",
        "exchange",
        "mortgage",
        "poverty",
        "participation",
    }
)
_RATES = frozenset({"rate", "rates"})
# "the rate at Howard University", "the rate in the county": a rate of a place or institution.
_LOCAL_PREPOSITIONS = frozenset({"at", "in"})


def measured_nationally(
    event: EventCandidate,
    index: MentionIndex,
    dateline: PlaceMention | None,
    homes: StoryHomes,
    capital: bool,
) -> PlaceMention | None:
    """The country (the story's own mention of it) whose measure the event's actor is, when the
    dateline is that country's capital (`capital`) and the measure is owned by no place, or by
    the capital's own nation named by its nationality ("WASHINGTON — American inflation rose",
    "JAKARTA — The Indonesian currency fell": the gazetteer's country when the story never
    names it, events.national_economies)."""
    if dateline is None or not capital or not dateline.country_code:
        return None
    own = dateline.country_code
    anchor = event_word(event, index)
    actor = actor_of(anchor) if anchor is not None else None
    if anchor is None or actor is None:
        return None
    if not (_a_measure(actor) or _a_market_change(anchor, actor)):
        return None
    nations = {w: nationality_code(w, index) for w in name_words(actor) if _placed(w, index)}
    if any(code != own for code in nations.values()):
        return None  # "Ohio's jobless rate", "Chinese growth": another place's own
    if any(child.dep_ == "poss" for child in actor.children):
        return None  # "the company's exports": a firm's figure, counted where it is
    country = homes.countries.get(own)
    if country is None and nations:
        return implied_country(own, next(iter(nations)))
    return country


def _a_market_change(anchor: Token, actor: Token) -> bool:
    """A nation's currency or market rising or falling: "the Indonesian currency fell"."""
    return anchor.lemma_.lower() in CHANGE_VERBS and market_of(actor) is not None


def _a_measure(actor: Token) -> bool:
    words = name_words(actor)
    if any(w.lemma_.lower() in MEASURES or w.lower_ in MEASURES for w in words):
        return True
    return actor.lemma_.lower() in _RATES and _a_national_rate(actor)


def _a_national_rate(rate: Token) -> bool:
    """Whether a rate is the nation's: a word of its name says so ("the jobless rate", "the
    rate of unemployment"), or, bare and of no place or institution ("the rate for adult
    women"), it follows the story's own national rate ("the unemployment rate held")."""
    if _nationally_named(rate):
        return True
    if any(c.dep_ == "prep" and c.lower_ in _LOCAL_PREPOSITIONS for c in rate.children):
        return False
    return any(t.lemma_.lower() in _RATES and _nationally_named(t) for t in rate.doc[: rate.i])


def _nationally_named(rate: Token) -> bool:
    words = [*name_words(rate)]
    for of in (c for c in rate.children if c.dep_ == "prep" and c.lower_ == "of"):
        words.extend(c for c in of.children if c.dep_ == "pobj")
    return any(w.lemma_.lower() in NATIONAL_RATES or w.lower_ in NATIONAL_RATES for w in words)


def _placed(word: Token, index: MentionIndex) -> bool:
    """A word of the actor naming a place or a people: "Ohio's jobless rate", "Chinese growth"."""
    return word.i in index.place_at or word.ent_type_ in ("GPE", "NORP", "LOC")
