"""Where an event happened when its own clause names no pinned place: the story's context.

A clause that states a place (a locative phrase, a venue) has decided (events.places), as long
as the gazetteer could pin it. Otherwise clues from around it, each weaker than a stated place
and recorded with its confidence in the event's provenance, in this order:

- the place its own sentence states with "in", "at", "near" outside the clause (not inside a
  relative or infinitive clause describing a noun: "munitions to be used in X" says where the
  munitions go, not where the sentence's narration is);
- the place carried from the sentence before in the same paragraph: narration stays where it
  was until it says it moves ("The fire broke out in X. Crews fought it for hours."). The home
  of who acted carries as well ("The X government extended the licence. It expires in May."),
  unless the sentence names a place outside it (events.narration). Neither
  of these places a happening named by a noun long before the story ("apologised for a 2010
  raid"): it is mentioned in today's narration, not part of it. A temporal side clause's place
  ("..., after two people fell ill in Y") is not carried, a carried country yields to the
  dateline's city in it, and failing all else a new paragraph goes on there (events.carrying);
- the dateline: the place the reporter filed from, where the events the story witnesses
  happened. It is the default for the story's own days only (a background event, a summit years
  ago, did not happen where today's reporter stands), and not in a sentence that names a place
  outside it as a location or an actor (a participant, "accused Sudland", or whom a person
  leads, "Presidents A of Norland and B of Sudland signed", does not move it). In a local
  story (more than half its places lie around the dateline) it also places what is planned and
  the story's background: a local paper's coming concert or vote, or last spring's budget,
  happens at home;
- the story's setting (events.setting): the one place nearly all of its places lie in, not in
  a sentence that names a place outside it as a location (a participant or a residence, "X,
  32, of Franklin, was arrested", does not move it, as for the dateline); narrowed to the
  dateline's city when that lies in it, but the background of a story that is not local keeps
  the wider setting (events.local_stories). A town in an office holder's title ("Norfield City
  Councilwoman X") is whose office it is and counts for neither (events.office_titles);
- without a dateline or a setting, the lead's place: the one place the first sentence states
  with "in", "at", "near", where news says the story happens. It places the story's dated
  events (a background or undated event keeps no place from it), not in a sentence naming a
  place outside it.

An event none of these places, in a paragraph between two that narrate in one city or
region and name no other place, stays there (events.narration).

A venue the gazetteer cannot pin stays named in the provenance while a pinned clue gives the map
its point; an event with no clue keeps no place rather than borrowing a random one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from stories.datelines import Dateline, find_dateline
from stories.extraction.events import place_rules
from stories.extraction.events.actor_towns import actor_towns
from stories.extraction.events.attack_targets import attack_targets
from stories.extraction.events.carried_leaders import (
    acting_countries_per_sentence,
    leadership_acts,
)
from stories.extraction.events.carrying import (
    Narration,
    carried_sources,
    carries_to,
    finer_than_carried,
    in_temporal_side_clause,
    narration_after,
    opens_on,
)
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.country_settings import written_as_a_country
from stories.extraction.events.exchanges import exchange_acts, exchange_places, over_owners
from stories.extraction.events.first_names import a_person_s_first_name
from stories.extraction.events.homes import (
    HOME_CONFIDENCE,
    actor_nations,
    governs,
    home_of,
    story_homes,
    venue_of,
)
from stories.extraction.events.journey_nouns import journey_sentences
from stories.extraction.events.lexicon import FORESEEN, LOCATIVE_PREPOSITIONS
from stories.extraction.events.local_stories import local_story, setting_for
from stories.extraction.events.mainline import named_long_before
from stories.extraction.events.markets import market_moves, market_places
from stories.extraction.events.narration import (
    between_same_places,
    named_per_sentence,
    names_another,
    part_of_a_name,
)
from stories.extraction.events.narrowing import narrow_places
from stories.extraction.events.national_lands import land_of
from stories.extraction.events.national_measures import measured_nationally
from stories.extraction.events.national_scope import nationwide_places
from stories.extraction.events.office_titles import in_an_office_title
from stories.extraction.events.older_stories import told_of_a_relative
from stories.extraction.events.place_roles import (
    acted_on,
    named_as_location,
    sets_scene,
    stated_as_location,
)
from stories.extraction.events.quiet_sentences import loud_sentences, quiet_between
from stories.extraction.events.reported import reporting_events
from stories.extraction.events.resident_scenes import without_residences
from stories.extraction.events.schedules import city_spans
from stories.extraction.events.seats import seat_of
from stories.extraction.events.sentence_places import (
    described_per_sentence,
    lead_place,
    located_per_sentence,
    pinned,
    sentences_naming,
)
from stories.extraction.events.sentence_scene import reach_back
from stories.extraction.events.setting import SETTING_CONFIDENCE, wide, within
from stories.extraction.events.struck_homes import done_to_the_dateline_country
from stories.extraction.events.written_setting import story_setting
from stories.extraction.mentions import EventCandidate, PlaceMention

STATED_CONFIDENCE = {"clause": 0.9, "venue": 0.9, "relative": 0.8, "owner": 0.6}
SENTENCE_CONFIDENCE = 0.7
# A place stated only in a relative clause of the sentence ("a chase that began in X").
DESCRIBED_CONFIDENCE = 0.3
CARRIED_CONFIDENCE = 0.6
DATELINE_CONFIDENCE = 0.5
LEAD_CONFIDENCE = 0.4
_WITNESSED = frozenset({"occurred", "ongoing"})
# How a venue's name holds the place it is in: "X's arena", "the X arena", "arena in X", "arena, X".
_CONTAINER_DEPS = frozenset({"poss", "compound", "nmod", "prep", "appos", "npadvmod"})


def with_context_cities(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The recognizers' places plus the cities of the dateline and of schedule lines when they
    missed them ("BUFFALO, N.Y. (AP) —", "June 19 – Charlotte, NC @ …": no sentence around
    them, so NER often does), to be resolved with the others."""
    spans = list(city_spans(text))
    dateline = find_dateline(text)
    if dateline is not None:
        spans.append((dateline.city_start, dateline.city_end))
    added = [
        PlaceMention(text=text[start:end], start=start, end=end, kind="city", specificity=3)
        for start, end in spans
        if not any(p.start < end and start < p.end for p in places)
    ]
    return sorted([*places, *added], key=lambda p: p.start) if added else places


