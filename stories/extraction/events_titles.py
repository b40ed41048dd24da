"""Short headline-style titles: "Putin arrives in Vladivostok", "Kim's train stops in Khasan".

A title is the subject's short form, the verb in the present tense, its particle, the object's
short form and the place with its preposition. Noun phrases lose articles, adjectives,
appositions and relative clauses; people go by the short name the article uses for them and
places by their gazetteer name. Titles stay under `MAX_TITLE` characters by dropping the object
first, then the place.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events_context import MentionIndex
from stories.extraction.events_lexicon import PRONOUNS
from stories.extraction.mentions import PlaceMention

MAX_TITLE = 70
_KEPT_MODIFIERS = frozenset({"compound", "nummod"})
_IRREGULAR_PRESENT = {"be": ("is", "are"), "have": ("has", "have"), "do": ("does", "do")}
_PLURAL_PRONOUNS = frozenset({"they", "we", "you"})


def present(lemma: str, *, plural: bool) -> str:
    """Third-person present of a verb lemma ("stop" -> "stops", "hold talks" -> "holds talks")."""
    if " " in lemma:
        first, rest = lemma.split(" ", 1)
        return present(first, plural=plural) + " " + rest
    if lemma in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[lemma][plural]
    if plural:
        return lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def is_plural(head: Token) -> bool:
    return (
        head.tag_ in ("NNS", "NNPS")
        or head.lower_ in _PLURAL_PRONOUNS
        or any(c.dep_ == "conj" for c in head.children)
    )


def phrase(head: Token, index: MentionIndex, *, keep_adjectives: bool = False) -> str | None:
    """Short form of the noun phrase headed by `head`, coordinated members joined by "and".

    None for a pronoun that cannot be traced to a person: a title saying "it" tells nothing.
    """
    parts = [_single(head, index, keep_adjectives)]
    parts += [_single(c, index, keep_adjectives) for c in head.children if c.dep_ == "conj"]
    if any(p is None for p in parts):
        return None
    return " and ".join(p for p in parts if p)


def _single(head: Token, index: MentionIndex, keep_adjectives: bool) -> str | None:
    person = index.person(head)
    if person is not None:
        return index.short_name(person)
    place = index.place(head)
    if place is not None:
        return place_name(place)
    if head.lower_ in PRONOUNS:
        return None
    words = []
    for child in head.lefts:
        if child.dep_ == "poss":
            owner = _single(child, index, False)
            if owner is None:
                return None
            words.append(owner + "'s")
        elif child.dep_ in _KEPT_MODIFIERS or (keep_adjectives and child.dep_ == "amod"):
            words.append(child.text)
    words.append(head.text)
    return " ".join(words)


def place_name(place: PlaceMention) -> str:
    return place.name or place.text


def place_phrase(place: PlaceMention | None, index: MentionIndex) -> str:
    """ "in Vladivostok": the place with the preposition that introduces it in the text."""
    if place is None:
        return ""
    root = index.place_root(place)
    preposition = "in"
    if root is not None and root.head.pos_ == "ADP" and root.dep_ == "pobj":
        preposition = root.head.lower_
    return f"{preposition} {place_name(place)}"


def compose(*parts: str) -> str:
    """Join the non-empty parts, capitalise, and fit the title under MAX_TITLE characters.

    The parts come as (subject, verb, object, place): the object is dropped first, then the place.
    """
    subject, verb, obj, where = parts
    for candidate in ((obj, where), ("", where), ("", "")):
        words = " ".join(p for p in (subject, verb, *candidate) if p)
        if len(words) <= MAX_TITLE:
            return words[:1].upper() + words[1:]
    words = (subject + " " + verb)[:MAX_TITLE].strip()
    return words[:1].upper() + words[1:]
