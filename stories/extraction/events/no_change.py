"""Market lines that tell no move: "closed unchanged", "little changed", "after the market closed".

Market and results news reports each figure's close, and some closes are the absence of a
move: "the shares closed unchanged at $29", "the index ended flat", "the dollar held steady",
"bond prices were little changed". The clause tells that nothing happened to the figure that
day; an editor puts no such line on a timeline (on the TimeBank dev batch both such clauses
matched no gold event). The test is grammatical: a verb with no object of its own whose
predicate complement is a word of no change ("unchanged", "flat", "steady", "stable"), also
when the parser hangs that word on the day after it ("closed unchanged Friday"), and "change"
itself said to have hardly happened ("little changed"). A verb with an object is someone
acting on the figure ("the bank kept rates unchanged") and is not asked here; a move stays an
event: "closed higher", "ended three percent lower", "the rules were changed"; "fell flat" is no
figure left unmoved (a plan that fell flat is a figure of performance, events.figures), and a
verb of becoming tells a move into the steady state, not its absence: "the battery ran flat",
"his condition turned stable".

The same news times deeds by the market's daily round: "announced the sale after the market
closed", "before trading opened". A market's opening or closing in a time clause ("after",
"before", "when", "until") is the hour another deed was done at, a close like every other
day's, and no happening of its own (on the TimeBank dev batch it matched no gold event); a
market that closed as the news itself ("the market closed early because of the storm") is a
main clause and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.states import BECOMING_VERBS

# Words saying a figure did not move.
_NO_CHANGE = frozenset({"unchanged", "flat", "steady", "stable"})
# Adverbs saying "change" hardly happened: "were little changed".
_HARDLY = frozenset({"little", "barely", "scarcely"})
# Verbs of coming into a state: "turned stable", "ran flat", "went flat" tell a change.
_INTO_A_STATE = BECOMING_VERBS | {"go", "turn", "run"}
# Subjects whose opening or closing is the day's routine round.
_MARKETS = frozenset({"market", "markets", "trading"})
# Words opening a clause that tells the time of another.
_TIME_MARKS = frozenset({"after", "before", "when", "until", "till"})
# Dependencies a predicate complement takes under the verb (the parser reads "held steady"'s
# adjective as an object).
_COMPLEMENTS = frozenset({"acomp", "oprd", "advmod", "dobj"})


def tells_no_change(verb: Token) -> bool:
    """Whether `verb` reports that a figure did not move ("closed unchanged at $29") or the
    market's daily round as a time ("after the market closed")."""
    if any(c.dep_ == "dobj" and c.lower_ not in _NO_CHANGE for c in verb.children):
        return False  # an object of its own: someone acted on something
    if _market_round(verb):
        return True
    if verb.lemma_.lower() == "change":
        return any(c.dep_ == "advmod" and c.lower_ in _HARDLY for c in verb.children)
    if verb.lemma_.lower() == "fall":
        return False  # "fell flat": a fall, or a figure of performance (events.figures)
    if verb.lemma_.lower() in _INTO_A_STATE:
        return False  # "the battery ran flat", "his condition turned stable": a change
    return any(
        (c.dep_ in _COMPLEMENTS and c.lower_ in _NO_CHANGE) or _unchanged_day(verb, c)
        for c in verb.children
    )


def _unchanged_day(verb: Token, child: Token) -> bool:
    """ "closing unchanged Friday": the parser reads the word right after the verb as a
    modifier of the day after it."""
    return (
        child.dep_ == "npadvmod"
        and child.i == verb.i + 2
        and any(
            m.dep_ == "amod" and m.i == verb.i + 1 and m.lower_ in _NO_CHANGE
            for m in child.children
        )
    )


def _market_round(verb: Token) -> bool:
    """ "after the market closed", "before trading opened": the market's daily round telling
    the time of another deed."""
    return (
        verb.lemma_.lower() in ("open", "close")
        and verb.dep_ in ("advcl", "ccomp")
        and any(c.dep_ == "nsubj" and c.lower_ in _MARKETS for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children)
    )
