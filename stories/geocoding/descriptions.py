"""What an article itself says about where a place is.

Reporters locate unfamiliar places for the reader: "Elmvale, a station on the Russia–North Korea
border", "X, a town about 60 kilometers north of Y", "the cosmodrome at Brackmoor". These phrases
are the strongest evidence a disambiguator has, and the only evidence for places no gazetteer
lists, so they are parsed here into plain values the disambiguator scores against.
"""

import re
from dataclasses import dataclass, field

from stories.literal_gate import fold, may_match, required_strings

MILES_TO_KM = 1.609344
BEARINGS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
_NAME = r"[A-Z][\w'’.]*(?:[ \-][A-Z][\w'’.]*)*"
_DIRECTION = r"(?:north|south)?-?(?:east|west)|north|south"
_OFFSET = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*-?\s*(?i:(?P<unit>kilometers|kilometres|km|miles|mi))\b"
    r"(?:\s*\([^)]{0,30}\))?"
    rf"(?:\s+(?:to\s+the\s+)?(?i:(?P<direction>{_DIRECTION})))?"
    rf"\s+(?:of|from|outside)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?(?P<anchor>{_NAME})",
)
_NEAR = re.compile(rf"\b(?:near|outside|close to|just off)\s+(?:the\s+)?(?P<anchor>{_NAME})")
_BORDER_PAIR = re.compile(rf"(?P<a>{_NAME})\s*[-–—/]\s*(?P<b>{_NAME})\s+border")
_BORDER_WITH = re.compile(
    rf"border\s+(?:between|with|of)\s+(?P<a>{_NAME})(?:\s+and\s+(?P<b>{_NAME}))?"
)
_KIND_CUES = {
    "spaceport": r"cosmodrome|spaceport|space (?:centre|center|port)|launch (?:site|pad|complex|"
    r"cent(?:er|re)|facility)|rocket|lift(?:ed)? off|blast(?:ed)? off|satellite launch",
    "rail_station": r"station|railway|railroad|rail (?:line|link|hub)|train",
    "border_crossing": r"border crossing|crossing point|checkpoint|border post|port of entry",
    "river": r"\briver\b|\bbanks? of\b|upstream|downstream",
    "strait": r"\bstraits?\b",
    "canal": r"\bcanal\b",
    "military_base": r"air ?base|naval base|military base|naval station|garrison|airfield",
    "admin2": r"\bcounty\b|\bparish\b",
}
_CUE_PATTERNS = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _KIND_CUES.items()}
_CUE_NEEDS = {kind: required_strings(rx) for kind, rx in _CUE_PATTERNS.items()}  # literal_gate
# Words that name the kind right beside the name: "Washington state", "the state of Washington",
# "the city of Mexico". Only adjacent words count: a state named anywhere near is no cue.
_ADJACENT_CUES = {
    "admin1": (
        re.compile(r"\b(?:state|province|governorate|region) of\s+(?:the\s+)?$", re.IGNORECASE),
        re.compile(r"\s+(?:state|province|governorate|oblast)\b(?!\s+of\b)"),
    ),
    "city": (
        re.compile(r"\b(?:city|town|village) of\s+$", re.IGNORECASE),
        re.compile(r"\s+(?:city|town|village)\b(?!\s+of\b)"),
    ),
}
# Local news names a town by its institutions and its residents ("the Athens City Council",
# "Dublin police", "a Lebanon woman", "420 Oak St., Alexandria", "Jane Doe, 41, of Paris"): the
# place is a town of the paper's own region, whatever a more famous namesake abroad.
_LOCAL_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:City\s+(?:Council|Hall|Manager|Schools?|Commission|Attorney|Clerk)"
    r"|(?:City|Town|Village|Borough|Township)\s+(?:Council|Board|Hall|Manager|Clerk)"
    r"|Police|police|Fire\s+(?:Department|Chief|Station)|fire\s+(?:department|chief)"
    r"|Public\s+(?:Schools|Library|Works)|(?:High|Middle|Elementary)\s+School"
    r"|(?:high|middle|elementary)\s+schools?|School\s+(?:Board|District)"
    r"|Independent\s+School\s+District|Board\s+of\s+(?:Education|Selectmen|Aldermen)"
    r"|Parks?\s+(?:and|&)\s+Recreation|Chamber\s+of\s+Commerce|Historical\s+Society"
    r"|Community\s+(?:Center|Centre)|Recreation\s+(?:Center|Department)"
    r"|(?:man|woman|men|women|resident|residents|teen|teenager|couple)\b(?![-’']))"
)
_LOCAL_BEFORE = re.compile(
    r"(?:\d+\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w.]*\s+){1,3}"
    r"(?:St|Street|Ave|Avenue|Road|Rd|Drive|Dr|Lane|Ln|Blvd|Boulevard|Court|Ct|Pike|Hwy)\.?,\s*"
    r"|\bdowntown\s+|\b[A-Z][a-z]+\s+[A-Z][a-z]+,\s+\d{1,3},\s+of\s+)$"
)
CUE_WINDOW = 80  # characters either side: an appositive or the phrase the name sits in
_SENTENCE_END = re.compile(r"[.!?;](?=\s+[A-Z\"“])|\n")


