"""Hires told as taking someone on in a new role: "X welcomes Y as its new CEO".

Business and sports news often announces a hire without a verb of appointing: the company
"is adding" someone "as its first chief data officer", "is proud to have" someone "as our
new president", "brings in" a coach "as interim manager". The verb is a common one (have, add,
welcome, bring); what makes it a hire is a person taken on "as" an office that is new to them
("new", "first", "next", "interim", "incoming"). Without that word the clause describes a
tenure ("served as CEO", "known as the chief") rather than a change.

Such news is told in the present of a press release: "is adding", "is pleased to have", "is
proud to welcome". An infinitive under a present "be" of gladness, or a present progressive,
announces the hire as made, not as planned or as what the company habitually does.
"""

from __future__ import annotations

from spacy.tokens import Token

# Common verbs that take someone on when an "as" phrase names a new office.
TAKING_ON = frozenset({"have", "add", "welcome", "bring", "tap", "hire", "name", "appoint"})
# Words that make an office new to its holder.
_NEW = frozenset({"new", "first", "next", "interim", "incoming", "permanent"})
# Heads of offices, the roles companies, teams and bodies fill.
_OFFICES = frozenset(
    {"ceo", "cfo", "coo", "cto", "officer", "president", "chairman", "chairwoman", "chair"}
    | {"director", "chief", "head", "manager", "coach", "editor", "executive", "secretary"}
    | {"governor", "commissioner", "ambassador", "captain", "partner", "leader", "dean"}
)
# Adjectives of gladness a press release announces its news with.
_GLAD = frozenset({"pleased", "thrilled", "delighted", "proud", "excited", "happy", "honored"})


def takes_on_in_new_office(verb: Token) -> bool:
    """ "is adding Oren Vask as its first CTO": a verb of taking on, a person, a new office."""
    return verb.lemma_.lower() in TAKING_ON and _person_taken_on(verb) and _new_office(verb)


def announced_hire(verb: Token) -> bool:
    """A hire told in the present of an announcement: "is adding", "is pleased to have"."""
    if not takes_on_in_new_office(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    progressive = verb.tag_ == "VBG" and any(
        a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries
    )
    return progressive or glad_to(verb)


def glad_to(verb: Token) -> bool:
    """ "is pleased to have", "are proud to welcome": an infinitive under a present "be" of
    gladness."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lower_ not in _GLAD or head.dep_ != "acomp":
        return False
    copula = head.head
    return copula.lemma_ == "be" and copula.tag_ in ("VBZ", "VBP")


def _person_taken_on(verb: Token) -> bool:
    """The verb's object is a person: a name the recogniser types or a proper noun, also in
    apposition ("the engineer Oren Vask")."""
    return any(
        _person(c) or any(a.dep_ == "appos" and _person(a) for a in c.children)
        for c in verb.children
        if c.dep_ == "dobj"
    )


def _person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.tag_ == "NNP"


def _new_office(verb: Token) -> bool:
    """An "as" phrase (on the verb or its object) naming an office new to its holder."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in [c for h in [verb, *objects] for c in h.children]:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for office in prep.children:
            if office.dep_ != "pobj":
                continue
            heads = [office, *(c for c in office.children if c.dep_ == "conj")]
            words = {w.lower_ for h in heads for w in h.subtree}
            if words & _NEW and any(h.lower_ in _OFFICES for h in heads):
                return True
    return False
