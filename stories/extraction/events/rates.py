"""A deed told as a standing rate ("earned $180,000 a year") or as seldom done: no happening.

An amount counted per stretch of time, "earned about $230,000 a year", "carried 400 passengers a
day", "sold 900 loaves per week", tells what someone or something does over and over, a
standing quantity like a salary or a capacity, not one deed a timeline can place; so do many
recurring things told as one, "received monthly mortgage payments"; and a deed said to be done
"rarely", "seldom" or "annually" ("the flights were rarely filled") is a habit in the same way
(the other habit adverbs, "often", "usually", are events.genre's). On the dev batches such
clauses are rare but never gold: the two kept as events (flights rarely filled, a fraudster's
monthly payments) matched none, and no matched event has the shape.

The test is grammatical: a period noun ("day", "week", "year"...) with "a"/"an" hung on the
verb's amount or after "per", a plural object with an adjective of recurrence ("monthly",
"weekly"), or one of those adverbs on the verb. Its look-alikes stay: "paid $5,000 a year ago"
(the period counts back to a time: "ago" governs it, not the amount), "sold 900 loaves on
Tuesday" (no period), "printed its weekly supplement" (one thing, done once), a sum set on
someone ("awarded the builder $9,000 a month", "fined him $500 a day": decided once), and a dated
clause (the caller asks only undated ones): "lost $2 million a day during Monday's strike".
Undated, an amount per stretch bounded by one happening ("lost $2 million a day during the
strike", "... while the roads were closed") counts that happening's cost, once, and stays too;
a "while" of contrast ("... while its rival made a profit") bounds no stretch.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.times.rules_spans import SET_VALUES
from stories.extraction.times.vocab import UNITS

# Nouns of a stretch an amount is counted over (the time units, and "season").
_PERIODS = frozenset(UNITS) | {"season"}
# Adverbs telling a deed as seldom or yearly done (events.genre holds "often", "usually"…).
_SELDOM = frozenset({"rarely", "seldom", "annually"})
# Adjectives of a recurring stretch, the "-ly" words of a repeated time: "monthly payments";
# not a quarter's or a year's, which name one period's total as often ("reported lower
# quarterly sales", "yearly profits": the figures of one quarter or year, reported once).
_ONE_PERIODS_TOTAL = frozenset({"quarterly", "yearly", "annually"})
_RECURRING = frozenset(
    word for word in SET_VALUES if word.endswith("ly") and word not in _ONE_PERIODS_TOTAL
)
# Words bounding a stretch by one happening: "during the strike", "until the strike ended".
_DURING = frozenset({"during", "throughout", "amid"})
# Dependencies by which an amount hangs on its verb.
_AMOUNT_DEPS = frozenset({"dobj", "npadvmod", "attr", "nsubjpass"})


def told_as_a_rate(verb: Token) -> bool:
    """Whether `verb` tells an amount per stretch of time ("earned $230,000 a year") or a deed
    seldom or yearly done ("were rarely filled") rather than one happening (see above)."""
    if any(c.dep_ == "advmod" and c.lower_ in _SELDOM for c in verb.children):
        return True
    if any(c.dep_ == "dative" for c in verb.children):
        return False  # "awarded the builder $9,000 a month": a sum set on someone, once
    if _bounded_by_a_happening(verb):
        return False  # "lost $2 million a day during the strike": that strike's cost
    if any(_per_period(c) for c in verb.children if c.dep_ == "prep"):
        return True  # "earned 10 percent more per hour"
    if any(c.dep_ == "dobj" and _recurring_things(c) for c in verb.children):
        return True  # "received monthly payments"
    return any(
        _counted_per_period(c) for c in verb.children if c.dep_ in _AMOUNT_DEPS and _amount(c)
    )


def _amount(noun: Token) -> bool:
    """A number or a counted noun: "$230,000", "400 passengers", "five tonnes"."""
    return (
        noun.like_num
        or noun.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL")
        or any(c.dep_ == "nummod" for c in noun.children)
    )


def _counted_per_period(amount: Token) -> bool:
    """ "$230,000 a year", "400 passengers a day", "900 loaves per week": a period with "a"
    or after "per" hung on the amount."""
    for child in amount.children:
        if (
            child.dep_ == "npadvmod"
            and child.lemma_.lower() in _PERIODS
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in child.children)
        ):
            return True
        if child.dep_ == "prep" and _per_period(child):
            return True
    return False


def _per_period(prep: Token) -> bool:
    """ "per week", "per hour": "per" with a period as its object."""
    return prep.lower_ == "per" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _PERIODS for o in prep.children
    )


def _recurring_things(noun: Token) -> bool:
    """ "monthly payments", "weekly visits": a plural object each of which recurs, many deeds
    told as one; a single one ("its weekly column") was one thing done."""
    return noun.tag_ == "NNS" and any(
        c.dep_ == "amod" and c.lower_ in _RECURRING for c in noun.children
    )


def _bounded_by_a_happening(verb: Token) -> bool:
    """ "during the strike", "while the roads were closed": the stretch the amount is counted
    over is one happening's, told on the verb."""
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in _DURING
            and any(o.dep_ == "pobj" and o.lemma_.lower() in NOUN_CLASSES for o in child.children)
        ):
            return True
        if child.dep_ == "advcl" and _bounding_clause(child):
            return True
    return False


def _bounding_clause(verb: Token) -> bool:
    """ "until the strike ended"; "while" only before a state or a doing under way ("while the
    roads were closed", "while crews were digging"): a "while" before a plain deed sets
    something against the rate ("while its rival made a profit"), a contrast, no stretch."""
    marks = {m.lower_ for m in verb.children if m.dep_ == "mark"}
    if "until" in marks:
        return True
    lasting = verb.lemma_ == "be" or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children
    )
    return "while" in marks and lasting