@dataclass(frozen=True)
class RelativeOffset:
    """ "about 60 km north of Y": distance (None for "near Y"), bearing (None if not given)."""

    anchor: str
    anchor_start: int
    anchor_end: int
    distance_km: float | None
    bearing_deg: float | None
    phrase: str


@dataclass(frozen=True)
class Description:
    offset: RelativeOffset | None = None
    border_names: tuple[str, ...] = ()
    kind_cues: frozenset[str] = field(default_factory=frozenset)
    local: bool = False  # named by its institutions or residents, as local news names a town


_SENTENCE_START = re.compile(r".*(?:[.!?;]\s+(?=[A-Z\"“]|$)|\n)", re.DOTALL)


def _clause_after(text: str, end: int, stop: int | None) -> str:
    """The rest of the sentence after a mention, up to the next mention: its appositive."""
    window = text[end : min(end + 240, stop if stop is not None else len(text))]
    boundary = _SENTENCE_END.search(window)
    return window[: boundary.start()] if boundary else window


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - CUE_WINDOW) : start]
    boundary = _SENTENCE_START.match(window)
    return window[boundary.end() :] if boundary else window


def parse_offset(clause: str, offset: int) -> RelativeOffset | None:
    """The first "N km <direction> of Y" (or "near Y") in ``clause``, which starts at ``offset``."""
    match = _OFFSET.search(clause)
    if match:
        number = float(match["number"].replace(",", ""))
        unit = match["unit"].lower()
        km = number * MILES_TO_KM if unit.startswith("mi") else number
        direction = (match["direction"] or "").lower().replace("-", "")
        return RelativeOffset(
            anchor=match["anchor"].rstrip(".'’"),
            anchor_start=offset + match.start("anchor"),
            anchor_end=offset + match.start("anchor") + len(match["anchor"].rstrip(".'’")),
            distance_km=km,
            bearing_deg=BEARINGS.get(direction),
            phrase=match.group(0),
        )
    near = _NEAR.search(clause)
    if near:
        anchor = near["anchor"].rstrip(".'’")
        start = offset + near.start("anchor")
        return RelativeOffset(anchor, start, start + len(anchor), None, None, near.group(0))
    return None


def parse_border(clause: str) -> tuple[str, ...]:
    """Names of the countries a border phrase mentions ("the Russia–North Korea border")."""
    for pattern in (_BORDER_PAIR, _BORDER_WITH):
        match = pattern.search(clause)
        if match:
            return tuple(n.rstrip(".'’") for n in (match["a"], match["b"]) if n)
    return ()


def kind_cues(text: str, start: int, end: int) -> frozenset[str]:
    """Feature kinds the words around a mention point to ("the Brackmoor cosmodrome")."""
    after = text[end : end + CUE_WINDOW]
    boundary = _SENTENCE_END.search(after)
    context = f"{_sentence_before(text, start)} {after[: boundary.start()] if boundary else after}"
    folded = fold(context)
    cues = {
        kind
        for kind, rx in _CUE_PATTERNS.items()
        if may_match(_CUE_NEEDS[kind], folded) and rx.search(context)
    }
    for kind, (before, following) in _ADJACENT_CUES.items():
        if before.search(text, max(0, start - 24), start) or following.match(text, end):
            cues.add(kind)
    return frozenset(cues)


def local_cue(text: str, start: int, end: int) -> bool:
    """Is the name written as local news writes its own towns (see _LOCAL_AFTER)?"""
    return bool(
        _LOCAL_AFTER.match(text, end) or _LOCAL_BEFORE.search(text, max(0, start - 60), start)
    )


def describe(text: str, start: int, end: int, *, stop: int | None = None) -> Description:
    """Everything the article says about the mention at ``text[start:end]``.

    ``stop`` is where the next place mention ends: the appositive after it is not this one's.
    """
    clause = _clause_after(text, end, stop)
    return Description(
        offset=parse_offset(clause, end),
        border_names=parse_border(clause),
        kind_cues=kind_cues(text, start, end),
        local=local_cue(text, start, end),
    )