def dateline_place(dateline: Dateline | None, places: list[PlaceMention]) -> PlaceMention | None:
    """The resolved place mention the dateline's city is, if any."""
    if dateline is None:
        return None
    for place in places:
        if place.start < dateline.city_end and dateline.city_start < place.end:
            return place if place.latitude is not None else None
    return None


def place_events(
    events: list[EventCandidate], *, index: MentionIndex, places: list[PlaceMention]
) -> list[EventCandidate]:
    """The events (in text order) with the places their context gives those whose clause
    names none, or none the gazetteer could pin."""
    starts = [sentence.start_char for sentence in index.sentences]
    places = [
        p
        for p in places
        if not _a_person_s_name(p, index)
        and not (_on("names") and part_of_a_name(p, index))
        and not (_on("first names") and a_person_s_first_name(p, index, places))
    ]
    body = [p for p in places if p.start >= index.dateline_end and pinned(p) and not wide(p)]
    home = dateline_place(index.dateline, places)
    lead = None if home is not None else lead_place(index, starts)
    titles = (
        {p.start for p in places if in_an_office_title(p, index)} if _on("office titles") else set()
    )
    scene = without_residences([p for p in places if sets_scene(p, index)], index)
    setting = story_setting(
        [p for p in scene if p.start not in titles], places, index.text, home, lead=lead
    )
    if setting is None and titles:
        titles = set()  # a story that names its places only in titles is set where they are
        setting = story_setting(scene, places, index.text, home, lead=lead)
    wider = setting  # before it narrows to the dateline's city: the background's (local_stories)
    if home is not None and setting is not None and within(home, setting):
        setting = home  # the story is set where it was filed: the city, not its state
    elif (
        setting is not None
        and setting.kind == "country"
        and not named_as_location(setting, places, index)
        and not (_on("written country") and written_as_a_country(setting, places, index))
    ):
        setting = None  # "a UK man", "U.S. Rep. X": a nationality, not where the story is
    events = [_in_container(event, index) for event in events]
    located = located_per_sentence(index, starts)
    located = {**journey_sentences(index), **located} if _on("journey nouns") else located
    homes = story_homes(index, places)
    acting = [p for p in body if not acted_on(p, index)]
    markets = market_places(index) if _on("markets") else []
    exchanges = exchange_places(index) if _on("exchanges") else []
    markets = sorted([*markets, *exchanges], key=lambda found: found[0])
    events = over_owners(events, acts := exchange_acts(events, index, exchanges))
    placed = place_from_context(
        events,
        paragraph_of={e.start: index.paragraph_number(e.start) for e in events},
        sentence_of={e.start: bisect_right(starts, e.start) - 1 for e in events},
        elsewhere=sentences_naming(acting, starts, outside=home or lead),
        reported=reporting_events(events, index, acting) if _on("reported") else set(),
        dateline=home,
        lead=lead,
        local=(
            local := home is not None
            and local_story(home, [p for p in places if pinned(p)], index.dateline_end)
        ),
        located=located,
        setting=setting,
        background_setting=wider if wider is not setting and not local else None,
        off_setting=sentences_naming(
            [
                p
                for p in body
                if not (_on("setting past actors") and acted_on(p, index)) and p.start not in titles
            ],
            starts,
            outside=setting,
        ),
        homes={e.start: h for e in events if (h := home_of(e, index, homes)) is not None}
        if "homes" in place_rules.ENABLED
        else {},
        several={e.start: n for e in events if len(n := actor_nations(e, index)) > 1},
        venues={e.start: v for e in events if (v := venue_of(e, index, homes)) is not None}
        if "venues" in place_rules.ENABLED
        else {},
        seats={e.start: s for e in events if (s := seat_of(e, index, places)) is not None}
        if "seats" in place_rules.ENABLED
        else {},
        markets=market_moves(events, index, markets),
        exchanges=acts,
        lands={e.start: c for e in events if (c := land_of(e, index, homes.countries)) is not None}
        if _on("national lands")
        else {},
        targets=attack_targets(events, index) if _on("attack targets") else {},
        named=named_per_sentence(body, starts),
        loud=loud_sentences(index, starts, places) if _on("quiet sentences") else None,
        leaders=(
            (
                {e.start for e in events if leadership_acts(e, index)},
                acting_countries_per_sentence(index),
            )
            if _on("carried leaders")
            else None
        ),
        side_clauses={e.start for e in events if in_temporal_side_clause(e, index)}
        if _on("side clauses")
        else set(),
        relatives={e.start for e in events if e.background and told_of_a_relative(e, index)},
        measures={
            e.start: c
            for e in events
            if (c := measured_nationally(e, index, home, homes, capital)) is not None
        }
        if _on("national measures") and (capital := home is not None and governs(home))
        else {},
        described_places=described_per_sentence(index, starts) if _on("described") else {},
        struck={e.start for e in events if done_to_the_dateline_country(e, index, home)}
        if _on("struck homes")
        else set(),
    )
    placed = reach_back(placed, starts, index) if _on("sentence scene") else placed
    if _on("narrowing"):
        placed = narrow_places(
            placed, places, starts, located=lambda p: stated_as_location(p, index)
        )
    placed = actor_towns(placed, index) if _on("actor towns") else placed
    return nationwide_places(placed, index, homes) if _on("national scope") else placed


