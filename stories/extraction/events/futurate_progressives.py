"""Present progressives that announce a step to come, read by `certainty`.

A present progressive normally tells something under way ("police are investigating"), but
closing or leaving is a single step with no stretch to be under way in: "the firm is closing
its plant", "the astronaut is leaving for the United States", "the treasurer is resigning"
announce the step as decided and still to come (English's futurate progressive), and the dev
gold marks them planned (a coal mine's closure, an astronaut's departure, in two batches).

Look-alikes stay under way: a gradual closing with no object ("the gap is closing"), a closing
in on someone (a particle), a leaving that puts something in a state ("is leaving homes without
power", "leaving behind a mess"), and a past progressive ("was closing when …"), which tells
the background of a past scene.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of ending an operation or a stay; closing and shutting must take what they close.
_ENDING = frozenset({"close", "shut"})
_DEPARTING = frozenset({"leave", "quit", "resign", "retire", "depart"})
# Children that make "leave" put its object in a state rather than go away.
_STATE_DEPS = frozenset({"oprd", "xcomp", "acomp", "ccomp"})
_STATE_PREPOSITIONS = frozenset({"without", "with", "in", "behind"})


def futurate_progressive(verb: Token) -> bool:
    """ "is closing its plant", "is leaving for Canada": a present progressive of closing or
    leaving, told with "is"/"are" alone, announces the step as planned."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBG" or len(auxiliaries) != 1:
        return False
    be = auxiliaries[0]
    if be.lemma_ != "be" or be.tag_ not in ("VBZ", "VBP"):
        return False
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma in _ENDING:
        return particles <= {"down"} and any(c.dep_ == "dobj" for c in verb.children)
    if lemma not in _DEPARTING or particles:
        return False
    return not any(_puts_in_a_state(c) for c in verb.children)


def _puts_in_a_state(child: Token) -> bool:
    """ "leaving crops dry", "leaving families stranded", "leaving homes without power"; a
    purpose ("leaving for Canada to begin a career") or an opening "Tired of waiting," is no
    state."""
    if child.dep_ in _STATE_DEPS or (child.dep_ == "prep" and child.lower_ in _STATE_PREPOSITIONS):
        return True
    return (
        child.dep_ == "advcl"
        and child.i > child.head.i
        and not any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
    )
