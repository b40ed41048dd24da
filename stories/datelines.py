"""Datelines: where a wire or newspaper story was filed, read from the top of its text.

"SEOUL, South Korea (AP) — ", "WASHINGTON (Reuters) - ", "Fort Worth, Texas — ", "LONDON:",
"Hong Kong (CNN Business) ", and a press release's "BAAR, SWITZERLAND" on a line of its own.
The dateline is the place the reporter witnessed what the lead tells, so it is the default place
of those events (never over a place the clause states) and strong evidence for resolving the
story's other names. This is the one module that reads datelines: event placing, place
resolution and ingestion all ask it.

A paper with a bureau in the capital writes where the story happened and where it was filed,
both in capitals and joined by a slash ("TOWN/BEIRUT:"): the first is the dateline's city, the
second (its bureau) is one more place of the story's country, which helps resolve its other
names (a "Saida" in a story filed from Beirut is the Lebanese one). Only a bureau in a capital
or great city, with a scene in its country (or too small for the gazetteer) and no agency
after them, is read so: a wire's list of bureaus ("MOSCOW/WASHINGTON (Reuters) -") and other
capitals joined by a slash ("HIV/AIDS -", "AND/OR -") are none.

AP style lets some cities stand alone ("WASHINGTON", "TOKYO"); `STANDALONE_CITIES` says which
place each means, so a bare WASHINGTON is the capital, not the state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from stories.byline_datelines import after_byline
from stories.paragraphs import headline_end
from stories.top_matter import is_caption, opens_a_lead, starts_below_top_matter

if TYPE_CHECKING:
    from stories.geocoding.places import GazetteerEntry

# City, optional ", Region" (a state, country or AP state abbreviation) and ", Country", an
# optional date (wire services write it: "LONDON, Nov 19 (Reuters) -", "SAN JOSE, Calif., Nov.
# 19, 2019 /PRNewswire/ --"), an optional agency ("(AP)", "/PRNewswire/"), then a dash or colon
# (the old wire format's underscore too: "MOSCOW (AP)_ The mayor", "NEWARK, N.J. _ A task").
# Names are letters of any script ("COPIAPÓ"), with dots, apostrophes, hyphens and spaces
# between words. A hyphen inside a name joins two words ("WILKES-BARRE"); one that touches a
# space or another hyphen is the separator ("W.Va. -- A"), never part of the name. Upper-case
# cities are the wire style; title case needs the agency or a dash, so an ordinary sentence
# that starts with a capital is not read as one.
_NAME = r"[^\W\d_][^\W\d_.'’\- ]*(?:(?:[.'’ ]|(?<![\s-])-(?![\s-]))+[^\W\d_]*){0,6}?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
_DATELINE = re.compile(
    rf"""^\s*
    (?P<city>{_NAME})(?:/(?P<bureau>{_NAME}))?
    (?:,\s*(?P<region>{_NAME})(?:,\s*(?P<country>{_NAME}))?)?
    (?:,?\s*(?P<date>{_DATE}))?
    \s*(?:\((?P<agency>[A-Za-z .&/-]{{1,30}})\)\s*|/(?P<wire>[A-Za-z .&-]{{2,30}})/\s*)?
    (?:(?P<dash>—|–|---?|\s-\s|-\s|:|(?:(?<=\))|\s)_\s)\s*|(?:(?<=\)\s)|(?<=\)))(?=[A-Z“"]))""",
    re.VERBOSE,
)
# A press release's dateline on a line of its own: "BAAR, SWITZERLAND" then the text. Both
# parts in capitals, so a headline or a sentence ("Fort Worth, Texas") is not read as one.
_LINE_DATELINE = re.compile(
    r"""^\s*
    (?P<city>[^\W\d_][^\W\d_.'’\- ]*(?:[.'’\- ]+[^\W\d_]+){0,3})
    ,\s*(?P<region>[^\W\d_][^\W\d_.'’\- ]*(?:[.'’\- ]+[^\W\d_]+){0,3})
    [ \t]*\n\s*""",
    re.VERBOSE,
)
# A city alone on the first line, then a blank line: "Pittsburgh\n\nThe Penguins won".
_CITY_LINE = re.compile(
    r"^\s*(?P<city>[^\W\d_][^\W\d_.'’ ]*(?: [^\W\d_.'’ ]+){0,2})[ \t]*\n\s*\n\s*"
)
# Outlets whose house style puts no dash after the dateline: "Hong Kong (CNN Business) The",
# "MUMBAI, Nov 19 (PTI) The".
_DASHLESS_AGENCIES = ("CNN", "PTI", "IANS")
_DATE_LIKE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d", re.IGNORECASE
)
# How a gazetteer name may match a dateline's town: as written, or another name of the place.
_TOWN_MATCHES = frozenset({"name", "alternate"})
# A bureau's city: a national capital (GeoNames' PPLC) or a city of this many people.
_BUREAU_POPULATION = 1_000_000
# A dateline before a bare colon below a page's top matter: a capital or a city of this many.
_COLON_CITY_POPULATION = 100_000
_WORDS_NOT_CITIES = frozenset(
    {
        "update",
        "updated",
        "breaking",
        "breaking news",
        "exclusive",
        "analysis",
        "opinion",
        "editor's note",
        "watch",
        "video",
        "photos",
        "live",
        "note",
        "correction",
    }
)

