"""Where a national or local actor acts when its clause names no place: at home.

News writes a country's institutions by their nationality ("Swedish prosecutors dropped the
case", "the Swedish investigation was shelved"), a state's or city's by its name ("Kentucky
Gov. X, who lost ..."), names the country (or its capital: "Seoul plans to") as the government
that acts inside its borders ("Norland closed its border"), and shortens an organisation after
its first full mention ("Norland's Ministry of Energy (MOE)", later "announced by MOE"). Such
an event happened at that home: a default weaker than a place the clause or its sentence
states, but stronger than a carried, datelined or story-wide place outside it (a body of one
country does not act in the city another country's reporter files from).

A place NER read as part of a name or as a people in the body's own words ("the UK Home
Secretary", "the Punjab government") counts when the story pins that name elsewhere, and a
party, people or other group named with a state or city ("Kentucky Democrats won", "Houston
fleet sales rose") acts in it.

Only when the story names the place itself (a pinned mention the map already shows) does the
event take it; a nationality alone says whose body acts, not which point to pin. A country set
against another ("Norland beat Sudland", see events.sides), and actors that act abroad as often
as at home (teams, armies, leaders travelling, talks, summits) get no home. An organisation
named for a place of the story ("the Lyon Stock Exchange") is at home there too: an event held
at it happened in that place (venue_of).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from stories.extraction.events import place_rules
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.destinations import carried_to, went_to
from stories.extraction.events.judges_at_home import judges_from_home
from stories.extraction.events.lexicon import (
    DESTINATION_PREPOSITIONS,
    LOCATIVE_PREPOSITIONS,
    MOTION_VERBS,
)
from stories.extraction.events.mixed_actors import coordinated_nations
from stories.extraction.events.national_economies import ECONOMY_FIGURES, economy_country
from stories.extraction.events.offices import (
    NATIONAL_LEADERS,
    name_words,
    story_offices,
    titled_heads,
)
from stories.extraction.events.places import LOCAL_BODIES, as_place_head, pointed_at
from stories.extraction.events.pointing_back import nationality
from stories.extraction.events.seats import written_seats
from stories.extraction.events.sides import contest, faces_a_place
from stories.extraction.events.state_actors import state_government
from stories.extraction.mentions import EventCandidate, PersonMention, PlaceMention
from stories.extraction.times.vocab import word_set

HOME_CONFIDENCE = 0.5
# A nation's proceedings, which run where its bodies are: "the Swedish investigation".
_PROCEEDINGS = frozenset({"investigation", "inquiry", "probe", "prosecution", "case"})
# A nation's economy and its measures, which are counted where it is: "Chinese growth slowed".
ECONOMY = ECONOMY_FIGURES | {"exports", "imports", "output"}
_BODIES = LOCAL_BODIES | _PROCEEDINGS | ECONOMY
# A country's officials and executive, named by its nationality ("Finnish officials", "the
# Norlandic administration", an unnamed "Finnish foreign minister"): at home when they do what
# a government does (`acts_at_home`), not when they travel, meet, talk or fight. Troops and
# diplomats serve abroad: none here. A nation's leader named by nationality or country ("the
# Iraqi leader announced", "Norland's president decided") is the government speaking too.
_OFFICIALS = (
    frozenset({"official", "officials", "administration", "cabinet", "minister", "ministers"})
    | NATIONAL_LEADERS
)
# What a country as a whole does at home: governs, rules, closes or opens, counts, decides.
# Not contests, travel, visits, meetings, talks or attacks, which take it abroad.
_DOMESTIC_CLASSES = frozenset({"announce", "ban", "close", "open", "rule", "arrest", "release"})
# Other verbs of a government acting at home: "Norland admitted refugees", "enacted a law".
_DOMESTIC_VERBS = frozenset(
    {"admit", "enact", "approve", "pass", "adopt", "legalize", "legalise", "register", "deport"}
)
# What takes a country abroad or sets it against another: travel, meetings, talks, fighting.
_ABROAD_CLASSES = word_set(
    "arrive depart cross stop return flee meet visit attend talk sign attack fight kill capture "
    "withdraw deploy win travel disaster test launch protest strike fire"
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Where a trip takes someone: "in Sudland", "at the summit in Lyon", "to Sudland".
_TRIP_PREPOSITIONS = LOCATIVE_PREPOSITIONS | DESTINATION_PREPOSITIONS


@dataclass(frozen=True)
class StoryHomes:
    """What a story says about whose bodies are whose: its countries, by code (the first
    pinned mention of each), and its organisations' names and acronyms, each with the place
    its first full mention gave it ("South Korea's Ministry of Energy (MOE)")."""

    countries: dict[str, PlaceMention] = field(default_factory=dict)
    named: dict[str, PlaceMention] = field(default_factory=dict)  # "UK", "Punjab": its mention
    bodies: dict[str, PlaceMention] = field(default_factory=dict)
    body_at: dict[int, str] = field(default_factory=dict)  # token → the organisation it names
    offices: dict[str, str] = field(default_factory=dict)  # person → country of their office
    capitals: dict[str, PlaceMention] = field(default_factory=dict)  # code → pinned capital
    # code → a capital the story writes for its government: "Cairo's bid", "Moscow said"
    governing: dict[str, PlaceMention] = field(default_factory=dict)
    datelined: set[str] = field(default_factory=set)  # the countries of the dateline's places
    # code → the seat of government the story writes ("the Kremlin said"): its capital
    seats: dict[str, PlaceMention] = field(default_factory=dict)
    # "President X" in a story of one country whose seat it writes: that country's head
    seated: set[str] = field(default_factory=set)


def story_homes(index: MentionIndex, places: list[PlaceMention]) -> StoryHomes:
    """The story's countries and the places its organisations belong to."""
    homes = StoryHomes()
    for place in places:
        if place.kind == "country" and place.latitude is not None and place.country_code:
            homes.countries.setdefault(place.country_code, place)
    named = {p.text: p for p in reversed(places) if p.latitude is not None}
    homes.named.update(named)
    doc = index.doc
    if "leaders at home" in place_rules.ENABLED:
        homes.offices.update(story_offices(index, lambda word: country_code_of(word, index)))
        for place in places:
            if _pinned_below_country(place) and place.country_code and governs(place):
                homes.capitals.setdefault(place.country_code, place)
                if stands_for_government(place, index):
                    homes.governing.setdefault(place.country_code, place)
        homes.datelined.update(
            p.country_code for p in places if p.start < index.dateline_end and p.country_code
        )
        if "seated heads" in place_rules.ENABLED and len(homes.countries) == 1:
            homes.seats.update(written_seats(index, places))
            (code,) = homes.countries
            if code in homes.seats:
                heads = titled_heads(index) - homes.offices.keys()
                homes.seated.update(heads)
                homes.offices.update(dict.fromkeys(heads, code))
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        tokens = list(doc[ent.start : min(ent.end + 2, len(doc))])
        opening = next((t for t in tokens if t.text == "("), None)
        name = _organisation(doc[ent.start : opening.i].text if opening else ent.text)
        for token in ent:
            homes.body_at[token.i] = name
        owner = _owner_place(ent.root, index, homes) or _namesake(ent, named)
        if owner is None:
            continue
        homes.bodies.setdefault(name, owner)
        if opening is not None and opening.i + 1 < len(doc):
            homes.bodies.setdefault(_organisation(doc[opening.i + 1].text), owner)  # "(MOE)"
    return homes


