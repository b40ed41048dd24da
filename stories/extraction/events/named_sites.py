"""A site named for the place before it states that place: "along the Norfield Strip", "in
Velton County General Sessions Court", "at the Bergen Fairgrounds".

News names many sites by a place and a proper noun of their own. The recogniser keeps the
place ("Norfield") as a modifier of the site's name ("Strip"), which is the object of the
locative preposition; the phrase says the sentence happens in that place, as "in an El Paso
facility" does with a common noun (events.narration.locative_preposition). A site the
recogniser reads as an organisation or a work is left out: its name says whose, not where.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.lexicon import LOCATIVE_PREPOSITIONS

# Entity labels a site's own name may carry ("" when the recogniser saw none).
_SITE_LABELS = frozenset({"", "LOC", "FAC", "GPE"})


def named_site(noun: Token) -> bool:
    """Whether `noun` is a proper noun naming a site, the object of a locative preposition:
    "Strip" of "along the X Strip"."""
    return (
        "named sites" in place_rules.ENABLED
        and noun.pos_ == "PROPN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in LOCATIVE_PREPOSITIONS
        and noun.ent_type_ in _SITE_LABELS
    )
