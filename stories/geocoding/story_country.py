"""A name whose only fitting namesake lies in a country the story never names, while the
story keeps to one country it does name: a place of that country the gazetteer lacks.

A Kenyan story names "Nyanza", "Suba" and "North Eastern": old provinces and districts our
gazetteer does not hold, whose only namesakes are a Rwandan town, a Philippine village and an
Icelandic region. The resolver, having nothing better, takes them, and two such strays then
vouch for each other. An editor reading the story knows better: a small place abroad, in a
country the story never names, is not where a story set in Kenya happens. Only weak namesakes
are doubted: a town of fewer than ``WEAK_POPULATION`` people or a division matched by another of
its names; never a capital, a country, a name the story qualifies ("X, Rwanda") or places by an
offset. The name is then estimated beside the story's nearest town in its own country.

One level down the same holds for states: a small Florida town called "Golden Gate" in a story
that names California and keeps to its towns is the strait the gazetteer lacks, in California.
"""

from collections import Counter

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import TOWN_KINDS, GazetteerEntry, GazetteerKind
from stories.geocoding.resolution import Resolution, ScoredCandidate
from stories.geocoding.story_evidence import within
from stories.geocoding.story_focus import estimated_near, nearest_written

WEAK_POPULATION = 100_000
WEAK_DIVISION_POPULATION = 1_000_000
LOCAL_KINDS = frozenset({GazetteerKind.CITY, GazetteerKind.ADMIN1, GazetteerKind.ADMIN2})
MIN_SUPPORT = 2  # distinct names of the story's country that must hold it


def weak(mention: Mention) -> bool:
    """Is the mention's choice a namesake the gazetteer offers without conviction: a small town,
    or a division or town known by this name only as one of its other names?"""
    place = mention.choice
    if place is None or place.kind not in LOCAL_KINDS or place.feature_code == "PPLC":
        return False
    if mention.description.offset is not None or any(within(place, q) for q in mention.qualifiers):
        return False
    if place.kind == GazetteerKind.CITY and place.population < WEAK_POPULATION:
        return True
    if place.kind != GazetteerKind.CITY and place.population < WEAK_DIVISION_POPULATION:
        return True
    return mention.chosen_match() not in ("name", None)


def story_country(mentions: list[Mention]) -> str | None:
    """The one country the story names that its local names lie in: at least ``MIN_SUPPORT``
    distinct names, and more than twice as many as in any other country."""
    named = {
        m.choice.country_code
        for m in mentions
        if m.choice is not None and m.choice.kind == GazetteerKind.COUNTRY
    }
    local = {
        m.key: m.choice.country_code
        for m in mentions
        if m.choice is not None and m.choice.kind in LOCAL_KINDS and not _people(m)
    }
    return _dominant(named, local)


def _people(mention: Mention) -> bool:
    """Is the mention a place's people ("Londoners", peoples.py)? It is the place's name again,
    not another place the story keeps to."""
    return mention.chosen_match() == "demonym"


def _dominant[H](named: set[H], local: dict[str, H]) -> H | None:
    """The one home (country or state) the story names that its local names keep to: at least
    ``MIN_SUPPORT`` distinct names in it, and more than twice as many as in any other."""
    ranked = Counter(local.values()).most_common(2)
    if not ranked or ranked[0][0] not in named or ranked[0][1] < MIN_SUPPORT:
        return None
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def foreign_strays(mentions: list[Mention]) -> list[Mention]:
    """The mentions whose weak namesake lies in a country the story neither names nor sets any
    firm place in, while the story keeps to one country it names."""
    doubted = {id(m) for m in mentions if weak(m)}
    home = story_country(mentions)
    if home is None:
        return []
    named = {
        m.choice.country_code
        for m in mentions
        if m.choice is not None and m.choice.kind == GazetteerKind.COUNTRY
    }
    firm = {
        m.choice.country_code
        for m in mentions
        if m.choice is not None and id(m) not in doubted and m.choice.kind in LOCAL_KINDS
    }
    return [
        m
        for m in mentions
        if id(m) in doubted
        and m.choice.country_code != home
        and m.choice.country_code not in named | firm
    ]


