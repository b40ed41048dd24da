"""A suspect charged with an offence, told in the present or perfect passive.

"He has been charged with murder", "Both are now charged with theft", "A man is charged in
the beating death of…": court news tells the charging as a state the suspect is in, with no
date of its own. "charge" lies outside the event lexicon (it also bills a fee, fills a
battery, gives a duty), so noise.describes_rather_than_reports would take such a clause for
colour, as it does "relations have cooled". In the passive, with the offence after "with" or
the case after "in", it is the step of a prosecution the story reports, one done, the way
"was indicted" and "was arrested" (lexicon verbs) are.

A duty given ("is charged with overseeing the budget") names a task by a verb, not an
offence by a noun; a fee ("customers are charged $5") takes no such phrase. A noun after
"with" may still be a duty or a load ("the panel is charged with oversight", "buses are
charged with solar power"): only a person charged (a name, "he", "they") or an offence named
("a man is charged in the beating death") makes it a prosecution's step. A list of counts
opened by a gerund ("is charged with fleeing police and possession of a controlled
substance") names its offence further on, in a noun listed after it.
"""

from __future__ import annotations

from spacy.tokens import Token

_CHARGE = "charge"
_OFFENCE_PREPOSITIONS = frozenset({"with", "in"})
# Who can stand charged: a person named or meant by a pronoun.
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "who"})
# Nouns that name an offence or what a crime did (the "in" of "charged in the death of").
OFFENCES = frozenset(
    {"murder", "manslaughter", "homicide", "killing", "death", "deaths", "slaying", "shooting",
     "stabbing", "beating", "theft", "robbery", "burglary", "larceny", "assault", "battery",
     "rape", "kidnapping", "abduction", "arson", "fraud", "embezzlement", "bribery", "perjury",
     "extortion", "forgery", "trafficking", "possession", "smuggling", "conspiracy",
     "harassment", "stalking", "vandalism", "trespassing", "trespass", "endangerment",
     "negligence", "count", "counts", "felony", "felonies", "misdemeanor", "misdemeanors",
     "crime", "crimes", "offense", "offenses", "offence", "offences", "dui", "dwi", "incest",
     "attack", "attacks", "case"}
)  # fmt: skip
# The steps of criminal proceedings (verb lemmas) that name the case or crime they are about
# ("charged in the death", "pleaded guilty to manslaughter for the death in 2007"): shared by
# events.case_matters and events.offence_times, which each add their own.
CASE_STEP_VERBS = frozenset(
    {"plead", "sentence", "charge", "convict", "indict", "arrest", "accuse", "acquit",
     "prosecute"}
)  # fmt: skip


def charged_with_offence(verb: Token) -> bool:
    """ "has been charged with second-degree murder", "are charged in the beating death": a
    passive of "charge" whose phrase after it names an offence or a case by a noun."""
    if verb.lemma_.lower() != _CHARGE or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    phrases = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.i > verb.i and c.lower_ in _OFFENCE_PREPOSITIONS
    ]
    nouns = [
        o for c in phrases for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
    ]
    if not nouns:
        # "is charged with fleeing police and possession of a controlled substance": a list of
        # counts the parser hung on its first gerund; an offence noun in it names the charge
        # (a duty, "charged with reviewing the budget and hiring staff" or "investigating the
        # theft and the murder", names none: its crimes take a determiner); the parser
        # may hang the later counts on a participle after a comma ("…, giving a false name,
        # possession of …"), still in the charging's sentence
        after = [t for t in verb.subtree if phrases and t.i > phrases[0].i]
        listed = [
            t
            for t in after
            if t.pos_ == "NOUN"
            and t.dep_ in ("conj", "appos")
            and not any(c.dep_ == "det" for c in t.children)
        ]  # a count is bare ("possession of"); a duty's object is "the murder"
        return _person_charged(verb) and any(_offence(t) for t in listed)
    return _person_charged(verb) or any(_offence(n) for n in nouns)


def _person_charged(verb: Token) -> bool:
    """ "He has been charged with…", "Tomas Vell is charged with…": the one charged is a person;
    "the panel", "the buses" are not."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None:
        return False
    return subject.ent_type_ == "PERSON" or subject.lower_ in _PERSONAL_SUBJECTS


def _offence(noun: Token) -> bool:
    """ "second-degree murder", "the beating death", "two counts": an offence by its noun or a
    word set before it."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return any(w.lower_ in OFFENCES for w in words)


# Verbs whose "of" phrase names the offence a person is held to have done.
_ALLEGING = frozenset({"accuse", "suspect", "convict"})


def alleged_offence(verb: Token) -> bool:
    """ "Vell is accused of killing his neighbour", "he was convicted of stabbing two guards":
    the gerund after "accused of", "suspected of" or "convicted of" names the crime itself, a
    happening of its own the story turns on, not how or why the governing clause was done.
    Only when the alleging is told as a clause of its own (a passive with its auxiliary): "a
    gunman accused of killing eight people" describes the gunman by what he is accused of."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    preposition = verb.head
    if preposition.lower_ != "of" or preposition.dep_ != "prep":
        return False
    alleging = preposition.head
    told = any(c.dep_ == "auxpass" for c in alleging.children)
    return alleging.lemma_.lower() in _ALLEGING and told


def only_alleged(verb: Token) -> bool:
    """ "is accused of killing", "is suspected of stealing": the crime is held against
    someone, not yet proved; "was convicted of killing" says a court found it done."""
    return alleged_offence(verb) and verb.head.head.lemma_.lower() != "convict"


def charged_participle(verb: Token) -> bool:
    """ "Crolley is at the county jail, charged with two counts of assault", "was arrested
    Tuesday, charged with burglary": a bare participle of "charge" set off after a clause about
    a person, an offence after "with" or "in", tells the charging, a step of the prosecution,
    not how or why the clause it hangs on was done. A duty ("sat on the board, charged with
    reviewing the budget") names no offence."""
    if verb.lemma_.lower() != _CHARGE or verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    nouns = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _OFFENCE_PREPOSITIONS
        for o in c.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]
    return any(_offence(n) for n in nouns) and _person_charged(verb.head)
