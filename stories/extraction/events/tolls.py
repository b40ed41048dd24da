"""Tolls and tallies: clauses that count what a happening left or what a player put up.

Two kinds of clause told as done, with no time of their own, measure rather than report:

- harm borne: "the house sustained heavy smoke damage", "two firefighters suffered minor
  injuries", "the region suffered the worst toll". The fire, the crash, the epidemic is the
  happening an editor puts on the timeline; the damage or the injuries it left are its
  consequences restated, on no day of their own. In the lead the toll may be the news itself
  ("two hikers sustained injuries in a fall on Sunday") and stays; so does a thing suffered
  that is itself a happening ("suffered a stroke", "suffered a defeat"), and a loss, which
  in business and election news is the result reported;
- a stat line: "the safety played 40 snaps", "the back rushed for 101 yards", "the end
  caught two passes", "he posted a 90.1 grade". A box score's counts sum up a game already
  told; they are not a moment in it. Scoring ("scored 26 points", "kicked two goals") can be
  the news of a game and is left alone.

The words are closed classes: verbs of undergoing, nouns of harm, units of a player's tally.
A clause with a date of its own ("sustained burns on Monday") is kept by the caller
(events.states.loose_deed).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.noise import in_lead

# Verbs of undergoing harm.
_UNDERGOING = frozenset({"suffer", "sustain", "incur"})
# Nouns of harm left on a person or a thing, or of a toll counted.
_HARM = frozenset(
    {"injury", "wound", "burn", "damage", "toll", "fracture", "bruise", "bruising", "trauma"}
    | {"laceration", "abrasion", "harm", "pain", "dizziness", "fatigue", "breathlessness"}
    | {"symptom", "casualty"}
)
# Units of a player's tally that are not scores: "snaps", "yards", "carries", "a grade".
_TALLY_UNITS = frozenset(
    {"snap", "yard", "carry", "grade", "rebound", "assist", "tackle", "reception", "pass"}
    | {"interception", "sack", "strikeout", "inning"}
)


def harm_borne(verb: Token) -> bool:
    """ "sustained smoke damage", "suffered minor injuries", "had suffered months of
    dizziness": harm undergone after the lead, the toll of a happening told elsewhere."""
    if verb.lemma_.lower() not in _UNDERGOING or in_lead(verb):
        return False
    return any(
        t.lemma_.lower() in _HARM for c in verb.children if c.dep_ == "dobj" for t in _heads_of(c)
    )


def _heads_of(noun: Token) -> list[Token]:
    """The object and what it counts: "cuts and bruises", "months of dizziness, fatigue
    and breathlessness"; not a clause inside it ("a stroke that caused brain damage")."""
    heads = [noun, *noun.conjuncts]
    counted = [
        o
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return heads + [t for o in counted for t in (o, *o.conjuncts)]


def stat_line(verb: Token) -> bool:
    """ "played 6 snaps", "rushed for 101 yards", "caught two passes", "posted a 90.1
    grade": a counted unit of a player's tally, as the verb's object or after "for"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(_counted_unit(t) for o in objects for t in (o, *o.conjuncts))


def _counted_unit(noun: Token) -> bool:
    return noun.lemma_.lower() in _TALLY_UNITS and any(
        c.like_num or c.dep_ == "nummod" for c in noun.children
    )
