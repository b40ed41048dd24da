"""Words that open a clause, one named set for each kind of clause a reader asks about.

The parse repairs, event sites, the carrying of places and certainty each ask whether a word
opens a clause, each of a different kind, so the sets differ on purpose. They are kept here,
built from the core they share, so that the difference between any two is written down:
"after", "before" and "until" set one happening against another's time in every one of them.
This module sits below the events package, so the parse repairs can read it too.
"""

from __future__ import annotations

# Conjunctions that set one happening before or after another: "after the ship docked".
SEQUENCE_CONJUNCTIONS = frozenset({"after", "before", "until"})
# Prepositions that are also conjunctions opening a tensed clause, which the parser may read
# as the preposition's object ("as a storm buried …"): parse_repairs.
CLAUSE_PREPOSITIONS = SEQUENCE_CONJUNCTIONS | {"since", "as", "while"}
# Conjunctions that open a finite adverbial or reported clause ("after the ship docked",
# "whether the ship docked"): a participle with a subject under one is a past tense (sites).
SUBORDINATORS = SEQUENCE_CONJUNCTIONS | {
    "since",
    "while",
    "when",
    "once",
    "because",
    "whether",
    "if",
}
# Conjunctions and prepositions that open a clause telling another happening by its time
# ("after fleeing to Y"): its place is not the narration's (events.carrying).
TEMPORAL_OPENERS = SEQUENCE_CONJUNCTIONS | {"since", "till", "once"}
# Conjunctions of a clause of time whose present tense takes its clause's time ("a guard is
# killed when a bomb explodes"): events.certainty. Not "since", whose present gives a reason.
TIME_CLAUSE_CONJUNCTIONS = SEQUENCE_CONJUNCTIONS | {"till", "once", "when", "as"}
# Conjunctions that open an adverbial clause, never a main one: a sentence's root opened by
# one ("Two days after the council approved …, the first bus rolled") hides its main clause
# (parse repairs, fronted_clauses). Not "whether", which opens a subject or an object.
ADVERBIAL_OPENERS = (SUBORDINATORS - {"whether"}) | {"as", "although", "though", "whenever"}
