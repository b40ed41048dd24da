"""Places and people in a parsed article: spaCy's entities, corrected by the gazetteer.

The small English model finds most places but tags rarer ones (a border station, a town in
Siberia) as organisations or people, and misses some outright. The gazetteer knows those names
as places; the sentence tells us whether the writer uses them as places ("stopped in X",
"X, a city about 60 kilometers north of Y"). Both signals together decide, never a list of
names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from stories.extraction import place_cues as cues
from stories.extraction import town_heads
from stories.extraction.doc_text import doc_text
from stories.extraction.mentions import PersonMention, PlaceMention
from stories.extraction.person_surnames import reads_as_the_person
from stories.extraction.state_abbreviations import a_word_not_a_state
from stories.geocoding.gazetteer import OfflineGazetteer

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Letters written as initials: "U.N.", "U.S.", "D.C.".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# Names the model may mistype that can be places. Not NORP: "Dutch" or "Russian" in running
# text describe someone or something, they do not locate an event.
RETYPABLE_LABELS = {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"}

# Prepositions that introduce a location: "in X", "to X", "near X".
PLACE_PREPOSITIONS = {
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "toward",
    "towards",
    "through",
    "via",
    "outside",
    "across",
    "inside",
    "around",
    "off",
    "over",
    "between",
    "past",
    "atop",
    "along",
    "beside",
    "aboard",
}
# Verbs whose direct object is a place: "left Stavanger", "reached the border town".
PLACE_OBJECT_VERBS = {
    "leave",
    "reach",
    "enter",
    "visit",
    "tour",
    "depart",
    "cross",
    "invade",
    "flee",
    "evacuate",
    "bomb",
    "shell",
    "capture",
    "liberate",
    "occupy",
    "storm",
    "raid",
    "besiege",
}
_APPOSITION = re.compile(
    rf"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}(?:{cues.PLACE_NOUNS})\b", re.IGNORECASE
)
FOLLOWING_PLACE_NOUN = re.compile(rf"^\s+(?:{cues.PLACE_NOUNS})\b", re.IGNORECASE)
# Kinds of site an organisation keeps in a town and names after it ("the Velton facility"):
# read only for names the model left unlabelled, since a company named like a town ("the Norco
# plant") is labelled an organisation and keeps that reading.
SITE_NOUN = re.compile(
    r"^\s+(?:facility|facilities|plant|refinery|factory|prison|jail)\b", re.IGNORECASE
)

# How specific a kind of place is: the event goes to the most specific place of its clause.
SPECIFICITY = {
    "spaceport": 4,
    "rail_station": 4,
    "border_crossing": 4,
    "military_base": 4,
    "airport": 4,
    "city": 3,
    "river": 3,
    "strait": 3,
    "canal": 3,
    "admin2": 2,
    "admin1": 2,
    "lake": 3,
    "country": 1,
    "region": 1,
    "landmark": 4,
    "sea": 1,
    "ocean": 1,
    "continent": 0,
}


def specificity(kind: str) -> int:
    if kind.startswith("feature_"):
        return 3  # a named landmark, lake or mountain: as precise as a town
    return SPECIFICITY.get(kind, 0)


# "the West", "the North": blocs and regions of a compass, not places a map can pin.
COMPASS_WORDS = {
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
}


def used_as_place(span: Span) -> bool:
    """Does the sentence use this name as a location?"""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" and span.start > 1:
        before = doc[span.start - 2]
    if before is not None and before.lower_ in PLACE_PREPOSITIONS:
        return True
    if (
        before is not None
        and before.lower_ == "of"
        and before.i > 0
        and (
            cues.PLACE_NOUN_WORD.fullmatch(doc[before.i - 1].lower_)
            or doc[before.i - 1].lower_ == "cities"
        )
    ):
        return True  # "the eastern city of X", "the province of X"
    if _renames_a_place_noun(span):
        return True  # "in the capital, X": the name says which place the noun is
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_ in PLACE_OBJECT_VERBS:
        return True
    after = doc_text(doc)[span.end_char : span.end_char + 80]
    return bool(_APPOSITION.match(after) or FOLLOWING_PLACE_NOUN.match(after))


def _named_by_a_place_noun(span: Span) -> bool:
    """Is the name the one a noun of place is "of" ("the city of X", "his hometown of X")?
    Such a name is a place whatever the recogniser took it for (it reads some towns as
    peoples)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    return cues.PLACE_NOUN_WORD.fullmatch(doc[span.start - 2].lower_) is not None