def place_from_context(
    candidates: list[EventCandidate],
    *,
    paragraph_of: dict[int, int],
    sentence_of: dict[int, int],
    elsewhere: set[int],
    dateline: PlaceMention | None,
    lead: PlaceMention | None = None,
    local: bool = False,
    located: dict[int, tuple[int, PlaceMention]] | None = None,
    setting: PlaceMention | None = None,
    background_setting: PlaceMention | None = None,
    off_setting: set[int] | None = None,
    homes: dict[int, PlaceMention] | None = None,
    venues: dict[int, PlaceMention] | None = None,
    seats: dict[int, PlaceMention] | None = None,
    markets: dict[int, PlaceMention] | None = None,
    exchanges: dict[int, PlaceMention] | None = None,
    lands: dict[int, PlaceMention] | None = None,
    targets: dict[int, PlaceMention] | None = None,
    several: dict[int, set[str]] | None = None,
    named: dict[int, list[PlaceMention]] | None = None,
    side_clauses: set[int] | None = None,
    reported: set[int] | None = None,
    measures: dict[int, PlaceMention] | None = None,
    described_places: dict[int, PlaceMention] | None = None,
    leaders: tuple[set[int], dict[int, set[str]]] | None = None,
    loud: set[int] | None = None,
    relatives: set[int] | None = None,
    struck: set[int] | None = None,
) -> list[EventCandidate]:
    """Fill the place of unplaced events from their sentence, the sentence before (same paragraph),
    the dateline, then the story's setting. `paragraph_of`/`sentence_of` give each candidate's (by
    start offset) paragraph and sentence numbers; `located` the place each sentence states;
    `elsewhere` the sentences naming a place other than the dateline's, whose events the dateline
    does not place; `off_setting` the same for the setting. In a `local` story the dateline also
    places what is planned and the story's background. `homes` gives the country (or state, city)
    whose body acts in an event (events.homes): it places the event when no clue of its own sentence
    does, and beats a carried, datelined or story-wide place outside it. `venues`: the place an
    organisation the event happens at is named for. `seats`: the capital a national body that acts
    sits in (events.seats). `markets`: the exchange a share's price move happened on
    (events.markets), which places it as a home does. `exchanges`: the exchange a market act's
    clause names it on (events.exchanges), a stated place. `lands`: the country whose land ("from
    Iranian territory") the event's verb names (events.national_lands), a stated place no home
    overrides. `background_setting`: the wider setting that places background events instead
    of `setting` (events.local_stories). `side_clauses`: events told in a temporal side clause,
    whose place narration does not carry (events.carrying). `reported`: events whose sentence
    names places only in what they report (events.reported), which move neither default.
    `measures`: the country whose economy the event measures, told under its capital's
    dateline (events.national_measures), which places it instead of the dateline.
    `described_places`: per sentence, the one place it names only inside a relative clause
    ("after a chase that began in X"), which places its events when every default is barred by
    it (events.sentence_places). `leaders`: the events a nation's leadership acts in, and per
    sentence the countries it names as actors: a country carried to such an event from a
    sentence that did not name it as an actor is dropped (events.carried_leaders). `relatives`:
    background events told of someone named by their tie to another, which go on in no older
    story (events.older_stories). `struck`: deeds done to the dateline country's own things,
    which the dateline places though the sentence names another place (events.struck_homes)."""
    located = located or {}
    homes = homes or {}
    seats = seats or {}
    venues = venues or {}
    datelined = _WITNESSED | FORESEEN if local else _WITNESSED
    off_setting = off_setting or set()
    result: list[EventCandidate] = []
    last: Narration | None = None
    carried = carried_sources()
    told = set(sentence_of.values())
    for candidate in candidates:
        paragraph = paragraph_of.get(candidate.start, -1)
        sentence = sentence_of.get(candidate.start, -1)
        said = candidate.start in (reported or set())
        far, off = (False, False) if said else (sentence in elsewhere, sentence in off_setting)
        own = candidate.place
        source = candidate.provenance.get("place", {}).get("source")
        if own is not None and (pinned(own) or source not in STATED_CONFIDENCE):
            beside = (
                candidate.start in (side_clauses or set())
                and last is not None
                and (last.paragraph, last.sentence) == (paragraph, sentence)
            )
            if pinned(own) and source in carried and not beside:
                last = narration_after(candidate, paragraph, sentence, own, source)
            result.append(candidate)
            continue
        clue: tuple[PlaceMention, str, float] | None = None
        by_actor = False  # the clue is another actor's home, carried: the event's own home wins
        here = located.get(sentence)
        before = located.get(sentence - 1)
        narrated = not _long_before(candidate)
        if candidate.start in venues:
            clue = (venues[candidate.start], "venue", STATED_CONFIDENCE["venue"])
        elif candidate.start in (exchanges or {}):
            clue = ((exchanges or {})[candidate.start], "exchange", STATED_CONFIDENCE["clause"])
        elif candidate.start in (lands or {}):
            clue = ((lands or {})[candidate.start], "land", STATED_CONFIDENCE["clause"])
        elif candidate.start in (targets or {}):  # "a strike against X" (events.attack_targets)
            clue = ((targets or {})[candidate.start], "target", STATED_CONFIDENCE["clause"])
        elif here is not None and here[0] == paragraph and _on("sentence") and narrated:
            clue = (here[1], "sentence", SENTENCE_CONFIDENCE)
        elif (
            last is not None
            and last.paragraph == paragraph
            and (
                sentence - last.sentence <= 1
                or (
                    loud is not None
                    and quiet_between(last.sentence, sentence, told=told, loud=loud)
                )
            )
            and _on("carried")
            and narrated
            and not (last.by_actor and names_another(named or {}, sentence, last.place))
            and carries_to(last, candidate)
            and not _leadership_elsewhere(last.place, candidate, sentence, leaders, dateline)
        ):
            clue = (last.place, "previous sentence", CARRIED_CONFIDENCE)
            by_actor = last.by_actor
        elif (
            before is not None
            and before[0] == paragraph
            and _on("carried")
            and narrated
            and not _leadership_elsewhere(before[1], candidate, sentence, leaders, dateline)
        ):
            clue = (before[1], "previous sentence", CARRIED_CONFIDENCE)
        elif (
            dateline is not None
            and _on("dateline")
            and (not candidate.background or (local and _on("local background")))
            and candidate.certainty in datelined
            and (not far or candidate.start in (struck or set()))
        ):
            clue = (dateline, "dateline", DATELINE_CONFIDENCE)
            if candidate.start in (measures or {}):
                clue = ((measures or {})[candidate.start], "measure", DATELINE_CONFIDENCE)
        elif setting is not None and not off and _on("setting"):
            clue = (
                setting_for(candidate, setting, background_setting),
                "setting",
                SETTING_CONFIDENCE,
            )
        elif (
            lead is not None
            and _on("lead")
            and candidate.date_start is not None
            and not candidate.background
            and not far
        ):
            clue = (lead, "lead", LEAD_CONFIDENCE)
        if (
            clue is not None
            and clue[1] == "previous sentence"
            and _on("dateline within carried")
            and dateline is not None
            and not far
            and finer_than_carried(clue[0], dateline, candidate.certainty, candidate.background)
        ):
            clue = (dateline, "dateline", DATELINE_CONFIDENCE)
            by_actor = False
        if clue is not None and clue[1] in ("setting", "lead"):
            # A carry refused to a leadership is not made good by another country's place.
            refused = [
                p.country_code
                for p in (
                    last.place if last and last.paragraph == paragraph else None,
                    before[1] if before and before[0] == paragraph else None,
                )
                if p is not None
                and _leadership_elsewhere(p, candidate, sentence, leaders, dateline)
            ]
            if refused and clue[0].country_code not in refused:
                clue = None
        home, kind = seats.get(candidate.start), "seat"
        if home is None:
            home, kind = homes.get(candidate.start), "home"
        if home is None:
            home, kind = (markets or {}).get(candidate.start), "market"
        if home is not None and (
            clue is None
            or by_actor
            or (clue[1] not in ("sentence", "land") and not within(clue[0], home))
        ):
            clue = (home, kind, HOME_CONFIDENCE)
        nations = (several or {}).get(candidate.start)
        if (
            clue is not None
            and nations
            and clue[1] in ("dateline", "setting", "lead")
            and clue[0].country_code not in nations
        ):
            clue = None
        if (
            clue is None
            and narrated
            and _on("between")
            and last
            and not last.by_actor
            and not _leadership_elsewhere(last.place, candidate, sentence, leaders, dateline)
        ):
            between = between_same_places(
                sentence, (last.sentence, last.place), located, named or {}
            )
            if between is not None:
                clue = (between, "between", CARRIED_CONFIDENCE)
        if (
            clue is None
            and narrated
            and last is not None
            and not _leadership_elsewhere(last.place, candidate, sentence, leaders, dateline)
            and opens_on(
                last,
                paragraph,
                sentence,
                named,
                candidate.certainty,
                candidate.background,
                quiet=loud is not None
                and quiet_between(last.sentence, sentence, told=told, loud=loud),
                relative=candidate.start in (relatives or set()),
            )
        ):
            clue = (last.place, "previous sentence", CARRIED_CONFIDENCE)
        if (
            clue is None
            and (far or off)
            and narrated
            and (described := (described_places or {}).get(sentence)) is not None
        ):
            # "arrested after a chase that began in X": the place that barred the story's
            # defaults is the nearest the sentence comes to saying where it happened.
            clue = (described, "described", DESCRIBED_CONFIDENCE)
        if clue is None:
            result.append(candidate)
            continue
        place, source, confidence = clue
        if source in carried:
            last = narration_after(candidate, paragraph, sentence, place, source)
        result.append(_placed(candidate, place, source, confidence, named=own))
    return result


