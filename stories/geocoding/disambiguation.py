"""Choosing which place each mention means, the way an editor would.

Evidence, weakest to strongest: how prominent a namesake is (kind, population); the countries and
states the story names; how close a namesake is to the story's other places; the dateline or an
"X, Y" qualifier ("Paris, Texas"); and the article's own descriptions ("a station on the
Russia–North Korea border", "60 kilometers north of Y"). Scores are additive log-odds-like
points; the margin over the runner-up becomes the confidence and the strongest evidence becomes
the reason an editor sees.
"""

import math
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import NamedTuple

from stories.datelines import find_dateline
from stories.geocoding.compass_sides import place_compass_sides
from stories.geocoding.county_cues import follow_written_counties, written_counties
from stories.geocoding.county_states import follow_county_state
from stories.geocoding.foreign_divisions import foreign_division_anchors
from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.gazetteer_gaps import far_stray, lacked_by_gazetteer, written_area
from stories.geocoding.home_state_gaps import HomeStray, home_state_strays
from stories.geocoding.mention_reading import Mention, read_mentions
from stories.geocoding.metropolis import metropolis_in_city_stories, metropolis_qualifiers
from stories.geocoding.named_countries import keep_countries
from stories.geocoding.namesake_context import settle_namesakes
from stories.geocoding.offset_trust import offset_stands
from stories.geocoding.organisation_towns import follow_organisation_towns
from stories.geocoding.places import (
    BROAD_KINDS,
    Candidate,
    GazetteerEntry,
    GazetteerKind,
    destination,
    distance_km,
    normalize_name,
)
from stories.geocoding.priors import can_qualify, capital_kept, prior
from stories.geocoding.reranker import Reranker, Story, features, load_reranker
from stories.geocoding.resolution import Resolution, ScoredCandidate
from stories.geocoding.seated_metropolis import seated_metropolises
from stories.geocoding.shared_districts import district_resolution, settle_shared_districts
from stories.geocoding.state_cues import follow_sentence_states, follow_written_states
from stories.geocoding.story_agreement import Around, Nearest, context_score
from stories.geocoding.story_country import (
    state_stray_anchors,
    stray_anchors,
    stray_resolution,
)
from stories.geocoding.story_evidence import (
    VAST_KINDS,
    NameFacts,
    currency_country,
    home_country,
    list_siblings,
    within,
)
from stories.geocoding.story_focus import estimate_unknown
from stories.geocoding.story_state import follow_story_state
from stories.geocoding.street_country import street_countries
from stories.geocoding.street_namesakes import forget_street_towns, street_resolution
from stories.geocoding.world_cities import prefer_world_cities

CONTEXT_ROUNDS = 2
SAME_PLACE_KM = 25.0  # a namesake this close (the city and its district) is no rival
NAMESAKES_PER_NAME = 12
STATE_NAMESAKE_PENALTY = 1.5
LOCAL_POINTS = 1.0
QUALIFIER_RADIUS_KM = {"admin1": 150.0, "country": 400.0}


class AgreementMemo(NamedTuple):
    """One place's agreement points for one name: its parts, their sum, the reasons."""

    parts: dict[str, float]
    score: float
    reasons: list[str]


Evidence = tuple[dict[str, float], list[str]]  # a candidate's named points, and the reasons


