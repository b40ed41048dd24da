"""Nouns that name a happening only when the sentence ties them to one: "occasions".

Some everyday news nouns name a happening as often as a topic or a thing: "a game", "a deal",
"a warning", "a test", "a ban", "an event". The lexicon's event nouns count with a definite
determiner alone ("the hearing"); these do not ("the deal would cut costs" is a topic). They
count when the sentence gives one happening of its own: a date ("this week's game", "a test
on Monday") or a named party ("a deal with Boeing", "warnings from Moscow", "the game against
the Steelers"). A verb that takes one as its object tells that occasion itself ("lost the
game", "signed a deal"). `nominals` reads this table; the classes are the lexicon's.

"Competition" is kept out of the lexicon for the same reason ("competition from imports") and
counts with a date ("the regional competition on May 3 in Velton") or a side it is against or
with ("a competition against Norburg"); not "from", which names a rival in trade ("the company
faces competition from Brenmoor Foods" is no happening). "Contact" ("had contact with X on
Sunday") was tried and left out: on held-out news it added an event no annotator kept.
Moving a person ("transfer", "extradition", "deportation"; happening_nouns keeps them out
because news mostly tells them as awaited or sought) is one happening also with the place it
goes to or from or with its owner ("awaiting a transfer to Texas", "his extradition"): what
still awaits it is certainty's question (events.subject_prospects: "the transfer would take 60
days" is expected).
"""

from __future__ import annotations

OCCASION_NOUNS = {
    noun: cls
    for cls, nouns in {
        "ceremony": "event",
        "match": "game race competition",
        "test": "test",
        "announce": "warning presentation briefing",
        "sign": "deal agreement settlement accord treaty",
        "launch": "opening",
        "close": "ban",
        "deploy": "shipment buildup transfer extradition deportation",
        "attack": "shelling gunfire",
        "disaster": "quake blizzard heatwave",
    }.items()
    for noun in nouns.split()
}

# Prepositions that bring in a party of an occasion: "a deal with", "warnings from", "the game
# against", "an agreement between", "a presentation by". Not "on", "for" or "over", which
# name what the noun is about ("a ban on masks").
PARTY_PREPOSITIONS = frozenset({"with", "from", "against", "between", "by"})
# Nouns whose party only some of those bring in: "competition from" is a rival in trade.
NOUN_PARTY_PREPOSITIONS = {"competition": frozenset({"against", "with"})}

# Nouns of moving a person somewhere: "a transfer to Virginia", "his extradition from Spain".
# The places the person is moved between make the move one happening, as a party does.
MOVE_NOUNS = frozenset({"transfer", "extradition", "deportation"})
MOVE_PREPOSITIONS = frozenset({"to", "from"})
