"""A site the event's verb acts on, named for its place: "blocked the Velton crossing",
"shut the Norfield plant", "seized the Sudport airport".

A place that modifies the verb's object usually says whose the thing dealt with is ("accused
Sudland officials"), so it takes part and is no location. When the object is itself a site that
stands on the ground (a crossing, a bridge, an airport, a plant), the place names where that site
is, and closing, blocking, seizing or shutting it happens there: as if the clause said "at the
crossing in Velton".
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.lexicon import NOUN_MODIFIER_DEPS

# Sites that stand in one place, which a deed done to them is done at.
SITE_NOUNS = frozenset(
    {
        "airfield",
        "airport",
        "base",
        "bridge",
        "camp",
        "checkpoint",
        "crossing",
        "dam",
        "factory",
        "harbor",
        "harbour",
        "jail",
        "mine",
        "plant",
        "port",
        "prison",
        "refinery",
        "seaport",
        "terminal",
        "tunnel",
    }
)
# Deeds done to a site where it stands: "blocked the Bergen crossing". Buying, selling or
# owning a site ("Acme bought the Bergen refinery") is done wherever the buyer is.
ACTING_VERBS = frozenset(
    {
        "attack",
        "block",
        "blockade",
        "bomb",
        "build",
        "close",
        "cross",
        "damage",
        "destroy",
        "evacuate",
        "guard",
        "hit",
        "inspect",
        "occupy",
        "open",
        "raid",
        "reopen",
        "repair",
        "seize",
        "shell",
        "shut",
        "storm",
        "strike",
    }
)
_MODIFIER_DEPS = NOUN_MODIFIER_DEPS | {"poss"}


def names_a_site_acted_on(modifier: Token, heads: set[int]) -> bool:
    """Whether a place (its head word `modifier`) names a site that is the direct object of the
    event's verb (one of `heads`), a verb of a deed done on the spot (`ACTING_VERBS`): the
    place is where the event was."""
    if "site objects" not in place_rules.ENABLED:
        return False
    noun = modifier.head
    words = {modifier.lemma_.lower(), noun.lemma_.lower()}
    while noun.dep_ in _MODIFIER_DEPS and noun.head != noun:
        noun = noun.head
        words.add(noun.lemma_.lower())
    if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = noun.head
    if verb.lemma_.lower() not in ACTING_VERBS:
        return False  # "bought the Bergen refinery": not done at the site
    acting = verb.i in heads or (verb.dep_ == "conj" and verb.head.i in heads)
    return acting and bool(words & SITE_NOUNS)
