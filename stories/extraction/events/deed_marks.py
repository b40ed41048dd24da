"""Marks that make a present or perfect clause report a deed rather than describe.

A verb outside the lexicon told in the present, the progressive or the present perfect is
mostly colour in news prose ("the bar is offering oxygen", "relations have cooled"), so
noise.describes_rather_than_reports drops it when it has no date of its own. Two marks tell
the deed itself, whatever the verb:

- a progressive that says where it goes on ("the show is running in Lisbon"): a happening
  under way somewhere, as certainty already reads "is attending a summit in <city>"; not a
  verb of amount or change ("prices are rising in Denver" is a trend, background);
- a perfect or passive that takes a matter to or out of a named body ("the file has been
  handed to the Senate", "the measure has passed out of the Assembly"): a step of a public
  procedure, done, told by a passive or a verb of procedure (not "has spoken to Reuters");
  predication reads a passive "referred to" as sent, not mentioned.
"""

from __future__ import annotations

from spacy.tokens import Token

_TOWARDS = frozenset({"to", "into", "out", "before"})
# Verbs of amount and change: a progressive one with a place tells a trend there.
_CHANGE_VERBS = frozenset(
    {
        "rise",
        "fall",
        "grow",
        "climb",
        "increase",
        "decrease",
        "decline",
        "drop",
        "soar",
        "surge",
        "mount",
        "shrink",
        "slow",
        "rebound",
        "improve",
        "worsen",
        "ease",
        "slide",
        "slump",
        "plunge",
        "jump",
    }
)
# Verbs that move a matter through a procedure: "has referred the case to the Senate". A verb
# of talk or grievance ("has spoken to the Ledger", "has complained to the Guild") reaches a
# body too, but tells no step of its procedure; a passive ("has been handed to") always does.
_PROCEDURAL_VERBS = frozenset(
    {
        "refer",
        "send",
        "submit",
        "pass",
        "hand",
        "forward",
        "return",
        "appeal",
        "transfer",
        "move",
        "take",
        "bring",
        "deliver",
        "present",
    }
)


def progressive(verb: Token) -> bool:
    """ "is running", "are turning": a present progressive (not "has been -ing", not "being")."""
    be = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"]
    return verb.tag_ == "VBG" and bool(be) and all(b.tag_ in ("VBZ", "VBP") for b in be)


def a_trend(verb: Token) -> bool:
    """ "Home prices are rising in Velton", "cases are climbing in Norburg": a verb of amount
    or change, which in the progressive tells a trend somewhere (background), not a happening
    under way there as "the show is running in Lisbon" does."""
    return verb.lemma_.lower() in _CHANGE_VERBS


def taken_to_a_body(verb: Token) -> bool:
    """ "has been referred to the Senate", "has passed out of the Assembly": a phrase after the
    verb that takes the matter to, into, before or out of a named organisation. A phrase in
    front ("From the Times to the BBC, papers have carried it") ranges over examples. Only a
    verb of procedure or a passive takes a matter there: "Smith has spoken to the Ledger" is
    talk to a paper, no step of a procedure."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and verb.lemma_.lower() not in _PROCEDURAL_VERBS:
        return False
    return any(
        c.dep_ == "prep" and c.i > verb.i and c.lower_ in _TOWARDS and _names_a_body(c)
        for c in verb.children
    )


def _names_a_body(preposition: Token) -> bool:
    objects = [o for o in preposition.children if o.dep_ == "pobj"]
    if preposition.lower_ == "out":  # "out of the Assembly"
        objects = [o for p in preposition.children if p.lower_ == "of" for o in p.children]
    return any(o.ent_type_ == "ORG" and o.pos_ == "PROPN" for o in objects)