def home_of(event: EventCandidate, index: MentionIndex, homes: StoryHomes) -> PlaceMention | None:
    """The place (a country, or a state's or city's own) where the event's acting body is at
    home, as the story's own mention of it, or None."""
    anchor = event_word(event, index)
    if anchor is None:
        return None
    actor = actor_of(anchor)
    if actor is None:
        return None
    named = homes.body_at.get(actor.i)
    if named is not None and named in homes.bodies:
        if a_contest(anchor, index):
            return None  # a team named for its city plays away as often as at home
        return homes.bodies[named]  # "MOE said", after "South Korea's Ministry of Energy (MOE)"
    words = name_words(actor)
    if len(_nations(actor, index)) > 1:
        return None  # "Norlandic and Sudlandic officials denied": no one home
    if (
        "mixed actors" in place_rules.ENABLED
        and len(coordinated_nations(actor, index, homes.offices)) > 1
    ):
        return None  # "Norland and Sudland committed troops": no one home (events.mixed_actors)
    if "unnamed economies" in place_rules.ENABLED:
        market = economy_country(
            anchor, actor, index, homes.countries, lambda word: nationality_code(word, index)
        )
        if market is not None:
            return market  # "the Indonesian currency has lost 26 percent" (national_economies)
    body = any(w.lemma_.lower() in _BODIES or w.lower_ in _BODIES for w in words)
    economy = any(w.lemma_.lower() in ECONOMY or w.lower_ in ECONOMY for w in words)
    officials = (
        (actor.lemma_.lower() in _OFFICIALS or actor.lower_ in _OFFICIALS)
        and acts_at_home(event, anchor)
        and not _faces_a_side(anchor, index)
    )
    if body or officials:
        owner = _owner_place(actor, index, homes)
        if owner is not None:
            return owner if economy else seat_of_government(owner, homes)
    if "place groups" in place_rules.ENABLED and _a_group(actor, anchor):
        own = _own_place(actor, index, homes)
        if own is not None and not faces_a_place(anchor, index):
            return own  # "Kentucky Democrats won", "Houston sales rose": its members there
    person = official_of(actor, index) if homes.offices else None
    if person is not None and person.name in homes.offices:
        return _leader_home(event, anchor, index, homes, person.name)
    place = index.place_roots.get(actor.i) or pointed_at(actor, index)
    if place is None or as_place_head(actor) is not actor:
        return None
    if not (governs(place) or state_government(place)):
        return None
    if not acts_at_home(event, anchor):
        return None
    if a_contest(anchor, index):
        return None  # "Norland accused Sudland": a side
    if place.kind == "country":
        country = homes.countries.get(place.country_code)
        return seat_of_government(country, homes) if country is not None else None
    return place  # "Seoul plans to ...": the government, in its capital