#: AP-style datelines that stand alone: the name as written → (name, country code, admin1 code).
STANDALONE_CITIES: dict[str, tuple[str, str, str]] = {
    "ATLANTA": ("Atlanta", "US", "GA"),
    "BALTIMORE": ("Baltimore", "US", "MD"),
    "BOSTON": ("Boston", "US", "MA"),
    "CHICAGO": ("Chicago", "US", "IL"),
    "CINCINNATI": ("Cincinnati", "US", "OH"),
    "CLEVELAND": ("Cleveland", "US", "OH"),
    "DALLAS": ("Dallas", "US", "TX"),
    "DENVER": ("Denver", "US", "CO"),
    "DETROIT": ("Detroit", "US", "MI"),
    "HONOLULU": ("Honolulu", "US", "HI"),
    "HOUSTON": ("Houston", "US", "TX"),
    "INDIANAPOLIS": ("Indianapolis", "US", "IN"),
    "LAS VEGAS": ("Las Vegas", "US", "NV"),
    "LOS ANGELES": ("Los Angeles", "US", "CA"),
    "MIAMI": ("Miami", "US", "FL"),
    "MILWAUKEE": ("Milwaukee", "US", "WI"),
    "MINNEAPOLIS": ("Minneapolis", "US", "MN"),
    "NEW ORLEANS": ("New Orleans", "US", "LA"),
    "NEW YORK": ("New York City", "US", "NY"),
    "OKLAHOMA CITY": ("Oklahoma City", "US", "OK"),
    "PHILADELPHIA": ("Philadelphia", "US", "PA"),
    "PHOENIX": ("Phoenix", "US", "AZ"),
    "PITTSBURGH": ("Pittsburgh", "US", "PA"),
    "ST. LOUIS": ("St. Louis", "US", "MO"),
    "SALT LAKE CITY": ("Salt Lake City", "US", "UT"),
    "SAN ANTONIO": ("San Antonio", "US", "TX"),
    "SAN DIEGO": ("San Diego", "US", "CA"),
    "SAN FRANCISCO": ("San Francisco", "US", "CA"),
    "SEATTLE": ("Seattle", "US", "WA"),
    "WASHINGTON": ("Washington, D.C.", "US", "DC"),
    "AMSTERDAM": ("Amsterdam", "NL", ""),
    "BAGHDAD": ("Baghdad", "IQ", ""),
    "BANGKOK": ("Bangkok", "TH", ""),
    "BEIJING": ("Beijing", "CN", ""),
    "BEIRUT": ("Beirut", "LB", ""),
    "BERLIN": ("Berlin", "DE", ""),
    "BRUSSELS": ("Brussels", "BE", ""),
    "CAIRO": ("Cairo", "EG", ""),
    "DJIBOUTI": ("Djibouti", "DJ", ""),
    "DUBLIN": ("Dublin", "IE", ""),
    "GENEVA": ("Geneva", "CH", ""),
    "GIBRALTAR": ("Gibraltar", "GI", ""),
    "GUATEMALA CITY": ("Guatemala City", "GT", ""),
    "HAVANA": ("Havana", "CU", ""),
    "HELSINKI": ("Helsinki", "FI", ""),
    "HONG KONG": ("Hong Kong", "HK", ""),
    "ISLAMABAD": ("Islamabad", "PK", ""),
    "ISTANBUL": ("Istanbul", "TR", ""),
    "JERUSALEM": ("Jerusalem", "IL", ""),
    "JOHANNESBURG": ("Johannesburg", "ZA", ""),
    "KABUL": ("Kabul", "AF", ""),
    "KUWAIT CITY": ("Kuwait City", "KW", ""),
    "LONDON": ("London", "GB", ""),
    "LUXEMBOURG": ("Luxembourg", "LU", ""),
    "MACAO": ("Macao", "MO", ""),
    "MADRID": ("Madrid", "ES", ""),
    "MEXICO CITY": ("Mexico City", "MX", ""),
    "MILAN": ("Milan", "IT", ""),
    "MONACO": ("Monaco", "MC", ""),
    "MONTREAL": ("Montreal", "CA", ""),
    "MOSCOW": ("Moscow", "RU", ""),
    "MUNICH": ("Munich", "DE", ""),
    "NEW DELHI": ("New Delhi", "IN", ""),
    "OTTAWA": ("Ottawa", "CA", ""),
    "PANAMA CITY": ("Panama City", "PA", ""),
    "PARIS": ("Paris", "FR", ""),
    "PRAGUE": ("Prague", "CZ", ""),
    "QUEBEC CITY": ("Quebec City", "CA", ""),
    "RIO DE JANEIRO": ("Rio de Janeiro", "BR", ""),
    "ROME": ("Rome", "IT", ""),
    "SAN MARINO": ("San Marino", "SM", ""),
    "SAO PAULO": ("São Paulo", "BR", ""),
    "SHANGHAI": ("Shanghai", "CN", ""),
    "SINGAPORE": ("Singapore", "SG", ""),
    "STOCKHOLM": ("Stockholm", "SE", ""),
    "SYDNEY": ("Sydney", "AU", ""),
    "TOKYO": ("Tokyo", "JP", ""),
    "TORONTO": ("Toronto", "CA", ""),
    "VATICAN CITY": ("Vatican City", "VA", ""),
    "VIENNA": ("Vienna", "AT", ""),
    "ZURICH": ("Zurich", "CH", ""),
}