def _leadership_elsewhere(
    carried: PlaceMention,
    candidate: EventCandidate,
    sentence: int,
    leaders: tuple[set[int], dict[int, set[str]]] | None,
    dateline: PlaceMention | None = None,
) -> bool:
    """Whether `carried` is a country that narration would carry to what a nation's leadership
    says or decides, that neither this sentence nor the one before names as an actor, while
    another country could be the leadership's: one the story names as an actor, or the
    dateline's (events.carried_leaders). The event then falls to the dateline or the actor's
    home, never to the lead's or setting's place in another country."""
    if leaders is None or carried.kind != "country":
        return False
    events, acting = leaders
    if candidate.start not in events:
        return False
    named = acting.get(sentence, set()) | acting.get(sentence - 1, set())
    if carried.country_code in named:
        return False
    # Refused only when another country could be the leadership's: one the story names as an
    # actor, or the dateline's. Otherwise the government is the carried country's own.
    rivals = set().union(set(), *acting.values())
    if dateline is not None:
        rivals.add(dateline.country_code)
    return bool(rivals - {carried.country_code, ""})


def _long_before(candidate: EventCandidate) -> bool:
    """A happening named long before the story takes no place from the narration around it
    (mainline.named_long_before), unless a benchmark switched the rule off."""
    return named_long_before(candidate) and _on("long before")