def seat_of_government(place: PlaceMention, homes: StoryHomes) -> PlaceMention:
    """Where a country's government acts at home: its capital when the story itself writes the
    capital for that government ("Cairo's bid", "Moscow said"; not when a dateline of that
    country says where more finely), else the country. A capital named only as a place ("flew
    to X") says nothing of where the government's acts are told."""
    if "capitals at home" not in place_rules.ENABLED or place.kind != "country":
        return place
    capital = homes.governing.get(place.country_code or "")
    if capital is None or place.country_code in homes.datelined:
        return place
    return capital


def _leader_home(
    event: EventCandidate, anchor: Token, index: MentionIndex, homes: StoryHomes, name: str
) -> PlaceMention | None:
    """Where an official of a country acts when the clause names no place: at home, as its
    government does (`acts_at_home`), in the capital when the story names it (the country
    when a dateline of that country says where more finely). A head titled without a country
    ("President X") in a story of one country acts at the seat it writes for that government
    ("the Kremlin said"), and without a place where a dateline of that country says more."""
    code = homes.offices[name]
    country = homes.countries.get(code)
    if country is None or not acts_at_home(event, anchor):
        return None
    if _faces_a_side(anchor, index):
        return None
    if _away(anchor, index, code, name):
        return None  # "X arrived in Sudland on Monday. He told reporters ...": on the trip
    if name in homes.seated:
        # "President X" of the one country, at the seat the story writes for its government
        return None if code in homes.datelined else homes.seats[code]
    capital = homes.capitals.get(code)
    if capital is None or code in homes.datelined:
        return country
    return capital


