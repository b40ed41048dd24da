"""The short form of a noun phrase, the piece every title is built of: "Ortega's boat" for
"the mayor's old blue fishing boat", a person by the short name the article uses, a place by
its gazetteer name, an untraceable pronoun by nothing.

Titles (events.titles) and a noun event's owner and "of" phrase (events.told_alone) both say
noun phrases this way; it lives apart from both so each can import it.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex, across_lines
from stories.extraction.events.lexicon import PRONOUNS
from stories.extraction.events.superlative_subjects import superlative_words
from stories.extraction.events.title_parts import (
    bare_time_owner,
    epithet,
    possessive,
    whose_noun,
)
from stories.extraction.mentions import PlaceMention

_KEPT_MODIFIERS = frozenset({"compound", "nummod"})
# Words of a share of a whole: "some of the pollution", "most of the homes".
PORTIONS = frozenset({"some", "many", "most", "much", "half", "majority", "bulk"})
# Nouns that measure or count what their "of" names: "hundreds of bags of litter" is said
# by what was hauled, the litter; "a blanket of ash" by the ash; "dozens of homes" by the homes.
_MEASURES = frozenset(
    {"tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "lots"}
    | {"number", "amount", "quantity", "handful", "series", "string", "spate", "host"}
    | {"blanket", "layer", "sheet", "pile", "heap", "plume", "cloud", "column", "pool"}
    | {"meters", "metres", "kilometers", "kilometres", "miles", "feet", "yards", "inches"}
    | {"tons", "tonnes", "pounds", "kilograms", "kilos", "gallons", "liters", "litres"}
    | {"barrels", "acres", "hectares", "bags", "boxes", "truckloads", "crates", "cans"}
    # a stretch of time is said by what filled it: "months of dizziness", "three days of
    # fighting ended" (never "Man suffers months", "Three days end")
    | {"minutes", "hours", "days", "weeks", "months", "years", "decades"}
    # a portion is said by the whole it is taken from: "some of the pollution", "most of it"
    | PORTIONS
)
_RESOLVABLE = frozenset({"he", "she", "they"})


def phrase(
    head: Token, index: MentionIndex, *, keep_adjectives: bool = False, objective: bool = False
) -> str | None:
    """Short form of the noun phrase headed by `head`, coordinated members joined by "and".

    None for a pronoun that cannot be traced to a person: a title saying "it" tells nothing.
    In an object (`objective`), "his" or "their" is dropped: "Ortega boards boat", not
    "Ortega boards Ortega's boat".
    """
    parts = [single_phrase(head, index, keep_adjectives, objective)]
    parts += [
        single_phrase(c, index, keep_adjectives, objective)
        for c in head.children
        if c.dep_ == "conj"
    ]
    if any(p is None for p in parts):
        return None
    return " and ".join(dict.fromkeys(p for p in parts if p))  # never "deaths and deaths"


def single_phrase(
    head: Token, index: MentionIndex, keep_adjectives: bool, objective: bool
) -> str | None:
    """Short form of one noun phrase, its coordinated members left out."""
    person = index.person(head) or (index.antecedent(head) if epithet(head) else None)
    if person is not None:
        return index.short_name(person)
    place = index.place(head)
    if place is not None:
        return place_name(place)
    group = None if objective else index.named_group(head)
    if group is not None:
        return group
    if head.lower_ in _RESOLVABLE and not objective:
        noun = index.antecedent_noun(head)
        # "Lind and his team reported that they …": the whole coordination, "Lind and team"
        return phrase(noun, index, objective=True) if noun is not None else None
    if head.lower_ in PRONOUNS:
        return None
    if (one_of := superlative_words(head)) is not None:
        return one_of  # "the largest" of "fifteen brush fires" (events.superlative_subjects)
    measured = _measured(head)
    if measured is not None:
        return single_phrase(measured, index, keep_adjectives, objective)
    words = []
    for child in head.lefts:
        if child.dep_ == "poss":
            pronoun = child.tag_ in ("PRP$", "WP$")
            if bare_time_owner(child):
                continue  # "this week's game": the time, not an owner
            standing = whose_noun(child) or child
            owner = None if pronoun and objective else single_phrase(standing, index, False, False)
            if owner and not (pronoun and owner.lower() == child.lower_):  # never "our's"
                words.append(possessive(owner, standing))
            elif not pronoun and owner is None:
                return None
        elif child.tag_ == "POS":  # an "'s" the parser hung on the noun: the owner's mark
            before = child.nbor(-1)
            if not words and before.pos_ == "PROPN":
                words.append(single_phrase(before, index, False, False) or before.text)
            if words and not words[-1].endswith("'s"):
                words[-1] += "'s"
        elif child.dep_ in _KEPT_MODIFIERS and not across_lines(child, head):
            written = (t.text_with_ws for t in child.subtree if not t.is_space)
            words.append(" ".join("".join(written).split()))  # "one-game", "$250,000"
        elif keep_adjectives and child.dep_ == "amod":
            words.append(child.text)
    words.append(head.text)
    return " ".join(words)


def said_head(head: Token) -> Token:
    """The noun a phrase is said by: the measured noun for a measure ("three days of fighting"
    is said "fighting", and its verb agrees with it: "Fighting ends"), else the head itself."""
    for _ in range(3):
        measured = _measured(head)
        if measured is None:
            break
        head = measured
    return head


def _measured(head: Token) -> Token | None:
    """What a measure noun measures: the object of its "of" ("a blanket of ash": ash)."""
    if head.lower_ not in _MEASURES:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)


def place_name(place: PlaceMention) -> str:
    return place.name or place.text


# The prepositions whose phrase a noun needs ("breach of trust", "end to the feud", "ban on
# handguns"): without it the noun is cut mid-phrase.
COMPLEMENTS = ("of", "to", "on")
_AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})


def complement_phrase(noun: Token, index: MentionIndex) -> str | None:
    """The phrase a noun needs, said short ("of trust" for "breach of trust", "to feud" for "an
    end to the feud"): a title saying "charged with breach" or "calls for end" is cut
    mid-phrase. "" when the noun has none, None when it cannot be said (a pronoun, an amount)."""
    if said_head(noun) is not noun:
        return ""  # "a number of projects" is said "projects": its "of" is said already
    prep, target = complement_of(noun)
    if target is None:
        return ""
    if target.like_num or target.pos_ == "NUM" or target.ent_type_ in _AMOUNTS:
        return None  # "a bond of $2,500": an amount, no thing the title can say
    said = phrase(target, index, objective=True)
    return f"{prep} {said}" if said else None


def complement_of(noun: Token) -> tuple[str, Token | None]:
    """The "of/to/on" preposition right after a noun and its object ("end to the walkout": to,
    walkout); ("", None) when it has none."""
    prep = next(
        (c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in COMPLEMENTS),
        None,
    )
    target = None if prep is None else next((c for c in prep.children if c.dep_ == "pobj"), None)
    return ("", None) if prep is None or target is None else (prep.lower_, target)