def _on(rule: str) -> bool:
    """Whether a context clue is switched on (all are, but for benchmarks: place_rules)."""
    return rule in place_rules.ENABLED


def _in_container(candidate: EventCandidate, index: MentionIndex) -> EventCandidate:
    """An event at a venue the gazetteer cannot pin takes the pinned place its name says it is
    in: "San Francisco's Moscone Center", "the Blossom Music Center in Cuyahoga Falls"."""
    venue = candidate.place
    if venue is None or pinned(venue):
        return candidate
    root = index.place_root(venue)
    if root is None:
        return candidate
    for child in root.children:
        if child.dep_ not in _CONTAINER_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        for token in child.subtree:
            place = index.place_at.get(token.i)
            if place is not None and place is not venue and pinned(place):
                return _placed(candidate, place, "venue", STATED_CONFIDENCE["clause"], named=venue)
    return candidate


def _a_person_s_name(place: PlaceMention, index: MentionIndex) -> bool:
    """A word the story uses as a person's surname ("Tays' car" after "Chris Tays"), which only
    a namesake town would pin: no evidence of where anything is."""
    word = place.text.removesuffix("'s").removesuffix("’s")
    return any(name.split()[-1] == word for name in index.short_names if " " in name)


def _placed(
    candidate: EventCandidate,
    place: PlaceMention,
    source: str,
    confidence: float,
    *,
    named: PlaceMention | None = None,
) -> EventCandidate:
    provenance = {"source": source, "confidence": confidence, "text": place.text}
    if named is not None:
        provenance["named"] = named.text  # the clause's own place, which the map cannot pin
    return replace(candidate, place=place, provenance={**candidate.provenance, "place": provenance})
