"""A town written as the head words of a longer name, or as a modifier, is a place mention.

WHY: local news names its town most often inside the name of one of the town's bodies ("the
Athens Police Department arrested", "Alachua County Sheriff's Office spokesman", "early voting
for the Gainesville City Elections") or as a modifier of a local noun ("a Gainesville
restaurant was robbed"). The recogniser reads the whole name as an organisation (or a place the
gazetteer lacks) and the lone modifier as a person, so the story's town is never a place and
its events are left unplaced. LGL's gold marks the town inside such names (on its first 70 %:
before "Police" 41 times of 44, "City" 41 of 45, "Fire" 14 of 14, "Public" 10 of 10).

The class: a run of capitalised words whose first words are a town or a county the gazetteer
knows by its own name (not a country's or a state's: "the Nigeria Police" is a national body),
and whose next word is one of a town's or a county's public bodies or
offices (INSTITUTION_WORDS), is that place; so is a known town between a determiner and a
lower-case local noun (LOCAL_NOUNS: an establishment or a local role). Not a team, a paper or a
brand named for a city ("the Boston Red Sox", "the Washington Post": the next word is no body),
not a word of a longer name ("University of Georgia Police": the run is "of" a name), not a
person's name ("Investigator Bill Carlow" is followed by no body).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from stories.extraction import place_cues as cues
from stories.extraction.determiners import (
    DEFINITE_DETERMINERS,
    INDEFINITE_ARTICLES,
    POSSESSIVE_DETERMINERS,
)
from stories.extraction.mentions import PlaceMention
from stories.geocoding.gazetteer import OfflineGazetteer

# Capitalised words naming a town's or a county's public body or office after the town: "the
# Athens Police Department", "Bloomfield Town Council", "Alachua County Sheriff's Office". Not
# "County", "Parish" or "Township" (they make the name a division's own, which the gazetteer
# reads whole), not "State", "University", "High", "School", "Court" (teams, colleges, single
# schools, streets), not "Health" ("Palmetto Health": a hospital group named for a state's
# nickname), nor "Superior" or "Circuit" (a county's court written with the county's bare name,
# "Middlesex Superior Court", which a namesake town would take).
INSTITUTION_WORDS = frozenset(
    {"Police", "Sheriff", "Fire", "Volunteer", "City", "Town", "Department", "Public",
     "Municipal", "Council", "Commission", "Board", "Jail", "Courthouse", "Chamber", "District",
     "Parks", "Housing", "Utilities", "Library", "Coroner", "Emergency", "Planning", "Zoning",
     "Schools", "Mayor", "Senior", "Democratic", "Republican", "Transit", "Water", "Community"}
)  # fmt: skip
# "City" and "Town" after a name make a body's name only before one of the town's offices
# ("the Tupelo City Council", "Greer City Hall"): "Harbor City", "Emerald City Players" are a
# place's or a troupe's own name.
CITY_WORDS = frozenset({"City", "Town"})
CIVIC_AFTER_CITY = frozenset(
    {"Council", "Commission", "Commissioner", "Commissioners", "Hall", "Manager", "Attorney",
     "Clerk", "Elections", "Election", "Schools", "Police", "Marshal", "Court", "Board",
     "Councilman", "Councilwoman", "Administrator", "Engineer", "Treasurer", "Auditor",
     "Utilities", "Park", "Parks", "Committee"}
)  # fmt: skip
# Lower-case nouns a town's name modifies after a determiner, saying the thing or the person is
# the town's: "a Gainesville restaurant", "the Dublin company", "an Athens attorney". Kinds of
# local establishment and of local role, not "family" ("the Jones family"), "administration"
# ("the Bush administration"), a maker's "plant" or "dealership", nor what a chain, a college or a
# maker names: "hotel" ("a Hilton hotel"), "student" ("a Harvard student").
LOCAL_NOUNS = frozenset(
    {"restaurant", "store", "shop", "business", "businesses", "company", "firm", "bank",
     "bar", "church", "school", "hospital", "clinic", "library", "neighborhood",
     "neighbourhood", "area", "park", "couple", "attorney", "lawyer", "doctor", "dentist",
     "businessman", "businesswoman", "developer", "contractor", "landlord", "homeowner",
     "motorist", "driver", "council", "commission", "officials",
     "official", "department", "agency", "district", "jail", "mall", "spokesman",
     "spokeswoman", "dispatcher", "firefighter", "sheriff", "citizen", "citizens",
     "taxpayers", "voters", "apartment", "residence", "office"}
)  # fmt: skip
_BODY_WORDS = INSTITUTION_WORDS | CIVIC_AFTER_CITY
# Buildings a body works in: "the Anderson County Jail", "the Henderson County Courthouse" is
# where an event happened (a venue, estimated beside the story's places, and said in its title),
# so a name ending in one is not cut back to its county or town.
VENUE_WORDS = frozenset({"Jail", "Courthouse", "Library", "Hall", "Center", "Centre", "Park"})
_DETERMINERS = INDEFINITE_ARTICLES | DEFINITE_DETERMINERS | POSSESSIVE_DETERMINERS
_LEADING = frozenset({"The", "A", "An"})
_HEAD_LIMIT = 3  # words of a town's name: "Salt Lake City", "Kansas City"


def _capitalised(token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper)


def _known(gazetteer: OfflineGazetteer, span: Span) -> bool:
    return cues.plausible(span) and cues.populated(cues.trusted(gazetteer, span.text))


def _local(gazetteer: OfflineGazetteer, span: Span) -> bool:
    """A town or a county, never a country's or a state's own name: a national or a state body
    ("the Nigeria Police", "the Georgia Department of Transportation") acts anywhere in it."""
    if not cues.plausible(span):
        return False
    candidates = cues.trusted(gazetteer, span.text)
    if any(c.place.kind in ("country", "admin1", "region") for c in candidates):
        return False
    return any(
        c.place.kind == "admin2" or c.place.population >= cues.MIN_POPULATION for c in candidates
    )


def institution_head(span: Span, gazetteer: OfflineGazetteer) -> Span | None:
    """The place that opens a capitalised name when a body's word follows it ("Athens" of "the
    Athens Police Department", "Kansas City" of "Kansas City Council"), the longest such."""
    start = span.start + 1 if span[0].text in _LEADING and len(span) > 1 else span.start
    doc = span.doc
    end = span.end
    for size in range(min(_HEAD_LIMIT, end - start - 1), 0, -1):
        head = doc[start : start + size]
        if not all(_capitalised(t) for t in head) or head[0].text in _BODY_WORDS:
            continue  # "a Police Department spokesman": no town opens it (a Polish one bears it)
        if _a_body_after(doc, start + size, end) and _local(gazetteer, head):
            return head
    return None