def _renames_a_place_noun(span: Span) -> bool:
    """Is the name set after a comma beside a noun of place ("a rally in the capital, X", "at
    the port town, X")? News names the place a common noun stands for this way, and the small
    model often reads the name as a person's."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].text != ",":
        return False
    noun = doc[span.start - 2]
    closed = span.end == len(doc) or doc[span.end].text in (",", ".", ";", ")", "—", "–")
    return (
        closed  # "the river, Lee and Park said", "the station, Lee gave": a clause begins
        and span.root.dep_ not in ("nsubj", "nsubjpass")
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and re.fullmatch(cues.PLACE_NOUNS, noun.lower_) is not None
        and any(t.lower_ in ("the", "a", "an") for t in doc[max(0, noun.i - 4) : noun.i])
    )


# Nouns that make a name the name of something more precise: "Kandahar province", "the Kabul
# airport". The gazetteer decides whether the longer name is a place it knows.
HEAD_NOUNS = frozenset(
    {"airport", "province", "county", "district", "region", "state", "governorate", "oblast",
     "prefecture", "parish", "department", "municipality", "stadium", "station"}
)  # fmt: skip


def _with_head(span: Span, gazetteer: OfflineGazetteer) -> Span:
    """The span with the head noun that follows it, when the gazetteer knows the whole name."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in HEAD_NOUNS:
        longer = doc[span.start : span.end + 1]
        if gazetteer.candidates(longer.text):
            return longer
    return span


# "a unit of X", "a subsidiary of X": what follows is the company that owns something.
_OWNED_NOUNS = frozenset({"unit", "subsidiary", "division", "affiliate", "arm", "owner", "parent"})


def _owned_by(span: Span) -> bool:
    """Is the name the owner in "a unit of X" (a company, not a place)?"""
    doc = span.doc
    return (
        span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in _OWNED_NOUNS
    )


def _retypable(span: Span) -> bool:
    """May a name the NER did not call a place become one? Only when the sentence uses it as a
    place, and it is not someone's ("in Parker's room": the room is the place), nor a family
    in the plural ("the Smiths"), nor followed by what says it is something else."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False
    if len(span) == 1 and span[0].tag_ == "NNPS" and doc[span.start - 1 : span.start].text == "the":
        return False
    return not not_a_place(span) and used_as_place(span)


def _retypable_bare(span: Span) -> bool:
    """`_retypable` for a name the model left unlabelled, which a kind of site after it also
    makes a place ("the Velton facility")."""
    return _retypable(span) or (_site_follows(span) and not not_a_place(span))


def _site_follows(span: Span) -> bool:
    return SITE_NOUN.match(doc_text(span.doc)[span.end_char : span.end_char + 40]) is not None


def _strip_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].tag_ == "POS":
        return span[:-1]
    return span


def _strip_article(span: Span) -> Span:
    if len(span) > 1 and span[0].lower_ == "the":
        return span[1:]
    return span


# "Northern and central Ohio": a compass adjective is not a place, whatever the gazetteer has.
_COMPASS_ADJECTIVE = re.compile(r"(?:north|south)?(?:east|west)?(?:ern)?|central|middle", re.I)
# What follows a name that is not a place: a match score ("Spain 3-0"), a disease or its virus
# ("Ebola virus", "Lyme disease"), the name of a platform's app or account.
_NOT_A_PLACE_AFTER = re.compile(
    r"^\s*(?:\d{1,2}\s*[-–]\s*\d{1,2}\b(?!\s*(?:%|per|years?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
    r"(?:virus|viruses|fever|disease|flu|influenza|syndrome|vaccine|strain)\b|"
    r"(?:app|account|feed|post|user|users)\b)",
    re.IGNORECASE,
)


_CODE = re.compile(r"(?=\S*\d)(?=\S*[A-Za-z])\S+")  # "H1N1", "COVID-19": codes, not names
_DISEASE_AFTER = re.compile(r"\s+(?:virus|viruses|fever|disease|flu|syndrome)\b", re.I)


# Bodies of the solar system: places of science news that no map of the Earth can pin, though
# towns bear some of their names ("the surface of Titan", "water on Europa", "from Earth").
SOLAR_SYSTEM = frozenset(
    {"earth", "moon", "sun", "mercury", "venus", "mars", "jupiter", "saturn", "uranus",
     "neptune", "pluto", "titan", "europa", "ganymede", "callisto", "enceladus", "ceres",
     "phobos", "deimos", "triton"}
)  # fmt: skip


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Mx)\.?")
_NAME_NEXT = re.compile(r"\s+[A-Z]")


def not_a_place(span: Span) -> bool:
    """Words around a name that say it is not a place, even when a namesake exists."""
    if _COMPASS_ADJECTIVE.fullmatch(span.text) or _CODE.fullmatch(span.text):
        return True
    if span.text.lower() in SOLAR_SYSTEM or a_word_not_a_state(span):
        return True  # "gathered for Mass.": the service, not Massachusetts
    if _HONORIFIC.fullmatch(span.text) and _NAME_NEXT.match(doc_text(span.doc), span.end_char):
        return True  # "in Ms. Lane's flat": a title before a name, not Mississippi
    return bool(_NOT_A_PLACE_AFTER.match(doc_text(span.doc)[span.end_char : span.end_char + 30]))


def disease_names(text: str) -> set[str]:
    """Names the article uses for a disease somewhere ("Ebola virus"): then "Ebola" alone is
    the disease too, not the river."""
    return {
        m.group(1).removeprefix("The ")
        for m in re.finditer(
            r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?=" + _DISEASE_AFTER.pattern + ")", text
        )
    }


def _prominent(candidates: list) -> bool:
    """A country, a state or a city of 100,000 people: a name too big to be only a disease's."""
    return any(
        c.place.kind in ("country", "admin1") or c.place.population >= 100_000 for c in candidates
    )


