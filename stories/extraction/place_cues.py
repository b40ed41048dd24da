"""Places the NER model misses but news-writing conventions mark, each confirmed by the gazetteer.

spaCy's small model finds well-known places, but local news names small towns the way it names
people and companies, and it reads the conventions of the genre poorly. These cues come from how
news is written, not from any article:

- a dateline ("PORTLAND, Maine (AP) —"), in capitals at the top of the story;
- a place that locates an institution or a person: "Fargo police", "a Roselle man", "his
  Norman home" (not a style of house: "their Mission home"),
  "a Sugar Land-based firm", "Rep. Smith, R-Charleston", "John Doe, 34, of Grovetown";
- a name of a kind the language marks as a place: "Freeborn Lake", "Anthony Creek";
- lists of places: "Barrow, Jackson and Madison counties", "in Cairo, Giza and Al-Minya".

Each cue is paired with the gazetteer (or with a kind word inside the name): a cue alone never
makes a place, and a name the gazetteer knows never becomes a place without a cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from stories.datelines import dateline_at
from stories.extraction.determiners import POSSESSIVE_DETERMINERS
from stories.extraction.doc_text import doc_text
from stories.extraction.state_abbreviations import dotted_state_at, joined_state
from stories.geocoding.gazetteer import OfflineGazetteer

# Nouns that, in apposition or right after a name, say it is a place: "X, a port city".
PLACE_NOUNS = (
    "city|town|township|hometown|village|port|station|spaceport|cosmodrome|base|airport|"
    "province|region|state|county|district|river|strait|island|capital|border|crossing|"
    "harbou?r|valley|mountain|lake|bay|peninsula|suburb|neighbou?rhood|municipality|"
    "prefecture|oblast|krai"
)
# One of those nouns as a whole word, singular or plural ("city", "provinces").
PLACE_NOUN_WORD = re.compile(rf"(?:{PLACE_NOUNS})(?:e?s)?", re.IGNORECASE)
# Nouns a place name modifies when it says where someone lives or serves: "a Roselle man".
RESIDENT_NOUNS = frozenset(
    {"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "resident",
     "residents", "native", "natives", "police", "officer", "officers", "mayor", "firefighters",
     "deputies"}
)  # fmt: skip
# Nouns of a dwelling a place name modifies after its owner's pronoun: "his Norman home".
HOME_NOUNS = frozenset({"home", "house", "residence", "apartment", "farm", "ranch"})
# Styles of house, capitalised before a dwelling as a town is: "their Mission home", "a Cape Cod
# house", "his Tudor home", "a Spanish Colonial house", "a Queen Anne house".
HOUSE_STYLES = frozenset(
    {"mission", "tudor", "colonial", "victorian", "georgian", "edwardian", "craftsman", "cape",
     "cape cod", "federal", "ranch", "prairie", "revival", "queen anne", "italianate", "gothic",
     "mediterranean", "spanish", "pueblo", "adobe", "bungalow", "modern", "contemporary",
     "regency", "shingle", "saltbox", "chalet", "farmhouse", "deco"}
)  # fmt: skip
# Nouns that follow a list of places and name their kind: "Barrow, Jackson and Madison counties".
PLURAL_KIND_NOUNS = frozenset(
    {"counties", "provinces", "districts", "states", "cities", "towns", "villages", "regions",
     "parishes", "prefectures", "municipalities", "islands", "countries", "governorates"}
)  # fmt: skip
# Words that end (or open) a name and make it the name of a place: "Freeborn Lake".
FEATURE_LAST = frozenset(
    {"lake", "river", "creek", "island", "islands", "mountain", "mountains", "bay", "county",
     "parish", "province", "valley", "canyon", "peninsula", "desert", "gulf", "delta", "strait"}
)  # fmt: skip
# The kind word of a street name, as addresses write it (capitalised, so "the street" is none).
STREET_WORDS = frozenset(
    {"Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Drive", "Dr.", "Lane", "Boulevard",
     "Blvd.", "Parkway", "Pike"}
)  # fmt: skip
FEATURE_FIRST = frozenset({"lake", "mount", "mt.", "fort", "ft.", "cape", "isle", "gulf"})
# Offices a place's name comes before, capitalised before the holder's name.
OFFICE_TITLES = frozenset({"Mayor", "Sheriff", "Gov.", "Governor", "Councilman", "Councilwoman"})
# A town's offices and forces a possessive town owns: "Norfield's building inspector" (not
# "manager", "attorney", "chief": a person has those too).
TOWN_OFFICE_NOUNS = frozenset(
    {"mayor", "inspector", "council", "police", "sheriff", "aldermen", "selectmen", "councilman",
     "councilwoman"}
)  # fmt: skip
PROMINENT_POPULATION = 1_000_000
# US party letters before a home town or state: "Rep. Jane Doe, D-Hardy".
_PARTY = frozenset({"r", "d", "i", "dfl"})
MIN_POPULATION = 1000
# Capitalised words that open names of institutions and titles without naming a place, though
# some village somewhere bears them: "the White House", "City Council", "Vice Mayor", "Metro
# Police".
_TITLE_WORDS = frozenset(
    {"city", "white", "supreme", "superior", "vice", "home", "justice", "federal", "national",
     "royal", "general", "central", "public", "republic", "miss", "naval", "capitol", "state",
     "metro"}
)  # fmt: skip
# Entity types whose words are never a place's name: "Saturday youth club", "a Jewish family".
_NOT_PLACE_TYPES = frozenset(
    {"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
     "WORK_OF_ART", "LAW", "LANGUAGE"}
)  # fmt: skip


def trusted(gazetteer: OfflineGazetteer, text: str) -> list:
    """Candidates a cue may rely on: the place's own name or its standard abbreviation, or an
    alternate name of a country or state. Not a nationality ("Russian"), a guessed spelling, or
    a code that is also a word ("LED", an airport's code)."""
    short_caps = text.isupper() and len(text) <= 3 and "." not in text
    return [
        c
        for c in gazetteer.candidates(text)
        if c.match in ("name", "abbreviation")
        or (c.match == "alternate" and c.place.kind in ("country", "admin1") and not short_caps)
    ]


def plausible(span: Span) -> bool:
    """Could these words be a place's name at all? Not a date, a number or a nationality, not a
    title word ("Vice Mayor"), not lower case."""
    if any(t.ent_type_ in _NOT_PLACE_TYPES for t in span) or not span.text[:1].isupper():
        return False
    if len(span.text) <= 3 and span.text.isupper() and "." not in span.text:
        # "D-CA", "Tampa, FL": a state's code after a party or a city; not "UN", "HIV"
        return span.start > 0 and span.doc[span.start - 1].text in ("-", ",")
    return not (len(span) == 1 and span[0].lower_ in _TITLE_WORDS)


def populated(candidates: list) -> bool:
    """A country, a division or a town people live in: what a cue may make of a name."""
    return any(
        c.place.kind in ("country", "admin1", "admin2", "region")
        or c.place.population >= MIN_POPULATION
        for c in candidates
    )


def _proper(span: Span) -> bool:
    return all(t.is_title or t.is_upper or not t.is_alpha for t in span) and span[0].is_alpha


def name_before(doc: Doc, end: int, limit: int = 3) -> Span | None:
    """The run of capitalised proper-noun tokens ending at token ``end`` (exclusive)."""
    start = end
    while start > 0 and end - start < limit:
        token = doc[start - 1]
        if not (token.is_title or token.is_upper) or not token.is_alpha:
            break
        if token.pos_ != "PROPN" and (token.pos_ not in ("NOUN", "ADJ") or token.i == 0):
            break  # the tagger may call a small town's name a noun, never a verb
        start -= 1
    return doc[start:end] if start < end else None


def _a_house_style(name: Span) -> bool:
    """ "Mission", "Cape Cod", "Spanish Colonial": a style of house, not where it stands."""
    return name.text.lower() in HOUSE_STYLES or name[-1].lower_ in HOUSE_STYLES


def _name_after(doc: Doc, start: int, limit: int = 3) -> Span | None:
    """The run of capitalised tokens from token ``start`` (at most ``limit``)."""
    end = start
    while end < len(doc) and end - start < limit and doc[end].is_alpha:
        if not (doc[end].is_title or doc[end].is_upper):
            break
        end += 1
    return doc[start:end] if end > start else None


def dateline_spans(doc: Doc, gazetteer: OfflineGazetteer) -> Iterator[Span]:
    """The place of a dateline that opens the text or one of its first three sentences: a
    headline on a line of its own may stand above it, where `find_dateline`, which reads the
    top of the text (or the body after a headline run into it), does not look."""
    text = doc_text(doc)
    for number, sent in enumerate(doc.sents):
        if number > 2:
            break
        dateline = dateline_at(text, sent.start_char)
        if dateline is None:
            continue
        for start, end in dateline.place_spans:
            span = doc.char_span(start, end)
            if span is not None and populated(trusted(gazetteer, span.text.title())):
                yield span
        return


def attributive_spans(doc: Doc, gazetteer: OfflineGazetteer) -> Iterator[Span]:
    """A place that says where someone lives or serves ("a Roselle man", "his Norman home",
    "Fargo police"; the noun in lower case, or it is an organisation's name: "the Nigeria
    Police"),
    where a firm is based ("a Sugar Land-based firm"), or a legislator's home ("R-Charleston")."""
    for token in doc:
        word = token.lower_
        if word in RESIDENT_NOUNS and token.is_lower and token.i > 0:
            name = name_before(doc, token.i)
            if name is not None and (name[0].i > 0 or name[0].pos_ == "PROPN"):
                yield name
        elif word in HOME_NOUNS and token.is_lower and token.i > 1:
            name = name_before(doc, token.i)
            if (
                name is not None
                and name.start > 0
                and doc[name.start - 1].lower_ in POSSESSIVE_DETERMINERS
                and not _a_house_style(name)
            ):
                yield name  # "his Norman home": where the person lives
        elif word == "based" and token.i > 1 and doc[token.i - 1].text == "-":
            name = name_before(doc, token.i - 1)
            if name is not None:
                yield name
        elif word in _PARTY and token.text.isupper() and _party_dash(token):
            name = _name_after(doc, token.i + 2)
            if name is not None:
                yield name


def _party_dash(token) -> bool:
    """ "(D-Minn.)", ", R-Charleston": a party letter, a dash, then the home."""
    doc = token.doc
    return (
        0 < token.i < len(doc) - 2
        and doc[token.i + 1].text == "-"
        and doc[token.i - 1].text in (",", "(")
    )


def person_of_spans(doc: Doc) -> Iterator[Span]:
    """ "John Doe, 34, of Grovetown", "Jane Roe of Grand Prairie": where a person is from."""
    for token in doc:
        if token.lower_ != "of" or token.i < 2:
            continue
        before = doc[token.i - 1]
        age = before.text == "," and doc[token.i - 2].like_num
        person = before.ent_type_ == "PERSON" and before.ent_iob_ in ("B", "I")
        person_comma = (
            before.text == "," and doc[token.i - 2].ent_type_ == "PERSON" and token.i + 1 < len(doc)
        )
        if age or person or person_comma:
            name = _name_after(doc, token.i + 1)
            if name is not None:
                yield name


def feature_name_spans(doc: Doc) -> Iterator[Span]:
    """Names a kind word makes places: "Freeborn Lake", "Lake Lanier", "Anthony Creek", also
    where they open a longer name ("the Laurel County Fiscal Court")."""
    i = 0
    while i < len(doc):
        first = doc[i]
        if not (first.is_alpha and (first.is_title or first.is_upper)):
            i += 1  # no name starts here (``_name_after`` would say None): most tokens
            continue
        name = _name_after(doc, i, limit=5)
        if name is None or len(name) < 2:
            i += 1
            continue
        kind = next((k for k in range(1, len(name)) if name[k].lower_ in FEATURE_LAST), None)
        if kind is not None:
            yield name[: kind + 1]
        elif name[0].lower_ in FEATURE_FIRST:
            yield name
        i = name.end


def listed_with(doc: Doc, places: Iterable[Span]) -> Iterator[Span]:
    """Names coordinated with a place ("Cairo, Giza and Al-Minya"), or with a plural kind
    noun after the list ("Barrow, Jackson and Madison counties")."""
    starts = {span.root.i for span in places}
    for token in doc:
        if token.pos_ != "PROPN":  # the cheap test first: most tokens are no proper noun
            continue
        if token.dep_ != "conj" and not any(c.dep_ == "conj" for c in token.children):
            continue
        group = {token.i, token.head.i} | {c.i for c in token.children if c.dep_ == "conj"}
        followed = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in PLURAL_KIND_NOUNS
        if group & starts or followed:
            name = name_before(doc, token.i + 1)
            if name is not None and not _hyphenated(name):
                yield name


def followed_by_region(span: Span, gazetteer: OfflineGazetteer) -> bool:
    """ "Pingilikani, Kenya", "Sukoharjo, Central Java": a name placed in its country or state,
    the way news locates a small place."""
    return region_after(span, gazetteer) is not None


def region_after(span: Span, gazetteer: OfflineGazetteer) -> Span | None:
    """The country or state named after ``span`` and a comma ("Alpharetta, GA"), if any."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    region = _name_after(doc, span.end + 1)
    if region is None:
        return dotted_state_at(doc, span.end + 1, gazetteer)  # "Olathe, Kan."
    for size in range(len(region), 0, -1):
        if any(
            c.place.kind in ("country", "admin1") for c in trusted(gazetteer, region[:size].text)
        ):
            return region[:size]
    return None


def _whole_region_after(span: Span, gazetteer: OfflineGazetteer) -> Span | None:
    """The region after ``span`` when it is the whole name there ("GA" in "Alpharetta, GA @"),
    not the start of a longer one ("Great" of "Great Bend")."""
    region = region_after(span, gazetteer)
    if region is None:
        return None
    name = _name_after(span.doc, span.end + 1)
    return region if name is None or name.end == region.end else None


# The word between the parties to a court case: "Smith v. Jones" (news writes "vs." for games,
# "Lincoln vs. Omaha, Neb.", whose teams are named for places).
_VERSUS = frozenset({"v."})


def region_placed_spans(doc: Doc, gazetteer: OfflineGazetteer) -> Iterator[tuple[Span, bool]]:
    """Names the NER missed that a country or state follows ("Lujhu, Taiwan"), each with whether
    that alone makes it a place: not for what the NER calls an organisation or a product ("the
    Denver Post, Chicago Tribune"), nor for capitals, which the gazetteer must then know. The
    state or country itself is a place too ("Charlotte, NC @ the arena": the NER may take the
    code into a venue's name)."""
    for token in doc:
        if token.text != "," or token.i == 0 or doc[token.i - 1].ent_type_ in ("PERSON", "NORP"):
            continue
        name = name_before(doc, token.i)
        if name is not None and name.start > 0 and doc[name.start - 1].lower_ in _VERSUS:
            continue  # a party to a case: "Smith v. Jones, Ala. Sup. Ct."
        if name is not None and followed_by_region(name, gazetteer):
            named = any(t.ent_type_ in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART") for t in name)
            yield name, not (named or name.text.isupper() or name[0].pos_ != "PROPN")
            region = _whole_region_after(name, gazetteer)
            if region is not None and not joined_state(region):
                yield region, False


def title_spans(doc: Doc) -> Iterator[Span]:
    """The place whose office a named person holds: "Fargo Mayor Ann Lindqvist"."""
    for token in doc:
        if token.text not in OFFICE_TITLES or token.i == 0 or token.i + 1 >= len(doc):
            continue
        if doc[token.i + 1].ent_type_ == "PERSON":
            name = name_before(doc, token.i)
            if name is not None:
                yield name


def owned_office_spans(doc: Doc) -> Iterator[Span]:
    """The town whose office or force a possessive names: "Norfield's building inspector",
    "Norfield's mayor", "Norfield's police" (the recogniser often calls the town a person)."""
    for token in doc:
        if token.dep_ != "poss":
            continue
        owned = token.head
        if (
            token.i + 1 < len(doc)
            and doc[token.i + 1].tag_ == "POS"
            and owned.lower_ in TOWN_OFFICE_NOUNS
            and owned.is_lower
            and owned.i > token.i
        ):
            name = name_before(doc, token.i + 1)
            if name is not None:
                yield name


def prominent_spans(doc: Doc, gazetteer: OfflineGazetteer) -> Iterator[Span]:
    """A name the NER calls an organisation or a person that is a country's or a large state's
    own name ("Sri Lanka", "KwaZulu-Natal"): far more often the place than anything else."""
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "PERSON", "PRODUCT"):
            continue
        span = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
        if len(span) > 1 and span[-1].tag_ == "POS":
            span = span[:-1]
        if any(
            c.match == "name"
            and c.place.kind in ("country", "admin1")
            and c.place.population >= PROMINENT_POPULATION
            for c in gazetteer.candidates(span.text)
        ):
            yield span


def kind_listed(doc: Doc) -> Iterator[Span]:
    """Every name of a list that a plural kind noun closes: "Navarro, Henderson and Ellis
    counties", "in Nandurbar and Dhule districts"."""
    for token in doc:
        if token.lower_ not in PLURAL_KIND_NOUNS or token.i == 0:
            continue
        end = token.i
        while end > 0:
            name = name_before(doc, end)
            if name is None:
                break
            yield name
            end = name.start
            if end > 0 and doc[end - 1].lower_ in (",", "and", "or"):
                end -= 1
                if end > 0 and doc[end - 1].text == "," and doc[end].lower_ in ("and", "or"):
                    end -= 1
            else:
                break


def street_spans(doc: Doc) -> Iterator[Span]:
    """Streets named the way addresses are written: "Gillis Street", "1119 Eighth St.",
    "Hot Springs Drive"."""
    for token in doc:
        if token.text not in STREET_WORDS or token.i == 0:
            continue
        name = name_before(doc, token.i)
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if name is not None and not (after is not None and after.pos_ == "NOUN"):
            yield doc[name.start : token.i + 1]  # not "Wall Street analysts": the trade


def _hyphenated(span: Span) -> bool:
    """The second half of a hyphenated name ("Guinea-Bissau"): not a place of its own."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "-":
        return False
    return not doc[span.start - 2].whitespace_