def stands_for_government(place: PlaceMention, index: MentionIndex) -> bool:
    """Whether the story writes a capital for its government: as the subject of a verb
    ("Moscow said") or the owner of a thing that is no place ("Cairo's bid")."""
    root = index.place_root(place)
    if root is None:
        return False
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX"):
        return True
    return root.dep_ == "poss" and root.head.i not in index.place_roots


def _away(anchor: Token, index: MentionIndex, code: str, name: str) -> bool:
    """Whether the event's sentence puts anyone in or at, or sends them to, a place of another
    country ("during a visit to Sudland, X said"), or the sentence before puts the official
    there ("X arrived in Sudland. He told reporters"): words said there are said on a trip."""
    number = index.sentence_number(anchor)
    for sentence in index.sentences[max(0, number - 1) : number + 1]:
        own = sentence.start <= anchor.i < sentence.end
        for token in sentence:
            place = index.place_roots.get(token.i)
            if place is None or not place.country_code or place.country_code == code:
                continue
            if token.dep_ != "pobj" or token.head.lower_ not in _TRIP_PREPOSITIONS:
                continue
            if own and _another_goes(token.head.head, anchor, index, name):
                continue  # "X called on leaders who invited troops into Sudland"
            if own or _traveller(token.head.head, index) == name:
                return True
    return False