def _a_divisions_own_name(span: Span, gazetteer: OfflineGazetteer) -> bool:
    """Is a proper name the NER took for a nationality or a faith ("Punjab") a country's or a
    province's own name, which no demonym is? Not an adjective ("Jewish", "Northern")."""
    if any(t.pos_ != "PROPN" for t in span) or _COMPASS_ADJECTIVE.fullmatch(span.text):
        return False
    candidates = gazetteer.candidates(span.text)
    return not any(c.match == "demonym" for c in candidates) and any(
        c.match == "name" and c.place.kind in ("country", "admin1") for c in candidates
    )


def _initials_of_a_word(text: str, candidates: list) -> bool:
    """ "U.N.": letters written as initials stand for a name spelt out ("United Nations"); they
    match a place only through a code or an abbreviation ("U.S.", "D.C."), never a place whose
    name is a short word with the same letters (a village called "Un")."""
    if not _INITIALS.fullmatch(text):
        return False
    return bool(candidates) and not any(
        c.matched_name.isupper() or "." in c.matched_name for c in candidates
    )


def _only_a_demonym(candidates: list) -> bool:
    """ "Russian", "Americans": a nationality locates nobody's event (the NER calls it NORP)."""
    return bool(candidates) and all(c.match == "demonym" for c in candidates)


def find_places(doc: Doc, gazetteer: OfflineGazetteer) -> list[PlaceMention]:
    """Place mentions: NER places, plus names the gazetteer knows that the text uses as places."""
    found: dict[int, PlaceMention] = {}
    covered: set[int] = set()
    person_words = _person_name_words(doc)
    diseases = disease_names(doc_text(doc))
    for ent in doc.ents:
        span = _with_head(_strip_article(_strip_possessive(ent)), gazetteer)
        covered.update(range(ent.start, span.end))
        if span.text.lower() in COMPASS_WORDS or not_a_place(span):
            continue
        if span.text in diseases and not _prominent(gazetteer.candidates(span.text)):
            continue  # "Ebola" in a story about the Ebola virus; "Hong Kong flu" keeps Hong Kong
        if (
            ent.label_ != "PERSON"
            and span.text in person_words
            and (not used_as_place(span) or reads_as_the_person(span))
        ):
            continue  # "Lind's visit", "in Lind hearing": the surname of someone named in full
        if span.text in person_words and _addressed(span):
            continue  # "she spoke to Lind": whom she spoke to, a person the article names
        candidates = gazetteer.candidates(span.text)
        if _only_a_demonym(candidates) or _initials_of_a_word(span.text, candidates):
            continue
        if ent.label_ == "NORP" and _a_divisions_own_name(_strip_article(ent), gazetteer):
            found[span.start_char] = _mention(span, candidates)  # "Punjab", not "Punjabi"
            continue
        if ent.label_ == "NORP" and candidates and _named_by_a_place_noun(span):
            found[span.start_char] = _mention(span, candidates)  # "his hometown of X"
            continue
        if ent.label_ in PLACE_LABELS and not candidates and _owned_by(span):
            continue  # "a unit of Boskalis": unknown to the gazetteer, and a company's name
        if ent.label_ in {"GPE", "LOC"} and not candidates and _unsupported(span, gazetteer):
            continue  # "since Diwali", "take on Netflix": a guess nothing else backs
        if ent.label_ in PLACE_LABELS or (
            ent.label_ in RETYPABLE_LABELS
            and candidates
            and _retypable(span)
            and not _acronym_of_something_else(span, gazetteer)
        ):
            found[span.start_char] = _mention(span, candidates)
    for span in _unlabelled_proper_names(doc, covered):
        span = _with_head(span, gazetteer)
        candidates = gazetteer.candidates(span.text)
        if not candidates and len(span) > 1 and _site_follows(span):
            span = span[-1:]  # "the CBP Velton facility": an agency's initials, then the town
            candidates = gazetteer.candidates(span.text)
        if span.text in person_words and reads_as_the_person(span):
            continue  # "turned over to Carlow who spoke": Investigator Bill Carlow
        if candidates and not _only_a_demonym(candidates) and _retypable_bare(span):
            found[span.start_char] = _mention(span, candidates)
    town_heads.narrowed_to_heads(doc, gazetteer, found, _mention)
    _add_cued(doc, gazetteer, found, diseases)
    return [found[k] for k in sorted(found)]


