"""An undated "could" tells an ability or a hypothetical, not a possibility on a timeline.

"The barstool could reach speeds of 38 mph", "a shooting war could produce body bags", "he
could face a real battle", "she could have drowned": "could" is the past
and the conditional of "can", and with no time of its own it says what is possible in general
or would follow under some condition, not that something may happen. events.certainty already
reads "can", "should" and an unreported "would" without a time as no happening; this keeps
"could" with them. A time of its own, found for the clause or written in it (or an adverb
that puts it on the story's line, "soon", "shortly", "eventually"), makes it a possibility the
story weighs ("the plant could close soon", "their republics could eventually declare
independence", "the renovations could begin by mid-April", "airlines could lose $2.5 billion in
2009", "the clinic could begin to expand by December"): speculated, as
"may" and "might" are with or without one ("the litigation might resume"). A passive stays
speculated too: "the army could be deployed in the capital", "few details could be released"
tell a deed someone may do (an option of those in charge), as events.thing_prospects keeps
"the formula will be revised". So does a "could" told of a natural hazard ("the hurricane could
make landfall in Louisiana", "the fire could reach the town", "the volcano could erupt"): a
storm or a fire has no abilities, and "could" weighs what it may do, a forecast, as
events.certainty reads "will" of a natural happening as expected. And so does a "could" told in
a warning or a fear ("the army warned that rebels could attack the capital", "workers fear the
plant could close"): a warning weighs a threatened happening, not what anyone is able to do.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from stories.extraction.events.lexicon import NATURAL_CLASSES, NOUN_CLASSES
from stories.extraction.events.time_phrases import TIME_ENTITIES

_COULD = "could"
_EPISTEMIC = frozenset({"may", "might"})
_PASSIVE = frozenset({"auxpass", "nsubjpass"})
# Links into another clause, whose time is not this one's.
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis"})
# Adverbs that put the happening on the story's line, near or later: "could close soon", "could
# eventually declare independence" ("as soon as" is a condition).
_NEAR_TIMES = frozenset({"soon", "shortly", "imminently", "eventually", "someday"})
# Verbs that tell a threatened happening in the clause they govern.
_WARNINGS = frozenset({"warn", "caution", "fear", "worry", "worried"})
_TOLD = frozenset({"ccomp", "parataxis"})


def undated_could(
    modals: set[str], date: dt.date | None, verb: Token, event_class: str = ""
) -> bool:
    """Whether a clause's auxiliaries hold "could" (and no "may"/"might"), its verb is active,
    it tells no natural hazard and the clause has no date nor a time written in it."""
    if date is not None or _COULD not in modals or modals & _EPISTEMIC:
        return False
    if any(child.dep_ in _PASSIVE for child in verb.children):
        return False  # "could be deployed": a deed someone may do
    if "have" not in modals and (event_class in NATURAL_CLASSES or _hazard_subject(verb)):
        return False  # "the storm could make landfall": a forecast ("could have": what did not)
    if _near_time(verb):
        return False  # "the plant could close soon": a possibility on the timeline
    if _warned_of(verb):
        return False  # "warned that rebels could attack": a threatened happening
    return not _time_written(verb)


def _near_time(verb: Token) -> bool:
    """Whether the verb has "soon", "shortly", "eventually" or the like of its own, not "as soon
    as"."""
    return any(
        child.dep_ == "advmod"
        and child.lower_ in _NEAR_TIMES
        and not any(grand.lower_ == "as" for grand in child.children)
        for child in verb.children
    )


def _hazard_subject(verb: Token) -> bool:
    """Whether the verb's subject (its first conjunct's, for a later one) is a natural
    hazard: "the fire", "a hurricane"."""
    clause = verb.head if verb.dep_ == "conj" else verb
    return any(
        child.dep_ == "nsubj" and NOUN_CLASSES.get(child.lemma_.lower()) in NATURAL_CLASSES
        for child in clause.children
    )


def _warned_of(verb: Token) -> bool:
    """Whether the verb's clause is what a warning or a fear tells: "warned that rebels could
    attack", "could attack, the army warned", "fear the plant could close"."""
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ in _TOLD and clause.head.lemma_.lower() in _WARNINGS:
        return True
    return any(c.dep_ in _TOLD and c.lemma_.lower() in _WARNINGS for c in clause.children)


def _time_written(verb: Token) -> bool:
    """A date or time in the verb's own clause (its infinitives included), not in a clause
    under it."""
    stack = list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in _OTHER_CLAUSES:
            continue
        if token.ent_type_ in TIME_ENTITIES:
            return True
        stack.extend(token.children)
    return False