@dataclass(frozen=True)
class Dateline:
    """A dateline at the top of a text, with offsets into that text.

    `city`/`region` are the spans as written ("SEOUL" / "South Korea"); `standalone` is the
    AP-style reading of a city that stands alone (name, country code, admin1 code), if any;
    `body_start` is where the story itself begins, after the dash.
    """

    city: str
    city_start: int
    city_end: int
    region: str = ""
    region_start: int = -1
    region_end: int = -1
    agency: str = ""
    body_start: int = 0
    standalone: tuple[str, str, str] | None = None
    bureau_start: int = -1
    bureau_end: int = -1

    @property
    def end(self) -> int:
        return self.body_start

    @property
    def place_spans(self) -> list[tuple[int, int]]:
        """The (start, end) offsets of the places it names: its city, then its region if it
        names one, then the bureau a two-place dateline files from ("TOWN/BEIRUT:")."""
        spans = [(self.city_start, self.city_end)]
        if self.region_start >= 0:
            spans.append((self.region_start, self.region_end))
        if self.bureau_start >= 0:
            spans.append((self.bureau_start, self.bureau_end))
        return spans


def find_dateline(text: str) -> Dateline | None:
    """The dateline that opens `text` (or its body, after a headline that opens an unbroken
    text: "Storm hits coast. CITY (AP) — The storm …", and after a byline and its date there:
    stories.byline_datelines; or the lead below a page's headline, byline, time stamp and
    caption lines: stories.top_matter), or None."""
    if is_caption(text.lstrip().split("\n", 1)[0]):
        return _below_top_matter(text)  # "FILE - In this photo …": a caption opens the page
    found = _opening_dateline(text)
    if found is not None:
        return found
    start = headline_end(text)
    if start:
        found = dateline_at(text, start)
        if found is None and (after := after_byline(text, start)) is not None:
            found = dateline_at(text, after)
        return found
    return _below_top_matter(text)


