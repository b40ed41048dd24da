"""What a place mention offers before any choice is made: the namesakes its name may denote,
its "X, Y" qualifier, and what the article says about it.

Names in news are written several ways the gazetteer's own names are not: with a generic word
("Nyanza Province", "Loudon Co.", "Readington Township", "the Town of Groton"), without the
article ("Republic of Congo"), as a bare county name in a list ("Clarke, Oconee and Walton
counties"), or as a compass part of an area ("Western Mongolia": in Mongolia). Each spelling
falls back to the name the gazetteer knows, only when the name as written finds nothing (a
name the gazetteer knows keeps its own meaning).
"""

import re
from dataclasses import dataclass, field, replace

from stories.geocoding.descriptions import Description, describe
from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.peoples import people_places
from stories.geocoding.places import Candidate, GazetteerEntry, normalize_name
from stories.geocoding.story_evidence import list_siblings, names_an_area

QUALIFIER = re.compile(r",\s*(?P<name>[A-Z][\w.'’]*(?:[ \-][A-Z][\w.'’]*)*)")
LIST_NEXT = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<name>[A-Z][\w.'’]*(?:[ \-][A-Z][\w.'’]*)*)"
)
POSSESSIVE = re.compile(r"['’]s?$")
# "Loudon Co.", "Tewksbury Twp.": the abbreviations of the words the gazetteer spells out.
_ABBREVIATED = re.compile(r"\s+(?P<word>Co|Twp|Dist)\.?$")
_SPELLED_OUT = {"Co": "County", "Twp": "Township", "Dist": "District"}
# A division's generic word after its name: the name alone is the division's in the gazetteer.
_DIVISION_WORD = re.compile(
    r"\s+(?:Province|Region|District|Governorate|Prefecture|Oblast|Krai|Department|State"
    r"|Municipality|Township|Borough)$",
    re.IGNORECASE,
)
# "Western Mongolia", "Northern Syria": a part of a country or region the gazetteer has no entry
# for is at least in that area. Not a town's ("North Dallas") nor a US state's: "Eastern
# Michigan", "Northern Illinois" are universities and their teams more often than areas.
COMPASS_WORD = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)"
_COMPASS_PART = re.compile(rf"^{COMPASS_WORD}\s+", re.IGNORECASE)
_AREA_KINDS = frozenset({"country", "region"})
_TOWN_PREFIX = re.compile(r"^(?:the\s+)?(?:Town|City|Village|Township|Borough) of\s+", re.I)
_DIVISION_KINDS = frozenset({"admin1", "admin2"})
_CITY_WORD = re.compile(r"\s+City$")
_LOCAL_KINDS = frozenset({"admin1", "admin2", "city"})
# "Clarke, Madison and Oconee counties": a list of names that ends on a plural division word.
_PLURAL_DIVISION = re.compile(r"\s+(?P<word>counties|parishes)\b", re.IGNORECASE)
_SINGULAR = {"counties": "County", "parishes": "Parish"}
# "the Williams and Cranberry rivers", "the Elk, Gauley and New rivers": names listed before a
# plural noun of a water feature are those streams or lakes, never the towns of the same name.
PLURAL_FEATURE = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*"
    r"\s+(?P<word>rivers|creeks|lakes|streams)\b"
)
_FEATURE_SINGULAR = {"rivers": "River", "creeks": "Creek", "lakes": "Lake", "streams": "Stream"}
_WATER_KINDS = frozenset({"river", "lake"})
# What comes before a name that is a stream's or lake's own: "the", or the list it ends.
_WATER_NAME_BEFORE = re.compile(r"(?:\bthe|,|\band|\bor)\s+$", re.IGNORECASE)
# The wide areas a river or lake may share a name with, and lie in ("the Missouri and Kansas
# rivers"): still near it, unlike a town or county of that name anywhere in the country.
_NAMING_AREAS = frozenset({"country", "admin1", "region"})
# Head nouns of a site's name ("Lakeside Park", "Harbour Square", "Mill Bridge"): such a
# name is the site itself, never another name a town once bore.
LANDMARK_HEADS = frozenset(
    {"park", "square", "airport", "bridge", "stadium", "arena", "plaza", "garden", "gardens"}
)