class _Resolver:
    def __init__(self, text: str, spans: list[tuple[int, int]], gazetteer: OfflineGazetteer):
        self.text = text
        self.gazetteer = gazetteer
        # The story's own countries by its money, else by its addresses (street_country.py).
        currency = currency_country(text)
        self.story_countries = frozenset({currency}) if currency else street_countries(text)
        dateline = find_dateline(text)
        # AP style: a dateline city that stands alone has one meaning (WASHINGTON is the capital).
        self.standalone = (
            (normalize_name(dateline.city), dateline.standalone)
            if dateline and dateline.standalone
            else None
        )
        self.mentions = read_mentions(text, spans, gazetteer)
        ordered = sorted(self.mentions, key=lambda m: m.start)
        self.groups: dict[str, tuple[Mention, list[GazetteerEntry]]] = {}
        for m in self.mentions:
            if m.candidates and m.key not in self.groups:
                local = [c.place for c in m.candidates if c.place.kind not in ("country", "admin1")]
                local.sort(key=lambda p: prior(p, "name")[0], reverse=True)
                self.groups[m.key] = (m, local[:NAMESAKES_PER_NAME])
        self.siblings = list_siblings(text, ordered)
        self._memo: dict[int | None, Around] = {}
        # Agreement points by (place, name), kept only while no choice can change (_fixed).
        self._agreement: dict[tuple[GazetteerEntry, str | None], AgreementMemo] | None = None
        self._facts: dict[int, NameFacts] | None = None  # by id(mention), within _fixed too
        # Each place's nearest namesake of each other name: the same whatever the choices.
        self._nearest: Nearest = {}
        self.strays: dict[int, GazetteerEntry | None] = {}
        self.home_strays: dict[int, HomeStray] = {}  # home_state_gaps.py's, with their reason
        # Per name, the choices it was last scored under in ``choose`` and the evidence of each
        # (mention, candidate) then: the re-ranker's where no choice has changed since.
        self._scored: dict[str, tuple[tuple, dict[tuple[int, int], Evidence]]] = {}

    def _around(self, mention: Mention | None) -> Around:
        """The mention's surroundings, remembered until a choice changes (``_forget``)."""
        key = None if mention is None else id(mention)
        if key not in self._memo:
            others = [
                m for m in self.mentions if m.choice and (mention is None or m.key != mention.key)
            ]
            around = Around(
                others=others,
                countries={
                    m.choice.country_code for m in others if m.choice.kind in ("country", "admin1")
                },
                states={
                    (m.choice.country_code, m.choice.admin1)
                    for m in others
                    if m.choice.kind == "admin1"
                },
                home=home_country({m.key: m.choice for m in others}),
            )
            self._memo[key] = around
            if mention is not None:
                around.sibling_kind = self._sibling_kind(mention)
                around.expected = self._expected_position(mention)
                around.local = any(
                    m.description.local for m in self.mentions if m.key == mention.key
                )
                around.border_countries = frozenset(
                    c.place.country_code
                    for name in mention.description.border_names
                    for c in self.gazetteer.candidates(name)
                    if c.place.kind == "country"
                )
        return self._memo[key]

    def _forget(self) -> None:
        self._memo.clear()

    def _anchor_place(self, mention: Mention) -> GazetteerEntry | None:
        offset = mention.description.offset
        if offset is None:
            return None
        for other in self.mentions:
            if other.start <= offset.anchor_start < other.end and other.choice:
                return other.choice
        options = self.gazetteer.candidates(offset.anchor)
        return self._best_by_context(options)

    def _best_by_context(self, options: list[Candidate]) -> GazetteerEntry | None:
        if not options:
            return None
        return max(options, key=lambda c: self._context_score(c.place, None)[0]).place

    def _context_score(
        self,
        place: GazetteerEntry,
        mention: Mention | None,
        parts: dict[str, float] | None = None,
    ) -> tuple[float, list[str]]:
        """Points for agreeing with the story's other places (story_agreement.py).

        They depend on the place, the name (not which mention of it) and the other names'
        choices, so while the choices are fixed (``_fixed``) each place is scored once per name:
        a name written five times would otherwise weigh each namesake five times over.
        """
        around = self._around(mention)
        if self._agreement is None:
            return context_score(
                place, mention, around, self.story_countries, self.groups, parts, self._nearest
            )
        key = (place, None if mention is None else mention.key)
        memo = self._agreement.get(key)
        if memo is None:
            added: dict[str, float] = {}
            score, reasons = context_score(
                place, mention, around, self.story_countries, self.groups, added, self._nearest
            )
            memo = self._agreement[key] = AgreementMemo(added, score, reasons)
        if parts is not None:
            parts.update(memo.parts)
        return memo.score, list(memo.reasons)

    def _name_facts(self, mention: Mention) -> NameFacts:
        """What the mention's candidates say as a whole, read once per mention while scoring
        (``_fixed``): each candidate's evidence asks, and a name can have a hundred."""
        if self._facts is None:
            return NameFacts.of(mention.candidates)
        if id(mention) not in self._facts:
            self._facts[id(mention)] = NameFacts.of(mention.candidates)
        return self._facts[id(mention)]

    @contextmanager
    def _fixed(self) -> Iterator[None]:
        """While scoring with every choice and candidate held fixed: what depends on nothing
        else (agreement points, the candidates' facts) may be remembered, and is forgotten
        after (the steps between rounds change choices and candidates)."""
        self._agreement, self._facts = {}, {}
        try:
            yield
        finally:
            self._agreement, self._facts = None, None

    def _score(self, mention: Mention, candidate: Candidate) -> tuple[float, list[str]]:
        """The hand-written score: the sum of the evidence's points."""
        parts, reasons = self._evidence(mention, candidate)
        return sum(parts.values()), reasons

    def _evidence(
        self, mention: Mention, candidate: Candidate
    ) -> tuple[dict[str, float], list[str]]:
        """Each piece of evidence for and against ``candidate``, as named points, and the
        reasons an editor sees (strongest first)."""
        place = candidate.place
        score, why = prior(place, candidate.match)
        parts = {"prior": score}
        reasons = [why]
        if place.feature_code == "PPLC" and self._international():
            parts["world_capital"] = (
                0.5  # in world news "Washington" is the capital, "Rome" not a US town
            )
            reasons.append("world news names capitals")
        around = self._around(mention)
        if around.local:
            self._local_evidence(place, around, parts, reasons)
        facts = self._name_facts(mention)
        town_alias = candidate.match == "alternate" and place.kind == GazetteerKind.CITY
        if town_alias and facts.an_area:
            parts["area_alias"] = -2.0  # "Atlantic": the ocean, not a town that is also called so
        elif (
            place.kind == GazetteerKind.CITY
            and place.feature_code != "PPLC"
            and place.country_code in facts.state_countries
        ):
            parts[
                "state_namesake"
            ] = -STATE_NAMESAKE_PENALTY  # "Oregon": the state; its towns need a word
            reasons.append("a town that shares a state's name")
        elif (
            place.kind == GazetteerKind.CITY
            and place.feature_code != "PPLC"
            and place.name.casefold() != mention.surface.casefold()
            and facts.a_country
        ):
            parts[
                "country_lookalike"
            ] = -1.5  # "Canada" is the country, not the village Cañada (another spelling)
            reasons.append("a town whose name is only like a country's")
        # "Paris, Texas" and "Ontario, Canada" qualify; "California, Colorado" is a list.
        qualifiers = [q for q in mention.qualifiers if can_qualify(q, place)]
        if qualifiers:
            if any(within(place, q) for q in qualifiers):
                parts["qualifier_within"] = 3.0
                reasons.insert(0, f"the story writes '{mention.surface}, {mention.qualifier_name}'")
            else:
                parts["qualifier_outside"] = -1.5
        if self.standalone and mention.key == self.standalone[0]:
            name, country_code, admin1 = self.standalone[1]
            same_state = not admin1 or place.admin1 == admin1
            if (
                place.kind == GazetteerKind.CITY
                and place.country_code == country_code
                and same_state
            ):
                parts["dateline"] = 4.0
                reasons.insert(0, f"the story's AP dateline {mention.surface} means {name}")
        if (
            place.kind == GazetteerKind.ADMIN1
            and (place.country_code, place.admin1) in facts.city_divisions
        ):
            parts[
                "division_of_city"
            ] = -1.0  # "Alexandria": the city, more than the governorate named after it
            reasons.append("a division named after its city")
        elif (
            place.kind == GazetteerKind.ADMIN1
            and facts.largest_town is not None
            and facts.largest_town > place.population
        ):
            parts[
                "division_smaller"
            ] = -0.9  # "Manchester": the English city, not the smaller Jamaican parish
            reasons.append("a division smaller than a city of that name")
        if around.sibling_kind == place.kind:
            parts["sibling_kind"] = 1.5
            reasons.append(f"listed with other places of its kind ({place.kind})")
        description = mention.description
        if place.kind in description.kind_cues:
            parts["kind_cue"] = 2.5
            reasons.insert(0, f"the story calls it a {place.kind.replace('_', ' ')}")
        if description.border_names and place.country_code in around.border_countries:
            parts["border"] = 2.0
            reasons.insert(0, f"on the {'–'.join(description.border_names)} border per the story")
        if around.expected is not None:
            (lat, lon), radius, phrase = around.expected
            km = distance_km(place.latitude, place.longitude, lat, lon)
            fit = 3.0 * math.exp(-km / max(radius, 15.0))
            parts["offset_fit"] = fit
            if fit > 1.0:
                reasons.insert(0, f"{km:.0f} km from where the story puts it ('{phrase}')")
        _, why_context = self._context_score(place, mention, parts)
        reasons[1:1] = why_context
        return parts, reasons

    def _local_evidence(
        self, place: GazetteerEntry, around: Around, parts: dict, reasons: list[str]
    ) -> None:
        """Local news names its own towns by their councils, police, streets and residents
        ("the Dublin City Council", "a Lebanon woman"): a town of the story's country (its
        currency's, else most of its places'), not a capital or a country abroad."""
        homes = self.story_countries or frozenset({around.home})
        if place.kind in ("city", "admin2") and place.country_code in homes:
            parts["local_home"] = LOCAL_POINTS
            reasons.insert(0, f"named as local news names its towns, in {place.country_code}")
        elif place.kind in VAST_KINDS or place.feature_code == "PPLC":
            parts["local_prominent"] = -LOCAL_POINTS

    def _expected_position(self, mention: Mention) -> tuple[tuple[float, float], float, str] | None:
        """Where the article's "N km <direction> of Y" puts the place, and how sure it is."""
        offset = mention.description.offset
        anchor = self._anchor_place(mention) if offset else None
        if offset is None or anchor is None:
            return None
        if offset.distance_km is None:
            return (anchor.latitude, anchor.longitude), 30.0, offset.phrase
        if offset.bearing_deg is None:
            return (anchor.latitude, anchor.longitude), offset.distance_km, offset.phrase
        point = destination(
            anchor.latitude, anchor.longitude, offset.bearing_deg, offset.distance_km
        )
        return point, max(10.0, 0.25 * offset.distance_km), offset.phrase

    def choose(self) -> None:
        for mention in self.mentions:
            if mention.candidates:
                mention.choice = max(
                    mention.candidates, key=lambda c: prior(c.place, c.match)[0]
                ).place
        self._forget()
        # Per name, every mention's choice when the name was last scored, and what it chose.
        settled: dict[str, tuple[tuple[GazetteerEntry | None, ...], list[GazetteerEntry]]] = {}
        for _ in range(CONTEXT_ROUNDS):
            # Text order, not set (hash) order: every process must reach the same answer.
            for key in dict.fromkeys(m.key for m in sorted(self.mentions, key=lambda m: m.start)):
                group = [m for m in self.mentions if m.key == key and m.candidates]
                if not group:
                    continue
                # The scores depend on the choices alone: where none has changed since the last
                # round scored this name, they come out the same, and so does its choice.
                choices = tuple(m.choice for m in self.mentions)
                if key in settled and settled[key][0] == choices:
                    for m, chosen in zip(group, settled[key][1], strict=True):
                        m.choice = chosen
                    self._forget()
                    continue
                totals: dict[int, float] = {}
                with self._fixed():
                    evidence = {
                        (id(m), id(c)): self._evidence(m, c) for m in group for c in m.candidates
                    }
                self._scored[key] = (choices, evidence)
                own = {pair: sum(parts.values()) for pair, (parts, _) in evidence.items()}
                for m in group:
                    for c in m.candidates:
                        gid = c.place.geonames_id
                        totals[gid] = max(totals.get(gid, -1e9), own[id(m), id(c)])
                for m in group:
                    if m.qualifiers:
                        m.choice = max(m.candidates, key=lambda c: own[id(m), id(c)]).place
                    else:
                        m.choice = max(
                            m.candidates, key=lambda c: totals[c.place.geonames_id]
                        ).place
                settled[key] = (choices, [m.choice for m in group])
                self._forget()

    def feature_rows(
        self,
        mention: Mention,
        reasons: dict | None = None,
        scored: dict[tuple[int, int], Evidence] | None = None,
    ) -> list[tuple]:
        """Each candidate of ``mention`` with the re-ranker's features, in the current context
        (and its reasons into ``reasons``, by GeoNames id); ``scored``: evidence already
        weighed under the current choices (``choose``), which would come out the same."""
        others = [o.choice for o in self.mentions if o.choice is not None and o.key != mention.key]
        story = Story(mention.surface, mention.candidates, others, self._international())
        rows, reasons = [], {} if reasons is None else reasons
        for c in mention.candidates:
            known = None if scored is None else scored.get((id(mention), id(c)))
            parts, reasons[c.place.geonames_id] = (
                known if known is not None else self._evidence(mention, c)
            )
            rows.append((c.place, features(parts, c, story)))
        return rows

    def rerank(self, model: Reranker | None) -> None:
        """The trained re-ranker's choice, from the evidence the hand-written rounds leave (all
        scored before any choice changes); mentions of one name agree as in ``choose``."""
        if model is None:
            return
        choices = tuple(m.choice for m in self.mentions)
        with self._fixed():
            for m in self.mentions:
                m.learnt, m.reasons = {}, {}
                kept = self._scored.get(m.key)
                scored = kept[1] if kept is not None and kept[0] == choices else None
                for place, vector in self.feature_rows(m, m.reasons, scored):
                    score = model.score(vector)
                    m.learnt[place.geonames_id] = max(m.learnt.get(place.geonames_id, -1e9), score)
        world = self._international()
        for key in dict.fromkeys(m.key for m in sorted(self.mentions, key=lambda m: m.start)):
            group = [m for m in self.mentions if m.key == key and m.candidates]
            totals: dict[int, float] = {}
            for m in group:
                for gid, score in m.learnt.items():
                    totals[gid] = max(totals.get(gid, -1e9), score)
            for m in group:
                table = m.learnt if m.qualifiers else totals
                learnt = max(m.candidates, key=lambda c: table[c.place.geonames_id]).place
                m.choice = m.choice if world and capital_kept(m.choice, learnt) else learnt
        self._forget()

    def doubt_strays(self) -> None:
        """Weak namesakes abroad in a story that keeps to one country (story_country.py)."""
        divisions = foreign_division_anchors(self.text, self.mentions)
        self.strays = divisions | stray_anchors(self.mentions) | state_stray_anchors(self.mentions)
        self._forget()

    def _offset_places(self, mention: Mention) -> bool:
        """May the story's "near Y" stand for the place itself? Not when Y was cut off by the
        next name ("near the Re"), nor as offset_trust.py says (a bare "near" a state, or one
        the story's other places contradict)."""
        offset = mention.description.offset
        if self.text[offset.anchor_end : offset.anchor_end + 1].isalnum():
            return False
        return offset_stands(mention, self._anchor_place(mention), self.mentions)

    def _final_score(self, mention: Mention, candidate: Candidate) -> tuple[float, list[str]]:
        if mention.learnt is None:
            return self._score(mention, candidate)
        key = candidate.place.geonames_id
        return mention.learnt[key], mention.reasons[key]

    def _sibling_kind(self, mention: Mention) -> str | None:
        """The kind most of the names listed with this one mean ("Alaska, Alabama, Arizona")."""
        kinds = Counter(
            m.choice.kind for m in self.siblings.get(id(mention), ()) if m.choice is not None
        )
        ranked = kinds.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _international(self) -> bool:
        """Does the story name places in four countries or more (world news, not local)?"""
        countries = {m.choice.country_code for m in self.mentions if m.choice is not None}
        return len(countries - {""}) >= 4

    def resolution(self, mention: Mention) -> Resolution:
        scored = sorted(
            ((self._final_score(mention, c), c.place) for c in mention.candidates),
            key=lambda pair: pair[0][0],
            reverse=True,
        )
        alternatives = [
            ScoredCandidate(
                p.name,
                p.latitude,
                p.longitude,
                p.geonames_id,
                p.kind,
                p.country_code,
                round(s, 3),
                "; ".join(why[:3]),
            )
            for (s, why), p in scored
        ]
        if id(mention) in self.strays:
            return stray_resolution(mention, self.strays[id(mention)], alternatives)
        if id(mention) in self.home_strays:
            return self.home_strays[id(mention)].resolution(mention, alternatives)
        expected = self._expected_position(mention)
        best = mention.choice
        if expected is not None and self._offset_places(mention):
            (lat, lon), radius, phrase = expected
            # "N km from Y" places a town or a site, never a country, a state or a sea.
            far = best is None or (
                best.kind not in BROAD_KINDS
                and distance_km(best.latitude, best.longitude, lat, lon) > 3 * radius
            )
            if far:
                return Resolution(
                    mention.surface, lat, lon, None, None, None, 0.5, "estimated",
                    f"not in the gazetteer; placed by the story's '{phrase}'", radius, alternatives,
                )  # fmt: skip
        if best is not None and lacked_by_gazetteer(self.text, mention, best, self.mentions):
            return estimate_unknown(self.text, mention, self.mentions)
        if best is not None and far_stray(mention, best, self.mentions, self.standalone):
            return Resolution(
                mention.surface, None, None, None, None, None, 0.0, "unresolved",
                f"the only namesake known, {best.name} ({best.country_code}), is a town "
                "far from every other place of the story: left for an editor", None, alternatives,
            )  # fmt: skip
        if best is None:
            return estimate_unknown(self.text, mention, self.mentions)
        area = written_area(self.text, mention, best)
        if area is not None:
            return Resolution(
                mention.surface, area.latitude, area.longitude, None, None, area.country_code,
                0.3, "estimated", f"no {mention.surface} known in {area.name}, which the story "
                f"writes with it: placed in {area.name}", QUALIFIER_RADIUS_KM[area.kind],
                alternatives,
            )  # fmt: skip
        best_score, reasons = next((sr for sr, p in scored if p == best), (0.0, ["chosen"]))
        runner_up = max(
            (
                s
                for (s, _), p in scored
                if distance_km(p.latitude, p.longitude, best.latitude, best.longitude)
                > SAME_PLACE_KM
            ),
            default=None,
        )
        margin = best_score - runner_up if runner_up is not None else 4.0
        slope = 1.0 if mention.learnt is not None else 1.5  # learnt scores are log-odds
        confidence = round(1.0 / (1.0 + math.exp(-slope * margin)), 3)
        return Resolution(
            best.name, best.latitude, best.longitude, best.geonames_id, best.kind,
            best.country_code, confidence, "resolved", "; ".join(reasons[:3]), None, alternatives,
        )  # fmt: skip