def _below_top_matter(text: str) -> Dateline | None:
    """The dateline that opens the lead below a page's headline, byline, time stamp or photo
    caption, each on a line of its own (stories.top_matter): one that opens the lead, names an
    agency or a town the gazetteer knows ("SIOUX FALLS, S.D. –", "MOSCOW (AP) —"), never a
    heading or a speaker's name before a colon."""
    for start, end in starts_below_top_matter(text):
        found = dateline_at(text, start)
        if found is None:
            continue
        if opens_a_lead(text[start:end]) and _placed_below(found, text):
            return found
        if not is_caption(text[start:end]):
            return None
        # "KABUL, Afghanistan - Afghan men wait … (AP Photo/…)": a caption with its own
        # dateline is top matter too; the lead may still be below it
    return None


def _placed_below(dateline: Dateline, text: str) -> bool:
    """Whether a dateline below top matter names a place: an agency's, or a town the gazetteer
    knows; one before a bare colon ("HOLT: Mr President, …" may be a speaker) only a capital or
    a great city's ("KARACHI:")."""
    if dateline.agency:
        return True
    from stories.geocoding.defaults import get_gazetteer  # the gazetteer loads on first use

    towns = _towns(get_gazetteer().candidates(dateline.city.title()))
    if dateline.region or text[: dateline.body_start].rstrip().endswith(("—", "–", "-", "_")):
        return bool(towns)
    return any(_capital_or_city(c.place, _COLON_CITY_POPULATION) for c in towns)


def _capital_or_city(place: GazetteerEntry, population: int) -> bool:
    """Whether a gazetteer place is a national capital (GeoNames' PPLC) or a city of at least
    `population` people: the places a wire or a paper files from."""
    return place.feature_code == "PPLC" or place.population >= population


def dateline_at(text: str, start: int) -> Dateline | None:
    """The dateline that opens the line or sentence beginning at `start` in `text` (below a
    headline), with offsets into the whole of `text`, or None."""
    found = _opening_dateline(text[start:])
    return None if found is None else _shifted(found, start)


def _shifted(dateline: Dateline, by: int) -> Dateline:
    """The dateline with its offsets moved `by` characters on (read from a later part)."""
    return replace(
        dateline,
        city_start=dateline.city_start + by,
        city_end=dateline.city_end + by,
        region_start=dateline.region_start + by if dateline.region_start >= 0 else -1,
        region_end=dateline.region_end + by if dateline.region_end >= 0 else -1,
        bureau_start=dateline.bureau_start + by if dateline.bureau_start >= 0 else -1,
        bureau_end=dateline.bureau_end + by if dateline.bureau_end >= 0 else -1,
        body_start=dateline.body_start + by,
    )


def _opening_dateline(text: str) -> Dateline | None:
    """The dateline that opens `text`, or None.

    Accepted when the city is written in capitals (wire style), or an agency in parentheses
    follows, or the dash is a long dash after "City, Region" or after a city AP lets stand alone
    ("Indianapolis –"): the shapes real datelines take and ordinary first sentences do not.
    """
    head = text[:200]
    own_line = _own_line_dateline(head) or _alone_on_a_line(head)
    if own_line is not None:
        return own_line
    match = _DATELINE.match(head)
    if match is None:
        return None
    city = match.group("city").strip()
    region = (match.group("region") or "").strip()
    agency = (match.group("agency") or match.group("wire") or "").strip()
    dash = (match.group("dash") or "").strip()  # CNN style has none: "Hong Kong (CNN) The"
    if _not_a_city(city) or _DATE_LIKE.match(city) or not 2 <= len(city) <= 41:
        return None
    if not city[0].isupper() or len(region) > 41:
        return None
    if not dash and not agency.startswith(_DASHLESS_AGENCIES):
        return None  # "Alibaba (BABA) The company": a ticker, not a dateline
    upper = city.upper() == city and any(c.isalpha() for c in city)
    bureau = (match.group("bureau") or "").strip()
    if bureau and not _two_place(city, bureau, upper, agency):
        return None  # "Town/Village -", "HIV/AIDS -", "MOSCOW/WASHINGTON (Reuters) -"
    long_dash = dash in {"—", "–", "--", "---", "_"}
    standalone = None if region else STANDALONE_CITIES.get(_standalone_key(city))
    # "Indianapolis – Teachers rallied": an AP city that stands alone, in title case.
    known_alone = standalone is not None and long_dash
    # "Washington, DC, United States: ...": a city placed down to its country is no sentence.
    placed_down = (
        bool(region and match.group("country"))
        and region[0].isupper()
        and head[match.end() : match.end() + 1].isupper()
    )
    if not (upper or agency or (region and (long_dash or placed_down)) or known_alone):
        return None
    if not upper and len(city.split()) > 4:
        return None
    city_start = match.start("city")
    region_start = match.start("region") if region else -1
    return Dateline(
        city=city,
        city_start=city_start,
        city_end=city_start + len(city),
        region=region,
        region_start=region_start,
        region_end=region_start + len(region) if region else -1,
        agency=agency,
        body_start=match.end(),
        standalone=standalone,
        bureau_start=match.start("bureau") if bureau else -1,
        bureau_end=match.start("bureau") + len(bureau) if bureau else -1,
    )


