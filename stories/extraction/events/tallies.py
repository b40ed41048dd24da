"""A count kept low by "just" or "only" over a stretch of time: a tally, not a happening.

"The side has won just five matches this season", "he had scored just once in a ten-game
stretch", "foreign firms have bought only a handful of local companies this year": the verb
counts deeds spread over a season, a year or a run of games, and "just"/"only" says the count
is low. The clause is a record held against the news (why a coach is sacked, why a player's
goal mattered), told over a stretch, with no moment of its own; the games won or the firms
bought, when they matter, are told one by one with their days. On the development batches
every such clause was an event that matched no gold happening.

A count with no limiting word is left alone: "the economy added 358,000 jobs last month",
"dealers sold 17.3 million vehicles last year" are the news of a monthly or yearly figure.
So is "only once before": a comparison with one earlier happening, not a stretch. A year or a
month is a stretch of deeds only when the perfect counts it up to a moment ("has won just five
matches this year"): told in the past, a low figure for a month or a year is that period's
news ("builders added just 900 jobs last month", "the party won just four seats this year");
a season, a run or a stretch of games is one by itself.
"""

from __future__ import annotations

from spacy.tokens import Token

_LIMITING = frozenset({"just", "only"})
# Stretches a tally is counted over: "this season", "this year", "in a ten-game stretch".
_STRETCHES = frozenset({"season", "year", "month", "stretch", "campaign", "span", "run"})
# Periods that hold one figure as often as many deeds: a stretch only counted in the perfect.
_CALENDAR = frozenset({"year", "month"})
_ONCE = frozenset({"once", "twice"})


def told_as_a_tally(verb: Token) -> bool:
    """Whether the verb counts deeds with "just"/"only" over a stretch of time (see above)."""
    return _limited_count(verb) and _over_a_stretch(verb, perfect=_perfect(verb))


def _perfect(verb: Token) -> bool:
    """ "has won", "had scored": the count runs up to a moment."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _limited_count(verb: Token) -> bool:
    """ "won just five matches", "bought only a handful of", "scored just once"."""
    for child in verb.children:
        if child.dep_ == "dobj":
            counts = [child, *(c for c in child.children if c.dep_ == "nummod")]
            if any(_limited(c) for c in counts):
                return True
        if child.dep_ == "advmod" and child.lower_ in _ONCE and _limited(child):
            return True
    return False


def _limited(word: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _LIMITING for c in word.children)


def _over_a_stretch(verb: Token, *, perfect: bool) -> bool:
    """ "this season" (a noun phrase of time on the verb) or "in a ten-game stretch"; a year or
    a month only with the perfect."""
    for child in verb.children:
        if child.dep_ == "npadvmod" and _a_stretch(child, perfect):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "over", "during", "through")
            and any(o.dep_ == "pobj" and _a_stretch(o, perfect) for o in child.children)
        ):
            return True
    return False


def _a_stretch(noun: Token, perfect: bool) -> bool:
    word = noun.lemma_.lower()
    if word in _CALENDAR and not perfect:
        return False
    return word in _STRETCHES and noun.tag_ == "NN"
