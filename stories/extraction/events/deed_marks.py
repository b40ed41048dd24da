"""Marks that make a present or perfect clause report a deed rather than describe.

A verb outside the lexicon told in the present, the progressive or the present perfect is
mostly colour in news prose ("the bar is offering oxygen", "relations have cooled"), so
noise.describes_rather_than_reports drops it when it has no date of its own. Two marks tell
the deed itself, whatever the verb:

- a progressive that says where it goes on ("the show is running in Lisbon"): a happening
  under way somewhere, as certainty already reads "is attending a summit in <city>";
- a perfect or passive that takes a matter to or out of a named body ("the file has been
  handed to the Senate", "the measure has passed out of the Assembly"): a step of a public
  procedure, done (predication reads a passive "referred to" as sent, not mentioned).
"""

from __future__ import annotations

from spacy.tokens import Token

_TOWARDS = frozenset({"to", "into", "out", "before"})


def progressive(verb: Token) -> bool:
    """ "is running", "are turning": a present progressive (not "has been -ing", not "being")."""
    be = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"]
    return verb.tag_ == "VBG" and bool(be) and all(b.tag_ in ("VBZ", "VBP") for b in be)


def taken_to_a_body(verb: Token) -> bool:
    """ "has been referred to the Senate", "has passed out of the Assembly": a phrase after the
    verb that takes the matter to, into, before or out of a named organisation. A phrase in
    front ("From the Times to the BBC, papers have carried it") ranges over examples."""
    return any(
        c.dep_ == "prep" and c.i > verb.i and c.lower_ in _TOWARDS and _names_a_body(c)
        for c in verb.children
    )


def _names_a_body(preposition: Token) -> bool:
    objects = [o for o in preposition.children if o.dep_ == "pobj"]
    if preposition.lower_ == "out":  # "out of the Assembly"
        objects = [o for p in preposition.children if p.lower_ == "of" for o in p.children]
    return any(o.ent_type_ == "ORG" and o.pos_ == "PROPN" for o in objects)