def _a_body_after(doc: Doc, i: int, end: int) -> bool:
    """Does token ``i`` open a body's name ("Police Department", "City Council")?"""
    word = doc[i].text
    if word in CITY_WORDS:
        return i + 1 < end and doc[i + 1].text in CIVIC_AFTER_CITY
    return word in INSTITUTION_WORDS


def _run_from(doc: Doc, start: int) -> Span:
    """The capitalised words from ``start`` (a possessive ending inside: "Sheriff's Office")."""
    end = start
    while end < len(doc) and (_capitalised(doc[end]) or doc[end].tag_ == "POS"):
        end += 1
    return doc[start:end]


def _inside_a_longer_name(doc: Doc, start: int) -> bool:
    """Is the run "of" a capitalised name before it ("University of Georgia Police")?"""
    return start >= 2 and doc[start - 1].lower_ == "of" and _capitalised(doc[start - 2])


def institution_spans(doc: Doc, gazetteer: OfflineGazetteer) -> Iterator[Span]:
    """Towns and counties opening the names of their bodies and offices."""
    i = 0
    while i < len(doc):
        token = doc[i]
        if not _capitalised(token) or (i > 0 and _capitalised(doc[i - 1])):
            i += 1
            continue
        run = _run_from(doc, i)
        if len(run) >= 2 and not _inside_a_longer_name(doc, i):
            head = institution_head(run, gazetteer)
            if head is not None:
                yield head
        i = run.end


def _a_makers_name(name: Span) -> bool:
    from stories.extraction.vehicle_models import MAKERS  # it reads entities, which reads us

    return re.fullmatch(MAKERS, name.text) is not None


def modifier_spans(doc: Doc, gazetteer: OfflineGazetteer) -> Iterator[Span]:
    """A town between a determiner and a local noun: "a Gainesville restaurant".

    Any populated place the gazetteer knows by its own name, a state or a country too ("a Texas
    restaurant", "a Nigeria official" where the NER reads an organisation): unlike a body's name
    (`institution_head`, towns and counties only, since a state's body acts anywhere in it),
    what a state or country modifies stands in it. Keeping only towns (`_local`) also drops a
    town whose name is a state's too ("the Alexandria area", "the Krasnodar area": LGL gold
    places); on dev it changed no event and no LGL toponym, so the wider test stays."""
    for token in doc:
        if token.lower_ not in LOCAL_NOUNS or not token.is_lower or token.i < 2:
            continue
        if token.dep_ == "compound":
            continue  # "a Chiefland bar brawl": the noun describes another, the happening
        name = cues.name_before(doc, token.i)
        if name is None or name.start == 0 or doc[name.start - 1].lower_ not in _DETERMINERS:
            continue
        if _a_makers_name(name):
            continue  # "the Honda store": a maker's, though a city bears the name
        if _known(gazetteer, name):
            yield name


def narrowed_to_heads(
    doc: Doc, gazetteer: OfflineGazetteer, found: dict[int, PlaceMention], mention
) -> None:
    """Replace each mention the gazetteer does not know whose name is a body's, opened by a
    place it knows ("Alachua County Sheriff", "Gainesville City Elections"), by that place; not
    a venue ("Henderson County Jail", VENUE_WORDS). ``mention`` makes a PlaceMention of a span
    and its candidates."""
    for start, place in list(found.items()):
        if place.kind != "other" or place.name != place.text:
            continue
        span = doc.char_span(place.start, place.end)
        if span is None or len(span) < 2:
            continue
        head = institution_head(span, gazetteer)
        if head is None or span[-1].text in VENUE_WORDS:
            continue
        del found[start]
        found[head.start_char] = mention(head, cues.trusted(gazetteer, head.text))