@dataclass
class Mention:
    start: int
    end: int
    surface: str
    key: str
    candidates: list[Candidate]
    description: Description
    qualifiers: list[GazetteerEntry]
    qualifier_name: str = ""
    choice: GazetteerEntry | None = None
    learnt: dict[int, float] | None = None  # the re-ranker's score per GeoNames id
    reasons: dict[int, list[str]] = field(default_factory=dict)  # and the evidence it weighed

    def chosen_match(self) -> str | None:
        """How the chosen namesake matched the name as written: "name" when by its own name,
        else the first other way (another of its names, a spelling); None with no choice."""
        choice = self.choice
        if choice is None:
            return None
        matches = [c.match for c in self.candidates if c.place.geonames_id == choice.geonames_id]
        return "name" if "name" in matches else next(iter(matches), None)


def lookup(gazetteer: OfflineGazetteer, surface: str) -> list[Candidate]:
    """The namesakes of a name as written, falling back to the spellings the gazetteer uses."""
    found = gazetteer.candidates(surface)
    if found:
        return own_names_first(_sites_by_name(surface, _with_bare_town(gazetteer, surface, found)))
    trimmed = POSSESSIVE.sub("", surface)
    for name in _respellings(trimmed):
        found = gazetteer.candidates(name)
        if found:
            return found
    area = _COMPASS_PART.sub("", trimmed)
    if area != trimmed:
        found = [c for c in gazetteer.candidates(area) if c.place.kind in _AREA_KINDS]
        if found:
            return found
    stripped = _DIVISION_WORD.sub("", trimmed)
    if stripped != trimmed:
        found = [c for c in gazetteer.candidates(stripped) if c.place.kind in _DIVISION_KINDS]
        if found or re.search(r"(?:Township|Borough|Municipality)$", trimmed, re.I) is None:
            return found
        return [c for c in gazetteer.candidates(stripped) if c.place.kind in _LOCAL_KINDS]
    town = _TOWN_PREFIX.sub("", trimmed)
    if town != trimmed:
        return [c for c in gazetteer.candidates(town) if c.place.kind in _LOCAL_KINDS]
    return people_places(surface, gazetteer)


def _with_bare_town(
    gazetteer: OfflineGazetteer, surface: str, found: list[Candidate]
) -> list[Candidate]:
    """ "San Fernando City" (as local news writes "the San Fernando City Council") is also the
    towns whose own name is "San Fernando", when "San Fernando City" is only another name of
    places elsewhere: both stay candidates, and the story's other places decide."""
    bare = _CITY_WORD.sub("", surface)
    if bare == surface or any(c.match == "name" for c in found):
        return found
    known = {c.place.geonames_id for c in found}
    towns = [
        c
        for c in gazetteer.candidates(bare)
        if c.match == "name" and c.place.kind == "city" and c.place.geonames_id not in known
    ]
    return [*found, *towns]


def names_a_site(surface: str) -> bool:
    """Is the name a site's, by its head noun ("Lakeside Park", "Harbour Square")?"""
    return surface.split()[-1].casefold() in LANDMARK_HEADS


def _sites_by_name(surface: str, found: list[Candidate]) -> list[Candidate]:
    """A site's name ("Lakeside Park") names no town that only once bore it as another name (a
    hamlet far away once called Lakeside Park): the gazetteer lacks the park, and the town
    is not where the story is."""
    if not names_a_site(surface):
        return found
    return [c for c in found if not (c.match == "alternate" and c.place.kind in _LOCAL_KINDS)]


def own_names_first(found: list[Candidate]) -> list[Candidate]:
    """The namesakes less any division that only bears the name as an alternate while a
    division of the same kind and country bears it as its own: the alternate is a confusion in
    the sources (a capital's division listed as "England" beside England itself), never what a
    writer means by the name."""
    owners = {
        (c.place.kind, c.place.country_code)
        for c in found
        if c.match == "name" and c.place.kind in _DIVISION_KINDS
    }
    return [
        c for c in found if c.match == "name" or (c.place.kind, c.place.country_code) not in owners
    ]