def resolve_mentions(
    text: str,
    mentions: list[tuple[int, int]],
    *,
    gazetteer: OfflineGazetteer,
    published: date | None = None,
) -> list[Resolution]:
    """Resolve each ``text[start:end]`` span to a place, in the order given (``published`` is
    accepted for callers that know it; place names do not depend on the date)."""
    resolver = _Resolver(text, mentions, gazetteer)
    resolver.choose()
    resolver.rerank(load_reranker())
    keep_countries(text, resolver.mentions, gazetteer)  # doubt_strays forgets the old choices
    prefer_world_cities(text, resolver.mentions)
    resolver.doubt_strays()
    metropolis_qualifiers(text, resolver.mentions)
    metropolis_in_city_stories(text, resolver.mentions)
    seated_metropolises(text, resolver.mentions)
    settle_namesakes(text, resolver.mentions)
    resolver.home_strays = home_state_strays(text, resolver.mentions)
    follow_written_states(text, resolver.mentions, gazetteer)
    follow_sentence_states(text, resolver.mentions)
    counties = written_counties(text, gazetteer)  # "X County", read once for both
    follow_written_counties(resolver.mentions, counties)
    follow_county_state(resolver.mentions, counties)
    follow_organisation_towns(text, resolver.mentions, gazetteer)
    follow_story_state(resolver.mentions)
    districts = settle_shared_districts(resolver.mentions)
    streets = forget_street_towns(text, resolver.mentions)
    resolutions = [
        street_resolution(m, resolver.mentions)
        if id(m) in streets
        else district_resolution(m, resolver.mentions)
        if id(m) in districts
        else resolver.resolution(m)
        for m in resolver.mentions
    ]
    return place_compass_sides(text, resolver.mentions, resolutions, gazetteer)


def candidate_features(
    text: str, mentions: list[tuple[int, int]], *, gazetteer: OfflineGazetteer
) -> list[list[tuple[GazetteerEntry, list[float]]]]:
    """Per span, each candidate with the re-ranker's features after the hand-written rounds:
    the rows the re-ranker is trained on (benchmarks/rerank_training.py)."""
    resolver = _Resolver(text, mentions, gazetteer)
    resolver.choose()
    return [resolver.feature_rows(m) for m in resolver.mentions]
