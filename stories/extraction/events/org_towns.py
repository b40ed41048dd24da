"""Where an event at a local organisation happened: in the town the organisation is named for.

Local news names its banks, police departments, schools and councils by their town ("the
Norfield Police Department", "First Bank of Norfield", "Norfield High School", "the Norfield
City Council"). The recogniser reads the whole name as an organisation, so the town never
becomes a place mention, and an event done by, to or at the organisation ("robbed the First
Bank of Norfield", "the Norfield City Council voted") is left with no place.

When nothing else placed such an event, or only the story's default place did (its dateline,
setting or lead, or the sentence before: an official's office beats these too), the town the
organisation's name begins with, or ends "of <town>" with, places it, if the gazetteer knows
that name as a populated place (not a state or a country, whose organisations sit anywhere in
them) and one namesake fits the story: the story's own mention of it, else the namesake
nearest the story's pinned towns, counties and states, within reach of them; failing that, a
large city that no other namesake rivals (in a country the story pins, if it pins any town),
and only for an event nothing else placed, not over the story's default place.
News outlets ("the X Herald reported"), natural features ("the X National Forest") and people
titled by a common noun ("quarterback X Y") are no such organisations, nor is a name whose
town is followed by a street's or memorial's word ("X Square Garden"); a sports club the
recogniser reads as a person ("sacked by X United") is one. Nor is a name that only says
whose a person is ("X Rovers forward Y was arrested", "X City Council member Y"): a person's
deeds are not done in the town of his club or employer. A company or body that announces,
reports, says, hires or confirms ("X Scientific announced layoffs") does so from offices that
need not be in the town it is named for: such an event takes only the story's own mention of
the town.
The place is a clue weaker than a stated place, and the provenance names the organisation.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from stories.extraction.events import place_rules
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.described_orgs import only_describes
from stories.extraction.events.lexicon import MOTION_VERBS
from stories.extraction.events.local_offices import DEFAULT_SOURCES
from stories.extraction.events.seats import implied_place
from stories.extraction.events.setting import gazetteer_admin1
from stories.extraction.events.sides import contest
from stories.extraction.events.venue_towns import TOWN_KINDS
from stories.extraction.mentions import EventCandidate, PlaceMention
from stories.geocoding.places import GazetteerEntry, distance_km

ORG_TOWN_CONFIDENCE = 0.6
# How far a namesake may lie from the story's nearest pinned town or county.
_REACH_KM = 150.0
# In a story that pins no town, the least population a city named by an organisation alone
# needs, and how many times its largest namesake it must outnumber.
_LARGE_CITY = 100_000
_RIVAL_RATIO = 5
_ORG_LABELS = frozenset({"ORG", "FAC", "EVENT"})
# A news outlet's deeds (reporting, reviewing, asking) are not done in the town it is named
# for: "the Norfield Herald reviewed the papers".
_OUTLET_WORDS = frozenset(
    {
        *("news", "times", "post", "herald", "journal", "gazette", "tribune", "register"),
        *("chronicle", "courier", "record", "press", "telegraph", "star", "sun", "observer"),
        *("examiner", "standard", "mail", "daily", "weekly", "radio", "tv", "television"),
        *("magazine", "review", "bulletin", "dispatch", "enquirer", "inquirer", "ledger"),
        *("monitor", "sentinel", "leader"),
    }
)
# The last words of a sports club's name, which the recogniser may read as a person's
# ("sacked by X United"): the name is the club's, and its town is the club's home.
_CLUB_WORDS = frozenset(
    {"United", "Rovers", "Wanderers", "Athletic", "Albion", "FC", "Hotspur", "Argyle"}
)
# Words after a name that make it a street's, a square's or a memorial's, most often named for
# a person: "X Square Garden", "the X Street bridge", "X Memorial Hospital".
_MEMORIAL_WORDS = frozenset(
    {
        *("square", "street", "avenue", "road", "boulevard", "place", "plaza", "lane"),
        *("drive", "memorial", "monument", "bridge", "tower", "circle"),
    }
)
# A natural feature or a park named like a town lies away from it: "the X National Forest",
# "the X River".
_NATURE_WORDS = frozenset(
    {
        *("forest", "forests", "river", "lake", "lakes", "park", "mountain", "mountains"),
        *("valley", "creek", "bay", "island", "islands", "canyon", "reservoir", "trail"),
        *("desert", "sea", "beach", "coast", "basin", "range", "wilderness", "refuge"),
    }
)
# The namesakes an organisation may be named for: a town or a county ("the X County Sheriff's
# Office").
_NAMESAKE_KINDS = frozenset({"city", "admin2"})
_LOCAL_KINDS = frozenset({"city", "admin2", "admin3", "admin1"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "attr", "oprd"})
# Prepositions that put the event at the organisation or make it the doer: "at the X Bank",
# "fired by the X Police Department".
_SITE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "near", "by", "from", "before"})
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "poss", "prep", "pobj", "npadvmod"})
# Verbs a company or a body does from its offices, not at a site of its town: "X Scientific
# announced layoffs", "X Energy said", "X Motors hired a chief".
_CORPORATE_VERBS = frozenset(
    {
        *("announce", "report", "say", "hire", "lay", "post", "forecast", "expect"),
        *("acquire", "merge", "release", "confirm", "deny"),
    }
)


def at_org_towns(events: list[EventCandidate], index: MentionIndex) -> list[EventCandidate]:
    """The events, those left unplaced (or at the story's default place) that an
    organisation named for a town takes part in placed in that town."""
    if "org towns" not in place_rules.ENABLED:
        return events
    pinned = [p for p in index.place_roots.values() if p.latitude is not None]
    organisations = _organisations(index)
    if not organisations:
        return events
    return [_in_org_town(event, organisations, index, pinned) for event in events]


def _organisations(index: MentionIndex) -> list[tuple[Span, Token]]:
    """The story's organisations that may be named for a town, once per story, each with the
    noun it stands for in its clause: not a place or a person already read, a news outlet,
    a natural feature, a titled person, nor one that only names a person's club or employer."""
    found = []
    for ent in index.doc.ents:
        if any(t.i in index.place_at for t in ent):
            continue
        club = len(ent) > 1 and ent[-1].text in _CLUB_WORDS
        if not club and (ent.label_ not in _ORG_LABELS or any(t.i in index.person_at for t in ent)):
            continue  # a person, or a named date or sum
        if ent[-1].lower_ in _OUTLET_WORDS:
            continue  # "the X Herald reported"
        if any(t.lower_ in _NATURE_WORDS for t in ent):
            continue  # "the X National Forest"
        if _titled(ent):
            continue  # "shoved quarterback X Y": a person
        noun = _named_noun(ent, index)
        if noun is not None:
            found.append((ent, noun))
    return found


def _in_org_town(
    event: EventCandidate,
    organisations: list[tuple[Span, Token]],
    index: MentionIndex,
    pinned: list[PlaceMention],
) -> EventCandidate:
    source = (event.provenance.get("place") or {}).get("source")
    pinned_place = event.place is not None and event.place.latitude is not None
    if pinned_place and source not in DEFAULT_SOURCES:
        return event
    for ent, noun in organisations:
        if ent.start_char < event.start or ent.end_char > event.end:
            continue
        if not _takes_part(noun, event):
            continue
        town = org_town(ent, pinned, far=not pinned_place, own_only=_corporate(noun))
        if town is None:
            continue
        if pinned_place and town.geonames_id in (event.place.geonames_id, None):
            return event  # the default is that town already
        provenance = {
            "source": "organisation's town",
            "confidence": ORG_TOWN_CONFIDENCE,
            "text": town.text,
            "named": ent.text,
        }
        return replace(event, place=town, provenance={**event.provenance, "place": provenance})
    return event


def _titled(ent: Span) -> bool:
    """Whether a common noun stands before the name as a title, "quarterback X Y", "coach X
    Y": a person's name, which the recogniser may read as an organisation."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.pos_ == "NOUN"
        and before.text.islower()
        and before.head.i in range(ent.start, ent.end)
    )


def _named_noun(ent: Span, index: MentionIndex) -> Token | None:
    """The noun the organisation's name stands for in its clause, climbing the name's own
    words ("the X City Council" -> "Council"); None when the climb reaches a person: a name
    that only says whose a person is ("X Rovers forward Y was arrested": a person's deeds are
    not done in his club's or employer's town)."""
    noun = ent.root
    while noun.dep_ in _NAME_DEPS and noun.head != noun and noun.dep_ != "pobj":
        noun = noun.head
        if noun.i in index.person_at or noun.ent_type_ == "PERSON":
            return None
    return noun


def _takes_part(noun: Token, event: EventCandidate) -> bool:
    """Whether the organisation (its clause's `noun`) does the event, undergoes it or holds
    it: the subject, the object, the agent, or the noun of "at"/"in" ("robbed the X Bank",
    "the X Council voted", "at the X Show"); not a side of a match, nor a body that goes
    somewhere, which both act away from home."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if contest(verb) or (noun.dep_ in _SUBJECTS and verb.lemma_ in MOTION_VERBS):
        return False  # "the X Tigers beat Y", "the X Council travelled to Y": away from home
    if only_describes(verb, event.trigger):
        return False  # "a ruling on the lawsuit launched by the X University": not the ruling's
    if noun.dep_ in _SUBJECTS or noun.dep_ in _OBJECTS:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in _SITE_PREPOSITIONS:
        return True
    trigger = event.trigger.split()[0] if event.trigger else ""
    return noun.lemma_.lower() == trigger


def _corporate(noun: Token) -> bool:
    """Whether the organisation (its clause's `noun`) is the subject of a verb a company or a
    body does from its offices wherever they are ("X Scientific announced layoffs", "X Energy
    reported a loss"): a firm named for a great city need not be there, so only the story's
    own mention of the town places such an event."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _CORPORATE_VERBS


def org_town(
    ent: Span, pinned: list[PlaceMention], *, far: bool = True, own_only: bool = False
) -> PlaceMention | None:
    """The town the organisation's name begins with or ends "of <town>" with, as the story's
    mention of it or the gazetteer's namesake that fits the story; None when neither fits.
    Unless `far`, only a namesake within reach of the story's places: a great city far off
    does not displace the story's own default place ("at X Square Garden" in a story datelined
    elsewhere). If `own_only`, only the story's own mention of the town."""
    for name, start in _town_names(ent):
        own = next((p for p in pinned if p.text == name and p.kind in TOWN_KINDS), None)
        if own is not None:
            return own
        if own_only:
            continue
        entry = _namesake(name, pinned, far)
        if entry is not None:
            return _implied(entry, start, start + len(name))
    return None


def _town_names(ent: Span) -> list[tuple[str, int]]:
    """The names that may be the town, with where each starts: the words after the name's
    last "of" ("First Bank of X"), then the leading proper nouns, longest first ("X City
    Council"), and the first of two towns joined by a hyphen ("the X-Y Chamber")."""
    found: list[tuple[str, int]] = []
    ofs = [t for t in ent if t.lower_ == "of"]
    if ofs:
        tail = ent.doc[ofs[-1].i + 1 : ent.end]
        if 0 < len(tail) <= 3 and all(t.pos_ == "PROPN" for t in tail):
            found.append((tail.text, tail.start_char))
    words = [t for t in ent if not (t.lower_ == "the" or t.like_num)]
    lead: list[Token] = []
    for word in words[:-1]:  # the town alone is no organisation's whole name
        if word.pos_ != "PROPN" or not word.text[:1].isupper():
            break
        lead.append(word)
        if len(lead) == 3:
            break
    for size in range(len(lead), 0, -1):
        span = ent.doc[lead[0].i : lead[size - 1].i + 1]
        if span.end < len(ent.doc) and ent.doc[span.end].lower_ in _MEMORIAL_WORDS:
            continue  # "X Square Garden", "X Memorial Hospital": named for a person
        found.append((span.text, span.start_char))
    if words and "-" in words[0].text[1:-1] and words[0].pos_ == "PROPN":
        found.append((words[0].text.split("-")[0], words[0].idx))
    return found


def _namesake(name: str, pinned: list[PlaceMention], far: bool):
    """The gazetteer's populated place of this name that fits the story (see the module's
    docstring), or None."""
    candidates = named_places(name)
    if not candidates or candidates[0].kind not in _NAMESAKE_KINDS:
        return None  # "the Texas Board", "the Washington Post": a state's, a country's
    towns = [c for c in candidates if c.kind in _NAMESAKE_KINDS]
    local = [p for p in pinned if p.kind in _LOCAL_KINDS]
    if local:
        near = [(_nearest(c, local), c) for c in towns]
        near = [(km, c) for km, c in near if km is not None and km <= _REACH_KM]
        if near:
            return min(near, key=lambda pair: pair[0])[1]
    largest = towns[0]
    if not far or largest.kind != "city":
        return None  # counties carry no population to tell a great one by
    rival = towns[1].population if len(towns) > 1 else 0
    if largest.population < _LARGE_CITY or largest.population < _RIVAL_RATIO * rival:
        return None
    if local and largest.country_code not in {p.country_code for p in pinned}:
        return None  # a great city abroad, far from a local story's towns
    return largest


def _nearest(entry, local: list[PlaceMention]) -> float | None:

    best = None
    for place in local:
        if place.kind == "admin1":
            if (place.country_code, gazetteer_admin1(place) or "") == (
                entry.country_code,
                entry.admin1,
            ):
                return 0.0  # inside a state the story pins
            continue
        km = distance_km(place.latitude, place.longitude, entry.latitude, entry.longitude)
        best = km if best is None else min(best, km)
    return best


@lru_cache(maxsize=4096)
def named_places(name: str) -> tuple:
    """The gazetteer's places named `name` by their own name, largest first."""
    from stories.geocoding.defaults import get_gazetteer

    found = [c.place for c in get_gazetteer().index.candidates(name) if c.match == "name"]
    return tuple(sorted(found, key=lambda entry: -entry.population))


def _implied(entry: GazetteerEntry, start: int, end: int) -> PlaceMention:
    """The town as an implied place at its words inside the organisation's name."""
    return implied_place(
        entry,
        start,
        end,
        confidence=ORG_TOWN_CONFIDENCE,
        reason="the town an organisation the article names is named for",
    )