def _respellings(name: str) -> list[str]:
    """The name with its possessive cut, its abbreviations spelled out and "the" toggled after
    "of" ("Republic of Congo" → "Republic of the Congo")."""
    spelled = _ABBREVIATED.sub(lambda m: f" {_SPELLED_OUT[m['word'].title()]}", name)
    names = [name, spelled]
    if " of the " in spelled:
        names.append(spelled.replace(" of the ", " of ", 1))
    elif " of " in spelled:
        names.append(spelled.replace(" of ", " of the ", 1))
    return list(dict.fromkeys(names))


def county_candidates(gazetteer: OfflineGazetteer, name: str, word: str) -> list[Candidate]:
    """The divisions called "<name> County" (or Parish): a bare name listed before "counties"."""
    return [
        c
        for c in gazetteer.candidates(f"{POSSESSIVE.sub('', name)} {word}")
        if c.place.kind == "admin2"
    ]


def read_mention(
    text: str, start: int, end: int, stop: int | None, gazetteer: OfflineGazetteer
) -> Mention:
    """The mention at ``text[start:end]``; ``stop`` is where the next mention ends."""
    surface = text[start:end]
    qualifiers: list[GazetteerEntry] = []
    qualifier_name = ""
    follow = QUALIFIER.match(text, end)
    if follow:
        qualifier_name = follow["name"]
        for cut in range(len(qualifier_name.split()), 0, -1):
            words = " ".join(qualifier_name.split()[:cut])
            qualifiers = [
                c.place
                for c in gazetteer.candidates(words)
                if c.place.kind in ("country", "admin1")
            ]
            if qualifiers:
                qualifier_name = words
                break
    candidates = lookup(gazetteer, surface)
    if (
        qualifiers
        and any(c.place.kind in ("country", "admin1") for c in candidates)
        and _continues_a_list(text, follow.start("name") + len(qualifier_name), gazetteer)
    ):
        qualifiers, qualifier_name = [], ""  # "Washington, Pennsylvania and California"
    return Mention(
        start=start,
        end=end,
        surface=surface,
        key=normalize_name(POSSESSIVE.sub("", surface)),
        candidates=candidates,
        description=describe(text, start, end, stop=stop),
        qualifiers=qualifiers,
        qualifier_name=qualifier_name,
    )


def _continues_a_list(text: str, position: int, gazetteer: OfflineGazetteer) -> bool:
    """Does a state or country name follow, list-wise ("…, Pennsylvania and California")?"""
    following = LIST_NEXT.match(text, position)
    words = following["name"].split() if following else []
    return any(
        c.place.kind in ("country", "admin1") and c.match == "name"
        for cut in range(len(words), 0, -1)
        for c in gazetteer.candidates(" ".join(words[:cut]).rstrip(".,"))
    )


def _short_for_counties(mentions: list[Mention]) -> None:
    """A story that writes "DeKalb County" may say "DeKalb" for it after: the bare name may
    mean the county too (its namesake towns stay candidates, and the story's context decides)."""
    counties: dict[str, list[Candidate]] = {}
    for m in mentions:
        for word in ("county", "parish"):
            if m.key.endswith(f" {word}"):
                found = [c for c in m.candidates if c.place.kind == "admin2"]
                counties.setdefault(m.key.removesuffix(f" {word}"), []).extend(found)
    for m in mentions:
        extra = counties.get(m.key)
        if extra and not any(c.place.kind == "admin2" for c in m.candidates):
            known = {c.place.geonames_id for c in m.candidates}
            m.candidates = [*m.candidates, *(c for c in extra if c.place.geonames_id not in known)]


