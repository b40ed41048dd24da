"""A word of a person the article names in full, used where a place could stand, is still that
person when its own words say so: written before a common noun ("in Fairfield hearing") or
followed by "who" ("turned over to Carlow who spoke with the family").

entities.find_places drops a person's surname unless the sentence uses it as a location ("in
Fairfield", "to Carlow"). But in a headline's "New twist develops in Fairfield hearing" the
preposition governs the hearing, Elizabeth Fairfield's, not the name; and a name "who" follows is
someone, never a town. Only a lowercase common noun right after the name counts ("in Fairfield
County" stays a place), and not one of the things a town has, which the name owns as a town:
its kind ("Warren township", "Hamilton city"), its people and offices ("Warren police",
"Fairfield residents"), its streets and schools ("marched in Austin streets"). And "who" counts
only when it opens a clause on the name itself: in "Voters in Carlow who backed the plan" it is
the voters who backed it.
"""

from spacy.tokens import Span

from stories.extraction.place_cues import PLACE_NOUN_WORD, RESIDENT_NOUNS, TOWN_OFFICE_NOUNS

_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
_PERSON_PRONOUNS = frozenset({"who", "whom", "whose"})
# What a town has, besides its kind, people and offices: "Austin streets", "Fairfield schools".
_TOWN_THINGS = frozenset(
    {"streets", "roads", "schools", "officials", "leaders", "businesses", "shops",
     "neighborhoods", "neighbourhoods", "downtown", "taxpayers", "households"}
)  # fmt: skip


def a_towns_noun(word: str) -> bool:
    """Is ``word`` a kind of place or something a town has ("township", "police", "streets")?"""
    lower = word.lower()
    return (
        lower in RESIDENT_NOUNS
        or lower in TOWN_OFFICE_NOUNS
        or lower in _TOWN_THINGS
        or PLACE_NOUN_WORD.fullmatch(lower) is not None
    )


def modifies_a_common_noun(span: Span) -> bool:
    """Is the name a modifier of the lowercase common noun right after it ("Fairfield hearing")?"""
    if span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return (
        after.pos_ == "NOUN"
        and after.text.islower()
        and span.root.head.i == after.i
        and span.root.dep_ in _MODIFIER_DEPS
        and not a_towns_noun(after.text)
    )


def who_follows(span: Span) -> bool:
    """Is the name followed, comma or not, by "who"/"whom"/"whose" opening a relative clause on
    the name itself ("to Carlow who spoke"; not "Voters in Carlow who backed it")?"""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _PERSON_PRONOUNS:
        return False
    clause = doc[i].head
    return clause.dep_ == "relcl" and clause.head.i == span.root.i


def reads_as_the_person(span: Span) -> bool:
    """Does a word of a person named in full read as that person even after a preposition?"""
    return modifies_a_common_noun(span) or who_follows(span)
