"""The determiners before a noun, shared by the events rules and the place cues.

WHY here: the events rules (events.lexicon) and the place cues (town_heads, place_cues) read
the same small closed sets, but the place cues cannot import the events package (it imports
the entities, which import the cues), so the sets live in this module, which imports nothing.
"""

from __future__ import annotations

# The articles that bring in something new ("a fire") and the determiners of something the
# story already knows ("the fire", "its blast", "those talks").
INDEFINITE_ARTICLES = frozenset({"a", "an"})
DEFINITE_DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "its", "their", "his", "her"}
)
# The owners' determiners, the first person's too: "his Norman home", "our Gainesville store".
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my"})
# The articles and owners' determiners that open a noun phrase, "your" too: "a fire", "the
# fire", "his death", "your car"; and the same words as a regular expression's alternation.
ARTICLES_AND_OWNERS = INDEFINITE_ARTICLES | {"the", "your"} | POSSESSIVE_DETERMINERS
ARTICLE_OR_OWNER = "|".join(sorted(ARTICLES_AND_OWNERS, key=lambda w: (-len(w), w)))