def _another_goes(word: Token, anchor: Token, index: MentionIndex, name: str) -> bool:
    """Whether a verb of the event's sentence that is not the event's own (nor one it hangs
    from) has a subject other than the official: someone else goes or is there."""
    if "others' trips" not in place_rules.ENABLED or word.pos_ not in ("VERB", "AUX"):
        return False
    if word == anchor or word in anchor.ancestors:
        return False
    subject = next((c for c in word.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return False
    if subject.tag_ in ("WP", "WDT") and word.dep_ == "relcl":
        subject = word.head  # "leaders who invited ...": the leaders
    person = index.person(subject)
    return person is None or person.name != name


def _traveller(word: Token, index: MentionIndex) -> str | None:
    """Who goes or is where the preposition says: the subject of its verb."""
    subject = next((c for c in word.children if c.dep_ in _SUBJECTS), None)
    person = index.person(subject) if subject is not None else None
    return person.name if person is not None else None


def official_of(actor: Token, index: MentionIndex) -> PersonMention | None:
    """The person who acts: the actor named or meant by "he", or the owner of an event noun
    ("X's announcement")."""
    person = index.person(actor)
    if person is None and actor.pos_ == "NOUN":
        owner = next((c for c in actor.children if c.dep_ == "poss"), None)
        person = index.person(owner) if owner is not None else None
    return person


def acts_at_home(event: EventCandidate, anchor: Token) -> bool:
    """Whether a country (or its capital) as the subject acts at home: what a government does
    (decides, announces, bans, enacts, "Beijing attempted to rein in subsidies"), but not going
    somewhere, meeting, talking, fighting or competing, which take it abroad."""
    event_class = event.extra.get("class")
    if event_class in _DOMESTIC_CLASSES or anchor.lemma_ in _DOMESTIC_VERBS:
        return True
    if "governments at home" not in place_rules.ENABLED:
        return False
    return event_class not in _ABROAD_CLASSES and anchor.lemma_ not in MOTION_VERBS


def actor_nations(event: EventCandidate, index: MentionIndex) -> set[str]:
    """The countries the event's actor is named with, when it is several ("Norlandic and
    Sudlandic officials denied"): such actors have no one home, and no place of a story's
    dateline or setting outside all of them is theirs."""
    anchor = event_word(event, index)
    actor = actor_of(anchor) if anchor is not None else None
    return _nations(actor, index) if actor is not None else set()


def venue_of(event: EventCandidate, index: MentionIndex, homes: StoryHomes) -> PlaceMention | None:
    """The place of an organisation the event happens at or in, named for a place the story
    names: "held at the Hong Kong Stock Exchange" happened in Hong Kong."""
    anchor = event_word(event, index)
    if anchor is None:
        return None
    words = [anchor]
    if anchor.dep_ in _SUBJECTS:  # "the ceremony is due to be held at ..."
        words.append(anchor.head)
        for token in anchor.head.subtree:
            if token.dep_ in ("xcomp", "acomp") and token.head in words:
                words.append(token)
    prepositions = [c for word in words for c in word.children if c.dep_ == "prep"]
    for preposition in prepositions:
        carried = "carried to venues" in place_rules.ENABLED and carried_to(preposition)
        gone = "gone to venues" in place_rules.ENABLED and went_to(preposition)
        if preposition.lower_ not in LOCATIVE_PREPOSITIONS and not (carried or gone):
            continue  # "held at X"; "was rushed to X" too
        for noun in preposition.children:
            name = homes.body_at.get(noun.i) if noun.dep_ == "pobj" else None
            if name is not None and name in homes.bodies:
                return homes.bodies[name]
    return None


def _namesake(ent: Span, named: dict[str, PlaceMention]) -> PlaceMention | None:
    """The place an organisation's name begins with, when the story names that place itself:
    "the Hong Kong Stock Exchange" in a story of Hong Kong."""
    words = [t for t in ent if t.lower_ != "the"]
    for size in range(min(3, len(words) - 1), 0, -1):
        place = named.get(ent.doc[words[0].i : words[0].i + size].text)
        if place is not None:
            return place
    return None


def _owner_place(actor: Token, index: MentionIndex, homes: StoryHomes) -> PlaceMention | None:
    """The place a body's own words name ("Kentucky Gov.", "Swedish prosecutors", "South
    Korea's ministry"), as the story's pinned mention of it."""
    for word in name_words(actor)[1:]:
        own = index.place_at.get(word.i) or pointed_at(word, index)
        if _pinned_below_country(own):
            return own  # "Kentucky Gov. X": a state's or city's body
        code = country_code_of(word, index)
        if code is None and own is None and "named places" in place_rules.ENABLED:
            # A place the story pins elsewhere, which NER read as part of an organisation or as
            # a people here: "the UK Home Secretary", "the Punjab government".
            own = homes.named.get(word.text)
            if own is not None and own.kind != "country":
                return own
            code = own.country_code if own is not None else None
        if code and code in homes.countries:
            return homes.countries[code]
        if code and code in homes.capitals:
            return homes.capitals[code]  # "the Finnish government", in a story of Helsinki
    return None


def _nations(actor: Token, index: MentionIndex) -> set[str]:
    """The countries whose nationality or name the actor's words give, with those coordinated
    with them ("Norlandic and Sudlandic officials") or with the actor ("Norlandic officials
    and Sudlandic diplomats"): more than one says the actors are of several countries."""
    holders = [actor, *(c for c in actor.children if c.dep_ == "conj")]
    words = [w for h in holders for w in name_words(h)[1:]]
    words += [c for w in words for c in w.children if c.dep_ == "conj"]
    return {code for w in words if (code := country_code_of(w, index)) is not None}


def _a_group(actor: Token, anchor: Token) -> bool:
    """A people or party ("Democrats", "Kurds") or a plural of anything ("farmers", "sales"),
    which a place before it narrows to its members there. A plain plural in a match ("Lyon
    players beat ...") plays away as often as at home; a party's win is an election at home."""
    if actor.ent_type_ == "NORP" or (actor.tag_ == "NNPS" and actor.ent_type_ != "ORG"):
        # a people or a party, which NER may read as persons: "the Lyon Democrats won"
        return actor.tag_ in ("NNS", "NNPS") or actor.text.endswith("s")
    return actor.tag_ == "NNS" and not contest(anchor)


def _own_place(actor: Token, index: MentionIndex, homes: StoryHomes) -> PlaceMention | None:
    """The pinned finer-than-country place a word before the actor names: "Kentucky" of
    "Kentucky Democrats", also when NER read it as part of the group's name here and the story
    pins it elsewhere (as for bodies, "named places")."""
    for word in name_words(actor)[1:]:
        own = index.place_at.get(word.i)
        if own is None and word.pos_ == "PROPN" and "named places" in place_rules.ENABLED:
            own = homes.named.get(word.text)
        if _pinned_below_country(own):
            return own
    return None


def _pinned_below_country(place: PlaceMention | None) -> bool:
    """A state, city or smaller place the story pins: a body named with it acts there."""
    return place is not None and place.latitude is not None and place.kind != "country"


def a_contest(anchor: Token, index: MentionIndex) -> bool:
    """A match or a dealing with another side: where the actor is from says nothing."""
    return contest(anchor) or faces_a_place(anchor, index)


def _faces_a_side(anchor: Token, index: MentionIndex) -> bool:
    """A nation's officials or leader in `a_contest`, meeting a side somewhere, unless they
    blame or praise it: that judging is done from home ("Russian officials assailed Ukraine",
    events.judges_at_home)."""
    return a_contest(anchor, index) and not judges_from_home(anchor)


def governs(place: PlaceMention) -> bool:
    """A country, or a national capital standing for its government ("Seoul plans to"); also
    where events.national_measures measures a nation from."""
    if place.kind == "country":
        return True
    return place.kind == "city" and place.geonames_id is not None and _capital(place.geonames_id)


@lru_cache(maxsize=4096)
def _capital(geonames_id: int) -> bool:
    from stories.geocoding.defaults import get_gazetteer

    entry = get_gazetteer().index.place(geonames_id)
    return entry is not None and entry.feature_code == "PPLC"


def _organisation(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")


def event_word(event: EventCandidate, index: MentionIndex) -> Token | None:
    """The event's word: the first token of its clause with the event's lemma (None when the
    clause no longer holds it, unlike folding.anchor_of, which falls back on the clause root).
    Found once per clause and trigger: placing asks it of each event a dozen times over."""
    key = (event.start, event.end, event.trigger)
    if key in index.event_words:
        return index.event_words[key]
    word = event.trigger.split()[0] if event.trigger else ""
    span = index.doc.char_span(event.start, event.end, alignment_mode="expand")
    found = None if span is None else next((t for t in span if t.lemma_.lower() == word), None)
    index.event_words[key] = found
    return found


def actor_of(anchor: Token) -> Token | None:
    """Who acts: the verb's subject (a relative clause's antecedent for "who", "which", a
    coordinated verb's shared subject), or the body an event noun is of ("the Swedish
    investigation" is its own actor)."""
    if anchor.pos_ in ("NOUN", "PROPN"):
        return anchor
    verb = anchor
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if by is not None:
        return by  # "announced by the ministry"
    while True:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.tag_ == "VBG" and verb.dep_ == "acl":
            return verb.head  # "with prices falling": the prices fall
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "police laid siege, pinning students and threatening them"
            continue
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return None
        verb = verb.head


def country_code_of(word: Token, index: MentionIndex) -> str | None:
    """The country a modifier names: a country mention ("the UK Home Secretary") or a
    nationality the gazetteer knows ("Swedish")."""
    place = index.place_at.get(word.i) or pointed_at(word, index)
    if place is not None:
        return place.country_code if place.kind == "country" else None
    if word.ent_type_ == "NORP":
        return nationality(whole_name(word))
    return None


def nationality_code(word: Token, index: MentionIndex) -> str | None:
    """The country a nationality names ("Indonesian"), not a place mention's ("U.S.")."""
    if word.i in index.place_at or word.ent_type_ != "NORP":
        return None
    return nationality(whole_name(word))


def whole_name(word: Token) -> str:
    """The whole name a word is part of: "North Korean", not "Korean" (South Korea's)."""
    entity = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    return entity.text if entity is not None else word.text
