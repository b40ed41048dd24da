"""Nouns that name a happening only when the sentence ties them to one: "occasions".

Some everyday news nouns name a happening as often as a topic or a thing: "a game", "a deal",
"a warning", "a test", "a ban", "an event". The lexicon's event nouns count with a definite
determiner alone ("the hearing"); these do not ("the deal would cut costs" is a topic). They
count when the sentence gives one happening of its own: a date ("this week's game", "a test
on Monday") or a named party ("a deal with Boeing", "warnings from Moscow", "the game against
the Steelers"). A verb that takes one as its object tells that occasion itself ("lost the
game", "signed a deal"). `nominals` reads this table; the classes are the lexicon's.
"""

from __future__ import annotations

OCCASION_NOUNS = {
    noun: cls
    for cls, nouns in {
        "ceremony": "event",
        "match": "game race",
        "test": "test",
        "announce": "warning presentation briefing",
        "sign": "deal agreement settlement accord treaty",
        "launch": "opening",
        "close": "ban",
        "deploy": "shipment buildup",
        "attack": "shelling gunfire",
        "disaster": "quake blizzard heatwave",
    }.items()
    for noun in nouns.split()
}

# Prepositions that bring in a party of an occasion: "a deal with", "warnings from", "the game
# against", "an agreement between", "a presentation by". Not "on", "for" or "over", which
# name what the noun is about ("a ban on masks").
PARTY_PREPOSITIONS = frozenset({"with", "from", "against", "between", "by"})