def read_mentions(
    text: str, spans: list[tuple[int, int]], gazetteer: OfflineGazetteer
) -> list[Mention]:
    """Each span's mention, in the order given; names listed before "counties" ("Butler,
    Clark and Warren counties") are read as those counties, and the story calls them so;
    a state's or country's own name stays itself ("Indiana counties" are Indiana's)."""
    ordered = sorted(range(len(spans)), key=lambda i: spans[i][0])
    mentions: list[Mention] = [None] * len(spans)  # type: ignore[list-item]
    for rank, i in enumerate(ordered):
        start, end = spans[i]
        stop = spans[ordered[rank + 1]][1] if rank + 1 < len(ordered) else None
        mentions[i] = read_mention(text, start, end, stop, gazetteer)
    in_order = [mentions[i] for i in ordered]
    _short_for_counties(in_order)
    siblings = list_siblings(text, in_order)
    for mention in in_order:
        run = [mention, *siblings.get(id(mention), ())]
        last = max(run, key=lambda m: m.end)
        plural = _PLURAL_DIVISION.match(text, last.end)
        if plural is None:
            continue
        counties = county_candidates(gazetteer, mention.surface, _SINGULAR[plural["word"].lower()])
        if counties and not any(names_an_area(c) for c in mention.candidates):
            known = {c.place.geonames_id for c in mention.candidates}
            mention.candidates = [
                *mention.candidates,
                *(c for c in counties if c.place.geonames_id not in known),
            ]
            cues = mention.description.kind_cues | {"admin2"}
            mention.description = replace(mention.description, kind_cues=cues)
    for mention in in_order:
        _read_as_water(text, mention, gazetteer)
        _read_as_the_story_s_feature(text, mention)
    return mentions


# A kind of land or water feature written alone as a name: "the Delta", "the Valley".
_FEATURE_WORD = re.compile(
    r"Delta|Valley|Basin|Bay|Gorge|Canyon|Plateau|Peninsula|Lakeshore|Seashore|Sound|Bayou"
)
_THE_BEFORE = re.compile(r"\bthe\s+$")


def _read_as_the_story_s_feature(text: str, mention: Mention) -> None:
    """ "through the Delta to the ocean", "homes across the Valley": a feature's kind word
    written as a name with "the" is the feature the story's readers know by that word, near
    the story's places, never a namesake town or state far away that only bears the word
    ("Delta, Colorado", Nigeria's Delta State): it has no candidates, and is estimated
    beside the story's nearest local place (story_focus)."""
    if _FEATURE_WORD.fullmatch(mention.surface) and _THE_BEFORE.search(
        text[max(0, mention.start - 8) : mention.start]
    ):
        mention.candidates = []


def _read_as_water(text: str, mention: Mention, gazetteer: OfflineGazetteer) -> None:
    """A name listed before "rivers" or "lakes" ("the Williams and Cranberry rivers") is the
    stream or lake: its namesake towns and counties are no candidates (the gazetteer's "Williams
    River", if it has one, is), so a story is not pinned on a town across the country. A lone
    name with no "the" before it ("on Minneapolis lakes") is whose the lakes are: the town
    keeps its candidates."""
    plural = PLURAL_FEATURE.match(text, mention.end)
    if plural is None or not _names_the_water(text, mention, plural):
        return
    name = f"{POSSESSIVE.sub('', mention.surface)} {_FEATURE_SINGULAR[plural['word'].lower()]}"
    water = [c for c in gazetteer.candidates(name) if c.place.kind in _WATER_KINDS]
    known = {c.place.geonames_id for c in water}
    kept = [c for c in mention.candidates if c.place.kind in _NAMING_AREAS]
    mention.candidates = [*water, *(c for c in kept if c.place.geonames_id not in known)]


def _names_the_water(text: str, mention: Mention, plural: re.Match[str]) -> bool:
    """Whether the name before the plural feature word is a stream's or lake's own: one of a
    list ("Elk and Gauley rivers") or after "the" ("the Gauley rivers")."""
    if text[mention.end : plural.start("word")].strip():
        return True  # more names follow it before the feature word
    return bool(_WATER_NAME_BEFORE.search(text[max(0, mention.start - 12) : mention.start]))