def _own_line_dateline(head: str) -> Dateline | None:
    """ "BAAR, SWITZERLAND" alone on the first line, as press releases write it."""
    match = _LINE_DATELINE.match(head)
    if match is None:
        return None
    city, region = match.group("city").strip(), match.group("region").strip()
    if not all(part.upper() == part and _cased(part) for part in (city, region)):
        return None  # a headline in a script without capitals is no wire-style dateline
    if _not_a_city(city) or len(city) < 2:
        return None
    return Dateline(
        city=city,
        city_start=match.start("city"),
        city_end=match.start("city") + len(city),
        region=region,
        region_start=match.start("region"),
        region_end=match.start("region") + len(region),
        body_start=match.end(),
    )


def _alone_on_a_line(head: str) -> Dateline | None:
    """ "Pittsburgh" alone on the first line, as sports recaps write it: only a city AP style
    lets stand alone, since a headline of one other word ("Claim", "Opinion") is no place."""
    match = _CITY_LINE.match(head)
    if match is None:
        return None
    city = match.group("city").strip()
    standalone = STANDALONE_CITIES.get(_standalone_key(city))
    if standalone is None:
        return None
    start = match.start("city")
    return Dateline(
        city=city,
        city_start=start,
        city_end=start + len(city),
        body_start=match.end(),
        standalone=standalone,
    )


def _two_place(city: str, bureau: str, upper: bool, agency: str) -> bool:
    """Whether "CITY/BUREAU" is the two-place dateline of a paper's bureau ("TYRE/BEIRUT:"):
    both in the wire's capitals, with no agency after them (a wire story filed by several
    bureaus lists them so, "MOSCOW/WASHINGTON (Reuters) -", none of them the scene); the
    bureau a capital or great city the gazetteer knows, and the scene a town of its country
    (or a camp or village too small for the gazetteer, "MIEH MIEH/BEIRUT:"). Any other pair
    of capitals joined by a slash ("HIV/AIDS -", "AND/OR -") is no such pair of places."""
    if agency or not (upper and bureau.upper() == bureau and len(bureau) >= 2):
        return False
    from stories.geocoding.defaults import get_gazetteer  # the gazetteer loads on first use

    gazetteer = get_gazetteer()
    bureau_lands = {
        c.place.country_code
        for c in _towns(gazetteer.candidates(bureau.title()))
        if _capital_or_city(c.place, _BUREAU_POPULATION)
    }
    if not bureau_lands:
        return False
    named = gazetteer.candidates(city.title())
    return not named or bool(bureau_lands & {c.place.country_code for c in _towns(named)})


def _towns(candidates: list) -> list:
    """The candidates that are towns known by this name (not a guessed spelling)."""
    return [c for c in candidates if c.place.kind == "city" and c.match in _TOWN_MATCHES]


def _not_a_city(city: str) -> bool:
    """A heading word ("UPDATE", "ANALYSIS") or a letter's salutation ("DEAR ABBY:") where a
    dateline's city would stand."""
    lowered = city.lower()
    return lowered in _WORDS_NOT_CITIES or lowered.startswith("dear ")


def _cased(text: str) -> bool:
    return any(c.isupper() for c in text)


def _standalone_key(city: str) -> str:
    return re.sub(r"\s+", " ", city.upper().replace("SÃO", "SAO")).strip()
