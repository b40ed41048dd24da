"""A word of a person the article names in full, used where a place could stand, is still that
person when its own words say so: written before a common noun ("in Fairfield hearing") or
followed by "who" ("turned over to Carlow who spoke with the family").

entities.find_places drops a person's surname unless the sentence uses it as a location ("in
Fairfield", "to Carlow"). But in a headline's "New twist develops in Fairfield hearing" the
preposition governs the hearing, Elizabeth Fairfield's, not the name; and a name "who" follows is
someone, never a town. Only a lowercase common noun right after the name counts ("in Fairfield
County" stays a place).
"""

from spacy.tokens import Span

_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
_PERSON_PRONOUNS = frozenset({"who", "whom", "whose"})


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
    )


def who_follows(span: Span) -> bool:
    """Is the name followed, comma or not, by "who"/"whom"/"whose" ("to Carlow who spoke")?"""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].lower_ in _PERSON_PRONOUNS


def reads_as_the_person(span: Span) -> bool:
    """Does a word of a person named in full read as that person even after a preposition?"""
    return modifies_a_common_noun(span) or who_follows(span)