def nearest_home_place(
    mention: Mention, mentions: list[Mention], home: str
) -> GazetteerEntry | None:
    """The story's town or division in ``home`` written last before ``mention`` (else first
    after it)."""
    local = sorted(
        (
            m
            for m in mentions
            if m.choice is not None
            and m.choice.kind in LOCAL_KINDS
            and m.choice.country_code == home
        ),
        key=lambda m: m.start,
    )
    return nearest_written(mention, local)


def stray_anchors(mentions: list[Mention]) -> dict[int, GazetteerEntry | None]:
    """For each stray (by id), the story's place in its country it is estimated beside (the
    one nearest the name's first mention), its choice cleared: it is not that namesake."""
    home = story_country(mentions)
    strays = foreign_strays(mentions) if home is not None else []
    anchors: dict[str, GazetteerEntry | None] = {}
    for m in sorted(strays, key=lambda m: m.start):
        if m.key not in anchors:
            anchors[m.key] = nearest_home_place(m, mentions, home)
    cleared = {m.choice.geonames_id for m in strays}
    for m in strays:
        m.choice = None
    for m in mentions:  # nor does a stray qualify a name: "Rift Valley, North Eastern" is a list
        m.qualifiers = [q for q in m.qualifiers if q.geonames_id not in cleared]
    return {id(m): anchors[m.key] for m in strays}


def stray_resolution(
    mention: Mention, near: GazetteerEntry | None, alternatives: list[ScoredCandidate]
) -> Resolution:
    """A stray's answer: beside ``near`` with a county's radius, else unresolved."""
    why = "its only fitting namesakes lie in a country or state the story never names"
    return estimated_near(
        mention,
        near,
        unresolved=why,
        placed=why + ": placed near {near}, the story's nearest place in its own",
        alternatives=alternatives,
    )


def _state(place: GazetteerEntry) -> tuple[str, str]:
    return (place.country_code, place.admin1)


def named_states(mentions: list[Mention]) -> set[tuple[str, str]]:
    """The (country, state) of each state the story names."""
    return {
        _state(m.choice) for m in mentions if m.choice and m.choice.kind == GazetteerKind.ADMIN1
    }


def anchored_strays(strays: list[Mention], home: list[Mention]) -> dict[int, GazetteerEntry | None]:
    """For each stray (by id), the place of ``home`` (the story's towns in its own state, in
    text order) written nearest its name's first mention; each stray's choice is cleared."""
    anchors: dict[str, GazetteerEntry | None] = {}
    for m in sorted(strays, key=lambda m: m.start):
        if m.key not in anchors:
            anchors[m.key] = nearest_written(m, home)
    for m in strays:
        m.choice = None
    return {id(m): anchors[m.key] for m in strays}


def state_stray_anchors(mentions: list[Mention]) -> dict[int, GazetteerEntry | None]:
    """The same one level down: a weak namesake in a state the story never names, while the
    story keeps to one state it names ("Golden Gate", a Florida town, in a story of California's
    Santa Cruz and Millbrae), is estimated beside the story's town in that state nearest its
    first mention (towns and counties only: a state's own point says too little)."""
    named = named_states(mentions)
    local = {
        m.key: _state(m.choice)
        for m in mentions
        if m.choice and m.choice.kind in TOWN_KINDS and not _people(m)
    }
    home = _dominant(named, local)
    if home is None:
        return {}
    doubted = {id(m) for m in mentions if m.choice and m.choice.kind in TOWN_KINDS and weak(m)}
    firm = {_state(m.choice) for m in mentions if m.choice and id(m) not in doubted}
    strays = [
        m
        for m in mentions
        if id(m) in doubted
        and m.choice.country_code == home[0]
        and _state(m.choice) not in named | firm
    ]
    in_home = sorted(
        (
            m
            for m in mentions
            if m.choice and m.choice.kind in TOWN_KINDS and _state(m.choice) == home
        ),
        key=lambda m: m.start,
    )
    return anchored_strays(strays, in_home)