def _cued_spans(doc: Doc, gazetteer: OfflineGazetteer, found: dict) -> Iterable[tuple[Span, bool]]:
    """Spans the conventions of news writing mark as places, each with whether the kind word
    in the name alone makes it one (else the gazetteer must know it)."""
    yield from ((s, False) for s in cues.dateline_spans(doc, gazetteer))
    yield from ((s, False) for s in cues.attributive_spans(doc, gazetteer))
    yield from ((s, False) for s in cues.person_of_spans(doc))
    yield from ((s, True) for s in cues.feature_name_spans(doc))
    yield from ((s, False) for s in cues.title_spans(doc))
    yield from ((s, False) for s in cues.owned_office_spans(doc))
    yield from ((s, False) for s in town_heads.institution_spans(doc, gazetteer))
    yield from ((s, False) for s in town_heads.modifier_spans(doc, gazetteer))
    yield from ((s, False) for s in cues.prominent_spans(doc, gazetteer))
    yield from cues.region_placed_spans(doc, gazetteer)
    yield from ((s, False) for s in cues.kind_listed(doc))
    yield from ((s, True) for s in cues.street_spans(doc))
    places = [doc.char_span(m.start, m.end) for m in found.values()]
    places = [s for s in places if s is not None]
    yield from ((s, False) for s in cues.listed_with(doc, places))


def _add_cued(doc: Doc, gazetteer: OfflineGazetteer, found: dict, diseases: set[str]) -> None:
    person_words = _person_name_words(doc)
    taken = [(m.start, m.end) for m in found.values()]
    for span, by_kind in list(_cued_spans(doc, gazetteer, found)):
        span = _strip_possessive(_strip_article(span))
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        if span.text.lower() in COMPASS_WORDS or not_a_place(span) or span.text in diseases:
            continue
        if _COMPASS_ADJECTIVE.fullmatch(span[0].text) and len(span) > 1 and not by_kind:
            continue
        if not cues.plausible(span) or (span.text in person_words and not by_kind):
            continue  # "the Jones family" where the article names Marcus Jones
        text = span.text.title() if span.text.isupper() and len(span.text) > 3 else span.text
        candidates = cues.trusted(gazetteer, text)
        if not (by_kind or cues.populated(candidates)):
            continue
        found[span.start_char] = _mention(span, candidates)
        taken.append((span.start_char, span.end_char))


_KIND_WORDS = frozenset(
    {"airport", "township", "city", "park", "highway", "interstate", "route", "republic",
     "union", "plateau", "territory", "territories", "village", "town"}
)  # fmt: skip


def _acronym_of_something_else(span: Span, gazetteer: OfflineGazetteer) -> bool:
    """ "the CDC", "FAO", "CNN": an agency's initials the NER calls an organisation. Initials
    name organisations far more often than places; only a country's or a bloc's initials as
    written ("the UAE", "the EU"; no two-letter country code) overturn the NER, or a state's
    ("NSW") in a story that names its country; not a province's code abroad ("CNN" is
    Cunene's) nor a village ("Coo")."""
    text = span.text
    if not (text.isupper() and "." not in text and len(text) <= 5):
        return False
    written = [c for c in gazetteer.candidates(text) if c.matched_name == text]
    if any(
        c.place.kind == "region" or (c.place.kind == "country" and len(text) > 2) for c in written
    ):
        return False  # not a two-letter country code: "GE" is a company before it is Georgia
    states = {c.place.country_code for c in written if c.place.kind == "admin1"}
    return not (states and states & _countries_named(span.doc, gazetteer))


