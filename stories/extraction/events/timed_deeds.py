"""A deed told in a clause of time: "when a fire destroyed the building", "before the
prosecution rested its case".

An adverbial clause usually describes the circumstances of its main clause, so a general verb
in one needs a date of its own to count as an event (clauses._grounded). A clause of time
opened by "when", "before", "after", "until" or "once" whose verb is in the simple past, with a
noun for subject that does something to a noun object, is different: English news uses it to
place the main clause against another happening it takes as known, and that happening is
often the story's own (the fire, the prosecution resting). It is reported, not described.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.conjunctions import SEQUENCE_CONJUNCTIONS

_TIME_OPENERS = SEQUENCE_CONJUNCTIONS | {"when", "once"}
_NOUNS = frozenset({"NOUN", "PROPN"})


def deed_in_time_clause(verb: Token) -> bool:
    """Whether `verb` heads a clause of time in the active simple past whose noun subject
    does something to a noun object ("after the council approved the budget")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD":
        return False
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in children):
        return False
    opened = any(
        c.dep_ in ("mark", "advmod") and c.i < verb.i and c.lower_ in _TIME_OPENERS
        for c in children
    )
    subject = any(c.dep_ == "nsubj" and c.pos_ in _NOUNS for c in children)
    thing = any(c.dep_ == "dobj" and c.pos_ in _NOUNS for c in children)
    return opened and subject and thing
