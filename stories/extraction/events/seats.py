"""Where a national body sits: "the House concluded its hearing" happened in Washington.

News names a government's institutions by their building or chamber ("the White House said",
"testified before the House committee", "the Kremlin denied", "Downing Street confirmed") and
seldom says the capital they sit in. What such a body does as a body, it does at its seat. A
short table of institutions whose name says which country's they are gives that seat; the rule
applies only in a story that names that country or a place in it (a "Senate" elsewhere is a
state's, a "Congress" a party's), and only to the body that acts ("the Kremlin denied", "House
Democrats voted") or where the event is held ("testified before the House committee", "a vote
in the Senate"), not to a body that is only talked about ("criticised the House inquiry").

The seat is the story's own mention of that capital when it names it, so the event joins the
place the map already shows; otherwise it is the gazetteer's entry for the capital, carried by
the event alone (no mention in the text says it) and stored as the story's place of that name:
see `_capital` and stories.extraction.store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.mentions import EventCandidate, PlaceMention
from stories.geocoding.places import GazetteerEntry

SEAT_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Seat:
    country_code: str
    geonames_id: int  # the capital's GeoNames id


_WASHINGTON = Seat("US", 4140963)
_LONDON = Seat("GB", 2643743)
# Institutions whose name alone says whose they are, by the words news writes them with.
SEATS: tuple[tuple[re.Pattern[str], Seat], ...] = (
    (
        re.compile(
            r"\b(?:White House|Pentagon|Capitol Hill|U\.?S\.? Capitol|Oval Office"
            r"|(?<!National )Congress(?! [Pp]arty)"
            r"|House of Representatives|(?:U\.?S\.?|United States) (?:House|Senate)"
            r"|(?:House|Senate) (?:[A-Z][a-z]+ )*Committee|House (?:Democrats|Republicans)"
            r"|Senate (?:Democrats|Republicans))\b"
        ),
        _WASHINGTON,
    ),
    (re.compile(r"\b(?:Downing Street|Whitehall|House of Commons|House of Lords)\b"), _LONDON),
    (re.compile(r"\b(?:Kremlin|State Duma)\b"), Seat("RU", 524901)),
    (re.compile(r"\bBundestag\b"), Seat("DE", 2950159)),
    (re.compile(r"\bKnesset\b"), Seat("IL", 281184)),
    (re.compile(r"\b(?:Élysée|Elysee) Palace\b"), Seat("FR", 2988507)),
    (re.compile(r"\bZhongnanhai\b"), Seat("CN", 1816670)),
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Prepositions that put an event in a body's chamber: "before the committee", "in Congress".
_CHAMBER_PREPOSITIONS = frozenset({"before", "in", "at", "inside", "on", "by"})
_NAME_DEPS = frozenset({"compound", "amod", "poss", "nmod", "prep", "pobj"})


def seat_of(
    event: EventCandidate, index: MentionIndex, places: list[PlaceMention]
) -> PlaceMention | None:
    """The seat of the national body that acts in the event or holds it, as the story's
    mention of that capital or an implied place; None when the clause has no such body or the
    story never names the body's country."""
    clause = index.text[event.start : event.end]
    for pattern, seat in SEATS:
        for match in pattern.finditer(clause):
            start = event.start + match.start()
            span = index.doc.char_span(start, event.start + match.end(), alignment_mode="expand")
            if span is None or any(t.i in index.place_at for t in span):
                continue
            if _a_state_s(span, index):
                continue  # "the Indiana House Education Committee", "the state Senate"
            if not _takes_part(span.root, event, index):
                continue
            if not any(p.country_code == seat.country_code and p.latitude for p in places):
                continue
            return _seat_place(seat, places, start, start + len(match.group()))
    return None


def written_seats(index: MentionIndex, places: list[PlaceMention]) -> dict[str, PlaceMention]:
    """The seats of government the story writes, by country code ("the Kremlin said": Moscow),
    at their first mention: where that country's head acts at home when the story names no
    capital (events.homes)."""
    found: dict[str, PlaceMention] = {}
    for pattern, seat in SEATS:
        if seat.country_code in found:
            continue
        for match in pattern.finditer(index.text):
            span = index.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(t.i in index.place_at for t in span):
                continue
            if _a_state_s(span, index):
                continue
            place = _seat_place(seat, places, match.start(), match.end())
            if place.latitude is not None:
                found[seat.country_code] = place
            break
    return found


def _a_state_s(span, index: MentionIndex) -> bool:
    """Whether the chamber is a state's or a province's: "state Senate", "Indiana House"."""
    if span.start == 0:
        return False
    before = index.doc[span.start - 1]
    place = index.place_at.get(before.i)
    return before.lower_ in ("state", "provincial") or (
        place is not None and place.kind != "country"
    )


def _takes_part(word: Token, event: EventCandidate, index: MentionIndex) -> bool:
    """Whether the body acts in the event or holds it: the subject ("the House voted", "House
    Democrats grilled"), the agent, the chamber it is in ("before the House committee"), or
    the event noun's own body ("the Senate vote")."""
    noun = word
    while noun.dep_ in _NAME_DEPS and noun.head != noun and noun.dep_ != "pobj":
        noun = noun.head
    if noun.dep_ in _SUBJECTS:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in _CHAMBER_PREPOSITIONS:
        return True
    trigger = event.trigger.split()[0] if event.trigger else ""
    return noun.lemma_.lower() == trigger


def _seat_place(seat: Seat, places: list[PlaceMention], start: int, end: int) -> PlaceMention:
    for place in places:
        if place.geonames_id == seat.geonames_id:
            return place  # the story names the capital itself
    return _capital(seat.geonames_id, start, end)


def _capital(geonames_id: int, start: int, end: int) -> PlaceMention:
    """The capital as an implied place at the body's words (`start`, `end`)."""
    return implied_place(
        gazetteer_entry(geonames_id),
        start,
        end,
        confidence=SEAT_CONFIDENCE,
        reason="the seat of a national body the article names",
    )


def implied_place(
    entry: GazetteerEntry, start: int, end: int, *, confidence: float, reason: str
) -> PlaceMention:
    """A place no mention in the text says, carried by an event at the words that imply it
    (`start`, `end`): the gazetteer's entry with the resolution the store keeps on the story's
    place. Shared by the seats of national bodies and the towns organisations are named for
    (org_towns), so both are stored alike."""
    from stories.extraction.entities import specificity
    from stories.geocoding.disambiguation import Resolution

    resolution = Resolution(
        name=entry.name,
        latitude=entry.latitude,
        longitude=entry.longitude,
        geonames_id=entry.geonames_id,
        kind=entry.kind,
        country_code=entry.country_code,
        confidence=confidence,
        status="resolved",
        reason=reason,
        radius_km=None,
    )
    return PlaceMention(
        text=entry.name,
        start=start,
        end=end,
        name=entry.name,
        kind=entry.kind,
        specificity=specificity(entry.kind),
        country_code=entry.country_code,
        latitude=entry.latitude,
        longitude=entry.longitude,
        geonames_id=entry.geonames_id,
        confidence=confidence,
        resolution=resolution,
    )


@lru_cache(maxsize=256)
def gazetteer_entry(geonames_id: int) -> GazetteerEntry | None:
    """The gazetteer's entry for a GeoNames id (cached: the rules ask for a few ids often)."""
    from stories.geocoding.defaults import get_gazetteer

    return get_gazetteer().index.place(geonames_id)