def _countries_named(doc: Doc, gazetteer: OfflineGazetteer) -> set[str]:
    """The countries of the places the NER finds in the article, each by its most prominent
    namesake ("Sydney": AU)."""
    codes = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC") and not ent.text.isupper():
            candidates = gazetteer.candidates(ent.text)
            if candidates:
                codes.add(candidates[0].place.country_code)
    return codes


def _unsupported(span: Span, gazetteer: OfflineGazetteer) -> bool:
    """A name the NER calls a place that the gazetteer does not know, nor any word of it
    ("North Dallas", "Pointe Coupee Sheriff's Office"), with no kind word in it ("Freeborn
    Lake", "Highway 19") and no preposition of place before it: the small model's guess at a
    festival, a company or a person ("since Diwali", "Alibaba's listing"). Lower case is never a
    place name ("anesthesia")."""
    if not span.text[:1].isupper():
        return True
    words = {t.lower_ for t in span} | {t.text for t in span}
    if words & (cues.FEATURE_LAST | cues.STREET_WORDS | _KIND_WORDS):
        return False
    if len(span) > 1 and any(
        t.is_title and len(t) > 2 and cues.trusted(gazetteer, t.text) for t in span
    ):
        return False
    return not (used_as_place(span) or cues.followed_by_region(span, gazetteer))


# Verbs whose "to" or "with" names whom one addresses: "spoke to X", "talked with X".
_SPEAKING_TO_VERBS = frozenset(
    {"speak", "talk", "write", "reply", "explain", "apologize", "apologise", "chat", "listen"}
)


def _addressed(span: Span) -> bool:
    """Is the name whom someone speaks, writes or talks to ("she spoke to X, a doctor")? With a
    word of a person the article names in full, it is that person, not a namesake town."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.lower_ in ("to", "with") and before.head.lemma_.lower() in _SPEAKING_TO_VERBS


def _person_name_words(doc: Doc) -> set[str]:
    """Words of the multi-word person names in the article ("Lind", "Ove", "Berg")."""
    return {
        word
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1
        for word in ent.text.split()
    }


def _mention(span: Span, candidates: list) -> PlaceMention:
    kind = candidates[0].place.kind if candidates else "other"
    return PlaceMention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        name=candidates[0].place.name if candidates else span.text,
        kind=kind,
        specificity=specificity(kind),
        country_code=candidates[0].place.country_code if candidates else "",
    )


def _unlabelled_proper_names(doc: Doc, covered: set[int]) -> Iterable[Span]:
    """Runs of proper nouns the NER left unlabelled (at most three tokens)."""
    i = 0
    while i < len(doc):
        if i in covered or doc[i].pos_ != "PROPN":
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 3 and doc[j].pos_ == "PROPN" and j not in covered:
            j += 1
        yield doc[i:j]
        i = j


def find_people(
    doc: Doc, places: list[PlaceMention], gazetteer: OfflineGazetteer
) -> list[PersonMention]:
    """Person mentions, each named by the fullest form the article uses for that person.

    "Lind" after "Lind Ove Berg" is the same person; the first full name that contains the short
    form's words wins, because a story introduces its protagonist first. A lone word that is
    nobody's full name but is a known place ("the Norfield forum") is not a person.
    """
    place_starts = {p.start for p in places}
    spans = [
        _strip_possessive(ent)
        for ent in doc.ents
        if ent.label_ == "PERSON" and ent.start_char not in place_starts
    ]
    name_words = {word for s in spans if len(s) > 1 for word in s.text.split()}
    spans = [
        s for s in spans if len(s) > 1 or s.text in name_words or not gazetteer.candidates(s.text)
    ]
    full_names = list(dict.fromkeys(s.text for s in spans if len(s.text.split()) > 1))
    mentions = []
    for span in spans:
        words = span.text.split()
        name = next((full for full in full_names if _contains_words(full.split(), words)), None)
        mentions.append(
            PersonMention(
                text=span.text, start=span.start_char, end=span.end_char, name=name or span.text
            )
        )
    return mentions


def _contains_words(full: list[str], short: list[str]) -> bool:
    return len(short) < len(full) and all(word in full for word in short)
